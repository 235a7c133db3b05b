"""What the commands share: input arguments, error lines, and the progress bar."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from parallax.errors import InputError
from parallax.model import Article

T = TypeVar("T")


def add_paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="files or folders (read recursively): text/markdown dumps, HTML (.gz too), JSONL, WARC; '-' is stdin",
    )


def report_error(err: InputError) -> None:
    """One line on stderr naming the file (and line) and the reason."""
    print(f"parallax: {err}", file=sys.stderr)


def progress(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """A progress bar on stderr when a person watches it; silent in pipes and CI logs."""
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total)
        for item in items:
            yield item
            bar.advance(task)


def cleaned_articles(paths: list[str], errors: list[InputError]) -> Iterator[Article]:
    """Clean articles from paths; each bad input is reported at once and collected."""
    from parallax.pipeline import clean_paths

    for item in clean_paths(paths):
        if isinstance(item, InputError):
            report_error(item)
            errors.append(item)
        else:
            yield item


def emit_articles(articles: Iterable[Article], fmt: str, show: Callable[[Article], None]) -> None:
    """Articles as jsonl (streamed), one json array, or `show`n to a person one by one."""
    import json

    from parallax.model import article_to_dict

    collected = []
    for article in articles:
        if fmt == "jsonl":
            print(json.dumps(article_to_dict(article), ensure_ascii=False), flush=True)
        elif fmt == "text":
            show(article)
        else:
            collected.append(article)
    if fmt == "json":
        json.dump([article_to_dict(a) for a in collected], sys.stdout, ensure_ascii=False, indent=2)
        print()
