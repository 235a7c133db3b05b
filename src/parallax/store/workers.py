"""Reading and embedding in a pool of worker processes: what `parallax ingest --workers N` runs.

Reading (spaCy) and embedding (MiniLM) are nearly all of an article's cost (on one core,
BASIL: 0.155 s to read and 0.034 s to embed of about 0.19 s), and each article's are
independent of every other's. So N worker processes read and embed chunks of articles,
each loading its models once, while the parent cleans the inputs, skips those already
stored, stores the results in input order and groups them.

The stories do not depend on N: the parent gets the articles back in the order given
whatever N, an article's reading and embedding do not depend on the chunk it came in
(MiniLM's rows are the same alone or in a batch; checked by a test), and grouping reads
articles in its own fixed order. With N = 1 the same chunks are read in this process.

At most 2 N chunks' worth of articles are in flight, and as many more are cleaned and
waiting, so memory stays bounded however long the input: the parent never reads further
ahead of the workers.
Near the end of the input the chunks shrink, so the workers finish together (see
`_shrinking_chunks`).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

import numpy as np

from parallax.errors import ParallaxError
from parallax.group import grouping_text
from parallax.model import Article

__all__ = ["CHUNK", "default_workers", "read_and_embed", "read_and_embed_all"]

CHUNK = 16  # articles a worker reads and embeds per task: ~3 s of work, so the parent's hand-offs cost nothing


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def read_and_embed(articles: list[Article]) -> list[tuple[Article, np.ndarray]]:
    """Each article with its reading filled in, and its grouping embedding, in the order given."""
    from parallax.analyze import analyze
    from parallax.embeddings import encode

    read = list(analyze(articles))
    vectors = encode([grouping_text(a) for a in read])
    return list(zip(read, vectors, strict=True))


def _load_models() -> None:
    """A worker loads its models once, before its first chunk."""
    from parallax.analyze import load_nlp
    from parallax.embeddings import encode

    load_nlp()
    encode(["warm up"])


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _shrinking_chunks(articles: Iterable[Article], size: int, workers: int) -> Iterator[list[Article]]:
    """Chunks of `size` articles while the input lasts, and ever smaller ones near its end.

    With full chunks to the end, one worker could still be reading a whole chunk (about 3 s)
    while the others sit idle: 162 articles on 2 workers ended with one idle for 1.7 s of an
    18 s run. So the parent looks 2 N chunks ahead, and once fewer than that are left, each
    chunk takes a 2 N-th of what is left (guided self-scheduling), down to one article.
    """
    iterator = iter(articles)
    ahead: deque[Article] = deque()
    horizon = 2 * workers * size
    while True:
        ahead.extend(islice(iterator, horizon - len(ahead)))
        if not ahead:
            return
        take = size if len(ahead) >= horizon else -(-len(ahead) // (2 * workers))
        yield [ahead.popleft() for _ in range(min(take, size))]


def read_and_embed_all(
    articles: Iterable[Article], workers: int = 1, chunk: int = CHUNK
) -> Iterator[tuple[Article, np.ndarray]]:
    """(read article, embedding) for every article, in the order given, using `workers` processes."""
    iterator = iter(articles)
    head = list(islice(iterator, chunk + 1))
    if workers <= 1 or len(head) <= chunk:  # one chunk is read here: starting workers would cost more than it
        for batch in _chunks(chain(head, iterator), chunk):
            yield from read_and_embed(batch)
        return
    # spawn, not fork: the parent may hold a database connection and threads a fork would copy.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_load_models)
    pending: deque[tuple[int, Future[list[tuple[Article, np.ndarray]]]]] = deque()
    in_flight = 0  # articles, not chunks: the small chunks at the end must not starve the workers
    try:
        for batch in _shrinking_chunks(chain(head, iterator), chunk, workers):
            pending.append((len(batch), pool.submit(read_and_embed, batch)))
            in_flight += len(batch)
            while in_flight >= 2 * workers * chunk:
                size, future = pending.popleft()
                in_flight -= size
                yield from future.result()
        while pending:
            yield from pending.popleft()[1].result()
    except BrokenProcessPool as err:
        raise ParallaxError(
            "a worker process died (out of memory?); what was stored is kept: run the same command again"
        ) from err
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
