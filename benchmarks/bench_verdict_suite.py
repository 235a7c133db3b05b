"""The hand-written verdict suite: differs precision and recall per kind, and conflict-free no-conflict cases.

    .venv/bin/python benchmarks/bench_verdict_suite.py [-v] [--holdout | --holdout3 | ... | --holdout38]

The cases (tests/compare/verdict_suite.py) were written before any tuning, in
sentences of our own. A conflict case is found when a `differs` claim of the
planted kind holds both planted sentences; every `differs` raised anywhere else
is a false alarm.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from functools import cache

from _shared import REPO

sys.path.insert(0, str(REPO / "tests" / "compare"))

from verdict_suite import CASES, Case

from parallax.analyze import analyze
from parallax.clean import clean
from parallax.compare import compare
from parallax.model import RawDocument, Story


def case_story(case: Case) -> Story:
    return compare(case_articles(case))


@cache
def case_articles(case: Case) -> list:
    """The case's two articles, cleaned and read once (the comparison does not change them)."""
    raws = []
    for outlet, text, published in (("Outlet A", case.a, case.a_published), ("Outlet B", case.b, case.b_published)):
        title, body = text.split("\n\n", 1)
        raws.append(RawDocument(source=f"{case.name}-{outlet[-1]}", kind="record", content=body,
                                id=f"{case.name}-{outlet[-1].lower()}", title=title, outlet=outlet,
                                published=published))
    return list(analyze(clean(raw) for raw in raws))


def holds_planted(claim, case: Case) -> bool:
    texts = {m.article[-1]: m.text for m in claim.members}
    return case.planted[0] in texts.get("a", "") and case.planted[1] in texts.get("b", "")


def run(cases: list[Case], verbose: bool = False) -> dict:
    """Per-kind recall, per-kind precision (by the kind raised), and the no-conflict cases kept clean."""
    found, planted, raised, right = Counter(), Counter(), Counter(), Counter()
    clean_cases = total_clean = 0
    for case in cases:
        story = case_story(case)
        differs = [c for c in story.claims if c.status == "differs"]
        if case.kind is None:
            total_clean += 1
            clean_cases += not differs
        else:
            planted[case.kind] += 1
            hit = any(c.kind == case.kind and holds_planted(c, case) for c in differs)
            found[case.kind] += hit
        for claim in differs:
            raised[claim.kind] += 1
            right[claim.kind] += case.kind is not None and claim.kind == case.kind and holds_planted(claim, case)
        if verbose:
            shown = ("clean" if not differs else "-") if case.kind is None else ("found" if hit else "-")
            print(f"{case.name:34s} {case.kind or 'none':10s} raised={[c.kind for c in differs]} {shown}")
            for claim in differs:
                print(f"      {claim.why[:200]}")
    return {"found": found, "planted": planted, "raised": raised, "right": right,
            "clean": clean_cases, "total_clean": total_clean}


