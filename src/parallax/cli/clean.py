"""`parallax clean PATH...`: each input cleaned to its body and metadata."""

from __future__ import annotations

import argparse
import json
import sys

from parallax.cli._common import add_paths, progress, report_error
from parallax.errors import InputError
from parallax.model import Article, article_to_dict


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("clean", help="clean articles to their body and metadata")
    add_paths(parser)
    parser.add_argument("--format", choices=["text", "json", "jsonl"], default="text",
                        help="text for people (default), json (one array) or jsonl (one article a line)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parallax.pipeline import clean_paths

    failed = 0
    articles: list[Article] = []
    for item in progress(clean_paths(args.paths), "cleaning"):
        if isinstance(item, InputError):
            report_error(item)
            failed += 1
            continue
        if args.format == "jsonl":
            print(json.dumps(article_to_dict(item), ensure_ascii=False), flush=True)
        elif args.format == "text":
            print_article(item)
        else:
            articles.append(item)
    if args.format == "json":
        json.dump([article_to_dict(a) for a in articles], sys.stdout, ensure_ascii=False, indent=2)
        print()
    return 1 if failed else 0


def print_article(article: Article) -> None:
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table

    console = Console(highlight=False)
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold cyan")
    meta.add_column()
    for label, value in [
        ("outlet", article.outlet), ("kicker", article.kicker), ("title", article.title),
        ("standfirst", article.standfirst), ("authors", ", ".join(article.authors) or None),
        ("agency", article.agency), ("published", article.published), ("url", article.url),
        ("words", str(article.word_count)),
    ]:
        meta.add_row(label, value if value else "[dim]-[/dim]")
    console.print(Panel(meta, title=f"[bold]{article.id}[/bold]", subtitle=article.source, expand=True))
    console.print(article.body, markup=False)
    if article.captions:
        console.print("\n[dim]captions:[/dim]")
        for caption in article.captions:
            console.print(f"  [dim]- {caption}[/dim]", markup=True, emoji=False)
    console.print()
