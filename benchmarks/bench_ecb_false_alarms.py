"""Every `differs` raised on ECB+ same-event clusters: news Parallax was never tuned on, for a person to judge.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_ecb_false_alarms.py [--docs 4] [--skip 0] [--topics dev|all]

ECB+ (`../shared/data/ecbplus`, CC BY 3.0) holds, per topic, two real events of one kind, each
reported by many documents. Each gold event's `--docs` documents after the first `--skip` (in
file order) are compared as one story, and every `differs` claim is printed with its kind, its words and its
members, for a person to read and judge as real or false (BENCHMARKS.md lists the judgements).
The documents are one sentence a line and carry no publication date, so dates without a year
cannot be compared and a figure that changed between editions cannot be told from a conflict.
The first line of many documents is a URL: it is dropped, as a cleaner would drop it.

The first run (documents 1-4 of each event) was read before any fix it prompted; the fixes were
then checked on documents 5-8 (`--skip 4`), text they were not made from.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from _shared import print_differs, require_shared
from parallax.analyze import analyze
from parallax.clean import clean
from parallax.compare import compare
from parallax.model import RawDocument

DEV_TOPICS = {"2", "5", "12", "18", "21", "23", "34", "35"}


def ecb_documents() -> list[dict]:
    path = require_shared() / "data/ecbplus/docs.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def as_raw(document: dict) -> RawDocument:
    """One ECB+ document as a text record: its sentences as paragraphs, without a leading URL line."""
    lines = [line for line in document["text"].splitlines() if line.strip()]
    if lines and lines[0].startswith(("http://", "https://", "www.")):
        lines = lines[1:]
    return RawDocument(source=document["id"], kind="record", content="\n\n".join(lines), id=document["id"],
                       outlet=document["id"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4, help="documents compared per gold event")
    parser.add_argument("--skip", type=int, default=0, help="documents of each event passed over first")
    parser.add_argument("--topics", choices=("dev", "all"), default="all")
    args = parser.parse_args()
    events: dict[str, list[dict]] = {}
    for document in ecb_documents():
        topic = document["topic"]
        if args.topics == "dev" and topic not in DEV_TOPICS:
            continue
        events.setdefault(document["event"], []).append(document)
    raised: Counter[str] = Counter()
    stories = claims = 0
    for event, documents in sorted(events.items()):
        chosen = documents[args.skip : args.skip + args.docs]
        if len(chosen) < 2:
            continue
        articles = list(analyze(clean(as_raw(d)) for d in chosen))
        story = compare(articles)
        stories += 1
        claims += len(story.claims)
        for claim in story.claims:
            if claim.status != "differs":
                continue
            raised[claim.kind or "?"] += 1
            print_differs(claim, event)
    print(f"{stories} stories, {claims} claims, {sum(raised.values())} differs {dict(raised)}")


if __name__ == "__main__":
    main()
