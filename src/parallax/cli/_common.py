"""What the commands share: input arguments, error lines, and the progress bar."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from parallax.errors import InputError
from parallax.model import Article

T = TypeVar("T")


def add_command(subparsers: argparse._SubParsersAction, name: str, summary: str,
                examples: list[str]) -> argparse.ArgumentParser:
    """A command's parser with its one-line summary and examples shown by --help."""
    return subparsers.add_parser(
        name, help=summary, description=summary[0].upper() + summary[1:] + ".",
        epilog="examples:\n" + "".join(f"  {example}\n" for example in examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


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
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    # Rich redirects stdout into the live display by default: with stderr on a terminal and
    # stdout redirected to a file, the data would land on the screen and the file stay empty.
    columns = [
        TextColumn("{task.description}"), BarColumn(),
        TextColumn("{task.completed}" + (f"/{total}" if total else "") + " articles"),
        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), *([TimeRemainingColumn()] if total else []),
    ]
    with Progress(*columns, console=Console(stderr=True), transient=True, redirect_stdout=False,
                  redirect_stderr=False) as bar:
        task = bar.add_task(description, total=total, rate="")
        for item in items:
            yield item
            speed = bar.tasks[0].speed
            bar.update(task, advance=1, rate=f"{speed:.1f}/s" if speed else "")


def cleaned_articles(
    paths: list[str], errors: list[InputError], items: Iterable[Article | InputError] | None = None
) -> Iterator[Article]:
    """Clean articles from paths; each bad input is reported at once and collected.

    `items` is `clean_paths(paths)` computed elsewhere (the Ray engine's actors), in its order."""
    from parallax.pipeline import clean_paths

    seen: dict[str, int] = {}
    for item in clean_paths(paths) if items is None else items:
        if isinstance(item, InputError):
            report_error(item)
            errors.append(item)
            continue
        yield unique_id(item, seen)


def unique_id(article: Article, seen: dict[str, int]) -> Article:
    """Real exports repeat ids (BASIL's upstream release has four records with the id "empty"):
    the second "x" becomes "x~2", with a warning, so reports can tell the articles apart."""
    count = seen.get(article.id, 0) + 1
    seen[article.id] = count
    if count > 1:
        renamed = f"{article.id}~{count}"
        print(f"parallax: warning: {article.source}: id {article.id!r} appears again; renamed {renamed!r}",
              file=sys.stderr)
        article.id = renamed
    return article


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
