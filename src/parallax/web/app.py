"""The local web app: a story list, each story's HTML report and its JSON.

Standard library only (`http.server`), bound to the loopback interface: it
serves one person's stories to their own browser, never a network. Requests
whose Host header is not a loopback name are refused, so a web page elsewhere
cannot read the reports through DNS rebinding.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from parallax.errors import ParallaxError
from parallax.report import render
from parallax.report.html import escape
from parallax.web.sources import StorySource, as_story_source

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765

# Suffix of a story URL -> (report format, content type). `/story/<id>` is the HTML report.
FORMATS: dict[str, tuple[str, str]] = {
    "": ("html", "text/html; charset=utf-8"),
    ".json": ("json", "application/json; charset=utf-8"),
    ".md": ("markdown", "text/markdown; charset=utf-8"),
    ".txt": ("text", "text/plain; charset=utf-8"),
}
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and the names that mean them."""
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class StoryRequestHandler(BaseHTTPRequestHandler):
    """GET `/`, `/story/<id>`, `/story/<id>.json|.md|.txt`; everything else is 404."""

    server: StoryServer
    server_version = "Parallax"
    sys_version = ""

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        if not is_loopback(_host_name(self.headers.get("Host", ""))):
            self._send(
                HTTPStatus.MISDIRECTED_REQUEST,
                _page("Refused", "<p>Parallax answers on localhost only.</p>"),
                send_body=send_body,
            )
            return
        path = urlsplit(self.path).path
        try:
            if path in ("/", "/index.html"):
                self._send(HTTPStatus.OK, _index_page(self.server.source.list_stories()), send_body=send_body)
                return
            if path.startswith("/story/"):
                self._story(unquote(path[len("/story/") :]), send_body)
                return
        except ParallaxError as err:
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, _page("Error", f"<p>{escape(err)}</p>"), send_body=send_body)
            return
        self._not_found(send_body)

    def _story(self, name: str, send_body: bool) -> None:
        for suffix, (fmt, content_type) in FORMATS.items():
            if suffix and not name.endswith(suffix):
                continue
            story_id = name[: len(name) - len(suffix)] if suffix else name
            story = self.server.source.get_story(story_id) if story_id else None
            if story is not None:
                self._send(HTTPStatus.OK, render(story, fmt), content_type, send_body)
                return
        self._not_found(send_body)

    def _not_found(self, send_body: bool) -> None:
        body = _page("Not found", '<p>No such story here. <a href="/">All stories</a></p>')
        self._send(HTTPStatus.NOT_FOUND, body, send_body=send_body)

    def _send(
        self, status: HTTPStatus, body: str, content_type: str = "text/html; charset=utf-8", send_body: bool = True
    ) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if send_body:
            self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)


class StoryServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its story source."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], source: StorySource, verbose: bool = False) -> None:
        self.source = source
        self.verbose = verbose
        super().__init__(address, StoryRequestHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = str(host)
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


class _StoryServerIPv6(StoryServer):
    address_family = socket.AF_INET6


def make_server(
    source: object, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, verbose: bool = False
) -> StoryServer:
    """A server bound to `host:port` (port 0: any free port), not yet serving.

    Only loopback addresses are accepted: reports may hold unpublished work.
    """
    if not is_loopback(host):
        raise ParallaxError(f"refusing to serve on {host!r}: Parallax serves on localhost only (use 127.0.0.1)")
    server_class = _StoryServerIPv6 if ":" in host.strip("[]") else StoryServer
    try:
        return server_class((host.strip("[]"), port), as_story_source(source), verbose=verbose)
    except OSError as err:
        raise ParallaxError(f"cannot listen on {host}:{port} ({err.strerror or err}); try another --port") from err


def serve(source: object, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, verbose: bool = True) -> None:
    """Serve the stories of `source` (a store path, report files, stories or a `StorySource`) until Ctrl-C."""
    server = make_server(source, host, port, verbose=verbose)
    print(f"Parallax is serving {server.url} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def serve_in_thread(source: object, host: str = DEFAULT_HOST, port: int = 0) -> tuple[StoryServer, threading.Thread]:
    """Start a server in a daemon thread (for tests and notebooks); stop it with `server.shutdown()`."""
    server = make_server(source, host, port, verbose=False)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    return server, thread


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
