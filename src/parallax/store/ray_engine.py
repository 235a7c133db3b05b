"""Reading shards on a Ray cluster: what `parallax ingest --engine ray [--address ADDR]` runs.

For backfills and clusters (issue 13, part 4). N Ray actors each load the models once
(`parallax.store.workers`' loader) and do the two costly things, shard by shard and chunk by chunk:
1. clean: an input file (a WARC or JSONL shard, or any other input the readers take) is read
   and cleaned by an actor, and its articles and input errors come back to the parent;
2. read and embed: chunks of new articles go to the actors, which run the very function a
   `--workers` process runs (`workers.read_and_embed`), so both engines compute the same thing.

The parent keeps everything that must be done once and in order, with the plain path's code:
it takes the shards' results in input order (so duplicate ids are renamed and errors reported
as `parallax.cli._common.cleaned_articles` does), skips the articles already stored, and hands
the (article, embedding) pairs, in input order, to `ingest_articles`, which stores them and
groups under the store's grouping lock in its fixed order. So the stories are those of a plain
ingest of the same inputs, whatever the number of actors or nodes.

Memory stays bounded: at most one shard per actor is cleaned ahead of the parent, and at most
2 chunks per actor are read ahead of what the store has taken. On a cluster (`--address`), every
node needs news-parallax[ray] installed and the input paths at the same place (a shared file system).

`ray` is imported here only, and only when the engine starts.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np

from parallax.errors import InputError, InputWarning, ParallaxError
from parallax.model import Article
from parallax.store.workers import CHUNK, _load_models, _shrinking_chunks, default_workers, read_and_embed

__all__ = ["RayEngine", "import_ray", "ray_engine"]

MISSING = "--engine ray needs Ray: install news-parallax[ray] (pip install 'news-parallax[ray]')"

# An input error crosses the process boundary as plain values: InputError's own constructor
# takes three arguments, so Python's pickling of exceptions would not rebuild it.
ErrorRow = tuple[str, str, int | None, bool]


def import_ray() -> Any:
    """The ray module, or one clear line saying how to install it."""
    try:
        import ray
    except ImportError as err:
        raise ParallaxError(MISSING) from err
    return ray


def _error_row(err: InputError) -> ErrorRow:
    return (err.source, err.reason, err.line, isinstance(err, InputWarning))


def _error(row: ErrorRow) -> InputError:
    source, reason, line, warning = row
    return (InputWarning if warning else InputError)(source, reason, line)


class ShardReader:
    """A Ray actor (made one by `RayEngine`): holds the loaded models, cleans shards, reads and embeds chunks."""

    def __init__(self) -> None:
        _load_models()

    def clean(self, path: str, cwd: str) -> list[Article | ErrorRow]:
        """Every article of one input file, cleaned, with its input errors in stream order.

        The path is read as the user gave it, from the parent's folder, so articles and
        errors name it as a plain ingest does."""
        from parallax.pipeline import clean_paths

        if os.path.isdir(cwd):
            os.chdir(cwd)
        return [item if isinstance(item, Article) else _error_row(item) for item in clean_paths([path])]

    def read_and_embed(self, articles: list[Article]) -> list[tuple[Article, np.ndarray]]:
        return read_and_embed(articles)


def _shards(paths: Iterable[str]) -> Iterator[str | InputError]:
    """The input files in the order the plain path reads them ('-' stays '-'), errors in the stream."""
    from parallax.ingest.readers import _walk

    for path in paths:
        if path == "-":
            yield path
        elif not os.path.exists(path):
            yield InputError(path, "no such file or folder")
        else:
            yield from _walk(path)


class RayEngine:
    """Actors on a Ray cluster, and the ordered, bounded hand-offs to them."""

    def __init__(self, ray: Any, actors: int) -> None:
        self.ray = ray
        remote = ray.remote(num_cpus=1, max_restarts=0)(ShardReader)
        self.actors = [remote.remote() for _ in range(actors)]
        self.load = [0] * actors  # calls handed to each actor and not taken back yet

    def _submit(self, method: str, *args: Any) -> tuple[int, Any]:
        """Call an actor's method: the one with the fewest calls not taken back yet."""
        index = min(range(len(self.actors)), key=self.load.__getitem__)
        self.load[index] += 1
        return index, getattr(self.actors[index], method).remote(*args)

    def _take(self, call: tuple[int, Any]) -> Any:
        index, ref = call
        try:
            return self.ray.get(ref)
        except self.ray.exceptions.RayTaskError as err:
            cause = getattr(err, "cause", None)
            if isinstance(cause, ParallaxError):
                raise cause from err
            first = str(cause or err).strip().splitlines()
            raise ParallaxError(f"a Ray worker failed: {first[0] if first else type(err).__name__}") from err
        except self.ray.exceptions.RayError as err:
            raise ParallaxError(
                "a Ray worker died (out of memory, or its node lost?); what was stored is kept: "
                "run the same command again"
            ) from err
        finally:
            self.load[index] -= 1

    def cleaned_items(self, paths: Iterable[str]) -> Iterator[Article | InputError]:
        """What `parallax.pipeline.clean_paths(paths)` yields, in its order, the shards cleaned by the actors."""
        from parallax.pipeline import clean_paths

        ahead: deque[tuple[str, Any]] = deque()

        def results(entry: tuple[str, Any]) -> Iterator[Article | InputError]:
            kind, value = entry
            if kind == "error":
                yield value
            elif kind == "stdin":  # standard input is this process's: read here
                yield from clean_paths(["-"])
            else:
                for item in self._take(value):
                    yield item if isinstance(item, Article) else _error(item)

        for shard in _shards(paths):
            if isinstance(shard, InputError):
                ahead.append(("error", shard))
            elif shard == "-":
                ahead.append(("stdin", shard))
            else:
                ahead.append(("shard", self._submit("clean", shard, os.getcwd())))
            if sum(kind == "shard" for kind, _ in ahead) > len(self.actors):
                yield from results(ahead.popleft())
        while ahead:
            yield from results(ahead.popleft())

    def read_and_embed_all(
        self, articles: Iterable[Article], chunk: int = CHUNK
    ) -> Iterator[tuple[Article, np.ndarray]]:
        """(read article, embedding) for every article, in the order given: `workers.read_and_embed_all` on Ray."""
        pending: deque[tuple[int, tuple[int, Any]]] = deque()  # (articles in the call, the call)
        in_flight = 0  # articles, not chunks, as in the process pool: the small last chunks must not starve
        for batch in _shrinking_chunks(articles, chunk, len(self.actors)):
            pending.append((len(batch), self._submit("read_and_embed", batch)))
            in_flight += len(batch)
            while in_flight >= 2 * len(self.actors) * chunk:
                size, call = pending.popleft()
                in_flight -= size
                yield from self._take(call)
        while pending:
            yield from self._take(pending.popleft()[1])


