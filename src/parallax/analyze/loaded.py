"""Loaded and sensational wording in the outlet's own voice.

Fact-checkers compare how outlets frame one story: "the strongman's ruthless crackdown"
against "the government's response". This module finds such wording without a parser:
a hand-written lexicon of general newsroom-style families (lexicons/loaded.txt) plus a
small lexicon learned from BASIL's expert annotations (lexicons/loaded_learned.txt),
combined with patterns that grow a hit into the phrase an analyst would mark
(evaluative adjective + its noun, epithet + its modifier, "X-torn" compounds, metaphor
+ "of X", "stoke fears" collocations). Words inside quotation marks or inside the
caller's quote spans are the speaker's, not the outlet's, and are never flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from parallax.model import LoadedTerm

LEXICON_DIR = Path(__file__).with_name("lexicons")

# How much each family is trusted: the share of its hits an analyst would also mark.
# Set by hand, then checked against BASIL (benchmarks/bench_loaded.py, cross-validated
# by event): epithets, metaphors, compounds and stoke collocations are rarely neutral;
# single verbs of saying and adverbs are often neutral in news copy.
FAMILY_WEIGHT: dict[str, float] = {
    "epithets": 1.0,
    "metaphors": 0.9,
    "compound": 0.9,
    "stoke": 1.0,
    "phrases": 0.9,
    "verb_phrases": 0.9,
    "adjectives": 0.8,
    "nouns": 0.7,
    "verbs": 0.7,
    "adverbs": 0.6,
}
# Terms scoring below this are dropped. Tuned on BASIL (5 event folds, bench_loaded.py):
# 0.5 gave the best span F1 (0.236); 0.75 keeps only epithets/metaphors/compounds/adjectives
# (precision 0.19, recall 0.17) and precision barely moves, since BASIL marks few spans.
MIN_SCORE = 0.5

# Words a modifier never grows over: function words, auxiliaries, and reporting verbs.
FUNCTION_WORDS = frozenset(
    """a an the this that these those his her its their our your my some any no every each
    and or but nor so yet for of in on at by to from with without into onto over under about
    against between among through during before after since until while as than then there
    here when where who whom whose which what why how if whether because although though
    is are was were be been being am has have had having do does did done will would shall
    should can could may might must not also even just only still already very too more most
    less least much many few all both either neither such own same other another again once
    he she it they we you i him them us me said says say told tells added says according
    it's that's who's there's amid amidst across along around behind beyond near upon via
    per up down out off away back now ever never enough indeed instead
    one two three four five six seven eight nine ten hundred hundreds thousand thousands million
    millions billion billions dozen dozens""".split()
)

TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*")
SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$")
CLAUSE_BREAK = re.compile(r"[.!?;:,()\[\]\"“”—–]")


@dataclass(frozen=True)
class _Entry:
    """One lexicon phrase: its normalised tokens, family and trust score."""

    tokens: tuple[str, ...]
    family: str
    score: float


@dataclass
class _Token:
    text: str
    start: int
    end: int
    norm: str


def _norm(word: str) -> str:
    """Lower-case, straight apostrophes, possessive 's dropped ("Europe's" -> "europe")."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.rstrip("'")


def _doubles_final_consonant(word: str) -> bool:
    """One-syllable consonant-vowel-consonant verbs double their last letter ("slam" -> "slammed").

    Longer verbs mostly do not ("bicker" -> "bickered"), and a doubling verb has no undoubled
    past ("spar" -> "sparred", never "spared", which is another word).
    """
    return (
        len(word) >= 3
        and word[-1] not in "aeiouwxy"
        and word[-2] in "aeiou"
        and word[-3] not in "aeiou"
        and len(re.findall(r"[aeiouy]+", word)) == 1
    )


def verb_forms(base: str) -> set[str]:
    """Regular inflections of an English verb; over-generation is harmless for lookup."""
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    else:
        suffix_s = "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else "s"
        forms.add(base + suffix_s)
        if _doubles_final_consonant(base):
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
        else:
            forms |= {base + "ed", base + "ing"}
    return forms


