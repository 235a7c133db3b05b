"""HTML pages: Parallax's cleaning against trafilatura alone, in the same run.

    .venv/bin/python benchmarks/bench_html.py [--repeats 3]

Quality on all 181 pages of the article-extraction benchmark (shared/data/aeb),
scored with shared/eval/score_extraction.py; speed in pages per second, the
median of several runs, for trafilatura's `extract` alone and for Parallax's
reader + cleaner (which adds metadata and byline parsing).
"""

from __future__ import annotations

import argparse
import gzip

import trafilatura

from _shared import median_rate, require_shared, score_extraction
from parallax.clean import clean
from parallax.ingest import read_source


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    shared = require_shared()
    folder = shared / "data" / "aeb" / "html"
    pages = {p.name.removesuffix(".html.gz"): p.read_bytes() for p in sorted(folder.glob("*.html.gz"))}
    html = {k: gzip.decompress(v).decode("utf-8", errors="replace") for k, v in pages.items()}

    def run_trafilatura() -> dict[str, str]:
        return {k: trafilatura.extract(v) or "" for k, v in html.items()}

    def run_parallax() -> dict[str, str]:
        out = {}
        for page_id, data in pages.items():
            body = ""
            for doc in read_source(f"{page_id}.html.gz", data):
                try:
                    body = clean(doc).body
                except Exception:
                    body = ""
            out[page_id] = body
        return out

    truth = shared / "data" / "aeb" / "ground-truth.json"
    baseline = score_extraction(run_trafilatura(), truth)
    ours = score_extraction(run_parallax(), truth)
    rate_base = median_rate(lambda: len(run_trafilatura()), args.repeats)
    rate_ours = median_rate(lambda: len(run_parallax()), args.repeats)
    print(f"pages: {len(pages)}")
    print(f"trafilatura.extract  F1 {baseline['f1']:.3f}  P {baseline['precision']:.3f}  R {baseline['recall']:.3f}"
          f"  {rate_base:.1f} pages/s")
    print(f"parallax clean       F1 {ours['f1']:.3f}  P {ours['precision']:.3f}  R {ours['recall']:.3f}"
          f"  {rate_ours:.1f} pages/s  ({rate_ours / rate_base:.2f}x trafilatura's speed)")


if __name__ == "__main__":
    main()
