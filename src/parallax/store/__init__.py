"""Where ingested articles, their reading, embeddings and stories are kept.

One small interface, `Store`, served by two backends with one schema:
- SQLite, the default: one file in the user's data directory (`default_path()`),
  or any path the user gives; nothing to install or run.
- PostgreSQL, for a team and several writers at once: a connection string,
  `postgresql://user@host:5432/db` (or `postgres://`).

The location is chosen once, by `locate()`: `--db`, else the `PARALLAX_DB`
environment variable, else the default file.

    store = open_store(location)          # migrates the schema on open
    article_id, is_new = store.add_article(article, embedding)
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from parallax.group.features import ArticleFeatures
from parallax.group.grouper import StoryEvent
from parallax.model import Article
from parallax.store._common import content_hash, is_url, masked
from parallax.store.sqlite import SQLiteStore, StoreBusyError

__all__ = [
    "ENV_VAR",
    "SQLiteStore",
    "Store",
    "StoreBusyError",
    "content_hash",
    "default_path",
    "is_url",
    "locate",
    "masked",
    "open_store",
]

ENV_VAR = "PARALLAX_DB"


@runtime_checkable
class Store(Protocol):
    """What the rest of Parallax asks of a store (and no more); every write is its own committed transaction."""

    path: str  # the file, or the connection string

    def schema_version(self) -> int: ...
    def close(self) -> None: ...
    def grouping_lock(self) -> AbstractContextManager[None]: ...

    def find_article(self, article: Article) -> str | None: ...
    def add_article(
        self,
        article: Article,
        embedding: np.ndarray | None = None,
        story_id: str | None = None,
        grouping: ArticleFeatures | None = None,
    ) -> tuple[str, bool]: ...
    def get_article(self, article_id: str) -> Article | None: ...
    def count_articles(self) -> int: ...
    def set_embedding(self, article_id: str, embedding: np.ndarray) -> None: ...
    # (features, embedding, story id) per article; with_ids=True: (article id, features, embedding, story id)
    def iter_grouping(self, with_ids: bool = False) -> Iterator[tuple]: ...
    def iter_ungrouped(self) -> Iterator[tuple[Article, np.ndarray | None]]: ...

    def set_stories(self, assignments: list[tuple[str, str]], events: list[StoryEvent] | tuple = ()) -> None: ...
    def stories(self) -> list[tuple[str, list[str]]]: ...
    # Story repair's record (issue 14): merges and splits, and where an old story id leads now.
    def story_events(self, story_id: str | None = None) -> list[StoryEvent]: ...
    def resolve_story(self, story_id: str) -> str | None: ...


def default_path() -> Path:
    """The store file when the user names none: `<user data dir>/parallax/parallax.db`."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("parallax")) / "parallax.db"


def locate(db: str | Path | None = None) -> str:
    """The store a command uses: `db` (its --db), else $PARALLAX_DB, else the default file."""
    return str(db or os.environ.get(ENV_VAR) or default_path())


def open_store(path: str | Path | None = None, create: bool = True) -> Store:
    """Open the store at `path` (a file or a postgresql:// URL; see `locate`): created and migrated as
    needed when `create` (only `ingest` creates one); otherwise a missing store is an error naming it."""
    location = locate(path)
    if is_url(location):
        from parallax.store.postgres import PostgresStore

        return PostgresStore(location, create=create)
    from parallax.errors import ParallaxError

    where = Path(location)
    if where.is_dir():
        raise ParallaxError(f"{where} is a folder, not a store file")
    if not create and not where.exists():
        raise ParallaxError(f"no store at {where} (run 'parallax ingest PATH... --db {where}' to make one)")
    return SQLiteStore(where)
