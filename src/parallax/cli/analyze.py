"""`parallax analyze PATH...`: the reading of each article, highlighted for a person to check."""

from __future__ import annotations

import argparse

from parallax.cli._common import add_command, add_paths, cleaned_articles, emit_articles, progress
from parallax.errors import InputError
from parallax.model import Article


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers, "analyze", "read articles: entities, quantities, dates, quotes, sourcing",
        ["parallax analyze examples/", "parallax analyze export.jsonl --format jsonl > read.jsonl"],
    )
    add_paths(parser)
    parser.add_argument("--format", choices=["text", "json", "jsonl"], default="text",
                        help="text for a person (default), one JSON array, or JSON Lines (one article a line)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parallax.analyze import analyze

    errors: list[InputError] = []
    emit_articles(progress(analyze(cleaned_articles(args.paths, errors)), "reading"), args.format, print_reading)
    return 1 if errors else 0


# What each finding looks like in the highlighted body, and in the legend.
STYLES = {
    "entity": "bold cyan",
    "quantity": "bold magenta",
    "date": "bold green",
    "quote": "italic yellow",
    "unnamed": "reverse red",
    "loaded": "underline bold red",
}


def print_reading(article: Article) -> None:
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text

    console = Console(highlight=False)
    body = Text(article.body)
    for quote in article.quotes:
        body.stylize(STYLES["quote"], quote.start, quote.end)
    for entity in article.entities:
        for start, end in entity.mentions:
            body.stylize(STYLES["entity"], start, end)
    for quantity in article.quantities:
        body.stylize(STYLES["quantity"], quantity.start, quantity.end)
    for date in article.dates:
        body.stylize(STYLES["date"], date.start, date.end)
    for attribution in article.attributions:
        if attribution.kind == "unnamed":
            body.stylize(STYLES["unnamed"], attribution.start, attribution.end)
    for term in article.loaded_terms:
        body.stylize(STYLES["loaded"], term.start, term.end)
    title = Text(f"{article.outlet or '?'} | {article.title or article.id}", style="bold")
    legend = Text("  ").join(Text(name, style=style) for name, style in STYLES.items())
    console.print(Panel(body, title=title, subtitle=legend))

    def line(label: str, items: list[str]) -> None:
        console.print(Text(f"{label}: ", style="bold") + Text("; ".join(items) if items else "-"))

    line("entities", [f"{e.name} ({e.label})" for e in article.entities])
    line("quantities", [f"{q.text} = {q.value:g} {q.unit or ''}{' ' + q.qualifier if q.qualifier else ''}"
                        for q in article.quantities])
    line("dates", [f"{d.text} = {d.value or 'unresolved'}" for d in article.dates])
    line("quotes", [f"{q.speaker or '?'}: \u201c{_short(q.text)}\u201d" for q in article.quotes])
    words = max(1, article.word_count)
    unnamed = [a.text for a in article.attributions if a.kind == "unnamed"]
    line(f"unnamed sourcing ({len(unnamed) * 1000 / words:.1f}/1000 words)", unnamed)
    line(f"loaded terms ({len(article.loaded_terms) * 1000 / words:.1f}/1000 words)",
         [t.text for t in article.loaded_terms])
    console.print()


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
