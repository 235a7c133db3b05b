"""The renderer registry: a new format is a new module that registers itself."""

from __future__ import annotations

from collections.abc import Callable

from parallax.errors import ParallaxError
from parallax.model import Story

Renderer = Callable[[Story], str]

# Format name -> a function from a story to the text of its report.
RENDERERS: dict[str, Renderer] = {}


def register_renderer(name: str, *aliases: str) -> Callable[[Renderer], Renderer]:
    """Decorator: make `render(story, name)` call the decorated function.

    Registering the same name twice is a programming error (two modules fighting
    over a format), so it raises instead of silently replacing the first.
    """

    def decorate(function: Renderer) -> Renderer:
        for key in (name, *aliases):
            if key in RENDERERS and RENDERERS[key] is not function:
                raise ValueError(f"a renderer is already registered for {key!r}")
            RENDERERS[key] = function
        return function

    return decorate


def render(story: Story, fmt: str) -> str:
    """The report of `story` in the format `fmt` ("text", "markdown", "json", "html", ...)."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        known = ", ".join(sorted(RENDERERS))
        raise ParallaxError(f"unknown report format {fmt!r} (choose one of: {known})") from None
    return renderer(story)
