"""`parallax ingest --workers N` end to end: articles a second with 1 and with 2 workers, in the same run.

    .venv/bin/python benchmarks/bench_workers.py [--rounds 2] [--workers 1 2] [--min-words 450]

BASIL's articles of 450 words or more (162, 737 words on average: the issue's "about 700
words") as one JSONL file, each run `parallax ingest FILE --db <fresh SQLite file>
--workers N` from the command line (clean, read, embed, store, group; process start and
model loading included), runs of each N alternated so both see the same machine load.
`--min-words 0` takes all 240 BASIL articles (610 words on average): a longer run, in which
the workers' start (each loads spaCy and MiniLM) weighs less, as in a continuous ingest.
CPU time is the command's and its workers'. Peak memory is the sum of the resident sets
of the command and its workers, sampled every 0.2 s from /proc.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BASIL = REPO.parent / "shared" / "data" / "basil" / "articles.jsonl"
MIN_WORDS = 450


def write_input(folder: Path, min_words: int = MIN_WORDS) -> tuple[Path, int, float]:
    """The benchmark's JSONL file, its article count and mean words."""
    rows = [json.loads(line) for line in BASIL.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if len(r["text"].split()) >= min_words]
    path = folder / "basil-long.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path, len(rows), statistics.mean(len(r["text"].split()) for r in rows)


def tree_pids(pid: int) -> list[int]:
    """A process and all its descendants (its workers; Ray's raylet, GCS and workers)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack += children.get(current, [])
    return found


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants."""
    total = 0
    for member in tree_pids(pid):
        with contextlib.suppress(OSError, IndexError, ValueError):
            total += int(Path(f"/proc/{member}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return total


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(path: Path, workers: int, folder: Path) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds (the command and its workers), peak memory of the process tree, and the
    summary line of one ingest."""
    db = folder / f"w{workers}-{time.monotonic_ns()}.db"
    command = [sys.executable, "-m", "parallax", "ingest", str(path), "--db", str(db), "--workers", str(workers)]
    cpu = cpu_of_children()
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    err = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"ingest failed:\n{err}")
    return seconds, cpu_of_children() - cpu, peak, err.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--min-words", type=int, default=MIN_WORDS, help="BASIL articles of at least this many words")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, count, words = write_input(folder, args.min_words)
        print(f"{count} articles, {words:.0f} words on average; {os.cpu_count()} cores; load {os.getloadavg()}")
        times: dict[int, list[float]] = {n: [] for n in args.workers}
        peaks: dict[int, int] = dict.fromkeys(args.workers, 0)
        for round_ in range(args.rounds):
            for workers in args.workers if round_ % 2 == 0 else args.workers[::-1]:
                seconds, cpu, peak, summary = run(path, workers, folder)
                times[workers].append(seconds)
                peaks[workers] = max(peaks[workers], peak)
                print(
                    f"  round {round_ + 1}, {workers} workers: {seconds:.1f} s, {count / seconds:.2f} articles/s, "
                    f"CPU {cpu:.1f} s, peak {peak / 2**20:.0f} MiB ({summary}); load {os.getloadavg()[0]:.2f}"
                )
        for workers in args.workers:
            median = statistics.median(times[workers])
            print(
                f"{workers} workers: median {median:.1f} s, {count / median:.2f} articles/s, "
                f"peak {peaks[workers] / 2**20:.0f} MiB"
            )
        base = statistics.median(times[args.workers[0]])
        for workers in args.workers[1:]:
            print(f"{workers} workers against {args.workers[0]}: {base / statistics.median(times[workers]):.2f}x")


if __name__ == "__main__":
    main()
