"""Every `differs` claim on BASIL stories, printed for a person to read: false alarms.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_false_alarms.py [--events 30]

The gold `event` is used here only to form the stories (three outlets each).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from _shared import require_shared
from parallax.analyze import analyze
from parallax.clean import clean
from parallax.compare import compare
from parallax.model import RawDocument


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=30)
    args = parser.parse_args()
    path = require_shared() / "data" / "basil" / "articles.jsonl"
    records = [json.loads(line) for line in path.open()]
    events = sorted({r["event"] for r in records})[: args.events]
    totals: Counter[str] = Counter()
    for event in events:
        raws = [RawDocument(source=r["id"], kind="record", content=r["text"], id=r["id"], title=r["title"],
                            outlet=r["outlet"], published=r["published"]) for r in records if r["event"] == event]
        story = compare(list(analyze(clean(raw) for raw in raws)))
        totals.update(c.status for c in story.claims)
        for claim in story.claims:
            if claim.status == "differs":
                print("DIFFERS:", claim.why)
                for member in claim.members:
                    print(f"    {member.article}: {member.text[:200]}")
    print(dict(totals))


if __name__ == "__main__":
    main()
