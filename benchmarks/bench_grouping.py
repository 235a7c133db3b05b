"""Same-event grouping: B-cubed quality on ECB+ and BASIL, speed, and growth to 100,000 articles.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_grouping.py [--quality [--analysed]] [--scale] [--tune]

Quality: B-cubed P/R/F1 of `StoryGrouper` stories against the gold `event`
(read here only, never in `src/`) on the ECB+ dev topics, the other ECB+
topics and all of them (all 772 documents in one ingest run, then split over
2, 4 and 8 runs and one at a time; ECB+ has no dates, so the order matters:
median over shuffled orders), and on BASIL in publication order; next to a
TF-IDF average-link baseline measured in the same run. Scale: *synthetic*
articles (real lead embeddings moved into invented topics and events, invented
names, said so in the output) to time a batch of 100 at 1,000 / 10,000 /
100,000 stored articles and measure memory (process RSS) at 100,000.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

from parallax.group import GroupingParams, StoryGrouper, grouping_text
from parallax.model import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ECB_DEV_TOPICS = {"2", "5", "12", "18", "21", "23", "34", "35"}
CACHE = Path(tempfile.gettempdir()) / "parallax-bench-embeddings"


# -- data ----------------------------------------------------------------------------------------
def load_ecb() -> tuple[list[Article], list[str], list[str]]:
    """ECB+ documents as articles (the corpus's URL line moved to `url`), gold events, topics."""
    articles, events, topics = [], [], []
    with open(SHARED / "data/ecbplus/docs.jsonl", encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            lines = doc["text"].split("\n")
            url = next((x for x in lines if x.lower().startswith("http")), None)
            body = "\n".join(x for x in lines if not x.lower().startswith("http"))
            articles.append(Article(id=doc["id"], source="ecbplus", body=body, url=url))
            events.append(doc["event"])
            topics.append(doc["topic"])
    return articles, events, topics


def load_basil() -> tuple[list[Article], list[str]]:
    """BASIL articles in publication order, with gold events."""
    with open(SHARED / "data/basil/articles.jsonl", encoding="utf-8") as handle:
        docs = [json.loads(x) for x in handle]
    docs.sort(key=lambda d: (d["published"] or "", d["id"]))
    articles = [
        Article(
            id=d["id"],
            source="basil",
            body=d["text"],
            title=d["title"],
            outlet=d["outlet"],
            published=d["published"],
            url=d["url"],
        )
        for d in docs
    ]
    return articles, [d["event"] for d in docs]


def embeddings_for(articles: list[Article]) -> np.ndarray:
    """Grouping embeddings, cached on disk by content (encoding 1,000 leads takes minutes on one core)."""
    from parallax.embeddings import encode

    texts = [grouping_text(a) for a in articles]
    key = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"{key}.npy"
    if path.exists():
        return np.load(path)
    vectors = encode(texts)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def analysed(articles: list[Article]) -> list[Article]:
    """The articles read by `parallax.analyze`, as `parallax ingest` groups them; cached on disk (minutes)."""
    import pickle

    from parallax.analyze import analyze

    key = hashlib.sha256("\x00".join(a.id + a.body for a in articles).encode()).hexdigest()[:16]
    path = CACHE / f"{key}-analysed.pkl"
    if path.exists():
        with open(path, "rb") as handle:
            return pickle.load(handle)
    read = list(analyze(articles))
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        pickle.dump(read, handle)
    return read


# -- scoring -------------------------------------------------------------------------------------
def bcubed(predicted: list[str], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998), averaged over items."""
    by_predicted: dict[str, set[int]] = defaultdict(set)
    by_gold: dict[str, set[int]] = defaultdict(set)
    for i, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        by_predicted[p].add(i)
        by_gold[g].add(i)
    precision = recall = 0.0
    for i in range(len(gold)):
        shared = len(by_predicted[predicted[i]] & by_gold[gold[i]])
        precision += shared / len(by_predicted[predicted[i]])
        recall += shared / len(by_gold[gold[i]])
    precision /= len(gold)
    recall /= len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def run_grouper(
    articles: list[Article], vectors: np.ndarray, order: list[int], params: GroupingParams, runs: int = 1
) -> list[str]:
    """Story labels when the articles arrive in `order`, split into `runs` ingest runs (each one batch)."""
    grouper = StoryGrouper(params)
    labels = [""] * len(articles)
    for part in np.array_split(np.array(order, dtype=int), runs):
        for i, story in zip(part, grouper.add_batch([articles[i] for i in part], vectors[part]), strict=True):
            labels[i] = story
    return labels


def tfidf_baseline(articles: list[Article], threshold: float) -> list[str]:
    """TF-IDF vectors of title + lead, average-link agglomerative clustering at a cosine distance."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [grouping_text(a) for a in articles]
    )
    clustering = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
    ).fit(matrix.toarray())
    return [str(x) for x in clustering.labels_]


