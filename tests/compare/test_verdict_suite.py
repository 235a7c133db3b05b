"""The hand-written verdict cases as a gate: the whole pipeline (clean, read, compare) on each set of
two-outlet cases (the suite, and every held-out set but the sixteenth, development data since their first runs).

Floors are the issue's: differs precision >= 0.9 and recall >= 0.85 over all kinds,
no kind below 0.7, and no-conflict cases >= 0.9 conflict-free. The per-kind
figures are in BENCHMARKS.md (benchmarks/bench_verdict_suite.py).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from verdict_suite import CASES

from bench_verdict_suite import GATED_SETS, run


@pytest.fixture(scope="module", params=["verdict_suite", *GATED_SETS])
def result(request: pytest.FixtureRequest) -> dict:
    return run(CASES if request.param == "verdict_suite" else importlib.import_module(request.param).CASES)


def test_differs_recall_and_precision_over_all_kinds(result: dict) -> None:
    found, planted = sum(result["found"].values()), sum(result["planted"].values())
    right, raised = sum(result["right"].values()), sum(result["raised"].values())
    assert found / planted >= 0.85, result["found"]
    assert right / max(1, raised) >= 0.9, result["raised"]


def test_no_kind_is_left_behind(result: dict) -> None:
    for kind, planted in result["planted"].items():
        assert result["found"][kind] / planted >= 0.7, (kind, result["found"][kind], planted)


def test_no_conflict_cases_stay_conflict_free(result: dict) -> None:
    assert result["clean"] / result["total_clean"] >= 0.9
