"""Speed of the comparison against a baseline commit, measured in the same run.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_compare_speed.py [--baseline 0598843] [--rounds 3]

The baseline is checked out once into a git worktree (/tmp/parallax-baseline-REV)
and imported from there (PYTHONPATH) by a worker process; the current tree's
worker imports this checkout. The two alternate round by round, so the shared
machine's load falls on both alike. Timed, models loaded:
- a three-article story end to end (clean, read, compare), median over 10 BASIL events;
- a 200-article story (200 BASIL articles, 80 events mixed: the worst case for
  alignment): reading once, then the comparison alone.
Reported: medians and the ratio current / baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _shared import REPO, require_shared


def worker(pile: str) -> None:
    """Runs inside one implementation: prints the seconds each timed story took, as JSON."""
    from parallax.analyze import analyze
    from parallax.clean import clean
    from parallax.compare import compare
    from parallax.model import RawDocument

    records = [json.loads(line) for line in (require_shared() / "data/basil/articles.jsonl").open()][:200]
    raws = [RawDocument(source="basil", kind="record", content=r["text"], id=r["id"], title=r.get("title"),
                        outlet=r.get("outlet"), published=r.get("published")) for r in records]
    if pile == "three":
        by_event: dict[str, list] = {}
        for record, raw in zip(records, raws, strict=True):
            by_event.setdefault(record["event"], []).append(raw)  # gold used only to pick stories
        stories = [docs for docs in by_event.values() if len(docs) == 3][:10]
        compare(list(analyze(clean(r) for r in stories[0])))  # warm: models loaded
        times = []
        for docs in stories:
            start = time.perf_counter()
            compare(list(analyze(clean(r) for r in docs)))
            times.append(time.perf_counter() - start)
    else:
        articles = list(analyze(clean(r) for r in raws))
        compare(articles[:3])
        start = time.perf_counter()
        compare(articles)
        times = [time.perf_counter() - start]
    print(json.dumps(times))


def run(src: Path, pile: str) -> list[float]:
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{REPO / 'benchmarks'}"}
    out = subprocess.run([sys.executable, __file__, "--worker", pile], env=env, capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def baseline_tree(revision: str) -> Path:
    tree = Path(f"/tmp/parallax-baseline-{revision}")
    if not tree.exists():
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), revision], check=True,
                       capture_output=True)
    return tree / "src"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default="0598843")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--worker")
    parser.add_argument("--only", choices=["three", "big"], help="time one pile only")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return
    implementations = {"baseline": baseline_tree(args.baseline), "current": REPO / "src"}
    piles = (("three", "3-article story end to end"), ("big", "200-article story, comparison alone"))
    for pile, label in (p for p in piles if args.only in (None, p[0])):
        times: dict[str, list[float]] = {name: [] for name in implementations}
        for _ in range(args.rounds):
            for name, src in implementations.items():
                times[name].extend(run(src, pile))
        medians = {name: statistics.median(values) for name, values in times.items()}
        print(f"{label}: baseline {args.baseline} {medians['baseline']:.2f}s, current {medians['current']:.2f}s, "
              f"ratio {medians['current'] / medians['baseline']:.2f} ({len(times['current'])} timings each)")


if __name__ == "__main__":
    main()
