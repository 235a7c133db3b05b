"""The `parallax` command: one thin module per subcommand, registered here.

Each command module has `register(subparsers)` which adds its parser and sets
`func` to a function taking the parsed args and returning an exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from parallax import __version__
from parallax.errors import ParallaxError

COMMANDS = ["clean", "analyze", "compare", "ingest", "stories", "show", "serve"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Compare how different outlets report the same news, claim by claim.",
    )
    parser.add_argument("--version", action="version", version=f"parallax {__version__}",
                        help="print the version and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"parallax.cli.{name}")
        except ModuleNotFoundError as err:
            if err.name == f"parallax.cli.{name}":
                continue  # a command not built yet
            raise
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except ParallaxError as err:
        print(f"parallax: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("parallax: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
