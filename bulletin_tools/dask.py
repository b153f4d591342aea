"""bulletin-tools on Dask: the same records from a cluster as from one machine.

Why a module of its own: corpora of tens of millions of pages outgrow one
machine, and the people who have them already run Dask (on a laptop, a
cluster, Kubernetes, YARN, HPC).  So this module adds no scheduler of its
own; it gives Dask the per-record functions of the one-machine stream:

- :func:`clean_bag`: a bag of NDJSON lines or records in, the very records
  of ``bulletin clean --input-format jsonl --format jsonl`` out;
- :func:`clean_dataframe`: a DataFrame with a text column in, the same
  frame plus the columns of :data:`bulletin_tools.tabular.OUTPUT_COLUMNS`,
  with an explicit ``meta`` (nothing is computed to guess the schema);
- :func:`connect` and :func:`run_shards`: what ``bulletin clean
  --scheduler`` uses, one task per shard (:func:`bulletin_tools.shards.process_shard`).

The per-record functions are module-level and pure, so they pickle; the
rule tables they use load once per worker process (module-level caches in
the pipeline), never once per record.  Needs the ``dask`` extra
(``pip install 'bulletin-tools[dask]'``); ``import bulletin_tools`` never
imports this module.
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator

from .parallel import picklable_options
from .shards import Shard, ShardJob, ShardOutcome, is_done, process_shard, stale_temps
from .stream import StreamJob, process_object, process_record, Record
from .tabular import OUTPUT_COLUMNS, clean_cell

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import distributed

# How long the CLI waits for a remote scheduler before saying it cannot reach it.
CONNECT_TIMEOUT_S = 20

# Dask's housekeeping, set for a few long CPU-bound tasks (one per shard)
# rather than many short ones.  With the defaults, an idle LocalCluster of one
# worker used about 10% of a core (profiler samples every 10 ms, event-loop
# ticks every 20 ms, monitors every 100-500 ms); with these, about 1.5%.
# Used for --scheduler local; the README gives them as environment
# variables for workers started with `dask worker`.
QUIET_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,  # shards wait in the scheduler's queue; stealing would only poll
}


def _job(fmt: str, options: Any, text_field: str, skip_errors: bool) -> StreamJob:
    from .pipeline import DEFAULT_OPTIONS

    return StreamJob(fmt, picklable_options(options or DEFAULT_OPTIONS), text_field, skip_errors)


# ---------------------------------------------------------------------------
# bags


def clean_bag(bag: "dask.bag.Bag", text_field: str = "text", *, options: Any = None, fmt: str = "jsonl",
              skip_errors: bool = False, as_lines: bool = False) -> "dask.bag.Bag":
    """Clean every record of ``bag``; one output record per input record, in order.

    An element may be an NDJSON line (``str`` or ``bytes``), a parsed record
    (``dict``), or a ``(line, path)`` pair as ``dask.bag.read_text(...,
    include_path=True)`` makes.  Records are numbered from 1 within their
    partition, blank lines counted but skipped, as lines in a file are:
    with ``read_text``'s default of one partition per file, ``input`` is
    ``PATH:LINE`` just as on one machine.  Elements without a path are
    named ``partition-N``.

    Output elements are dicts (the JSON document object followed by the foreign
    fields, or ``{"error": ..., "line": N, ...}`` for a bad record), or with
    ``as_lines=True`` the exact NDJSON lines of the CLI without their
    newline, ready for ``.to_textfiles(..., last_endline=True)``.  Bad
    records never raise.  ``fmt="md"`` gives ``{"markdown": ...}`` records.
    """
    import dask.bag as db

    job = _job(fmt, options, text_field, skip_errors)
    numbers = db.range(bag.npartitions, npartitions=bag.npartitions)
    return bag.map_partitions(_clean_records, numbers, job, as_lines)


def _clean_records(items, partition: list[int], job: StreamJob, as_lines: bool) -> list[Any]:
    default_name = f"partition-{partition[0]}" if partition else "partition"
    out: list[Any] = []
    for number, item in enumerate(items, start=1):
        name = default_name
        if isinstance(item, tuple) and len(item) == 2:
            item, name = item
        if isinstance(item, str):
            item = item.encode("utf-8", "surrogatepass")
        if isinstance(item, bytes):
            if not item.strip():
                continue  # a blank line is not a record
            result = process_record(job, Record(str(name), number, item))
        else:
            result = process_object(job, item, str(name), number)
        if result.output is None:
            continue
        line = result.output[:-1]  # without its newline
        out.append(line if as_lines else json.loads(line))
    return out


# ---------------------------------------------------------------------------
# dataframes


def output_meta(meta: Any) -> Any:
    """The empty frame ``clean_dataframe`` returns: the input's columns, then ours."""
    import pandas as pd

    dtypes = {"string": pd.StringDtype(), "count": pd.Int64Dtype()}
    return meta.assign(**{name: pd.Series([], dtype=dtypes[kind], index=meta.index[:0])
                          for name, kind in OUTPUT_COLUMNS})


