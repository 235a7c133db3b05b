"""Reading speed: the whole reading stage against spaCy's bare parse of the same texts.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_reading.py [--articles 120] [--repeats 3]

Texts are BASIL articles (real news, cut or padded to about 700 words so the
figure is per 700-word article). Both runs use the same spaCy components
(`parallax.analyze.nlp.load_nlp()`); the ratio is full reading / bare parse,
the median of several runs, measured in the same process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from _shared import require_shared
from parallax.analyze import analyze
from parallax.analyze.nlp import load_nlp
from parallax.model import Article


def texts_of_700_words(shared, count: int) -> list[str]:
    records = [json.loads(line) for line in (shared / "data" / "basil" / "articles.jsonl").open()]
    words = " ".join(r["text"] for r in records).split(" ")
    out, position = [], 0
    for record in records[:count]:
        body = record["text"].split(" ")
        while len(body) < 700:  # pad short articles with the next article's words
            body += words[position:position + 700 - len(body)]
            position += 700
        out.append(" ".join(body[:700]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    texts = texts_of_700_words(require_shared(), args.articles)
    nlp = load_nlp()
    list(nlp.pipe(texts[:5]))  # warm up
    bare, full = [], []
    for _ in range(args.repeats):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        bare.append(time.perf_counter() - start)
        articles = [Article(id=str(i), source="bench", body=t, published="2016-05-01") for i, t in enumerate(texts)]
        start = time.perf_counter()
        for _article in analyze(articles, nlp):
            pass
        full.append(time.perf_counter() - start)
    bare_rate = len(texts) / statistics.median(bare)
    full_rate = len(texts) / statistics.median(full)
    print(f"spaCy components: {', '.join(nlp.pipe_names)}")
    print(f"bare spaCy parse : {bare_rate:.1f} articles/s (700 words)")
    print(f"whole reading    : {full_rate:.1f} articles/s (700 words)")
    print(f"reading / bare   : {statistics.median(full) / statistics.median(bare):.2f}x")


if __name__ == "__main__":
    main()
