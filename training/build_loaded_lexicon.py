"""Learn the BASIL part of the loaded-wording lexicon (src/parallax/analyze/lexicons/loaded_learned.txt).

BASIL (Fan et al., EMNLP 2019) marks loaded wording ("lexical" bias spans) in 240 articles
of 80 events. A word joins the learned lexicon when experts marked it, outside quotes,
often enough relative to how often it appears in reporters' own words at all; its score
is that smoothed rate scaled so that it competes with the hand lexicon's families.

    .venv/bin/python training/build_loaded_lexicon.py [--basil PATH] [--out PATH]

Deterministic: no sampling, so the same BASIL file always gives the same lexicon.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from parallax.analyze.loaded import FUNCTION_WORDS, _tokens, default_lexicon, quoted_spans

REPO = Path(__file__).resolve().parents[1]
BASIL = REPO.parent / "shared" / "data" / "basil" / "articles.jsonl"
OUT = REPO / "src" / "parallax" / "analyze" / "lexicons" / "loaded_learned.txt"

# A word must be marked at least this often, in this many different events, to be learned:
# single marks in BASIL are mostly one annotator's reading of one event (with 2 events,
# "defeat" got in from two election stories and cost 11 false hits across folds).
MIN_MARKS = 3
MIN_EVENTS = 3
# Additive smoothing of marked/seen (pseudo-count of unmarked sightings), and the rate a
# word needs. Tuned on BASIL's 5 event folds in benchmarks/bench_loaded.py: lower rates
# add common verbs of saying ("said" variants) that cost more precision than they earn.
SMOOTHING = 2.0
MIN_RATE = 0.2
# A hand-lexicon trigger that reporters used at least MIN_SEEN_TO_VETO times in BASIL and
# experts marked in at most MAX_VETO_RATE of them (about half the hand lexicon's average
# precision there) is demoted to VETO_SCORE, below the default threshold. Tuned on the 5
# event folds (precision 0.187 -> 0.198, recall 0.323 -> 0.309): it removes words like
# "backlash" and "vowed" that news copy uses as plain description.
MIN_SEEN_TO_VETO = 8
MAX_VETO_RATE = 0.1
VETO_SCORE = 0.2
# Learned scores are rate * SCALE, capped at 1.0, so a word marked in a fifth of its
# appearances lands at the hand lexicon's adjective weight (0.8).
SCALE = 4.0

OUTLETS = {"NYT": "The New York Times", "FOX": "Fox News", "HPO": "HuffPost"}


def load_basil(path: Path = BASIL) -> list[dict]:
    """BASIL rows with outlet names folded to one spelling per outlet."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        row["outlet"] = OUTLETS.get(row["outlet"], row["outlet"])
    return rows


def gold_loaded_spans(row: dict) -> list[tuple[int, int]]:
    """Character spans of the experts' loaded wording outside quotes (every occurrence)."""
    text = row["text"]
    spans = []
    for span in row["bias_spans"]:
        if span["bias"] != "lexical" or span.get("quote"):
            continue
        needle = span["text"].strip()
        start = text.find(needle)
        while needle and start >= 0:
            spans.append((start, start + len(needle)))
            start = text.find(needle, start + 1)
    return spans


def word_counts(rows: Iterable[dict]) -> tuple[Counter, Counter, dict[str, set]]:
    """How often each word is seen in reporters' own words, marked, and in which events."""
    seen: Counter = Counter()
    marked: Counter = Counter()
    events: dict[str, set] = {}
    for row in rows:
        text = row["text"]
        quoted = quoted_spans(text)
        gold = gold_loaded_spans(row)
        for tok in _tokens(text):
            if not tok.norm.isalpha() or tok.norm in FUNCTION_WORDS or len(tok.norm) < 3:
                continue
            if any(s <= tok.start < e for s, e in quoted):
                continue
            seen[tok.norm] += 1
            if any(s <= tok.start and tok.end <= e for s, e in gold):
                marked[tok.norm] += 1
                events.setdefault(tok.norm, set()).add(row["event"])
    return seen, marked, events


def learn_lexicon(rows: Iterable[dict]) -> dict[str, float]:
    """word -> score: words experts marked as loaded often enough, and hand triggers they never marked."""
    seen, marked, events = word_counts(rows)
    learned = {}
    triggers = default_lexicon().entries
    for word, count in seen.items():
        single = any(len(entry.tokens) == 1 for entry in triggers.get(word, ()))
        if count >= MIN_SEEN_TO_VETO and marked[word] / count <= MAX_VETO_RATE and single:
            learned[word] = VETO_SCORE
    for word, hits in marked.items():
        if hits < MIN_MARKS or len(events[word]) < MIN_EVENTS:
            continue
        rate = hits / (seen[word] + SMOOTHING)
        if rate >= MIN_RATE:
            learned[word] = round(min(1.0, rate * SCALE), 3)
    return dict(sorted(learned.items()))


def write_lexicon(learned: dict[str, float], out: Path) -> None:
    header = (
        "# Learned from BASIL lexical bias spans outside quotes (Fan et al., EMNLP 2019) by\n"
        "# training/build_loaded_lexicon.py; regenerate, do not edit. word<TAB>score\n"
    )
    out.write_text(header + "".join(f"{w}\t{s}\n" for w, s in learned.items()), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--basil", type=Path, default=BASIL)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    learned = learn_lexicon(load_basil(args.basil))
    write_lexicon(learned, args.out)
    print(f"{len(learned)} words -> {args.out}")


if __name__ == "__main__":
    main()
