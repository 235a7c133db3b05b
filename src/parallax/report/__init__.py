"""Story reports: the comparison shown to journalists and fact-checkers.

Every renderer shows the same content (claims side by side with each outlet's
exact words, the verdict and why, framing per outlet, independence findings)
in its own format. The built-in formats register themselves on import, the way
a new format would: `@register_renderer("name")` on a `Story -> str` function.
"""

from __future__ import annotations

from parallax.report import html, json, markdown, terminal  # noqa: F401  (importing registers the built-ins)
from parallax.report._registry import RENDERERS, register_renderer, render
from parallax.report.html import render_html
from parallax.report.json import render_json
from parallax.report.markdown import render_markdown
from parallax.report.terminal import render_terminal, render_text

__all__ = [
    "RENDERERS",
    "register_renderer",
    "render",
    "render_html",
    "render_json",
    "render_markdown",
    "render_terminal",
    "render_text",
]
