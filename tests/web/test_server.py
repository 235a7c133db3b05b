"""The web app's server under load and abuse: bounded workers, timeouts, limits, a store per worker, cached pages.

These assert behaviour, not speed: `benchmarks/bench_serve_load.py` measures latency.
"""

from __future__ import annotations

import contextlib
import select
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from parallax.model import Story
from parallax.web import serve_in_thread
from parallax.web.app import StoryServer
from parallax.web.sources import StoreStorySource

TIMEOUT = 10


@contextmanager
def running(source: object, **options: Any) -> Iterator[StoryServer]:
    server, thread = serve_in_thread(source, **options)
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        assert not thread.is_alive(), "the server did not stop within 5 s"


def status_of(server: StoryServer, path: str, method: str = "GET", data: bytes | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(server.url.rstrip("/") + path, method=method, data=data)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def raw(server: StoryServer, request: bytes) -> bytes:
    """Send bytes as they are and read the answer; sending stops once the server answers (a refusal)."""
    with socket.create_connection(server.server_address, timeout=TIMEOUT) as conn:
        for start in range(0, len(request), 4096):
            if select.select([conn], [], [], 0)[0]:
                break
            conn.sendall(request[start : start + 4096])
            time.sleep(0.001)
        chunks = []
        with contextlib.suppress(ConnectionResetError):
            while chunk := conn.recv(65536):
                chunks.append(chunk)
    return b"".join(chunks)


def test_fifty_concurrent_requests_are_all_answered(stories: list[Story]) -> None:
    with running(stories, threads=2) as server, ThreadPoolExecutor(50) as pool:
        paths = ["/", "/story/flood-2024", "/story/flood-2024.json", "/story/flood-2024.md", "/story/nope"] * 10
        statuses = list(pool.map(lambda p: status_of(server, p)[0], paths))
    assert statuses == [404 if p.endswith("nope") else 200 for p in paths]


def test_a_client_that_sends_nothing_is_disconnected_after_the_timeout(stories: list[Story]) -> None:
    with running(stories, channel_timeout=1, cleanup_interval=0.2) as server:
        with socket.create_connection(server.server_address, timeout=TIMEOUT) as idle:
            started = time.monotonic()
            assert idle.recv(1024) == b""  # closed by the server, not by our 10 s timeout
            assert time.monotonic() - started < 6
        with socket.create_connection(server.server_address, timeout=TIMEOUT) as stalled:
            stalled.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")  # the blank line never comes
            assert stalled.recv(1024) == b""
        assert status_of(server, "/")[0] == 200  # and the server still answers


def test_slow_clients_hold_no_worker(stories: list[Story]) -> None:
    with running(stories, threads=1) as server:
        slow = [socket.create_connection(server.server_address, timeout=TIMEOUT) for _ in range(20)]
        try:
            for conn in slow:
                conn.sendall(b"GET / HTTP/1.1\r\n")
            assert status_of(server, "/story/flood-2024")[0] == 200  # one worker, twenty stalled clients
        finally:
            for conn in slow:
                conn.close()


@pytest.mark.parametrize("host", [b"[", b"attacker.example", b"127.0.0.1.evil.example", b"[::1"])
def test_a_foreign_or_malformed_host_is_refused(stories: list[Story], host: bytes) -> None:
    with running(stories) as server:
        answer = raw(server, b"GET / HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 421 ") and b"localhost only" in answer and b"Traceback" not in answer


@pytest.mark.parametrize(
    "path",
    [
        "/../../etc/passwd",
        "/story/../../etc/passwd",
        "/story/..%2F..%2Fetc%2Fpasswd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/story/%00",
        "/story/%ff%fe",
    ],
)
def test_paths_outside_the_stories_are_404(stories: list[Story], path: str) -> None:
    with running(stories) as server:
        answer = raw(server, f"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
    assert answer.startswith(b"HTTP/1.1 404 ") and b"root:" not in answer


def test_oversized_requests_are_refused(stories: list[Story]) -> None:
    with running(stories) as server:
        long_header = raw(server, b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n")
        long_line = raw(server, b"GET /" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: localhost\r\n\r\n")
        big_body = status_of(server, "/", method="POST", data=b"x" * 200_000)[0]
        assert status_of(server, "/")[0] == 200  # the server is unharmed
    assert long_header.split(b" ")[1] == b"431" and long_line.split(b" ")[1] == b"431"
    assert big_body == 413


def test_only_get_and_head_are_answered(stories: list[Story]) -> None:
    with running(stories) as server:
        assert status_of(server, "/", method="POST", data=b"x=1")[0] == 405
        assert status_of(server, "/story/flood-2024", method="DELETE")[0] == 405
        status, body = status_of(server, "/story/flood-2024", method="HEAD")
        assert status == 200 and body == b""


def test_markup_in_a_story_id_is_escaped_in_every_page(stories: list[Story]) -> None:
    with running(stories) as server:
        _, index = status_of(server, "/")
        _, page = status_of(server, "/story/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert b"<script>alert" not in index and b"<script>alert" not in page


def _store(tmp_path: Path, stories: list[Story]) -> Path:
    from parallax.store import open_store

    path = tmp_path / "parallax.db"
    store = open_store(path)
    for article in stories[0].articles[:1]:
        store.add_article(article, story_id="flood-2024")
    store.close()
    return path


def test_the_store_is_opened_once_per_worker_not_per_request(tmp_path: Path, stories: list[Story]) -> None:
    source = StoreStorySource(_store(tmp_path, stories), comparer=lambda articles, story_id: Story(story_id, articles))
    with running(source, threads=3) as server, ThreadPoolExecutor(20) as pool:
        # unknown stories are never cached: each of these 60 requests reads the store
        statuses = list(pool.map(lambda i: status_of(server, f"/story/missing-{i}")[0], range(60)))
        assert status_of(server, "/story/flood-2024")[0] == 200
    assert statuses == [404] * 60
    assert 1 <= source.opened <= 3


def test_a_cached_page_is_not_rendered_again_until_the_store_changes(tmp_path: Path, stories: list[Story]) -> None:
    from parallax.store import open_store

    path = _store(tmp_path, stories)
    compared: list[int] = []

    def compare(articles: list, story_id: str) -> Story:
        compared.append(len(articles))
        return Story(story_id, articles)

    source = StoreStorySource(path, comparer=compare)
    calls: list[str] = []
    get_story = source.get_story
    source.get_story = lambda story_id: calls.append(story_id) or get_story(story_id)  # type: ignore[method-assign]
    with running(source) as server:
        first = [status_of(server, "/story/flood-2024")[1] for _ in range(5)]
        assert calls == ["flood-2024"] and len(set(first)) == 1
        store = open_store(path)
        store.add_article(stories[0].articles[1], story_id="flood-2024")
        store.close()
        _, after = status_of(server, "/story/flood-2024")
        _, index = status_of(server, "/")
    assert calls == ["flood-2024", "flood-2024"] and compared == [1, 2]
    assert b"River Post" not in first[0] and b"River Post" in after and b"River Post" in index


def test_an_ipv6_loopback_is_served(stories: list[Story]) -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6 here")
    try:
        server, thread = serve_in_thread(stories, host="::1")
    except Exception as err:  # an IPv6-less container
        pytest.skip(f"cannot listen on ::1 ({err})")
    try:
        assert server.url.startswith("http://[::1]:")
        assert status_of(server, "/")[0] == 200
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