def noun_forms(word: str) -> set[str]:
    """Singular and regular plural."""
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return {word, word + "es"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return {word, word[:-1] + "ies"}
    return {word, word + "s"}


def _read_sections(path: Path) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return sections


@dataclass(frozen=True)
class Lexicon:
    """Everything the matcher needs, indexed by the first normalised token."""

    entries: dict[str, tuple[_Entry, ...]]
    stoke_verbs: dict[str, tuple[tuple[str, ...], ...]]  # first token -> the rest of each verb phrase
    stoke_objects: frozenset[str]
    compound_heads: frozenset[str]
    learned: dict[str, float]


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_norm(t) for t in TOKEN_RE.findall(phrase))


def build_lexicon(hand: Path, learned: Path | dict[str, float] | None) -> Lexicon:
    """Read the hand lexicon and the learned words (a file or a word -> score dict) into a lookup table."""
    sections = _read_sections(hand)
    by_first: dict[str, list[_Entry]] = {}

    def add(tokens: tuple[str, ...], family: str, score: float) -> None:
        if tokens:
            by_first.setdefault(tokens[0], []).append(_Entry(tokens, family, score))

    for family in ("adjectives", "phrases", "adverbs"):
        for phrase in sections.get(family, []):
            add(_phrase_tokens(phrase), family, FAMILY_WEIGHT[family])
    for family in ("nouns", "epithets", "metaphors"):
        for phrase in sections.get(family, []):
            tokens = _phrase_tokens(phrase)
            for last in noun_forms(tokens[-1]):
                add((*tokens[:-1], last), family, FAMILY_WEIGHT[family])
    for phrase in sections.get("verbs", []):
        for form in verb_forms(_norm(phrase)):
            add((form,), "verbs", FAMILY_WEIGHT["verbs"])
    for phrase in sections.get("verb_phrases", []):
        tokens = _phrase_tokens(phrase)
        for form in verb_forms(tokens[0]):
            add((form, *tokens[1:]), "verb_phrases", FAMILY_WEIGHT["verb_phrases"])

    stoke_tails: dict[str, set[tuple[str, ...]]] = {}
    for phrase in sections.get("stoke_verbs", []):
        tokens = _phrase_tokens(phrase)
        for form in verb_forms(tokens[0]):
            stoke_tails.setdefault(form, set()).add(tokens[1:])
    stoke_verbs = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in stoke_tails.items()}
    learned_scores: dict[str, float] = {}
    if isinstance(learned, dict):
        learned_scores = {_norm(w): s for w, s in learned.items()}
    elif learned is not None and learned.exists():
        for line in learned.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                word, score = line.split("\t")
                learned_scores[_norm(word)] = float(score)
    ordered = {k: tuple(sorted(v, key=lambda e: -len(e.tokens))) for k, v in by_first.items()}
    return Lexicon(
        entries=ordered,
        stoke_verbs=stoke_verbs,
        stoke_objects=frozenset(_norm(w) for w in sections.get("stoke_objects", [])),
        compound_heads=frozenset(_norm(w) for w in sections.get("compound_heads", [])),
        learned=learned_scores,
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicons, read once per process."""
    return build_lexicon(LEXICON_DIR / "loaded.txt", LEXICON_DIR / "loaded_learned.txt")


# --- quotation marks in the text itself -------------------------------------------------

_PARAGRAPH_RE = re.compile(r"\n\s*\n")
_SINGLE_QUOTED = re.compile(r"(?<![\w'’])[‘']([^‘’'\n]{1,300}?)[’'](?![\w'’])")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks, quote marks included.

    Double quotes (straight or curly) pair within a paragraph; an opening mark left
    unclosed runs to the paragraph's end, the way multi-paragraph quotes are printed.
    Single quotes count only when they pair up around words, so apostrophes never do.
    """
    spans: list[tuple[int, int]] = []
    bounds = [0]
    for m in _PARAGRAPH_RE.finditer(text):
        bounds += [m.start(), m.end()]
    bounds.append(len(text))
    for p_start, p_end in zip(bounds[::2], bounds[1::2], strict=True):
        opened: int | None = None
        for i in range(p_start, p_end):
            ch = text[i]
            if ch == "“" or (ch == '"' and opened is None):
                if opened is None:
                    opened = i
            elif ch in "”\"" and opened is not None:
                spans.append((opened, i + 1))
                opened = None
        if opened is not None:
            spans.append((opened, p_end))
    spans += [(m.start(), m.end()) for m in _SINGLE_QUOTED.finditer(text)]
    return sorted(spans)


def _mask(length: int, spans: list[tuple[int, int]]) -> bytearray:
    mask = bytearray(length)
    for start, end in spans:
        start, end = max(0, start), min(length, end)
        if end > start:
            mask[start:end] = b"\x01" * (end - start)
    return mask


# --- matching ----------------------------------------------------------------------------


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end(), _norm(m.group())) for m in TOKEN_RE.finditer(text)]


