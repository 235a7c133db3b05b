"""The readers and the cleaning fuzzed at length: no exception but InputError may escape.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_fuzz.py [--examples 100000]

Runs the properties of tests/ingest/test_fuzz.py (same strategies, same checks)
with many more examples, split evenly over them, and prints how many ran. A
failure prints hypothesis's shrunk counter-example and exits non-zero.
"""

from __future__ import annotations

import argparse
import sys
import time

from hypothesis import HealthCheck, given, settings

from _shared import REPO

sys.path.insert(0, str(REPO / "tests" / "ingest"))

import test_fuzz as fuzz

PROPERTIES = {
    "bytes": (fuzz.check_bytes, {"name": fuzz.NAMES, "data": fuzz.BYTES}),
    "json lines": (fuzz.check_records, {"records": fuzz.RECORD_LISTS}),
    "text of every kind": (fuzz.check_text, {"text": fuzz.TEXTS, "kind": fuzz.KINDS}),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=100_000)
    args = parser.parse_args()
    each = -(-args.examples // len(PROPERTIES))  # rounded up: at least --examples in all
    started = time.perf_counter()
    for label, (check, strategies) in PROPERTIES.items():
        test = settings(max_examples=each, deadline=None, database=None,
                        suppress_health_check=list(HealthCheck))(given(**strategies)(check))
        test()
        print(f"{label}: {each} examples, no escaping exception", flush=True)
    print(f"{each * len(PROPERTIES)} examples in {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
