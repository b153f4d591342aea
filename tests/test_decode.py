"""Tests for bulletin_tools.decode: which encoding, what text, which error."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bulletin_tools.decode import Decoded, chinese_plausibility, decode_bytes
from bulletin_tools.errors import InputError, UsageError
from adversarial_inputs import DECODE_TEXTS, run_decode  # tests/: the inputs and the counted-work check
from counted_work import assert_linear

BAD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bad"
CORPUS = BAD.parent

SIMPLIFIED = "来源：本站原创  作者：小编  发布时间：2023-04-18\n全镇举办安全生产培训班。\n"
TRADITIONAL = "各位鄉親：本縣將於下週舉辦農產品展覽會，歡迎踴躍參加。\n"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"Position: Home > News\n", "Position: Home > News\n", "utf-8"),
        ("Author:小编\r\n".encode("utf-8"), "Author:小编\r\n", "utf-8"),
        (b"\xef\xbb\xbfTitle\n", "Title\n", "utf-8"),
        ("\ufeffNotice\r\nline two\r\n".encode("utf-16-le"), "Notice\r\nline two\r\n", "utf-16"),
        ("\ufeffNotice\r\n小编\r\n".encode("utf-16-be"), "Notice\r\n小编\r\n", "utf-16"),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
        (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
        # Line ends of every kind are kept exactly: spans index this text.
        (b"a\rb\r\nc\n\n", "a\rb\r\nc\n\n", "utf-8"),
        (b"\tindented  \n", "\tindented  \n", "utf-8"),
    ],
)
def test_decodes(data: bytes, text: str, encoding: str) -> None:
    result = decode_bytes(data)
    assert (result.text, result.encoding) == (text, encoding)
    # Only the legacy encodings are chosen by plausibility, and so are guesses.
    assert (result.guess is not None) == (encoding in ("gb18030", "big5"))


def test_gbk_that_also_decodes_as_big5_is_gb18030() -> None:
    data = "作者：小编  来源：本站原创\n".encode("gbk")
    data.decode("big5")  # the trap: this succeeds, as nonsense
    result = decode_bytes(data)
    assert result.encoding == "gb18030"
    assert "小编" in result.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\xef\xbb\xbf", "empty file"),
        (b"  \t\n\r\n  \n", "no text (whitespace only)"),
        ("\ufeff \r\n".encode("utf-16-le"), "no text (whitespace only)"),
        (b"text\x00\x00\x00more text", "binary data (NUL bytes)"),
        (b"\x00\x01\x02\x03", "binary data (NUL bytes)"),
        (b"\x89PNG\r\n\x1a\nIHDR" + b"x" * 500, "binary data (a PNG image)"),
        (b"%PDF-1.7\n" + b"text " * 200, "binary data (a PDF document)"),
        (b"\x1f\x8b\x08\x00" + b"y" * 100, "binary data (gzip-compressed data)"),
        (bytes(range(1, 32)) * 4 + b"abc", "binary data"),
        (b"abc \xff\xff\xff def", "undecodable bytes (not UTF-8, UTF-16, GB18030 or Big5)"),
    ],
)
def test_rejects(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert str(info.value) == reason


def test_utf16_with_bom_but_odd_length_is_undecodable() -> None:
    with pytest.raises(InputError, match="undecodable bytes"):
        decode_bytes("\ufeffabc".encode("utf-16-le") + b"x")


def test_utf16_with_nul_characters_is_binary() -> None:
    with pytest.raises(InputError, match="binary data"):
        decode_bytes("\ufeffab\x00\x00\x00cd".encode("utf-16-le"))


def test_utf8_bom_with_invalid_utf8_is_undecodable() -> None:
    with pytest.raises(InputError, match="undecodable bytes"):
        decode_bytes(b"\xef\xbb\xbfabc\xff")


def test_no_latin1_fallback_for_random_bytes() -> None:
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(128, 256) for _ in range(4096))
    with pytest.raises(InputError):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("data", "encoding", "text", "reported"),
    [
        (SIMPLIFIED.encode("gbk"), "gbk", SIMPLIFIED, "gbk"),
        (SIMPLIFIED.encode("gbk"), "GB18030", SIMPLIFIED, "gb18030"),
        (b"\xef\xbb\xbfHello\n", "utf-8", "Hello\n", "utf-8"),
        ("caf\u00e9\n".encode("latin-1"), "latin-1", "caf\u00e9\n", "iso8859-1"),
        ("\ufeffHi\n".encode("utf-16-le"), "utf-16-le", "Hi\n", "utf-16-le"),
    ],
)
def test_forced_encoding(data: bytes, encoding: str, text: str, reported: str) -> None:
    assert decode_bytes(data, encoding=encoding) == Decoded(text, reported)


def test_forced_unknown_encoding_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as info:
        decode_bytes(b"abc", encoding="x")
    assert str(info.value) == "unknown encoding 'x'"


def test_forced_codec_that_fails_is_an_input_error() -> None:
    with pytest.raises(InputError, match="undecodable bytes"):
        decode_bytes(SIMPLIFIED.encode("gbk"), encoding="utf-8")


def test_forced_codec_still_rejects_binary_and_empty() -> None:
    with pytest.raises(InputError, match="binary data"):
        decode_bytes(b"ab\x00\x00\x00cd", encoding="latin-1")
    with pytest.raises(InputError, match="empty file"):
        decode_bytes(b"", encoding="gbk")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("小编", 0.99, 1.0), ("发布时间", 0.99, 1.0), ("灏忕紪", 0.0, 0.25), ("鍙戝竷鏃堕棿", 0.0, 0.25), ("abc", 0.0, 0.0)],
)
def test_chinese_plausibility(text: str, low: float, high: float) -> None:
    assert low <= chinese_plausibility(text) <= high


@given(st.text(alphabet=st.characters(min_codepoint=0x20, exclude_categories=("Cs", "Cc"))).filter(lambda s: s.strip()))
def test_utf8_round_trip(text: str) -> None:
    text = text.lstrip("\ufeff") or "x"
    assert decode_bytes(text.encode("utf-8")) == Decoded(text, "utf-8")


def test_large_utf8_input() -> None:
    text = "Position: Home > News  Author:小编  Clicks:1,286\n" * 400_000
    assert decode_bytes(text.encode("utf-8")) == Decoded(text, "utf-8")


def test_large_utf8_input_linear() -> None:
    """Counted work at n and 4n (timed at full size by benchmarks/bench_adversarial.py)."""
    assert_linear(run_decode, DECODE_TEXTS[0].sized, 200_000, label="decode_bytes")


def _bad(name: str) -> bytes:
    path = BAD / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path.read_bytes()


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("whitespace-only.txt", "no text (whitespace only)"),
        ("binary-random.txt", "binary data (NUL bytes)"),
    ],
)
def test_corpus_bad_inputs_rejected(name: str, reason: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(_bad(name), name=name)
    assert str(info.value) == reason


def test_corpus_gbk_file() -> None:
    data = _bad("gbk-encoded.txt")
    result = decode_bytes(data)
    assert result.encoding == "gb18030"
    assert "小编" in result.text and "苤晤" not in result.text
    assert decode_bytes(data, encoding="gbk").text == result.text


def test_corpus_utf16_file() -> None:
    result = decode_bytes(_bad("utf16-bom.txt"))
    assert result.encoding == "utf-16"
    assert "\ufeff" not in result.text
    assert "\r\n" in result.text


def test_corpus_long_line() -> None:
    result = decode_bytes(_bad("long-line-2mb.txt"))
    assert result.encoding == "utf-8"
    assert len(result.text) == 2_097_152


def test_corpus_documents_decode_as_utf8() -> None:
    paths = sorted(CORPUS.glob("d*.txt"))
    if not paths:
        pytest.skip("corpus absent")
    for path in paths:
        result = decode_bytes(path.read_bytes())
        assert result.encoding == "utf-8", path.name
        assert not result.text.startswith("\ufeff"), path.name
