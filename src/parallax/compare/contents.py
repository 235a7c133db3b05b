"""What a deal, package or group contains, compared across outlets.

Outlets often agree that a thing happened ("a $1bn arms sale") and disagree on
what it holds. Such statements rarely look alike sentence to sentence ("X as
part of the sale" against "the consignment included A, B and C"), so the
alignment step misses them. Here each contents statement is attached to the
aligned claim it is about (its own claim, or, for a sentence opening on a
definite description like "The consignment", the nearest aligned claim just
before it). Two outlets naming disjoint specific items for one claim, or for
two claims naming the same sum or count (a deal is known by its value), make a
`differs` claim that shows each outlet's words for the contents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parallax.compare.units import Unit
from parallax.compare.values import compatible, same_measure
from parallax.model import Quantity

CONTAINS = re.compile(
    r"\b(?:includ(?:e|es|ed|ing)|consist(?:s|ed)? of|compris(?:e|es|ed|ing)|contain(?:s|ed)?|"
    r"made up of|as part of)\b",
    re.I,
)
# How far from the cue the items it introduces may stand, in words.
WORDS_AFTER_CUE = 15
WORDS_BEFORE_CUE = 8
# A sentence refers back to the claim just before it only within this many units.
BACK_REFERENCE_UNITS = 3

_BACK_REFERENCE = re.compile(r"^(?:The|This|These|That|Those|It|They|Its|Their)\b")
# Specific items: model codes (A-10, F-16), acronyms, and proper names inside a sentence.
_ITEM = re.compile(r"\b[A-Z][A-Za-z]*-?\d[\w-]*\b|\b[A-Z]{2,}\b|\b[A-Z][a-z]{2,}\b")
_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


@dataclass
class ContentsStatement:
    unit: Unit
    items: frozenset[str]
    start: int  # offset of the words shown, inside unit.text
    anchor: int  # the claim it describes


def _items(unit: Unit) -> tuple[frozenset[str], int] | None:
    """The specific items next to a contents cue, and where the words to show begin."""
    match = CONTAINS.search(unit.text)
    if not match:
        return None
    words_before = [w for w in re.finditer(r"\S+", unit.text[: match.start()])][-WORDS_BEFORE_CUE:]
    words_after = [w for w in re.finditer(r"\S+", unit.text[match.end():])][:WORDS_AFTER_CUE]
    regions = []
    if words_before:
        regions.append((words_before[0].start(), match.start(), True))
    if words_after:
        regions.append((match.end(), match.end() + words_after[-1].end(), False))
    found: dict[str, int] = {}
    for low, high, before_cue in regions:
        for item in _ITEM.finditer(unit.text, low, high):
            word = item.group(0)
            if item.start() == 0 or word in _CALENDAR or any(word in name.split() for name in unit.setting):
                continue
            found.setdefault(word, item.start() if before_cue else -1)
    if not found:
        return None
    # When the items stand before the cue ("the X system as part of a sale"),
    # show the words from the first item on; otherwise the whole statement.
    starts = [at for at in found.values() if at >= 0]
    return frozenset(found), (min(starts) if starts else 0)


def contents_differences(units: list[Unit], claim_of: dict[int, int], outlets_of: dict[int, set[str]],
                         names: dict[str, str]) -> list[tuple[list[tuple[Unit, int]], str]]:
    """Groups of (unit, shown-from offset) whose outlets list different contents for one claim."""
    by_article: dict[str, list[Unit]] = {}
    for unit in units:
        by_article.setdefault(unit.article, []).append(unit)
    statements: list[ContentsStatement] = []
    for article_units in by_article.values():
        body = [u for u in article_units if u.field == "body"]
        for unit in article_units:
            found = _items(unit)
            if not found:
                continue
            anchor = claim_of.get(unit.index)
            if (anchor is None or len(outlets_of[anchor]) < 2) and unit.field == "body" \
                    and _BACK_REFERENCE.match(unit.text):
                position = body.index(unit)
                for previous in reversed(body[max(0, position - BACK_REFERENCE_UNITS):position]):
                    candidate = claim_of.get(previous.index)
                    if candidate is not None and len(outlets_of[candidate]) >= 2:
                        anchor = candidate
                        break
            if anchor is not None and len(outlets_of[anchor]) >= 2:
                statements.append(ContentsStatement(unit, found[0], found[1], anchor))

    quantities_of: dict[int, list[Quantity]] = {}
    for unit in units:
        if unit.index in claim_of:
            quantities_of.setdefault(claim_of[unit.index], []).extend(unit.quantities)

    def same_thing(x: int, y: int) -> bool:
        """One claim, or two claims naming one value (a deal is known by its sum)."""
        return x == y or any(
            a.kind in ("money", "count") and same_measure(a, b) and compatible(a, b)
            for a in quantities_of.get(x, []) for b in quantities_of.get(y, [])
        )

    differences = []
    for i, a in enumerate(statements):
        for b in statements[i + 1:]:
            if a.unit.article == b.unit.article or a.items & b.items or not same_thing(a.anchor, b.anchor):
                continue
            why = (f"what it contains differs: {names[a.unit.article]} names {', '.join(sorted(a.items))}, "
                   f"{names[b.unit.article]} names {', '.join(sorted(b.items))}")
            differences.append(([(a.unit, a.start), (b.unit, b.start)], why))
    return differences
