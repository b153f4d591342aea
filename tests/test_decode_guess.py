"""Honest decoding: Latin vs Chinese judged both ways, UTF-16 without a BOM, stray controls repaired, guesses reported."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import bulletin_tools
from bulletin_tools.cli import app
from bulletin_tools.decode import decode_bytes
from bulletin_tools.errors import InputError
from bulletin_tools.western import latin_plausibility

runner = CliRunner()

PAGE = """Position: Home > Culture

Notice on the choir concert

Author: Editor Release time: 2024-03-05

editor: François Müller

The choir of the town will sing on Sunday. All residents are welcome to attend the concert in the square.
"""


# --- Latin-1 / cp1252 ------------------------------------------------------------


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_latin_text_is_read_as_latin_not_as_gb18030(codec):
    data = PAGE.encode(codec)
    assert "鏾" in data.decode("gb18030")  # the trap: a "valid" Chinese reading
    result = decode_bytes(data)
    assert result.text == PAGE
    assert result.encoding == "cp1252"
    assert result.guess is not None and "cp1252" in result.guess


@pytest.mark.parametrize("text", [
    "It\u2019s the \u201cbest\u201d concert \u2013 entry \u20ac5\n",  # cp1252 punctuation only
    "caf\u00e9\n",  # refused as undecodable before: 0xE9 0x0A is not GB18030
    "Na\u00efve S\u00e3o Jo\u00e3o na\u00e7\u00e3o\n",
])
def test_western_texts_decode_as_cp1252(text):
    result = decode_bytes(text.encode("cp1252"))
    assert (result.text, result.encoding) == (text, "cp1252")


@pytest.mark.parametrize("text,codec,expected", [
    ("作者：小编  来源：本站原创\n", "gbk", "gb18030"),
    ("Author:小编 Release time: 2024-03-05 Clicks: 12\n", "gbk", "gb18030"),  # Chinese residue in English
    ("新ICP备18000738号-1\n", "gbk", "gb18030"),  # Chinese touching Latin letters, but common characters
    ("各位鄉親：本縣將於下週舉辦農產品展覽會，歡迎踴躍參加。\n", "big5", "big5"),
])
def test_chinese_pages_still_read_as_chinese(text, codec, expected):
    result = decode_bytes(text.encode(codec))
    assert (result.text, result.encoding) == (text, expected)


def test_latin_plausibility_both_ways():
    assert latin_plausibility("editor: François Müller") == 1.0
    assert latin_plausibility("作者：小编".encode("gbk").decode("cp1252")) == 0.0
    assert latin_plausibility("plain ascii") == 0.0


def test_random_high_bytes_are_still_undecodable():
    import random

    rng = random.Random(3)
    with pytest.raises(InputError, match="undecodable"):
        decode_bytes(bytes(rng.randrange(128, 256) for _ in range(4096)))


def test_cli_latin_page_reports_the_guess_everywhere(tmp_path):
    page = tmp_path / "latin.txt"
    page.write_bytes(PAGE.encode("cp1252"))
    md = runner.invoke(app, ["clean", str(page), "--explain"])
    assert md.exit_code == 0
    assert "editor: François Müller" in md.stdout
    assert "\nencoding: cp1252\nencoding_guessed: true\n" in md.stdout
    explain = md.stderr.splitlines()
    assert explain[0].startswith(f"{page}:7:13: encoding cp1252 (guessed): not UTF-8; read as Western European cp1252")
    data = json.loads(runner.invoke(app, ["clean", str(page), "-f", "json"]).stdout)
    assert data["encoding"] == "cp1252"
    guessed = [f for f in data["findings"] if f["code"] == "encoding-guessed"]
    assert len(guessed) == 1 and guessed[0]["line"] == 7
    # check no longer sees invented Han characters as untranslated Chinese
    check = runner.invoke(app, ["check", str(page), "-f", "json"])
    codes = [f["code"] for entry in json.loads(check.stdout) for f in entry["findings"]]
    assert "cjk-residue" not in codes and "encoding-guessed" in codes


def test_guess_survives_cleaning_the_markdown_again(tmp_path):
    page = tmp_path / "latin.txt"
    page.write_bytes(PAGE.encode("cp1252"))
    once = runner.invoke(app, ["clean", str(page)]).stdout
    twice = runner.invoke(app, ["clean", "-"], input=once.encode("utf-8")).stdout
    assert twice == once


def test_utf8_and_forced_decodings_are_not_guesses():
    assert decode_bytes(PAGE.encode("utf-8")).guess is None
    assert decode_bytes(PAGE.encode("cp1252"), encoding="cp1252").guess is None
    doc = bulletin_tools.clean_bytes(PAGE.encode("utf-8"))
    assert not doc.encoding_guessed
    assert "encoding" not in bulletin_tools.to_markdown(doc).split("---")[1]


# --- UTF-16 without a BOM ----------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(codec):
    result = decode_bytes(PAGE.encode(codec))
    assert (result.text, result.encoding) == (PAGE, codec)
    assert result.guess is not None and "no BOM" in result.guess


def test_utf16_without_bom_through_the_cli(tmp_path):
    page = tmp_path / "u16.txt"
    page.write_bytes(PAGE.encode("utf-16-le"))
    result = runner.invoke(app, ["clean", str(page)])
    assert result.exit_code == 0, result.stderr
    assert "# Notice on the choir concert" in result.stdout
    assert "encoding: utf-16-le\nencoding_guessed: true" in result.stdout


def test_damaged_utf16_names_the_option_to_try():
    data = bytearray(PAGE.encode("utf-16-le"))
    for i in range(0, len(data), 20):  # every tenth character a NUL too: not clean UTF-16 any more
        data[i] = 0
    with pytest.raises(InputError, match="--encoding utf-16-le"):
        decode_bytes(bytes(data))


# --- stray control characters ------------------------------------------------------


def test_stray_nul_in_a_file_is_removed_and_recorded(tmp_path):
    page = tmp_path / "nul.txt"
    raw = PAGE.replace("choir of", "choir\x00 of").encode("utf-8")
    page.write_bytes(raw)
    result = runner.invoke(app, ["clean", str(page), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert "\x00" not in json.dumps([s["blocks"] for s in data["sections"]])
    fixes = [f for f in data["fixes"] if f["rule"] == "control-character"]
    assert fixes == [{"rule": "control-character", "before": "\x00", "after": "",
                      "span": [PAGE.index("choir of") + 5, PAGE.index("choir of") + 6]}]


def test_stray_nul_in_a_5kb_record_is_repaired_not_refused():
    body = ("The township held a meeting on spring planting and on the irrigation channels. " * 64)
    text = PAGE + body[:2500] + "\u0000" + body[2500:] + "\n"
    assert len(text) > 5000
    line = json.dumps({"id": 1, "text": text}) + "\n"
    result = runner.invoke(app, ["clean", "-", "--input-format", "jsonl", "-f", "jsonl"], input=line)
    assert result.exit_code == 0, result.stderr
    rec = json.loads(result.stdout)
    assert "error" not in rec and rec["id"] == 1
    assert any(f["rule"] == "control-character" for f in rec["fixes"])


@pytest.mark.parametrize("data,reason", [
    (b"\x89PNG\r\n\x1a\n" + b"IDAT" * 100, "binary data (a PNG image)"),
    (b"%PDF-1.4\n" + b"stream text " * 100, "binary data (a PDF document)"),
    (bytes(range(256)) * 8, "binary data (NUL bytes)"),
    (b"\x1b[0m\x07\x08" * 50 + b"text", "binary data"),
])
def test_binary_by_a_robust_measure_is_still_refused(data, reason):
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert str(info.value) == reason


def test_our_own_json_is_recognised_not_cleaned(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    as_json = runner.invoke(app, ["clean", str(page), "-f", "json"]).stdout
    page.write_text(as_json, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(page)])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"bulletin: {page}: bulletin-tools JSON output, not a bulletin text (clean the original text instead)"]
