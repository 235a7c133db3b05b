"""Quantities of one measure: compatible within their qualifiers, or in conflict."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parallax.compare.values import compatible, same_measure, unit_family
from parallax.model import Quantity


def q(value: float, unit: str, kind: str = "count", qualifier: str | None = None, **kw: object) -> Quantity:
    return Quantity(text=f"{value} {unit}", value=value, unit=unit, kind=kind, qualifier=qualifier, **kw)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (q(200_000, "troops"), q(200_000, "personnel", qualifier="approx")),
        (q(1e9, "USD", "money"), q(1e9, "USD", "money", qualifier="more_than")),
        (q(190_000, "soldiers"), q(200_000, "troops", qualifier="approx")),
        (q(10, "planes", qualifier="approx"), q(11, "aircraft")),
        (q(3, "h", "duration", qualifier="more_than"), q(4, "h", "duration")),
        (q(24, "helicopters", vague=True), q(36, "helicopters")),
        (q(10, "planes", value_max=12), q(11, "planes")),
    ],
)
def test_compatible_reports_of_one_measure(a: Quantity, b: Quantity) -> None:
    assert same_measure(a, b)
    assert compatible(a, b) and compatible(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (q(200_000, "troops"), q(100_000, "soldiers")),
        (q(2_000, "km", "measure"), q(1_200, "km", "measure")),
        (q(1e9, "USD", "money"), q(5e8, "USD", "money", qualifier="approx")),
        (q(5, "h", "duration", qualifier="less_than"), q(8, "h", "duration")),
    ],
)
def test_incompatible_values(a: Quantity, b: Quantity) -> None:
    assert same_measure(a, b)
    assert not compatible(a, b)


def test_different_things_are_not_one_measure() -> None:
    assert not same_measure(q(290, "tanks"), q(290, "troops"))
    assert not same_measure(q(1e9, "USD", "money"), q(1e9, "EUR", "money"))
    assert not same_measure(q(5, "km", "measure"), q(5, "h", "duration"))


def test_unit_family_widens_synonyms_of_counted_nouns() -> None:
    assert "personnel" in unit_family("troops")
    assert "aircraft" in unit_family("warplanes and helicopters")


@given(st.floats(min_value=1, max_value=1e12), st.sampled_from([None, "approx", "more_than", "less_than"]))
def test_a_value_is_always_compatible_with_itself(value: float, qualifier: str | None) -> None:
    a = q(value, "people", qualifier=qualifier)
    assert compatible(a, q(value, "people"))


def test_one_distance_in_two_units_is_compatible() -> None:
    kilometres = q(1_200, "km", "measure")
    miles = q(750, "mi", "measure")
    assert same_measure(kilometres, miles) and compatible(kilometres, miles)
    assert not compatible(q(2_000, "km", "measure"), miles)


def test_precise_figures_are_not_rounding_of_each_other() -> None:
    from parallax.analyze.quantities import find_quantities

    cents_a, cents_b = find_quantities("$5,687.75 on the retreat")[0], find_quantities("a $5,587.75 vacation")[0]
    assert not compatible(cents_a, cents_b)
    assert compatible(find_quantities("it cost $1.02 billion")[0], find_quantities("a $1bn stadium")[0])


def test_a_plural_scale_word_holds_its_order_of_magnitude() -> None:
    from parallax.analyze.quantities import find_quantities

    thousands = find_quantities("Thousands of workers joined the march.")[0]
    assert compatible(thousands, find_quantities("Some 7,500 workers joined the march.")[0])
    assert not compatible(thousands, find_quantities("About 40,000 workers joined the march.")[0])
    assert not compatible(thousands, find_quantities("About 120 workers joined the march.")[0])
