"""The HTML report: one offline file, every claim's words highlighted, hostile articles inert."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parallax.model import Article, Claim, ClaimMember, Story
from parallax.report import render
from parallax.report.html import _highlight, json_for_script

CHROMIUM = Path("/usr/bin/chromium")
_TAG = re.compile(r"<[^>]+>")


def _text_of(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment))


def test_every_claims_words_are_highlighted_in_their_outlets_column(story: Story) -> None:
    page = render(story, "html")
    for index, claim in enumerate(story.claims):
        marks = re.findall(
            rf'<mark class="claim-mark s-(\w+)" data-claims="([\d ]*\b{index}\b[\d ]*)"[^>]*>(.*?)</mark>', page
        )
        highlighted = " ".join(_text_of(words) for _, _, words in marks)
        for member in claim.members:
            assert member.text in highlighted or all(w in highlighted for w in member.text.split())
        assert {status for status, _, _ in marks} <= {"agreed", "differs", "unique"}


def test_claim_cards_carry_status_why_and_offsets(story: Story) -> None:
    page = render(story, "html")
    card = re.search(r'<li class="claim s-differs" id="claim-c2".*?</div></li>', page, re.S)
    assert card is not None
    text = _text_of(card.group(0))
    assert "Number of strikers" in text and "port authority's 2,500" in text
    assert "4,000 workers (union) vs 2,500 workers (port authority)" in text
    words = "The FNV union said 4,000 workers joined the strike over pay and automation."
    start = story.articles[0].body.index(words)
    assert f"characters {start}–{start + len(words)}" in text


def test_framing_and_independence_sections_show_rates_terms_and_evidence(story: Story) -> None:
    page = _text_of(render(story, "html"))
    assert "42.6 per 1,000 words" in page and "holding the economy hostage" in page
    assert "Evening Post and Harbour Herald: wire copy (via Reuters, 62% of the text shared)" in page


def test_a_member_whose_words_are_not_in_the_article_is_flagged_not_highlighted() -> None:
    article = Article(id="a", source="a.txt", body="Ships were diverted to Antwerp.", outlet="Ledger")
    claim = Claim("c1", "unique", [ClaimMember("a", "Ships were diverted to Hamburg.", 0, 31)])
    page = render(Story(id="s", articles=[article], claims=[claim]), "html")
    assert "these words were not found in the article" in page
    assert "<mark" not in page


def test_drifted_offsets_are_repaired_by_finding_the_words() -> None:
    article = Article(id="a", source="a.txt", body="Intro. Ships were diverted to Antwerp.", outlet="Ledger")
    claim = Claim("c1", "unique", [ClaimMember("a", "Ships were diverted to Antwerp.", 0, 31)])
    page = render(Story(id="s", articles=[article], claims=[claim]), "html")
    assert re.search(
        r'<mark class="claim-mark s-unique" data-claims="0"[^>]*>Ships were diverted to Antwerp\.</mark>', page
    )


def test_overlapping_claims_split_the_text_without_losing_a_character() -> None:
    body = "The union said 4,000 workers joined the strike."
    text = _highlight(body, [(0, 28, 0, "agreed"), (15, 47, 1, "differs")], [(4, 9, "loaded")])
    assert _text_of(text) == body
    assert 'data-claims="0 1"' in text and "s-differs" in text


@given(st.text(max_size=200), st.lists(st.tuples(st.integers(0, 220), st.integers(0, 220)), max_size=6))
def test_highlighting_any_text_keeps_it_whole_and_escaped(body: str, cuts: list[tuple[int, int]]) -> None:
    spans = [(min(a, b), max(a, b), n, "agreed") for n, (a, b) in enumerate(cuts) if max(a, b) <= len(body)]
    fragment = _highlight(body, spans, [])
    assert _text_of(fragment) == body
    assert "<" not in _TAG.sub("", fragment)


@given(
    st.recursive(st.text(), lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3))
)
def test_embedded_json_round_trips_and_cannot_close_its_script(data: object) -> None:
    text = json_for_script(data)
    assert json.loads(text) == data
    assert "</" not in text and "<!--" not in text and "<" not in text


def test_hostile_article_renders_as_inert_text(hostile_story: Story) -> None:
    page = render(hostile_story, "html")
    assert page.count("<script") == 2  # the data block and the report's own script
    assert "PWNED" in page  # shown, as text
    assert "<img" not in page and 'onmouseover="' not in page and "<b " not in page
    assert 'href="javascript:' not in page  # only http(s) addresses become links
    data = re.search(r'<script type="application/json" id="parallax-data">(.*?)</script>', page, re.S)
    assert data is not None and json.loads(data.group(1))["claims"][-1]["articles"] == [hostile_story.articles[-1].id]


def test_page_needs_no_network(story: Story) -> None:
    page = render(story, "html")
    assert not re.search(r'(src|href)="(https?:)?//', page.replace('href="https://herald.example/strike"', ""))
    assert "default-src 'none'" in html.unescape(page) and "@media print" in page


def _dump_dom(page: Path, tmp_path: Path, fragment: str = "") -> str:
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip("headless Chromium is not installed (/usr/bin/chromium; Debian package 'chromium')")
    command = [
        str(CHROMIUM) if CHROMIUM.exists() else str(shutil.which("chromium")),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--dump-dom",
        page.as_uri() + fragment,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_in_chromium_the_script_indexes_claims_and_injected_scripts_never_run(
    hostile_story: Story, tmp_path: Path
) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(hostile_story, "html"), encoding="utf-8")
    dom = _dump_dom(page, tmp_path, "#claim=c2")
    body = re.search(r"<body[^>]*>", dom)
    assert body is not None
    assert 'data-ready="true"' in body.group(0)
    assert f'data-claims-indexed="{len(hostile_story.claims)}"' in body.group(0)
    assert 'data-active-claim="c2"' in body.group(0)  # the #claim= link pinned the claim at load
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert title is not None and "PWNED" not in _text_of(title.group(0))
    # The differing claim's words are lit up in both outlets' columns.
    active = re.findall(r'<mark class="claim-mark s-differs active"[^>]*>(.*?)</mark>', dom, re.S)
    assert any("4,000 workers" in _text_of(m) for m in active) and any("2,500 workers" in _text_of(m) for m in active)
    card = re.search(r'<li class="claim s-differs active" id="claim-c2"[^>]*data-counterparts="(\d+)"', dom)
    assert card is not None and int(card.group(1)) >= 2
    for claim in hostile_story.claims[:5]:
        assert f'id="claim-{claim.id}"' in dom


def test_caption_claims_are_highlighted_in_the_caption() -> None:
    article = Article(
        id="a",
        source="a.txt",
        body="Rescuers worked through the night.",
        outlet="Herald",
        captions=["Boats ferry residents to dry land.", "The river at dawn."],
    )
    claim = Claim("c1", "unique", [ClaimMember("a", "The river at dawn", 0, 17, "caption")])  # type: ignore[arg-type]
    page = render(Story(id="s", articles=[article], claims=[claim]), "html")
    assert re.search(
        r'<ul class="captions"[^>]*>.*<mark class="claim-mark s-unique" data-claims="0"[^>]*>The river at dawn</mark>',
        page,
    )
    assert "these words were not found" not in page
