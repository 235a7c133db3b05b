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
    kwargs = {} if args.min_score is None else {"min_score": args.min_score}

    tp_pred = n_pred = found_gold = n_gold = 0
    pred_by_outlet: Counter = Counter()
    gold_by_outlet: Counter = Counter()
    words_by_outlet: Counter = Counter()
    word_stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    elapsed = 0.0
    for test_events in event_folds(rows, args.folds):
        train = [r for r in rows if r["event"] not in test_events]
        learned = {} if args.no_learned else learn_lexicon(train)
        lexicon = build_lexicon(LEXICON_DIR / "loaded.txt", learned)
        for row in (r for r in rows if r["event"] in test_events):
            text = row["text"]
            began = time.perf_counter()
            terms = find_loaded_terms(text, [], lexicon=lexicon, **kwargs)
            elapsed += time.perf_counter() - began
            gold = gold_loaded_spans(row)
            # a phrase marked twice in one article is one gold span per occurrence
            gold_unique = sorted(set(gold))
            n_pred += len(terms)
            n_gold += len(gold_unique)
            for term in terms:
                hit = any(overlaps((term.start, term.end), g) for g in gold_unique)
                tp_pred += hit
                stats = word_stats[term.text.lower()]
                stats[0] += hit
                stats[1] += 1
            found_gold += sum(any(overlaps((t.start, t.end), g) for t in terms) for g in gold_unique)
            outlet = row["outlet"]
            pred_by_outlet[outlet] += len(terms)
            gold_by_outlet[outlet] += len(gold_unique)
            words_by_outlet[outlet] += len(text.split())

    precision = tp_pred / n_pred if n_pred else 0.0
    recall = found_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"BASIL {len(rows)} articles, {args.folds} folds by event (seed {SEED})")
    print(f"span precision {precision:.3f} ({tp_pred}/{n_pred})  recall {recall:.3f} ({found_gold}/{n_gold})"
          f"  F1 {f1:.3f}")
    print(f"{'outlet':<22}{'predicted/1k':>14}{'gold/1k':>10}")
    for outlet in sorted(words_by_outlet):
        words = words_by_outlet[outlet]
        predicted, gold = pred_by_outlet[outlet] * 1000 / words, gold_by_outlet[outlet] * 1000 / words
        print(f"{outlet:<22}{predicted:>14.2f}{gold:>10.2f}")
    rank_pred = sorted(words_by_outlet, key=lambda o: -pred_by_outlet[o] / words_by_outlet[o])
    rank_gold = sorted(words_by_outlet, key=lambda o: -gold_by_outlet[o] / words_by_outlet[o])
    print(f"ranking predicted: {rank_pred}\nranking gold:      {rank_gold}  same: {rank_pred == rank_gold}")
    print(f"speed: {len(rows) / elapsed:.0f} articles/second (matching only, one core)")
    if args.by_family:
        for word, (hits, total) in sorted(word_stats.items(), key=lambda kv: -kv[1][1])[:80]:
            print(f"{total:4d} {hits:3d}  {word}")


if __name__ == "__main__":
    main()
