"""HTML pages through trafilatura, the field's best open extractor, with its metadata."""

from __future__ import annotations

import re

import trafilatura

from parallax.clean.text import paragraphs_to_body
from parallax.model import Article, RawDocument


def clean_html(raw: RawDocument) -> Article:
    doc = trafilatura.bare_extraction(
        raw.content, url=raw.url, with_metadata=True, include_comments=False, include_tables=True
    )
    text = (doc.text or "") if doc is not None else ""
    body = paragraphs_to_body(text.split("\n"))
    url = raw.url or (doc.url if doc is not None else None)
    authors, agency = _byline(doc.author if doc is not None else None)
    outlet = raw.outlet or _outlet(doc, url)
    return Article(
        id=raw.id or raw.source,
        source=raw.source,
        body=body,
        title=raw.title or (doc.title if doc is not None else None),
        standfirst=(doc.description if doc is not None else None) or None,
        authors=raw.authors or authors,
        agency=agency,
        published=raw.published or (doc.date if doc is not None else None),
        url=url,
        outlet=outlet,
        reader="html",
    )


def _byline(author: str | None) -> tuple[list[str], str | None]:
    if not author:
        return [], None
    from parallax.clean.metadata import parse_byline

    names: list[str] = []
    agency = None
    for part in re.split(r";", author):
        found, found_agency = parse_byline(part)
        names.extend(n for n in found if n not in names)
        agency = agency or found_agency
    return names, agency


def _outlet(doc: object, url: str | None) -> str | None:
    from parallax.clean.metadata import outlet_from_url

    from_url = outlet_from_url(url) if url else None
    sitename = getattr(doc, "sitename", None)
    return from_url or sitename or None
