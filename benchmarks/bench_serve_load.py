"""`parallax serve` under load on loopback: 200 concurrent requests, the current server against the one before.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_serve_load.py [--baseline REV] [--current REV] [--requests 200]

Builds a store of a few stories once (five BASIL events, fifteen articles, with
`parallax ingest`; the two example articles when ../shared is absent), then for
each server (the work tree or --current REV's at /tmp/serve-current, and
--baseline REV's at /tmp/serve-baseline, git worktrees)
starts `parallax serve` on a free loopback port, opens every story page once
(the first view runs the comparison) and fires REQUESTS requests at once, from
as many threads, with http.client:

- at one cached story page, then at the story list;
- the same again while 300 idle clients hold connections open (each sends a
  request line and nothing more).

Each prints p50, p95 and max latency in seconds, the count of non-200 answers
and of requests that timed out (--timeout, 120 s as in issue 12: no byte for
that long on connecting or reading) or failed (the errors named).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from _shared import REPO, SHARED

STORE = Path("/tmp/parallax-bench-serve.db")
TREES = Path("/tmp")


def build_store(events: int, src: Path) -> None:
    """A store with `events` BASIL events (three outlets each), or the two examples."""
    if STORE.exists():
        return
    basil = SHARED / "data" / "basil" / "articles.jsonl"
    if basil.exists():
        records = [json.loads(line) for line in basil.open()]
        chosen = list(dict.fromkeys(r["event"] for r in records))[:events]
        source = Path("/tmp/parallax-bench-serve.jsonl")
        source.write_text("".join(json.dumps(r) + "\n" for r in records if r["event"] in chosen))
    else:
        source = REPO / "examples"
    subprocess.run(
        [sys.executable, "-m", "parallax", "ingest", str(source), "--db", str(STORE)],
        check=True,
        env={**os.environ, "PYTHONPATH": str(src)},
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port: int, path: str, timeout: float) -> tuple[int | None, float, str]:
    """(status or None, seconds, error) of one GET on a fresh connection."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
        response = conn.getresponse()
        response.read()
        return response.status, time.perf_counter() - started, ""
    except TimeoutError:
        return None, time.perf_counter() - started, "timeout"
    except OSError as err:
        return None, time.perf_counter() - started, type(err).__name__
    finally:
        conn.close()


def burst(port: int, path: str, count: int, timeout: float) -> dict[str, float | int | str]:
    """`count` GETs started together, one thread each."""
    results: list[tuple[int | None, float, str]] = [(None, 0.0, "not run")] * count
    barrier = threading.Barrier(count)

    def one(i: int) -> None:
        barrier.wait()
        results[i] = get(port, path, timeout)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    times = sorted(r[1] for r in results)
    return {
        "p50": statistics.median(times),
        "p95": times[int(0.95 * (len(times) - 1))],
        "max": times[-1],
        "not_200": sum(1 for r in results if r[0] is not None and r[0] != 200),
        "timeouts": sum(1 for r in results if r[2] == "timeout"),
        "failed": sum(1 for r in results if r[2] and r[2] != "timeout"),
        "errors": ", ".join(f"{n} {e}" for e, n in Counter(r[2] for r in results if r[2]).most_common()) or "none",
    }


def idle_clients(port: int, count: int) -> list[socket.socket]:
    clients = []
    for _ in range(count):
        try:
            conn = socket.create_connection(("127.0.0.1", port), timeout=5)
            conn.sendall(b"GET / HTTP/1.1\r\n")
            clients.append(conn)
        except OSError:
            break
    return clients


def start(src: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(src), "OMP_NUM_THREADS": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "parallax", "serve", "--db", str(STORE), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(600):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit(f"the server from {src} did not start")


def story_paths(port: int) -> list[str]:
    import re

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", "/", headers={"Host": f"127.0.0.1:{port}"})
    page = conn.getresponse().read().decode()
    conn.close()
    links = re.findall(r"href='(/story/[^']+)'", page)
    return list(dict.fromkeys(link for link in links if not link.endswith((".json", ".md"))))


def measure(label: str, src: Path, requests: int, timeout: float, idle: int) -> None:
    port = free_port()
    server = start(src, port)
    try:
        paths = story_paths(port)
        started = time.perf_counter()
        for path in paths:  # the first view of each story runs its comparison
            get(port, path, 600)
        print(f"{label}: {len(paths)} stories, first views {time.perf_counter() - started:.1f}s", flush=True)
        story = paths[0]
        for with_idle in (0, idle):
            held = idle_clients(port, with_idle) if with_idle else []
            try:
                for name, path in (("cached story page", story), ("story list", "/")):
                    r = burst(port, path, requests, timeout)
                    print(
                        f"{label} | {name:<17} | {requests} concurrent, {len(held)} idle clients | "
                        f"p50 {r['p50']:.3f}s p95 {r['p95']:.3f}s max {r['max']:.3f}s | "
                        f"non-200 {r['not_200']} timeouts {r['timeouts']} failed {r['failed']} ({r['errors']})",
                        flush=True,
                    )
            finally:
                for conn in held:
                    conn.close()
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


def tree_src(revision: str, name: str) -> Path:
    """The src/ of `revision` checked out at /tmp/<name> (kept for the next run)."""
    tree = TREES / name
    if not tree.exists():
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), revision],
            check=True,
            capture_output=True,
        )
    return tree / "src"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", help="a revision to measure too (its tree goes to /tmp/serve-baseline)")
    parser.add_argument("--current", help="measure this revision (at /tmp/serve-current), not the work tree")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--idle", type=int, default=300, help="idle clients held open in the second round")
    parser.add_argument("--events", type=int, default=5)
    args = parser.parse_args()
    servers = [("current", tree_src(args.current, "serve-current") if args.current else REPO / "src")]
    if args.current:
        servers[0] = (f"current {args.current}", servers[0][1])
    if args.baseline:
        servers.insert(0, (f"baseline {args.baseline}", tree_src(args.baseline, "serve-baseline")))
    build_store(args.events, servers[0][1])
    for label, src in servers:
        measure(label, src, args.requests, args.timeout, args.idle)


if __name__ == "__main__":
    main()
