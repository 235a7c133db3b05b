"""Which predicates are one action and which are opposite moves: the verb groups frames are compared by.

Frames (`frames.py`) read a predicate's lemma from the parse; this module says what two lemmas
mean together: "rise" and "increase" are one action, "rise" and "fall" opposite moves, "hired" and
"laid off" opposite acts. The groups are general English, not any story's words.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # frames.py imports this module's phrasal verbs
    from parallax.compare.frames import Frame


def same_predicate(a: Frame, b: Frame) -> bool:
    """One action: the same lemma, or two verbs of one synonym group ("rise"/"increase")."""
    if not a.predicate or not b.predicate:
        return False
    return a.predicate == b.predicate or bool(_groups(a.predicate) & _groups(b.predicate))


def opposite_predicates(a: Frame, b: Frame) -> bool:
    """Two verbs of opposite direction ("rose"/"fell", "won"/"lost", "gained"/"lost", "approved"/"rejected")."""
    groups_b = _groups(b.predicate)
    return any(OPPOSITES.get(group, "") in groups_b or ALSO_OPPOSITE.get(group, "") in groups_b
               for group in _groups(a.predicate)) and not same_predicate(a, b)


# Verbs of one direction, grouped; OPPOSITES pairs the groups (a group without an opposite only joins
# synonyms). General English, not any story's.
DIRECTION_GROUPS: dict[str, frozenset[str]] = {
    "up": frozenset([*"rise increase grow climb gain jump surge soar raise boost expand double triple "
                      "strengthen widen hike accelerate rebound spike swell".split(), "go up", "shoot up",
                     "speed up"]),
    "down": frozenset([*"fall decrease decline drop cut reduce lower shrink slip plunge slump sink halve "
                        "weaken narrow ease tumble slash trim slow decelerate plummet dive slide dip wane dwindle"
                        .split(), "wan", "go down", "cut back",  # "wan": the rule lemmatizer's "waned"
                       "scale back", "slow down"]),
    "win": frozenset("win defeat beat".split()),
    "lose": frozenset("lose".split()),
    # A verb may stand in two groups: "lost 12%" is the opposite of "gained 12%", "lost the vote" of "won it".
    "fall": frozenset("lose shed".split()),
    "gain": frozenset("gain".split()),
    "approve": frozenset("approve accept pass endorse back authorize authorise ratify adopt grant "
                         "uphold affirm sustain".split()),
    "reject": frozenset(["reject", "block", "veto", "refuse", "oppose", "deny", "overturn", "defeat", "quash",
                         "invalidate", "annul", "overrule", "reverse", "strike down", "throw out", "turn down",
                         "vote down"]),
    "convict": frozenset("convict".split()),
    "acquit": frozenset("acquit clear".split()),
    "open": frozenset(["open", "reopen", "open up"]),
    "close": frozenset(["close", "shut", "shut down", "close down"]),
    "upgrade": frozenset("upgrade promote".split()),
    "downgrade": frozenset("downgrade demote relegate".split()),
    "lengthen": frozenset("extend lengthen prolong".split()),
    "shorten": frozenset("shorten curtail".split()),
    "tighten": frozenset("tighten toughen stiffen".split()),
    "loosen": frozenset("loosen ease relax soften".split()),
    "hire": frozenset("hire recruit".split()),
    "fire": frozenset(["fire", "dismiss", "sack", "axe", "lay off"]),
    "impose": frozenset("impose introduce".split()),
    "remove": frozenset("lift scrap remove abolish".split()),
    "withdraw": frozenset(["recall", "withdraw", "pull out", "pull back"]),  # an envoy, troops
    "deploy": frozenset(["deploy", "dispatch", "send back", "redeploy"]),
    # Synonyms without an opposite group: one action however worded.
    "strike": frozenset(["strike", "walk out"]),  # "walked out" / "went on strike" (read in frames.py)
    "resign": frozenset(["resign", "quit", "step down", "stand down", "step aside"]),  # from a post
    "succeed": frozenset(["succeed", "replace", "take over"]),  # "X took over from Y" is "X replaced Y"
    # A blow from outside: "an earthquake struck near X" / "hit close to Y" (with "strike" also a walkout).
    "hit": frozenset("hit strike slam batter rock jolt".split()),
    # Buying a company: "agreed to acquire B" / "will take over B" (with "X took over from Y" a verb of
    # two groups: a post taken over, a company taken over).
    "acquire": frozenset(["acquire", "buy", "purchase", "take over", "snap up"]),
    # Acts done to a counted group of people: "evacuated 3,000 residents" / "moved 8,000 people out"
    # count one group, so their numbers are compared.
    "evacuate": frozenset(["evacuate", "relocate", "move out"]),
    "rescue": frozenset(["rescue", "pull out", "bring out"]),
    "detain": frozenset(["arrest", "detain", "round up"]),
    "cancel": frozenset(["cancel", "scrap", "call off"]),  # flights, events ("scrap" is also a tax scrapped)
    "kill": frozenset(["kill", "slaughter", "cull"]),  # animals culled for a disease: counted as one act
    # An aircraft coming down: "made an emergency landing in Cork" / "touched down in Shannon".
    "land": frozenset(["land", "touch down", "put down"]),
    # Land a fire went over: "burned 3,100 hectares" / "5,600 hectares were scorched" measure one area.
    "burn": frozenset(["burn", "scorch", "char", "blacken", "consume"]),
}
PHRASAL_VERBS = frozenset(verb for members in DIRECTION_GROUPS.values() for verb in members if " " in verb)
OPPOSITES = {"up": "down", "down": "up", "win": "lose", "lose": "win", "gain": "fall", "fall": "gain",
             "approve": "reject", "reject": "approve",
             "convict": "acquit", "acquit": "convict", "open": "close", "close": "open", "hire": "fire",
             "fire": "hire", "impose": "remove", "remove": "impose", "upgrade": "downgrade", "downgrade": "upgrade",
             "lengthen": "shorten", "shorten": "lengthen", "tighten": "loosen", "loosen": "tighten",
             "withdraw": "deploy", "deploy": "withdraw"}


# A second opposite for the moves of an amount: "jumped 12 percent" / "lost 12 percent", "gained 5
# percent" / "fell 5 percent" ("lost" and "gained" have groups of their own for votes and games).
ALSO_OPPOSITE = {"up": "fall", "fall": "up", "gain": "down", "down": "gain"}


# The groups whose verbs change an amount: "its revenue rose 5 percent" says how much the subject moved.
CHANGE_GROUPS = frozenset({"up", "down", "gain", "fall"})


def changes_amount(frame: Frame) -> bool:
    """The frame's verb moves an amount up or down: its subject is what the number measures."""
    return bool(_groups(frame.predicate) & CHANGE_GROUPS)


@lru_cache(maxsize=4096)
def _groups(lemma: str) -> frozenset[str]:
    return frozenset(name for name, members in DIRECTION_GROUPS.items() if lemma in members)


__all__ = ["CHANGE_GROUPS", "DIRECTION_GROUPS", "PHRASAL_VERBS", "changes_amount", "opposite_predicates",
           "same_predicate"]
