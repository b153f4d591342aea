"""The ordered parallel map behind ``--jobs``, for files and NDJSON records alike.

Why a module of its own: a single-file ``bulletin clean`` needs this map
(with one job it is a plain loop) but none of the NDJSON record handling in
:mod:`.stream`, and importing less is what keeps the cold start short.  The
map keeps a bounded number of chunks in flight (never "submit everything,
then collect"), so memory stays flat however long the input is.  No
typer/rich: the CLI drives it and does the printing.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from typing import Any, Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def cpu_count() -> int:
    """Cores this process may run on (affinity-aware where the OS says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def default_jobs(many: bool) -> int:
    """1 for one input, the number of cores for many (or a stream)."""
    return cpu_count() if many else 1


_STATE: Any = None


def _init_worker(state: Any) -> None:
    """Worker start-up: keep the job settings; leave Ctrl-C to the parent."""
    import signal

    global _STATE
    _STATE = state
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(fn: Callable[[Any, T], R], chunk: list[T]) -> list[R]:
    return [fn(_STATE, item) for item in chunk]


def _chunks(items: Iterable[T], max_items: int, max_weight: int,
            weigh: Callable[[T], int] | None) -> Iterator[list[T]]:
    chunk: list[T] = []
    weight = 0
    for item in items:
        chunk.append(item)
        if weigh is not None:
            weight += weigh(item)
        if len(chunk) >= max_items or weight >= max_weight:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


def _mp_context():
    import multiprocessing

    # fork: workers inherit the parent's warmed-up tables and compiled
    # regexes instead of paying the imports again (Linux only: fork is
    # unsafe on macOS and absent on Windows, where the default is kept).
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def ordered_map(fn: Callable[[Any, T], R], state: Any, items: Iterable[T], jobs: int, *,
                weigh: Callable[[T], int] | None = None, chunk_items: int = 16,
                chunk_weight: int = 256 * 1024, max_pending: int | None = None) -> Iterator[R]:
    """``fn(state, item)`` for each item, results in input order.

    ``jobs <= 1`` runs in this process, lazily, one item at a time (so a
    request/response client gets each answer at once).  Otherwise items are
    grouped into chunks (``chunk_items`` items or ``chunk_weight`` by
    ``weigh``), at most ``max_pending`` chunks (default ``3 * jobs``) are in
    flight, and results are yielded as soon as the oldest chunk is done: the
    memory used is bounded whatever the length of ``items``.  ``fn`` must be
    a module-level function and ``state`` picklable; ``state`` is sent to
    each worker once.
    """
    if jobs <= 1:
        for item in items:
            yield fn(state, item)
        return
    from concurrent.futures import ProcessPoolExecutor

    limit = max_pending or 3 * jobs
    pool = ProcessPoolExecutor(jobs, mp_context=_mp_context(), initializer=_init_worker, initargs=(state,))
    try:
        pending: deque = deque()
        chunks = _chunks(items, chunk_items, chunk_weight, weigh)
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.append(pool.submit(_run_chunk, fn, chunk))
            if not pending:
                break
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def warm_up(fmt: str) -> None:
    """Load the lazy tables and compile the regexes once, before forking.

    Workers forked afterwards share them, so ``--jobs N`` does not pay the
    start-up N times.
    """
    from .batch import render
    from .pipeline import clean_text

    sample = "Home > News\n\nA notice\n\nAuthor: 小编 Release time: 2023-01-02\n\nThe first is to work. \u00e2\u20ac\u201c\n"
    render(clean_text(sample), "md" if fmt == "md" else "jsonl")




def picklable_options(options: Any) -> Any:
    """Options with a plain-dict glossary (a mappingproxy cannot be pickled)."""
    import dataclasses

    glossary = getattr(options, "glossary", None)
    if glossary is not None and not isinstance(glossary, dict):
        return dataclasses.replace(options, glossary=dict(glossary))
    return options
