"""The renderer registry: formats found by name, a new one added by a decorator, clashes refused."""

from __future__ import annotations

import pytest

from parallax.errors import ParallaxError
from parallax.model import ClaimMember, Story
from parallax.report import RENDERERS, register_renderer, render


def test_built_in_formats_are_registered() -> None:
    assert {"text", "terminal", "markdown", "md", "json", "html"} <= set(RENDERERS)


def test_every_format_renders_every_claim(story: Story) -> None:
    for fmt in ("text", "markdown", "json", "html"):
        output = render(story, fmt)
        for claim in story.claims:
            for member in claim.members:
                # Markdown escapes pipes and the terminal wraps lines: compare words.
                words = member.text.replace("|", "").split()
                flat = " ".join(output.replace("\\|", "").replace("│", " ").split())
                assert words[0] in flat and words[-1] in flat, (fmt, member.text)


def test_unknown_format_names_the_known_ones(story: Story) -> None:
    with pytest.raises(ParallaxError, match=r"unknown report format 'pdf' \(choose one of: .*html.*json"):
        render(story, "pdf")


def test_a_new_format_registers_itself_and_a_clash_is_refused(story: Story) -> None:
    @register_renderer("claim-count")
    def count(s: Story) -> str:
        return str(len(s.claims))

    try:
        assert render(story, "claim-count") == "5"
        with pytest.raises(ValueError, match="already registered"):
            register_renderer("claim-count")(lambda s: "")
    finally:
        del RENDERERS["claim-count"]


def test_an_empty_story_renders_in_every_format() -> None:
    story = Story(id="empty", articles=[])
    for fmt in ("text", "markdown", "json", "html"):
        assert "empty" in render(story, fmt).lower() or fmt == "json"
    assert '"articles": []' in render(story, "json")


def test_words_of_an_article_missing_from_the_story_are_never_dropped(story: Story) -> None:
    story.claims[1].members.append(ClaimMember("gone-9", "Officials counted 3,100 strikers.", 0, 33))
    for fmt in ("text", "markdown", "html"):
        flat = " ".join(render(story, fmt).replace("│", " ").split())
        assert "3,100" in flat and "strikers." in flat and "gone-9" in flat, fmt
