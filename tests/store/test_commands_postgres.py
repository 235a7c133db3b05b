"""`ingest`, `stories`, `show` and `serve` on a PostgreSQL store, named by --db or PARALLAX_DB."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from parallax.cli import main
from parallax.model import Story
from parallax.store import open_store
from parallax.web import serve_in_thread
from parallax.web.sources import StoreStorySource, as_story_source

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = ["000_a2610a72679459f9.txt", "001_ec57cf8a794c0cff.txt"]


def test_ingest_stories_and_show_on_postgres(
    pg_schema_url: Callable[[], str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_schema_url()
    assert main(["ingest", str(REPO / "examples"), "--db", url]) == 0
    assert "2 new articles" in capsys.readouterr().err
    assert main(["ingest", str(REPO / "examples"), "--db", url]) == 0
    assert "0 new articles, 2 duplicates" in capsys.readouterr().err

    assert main(["stories", "--db", url, "--format", "json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert sorted(a for story in stories for a in story["articles"]) == EXAMPLES
    assert main(["show", stories[0]["id"], "--db", url, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == stories[0]["id"]


def test_parallax_db_names_a_postgres_store(
    pg_schema_url: Callable[[], str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARALLAX_DB", pg_schema_url())
    assert main(["stories", "--format", "json"]) == 1  # reading commands never create a store
    err = capsys.readouterr().err
    assert err.startswith("parallax: no store at postgresql://") and len(err.splitlines()) == 1
    assert main(["ingest", str(REPO / "examples")]) == 0
    assert "store postgresql://" in capsys.readouterr().err
    assert main(["stories", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_a_password_in_the_url_is_never_printed(
    pg_schema_url: Callable[[], str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_schema_url().replace("postgresql://postgres@", "postgresql://postgres:s3cret@")  # trust: any password
    assert main(["show", "nope", "--db", url]) == 1
    err = capsys.readouterr().err
    assert "postgres:***@" in err and "s3cret" not in err


def test_the_web_app_serves_a_postgres_store(
    pg_schema_url: Callable[[], str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_schema_url()
    assert main(["ingest", str(REPO / "examples"), "--db", url]) == 0
    assert isinstance(as_story_source(url), StoreStorySource)  # a URL, not a file to read a header from

    def fake_compare(articles: list, story_id: str) -> Story:
        return Story(id=story_id, articles=articles)

    source = StoreStorySource(url, comparer=fake_compare)
    [summary] = source.list_stories()
    assert summary["articles"] == 2
    server, thread = serve_in_thread(source)
    try:
        with urllib.request.urlopen(server.url.rstrip("/") + f"/story/{summary['id']}.json", timeout=10) as answer:
            assert json.loads(answer.read())["id"] == summary["id"]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    store = open_store(url)  # a new article, grouped: the summaries are read again
    article = store.get_article(EXAMPLES[0])
    article.id, article.body = "third", article.body + " A third outlet's line."
    store.add_article(article, story_id=summary["id"])
    store.close()
    assert [s["articles"] for s in source.list_stories()] == [3]
