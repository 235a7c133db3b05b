"""The sentence-pair model: does one outlet's statement entail, leave open, or contradict another's?

A cross-encoder fine-tuned here from the all-MiniLM-L6-v2 weights on the NLI
pairs of the shared corpora (`training/train_nli.py` reproduces it; int8 ONNX,
run with onnxruntime like the embeddings). Cosine similarity says two sentences
are on one topic; only a model that reads both together can say that "will buy"
and "will not buy" cannot both be true. It is asked about candidate pairs only
(statements already aligned or nearly so), never all pairs of a story.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from parallax.embeddings import minilm_tokenizer

__all__ = ["LABELS", "PairJudgement", "judge_pairs", "predict"]

LABELS = ("entailment", "neutral", "contradiction")  # the head's order, as training/train_nli.py writes it
MODEL_RESOURCE = "compare/models/nli-minilm-int8.onnx"
MAX_TOKENS = 128  # as trained; a pair of news sentences rarely reaches it
BATCH_SIZE = 16
# A pair is compatible when each wording entails the other at this probability, or when
# contradiction (mean of both directions) is below UNLIKELY_CONTRADICTION. Chosen on
# basil-dev by benchmarks/calibrate_verdicts.py (36 settings; see BENCHMARKS.md, "Verdicts").
COMPATIBLE_ENTAILMENT = 0.4
UNLIKELY_CONTRADICTION = 0.35
_lock = threading.Lock()


@dataclass(frozen=True)
class PairJudgement:
    """The model's reading of a pair, both ways round (NLI is directional)."""

    entailment: float  # the larger of the two directions: one statement holds the other
    mutual_entailment: float  # the smaller: each holds the other, a sign of one fact
    contradiction: float  # the mean of both directions

    @property
    def compatible(self) -> bool:
        """The model judges both wordings true together: each entails the other, or contradiction is unlikely.

        Entailment one way only is no sign of compatibility: "opened in 1984" is read
        as entailing "opened in 1992" far more often than the reverse by a small model.
        """
        return self.mutual_entailment >= COMPATIBLE_ENTAILMENT or self.contradiction < UNLIKELY_CONTRADICTION


@lru_cache(maxsize=1)
def _session() -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    model = resources.files("parallax").joinpath(MODEL_RESOURCE)
    with resources.as_file(model) as path:
        return ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def predict(pairs: list[tuple[str, str]], batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Probabilities (entailment, neutral, contradiction) for each (premise, hypothesis), in order."""
    if not pairs:
        return np.zeros((0, 3), dtype=np.float32)
    order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
    result = np.empty((len(pairs), 3), dtype=np.float32)
    with _lock:
        tokenizer, session = minilm_tokenizer(MAX_TOKENS), _session()
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        encodings = tokenizer.encode_batch([pairs[i] for i in chunk])
        feeds = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        result[chunk] = _softmax(session.run(None, feeds)[0])
    return result


def judge_pairs(pairs: list[tuple[str, str]]) -> list[PairJudgement]:
    """Each pair read both ways round; a pair of identical texts is not asked."""
    distinct = list(dict.fromkeys(p for a, b in pairs if a != b for p in ((a, b), (b, a))))
    probabilities = dict(zip(distinct, predict(distinct), strict=True))
    judgements = []
    for a, b in pairs:
        if a == b:
            judgements.append(PairJudgement(1.0, 1.0, 0.0))
            continue
        forward, backward = probabilities[(a, b)], probabilities[(b, a)]
        judgements.append(PairJudgement(
            entailment=float(max(forward[0], backward[0])),
            mutual_entailment=float(min(forward[0], backward[0])),
            contradiction=float((forward[2] + backward[2]) / 2),
        ))
    return judgements
