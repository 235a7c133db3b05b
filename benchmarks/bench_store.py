"""Ingest throughput: real articles with real embeddings, and the store + grouping alone at scale.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_store.py

1. BASIL's 240 articles through `ingest_articles` into a fresh SQLite file with
   the MiniLM embeddings (what `parallax ingest` costs per article, cleaning
   and reading excluded), then a second run of the same input (all duplicates).
2. SYNTHETIC articles (invented text, random vectors instead of the model) to
   time the store and grouping alone, and reopening a store of that size
   (rebuilding the grouper from it).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from parallax.group import StoryGrouper
from parallax.model import Article
from parallax.store import SQLiteStore
from parallax.store.ingest import ingest_articles

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def basil() -> list[Article]:
    """BASIL articles in publication order (the loader the grouping benchmark uses)."""
    from bench_grouping import load_basil

    return load_basil()[0]


def synthetic(count: int) -> list[Article]:
    return [
        Article(
            id=f"synthetic-{i}",
            source="synthetic",
            body=f"Official Name{i // 3} spoke in City{i // 3 % 997} about {i % 1000} items. Report {i}.",
            published=f"2024-03-{1 + i // 500 % 28:02d}",
        )
        for i in range(count)
    ]


def random_embed(texts: list[str]) -> np.ndarray:
    rows = np.random.default_rng(len(texts)).standard_normal((len(texts), 384)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        if SHARED.exists():
            articles = basil()
            with SQLiteStore(Path(folder) / "basil.db") as store:
                start = time.perf_counter()
                summary = ingest_articles(store, articles)
                elapsed = time.perf_counter() - start
                print(
                    f"BASIL ingest with MiniLM embeddings: {summary.added} articles in {elapsed:.1f} s "
                    f"= {summary.added / elapsed:.1f} articles/s ({len(store.stories())} stories)"
                )
                start = time.perf_counter()
                again = ingest_articles(store, articles)
                print(
                    f"  re-run: {again.duplicates} duplicates, {again.added} added, {time.perf_counter() - start:.2f} s"
                )
        else:
            print(f"{SHARED} not found: skipping the BASIL run")

        count = 20_000
        path = Path(folder) / "synthetic.db"
        with SQLiteStore(path) as store:
            start = time.perf_counter()
            summary = ingest_articles(store, synthetic(count), embed=random_embed)
            elapsed = time.perf_counter() - start
            print(
                f"SYNTHETIC store + grouping (random vectors, no model): {summary.added} articles in {elapsed:.1f} s "
                f"= {summary.added / elapsed:.0f} articles/s; file {path.stat().st_size / 2**20:.0f} MiB"
            )
        with SQLiteStore(path) as store:
            start = time.perf_counter()
            grouper = StoryGrouper.from_rows(store.iter_grouping())
            print(
                f"  reopen + rebuild grouper from {count:,} stored articles: {time.perf_counter() - start:.1f} s "
                f"({len(grouper):,} stories)"
            )


if __name__ == "__main__":
    main()
