"""'-' is the default input when stdin is a pipe (`cat page.txt | bulletin clean`), and only then."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bulletin_tools.batch import default_paths, stdin_is_piped
from bulletin_tools.errors import UsageError

PAGE = """Position: Home > County News

Township holds a spring planting meeting

Source: County Office Release time: 2024-03-05

On March 5, the township held a meeting on spring planting. Cadres from every village took part.
"""


def _run(args, **kwargs):
    return subprocess.run([sys.executable, "-m", "bulletin_tools", *args], capture_output=True, timeout=60, **kwargs)


@pytest.mark.parametrize("command", [["clean", "-f", "json"], ["segment"]])
def test_no_path_reads_a_piped_stdin(command):
    proc = _run(command, input=PAGE.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"]["text"] == "Township holds a spring planting meeting"


def test_no_path_reads_a_redirected_file(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    with page.open("rb") as fh:
        proc = _run(["check", "-f", "json"], stdin=fh)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)) == 1  # one input: stdin


@pytest.mark.parametrize("command", ["clean", "segment", "check"])
def test_no_path_and_no_pipe_is_a_usage_error(command):
    proc = _run([command], stdin=subprocess.DEVNULL)  # what cron and CI give: /dev/null, not a pipe
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines() == [
        "bulletin: error: no input given: name files or folders, or pipe text in (stdin is not a pipe)"]
    assert proc.stdout == b""


def test_stdin_is_piped_on_real_descriptors(tmp_path):
    read_end, write_end = os.pipe()
    try:
        with os.fdopen(read_end, "rb", closefd=False) as pipe:
            assert stdin_is_piped(pipe)
    finally:
        os.close(read_end)
        os.close(write_end)
    (tmp_path / "f").write_text("x")
    with (tmp_path / "f").open("rb") as fh:
        assert stdin_is_piped(fh)
    with open(os.devnull, "rb") as null:
        assert not stdin_is_piped(null)


def test_given_paths_win_over_the_pipe():
    read_end, write_end = os.pipe()
    try:
        with os.fdopen(read_end, "rb", closefd=False) as pipe:
            assert default_paths(["a.txt"], pipe) == ["a.txt"]
            assert default_paths([], pipe) == ["-"]
        with open(os.devnull, "rb") as null, pytest.raises(UsageError):
            default_paths(None, null)
    finally:
        os.close(read_end)
        os.close(write_end)
