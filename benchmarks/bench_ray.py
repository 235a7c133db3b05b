"""`parallax ingest --engine ray` against the process pool (--workers 2) and one worker, in the same run.

    .venv/bin/python benchmarks/bench_ray.py [--articles 120] [--shards 4] [--rounds 3]

The first 120 BASIL articles, as 4 JSONL shards in one folder; each run is `parallax ingest FOLDER
--db <fresh SQLite file>` from the command line (clean, read, embed, store, group; process start,
model loading and, for Ray, starting a local 2-CPU cluster included), with
- `--workers 1`: everything in this one process;
- `--workers 2`: the process pool of issue 13, part 3;
- `--engine ray --workers 2`: 2 Ray actors clean the shards and read and embed the chunks.
The three alternate in each round, so they see the same machine load; medians over the rounds.
CPU time and peak memory are the command's process tree's (Ray's own processes, started by
the command, included), sampled from /proc every 0.2 s (the last 0.2 s of a process is missed).
Every run must end with the same summary line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_workers import BASIL, tree_pids, tree_rss

CONFIGS = {
    "1 worker": ["--workers", "1"],
    "pool, 2 workers": ["--workers", "2"],
    "ray, 2 actors": ["--engine", "ray", "--workers", "2"],
}


def write_shards(folder: Path, articles: int, shards: int) -> tuple[Path, int, float]:
    """The first `articles` BASIL records as `shards` JSONL files; the folder, the count and mean words."""
    rows = [json.loads(line) for line in BASIL.read_text(encoding="utf-8").splitlines()[:articles]]
    target = folder / "shards"
    target.mkdir()
    for part in range(shards):
        chunk = rows[part * len(rows) // shards : (part + 1) * len(rows) // shards]
        (target / f"part-{part:02d}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in chunk), encoding="utf-8")
    return target, len(rows), statistics.mean(len(r["text"].split()) for r in rows)


def sample_cpu(pids: list[int], seen: dict[int, float]) -> None:
    """Record each process's CPU seconds so far (user + system): `seen` keeps the last value of each.

    Sampled, not taken from the kernel's accounting of reaped children: Ray's workers are
    its raylet's children, and their CPU would not reach this process when they exit."""
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        seen[pid] = max(seen.get(pid, 0.0), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"))


def run(shards: Path, options: list[str], folder: Path) -> tuple[float, float, float, int, str]:
    """Wall seconds, CPU seconds of the process tree (sampled every 0.2 s) and of the command's own
    process (the one that stores and groups), the tree's peak memory, and the summary line of one ingest."""
    db = folder / f"run-{time.monotonic_ns()}.db"
    command = [sys.executable, "-m", "parallax", "ingest", str(shards), "--db", str(db), *options]
    seen: dict[int, float] = {}
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        sample_cpu(tree_pids(process.pid), seen)
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    err = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"ingest {' '.join(options)} failed:\n{err}")
    return seconds, sum(seen.values()), seen.get(process.pid, 0.0), peak, err.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shards, count, words = write_shards(folder, args.articles, args.shards)
        print(
            f"{count} articles in {args.shards} shards, {words:.0f} words on average; "
            f"{os.cpu_count()} cores; load {os.getloadavg()}"
        )
        times: dict[str, list[float]] = {name: [] for name in CONFIGS}
        cpus: dict[str, list[float]] = {name: [] for name in CONFIGS}
        drivers: dict[str, list[float]] = {name: [] for name in CONFIGS}
        peaks: dict[str, int] = dict.fromkeys(CONFIGS, 0)
        summaries: set[str] = set()
        names = list(CONFIGS)
        for round_ in range(args.rounds):
            for name in names[round_ % len(names) :] + names[: round_ % len(names)]:  # rotate the order
                seconds, cpu, driver, peak, summary = run(shards, CONFIGS[name], folder)
                times[name].append(seconds)
                cpus[name].append(cpu)
                drivers[name].append(driver)
                peaks[name] = max(peaks[name], peak)
                summaries.add(summary)
                print(
                    f"  round {round_ + 1}, {name}: {seconds:.1f} s, {count / seconds:.2f} articles/s, "
                    f"CPU {cpu:.1f} s (its own process {driver:.1f} s), peak {peak / 2**20:.0f} MiB; "
                    f"load {os.getloadavg()[0]:.2f}"
                )
        if len(summaries) != 1:
            raise SystemExit(f"the runs disagree: {sorted(summaries)}")
        print(f"every run: {summaries.pop()}")
        for name in names:
            median = statistics.median(times[name])
            print(
                f"{name}: median {median:.1f} s, {count / median:.2f} articles/s, "
                f"CPU {statistics.median(cpus[name]):.1f} s "
                f"(its own process {statistics.median(drivers[name]):.1f} s), "
                f"peak {peaks[name] / 2**20:.0f} MiB"
            )
        base = statistics.median(times[names[0]])
        for name in names[1:]:
            print(f"{name} against {names[0]}: {base / statistics.median(times[name]):.2f}x")


if __name__ == "__main__":
    main()
