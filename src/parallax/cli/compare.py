"""`parallax compare PATH...`: all inputs are one story, compared claim by claim."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from parallax.cli._common import add_command, add_paths
from parallax.errors import InputError, ParallaxError
from parallax.model import Story

FORMATS = ["text", "markdown", "json", "html"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers, "compare", "compare how outlets cover one story, claim by claim",
        ["parallax compare examples/", "parallax compare a.html b.md c.jsonl -o report.html"],
    )
    add_paths(parser)
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="text (terminal, default), markdown, json, or html (one self-contained file); "
                             "with -o, the file's extension (.md, .json, .html) chooses when this is not given")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parallax.analyze import analyze
    from parallax.cli._common import cleaned_articles
    from parallax.compare import compare

    fmt = output_format(args.format, args.output)
    errors: list[InputError] = []
    articles = list(analyze(cleaned_articles(args.paths, errors)))
    if not articles:
        raise ParallaxError("no article to compare")
    story = compare(articles)
    write_report(story, fmt, args.output)
    return 1 if errors else 0


_EXTENSIONS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".json": "json",
               ".txt": "text"}


def output_format(given: str | None, output: str | None) -> str:
    """The format asked for, else the one the output file's extension names; a mismatch is refused."""
    implied = _EXTENSIONS.get(Path(output).suffix.lower()) if output else None
    if given and implied and given != implied:
        raise ParallaxError(f"--format {given} does not match the extension of {output} ({implied}); "
                            "drop one or make them agree")
    if output and not Path(output).resolve().parent.is_dir():
        raise ParallaxError(f"cannot write {output}: the folder {Path(output).parent} does not exist")
    return given or implied or "text"


def write_report(story: Story, fmt: str, output: str | None) -> None:
    """Render a story in a format, to a file or stdout (the terminal view in colour when it is one)."""
    from parallax.report import render

    if fmt == "text" and not output and sys.stdout.isatty():
        from rich.console import Console

        from parallax.report.terminal import render_terminal

        render_terminal(story, Console())
        return
    text = render(story, fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        print(f"parallax: wrote {fmt} report of {len(story.articles)} articles to {output}", file=sys.stderr)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
