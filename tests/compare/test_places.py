"""Place names through the gazetteer: what holds what, and what lies apart."""

from __future__ import annotations

import pytest

from parallax.compare.places import is_place, places_meet


@pytest.mark.parametrize(("a", "b"), [
    ("Lyon", "France"), ("San Francisco", "California"), ("Paris", "Paris, France"),
    # districts and boroughs that GeoNames lists as cities of their own lie in their city
    ("Shibuya", "Tokyo"), ("Islington", "London"), ("Neukölln", "Berlin"), ("Kowloon", "Hong Kong"),
    # English spellings GeoNames files under another name (resources/place_aliases.txt)
    ("Malmo", "Sweden"), ("Tromso", "Norway"), ("Aarhus", "Denmark"), ("Sao Paulo", "Brazil"), ("Seville", "Spain"),
])
def test_a_place_meets_what_holds_it(a: str, b: str) -> None:
    assert places_meet(frozenset({a}), frozenset({b})) and places_meet(frozenset({b}), frozenset({a}))


@pytest.mark.parametrize(("a", "b"), [
    ("Lyon", "Marseille"), ("Seattle", "Bellingham"),
    # neighbouring cities of one conurbation stay two places
    ("Minneapolis", "Saint Paul"), ("Jersey City", "New York City"), ("Offenbach", "Frankfurt am Main"),
    ("Salford", "Manchester"), ("Oakland", "San Francisco"), ("Fürth", "Nuremberg"), ("Birkenhead", "Liverpool"),
    ("Malmo", "Gothenburg"), ("Aarhus", "Aalborg"), ("Bogota", "Medellin"), ("Krakow", "Lodz"),
])
def test_two_cities_apart_do_not_meet(a: str, b: str) -> None:
    assert is_place(a) and is_place(b)
    assert not places_meet(frozenset({a}), frozenset({b}))


def test_the_committed_place_aliases_are_what_their_script_derives() -> None:
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_place_aliases.py"
    spec = importlib.util.spec_from_file_location("build_place_aliases", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUT.read_text(encoding="utf-8") == module.resource_text()
