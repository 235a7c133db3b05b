"""The SQLite store: one file, WAL mode, numbered migrations, one short transaction per write.

Every write commits on its own, so a killed ingest keeps all it committed and
a re-run skips what is already there (articles are keyed by a content hash).

Several processes may write one file: SQLite lets one write at a time and the
others wait for it (up to `BUSY_TIMEOUT` seconds, then `StoreBusyError`, one
line). Grouping passes take `grouping_lock()`, an OS lock on the file
`<store>-lock`, so two ingests never group the same articles; the kernel drops
it when its process dies, even by kill -9.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from parallax.errors import ParallaxError
from parallax.group.features import ArticleFeatures, features_from_json, features_to_json
from parallax.group.grouper import StoryEvent
from parallax.model import Article, article_from_dict, article_to_dict
from parallax.store._common import (
    EVENT_COLUMNS,
    content_hash,
    event_row,
    from_blob,
    grouping_key,
    migrations,
    now,
    to_blob,
)
from parallax.store._reads import StoreReads

__all__ = ["BUSY_TIMEOUT", "SQLiteStore", "StoreBusyError", "content_hash"]

BUSY_TIMEOUT = 30.0  # seconds a write waits for another process's write before giving up


class StoreBusyError(ParallaxError):
    """Another process held the SQLite store's write lock for longer than `BUSY_TIMEOUT`."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"store {path} is busy: another process kept it locked for {BUSY_TIMEOUT:.0f} s; try again when it"
            " is done (several writers at once: use a PostgreSQL store)"
        )


def _migrations() -> list[tuple[int, str, str]]:
    """SQLite's migrations as (version, name, sql), in version order."""
    return migrations("sqlite")


