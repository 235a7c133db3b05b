"""The SQLite store: migrations, idempotent adds, stories, claims, round trips."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parallax.model import Article, Entity
from parallax.store import SQLiteStore, Store, content_hash, default_path, open_store
from parallax.store.sqlite import _migrations


def make_article(
    article_id: str = "a1", body: str = "Rescuers searched the rubble.", url: str | None = "https://x.test/1"
) -> Article:
    return Article(
        id=article_id, source="test", body=body, url=url, title="Quake", outlet="Daily", published="2024-03-01"
    )


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    with SQLiteStore(tmp_path / "parallax.db") as opened:
        yield opened


def test_open_store_satisfies_protocol_and_migrates(tmp_path: Path) -> None:
    opened = open_store(tmp_path / "sub" / "p.db")
    assert isinstance(opened, Store)
    assert opened.schema_version() == max(v for v, _, _ in _migrations()) >= 1
    opened.close()


def test_wal_mode_and_foreign_keys(store: SQLiteStore) -> None:
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migrations_apply_once(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    SQLiteStore(path).close()
    SQLiteStore(path).close()  # reopening must not re-run 0001 (CREATE TABLE would fail)
    rows = sqlite3.connect(path).execute("SELECT version, name FROM schema_version").fetchall()
    assert rows == [(1, "0001_initial.sql"), (2, "0002_grouping_features.sql")]


def test_a_store_of_the_first_schema_migrates_and_keeps_its_articles(tmp_path: Path) -> None:
    from parallax.group import article_features

    path = tmp_path / "old.db"
    with SQLiteStore(path) as store:
        store.add_article(make_article("old", "stored before features were kept"), embedding=np.ones(4, np.float32))
    old = sqlite3.connect(path)  # back to the first schema, as a store made by an earlier release
    old.execute("ALTER TABLE articles DROP COLUMN grouping")
    old.execute("DELETE FROM schema_version WHERE version = 2")
    old.commit()
    old.close()
    with SQLiteStore(path) as store:
        assert store.schema_version() == 2
        article = make_article("new", "stored with its features")
        store.add_article(article, embedding=np.ones(4, np.float32), grouping=article_features(article))
        rows = list(store.iter_grouping())
    assert isinstance(rows[0][0], Article) and rows[0][0].id == "old"  # no features kept: the article
    assert rows[1][0] == article_features(article)  # the features, without reading the article again


def test_default_path_is_in_user_data_dir() -> None:
    assert default_path().name == "parallax.db"
    assert "parallax" in str(default_path().parent)


def test_same_article_twice_is_stored_once(store: SQLiteStore) -> None:
    first = store.add_article(make_article())
    again = store.add_article(make_article(article_id="other-id", body="Rescuers   searched the rubble.\n"))
    assert first == ("a1", True)
    assert again == ("a1", False)
    assert store.count_articles() == 1


def test_same_url_new_body_is_a_new_article_with_a_unique_id(store: SQLiteStore) -> None:
    store.add_article(make_article())
    article_id, is_new = store.add_article(make_article(body="Rescuers found two survivors."))
    assert is_new
    assert article_id != "a1" and article_id.startswith("a1#")
    assert store.get_article(article_id).body == "Rescuers found two survivors."


def test_content_hash_depends_on_url_and_body_not_spacing() -> None:
    base = make_article()
    assert content_hash(base) == content_hash(make_article(body=" Rescuers searched\nthe rubble. "))
    assert content_hash(base) != content_hash(make_article(url="https://x.test/2"))
    assert content_hash(base) != content_hash(make_article(body="Rescuers searched the ruins."))


def test_article_round_trip_with_reading_and_embedding(store: SQLiteStore) -> None:
    article = make_article()
    article.entities = [Entity(name="Red Cross", label="ORG", mentions=[(0, 8)])]
    article.analyzed = True
    vector = np.arange(384, dtype=np.float32) / 384
    store.add_article(article, embedding=vector)
    loaded = store.get_article("a1")
    assert loaded == article
    np.testing.assert_array_equal(store.get_embedding("a1"), vector)
    assert list(store.iter_articles()) == [article]
    assert store.get_article("missing") is None


def test_update_article_replaces_reading(store: SQLiteStore) -> None:
    article = make_article()
    store.add_article(article)
    article.analyzed = True
    article.entities = [Entity(name="Red Cross", label="ORG")]
    store.update_article(article)
    assert store.get_article("a1").entities[0].name == "Red Cross"
    with pytest.raises(KeyError):
        store.update_article(make_article(article_id="nope"))


def test_stories_membership_and_moves(store: SQLiteStore) -> None:
    store.add_article(make_article("a1", "one"), story_id="s1")
    store.add_article(make_article("a2", "two"), story_id="s1")
    store.add_article(make_article("a3", "three"))
    assert store.story_of("a3") is None
    store.set_story("a3", "s2")
    assert store.stories() == [("s1", ["a1", "a2"]), ("s2", ["a3"])]
    store.set_story("a3", "s1")  # s2 is left empty and disappears
    assert store.stories() == [("s1", ["a1", "a2", "a3"])]


def test_story_of_unknown_article_is_rejected(store: SQLiteStore) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.set_story("ghost", "s1")
    assert store.stories() == []  # the failed write rolled back entirely


def test_claims_and_settings(store: SQLiteStore) -> None:
    store.add_article(make_article(), story_id="s1")
    store.set_claims("s1", [{"id": "c1", "status": "agreed"}, {"id": "c2", "status": "unique"}])
    store.set_claims("s1", [{"id": "c3", "status": "differs"}])
    assert store.get_claims("s1") == [{"id": "c3", "status": "differs"}]
    assert store.get_setting("k") is None
    store.set_setting("k", "1")
    store.set_setting("k", "2")
    assert store.get_setting("k") == "2"


def test_iter_grouping_in_arrival_order(store: SQLiteStore) -> None:
    vector = np.ones(4, dtype=np.float32)
    store.add_article(make_article("b", "second body"), embedding=vector, story_id="s9")
    store.add_article(make_article("a", "first body"))
    rows = list(store.iter_grouping())
    assert [(r[0].id, r[2]) for r in rows] == [("b", "s9"), ("a", None)]
    assert rows[1][1] is None


@settings(max_examples=30, deadline=None)
@given(bodies=st.lists(st.text(min_size=1, max_size=60), min_size=1, max_size=8))
def test_adding_any_bodies_twice_changes_nothing(tmp_path_factory: pytest.TempPathFactory, bodies: list[str]) -> None:
    with SQLiteStore(tmp_path_factory.mktemp("db") / "p.db") as fresh:
        for i, body in enumerate(bodies):
            fresh.add_article(make_article(f"id{i}", body))
        count = fresh.count_articles()
        for i, body in enumerate(bodies):
            assert fresh.add_article(make_article(f"again{i}", body))[1] is False
        assert fresh.count_articles() == count == len({" ".join(b.split()) for b in bodies})


def test_iter_ungrouped_lists_only_articles_without_story(store: SQLiteStore) -> None:
    store.add_article(make_article("a", "first body"), story_id="s1")
    store.add_article(make_article("b", "second body"), embedding=np.ones(4, dtype=np.float32))
    rows = list(store.iter_ungrouped())
    assert [(article.id, vector.tolist()) for article, vector in rows] == [("b", [1.0] * 4)]


def test_iter_ungrouped_pages_in_arrival_order_while_stories_are_set(store: SQLiteStore) -> None:
    for i in range(7):
        store.add_article(make_article(f"a{i}", f"body number {i}"))
    seen = []
    for article, _ in store.iter_ungrouped(page=3):
        seen.append(article.id)
        store.set_story(article.id, "s1")  # grouping as it reads must not make it skip or repeat rows
    assert seen == [f"a{i}" for i in range(7)]
    assert list(store.iter_ungrouped()) == []


def test_set_stories_commits_all_or_nothing(store: SQLiteStore) -> None:
    store.add_article(make_article("a", "first body"))
    store.add_article(make_article("b", "second body"))
    store.set_stories([("a", "s1"), ("b", "s2")])
    assert (store.story_of("a"), store.story_of("b")) == ("s1", "s2")
    with pytest.raises(sqlite3.IntegrityError):
        store.set_stories([("a", "s3"), ("missing", "s3")])  # the second cannot be stored: the first is undone
    assert store.story_of("a") == "s1"


def test_ungrouped_articles_are_found_wherever_they_sit(tmp_path: Path) -> None:
    # The search starts after the last article of a fully grouped prefix; a gap must hold it back.
    with SQLiteStore(tmp_path / "p.db") as store:
        for i in range(1, 6):
            store.add_article(make_article(f"a{i}", f"body number {i}"))
        store.set_stories([("a1", "s1"), ("a2", "s1"), ("a4", "s2")])
        assert [a.id for a, _ in store.iter_ungrouped()] == ["a3", "a5"]
    with SQLiteStore(tmp_path / "p.db") as store:  # reopened: the same answer
        assert [a.id for a, _ in store.iter_ungrouped()] == ["a3", "a5"]
        store.set_story("a3", "s2")
        store.add_article(make_article("a6", "body number 6"))
        assert [a.id for a, _ in store.iter_ungrouped()] == ["a5", "a6"]
        store.set_stories([("a5", "s3"), ("a6", "s3")])
        assert list(store.iter_ungrouped()) == []
