"""`parallax clean PATH...`: each input cleaned to its body and metadata."""

from __future__ import annotations

import argparse

from parallax.cli._common import add_command, add_paths, cleaned_articles, emit_articles, progress
from parallax.errors import InputError
from parallax.model import Article


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers, "clean", "clean articles to their body and metadata",
        ["parallax clean page.html", "parallax clean dumps/ --format jsonl > articles.jsonl"],
    )
    add_paths(parser)
    parser.add_argument("--format", choices=["text", "json", "jsonl"], default="text",
                        help="text for people (default), json (one array) or jsonl (one article a line)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    errors: list[InputError] = []
    emit_articles(progress(cleaned_articles(args.paths, errors), "cleaning"), args.format, print_article)
    return 1 if errors else 0


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
