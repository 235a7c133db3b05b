"""Ingest: store each new article with its embedding and story, one commit per article.

The call behind `parallax ingest`. Re-running it on the same inputs adds
nothing (articles are keyed by content hash); after a crash it resumes where
the last commit left off, because the grouper is rebuilt from the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

import numpy as np

from parallax.group import StoryGrouper, grouping_text
from parallax.model import Article
from parallax.store import Store, content_hash

__all__ = ["IngestSummary", "ingest_articles"]

Embedder = Callable[[list[str]], np.ndarray]


@dataclass
class IngestSummary:
    """What one ingest run did."""

    seen: int = 0
    added: int = 0
    duplicates: int = 0
    regrouped: int = 0  # stored by an earlier, interrupted run but not yet in a story
    stories_started: int = 0
    stories_touched: set[str] = field(default_factory=set)


def _default_embedder(texts: list[str]) -> np.ndarray:
    from parallax.embeddings import encode

    return encode(texts)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest_articles(
    store: Store,
    articles: Iterable[Article],
    grouper: StoryGrouper | None = None,
    embed: Embedder | None = None,
    batch_size: int = 32,
) -> IngestSummary:
    """Add new articles to the store and to stories; duplicates are counted and skipped.

    Articles are embedded in batches (the model is much faster that way) and
    then committed one at a time together with their story, so a kill between
    two commits loses at most the batch in flight, which the next run redoes.
    """
    embed = embed or _default_embedder
    summary = IngestSummary()
    if grouper is None:
        grouper = StoryGrouper.from_rows(store.iter_grouping())
    known_stories = set(grouper.story_ids())

    for article, embedding in store.iter_ungrouped():  # stored without a story: finish the interrupted work
        vector = embedding if embedding is not None else embed([grouping_text(article)])[0]
        story = grouper.add(article, vector)
        store.set_embedding(article.id, vector)
        store.set_story(article.id, story)
        summary.regrouped += 1
        summary.stories_touched.add(story)
        if story not in known_stories:
            known_stories.add(story)
            summary.stories_started += 1

    for batch in _batches(articles, batch_size):
        summary.seen += len(batch)
        fresh: list[Article] = []
        hashes: set[str] = set()
        for article in batch:
            digest = content_hash(article)
            if digest in hashes or store.find_article(article) is not None:
                summary.duplicates += 1
            else:
                hashes.add(digest)
                fresh.append(article)
        if not fresh:
            continue
        vectors = embed([grouping_text(a) for a in fresh])
        for article, vector in zip(fresh, vectors, strict=True):
            story = grouper.add(article, vector)
            _, is_new = store.add_article(article, embedding=vector, story_id=story)
            if is_new:
                summary.added += 1
                summary.stories_touched.add(story)
                if story not in known_stories:
                    known_stories.add(story)
                    summary.stories_started += 1
            else:
                summary.duplicates += 1
    return summary
