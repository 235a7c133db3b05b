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
from parallax.compare.values import compatible, same_measure

# Neighbours kept per unit. Ten reach every outlet's best wording in a story of
# a few outlets and keep the candidate list linear in the number of units.
NEIGHBOURS = 10
# A pair below this cosine is never the same fact (all-MiniLM-L6-v2; news
# sentences on one story sit around 0.3-0.5 without sharing a fact).
MIN_COSINE = 0.45
# A pair is aligned at or above this combined score (cosine plus fact evidence).
# Set by reading 40 random candidate pairs from six BASIL stories: below it
# nearly all pairs were same-topic background, not the same fact; raising it
# loses paraphrases that share few words.
ALIGN_SCORE = 0.72
TERMS_WEIGHT = 0.4
QUANTITY_BONUS = 0.12
ENTITY_BONUS = 0.03
SPEAKER_BONUS = 0.05


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
    """Cosine plus evidence that the two statements state the same fact.

    MiniLM's cosine alone measures topic: on one story, sentences on the same
    subject score 0.55-0.7 without sharing a fact. Shared specifics (the same
    content words, a number of the same measure, the same named people and
    places, the same speaker) are what make two wordings one fact.
    """
    score = cosine
    union = len(a.terms | b.terms) or 1
    score += TERMS_WEIGHT * len(a.terms & b.terms) / union
    if any(same_measure(x, y) and compatible(x, y) for x in a.quantities for y in b.quantities):
        score += QUANTITY_BONUS
    shared_entities = a.entities & b.entities
    if shared_entities:
        score += ENTITY_BONUS * min(2, len(shared_entities))
    if a.speakers and b.speakers and a.speakers & b.speakers:
        score += SPEAKER_BONUS
    return score