# A stop after an initial or a title ("Louise M. Slaughter", "Mr. Savage") ends no sentence.
_INITIAL_BEFORE = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Rep|Sen|Gov|St|Lt|Col|Prof|Rev))\.\s*$")


def _sentence_initial(text: str, tok: _Token) -> bool:
    before = text[max(0, tok.start - 4) : tok.start]
    if tok.start == 0 or "\n" in before:
        return True
    return bool(SENTENCE_END.search(before)) and not _INITIAL_BEFORE.search(text[max(0, tok.start - 8) : tok.start])


def _looks_proper(text: str, tok: _Token) -> bool:
    """A capitalised word mid-sentence, or an all-caps word: a name or a crosshead, not wording."""
    word = tok.text
    if len(word) > 1 and word.isupper():
        return True
    return word[:1].isupper() and not _sentence_initial(text, tok)


def _joined(text: str, left: _Token, right: _Token) -> bool:
    """True when only spaces lie between two tokens (no comma, dash or stop)."""
    return not CLAUSE_BREAK.search(text[left.end : right.start]) and right.start - left.end <= 2


def _is_content(tok: _Token) -> bool:
    return tok.norm.isalpha() and tok.norm not in FUNCTION_WORDS and not tok.norm.endswith("ly")


@dataclass
class _Hit:
    first: int  # token indices, inclusive
    last: int
    score: float
    family: str


def _grow_right_over_noun(text: str, toks: list[_Token], hit: _Hit) -> None:
    """Evaluative modifier + the lower-case noun it modifies: "ruthless crackdown"."""
    nxt = hit.last + 1
    if nxt < len(toks) and _joined(text, toks[hit.last], toks[nxt]):
        tok = toks[nxt]
        if _is_content(tok) and tok.text[:1].islower() and not tok.norm.endswith(("ed", "ing")):
            hit.last = nxt


def _grow_left_over_modifier(text: str, toks: list[_Token], hit: _Hit) -> None:
    """Epithet + the word that qualifies it: "military strongman", "regime hardliner"."""
    prev = hit.first - 1
    if prev < 0 or not _joined(text, toks[prev], toks[hit.first]):
        return
    tok = toks[prev]
    if tok.text.lower().endswith(("'s", "’s")) or not tok.norm.isalpha() or tok.norm in FUNCTION_WORDS:
        return
    capitalised = tok.text[:1].isupper() and not tok.text.isupper()
    if capitalised or (tok.text.islower() and not tok.norm.endswith("ly")):
        hit.first = prev


def _grow_over_of(text: str, toks: list[_Token], hit: _Hit) -> None:
    """Metaphor + "of X": "hotbed of extremism", "on the doorstep of Europe"."""
    i = hit.last + 1
    if i + 1 < len(toks) and toks[i].norm == "of" and _joined(text, toks[hit.last], toks[i]):
        j = i + 1
        if toks[j].norm == "the" and j + 1 < len(toks):
            j += 1
        if toks[j].norm.isalpha() and toks[j].norm not in FUNCTION_WORDS and _joined(text, toks[j - 1], toks[j]):
            hit.last = j


