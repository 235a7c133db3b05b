"""Fit the aligner (is a candidate pair one fact?) on analyst gold, cross-validated by story.

    OMP_NUM_THREADS=1 .venv/bin/python training/train_aligner.py [--cache /tmp/basil-analysed.json] [--cv]

Gold: the 20 basil-dev stories and the seeds (`../shared/eval`). Each story's
units and candidate pairs are made exactly as `parallax.compare` makes them
(same neighbour search, same sentence-pair readings); a candidate is positive
when both units hold the spans of one `agreed` or `differs` item, negative when
either unit holds a gold span and the pair is not one item. Candidates that
touch no gold span are left out: the analyst did not judge them.

--cv: five folds by story (never train and score on one story). For each fold
the model is fitted on the other stories, its threshold chosen on them, and
the held-out stories are compared with it and scored with score_story.py; the
summed agreed, unique, differs and not_conflicting hits are printed. Then the
model is fitted on all stories and written to src/parallax/compare/models/aligner.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from _shared import basil_events, require_shared  # noqa: E402
from parallax.compare import _embed, build_claims  # noqa: E402
from parallax.compare.align import Candidates, aligned_pairs, find_candidates  # noqa: E402
from parallax.compare.aligner import FEATURES, MODEL_RESOURCE, Aligner, pair_features  # noqa: E402
from parallax.compare.units import story_units  # noqa: E402

FOLDS = 5
C = 1.0  # inverse regularisation
THRESHOLDS = np.arange(0.1, 0.61, 0.05)
REPORTED = ("agreed", "differs", "not_conflicting", "unique", "score")


def holds(unit_text: str, span: str) -> bool:
    """The shared scorer's own test of a statement holding a gold span (imported, never copied)."""
    return _scorer().span_match(unit_text, span)


