"""Claims: aligned pairs of statements clustered into facts, each fact one claim.

A statement often carries more than one fact ("Arpaio, a hard-liner on
immigration, endorsed Perry"): one outlet words them in one sentence, another
in two. A partition of the statements would let such a sentence join only one
claim and leave the other fact unaligned, so claims are built in two layers:
the first clusters every aligned pair; the second clusters the aligned pairs
whose statements the first put in different claims, so a statement stands in
at most two claims, each holding a fact it states. A second-layer claim that only repeats a first-layer one (all
its statements in one first-layer claim) is dropped, and so is a first-layer claim whose statements a
second-layer claim holds with more (the same fact shown twice, once with an outlet fewer).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from parallax.compare.align import Pair, PairScorer
from parallax.compare.units import Unit

# An outlet's further wordings of one fact join a claim only on a strong match,
# and at most three (headline, lead, caption) so a claim stays one statement.
MAX_PER_OUTLET = 3
# ... and every link from a newcomer to the claim's statements of other outlets reaches this share of
# the alignment threshold: an average alone let a third statement ride in on one strong link
# ("X called for Y's resignation" joined by "Y's remark drew criticism" through the other outlet).
WEAKEST_LINK = 0.5

Link = Callable[[Unit, Unit], float]


def build_claims(units: list[Unit], pairs: list[Pair], link: Link, scorer: PairScorer) -> list[list[Unit]]:
    """Claims (lists of statements, in text order) from the aligned pairs, best pair first."""
    first = cluster(units, pairs, link, scorer)
    claims_of: dict[int, set[int]] = {}
    for number, members in enumerate(first):
        for unit in members:
            claims_of.setdefault(unit.index, set()).add(number)
    # Only statements that already belong to a claim: a second fact of a sentence that is aligned
    # elsewhere. A statement no claim took stays unique rather than joining on the weaker evidence.
    apart = [p for p in pairs
             if p.a in claims_of and p.b in claims_of and not claims_of[p.a] & claims_of[p.b]]
    second = [
        members for members in cluster(units, apart, link, scorer)
        if not set.intersection(*(claims_of.get(u.index, set()) for u in members))
    ]
    return _without_repeats(first + second)


def _without_repeats(claims: list[list[Unit]]) -> list[list[Unit]]:
    """Claims whose statements are not all in another, larger claim."""
    sets = [frozenset(u.index for u in members) for members in claims]
    holding: dict[int, list[int]] = {}  # statement -> the claims that hold it: a larger claim holds them all
    for number, own in enumerate(sets):
        for index in own:
            holding.setdefault(index, []).append(number)
    return [members for members, own in zip(claims, sets, strict=True)
            if own and not any(own < sets[other] for other in holding[min(own, key=lambda i: len(holding[i]))])]


def cluster(units: list[Unit], pairs: list[Pair], link: Link, scorer: PairScorer) -> list[list[Unit]]:
    """Greedy clustering of aligned pairs, best first; each statement in one claim at most.

    A claim holds one statement per outlet, except that an outlet's second or
    third wording of the same fact (headline, lead, caption) joins when it
    matches strongly: otherwise it would be reported as unique, which is false.
    Two claims merge when they share no outlet, or on a strong match that keeps
    each outlet within three wordings. Joining and merging need the average link
    to the claim's members from other outlets to stay above the alignment score,
    and the weakest above half of it, so a claim cannot drift from fact to fact
    through a chain of near matches.
    """
    claim_of: dict[int, int] = {}
    claims: dict[int, list[Unit]] = {}

    def cohesive(members: list[Unit], newcomers: list[Unit]) -> bool:
        links = [link(a, b) for a in members for b in newcomers if a.article != b.article]
        if not links:
            return True
        return sum(links) / len(links) >= scorer.threshold and min(links) >= WEAKEST_LINK * scorer.threshold

    def can_join(key: int, unit: Unit, score: float) -> bool:
        same_outlet = sum(m.article == unit.article for m in claims[key])
        if same_outlet and (same_outlet >= MAX_PER_OUTLET or score < scorer.extra_threshold):
            return False
        return cohesive(claims[key], [unit])

    for pair in pairs:
        a, b = units[pair.a], units[pair.b]
        ca, cb = claim_of.get(a.index), claim_of.get(b.index)
        if ca is None and cb is None:
            key = len(claims) and max(claims) + 1
            claims[key] = [a, b]
            claim_of[a.index] = claim_of[b.index] = key
        elif ca is not None and cb is None:
            if can_join(ca, b, pair.score):
                claims[ca].append(b)
                claim_of[b.index] = ca
        elif cb is not None and ca is None:
            if can_join(cb, a, pair.score):
                claims[cb].append(a)
                claim_of[a.index] = cb
        elif ca != cb and ca is not None and cb is not None:
            merged = Counter(m.article for m in claims[ca] + claims[cb])
            disjoint = len(merged) == len({m.article for m in claims[ca]}) + len({m.article for m in claims[cb]})
            allowed = disjoint or (pair.score >= scorer.extra_threshold and max(merged.values()) <= MAX_PER_OUTLET)
            if allowed and cohesive(claims[ca], claims[cb]):
                for member in claims.pop(cb):
                    claims[ca].append(member)
                    claim_of[member.index] = ca
    return [sorted(members, key=lambda u: u.index) for members in claims.values()]


__all__ = ["MAX_PER_OUTLET", "WEAKEST_LINK", "build_claims", "cluster"]
