"""Alignment: which statements of different outlets state the same fact.

Candidates come from a k-nearest-neighbour search over sentence embeddings (a
blocked matrix product: each unit meets only its K closest units of other
articles), so a story of hundreds of articles is never compared all pairs by
all pairs. The sentence-pair model reads the closest candidates both ways round,
and an aligner (`aligner.py`: learned from analyst gold) scores every candidate
from that evidence; pairs at or above its threshold are aligned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from parallax.compare.nli import PairJudgement, judge_pairs
from parallax.compare.units import Unit

# Neighbours kept per unit, over all other articles: the candidate list stays linear in the number
# of units. With ten, 40 pairs of basil-dev's agreed facts (cosine 0.3 or more) ranked 10th-54th and
# were never scored; twenty, refitted and cross-validated by story, took agreed from 94 to 97 of 258
# and unique from 287 to 288 of 318 (training/train_aligner.py --cv; BENCHMARKS, tenth round).
NEIGHBOURS = 20
# Below this cosine a pair is not even a candidate (all-MiniLM-L6-v2; real
# paraphrases of one fact in BASIL reach down to about 0.3).
MIN_CANDIDATE_COSINE = 0.3
# The sentence-pair model reads a unit's candidates only down to this cosine, and
# only its MODEL_NEIGHBOURS closest, and a story's closest MODEL_PAIRS_PER_UNIT x units
# pairs at most: it costs about 4 ms a pair (both ways round) on one core, and a
# 200-article story has 5,000 statements.
MIN_MODEL_COSINE = 0.4
MODEL_NEIGHBOURS = 3
MODEL_PAIRS_PER_UNIT = 0.5
# ... and MAX_MODEL_PAIRS a story at most (about 1-2 s both ways round): a 200-article story's
# 2,700 pairs cost 55 s, as much as embedding its 5,400 statements. The aligner reads whether
# a pair was judged (its `judged` feature), and judging every candidate of basil-dev instead of
# the closest few raised its cross-validated average precision by 0.006 only: past a hundred or
# so pairs the model adds little to alignment and costs the most. A three-outlet story stays
# below the cap (about 75 pairs). (The verdicts ask it about their own pairs:
# MAX_MODEL_PAIRS_PER_CLAIM.)
MAX_MODEL_PAIRS = 150


class PairScorer(Protocol):
    threshold: float
    extra_threshold: float

    def score(self, a: Unit, b: Unit, cosine: float, judgement: PairJudgement | None,
              ranks: tuple[int, int]) -> float: ...


@dataclass(frozen=True)
class Pair:
    a: int
    b: int
    score: float
    cosine: float


@dataclass(frozen=True)
class Candidates:
    """Candidate pairs (unit indices, a < b) with their cosine, and the model's reading of the closest."""

    cosines: dict[tuple[int, int], float]
    judgements: dict[tuple[int, int], PairJudgement]
    # For each pair, how each unit ranks the other among its neighbours in that article
    # (0: its closest there). Two statements that are each other's closest match are
    # the strongest sign of one fact the search itself gives.
    ranks: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    def rank(self, a: int, b: int) -> tuple[int, int]:
        return self.ranks.get((min(a, b), max(a, b)), (NEIGHBOURS, NEIGHBOURS))


def find_candidates(units: list[Unit], vectors: np.ndarray, block: int = 1024) -> Candidates:
    """Each unit's nearest units of other articles, and the model's reading of each unit's closest few."""
    cosines: dict[tuple[int, int], float] = {}
    asked: set[tuple[int, int]] = set()
    ranked_by: dict[tuple[int, int], int] = {}  # (unit, neighbour) -> the neighbour's rank in its article
    if len(units) < 2:
        return Candidates(cosines, {})
    articles = np.array([hash(u.article) for u in units])
    k = min(NEIGHBOURS, len(units) - 1)
    for low in range(0, len(units), block):
        sims = vectors[low : low + block] @ vectors.T
        sims[articles[low : low + block, None] == articles[None, :]] = -1.0
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k] if k < sims.shape[1] else np.argsort(-sims, axis=1)
        for row in range(sims.shape[0]):
            i = low + row
            ranked = sorted(top[row].tolist(), key=lambda j: -sims[row, j])
            seen_in: dict[int, int] = {}
            for rank, j in enumerate(ranked):
                cosine = float(sims[row, j])
                if cosine < MIN_CANDIDATE_COSINE:
                    break
                ranked_by[(i, j)] = seen_in.get(int(articles[j]), 0)
                seen_in[int(articles[j])] = ranked_by[(i, j)] + 1
                key = (min(i, j), max(i, j))
                cosines[key] = cosine
                if rank < MODEL_NEIGHBOURS and cosine >= MIN_MODEL_COSINE:
                    asked.add(key)
    budget = max(1, min(MAX_MODEL_PAIRS, int(MODEL_PAIRS_PER_UNIT * len(units))))
    ordered = sorted(sorted(asked, key=lambda key: -cosines[key])[:budget])
    readings = judge_pairs([(units[a].text, units[b].text) for a, b in ordered])
    ranks = {(a, b): (ranked_by.get((a, b), NEIGHBOURS), ranked_by.get((b, a), NEIGHBOURS)) for a, b in cosines}
    return Candidates(cosines, dict(zip(ordered, readings, strict=True)), ranks)


def candidate_scores(units: list[Unit], candidates: Candidates, scorer: PairScorer) -> dict[tuple[int, int], float]:
    """Every candidate's score, computed once: claims, "leaves out" and unique claims' confidence all read it."""
    return {
        (a, b): scorer.score(units[a], units[b], cosine, candidates.judgements.get((a, b)), candidates.rank(a, b))
        for (a, b), cosine in candidates.cosines.items()
    }


def aligned_pairs(units: list[Unit], candidates: Candidates, scorer: PairScorer,
                  scores: dict[tuple[int, int], float] | None = None) -> list[Pair]:
    """Candidates the scorer aligns, best first."""
    scores = scores if scores is not None else candidate_scores(units, candidates, scorer)
    pairs = [Pair(a, b, score, candidates.cosines[(a, b)]) for (a, b), score in scores.items()
             if score >= scorer.threshold and not different_remarks(units[a], units[b])]
    return sorted(pairs, key=lambda p: (-p.score, p.a, p.b))


# Two quotes that share at most this many content words, and under half the shorter one's, are two
# remarks. Two different remarks can still state one fact in other words (an official's "subject to
# oversight by ... Congress" and another's "with the knowledge and oversight of Congress", a basil-dev
# gold pair sharing three), so only quotes with next to nothing in common are kept apart. Set by
# reasoning, checked on basil-dev and on the 60 other BASIL stories, whose removed claims were read
# (BENCHMARKS).
MAX_SHARED_WORDS_OF_TWO_REMARKS = 1


def different_remarks(a: Unit, b: Unit) -> bool:
    """Both statements are mostly direct quotes with next to no word in common: two remarks, whoever
    made them ("But at least for now, the healthy competition will bring us together" / "They're just
    grateful everyone was able to work together"), however close their topic."""
    if not (a.quoted and b.quoted) or not a.terms or not b.terms:
        return False
    shared = len(a.terms & b.terms)
    # a short remark quoted whole by one and cut by the other ("He should pay for it") shares what it has
    return shared <= MAX_SHARED_WORDS_OF_TWO_REMARKS and shared < min(len(a.terms), len(b.terms)) / 2


__all__ = ["Candidates", "Pair", "PairScorer", "aligned_pairs", "candidate_scores", "different_remarks",
           "find_candidates"]
