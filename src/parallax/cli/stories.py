"""`parallax stories`: the stories in the store, each with its articles."""

from __future__ import annotations

import argparse
import json

from parallax.cli.ingest import add_db


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("stories", help="list the stories in the store")
    add_db(parser)
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parallax.store import open_store

    store = open_store(args.db, create=False)
    try:
        stories = store.stories()
        if args.format == "json":
            print(json.dumps([{"id": sid, "articles": ids} for sid, ids in stories], ensure_ascii=False, indent=2))
            return 0
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{len(stories)} stories")
        table.add_column("story")
        table.add_column("articles", justify="right")
        table.add_column("outlets")
        table.add_column("headline")
        for story_id, ids in sorted(stories, key=lambda s: -len(s[1])):
            articles = [a for a in (store.get_article(i) for i in ids) if a is not None]
            outlets = sorted({a.outlet or "?" for a in articles})
            headline = next((a.title for a in articles if a.title), "")
            table.add_row(story_id, str(len(ids)), ", ".join(outlets), headline or "")
        Console().print(table)
        return 0
    finally:
        store.close()
