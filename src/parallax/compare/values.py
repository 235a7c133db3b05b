"""When two quantities measure the same thing, and when their values are compatible.

"200,000 troops" and "about 200,000 personnel" agree; "more than $1 billion"
and "$1bn" agree; "2,000km" and "1,200 kilometers" are not a conflict unless
the sentences say they measure the same thing (the verdict step checks that).
"""

from __future__ import annotations

import math
import re

from parallax.analyze.quantities import in_base_unit
from parallax.model import Quantity

# Counted nouns that newsrooms use for the same kind of thing. General
# vocabulary of news writing, grouped by what is counted.
_NOUN_FAMILIES = [
    {"troop", "soldier", "personnel", "serviceman", "servicemen", "servicemember", "service member", "force"},
    {"people", "person", "resident", "individual", "civilian", "inhabitant"},
    {"plane", "aircraft", "jet", "warplane", "fighter jet", "fighter", "airplane"},
    {"helicopter", "chopper", "gunship"},
    {"death", "dead", "fatality", "killed", "victim", "life", "lives"},
    {"injury", "injured", "wounded", "hurt"},
    {"protester", "demonstrator", "marcher"},
    {"migrant", "refugee", "asylum seeker", "immigrant"},
    {"vote", "ballot"},
    {"job", "position", "worker", "employee", "staff"},
    {"case", "infection"},
    {"flight", "departure", "arrival"},  # "42 flights" / "27 departures and arrivals" cancelled
]

# "Casualties" are the dead and the injured together: it meets both families, which never meet each other.
_CASUALTIES = frozenset({"death", "injury"})

# How loose each qualifier makes a value: "about 200,000" covers 180,000-220,000.
APPROX_SPREAD = 0.1
# Newsroom rounding of plain numbers ("$1bn" for $1.02bn).
EXACT_SPREAD = 0.03
# "Several dozen", "hundreds": an order of magnitude, not a count. Down to a third of the scale word,
# and up to the next order of magnitude: "thousands of nurses" holds 9,000 nurses, "hundreds" 800,
# "tens of thousands" 60,000 (beyond that a writer says "tens of thousands", "hundreds of thousands").
VAGUE_FACTOR = 3.0
VAGUE_ORDER = 10.0


def singular(word: str) -> str:
    word = word.lower().strip()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def head_noun(noun_phrase: str) -> str:
    """The head word of a counted noun phrase: the last word, or the word before "of"."""
    words = [w for w in noun_phrase.split() if w.lower() != "the"]
    if "of" in (lowered := [w.lower() for w in words]) and lowered.index("of") > 0:
        return words[lowered.index("of") - 1]
    return words[-1] if words else noun_phrase


def unit_family(unit: str | None) -> frozenset[str]:
    """A counted noun's head words, singular, widened to the family of synonyms it belongs to.

    Only the head of each noun counts ("sentences" of "life sentences", "members" of "members of
    parliament", both of "warplanes and helicopters"): a modifier says what kind, not what is counted,
    and "life" would have made seven life sentences a count of deaths."""
    if not unit:
        return frozenset()
    words = {singular(head_noun(part)) for part in re.split(r"\s+(?:and|or)\s+|\s*,\s*", unit.replace("-", " "))
             if part.strip()}
    whole = singular(unit)
    named = set(words) | {whole}
    found = set(named)
    for family in _NOUN_FAMILIES:
        if named & family or ("casualty" in named and family & _CASUALTIES):
            found |= family  # matched on the words themselves: nothing bridges deaths and injuries

    return frozenset(found)


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Both quantities are of the same kind and unit: they could measure one thing.

    A part of a group ("five of the bombs") never measures the group itself.
    """
    if a.kind != b.kind or a.partial != b.partial:
        return False
    if a.kind == "count":
        return bool(unit_family(a.unit) & unit_family(b.unit))
    return in_base_unit(a)[2] == in_base_unit(b)[2]


def interval(q: Quantity) -> tuple[float, float]:
    """The values a report of `q` allows, given its qualifier, range and vagueness."""
    low, high, _ = in_base_unit(q)  # "1,200 kilometers" and "750 miles" in one unit
    high = low if high is None else high
    if q.vague:
        return low / VAGUE_FACTOR, high * VAGUE_ORDER
    if q.qualifier == "approx":
        return low * (1 - APPROX_SPREAD), high * (1 + APPROX_SPREAD)
    if q.qualifier == "more_than":
        return low, math.inf
    if q.qualifier == "less_than":
        return 0.0, high
    spread = rounding_spread(q.value)
    return low * (1 - spread), high * (1 + spread)


def rounding_spread(value: float) -> float:
    """How much rounding a plain number can hide: EXACT_SPREAD for round figures ("$1bn", "200,000"),
    less for precise ones. A figure written to four or more significant digits ("$5,687.75",
    "1,347") was not rounded, so a different precise figure is a different fact."""
    digits = f"{abs(value):.10g}".replace(".", "").replace("-", "").strip("0") or "0"
    if "e" in digits:
        return EXACT_SPREAD
    return min(EXACT_SPREAD, 0.5 * 10.0 ** (1 - len(digits)))


def compatible(a: Quantity, b: Quantity) -> bool:
    """Two reports of one measure that can both be true (a score is one pair of numbers, either way round)."""
    if a.kind == "score" and b.kind == "score":
        return sorted((a.value, a.value_max or 0.0)) == sorted((b.value, b.value_max or 0.0))
    a_low, a_high = interval(a)
    b_low, b_high = interval(b)
    return a_low <= b_high and b_low <= a_high
