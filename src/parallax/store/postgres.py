"""The PostgreSQL store: the same schema and contract as SQLite, for a team and several writers at once.

    store = PostgresStore("postgresql://user@host:5432/db")   # or ?options=-csearch_path%3Dmy_schema

The store lives in the connection's current schema (the first of its search_path), so
one database can hold several stores. Every write is its own transaction, as in SQLite.

Several writers. Any number of `parallax ingest` processes may write one store at once:
- Reading, cleaning and embedding run in every process in parallel; each article is
  inserted with `ON CONFLICT DO NOTHING` against the unique content hash, so an article
  two writers offer at the same moment is stored once (the second insert waits for the
  first to commit, then does nothing) and nothing is lost.
- Grouping is serialised: a grouping pass holds a session advisory lock
  (`pg_advisory_lock`, keyed by the schema) while it rebuilds the grouper from the store
  and puts every ungrouped article in a story, a chunk per transaction, in a fixed order
  (publication time, then content hash: `_common.grouping_key`).

Why one grouper at a time rather than claiming chunks with `FOR UPDATE SKIP LOCKED`: the
grouper is stateful. Whether an article joins a story or starts one depends on every story
before it; two processes grouping chunks in parallel would each decide against stories
the other has not committed yet, start two stories for one event, and decide differently
on every run. Grouping costs milliseconds an article against the tenths of a second of
reading and embedding it, so one grouping worker at a time costs the writers little. The
lock belongs to the session: a writer killed with kill -9 drops it with its connection,
and its committed chunks stay; the next pass groups what it left.

Reproducible: articles are grouped exactly once, each pass in the fixed order above. A
pass groups what is stored when it starts, so writers whose inserts are all stored before
the first pass get the stories of one ingest of all their articles; a writer that finishes
later is grouped as a later ingest would be.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

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
    masked,
    migrations,
    now,
)
from parallax.store._reads import StoreReads

__all__ = ["PostgresStore", "StoreUnavailableError"]

# Advisory lock keys (first half of the two-key form; the second is a hash of the schema).
_MIGRATION_LOCK = 0x50415201
_GROUPING_LOCK = 0x50415202
_PAGE = 1000


class StoreUnavailableError(ParallaxError):
    """The server cannot be reached, or the store is not there: one line naming the URL, password masked."""


def _psycopg() -> Any:
    """psycopg, imported when a PostgreSQL store is opened: SQLite users never load it."""
    import psycopg

    return psycopg


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else err.__class__.__name__


class PostgresStore(StoreReads):
    """Articles, their reading and embedding, and stories in a PostgreSQL schema."""

    def __init__(self, url: str, create: bool = True) -> None:
        self.path = url
        self._where = masked(url)
        psycopg = _psycopg()
        try:
            self._db = psycopg.connect(url, autocommit=True, connect_timeout=10, application_name="parallax")
        except psycopg.Error as err:
            raise StoreUnavailableError(f"cannot connect to {self._where}: {_first_line(err)}") from err
        try:
            self._open(create)
        except BaseException:
            self._db.close()
            raise

    def _open(self, create: bool) -> None:
        schema = self._one("SELECT current_schema()")
        if schema is None:
            raise StoreUnavailableError(f"no schema to keep a store in at {self._where}: its search_path names none")
        if not create and self._one("SELECT to_regclass('schema_version')") is None:
            raise StoreUnavailableError(
                f"no store at {self._where} (run 'parallax ingest PATH... --db {self._where}' to make one)"
            )
        psycopg = _psycopg()
        try:
            self._migrate()
        except psycopg.DatabaseError as err:  # e.g. no right to create tables in the schema
            raise StoreUnavailableError(f"cannot set up the store at {self._where}: {_first_line(err)}") from err

    # -- plumbing ---------------------------------------------------------------------------
    @contextmanager
    def _guard(self) -> Iterator[None]:
        """A lost connection as one line naming the server, not a traceback."""
        psycopg = _psycopg()
        try:
            yield
        except psycopg.OperationalError as err:
            raise StoreUnavailableError(f"lost the connection to {self._where}: {_first_line(err)}") from err

    def _rows(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        """SQL with `?` placeholders (the shared reads, `_reads.py`) or psycopg's `%s`."""
        with self._guard():
            return self._db.execute(sql.replace("?", "%s"), params).fetchall()

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        with self._guard(), self._db.transaction():
            yield self._db

    def _migrate(self) -> None:
        """Apply the migrations not yet applied, each in its own transaction, one process at a time."""
        lock = "SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))"
        with self._transaction() as db:
            db.execute(lock, (_MIGRATION_LOCK,))
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, name TEXT NOT NULL,"
                " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
        for version, name, sql in migrations("postgres"):
            with self._transaction() as db:
                db.execute(lock, (_MIGRATION_LOCK,))
                if db.execute("SELECT 1 FROM schema_version WHERE version = %s", (version,)).fetchone():
                    continue
                db.execute(sql)
                db.execute("INSERT INTO schema_version (version, name) VALUES (%s, %s)", (version, name))

    @contextmanager
    def grouping_lock(self) -> Iterator[None]:
        """Hold this store's grouping lock (waiting for it): one grouping pass at a time across processes."""
        self._rows("SELECT pg_advisory_lock(%s, hashtext(current_schema()))", (_GROUPING_LOCK,))
        try:
            yield
        finally:
            if not self._db.closed:
                self._rows("SELECT pg_advisory_unlock(%s, hashtext(current_schema()))", (_GROUPING_LOCK,))

    # -- articles ---------------------------------------------------------------------------
    def add_article(
        self,
        article: Article,
        embedding: np.ndarray | None = None,
        story_id: str | None = None,
        grouping: ArticleFeatures | None = None,
    ) -> tuple[str, bool]:
        """Store an article once: returns (its id in the store, whether it was new).

        Safe against other writers: the insert does nothing when the content hash (or the id)
        is taken, committed or not yet; then the stored twin's id is returned, or the article
        is stored again under its id made unique by its hash.
        """
        digest = content_hash(article)
        with self._transaction() as db:
            for article_id in (article.id, f"{article.id}#{digest[:12]}"):
                if self._insert(db, article, article_id, digest, embedding, grouping):
                    if story_id is not None:
                        self._set_stories(db, [(article_id, story_id)])
                    return article_id, True
                row = db.execute("SELECT id FROM articles WHERE content_hash = %s", (digest,)).fetchone()
                if row:
                    return row[0], False
        raise ParallaxError(f"article {article.id!r}: its id and its id#hash are both taken by other articles")

    @staticmethod
    def _insert(
        db: Any,
        article: Article,
        article_id: str,
        digest: str,
        embedding: np.ndarray | None,
        grouping: ArticleFeatures | None,
    ) -> bool:
        """Insert one article row unless its id or content hash is taken; whether it was inserted."""
        data = article_to_dict(article)
        data["id"] = article_id
        cursor = db.execute(
            "INSERT INTO articles (id, content_hash, url, outlet, title, published, data, embedding, grouping)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            (
                article_id,
                digest,
                article.url,
                article.outlet,
                article.title,
                article.published,
                json.dumps(data, ensure_ascii=False),
                None if embedding is None else np.asarray(embedding, dtype=np.float32).tobytes(),
                features_to_json(grouping) if grouping is not None else None,
            ),
        )
        return cursor.rowcount == 1

    def set_embedding(self, article_id: str, embedding: np.ndarray) -> None:
        with self._transaction() as db:
            blob = np.asarray(embedding, dtype=np.float32).tobytes()
            db.execute("UPDATE articles SET embedding = %s WHERE id = %s", (blob, article_id))

    def iter_grouping(self, with_ids: bool = False) -> Iterator[tuple]:
        """(grouping features, embedding, story id) in arrival order, a page at a time (see SQLiteStore);
        `with_ids`: each row starts with the article id."""
        query = (
            "SELECT a.added_seq, a.id, a.grouping, CASE WHEN a.grouping IS NULL THEN a.data END, a.embedding,"
            " m.story_id FROM articles a LEFT JOIN story_members m ON m.article_id = a.id"
            " WHERE a.added_seq > %s ORDER BY a.added_seq LIMIT %s"
        )
        after = 0
        while rows := self._rows(query, (after, _PAGE)):
            for _, article_id, grouping, data, blob, story_id in rows:
                features = features_from_json(grouping) if grouping else article_from_dict(json.loads(data))
                if with_ids:
                    yield article_id, features, from_blob(blob), story_id
                else:
                    yield features, from_blob(blob), story_id
            after = rows[-1][0]

    def iter_ungrouped(self, page: int = _PAGE) -> Iterator[tuple[Article, np.ndarray | None]]:
        """Articles stored without a story yet, in grouping order (`_common.grouping_key`).

        The order is fixed when iteration starts; bodies and vectors are read a page at a time;
        an article put in a story meanwhile is skipped.
        """
        keys = self._rows(
            "SELECT a.id, a.published, a.content_hash FROM articles a"
            " WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)"
        )
        order = [article_id for article_id, published, digest in sorted(keys, key=lambda r: grouping_key(r[1], r[2]))]
        for start in range(0, len(order), page):
            ids = order[start : start + page]
            rows = self._rows(
                "SELECT a.id, a.data, a.embedding FROM articles a WHERE a.id = ANY(%s)"
                " AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)",
                (ids,),
            )
            found = {article_id: (data, blob) for article_id, data, blob in rows}
            for article_id in ids:
                if article_id in found:
                    data, blob = found[article_id]
                    yield article_from_dict(json.loads(data)), from_blob(blob)

    # -- stories ----------------------------------------------------------------------------
    def set_stories(self, assignments: list[tuple[str, str]], events: list[StoryEvent] | tuple = ()) -> None:
        """Put articles in their stories (moving any that were in another) in one transaction: all or none.
        Stories left empty disappear; an unknown article id is a KeyError and writes nothing. `events`:
        the merges and splits that moved them, recorded in the same transaction (numbered MAX + 1: only
        the holder of the grouping lock writes them)."""
        with self._transaction() as db:
            self._set_stories(db, assignments)
            if events:
                seq = db.execute("SELECT COALESCE(MAX(seq), 0) FROM story_events").fetchone()[0]
                stamp = now()
                with db.cursor() as cursor:
                    cursor.executemany(
                        f"INSERT INTO story_events (seq, {EVENT_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                        [(seq + i + 1, *event_row(event, stamp)) for i, event in enumerate(events)],
                    )

    @staticmethod
    def _set_stories(db: Any, assignments: list[tuple[str, str]]) -> None:
        if not assignments:
            return
        article_ids = [article_id for article_id, _ in assignments]
        known = {row[0] for row in db.execute("SELECT id FROM articles WHERE id = ANY(%s)", (article_ids,))}
        for article_id in article_ids:
            if article_id not in known:
                raise KeyError(article_id)
        previous = dict(
            db.execute("SELECT article_id, story_id FROM story_members WHERE article_id = ANY(%s)", (article_ids,))
        )
        new_stories = list(dict.fromkeys(story_id for _, story_id in assignments))
        existing = {row[0] for row in db.execute("SELECT id FROM stories WHERE id = ANY(%s)", (new_stories,))}
        with db.cursor() as cursor:  # stories in order of first appearance: creation numbers follow it
            cursor.executemany("INSERT INTO stories (id) VALUES (%s)", [(s,) for s in new_stories if s not in existing])
            cursor.executemany(
                "INSERT INTO story_members (article_id, story_id) VALUES (%s, %s)"
                " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id",
                assignments,
            )
        emptied = sorted(set(previous.values()) - set(new_stories))
        if emptied:
            db.execute(
                "DELETE FROM stories s WHERE s.id = ANY(%s)"
                " AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.story_id = s.id)",
                (emptied,),
            )
