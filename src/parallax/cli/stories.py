"""`parallax stories`: the stories in the store, each with its articles."""

from __future__ import annotations

import argparse
import dataclasses
import json

from parallax.cli._common import add_command
from parallax.cli.ingest import add_db


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers, "stories", "list the stories in the store: title, dates, outlets, articles",
        ["parallax stories", "parallax stories --db team.db --format json --counts"],
    )
    add_db(parser)
    parser.add_argument("--format", choices=["text", "json"], default="text", help="a table (default) or JSON")
    parser.add_argument("--counts", action="store_true",
                        help="compare each story to count agreed, differs and unique claims (slow on big stores)")
    parser.set_defaults(func=run)


def story_entry(story_id: str, ids: list[str], articles: list, counts: bool, history: list | None = None) -> dict:
    """A story as `stories` lists it: the contract's id and articles, then what a reader scans for."""
    from parallax.compare.summary import neutral_wording

    dates = sorted(a.published[:10] for a in articles if a.published)
    entry = {
        "id": story_id,
        "articles": ids,
        "title": neutral_wording([a.title for a in articles if a.title]),
        "first_published": dates[0] if dates else None,
        "last_published": dates[-1] if dates else None,
        "outlets": sorted({a.outlet or "?" for a in articles}),
    }
    if history:  # story repair's record: which stories it was merged from or split from (issue 14)
        entry["merged_from"] = [e.other_id for e in history if e.kind == "merge" and e.story_id == story_id]
        entry["split_from"] = [e.story_id for e in history if e.kind == "split" and e.other_id == story_id]
        entry["history"] = [dataclasses.asdict(e) for e in history]
    if counts:
        from parallax.compare import compare

        claims = compare(articles, story_id=story_id).claims if articles else []
        entry["claims"] = {s: sum(c.status == s for c in claims) for s in ("agreed", "differs", "unique")}
    return entry


def run(args: argparse.Namespace) -> int:
    from parallax.store import open_store

    store = open_store(args.db, create=False)
    try:
        history: dict[str, list] = {}
        for event in store.story_events():
            for side in {event.story_id, event.other_id}:
                history.setdefault(side, []).append(event)
        entries = [story_entry(sid, ids, [a for a in (store.get_article(i) for i in ids) if a is not None],
                               args.counts, history.get(sid)) for sid, ids in store.stories()]
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps(entries, ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(entries)} stories")
    headings = ["story", "dates", "articles", "outlets", "title", *(["agreed/differs/unique"] if args.counts else [])]
    for heading in headings:
        table.add_column(heading, justify="right" if heading == "articles" else "left")
    for entry in sorted(entries, key=lambda e: -len(e["articles"])):
        dates = " – ".join(dict.fromkeys(d for d in (entry["first_published"], entry["last_published"]) if d))
        counts = [f"{entry['claims']['agreed']}/{entry['claims']['differs']}/{entry['claims']['unique']}"] \
            if args.counts else []
        table.add_row(entry["id"], dates or "undated", str(len(entry["articles"])), ", ".join(entry["outlets"]),
                      entry["title"], *counts)
    Console().print(table)
    return 0