def _match_at(lex: Lexicon, text: str, toks: list[_Token], i: int) -> _Hit | None:
    tok = toks[i]
    for entry in lex.entries.get(tok.norm, ()):
        n = len(entry.tokens)
        window = toks[i : i + n]
        if len(window) == n and all(t.norm == e for t, e in zip(window, entry.tokens, strict=True)):
            if n > 1 and not all(_joined(text, a, b) for a, b in pairwise(window)):
                continue
            if (n == 1 and _looks_proper(text, tok)) or any(t.text.isupper() and len(t.text) > 1 for t in window):
                continue
            # Learned evidence about the word, when there is some, outweighs its family's prior.
            score = lex.learned.get(tok.norm, entry.score) if n == 1 else entry.score
            return _Hit(i, i + n - 1, score, entry.family)
    if "-" in tok.norm and tok.norm.rsplit("-", 1)[1] in lex.compound_heads and not tok.text.isupper():
        return _Hit(i, i, FAMILY_WEIGHT["compound"], "compound")
    if tok.norm in lex.learned and not _looks_proper(text, tok):
        return _Hit(i, i, lex.learned[tok.norm], "learned")
    return None


def _match_stoke(lex: Lexicon, text: str, toks: list[_Token], i: int) -> _Hit | None:
    """Verb of kindling + an emotion noun within two words: "stoking fears", "sparked fresh fury"."""
    for tail in lex.stoke_verbs.get(toks[i].norm, ()):
        start_obj = i + 1 + len(tail)
        if tuple(t.norm for t in toks[i + 1 : start_obj]) != tail:
            continue
        for j in range(start_obj, min(start_obj + 3, len(toks))):
            if not _joined(text, toks[j - 1], toks[j]):
                break
            if toks[j].norm in lex.stoke_objects:
                return _Hit(i, j, FAMILY_WEIGHT["stoke"], "stoke")
    return None


GROWERS = {
    "adjectives": (_grow_right_over_noun,),
    "compound": (_grow_right_over_noun,),
    "epithets": (_grow_left_over_modifier,),
    "metaphors": (_grow_over_of,),
}


def find_loaded_terms(
    text: str,
    quote_spans: list[tuple[int, int]] | None = None,
    *,
    min_score: float = MIN_SCORE,
    lexicon: Lexicon | None = None,
) -> list[LoadedTerm]:
    """Loaded phrases of `text` in the outlet's own voice, in text order, never overlapping.

    `quote_spans` are character spans the quote finder attributed to speakers; words in
    them, or inside quotation marks in the text, are skipped. `min_score` trades recall
    for precision (each term's score is its family's or learned word's trust).
    """
    lex = lexicon or default_lexicon()
    toks = _tokens(text)
    masked = _mask(len(text), list(quote_spans or []) + quoted_spans(text))
    hits: list[_Hit] = []
    i = 0
    while i < len(toks):
        hit = _match_stoke(lex, text, toks, i) or _match_at(lex, text, toks, i)
        if hit is None or hit.score < min_score:
            i += 1
            continue
        for grow in GROWERS.get(hit.family, ()):
            grow(text, toks, hit)
        start, end = toks[hit.first].start, toks[hit.last].end
        if any(masked[start:end]):
            i += 1
            continue
        if hits and hits[-1].last >= hit.first:  # a left-grown epithet swallowing the last hit
            if hits[-1].last - hits[-1].first >= hit.last - hit.first:
                i = hit.last + 1
                continue
            hits.pop()
        hits.append(hit)
        i = hit.last + 1
    return [
        LoadedTerm(text=text[toks[h.first].start : toks[h.last].end], start=toks[h.first].start,
                   end=toks[h.last].end, score=round(h.score, 3))
        for h in hits
    ]


def rate_per_1000_words(count: int, text: str) -> float:
    """Findings per 1,000 words of `text`: how framing is compared across outlets of any length."""
    words = len(text.split())
    return count * 1000.0 / words if words else 0.0


__all__ = ["Lexicon", "build_lexicon", "default_lexicon", "find_loaded_terms", "quoted_spans", "rate_per_1000_words"]
