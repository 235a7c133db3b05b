"""Where ingested articles, their reading, embeddings, stories and claims are kept.

One small interface, `Store`, so another database (PostgreSQL) can serve the
same schema later; SQLite is the default: one file in the user's data
directory (`default_path()`), or any path the user gives.

    store = open_store(path)              # migrates the schema on open
    article_id, is_new = store.add_article(article, embedding, story_id)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from parallax.group.features import ArticleFeatures
from parallax.model import Article
from parallax.store.sqlite import SQLiteStore, content_hash

__all__ = ["SQLiteStore", "Store", "content_hash", "default_path", "open_store"]


@runtime_checkable
class Store(Protocol):
    """What the rest of Parallax may ask of a store; every write is its own committed transaction."""

    path: str

    def schema_version(self) -> int: ...
    def close(self) -> None: ...

    def find_article(self, article: Article) -> str | None: ...
    def add_article(
        self,
        article: Article,
        embedding: np.ndarray | None = None,
        story_id: str | None = None,
        grouping: ArticleFeatures | None = None,
    ) -> tuple[str, bool]: ...
    def update_article(self, article: Article) -> None: ...
    def get_article(self, article_id: str) -> Article | None: ...
    def iter_articles(self) -> Iterator[Article]: ...
    def count_articles(self) -> int: ...
    def set_embedding(self, article_id: str, embedding: np.ndarray) -> None: ...
    def get_embedding(self, article_id: str) -> np.ndarray | None: ...
    def iter_grouping(self) -> Iterator[tuple[Article | ArticleFeatures, np.ndarray | None, str | None]]: ...
    def iter_ungrouped(self) -> Iterator[tuple[Article, np.ndarray | None]]: ...

    def set_story(self, article_id: str, story_id: str) -> None: ...
    def set_stories(self, assignments: list[tuple[str, str]]) -> None: ...
    def story_of(self, article_id: str) -> str | None: ...
    def stories(self) -> list[tuple[str, list[str]]]: ...

    def set_claims(self, story_id: str, claims: list[dict[str, Any]]) -> None: ...
    def get_claims(self, story_id: str) -> list[dict[str, Any]]: ...
    def get_setting(self, key: str) -> str | None: ...
    def set_setting(self, key: str, value: str) -> None: ...


def default_path() -> Path:
    """The store file when the user names none: `<user data dir>/parallax/parallax.db`."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("parallax")) / "parallax.db"


def open_store(path: str | Path | None = None, create: bool = True) -> Store:
    """Open the store at `path`, or at `default_path()`: created and migrated as needed when `create`
    (only `ingest` creates one); otherwise a missing store is an error naming the path."""
    from parallax.errors import ParallaxError

    where = Path(default_path() if path is None else path)
    if where.is_dir():
        raise ParallaxError(f"{where} is a folder, not a store file")
    if not create and not where.exists():
        raise ParallaxError(f"no store at {where} (run 'parallax ingest PATH... --db {where}' to make one)")
    return SQLiteStore(where)
