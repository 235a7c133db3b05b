"""`parallax serve`: the local web app over the store (or story reports)."""

from __future__ import annotations

import argparse

from parallax.cli._common import add_command


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "serve",
        "browse stories in a local web app (localhost only)",
        [
            "parallax serve",
            "parallax serve --db team.db --port 8800",
            "parallax serve --db postgresql://me@dbhost/news",
            "parallax serve reports/",
        ],
    )
    parser.add_argument(
        "source",
        nargs="?",
        metavar="STORE_OR_REPORTS",
        help="a store (default: --db), a story-report JSON file, or a folder of them",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="the store to serve: a SQLite file or a postgresql:// URL (default: $PARALLAX_DB, else the user data"
        " directory)",
    )
    parser.add_argument("--host", default="127.0.0.1", help="a loopback address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="the port to listen on (default 8765)")
    parser.add_argument(
        "--threads",
        type=int,
        default=8,
        metavar="N",
        help="worker threads answering requests (default 8); more requests wait in line",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from parallax.errors import ParallaxError
    from parallax.store import is_url, locate, open_store
    from parallax.web import serve

    source = args.source or locate(args.db)
    if is_url(source):
        open_store(source, create=False).close()  # an unreachable server or a missing store: one line, now
    elif not Path(source).exists():
        raise ParallaxError(f"nothing to serve at {source}: no store, report or folder there")
    if args.threads < 1:
        raise ParallaxError(f"--threads must be at least 1, not {args.threads}")
    serve(source, host=args.host, port=args.port, threads=args.threads)
    return 0