def clean_dataframe(ddf: "dask.dataframe.DataFrame", text_column: str = "text", *, options: Any = None
                    ) -> "dask.dataframe.DataFrame":
    """``ddf`` with the output columns added (title, date, …, markdown, counts, error).

    Every input column is kept, rows keep their order and index.  A bad
    value (null, not a string, empty, binary) gives a row whose ``error``
    says why and whose other added columns are null; it never fails a task.
    Raises ValueError at once (nothing is computed) when ``text_column`` is
    missing or an input column has the name of an output column.
    """
    from .tabular import COLUMN_NAMES

    if text_column not in ddf.columns:
        raise ValueError(f"no column '{text_column}' (columns: {', '.join(map(str, ddf.columns))})")
    clashes = [c for c in COLUMN_NAMES if c in ddf.columns]
    if clashes:
        raise ValueError(f"input column(s) {', '.join(clashes)} have the name of an output column; rename them")
    job = _job("jsonl", options, text_column, False)
    return ddf.map_partitions(_clean_frame, job, meta=output_meta(ddf._meta))


def _clean_frame(pdf: Any, job: StreamJob, partition_info: dict | None = None) -> Any:
    import pandas as pd

    name = f"partition-{partition_info['number']}" if partition_info else "partition"
    rows = []
    for number, value in enumerate(pdf[job.text_field].tolist(), start=1):
        if not isinstance(value, str) and pd.api.types.is_scalar(value) and pd.isna(value):
            value = None  # a missing cell (None, NaN, pd.NA) is a null, as in JSON
        rows.append(clean_cell(job, value, name, number)[0])
    dtypes = {"string": pd.StringDtype(), "count": pd.Int64Dtype()}
    return pdf.assign(**{col: pd.Series([r[col] for r in rows], dtype=dtypes[kind], index=pdf.index)
                         for col, kind in OUTPUT_COLUMNS})


# ---------------------------------------------------------------------------
# the CLI's shard runner


class SchedulerError(Exception):
    """The scheduler named by ``--scheduler`` could not be started or reached."""


@contextmanager
def connect(scheduler: str, workers: int) -> Iterator["distributed.Client"]:
    """A client for ``local`` (a LocalCluster of ``workers`` processes) or a scheduler address.

    Workers are processes with one thread each: cleaning is pure Python, so
    threads would only wait for one another on the GIL.
    """
    import logging

    import dask
    from distributed import Client, LocalCluster

    if scheduler == "local":
        with dask.config.set(QUIET_CLUSTER_CONFIG):
            try:
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
            except Exception as exc:  # ports, process limits: one line for the user, not a traceback
                raise SchedulerError(f"cannot start a local cluster ({exc})") from None
            with cluster, Client(cluster) as client:
                yield client
        return
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerError(f"cannot reach {scheduler} ({exc})") from None
    with client:
        yield client


def pending_shards(shards: list[Shard]) -> tuple[list[Shard], list[Shard]]:
    """(to do, already done): a shard whose output exists was finished by an earlier run."""
    todo = [s for s in shards if not is_done(s)]
    done = [s for s in shards if is_done(s)]
    return todo, done


def _remove_stale(shard: Shard) -> None:
    for tmp in stale_temps(shard.out):
        try:
            os.unlink(tmp)
        except OSError:
            pass  # another process removed it, or it is not ours to remove: it is never taken as done


def run_shards(client: "distributed.Client", job: ShardJob, shards: list[Shard]) -> Iterator[ShardOutcome]:
    """Submit one task per shard and yield each outcome as it completes.

    A worker lost mid-shard makes the scheduler run that task again
    elsewhere (the half-written temporary file is never renamed, and is
    removed once the shard is done); a task that still fails (say, every
    worker holding it died) becomes an outcome with a problem, and the
    other shards go on.
    """
    from distributed import as_completed

    from .batch import Problem

    futures = {client.submit(process_shard, job, shard, pure=False): shard for shard in shards}
    for future in as_completed(futures):
        shard = futures.pop(future)
        try:
            outcome = future.result()
        except Exception as exc:  # KilledWorker, a worker that cannot import the package …
            outcome = ShardOutcome(shard.name, shard.out,
                                   problem=Problem(shard.name, f"task failed ({type(exc).__name__}: {exc})", 3))
        future.release()
        if outcome.problem is None:
            _remove_stale(shard)
        yield outcome
