"""Several writers at once: real `parallax ingest` processes into one store, kill -9 included.

PostgreSQL: any number of writers; the stories must equal one ingest of the same articles,
every article stored once and grouped once. SQLite: two writers either both succeed or the
second says in one line that the store is busy; never a corrupt file, never a traceback.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from parallax.store import open_store

EVENTS = [
    ("Volcano Ardent erupted near Porto Velho", "Ardent", "Porto Velho", "4,200"),
    ("Floods hit Kestrel Valley after storm Mira", "Kestrel", "Mira", "310"),
    ("Senator Okafor indicted in Lagos procurement case", "Okafor", "Lagos", "12"),
    ("Carmaker Voltan recalls vehicles over brakes", "Voltan", "Detroit", "50,000"),
]
OUTLETS = [
    "Daily",
    "Herald",
    "Times",
    "Courier",
    "Ledger",
    "Gazette",
    "Post",
    "Tribune",
    "Observer",
    "Mirror",
    "Record",
    "Sentinel",
]
SUMMARY = re.compile(r"parallax: (\d+) new articles, (\d+) duplicates, (\d+) failed; (\d+) stories created")
TESTS = Path(__file__).parent

# The real `parallax ingest` command, with the reading and the model swapped for the fakes of
# test_ingest.py (event vectors), and optionally slow reading, so a run can be killed midway.
FAKE_CLI = """
import os, sys, time
sys.path.insert(0, {tests!r})
import test_ingest
import parallax.analyze, parallax.embeddings
delay = float(os.environ.get("FAKE_READ_DELAY", "0"))
def read(articles):
    for article in articles:
        time.sleep(delay)
        yield article
