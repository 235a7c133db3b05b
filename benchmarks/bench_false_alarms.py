"""Every `differs` claim on all 80 BASIL stories, printed for a person to read and judge.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_false_alarms.py [--cache /tmp/basil-analysed.json]

The gold `event` is used here only to form the stories (three outlets each).
Each `differs` is printed with its kind, confidence, the words on each side and
the full statements; BENCHMARKS.md ("Verdicts") lists the judgement of each.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from _shared import basil_events
from parallax.compare import compare


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, help="analysed BASIL articles as JSON (made when missing)")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for number, (event, articles) in enumerate(sorted(basil_events(args.cache).items()), start=1):
        story = compare(articles)
        totals.update(c.status for c in story.claims)
        for claim in story.claims:
            if claim.status != "differs":
                continue
            kinds[claim.kind or "?"] += 1
            print(f"[{number:02d} {event[:8]}] DIFFERS {claim.kind} (confidence {claim.confidence:.2f}): {claim.why}")
            for member in claim.members:
                print(f"    {member.article[:14]}: {member.text[:220]}")
    print(dict(totals), dict(kinds))


if __name__ == "__main__":
    main()
