"""Sharded corpora: one input shard in, one output shard of the same name out, whole or not at all.

Why a module of its own: a corpus of millions of pages lives in many shard
files (``.jsonl``, ``.jsonl.gz``, ``.parquet``) on storage every worker can
read.  The unit of work is the shard: :func:`process_shard` reads one,
cleans its records in order through the same per-record functions as the
one-machine stream (:func:`bulletin_tools.stream.process_record`,
:func:`bulletin_tools.tabular.clean_cell`), and writes its output under a
temporary name that is renamed to the final name only once it is complete.
So a shard's output either exists whole or not at all, which is what makes a
rerun resumable (an existing output is done) and a re-run task (a worker
killed mid-shard) harmless.  No Dask here: any executor can call
:func:`process_shard`; :mod:`bulletin_tools.dask` submits it to a cluster.
pyarrow is imported only for Parquet shards.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import glob as _glob
import gzip
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from .batch import Problem
from .stream import Record, StreamJob, open_jsonl, process_object, process_record, read_records

JSONL_SUFFIXES = (".jsonl.gz", ".jsonl")
PARQUET_SUFFIX = ".parquet"
# Rows per Parquet batch read and written: big enough for Arrow to be
# efficient, small enough that a worker's memory does not grow with the shard.
PARQUET_BATCH_ROWS = 1024
# gzip level of a .jsonl.gz output: the gzip tool's default; 9 costs a lot of
# CPU for a few percent.
GZIP_LEVEL = 6
# At most this many bad records of one shard are named one by one (the rest
# are counted): a shard read with the wrong --text-field would otherwise send
# a million messages back from the worker.
MAX_NAMED_ERRORS = 1000


def shard_suffix(name: str, input_format: str) -> str | None:
    """The shard suffix of ``name`` for ``input_format``, or None when it is not such a shard."""
    suffixes = (PARQUET_SUFFIX,) if input_format == "parquet" else JSONL_SUFFIXES
    return next((s for s in suffixes if name.endswith(s)), None)


def output_name(name: str, input_format: str, fmt: str) -> str:
    """The output shard's file name: the input's, with the output format's suffix.

    >>> output_name("part-0007.jsonl.gz", "jsonl", "jsonl")
    'part-0007.jsonl.gz'
    >>> output_name("part-0007.parquet", "parquet", "jsonl")
    'part-0007.jsonl'
    >>> output_name("part-0007.parquet", "parquet", "parquet")
    'part-0007.parquet'
    """
    suffix = shard_suffix(name, input_format) or ""
    stem = name[: len(name) - len(suffix)]
    if fmt == "parquet":
        return stem + PARQUET_SUFFIX
    if input_format == "parquet":
        return stem + ".jsonl"
    return stem + suffix  # NDJSON stays NDJSON, compressed stays compressed


@dataclass(frozen=True)
class Shard:
    """One input shard: its name as given (used in ``input`` and messages), where to read and write."""

    name: str
    path: str
    out: str


@dataclass(frozen=True)
class ShardJob:
    """What every shard needs (picklable): the record settings and the two formats."""

    record: StreamJob
    input_format: str  # "jsonl" (also .jsonl.gz) or "parquet"

    @property
    def fmt(self) -> str:
        return self.record.fmt


@dataclass(frozen=True)
class ShardOutcome:
    """What one shard task reports back: counts, the bad records, or why the shard failed."""

    name: str
    out: str
    processed: int = 0
    fixes: int = 0
    findings: int = 0
    errors: tuple[tuple[str, str], ...] = ()  # (NAME:LINE, reason), at most MAX_NAMED_ERRORS
    failed: int = 0                           # every bad record, named or not
    problem: Problem | None = None            # the shard could not be read or written


def _is_glob(pattern: str) -> bool:
    return any(ch in pattern for ch in "*?[")


def plan_shards(patterns: list[str], input_format: str, fmt: str, out_dir: Path) -> tuple[list[Shard], list[Problem]]:
    """Expand files, folders (walked) and quoted globs into shards, each with its output path.

    Paths are made absolute for the workers (whose working folder may
    differ); names stay as given.  A folder's tree is mirrored under
    ``out_dir``; a file or a glob match goes to ``out_dir`` by its file
    name.  Two inputs that would write the same output are refused (the
    second is a problem), since no output may overwrite another.
    """
    found: list[tuple[str, str]] = []  # (name, path relative to out_dir)
    problems: list[Problem] = []
    for pattern in patterns:
        if _is_glob(pattern):
            matches = sorted(m for m in _glob.glob(pattern, recursive=True)
                             if os.path.isfile(m) and shard_suffix(m, input_format))
            if not matches:
                problems.append(Problem(pattern, f"no {input_format} shard matches this pattern", 2))
            found.extend((m, os.path.basename(m)) for m in matches)
        elif os.path.isdir(pattern):
            root = Path(pattern)
            matches = sorted(str(p) for p in root.rglob("*") if p.is_file() and shard_suffix(p.name, input_format))
            if not matches:
                problems.append(Problem(pattern, f"no {input_format} shards in this folder", 3))
            found.extend((m, str(Path(m).relative_to(root))) for m in matches)
        elif os.path.isfile(pattern):
            if shard_suffix(pattern, input_format) is None:
                want = PARQUET_SUFFIX if input_format == "parquet" else " or ".join(JSONL_SUFFIXES)
                problems.append(Problem(pattern, f"not a {want} shard", 2))
            else:
                found.append((pattern, os.path.basename(pattern)))
        else:
            problems.append(Problem(pattern, "no such file or directory", 2))
    shards: list[Shard] = []
    taken: dict[str, str] = {}
    for name, rel in found:
        rel_dir, base = os.path.split(rel)
        out = os.path.abspath(os.path.join(out_dir, rel_dir, output_name(base, input_format, fmt)))
        if out in taken:
            problems.append(Problem(name, f"its output {out} would overwrite the output of {taken[out]}", 2))
            continue
        if out == os.path.abspath(name):
            problems.append(Problem(name, "its output would overwrite the input (choose another --out-dir)", 2))
            continue
        taken[out] = name
        shards.append(Shard(name, os.path.abspath(name), out))
    return shards, problems


# ---------------------------------------------------------------------------
# writing whole or not at all


def _temp_prefix(out: str) -> str:
    folder, base = os.path.split(out)
    return os.path.join(folder, "." + base + ".")


def temp_path(out: str) -> str:
    """A fresh temporary name beside ``out`` (hidden, unique per attempt, ``.tmp``)."""
    return f"{_temp_prefix(out)}{uuid.uuid4().hex}.tmp"


def stale_temps(out: str) -> list[str]:
    """Temporary files an interrupted attempt at ``out`` left behind."""
    return sorted(_glob.glob(_glob.escape(_temp_prefix(out)) + "*.tmp"))


def is_done(shard: Shard) -> bool:
    """A shard is done when its output exists: it only appears by a rename of a complete file."""
    return os.path.exists(shard.out)


def _commit(tmp: str, out: str) -> None:
    """Make the finished temporary file the output (fsync'd, then an atomic rename)."""
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, out)


