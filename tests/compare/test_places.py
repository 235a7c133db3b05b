"""Place names through the gazetteer: what holds what, and what lies apart."""

from __future__ import annotations

import pytest

from parallax.compare.places import is_place, places_meet


@pytest.mark.parametrize(("a", "b"), [
    ("Lyon", "France"), ("San Francisco", "California"), ("Paris", "Paris, France"),
    # districts and boroughs that GeoNames lists as cities of their own lie in their city
    ("Shibuya", "Tokyo"), ("Islington", "London"), ("Neukölln", "Berlin"), ("Kowloon", "Hong Kong"),
    # English spellings GeoNames files under another name (compare/place_spellings.py)
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


def test_place_aliases_are_derived_once_and_read_back_from_the_cache(tmp_path, monkeypatch) -> None:
    from parallax.compare import place_spellings

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cities = [{"name": "Århus", "countrycode": "DK", "admin1code": "18", "population": 285273,
               "alternatenames": ["Aarhus", "Orhus", "kartuli", "オーフス"]},
              {"name": "Sevilla", "countrycode": "CO", "admin1code": "29", "population": 43738,
               "alternatenames": ["Seville"]}]  # under 100,000 people: accents folded only, no variants
    derived = place_spellings.city_aliases(cities)
    assert [row[0] for row in derived] == ["aarhus", "arhus"]
    assert list(tmp_path.rglob("place-aliases-*.tsv"))  # written once ...
    monkeypatch.setattr(place_spellings, "derive_aliases", lambda cities: [])
    assert place_spellings.city_aliases(cities) == derived  # ... and read back, not derived again
