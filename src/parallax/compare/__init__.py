"""Comparing the coverage of one story, claim by claim.

`compare(articles)` takes analysed articles of one story and returns a `Story`:
claims (each outlet's exact words, aligned across outlets, with a verdict:
agreed, differs or unique), the framing of each outlet, and which outlets are
independent of each other. Steps: units (statements) -> alignment (embeddings
plus facts) -> claims (greedy clustering, one statement per outlet) ->
verdicts -> independence -> framing.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from parallax.compare.align import ALIGN_SCORE, Pair, neighbour_pairs, pair_score
from parallax.compare.frames import read_frames
from parallax.compare.framing import framing
from parallax.compare.independence import find_relations, source_groups
from parallax.compare.nli import judge_pairs
from parallax.compare.units import Unit, article_units
from parallax.compare.verdict import VerdictContext, cross_pairs, judge, needs_model, pair_key
from parallax.model import Article, Claim, ClaimMember, Story


def compare(articles: Sequence[Article], story_id: str | None = None) -> Story:
    """The claim-by-claim comparison of analysed articles reporting one story."""
    articles = list(articles)
    units: list[Unit] = []
    for article in articles:
        units.extend(article_units(article, first_index=len(units)))
    vectors = _embed(units)
    pairs = neighbour_pairs(units, vectors)
    groups = build_claims(units, pairs, lambda a, b: pair_score(a, b, float(vectors[a.index] @ vectors[b.index])))
    cosines = {(p.a, p.b): p.cosine for p in pairs}
    names = {a.id: a.outlet or a.id for a in articles}

    relations = find_relations(articles)
    source_of = source_groups(articles, relations)

    context = _verdict_context(groups, cosines, names)
    claims: list[Claim] = []
    claimed: set[int] = set()
    for members in groups:
        verdict = judge(members, context)
        claim = _claim(members, verdict.status, verdict.why, verdict.differences, source_of)
        claim.kind, claim.evidence, claim.confidence = verdict.kind, verdict.evidence, verdict.confidence
        claims.append(claim)
        claimed.update(m.index for m in members)
    for unit in units:
        if unit.index not in claimed:
            claims.append(_claim([unit], "unique", f"only {names[unit.article]} reports this", [], source_of))
    claims.sort(key=lambda c: (_STATUS_ORDER[c.status], -c.independent_sources))
    for number, claim in enumerate(claims, start=1):
        claim.id = f"c{number}"

    story = Story(
        id=story_id or _story_id(articles),
        articles=articles,
        claims=claims,
        independence=[
            {"articles": list(r.articles), "relation": r.relation, "agency": r.agency,
             "shared_fraction": r.shared_fraction, "evidence": r.evidence}
            for r in relations
        ],
    )
    story.framing = framing(story)
    return story


# An outlet's further wordings of one fact join a claim only on a strong match,
# and at most three (headline, lead, caption) so a claim stays one statement.
MAX_PER_OUTLET = 3
EXTRA_MEMBER_SCORE = ALIGN_SCORE + 0.15

_STATUS_ORDER = {"differs": 0, "agreed": 1, "unique": 2}


# The model is asked about at most this many pairs of one claim (the closest first), so a
# claim of 200 outlets costs a few model calls, not 20,000.
MAX_MODEL_PAIRS_PER_CLAIM = 12


def _verdict_context(groups: list[list[Unit]], cosines: dict[tuple[int, int], float],
                     names: dict[str, str]) -> VerdictContext:
    """Frames for every aligned statement, and the sentence-pair model's reading of the pairs that need it."""
    aligned = [u for members in groups for u in members]
    context = VerdictContext(names=names, cosines=cosines, frames=read_frames(aligned), judgements={})
    asked: list[tuple[Unit, Unit]] = []
    for members in groups:
        pairs = [p for p in cross_pairs(members) if needs_model(*p, context)]
        pairs.sort(key=lambda p: -cosines.get(pair_key(*p), 0.0))
        asked.extend(pairs[:MAX_MODEL_PAIRS_PER_CLAIM])
    judgements = judge_pairs([(a.text, b.text) for a, b in asked])
    context.judgements = {pair_key(a, b): j for (a, b), j in zip(asked, judgements, strict=True)}
    return context


def _embed(units: list[Unit]) -> np.ndarray:
    if not units:
        return np.zeros((0, 384), dtype=np.float32)
    from parallax.embeddings import encode

    # Wire copy repeats sentences word for word: embed each distinct text once.
    distinct = list(dict.fromkeys(u.text for u in units))
    row = {text: i for i, text in enumerate(distinct)}
    vectors = encode(distinct)
    return vectors[[row[u.text] for u in units]]


def build_claims(units: list[Unit], pairs: list[Pair], link: Callable[[Unit, Unit], float]) -> list[list[Unit]]:
    """Greedy clustering of aligned pairs, best first.

    A claim holds one statement per outlet, except that an outlet's second or
    third wording of the same fact (headline, lead, caption) joins when it
    matches strongly: otherwise it would be reported as unique, which is false.
    Two claims merge when they share no outlet, or on a strong match that keeps
    each outlet within three wordings. Joining and merging need the average link
    to the claim's members from other outlets to stay above the alignment score,
    so a claim cannot drift from fact to fact through a chain of near matches.
    """
    claim_of: dict[int, int] = {}
    claims: dict[int, list[Unit]] = {}

    def cohesive(members: list[Unit], newcomers: list[Unit]) -> bool:
        links = [link(a, b) for a in members for b in newcomers if a.article != b.article]
        return not links or sum(links) / len(links) >= ALIGN_SCORE

    def can_join(key: int, unit: Unit, score: float) -> bool:
        same_outlet = sum(m.article == unit.article for m in claims[key])
        if same_outlet and (same_outlet >= MAX_PER_OUTLET or score < EXTRA_MEMBER_SCORE):
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
            allowed = disjoint or (pair.score >= EXTRA_MEMBER_SCORE and max(merged.values()) <= MAX_PER_OUTLET)
            if allowed and cohesive(claims[ca], claims[cb]):
                for member in claims.pop(cb):
                    claims[ca].append(member)
                    claim_of[member.index] = ca
    return [sorted(members, key=lambda u: u.index) for members in claims.values()]


def _claim(members: list[Unit], status: str, why: str, differences: list[str],
           source_of: dict[str, int]) -> Claim:
    return Claim(
        id="",
        status=status,  # type: ignore[arg-type]
        members=[ClaimMember(article=u.article, text=u.text, start=u.start, end=u.end, field=u.field)
                 for u in members],
        about=_about(members),
        why=why,
        differences=differences,
        independent_sources=len({source_of.get(u.article, u.article) for u in members}),
    )


def _about(members: list[Unit]) -> str:
    return _about_text(m.text for m in members)


def _about_text(texts: Iterable[str]) -> str:
    """A short label: the shortest wording, cut at 90 characters."""
    text = min(texts, key=len)
    return text if len(text) <= 90 else text[:89].rsplit(" ", 1)[0] + "\u2026"


def _story_id(articles: list[Article]) -> str:
    digest = hashlib.sha1("\n".join(sorted(a.id for a in articles)).encode()).hexdigest()
    return f"s{digest[:10]}"


__all__ = ["build_claims", "compare"]
