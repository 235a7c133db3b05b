"""The dump cleaner on hand-made pages, on the two seed dumps and on aeb-dumps."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parallax.clean.dump import clean_dump, furniture, join_paragraphs, page_lines
from parallax.model import RawDocument

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "eval" / "seeds.gold.json"
DUMPS = SHARED / "data" / "aeb-dumps"

PARAGRAPHS = [
    "The city council voted on Tuesday to close the old harbour bridge after engineers found deep cracks in "
    "two of its supports, the mayor's office said in a statement.",
    "Traffic will be diverted to the northern ring road from next week, and ferries will run every twenty "
    "minutes during rush hour while repairs are planned, officials said.",
    '"We cannot take risks with people\'s lives," the mayor told reporters outside the town hall, adding that '
    "the repairs could take as long as two years and cost more than $40 million.",
    "Local businesses near the bridge said they feared losing customers, and several shop owners asked the "
    "council for help with rents while the crossing stays shut.",
    "The bridge, which opened in 1931, carries about 30,000 vehicles a day and was last renovated in the "
    "1990s, according to the regional transport authority.",
]

NAV = ["Home", "News", "Sport", "Business", "Culture", "Weather", "Sign in", "Subscribe"]


def _page(markdown: bool = False) -> str:
    nav = [f"  * [{item}](/{item.lower().replace(' ', '-')}/)" if markdown else item for item in NAV]
    title = "# Harbour bridge to close after cracks found" if markdown else "Harbour bridge to close after cracks found"
    byline = "By [Jane Doe](/authors/jane) for Reuters" if markdown else "By Jane Doe for Reuters"
    teasers = [
        "Most read in News",
        "",
        "COUNCIL ROW",
        "Mayor faces vote of no confidence over parking fees",
        "BIG FREEZE",
        "Snow to hit the north as temperatures plunge",
    ]
    lines = [
        "Harbour bridge to close after cracks found - The Daily Example",
        "",
        *nav,
        "",
        "BRIDGE SHUT",
        "",
        title,
        "",
        byline,
        "",
        "March 3, 2020",
        "",
        PARAGRAPHS[0],
        "",
        PARAGRAPHS[1],
        "",
        "Advertisement",
        "",
        "Cars queue at the harbour bridge on Monday eveningCredit: Getty",
        "",
        PARAGRAPHS[2],
        "",
        *teasers,
        "",
        PARAGRAPHS[3],
        "",
        PARAGRAPHS[4],
        "",
        "Got a story? Email us at news@example.com or call 020 7782 4104.",
        "",
        "Click here to get The Daily Example newspaper delivered.",
        "",
        "© 2020 The Daily Example. All rights reserved.",
        *nav,
    ]
    return "\n".join(lines)


@pytest.mark.parametrize("kind", ["text", "markdown"])
def test_clean_dump_keeps_the_article_and_drops_the_page_around_it(kind: str) -> None:
    article = clean_dump(RawDocument(source="page.txt", kind=kind, content=_page(kind == "markdown")))
    for paragraph in PARAGRAPHS:
        assert paragraph in article.body
    dropped = ["Advertisement", "Most read", "no confidence", "Snow to hit", "Email us", "Getty", "Subscribe"]
    for furniture_text in dropped:
        assert furniture_text not in article.body
    assert article.body.count("\n\n") == len(PARAGRAPHS) - 1  # one paragraph per paragraph
    assert article.title == "Harbour bridge to close after cracks found"
    assert article.kicker == "BRIDGE SHUT"
    assert article.authors == ["Jane Doe"]
    assert article.agency == "Reuters"
    assert article.published == "2020-03-03"
    assert article.outlet == "The Daily Example"
    assert article.reader == kind
    assert article.id == "page.txt"
    assert article.captions == ["Cars queue at the harbour bridge on Monday evening"]


def test_markdown_links_and_escapes_become_plain_text() -> None:
    lines = page_lines("Minsk plans to buy \\$1Bln of arms, [the agency](https://example.com/a) said\\.", True)
    assert lines[0].text == "Minsk plans to buy $1Bln of arms, the agency said."
    assert lines[0].link_chars == len("the agency")


def test_a_quote_cut_by_an_ad_line_is_joined_again() -> None:
    content = "\n\n".join(
        [
            '"You also have increased presence on our side of the border, and military formations.',
            "Advertisement",
            "“Of course, this is increasing the possibility of incidents.”",
        ]
    )
    lines = page_lines(content, False)
    assert join_paragraphs(lines, [0, 2]) == [f"{lines[0].text} {lines[2].text}"]


def test_a_finished_paragraph_is_not_joined_to_the_next() -> None:
    lines = page_lines(f"{PARAGRAPHS[0]}\n\nAdvertisement\n\n{PARAGRAPHS[1]}", False)
    assert join_paragraphs(lines, [0, 2]) == [PARAGRAPHS[0], PARAGRAPHS[1]]


def test_furniture_keeps_prose_with_numbers_and_links() -> None:
    prose = "Scores: 1 Kyle Busch 5040 5 1 17 27 and the team posted its reply at https://t.co/abc on Sunday."
    lines = page_lines(f"{prose}\n\nAdvertisement\n\nShow More", False)
    assert furniture(lines) == {1, 2}


def _made_of_lines(paragraph: str, texts: set[str]) -> bool:
    """Whether a paragraph is one page line, or several joined by spaces (a re-joined quote)."""
    reachable = {0}
    for start in range(len(paragraph) + 1):
        if start not in reachable:
            continue
        for text in texts:
            if paragraph.startswith(text, start):
                end = start + len(text)
                if end == len(paragraph):
                    return True
                if paragraph[end] == " ":
                    reachable.add(end + 1)
    return False


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200), max_size=30))
def test_clean_dump_body_is_made_of_page_lines(paragraphs: list[str]) -> None:
    content = "\n\n".join(paragraphs)
    for kind in ("text", "markdown"):
        article = clean_dump(RawDocument(source="x.md", kind=kind, content=content))
        texts = {line.text for line in page_lines(content, kind == "markdown")}
        for paragraph in filter(None, article.body.split("\n\n")):
            assert _made_of_lines(paragraph, texts)
        assert "\n\n\n" not in article.body


# --- the seeds and aeb-dumps (shared data, read by tests only) -----------------------------

needs_shared = pytest.mark.skipif(not GOLD.exists(), reason=f"shared data not found at {SHARED}")


def _normalise(text: str) -> str:
    text = text.replace("\\", "").lower()
    text = re.sub(r"[“”«»„]", '"', re.sub(r"[‘’]", "'", text))
    text = re.sub(r"[–—]", "-", text)
    return re.sub(r"\s+", " ", text)


@needs_shared
@pytest.mark.parametrize("name", ["000_a2610a72679459f9.txt", "001_ec57cf8a794c0cff.txt"])
def test_seed_dumps_meet_the_gold(name: str) -> None:
    from parallax.ingest.readers import iter_documents

    gold = json.loads(GOLD.read_text())["articles"][name]
    (raw,) = list(iter_documents([str(SEEDS / name)]))
    article = clean_dump(raw)
    for field, expected in gold["metadata"].items():
        assert getattr(article, field) == expected, field
    body = _normalise(article.body)
    for keep in gold["body_keep"]:
        assert _normalise(keep) in body
    for drop in gold["body_drop"]:
        assert _normalise(drop) not in body
    assert "\\$" not in article.body and "](" not in article.body


@needs_shared
def test_aeb_dumps_f1_stays_above_the_floor(tmp_path: Path) -> None:
    """The benchmark as a gate (in-sample: the model was trained on these pages; CV F1 is in the training log)."""
    truth = json.loads((DUMPS / "ground-truth.json").read_text())
    for kind, ext in (("text", ".txt"), ("markdown", ".md")):
        pred = {}
        for page_id in truth:
            content = (DUMPS / kind / f"{page_id}{ext}").read_text(encoding="utf-8")
            pred[page_id] = {"articleBody": clean_dump(RawDocument(source=page_id, kind=kind, content=content)).body}
        path = tmp_path / f"{kind}.json"
        path.write_text(json.dumps(pred))
        result = subprocess.run(
            [sys.executable, str(SHARED / "eval" / "score_extraction.py"), str(path), str(DUMPS / "ground-truth.json")],
            capture_output=True,
            text=True,
            check=True,
        )
        f1 = float(re.search(r"f1: ([\d.]+)", result.stdout).group(1))
        assert f1 >= 0.93, f"{kind} F1 {f1:.3f} fell below the floor"  # in-sample 0.970 text, 0.965 markdown at pinning
