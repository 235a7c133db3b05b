"""Ingest throughput: real articles with real embeddings, and the store + grouping alone at scale.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_store.py [--scale | --pipeline]

1. BASIL's 240 articles through `ingest_articles` into a fresh SQLite file with
   the MiniLM embeddings (what `parallax ingest` costs per article, cleaning
   and reading excluded), then a second run of the same input (all duplicates).
2. SYNTHETIC articles (invented text, random vectors instead of the model) to
   time the store and grouping alone, and reopening a store of that size
   (rebuilding the grouper from it).
3. `--scale`: the part of an ingest whose cost can grow with the pile, store
   + grouping through `ingest_articles`, per added article once 1,000 / 10,000
   / 100,000 are stored, on the clustered SYNTHETIC stream of
   `bench_grouping.py` (the model's cost per article does not depend on the pile).
4. `--pipeline`: the whole pipeline per article (clean, read, embed with
   MiniLM, group, store) for real BASIL articles (each made unique by a line
   naming its copy: a SYNTHETIC variation) going into a store of 10,000 and of
   100,000 articles (filled with the synthetic stream), in rounds alternated with
   a store of 1,000, so both are timed under the same machine load.
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


def stream_embedder(articles: list[Article], vectors: np.ndarray):
    """An embedder that gives the synthetic stream's own vectors, in order, instead of running the model."""
    from parallax.group import grouping_text

    by_text: dict[str, list[np.ndarray]] = {}
    for article, vector in zip(articles, vectors, strict=True):
        by_text.setdefault(grouping_text(article), []).append(vector)
    return lambda texts: np.stack([by_text[text].pop(0) for text in texts])


def scale(sizes: tuple[int, ...] = (1_000, 10_000, 100_000), windows: int = 5, window: int = 200) -> None:
    """CPU time per added article of store + grouping at each stored size (SYNTHETIC articles and vectors)."""
    import statistics

    from bench_grouping import synthetic_stream

    largest = max(sizes)
    articles, vectors = synthetic_stream(largest + windows * window * len(sizes), 384, seed=1)
    embed = stream_embedder(articles, vectors)

    print(f"SCALE: store + grouping (SQLite file, synthetic clustered vectors, no model), ingest runs of {window}")
    with tempfile.TemporaryDirectory() as folder, SQLiteStore(Path(folder) / "scale.db") as store:
        grouper = StoryGrouper()
        start = time.perf_counter()
        cursor = 0
        for size in sorted(sizes):
            while store.count_articles() < size:  # filled in runs of 10,000, untimed
                step = min(10_000, size - store.count_articles())
                ingest_articles(store, articles[cursor : cursor + step], grouper=grouper, embed=embed)
                cursor += step
            cpu, wall = [], []
            for _ in range(windows):  # timed: runs of `window` new articles each, as a day's scrape would come
                clock, watch = time.process_time(), time.perf_counter()
                ingest_articles(store, articles[cursor : cursor + window], grouper=grouper, embed=embed)
                cpu.append((time.process_time() - clock) / window)
                wall.append((time.perf_counter() - watch) / window)
                cursor += window
            print(
                f"  {size:>7,} stored: {statistics.median(cpu) * 1000:.3f} ms CPU "
                f"({statistics.median(wall) * 1000:.3f} ms wall) per added article, "
                f"median of {windows} runs of {window}"
            )
        total = time.perf_counter() - start
        added = store.count_articles()
        size_mib = (Path(folder) / "scale.db").stat().st_size / 2**20
        print(f"  {added:,} articles in {total:.0f} s; file {size_mib:.0f} MiB")
        store.close()
        with SQLiteStore(Path(folder) / "scale.db") as reopened:
            start = time.perf_counter()
            grouper = StoryGrouper.from_rows(reopened.iter_grouping())
            print(
                f"  reopen + rebuild grouper from {added:,} stored articles: "
                f"{time.perf_counter() - start:.1f} s ({len(grouper):,} stories)"
            )


def pipeline(sizes: tuple[int, ...] = (10_000, 100_000), rounds: int = 9, per_round: int = 8) -> None:
    """CPU time per article of the whole pipeline into a grown store, against a 1,000-article store, alternating."""
    import itertools
    import statistics

    from bench_grouping import load_basil, synthetic_stream
    from parallax.analyze import analyze, load_nlp
    from parallax.clean import clean
    from parallax.embeddings import encode
    from parallax.model import RawDocument

    records = load_basil()[0]
    copies = itertools.count()
    bases = itertools.count(0, per_round)

    def copies_of(first: int) -> list[RawDocument]:
        """Copies of `per_round` BASIL articles from `first` on: both stores of a round read the same texts."""
        raws = []
        for offset in range(per_round):
            number = next(copies)
            article = records[(first + offset) % len(records)]
            raws.append(
                RawDocument(
                    source="basil-variation",
                    kind="record",
                    content=f"{article.body}\n\nCopy {number} of this report.",
                    id=f"{article.id}-copy{number}",
                    title=article.title,
                    outlet=article.outlet,
                    published=article.published,
                )
            )
        return raws

    def one_round(store: SQLiteStore, grouper: StoryGrouper, first: int) -> float:
        """Per-article CPU seconds: clean + read, then embed + group + store (the run's start-up left out)."""
        raws = copies_of(first)
        start = time.process_time()
        articles = list(analyze(clean(raw) for raw in raws))
        read = time.process_time() - start
        pulled: list[float] = []

        def stream():
            pulled.append(time.process_time())
            yield from articles

        ingest_articles(store, stream(), grouper=grouper)
        return (read + time.process_time() - pulled[0]) / len(articles)

    fill, vectors = synthetic_stream(max(sizes), 384, seed=2)
    fill_embed = stream_embedder(fill, vectors)

    load_nlp()
    encode(["warm the model up"])
    print("PIPELINE: clean + read + embed + group + store per real article (BASIL copies), one core")
    with tempfile.TemporaryDirectory() as folder:
        small_store = SQLiteStore(Path(folder) / "small.db")
        small_grouper = StoryGrouper()
        ingest_articles(small_store, fill[:1_000], grouper=small_grouper, embed=stream_embedder(fill, vectors))
        big_store = SQLiteStore(Path(folder) / "big.db")
        big_grouper = StoryGrouper()
        ingest_articles(big_store, fill[:1_000], grouper=big_grouper, embed=fill_embed)
        stored = 1_000
        for size in sorted(sizes):
            ingest_articles(big_store, fill[stored:size], grouper=big_grouper, embed=fill_embed)
            stored = size
            small, big = [], []
            for _ in range(rounds):
                first = next(bases)
                small.append(one_round(small_store, small_grouper, first))
                big.append(one_round(big_store, big_grouper, first))
            print(
                f"  {size:>7,} stored: {statistics.median(big) * 1000:.0f} ms CPU per article, "
                f"{statistics.median(big) / statistics.median(small):.3f}x the 1,000-article store in the same rounds "
                f"({statistics.median(small) * 1000:.0f} ms; medians of {rounds} alternating rounds of {per_round})"
            )
        small_store.close()
        big_store.close()


def main() -> None:
    import sys

    if "--scale" in sys.argv[1:]:
        scale()
        return
    if "--pipeline" in sys.argv[1:]:
        pipeline()
        return
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
