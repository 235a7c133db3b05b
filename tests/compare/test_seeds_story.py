"""The founding example end to end: the two bundled articles, compared.

The articles live in examples/ (they ship with the repo); the analyst's gold
and its scorer live in ../shared, so the score test skips without it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from parallax.analyze import analyze
from parallax.compare import compare
from parallax.model import Story, story_to_dict
from parallax.pipeline import clean_paths
from parallax.report import render

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def story() -> Story:
    articles = [a for a in clean_paths([str(REPO / "examples")]) if not isinstance(a, Exception)]
    assert len(articles) == 2
    return compare(list(analyze(articles)))


def members(story: Story, status: str) -> list[list[str]]:
    return [[m.text for m in c.members] for c in story.claims if c.status == status]


def test_same_troop_count_in_other_words_is_agreed(story: Story) -> None:
    assert any(any("200,000 troops" in t for t in texts) and any("about 200,000 personnel" in t for t in texts)
               for texts in members(story, "agreed"))


def test_different_distances_of_different_things_are_no_conflict(story: Story) -> None:
    for texts in members(story, "differs"):
        joined = " ".join(texts)
        assert not ("2,000km" in joined and "1,200 kilometers" in joined)


def test_every_member_points_at_the_outlets_exact_words(story: Story) -> None:
    bodies = {a.id: a for a in story.articles}
    for claim in story.claims:
        for member in claim.members:
            article = bodies[member.article]
            if member.field == "body":
                assert article.body[member.start:member.end] == member.text
            elif member.field == "title":
                assert member.text in (article.title or "")


@pytest.mark.skipif(not (SHARED / "eval" / "score_story.py").exists(), reason="needs ../shared/eval (the gold)")
def test_report_scores_at_least_0_9_against_the_analysts_gold(story: Story, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text(render(story, "json"), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score_story.py"), str(report)],
                            capture_output=True, text=True, check=False)
    score = float(re.search(r"score: ([0-9.]+)", result.stdout).group(1))
    assert score >= 0.9, result.stdout


def test_every_format_renders_the_claims(story: Story) -> None:
    data = json.loads(render(story, "json"))
    assert data == json.loads(json.dumps(story_to_dict(story)))
    assert "200,000" in render(story, "markdown")
    assert "200,000" in render(story, "text")


def test_html_report_opens_in_headless_chromium_with_the_claims(story: Story, tmp_path: Path) -> None:
    chromium = str(CHROMIUM) if CHROMIUM.exists() else shutil.which("chromium")
    if not chromium:
        pytest.skip("headless Chromium is not installed (Debian package 'chromium')")
    page = tmp_path / "seeds.html"
    page.write_text(render(story, "html"), encoding="utf-8")
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    dom = result.stdout
    assert 'data-ready="true"' in dom, result.stderr[-1000:]
    assert f'data-claims-indexed="{len(story.claims)}"' in dom
    assert "about 200,000 personnel" in dom and "consignment included" in dom


def test_an_agreed_claims_confidence_is_no_higher_than_its_alignment(story: Story) -> None:
    """A word-for-word shared sentence is surer to be one fact than a paraphrase of it: the confidence of
    `agreed` follows the aligner's probability, not the model's mere absence of contradiction."""
    from parallax.compare import _alignment_confidence, _embed
    from parallax.compare.align import find_candidates
    from parallax.compare.aligner import load_aligner
    from parallax.compare.units import story_units
    from parallax.compare.verdict import pair_key

    units = story_units(story.articles)
    vectors = _embed(units)
    candidates = find_candidates(units, vectors)
    scorer = load_aligner()

    def link(a, b) -> float:
        key = pair_key(a, b)
        return scorer.score(a, b, float(vectors[a.index] @ vectors[b.index]), candidates.judgements.get(key),
                            candidates.rank(*key))

    by_text = {(u.article, u.text): u for u in units}
    agreed = [c for c in story.claims if c.status == "agreed"]
    assert agreed
    for claim in agreed:
        members = [by_text[(m.article, m.text)] for m in claim.members]
        assert claim.confidence <= round(_alignment_confidence(members, link), 2) + 1e-9
    assert len({c.confidence for c in agreed}) > 1  # it tells claims apart
