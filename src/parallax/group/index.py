"""A nearest-neighbour index over story centroids that stays fast as stories pile up.

Exact (one matrix product) while there are few stories; past `exact_limit` an
inverted-file index: spherical k-means cells, about 4·√n of them, and a query
scans only the `probes` cells nearest to it, so a search touches O(√n) rows
instead of all n. Cells are re-trained each time the count doubles
(amortised O(1) per added story). Pure numpy: no extra dependency.
"""

from __future__ import annotations

import numpy as np

__all__ = ["CentroidIndex"]


class CentroidIndex:
    """Unit vectors, addressed by a dense integer id, searchable by cosine similarity."""

    def __init__(self, dim: int, exact_limit: int = 1024, probes: int = 6, seed: int = 0) -> None:
        # exact_limit and probes: chosen on the synthetic scale benchmark (benchmarks/bench_grouping.py):
        # below ~1,000 stories one matrix product is cheapest; with 54k stories, 6 of 724 cells scan ~0.8%
        # of them (67 µs warm). Recall was not measured there; tests/group/test_index.py checks >= 95%.
        self.dim = dim
        self.exact_limit = exact_limit
        self.probes = probes
        self._rng = np.random.default_rng(seed)
        self._vectors = np.zeros((1024, dim), dtype=np.float32)
        self._size = 0
        self._cells: np.ndarray | None = None  # (cells, dim) unit vectors
        self._cell_of = np.zeros(1024, dtype=np.int32)
        self._members: list[np.ndarray] = []
        self._cell_vectors: list[np.ndarray] = []  # each cell's vectors, contiguous: a probe is one matvec
        self._position = np.zeros(1024, dtype=np.int64)  # where each id sits in its cell
        self._member_count: list[int] = []
        self._trained_size = 0

    def __len__(self) -> int:
        return self._size

    @property
    def vectors(self) -> np.ndarray:
        """A view of the stored vectors, row i for id i."""
        return self._vectors[: self._size]

    def add(self, vector: np.ndarray) -> int:
        """Store a vector; returns its id."""
        if self._size == len(self._vectors):
            self._vectors = np.concatenate([self._vectors, np.zeros_like(self._vectors)])
            self._cell_of = np.concatenate([self._cell_of, np.zeros_like(self._cell_of)])
            self._position = np.concatenate([self._position, np.zeros_like(self._position)])
        index = self._size
        self._vectors[index] = vector
        self._size += 1
        if self._cells is not None:
            self._put(index, self._nearest_cell(vector))
        if self._size >= self.exact_limit and self._size >= 2 * self._trained_size:
            self._train()
        return index

    def update(self, index: int, vector: np.ndarray, refile: bool = True) -> None:
        """Replace a stored vector (a story's centroid moved), moving it to its new cell if needed.

        `refile=False` keeps it in its cell without scoring every cell again: callers pass it when
        the vector can only have moved a little (one more member in a large story), which saves a
        cells-wide product per update; the next re-training files it afresh.
        """
        self._vectors[index] = vector
        if self._cells is not None:
            cell = self._nearest_cell(vector) if refile else int(self._cell_of[index])
            if cell != self._cell_of[index]:
                self._remove(index, int(self._cell_of[index]))
                self._put(index, cell)
            else:
                self._cell_vectors[cell][self._position[index]] = vector

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Ids and cosine similarities of (about) the k nearest vectors, best first."""
        if self._size == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        if self._cells is None:
            candidates = None
            similarities = self.vectors @ query
        else:
            probes = min(self.probes, len(self._cells))
            nearest_cells = np.argpartition(-(self._cells @ query), probes - 1)[:probes]
            counts = [self._member_count[c] for c in nearest_cells]
            candidates = np.concatenate([self._members[c][:n] for c, n in zip(nearest_cells, counts, strict=True)])
            similarities = np.concatenate(
                [self._cell_vectors[c][:n] @ query for c, n in zip(nearest_cells, counts, strict=True)]
            )
            if len(similarities) == 0:
                return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        k = min(k, len(similarities))
        top = np.argpartition(-similarities, k - 1)[:k]
        top = top[np.argsort(-similarities[top])]
        ids = top if candidates is None else candidates[top]
        return ids.astype(np.int64), similarities[top]

    # -- the inverted file ------------------------------------------------------------------
    def _nearest_cell(self, vector: np.ndarray) -> int:
        assert self._cells is not None
        return int(np.argmax(self._cells @ vector))

    def _put(self, index: int, cell: int) -> None:
        count = self._member_count[cell]
        if count == len(self._members[cell]):
            self._members[cell] = np.concatenate([self._members[cell], np.zeros(max(8, count), dtype=np.int64)])
            block = self._cell_vectors[cell]
            self._cell_vectors[cell] = np.concatenate([block, np.zeros((max(8, count), self.dim), dtype=np.float32)])
        self._members[cell][count] = index
        self._cell_vectors[cell][count] = self._vectors[index]
        self._member_count[cell] = count + 1
        self._cell_of[index] = cell
        self._position[index] = count

    def _remove(self, index: int, cell: int) -> None:
        last = self._member_count[cell] - 1
        position = int(self._position[index])
        moved = int(self._members[cell][last])
        self._members[cell][position] = moved
        self._cell_vectors[cell][position] = self._cell_vectors[cell][last]
        self._position[moved] = position
        self._member_count[cell] = last

    def _train(self, iterations: int = 6, sample_size: int = 20_000) -> None:
        """Spherical k-means on a sample, then every vector filed under its nearest cell."""
        data = self.vectors
        cell_count = max(16, int(4 * np.sqrt(len(data))))
        sample = data[self._rng.choice(len(data), size=min(sample_size, len(data)), replace=False)]
        cells = sample[self._rng.choice(len(sample), size=cell_count, replace=False)].copy()
        for _ in range(iterations):
            assignment = np.argmax(sample @ cells.T, axis=1)
            order = np.argsort(assignment, kind="stable")
            used, starts = np.unique(assignment[order], return_index=True)
            sums = np.zeros_like(cells)
            sums[used] = np.add.reduceat(sample[order], starts, axis=0)  # per-cell sums, no slow np.add.at
            norms = np.linalg.norm(sums, axis=1, keepdims=True)
            empty = norms[:, 0] == 0
            sums[empty] = cells[empty]  # a cell that lost all points keeps its place
            cells = sums / np.where(norms == 0, 1.0, norms)
        self._cells = cells.astype(np.float32)
        self._members = [np.zeros(16, dtype=np.int64) for _ in range(cell_count)]
        self._cell_vectors = [np.zeros((16, self.dim), dtype=np.float32) for _ in range(cell_count)]
        self._member_count = [0] * cell_count
        for start in range(0, len(data), 8192):
            block = data[start : start + 8192]
            for offset, cell in enumerate(np.argmax(block @ self._cells.T, axis=1)):
                self._put(start + offset, int(cell))
        self._trained_size = len(data)
