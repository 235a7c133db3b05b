"""CPU seconds per article in each stage of `parallax ingest`, and store bytes per article: docs/scale.md's inputs.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/profile_stages.py [--articles 100] [--pg URL]

One process, one thread, models loaded before the clock starts. The first N BASIL records
(JSONL, text) go through the stages `parallax ingest` runs, each timed alone with
`time.process_time()` (CPU, so other engineers' load on the machine changes it little):
- clean: the record as a RawDocument through `parallax.clean.clean`;
- clean (HTML): N pages of the article-extraction benchmark (aeb/html) read and cleaned
  (`clean_paths`): what a WARC of CC-NEWS costs to clean, as BASIL's text does not;
- analyse: spaCy's reading (`parallax.analyze.analyze`);
- embed: MiniLM on each article's grouping text;
- features: the grouping features stored beside each article (`article_features`);
- unpickle: a worker's (article, embedding) pairs pickled and unpickled, as they cross to the parent;
- lookup: `find_article` on each, the command's check for articles already stored;
- store: `add_article` one at a time, into a fresh SQLite file and into a fresh PostgreSQL schema;
- group: `ingest_articles(store, [])`, which groups what is stored without a story (the grouper
  rebuilt from the store, clustering, repair, memberships written).
For PostgreSQL the server's CPU is counted too: the backend process's utime + stime from /proc.
Store size: PostgreSQL `pg_total_relation_size` (table, indexes, TOAST) summed over the schema's
tables, and the SQLite file, each after the run less the same store empty (migrations only).
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from _shared import SHARED, basil_raw_document, basil_records

PG = os.environ.get("PARALLAX_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def cpu(call: Callable[[], Any]) -> tuple[Any, float]:
    start = time.process_time()
    result = call()
    return result, time.process_time() - start


def backend_cpu(store: Any) -> float:
    """CPU seconds of a PostgreSQL store's server process so far (0 for SQLite)."""
    info = getattr(getattr(store, "_db", None), "info", None)  # a psycopg connection's
    if info is None:
        return 0.0
    fields = Path(f"/proc/{info.backend_pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def pg_schema(url: str) -> Iterator[tuple[str, Any]]:
    import psycopg

    admin = psycopg.connect(url, autocommit=True)
    schema = f"parallax_profile_{uuid.uuid4().hex[:8]}"
    admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}", (admin, schema)
    finally:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


def pg_tables(admin: Any, schema: str) -> dict[str, int]:
    """Each table's bytes with its indexes and TOAST (`pg_total_relation_size`)."""
    rows = admin.execute(
        "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r'",
        (schema,),
    ).fetchall()
    return {name: int(size) for name, size in rows}


def sqlite_bytes(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.stat().st_size


def store_and_group(location: str, pairs: list, features: list, size: Callable[[], int]) -> dict[str, float]:
    from parallax.store import open_store
    from parallax.store.ingest import ingest_articles

    store = open_store(location)
    empty = size()
    server = backend_cpu(store)
    _, looked = cpu(lambda: [store.find_article(a) for a, _ in pairs])  # the command's check before reading
    server_looked = backend_cpu(store) - server
    server = backend_cpu(store)
    _, stored = cpu(
        lambda: [store.add_article(a, embedding=v, grouping=f) for (a, v), f in zip(pairs, features, strict=True)]
    )
    server_stored = backend_cpu(store) - server
    summary, grouped = cpu(lambda: ingest_articles(store, []))
    server_grouped = backend_cpu(store) - server - server_stored
    store.close()
    return {
        "lookup": looked,
        "lookup (server)": server_looked,
        "store": stored,
        "store (server)": server_stored,
        "group": grouped,
        "group (server)": server_grouped,
        "stories": len(summary.stories_touched),
        "bytes": size() - empty,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--pg", default=PG, help="a PostgreSQL server to measure (a schema is made and dropped)")
    args = parser.parse_args()

    from parallax.analyze import analyze, load_nlp
    from parallax.clean import clean
    from parallax.embeddings import encode
    from parallax.group import article_features, grouping_text
    from parallax.pipeline import clean_paths

    n = args.articles
    records = basil_records()[:n]
    raws = [basil_raw_document(r) for r in records]
    pages = sorted(str(p) for p in (SHARED / "data/aeb/html").iterdir())[:n]
    load_nlp()
    encode(["warm up"])
    words = sum(len(r["text"].split()) for r in records) / n
    print(f"{n} BASIL articles, {words:.0f} words on average; {len(pages)} HTML pages; load {os.getloadavg()}")

    seconds: dict[str, float] = {}
    articles, seconds["clean"] = cpu(lambda: [clean(raw) for raw in raws])
    html, seconds["clean (HTML)"] = cpu(lambda: list(clean_paths(pages)))
    read, seconds["analyse"] = cpu(lambda: list(analyze(articles)))
    vectors, seconds["embed"] = cpu(lambda: encode([grouping_text(a) for a in read]))
    features, seconds["features"] = cpu(lambda: [article_features(a) for a in read])
    pairs = list(zip(read, vectors, strict=True))
    # What the parent pays to take a worker's results back (a pool's or Ray's: both pickle them).
    _, seconds["unpickle"] = cpu(lambda: pickle.loads(pickle.dumps(pairs, protocol=5)))
    html_ok = sum(1 for item in html if not isinstance(item, Exception))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "profile.db"
        lite = store_and_group(str(path), pairs, features, lambda: sqlite_bytes(path) if path.exists() else 0)
    try:
        with pg_schema(args.pg) as (url, (admin, schema)):
            pg = store_and_group(url, pairs, features, lambda: sum(pg_tables(admin, schema).values()))
            tables = pg_tables(admin, schema)
    except Exception as err:  # no server: SQLite's figures only
        print(f"PostgreSQL not measured: {err}", file=sys.stderr)
        pg, tables = None, {}

    print(f"\nCPU per article (ms), {n} articles; clean (HTML) per page over {len(pages)} pages ({html_ok} articles):")
    for stage, total in seconds.items():
        print(f"  {stage:14} {1000 * total / (len(pages) if stage == 'clean (HTML)' else n):8.1f}")
    for name, figures in (("SQLite", lite), ("PostgreSQL", pg)):
        if figures is None:
            continue
        stages = ", ".join(
            f"{stage} {1000 * figures[stage] / n:.1f} (+ server {1000 * figures[stage + ' (server)'] / n:.1f})"
            for stage in ("lookup", "store", "group")
        )
        print(
            f"  {name}: {stages}; {figures['stories']} stories; {figures['bytes'] / n:,.0f} bytes per article "
            f"({figures['bytes']:,} bytes over an empty store)"
        )
    if tables:
        print(
            "  PostgreSQL tables (with indexes and TOAST), bytes per article: "
            + ", ".join(f"{name} {size / n:,.0f}" for name, size in sorted(tables.items(), key=lambda t: -t[1]))
        )
    total = sum(seconds[k] for k in ("clean", "analyse", "embed", "features")) / n
    print(f"  clean + analyse + embed + features: {1000 * total:.1f} ms per article")


if __name__ == "__main__":
    main()