def _probe(address: str) -> None:
    """A cluster address that nothing answers at is one line at once (Ray itself retries for minutes)."""
    import socket

    host, sep, port = address.removeprefix("ray://").rpartition(":")
    if not sep or not port.isdigit():  # "auto", or a form Ray knows better than we do
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=5).close()
    except OSError as err:
        raise ParallaxError(f"no Ray cluster answers at {address}: {err.strerror or err}") from err


@contextmanager
def ray_engine(address: str | None = None, actors: int | None = None) -> Iterator[RayEngine]:
    """Connect to the Ray cluster at `address`, or start a local one, and start the actors.

    A local cluster gets `actors` CPUs (default: this machine's cores); on a cluster the
    default is one actor per CPU it has. A cluster this call started is stopped at the end.
    """
    ray = import_ray()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    started = not ray.is_initialized()
    if started:
        options: dict[str, Any] = {"logging_level": logging.ERROR, "log_to_driver": False}
        if address:
            _probe(address)
            options["address"] = address
        else:
            # "local": a new cluster of our own, never one someone else started on this machine
            options.update(address="local", num_cpus=actors or default_workers(), include_dashboard=False)
        try:
            ray.init(**options)
        except (ConnectionError, RuntimeError, ValueError) as err:
            where = f"at {address}" if address else "on this machine"
            raise ParallaxError(f"could not start Ray {where}: {str(err).strip().splitlines()[0]}") from err
    try:
        if actors is None:
            actors = max(1, int(ray.cluster_resources().get("CPU", 1)))
        yield RayEngine(ray, actors)
    finally:
        if started:
            ray.shutdown()
