"""Alignment learned from analyst gold: is this candidate pair one fact in two outlets' words?

MiniLM's cosine measures topic: on one story, background sentences reach 0.6-0.7
while real paraphrases fall below 0.4 ("X has pleaded not guilty" / "He has
denied the charge"). A logistic model over evidence of one fact (cosine, the
sentence-pair model's entailment both ways, rare words and names shared,
numbers of one measure that agree or clash, the same speaker, position in the
article) scores each candidate the nearest-neighbour search proposes; it never
sees all pairs. `training/train_aligner.py` fits it on basil-dev and the
seeds' gold, cross-validated by story, and writes `models/aligner.json`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from parallax.compare.nli import PairJudgement
from parallax.compare.units import STOPWORDS, Unit
from parallax.compare.values import compatible, same_measure

MODEL_RESOURCE = "compare/models/aligner.json"
FEATURES = (
    "cosine",
    "mutual_entailment",
    "entailment",
    "contradiction",
    "terms_jaccard",
    "rare_shared",
    "entities_shared",
    "quantity_agrees",
    "quantity_clashes",
    "other_measures",
    "same_speaker",
    "position_gap",
    "headline",
    "length_ratio",
    "mutual_best",
    "best_either",
    "judged",
    "specific_shared",
    "specific_cover_shorter",
    "specific_cover_longer",
    "specific_top",
)


@dataclass(frozen=True)
class Aligner:
    """A logistic model over FEATURES; `threshold` is the probability at which a pair is one fact."""

    weights: tuple[float, ...]
    bias: float
    means: tuple[float, ...]
    scales: tuple[float, ...]
    threshold: float

    @property
    def extra_threshold(self) -> float:
        """An outlet's second or third wording of a fact joins its claim only at this, stricter, probability."""
        return self.threshold + (1.0 - self.threshold) / 2

    def score(self, a: Unit, b: Unit, cosine: float, judgement: PairJudgement | None,
              ranks: tuple[int, int] = (0, 0)) -> float:
        return self.probability(pair_features(a, b, cosine, judgement, ranks))

    def probability(self, features: list[float]) -> float:
        z = self.bias + sum(
            w * (x - m) / s for w, x, m, s in zip(self.weights, features, self.means, self.scales, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict:
        return {"features": list(FEATURES), "weights": list(self.weights), "bias": self.bias,
                "means": list(self.means), "scales": list(self.scales), "threshold": self.threshold}

    @classmethod
    def from_dict(cls, data: dict) -> Aligner:
        if tuple(data["features"]) != FEATURES:
            raise ValueError("the aligner model was trained on other features; rerun training/train_aligner.py")
        return cls(tuple(data["weights"]), data["bias"], tuple(data["means"]), tuple(data["scales"]),
                   data["threshold"])


@lru_cache(maxsize=1)
def load_aligner() -> Aligner:
    text = resources.files("parallax").joinpath(MODEL_RESOURCE).read_text(encoding="utf-8")
    return Aligner.from_dict(json.loads(text))


@dataclass(frozen=True)
class RuleAligner:
    """The hand-set rule the learned model replaced (cosine plus fact bonuses, threshold read off
    40 BASIL pairs): kept as the baseline the benchmarks run beside the model."""

    threshold: float = 0.72
    extra_threshold: float = 0.87

    def score(self, a: Unit, b: Unit, cosine: float, judgement: PairJudgement | None,
              ranks: tuple[int, int] = (0, 0)) -> float:
        score = cosine + 0.4 * len(a.terms & b.terms) / (len(a.terms | b.terms) or 1)
        if any(same_measure(x, y) and compatible(x, y) for x in a.quantities for y in b.quantities):
            score += 0.12
        if a.entities & b.entities:
            score += 0.03 * min(2, len(a.entities & b.entities))
        if a.speakers and b.speakers and a.speakers & b.speakers:
            score += 0.05
        return score


def pair_features(a: Unit, b: Unit, cosine: float, judgement: PairJudgement | None,
                  ranks: tuple[int, int] = (0, 0)) -> list[float]:
    """The evidence that two statements of different outlets state one fact, in FEATURES order."""
    union = len(a.terms | b.terms) or 1
    shared = content_words(a.text) & content_words(b.text)
    agree = clash = 0.0
    for x in a.quantities:
        for y in b.quantities:
            if same_measure(x, y):
                agree, clash = (agree + 1, clash) if compatible(x, y) else (agree, clash + 1)
    other_measures = float(bool(a.quantities and b.quantities) and not agree and not clash)
    longer = max(len(a.text), len(b.text)) or 1
    return [
        cosine,
        judgement.mutual_entailment if judgement else 0.0,
        judgement.entailment if judgement else 0.0,
        judgement.contradiction if judgement else 0.0,
        len(a.terms & b.terms) / union,
        sum(rarity(term) for term in shared),
        float(min(3, len(a.entities & b.entities))),
        min(2.0, agree),
        min(2.0, clash),
        other_measures,
        float(bool(a.speakers & b.speakers)),
        abs(a.position - b.position),
        float(a.field in ("title", "standfirst") or b.field in ("title", "standfirst")),
        min(len(a.text), len(b.text)) / longer,
        float(ranks == (0, 0)),
        float(min(ranks) == 0),
        # The model reads only each statement's closest candidates: without this, a pair it never
        # read would look like one it read and found unrelated.
        float(judgement is not None),
        *specific_overlap(a, b),
    ]


def specific_overlap(a: Unit, b: Unit) -> tuple[float, float, float, float]:
    """How much of what is specific to each statement within the story the two share: the weight
    of their shared terms, as a part of the lighter and of the heavier statement, and the most
    specific shared term. A word only these two sentences use ("tents") is strong evidence of one
    fact; a word every sentence of the story uses (the main actor's name) is none."""
    shared = a.terms & b.terms
    weight = sum(a.specificity.get(term, 0.0) for term in shared)
    totals = sorted((sum(a.specificity.values()) or 1.0, sum(b.specificity.values()) or 1.0))
    top = max((a.specificity.get(term, 0.0) for term in shared), default=0.0)
    return weight, weight / totals[0], weight / totals[1], top


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+|\d[\d,.]*\d|\d")


@lru_cache(maxsize=100_000)
def content_words(text: str) -> frozenset[str]:
    """Whole lower-cased words outside the stop list (numbers included): what rarity is measured on."""
    return frozenset(w.strip("'-.,") for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1)


@lru_cache(maxsize=50_000)
def rarity(term: str) -> float:
    """How much a shared word says: 0 for everyday words, up to 1 for names and rare words (wordfreq)."""
    from wordfreq import zipf_frequency

    if term[0].isdigit():
        return 1.0  # a number two outlets share is as specific as a name
    return max(0.0, min(1.0, (6.0 - zipf_frequency(term, "en")) / 4.0))


__all__ = ["FEATURES", "Aligner", "RuleAligner", "load_aligner", "pair_features"]
