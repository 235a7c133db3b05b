"""Quantities that only the phrase around them makes readable.

The general finder (`quantities.py`) reads a number and the unit or noun right
after it. Some of the facts news compares most are framed differently: the
measure comes first ("put the death toll at 15", "a magnitude-5.6 quake"), the
number counts part of a group ("five of the bombs"), two numbers are one fact
("won 2-1", "voted 234-193"), or the number is none at all ("no casualties",
"no one was killed"). This module reads those; the general finder skips spans
taken here.
"""

from __future__ import annotations

import re

from parallax.analyze._numbers import DIGIT_NUMBER, WORD_NUMBER, parse_number
from parallax.model import Quantity

_NUMBER = rf"(?P<num>{DIGIT_NUMBER}|\b{WORD_NUMBER}\b)"
_QUALIFIER = r"(?:(?P<q>about|around|nearly|almost|roughly|at least|more than|over|some)\s+)?"
_QUALIFIERS = {"about": "approx", "around": "approx", "nearly": "approx", "almost": "approx",
               "roughly": "approx", "some": "approx", "at least": "more_than", "more than": "more_than",
               "over": "more_than"}

# "the death toll at 15", "a death toll of 12", "the toll rose to 24", "the toll stood at nine", and
# "put the death toll from Sunday's bus crash in the mountains at 15": up to 60 characters between,
# none of them a digit (no other number is skipped), and no clock time or share after the number.
_TOLL_RE = re.compile(
    rf"\b(?:(?P<what>death|casualty|injury)\s+)?toll\b[^.;:\"”\d]{{0,60}}?"
    rf"\b(?:at|to|of|was|is|reached|hit|stands\s+at|stood\s+at)\s+{_QUALIFIER}{_NUMBER}\b"
    r"(?!\s*(?:a\.m\.|p\.m\.|am\b|pm\b|%|percent\b|per\s+cent\b|o'clock|hours?\b|:\d))",
    re.IGNORECASE,
)
_TOLL_UNITS = {"death": "deaths", "casualty": "casualties", "injury": "injuries", None: "deaths"}
# The same shape with the counted noun named: "put the number of marchers in the capital at 21,000",
# "the number of people evacuated rose to 3,000", "estimated the number of protesters at 5,000".
_NUMBER_OF_RE = re.compile(
    rf"\bnumber\s+of\s+(?P<noun>[a-z]+)\b[^.;:\"”\d]{{0,60}}?"
    rf"\b(?:at|to|was|is|reached|hit|stands\s+at|stood\s+at)\s+{_QUALIFIER}{_NUMBER}\b"
    r"(?!\s*(?:a\.m\.|p\.m\.|am\b|pm\b|%|percent\b|per\s+cent\b|o'clock|hours?\b|:\d))",
    re.IGNORECASE,
)
# "magnitude 5.6", "magnitude-5.6", "5.6-magnitude", "5.6 magnitude", "measured 6.1 on the Richter scale"
_MAGNITUDE_RE = re.compile(
    r"\bmagnitude[- ]?(?P<a>\d(?:\.\d)?)\b(?![.,]?\d)"
    r"|\b(?P<b>\d(?:\.\d)?)[- ]magnitude\b"
    r"|\b(?P<c>\d(?:\.\d)?)\s+on\s+the\s+Richter\s+scale\b",
    re.IGNORECASE,
)
# "five of the bombs", "12 of the 40 passengers": a part of a group counted elsewhere.
_PARTITIVE_RE = re.compile(
    rf"(?<![\w.,$-]){_QUALIFIER}{_NUMBER}\s+of\s+(?:the|those|these|its|their|his|her)\s+"
    r"(?:\d[\d,]*\s+)?(?P<noun>[a-z]+s)\b",
    re.IGNORECASE,
)
# A score or a tally next to a word that says so: "won 2-1", "a 5-4 ruling", "voted 234-193".
_SCORE_RE = re.compile(
    r"\b(?P<cue>won|win|wins|lost|loses|beat|beats|defeated|victory|defeat|score[ds]?|drew|draw|tie[ds]?|led"
    r"|vote[ds]?|voting|passed|approved|rejected|margin|tally)\b[^.;\d]{0,20}?"
    r"(?<![\d.,-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\d.,]|[-–]\d)"
    r"|(?<![\d.,-])(?P<c>\d{1,3})[-–](?P<d>\d{1,3})\s+(?P<noun>vote|ruling|decision|win|victory|defeat|loss)\b",
    re.IGNORECASE,
)
# "no casualties", "no deaths", "no one was killed", "nobody has died", "left no one dead",
# "no one was seriously hurt": a count of zero. ("No immediate reports of casualties" is none.)
_ZERO_RE = re.compile(
    r"\bno\s+(?P<noun>casualties|deaths|fatalities|injuries)\b"
    r"|\b(?:no[\s-]one|nobody|none)\s+(?:(?:was|were|is|are|has|have|had|been|being|reported|seriously|badly)\s+)"
    r"{0,3}(?P<verb>killed|dead|died|hurt|injured|wounded)\b",
    re.IGNORECASE,
)
_ZERO_VERBS = {"killed": "deaths", "dead": "deaths", "died": "deaths", "hurt": "injuries", "injured": "injuries",
               "wounded": "injuries"}


