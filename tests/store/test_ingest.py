"""Ingest: idempotent re-runs, resuming after an interrupted run, and surviving SIGKILL."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import numpy as np

from parallax.group import GroupingParams, StoryGrouper, grouping_text
from parallax.model import Article
from parallax.store import SQLiteStore
from parallax.store.ingest import ingest_articles

# Four invented events, three reports each, with their own names and figures.
EVENTS = [
    ("Volcano Ardent erupted near Porto Velho", "Ardent", "Porto Velho", "4,200"),
    ("Floods hit Kestrel Valley after storm Mira", "Kestrel", "Mira", "310"),
    ("Senator Okafor indicted in Lagos procurement case", "Okafor", "Lagos", "12"),
    ("Carmaker Voltan recalls vehicles over brakes", "Voltan", "Detroit", "50,000"),
]


def fake_embed(texts: list[str]) -> np.ndarray:
    """Deterministic vectors: one direction per event (found by its first name), a little noise per text."""
    rows = []
    for text in texts:
        event = next(i for i, (_, name, _, _) in enumerate(EVENTS) if name in text)
        rng = np.random.default_rng(int(hashlib.sha1(text.encode()).hexdigest()[:8], 16))
        vector = np.zeros(384, dtype=np.float32)
        vector[event] = 1.0
        vector += 0.01 * rng.standard_normal(384).astype(np.float32)
        rows.append(vector / np.linalg.norm(vector))
    return np.vstack(rows)


def corpus() -> list[Article]:
    articles = []
    for number, (title, name, place, figure) in enumerate(EVENTS):
        for outlet in ("Daily", "Herald", "Times"):
            body = f"{title}. {name} was in {place}; officials counted {figure}. Reported by {outlet}."
            articles.append(
                Article(
                    id=f"{outlet}-{number}",
                    source=f"{outlet}.txt",
                    body=body,
                    title=title,
                    outlet=outlet,
                    url=f"https://{outlet.lower()}.test/{number}",
                    published=f"2024-03-0{number + 1}",
                )
            )
    return articles


def snapshot(path: Path) -> tuple[list[str], list[frozenset[str]]]:
    with SQLiteStore(path) as store:
        ids = sorted(row[0] for row in store._db.execute("SELECT id FROM articles"))
        partition = sorted((frozenset(members) for _, members in store.stories()), key=sorted)
    return ids, partition


def test_ingest_groups_events_and_is_idempotent(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "p.db") as store:
        first = ingest_articles(store, corpus(), embed=fake_embed)
        assert (first.seen, first.added, first.duplicates, first.stories_started) == (12, 12, 0, 4)
        again = ingest_articles(store, corpus(), embed=fake_embed)
        assert (again.added, again.duplicates, again.stories_started) == (0, 12, 0)
        assert store.count_articles() == 12
    _, partition = snapshot(tmp_path / "p.db")
    assert [sorted(s) for s in partition] == [[f"{o}-{n}" for o in ("Daily", "Herald", "Times")] for n in range(4)]


def test_new_articles_join_stored_stories(tmp_path: Path) -> None:
    articles = corpus()
    with SQLiteStore(tmp_path / "p.db") as store:
        ingest_articles(store, articles[::3], embed=fake_embed)  # one report per event today
    with SQLiteStore(tmp_path / "p.db") as store:  # tomorrow: a fresh process, grouper restored from the store
        summary = ingest_articles(store, articles, embed=fake_embed)
        assert (summary.added, summary.duplicates, summary.stories_started) == (8, 4, 0)
        assert len(store.stories()) == 4


def test_articles_stored_without_story_are_grouped_on_resume(tmp_path: Path) -> None:
    articles = corpus()
    with SQLiteStore(tmp_path / "p.db") as store:
        store.add_article(articles[0])  # as if killed after storing, before grouping
        summary = ingest_articles(store, articles, embed=fake_embed)
        assert summary.regrouped == 1
        assert sum(len(members) for _, members in store.stories()) == store.count_articles()
    ids, partition = snapshot(tmp_path / "p.db")
    assert len(ids) == 12 and len(partition) == 4


CHILD = """
import sys, time
sys.path.insert(0, {tests!r})
import test_ingest as t
from parallax.store import SQLiteStore
from parallax.store.ingest import ingest_articles

def slow_embed(texts):
    time.sleep(0.15)
    return t.fake_embed(texts)

with SQLiteStore({db!r}) as store:
    ingest_articles(store, t.corpus(), embed=slow_embed, batch_size=2)
"""


def test_sigkill_mid_ingest_then_rerun_equals_uninterrupted_run(tmp_path: Path) -> None:
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    script = CHILD.format(tests=str(Path(__file__).parent), db=str(killed_db))
    child = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "OMP_NUM_THREADS": "1"})
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and child.poll() is None:
        if killed_db.exists():
            try:
                stored = sqlite3.connect(killed_db).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:  # schema not created yet
                stored = 0
            if stored >= 3:
                break
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, "the child finished before it could be killed"
    assert 3 <= stored < 12

    with SQLiteStore(killed_db) as store:
        kept = store.count_articles()
        assert kept >= stored  # nothing committed was lost
        summary = ingest_articles(store, corpus(), embed=fake_embed)
        assert summary.added == 12 - kept
    with SQLiteStore(clean_db) as store:
        ingest_articles(store, corpus(), embed=fake_embed)
    assert snapshot(killed_db) == snapshot(clean_db)


def test_run_killed_while_grouping_ends_like_an_uninterrupted_one(tmp_path: Path) -> None:
    # Killed after storing every article, with only the first chunk's stories committed.
    params = GroupingParams(chunk_size=5)
    articles = corpus()
    with SQLiteStore(tmp_path / "killed.db") as store:
        for article in articles:
            store.add_article(article, embedding=fake_embed([grouping_text(article)])[0])
        first, vectors = zip(*islice(store.iter_ungrouped(), 5), strict=True)
        first = list(first)
        grouper = StoryGrouper(params)
        vectors = np.vstack(vectors)
        store.set_stories(list(zip([a.id for a in first], grouper.add_batch(first, vectors), strict=True)))
    with SQLiteStore(tmp_path / "killed.db") as store:
        summary = ingest_articles(store, articles, grouper=StoryGrouper.from_rows(store.iter_grouping(), params))
        assert (summary.added, summary.regrouped) == (0, 7)
    with SQLiteStore(tmp_path / "clean.db") as store:
        ingest_articles(store, articles, grouper=StoryGrouper(params), embed=fake_embed)
    assert snapshot(tmp_path / "killed.db") == snapshot(tmp_path / "clean.db")
