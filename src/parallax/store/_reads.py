"""The reads both store backends answer with one SQL text, so the two cannot drift apart.

Each backend gives `_rows(sql, params)`, running SQL written with `?` placeholders in its
own dialect (SQLite as it is; PostgreSQL with `%s`), and keeps its connection in `_db`.
Writes stay in each backend: they differ in locking and in how arrivals are numbered.
"""

from __future__ import annotations

import json
from typing import Any, Self

from parallax.group.grouper import StoryEvent
from parallax.model import Article, article_from_dict
from parallax.store._common import EVENT_COLUMNS, content_hash, resolve

__all__ = ["StoreReads"]


class StoreReads:
    """Reads and lifetime shared by SQLiteStore and PostgresStore."""

    _db: Any

    def _rows(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        raise NotImplementedError

    def _one(self, sql: str, params: tuple | list = ()) -> Any:
        rows = self._rows(sql, params)
        return rows[0][0] if rows else None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        """The highest migration applied."""
        return int(self._one("SELECT MAX(version) FROM schema_version") or 0)

    def find_article(self, article: Article) -> str | None:
        """The stored id of this article (same URL and body), or None."""
        return self._one("SELECT id FROM articles WHERE content_hash = ?", (content_hash(article),))

    def get_article(self, article_id: str) -> Article | None:
        data = self._one("SELECT data FROM articles WHERE id = ?", (article_id,))
        return article_from_dict(json.loads(data)) if data is not None else None

    def count_articles(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM articles"))

    def story_events(self, story_id: str | None = None) -> list[StoryEvent]:
        """The merges and splits recorded, oldest first: all, or those naming `story_id` on either side."""
        query = f"SELECT {EVENT_COLUMNS} FROM story_events"
        rows = (
            self._rows(f"{query} ORDER BY seq")
            if story_id is None
            else self._rows(f"{query} WHERE story_id = ? OR other_id = ? ORDER BY seq", (story_id, story_id))
        )
        return [
            StoryEvent(kind, story, other, int(articles), float(score), float(threshold), at)
            for at, kind, story, other, articles, score, threshold in rows
        ]

    def resolve_story(self, story_id: str) -> str | None:
        """The story an id names now: itself, or after merges the story that took its articles; None if unknown."""
        return resolve(
            story_id,
            lambda candidate: self._one("SELECT 1 FROM stories WHERE id = ?", (candidate,)) is not None,
            lambda candidate: self._one(
                "SELECT story_id FROM story_events WHERE other_id = ? AND kind = 'merge' ORDER BY seq DESC LIMIT 1",
                (candidate,),
            ),
        )

    def stories(self) -> list[tuple[str, list[str]]]:
        """Every story with its article ids: stories in creation order, members in arrival order."""
        rows = self._rows(
            "SELECT s.id, a.id FROM stories s JOIN story_members m ON m.story_id = s.id"
            " JOIN articles a ON a.id = m.article_id ORDER BY s.created_seq, a.added_seq"
        )
        grouped: dict[str, list[str]] = {}
        for story_id, article_id in rows:
            grouped.setdefault(story_id, []).append(article_id)
        return list(grouped.items())
