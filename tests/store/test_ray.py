"""`parallax ingest --engine ray`: a local Ray cluster (2 CPUs) gives the stories and the stored
articles of a plain ingest of the same shards; without Ray, one line and exit status 1."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from parallax.cli import main
from parallax.model import article_to_dict
from parallax.store import open_store

sys.path.insert(0, str(Path(__file__).parent))
from test_concurrent import EVENTS, OUTLETS, SUMMARY, record

try:
    import ray  # noqa: F401

    RAY = True
except ImportError:
    RAY = False

PG = os.environ.get("PARALLAX_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def warc_shard(pages: list[tuple[int, str]]) -> bytes:
    """A gzipped WARC of HTML pages reporting the given (event, outlet)s, as a crawl would hold them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for event, outlet in pages:
        r = record(event, outlet)
        extra = f" The {outlet} report adds that witnesses described the scene in detail to reporters on the ground."
        html = (
            f"<html><head><title>{r['title']}</title>"
            f"<meta property='article:published_time' content='{r['published']}'></head><body><article>"
            f"<h1>{r['title']}</h1>"
            + "".join(f"<p>{r['text']}{extra}</p>" for _ in range(4))
            + "</article></body></html>"
        )
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(r["url"], "response", payload=io.BytesIO(html.encode()), http_headers=headers)
        )
    return out.getvalue()


def write_shards(folder: Path) -> Path:
    """Three JSONL shards of the 4 events, with a repeated id across shards and a bad line in the middle one,
    and a WARC shard of three more reports."""
    rows = [record(event, outlet) for event in range(len(EVENTS)) for outlet in OUTLETS[:6]]  # 24 articles
    folder.mkdir()
    for part in range(3):
        lines = [json.dumps(r) for r in rows[part::3]]
        if part == 1:
            lines.insert(2, "{not json")
        if part == 2:
            lines.append(json.dumps({**record(0, "Echo"), "id": rows[0]["id"]}))  # id seen in shard 0: renamed
        (folder / f"part-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "part-3.warc.gz").write_bytes(warc_shard([(0, "Wire"), (1, "Wire"), (2, "Bulletin")]))
    return folder


@pytest.fixture
def ray_store(tmp_path: Path) -> Iterator[str]:
    """The Ray run's store: a fresh schema on the test PostgreSQL server, or a SQLite file where none answers."""
    try:
        import psycopg

        admin = psycopg.connect(PG, autocommit=True, connect_timeout=3)
    except Exception:  # no server here: the Ray path writes to SQLite as well
        yield str(tmp_path / "ray.db")
        return
    schema = f"parallax_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG}{'&' if '?' in PG else '?'}options=-csearch_path%3D{schema}"
    finally:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


def ingest(*args: str) -> str:
    command = [sys.executable, "-m", "parallax", "ingest", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr  # 1: the bad line
    return result.stderr


def contents(db: str) -> tuple[set[frozenset[str]], dict[str, dict]]:
    """The stories as sets of article ids, and every stored article."""
    store = open_store(db, create=False)
    try:
        stories = {frozenset(ids) for _, ids in store.stories()}
        articles = {i: article_to_dict(store.get_article(i)) for ids in stories for i in ids}
        assert len(articles) == store.count_articles()
    finally:
        store.close()
    return stories, articles


@pytest.mark.skipif(not RAY, reason="ray is not installed (pip install 'news-parallax[ray]')")
def test_ray_engine_on_a_local_cluster_equals_a_plain_ingest(tmp_path: Path, ray_store: str) -> None:
    shards = write_shards(tmp_path / "shards")
    plain = ingest(str(shards), "--db", str(tmp_path / "plain.db"), "--workers", "1")
    on_ray = ingest(str(shards), "--db", ray_store, "--engine", "ray", "--workers", "2")
    # The same errors and warnings, in the same order, and the same summary.
    assert [line for line in on_ray.splitlines() if "store" not in line] == [
        line for line in plain.splitlines() if "store" not in line
    ]
    assert SUMMARY.search(on_ray).groups() == ("28", "0", "1", str(len(EVENTS)))
    stories, articles = contents(ray_store)
    assert (stories, articles) == contents(str(tmp_path / "plain.db"))
    assert len(stories) == len(EVENTS) and any(i.endswith("~2") for i in articles)


def test_without_ray_engine_ray_is_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` raises ImportError
    (tmp_path / "a.jsonl").write_text(json.dumps(record(0, "Daily")) + "\n", encoding="utf-8")
    code = main(["ingest", str(tmp_path / "a.jsonl"), "--engine", "ray", "--db", str(tmp_path / "s.db")])
    assert code == 1
    assert capsys.readouterr().err.splitlines() == [
        "parallax: --engine ray needs Ray: install news-parallax[ray] (pip install 'news-parallax[ray]')"
    ]
    assert not (tmp_path / "s.db").exists()  # nothing was touched


def test_the_plain_path_does_not_import_ray() -> None:
    code = "import sys, parallax.cli.ingest, parallax.store.ingest, parallax.store.workers; print('ray' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


@pytest.mark.skipif(not RAY, reason="ray is not installed (pip install 'news-parallax[ray]')")
def test_a_cluster_address_nothing_answers_at_is_one_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps(record(0, "Daily")) + "\n", encoding="utf-8")
    code = main(
        [
            "ingest",
            str(tmp_path / "a.jsonl"),
            "--engine",
            "ray",
            "--address",
            "127.0.0.1:1",
            "--db",
            str(tmp_path / "s.db"),
        ]
    )
    assert code == 1
    assert capsys.readouterr().err.splitlines()[-1].startswith("parallax: no Ray cluster answers at 127.0.0.1:1: ")
