"""The local web app: a story list, each story's HTML report and its JSON.

A WSGI application served by waitress, bound to the loopback interface: it
serves one person's stories to their own browser, never a network. Requests
whose Host header is not a loopback name are refused, so a web page elsewhere
cannot read the reports through DNS rebinding.

Under load (a browser with many tabs, a script): waitress reads and writes
every connection in one event loop and hands complete requests to a bounded
pool of worker threads, so slow or idle clients hold no thread and are
disconnected after `channel_timeout`; requests and headers have size limits;
rendered pages are kept in a bounded cache keyed by the source's change
marker, so a page viewed before costs a dictionary look-up.
"""

from __future__ import annotations

import ipaddress
import logging
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from http import HTTPStatus
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from parallax.errors import ParallaxError
from parallax.report import render
from parallax.report.html import escape
from parallax.web.sources import StorySource, as_story_source

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DEFAULT_THREADS = 8
# How long (seconds) an idle connection, or one that stopped sending its request, is kept open.
DEFAULT_CHANNEL_TIMEOUT = 30

# Suffix of a story URL -> (report format, content type). `/story/<id>` is the HTML report.
FORMATS: dict[str, tuple[str, str]] = {
    "": ("html", "text/html; charset=utf-8"),
    ".json": ("json", "application/json; charset=utf-8"),
    ".md": ("markdown", "text/markdown; charset=utf-8"),
    ".txt": ("text", "text/plain; charset=utf-8"),
}
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}
_HTML = "text/html; charset=utf-8"
_HEADERS = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
]