def find_framed_quantities(text: str) -> list[Quantity]:
    """Tolls, numbers of a noun, magnitudes, partitives, scores and zero counts in `text`, in order."""
    found = [*_tolls(text), *_numbers_of(text), *_magnitudes(text), *_partitives(text), *_scores(text),
             *_zeros(text)]
    found.sort(key=lambda q: q.start)
    kept: list[Quantity] = []
    for quantity in found:
        if not any(quantity.start < k.end and k.start < quantity.end for k in kept):
            kept.append(quantity)
    return kept


def _qualifier(match: re.Match[str]):
    word = match.group("q")
    return _QUALIFIERS.get(re.sub(r"\s+", " ", word.lower())) if word else None


def _tolls(text: str) -> list[Quantity]:
    def unit(match: re.Match[str]) -> str:
        return _TOLL_UNITS[match.group("what").lower() if match.group("what") else None]

    return _framed_counts(text, _TOLL_RE, unit)


def _numbers_of(text: str) -> list[Quantity]:
    return _framed_counts(text, _NUMBER_OF_RE, lambda match: match.group("noun").lower())


def _framed_counts(text: str, pattern: re.Pattern[str], unit_of) -> list[Quantity]:
    """Counts whose measure comes before the number ("the toll ... at 15", "the number of X ... at 21,000")."""
    out = []
    for match in pattern.finditer(text):
        value = parse_number(match.group("num"))
        if value is None:
            continue
        out.append(Quantity(match.group(0), value, unit_of(match), "count", qualifier=_qualifier(match),
                            start=match.start(), end=match.end()))
    return out


def _magnitudes(text: str) -> list[Quantity]:
    out = []
    for match in _MAGNITUDE_RE.finditer(text):
        number = match.group("a") or match.group("b") or match.group("c")
        out.append(Quantity(match.group(0), float(number), "magnitude", "measure",
                            start=match.start(), end=match.end()))
    return out


def _partitives(text: str) -> list[Quantity]:
    out = []
    for match in _PARTITIVE_RE.finditer(text):
        value = parse_number(match.group("num"))
        if value is None:
            continue
        out.append(Quantity(match.group(0), value, match.group("noun").lower(), "count",
                            qualifier=_qualifier(match), start=match.start(), end=match.end(), partial=True))
    return out


def _scores(text: str) -> list[Quantity]:
    out = []
    for match in _SCORE_RE.finditer(text):
        spelled = ("a", "b") if match.group("a") else ("c", "d")
        first, second = match.group(spelled[0]), match.group(spelled[1])
        start = match.start("a") if match.group("a") else match.start()
        out.append(Quantity(text[start:match.end()], float(first), "score", "score", start=start, end=match.end(),
                            value_max=float(second)))
    return out


def _zeros(text: str) -> list[Quantity]:
    out = []
    for match in _ZERO_RE.finditer(text):
        unit = match.group("noun").lower() if match.group("noun") else _ZERO_VERBS[match.group("verb").lower()]
        out.append(Quantity(match.group(0), 0.0, unit, "count", start=match.start(), end=match.end()))
    return out


__all__ = ["find_framed_quantities"]
