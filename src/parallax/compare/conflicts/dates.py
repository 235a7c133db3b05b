"""Time conflicts: both statements date the fact, and no date of one can be a date of the other."""

from __future__ import annotations

import re

from parallax.compare.conflicts.base import Conflict, squeezed
from parallax.compare.frames import Frame
from parallax.compare.units import Unit, period_span


def time_conflicts(a: Unit, b: Unit, fa: Frame, fb: Frame) -> list[Conflict]:
    """Both statements date the fact, and no date of one can be a date of the other.

    A date written without its year ("on Thursday", "in September") is compared only
    when both articles were published on the same day: resolved against two different
    days it may name two different meetings, or one month of two different years.
    """
    values_a, values_b = comparable_dates(a, b)
    values_a, values_b = _in_clause(a, values_a, fa), _in_clause(b, values_b, fb)
    # A date both give is their shared setting ("announced on Monday that the vote will be held
    # on 14 June" / "on 21 June, ... announced on Monday"): the other dates are compared.
    shared = set(values_a) & set(values_b)
    values_a, values_b = [v for v in values_a if v not in shared], [v for v in values_b if v not in shared]
    if not _periods_apart(values_a, values_b):
        return []
    if _same_words_other_year(a, b, values_a, values_b):
        return []
    return [Conflict("time", ", ".join(a.date_words.get(v, v) for v in values_a),
                     ", ".join(b.date_words.get(v, v) for v in values_b))]


def _in_clause(unit: Unit, values: list[str], frame: Frame) -> list[str]:
    """The dates written inside the frame's own clause. A date whose words are not known (a unit made
    without them) stays; a bare year's words are the year itself."""
    if not frame.text:
        return values
    clause = squeezed(frame.text)
    kept = []
    for value in values:
        words = unit.date_words.get(value, value if value.isdigit() else None)
        if words is None or squeezed(words) in clause:
            kept.append(value)
    return kept


def _same_words_other_year(a: Unit, b: Unit, values_a: list[str], values_b: list[str]) -> bool:
    """Both wrote a month or day without its year ("in September") and only the year we inferred
    differs; or both wrote the same words for a day ("on Wednesday") and only the week we inferred from
    the tense differs ("Clinics will open on Wednesday" / "Clinics open their doors on Wednesday")."""
    implicit_a = [v[4:] for v in values_a if v in a.implicit_dates]
    implicit_b = [v[4:] for v in values_b if v in b.implicit_dates]
    if set(implicit_a) & set(implicit_b):
        return True
    words_a = {_day_words(a.date_words[v]) for v in values_a if v in a.implicit_dates and v in a.date_words}
    words_b = {_day_words(b.date_words[v]) for v in values_b if v in b.implicit_dates and v in b.date_words}
    return bool(words_a & words_b)


_DATE_PREPOSITION = re.compile(r"^(?:on|from|by|until|till|since|before|after|the)\s+", re.I)


def _day_words(words: str) -> str:
    """A date's own words without the preposition before it: "on Wednesday" and "from Wednesday" name
    one day ("last Wednesday" and "next Wednesday" keep the words that tell them apart)."""
    return squeezed(_DATE_PREPOSITION.sub("", words.strip()))


def dates_apart(a: Unit, b: Unit) -> bool:
    """Both statements give dates, and no period of one overlaps a period of the other ("on Tuesday"
    lies inside "this week")."""
    return _periods_apart(*comparable_dates(a, b))


def _periods_apart(values_a: list[str], values_b: list[str]) -> bool:
    """Both sides give periods, and none of one overlaps one of the other."""
    spans_a = [s for s in (period_span(v) for v in values_a) if s]
    spans_b = [s for s in (period_span(v) for v in values_b) if s]
    return bool(spans_a and spans_b) and not any(x[0] <= y[1] and y[0] <= x[1] for x in spans_a for y in spans_b)


def comparable_dates(a: Unit, b: Unit) -> tuple[list[str], list[str]]:
    """Each statement's dates that can be compared with the other's (see `time_conflicts`)."""
    same_day = bool(a.published) and (a.published or "")[:10] == (b.published or "")[:10]
    return ([v for v in a.dates if same_day or v not in a.implicit_dates],
            [v for v in b.dates if same_day or v not in b.implicit_dates])
