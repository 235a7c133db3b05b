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
    import dataclasses
    import sys

    from parallax.compare import compare
    from parallax.store import open_store

    fmt = output_format(args.format, args.output)
    store = open_store(args.db, create=False)
    try:
        story_id = args.story
        ids = dict(store.stories()).get(story_id)
        if not ids:  # an id that story repair merged away leads to the story that took its articles
            story_id = store.resolve_story(args.story) or args.story
            ids = dict(store.stories()).get(story_id)
            if ids:
                print(f"parallax: story {args.story} was merged into {story_id}; showing {story_id}", file=sys.stderr)
        if not ids:
            raise ParallaxError(f"no story {args.story!r} in {store_location(args.db)}")
        articles = [a for a in (store.get_article(i) for i in ids) if a is not None]
        history = [dataclasses.asdict(event) for event in store.story_events(story_id)]
    finally:
        store.close()
    story = compare(articles, story_id=story_id)
    story.history = history
    write_report(story, fmt, args.output)
    return 0
