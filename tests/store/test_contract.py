"""The `Store` contract, run against both backends: SQLite always, PostgreSQL on a real server.

Each test gets a fresh store from `location()` (conftest.py): a new SQLite file, or a new
PostgreSQL schema; the PostgreSQL half skips, saying why, where no server answers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parallax.errors import ParallaxError
from parallax.group import article_features
from parallax.model import Article, Entity
from parallax.store import Store, content_hash, open_store
from parallax.store._common import migrations

Location = Callable[[], str]


def make_article(
    article_id: str = "a1",
    body: str = "Rescuers searched the rubble.",
    url: str | None = "https://x.test/1",
    published: str | None = "2024-03-01",
) -> Article:
    return Article(id=article_id, source="test", body=body, url=url, title="Quake", outlet="Daily", published=published)


@pytest.fixture
def store(location: Location) -> Iterator[Store]:
    opened = open_store(location())
    yield opened
    opened.close()


def vector(*values: float) -> np.ndarray:
    return np.array(values, dtype=np.float32)


def test_open_store_satisfies_protocol_and_migrates(store: Store) -> None:
    assert isinstance(store, Store)
    assert store.schema_version() == max(v for v, _, _ in migrations("sqlite")) >= 3


def test_both_dialects_have_every_migration_number() -> None:
    sqlite, postgres = migrations("sqlite"), migrations("postgres")
    assert [v for v, _, _ in sqlite] == [v for v, _, _ in postgres] == list(range(1, len(sqlite) + 1))
    assert not any("BLOB" in sql for _, _, sql in postgres)  # PostgreSQL reads the portable text as BYTEA


def test_reopening_does_not_migrate_again(location: Location) -> None:
    where = location()
    for _ in range(3):  # a second run of 0001 would fail: CREATE TABLE of an existing table
        with_store = open_store(where)
        assert with_store.schema_version() == len(migrations("sqlite"))
        with_store.close()


def test_reading_a_missing_store_is_an_error_naming_it(location: Location) -> None:
    where = location()
    with pytest.raises(ParallaxError, match="no store at") as caught:
        open_store(where, create=False)
    assert "\n" not in str(caught.value)


def test_same_article_twice_is_stored_once(store: Store) -> None:
    first = store.add_article(make_article())
    again = store.add_article(make_article(article_id="other-id", body="Rescuers   searched the rubble.\n"))
    assert first == ("a1", True)
    assert again == ("a1", False)
    assert store.count_articles() == 1
    assert store.find_article(make_article(body=" Rescuers searched the rubble. ")) == "a1"
    assert store.find_article(make_article(body="Something else")) is None


def test_same_url_new_body_is_a_new_article_with_a_unique_id(store: Store) -> None:
    store.add_article(make_article())
    article_id, is_new = store.add_article(make_article(body="Rescuers found two survivors."))
    assert is_new
    assert article_id == f"a1#{content_hash(make_article(body='Rescuers found two survivors.'))[:12]}"
    assert store.get_article(article_id).body == "Rescuers found two survivors."
    assert store.get_article(article_id).id == article_id


def test_content_hash_depends_on_url_and_body_not_spacing() -> None:
    base = make_article()
    assert content_hash(base) == content_hash(make_article(body=" Rescuers searched\nthe rubble. "))
    assert content_hash(base) != content_hash(make_article(url="https://x.test/2"))
    assert content_hash(base) != content_hash(make_article(body="Rescuers searched the ruins."))


def test_article_round_trip_with_reading_embedding_and_features(store: Store) -> None:
    article = make_article()
    article.entities = [Entity(name="Red Cross", label="ORG", mentions=[(0, 8)])]
    article.analyzed = True
    embedding = np.arange(384, dtype=np.float32) / 384
    store.add_article(article, embedding=embedding, grouping=article_features(article))
    assert store.get_article("a1") == article
    assert store.get_article("missing") is None
    [(features, stored, story)] = list(store.iter_grouping())
    assert features == article_features(article) and story is None
    np.testing.assert_array_equal(stored, embedding)
    store.set_embedding("a1", embedding * 2)
    np.testing.assert_array_equal(next(store.iter_ungrouped())[1], embedding * 2)


def test_stories_membership_and_moves(store: Store) -> None:
    store.add_article(make_article("a1", "one"), story_id="s1")
    store.add_article(make_article("a2", "two"), story_id="s1")
    store.add_article(make_article("a3", "three"))
    assert [a.id for a, _ in store.iter_ungrouped()] == ["a3"]
    store.set_stories([("a3", "s2")])
    assert store.stories() == [("s1", ["a1", "a2"]), ("s2", ["a3"])]
    store.set_stories([("a3", "s1")])  # s2 is left empty and disappears
    assert store.stories() == [("s1", ["a1", "a2", "a3"])]


def test_stories_are_listed_in_creation_order(store: Store) -> None:
    for i in range(4):
        store.add_article(make_article(f"a{i}", f"body {i}"))
    store.set_stories([("a0", "zz"), ("a1", "aa"), ("a2", "zz"), ("a3", "mm")])
    assert store.stories() == [("zz", ["a0", "a2"]), ("aa", ["a1"]), ("mm", ["a3"])]


def test_set_stories_commits_all_or_nothing(store: Store) -> None:
    store.add_article(make_article("a", "first body"))
    store.add_article(make_article("b", "second body"))
    store.set_stories([("a", "s1"), ("b", "s2")])
    with pytest.raises(KeyError):
        store.set_stories([("a", "s3"), ("missing", "s3")])  # the second cannot be stored: nothing is
    assert store.stories() == [("s1", ["a"]), ("s2", ["b"])]


def test_iter_grouping_in_arrival_order(store: Store) -> None:
    store.add_article(make_article("b", "second body"), embedding=vector(1, 1), story_id="s9")
    store.add_article(make_article("a", "first body"))
    rows = list(store.iter_grouping())
    assert [(r[0].id, r[2]) for r in rows] == [("b", "s9"), ("a", None)]  # no features kept: the article
    assert rows[1][1] is None


def test_iter_ungrouped_lists_only_articles_without_story(store: Store) -> None:
    store.add_article(make_article("a", "first body"), story_id="s1")
    store.add_article(make_article("b", "second body"), embedding=vector(1, 1, 1, 1))
    assert [(article.id, v.tolist()) for article, v in store.iter_ungrouped()] == [("b", [1.0] * 4)]


def test_iter_ungrouped_reads_in_grouping_order_not_arrival(store: Store) -> None:
    dated = [("late", "2024-03-02"), ("undated", None), ("early", "2024-03-01")]
    for article_id, published in dated:
        store.add_article(make_article(article_id, f"{article_id} body", published=published))
    same_day = sorted((content_hash(make_article(f"d{i}", f"day body {i}")), f"d{i}") for i in range(5))
    for i in range(5):
        store.add_article(make_article(f"d{i}", f"day body {i}", published="2024-03-01T10:00"))
    expected = ["undated", "early", *[article_id for _, article_id in same_day], "late"]
    assert [a.id for a, _ in store.iter_ungrouped()] == expected


def test_iter_ungrouped_pages_while_stories_are_set(store: Store) -> None:
    for i in range(7):
        store.add_article(make_article(f"a{i}", f"body number {i}"))
    expected = [a.id for a, _ in store.iter_ungrouped()]
    seen = []
    for article, _ in store.iter_ungrouped(page=3):
        seen.append(article.id)
        store.set_stories([(article.id, "s1")])  # grouping as it reads must not make it skip or repeat rows
    assert seen == expected and len(seen) == 7
    assert list(store.iter_ungrouped()) == []


def test_ungrouped_articles_are_found_wherever_they_sit(location: Location) -> None:
    where = location()
    store = open_store(where)
    for i in range(1, 6):
        store.add_article(make_article(f"a{i}", f"body number {i}"))
    store.set_stories([("a1", "s1"), ("a2", "s1"), ("a4", "s2")])
    assert sorted(a.id for a, _ in store.iter_ungrouped()) == ["a3", "a5"]
    store.close()
    store = open_store(where)  # reopened: the same answer
    assert sorted(a.id for a, _ in store.iter_ungrouped()) == ["a3", "a5"]
    store.set_stories([("a3", "s2")])
    store.add_article(make_article("a6", "body number 6"))
    assert sorted(a.id for a, _ in store.iter_ungrouped()) == ["a5", "a6"]
    store.set_stories([("a5", "s3"), ("a6", "s3")])
    assert list(store.iter_ungrouped()) == []
    store.close()


def test_grouping_lock_admits_one_holder_at_a_time(location: Location) -> None:
    where = location()
    first, second = open_store(where), open_store(where)
    events: list[str] = []

    def wait_for_it() -> None:
        with second.grouping_lock():
            events.append("second")

    with first.grouping_lock():
        waiter = threading.Thread(target=wait_for_it)
        waiter.start()
        time.sleep(0.3)
        events.append("first released")
    waiter.join(10)
    assert events == ["first released", "second"]
    with first.grouping_lock():  # released by its holder: free again
        pass
    first.close()
    second.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bodies=st.lists(st.text(min_size=1, max_size=60), min_size=1, max_size=8))
def test_adding_any_bodies_twice_changes_nothing(location: Location, bodies: list[str]) -> None:
    fresh = open_store(location())
    try:
        for i, body in enumerate(bodies):
            fresh.add_article(make_article(f"id{i}", body))
        count = fresh.count_articles()
        for i, body in enumerate(bodies):
            assert fresh.add_article(make_article(f"again{i}", body))[1] is False
        assert count == len({" ".join(b.split()) for b in bodies})
        assert fresh.count_articles() == count
    finally:
        fresh.close()


def test_story_events_are_recorded_with_the_moves_and_old_ids_resolve(store: Store) -> None:
    from parallax.group import StoryEvent

    for i in range(4):
        store.add_article(make_article(f"a{i}", f"body {i}"))
    store.set_stories([("a0", "s1"), ("a1", "s1"), ("a2", "s2"), ("a3", "s3")])
    assert store.story_events() == [] and store.resolve_story("s2") == "s2"
    merge = StoryEvent("merge", "s1", "s2", 1, 0.65, 0.55)
    store.set_stories([("a2", "s1")], events=[merge])  # s2 merged into s1, in one transaction
    split = StoryEvent("split", "s1", "s3", 1, 0.41, 0.55)
    store.set_stories([("a1", "s3")], events=[split])
    assert store.stories() == [("s1", ["a0", "a2"]), ("s3", ["a1", "a3"])]
    events = store.story_events()
    assert [(e.kind, e.story_id, e.other_id, e.articles) for e in events] == [
        ("merge", "s1", "s2", 1),
        ("split", "s1", "s3", 1),
    ]
    assert events[0].score == pytest.approx(0.65) and events[0].threshold == pytest.approx(0.55)
    assert all(e.at and e.at[:2] == "20" for e in events)  # stamped by the store (UTC ISO 8601)
    assert [e.kind for e in store.story_events("s3")] == ["split"]
    assert [e.kind for e in store.story_events("s2")] == ["merge"]
    assert store.resolve_story("s2") == "s1"  # an old link leads to the story that took its articles
    assert store.resolve_story("s1") == "s1" and store.resolve_story("nothing") is None
    store.set_stories([("a0", "s3"), ("a2", "s3")], events=[StoryEvent("merge", "s3", "s1", 2, 0.7, 0.55)])
    assert store.resolve_story("s2") == "s3"  # a chain of merges is followed to its end


def test_story_events_roll_back_with_their_moves(store: Store) -> None:
    from parallax.group import StoryEvent

    store.add_article(make_article("a", "first body"))
    store.set_stories([("a", "s1")])
    with pytest.raises(KeyError):
        store.set_stories([("a", "s2"), ("missing", "s2")], events=[StoryEvent("merge", "s2", "s1", 1, 0.6, 0.55)])
    assert store.story_events() == [] and store.stories() == [("s1", ["a"])]


def test_iter_grouping_with_ids(store: Store) -> None:
    store.add_article(make_article("a1", "one"), embedding=vector(1, 0), story_id="s1")
    store.add_article(make_article("a2", "two"), embedding=vector(0, 1))
    rows = list(store.iter_grouping(with_ids=True))
    assert [(row[0], row[3]) for row in rows] == [("a1", "s1"), ("a2", None)]
