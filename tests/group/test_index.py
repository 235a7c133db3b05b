"""The centroid index: exact while small, inverted file past the limit, same answers for near vectors."""

from __future__ import annotations

import numpy as np

from parallax.group.index import CentroidIndex


def unit_rows(count: int, dim: int, seed: int) -> np.ndarray:
    rows = np.random.default_rng(seed).standard_normal((count, dim)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_exact_search_returns_best_first() -> None:
    index = CentroidIndex(8)
    rows = unit_rows(50, 8, 0)
    for row in rows:
        index.add(row)
    ids, similarities = index.search(rows[7], 5)
    assert ids[0] == 7 and np.isclose(similarities[0], 1.0)
    assert list(similarities) == sorted(similarities, reverse=True)
    np.testing.assert_array_equal(ids, np.argsort(-(rows @ rows[7]))[:5])


def test_empty_index_finds_nothing() -> None:
    ids, similarities = CentroidIndex(4).search(np.ones(4, dtype=np.float32) / 2, 3)
    assert len(ids) == len(similarities) == 0


def test_inverted_file_finds_near_neighbours_after_updates() -> None:
    dim = 32
    index = CentroidIndex(dim, exact_limit=256, probes=4)
    centres = unit_rows(2000, dim, 1)
    for row in centres:
        index.add(row)
    assert index._cells is not None  # past the limit: the inverted file is in use
    moved = unit_rows(50, dim, 2)
    for i, row in enumerate(moved):
        index.update(i, row)
    noise = unit_rows(200, dim, 3)
    found = 0
    for i in range(200):
        target = moved[i] if i < 50 else centres[i]
        query = target + 0.3 * noise[i]
        query /= np.linalg.norm(query)
        ids, _ = index.search(query, 5)
        found += int(i in ids)
    assert found >= 190  # recall of a near neighbour through the cells


def test_members_stay_consistent_with_cells() -> None:
    index = CentroidIndex(16, exact_limit=64, probes=2)
    rows = unit_rows(300, 16, 4)
    for row in rows:
        index.add(row)
    for i, row in enumerate(unit_rows(300, 16, 5)):
        index.update(i, row)
    listed = sorted(int(x) for c, m in enumerate(index._members) for x in m[: index._member_count[c]])
    assert listed == list(range(300))
    assert all(index._cell_of[x] == c for c, m in enumerate(index._members) for x in m[: index._member_count[c]])
    for cell, members in enumerate(index._members):
        count = index._member_count[cell]
        np.testing.assert_array_equal(index._cell_vectors[cell][:count], index._vectors[members[:count]])


def test_update_without_refile_keeps_the_cell_and_the_new_vector() -> None:
    index = CentroidIndex(16, exact_limit=64, probes=2)
    rows = unit_rows(300, 16, 6)
    for row in rows:
        index.add(row)
    cell = int(index._cell_of[5])
    moved = rows[5] + 0.05 * unit_rows(1, 16, 7)[0]
    moved /= np.linalg.norm(moved)
    index.update(5, moved, refile=False)
    assert index._cell_of[5] == cell  # not re-filed
    position = int(index._position[5])
    np.testing.assert_array_equal(index._cell_vectors[cell][position], moved)  # but searched with its new value
    ids, similarities = index.search(moved, 3)
    assert ids[0] == 5 and np.isclose(similarities[0], 1.0)
