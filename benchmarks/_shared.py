"""Where benchmarks find the shared corpora and scorers (never used by Parallax itself)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def require_shared() -> Path:
    if not SHARED.is_dir():
        sys.exit(f"benchmark needs the shared corpora at {SHARED}")
    return SHARED


def score_extraction(predictions: dict[str, str], truth: Path) -> dict[str, float]:
    """F1, precision, recall with the shared scorer (4-word shingles, averaged over pages)."""
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump({k: {"articleBody": v} for k, v in predictions.items()}, handle)
    out = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score_extraction.py"), handle.name, str(truth)],
        capture_output=True, text=True, check=True,
    ).stdout
    Path(handle.name).unlink()
    return _parse_scores(out)


def _parse_scores(out: str) -> dict[str, float]:
    """The scorer prints `pages: N  precision: P  recall: R` then `f1: F`."""
    import re

    return {key: float(value) for key, value in re.findall(r"(precision|recall|f1): ([0-9.]+)", out)}


def median_rate(run: Callable[[], int], repeats: int = 3) -> float:
    """Items per second, the median of several runs (machines here are shared and noisy)."""
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        count = run()
        rates.append(count / (time.perf_counter() - start))
    return statistics.median(rates)


def basil_records() -> list[dict]:
    """BASIL's 240 records (text, title, outlet, date, gold event), in file order."""
    with (require_shared() / "data/basil/articles.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def basil_raw_document(record: dict):
    """One BASIL record as the input Parallax reads: its text, title, outlet and date, never its event."""
    from parallax.model import RawDocument

    return RawDocument(source=record["id"], kind="record", content=record["text"], id=record["id"],
                       title=record["title"], outlet=record["outlet"], published=record["published"])


def basil_events(cache: Path | None = None) -> dict[str, list]:
    """BASIL's 80 events as analysed articles, keyed by the gold event id.

    The gold `event` is read here only to form the stories (three outlets each);
    Parallax sees each record's text, title, outlet and date. Reading 240 articles
    takes a few minutes, so the analysed articles are kept as JSON in `cache`
    (a fixed file, rebuilt when missing) for runs that only change the comparison.
    """
    from parallax.analyze import analyze
    from parallax.clean import clean
    from parallax.model import article_from_dict, article_to_dict

    records = basil_records()
    if cache is not None and cache.exists():
        stored = json.loads(cache.read_text())
        by_id = {a["id"]: article_from_dict(a) for a in stored}
    else:
        by_id = {a.id: a for a in analyze(clean(basil_raw_document(r)) for r in records)}
        if cache is not None:
            cache.write_text(json.dumps([article_to_dict(a) for a in by_id.values()]))
    events: dict[str, list] = {}
    for record in records:
        events.setdefault(record["event"], []).append(by_id[record["id"]])
    return events


def print_differs(claim, label: str, id_width: int = 14) -> None:
    """One `differs` claim for a person to judge: its kind, confidence, explanation and members."""
    print(f"[{label}] DIFFERS {claim.kind} (confidence {claim.confidence:.2f}): {claim.why}")
    for member in claim.members:
        print(f"    {member.article[:id_width]}: {member.text[:220]}")
