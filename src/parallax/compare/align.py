"""Alignment: which statements of different outlets state the same fact.

Meaning comes from sentence embeddings; facts from the reading (shared entities,
quantities that measure the same thing, shared content words). Candidates come
from a k-nearest-neighbour search over the embeddings (a blocked matrix product:
each unit meets only its K closest units from other articles), so a story of
hundreds of articles is never compared all pairs by all pairs in Python.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from parallax.compare.units import Unit
from parallax.compare.values import same_measure

# Neighbours kept per unit. Ten reach every outlet's best wording in a story of
# a few outlets and keep the candidate list linear in the number of units.
NEIGHBOURS = 10
# A pair below this cosine is never the same fact (all-MiniLM-L6-v2; news
# sentences on one story sit around 0.3-0.5 without sharing a fact).
MIN_COSINE = 0.45
# A pair is aligned at or above this combined score (cosine plus fact evidence).
# Set by reading alignments on BASIL stories: lower lets same-topic background
# sentences pair up; higher loses paraphrases that share no words.
ALIGN_SCORE = 0.62


@dataclass(frozen=True)
class Pair:
    a: int
    b: int
    score: float
    cosine: float


def neighbour_pairs(units: list[Unit], vectors: np.ndarray, block: int = 1024) -> list[Pair]:
    """Scored candidate pairs between units of different articles, best first."""
    if len(units) < 2:
        return []
    articles = np.array([hash(u.article) for u in units])
    pairs: dict[tuple[int, int], Pair] = {}
    k = min(NEIGHBOURS, len(units) - 1)
    for low in range(0, len(units), block):
        sims = vectors[low:low + block] @ vectors.T
        rows = np.arange(sims.shape[0])
        same_article = articles[low:low + block, None] == articles[None, :]
        sims[same_article] = -1.0
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k] if k < sims.shape[1] else np.argsort(-sims, axis=1)
        for row in rows:
            i = low + int(row)
            for j in top[row]:
                j = int(j)
                cosine = float(sims[row, j])
                if cosine < MIN_COSINE:
                    continue
                key = (min(i, j), max(i, j))
                if key not in pairs:
                    score = pair_score(units[key[0]], units[key[1]], cosine)
                    pairs[key] = Pair(key[0], key[1], score, cosine)
    return sorted((p for p in pairs.values() if p.score >= ALIGN_SCORE), key=lambda p: -p.score)


def pair_score(a: Unit, b: Unit, cosine: float) -> float:
    """Cosine plus evidence that the two statements are about the same fact."""
    score = cosine
    shared_entities = a.entities & b.entities
    if shared_entities:
        score += 0.04 * min(2, len(shared_entities))
    union = len(a.terms | b.terms) or 1
    overlap = len(a.terms & b.terms) / union
    score += 0.25 * overlap
    if any(same_measure(x, y) for x in a.quantities for y in b.quantities):
        score += 0.08
    if a.speakers and b.speakers and a.speakers & b.speakers:
        score += 0.04
    return score