def subset(labels: list[str], gold: list[str], keep: list[bool]) -> tuple[float, float, float]:
    return bcubed(
        [x for x, k in zip(labels, keep, strict=True) if k], [x for x, k in zip(gold, keep, strict=True) if k]
    )


def ecb_scores(
    articles: list[Article],
    vectors: np.ndarray,
    events: list[str],
    topics: list[str],
    params: GroupingParams,
    seeds: range = range(5),
    runs: int = 1,
) -> dict[str, tuple[float, float, float]]:
    """Median (by F1) B-cubed on dev / other / all topics over shuffled orders; all documents grouped together."""
    results: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    dev = [t in ECB_DEV_TOPICS for t in topics]
    other = [not d for d in dev]
    for seed in seeds:
        order = list(range(len(articles)))
        random.Random(seed).shuffle(order)
        labels = run_grouper(articles, vectors, order, params, runs)
        results["dev"].append(subset(labels, events, dev))
        results["other"].append(subset(labels, events, other))
        results["all"].append(bcubed(labels, events))
    return {k: sorted(v, key=lambda s: s[2])[len(v) // 2] for k, v in results.items()}


def fmt(scores: tuple[float, float, float]) -> str:
    return "P {:.3f} R {:.3f} F1 {:.3f}".format(*scores)


# -- the runs ------------------------------------------------------------------------------------
def quality(read_first: bool = False) -> None:
    if not SHARED.exists():
        sys.exit(f"{SHARED} not found: the quality benchmark needs the shared corpora")
    params = GroupingParams()
    print(f"params: {params}")
    ecb, events, topics = load_ecb()
    ecb_vectors = embeddings_for(ecb)
    basil, basil_events = load_basil()
    basil_vectors = embeddings_for(basil)
    if read_first:  # what `parallax ingest` groups: the reading's entity names join the regex names
        ecb, basil = analysed(ecb), analysed(basil)
        print("articles read by parallax.analyze first, as `parallax ingest` does")

    start = time.perf_counter()
    scores = ecb_scores(ecb, ecb_vectors, events, topics, params)
    elapsed = time.perf_counter() - start
    print(
        f"ECB+ StoryGrouper, all documents in one ingest run (median of 5 shuffled orders; "
        f"{5 * len(ecb) / elapsed:.0f} articles/s grouping alone)"
    )
    for name in ("dev", "other", "all"):
        print(f"  {name:5} topics: {fmt(scores[name])}")
    # The same documents arriving over several runs (tomorrow's articles joining today's stories),
    # and one at a time (each article deciding alone, as a feed would if ingested article by article).
    for label, runs, run_params in (
        ("in 2 runs", 2, params),
        ("in 4 runs", 4, params),
        ("in 8 runs", 8, params),
        ("one at a time", 1, replace(params, chunk_size=1)),
    ):
        split = ecb_scores(ecb, ecb_vectors, events, topics, run_params, runs=runs)
        print(f"  {label:13}: all topics {fmt(split['all'])}; dev {split['dev'][2]:.3f}, other {split['other'][2]:.3f}")
    dev = [t in ECB_DEV_TOPICS for t in topics]
    # The baseline's threshold is tuned on the dev topics too, in this run (grid below).
    dev_articles = [a for a, k in zip(ecb, dev, strict=True) if k]
    dev_events = [e for e, k in zip(events, dev, strict=True) if k]
    best = max((bcubed(tfidf_baseline(dev_articles, t), dev_events)[2], t) for t in np.arange(0.5, 0.96, 0.05))
    baseline = tfidf_baseline(ecb, best[1])
    # Piles the size of the held-out test split (10 topics, ~230 documents), each ingested alone
    # into a fresh grouper: how much the score moves with which look-alikes a pile holds.
    rng = random.Random(11)
    pile_scores, pile_baseline = [], []
    for _ in range(16):
        chosen = set(rng.sample(sorted(set(topics)), 10))
        pile = [i for i, t in enumerate(topics) if t in chosen]
        rng.shuffle(pile)
        labels = StoryGrouper(params).add_batch([ecb[i] for i in pile], ecb_vectors[pile])
        pile_scores.append(bcubed(labels, [events[i] for i in pile])[2])
        pile_baseline.append(bcubed(tfidf_baseline([ecb[i] for i in pile], best[1]), [events[i] for i in pile])[2])
    print(
        f"  16 piles of 10 random topics, each alone: F1 mean {statistics.mean(pile_scores):.3f}, "
        f"median {statistics.median(pile_scores):.3f}, min {min(pile_scores):.3f}, max {max(pile_scores):.3f}; "
        f"TF-IDF baseline on the same piles: mean {statistics.mean(pile_baseline):.3f}"
    )
    print(f"ECB+ TF-IDF average-link baseline (distance threshold {best[1]:.2f}, tuned on dev topics)")
    print(f"  dev   topics: {fmt(subset(baseline, events, dev))}")
    print(f"  other topics: {fmt(subset(baseline, events, [not d for d in dev]))}")
    print(f"  all   topics: {fmt(bcubed(baseline, events))}")

    start = time.perf_counter()
    labels = run_grouper(basil, basil_vectors, list(range(len(basil))), params)
    elapsed = time.perf_counter() - start
    rate = len(basil) / elapsed
    print(
        f"BASIL StoryGrouper (publication order, one run; {rate:.0f} articles/s): {fmt(bcubed(labels, basil_events))}"
    )
    for label, runs, run_params in (
        ("in 4 runs", 4, params),
        ("one at a time", 1, replace(params, chunk_size=1)),
    ):
        split = run_grouper(basil, basil_vectors, list(range(len(basil))), run_params, runs)
        print(f"  {label:13}: {fmt(bcubed(split, basil_events))}")
    baseline_scores = bcubed(tfidf_baseline(basil, best[1]), basil_events)
    print(f"BASIL TF-IDF average-link baseline (threshold {best[1]:.2f}): {fmt(baseline_scores)}")


def arrival(params: GroupingParams, articles: list[Article], vectors: np.ndarray, order: list[int], batch: int):
    """Final story labels (repair may move stored articles) when `order` arrives in batches of `batch`."""
    grouper = StoryGrouper(params)
    labels = [""] * len(articles)
    events = []
    position = {articles[i].id: i for i in order}
    for start in range(0, len(order), batch):
        part = order[start : start + batch]
        for i, story in zip(part, grouper.add_batch([articles[i] for i in part], vectors[part]), strict=True):
            labels[i] = story
        moved, new_events = grouper.take_changes()
        events += new_events
        for article_id, story in moved.items():
            labels[position[article_id]] = story
    return labels, events


def batches() -> None:
    """Issue 14: the same articles in any order and batch size. ECB+ (median of 5 shuffled orders) and BASIL."""
    ecb, events, topics = load_ecb()
    vectors = embeddings_for(ecb)
    dev = [t in ECB_DEV_TOPICS for t in topics]
    other = [not d for d in dev]
    print("ECB+ all 772 documents, B-cubed F1 all / dev / other topics (P / R all); median of 5 shuffled orders")
    for repair in (False, True):
        params = GroupingParams(repair=repair)
        for label, batch, run_params in (
            ("one run", len(ecb), params),
            ("batches of 100", 100, params),
            ("batches of 50", 50, params),
            ("batches of 10", 10, params),
            ("one at a time", len(ecb), replace(params, chunk_size=1)),
        ):
            rows = []
            start = time.perf_counter()
            for seed in range(5):
                order = list(range(len(ecb)))
                random.Random(seed).shuffle(order)
                labels, repairs = arrival(run_params, ecb, vectors, order, batch)
                merges = sum(e.kind == "merge" for e in repairs)
                rows.append(
                    (
                        bcubed(labels, events),
                        subset(labels, events, dev),
                        subset(labels, events, other),
                        merges,
                        len(repairs) - merges,
                    )
                )
            rows.sort(key=lambda r: r[0][2])
            every, on_dev, on_other, merges, splits = rows[2]
            print(
                f"  repair {'on ' if repair else 'off'} {label:15}: all {every[2]:.3f}"
                f" (P {every[0]:.3f} / R {every[1]:.3f}),"
                f" dev {on_dev[2]:.3f}, other {on_other[2]:.3f}; {merges} merges, {splits} splits;"
                f" all five orders {' '.join(f'{r[0][2]:.3f}' for r in sorted(rows, key=lambda r: r[0][2]))}"
                f" ({time.perf_counter() - start:.0f} s)",
                flush=True,
            )
    basil, basil_events = load_basil()
    basil_vectors = embeddings_for(basil)
    for repair in (False, True):
        params = GroupingParams(repair=repair)
        for label, batch, run_params in (
            ("one run", len(basil), params),
            ("one at a time", len(basil), replace(params, chunk_size=1)),
        ):
            labels, repairs = arrival(run_params, basil, basil_vectors, list(range(len(basil))), batch)
            switch = "on " if repair else "off"
            scores = fmt(bcubed(labels, basil_events))
            print(f"BASIL publication order, repair {switch} {label:13}: {scores}; {len(repairs)} repairs")


def tune() -> None:
    """The grid behind `GroupingParams`, scored on the ECB+ dev topics (all 772 documents in one run)."""
    ecb, events, topics = load_ecb()
    vectors = embeddings_for(ecb)
    dev = [t in ECB_DEV_TOPICS for t in topics]
    order = list(range(len(ecb)))
    random.Random(0).shuffle(order)
    rows = []
    grid = itertools.product([0.45, 0.55, 0.65], [2.0, 3.0, 5.0], [0.0, 0.3, 0.5], [1, 2, 3])
    for threshold, weight, scaling, rank in grid:
        params = GroupingParams(threshold=threshold, term_weight=weight, local_scaling=scaling, neighbour_rank=rank)
        rows.append(
            (subset(run_grouper(ecb, vectors, order, params), events, dev)[2], threshold, weight, scaling, rank)
        )
    rows.sort(reverse=True)
    for row in rows[:15]:
        print(
            "dev F1 {:.3f}  threshold {:.2f}  term_weight {:.1f}  local_scaling {:.1f}  neighbour_rank {}".format(*row)
        )


def topic_anchors(dim: int) -> np.ndarray:
    """Real lead embeddings (ECB+ and BASIL) to seed synthetic topics; random unit vectors without ../shared."""
    if SHARED.exists():
        vectors = np.concatenate([embeddings_for(load_ecb()[0]), embeddings_for(load_basil()[0])])
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    rows = np.random.default_rng(0).standard_normal((1000, dim)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _jitter(rng: np.random.Generator, vector: np.ndarray, scale: float) -> np.ndarray:
    noise = rng.standard_normal(len(vector)).astype(np.float32)
    moved = vector + scale * noise / np.linalg.norm(noise)
    return moved / np.linalg.norm(moved)


def synthetic_stream(count: int, dim: int, seed: int) -> tuple[list[Article], np.ndarray]:
    """SYNTHETIC articles clustered as news is: topics -> events -> articles.

    Each event's centre is a real article's lead embedding moved at random
    (cosine ~0.78 to it, so two events of one topic sit at ~0.6 like ECB+'s
    look-alikes); each article is its event's centre moved again (~0.89 to it,
    ~0.8 between two reports). Events have 1-6 articles and invented names.
    Isotropic random vectors would be a worst case no news pile looks like: no
    nearest-neighbour index, IVF or HNSW, keeps its recall on them.
    """
    rng = np.random.default_rng(seed)
    anchors = topic_anchors(dim)
    articles, vectors = [], np.zeros((count, dim), dtype=np.float32)
    made = 0
    event = 0
    while made < count:
        size = min(int(rng.integers(1, 7)), count - made)
        centre = _jitter(rng, anchors[int(rng.integers(len(anchors)))], 0.8)
        names = [f"Name{event}x{j}" for j in range(4)] + [str(int(x)) for x in rng.integers(10, 10_000, 3)]
        day = 1 + event // 300 % 28
        for _ in range(size):
            vectors[made] = _jitter(rng, centre, 0.5)
            body = f"{' '.join(rng.permutation(names))} said on Tuesday. The Council met the Minister."
            articles.append(
                Article(id=f"synthetic-{made}", source="synthetic", body=body, published=f"2024-03-{day:02d}")
            )
            made += 1
        event += 1
    return articles, vectors


def index_recall(grouper: StoryGrouper, articles: list[Article], vectors: np.ndarray) -> tuple[float, int]:
    """Share of articles whose exactly nearest story (cosine >= min_similarity) the index returns first.

    Each article is added after it is checked, as in a real ingest; untimed (the exact search is n-wide).
    """
    hits = total = 0
    for article, vector in zip(articles, vectors, strict=True):
        similarities = grouper._index.vectors @ vector
        nearest = int(np.argmax(similarities))
        if similarities[nearest] >= grouper.params.min_similarity:
            ids, _ = grouper._index.search(vector, grouper.params.candidates)
            total += 1
            hits += int(len(ids) > 0 and ids[0] == nearest)
        grouper.add(article, vector)
    return hits / max(total, 1), total


def baseline_grouper(source: Path) -> type:
    """`StoryGrouper` as another checkout has it (a git worktree of an earlier commit), loaded beside this one.

    Its module is read from `source/src/parallax/group/grouper.py` under another name; it imports
    this checkout's `parallax.group.features` and `index` (neither changed by issue 14).
    """
    import importlib.util

    path = source / "src/parallax/group/grouper.py"
    spec = importlib.util.spec_from_file_location("baseline_grouper", path)
    if spec is None or spec.loader is None:
        sys.exit(f"no grouper at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["baseline_grouper"] = module
    spec.loader.exec_module(module)
    return module.StoryGrouper


def scale(
    sizes: tuple[int, ...] = (1_000, 10_000, 100_000), rounds: int = 9, chunk: int = 100, baseline: Path | None = None
) -> None:
    """Time per added article once 1k / 10k / 100k are stored (SYNTHETIC data), and memory at the largest.

    The machine is shared, so a figure taken minutes after another says as much about the other jobs as
    about the pile. Each size is therefore timed in rounds that alternate the grown grouper with a copy
    of the grouper as it was at 1,000 articles, fed the same kind of new articles: the ratio of the two
    medians is measured under the same load. With `baseline` (a checkout of an earlier commit), its
    grouper is grown and timed the same way in the same rounds, on the same articles.
    """
    import copy

    dim = 384
    largest, smallest = max(sizes), min(sizes)
    recall_probe = 500
    per_size = 2 * rounds * chunk + recall_probe
    articles, vectors = synthetic_stream(largest + per_size * len(sizes), dim, seed=1)
    print("SCALE (synthetic articles: real lead embeddings moved at random into topics/events, invented names)")
    versions: dict[str, type] = {"this": StoryGrouper}
    if baseline is not None:
        versions = {"baseline": baseline_grouper(baseline), "this": StoryGrouper}
        print(f"  baseline: the grouper of {baseline}, timed in the same rounds on the same articles")
    rss_before = rss_mib()
    groupers = {name: cls() for name, cls in versions.items()}
    references: dict[str, object] = {}
    added = cursor = 0
    start = time.perf_counter()

    def timed_adds(target: object, begin: int) -> float:
        measure = time.process_time()  # CPU time of this process: wall time swings with the machine's load
        target.add_batch(articles[begin : begin + chunk], vectors[begin : begin + chunk])  # one run, as ingest
        return (time.process_time() - measure) / chunk

    medians: dict[str, dict[int, float]] = {name: {} for name in versions}
    for size in sorted(sizes):
        while added < size:  # grown in ingest runs of `chunk` articles (each with its repair, where there is one)
            step = min(chunk, size - added)
            for grouper in groupers.values():
                grouper.add_batch(articles[cursor : cursor + step], vectors[cursor : cursor + step])
            added += step
            cursor += step
        if not references:
            references = {name: copy.deepcopy(grouper) for name, grouper in groupers.items()}
        grown: dict[str, list[float]] = {name: [] for name in versions}
        small: dict[str, list[float]] = {name: [] for name in versions}
        for _ in range(rounds):
            for name, grouper in groupers.items():
                small[name].append(timed_adds(copy.deepcopy(references[name]), cursor))  # the 1k pile, never grown
                grown[name].append(timed_adds(grouper, cursor + chunk))
            cursor += 2 * chunk
            added += chunk
            for grouper in groupers.values():  # the small piles' articles are grown in too, untimed
                grouper.add_batch(
                    articles[cursor - 2 * chunk : cursor - chunk], vectors[cursor - 2 * chunk : cursor - chunk]
                )
            added += chunk
        checks = {}
        for name, grouper in groupers.items():
            checks[name] = index_recall(
                grouper, articles[cursor : cursor + recall_probe], vectors[cursor : cursor + recall_probe]
            )
        cursor += recall_probe
        added += recall_probe
        for name, grouper in groupers.items():
            ratio = statistics.median(grown[name]) / statistics.median(small[name])
            medians[name][size] = statistics.median(grown[name])
            recall, checked = checks[name]
            print(
                f"  {name:8} {size:>7,} stored: {statistics.median(grown[name]) * 1000:.3f} ms CPU per added article, "
                f"{ratio:.2f}x the {smallest:,}-article pile in the same rounds "
                f"({statistics.median(small[name]) * 1000:.3f} ms; medians of {rounds} alternating chunks of {chunk}); "
                f"{len(grouper):,} stories; index recall@1 {recall:.3f} over {checked} articles with a story near"
            )
        if baseline is not None:
            print(f"  this / baseline at {size:,}: {medians['this'][size] / medians['baseline'][size]:.2f}x")
    rss_after = rss_mib()
    print(
        f"  total {time.perf_counter() - start:.0f} s; process RSS {rss_after:.0f} MiB at {added:,} articles "
        f"({rss_after - rss_before:.0f} MiB more than before the groupers; the synthetic input itself is in both)"
    )
    for name, grouper in groupers.items():
        print(f"  {name} grouper-owned arrays: {grouper_bytes(grouper) / 2**20:.0f} MiB")


def rss_mib() -> float:
    """Resident memory of this process (Linux /proc), in MiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def grouper_bytes(grouper: StoryGrouper) -> int:
    """The numpy arrays a grouper holds, plus a rough 100 bytes per vocabulary entry and per story object."""
    index = grouper._index
    total = index._vectors.nbytes + index._cell_of.nbytes + sum(m.nbytes for m in index._members)
    total += sum(s.term_ids.nbytes + s.term_counts.nbytes for s in grouper._stories)
    if hasattr(grouper, "_member_vectors"):  # repair keeps every article's vector and names
        total += grouper._member_vectors.nbytes + sum(t.nbytes + 100 for t in grouper._member_terms)
    total += 100 * (len(grouper._vocabulary) + len(grouper._stories)) + grouper._document_frequency.nbytes
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", action="store_true")
    parser.add_argument("--scale", action="store_true")
    parser.add_argument("--tune", action="store_true", help="the grid behind GroupingParams (ECB+ dev topics)")
    parser.add_argument("--batches", action="store_true", help="issue 14: batch sizes and orders, repair off/on")
    parser.add_argument("--analysed", action="store_true", help="--quality on read articles, as ingest groups")
    parser.add_argument("--baseline", type=Path, help="--scale: also time the grouper of this checkout (a worktree)")
    parser.add_argument("--sizes", help="--scale: stored sizes, comma-separated (default 1000,10000,100000)")
    args = parser.parse_args()
    everything = not (args.quality or args.scale or args.tune or args.batches)
    if args.batches:
        batches()
    if args.tune:
        tune()
    if args.quality or everything:
        quality(read_first=args.analysed)
    if args.scale or everything:
        sizes = tuple(int(x) for x in args.sizes.split(",")) if args.sizes else (1_000, 10_000, 100_000)
        scale(sizes, baseline=args.baseline)


if __name__ == "__main__":
    main()
