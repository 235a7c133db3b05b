"""Ingest: store each new article with its embedding, then group what is stored without a story.

The call behind `parallax ingest`. Two steps, each crash-safe:
1. every new article is committed with its embedding, one at a time;
2. holding the store's grouping lock, the articles stored without a story
   (this run's, another writer's, and any an interrupted run left) are grouped
   in chunks of `GroupingParams.chunk_size` in grouping order (publication
   time, then content hash), each chunk's stories committed in one transaction.
Grouping the run's articles together, rather than each alone as it arrives,
lets the first reports of a new event form its story jointly. Each chunk also
repairs the stories it touched (`StoryGrouper._repair`): stored articles it
moves and the merges and splits it records commit in the chunk's transaction. Re-running on
the same inputs adds nothing (articles are keyed by content hash); after a
kill the next run finds the same ungrouped articles in the same order, so it
ends with the same stories as an uninterrupted run.

Several processes may ingest into one store at once: step 1 runs in all of them
in parallel, step 2 in one at a time, with the grouper rebuilt from the store
under the lock so it sees every story the others committed (see
`parallax.store.postgres` for why grouping is not spread over the writers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import TypeVar

import numpy as np

from parallax.group import StoryGrouper, article_features, grouping_text
from parallax.model import Article
from parallax.store import Store, content_hash

__all__ = ["IngestSummary", "ingest_articles"]

Embedder = Callable[[list[str]], np.ndarray]
T = TypeVar("T")


@dataclass
class IngestSummary:
    """What one ingest run did."""

    seen: int = 0
    added: int = 0
    duplicates: int = 0
    regrouped: int = 0  # grouped now but stored by another writer or an earlier, interrupted run
    stories_started: int = 0
    stories_touched: set[str] = field(default_factory=set)
    merges: int = 0  # stories merged into another by repair
    splits: int = 0  # parts split off a story by repair
    # Stories whose articles changed (joined, moved, merged): the ones to compare again, and no others.
    # Ids merged away are not in it: they resolve to the story that took their articles.
    stories_changed: set[str] = field(default_factory=set)


def _default_embedder(texts: list[str]) -> np.ndarray:
    from parallax.embeddings import encode

    return encode(texts)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest_articles(
    store: Store,
    articles: Iterable[Article | tuple[Article, np.ndarray]],
    grouper: StoryGrouper | None = None,
    embed: Embedder | None = None,
    batch_size: int = 32,
) -> IngestSummary:
    """Add new articles to the store and to stories; duplicates are counted and skipped.

    `articles` may come embedded already, as (article, embedding) pairs (a worker pool's,
    `parallax.store.workers`). The others are embedded in batches of `batch_size` (the model is much
    faster that way) and committed one at a time, so a kill loses at most the
    batch in flight, which the next run redoes. Without a `grouper`, one is
    restored from the store once the grouping lock is held; a grouper given is
    used as it is (its owner vouches that it holds the store's stories).
    """
    embed = embed or _default_embedder
    summary = IngestSummary()
    added_now = _store_new(store, articles, embed, batch_size, summary)
    with store.grouping_lock():
        ungrouped = store.iter_ungrouped()
        first = next(ungrouped, None)
        if first is None:
            return summary
        if grouper is None:
            events = store.story_events()  # ids stories had once are never handed out again
            reserved = {e.story_id for e in events} | {e.other_id for e in events}
            grouper = StoryGrouper.from_rows(store.iter_grouping(with_ids=True), reserved=reserved)
        _group(store, chain([first], ungrouped), grouper, embed, added_now, summary)
    return summary


def _store_new(
    store: Store,
    articles: Iterable[Article | tuple[Article, np.ndarray]],
    embed: Embedder,
    batch_size: int,
    summary: IngestSummary,
) -> set[str]:
    """Step 1: embed (where not embedded yet) and store the articles not stored yet; the ids this run added."""
    added_now: set[str] = set()
    for batch in _batches(articles, batch_size):
        summary.seen += len(batch)
        fresh: list[tuple[Article, np.ndarray | None]] = []
        hashes: set[str] = set()
        for item in batch:
            article, vector = item if isinstance(item, tuple) else (item, None)
            digest = content_hash(article)
            if digest in hashes or store.find_article(article) is not None:
                summary.duplicates += 1
            else:
                hashes.add(digest)
                fresh.append((article, vector))
        if not fresh:
            continue
        missing = [article for article, vector in fresh if vector is None]
        computed = iter(embed([grouping_text(a) for a in missing]) if missing else [])
        for article, vector in ((a, v if v is not None else next(computed)) for a, v in fresh):
            article_id, is_new = store.add_article(article, embedding=vector, grouping=article_features(article))
            if is_new:
                summary.added += 1
                added_now.add(article_id)
            else:
                summary.duplicates += 1  # another writer stored it meanwhile
    return added_now


def _group(
    store: Store,
    ungrouped: Iterator[tuple[Article, np.ndarray | None]],
    grouper: StoryGrouper,
    embed: Embedder,
    added_now: set[str],
    summary: IngestSummary,
) -> None:
    """Step 2, under the grouping lock: put the ungrouped articles in stories, a committed chunk at a time."""
    known_stories = set(grouper.story_ids())
    for chunk in _batches(ungrouped, max(1, grouper.params.chunk_size)):
        stored = [article for article, _ in chunk]
        missing = [i for i, (_, vector) in enumerate(chunk) if vector is None]
        computed = iter(embed([grouping_text(stored[i]) for i in missing]) if missing else [])
        vectors = [vector if vector is not None else next(computed) for _, vector in chunk]
        for i in missing:
            store.set_embedding(stored[i].id, vectors[i])
        story_ids = grouper.add_batch(stored, np.vstack(vectors))
        moved, events = grouper.take_changes()
        assignments = dict(moved)
        assignments.update(zip([a.id for a in stored], story_ids, strict=True))
        store.set_stories(list(assignments.items()), events=events)
        summary.merges += sum(e.kind == "merge" for e in events)
        summary.splits += sum(e.kind == "split" for e in events)
        gone = {e.other_id for e in events if e.kind == "merge"}
        summary.stories_changed = (summary.stories_changed | set(assignments.values())) - gone
        summary.stories_touched -= gone
        for article, story in zip(stored, story_ids, strict=True):
            if article.id not in added_now:
                summary.regrouped += 1
            summary.stories_touched.add(story)
            if story not in known_stories:
                known_stories.add(story)
                summary.stories_started += 1
