"""The dump cleaner on aeb-dumps: F1 of raw dumps vs cleaned, and pages per second.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_dumps.py [--runs 3]

Scores with the shared scorer (`<repo>/../shared/eval/score_extraction.py`)
run as a subprocess, exactly as the benchmark publishes it. These numbers are
in-sample for the shipped model (it was trained on these pages); the
cross-validated ones come from `training/train_dump_cleaner.py`.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DUMPS = SHARED / "data" / "aeb-dumps"
SCORER = SHARED / "eval" / "score_extraction.py"

sys.path.insert(0, str(REPO / "src"))

from parallax.clean.dump import clean_dump  # noqa: E402
from parallax.model import RawDocument  # noqa: E402


def run_scorer(pred: dict, out_dir: Path, name: str) -> float:
    path = out_dir / f"{name}.json"
    path.write_text(json.dumps(pred), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SCORER), str(path), str(DUMPS / "ground-truth.json")],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(re.search(r"f1: ([\d.]+)", result.stdout).group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="timing runs (the median is reported)")
    args = parser.parse_args()
    if not SCORER.exists():
        print(f"no shared data at {SHARED}; nothing to benchmark")
        return 1
    truth = json.loads((DUMPS / "ground-truth.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = Path(tmp)
        for kind, folder, ext in (("text", "text", ".txt"), ("markdown", "markdown", ".md")):
            docs = {
                page_id: (DUMPS / folder / f"{page_id}{ext}").read_text(encoding="utf-8") for page_id in sorted(truth)
            }
            raw_f1 = run_scorer({k: {"articleBody": v} for k, v in docs.items()}, out_dir, f"raw-{kind}")
            timings = []
            pred: dict[str, dict[str, str]] = {}
            for _ in range(args.runs):
                start = time.perf_counter()
                for page_id, content in docs.items():
                    raw = RawDocument(source=f"{page_id}{ext}", kind=kind, content=content, id=page_id)
                    pred[page_id] = {"articleBody": clean_dump(raw).body}
                timings.append(time.perf_counter() - start)
            f1 = run_scorer(pred, out_dir, f"clean-{kind}")
            rate = len(docs) / statistics.median(timings)
            print(f"{kind:8s}  raw F1 {raw_f1:.3f}  cleaned F1 {f1:.3f}  {rate:.1f} pages/s (median of {args.runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
