"""One entity per real-world person, place or organisation, under its canonical name.

spaCy's NER gives mentions ("VLADIMIR Putin", "Putin's", "President Vladimir Putin");
comparing outlets needs the thing they name ("Vladimir Putin"). This step cleans each
mention (titles, possessives, shouting case, a leading "the"), drops what is not a name
(dates, numbers, domains, lower-case words), fixes labels the small model gets wrong
with general gazetteers (countries and capitals are GPE, nationality words NORP), and
merges mentions: surnames with the full name seen elsewhere in the article, acronyms
with their long form, "U.S." with "United States".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from parallax.model import Entity

# Labels that name a thing rather than a value; DATE, MONEY, CARDINAL and the like are
# quantities and dates, read by their own steps.
NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
GAZETTEER_DIR = Path(__file__).resolve().parent / "gazetteer"
_POSSESSIVES = frozenset({"'s", "’s", "'", "’", "s"})
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}[A-Z]?\.?$")
_MARKUP = frozenset("[]{}<>|#*_=")
_URLISH = re.compile(r"https?:|www\.|@|/")
# Adjective shapes that make a sentence-initial capitalised word ordinary English
# ("Landlocked Bolivia", "Oil-rich Kuwait") rather than part of a place's name.
_ADJECTIVE_SHAPE = re.compile(r"(ed|ing|ly|ful|less|ous|ive|rich|torn|hit)$", re.IGNORECASE)
# A lone sentence-initial word tagged as a verb, adjective or adverb ("Sporting green
# uniform, ...") is an ordinary word the small model mistook for a name.
_NOT_NAME_TAGS = frozenset({"VB", "VBG", "VBN", "VBD", "JJ", "RB"})
_INITIAL_STOPWORDS = frozenset({"of", "the", "and", "for", "&", "in", "on", "de"})


def _read_gazetteer(name: str) -> list[str]:
    """The non-comment lines of a gazetteer file shipped in this package."""
    text = (GAZETTEER_DIR / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def place_names() -> dict[str, str]:
    """Casefolded place name or alias -> the place's canonical name."""
    out: dict[str, str] = {}
    for line in _read_gazetteer("places.txt"):
        names = line.split("|")
        for name in names:
            out[name.casefold()] = names[0]
    return out


@lru_cache(maxsize=1)
def nationality_words() -> frozenset[str]:
    """Casefolded NORP words (nationalities, religions, parties), singular and plural."""
    words = {w.casefold() for w in _read_gazetteer("nationalities.txt")}
    return frozenset(words | {w + "s" for w in words})


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Casefolded honorifics and titles that stand before a person's name."""
    return frozenset(w.casefold() for w in _read_gazetteer("titles.txt"))


@lru_cache(maxsize=1)
def person_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """Role nouns naming a person ("minister"), and look-alike nouns that do not ("paper")."""
    words = _read_gazetteer("person_nouns.txt")
    yes = frozenset(w.casefold() for w in words if not w.startswith("!"))
    no = frozenset(w[1:].casefold() for w in words if w.startswith("!"))
    return yes, no


def is_person_noun(word: str) -> bool:
    """Whether a common noun names a person by role ("minister", "hardliner", "spokeswoman")."""
    word = word.casefold()
    yes, no = person_nouns()
    if word in yes:
        return True
    if word in no:
        return False
    return len(word) > 4 and word.endswith(("er", "or", "ist", "man", "woman", "person", "ian"))


@dataclass
class _Mention:
    """One cleaned mention: token range, char range, surface text and its label."""

    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str
    label: str


