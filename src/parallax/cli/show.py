"""`parallax show STORY`: one stored story, compared claim by claim."""

from __future__ import annotations

import argparse

from parallax.cli._common import add_command
from parallax.cli.compare import FORMATS, output_format, write_report
from parallax.cli.ingest import add_db, store_location
from parallax.errors import ParallaxError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers, "show", "render one stored story with the comparison report",
        ["parallax show s1a2b3c4d5", "parallax show s1a2b3c4d5 -o story.html"],
    )
    parser.add_argument("story", metavar="STORY", help="a story id from 'parallax stories'")
    add_db(parser)
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="text (terminal, default), markdown, json or html; with -o, the extension chooses")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parallax.compare import compare
    from parallax.store import open_store

    fmt = output_format(args.format, args.output)
    store = open_store(args.db, create=False)
    try:
        ids = dict(store.stories()).get(args.story)
        if not ids:
            raise ParallaxError(f"no story {args.story!r} in {store_location(args.db)}")
        articles = [a for a in (store.get_article(i) for i in ids) if a is not None]
    finally:
        store.close()
    write_report(compare(articles, story_id=args.story), fmt, args.output)
    return 0
