"""The report and web packages keep a small, sorted, deliberate public API."""

from __future__ import annotations

import parallax.report
import parallax.web


def test_report_api_is_sorted_and_importable() -> None:
    assert parallax.report.__all__ == sorted(parallax.report.__all__)
    assert all(hasattr(parallax.report, name) for name in parallax.report.__all__)
    assert set(parallax.report.__all__) == {
        "RENDERERS",
        "register_renderer",
        "render",
        "render_html",
        "render_json",
        "render_markdown",
        "render_terminal",
        "render_text",
    }


def test_web_api_is_sorted_and_importable() -> None:
    assert parallax.web.__all__ == sorted(parallax.web.__all__)
    assert all(hasattr(parallax.web, name) for name in parallax.web.__all__)
