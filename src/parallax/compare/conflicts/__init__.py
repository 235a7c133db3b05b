"""Where two outlets' frames of one fact disagree, by kind, with the words on each side.

A conflict found here is a candidate: the verdict step asks the sentence-pair model
whether the two wordings can both be true before it calls them `differs`, unless the
conflict is one the model is known to be blind to (`Conflict.decisive`).

Kinds: negation, direction, roles, contents, count, value, time, place, speaker.
`acts` holds the entry point and the checks on the act itself; `numbers` compares
counts and values, `dates` the dates; `base` holds what they share.
"""

from parallax.compare.conflicts.acts import find_conflicts
from parallax.compare.conflicts.base import KINDS, PARALLEL_OVERLAP, Conflict, different_owners, parallel
from parallax.compare.conflicts.dates import comparable_dates, dates_apart
from parallax.compare.conflicts.numbers import (
    aspects_differ,
    counts_comparable,
    measured,
    numbers_apart,
    one_thing_measured,
)

__all__ = ["KINDS", "PARALLEL_OVERLAP", "Conflict", "aspects_differ", "comparable_dates", "counts_comparable",
           "dates_apart", "different_owners", "find_conflicts", "measured", "numbers_apart", "one_thing_measured",
           "parallel"]
