"""Verdicts: a conflict needs a specific, explainable incompatibility."""

from __future__ import annotations

from parallax.compare.units import Unit, content_terms
from parallax.compare.verdict import judge
from parallax.model import Quantity

NAMES = {"a": "Outlet A", "b": "Outlet B"}


def unit(index: int, article: str, text: str, *, speakers: frozenset[str] = frozenset(),
         quoted: bool = False, entities: frozenset[str] = frozenset(),
         quantities: list[Quantity] | None = None) -> Unit:
    return Unit(index=index, article=article, field="body", text=text, start=0, end=len(text), position=0.0,
                entities=entities, quantities=quantities or [], speakers=speakers, quoted=quoted,
                terms=content_terms(text))


def count(text: str, value: float, start: int) -> Quantity:
    return Quantity(text=text, value=value, unit="people", kind="count", start=start, end=start + len(text))


def test_one_speaker_named_differently_is_no_conflict() -> None:
    a = unit(0, "a", "\u201cHis refusal is disappointing,\u201d said Richard J. Durbin.",
             speakers=frozenset({"Richard J. Durbin"}), quoted=True)
    b = unit(1, "b", '"His refusal is disappointing," Dick Durbin said.', speakers=frozenset({"Dick Durbin"}),
             quoted=True)
    assert judge([a, b], {(0, 1): 0.95}, NAMES).status == "agreed"


def test_same_words_named_to_two_people_differ() -> None:
    a = unit(0, "a", '"We will not back down," Maria Lopez said.', speakers=frozenset({"Maria Lopez"}), quoted=True)
    b = unit(1, "b", '"We will not back down," John Smith said.', speakers=frozenset({"John Smith"}), quoted=True)
    verdict = judge([a, b], {(0, 1): 0.93}, NAMES)
    assert verdict.status == "differs" and "Maria Lopez" in verdict.why and "John Smith" in verdict.why


def test_a_speaker_found_only_through_he_said_never_makes_a_conflict() -> None:
    a = unit(0, "a", '"We will not back down," he said.', speakers=frozenset({"Maria Lopez"}), quoted=True)
    b = unit(1, "b", '"We will not back down," John Smith said.', speakers=frozenset({"John Smith"}), quoted=True)
    assert judge([a, b], {(0, 1): 0.93}, NAMES).status == "agreed"


def test_two_death_tolls_of_one_quake_differ_and_say_so() -> None:
    a_text = "The earthquake in Loma killed 120 people, officials said."
    b_text = "The earthquake in Loma killed 85 people, according to officials."
    a = unit(0, "a", a_text, entities=frozenset({"Loma"}), quantities=[count("120 people", 120, a_text.index("120"))])
    b = unit(1, "b", b_text, entities=frozenset({"Loma"}), quantities=[count("85 people", 85, b_text.index("85"))])
    verdict = judge([a, b], {(0, 1): 0.8}, NAMES)
    assert verdict.status == "differs"
    assert "120 people" in verdict.why and "85 people" in verdict.why


def test_different_numbers_on_loosely_similar_statements_are_not_a_conflict() -> None:
    a_text = "The plan would cut spending by 700 people in the first year, the council said."
    b_text = "His budget would cut jobs for 800 people over a decade."
    a = unit(0, "a", a_text, quantities=[count("700 people", 700, a_text.index("700"))])
    b = unit(1, "b", b_text, quantities=[count("800 people", 800, b_text.index("800"))])
    assert judge([a, b], {(0, 1): 0.78}, NAMES).status == "agreed"