def fix_case(word: str) -> str:
    """'VLADIMIR' -> 'Vladimir', 'McDONALD' untouched, 'O'NEILL' -> 'O'Neill'."""
    if len(word) > 1 and word.isupper():
        return re.sub(r"[A-Z]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), word)
    return word


def _is_title_token(token: Token) -> bool:
    return token.text.rstrip(".").casefold() in title_words() or token.text in {".", "-"}


def _clean_mention(doc: Doc, span: Span) -> _Mention | None:
    """The name part of an NER span, or None when it is not a name at all."""
    label = span.label_
    start, end = _within_one_paragraph(span)
    # possessives and trailing punctuation: "Putin's", "Weinstein’s"
    while end > start and (doc[end - 1].text in _POSSESSIVES or doc[end - 1].is_punct):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start < end and doc[start].lower_ == "the" and end - start > 1:
        start += 1
    if label == "PERSON":
        # "Mitt Romney's Medicare": a person's name ends at its possessive
        for i in range(start + 1, end - 1):
            if doc[i].text in _POSSESSIVES and doc[i].tag_ == "POS":
                end = i
                break
        while start < end - 1 and (_is_title_token(doc[start]) or doc[start].is_lower):
            start += 1
        # shouting case: "VLADIMIR Putin" where NER only took "Putin"
        while (
            start > 0
            and doc[start - 1].is_alpha
            and doc[start - 1].is_upper
            and len(doc[start - 1]) > 1
            and not _is_title_token(doc[start - 1])
            and not doc[start - 1].ent_type_
        ):
            start -= 1
    if start >= end:
        return None
    text = doc[start:end].text  # not doc.text[...]: spaCy joins the whole document on each doc.text
    if _is_junk(text):
        return None
    if (
        end - start == 1
        and doc[start].is_sent_start
        and doc[start].tag_ in _NOT_NAME_TAGS
        and doc[start].lower_ not in nationality_words()
        and doc[start].lower_ not in place_names()
    ):
        return None
    if label == "PERSON" and all(_is_title_token(t) for t in doc[start:end]):
        return None
    return _Mention(start, end, doc[start].idx, doc[start].idx + len(text), text, label)


def _within_one_paragraph(span: Span) -> tuple[int, int]:
    """The longest run of the span's tokens between line breaks (NER can run across a headline
    and the paragraph under it)."""
    runs: list[tuple[int, int]] = []
    run_start = span.start
    for token in span:
        if "\n" in token.text:
            runs.append((run_start, token.i))
            run_start = token.i + 1
    if not runs:
        return span.start, span.end
    runs.append((run_start, span.end))
    return max(reversed(runs), key=lambda r: r[1] - r[0])


def _is_junk(text: str) -> bool:
    """Dates, numbers, domains, e-mails, lower-case words and single letters are not names."""
    if len(text) < 2 or not any(c.isalpha() for c in text) or any(c in _MARKUP for c in text):
        return True
    if text == text.lower():
        return True
    if _DOMAIN.match(text.lower()) and any(c.islower() for c in text.split(".")[-1]):
        return True
    if _URLISH.search(text):
        return True
    return sum(c.isdigit() for c in text) > len(text) / 2


def _fix_label(doc: Doc, mention: _Mention) -> None:
    """Gazetteer and context fixes for labels the small model often gets wrong."""
    key = mention.text.casefold()
    tokens = doc[mention.tok_start : mention.tok_end]
    places = place_names()
    if key in nationality_words() and mention.label in {"ORG", "GPE", "PERSON", "LOC"}:
        mention.label = "NORP"
        return
    if key in places and (mention.label != "PERSON" or len(tokens) == 1):
        mention.label = "GPE"
        return
    # "Landlocked Bolivia": a sentence-initial adjective glued to a place name
    if len(tokens) > 1 and tokens[0].is_sent_start and _ADJECTIVE_SHAPE.search(tokens[0].text):
        rest = doc[mention.tok_start + 1 : mention.tok_end]
        # a known place, or one the model tags as a place elsewhere in this article
        tagged_places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}
        if rest.text.casefold() in places or rest.text in tagged_places:
            mention.tok_start += 1
            mention.start = rest.start_char
            mention.text = rest.text
            mention.label = "GPE"
            return
    # "foreign minister Anna Meyer": a name after a role noun is a person
    if mention.label in {"ORG", "GPE", "NORP", "FAC", "PRODUCT"} and len(tokens) >= 2:
        before = _previous_word(doc, mention.tok_start)
        after_role = before is not None and before.pos_ == "NOUN" and before.is_lower and is_person_noun(before.text)
        # "Anna Meyer, the German foreign minister, ...": an appositive role
        role_appos = any(
            child.dep_ == "appos" and child.pos_ == "NOUN" and is_person_noun(child.text)
            for child in tokens.root.children
        )
        if (after_role or role_appos) and all(t.is_title for t in tokens):
            mention.label = "PERSON"


def _previous_word(doc: Doc, index: int) -> Token | None:
    """The token before `index`, skipping white-space tokens (non-breaking spaces)."""
    index -= 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    return doc[index] if index >= 0 else None


def _acronym(text: str) -> str:
    """'North Atlantic Treaty Organization' -> 'NATO' (capitalised words only)."""
    words = [w for w in re.split(r"[\s-]+", text) if w and w.casefold() not in _INITIAL_STOPWORDS]
    return "".join(w[0] for w in words if w[0].isupper())


def _canonical_form(forms: list[str], label: str) -> str:
    """The fullest, least shouted spelling among a cluster's mentions."""
    counts = Counter(forms)

    def shouting(form: str) -> int:
        return sum(1 for w in form.split() if len(w) > 1 and w.isupper())

    if label == "PERSON":
        best = max(counts, key=lambda f: (len(f.split()), -shouting(f), counts[f], -forms.index(f)))
        return " ".join(fix_case(w) for w in best.split())
    best = max(counts, key=lambda f: (-shouting(f), -f.count("."), counts[f], len(f), -forms.index(f)))
    if best.isupper() and len(best.replace(".", "")) > 5:
        return " ".join(fix_case(w) for w in best.split())
    return best


