"""Every `differs` claim on all 80 BASIL stories, printed for a person to read and judge.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_false_alarms.py [--cache /tmp/basil-analysed.json] [--agreed 50]

--agreed N also prints N `agreed` claims drawn at random (seed 0) from the 60
stories outside basil-dev, for a person to count those that are not one fact.

The gold `event` is used here only to form the stories (three outlets each).
Each `differs` is printed with its kind, confidence, the words on each side and
the full statements; BENCHMARKS.md ("Verdicts") lists the judgement of each.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from _shared import basil_events, print_differs, require_shared
from parallax.compare import compare


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, help="analysed BASIL articles as JSON (made when missing)")
    parser.add_argument("--agreed", type=int, default=0, help="also print this many agreed claims outside basil-dev")
    args = parser.parse_args()
    dev_events = {json.loads(p.read_text())["event"] for p in (require_shared() / "eval/basil-dev").glob("*.json")}
    agreed_pool = []
    totals: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for number, (event, articles) in enumerate(sorted(basil_events(args.cache).items()), start=1):
        story = compare(articles)
        totals.update(c.status for c in story.claims)
        if event not in dev_events:
            agreed_pool.extend(c for c in story.claims if c.status == "agreed")
        for claim in story.claims:
            if claim.status != "differs":
                continue
            kinds[claim.kind or "?"] += 1
            print_differs(claim, f"{number:02d} {event[:8]}")
    print(dict(totals), dict(kinds))
    for number, claim in enumerate(random.Random(0).sample(agreed_pool, min(args.agreed, len(agreed_pool))), 1):
        print(f"AGREED {number:02d} (confidence {claim.confidence:.2f}): {claim.about}")
        for member in claim.members:
            print(f"    {member.article[:14]}: {member.text[:220]}")


if __name__ == "__main__":
    main()
