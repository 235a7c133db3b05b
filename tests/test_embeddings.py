"""The MiniLM embeddings: unit rows, order kept, meaning closer than words."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parallax.embeddings import DIMENSION, encode


def test_encode_shape_dtype_and_unit_norm() -> None:
    rows = encode(["Rescuers searched the rubble overnight.", "Markets fell sharply on Monday.", ""])
    assert rows.shape == (3, DIMENSION)
    assert rows.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)


def test_encode_empty_list() -> None:
    assert encode([]).shape == (0, DIMENSION)


def test_paraphrase_is_nearest_among_distractors() -> None:
    query = "A strong earthquake struck northern Iran on Sunday, killing at least 30 people."
    candidates = [
        "The central bank raised interest rates by a quarter of a percentage point.",
        "At least 30 people died when a powerful quake hit the north of Iran on Sunday.",
        "The actress checked into a rehabilitation clinic, her publicist said.",
        "Northern Iran's football team won the regional cup on Sunday.",
    ]
    rows = encode([query, *candidates])
    similarity = rows[1:] @ rows[0]
    assert int(np.argmax(similarity)) == 1


def test_similarity_ordering() -> None:
    anchor, near, related, unrelated = encode(
        [
            "The company recalled 50,000 cars over faulty brakes.",
            "Fifty thousand vehicles were recalled by the carmaker because of brake defects.",
            "The carmaker reported record profits this quarter.",
            "Heavy rain flooded the village overnight.",
        ]
    )
    assert anchor @ near > anchor @ related > anchor @ unrelated


def test_order_is_restored_and_batching_does_not_change_vectors() -> None:
    texts = ["short", "a somewhat longer sentence about the weather today", "mid length text here"]
    together = encode(texts, batch_size=2)
    one_by_one = np.vstack([encode([t]) for t in texts])
    np.testing.assert_allclose(together, one_by_one, atol=1e-4)


def test_rejects_bad_batch_size() -> None:
    with pytest.raises(ValueError):
        encode(["x"], batch_size=0)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=80), min_size=1, max_size=4))
def test_any_text_gives_finite_unit_rows(texts: list[str]) -> None:
    rows = encode(texts)
    assert rows.shape == (len(texts), DIMENSION)
    assert np.isfinite(rows).all()
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
