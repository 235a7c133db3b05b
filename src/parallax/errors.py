"""Errors a user can act on: raised inside, printed as one clean line at the edge."""

from __future__ import annotations


class ParallaxError(Exception):
    """Base class: `str(err)` is one line a user can read."""


class InputError(ParallaxError):
    """An input that cannot be read as an article: names the file (and line) and the reason."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class InputWarning(InputError):
    """An input read with a defect repaired (a placeholder date dropped, a lone surrogate replaced).

    It travels and is reported like an `InputError`, and the run exits 1, but the
    article it names is kept: it comes in the stream just before that article.
    """


class StageError(ParallaxError):
    """A pipeline stage returned something other than what the next stage reads."""

    def __init__(self, stage: str, detail: str) -> None:
        super().__init__(f"stage {stage!r} broke: {detail}")