StartResponse = Callable[..., Any]


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and the names that mean them."""
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class PageCache:
    """Rendered pages, least recently used first out, bounded by count and by bytes."""

    def __init__(self, max_pages: int = 256, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.max_pages = max_pages
        self.max_bytes = max_bytes
        self._pages: OrderedDict[Hashable, bytes] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> bytes | None:
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: Hashable, page: bytes) -> None:
        if len(page) > self.max_bytes:
            return
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self._bytes -= len(old)
            self._pages[key] = page
            self._bytes += len(page)
            while len(self._pages) > self.max_pages or self._bytes > self.max_bytes:
                _, dropped = self._pages.popitem(last=False)
                self._bytes -= len(dropped)

    def __len__(self) -> int:
        return len(self._pages)


class StoryApp:
    """The WSGI application: GET or HEAD `/`, `/story/<id>`, `/story/<id>.json|.md|.txt`; all else is 404.

    A source with a `change_marker()` (the store: its file's size and time) has its
    rendered pages cached until the marker changes; one without (a callable asked
    afresh at every request) is rendered every time.
    """

    def __init__(self, source: StorySource, verbose: bool = False, cache: PageCache | None = None) -> None:
        self.source = source
        self.verbose = verbose
        self.cache = cache if cache is not None else PageCache()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        status, body, content_type, extra = self._respond(environ)
        headers = [("Content-Type", content_type), ("Content-Length", str(len(body))), *_HEADERS, *extra]
        start_response(f"{status.value} {status.phrase}", headers)
        if self.verbose:
            self._log(environ, status)
        return [body]

    def _respond(self, environ: dict[str, Any]) -> tuple[HTTPStatus, bytes, str, list[tuple[str, str]]]:
        if not is_loopback(_host_name(environ.get("HTTP_HOST", ""))):
            page = _page("Refused", "<p>Parallax answers on localhost only.</p>")
            return HTTPStatus.MISDIRECTED_REQUEST, page.encode("utf-8"), _HTML, []
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            page = _page("Not allowed", "<p>Parallax only shows stories (GET).</p>")
            return HTTPStatus.METHOD_NOT_ALLOWED, page.encode("utf-8"), _HTML, [("Allow", "GET, HEAD")]
        path = _request_path(environ)
        try:
            if path in ("/", "/index.html"):
                return HTTPStatus.OK, self._cached(("index",), self._index), _HTML, []
            if path.startswith("/story/"):
                found = self._story(unquote(path[len("/story/") :]))
                if found is not None:
                    return HTTPStatus.OK, found[0], found[1], []
                moved = self._moved(unquote(path[len("/story/") :]))
                if moved is not None:  # an old link to a story that repair merged into another
                    page = _page("Moved", f"<p>This story is now <a href='{escape(moved)}'>{escape(moved)}</a>.</p>")
                    return HTTPStatus.MOVED_PERMANENTLY, page.encode("utf-8"), _HTML, [("Location", moved)]
        except ParallaxError as err:
            page = _page("Error", f"<p>{escape(err)}</p>")
            return HTTPStatus.INTERNAL_SERVER_ERROR, page.encode("utf-8"), _HTML, []
        page = _page("Not found", '<p>No such story here. <a href="/">All stories</a></p>')
        return HTTPStatus.NOT_FOUND, page.encode("utf-8"), _HTML, []

    def _index(self) -> bytes | None:
        return _index_page(self.source.list_stories()).encode("utf-8")

    def _story(self, name: str) -> tuple[bytes, str] | None:
        for suffix, (fmt, content_type) in FORMATS.items():
            if suffix and not name.endswith(suffix):
                continue
            story_id = name[: len(name) - len(suffix)] if suffix else name
            if not story_id:
                continue
            page = self._cached(("story", story_id, fmt), lambda s=story_id, f=fmt: self._render(s, f))
            if page is not None:
                return page, content_type
        return None

    def _moved(self, name: str) -> str | None:
        """Where an unknown story's link leads now: `/story/<the story that absorbed it><suffix>`, or None."""
        resolve = getattr(self.source, "resolve", None)
        if resolve is None:
            return None
        for suffix in sorted(FORMATS, key=len, reverse=True):
            if name.endswith(suffix) and len(name) > len(suffix):
                story_id = name[: len(name) - len(suffix)]
                target = resolve(story_id)
                if target is not None and target != story_id:
                    return "/story/" + quote(target, safe="") + suffix
        return None

    def _render(self, story_id: str, fmt: str) -> bytes | None:
        story = self.source.get_story(story_id)
        return None if story is None else render(story, fmt).encode("utf-8")

    def _cached(self, key: tuple[str, ...], produce: Callable[[], bytes | None]) -> bytes | None:
        """The page from the cache while the source is unchanged; produced (and kept) otherwise.

        The marker is read before producing, so a write during rendering leaves the page under
        the old marker, never a stale page under the new one. Unknown stories are not cached.
        """
        marker_of = getattr(self.source, "change_marker", None)
        marker = marker_of() if marker_of is not None else None
        if marker is None:
            return produce()
        full_key = (*key, marker)
        page = self.cache.get(full_key)
        if page is None:
            page = produce()
            if page is not None:
                self.cache.put(full_key, page)
        return page

    def _log(self, environ: dict[str, Any], status: HTTPStatus) -> None:
        when = time.strftime("%d/%b/%Y %H:%M:%S")
        line = f"{environ.get('REQUEST_METHOD')} {environ.get('REQUEST_URI', '')} {environ.get('SERVER_PROTOCOL')}"
        print(f'{environ.get("REMOTE_ADDR", "-")} - - [{when}] "{line}" {status.value} -', file=sys.stderr)


class StoryServer:
    """A waitress server over a `StoryApp`: `serve_forever()` in one thread, `shutdown()` from another.

    `threads` workers answer requests; `backlog` connections wait to be accepted;
    at most `connection_limit` are open at once (more wait in the backlog); a
    connection idle for `channel_timeout` seconds, or whose request stalls that
    long, is closed. Request lines and headers over 64 KiB and request bodies
    over 64 KiB are refused (431, 413).
    """

    def __init__(
        self,
        address: tuple[str, int],
        source: StorySource,
        verbose: bool = False,
        threads: int = DEFAULT_THREADS,
        channel_timeout: float = DEFAULT_CHANNEL_TIMEOUT,
        backlog: int = 1024,
        connection_limit: int = 500,
        cleanup_interval: float | None = None,
    ) -> None:
        from waitress.server import create_server  # imported when serving: the CLI starts without it

        self.source = source
        self.verbose = verbose
        self.app = StoryApp(source, verbose=verbose)
        self._map: dict[int, Any] = {}
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._stopped.set()
        logging.getLogger("waitress.queue").setLevel(logging.INFO if verbose else logging.ERROR)
        self._server = create_server(
            self.app,
            map=self._map,
            host=address[0],
            port=address[1],
            threads=threads,
            backlog=backlog,
            connection_limit=connection_limit,
            channel_timeout=channel_timeout,
            cleanup_interval=cleanup_interval if cleanup_interval is not None else min(30.0, channel_timeout),
            max_request_header_size=64 * 1024,
            max_request_body_size=64 * 1024,
            asyncore_loop_timeout=1,
            asyncore_use_poll=True,  # poll(), not select(): no limit on descriptor numbers
            ident="Parallax",
            expose_tracebacks=False,
            clear_untrusted_proxy_headers=True,
        )

    @property
    def server_address(self) -> tuple[str, int]:
        return str(self._server.effective_host), int(self._server.effective_port)

    @property
    def url(self) -> str:
        host, port = self.server_address
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"

    def serve_forever(self) -> None:
        """Serve until `shutdown()` is called from another thread (or Ctrl-C in this one)."""
        from waitress import wasyncore

        self._stop.clear()
        self._stopped.clear()
        try:
            while self._map and not self._stop.is_set():
                wasyncore.poll2(self._server.adj.asyncore_loop_timeout, self._map)
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop `serve_forever()` and wait until it has returned."""
        self._stop.set()
        self._server.pull_trigger()  # wakes the event loop now, not at its next timeout
        self._stopped.wait()

    def server_close(self) -> None:
        """Close the listening socket and every connection, and stop the workers."""
        from waitress import wasyncore

        self._server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
        wasyncore.close_all(self._map)


def make_server(
    source: object, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, verbose: bool = False, **options: Any
) -> StoryServer:
    """A server bound to `host:port` (port 0: any free port), not yet serving.

    Only loopback addresses are accepted: reports may hold unpublished work.
    `options` are `StoryServer`'s: threads, channel_timeout, backlog, connection_limit.
    """
    if not is_loopback(host):
        raise ParallaxError(f"refusing to serve on {host!r}: Parallax serves on localhost only (use 127.0.0.1)")
    try:
        return StoryServer((host.strip("[]"), port), as_story_source(source), verbose=verbose, **options)
    except OSError as err:
        raise ParallaxError(f"cannot listen on {host}:{port} ({err.strerror or err}); try another --port") from err


def serve(
    source: object, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, verbose: bool = True, **options: Any
) -> None:
    """Serve the stories of `source` (a store path, report files, stories or a `StorySource`) until Ctrl-C."""
    server = make_server(source, host, port, verbose=verbose, **options)
    print(f"Parallax is serving {server.url} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def serve_in_thread(
    source: object, host: str = DEFAULT_HOST, port: int = 0, **options: Any
) -> tuple[StoryServer, threading.Thread]:
    """Start a server in a daemon thread (for tests and notebooks); stop it with `server.shutdown()`."""
    server = make_server(source, host, port, verbose=False, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def _request_path(environ: dict[str, Any]) -> str:
    """The request's path as the client wrote it (still %-quoted: an id may hold a quoted '/')."""
    uri = environ.get("REQUEST_URI")
    if uri is None:  # another WSGI server: rebuild it from the unquoted PATH_INFO
        raw = environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8", "replace")
        return quote(raw, safe="/")
    try:
        return urlsplit(uri).path
    except ValueError:
        return ""


def _page(title: str, content: str) -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{escape(title)} · Parallax</title><style>{_INDEX_CSS}</style></head>"
        f"<body><header><p class='kicker'>Parallax</p><h1>{escape(title)}</h1></header>"
        f"<main>{content}</main></body></html>"
    )


