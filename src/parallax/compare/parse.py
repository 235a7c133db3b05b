"""The comparison's one parse of its statements: frames and descriptions read the same Docs.

Both need the tagger and the parser, neither the entity recogniser (the reading found the
entities already), and a statement met by both (a claim's member that names someone's role)
was parsed twice before this cache: 4 of a 200-article story's 20 s of parsing. The cache
holds one story's statements: `forget()` empties it when a new comparison starts.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

# Without the entity recogniser spaCy parses 2.3 times as fast (793 BASIL statements: 3.8 s
# against 1.6 s on one core); in batches of 256 rather than spaCy's 1,000, twice as fast
# again (983 statements: 4.1 s against 2.0 s).
BATCH_SIZE = 256
# A bound on memory however large the story (a parsed statement holds about 10 KB).
MAX_PARSED = 20_000

_PARSED: dict[str, Doc] = {}


@lru_cache(maxsize=1)
def parser() -> Language:
    """The cached pipeline, with the lemmatizer: frames ask it for the lemmas of a few words."""
    from parallax.analyze.nlp import load_nlp

    return load_nlp(lemmas=True)


def parse(texts: Iterable[str]) -> None:
    """Parse every text not parsed yet, in one batch."""
    wanted = list(dict.fromkeys(texts))
    if len(_PARSED) + len(wanted) > MAX_PARSED:
        _PARSED.clear()  # before choosing what to parse: every text of this batch is there afterwards
    todo = [t for t in wanted if t not in _PARSED]
    if not todo:
        return
    for text, doc in zip(todo, parser().pipe(todo, disable=["ner", "lemmatizer"], batch_size=BATCH_SIZE),
                         strict=True):
        _PARSED[text] = doc


def parsed(text: str) -> Doc:
    """The parse of one statement (parsed now if no batch held it)."""
    if text not in _PARSED:
        parse([text])
    return _PARSED[text]


def forget() -> None:
    _PARSED.clear()


__all__ = ["forget", "parse", "parsed", "parser"]
