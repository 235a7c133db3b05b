"""Numbers as newsrooms spell them: digits with separators, number words, magnitudes.

Shared by the quantity and date finders so "three", "3" and "three-day" are read
the same way everywhere. Pure functions over strings, patterns compiled once.
"""

from __future__ import annotations

import re

SMALL_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALE_WORDS: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}

# Magnitudes written after a number: "1.5 million", "$1bn", "\$1Bln", "Rs 500 crore".
MAGNITUDES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mio": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "tln": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

_NUMBER_WORD = "|".join(sorted([*SMALL_NUMBERS, *SCALE_WORDS], key=len, reverse=True))
_SCALE = "hundred|thousand|million|billion|trillion|dozen"

# A run of number words: "two hundred", "twenty-five", "a billion", "half a million",
# "one hundred and fifty". "a"/"an" count only before a scale word.
WORD_NUMBER = (
    rf"(?:(?:half\s+an?|an?)\s+(?=(?:{_SCALE})\b))?"
    rf"(?:{_NUMBER_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_NUMBER_WORD})\b)*"
)

# Digits: "200,000", "200 000" (with a no-break or thin space or a plain space),
# "3.5", ".5". Comma groups are read as English thousands.
DIGIT_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,.]\d)"
    r"|\d+(?:\.\d+)?"
    r"|\.\d+)"
)

_WORD_TOKEN = re.compile(r"[a-z]+")


def parse_digits(surface: str) -> float:
    """The value of a digit string: "200,000" -> 200000.0, "1.5" -> 1.5."""
    cleaned = re.sub(r"[,\s\u00a0\u202f\u2009]", "", surface)
    return float(cleaned)


def parse_number_words(surface: str) -> float | None:
    """The value of a run of English number words, or None when it holds none.

    "two hundred" -> 200, "twenty-five" -> 25, "a billion" -> 1e9,
    "half a million" -> 500000, "one hundred and fifty thousand" -> 150000.
    """
    tokens = _WORD_TOKEN.findall(surface.lower())
    total = 0.0
    current = 0.0
    seen = False
    half = False
    for token in tokens:
        if token in ("and",):
            continue
        if token in ("a", "an"):
            current = max(current, 1.0)
            continue
        if token == "half":
            half = True
            continue
        if token in SMALL_NUMBERS:
            current += SMALL_NUMBERS[token]
            seen = True
        elif token in ("hundred", "dozen"):
            current = max(current, 1.0) * SCALE_WORDS[token]
            seen = True
        elif token in SCALE_WORDS:
            total += max(current, 1.0) * SCALE_WORDS[token]
            current = 0.0
            seen = True
        else:
            return None
    if not seen:
        return None
    value = total + current
    return value / 2 if half else value


def parse_number(surface: str) -> float | None:
    """Digits or number words, whichever `surface` is."""
    stripped = surface.strip()
    if stripped and (stripped[0].isdigit() or stripped[0] == "."):
        try:
            return parse_digits(stripped)
        except ValueError:
            return None
    return parse_number_words(stripped)