parallax.analyze.analyze = read
parallax.embeddings.encode = test_ingest.fake_embed
from parallax.cli import main
sys.exit(main(sys.argv[1:]))
"""


def record(event: int, outlet: str) -> dict[str, str]:
    title, name, place, figure = EVENTS[event]
    return {
        "id": f"{outlet}-{event}",
        "text": f"{title}. {name} was in {place}; officials counted {figure}. Reported by {outlet}.",
        "title": title,
        "outlet": outlet,
        "url": f"https://{outlet.lower()}.test/{event}",
        "published": f"2024-03-0{event + 1}",
    }


def write_inputs(folder: Path, parts: dict[str, list[tuple[int, str]]]) -> dict[str, Path]:
    """JSONL files of the given (event, outlet) articles, and all.jsonl with every article once."""
    paths = {}
    every: dict[str, dict[str, str]] = {}
    for name, articles in parts.items():
        rows = [record(event, outlet) for event, outlet in articles]
        every.update((r["id"], r) for r in rows)
        paths[name] = folder / f"{name}.jsonl"
        paths[name].write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    paths["all"] = folder / "all.jsonl"
    paths["all"].write_text("".join(json.dumps(r) + "\n" for r in every.values()), encoding="utf-8")
    return paths


def ingest(paths: list[Path], db: str, fake: bool, delay: float = 0.0) -> subprocess.Popen[str]:
    """Start one `parallax ingest` process (the real one, or the one with the fake model).

    One worker each (reading in the process itself): these tests are about several writers,
    and the fakes live in the writer's own process.
    """
    command = ["-c", FAKE_CLI.format(tests=str(TESTS))] if fake else ["-m", "parallax"]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "FAKE_READ_DELAY": str(delay)}
    return subprocess.Popen(
        [sys.executable, *command, "ingest", *map(str, paths), "--db", db, "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    _, err = process.communicate(timeout=300)
    return process.returncode, err


def partition(db: str) -> list[list[str]]:
    """The stories as sets of article ids (story ids name a story's first article, which may differ)."""
    store = open_store(db, create=False)
    try:
        stories = store.stories()
        members = [article_id for _, ids in stories for article_id in ids]
        assert len(members) == len(set(members)) == store.count_articles(), "an article is ungrouped or twice"
    finally:
        store.close()
    return sorted(sorted(ids) for _, ids in stories)


def summed(errors: list[str]) -> tuple[int, int]:
    """New articles and stories created, summed over the runs' summary lines."""
    found = [SUMMARY.search(err) for err in errors]
    assert all(found), errors
    return sum(int(m.group(1)) for m in found), sum(int(m.group(4)) for m in found)


# Writers with disjoint and overlapping inputs: a and b split the events, c repeats some of each.
PARTS = {
    "a": [(e, o) for e in (0, 1) for o in OUTLETS],
    "b": [(e, o) for e in (2, 3) for o in OUTLETS],
    "c": [(e, o) for e in range(4) for o in OUTLETS[::2]],
}


def test_concurrent_real_ingests_into_postgres_equal_one_ingest(
    tmp_path: Path, pg_schema_url: Callable[[], str]
) -> None:
    paths = write_inputs(tmp_path, PARTS)
    shared, single = pg_schema_url(), pg_schema_url()
    runs = [ingest([paths[name]], shared, fake=False) for name in ("a", "b", "c")]
    results = [finish(run) for run in runs]
    assert [status for status, _ in results] == [0, 0, 0], [err for _, err in results]
    assert not any("Traceback" in err for _, err in results)
    status, err = finish(ingest([paths["all"]], single, fake=False))
    assert status == 0, err

    expected = partition(single)
    assert len(expected) == len(EVENTS)
    assert partition(shared) == expected
    added, created = summed([err for _, err in results])
    assert (added, created) == (len(EVENTS) * len(OUTLETS), len(EVENTS))  # stored once, each story made once


def test_kill_9_of_one_writer_then_a_rerun_equals_one_ingest(tmp_path: Path, pg_schema_url: Callable[[], str]) -> None:
    paths = write_inputs(tmp_path, PARTS)
    shared, single = pg_schema_url(), pg_schema_url()
    # The victim reads c, then a: its first batch of 32 holds c and a's first 8, stored while it
    # reads the rest slowly; a's articles outside c are written by the victim alone.
    victim = ingest([paths["c"], paths["a"]], shared, fake=True, delay=0.1)
    other = ingest([paths["b"]], shared, fake=True)
    only_victim = [f"{o}-{e}" for e, o in PARTS["a"] if (e, o) not in PARTS["c"]]
    probe = open_store(shared)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and victim.poll() is None:
        if any(probe.get_article(article_id) is not None for article_id in only_victim):
            break
        time.sleep(0.05)
    stored = sum(probe.get_article(article_id) is not None for article_id in only_victim)
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate()
    probe.close()
    assert victim.returncode == -signal.SIGKILL, "the writer finished before it could be killed"
    assert 1 <= stored < len(only_victim)
    status, err = finish(other)
    assert status == 0, err

    status, err = finish(ingest([paths["c"], paths["a"]], shared, fake=True))  # the re-run
    assert status == 0, err
    status, err = finish(ingest([paths["all"]], single, fake=True))
    assert status == 0, err
    assert partition(shared) == partition(single)
    assert len(partition(single)) == len(EVENTS)


HOLD_LOCK = """
import sys, time
from parallax.store import open_store
store = open_store(sys.argv[1])
with store.grouping_lock():
    print("held", flush=True)
    time.sleep(600)
"""


def test_a_writer_killed_while_grouping_leaves_the_lock_free(location: Callable[[], str]) -> None:
    where = location()
    open_store(where).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, where], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    store = open_store(where)
    started = time.monotonic()
    with store.grouping_lock():
        pass
    store.close()
    assert time.monotonic() - started < 5


def test_two_real_ingests_into_one_sqlite_file_both_succeed_or_one_is_busy(tmp_path: Path) -> None:
    paths = write_inputs(tmp_path, PARTS)
    shared, single = str(tmp_path / "shared.db"), str(tmp_path / "single.db")
    runs = [ingest([paths[name]], shared, fake=False) for name in ("a", "c")]
    results = [finish(run) for run in runs]
    for status, err in results:
        assert "Traceback" not in err
        busy = [line for line in err.splitlines() if "is busy" in line]
        assert status == 0 or (status == 1 and len(busy) == 1), err
    assert sqlite3.connect(shared).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    if any(status for status, _ in results):  # one was turned away: run it again, as a user would
        for (status, _), name in zip(results, ("a", "c"), strict=True):
            if status:
                assert finish(ingest([paths[name]], shared, fake=False))[0] == 0
    (tmp_path / "one").mkdir()
    every = write_inputs(tmp_path / "one", {"a": PARTS["a"], "c": PARTS["c"]})["all"]
    assert finish(ingest([every], single, fake=False))[0] == 0
    assert partition(shared) == partition(single)


@pytest.mark.parametrize("url", ["postgresql://someone:s3cret@127.0.0.1:1/nowhere"])
def test_an_unreachable_server_is_one_line_without_the_password(url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "parallax", "stories", "--db", url], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.startswith("parallax: cannot connect to postgresql://someone:***@127.0.0.1:1/nowhere")
    assert len(result.stderr.strip().splitlines()) == 1 and "s3cret" not in result.stderr
