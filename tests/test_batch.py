"""Batches of files: folders in, mirrored --out-dir out, --in-place, --jobs, limits, bad inputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bulletin_tools import batch
from bulletin_tools.batch import InputRef, Job, OutputSink, check_lines, expand, out_path, process_input, read_bytes
from bulletin_tools.cli import app
from bulletin_tools.errors import InputError
from bulletin_tools.pipeline import Options

runner = CliRunner()

GOOD_A = """Position: Home > County News

Township holds a spring planting meeting

Source: County Office Release time: 2024-03-05

On March 5, the township held a meeting on spring planting. Cadres from every village took part.

The first is to check the seed supply. The second is to repair the irrigation channels before April.
"""

GOOD_B = """Home > Notices

Notice on the winter heating inspection

Author: Editor Release time: 2024-11-20

The housing bureau will inspect the heating pipes of every residential compound next week.
"""


def _tree(tmp_path: Path) -> Path:
    """in/a.txt, in/sub/b.txt (good), in/sub/bin.txt (binary), in/empty.txt, in/skip.md (not globbed)."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (root / "sub" / "b.txt").write_text(GOOD_B, encoding="utf-8")
    (root / "sub" / "bin.txt").write_bytes(bytes(range(256)) * 8)
    (root / "empty.txt").write_bytes(b"")
    (root / "skip.md").write_text("# not a txt\n", encoding="utf-8")
    return root


def test_folder_to_mirrored_out_dir_names_bad_files_and_exits_3(tmp_path):
    root = _tree(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(root), "--out-dir", str(out), "--format", "json", "-j", "1"])
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["a.json", "sub/b.json"]
    assert json.loads((out / "a.json").read_text(encoding="utf-8"))["input"] == str(root / "a.txt")
    errors = [ln for ln in result.stderr.splitlines() if not ln.startswith("bulletin: 2 processed")]
    assert sorted(errors) == sorted([
        f"bulletin: {root / 'empty.txt'}: empty file",
        f"bulletin: {root / 'sub' / 'bin.txt'}: binary data (NUL bytes)",
    ])
    assert "bulletin: 2 processed, 2 failed" in result.stderr


def test_out_dir_markdown_extension_and_glob(tmp_path):
    root = _tree(tmp_path)
    out = tmp_path / "md"
    result = runner.invoke(app, ["clean", str(root), "--out-dir", str(out), "--glob", "a*.txt", "-q"])
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.rglob("*") if p.is_file()] == ["a.md"]
    assert (out / "a.md").read_text(encoding="utf-8").startswith("---\n")
    assert result.stderr == ""  # --quiet: no summary


def test_in_place_rewrites_good_file_and_leaves_bad_one_byte_for_byte(tmp_path):
    good = tmp_path / "good.txt"
    bad = tmp_path / "bad.txt"
    good.write_text(GOOD_A, encoding="utf-8")
    bad_bytes = b"\x00\x01binary\xff\xfe" * 50
    bad.write_bytes(bad_bytes)
    os.chmod(good, 0o640)
    result = runner.invoke(app, ["clean", str(good), str(bad), "--in-place"])
    assert result.exit_code == 3
    assert bad.read_bytes() == bad_bytes
    cleaned = good.read_text(encoding="utf-8")
    assert cleaned.startswith("---\n") and "# Township holds a spring planting meeting" in cleaned
    assert good.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "good.txt"]  # no temp files left
    assert f"bulletin: {bad}: binary data (NUL bytes)" in result.stderr


def test_in_place_refuses_stdin():
    result = runner.invoke(app, ["clean", "-", "--in-place"], input=GOOD_A)
    assert result.exit_code == 2
    assert "--in-place cannot write back to stdin" in result.stderr


@pytest.mark.parametrize("fmt", ["md", "jsonl"])  # -f json takes one input (tests/test_outputs.py)
def test_jobs_2_output_identical_to_jobs_1(tmp_path, fmt):
    root = _tree(tmp_path)
    for i in range(6):
        (root / f"c{i}.txt").write_text(GOOD_A.replace("March 5", f"March {i + 6}"), encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "bulletin_tools", "clean", str(root), "-f", fmt, "-j", jobs],
                              capture_output=True, timeout=120)
        assert proc.returncode == 3, proc.stderr
        outs.append((proc.stdout, proc.stderr))
    assert outs[0] == outs[1]
    assert outs[0][0]  # something was written


def test_output_file_not_created_when_every_input_failed(tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    target = tmp_path / "out.md"
    result = runner.invoke(app, ["clean", str(empty), "-o", str(target)])
    assert result.exit_code == 3
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [empty]


# --- limits -----------------------------------------------------------------


def test_too_large_file_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 1000)
    monkeypatch.setattr(batch, "MAX_INPUT_BYTES", 1000)
    with pytest.raises(InputError, match=r"too large \(0.0 MB; the limit is 0.0 MB per bulletin\)"):
        read_bytes(InputRef(str(big), big))