class _ReadFailed(Exception):
    """The input shard could not be read (missing, truncated, corrupt)."""


class _WriteFailed(Exception):
    """The output shard could not be written."""


def _reading(items: Iterator[Any]) -> Iterator[Any]:
    """``items``, with any failure to read turned into :class:`_ReadFailed`."""
    while True:
        try:
            item = next(items)
        except StopIteration:
            return
        except Exception as exc:  # OSError, EOFError, zlib.error, ArrowInvalid: all "cannot read"
            raise _ReadFailed(_reason(exc)) from None
        yield item


def _reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return " ".join(str(text).split())  # one line


# ---------------------------------------------------------------------------
# the records of a shard


def _jsonl_records(shard: Shard) -> Iterator[Record]:
    with open_jsonl(shard.path) as fh:
        yield from read_records(fh, shard.name)


def jsonable(value: Any) -> Any:
    """A Parquet value as JSON can hold it (dates and times as ISO text, decimals as text).

    Bytes that are UTF-8 become text; other bytes are left alone, and the
    record becomes an error record rather than an invented value.
    """
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return value
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def _parquet_batches(shard: Shard):
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(shard.path)
    yield pf.schema_arrow
    yield from pf.iter_batches(batch_size=PARQUET_BATCH_ROWS)


@dataclass
class _Tally:
    shard: Shard
    processed: int = 0
    fixes: int = 0
    findings: int = 0
    failed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def add(self, result) -> None:
        if result.error is not None:
            self.failed += 1
            if len(self.errors) < MAX_NAMED_ERRORS:
                self.errors.append((result.where, result.error))
        else:
            self.processed += 1
            self.fixes += result.fixes
            self.findings += result.findings

    def outcome(self, problem: Problem | None = None) -> ShardOutcome:
        return ShardOutcome(self.shard.name, self.shard.out, self.processed, self.fixes, self.findings,
                            tuple(self.errors), self.failed, problem)


