"""`bulletin schema --record` describes what --input-format jsonl really emits, passed-through fields included."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from bulletin_tools.cli import app
from bulletin_tools.render.schemas import document_schema, record_schema

runner = CliRunner()

PAGE = """Position: Home > County News

Township holds a spring planting meeting

Source: County Office Release time: 2024-03-05

On March 5, the township held a meeting on spring planting. Cadres from every village took part.
"""

INPUT = "\n".join([
    json.dumps({"id": 1, "url": "https://example.invalid/a", "text": PAGE, "tags": ["a"]}),
    json.dumps({"id": 2, "title": "clashes with ours", "text": PAGE}),
    json.dumps({"id": 3, "text": ""}),
    "not json",
    json.dumps({"id": 5, "body": PAGE}),
]) + "\n"


def _records(fmt: str) -> list[dict]:
    result = runner.invoke(app, ["clean", "-", "--input-format", "jsonl", "-f", fmt], input=INPUT)
    assert result.exit_code == 3  # the bad records
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "md"])
def test_every_stream_line_validates_against_the_record_schema(fmt):
    records = _records(fmt)
    assert len(records) == 5
    assert records[0]["url"] == "https://example.invalid/a" and records[1]["record"] == {"title": "clashes with ours"}
    assert [("error" in r) for r in records] == [False, False, True, True, True]
    schema = record_schema()
    for rec in records:
        jsonschema.validate(rec, schema)


def test_the_document_schema_alone_rejects_passed_through_fields():
    """Why the record schema exists: the strict document schema cannot describe stream lines."""
    rec = _records("jsonl")[0]
    with pytest.raises(jsonschema.ValidationError, match="Additional properties"):
        jsonschema.validate(rec, document_schema())
    jsonschema.validate({k: v for k, v in rec.items() if k not in ("id", "url", "tags")}, document_schema())


def test_record_schema_still_checks_our_own_fields():
    schema = record_schema()
    rec = _records("jsonl")[0]
    broken = dict(rec)
    del broken["footer"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**rec, "sections": "not a list"}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"error": "x", "id": 1}, schema)  # an error record names its line
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"markdown": 3}, schema)


def test_cli_prints_both_schemas():
    record = runner.invoke(app, ["schema", "--record"])
    assert record.exit_code == 0
    assert json.loads(record.stdout) == record_schema()
    jsonschema.Draft202012Validator.check_schema(json.loads(record.stdout))
    document = runner.invoke(app, ["schema"])
    assert json.loads(document.stdout) == document_schema()
