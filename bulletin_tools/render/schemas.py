"""The JSON Schemas ``bulletin schema`` prints: the document, and one line of an NDJSON stream.

Why two: the document schema is strict (``additionalProperties: false``) so
that a typo in our own output is caught, but a stream record
(``--input-format jsonl``) is the document *followed by the input
record's own fields* (``id``, ``url`` …), and a strict schema rejected
exactly what the tool is documented to emit.  The record schema is built
from the document schema here, not kept as a second copy, so the two
cannot drift apart.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any

RECORD_SCHEMA_ID = "https://bulletin-tools.invalid/schema/1.0/record.json"


@cache
def _document_text() -> str:
    return resources.files("bulletin_tools.render").joinpath("schema.json").read_text(encoding="utf-8")


def document_schema() -> dict[str, Any]:
    """The schema of one ``-f json`` object (docs/output.md)."""
    return json.loads(_document_text())


def document_schema_text() -> str:
    """The shipped schema file, byte for byte."""
    return _document_text()


def record_schema() -> dict[str, Any]:
    """The schema of one output line of ``--input-format jsonl``.

    One of three shapes, each followed by the input record's other fields
    (any names; a name that clashes with ours is kept under ``record``):

    - the document (``-f json``/``jsonl``): every document field, as strict as the document schema;
    - ``{"markdown": "..."}`` (``-f md``);
    - ``{"error": REASON, "line": N}`` for a record that could not be processed.
    """
    doc = document_schema()
    clash = {"type": "object", "description": "input fields whose names clash with ours, unchanged"}
    document = {
        "title": "document record",
        "type": "object",
        "required": doc["required"],
        "properties": {**copy.deepcopy(doc["properties"]), "record": clash},
        "not": {"anyOf": [{"required": ["markdown"]}, {"required": ["error"]}]},
    }
    markdown = {
        "title": "Markdown record",
        "type": "object",
        "required": ["markdown"],
        "properties": {"markdown": {"type": "string"}, "record": clash},
        "not": {"required": ["error"]},
    }
    error = {
        "title": "error record",
        "type": "object",
        "required": ["error", "line"],
        "properties": {"error": {"type": "string"}, "line": {"type": "integer", "minimum": 1}, "record": clash},
    }
    return {
        "$schema": doc["$schema"],
        "$id": RECORD_SCHEMA_ID,
        "title": "bulletin-tools stream record",
        "description": ("One output line of --input-format jsonl: a document, {\"markdown\": ...} or "
                        "{\"error\": ..., \"line\": N}, followed by the input record's other fields "
                        "(any names; a clashing name is kept under \"record\")."),
        "oneOf": [document, markdown, error],
    }
