"""Named sources versus unnamed or second-hand attribution, on real news sentences."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parallax.analyze.sourcing import find_attributions

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "seeds"
SUN = "000_a2610a72679459f9.txt"
MOSCOW_TIMES = "001_ec57cf8a794c0cff.txt"


def of_kind(text: str, kind: str) -> list[str]:
    return [a.text for a in find_attributions(text) if a.kind == kind]


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("Moscow will reportedly supply the country with new fighter jets.", "reportedly"),
        ("The deal is worth $1bn, local media reports.", "local media reports"),
        ("The minister resigned on Friday, reports say.", "reports say"),
        ("The talks stalled, according to people familiar with the matter.", "people familiar with the matter"),
        ("Sources close to the minister said he would not resign.", "Sources close to"),
        ("It is understood that the bank will cut 300 jobs.", "It is understood"),
        ("The president is said to be furious about the leak.", "is said to"),
        ("The plan was approved last week, U.S. officials said.", "U.S. officials said"),
        ("A senior official, who spoke on condition of anonymity, confirmed the move.", "on condition of anonymity"),
        ("The suspect allegedly fired at police.", "allegedly"),
        ("The troops will stay until October, according to media reports.", "according to media reports"),
        ("An insider told the paper the merger was off.", "An insider told"),
        ("Critics say the law will hurt small firms.", "Critics say"),
        ("The rumoured deal would see Moscow supply new jets.", "rumoured"),
        ("It has been claimed that the minister knew in advance.", "It has been claimed"),
        ("The figures were leaked, according to media.", "according to media"),
        ("Insiders say the board will resign.", "Insiders say"),
        ("The club is close to a deal, the BBC understands.", "the BBC understands"),
    ],
)
def test_unnamed_sourcing_markers(sentence: str, marker: str) -> None:
    unnamed = of_kind(sentence, "unnamed")
    assert any(marker in u for u in unnamed), unnamed
    assert all(len(u) <= len(marker) + len("according to ") for u in unnamed)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Troops will return to their bases, the Defense Ministry said on Sunday.", "the Defense Ministry"),
        ("Merkel told reporters the talks had gone well.", "Merkel"),
        ("Cases rose by 12 percent, according to the World Health Organization.", "the World Health Organization"),
        ("“We will win,” said John Smith, the party's chairman.", "John Smith"),
        ("The consignment included ten planes, the Belarus president said.", "the Belarus president"),
        ("The Associated Press reported the figure first.", "The Associated Press"),
        ("Last week the Department of Homeland Security said it would review the rules.",
         "the Department of Homeland Security"),
    ],
)
def test_named_sources(sentence: str, source: str) -> None:
    named = [a for a in find_attributions(sentence) if a.kind == "named"]
    assert source in [a.source for a in named]
    assert of_kind(sentence, "unnamed") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "He said the plan would cost more than expected.",
        "The minister dismissed what she called misleading media reports about the budget.",
        "The bill is expected to pass the Senate next week.",
        "A Democrat said the vote was close.",
        "Brat cast the congressman as a Washington insider who was out of touch.",
        "He understands the risks of the plan.",
        "Gorsuch’s stated aim was to narrow the ruling.",
        "Doctors said the patient was stable.",
        "The bishops sent letters to Congress saying budgets cannot rely on cuts.",
    ],
)
def test_not_a_named_source(sentence: str) -> None:
    assert [a for a in find_attributions(sentence) if a.kind == "named"] == []
    assert "He understands" not in of_kind(sentence, "unnamed")
    assert "insider" not in of_kind(sentence, "unnamed")
    assert "media reports" not in " ".join(of_kind(sentence, "unnamed"))


def test_markers_inside_quotes_belong_to_the_speaker() -> None:
    text = '"Sources say he reportedly lied," she said.'
    assert of_kind(text, "unnamed") == []
    plain = "Sources say he reportedly lied, she said."
    start = plain.index("Sources")
    assert of_kind(plain, "unnamed")
    assert [a for a in find_attributions(plain, [(start, plain.index(","))]) if a.kind == "unnamed"] == []


def test_told_names_the_audience_not_the_source() -> None:
    found = find_attributions("“It was fine,” he told The Washington Post on Monday.")
    assert "The Washington Post" not in [a.source for a in found]


def test_sentence_openers_are_not_part_of_the_source() -> None:
    [named] = find_attributions("But Putin said the drills were defensive.")
    assert named.source == "Putin"
    assert named.text == "Putin said"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*"abcdeorstp ,.\"“”'ASTMR\n", " said", " reportedly", " sources", " the"]),
                max_size=80))
def test_attributions_are_ordered_disjoint_views_of_the_text(chunks: list[str]) -> None:
    text = "".join(chunks)
    found = find_attributions(text)
    for a in found:
        assert text[a.start : a.end] == a.text
        assert a.kind in ("named", "unnamed")
    for left, right in pairwise(found):
        assert left.end <= right.start


# --- the seed articles (shared/, absent in some checkouts) ---------------------------------


def _seed(name: str) -> str:
    if not (SEEDS / name).exists():
        pytest.skip(f"shared seeds not found at {SEEDS}")
    return (SEEDS / name).read_text(encoding="utf-8")


def test_seed_sun_hearsay_markers_found() -> None:
    text = _seed(SUN)
    gold = json.loads((SHARED / "eval" / "seeds.gold.json").read_text())["articles"][SUN]["hearsay_markers"]
    unnamed = [u.lower() for u in of_kind(text, "unnamed")]
    for marker in gold:
        assert any(marker in u for u in unnamed), marker


def test_seed_moscow_times_names_its_sources() -> None:
    text = _seed(MOSCOW_TIMES)
    assert of_kind(text, "unnamed") == []
    named = of_kind(text, "named")
    for marker in ("the Kremlin said", "Lukashenko told reporters", "the Belarus president said"):
        assert marker in named


def test_seed_sun_leans_more_on_hearsay_than_moscow_times() -> None:
    sun, moscow = _seed(SUN), _seed(MOSCOW_TIMES)
    rate = {name: len(of_kind(t, "unnamed")) * 1000 / len(t.split()) for name, t in (("sun", sun), ("mt", moscow))}
    assert rate["sun"] > rate["mt"]
