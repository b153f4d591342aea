"""Write-back modes: the output options settled once into a mode, one sink per mode."""

from __future__ import annotations

from pathlib import Path

from bulletin_tools.batch import Outcome
from bulletin_tools.writeback import COMPARE, FILES, STREAM, CompareSink, FilesSink, WriteBack, open_sink


def test_the_options_settle_into_one_mode():
    assert WriteBack().mode == STREAM
    assert WriteBack(output=Path("out.md")).mode == STREAM
    assert WriteBack(out_dir=Path("out")).mode == FILES
    assert WriteBack(in_place=True).mode == FILES
    assert WriteBack(diff=True).mode == COMPARE
    assert WriteBack(check=True, out_dir=Path("out")).mode == COMPARE  # --check writes nothing
    assert WriteBack(check=True).keeps_text and not WriteBack(out_dir=Path("o")).keeps_text


def test_compare_sink_counts_changes_and_fails_only_for_check(capsys):
    said: list[str] = []
    sink = CompareSink(diff=False, check=True, color="never", say=said.append)
    sink.write(Outcome("same.txt", rendered="a\n", text="a\n"))
    assert sink.exit_code() == 0 and said == []
    sink.write(Outcome("changed.txt", rendered="b\n", text="a\n", diff=("-a\n", "+b\n")))
    assert sink.exit_code() == 1
    assert said == ["bulletin: changed.txt: would be changed"]
    assert capsys.readouterr().out == ""  # --check alone prints no diff

    diff_only = CompareSink(diff=True, check=False, color="never", say=said.append)
    diff_only.write(Outcome("changed.txt", rendered="b\n", text="a\n", diff=("-a\n", "+b\n")))
    assert diff_only.exit_code() == 0
    assert capsys.readouterr().out == "-a\n+b\n"


def test_files_sink_writes_each_input_to_its_target(tmp_path):
    in_place = {"a.txt": tmp_path / "a.txt"}
    targets = {"a.txt": tmp_path / "out" / "a.md"}
    sink = open_sink(WriteBack(out_dir=tmp_path / "out"), in_place, targets, print)
    assert isinstance(sink, FilesSink)
    sink.write(Outcome("a.txt", rendered="# A\n"))
    assert targets["a.txt"].read_text(encoding="utf-8") == "# A\n"  # folders made for --out-dir
    sink = open_sink(WriteBack(in_place=True), in_place, targets, print)
    sink.write(Outcome("a.txt", rendered="# B\n"))
    assert in_place["a.txt"].read_text(encoding="utf-8") == "# B\n"