@lru_cache(maxsize=1)
def _scorer():
    """../shared/eval/score_story.py as a module: labels and claims are read exactly as it scores them."""
    spec = importlib.util.spec_from_file_location("score_story", require_shared() / "eval/score_story.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_stories(cache: Path | None) -> list[tuple[str, list, dict]]:
    """(name, analysed articles, gold story) for basil-dev and the seeds."""
    shared = require_shared()
    events = basil_events(cache)
    stories = []
    for path in sorted((shared / "eval/basil-dev").glob("*.gold.json")):
        gold = json.loads(path.read_text())
        stories.append((path.name[:-10], events[gold["event"]], gold))
    from parallax.analyze import analyze
    from parallax.pipeline import clean_paths

    seeds = [a for a in clean_paths([str(REPO / "examples")]) if not isinstance(a, Exception)]
    stories.append(("seeds", list(analyze(seeds)), json.loads((shared / "eval/seeds.gold.json").read_text())))
    return stories


@dataclass
class StoryData:
    name: str
    articles: list
    gold: dict
    units: list
    candidates: Candidates
    features: np.ndarray
    labels: np.ndarray


def prepare(name: str, articles: list, gold: dict) -> StoryData:
    """Units, candidates (with the model's readings) and the judged pairs' features and labels of one story."""
    units = story_units(articles)
    candidates = find_candidates(units, _embed(units))
    story = gold["story"]
    items = [item["spans"] for item in story.get("agreed", []) + story.get("differs", [])]
    others = [item["spans"] for item in story.get("not_conflicting", [])]
    uniques = [{article: text} for article, texts in story.get("unique", {}).items() for text in texts]

    def item_ids(unit, spans_list) -> set[int]:
        return {n for n, spans in enumerate(spans_list) if holds(unit.text, spans.get(unit.article, "\0"))}

    features, labels = [], []
    for (a, b), cosine in candidates.cosines.items():
        ua, ub = units[a], units[b]
        in_a, in_b = item_ids(ua, items), item_ids(ub, items)
        judged = in_a or in_b or item_ids(ua, others + uniques) or item_ids(ub, others + uniques)
        if not judged:
            continue
        features.append(pair_features(ua, ub, cosine, candidates.judgements.get((a, b)), candidates.rank(a, b)))
        labels.append(int(bool(in_a & in_b)))
    x = np.array(features, dtype=float).reshape(-1, len(FEATURES))
    return StoryData(name, articles, gold, units, candidates, x, np.array(labels))


def simulate(data: StoryData, aligner: Aligner) -> tuple[int, int, int, int]:
    """Claims built as `compare` builds them, read against the gold: (agreed hits, agreed, unique hits, unique).

    Verdicts are not run: this is only for choosing the threshold on training stories;
    the figures reported come from the real comparison and the shared scorer.
    """
    units, candidates = data.units, data.candidates
    pairs = aligned_pairs(units, candidates, aligner)

    def link(a, b) -> float:
        key = (min(a.index, b.index), max(a.index, b.index))
        cosine = candidates.cosines.get(key, 0.0)
        return aligner.score(a, b, cosine, candidates.judgements.get(key), candidates.rank(*key))

    claims = [c for c in build_claims(units, pairs, link, aligner) if len({u.article for u in c}) > 1]
    story = data.gold["story"]
    agreed_hits = sum(
        any(all(any(u.article == art and holds(u.text, text) for u in claim) for art, text in item["spans"].items())
            for claim in claims)
        for item in story.get("agreed", [])
    )
    claimed = {u.index for claim in claims for u in claim}
    unique = [(art, text) for art, texts in story.get("unique", {}).items() for text in texts]
    unique_hits = sum(
        not any(u.index in claimed for u in units if u.article == art and holds(u.text, text)) for art, text in unique
    )
    return agreed_hits, len(story.get("agreed", [])), unique_hits, len(unique)


def fit(train: list[StoryData]) -> Aligner:
    """Standardised logistic regression; the threshold that scores best on the training stories' claims
    (agreed recall weighted 3, unique accuracy 2, as the shared scorer weighs them)."""
    x = np.vstack([d.features for d in train])
    y = np.concatenate([d.labels for d in train])
    means, scales = x.mean(axis=0), x.std(axis=0) + 1e-9
    model = LogisticRegression(C=C, max_iter=2000).fit((x - means) / scales, y)
    weights, bias = tuple(model.coef_[0].tolist()), float(model.intercept_[0])
    best, threshold = -1.0, 0.5
    for candidate in THRESHOLDS:
        aligner = Aligner(weights, bias, tuple(means.tolist()), tuple(scales.tolist()), float(candidate))
        totals = np.sum([simulate(d, aligner) for d in train], axis=0)
        value = 3 * totals[0] / max(1, totals[1]) + 2 * totals[2] / max(1, totals[3])
        if value > best:
            best, threshold = value, float(candidate)
    return Aligner(weights, bias, tuple(means.tolist()), tuple(scales.tolist()), round(threshold, 3))


def score_story(articles: list, gold: dict, aligner: Aligner) -> dict[str, tuple[int, int]]:
    from parallax.compare import compare
    from parallax.model import story_to_dict

    report = story_to_dict(compare(articles, scorer=aligner))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(report, handle, ensure_ascii=False)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as gold_file:
        json.dump(gold, gold_file)
    out = subprocess.run([sys.executable, str(require_shared() / "eval/score_story.py"), handle.name, "--gold",
                          gold_file.name], capture_output=True, text=True).stdout
    groups = {g: (int(h), int(n)) for g, h, n in re.findall(r"^(\w+)\s+(\d+)/(\d+)", out, re.M)}
    groups["score"] = (round(1000 * float(re.search(r"score: ([0-9.]+)", out).group(1))), 1000)
    return groups


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--cv", action="store_true")
    args = parser.parse_args()
    data = [prepare(name, articles, gold) for name, articles, gold in gold_stories(args.cache)]
    print(f"{sum(len(d.labels) for d in data)} judged pairs, {sum(int(d.labels.sum()) for d in data)} positive")
    if args.cv:
        totals: dict[str, list[int]] = {}
        for fold in range(FOLDS):
            held = [d for n, d in enumerate(data) if n % FOLDS == fold]
            aligner = fit([d for n, d in enumerate(data) if n % FOLDS != fold])
            for story in held:
                groups = score_story(story.articles, story.gold, aligner)
                print(f"fold {fold} t={aligner.threshold} {story.name:36s} "
                      + " ".join(f"{g}={h}/{c}" for g, (h, c) in groups.items() if g in REPORTED))
                if story.name == "seeds":
                    continue  # the figures below are basil-dev's alone
                for group, (hits, count) in groups.items():
                    totals.setdefault(group, [0, 0])
                    totals[group][0] += hits
                    totals[group][1] += count
        for group, (hits, count) in totals.items():
            if group in REPORTED:
                print(f"CV basil-dev {group:16s} {hits}/{count} = {hits / max(1, count):.3f}")
    aligner = fit(data)
    print("weights:", dict(zip(FEATURES, (round(w, 2) for w in aligner.weights), strict=True)),
          "threshold:", aligner.threshold)
    (REPO / "src/parallax" / MODEL_RESOURCE).write_text(json.dumps(aligner.to_dict(), indent=1) + "\n")


if __name__ == "__main__":
    main()
