"""Descriptions of one person that cannot both hold: "former WWE executive Linda McMahon" / "McMahon,
the CEO of World Wrestling Entertainment".

Outlets describe the people of a story in passing, in a title before the name or an apposition
after it, and rarely in sentences that alignment pairs: the two descriptions sit in statements
about different facts. A fact-checker still wants to know that one outlet calls someone the head
of an organisation and another calls that person its former head, since one of them is out of
date. So the descriptions of the people are read in statements no claim took (a pair that
conflicts becomes a claim of its own) and in each claim's pairs (a conflict there makes the claim
`differs`); two outlets' descriptions conflict when both give the person a role at one organisation
and exactly one of them marks it as past.

Why a rule of our own: no package reads titles of office with their tense; the parse gives the
apposition and the words before the name, and the rest is the comparison below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from parallax.compare.conflicts import Conflict
from parallax.compare.frames import without_relatives
from parallax.compare.namesakes import surname
from parallax.compare.parse import parse, parsed
from parallax.compare.units import Unit

# Roles of office or employment: general English, not any story's.
ROLE_WORDS = frozenset(
    """ceo cfo coo chief executive chairman chairwoman chairperson chair president director head founder
    owner leader manager editor publisher governor mayor minister secretary spokesman spokeswoman
    spokesperson coach captain commissioner ambassador superintendent principal dean chancellor
    treasurer partner official officer administrator general commander""".split()
)
# Words that put a role in the past: "former", "ex-", "then-", "onetime".
PAST_WORDS = frozenset({"former", "ex", "onetime", "erstwhile", "then", "previous", "outgoing", "retired", "late",
                        "resigned", "ousted", "fired", "sacked", "dismissed", "deposed", "departed"})
# A statement placing itself in the past may give a role of then without "former" ("in 2008, when
# McMahon was the CEO"): its present-tense roles are not compared.
PAST_CONTEXT = frozenset({"then", "when", "while", "was", "were", "had"})


@dataclass(frozen=True)
class Description:
    person: str  # the canonical name
    role: str  # the role words, as written
    organisation: frozenset[str]  # the organisation's name words, lower-cased
    past: bool
    words: str  # the description as written


def description_conflicts(units: list[Unit], people: frozenset[str] = frozenset()) -> list[tuple[Unit, Unit, Conflict]]:
    """Pairs of statements of different outlets that describe one person in ways that cannot both hold;
    each statement in one pair at most. `people`: the story's people, looked for by surname in
    statements where the reading did not name them ("Aalders, the chairman ...")."""
    known = people | frozenset(p for u in units for p in u.people)
    named = _named_by_two_outlets(units, known)
    parse(u.text for u in units if u.index in named)
    described = [(unit, d) for unit in units if unit.index in named
                 for d in _described(unit.text, _candidate(unit, known)) if d.person in named[unit.index]]
    found: list[tuple[Unit, Unit, Conflict]] = []
    used: set[int] = set()
    for i, (a, x) in enumerate(described):
        for b, y in described[i + 1:]:
            if a.article == b.article or a.index in used or b.index in used:
                continue
            if _conflict(x, y):
                found.append((a, b, Conflict("roles", x.words, y.words)))
                used.update((a.index, b.index))
    return found


def prepare(units: list[Unit]) -> None:
    """Parse every statement that may describe someone, in one batch, before claims are judged."""
    people = frozenset(p for u in units for p in u.people)
    named = _named_by_two_outlets(units, people)
    parse(u.text for u in units if u.index in named)


def _named_by_two_outlets(units: list[Unit], people: frozenset[str]) -> dict[int, frozenset[str]]:
    """For each statement that may describe someone, the people it may describe whom another outlet's
    statement may describe too: a person only one outlet describes has no description to conflict
    with, and a 200-article story has hundreds of such statements not worth parsing."""
    candidates = {u.index: (u.article, _candidate(u, people)) for u in units}
    outlets: dict[str, set[str]] = {}
    for article, named in candidates.values():
        for person in named:
            outlets.setdefault(person, set()).add(article)
    shared = {person for person, articles in outlets.items() if len(articles) > 1}
    return {index: named & shared for index, (_, named) in candidates.items() if named & shared}


def pair_conflict(a: Unit, b: Unit) -> Conflict | None:
    """The description conflict between two statements of one claim, if any."""
    found = description_conflicts([a, b])
    return found[0][2] if found else None


def _conflict(x: Description, y: Description) -> bool:
    return x.person == y.person and x.past != y.past and _one_organisation(x.organisation, y.organisation)


def describe(unit: Unit, people: frozenset[str] = frozenset()) -> list[Description]:
    """The roles the statement gives its people, in a title before the name or an apposition after it."""
    named = _candidate(unit, people)
    if not named:
        return []  # most statements name no role: not parsed
    return list(_described(unit.text, named))


@lru_cache(maxsize=4096)
def _described(text: str, named: frozenset[str]) -> tuple[Description, ...]:
    """Read once per statement and people: a statement meets many pairs of its claims."""
    doc = parsed(text)
    present_context = not PAST_CONTEXT & {t.lower_ for t in doc}
    found = []
    for person in named:
        last = surname(person).lower()
        for token in doc:
            if token.lower_ != last or not token.text[:1].isupper():
                continue  # the tagger may call an unknown surname a noun: its capital is the sign
            own = {w.lower() for w in person.split()}
            others = {surname(p).lower() for p in named if p != person}
            for described in _described_by(token):
                if others & {w.lower_ for w in described}:
                    continue  # "Simmons, a vet, or former executive McMahon": another person's words
                found.extend(_description(person, [w for w in described if w.lower_ not in own], present_context))
    return tuple(found)


def _candidate(unit: Unit, people: frozenset[str]) -> frozenset[str]:
    """The people a statement may describe: it names them (or their surname) and holds a role word."""
    words = _words(unit.text)
    if not ROLE_WORDS & words:
        return frozenset()
    by_surname = _by_surname(people)
    return unit.people | frozenset(p for w in words & by_surname.keys() for p in by_surname[w])


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(re.sub(r"['\u2019]s$", "", w.strip(",.;:()\"\u201c\u201d")).lower() for w in text.split())


@lru_cache(maxsize=8)
def _by_surname(people: frozenset[str]) -> dict[str, frozenset[str]]:
    """The story's people by surname, made once a story (a 200-article story names about a thousand)."""
    index: dict[str, set[str]] = {}
    for person in people:
        index.setdefault(surname(person), set()).add(person)
    return {name: frozenset(members) for name, members in index.items()}


