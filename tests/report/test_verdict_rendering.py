"""Every format shows the neutral title, the summary, and each conflict's kind, words and confidence."""

from __future__ import annotations

import json

import pytest

from parallax.model import Evidence, Story
from parallax.report import render as render_format
from parallax.report import render_text


def render(story: Story, fmt: str) -> str:
    return render_text(story, width=400) if fmt == "text" else render_format(story, fmt)  # no cell wraps


@pytest.fixture
def judged(story: Story) -> Story:
    differs = next(c for c in story.claims if c.status == "differs")
    first, second = differs.members[0], differs.members[1]
    differs.kind, differs.confidence = "count", 0.87
    differs.evidence = [Evidence("count", first.article, "4,000 workers", second.article, "2,500 workers", 0.74)]
    story.title = "Dockworkers strike at the port of Rotterdam"
    return story


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_format_leads_with_the_neutral_title_and_a_summary(judged: Story, fmt: str) -> None:
    out = render(judged, fmt)
    assert "Dockworkers strike at the port of Rotterdam" in out
    assert out.index("Key facts the outlets agree on") < out.index("Where they conflict")
    headlines = [a.title for a in judged.articles if a.title]
    assert not any(out.find(h) != -1 and out.find(h) < out.find("Dockworkers strike") for h in headlines)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_conflict_shows_its_kind_the_words_on_each_side_and_its_confidence(judged: Story, fmt: str) -> None:
    out = render(judged, fmt)
    assert "differs: count, confidence 0.87" in out
    assert "4,000 workers" in out and "2,500 workers" in out and "contradiction 0.74" in out


def test_the_json_report_holds_title_summary_kind_evidence_and_confidence(judged: Story) -> None:
    report = json.loads(render(judged, "json"))
    assert report["title"] == "Dockworkers strike at the port of Rotterdam" and "summary" in report
    claim = next(c for c in report["claims"] if c["status"] == "differs")
    assert claim["kind"] == "count" and claim["confidence"] == 0.87
    assert claim["evidence"][0]["a_text"] == "4,000 workers"
