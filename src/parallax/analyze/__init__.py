"""Reading an article like an analyst: one spaCy pass, then rule steps on its Doc.

`analyze` parses bodies in batches with `nlp.pipe` (the expensive part), then
runs each step on the parsed Doc or the raw body: entities, quotes with
speakers, quantities, dates, sourcing, loaded language. Every finding keeps
character offsets into `Article.body`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from parallax.analyze.dates import find_dates
from parallax.analyze.entities import find_entities
from parallax.analyze.loaded import find_loaded_terms
from parallax.analyze.nlp import load_nlp
from parallax.analyze.quantities import find_quantities
from parallax.analyze.quotes import find_quotes, quote_spans
from parallax.analyze.sourcing import find_attributions
from parallax.model import Article, Quantity, Sentence

# Bodies per nlp.pipe batch: large enough to amortise spaCy's per-batch cost,
# small enough to keep memory flat on 200-article stories.
BATCH_SIZE = 32


def analyze(articles: Iterable[Article], nlp: Language | None = None) -> Iterator[Article]:
    """Each article with its reading filled in, in the order given."""
    nlp = nlp or load_nlp()
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= BATCH_SIZE:
            yield from _analyze_batch(batch, nlp)
            batch = []
    if batch:
        yield from _analyze_batch(batch, nlp)


def analyze_one(article: Article, nlp: Language | None = None) -> Article:
    return next(analyze([article], nlp))


# Articles spaCy parses together. Its default (1,000) pads whole piles into one batch, which ran
# slower: 32 BASIL articles on one core took 4.2 s in one batch, 3.1 s in batches of 16.
PARSE_BATCH = 16


def _analyze_batch(articles: list[Article], nlp: Language) -> Iterator[Article]:
    for article, doc in zip(articles, nlp.pipe((a.body for a in articles), batch_size=PARSE_BATCH), strict=True):
        read_doc(article, doc)
        yield article


def read_doc(article: Article, doc: Doc) -> Article:
    """Every reading step on one parsed body."""
    body = article.body
    article.sentences = _sentences(doc)
    article.entities = find_entities(doc)
    article.quotes = find_quotes(doc, article.entities)
    quoted = quote_spans(article.quotes)
    article.quantities = find_quantities(body) + _outside_body_quantities(article)
    date_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
    article.dates = find_dates(body, article.published, date_spans)
    article.attributions = find_attributions(body, quoted)
    article.loaded_terms = find_loaded_terms(body, quoted)
    article.analyzed = True
    return article


def _outside_body_quantities(article: Article) -> list[Quantity]:
    """Numbers the headline, standfirst and captions state, with offsets into that field."""
    found: list[Quantity] = []
    fields = [("title", article.title), ("standfirst", article.standfirst)]
    fields += [("caption", caption) for caption in article.captions]
    for name, text in fields:
        for quantity in find_quantities(text or ""):
            quantity.field = name  # type: ignore[assignment]
            found.append(quantity)
    return found


def _sentences(doc: Doc) -> list[Sentence]:
    """spaCy's sentences, never across a paragraph break, with their paragraph index."""
    text = doc.text
    out: list[Sentence] = []
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\n", text)]
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        # split at blank lines inside a spaCy sentence
        pieces = text[start:end].split("\n\n")
        offset = start
        for piece in pieces:
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                s = offset + lead
                e = s + len(stripped)
                paragraph = bisect.bisect_right(paragraph_starts, s) - 1
                out.append(Sentence(start=s, end=e, text=stripped, paragraph=paragraph))
            offset += len(piece) + 2
    return _repair_sentences(out, text)


# A sentence of running text ends in terminal punctuation, perhaps inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_ONLY_CLOSERS = re.compile(r"^[\"'”’)\]]+$")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)[\"'”’]?$")


def _repair_sentences(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Undo the parser's splits inside a sentence, within a paragraph.

    spaCy's small model splits "the 14th Amendment" after "14th", leaves a
    closing quote that follows the full stop as a sentence of its own, and
    splits at an ellipsis inside a quote. A piece is joined to the one before
    when it is only closing marks, when the one before does not end a sentence,
    or when it starts in lower case after an ellipsis.
    """
    out: list[Sentence] = []
    for sentence in sentences:
        previous = out[-1] if out else None
        if previous is not None and previous.paragraph == sentence.paragraph and (
            _ONLY_CLOSERS.match(sentence.text)
            or not _SENTENCE_END.search(previous.text)
            or (sentence.text[:1].islower() and _ELLIPSIS_END.search(previous.text))
        ):
            out[-1] = Sentence(previous.start, sentence.end, text[previous.start : sentence.end], previous.paragraph)
            continue
        out.append(sentence)
    return out


__all__ = ["BATCH_SIZE", "analyze", "analyze_one", "read_doc"]