def test_100mb_file_named_on_stderr(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:  # sparse: 100 MB without writing 100 MB
        fh.seek(100 * 2**20 - 1)
        fh.write(b"\n")
    result = runner.invoke(app, ["clean", str(big)])
    assert result.exit_code == 3
    assert result.stderr.strip() == f"bulletin: {big}: too large (100.0 MB; the limit is 8.0 MB per bulletin)"


def test_stdin_over_the_limit_is_refused(monkeypatch):
    import io

    monkeypatch.setattr(batch, "MAX_INPUT_BYTES", 10)
    with pytest.raises(InputError, match="too large"):
        read_bytes(InputRef("-", None), stdin=io.BytesIO(b"x" * 11))
    assert read_bytes(InputRef("-", None), stdin=io.BytesIO(b"x" * 10)) == b"x" * 10


@pytest.mark.parametrize("text, ok", [
    ("short\n" * 10, True),
    ("a" * (batch.MAX_LINE_CHARS - 1) + "\n" + "b" * 10, True),
    ("line\n" + "a" * (batch.MAX_LINE_CHARS + 1) + "\n", False),
    ("a" * 60_000 + "\r" + "b" * 60_000, True),  # CR ends a line too
])
def test_check_lines(text, ok):
    if ok:
        check_lines(text)
    else:
        with pytest.raises(InputError, match="a line of 100,001 characters"):
            check_lines(text)


def test_unreadable_file_named_and_batch_goes_on(tmp_path):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root can read any file")
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD_A, encoding="utf-8")
    locked.chmod(0)
    good = tmp_path / "good.txt"
    good.write_text(GOOD_B, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(locked), str(good), "-f", "jsonl"])
    assert result.exit_code == 3
    assert f"bulletin: {locked}: permission denied" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_directory_given_as_file_reported(tmp_path):
    outcome = process_input(InputRef(str(tmp_path), tmp_path), None, Job("md", Options()))
    assert outcome.problem is not None and outcome.problem.reason == "is a directory"


# --- the worker's unit of work ------------------------------------------------


def test_process_input_counts_and_explains(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text(GOOD_A.replace("Cadres from", "Cadres cadres from"), encoding="utf-8")
    outcome = process_input(InputRef(str(f), f), None, Job("jsonl", Options(), explain=True, keep_text=True))
    assert outcome.problem is None
    doc = json.loads(outcome.rendered)
    assert outcome.fixes == len(doc["fixes"]) and outcome.findings == len(doc["findings"])
    assert any("fix doubled-word" in line for line in outcome.explain)
    assert all(line.startswith(f"{f}:") for line in outcome.explain)
    assert outcome.text == f.read_text(encoding="utf-8")


def test_process_input_given_bytes_does_not_read(tmp_path):
    ref = InputRef("-", None)
    outcome = process_input(ref, GOOD_B.encode("gb18030"), Job("jsonl", Options()))
    assert outcome.problem is None
    assert json.loads(outcome.rendered)["encoding"] in ("utf-8", "gb18030")


def test_expand_walks_sorted_and_reports_empty_folder(tmp_path):
    root = _tree(tmp_path)
    (tmp_path / "none").mkdir()
    items = list(expand([str(root), str(tmp_path / "none"), "-"], "*.txt"))
    names = [getattr(i, "name") for i in items]
    assert names == [str(root / "a.txt"), str(root / "empty.txt"), str(root / "sub" / "b.txt"),
                     str(root / "sub" / "bin.txt"), str(tmp_path / "none"), "-"]
    assert items[4].reason == "no files matching '*.txt' in this folder"
    assert out_path(items[2], Path("o"), "json") == Path("o/sub/b.json")


def test_output_sink_atomic(tmp_path):
    target = tmp_path / "t.jsonl"
    target.write_text("old\n", encoding="utf-8")
    sink = OutputSink(target)
    sink.write("new ✓\n")
    assert target.read_text(encoding="utf-8") == "old\n"  # not replaced before close
    sink.close(keep=True)
    assert target.read_text(encoding="utf-8") == "new ✓\n"
    sink = OutputSink(target)
    sink.write("half")
    sink.close(keep=False)
    assert target.read_text(encoding="utf-8") == "new ✓\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.jsonl"]


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_new_output_files_get_0666_minus_the_umask(tmp_path, umask):
    """SPEC: new files get the usual mode; mkstemp alone would leave them 0600."""
    src = tmp_path / "a.txt"
    src.write_text(GOOD_A, encoding="utf-8")
    old = os.umask(umask)
    try:
        result = runner.invoke(app, ["clean", str(src), "--out-dir", str(tmp_path / "out"), "-q"])
        single = runner.invoke(app, ["clean", str(src), "-o", str(tmp_path / "one.md")])
    finally:
        os.umask(old)
    assert result.exit_code == 0 and single.exit_code == 0
    assert (tmp_path / "out" / "a.md").stat().st_mode & 0o777 == 0o666 & ~umask
    assert (tmp_path / "one.md").stat().st_mode & 0o777 == 0o666 & ~umask
