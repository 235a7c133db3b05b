"""What only the SQLite store does: WAL, its migration history, its file, and a busy store's one line.

What every store does (idempotent adds, stories, grouping order, the grouping lock) is in
test_contract.py, run against SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from parallax.model import Article
from parallax.store import SQLiteStore, StoreBusyError, default_path, open_store
from parallax.store.sqlite import BUSY_TIMEOUT


def make_article(article_id: str = "a1", body: str = "Rescuers searched the rubble.") -> Article:
    return Article(
        id=article_id,
        source="test",
        body=body,
        url="https://x.test/1",
        title="Quake",
        outlet="Daily",
        published="2024-03-01",
    )


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    with SQLiteStore(tmp_path / "parallax.db") as opened:
        yield opened


def test_open_store_makes_its_folder_and_a_sqlite_file(tmp_path: Path) -> None:
    opened = open_store(tmp_path / "sub" / "p.db")
    assert isinstance(opened, SQLiteStore)
    opened.close()
    assert (tmp_path / "sub" / "p.db").read_bytes()[:16] == b"SQLite format 3\x00"


def test_wal_mode_and_foreign_keys(store: SQLiteStore) -> None:
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migrations_apply_once(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    SQLiteStore(path).close()
    SQLiteStore(path).close()  # reopening must not re-run 0001 (CREATE TABLE would fail)
    rows = sqlite3.connect(path).execute("SELECT version, name FROM schema_version").fetchall()
    assert rows == [
        (1, "0001_initial.sql"),
        (2, "0002_grouping_features.sql"),
        (3, "0003_arrival_sequences.sqlite.sql"),
        (4, "0004_story_events.sql"),
    ]


def test_a_store_of_the_first_schema_migrates_and_keeps_its_articles(tmp_path: Path) -> None:
    from parallax.group import article_features

    path = tmp_path / "old.db"
    with SQLiteStore(path) as store:
        store.add_article(make_article("old", "stored before features were kept"), embedding=np.ones(4, np.float32))
    old = sqlite3.connect(path)  # back to the first schema, as a store made by an earlier release
    old.execute("ALTER TABLE articles DROP COLUMN grouping")
    old.execute("DROP TABLE story_events")
    old.execute("DELETE FROM schema_version WHERE version >= 2")
    old.commit()
    old.close()
    with SQLiteStore(path) as store:
        assert store.schema_version() == 4
        article = make_article("new", "stored with its features")
        store.add_article(article, embedding=np.ones(4, np.float32), grouping=article_features(article))
        rows = list(store.iter_grouping())
    assert isinstance(rows[0][0], Article) and rows[0][0].id == "old"  # no features kept: the article
    assert rows[1][0] == article_features(article)  # the features, without reading the article again


def test_default_path_is_in_user_data_dir() -> None:
    assert default_path().name == "parallax.db"
    assert "parallax" in str(default_path().parent)


def test_parallax_db_names_the_store_when_no_path_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_DB", str(tmp_path / "from-env.db"))
    open_store().close()
    assert (tmp_path / "from-env.db").exists()


def test_a_store_locked_past_the_timeout_is_one_busy_line(store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process writing, and writing, and writing
    store._db.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(StoreBusyError) as caught:
        store.add_article(make_article())
    holder.execute("ROLLBACK")
    message = str(caught.value)
    assert "busy" in message and store.path in message and "\n" not in message
    assert f"{BUSY_TIMEOUT:.0f} s" in message
    assert store.add_article(make_article()) == ("a1", True)  # and usable once the other is done


def test_grouping_lock_is_a_file_beside_the_store(store: SQLiteStore) -> None:
    with store.grouping_lock():
        assert Path(f"{store.path}-lock").exists()
    with store.grouping_lock():  # released
        pass
