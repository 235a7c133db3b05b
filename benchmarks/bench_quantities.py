"""Quantities and dates on BASIL and ECB+: speed, crash-freedom, and a sample to read.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_quantities.py [--sample 60] [--seed 0] [--dates]

Runs `find_quantities` and `find_dates` over every BASIL article and ECB+ document,
checks every finding's offsets point at its text, prints articles per second for
each function, the count of findings by kind, and a seeded random sample of
findings in context. Neither corpus has gold quantities, so precision is judged by
reading the sample.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from _shared import require_shared  # noqa: E402
from parallax.analyze.dates import find_dates  # noqa: E402
from parallax.analyze.quantities import find_quantities  # noqa: E402


def load_corpus(shared: Path) -> list[tuple[str, str, str | None]]:
    """(corpus, text, published) for every BASIL article and ECB+ document."""
    docs = []
    for corpus, name in (("basil", "articles.jsonl"), ("ecbplus", "docs.jsonl")):
        with (shared / "data" / corpus / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                docs.append((corpus, record.get("text") or "", record.get("published")))
    return docs


def context(text: str, start: int, end: int, width: int = 35) -> str:
    return text[max(0, start - width) : end + width].replace("\n", " ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dates", action="store_true", help="sample dates instead of quantities")
    args = parser.parse_args()
    docs = load_corpus(require_shared())

    started = time.perf_counter()
    quantities = [(text, q) for _, text, _ in docs for q in find_quantities(text)]
    quantity_seconds = time.perf_counter() - started
    started = time.perf_counter()
    dates = [(text, d) for _, text, published in docs for d in find_dates(text, published)]
    date_seconds = time.perf_counter() - started

    for text, finding in [*quantities, *dates]:
        assert text[finding.start : finding.end] == finding.text, finding

    basil = sum(1 for corpus, _, _ in docs if corpus == "basil")
    print(f"documents: {len(docs)} ({basil} BASIL, {len(docs) - basil} ECB+)")
    print(f"find_quantities: {len(quantities)} findings, {len(docs) / quantity_seconds:.0f} docs/s")
    print(f"find_dates: {len(dates)} findings, {len(docs) / date_seconds:.0f} docs/s")
    print("quantities by kind:", dict(Counter(q.kind for _, q in quantities).most_common()))
    print("dates resolved:", dict(Counter(d.resolved for _, d in dates)))

    rng = random.Random(args.seed)
    if args.dates:
        for text, d in rng.sample(dates, min(args.sample, len(dates))):
            print(f"{d.value!s:10} {d.text!r:24} | {context(text, d.start, d.end)}")
    else:
        for text, q in rng.sample(quantities, min(args.sample, len(quantities))):
            print(f"{q.kind:8} {q.value:>14g} {q.unit!s:24} {q.qualifier or '':9} | {context(text, q.start, q.end)}")


if __name__ == "__main__":
    main()
