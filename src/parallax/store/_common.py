"""What both store backends share: article identity, vectors as bytes, the grouping order, migrations.

Migrations come from one numbered source, `migrations/NNNN_name.sql`, written once in
portable SQL (TEXT, INTEGER, BLOB; no backend-only types). PostgreSQL reads the same text
with two whole-word substitutions (BLOB -> BYTEA, INTEGER -> BIGINT). Where the two cannot
share a statement, a number has a pair instead, `NNNN_name.sqlite.sql` and
`NNNN_name.postgres.sql`. Why this and not a file per dialect for every number: the schema
is the same table by table, so one text keeps the backends from drifting apart; the pair
is only for what truly differs (arrival numbers from a sequence, which only concurrent
writers need), and a test checks both backends reach the same version.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources
from urllib.parse import urlsplit, urlunsplit

import numpy as np

from parallax.group.grouper import StoryEvent
from parallax.model import Article

__all__ = [
    "DIALECTS",
    "EVENT_COLUMNS",
    "content_hash",
    "event_row",
    "from_blob",
    "grouping_key",
    "is_url",
    "masked",
    "migrations",
    "resolve",
    "to_blob",
]

DIALECTS = ("sqlite", "postgres")
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+(?:\.(sqlite|postgres))?\.sql$")
_POSTGRES_TYPES = {"BLOB": "BYTEA", "INTEGER": "BIGINT"}
_SPACE = re.compile(r"\s+")
_URL_SCHEMES = ("postgresql://", "postgres://")


def content_hash(article: Article) -> str:
    """The identity of an article: its URL and cleaned body, whitespace-insensitive.

    The same page read twice (or from a text dump and from HTML with the same
    body) hashes alike; an update of a story under the same URL does not.
    """
    body = _SPACE.sub(" ", article.body).strip()
    url = (article.url or "").strip()
    return hashlib.sha256(f"{url}\n{body}".encode()).hexdigest()


def grouping_key(published: str | None, digest: str) -> tuple[str, str]:
    """The order in which a grouping pass reads the articles it groups: publication time, then content hash.

    Not arrival order: several writers interleave their inserts differently on every run,
    while this order depends only on the articles themselves, so a pass groups the same set
    the same way whoever stored it and whenever. Publication first keeps an event's first
    reports near each other when a pass spans several chunks. Undated articles come first.
    """
    return (published or "", digest)


def to_blob(vector: np.ndarray | None) -> bytes | None:
    return None if vector is None else np.asarray(vector, dtype=np.float32).tobytes()


def from_blob(blob: bytes | memoryview | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype=np.float32).copy()


def is_url(location: object) -> bool:
    """Whether a store location names a PostgreSQL server rather than a SQLite file."""
    return isinstance(location, str) and location.lower().startswith(_URL_SCHEMES)


def masked(url: str) -> str:
    """A connection string fit for a message or a log: its password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username or ''}:***@{parts.hostname or ''}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _postgres(sql: str) -> str:
    for portable, postgres in _POSTGRES_TYPES.items():
        sql = re.sub(rf"\b{portable}\b", postgres, sql)
    return sql


def migrations(dialect: str) -> list[tuple[int, str, str]]:
    """The packaged migrations for one dialect as (version, file name, sql), in version order."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}")
    folder = resources.files("parallax.store").joinpath("migrations")
    found: dict[int, tuple[int, str, str]] = {}
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if not match or match.group(2) not in (None, dialect):
            continue
        version = int(match.group(1))
        if version in found:
            raise ValueError(f"migration {version:04d} is both shared and {dialect}-only")
        sql = entry.read_text(encoding="utf-8")
        found[version] = (version, entry.name, _postgres(sql) if dialect == "postgres" and not match.group(2) else sql)
    return sorted(found.values())


# The story_events columns a StoryEvent is written to and read from, in this order (migration 0004).
EVENT_COLUMNS = "at, kind, story_id, other_id, articles, score, threshold"


def event_row(event: StoryEvent, at: str) -> tuple:
    """A StoryEvent as story_events values (EVENT_COLUMNS), stamped `at` unless it has a time."""
    score = event.score if math.isfinite(event.score) else 0.0
    return (event.at or at, event.kind, event.story_id, event.other_id, event.articles, score, event.threshold)


def now() -> str:
    """The time a store stamps on what it records: UTC, ISO 8601, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def resolve(story_id: str, exists: Callable[[str], bool], merged_into: Callable[[str], str | None]) -> str | None:
    """The live story an id names now: itself while it exists, else the story it was merged into, and so on.

    None for an id no story ever had. A chain of merges is followed to its end (a loop, which
    repair never records, ends the walk rather than hanging it).
    """
    seen: set[str] = set()
    current: str | None = story_id
    while current is not None and current not in seen:
        if exists(current):
            return current
        seen.add(current)
        current = merged_into(current)
    return None
