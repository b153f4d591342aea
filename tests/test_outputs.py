"""The promises every write keeps (bulletin_tools.outputs): no collision, usual modes, no silent mkdir."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bulletin_tools.cli import app
from bulletin_tools.outputs import OutputError, OutputSink, new_file_mode, write_atomic

runner = CliRunner()

PAGE = """Position: Home > County News

Township holds a spring planting meeting

Source: County Office Release time: 2024-03-05

On March 5, the township held a meeting on spring planting. Cadres from every village took part.
"""


@pytest.fixture
def umask():
    """Set the process umask for one test (CliRunner runs in this process), then restore it."""
    saved = os.umask(0o022)
    os.umask(saved)

    def set_mask(mask: int) -> None:
        os.umask(mask)

    yield set_mask
    os.umask(saved)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


# --- --out-dir collisions ---------------------------------------------------------


def test_two_folders_with_the_same_file_name_are_refused_before_writing(tmp_path):
    for year in ("2023", "2024"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "index.txt").write_text(PAGE.replace("2024-03-05", f"{year}-03-05"), encoding="utf-8")
    out = tmp_path / "cleaned"
    result = runner.invoke(app, ["clean", str(tmp_path / "2023"), str(tmp_path / "2024"), "--out-dir", str(out)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(tmp_path / "2023" / "index.txt") in lines[0] and str(tmp_path / "2024" / "index.txt") in lines[0]
    assert str(out / "index.md") in lines[0]
    assert not out.exists()  # nothing written, not even the folder


def test_two_files_with_the_same_name_are_refused(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"),
                                 "--out-dir", str(out), "-f", "json"])
    assert result.exit_code == 2
    assert "would both be written to" in result.stderr
    assert not out.exists()


def test_the_common_parent_mirrors_both(tmp_path):
    """The way out the message names: give the folder holding both inputs."""
    for sub in ("a", "b"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "x.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(tmp_path / "in"), "--out-dir", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md")) == ["a/x.md", "b/x.md"]


def test_out_dir_output_never_replaces_an_input(tmp_path):
    (tmp_path / "x.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "x.md").write_text(PAGE, encoding="utf-8")  # an input that is also the target
    result = runner.invoke(app, ["clean", str(tmp_path / "x.md"), "--out-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "would replace the input" in result.stderr
    assert (tmp_path / "x.md").read_text(encoding="utf-8") == PAGE


# --- modes --------------------------------------------------------------------


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_new_output_files_get_0666_minus_umask(tmp_path, umask, mask):
    umask(mask)
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(page), "-o", str(tmp_path / "out.md")])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["clean", str(page), "--out-dir", str(tmp_path / "dir"), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["clean", "-", "--input-format", "jsonl", "-f", "jsonl", "-o", str(tmp_path / "s.jsonl")],
                           input=json.dumps({"text": PAGE}) + "\n")
    assert result.exit_code == 0, result.stderr
    for path in (tmp_path / "out.md", tmp_path / "dir" / "page.json", tmp_path / "s.jsonl"):
        assert _mode(path) == 0o666 & ~mask, path


def test_new_file_mode_reads_the_umask_without_changing_it(umask):
    umask(0o027)
    assert new_file_mode() == 0o640
    assert os.umask(0o027) == 0o027  # still what we set


def test_replaced_output_and_in_place_keep_their_mode(tmp_path, umask):
    umask(0o022)
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    os.chmod(page, 0o604)
    out = tmp_path / "out.md"
    out.write_text("old", encoding="utf-8")
    os.chmod(out, 0o600)
    assert runner.invoke(app, ["clean", str(page), "-o", str(out)]).exit_code == 0
    assert _mode(out) == 0o600 and out.read_text(encoding="utf-8").startswith("---\n")
    assert runner.invoke(app, ["clean", str(page), "--in-place"]).exit_code == 0
    assert _mode(page) == 0o604


# --- -o that cannot be written ------------------------------------------------------


def test_output_in_a_missing_folder_is_one_line_exit_3_and_no_folder_made(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    target = tmp_path / "missing" / "dir" / "x.md"
    result = runner.invoke(app, ["clean", str(page), "-o", str(target)])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"bulletin: {target}: cannot write (folder '{target.parent}' does not exist)"]
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("args", [["-o", "{file}/x.md"], ["-o", "{dir}"], ["-f", "jsonl", "-o", "{file}/x.jsonl"]])
def test_output_under_a_file_or_onto_a_folder_is_one_line(tmp_path, args):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    args = [a.format(file=page, dir=tmp_path) for a in args]
    result = runner.invoke(app, ["clean", str(page), *args])
    assert result.exit_code == 3
    assert len(result.stderr.splitlines()) == 1 and "cannot write" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback
    assert page.read_text(encoding="utf-8") == PAGE


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_output_in_a_read_only_folder(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    ro = tmp_path / "ro"
    ro.mkdir()
    os.chmod(ro, 0o555)
    try:
        result = runner.invoke(app, ["clean", str(page), "-o", str(ro / "x.md")])
    finally:
        os.chmod(ro, 0o755)
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [f"bulletin: {ro / 'x.md'}: cannot write (Permission denied)"]


def test_write_atomic_never_creates_folders_unless_asked(tmp_path):
    target = tmp_path / "a" / "b.md"
    with pytest.raises(OutputError):
        write_atomic(target, "x")
    assert not (tmp_path / "a").exists()
    write_atomic(target, "x", make_parents=True)
    assert target.read_text(encoding="utf-8") == "x"
    with pytest.raises(OutputError):
        OutputSink(tmp_path / "c" / "d.md")


def test_output_that_is_an_input_is_refused(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(page), "-o", str(page)])
    assert result.exit_code == 2
    assert "is also an input" in result.stderr
    assert page.read_text(encoding="utf-8") == PAGE


# --- --in-place writes Markdown only -------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_in_place_with_json_is_refused_and_the_file_untouched(tmp_path, fmt):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(page), "--in-place", "-f", fmt])
    assert result.exit_code == 2
    assert result.stderr.startswith("bulletin: error: --in-place writes Markdown only")
    assert page.read_text(encoding="utf-8") == PAGE


# --- -f json: always one object -------------------------------------------------------


def test_json_is_one_object_and_several_inputs_need_jsonl(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PAGE, encoding="utf-8")
    b.write_text(PAGE.replace("March 5", "March 6"), encoding="utf-8")
    one = runner.invoke(app, ["clean", str(a), "-f", "json"])
    assert one.exit_code == 0 and isinstance(json.loads(one.stdout), dict)
    folder_of_one = runner.invoke(app, ["segment", str(a.parent), "--glob", "a.txt"])
    assert folder_of_one.exit_code == 0 and isinstance(json.loads(folder_of_one.stdout), dict)
    two = runner.invoke(app, ["clean", str(a), str(b), "-f", "json"])
    assert two.exit_code == 2 and two.stdout == ""
    assert "use -f jsonl" in two.stderr
    lines = runner.invoke(app, ["clean", str(a), str(b), "-f", "jsonl"]).stdout.splitlines()
    assert [type(json.loads(line)) for line in lines] == [dict, dict]
    both = runner.invoke(app, ["clean", str(a), str(b), "-f", "json", "--out-dir", str(tmp_path / "o")])
    assert both.exit_code == 0
    assert all(isinstance(json.loads(p.read_text(encoding="utf-8")), dict) for p in (tmp_path / "o").iterdir())


@pytest.mark.parametrize("how", ["write_atomic", "sink"])
def test_output_onto_a_named_pipe_writes_into_it_and_keeps_it_a_pipe(tmp_path, how):
    """`-o /dev/null` or `-o fifo`: renaming a temporary file over a special
    file would replace it (as root, /dev/null itself); it is written as it is."""
    import stat
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    if how == "write_atomic":
        write_atomic(fifo, "one line\n")
    else:
        sink = OutputSink(fifo)
        sink.write("one ")
        sink.write("line\n")
        sink.close()
    reader.join(timeout=10)
    assert received == [b"one line\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.fifo"]  # no temporary file left beside it