def _described_by(name: Token) -> list[list[Token]]:
    """The words before the name that belong to it ("former WWE wrestling executive") and each
    apposition after it ("the CEO of World Wrestling Entertainment")."""
    head = name
    while head.dep_ in ("compound", "flat") and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    before = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod") for t in t.subtree]
    # an apposition's relative clause gives a role at the time it tells, not now
    appositions = [without_relatives(c) for c in head.children if c.dep_ == "appos"]
    return [words for words in [before, *appositions] if words]


def _description(person: str, words: list[Token], present_context: bool) -> list[Description]:
    lowered = [w.lower_.strip("-") for w in words]
    roles = [w for w in lowered if w in ROLE_WORDS]
    # The organisation's name words: never a role ("President" is tagged as a name) nor an abbreviation.
    organisation = frozenset(w.lower_ for w in words if w.pos_ == "PROPN" and w.lower_.strip(".") not in ROLE_WORDS
                             and not w.text.endswith("."))
    if not roles or not organisation:
        return []
    # The parse may leave the marker just outside the title ("recently resigned RNC political director").
    first = min(w.i for w in words)
    lowered += [w.lower_ for w in words[0].doc[max(0, first - 2): first]]
    past = bool(PAST_WORDS & set(lowered)) or any(w.lower_.startswith(("ex-", "then-")) for w in words)
    if not past and not present_context:
        return []
    return [Description(person, " ".join(roles), organisation, past, " ".join(w.text for w in words))]


def _one_organisation(a: frozenset[str], b: frozenset[str]) -> bool:
    """A shared name word, or one side's acronym spelt out by the other's words ("WWE" / "World
    Wrestling Entertainment")."""
    if a & b:
        return True
    initials_a = "".join(sorted(w[0] for w in a))
    initials_b = "".join(sorted(w[0] for w in b))
    return any(len(w) >= 2 and "".join(sorted(w)) == initials for w, initials in
               [(w, initials_b) for w in a] + [(w, initials_a) for w in b])


__all__ = ["Description", "describe", "description_conflicts", "pair_conflict", "prepare"]
