"""JSON Lines records: the text is already a body; keep its paragraphs, fill metadata."""

from __future__ import annotations

import re

from parallax.clean.text import paragraphs_to_body
from parallax.model import Article, RawDocument


def clean_record(raw: RawDocument) -> Article:
    from parallax.clean.metadata import outlet_from_url, parse_byline

    paragraphs = re.split(r"\n\s*\n", raw.content) if "\n\n" in raw.content else raw.content.split("\n")
    authors: list[str] = []
    agency = None
    for author in raw.authors:
        names, found_agency = parse_byline(author)
        authors.extend(names)
        agency = agency or found_agency
    return Article(
        id=raw.id or raw.source,
        source=raw.source,
        body=paragraphs_to_body(paragraphs),
        title=raw.title,
        authors=authors,
        agency=agency,
        published=raw.published,
        url=raw.url,
        outlet=raw.outlet or (outlet_from_url(raw.url) if raw.url else None),
        reader="jsonl",
    )