def _statements(sql: str) -> Iterator[str]:
    """A migration script cut into statements (executescript would commit mid-migration)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer
            buffer = ""
    if buffer.strip() and not all(not x.strip() or x.strip().startswith("--") for x in buffer.splitlines()):
        raise ValueError("a migration ends with an incomplete statement")


def _is_busy(err: sqlite3.OperationalError) -> bool:
    return "locked" in str(err) or "busy" in str(err)


class SQLiteStore(StoreReads):
    """Articles, their reading and embedding, and stories in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we open transactions ourselves, so each write is exactly one.
        self._db = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT)
        try:
            with self._busy_is_an_error():
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA foreign_keys=ON")
                self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints, never corrupt
                self._migrate()
        except sqlite3.DatabaseError as err:  # "file is not a database": some other file at that path
            self._db.close()
            raise ParallaxError(f"{self.path} is not a Parallax store (SQLite says: {err})") from err
        except BaseException:
            self._db.close()
            raise

    # -- plumbing ---------------------------------------------------------------------------
    def _rows(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return self._db.execute(sql, params).fetchall()

    @contextmanager
    def _busy_is_an_error(self) -> Iterator[None]:
        """SQLite's 'database is locked', after waiting BUSY_TIMEOUT, as the one line a user reads."""
        try:
            yield
        except sqlite3.OperationalError as err:
            if _is_busy(err):
                raise StoreBusyError(self.path) from err
            raise

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._busy_is_an_error():
            self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        with self._busy_is_an_error():
            self._db.execute("COMMIT")

    def _migrate(self) -> None:
        """Apply the migrations not yet applied, each in its own transaction with its version row."""
        with self._transaction() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                " applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"
            )
        for version, name, sql in _migrations():
            with self._transaction() as db:
                done = db.execute("SELECT 1 FROM schema_version WHERE version = ?", (version,)).fetchone()
                if done:
                    continue
                for statement in _statements(sql):
                    db.execute(statement)
                db.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", (version, name))

    @contextmanager
    def grouping_lock(self) -> Iterator[None]:
        """Hold the store's grouping lock (waiting for it): one grouping pass at a time across processes.

        A lock on a file beside the store, not on the store itself: closing any descriptor
        of the database file would drop SQLite's own locks on it.
        """
        if self.path == ":memory:":
            yield
            return
        import fcntl

        with open(f"{self.path}-lock", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # -- articles ---------------------------------------------------------------------------
    def add_article(
        self,
        article: Article,
        embedding: np.ndarray | None = None,
        story_id: str | None = None,
        grouping: ArticleFeatures | None = None,
    ) -> tuple[str, bool]:
        """Store an article once: returns (its id in the store, whether it was new).

        With a story id, the article and its story membership commit together,
        so a crash never leaves an article half-grouped. `grouping` keeps what
        the grouper reads of it, so a grouper is rebuilt without reading it again.
        """
        digest = content_hash(article)
        with self._transaction() as db:
            row = db.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
            if row:
                return row[0], False
            article_id = article.id
            if db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                article_id = f"{article.id}#{digest[:12]}"  # another input already holds this id
            seq = db.execute("SELECT COALESCE(MAX(added_seq), 0) + 1 FROM articles").fetchone()[0]
            data = article_to_dict(article)
            data["id"] = article_id
            db.execute(
                "INSERT INTO articles (id, content_hash, url, outlet, title, published, data, embedding, added_seq,"
                " grouping) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    digest,
                    article.url,
                    article.outlet,
                    article.title,
                    article.published,
                    json.dumps(data, ensure_ascii=False),
                    to_blob(embedding),
                    seq,
                    features_to_json(grouping) if grouping is not None else None,
                ),
            )
            if story_id is not None:
                self._set_story(db, article_id, story_id)
                self._advance_grouped_through(db)
        return article_id, True

    def set_embedding(self, article_id: str, embedding: np.ndarray) -> None:
        with self._transaction() as db:
            db.execute("UPDATE articles SET embedding = ? WHERE id = ?", (to_blob(embedding), article_id))

    def iter_grouping(self, with_ids: bool = False) -> Iterator[tuple]:
        """(grouping features, embedding, story id) in arrival order: what a grouper needs to restore its state.

        The features kept beside an article when it was stored; the article itself where none were.
        `with_ids`: each row starts with the article id (story repair reports the articles it moves).
        """
        query = (
            "SELECT a.id, a.grouping, CASE WHEN a.grouping IS NULL THEN a.data END, a.embedding, m.story_id"
            " FROM articles a LEFT JOIN story_members m ON m.article_id = a.id ORDER BY a.added_seq"
        )
        for article_id, grouping, data, blob, story_id in self._db.execute(query):
            features = features_from_json(grouping) if grouping else article_from_dict(json.loads(data))
            if with_ids:
                yield article_id, features, from_blob(blob), story_id
            else:
                yield features, from_blob(blob), story_id

    def iter_ungrouped(self, page: int = 1000) -> Iterator[tuple[Article, np.ndarray | None]]:
        """Articles stored without a story yet, in grouping order (`_common.grouping_key`).

        The order is fixed when iteration starts, from small columns only; bodies and vectors
        are read a page at a time, so a run that stored 100,000 articles never holds them all.
        An article put in a story meanwhile is skipped.
        """
        keys = self._db.execute(
            "SELECT a.id, a.published, a.content_hash FROM articles a LEFT JOIN story_members m"
            " ON m.article_id = a.id WHERE m.story_id IS NULL AND a.added_seq > ?",
            (self._grouped_through(self._db),),
        ).fetchall()
        order = [article_id for article_id, published, digest in sorted(keys, key=lambda r: grouping_key(r[1], r[2]))]
        for start in range(0, len(order), page):
            ids = order[start : start + page]
            rows = self._db.execute(
                "SELECT a.id, a.data, a.embedding FROM articles a LEFT JOIN story_members m ON m.article_id = a.id"
                f" WHERE m.story_id IS NULL AND a.id IN ({', '.join('?' * len(ids))})",
                ids,
            ).fetchall()
            found = {article_id: (data, blob) for article_id, data, blob in rows}
            for article_id in ids:
                if article_id in found:
                    data, blob = found[article_id]
                    yield article_from_dict(json.loads(data)), from_blob(blob)

    # -- stories ----------------------------------------------------------------------------
    def _set_story(self, db: sqlite3.Connection, article_id: str, story_id: str) -> None:
        row = db.execute("SELECT story_id FROM story_members WHERE article_id = ?", (article_id,)).fetchone()
        previous = row[0] if row else None
        if previous == story_id:
            return
        if not db.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone():
            seq = db.execute("SELECT COALESCE(MAX(created_seq), 0) + 1 FROM stories").fetchone()[0]
            db.execute("INSERT INTO stories (id, created_seq) VALUES (?, ?)", (story_id, seq))
        db.execute(
            "INSERT INTO story_members (article_id, story_id) VALUES (?, ?)"
            " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id",
            (article_id, story_id),
        )
        if (
            previous is not None
            and not db.execute("SELECT 1 FROM story_members WHERE story_id = ? LIMIT 1", (previous,)).fetchone()
        ):
            db.execute("DELETE FROM stories WHERE id = ?", (previous,))

    def set_stories(self, assignments: list[tuple[str, str]], events: list[StoryEvent] | tuple = ()) -> None:
        """Put articles in their stories (moving any that were in another) in one transaction: all or, after
        a crash, none. Stories left empty disappear; an unknown article id is a KeyError and writes nothing.
        `events`: the merges and splits that moved them (story repair), recorded in the same transaction."""
        with self._transaction() as db:
            for article_id, _ in assignments:
                if not db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                    raise KeyError(article_id)
            for article_id, story_id in assignments:
                self._set_story(db, article_id, story_id)
            self._advance_grouped_through(db)
            if events:
                seq = db.execute("SELECT COALESCE(MAX(seq), 0) FROM story_events").fetchone()[0]
                stamp = now()
                db.executemany(
                    f"INSERT INTO story_events (seq, {EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(seq + i + 1, *event_row(event, stamp)) for i, event in enumerate(events)],
                )

    # Every article up to this arrival number is in a story (memberships are moved, never removed,
    # so it only grows). Looking for ungrouped articles starts there: without it, each ingest run
    # scanned the whole store (1.6 ms per added article at 100,000 stored, 0.4 ms at 1,000).
    # Sound because SQLite numbers arrivals inside its one write transaction: no lower number
    # can commit later.
    _GROUPED_THROUGH = "grouped_through"

    def _grouped_through(self, db: sqlite3.Connection) -> int:
        row = db.execute("SELECT value FROM settings WHERE key = ?", (self._GROUPED_THROUGH,)).fetchone()
        return int(row[0]) if row else 0

    def _advance_grouped_through(self, db: sqlite3.Connection) -> None:
        mark = self._grouped_through(db)
        first_ungrouped = db.execute(
            "SELECT MIN(a.added_seq) FROM articles a LEFT JOIN story_members m ON m.article_id = a.id"
            " WHERE m.story_id IS NULL AND a.added_seq > ?",
            (mark,),
        ).fetchone()[0]
        if first_ungrouped is None:
            first_ungrouped = db.execute("SELECT COALESCE(MAX(added_seq), 0) + 1 FROM articles").fetchone()[0]
        if first_ungrouped - 1 > mark:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (self._GROUPED_THROUGH, str(first_ungrouped - 1)),
            )
