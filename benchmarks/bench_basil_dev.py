"""The comparison on basil-dev: 20 BASIL stories an analyst annotated claim by claim.

    .venv/bin/python benchmarks/bench_basil_dev.py [--cache /tmp/basil-analysed.json] [-v] [--differs]

Each story's three articles are compared as one story, the JSON report is
scored with shared/eval/score_story.py against the story's gold file, and the
hits of each check group are summed over the 20 stories (agreed, differs,
not_conflicting, unique) beside the mean score. `--differs` prints every
`differs` raised, with its kind and the words on each side, for a person to judge.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from _shared import basil_events, require_shared
from parallax.compare import compare
from parallax.model import story_to_dict

GROUPS = ("agreed", "differs", "not_conflicting", "unique")


def score(report: dict, gold: Path, verbose: bool) -> tuple[dict[str, tuple[int, int]], float, str]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(report, handle, ensure_ascii=False)
    command = [sys.executable, str(require_shared() / "eval/score_story.py"), handle.name, "--gold", str(gold)]
    out = subprocess.run([*command, *(["-v"] if verbose else [])], capture_output=True, text=True).stdout
    Path(handle.name).unlink()
    groups = {g: (int(h), int(n)) for g, h, n in re.findall(r"^(\w+)\s+(\d+)/(\d+)", out, re.M)}
    return groups, float(re.search(r"score: ([0-9.]+)", out).group(1)), out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, help="analysed BASIL articles as JSON (made when missing)")
    parser.add_argument("-v", action="store_true", help="print each story's misses")
    parser.add_argument("--differs", action="store_true", help="print every differs raised")
    args = parser.parse_args()
    events = basil_events(args.cache)
    totals: dict[str, list[int]] = {g: [0, 0] for g in GROUPS}
    scores, raised = [], Counter()
    for gold in sorted((require_shared() / "eval/basil-dev").glob("*.gold.json")):
        event = json.loads(gold.read_text())["event"]
        story = compare(events[event])
        groups, value, out = score(story_to_dict(story), gold, args.v)
        scores.append(value)
        for group in GROUPS:
            hits, count = groups.get(group, (0, 0))
            totals[group][0] += hits
            totals[group][1] += count
        print(f"{gold.name[:-10]:40s} {value:.3f}")
        if args.v:
            print("\n".join("    " + line for line in out.splitlines() if "miss" in line))
        for claim in story.claims:
            if claim.status != "differs":
                continue
            raised[getattr(claim, "kind", None) or "?"] += 1
            if args.differs:
                print(f"    DIFFERS [{getattr(claim, 'kind', None)}] {claim.why}")
                for member in claim.members:
                    print(f"        {member.article[:12]}: {member.text[:160]}")
    for group in GROUPS:
        hits, count = totals[group]
        print(f"{group:16s} {hits}/{count} {hits / max(1, count):.3f}")
    print(f"differs raised: {sum(raised.values())} {dict(raised)}")
    print(f"mean score: {statistics.mean(scores):.3f}")


if __name__ == "__main__":
    main()