def _lines_out(job: ShardJob, shard: Shard, tally: _Tally) -> Iterator[str]:
    """The output lines of an NDJSON output shard, from either input format."""
    if job.input_format == "jsonl":
        for rec in _reading(_jsonl_records(shard)):
            result = process_record(job.record, rec)
            tally.add(result)
            if result.output is not None:
                yield result.output
        return
    batches = _reading(_parquet_batches(shard))
    next(batches)  # the schema
    line = 0
    for batch in batches:
        for row in batch.to_pylist():
            line += 1
            obj = {k: (v if k == job.record.text_field else jsonable(v)) for k, v in row.items()}
            result = process_object(job.record, obj, shard.name, line)
            tally.add(result)
            if result.output is not None:
                yield result.output


def _write_lines(tmp: str, lines: Iterator[str], compress: bool) -> None:
    try:
        raw = open(tmp, "xb")  # a new file: the usual mode (0666 minus the umask)
    except OSError as exc:
        raise _WriteFailed(_reason(exc)) from None
    try:
        # no name and mtime 0 in the gzip header: the same records give the same bytes
        out = gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=GZIP_LEVEL, mtime=0) \
            if compress else raw
        with raw, out:
            for line in lines:
                try:
                    out.write(line.encode("utf-8"))
                except OSError as exc:
                    raise _WriteFailed(_reason(exc)) from None
    except OSError as exc:  # the final flush or close
        raise _WriteFailed(_reason(exc)) from None


def _write_parquet(job: ShardJob, shard: Shard, tmp: str, tally: _Tally) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .tabular import COLUMN_NAMES, OUTPUT_COLUMNS, clean_cell

    batches = _reading(_parquet_batches(shard))
    schema = next(batches)
    field_name = job.record.text_field
    if field_name not in schema.names:
        raise _ReadFailed(f"no '{field_name}' column")
    clashes = [c for c in COLUMN_NAMES if c in schema.names]
    if clashes:
        raise _ReadFailed(f"column(s) {', '.join(clashes)} clash with the output columns (rename them)")
    types = {"string": pa.string(), "count": pa.int64()}
    added = [pa.field(name, types[kind]) for name, kind in OUTPUT_COLUMNS]
    metadata = dict(schema.metadata or {})
    if job.record.skip_errors:
        metadata.pop(b"pandas", None)  # it may describe a RangeIndex of the rows before any was dropped
    out_schema = pa.schema(list(schema) + added, metadata=metadata or None)
    try:
        writer = pq.ParquetWriter(tmp, out_schema)
    except OSError as exc:
        raise _WriteFailed(_reason(exc)) from None
    line = 0
    with writer:
        for batch in batches:
            rows = []
            for value in batch.column(field_name).to_pylist():
                line += 1
                row, result = clean_cell(job.record, value, shard.name, line)
                tally.add(result)
                rows.append(row)
            table = pa.Table.from_batches([batch], schema=schema)
            for f in added:
                table = table.append_column(f, pa.array([r[f.name] for r in rows], type=f.type))
            if job.record.skip_errors:
                table = table.filter(pa.array([r["error"] is None for r in rows], type=pa.bool_()))
            try:
                writer.write_table(table)
            except OSError as exc:
                raise _WriteFailed(_reason(exc)) from None


def process_shard(job: ShardJob, shard: Shard) -> ShardOutcome:
    """Clean one shard into its output shard; never raises for bad records or unreadable shards.

    Records keep their order.  The output appears only by the rename of a
    complete temporary file; on any failure the temporary file is removed
    and the outcome names the problem (exit 3), so a rerun tries again.
    """
    tally = _Tally(shard)
    try:
        os.makedirs(os.path.dirname(shard.out), exist_ok=True)
    except OSError as exc:
        return tally.outcome(Problem(shard.out, f"cannot write ({_reason(exc)})", 3))
    tmp = temp_path(shard.out)
    try:
        if job.fmt == "parquet":
            _write_parquet(job, shard, tmp, tally)
        else:
            _write_lines(tmp, _lines_out(job, shard, tally), compress=shard.out.endswith(".gz"))
        try:
            _commit(tmp, shard.out)
        except OSError as exc:
            raise _WriteFailed(_reason(exc)) from None
        return tally.outcome()
    except _ReadFailed as exc:
        problem = Problem(shard.name, f"cannot read ({exc})", 3)
    except _WriteFailed as exc:
        problem = Problem(shard.out, f"cannot write ({exc})", 3)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return _Tally(shard).outcome(problem)  # nothing was written: no counts either
