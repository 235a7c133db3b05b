"""Where alignment loses basil-dev's agreed facts: never a candidate, scored below the threshold, or split.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_agreed_misses.py [--cache /tmp/basil-analysed.json] [-v]

For every `agreed` item of the 20 basil-dev gold files that the comparison misses (no `agreed` claim
holds all its spans, read with the shared scorer's own span test), the statements holding each span
are found and every pair of them across outlets is looked up among the candidates and their scores:
- "span not one statement": some span lies in no single statement (sentence splitting);
- "no candidate pair" / "some pair not candidate": the neighbour search never proposed the pair(s);
- "scored below threshold": every pair is a candidate, and the weakest scores under the aligner's bar;
- "claims split/status": all pairs clear the bar, and claim building or the verdict loses the fact.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path

from _shared import basil_events, require_shared
from parallax.compare import _embed, compare
from parallax.compare.align import candidate_scores, find_candidates
from parallax.compare.aligner import load_aligner
from parallax.compare.units import story_units


def scorer_module():
    spec = importlib.util.spec_from_file_location("score_story", require_shared() / "eval/score_story.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path)
    parser.add_argument("-v", action="store_true", help="print each miss with its pairs' scores")
    args = parser.parse_args()
    span_match = scorer_module().span_match
    events, aligner, reasons = basil_events(args.cache), load_aligner(), Counter()
    for gold_path in sorted((require_shared() / "eval/basil-dev").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text())
        articles = events[gold["event"]]
        units = story_units(articles)
        scores = candidate_scores(units, find_candidates(units, _embed(units)), aligner)
        story = compare(articles)
        for item in gold["story"]["agreed"]:
            spans = item["spans"]
            if any(claim.status == "agreed" and all(any(m.article == art and span_match(m.text, text)
                                                        for m in claim.members) for art, text in spans.items())
                   for claim in story.claims):
                reasons["hit"] += 1
                continue
            holders = [[u for u in units if u.article == art and span_match(u.text, text)]
                       for art, text in spans.items()]
            best = [max((scores.get((min(a.index, b.index), max(a.index, b.index)), -1.0) for a in xs for b in ys),
                        default=-1.0) for i, xs in enumerate(holders) for ys in holders[i + 1:]]
            if not all(holders):
                reason = "span not one statement"
            elif all(s < 0 for s in best):
                reason = "no candidate pair"
            elif min(best) < 0:
                reason = "some pair not candidate"
            elif min(best) < aligner.threshold:
                reason = "scored below threshold"
            else:
                reason = "claims split/status"
            reasons[reason] += 1
            if args.v:
                print(f"[{reason}] {gold_path.name[:30]} {[round(s, 2) for s in best]} | "
                      + " || ".join(text[:70] for text in spans.values()))
    for reason, count in reasons.most_common():
        print(f"{reason:26s} {count}")
    print(f"aligner threshold {aligner.threshold}")


if __name__ == "__main__":
    main()
