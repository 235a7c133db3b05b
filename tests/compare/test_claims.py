"""Claims from aligned pairs: one fact shown once, whichever layer found it."""

from __future__ import annotations

from dataclasses import dataclass

from parallax.compare.align import Pair
from parallax.compare.claims import build_claims
from parallax.compare.units import Unit


@dataclass
class FixedScorer:
    threshold: float = 0.5
    extra_threshold: float = 0.8


def unit(index: int, article: str, text: str) -> Unit:
    return Unit(index=index, article=article, field="body", text=text, start=0, end=len(text), position=0.0)


def test_a_fact_found_again_with_a_third_outlet_is_shown_once() -> None:
    # Two outlets print one quote word for word (a strong pair); the third outlet's wording of the
    # quote is first taken by another sentence of the first outlet, so only the second layer puts
    # the three together. The two-outlet claim is that claim with an outlet fewer: not shown twice.
    units = [
        unit(0, "nyt", '"We have learned something important," he told the group gathered in Norwalk.'),
        unit(1, "huff", '"We have learned something important," he told the group gathered in Norwalk.'),
        unit(2, "fox", 'At that March event he clearly says, "We have learned something very important."'),
        unit(3, "nyt", "The event was filmed, and the recording shows him saying it."),
    ]
    scores = {(0, 1): 0.95, (2, 3): 0.7, (0, 2): 0.65, (1, 2): 0.65}
    pairs = [Pair(a, b, s, s) for (a, b), s in sorted(scores.items(), key=lambda kv: -kv[1])]

    def link(a: Unit, b: Unit) -> float:
        return scores.get((min(a.index, b.index), max(a.index, b.index)), 0.0)

    claims = [sorted(u.index for u in members) for members in build_claims(units, pairs, link, FixedScorer())]
    assert sorted(claims) == [[0, 1, 2], [2, 3]]
