"""What a conflict is, and the tests every kind of conflict check shares: one sentence in two outlets'
words (`parallel`), two named owners (`different_owners`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parallax.compare.frames import Frame
from parallax.compare.units import Unit

KINDS = ("speaker", "negation", "direction", "roles", "contents", "count", "value", "time", "place")


@dataclass(frozen=True)
class Conflict:
    kind: str
    a_words: str  # the words of the first statement that carry it
    b_words: str
    changed: bool = False  # a developing figure updated between publications: a note, not a conflict
    # The sentence-pair model is blind to it (one party acting in one outlet and acted on in the
    # other: McCoy et al. 2019), so its judging the pair compatible is no evidence against it.
    decisive: bool = False


def different_owners(fa: Frame, fb: Frame) -> bool:
    """Both subjects belong to a named owner, and neither name holds the other ("Northway" is
    "Northway Bank"; "Northway Bank" is not "Eastfield Bank")."""
    if not (fa.owner and fb.owner):
        return False
    words_a, words_b = set(fa.owner.split()), set(fb.owner.split())
    return not (words_a <= words_b or words_b <= words_a)


# Two statements sharing this share of their content words (apart from a number or a "not") are
# one sentence in two outlets' words, whatever verb or subject each chose ("Rescue teams pulled
# nine miners alive from the collapsed shaft" / "Rescuers brought six miners out alive from the
# collapsed shaft"). Set by hand at 0.4 while fixing the held-out cases' misses (which made them
# development data), not tuned; checked afterwards on basil-dev and the 80 BASIL stories, where
# it raised no false `differs` after the guards in number_conflicts.
PARALLEL_OVERLAP = 0.4


def parallel(a: Unit, b: Unit) -> bool:
    """The two statements say one thing in nearly the same words (content-word overlap)."""
    return len(a.terms & b.terms) / (len(a.terms | b.terms) or 1) >= PARALLEL_OVERLAP


def stems(words: frozenset[str]) -> frozenset[str]:
    """Names cut as content terms are ("Coastguards" and "Coastguard" are one subject)."""
    return frozenset(word[:6] for word in words)


def squeezed(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())
