"""The one data model every stage reads and writes.

An `Article` flows through the pipeline: a reader (`parallax.ingest`) makes a
`RawDocument`, the cleaner (`parallax.clean`) turns it into an `Article` with a
body and metadata, the reader stage (`parallax.analyze`) fills its sentences,
entities, quantities, dates, quotes, attributions and loaded terms, and the
comparison (`parallax.compare`) builds `Claim`s and a `Story` from many articles.

Every fact found in a body carries `start`/`end` character offsets into
`Article.body`, the way a spaCy `Span` is a view on its `Doc`, so every
statement in a report can point back to the outlet's exact words.
"""

from __future__ import annotations

from parallax.model.article import (
    Article,
    Attribution,
    DateMention,
    Entity,
    LoadedTerm,
    Quantity,
    Quote,
    RawDocument,
    Sentence,
)
from parallax.model.serialize import article_from_dict, article_to_dict, story_to_dict
from parallax.model.story import Claim, ClaimMember, Evidence, Story, StorySummary

__all__ = [
    "Article",
    "Attribution",
    "Claim",
    "ClaimMember",
    "DateMention",
    "Entity",
    "Evidence",
    "LoadedTerm",
    "Quantity",
    "Quote",
    "RawDocument",
    "Sentence",
    "Story",
    "StorySummary",
    "article_from_dict",
    "article_to_dict",
    "story_to_dict",
]
