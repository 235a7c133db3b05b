"""The local web app: story list, HTML and JSON reports, 404s, localhost only."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from parallax.errors import ParallaxError
from parallax.model import Story, story_to_dict
from parallax.report import render
from parallax.web import make_server, serve_in_thread, story_from_dict
from parallax.web.app import StoryServer, is_loopback
from parallax.web.sources import StoreStorySource, as_story_source

TIMEOUT = 10


def fetch(server: StoryServer, path: str, headers: dict[str, str] | None = None) -> tuple[int, str, str]:
    request = urllib.request.Request(server.url.rstrip("/") + path, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read().decode("utf-8")


def test_index_lists_every_story_with_links(server: StoryServer, stories: list[Story]) -> None:
    status, content_type, page = fetch(server, "/")
    assert status == 200 and content_type.startswith("text/html")
    assert page.count("Flood waters rise") == 2 and "Valley News, River Post" in page
    assert f"href='/story/{quote(stories[1].id, safe='')}'" in page
    assert "<odd>" not in page and "&lt;odd&gt;" in page
    assert "1 differs" in page


def test_story_page_is_the_html_report(server: StoryServer, stories: list[Story]) -> None:
    status, content_type, page = fetch(server, "/story/flood-2024")
    assert status == 200 and content_type == "text/html; charset=utf-8"
    assert page == render(stories[0], "html")


def test_story_json_is_the_json_report(server: StoryServer, stories: list[Story]) -> None:
    status, content_type, text = fetch(server, "/story/flood-2024.json")
    assert status == 200 and content_type.startswith("application/json")
    assert json.loads(text) == story_to_dict(stories[0])


def test_ids_with_slashes_and_markup_are_reached_through_url_quoting(server: StoryServer, stories: list[Story]) -> None:
    status, _, text = fetch(server, "/story/" + quote(stories[1].id, safe="") + ".json")
    assert status == 200 and json.loads(text)["id"] == stories[1].id
    status, _, markdown = fetch(server, "/story/" + quote(stories[1].id, safe="") + ".md")
    assert status == 200 and "## Reported differently (1)" in markdown


@pytest.mark.parametrize(
    "path", ["/story/unknown", "/story/unknown.json", "/story/", "/nothing", "/story/flood-2024.pdf"]
)
def test_unknown_ids_and_paths_are_404(server: StoryServer, path: str) -> None:
    status, _, page = fetch(server, path)
    assert status == 404 and "No such story" in page


def test_a_foreign_host_header_is_refused(server: StoryServer) -> None:
    status, _, _ = fetch(server, "/", headers={"Host": "attacker.example:8765"})
    assert status == 421
    assert fetch(server, "/", headers={"Host": f"localhost:{server.server_address[1]}"})[0] == 200


def test_server_is_bound_to_loopback_only(stories: list[Story]) -> None:
    with pytest.raises(ParallaxError, match="localhost only"):
        make_server(stories, host="0.0.0.0", port=0)
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("192.168.1.10") and not is_loopback("example.com")


def test_a_callable_source_is_asked_again_at_every_request(stories: list[Story]) -> None:
    current = [stories[0]]
    server, thread = serve_in_thread(lambda: current)
    try:
        assert fetch(server, "/story/" + quote(stories[1].id, safe=""))[0] == 404
        current.append(stories[1])
        assert fetch(server, "/story/" + quote(stories[1].id, safe=""))[0] == 200
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_story_report_json_reads_back_into_the_same_story(stories: list[Story]) -> None:
    assert story_from_dict(json.loads(render(stories[0], "json"))) == stories[0]


def test_report_files_and_folders_are_sources(tmp_path: Path, stories: list[Story]) -> None:
    (tmp_path / "one.json").write_text(render(stories[0], "json"), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([story_to_dict(s) for s in stories]), encoding="utf-8")
    assert [s["id"] for s in as_story_source(tmp_path / "one.json").list_stories()] == ["flood-2024"]
    assert len(as_story_source(tmp_path).list_stories()) == 2  # a story in two files is listed once
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ParallaxError, match=r"broken\.json: cannot read a story report"):
        as_story_source(tmp_path)
    with pytest.raises(ParallaxError, match="no such store"):
        as_story_source(tmp_path / "missing.db")


def test_store_source_lists_stories_and_compares_on_first_view(tmp_path: Path, stories: list[Story]) -> None:
    from parallax.store import open_store

    path = tmp_path / "parallax.db"
    store = open_store(path)
    for article in stories[0].articles:
        store.add_article(article, story_id="flood-2024")
    store.close()
    compared: list[list[str]] = []

    def fake_compare(articles: list, story_id: str) -> Story:
        compared.append([a.id for a in articles])
        return Story(id=story_id, articles=articles, claims=stories[0].claims)

    assert isinstance(as_story_source(path), StoreStorySource)  # a SQLite file is recognised as a store
    source = StoreStorySource(path, comparer=fake_compare)
    [summary] = source.list_stories()
    assert summary["id"] == "flood-2024" and summary["outlets"] == ["Valley News", "River Post"]
    server, thread = serve_in_thread(source)
    try:
        status, _, page = fetch(server, "/story/flood-2024")
        assert status == 200 and "More than 2,000 residents were moved to shelters." in page
        assert fetch(server, "/story/flood-2024.json")[0] == 200
        assert fetch(server, "/story/other")[0] == 404
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    assert compared == [["valley-news", "river-post"]]  # compared once, then cached


def test_store_summaries_are_read_again_after_a_write(tmp_path: Path, stories: list[Story]) -> None:
    from parallax.store import open_store

    path = tmp_path / "parallax.db"
    first, second = stories[0].articles
    store = open_store(path)
    store.add_article(first, story_id="flood-2024")
    store.close()
    source = StoreStorySource(path)
    assert [s["articles"] for s in source.list_stories()] == [1]
    store = open_store(path)
    store.add_article(second, story_id="flood-2024")
    store.close()
    assert [s["articles"] for s in source.list_stories()] == [2]


def test_a_port_in_use_is_an_error_a_user_can_act_on(server: StoryServer, stories: list[Story]) -> None:
    with pytest.raises(ParallaxError, match=r"cannot listen on 127\.0\.0\.1:\d+ .*try another --port"):
        make_server(stories, port=server.server_address[1])