def _index_page(stories: list[dict[str, Any]]) -> str:
    if not stories:
        return _page("Stories", "<p class='empty'>No stories yet: ingest some articles first.</p>")
    rows = []
    for story in stories:
        story_id = str(story.get("id", ""))
        link = "/story/" + quote(story_id, safe="")
        claims = story.get("claims") or {}
        counts = " · ".join(
            f"<span class='s-{escape(status)}'>{int(count)} {escape(status)}</span>" for status, count in claims.items()
        )
        outlets = ", ".join(str(o) for o in story.get("outlets") or [])
        rows.append(
            f"<tr><td><a href='{escape(link)}'>{escape(story.get('title') or story_id)}</a>"
            f"<div class='id'>{escape(story_id)} · <a href='{escape(link)}.json'>JSON</a>"
            f" · <a href='{escape(link)}.md'>Markdown</a></div></td>"
            f"<td>{escape(outlets)}</td><td>{escape(story.get('articles', ''))}</td>"
            f"<td>{escape(story.get('published') or '')}</td><td>{counts}</td></tr>"
        )
    table = (
        "<table><thead><tr><th>Story</th><th>Outlets</th><th>Articles</th><th>Published</th><th>Claims</th></tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return _page("Stories", table)


_INDEX_CSS = """
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1d2433;
  background: #f5f7fa; line-height: 1.5; }
header { background: #fff; border-bottom: 1px solid #d9dee8; padding: 1rem 2rem; }
h1 { margin: 0; font-size: 1.5rem; }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: #5b6478; }
main { padding: 1rem 2rem; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: .5rem .7rem; border-bottom: 1px solid #d9dee8; }
th { font-size: .8rem; text-transform: uppercase; color: #5b6478; background: #f5f7fa; }
a { color: #1c5fb8; }
.id { font-size: .8rem; color: #5b6478; }
.s-agreed { color: #1f7a3f; } .s-differs { color: #a55a00; } .s-unique { color: #1c5fb8; }
.empty { color: #5b6478; font-style: italic; }
"""


def _host_name(header: str) -> str:
    """The host of a Host header; a malformed one ("[") names no host, so it is refused like a foreign one."""
    try:
        return urlsplit(f"//{header}").hostname or ""
    except ValueError:
        return ""
