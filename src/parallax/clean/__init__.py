"""Boilerplate out, metadata found: `RawDocument` -> `Article`.

One entry point, `clean`, dispatches on the document's kind to the cleaner
registered for it: trafilatura for HTML, Parallax's own dump cleaner for text
and markdown dumps (trafilatura needs HTML), and a light pass for JSONL records
whose text is already a body.
"""

from __future__ import annotations

from collections.abc import Callable

from parallax.errors import InputError
from parallax.model import Article, RawDocument

Cleaner = Callable[[RawDocument], Article]

# Fewer words than this is a stub, an error page or a list of links, not an article: for what we
# extracted from a page. A JSON Lines record's text was exported as the article itself, so a one-line
# wire brief there is news to keep (ECB+ has real reports of 7-19 words).
MIN_BODY_WORDS = 20


def _cleaners() -> dict[str, Cleaner]:
    from parallax.clean.dump import clean_dump
    from parallax.clean.html import clean_html
    from parallax.clean.record import clean_record

    return {"text": clean_dump, "markdown": clean_dump, "html": clean_html, "record": clean_record}


# spaCy refuses texts over 1,000,000 characters (E088) and needs about 1 GB per 100,000
# words to parse them; the longest news features run to a few tens of thousands.
MAX_BODY_CHARACTERS = 1_000_000
# A text, markdown or record body is not much shorter than the text it is cleaned from: one far above the
# limit is refused before its cleaning, which costs a minute and a GB for a 30 MB file on one line.
_MAX_TEXT_CHARACTERS = 4 * MAX_BODY_CHARACTERS


def _too_long(raw: RawDocument, what: str, size: int) -> InputError:
    return InputError(raw.source, f"{what} of {size:,} characters is above the {MAX_BODY_CHARACTERS:,} the "
                      "reader parses (a book or a log, not an article)", raw.line)


def clean(raw: RawDocument) -> Article:
    """The article in a raw document; `InputError` when there is none."""
    cleaner = _cleaners().get(raw.kind)
    if cleaner is None:
        raise InputError(raw.source, f"no cleaner for documents of kind {raw.kind!r}", raw.line)
    if raw.kind != "html" and len(raw.content) > _MAX_TEXT_CHARACTERS:
        raise _too_long(raw, "text", len(raw.content))
    article = cleaner(raw)
    if not isinstance(article, Article):
        from parallax.errors import StageError

        raise StageError(f"clean:{raw.kind}", f"returned {type(article).__name__}, not an Article")
    least = 1 if raw.kind == "record" else MIN_BODY_WORDS
    if article.word_count < least:
        raise InputError(raw.source, f"no article found (body of {article.word_count} words)", raw.line)
    if len(article.body) > MAX_BODY_CHARACTERS:
        raise _too_long(raw, "article body", len(article.body))
    return article


__all__ = ["MAX_BODY_CHARACTERS", "MIN_BODY_WORDS", "clean"]
