"""Who said what: direct and indirect quotes with their speakers.

Outlets differ less in the facts they print than in whose words they print, so each
quote carries the canonical name of its speaker. Direct quotes are found from the
quote marks of the raw text (straight, curly, mismatched, single, spanning paragraphs);
indirect speech from the parse ("X said Minsk planned to ..."). The speaker comes from
the attribution verb's subject, reached through the dependency tree, then through
pronouns ("he said"), role descriptions ("the minister said") and, for a paragraph of
quoted words without an attribution of its own, the speaker of the quote just before.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from parallax.analyze.entities import GAZETTEER_DIR, is_person_noun, nationality_words, place_names
from parallax.model import Entity, Quote

_DOUBLE_MARKS = "\"“”„‟«»"
_SINGLE_OPEN = "'‘‚‹"
_SINGLE_CLOSE = "'’›"
_DOUBLE_MARK = re.compile(f"[{_DOUBLE_MARKS}]")
_SINGLE_MARK = re.compile("[" + re.escape(_SINGLE_OPEN + _SINGLE_CLOSE) + "]")
# How far (in characters) an attribution verb may stand from the quote it introduces when
# the parse does not link them; tuned on the two seed articles and BASIL (most attributions
# sit right after the closing mark: '..." he said', or before a colon).
ATTRIBUTION_WINDOW = 120
# A paragraph counts as quoted words (and may inherit the previous quote's speaker) when
# quotes cover at least this share of its characters; scare quotes ("so-called 'reform'")
# cover far less. Tuned by eye on BASIL paragraphs.
QUOTED_PARAGRAPH_SHARE = 0.5
# How many paragraphs without quote marks may stand inside one quote whose closing mark comes
# later (a tweet quoted line by line); more than that and the quote is taken to have ended.
# Set from BASIL, where quoted tweets run to three or four short lines.
MAX_UNMARKED_PARAGRAPHS = 3
# Pronouns that point back to a person, and to an organisation.
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_THING_PRONOUNS = frozenset({"it"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependencies that let an attribution verb borrow its subject from its head
# ("he said, adding ...", "has warned ... and said ...").
_BORROW_SUBJECT_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "acomp"})
# "an alleged move", "the reported deal": a participle used as an adjective reports nothing.
_NOT_CUE_DEPS = frozenset({"amod", "compound", "acl"})
_DEFINITE = frozenset({"the", "this", "that"})
_OBJECT_DEPS = frozenset({"pobj", "dobj", "dative", "poss", "attr", "oprd"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# Honorifics and role words that tell a person's gender, for "she said" after two names.
_MALE_WORDS = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "spokesman", "chairman",
                         "congressman", "businessman", "husband", "son", "brother"})
_FEMALE_WORDS = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen", "princess",
                           "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "wife",
                           "daughter", "sister", "mother", "actress"})
_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@lru_cache(maxsize=1)
def speech_verb_forms() -> frozenset[str]:
    """Every inflected form of the speech verbs in the gazetteer ("say", "said", "warns")."""
    forms: set[str] = set()
    text = (GAZETTEER_DIR / "speech_verbs.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        base, *irregular = line.strip().split("|")
        forms.update(irregular)
        forms.update(_regular_forms(base))
        if not irregular:
            forms.update(_regular_past(base))
    return frozenset(forms)


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Casefolded given name -> "f" or "m"; names listed under both are left out."""
    genders: dict[str, str] = {}
    seen_twice: set[str] = set()
    text = (GAZETTEER_DIR / "first_names.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or ":" not in line:
            continue
        gender, names = line.split(":", 1)
        for name in names.split():
            key = name.casefold()
            if key in genders and genders[key] != gender.strip():
                seen_twice.add(key)
            genders[key] = gender.strip()
    return {k: v for k, v in genders.items() if k not in seen_twice}


def _regular_forms(base: str) -> set[str]:
    """The base, third person and -ing forms of an English verb."""
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    ing = base[:-1] + "ing" if base.endswith("e") and not base.endswith("ee") else base + "ing"
    return {base, third, ing}


def _regular_past(base: str) -> set[str]:
    """The -ed form, with the y -> ied and e -> ed spellings."""
    if base.endswith("e"):
        return {base + "d"}
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return {base[:-1] + "ied"}
    return {base + "ed"}


@dataclass
class _Region:
    """A stretch of quoted words: `start`/`end` bound the words, `outer_*` include the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    continued: bool = False  # the continuation paragraph(s) of a multi-paragraph quote
    speaker: str | None = None
    cue: str | None = None
    cue_position: int = -1
    paragraphs: list[int] = field(default_factory=list)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: a quote never runs across a line break."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            out.append((match.start(), match.end()))
    return out


def _is_substantive(text: str) -> bool:
    """A real paragraph, not a subhead or an 'Advertisement' line between two halves of a quote."""
    return len(text.split()) >= 5 or text.rstrip()[-1:] in ".!?\"”’"


def _double_marks(text: str, start: int, end: int) -> list[int]:
    """Positions of the double quote marks of one paragraph."""
    return [m.start() for m in _DOUBLE_MARK.finditer(text, start, end)]


def _single_regions(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paired single quote marks outside double quotes; apostrophes ("don't", "Jones'") are skipped."""
    out: list[tuple[int, int]] = []
    opening: int | None = None
    for match in _SINGLE_MARK.finditer(text, start, end):
        i = match.start()
        char = text[i]
        if any(a <= i <= b for a, b in taken):
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if before.isalnum() and after.isalpha():
            continue  # an apostrophe inside a word
        can_open = char in _SINGLE_OPEN and not before.isalnum() and (after.isalnum() or after in "$(")
        can_close = char in _SINGLE_CLOSE and not before.isspace() and not after.isalnum()
        if opening is not None and can_close:
            out.append((opening, i))
            opening = None
        elif can_open:
            opening = i
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the quoted words without surrounding spaces and a trailing comma."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _find_regions(text: str) -> list[_Region]:
    """Every quoted stretch of the text, multi-paragraph quotes joined into one region."""
    paragraphs = _paragraphs(text)
    regions: list[_Region] = []
    pending: _Region | None = None  # an unclosed quote waiting for its continuation
    held: list[int] = []  # paragraphs without marks inside a pending quote (a tweet's lines)

    def close(region: _Region, mark: int) -> None:
        region.end, region.outer_end = _trim(text, region.start, mark)[1], mark + 1
        regions.append(region)

    for index, (p_start, p_end) in enumerate(paragraphs):
        paragraph_text = text[p_start:p_end]
        if pending is not None and not _is_substantive(paragraph_text):
            continue
        marks = _double_marks(text, p_start, p_end)
        # a closing curly mark after some words, before any opening one: the end of an earlier quote
        first_closes = bool(marks) and _closing_shape(text, marks[0], p_end) and bool(text[p_start : marks[0]].strip())
        starts_with_mark = paragraph_text.lstrip()[:1] in _DOUBLE_MARKS
        if pending is not None:
            if starts_with_mark and not held:
                # a continuation paragraph: its opening mark carries the quote on
                pending.paragraphs.append(index)
                marks = marks[1:]
                if not marks:
                    pending.end, pending.outer_end = _trim(text, pending.start, p_end)[1], p_end
                    continue
                close(pending, marks[0])
                marks = marks[1:]
                pending = None
            elif not marks and len(held) < MAX_UNMARKED_PARAGRAPHS:
                held.append(index)
                continue
            elif first_closes:
                pending.paragraphs.extend([*held, index])
                close(pending, marks[0])
                marks = marks[1:]
                pending, held = None, []
            else:
                regions.append(pending)
                pending, held = None, []
        elif first_closes and len(marks) % 2:
            marks = marks[1:]  # the end of a quote whose start is not in the text
        marks = _drop_reopenings(text, marks, p_end)
        pairs = [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
        unclosed = marks[-1] if len(marks) % 2 else None
        for open_mark, close_mark in pairs:
            inner_start, inner_end = _trim(text, open_mark + 1, close_mark)
            if inner_end > inner_start:
                regions.append(_Region(inner_start, inner_end, open_mark, close_mark + 1, index, paragraphs=[index]))
        if unclosed is not None:
            inner_start, inner_end = _trim(text, unclosed + 1, p_end)
            if inner_end > inner_start:
                pending = _Region(inner_start, inner_end, unclosed, p_end, index, paragraphs=[index])
        taken = [*pairs, *([(unclosed, p_end)] if unclosed is not None else [])]
        for open_mark, close_mark in _single_regions(text, p_start, p_end, taken):
            inner_start, inner_end = _trim(text, open_mark + 1, close_mark)
            if inner_end > inner_start and any(c.isalpha() for c in text[inner_start:inner_end]):
                regions.append(_Region(inner_start, inner_end, open_mark, close_mark + 1, index, paragraphs=[index]))
    if pending is not None:
        regions.append(pending)
    regions.extend(_block_quotes(text, paragraphs))
    for region in regions:
        region.continued = len(region.paragraphs) > 1
    regions.sort(key=lambda r: r.start)
    return regions


def _opening_shape(text: str, i: int, end: int) -> bool:
    """A mark that can only open a quote: “, or a straight one after a space before a word."""
    if text[i] == "“":
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    return text[i] == '"' and before.isspace() and (after.isalnum() or after in "$(")


def _drop_reopenings(text: str, marks: list[int], end: int) -> list[int]:
    """An opening mark where a closing one is due re-opens the same quote.

    Scraped text joins a quote split by an ad line: '"...formations. “Of
    course, ...incidents.”' is one quote whose second paragraph kept its
    own opening mark; pairing the marks in turn would cut it in the middle.
    """
    kept: list[int] = []
    for position, mark in enumerate(marks):
        closing_due = len(kept) % 2 == 1
        next_closes = position + 1 < len(marks) and _closing_shape(text, marks[position + 1], end)
        if closing_due and _opening_shape(text, mark, end) and next_closes:
            continue
        kept.append(mark)
    return kept


def _closing_shape(text: str, i: int, end: int) -> bool:
    """A mark that can only close a quote: ” or a straight one glued to the word before it."""
    if text[i] == "”":
        return True
    after = text[i + 1] if i + 1 < end else " "
    return text[i] == '"' and not text[i - 1].isspace() and (after.isspace() or after in ",.;:!?)")


def _block_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[_Region]:
    """A paragraph without quote marks after 'X wrote on Twitter:' is quoted (a tweet, a letter)."""
    verbs = speech_verb_forms()
    out = []
    for index in range(1, len(paragraphs)):
        lead_start, lead_end = paragraphs[index - 1]
        lead = text[lead_start:lead_end].rstrip()
        if not lead.endswith(":") or not any(w in verbs for w in re.findall(r"[a-z]+", lead.lower())):
            continue
        start, end = paragraphs[index]
        if _DOUBLE_MARK.search(text, start, end) or not _is_substantive(text[start:end]):
            continue
        inner_start, inner_end = _trim(text, start, end)
        out.append(_Region(inner_start, inner_end, start, end, index, paragraphs=[index]))
    return out


class _Reader:
    """Per-document lookups shared by every quote: token -> entity, who was mentioned when."""

    def __init__(self, doc: Doc, entities: list[Entity], regions: list[_Region], text: str) -> None:
        self.doc = doc
        self.text = text  # doc.text, read once: spaCy joins every token again on each call
        self.verbs = speech_verb_forms()
        self.in_quote = [False] * len(doc)
        for region in regions:
            span = doc.char_span(region.outer_start, region.outer_end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.in_quote[i] = True
        self.token_entity: list[Entity | None] = [None] * len(doc)
        person_events: list[tuple[int, str, bool]] = []
        self.context_words: dict[str, set[str]] = {}
        self.gender: dict[str, str] = {}
        for entity in entities:
            for start, end in entity.mentions:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                for i in range(span.start, span.end):
                    self.token_entity[i] = entity
                if entity.label == "PERSON" and not self.in_quote[span.start]:
                    person_events.append((start, entity.name, _is_subject(span)))
                    words = _role_words(span)
                    self.context_words.setdefault(entity.name, set()).update(words)
                    gender = _gender(words)
                    if gender is not None:
                        self.gender.setdefault(entity.name, gender)
        names = first_name_genders()
        for entity in entities:
            if entity.label == "PERSON" and " " in entity.name:
                gender = names.get(entity.name.split()[0].casefold())
                if gender is not None:
                    self.gender.setdefault(entity.name, gender)
        person_events.sort()
        self.person_positions = [p for p, _, _ in person_events]
        self.person_names = [n for _, n, _ in person_events]
        subjects = [(p, n) for p, n, is_subj in person_events if is_subj]
        self.subject_positions = [p for p, _ in subjects]
        self.subject_names = [n for _, n in subjects]
        self.speaker_positions: list[int] = []
        self.speaker_names: list[str] = []
        orgs = [(s, e.name) for e in entities if e.label == "ORG" for s, _ in e.mentions]
        orgs.sort()
        self.org_positions = [p for p, _ in orgs]
        self.org_names = [n for _, n in orgs]
        self.entities = entities

    def is_cue(self, token: Token) -> bool:
        return (
            token.lower_ in self.verbs
            and token.pos_ in {"VERB", "AUX"}
            and token.dep_ not in _NOT_CUE_DEPS
            and not self.in_quote[token.i]
        )

    def remember_speaker(self, position: int, name: str) -> None:
        index = bisect.bisect(self.speaker_positions, position)
        self.speaker_positions.insert(index, position)
        self.speaker_names.insert(index, name)

    def salient_person(self, position: int, pronoun: str | None = None) -> str | None:
        """The person most recently a subject or a speaker before `position`, else the last named;
        "she" skips people known to be men ("Mr. X", "spokesman") and "he" women."""
        wanted = _PRONOUN_GENDER.get(pronoun or "")

        def fits(name: str) -> bool:
            return wanted is None or self.gender.get(name, wanted) == wanted

        best: tuple[int, str] | None = None
        for positions, names in (
            (self.subject_positions, self.subject_names),
            (self.speaker_positions, self.speaker_names),
        ):
            index = bisect.bisect_left(positions, position) - 1
            while index >= 0 and not fits(names[index]):
                index -= 1
            if index >= 0 and (best is None or positions[index] > best[0]):
                best = (positions[index], names[index])
        if best is not None:
            return best[1]
        index = bisect.bisect_left(self.person_positions, position) - 1
        while index >= 0 and not fits(self.person_names[index]):
            index -= 1
        return self.person_names[index] if index >= 0 else None

    def recent_org(self, position: int) -> str | None:
        index = bisect.bisect_left(self.org_positions, position) - 1
        return self.org_names[index] if index >= 0 else None

    def described_person(self, head: Token) -> str | None:
        """'the French president', 'the strongman': the person whose role words match, else the salient one."""
        words = {t.lower_ for t in head.subtree if t.pos_ in {"NOUN", "PROPN", "ADJ"} and not self.in_quote[t.i]}
        position = head.idx
        mentioned_before = {
            n for p, n in zip(self.person_positions, self.person_names, strict=True) if p < position
        }
        scored = [
            (len(words & self.context_words.get(name, set())), name) for name in mentioned_before
        ]
        salient = self.salient_person(position)
        best_score = max((s for s, _ in scored), default=0)
        if best_score == 0:
            return salient
        best = [name for s, name in scored if s == best_score]
        return salient if salient in best else _latest(best, self.person_positions, self.person_names, position)

    def described_org(self, head: Token) -> str | None:
        """'the ministry said' -> the organisation whose name holds that word."""
        word = head.lower_
        for entity in self.entities:
            if entity.label == "ORG" and word in entity.name.casefold().split():
                return entity.name
        return None

    def speaker_of(self, subject: Token) -> str | None:
        """The canonical name a subject token stands for, or None when it cannot be told."""
        entity = self.token_entity[subject.i]
        if entity is not None and entity.label in _SPEAKER_LABELS:
            return entity.name
        for child in subject.children:
            if child.dep_ in {"appos", "compound", "flat"}:
                entity = self.token_entity[child.i]
                if entity is not None and (entity.label == "PERSON" or _looks_like_a_person(entity.name)):
                    return entity.name
        named = self._named_after_place(subject)
        if named is not None:
            return named
        lower = subject.lower_
        if lower in _PERSON_PRONOUNS:
            return self.salient_person(subject.idx, lower)
        if lower in _RELATIVE_PRONOUNS and subject.head.dep_ == "relcl" and subject.head.head.i != subject.i:
            return self.speaker_of(subject.head.head)
        if lower in _THING_PRONOUNS:
            return self.recent_org(subject.idx)
        if subject.pos_ == "NOUN" and not is_person_noun(subject.text):
            # "Trump's account tweeted", "the senator's office said": the owner speaks
            for child in subject.children:
                owner = self.token_entity[child.i] if child.dep_ == "poss" else None
                if owner is not None and owner.label in _SPEAKER_LABELS:
                    return owner.name
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children)
        if subject.pos_ == "NOUN" and subject.tag_ != "NNS" and definite:
            if is_person_noun(subject.text):
                return self.described_person(subject)
            return self.described_org(subject)
        return _proper_name(subject)

    def _named_after_place(self, subject: Token) -> str | None:
        """"The mayor of Eastport, Jonas Weil, told ...": the parser hangs the name on the place."""
        if not is_person_noun(subject.text):
            return None
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for name in (c for pobj in prep.children for c in pobj.children if c.dep_ == "appos"):
                    entity = self.token_entity[name.i]
                    if entity is not None and entity.label == "PERSON":
                        return entity.name
        return None

    def subject_of(self, verb: Token) -> Token | None:
        """The verb's subject, borrowed from its head for 'adding ...' or '... and said'."""
        current = verb
        for _ in range(4):
            subjects = [child for child in current.children if child.dep_ in _SUBJECT_DEPS]
            if subjects:
                return min(subjects, key=lambda child: abs(child.i - current.i))
            if current.dep_ not in _BORROW_SUBJECT_DEPS or current.head.i == current.i:
                break
            current = current.head
        # inverted attribution: '"...," insisted Putin after talks'
        for token in self.doc[verb.i + 1 : min(verb.i + 4, len(self.doc))]:
            if token.is_space:
                continue
            if token.dep_ == "det":
                continue
            governed = verb.i in (token.head.i, token.head.head.i)
            if governed and (
                self.token_entity[token.i] is not None or token.lower_ in _PERSON_PRONOUNS or token.pos_ == "NOUN"
            ):
                return token
            break
        return self._person_before(verb)

    def _person_before(self, verb: Token) -> Token | None:
        """The last person named earlier in the verb's sentence, for parses that lost the subject
        ("X - dubbed the ... - said he ...")."""
        for token in reversed(self.doc[verb.sent.start : verb.i]):
            entity = self.token_entity[token.i]
            if entity is not None and entity.label == "PERSON" and not self.in_quote[token.i]:
                root = token.head if token.dep_ in {"compound", "flat"} else token
                if root.dep_ in _OBJECT_DEPS:
                    continue
                return token
        return None

    def attribute(self, verb: Token) -> str | None:
        subject = self.subject_of(verb)
        return self.speaker_of(subject) if subject is not None else None


def _looks_like_a_person(name: str) -> bool:
    """A name of two or three words that starts with a known given name ("Elena Bruni"): the small
    entity recogniser sometimes calls such a name an organisation. Where it stands in apposition to
    a person noun ("the city's mayor, Elena Bruni"), it is the person."""
    words = name.split()
    return 2 <= len(words) <= 3 and words[0].casefold() in first_name_genders()


def _proper_name(token: Token) -> str | None:
    """A name the NER missed ("LePage said"): the proper noun with its compound parts, or None."""
    def capitalised(t: Token) -> bool:
        return t.text[:1].isupper() and any(c.islower() for c in t.text)

    if token.pos_ != "PROPN" or not capitalised(token):
        return None
    parts = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    tokens = [*parts, token]
    if not all(capitalised(t) for t in tokens) or tokens[-1].i - tokens[0].i != len(tokens) - 1:
        return None
    if token.lower_ in place_names() or token.lower_ in nationality_words():
        return None
    return " ".join(t.text for t in tokens)


def _latest(names: list[str], positions: list[int], all_names: list[str], position: int) -> str:
    """Of `names`, the one mentioned last before `position`."""
    best, best_pos = names[0], -1
    for p, n in zip(positions, all_names, strict=True):
        if n in names and best_pos < p < position:
            best, best_pos = n, p
    return best


def _in_main_clause(verb: Token) -> bool:
    """Whether a verb heads the sentence's own statement, not a reported or relative clause:
    in 'Rubio said Obama "wasted ..."', Obama is no one to follow with "he said"."""
    for _ in range(4):
        if verb.dep_ in {"ccomp", "xcomp", "relcl", "acl", "pcomp", "csubj"}:
            return False
        if verb.head.i == verb.i or verb.dep_ not in {"conj", "advcl"}:
            return True
        verb = verb.head
    return True


def _gender(words: set[str]) -> str | None:
    male, female = bool(words & _MALE_WORDS), bool(words & _FEMALE_WORDS)
    return "m" if male and not female else "f" if female and not male else None


def _is_subject(span: Span) -> bool:
    """Whether a mention is (the name in) a clause's subject: the salient person to follow."""
    token = span.root
    for _ in range(3):
        if token.dep_ in _SUBJECT_DEPS:
            return _in_main_clause(token.head)
        if token.dep_ not in {"compound", "appos", "flat"} or token.head.i == token.i:
            return False
        token = token.head
    return False


def _role_words(span: Span) -> set[str]:
    """Words naming a person's role near a mention: 'Chile leader X', 'X, the foreign minister'."""
    doc = span.doc
    words: set[str] = set()
    i = span.start - 1
    while i >= 0 and span.start - i <= 4 and (doc[i].is_space or doc[i].pos_ in {"NOUN", "PROPN", "ADJ"}):
        if not doc[i].is_space:
            words.add(doc[i].lower_)
        i -= 1
    for child in span.root.children:
        if child.dep_ == "appos":
            words.update(t.lower_ for t in child.subtree if t.pos_ in {"NOUN", "PROPN", "ADJ"})
    return words


def _cue_in_tree(reader: _Reader, span: Span, paragraph: tuple[int, int]) -> Token | None:
    """The speech verb that governs a quote in the parse ('Putin said the drills were "..."')."""
    for token in span:
        if token.head.i >= span.start and token.head.i < span.end and token.head.i != token.i:
            continue
        current = token
        for _ in range(8):
            if current.head.i == current.i:
                break
            current = current.head
            if reader.is_cue(current) and paragraph[0] <= current.idx < paragraph[1]:
                return current
    return None


def _colon_lead(reader: _Reader, span: Span) -> Token | None:
    """'Biden was quick to retort: "..."': the clause before a colon that opens a quote speaks it,
    whatever its verb (the small model tags such verbs as nouns)."""
    doc = reader.doc
    i = _colon_before(doc, span)
    if i is None:
        return None
    token = doc[i - 1]
    while token.head.i != token.i and token.head.i < i:
        token = token.head
    if reader.in_quote[token.i] or token.pos_ not in {"VERB", "AUX"}:
        return None
    return token if reader.subject_of(token) is not None else None


def _colon_before(doc: Doc, span: Span) -> int | None:
    """The index of the colon that opens the quote (past spaces and opening marks), with a word before it."""
    i = span.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in _DOUBLE_MARKS or doc[i].text in _SINGLE_OPEN):
        i -= 1
    return i if i >= 1 and doc[i].text == ":" else None


def _named_before_colon(reader: _Reader, span: Span) -> str | None:
    """'a warning from the environment minister, Lars Holm: "..."': a quote opened by a colon right after
    a person's name is that person's, whatever the clause around the name (no verb of its own speaks)."""
    i = _colon_before(reader.doc, span)
    if i is None or reader.in_quote[i - 1]:
        return None
    entity = reader.token_entity[i - 1]
    return entity.name if entity is not None and entity.label == "PERSON" else None


def _cue_nearby(reader: _Reader, region: _Region, paragraph: tuple[int, int]) -> Token | None:
    """A speech verb outside quotes in the same paragraph, nearest the quote, after it first."""
    doc = reader.doc
    lo = max(paragraph[0], region.outer_start - ATTRIBUTION_WINDOW)
    hi = min(paragraph[1], region.outer_end + ATTRIBUTION_WINDOW)
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None:
        return None
    candidates = []
    for token in span:
        if not reader.is_cue(token):
            continue
        if token.idx >= region.outer_end:
            distance = token.idx - region.outer_end
        else:
            distance = region.outer_start - token.idx + 10  # before the quote: slightly less likely
        candidates.append((distance, token.i, token))
    for _, _, token in sorted(candidates):
        if reader.subject_of(token) is not None:
            return token
    return None


def _quoted_share(regions: list[_Region], p_start: int, p_end: int, text: str) -> float:
    covered = sum(
        max(0, min(r.outer_end, p_end) - max(r.outer_start, p_start)) for r in regions
    )
    length = len(text[p_start:p_end].strip()) or 1
    return covered / length


def find_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Direct and indirect quotes of the article, in text order, with speakers and cues."""
    text = doc.text
    regions = _find_regions(text)
    paragraphs = _paragraphs(text)
    reader = _Reader(doc, entities, regions, text)
    quotes: list[Quote] = []
    previous: _Region | None = None
    by_paragraph: dict[int, list[_Region]] = {}
    for region in regions:
        by_paragraph.setdefault(region.paragraph, []).append(region)
    for region in regions:
        span = doc.char_span(region.start, region.end, alignment_mode="expand")
        paragraph = paragraphs[region.paragraph]
        cue = None
        # '"...," according to General Mansour': the source named right after the quote comes first.
        named_after = _according_to_after(reader, region) if span is not None else None
        if span is not None and named_after is None:
            cue = (
                _cue_in_tree(reader, span, paragraph)
                or _colon_lead(reader, span)
                or _cue_nearby(reader, region, paragraph)
            )
        if cue is None and named_after is None and span is not None \
                and text[paragraph[0] : region.outer_start].strip() == "":
            lead_in = _lead_in_paragraph(paragraphs, region.paragraph, text)
            if lead_in is not None:
                cue = _cue_nearby(reader, region, (lead_in[0], region.outer_end))
        speaker = reader.attribute(cue) if cue is not None else named_after
        if speaker is None and span is not None:
            speaker = _named_before_colon(reader, span)
        if named_after is not None:
            region.cue = "according to"
        if cue is None and speaker is None and previous is not None and previous.speaker is not None:
            own_share = _quoted_share(by_paragraph[region.paragraph], *paragraph, text)
            if own_share >= QUOTED_PARAGRAPH_SHARE and _adjacent(paragraphs, previous, region, text):
                speaker, region.cue = previous.speaker, previous.cue
        region.speaker = speaker
        if cue is not None:
            region.cue = cue.text
            if speaker is not None:
                reader.remember_speaker(cue.idx, speaker)
        quotes.append(
            Quote(text=text[region.start : region.end], speaker=region.speaker, start=region.start,
                  end=region.end, kind="direct", cue=region.cue)
        )
        previous = region
    quotes.extend(_indirect_quotes(reader, regions))
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _lead_in_paragraph(paragraphs: list[tuple[int, int]], index: int, text: str) -> tuple[int, int] | None:
    """The paragraph before, when it introduces the quote with a colon ('... in a statement:')."""
    if index == 0:
        return None
    start, end = paragraphs[index - 1]
    return (start, end) if text[start:end].rstrip().endswith(":") else None


def _adjacent(paragraphs: list[tuple[int, int]], previous: _Region, region: _Region, text: str) -> bool:
    """Whether `region` is in the same paragraph as `previous` or the next real paragraph."""
    last = previous.paragraphs[-1]
    if region.paragraph == last:
        return True
    between = range(last + 1, region.paragraph)
    return region.paragraph > last and not any(
        _is_substantive(text[paragraphs[i][0] : paragraphs[i][1]]) for i in between
    )


def _indirect_quotes(reader: _Reader, regions: list[_Region]) -> list[Quote]:
    """Reported speech: the clause a speech verb governs, and 'according to X' sentences."""
    doc, text = reader.doc, reader.text
    paragraphs = _paragraphs(text)
    paragraph_starts = [p[0] for p in paragraphs]
    out: list[Quote] = []
    for token in doc:
        if reader.is_cue(token):
            subject = reader.subject_of(token)
            for clause in token.children:
                if clause.dep_ != "ccomp" or not any(c.dep_ in {*_SUBJECT_DEPS, "expl"} for c in clause.children):
                    continue
                # a clause before its verb is reported speech only when the speaker follows
                # ('..., the Kremlin said'); otherwise it is usually a misparse
                if clause.i < token.i and (subject is None or subject.i < clause.left_edge.i):
                    continue
                if subject is not None and clause.left_edge.i <= subject.i <= clause.right_edge.i:
                    continue  # the speaker cannot stand inside what is reported
                start, end = _clause_bounds(clause)
                index = bisect.bisect_right(paragraph_starts, token.idx) - 1
                if index >= 0:
                    start, end = max(start, paragraphs[index][0]), min(end, paragraphs[index][1])
                    start, end = _trim(text, start, end)
                if end - start < 3 or not (start <= clause.idx < end) or _mostly_quoted(regions, start, end):
                    continue
                out.append(Quote(text=text[start:end], speaker=reader.attribute(token), start=start, end=end,
                                 kind="indirect", cue=token.text))
        elif token.lower_ == "according" and not reader.in_quote[token.i]:
            quote = _according_to(reader, token, regions)
            if quote is not None:
                out.append(quote)
    return out


def _clause_bounds(clause: Token) -> tuple[int, int]:
    """Character bounds of a reported clause without a leading 'that' or trailing punctuation."""
    doc = clause.doc
    first, last = clause.left_edge.i, clause.right_edge.i
    while first < last and (doc[first].dep_ == "mark" or doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space) and doc[last].text not in _DOUBLE_MARKS:
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def _mostly_quoted(regions: list[_Region], start: int, end: int) -> bool:
    covered = sum(max(0, min(r.outer_end, end) - max(r.outer_start, start)) for r in regions)
    return covered * 2 >= end - start


_ACCORDING_AFTER = re.compile(r"^[\s,]{0,3}according\s+to\b", re.I)


def _according_to_after(reader: _Reader, region: _Region) -> str | None:
    """'"The truce is holding," according to General Mansour': the source named right after the quote."""
    text = reader.text
    match = _ACCORDING_AFTER.match(text[region.outer_end : region.outer_end + 20])
    if match is None:
        return None
    span = reader.doc.char_span(region.outer_end + match.end() - 2, region.outer_end + match.end(),
                                alignment_mode="expand")
    to = span[-1] if span is not None and len(span) else None
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return reader.speaker_of(source) if source is not None else None


def _according_to(reader: _Reader, token: Token, regions: list[_Region]) -> Quote | None:
    """'..., according to officials': the rest of the sentence, said by the named source."""
    doc = reader.doc
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        to = doc[token.i + 1]
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    sent = token.sent
    phrase_end = max(token.right_edge.i, to.right_edge.i) + 1
    if token.i - sent.start >= sent.end - phrase_end:
        first, last = sent.start, token.i - 1
    else:
        first, last = phrase_end, sent.end - 1
    while first <= last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last < first:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    if _mostly_quoted(regions, start, end):
        return None
    speaker = reader.speaker_of(source) if source is not None else None
    return Quote(text=reader.text[start:end], speaker=speaker, start=start, end=end, kind="indirect",
                 cue="according to")


def quote_spans(quotes: list[Quote]) -> list[tuple[int, int]]:
    """Character spans of the direct quotes, merged and sorted: words the outlet did not write itself."""
    spans = sorted((q.start, q.end) for q in quotes if q.kind == "direct")
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


__all__ = ["find_quotes", "first_name_genders", "quote_spans", "speech_verb_forms"]
