"""The terminal report: outlets side by side, verdicts, why, framing and independence, no markup leaks."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from parallax.model import Article, Claim, ClaimMember, Story
from parallax.report import render_terminal, render_text


def _flat(text: str) -> str:
    return " ".join(text.replace("│", " ").split())


def test_text_report_has_header_claims_framing_and_independence(story: Story) -> None:
    text = render_text(story, width=240)  # wide enough that no cell wraps mid-phrase
    flat = _flat(text)
    assert "Harbour Herald" in flat and "Daily Ledger" in flat and "Evening Post" in flat
    assert "Reported differently (1)" in flat and "Agreed (2)" in flat and "Reported by one outlet only (2)" in flat
    assert "why: The Herald gives the union's count" in flat
    assert "2 independent sources" in flat
    assert "42.6 per 1,000 words" in flat and "“chaotic”" in flat
    assert "Evening Post and Harbour Herald: wire copy, via Reuters, 62% of the text shared" in flat
    assert "\x1b[" not in text  # no colour codes when not a terminal


def test_outlets_are_columns_of_one_claims_table(story: Story) -> None:
    text = render_text(story, width=160)
    header = next(line for line in text.splitlines() if "Claim" in line and "Evening Post" in line)
    assert header.index("Harbour Herald") < header.index("Daily Ledger") < header.index("Evening Post")


def test_differences_come_before_agreement(story: Story) -> None:
    text = render_text(story)
    assert text.index("Reported differently") < text.index("Agreed") < text.index("Reported by one outlet only")


def test_colours_follow_the_verdict_on_a_colour_terminal(story: Story) -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, width=120, force_terminal=True, color_system="standard")
    render_terminal(story, console)
    output = buffer.getvalue()
    assert "\x1b[" in output and "\x1b[1;32m" in output and "\x1b[1;33m" in output and "\x1b[1;34m" in output


def test_rich_markup_in_an_article_is_printed_literally() -> None:
    body = "Officials [bold]denied[/bold] it [/] and [link=http://x]clicked[/link]."
    article = Article(id="a", source="a.txt", body=body, outlet="[red]Outlet[/red]")
    story = Story(id="s", articles=[article], claims=[Claim("c1", "unique", [ClaimMember("a", body, 0, len(body))])])
    flat = _flat(render_text(story, width=200))
    assert "[bold]denied[/bold] it [/] and [link=http://x]clicked[/link]." in flat
    assert "[red]Outlet[/red]" in flat


def test_story_without_claims_still_prints_its_outlets() -> None:
    story = Story(id="s", articles=[Article(id="a", source="a.txt", body="Text.", outlet="Herald")])
    flat = _flat(render_text(story))
    assert "Herald" in flat and "no claims" in flat


@given(st.text(min_size=1, max_size=200))
def test_any_article_text_prints_without_error(words: str) -> None:
    article = Article(id="a", source="a.txt", body=words, outlet=words[:20], title=words)
    claim = Claim("c1", "unique", [ClaimMember("a", words, 0, len(words))], about=words[:30], why=words)
    text = render_text(Story(id="s", articles=[article], claims=[claim]), width=200)
    assert "Reported by one outlet only (1)" in text
