"""Neutral titles, ranking and the summary: nothing reads as one outlet's framing."""

from __future__ import annotations

from parallax.compare.summary import neutral_wording, story_title, summarize
from parallax.model import Claim, ClaimMember, Story


def test_the_most_central_wording_loses_its_attribution_and_dateline() -> None:
    texts = [
        "WASHINGTON (AP) — The Senate passed the farm bill on Tuesday, party leaders said.",
        "The Senate passed the farm bill Tuesday, according to officials.",
        "Senators cheered as the long-delayed farm bill finally passed the chamber.",
    ]
    title = neutral_wording(texts)
    assert "said" not in title and "(AP)" not in title and "according" not in title
    assert title.startswith("The Senate passed the farm bill")


def test_a_wording_is_never_stripped_to_nothing() -> None:
    assert neutral_wording(["He said."]) == "He said."


def claim(cid: str, status: str, about: str, importance: float) -> Claim:
    return Claim(id=cid, status=status, members=[ClaimMember("a", about)], about=about, importance=importance)  # type: ignore[arg-type]


def test_the_story_title_is_the_most_important_shared_claim_not_a_headline() -> None:
    claims = [claim("c1", "agreed", "The Senate passed the farm bill", 3.5),
              claim("c2", "agreed", "The vote was 68-32", 2.1), claim("c3", "unique", "A senator wept", 1.9)]
    assert story_title(claims, ["Farm bill CHAOS as senators revolt"]) == "The Senate passed the farm bill"


def test_the_summary_ranks_by_importance_and_keeps_every_conflict() -> None:
    claims = [claim("c1", "agreed", "x", 2.0), claim("c2", "agreed", "y", 3.0), claim("c3", "differs", "z", 1.0),
              claim("c4", "unique", "u", 0.5), claim("c5", "unique", "v", 1.5)]
    summary = summarize(Story(id="s", articles=[], claims=claims))
    assert summary.agreed == ["c2", "c1"] and summary.differs == ["c3"] and summary.unique == ["c5", "c4"]