def find_entities(doc: Doc) -> list[Entity]:
    """The article's people, places and organisations, one `Entity` each, by first mention."""
    mentions: list[_Mention] = []
    for span in doc.ents:
        if span.label_ not in NAME_LABELS:
            continue
        mention = _clean_mention(doc, span)
        if mention is None:
            continue
        _fix_label(doc, mention)
        mentions.append(mention)

    places = place_names()
    clusters: dict[str, list[_Mention]] = {}
    # full person names first, so surnames can find them
    surname_of: dict[str, list[str]] = {}
    given_name_of: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.label == "PERSON" and mention.tok_end - mention.tok_start >= 2:
            key = "PERSON:" + mention.text.casefold()
            clusters.setdefault(key, [])
            surname_of.setdefault(mention.text.split()[-1].casefold(), []).append(key)
            given_name_of.setdefault(mention.text.split()[0].casefold(), set()).add(key)

    acronyms: dict[str, str] = {}
    for mention in mentions:
        if mention.label == "ORG" and len(mention.text.split()) >= 2:
            initials = _acronym(mention.text)
            if len(initials) >= 2:
                acronyms.setdefault(initials, "ORG:" + mention.text.casefold())

    def cluster_key(mention: _Mention) -> str:
        key = mention.text.casefold()
        words = key.split()
        # "Sheriff Arpaio" tagged ORG: titles before a known surname
        if (
            mention.label != "PERSON"
            and len(words) > 1
            and words[-1] in surname_of
            and all(w.rstrip(".") in title_words() for w in words[:-1])
        ):
            return _nearest_preceding(surname_of[words[-1]], clusters, mention.start)
        single = mention.tok_end - mention.tok_start == 1 or " " not in mention.text
        if single and key in surname_of and key not in places:
            candidates = surname_of[key]
            return _nearest_preceding(candidates, clusters, mention.start)
        # "Donald" alone, when one full name in the article starts with it
        if single and mention.label == "PERSON" and len(given_name_of.get(key, ())) == 1:
            return next(iter(given_name_of[key]))
        if mention.label == "PERSON":
            return "PERSON:" + key
        if key in places and mention.label in {"GPE", "LOC", "ORG", "FAC"}:
            return "PLACE:" + places[key].casefold()
        if mention.text in acronyms:
            return acronyms[mention.text]
        if _DOTTED_ACRONYM.match(mention.text):
            key = key.replace(".", "")  # "N.A.A.C.P." is "NAACP"
        if mention.label == "NORP" and key.endswith("s") and key[:-1] in nationality_words():
            return "NORP:" + key[:-1]
        return mention.label + ":" + key

    for mention in mentions:
        clusters.setdefault(cluster_key(mention), []).append(mention)

    _add_bare_surnames(doc, mentions, clusters, surname_of)

    entities: list[Entity] = []
    for key, members in clusters.items():
        if not members:
            continue
        members.sort(key=lambda m: m.start)
        labels = Counter(m.label for m in members)
        label = labels.most_common(1)[0][0]
        if key.startswith("PERSON:"):
            label = "PERSON"
        elif key.startswith("PLACE:"):
            label = "GPE" if labels.get("LOC", 0) <= labels.get("GPE", 0) + labels.get("ORG", 0) else "LOC"
        forms = [m.text for m in members]
        name = places[key[6:]] if key.startswith("PLACE:") else _canonical_form(forms, label)
        aliases = list(dict.fromkeys(forms))
        entities.append(
            Entity(name=name, label=label, mentions=[(m.start, m.end) for m in members], aliases=aliases)
        )
    entities.sort(key=lambda e: e.mentions[0][0])
    return _merge_same_names(entities)


def _nearest_preceding(candidates: list[str], clusters: dict[str, list[_Mention]], position: int) -> str:
    """Of several full names sharing a surname, the one named last before `position`."""
    unique = list(dict.fromkeys(candidates))
    if len(unique) == 1:
        return unique[0]
    best, best_pos = unique[0], -1
    for key in unique:
        for m in clusters.get(key, []):
            if best_pos < m.start < position:
                best, best_pos = key, m.start
    return best


def _add_bare_surnames(
    doc: Doc, mentions: list[_Mention], clusters: dict[str, list[_Mention]], surname_of: dict[str, list[str]]
) -> None:
    """Surnames NER missed ("Putin" tagged nothing) still mention their person."""
    if not surname_of:
        return
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    places = place_names()
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or not token.is_title:
            continue
        key = token.lower_
        if key in surname_of and key not in places:
            target = _nearest_preceding(surname_of[key], clusters, token.idx)
            clusters[target].append(
                _Mention(token.i, token.i + 1, token.idx, token.idx + len(token), token.text, "PERSON")
            )


def _merge_same_names(entities: list[Entity]) -> list[Entity]:
    """Clusters that ended with the same canonical name and label are one entity."""
    by_name: dict[tuple[str, str], Entity] = {}
    out: list[Entity] = []
    for entity in entities:
        key = (entity.name.casefold(), entity.label)
        if key in by_name:
            kept = by_name[key]
            kept.mentions = sorted({*kept.mentions, *entity.mentions})
            kept.aliases = list(dict.fromkeys([*kept.aliases, *entity.aliases]))
        else:
            by_name[key] = entity
            out.append(entity)
    return out


__all__ = ["NAME_LABELS", "find_entities", "fix_case", "is_person_noun", "place_names"]
