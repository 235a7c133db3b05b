"""Loaded wording on BASIL: span precision/recall cross-validated by event, per-outlet rates, speed.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_loaded.py [--folds 5] [--min-score 0.5] [--by-family]
    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_loaded.py --sourcing [--sample 50]

`--sourcing` instead measures parallax.analyze.sourcing: named and unnamed attributions per
1,000 words by outlet, speed, and a seeded random sample of findings in context to read
(BASIL has no gold for sourcing, so precision is judged by reading the sample).

Gold: BASIL's "lexical" bias spans outside quotes. The learned lexicon of each fold is built
from the other folds' events only (never train and test on one event). Matching is by
overlap: a finding is correct when it shares at least one character with a gold span, and a
gold span is found when some finding overlaps it. Rates are findings per 1,000 words per
outlet, beside the experts' own rates, to see whether both rank the three outlets alike.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training"))

from build_loaded_lexicon import BASIL, gold_loaded_spans, learn_lexicon, load_basil  # noqa: E402
from parallax.analyze.loaded import LEXICON_DIR, build_lexicon, find_loaded_terms  # noqa: E402
from parallax.analyze.sourcing import find_attributions  # noqa: E402

SEED = 13


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def event_folds(rows: list[dict], folds: int) -> list[set[str]]:
    events = sorted({r["event"] for r in rows})
    random.Random(SEED).shuffle(events)
    return [set(events[i::folds]) for i in range(folds)]


@dataclass
class LoadedScores:
    """Span scores of one cross-validated run, and loaded terms per 1,000 words by outlet."""

    true_findings: int = 0
    findings: int = 0
    found_gold: int = 0
    gold: int = 0
    predicted_rate: dict[str, float] = field(default_factory=dict)
    gold_rate: dict[str, float] = field(default_factory=dict)
    articles_per_second: float = 0.0
    word_stats: dict[str, list[int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.true_findings / self.findings if self.findings else 0.0

    @property
    def recall(self) -> float:
        return self.found_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate_loaded(rows: list[dict], folds: int = 5, min_score: float | None = None,
                    learned: bool = True) -> LoadedScores:
    """Cross-validate find_loaded_terms on BASIL, the learned lexicon built per fold from other events."""
    kwargs = {} if min_score is None else {"min_score": min_score}
    scores = LoadedScores()
    predicted: Counter = Counter()
    gold_count: Counter = Counter()
    words: Counter = Counter()
    word_stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    elapsed = 0.0
    for test_events in event_folds(rows, folds):
        train = [r for r in rows if r["event"] not in test_events]
        lexicon = build_lexicon(LEXICON_DIR / "loaded.txt", learn_lexicon(train) if learned else {})
        for row in (r for r in rows if r["event"] in test_events):
            text = row["text"]
            began = time.perf_counter()
            terms = find_loaded_terms(text, [], lexicon=lexicon, **kwargs)
            elapsed += time.perf_counter() - began
            # a phrase marked twice in one article counts once per occurrence
            gold = sorted(set(gold_loaded_spans(row)))
            scores.findings += len(terms)
            scores.gold += len(gold)
            for term in terms:
                hit = any(overlaps((term.start, term.end), g) for g in gold)
                scores.true_findings += hit
                word_stats[term.text.lower()][0] += hit
                word_stats[term.text.lower()][1] += 1
            scores.found_gold += sum(any(overlaps((t.start, t.end), g) for t in terms) for g in gold)
            predicted[row["outlet"]] += len(terms)
            gold_count[row["outlet"]] += len(gold)
            words[row["outlet"]] += len(text.split())
    scores.predicted_rate = {o: predicted[o] * 1000 / words[o] for o in words}
    scores.gold_rate = {o: gold_count[o] * 1000 / words[o] for o in words}
    scores.articles_per_second = len(rows) / elapsed if elapsed else 0.0
    scores.word_stats = dict(word_stats)
    return scores


def bench_sourcing(rows: list[dict], sample: int, kind: str | None) -> None:
    """Attribution rates by outlet, speed, and random findings in context for reading."""
    counts: dict[str, Counter] = defaultdict(Counter)
    findings = []
    elapsed = 0.0
    for row in rows:
        text = row["text"]
        began = time.perf_counter()
        found = find_attributions(text)
        elapsed += time.perf_counter() - began
        counts[row["outlet"]]["words"] += len(text.split())
        counts[row["outlet"]]["articles"] += 1
        for attribution in found:
            counts[row["outlet"]][attribution.kind] += 1
            findings.append((row["id"], text, attribution))
    print(f"BASIL {len(rows)} articles: attributions per 1,000 words")
    print(f"{'outlet':<22}{'unnamed/1k':>12}{'named/1k':>10}{'unnamed/article':>17}")
    for outlet, c in sorted(counts.items()):
        print(f"{outlet:<22}{c['unnamed'] * 1000 / c['words']:>12.2f}{c['named'] * 1000 / c['words']:>10.2f}"
              f"{c['unnamed'] / c['articles']:>17.2f}")
    print(f"speed: {len(rows) / elapsed:.0f} articles/second (one core)")
    if kind:
        findings = [f for f in findings if f[2].kind == kind]
    for _, text, a in random.Random(SEED).sample(findings, min(sample, len(findings))):
        context = text[max(0, a.start - 60) : a.end + 40].replace("\n", " ")
        print(f"- {a.kind:<8} {a.text!r:<45} source={a.source!r}\n      ...{context}...")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--min-score", type=float, default=None)
    parser.add_argument("--no-learned", action="store_true", help="hand lexicon only")
    parser.add_argument("--by-family", action="store_true", help="precision of each matched word")
    parser.add_argument("--sourcing", action="store_true", help="measure attributions instead")
    parser.add_argument("--sample", type=int, default=50, help="findings to print with --sourcing")
    parser.add_argument("--kind", choices=["named", "unnamed"], help="sample only this kind of finding")
    args = parser.parse_args()
    if not BASIL.exists():
        sys.exit(f"BASIL not found at {BASIL}")
    rows = load_basil()
    if args.sourcing:
        bench_sourcing(rows, args.sample, args.kind)
        return
    scores = evaluate_loaded(rows, args.folds, args.min_score, learned=not args.no_learned)
    print(f"BASIL {len(rows)} articles, {args.folds} folds by event (seed {SEED})")
    print(f"span precision {scores.precision:.3f} ({scores.true_findings}/{scores.findings})  "
          f"recall {scores.recall:.3f} ({scores.found_gold}/{scores.gold})  F1 {scores.f1:.3f}")
    print(f"{'outlet':<22}{'predicted/1k':>14}{'gold/1k':>10}")
    for outlet in sorted(scores.predicted_rate):
        print(f"{outlet:<22}{scores.predicted_rate[outlet]:>14.2f}{scores.gold_rate[outlet]:>10.2f}")
    rank_pred = sorted(scores.predicted_rate, key=lambda o: -scores.predicted_rate[o])
    rank_gold = sorted(scores.gold_rate, key=lambda o: -scores.gold_rate[o])
    print(f"ranking predicted: {rank_pred}\nranking gold:      {rank_gold}  same: {rank_pred == rank_gold}")
    print(f"speed: {scores.articles_per_second:.0f} articles/second (matching only, one core)")
    if args.by_family:
        for word, (hits, total) in sorted(scores.word_stats.items(), key=lambda kv: -kv[1][1])[:80]:
            print(f"{total:4d} {hits:3d}  {word}")


if __name__ == "__main__":
    main()
