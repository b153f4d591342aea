"""NDJSON streams: one record per line in, one per line out, in order.

Why a module of its own: a pipeline may push millions of records through
``bulletin clean - --input-format jsonl``, so everything here works one line
at a time with bounded memory, and the parallel map keeps a bounded number of
chunks in flight (never "submit everything, then collect").  No typer/rich:
the CLI drives these generators and does the printing.  The ordered
parallel map behind ``--jobs`` is in :mod:`.parallel` (re-exported here).

Record contract (``--input-format jsonl``):

- one JSON object per input line, the bulletin text in ``text_field``;
  blank lines are not records and are skipped silently;
- one output line per record, in input order, whatever ``--jobs`` is;
- the output record is the JSON object of the document (docs/output.md) (``--format
  json``/``jsonl``; both give one compact line per record, since an indented
  object would break NDJSON) or ``{"markdown": "..."}`` (``--format md``),
  followed by every *other* field of the input record, unchanged;
- a foreign field whose name clashes with a field we write (a document field,
  ``markdown``, ``error``, or ``record`` itself) is not dropped and does not
  overwrite ours: it is kept under ``"record": {name: value}``;
- ``input`` is ``NAME:LINE`` (``-:12`` for line 12 of stdin), ``encoding`` is
  ``utf-8`` (JSON text is Unicode);
- a bad record (not JSON, not an object, no text field, text not a string,
  empty or binary text, too large) gives ``{"error": REASON, "line": N,
  ...foreign fields}`` (or nothing with ``skip_errors``), and the stream
  goes on.

``bulletin schema --record`` (:func:`bulletin_tools.render.schemas.record_schema`)
is the JSON Schema of such a line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

from .batch import MAX_INPUT_BYTES, check_lines
from .errors import BulletinError
from .parallel import cpu_count, default_jobs, ordered_map, picklable_options, warm_up  # noqa: F401 (re-exported)

# One NDJSON line may hold a bulletin of MAX_INPUT_BYTES; JSON escapes can
# double that (``\u5c0f`` is 6 bytes for a 3-byte character).
MAX_RECORD_BYTES = 2 * MAX_INPUT_BYTES

# The document's top-level field names (docs/output.md): a foreign field must never overwrite them.
SPEC_FIELDS = frozenset({
    "schema_version", "input", "encoding", "language", "breadcrumb", "title", "metadata",
    "description", "sections", "footer", "fixes", "findings",
})
CLASH_KEY = "record"


# ---------------------------------------------------------------------------
# NDJSON


@dataclass(frozen=True)
class StreamJob:
    """What every record needs (picklable; see :func:`picklable_options`)."""

    fmt: str
    options: Any
    text_field: str = "text"
    skip_errors: bool = False


@dataclass(frozen=True)
class Record:
    """One input line: where it came from and its raw bytes (``None``: too long)."""

    name: str
    line: int
    raw: bytes | None


@dataclass(frozen=True)
class RecordResult:
    """One output line (with its newline) or ``None`` when skipped; the error if any.

    ``where`` is ``NAME:LINE`` of a bad record, ``error`` the reason.
    """

    output: str | None
    where: str | None = None
    error: str | None = None
    fixes: int = 0
    findings: int = 0
    row: dict[str, Any] | None = None  # the table columns (bulletin_tools.tabular), when asked for


def read_records(stream: IO[bytes], name: str, max_bytes: int = MAX_RECORD_BYTES) -> Iterator[Record]:
    """The non-blank lines of an NDJSON stream, one at a time.

    A line longer than ``max_bytes`` is not kept in memory: it is skipped up
    to its newline and yielded with ``raw=None`` so it becomes an error record.
    """
    number = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while True:  # drain the rest of this over-long line
                more = stream.readline(max_bytes + 1)
                if not more or more.endswith(b"\n"):
                    break
            yield Record(name, number, None)
            continue
        if raw.strip():
            yield Record(name, number, raw)


def records_of(path: Path | None, name: str) -> Iterator[Record]:
    """The records of one input: a file, or stdin (``path=None``); gzip or zstd read as they come.

    Raises :class:`~.errors.InputError` (after yielding the records read so
    far) for a file that cannot be opened or compressed data that is
    damaged, so the caller reports one line and goes on to the next input.
    """
    import sys

    from .compressed import open_stream
    from .errors import InputError

    try:
        fh = sys.stdin.buffer if path is None else open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})") from None
    stream = None
    try:
        stream = open_stream(fh)
        yield from read_records(stream, name)
    except (OSError, EOFError) as exc:
        raise InputError(f"damaged compressed data ({exc})") from None
    finally:
        if stream is not None and stream is not fh:
            stream.close()
        if path is not None:
            fh.close()


def open_jsonl(path: Any) -> IO[bytes]:
    """An NDJSON file for reading bytes, decompressed when its name ends in ``.gz``.

    Sharded corpora are usually stored as ``.jsonl.gz``; reading them here
    (not through ``zcat``) keeps the shard's name in ``input`` and messages.
    """
    if str(path).endswith(".gz"):
        import gzip

        return gzip.open(path, "rb")
    return open(path, "rb")


def _split_foreign(foreign: dict[str, Any], reserved: frozenset[str] | set[str]) -> dict[str, Any]:
    """Foreign fields to append: clashing names go under ``"record"``."""
    out: dict[str, Any] = {}
    clashes: dict[str, Any] = {}
    for key, value in foreign.items():
        if key in reserved or key == CLASH_KEY:
            clashes[key] = value
        else:
            out[key] = value
    if clashes:
        out[CLASH_KEY] = clashes
    return out


def merge_record(ours: dict[str, Any], foreign: dict[str, Any]) -> dict[str, Any]:
    """``ours`` followed by the foreign fields; a clashing name is kept under ``"record"``.

    >>> merge_record({"title": 1}, {"id": 7, "title": "x"})
    {'title': 1, 'id': 7, 'record': {'title': 'x'}}
    """
    reserved = SPEC_FIELDS | ours.keys() | {"error", "markdown"}
    merged = dict(ours)
    merged.update(_split_foreign(foreign, reserved))
    return merged


def error_record(reason: str, line: int, foreign: dict[str, Any]) -> dict[str, Any]:
    """``{"error": reason, "line": N, ...foreign}`` (clashes under ``"record"``)."""
    return merge_record({"error": reason, "line": line}, foreign)


def _dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "array", dict: "object"}.get(
        type(value), type(value).__name__)


def record_text(obj: Any, field: str) -> tuple[str, dict[str, Any]]:
    """The text of a parsed record and its other fields; InputError if unusable."""
    from .decode import decode_bytes
    from .errors import InputError

    if not isinstance(obj, dict):
        raise InputError(f"not a JSON object (got {_kind(obj)})")
    foreign = {k: v for k, v in obj.items() if k != field}
    if field not in obj:
        raise _WithForeign(f"no '{field}' field", foreign)
    text = obj[field]
    if not isinstance(text, str):
        raise _WithForeign(f"field '{field}' is not a string (got {_kind(text)})", foreign)
    if not text:
        raise _WithForeign(f"field '{field}' is empty", foreign)
    if text.isspace():
        raise _WithForeign(f"field '{field}' holds only whitespace", foreign)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise _WithForeign(f"field '{field}' holds invalid Unicode (lone surrogates)", foreign) from None
    if len(data) > MAX_INPUT_BYTES:
        raise _WithForeign(f"text too large ({len(data) / 2**20:.1f} MB; the limit is "
                           f"{MAX_INPUT_BYTES / 2**20:.1f} MB per bulletin)", foreign)
    try:
        # The same screening as a file: BOM dropped, NUL/control characters refused.
        text = decode_bytes(data, encoding="utf-8").text
        check_lines(text)
    except BulletinError as exc:
        raise _WithForeign(str(exc), foreign) from None
    return text, foreign


class _WithForeign(Exception):
    """A bad record whose other fields are known (they go into the error record)."""

    def __init__(self, reason: str, foreign: dict[str, Any]) -> None:
        super().__init__(reason)
        self.reason = reason
        self.foreign = foreign


def process_record(job: StreamJob, rec: Record) -> RecordResult:
    """One NDJSON line in, one output line out; never raises for bad input."""
    return run_guarded(job, rec.name, rec.line, _parse_and_clean, rec.raw)


def process_object(job: StreamJob, obj: Any, name: str, line: int) -> RecordResult:
    """One record already parsed (a Parquet row, a dict in a Dask bag): the same output line.

    ``line`` is the record's number in its shard; ``input`` becomes
    ``NAME:LINE`` exactly as for an NDJSON line, so the two paths give the
    same bytes for the same record.
    """
    return run_guarded(job, name, line, _clean_object, obj)


def _parse_and_clean(job: StreamJob, name: str, line: int, raw: bytes | None) -> RecordResult:
    return _clean_object(job, name, line, parse_record(raw))


def parse_record(raw: bytes | None) -> Any:
    """One NDJSON line parsed (``raw`` None: a line over the size limit, see
    :func:`read_records`); InputError naming the reason when it cannot be."""
    from .errors import InputError

    if raw is None:
        raise InputError(f"record too large (over {MAX_RECORD_BYTES / 2**20:.0f} MB)")
    try:
        return json.loads(raw)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        where = f" at column {exc.colno}" if hasattr(exc, "colno") else ""
        raise InputError(f"not JSON ({getattr(exc, 'msg', None) or exc}{where})") from None


def text_of_record(raw: bytes | None, field: str) -> str:
    """The bulletin text of one NDJSON line, screened as a record's text is
    for cleaning; InputError naming the reason (for a reader that writes no
    error records: ``bulletin profile``)."""
    from .errors import InputError

    try:
        return record_text(parse_record(raw), field)[0]
    except _WithForeign as exc:
        raise InputError(exc.reason) from None


def _clean_object(job: StreamJob, name: str, line: int, obj: Any) -> RecordResult:
    from .batch import render
    from .pipeline import clean_text

    text, foreign = record_text(obj, job.text_field)
    doc = clean_text(text, input=f"{name}:{line}", encoding="utf-8", options=job.options)
    if job.fmt == "md":
        ours: dict[str, Any] = {"markdown": render(doc, "md")}
    else:
        from .render.json import to_json_dict

        ours = to_json_dict(doc)
    try:
        out = _dumps(merge_record(ours, foreign))
    except (TypeError, ValueError) as exc:  # a foreign value JSON cannot hold (only from a non-JSON source)
        raise _WithForeign(f"a field cannot be written as JSON ({exc})", {}) from None
    return RecordResult(out, fixes=len(doc.fixes), findings=len(doc.findings))


def run_guarded(job: StreamJob, name: str, line: int, step, arg: Any) -> RecordResult:
    """``step(job, name, line, arg)``, with every failure turned into an error record.

    The one place where a bad record becomes ``{"error": ..., "line": N}``
    and a bug becomes "internal error (...)": the NDJSON path, parsed
    records and table cells (:mod:`.tabular`) all go through it.
    """
    foreign: dict[str, Any] = {}
    try:
        return step(job, name, line, arg)
    except _WithForeign as exc:
        reason, foreign = exc.reason, exc.foreign
    except BulletinError as exc:
        reason = str(exc)
    except RecursionError:
        reason = "internal error (recursion too deep)"
    except Exception as exc:  # a bug must not stop the stream: reported as an error record, exit 3
        reason = f"internal error ({type(exc).__name__}: {exc})"
    if job.skip_errors:
        out = None
    else:
        try:
            out = _dumps(error_record(reason, line, foreign))
        except (TypeError, ValueError):  # foreign values JSON cannot hold: the error record without them
            out = _dumps(error_record(reason, line, {}))
    return RecordResult(out, f"{name}:{line}", reason)


def record_weight(rec: Record) -> int:
    return len(rec.raw) if rec.raw is not None else 1


def line_text(rec: Record, text_field: str) -> str:
    """The bulletin text of one NDJSON line, screened like a file; InputError naming the reason.

    For callers that need the text itself (``bulletin review``) rather than
    an output record; the checks and messages are those of :func:`process_record`.
    """
    from .errors import InputError

    if rec.raw is None:
        raise InputError(f"record too large (over {MAX_RECORD_BYTES / 2**20:.0f} MB)")
    try:
        obj = json.loads(rec.raw)
    except ValueError as exc:
        where = f" at column {exc.colno}" if hasattr(exc, "colno") else ""
        raise InputError(f"not JSON ({getattr(exc, 'msg', None) or exc}{where})") from None
    try:
        return record_text(obj, text_field)[0]
    except _WithForeign as exc:
        raise InputError(exc.reason) from None
