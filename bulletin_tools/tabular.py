"""One bulletin as a table row: the columns a DataFrame or a Parquet shard gets.

Why a module of its own: a table cannot hold the nested JSON document (docs/output.md), so
``clean_dataframe`` and ``--format parquet`` add a flat set of columns
instead (the nested parts, such as the sections, as JSON text).  Both go
through :func:`clean_cell`, which runs the very same record screening and
pipeline as an NDJSON line (:func:`bulletin_tools.stream.run_guarded`), so a
record refused in one shape is refused with the same reason in the other.
Pure Python: no pandas or pyarrow here (the callers bring them).
"""

from __future__ import annotations

import json
from typing import Any

from .stream import RecordResult, StreamJob, record_text, run_guarded

# The added columns, in order, with their kind: "string" or "count".
# Field names are a contract (like the JSON output's): extend, don't rename.
OUTPUT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", "string"),          # the (repaired) title text
    ("date", "string"),           # metadata.date, ISO 8601
    ("source", "string"),         # metadata.source
    ("author", "string"),         # metadata.author
    ("language", "string"),       # the document's language code
    ("sections", "string"),       # the JSON's "sections" list as compact JSON
    ("markdown", "string"),       # the document as --format md renders it
    ("fix_count", "count"),       # len(fixes)
    ("finding_count", "count"),   # len(findings)
    ("error", "string"),          # why the record was refused; null when it was cleaned
)
COLUMN_NAMES = tuple(name for name, _ in OUTPUT_COLUMNS)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _row_of(doc) -> dict[str, Any]:
    from .batch import render
    from .render.json import to_json_dict

    spec = to_json_dict(doc)
    title = spec["title"]
    meta = spec["metadata"]
    return {
        "title": title["text"] if title else None,
        "date": meta["date"],
        "source": meta["source"],
        "author": meta["author"],
        "language": spec["language"],
        "sections": _dumps(spec["sections"]),
        "markdown": render(doc, "md"),
        "fix_count": len(doc.fixes),
        "finding_count": len(doc.findings),
        "error": None,
    }


def error_row(reason: str) -> dict[str, Any]:
    """The row of a refused record: only ``error`` is set."""
    row: dict[str, Any] = dict.fromkeys(COLUMN_NAMES)
    row["error"] = reason
    return row


def _clean_value(job: StreamJob, name: str, line: int, value: Any) -> RecordResult:
    from .pipeline import clean_text

    text, _ = record_text({job.text_field: value}, job.text_field)
    doc = clean_text(text, input=f"{name}:{line}", encoding="utf-8", options=job.options)
    return RecordResult(None, fixes=len(doc.fixes), findings=len(doc.findings), row=_row_of(doc))


def clean_cell(job: StreamJob, value: Any, name: str, line: int) -> tuple[dict[str, Any], RecordResult]:
    """The output columns for one text value, and the result (for the counts and the error).

    ``None`` (a null cell) is refused as "not a string (got null)", as a
    JSON ``null`` is.  Never raises for bad input.
    """
    result = run_guarded(job, name, line, _clean_value, value)
    if result.error is not None:
        return error_row(result.error), result
    assert result.row is not None
    return result.row, result
