"""Compressed inputs read transparently: .txt.gz, .txt.zst, .jsonl.gz, .jsonl.zst, and gzip on stdin."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from bulletin_tools import batch
from bulletin_tools.cli import app
from bulletin_tools.compressed import decompress
from bulletin_tools.errors import InputError

runner = CliRunner()

PAGE = """Position: Home > County News

Township holds a spring planting meeting

Source: County Office Release time: 2024-03-05

On March 5, the township held a meeting on spring planting. Cadres from every village took part.
"""


def _zstd(data: bytes) -> bytes:
    zstandard = pytest.importorskip("zstandard")
    return zstandard.ZstdCompressor().compress(data)


@pytest.fixture
def plain_md(tmp_path):
    page = tmp_path / "plain.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(page)])
    assert result.exit_code == 0
    return result.stdout


@pytest.mark.parametrize("suffix", [".gz", ".zst"])
def test_compressed_text_file_cleans_like_the_plain_one(tmp_path, plain_md, suffix):
    data = PAGE.encode("utf-8")
    packed = tmp_path / f"page.txt{suffix}"
    packed.write_bytes(gzip.compress(data) if suffix == ".gz" else _zstd(data))
    result = runner.invoke(app, ["clean", str(packed)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == plain_md
    out = tmp_path / "out"
    assert runner.invoke(app, ["clean", str(packed), "--out-dir", str(out)]).exit_code == 0
    assert [p.name for p in out.iterdir()] == ["page.md"]  # not page.txt.md


def test_gzip_on_stdin_through_a_real_pipe(plain_md):
    proc = subprocess.run([sys.executable, "-m", "bulletin_tools", "clean", "-"],
                          input=gzip.compress(PAGE.encode("utf-8")), capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8") == plain_md


@pytest.mark.parametrize("suffix", [".gz", ".zst"])
def test_compressed_jsonl_stream(tmp_path, suffix):
    lines = "".join(json.dumps({"id": i, "text": PAGE.replace("March 5", f"March {i}")}) + "\n" for i in range(1, 4))
    data = lines.encode("utf-8")
    src = tmp_path / f"in.jsonl{suffix}"
    src.write_bytes(gzip.compress(data) if suffix == ".gz" else _zstd(data))
    result = runner.invoke(app, ["clean", str(src), "--input-format", "jsonl", "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1, 2, 3]
    piped = runner.invoke(app, ["clean", "-", "--input-format", "jsonl", "-f", "jsonl"], input=src.read_bytes())
    assert [json.loads(line)["id"] for line in piped.stdout.splitlines()] == [1, 2, 3]


def test_zstd_without_the_module_is_one_line(tmp_path, monkeypatch):
    packed = tmp_path / "page.txt.zst"
    packed.write_bytes(_zstd(PAGE.encode("utf-8")))
    monkeypatch.setitem(sys.modules, "zstandard", None)  # what an install without the extra sees
    result = runner.invoke(app, ["clean", str(packed)])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"bulletin: {packed}: zstd-compressed, and the 'zstandard' module is not installed "
        "(pip install 'bulletin-tools[zstd]')"]


def test_damaged_gzip_is_one_line_and_the_batch_goes_on(tmp_path):
    broken = tmp_path / "a.txt.gz"
    broken.write_bytes(gzip.compress(PAGE.encode("utf-8") * 20)[:60])
    good = tmp_path / "b.txt"
    good.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(broken), str(good), "-f", "jsonl"])
    assert result.exit_code == 3
    assert len(result.stdout.splitlines()) == 1
    assert f"bulletin: {broken}: damaged gzip data" in result.stderr


def test_the_size_limit_applies_to_the_decompressed_text(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "MAX_INPUT_BYTES", 4096)
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(PAGE.encode("utf-8") * 1000))  # 250 KB of text in ~1 KB
    assert bomb.stat().st_size < 4096
    result = runner.invoke(app, ["clean", str(bomb)])
    assert result.exit_code == 3
    assert "too large when decompressed" in result.stderr
    with pytest.raises(InputError, match="too large"):
        decompress(bomb.read_bytes(), 4096)


def test_plain_bytes_pass_through_untouched():
    assert decompress(b"plain text", 100) == b"plain text"
