"""NDJSON streams: round trip with foreign fields, clashes, error records, order under --jobs."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from bulletin_tools import stream
from bulletin_tools.cli import app
from bulletin_tools.pipeline import Options
from bulletin_tools.stream import (
    Record,
    StreamJob,
    merge_record,
    ordered_map,
    process_record,
    read_records,
)

runner = CliRunner()

TEXT = """Home > News

Village repairs the bridge over the river

Author: Editor Release time: 2024-05-02

The village committee repaired the old stone bridge in April. Farmers can now reach the fields again.
"""


def _line(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


def _out(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_round_trip_keeps_foreign_fields_in_order():
    lines = "".join(_line(id=i, text=TEXT.replace("April", f"month {i}"), meta={"site": "x", "n": [i]}, flag=None)
                    for i in range(5))
    result = runner.invoke(app, ["clean", "-", "--input-format", "jsonl", "-f", "jsonl", "-j", "1"], input=lines)
    assert result.exit_code == 0, result.output
    recs = _out(result.stdout)
    assert [r["id"] for r in recs] == list(range(5))
    for i, r in enumerate(recs):
        assert r["meta"] == {"site": "x", "n": [i]} and r["flag"] is None
        assert "text" not in r  # the text field is consumed, not passed through
        assert r["title"]["text"] == "Village repairs the bridge over the river"
        assert r["input"] == f"-:{i + 1}" and r["encoding"] == "utf-8"
        assert list(r)[:2] == ["schema_version", "input"]  # the SPEC object first, then foreign fields
        assert f"month {i}" in r["sections"][0]["blocks"][0]["text"]


def test_clashing_foreign_fields_kept_under_record():
    line = _line(text=TEXT, title="theirs", fixes=3, record={"a": 1}, error="no", keep="yes")
    result = runner.invoke(app, ["clean", "-", "--input-format", "jsonl", "-f", "json"], input=line)
    (rec,) = _out(result.stdout)
    assert rec["title"]["text"] == "Village repairs the bridge over the river"
    assert isinstance(rec["fixes"], list)
    assert rec["keep"] == "yes"
    assert rec["record"] == {"title": "theirs", "fixes": 3, "record": {"a": 1}, "error": "no"}
    assert "error" not in rec


def test_markdown_goes_into_markdown_field():
    result = runner.invoke(app, ["clean", "-", "--input-format", "jsonl"], input=_line(id="a", text=TEXT, markdown=1))
    assert result.exit_code == 0
    (rec,) = _out(result.stdout)
    assert set(rec) == {"markdown", "id", "record"}
    assert rec["markdown"].startswith("---\n") and "# Village repairs the bridge over the river" in rec["markdown"]
    assert rec["record"] == {"markdown": 1}


def test_custom_text_field():
    result = runner.invoke(app, ["segment", "-", "--input-format", "jsonl", "--text-field", "body"],
                           input=_line(body=TEXT, text="stays"))
    assert result.exit_code == 0
    (rec,) = _out(result.stdout)
    assert rec["breadcrumb"] == ["Home", "News"]
    assert rec["text"] == "stays"


BAD = [
    ("not json at all", "not JSON (Expecting value at column 1)", {}),
    ('{"id": 1', "not JSON (Expecting ',' delimiter at column 9)", {}),
    ("[1, 2]", "not a JSON object (got array)", {}),
    ('{"id": 2}', "no 'text' field", {"id": 2}),
    ('{"id": 3, "text": 7}', "field 'text' is not a string (got number)", {"id": 3}),
    ('{"id": 4, "text": null}', "field 'text' is not a string (got null)", {"id": 4}),
    ('{"id": 5, "text": ""}', "field 'text' is empty", {"id": 5}),
    ('{"id": 6, "text": " \\n\\t "}', "field 'text' holds only whitespace", {"id": 6}),
    ('{"id": 7, "text": "a\\u0000\\u0000\\u0000b"}', "binary data (NUL bytes)", {"id": 7}),
    ('{"id": 8, "text": "x\\ud800y"}', "field 'text' holds invalid Unicode (lone surrogates)", {"id": 8}),
    ('{"line": 0, "text": 1}', "field 'text' is not a string (got number)", {"record": {"line": 0}}),
]


@pytest.mark.parametrize("raw, reason, foreign", BAD)
def test_bad_record_becomes_error_record(raw, reason, foreign):
    result = process_record(StreamJob("jsonl", Options()), Record("in.jsonl", 12, raw.encode("utf-8")))
    assert result.error == reason
    assert result.where == "in.jsonl:12"
    assert json.loads(result.output) == {"error": reason, "line": 12, **foreign}


def test_bad_records_never_stop_the_stream_and_exit_3():
    lines = _line(id=1, text=TEXT) + "oops\n" + _line(id=2) + "\n" + _line(id=3, text=TEXT)
    result = runner.invoke(app, ["clean", "-", "--input-format", "jsonl", "-f", "jsonl"], input=lines)
    assert result.exit_code == 3
    recs = _out(result.stdout)
    assert [r.get("id") for r in recs] == [1, None, 2, 3]  # the blank line is not a record
    assert recs[1] == {"error": "not JSON (Expecting value at column 1)", "line": 2}
    assert recs[2] == {"error": "no 'text' field", "line": 3, "id": 2}
    err = result.stderr.splitlines()
    assert err[:2] == ["bulletin: -:2: not JSON (Expecting value at column 1)", "bulletin: -:3: no 'text' field"]
    assert err[2] == "bulletin: 2 processed, 2 failed, " + err[2].split("failed, ")[1]


def test_skip_errors_drops_error_records_but_still_reports():
    lines = _line(id=1, text=TEXT) + "oops\n" + _line(id=3, text=TEXT)
    result = runner.invoke(app, ["clean", "-", "--input-format", "jsonl", "-f", "jsonl", "--skip-errors", "-q"],
                           input=lines)
    assert result.exit_code == 3
    assert [r["id"] for r in _out(result.stdout)] == [1, 3]
    assert result.stderr == "bulletin: -:2: not JSON (Expecting value at column 1)\n"


def test_jsonl_refuses_file_only_options(tmp_path):
    for extra in (["--out-dir", str(tmp_path)], ["--diff"], ["--explain"]):
        result = runner.invoke(app, ["clean", "-", "--input-format", "jsonl", *extra], input=_line(text=TEXT))
        assert result.exit_code == 2, extra
        assert "cannot be used with --input-format jsonl" in result.stderr
    result = runner.invoke(app, ["clean", "-", "--skip-errors"], input=TEXT)
    assert result.exit_code == 2


def test_jsonl_files_and_folders(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "one.jsonl").write_text(_line(id=1, text=TEXT), encoding="utf-8")
    (tmp_path / "d" / "two.jsonl").write_text(_line(id=2, text=TEXT) + _line(id=3, text=TEXT), encoding="utf-8")
    (tmp_path / "d" / "ignored.txt").write_text("x", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["clean", str(tmp_path / "d"), "--input-format", "jsonl", "-f", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    recs = _out(out.read_text(encoding="utf-8"))
    assert [(r["id"], r["input"]) for r in recs] == [
        (1, f"{tmp_path / 'd' / 'one.jsonl'}:1"), (2, f"{tmp_path / 'd' / 'two.jsonl'}:1"),
        (3, f"{tmp_path / 'd' / 'two.jsonl'}:2")]


# --- reading and the ordered map ---------------------------------------------


def test_read_records_skips_blank_lines_and_cuts_over_long_ones():
    data = b'{"a":1}\n\n   \n' + b"x" * 50 + b"\n" + b'{"b":2}' + b"\n" + b"y" * 30  # last line has no newline
    recs = list(read_records(io.BytesIO(data), "s", max_bytes=40))
    assert [(r.line, r.raw) for r in recs] == [(1, b'{"a":1}\n'), (4, None), (5, b'{"b":2}\n'), (6, b"y" * 30)]


def test_over_long_record_is_an_error_record():
    result = process_record(StreamJob("jsonl", Options()), Record("-", 4, None))
    assert json.loads(result.output) == {"error": result.error, "line": 4}
    assert result.error.startswith("record too large")


def test_merge_record_doctest_shape():
    assert merge_record({"a": 1}, {"b": 2}) == {"a": 1, "b": 2}
    assert merge_record({"a": 1}, {"a": 2, "record": 3}) == {"a": 1, "record": {"a": 2, "record": 3}}


def _square(state, x):
    return state * x * x


def test_ordered_map_keeps_order_and_is_lazy_with_one_job():
    seen = []

    def items():
        for i in range(5):
            seen.append(i)
            yield i

    it = ordered_map(_square, 2, items(), 1)
    assert next(it) == 0 and seen == [0]  # one item read, one result out
    assert list(it) == [2, 8, 18, 32]


def test_ordered_map_parallel_same_order_and_bounded():
    read = []

    def items():
        for i in range(200):
            read.append(i)
            yield i

    it = ordered_map(_square, 3, items(), 2, chunk_items=5, max_pending=2)
    first = next(it)
    assert first == 0
    assert len(read) <= 5 * 2 + 1  # at most max_pending chunks were read ahead
    assert [first, *it] == [3 * i * i for i in range(200)]


def test_jobs_2_stream_byte_identical_to_jobs_1(tmp_path):
    lines = []
    for i in range(60):
        if i % 17 == 5:
            lines.append("broken {\n")
        else:
            lines.append(_line(n=i, text=TEXT.replace("April", f"April {i}").replace("Editor", "小编")))
    src = tmp_path / "in.jsonl"
    src.write_text("".join(lines), encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "bulletin_tools", "clean", "-", "--input-format", "jsonl",
                               "-f", "jsonl", "-j", jobs], stdin=src.open("rb"), capture_output=True, timeout=120)
        assert proc.returncode == 3
        outs.append((proc.stdout, proc.stderr))
    assert outs[0] == outs[1]
    assert len(outs[0][0].splitlines()) == 60


def test_picklable_options_converts_mappingproxy():
    import pickle

    opts = stream.picklable_options(Options())
    assert pickle.loads(pickle.dumps(opts)) == opts
