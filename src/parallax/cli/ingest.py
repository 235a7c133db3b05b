"""`parallax ingest PATH...`: clean, read, store and group articles into stories."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from parallax.cli._common import add_command, add_paths, cleaned_articles, progress
from parallax.errors import InputError, InputWarning
from parallax.model import Article


def store_location(db: str | None) -> str:
    """Where the store is, as a user would type it again (a password in a URL masked)."""
    from parallax.store import locate, masked

    return masked(locate(db))


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="PATH_OR_URL",
        help="the store: a SQLite file, or postgresql://user@host/db for a shared one "
             "(default: $PARALLAX_DB, else a file in the user data directory)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers, "ingest", "store articles and group them into stories as they arrive",
        ["parallax ingest crawl.warc.gz", "parallax ingest today/ --db team.db --workers 2",
         "parallax ingest today/ --db postgresql://me@dbhost/news"],
    )
    add_paths(parser)
    add_db(parser)
    parser.add_argument(
        "--workers", type=int, metavar="N",
        help="processes that read and embed articles (default: this machine's cores; with --engine ray, "
             "the cluster's CPUs); the stories do not depend on it",
    )
    parser.add_argument(
        "--engine", choices=["local", "ray"], default="local",
        help="local: a pool of processes on this machine (default); ray: actors on a Ray cluster clean, read "
             "and embed the input shards, this process stores and groups (pip install 'news-parallax[ray]')",
    )
    parser.add_argument(
        "--address", metavar="ADDR",
        help="with --engine ray: the cluster to join, as `ray start` printed it (default: start one here)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parallax.errors import ParallaxError
    from parallax.store import open_store
    from parallax.store.ingest import ingest_articles
    from parallax.store.workers import default_workers, read_and_embed_all

    workers = default_workers() if args.workers is None else args.workers
    if workers < 1:
        raise ParallaxError(f"--workers must be at least 1, not {workers}")
    if args.address and args.engine != "ray":
        raise ParallaxError("--address is for --engine ray")
    if args.engine == "ray":
        from parallax.store.ray_engine import import_ray

        import_ray()  # without Ray: one line, before the store is touched
    store = open_store(args.db)
    print(f"parallax: store {store_location(args.db)}", file=sys.stderr)
    errors: list[InputError] = []
    skipped = 0

    def new_articles(items: Iterator[Article | InputError] | None = None) -> Iterator[Article]:
        """Cleaned articles not stored yet: duplicates skip the reading."""
        nonlocal skipped
        for article in cleaned_articles(args.paths, errors, items):
            if store.find_article(article) is None:
                yield article
            else:
                skipped += 1

    try:
        if args.engine == "ray":
            from parallax.store.ray_engine import ray_engine

            with ray_engine(args.address, args.workers) as engine:
                read = engine.read_and_embed_all(new_articles(engine.cleaned_items(args.paths)))
                summary = ingest_articles(store, progress(read, "ingesting"))
        else:
            summary = ingest_articles(store, progress(read_and_embed_all(new_articles(), workers), "ingesting"))
    finally:
        store.close()
    grown = len(summary.stories_touched) - summary.stories_started
    failed = sum(1 for err in errors if not isinstance(err, InputWarning))  # a warned article is stored
    print(
        f"parallax: {summary.added} new articles, {summary.duplicates + skipped} duplicates, "
        f"{failed} failed; {summary.stories_started} stories created, {max(0, grown)} grown"
        + (f"; repair merged {summary.merges}, split {summary.splits}" if summary.merges or summary.splits else ""),
        file=sys.stderr,
    )
    return 1 if errors else 0
