"""What the commands share: input arguments, error lines, and the progress bar."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from parallax.errors import InputError

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
