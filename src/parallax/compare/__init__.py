"""Comparing the coverage of one story, claim by claim.

`compare(articles)` takes analysed articles of one story and returns a `Story`:
claims (each outlet's exact words, aligned across outlets, with a verdict:
agreed, differs or unique), the framing of each outlet, and which outlets are
independent of each other. Steps: units (statements, `units.py`) -> alignment
(nearest neighbours scored by the learned aligner, `align.py`, `aligner.py`) ->
claims (greedy clustering in two layers, `claims.py`) -> verdicts (frames and
the sentence-pair model, `verdict.py`; descriptions of one person in statements no claim took,
`descriptions.py`) -> independence -> framing -> summary.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

import numpy as np

from parallax.compare.align import Candidates, PairScorer, aligned_pairs, candidate_scores, find_candidates
from parallax.compare.aligner import load_aligner
from parallax.compare.claims import build_claims
from parallax.compare.descriptions import description_conflicts, prepare
from parallax.compare.frames import read_frames
from parallax.compare.framing import framing
from parallax.compare.independence import find_relations, source_groups
from parallax.compare.nli import PairJudgement, judge_pairs
from parallax.compare.parse import forget as forget_parses
from parallax.compare.summary import importance, neutral_wording, summarize
from parallax.compare.summary import story_title as summary_title
from parallax.compare.units import Unit, story_units
from parallax.compare.verdict import VerdictContext, cross_pairs, differs_verdict, judge, needs_model, pair_key
from parallax.model import Article, Claim, ClaimMember, Evidence, Quantity, Story


def compare(articles: Sequence[Article], story_id: str | None = None, scorer: PairScorer | None = None) -> Story:
    """The claim-by-claim comparison of analysed articles reporting one story.

    `scorer` decides which candidate pairs are one fact: the learned aligner by
    default (`aligner.py`); benchmarks pass others to compare them.
    """
    articles = list(articles)
    forget_parses()  # the last story's parsed statements: this one's are parsed once, when first needed
    scorer = scorer or load_aligner()
    units = story_units(articles)
    vectors = _embed(units)
    candidates = find_candidates(units, vectors)
    scores = candidate_scores(units, candidates, scorer)
    pairs = aligned_pairs(units, candidates, scorer, scores)

    def link(a: Unit, b: Unit) -> float:
        key = pair_key(a, b)
        if key not in scores:  # a pair the neighbour search did not propose, met while merging claims
            cosine = float(vectors[a.index] @ vectors[b.index])
            scores[key] = scorer.score(a, b, cosine, candidates.judgements.get(key), candidates.rank(*key))
        return scores[key]

    groups = build_claims(units, pairs, link, scorer)
    cosines = {(p.a, p.b): p.cosine for p in pairs}
    names = {a.id: a.outlet or a.id for a in articles}

    relations = find_relations(articles)
    source_of = source_groups(articles, relations)

    prepare(units)  # descriptions of people, parsed in one batch
    context = _verdict_context(groups, cosines, names, candidates.judgements, units)
    claims: list[Claim] = []
    grouped: list[tuple[list[Unit], Claim]] = []
    claimed: set[int] = set()
    status_of: dict[int, str] = {}
    for members in groups:
        verdict = judge(members, context)
        if any(status_of.setdefault(m.index, verdict.status) != verdict.status for m in members):
            continue  # a second-layer claim judged otherwise than one its statements are in: words have one status
        claim = _claim(members, verdict.status, verdict.why, verdict.differences, source_of)
        claim.kind, claim.evidence, claim.confidence = verdict.kind, verdict.evidence, verdict.confidence
        if verdict.status == "agreed":
            claim.confidence = round(min(verdict.confidence, _alignment_confidence(members, link, cosines)), 2)
        claims.append(claim)
        grouped.append((members, claim))
        claimed.update(m.index for m in members)
    people = frozenset(p for u in units for p in u.people)
    for a, b, conflict in description_conflicts([u for u in units if u.index not in claimed], people):
        verdict = differs_verdict([Evidence(conflict.kind, a.article, conflict.a_words, b.article,
                                            conflict.b_words)], names)
        claim = _claim([a, b], "differs", verdict.why, verdict.differences, source_of)
        claim.kind, claim.evidence, claim.confidence = verdict.kind, verdict.evidence, verdict.confidence
        claims.append(claim)
        claimed.update((a.index, b.index))
    closest = _closest_other(units, candidates, link)
    for unit in units:
        if unit.index not in claimed:
            claim = _claim([unit], "unique", f"only {names[unit.article]} reports this", [], source_of)
            claim.confidence = round(1.0 - min(1.0, closest.get(unit.index, 0.0)), 2)
            claims.append(claim)
    claims.sort(key=lambda c: (_STATUS_ORDER[c.status], -c.importance))
    for number, claim in enumerate(claims, start=1):
        claim.id = f"c{number}"
    maybe_reported = _maybe_reported(grouped, units, candidates, link, scorer)

    story = Story(
        id=story_id or _story_id(articles),
        articles=articles,
        claims=claims,
        independence=[
            {"articles": list(r.articles), "relation": r.relation, "agency": r.agency,
             "shared_fraction": r.shared_fraction, "evidence": r.evidence, "quotes": r.quotes}
            for r in relations
        ],
    )
    story.framing = framing(story, maybe_reported)
    story.title = summary_title(story.claims, [a.title or "" for a in articles])
    story.summary = summarize(story)
    return story


def _alignment_confidence(members: list[Unit], link: Callable[[Unit, Unit], float],
                          cosines: dict[tuple[int, int], float] | None = None) -> float:
    """How sure the alignment is that the claim's statements are one fact: its strongest link across
    outlets (the aligner's probability). An `agreed` is only as sure as this: on 50 BASIL claims read
    by hand, the model's absence of contradiction alone ranked them worse than chance (ROC AUC 0.37 for
    telling one fact from two); the lower of the two ranks them at 0.77. A claim of many outlets is
    read on its closest pairs (`cross_pairs`), as its verdict is."""
    return max((link(a, b) for a, b in cross_pairs(members, cosines)), default=0.0)


def _closest_other(units: list[Unit], candidates: Candidates, link: Callable[[Unit, Unit], float]) -> dict[int, float]:
    """Each unit's best alignment score with another outlet's statement: how unsure "unique" is."""
    best: dict[int, float] = {}
    for a, b in candidates.cosines:
        score = link(units[a], units[b])
        for index in (a, b):
            best[index] = max(best.get(index, 0.0), score)
    return best


def _maybe_reported(grouped: list[tuple[list[Unit], Claim]], units: list[Unit], candidates: Candidates,
                    link: Callable[[Unit, Unit], float], scorer: PairScorer) -> dict[str, set[str]]:
    """Claim id -> articles outside the claim holding a statement close to it (half the alignment
    threshold): the report never says that such an outlet leaves the fact out."""
    claims_of: dict[int, set[str]] = {}
    for members, claim in grouped:
        for member in members:
            claims_of.setdefault(member.index, set()).add(claim.id)
    near: dict[str, set[str]] = {}
    for a, b in candidates.cosines:
        for inside, outside in ((units[a], units[b]), (units[b], units[a])):
            if link(inside, outside) < scorer.threshold / 2:
                continue
            for cid in claims_of.get(inside.index, set()) - claims_of.get(outside.index, set()):
                near.setdefault(cid, set()).add(outside.article)
    return near


_STATUS_ORDER = {"differs": 0, "agreed": 1, "unique": 2}


# The model is asked about at most this many pairs of one claim (the closest first), so a
# claim of 200 outlets costs a few model calls, not 20,000; a claim of three outlets has three.
MAX_MODEL_PAIRS_PER_CLAIM = 8


def _quantities_by_article(units: list[Unit]) -> dict[str, list[Quantity]]:
    found: dict[str, list[Quantity]] = {}
    for unit in units:
        found.setdefault(unit.article, []).extend(unit.quantities)
    return found


def _verdict_context(groups: list[list[Unit]], cosines: dict[tuple[int, int], float],
                     names: dict[str, str], known: dict[tuple[int, int], PairJudgement],
                     units: list[Unit]) -> VerdictContext:
    """Frames for every statement the verdicts compare, and the sentence-pair model's reading of the
    pairs that need it (pairs it already read during alignment are not read again). A claim of many
    outlets is judged on its closest pairs only (`cross_pairs`): its other statements are not parsed."""
    compared = {u.index: u for members in groups for pair in cross_pairs(members, cosines) for u in pair}
    context = VerdictContext(names=names, cosines=cosines, frames=read_frames(list(compared.values())),
                             judgements={}, quantities=_quantities_by_article(units))
    asked: list[tuple[Unit, Unit]] = []
    for members in groups:
        pairs = [p for p in cross_pairs(members, cosines) if pair_key(*p) not in known and needs_model(*p, context)]
        pairs.sort(key=lambda p: -cosines.get(pair_key(*p), 0.0))
        asked.extend(pairs[:MAX_MODEL_PAIRS_PER_CLAIM])
    judgements = judge_pairs([(a.text, b.text) for a, b in asked])
    context.judgements = {**known, **{pair_key(a, b): j for (a, b), j in zip(asked, judgements, strict=True)}}
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
        importance=importance(members, len({source_of.get(u.article, u.article) for u in members})),
    )


def _about(members: list[Unit]) -> str:
    return neutral_wording([m.text for m in members])


def _story_id(articles: list[Article]) -> str:
    digest = hashlib.sha1("\n".join(sorted(a.id for a in articles)).encode()).hexdigest()
    return f"s{digest[:10]}"


__all__ = ["build_claims", "compare"]
