"""`parallax ingest --workers N`: reading and embedding in N processes; the stories do not depend on N."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

from parallax.model import Article
from parallax.store.workers import default_workers, read_and_embed_all

sys.path.insert(0, str(Path(__file__).parent))
from test_concurrent import EVENTS, OUTLETS, record


def articles() -> list[Article]:
    rows = [record(event, outlet) for event in range(len(EVENTS)) for outlet in OUTLETS[:4]]
    return [
        Article(
            id=r["id"],
            source="t",
            body=r["text"],
            title=r["title"],
            outlet=r["outlet"],
            url=r["url"],
            published=r["published"],
        )
        for r in rows
    ]


def test_two_workers_read_and_embed_as_one_does_in_the_order_given() -> None:
    alone = list(read_and_embed_all(articles(), workers=1, chunk=4))
    pooled = list(read_and_embed_all(articles(), workers=2, chunk=4))  # 4 chunks: the pool is used
    assert [a.id for a, _ in pooled] == [a.id for a in articles()]
    assert [a for a, _ in pooled] == [a for a, _ in alone]  # the same reading
    np.testing.assert_array_equal(np.vstack([v for _, v in pooled]), np.vstack([v for _, v in alone]))


def test_chunks_shrink_near_the_end_so_the_workers_finish_together() -> None:
    from parallax.store.workers import _shrinking_chunks

    chunks = list(_shrinking_chunks(range(162), 16, 2))
    assert [i for chunk in chunks for i in chunk] == list(range(162))  # every article once, in order
    sizes = [len(chunk) for chunk in chunks]
    assert sizes[:7] == [16] * 7  # full chunks while 4 chunks' worth or more is left
    assert sizes[7:] == sorted(sizes[7:], reverse=True) and max(sizes[7:]) < 16 and sizes[-1] == 1
    assert [len(c) for c in _shrinking_chunks(range(3), 16, 2)] == [1, 1, 1]
    assert list(_shrinking_chunks([], 16, 2)) == []


def test_an_embedding_does_not_depend_on_its_batch() -> None:
    from parallax.embeddings import encode

    text = "Rescuers searched the rubble after the quake."
    others = ["short", "A much longer text about a senate vote and its aftermath. " * 20, "Floods hit the valley."]
    np.testing.assert_array_equal(encode([text])[0], encode([*others, text, *others])[len(others)])


def test_default_workers_is_the_cores_we_may_use() -> None:
    assert 1 <= default_workers() <= (__import__("os").cpu_count() or 1)


def run_ingest(paths: list[Path], db: Path, workers: int) -> list[dict]:
    command = [sys.executable, "-m", "parallax", "ingest", *map(str, paths), "--db", str(db), "--workers", str(workers)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "parallax", "stories", "--db", str(db), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return [{"id": s["id"], "articles": s["articles"]} for s in json.loads(listed.stdout)]


def test_the_stories_do_not_depend_on_the_number_of_workers(tmp_path: Path) -> None:
    rows = [record(event, outlet) for event in range(len(EVENTS)) for outlet in OUTLETS]  # 48: three chunks
    source = tmp_path / "all.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    one = run_ingest([source], tmp_path / "one.db", workers=1)
    two = run_ingest([source], tmp_path / "two.db", workers=2)
    assert one == two and len(one) == len(EVENTS)  # the same stories, ids and all


def test_zero_workers_is_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "parallax", "ingest", str(tmp_path), "--workers", "0", "--db", str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and result.stderr.strip() == "parallax: --workers must be at least 1, not 0"
