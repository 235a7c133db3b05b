"""The seeds' story report scored against the analyst's gold, and the comparison's speed.

    .venv/bin/python benchmarks/bench_story.py [-v] [--only GROUPS]

Runs the library (clean -> analyze -> compare) on examples/ (the two seed
articles), writes the JSON report, and scores it with shared/eval/score_story.py.
Speed: the seconds for the whole story after models are loaded (median of runs),
and a 200-article story made of BASIL's articles (real text, 80 events mixed:
the worst case for alignment, since nothing is left out as one story).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time

from _shared import REPO, require_shared
from parallax.analyze import analyze
from parallax.compare import compare
from parallax.model import RawDocument, story_to_dict
from parallax.pipeline import clean_paths


def seeds_articles() -> list:
    return [a for a in clean_paths([str(REPO / "examples")]) if not isinstance(a, Exception)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", action="store_true")
    parser.add_argument("--only")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    shared = require_shared()

    articles = list(analyze(seeds_articles()))
    story = compare(articles)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(story_to_dict(story), handle, ensure_ascii=False)
    command = [sys.executable, str(shared / "eval" / "score_story.py"), handle.name]
    if args.v:
        command.append("-v")
    if args.only:
        command += ["--only", args.only]
    print(subprocess.run(command, capture_output=True, text=True).stdout)
    if args.skip_speed:
        return

    times = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        compare(list(analyze(seeds_articles())))
        times.append(time.perf_counter() - start)
    print(f"seeds story (2 articles) end to end, models loaded: median {statistics.median(times):.3f}s")

    from parallax.clean import clean

    records = [json.loads(line) for line in (shared / "data" / "basil" / "articles.jsonl").open()][:200]
    raws = [RawDocument(source="basil", kind="record", content=r["text"], id=r["id"], title=r.get("title"),
                        outlet=r.get("outlet"), published=r.get("published")) for r in records]
    by_event: dict[str, list[RawDocument]] = {}
    for record, raw in zip(records, raws, strict=True):
        by_event.setdefault(record["event"], []).append(raw)  # gold used only to pick 3-outlet stories
    three = [docs for docs in by_event.values() if len(docs) == 3][:10]
    times = []
    for docs in three:
        start = time.perf_counter()
        compare(list(analyze(clean(r) for r in docs)))
        times.append(time.perf_counter() - start)
    print(f"3-article BASIL stories (10 events) read + compared, models loaded: median {statistics.median(times):.3f}s")

    start = time.perf_counter()
    big = list(analyze(clean(r) for r in raws))
    read_time = time.perf_counter() - start
    start = time.perf_counter()
    big_story = compare(big)
    compare_time = time.perf_counter() - start
    print(f"200-article story: reading {read_time:.1f}s, comparison {compare_time:.1f}s, "
          f"total {read_time + compare_time:.1f}s, {len(big_story.claims)} claims")


if __name__ == "__main__":
    main()