# The hand-written sets after the suite, each written before its first run: flag -> (module, what it holds).
HELD_OUT_SETS = {
    "holdout": ("verdict_holdout", "the second set, held out"),
    "holdout3": ("verdict_holdout3", "the third set"),
    "holdout4": ("verdict_holdout4", "the fourth set: side clauses"),
    "holdout5": ("verdict_holdout5", "the fifth set: every kind in new wordings"),
    "holdout6": ("verdict_holdout6", "the sixth set: every kind in other constructions"),
    "holdout7": ("verdict_holdout7", "the seventh set: yet other constructions"),
    "holdout8": ("verdict_holdout8", "the eighth set: yet other constructions"),
    "holdout9": ("verdict_holdout9", "the ninth set: yet other constructions"),
    "holdout10": ("verdict_holdout10", "the tenth set: yet other constructions"),
    "holdout11": ("verdict_holdout11", "the eleventh set: the weakest kinds again"),
    "holdout12": ("verdict_holdout12", "the twelfth set: every kind in new wordings"),
    "holdout13": ("verdict_holdout13", "the thirteenth set: every kind in new wordings"),
    "holdout14": ("verdict_holdout14", "the fourteenth set: wire copy's long sentences"),
    "holdout15": ("verdict_holdout15", "the fifteenth set: mostly look-alikes"),
    "holdout16": ("verdict_holdout16", "the sixteenth set: short stories, not sentence pairs"),
    "holdout17": ("verdict_holdout17", "the seventeenth set: more short stories"),
    "holdout18": ("verdict_holdout18", "the eighteenth set: short stories in other fields"),
    "holdout19": ("verdict_holdout19", "the nineteenth set: every kind in other constructions"),
    "holdout20": ("verdict_holdout20", "the twentieth set: short stories with fact-checkers' patterns"),
    "holdout21": ("verdict_holdout21", "the twenty-first set: wire copy's long sentences in stories"),
    "holdout22": ("verdict_holdout22", "the twenty-second set: the weakest kinds and their look-alikes"),
    "holdout23": ("verdict_holdout23", "the twenty-third set: stories whose planted sentences share no wording"),
    "holdout24": ("verdict_holdout24", "the twenty-fourth set: more stories worded apart, in other fields"),
    "holdout25": ("verdict_holdout25", "the twenty-fifth set: a third set of stories worded apart"),
    "holdout26": ("verdict_holdout26", "the twenty-sixth set: a fourth set of stories worded apart"),
    "holdout27": ("verdict_holdout27", "the twenty-seventh set: a fifth set of stories worded apart"),
    "holdout28": ("verdict_holdout28", "the twenty-eighth set: a sixth set of stories worded apart"),
    "holdout29": ("verdict_holdout29", "the twenty-ninth set: a seventh set of stories worded apart"),
    "holdout30": ("verdict_holdout30", "the thirtieth set: an eighth set of stories worded apart"),
    "holdout31": ("verdict_holdout31", "the thirty-first set: wire copy's constructions, worded apart"),
    "holdout32": ("verdict_holdout32", "the thirty-second set: other fields, worded apart"),
    "holdout33": ("verdict_holdout33", "the thirty-third set: more fields, worded apart"),
    "holdout34": ("verdict_holdout34", "the thirty-fourth set, written by a helper: other fields, worded apart"),
    "holdout35": ("verdict_holdout35", "the thirty-fifth set, written by a helper: other fields, worded apart"),
    "holdout36": ("verdict_holdout36", "the thirty-sixth set, written by a helper after the tenth round's fixes"),
    "holdout37": ("verdict_holdout37", "the thirty-seventh set, written by a helper: other fields, worded apart"),
    "holdout38": ("verdict_holdout38", "the thirty-eighth set, written by a helper after the eleventh round's fixes"),
}
# The sets CI holds to the floors: all but the sixteenth, whose one value case is open (the two
# sentences with the two prices are never aligned: each outlet's price shares a sentence with other facts),
# and the twenty-third, whose one roles case is open ("Volkova beat Reyes" / "Reyes took the title, getting
# the better of Volkova": the model reads the two as compatible, and a winner's swap across two verbs is
# no decisive frame conflict), and the twenty-fourth, whose count ("ordered 4,000 residents to leave" /
# "14,000 people were evacuated") and place ("a native of Krakow" / "born and raised in Gdansk") are open.
OPEN_SETS = frozenset({"holdout16", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28",
                       "holdout29", "holdout30",
                       "holdout31", "holdout32", "holdout33", "holdout34", "holdout35",
                       "holdout36", "holdout37", "holdout38"})
GATED_SETS = [module for flag, (module, _) in HELD_OUT_SETS.items() if flag not in OPEN_SETS]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", action="store_true")
    for flag, (module, what) in HELD_OUT_SETS.items():
        parser.add_argument(f"--{flag}", action="store_true", help=f"{what} (tests/compare/{module}.py)")
    args = parser.parse_args()
    sets = {module: getattr(args, flag) for flag, (module, _) in HELD_OUT_SETS.items()}
    chosen = next((name for name, asked in sets.items() if asked), None)
    result = run(importlib.import_module(chosen).CASES if chosen else CASES, args.v)
    found, planted, raised, right = result["found"], result["planted"], result["raised"], result["right"]
    print(f"{'kind':10s} recall      precision")
    for kind in sorted(set(planted) | set(raised)):
        recall = f"{found[kind]}/{planted[kind]}" if planted[kind] else "-"
        precision = f"{right[kind]}/{raised[kind]}" if raised[kind] else "-"
        print(f"{kind:10s} {recall:11s} {precision}")
    total_found, total_planted = sum(found.values()), sum(planted.values())
    total_right, total_raised = sum(right.values()), sum(raised.values())
    print(f"all        {total_found}/{total_planted} = {total_found / total_planted:.2f}   "
          f"{total_right}/{total_raised} = {total_right / max(1, total_raised):.2f}")
    print(f"no-conflict cases conflict-free: {result['clean']}/{result['total_clean']}")


if __name__ == "__main__":
    main()
