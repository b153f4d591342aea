"""``bulletin check`` (formats, filters, exit codes), its pure formatter, and ``clean --diff/--check``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bulletin_tools.render import check_report
from bulletin_tools.cli import app
from bulletin_tools.errors import UsageError
from bulletin_tools.model import ERROR, INFO, WARNING, Finding

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_517fc5acc2ab6940.txt"
CORPUS = SHARED / "corpus"

runner = CliRunner()

LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) (?P<code>[a-z-]+) (?P<msg>.+)$")

# A small bulletin with characters destroyed before publication (GBK-read U+FFFD pairs).
LOST = (
    "Position: Home > News\n\n"
    "Qingshui Town holds a meeting on winter heating\n\n"
    "The meeting was held in the town hall, and the head of the 锟斤拷 office spoke about the plans for the winter.\n"
)
CLEAN_PAGE = (
    "Town notice\n\n"
    "The town held a meeting on the work of the year, and the heads of the villages reported on their plans.\n"
)


def seed() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not present")
    return SEED


@pytest.fixture
def lost_file(tmp_path) -> Path:
    p = tmp_path / "lost.txt"
    p.write_text(LOST, encoding="utf-8")
    return p


# ---------------------------------------------------------------------------
# the command


def test_seed_exits_0_with_one_line_per_finding():
    path = seed()
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(LINE.match(ln) for ln in lines)
    assert any(ln.startswith(f"{path}:3:1: warning truncated-title ") for ln in lines)
    assert not any(" error " in ln for ln in lines)
    assert "^" not in result.stdout  # carets only on a terminal


def test_lost_characters_exit_1(lost_file):
    result = runner.invoke(app, ["check", str(lost_file)])
    assert result.exit_code == 1
    hits = [LINE.match(ln) for ln in result.stdout.splitlines()]
    lost = [m for m in hits if m and m["code"] == "lost-characters"]
    assert lost and lost[0]["sev"] == "error"
    assert (int(lost[0]["line"]), int(lost[0]["col"])) == (5, LOST.splitlines()[4].index("锟") + 1)


def test_select_ignore_and_severity(lost_file):
    only_cjk = runner.invoke(app, ["check", str(lost_file), "--select", "cjk"])
    assert only_cjk.exit_code == 0  # the error was filtered out
    assert all(" cjk-residue " in ln for ln in only_cjk.stdout.splitlines())
    ignored = runner.invoke(app, ["check", str(lost_file), "--ignore", "lost-characters,cjk-residue"])
    assert ignored.exit_code == 0
    assert "lost-characters" not in ignored.stdout
    path = seed()
    strict = runner.invoke(app, ["check", str(path), "--severity", "warning"])
    assert strict.exit_code == 1
    only_info = runner.invoke(app, ["check", str(path), "--select", "cjk-residue", "--severity", "warning"])
    assert only_info.exit_code == 0
    assert only_info.stdout and all(" info cjk-residue " in ln for ln in only_info.stdout.splitlines())


@pytest.mark.parametrize("args", [["--select", "no-such-code"], ["--ignore", "x"], ["--severity", "fatal"]])
def test_bad_filter_is_usage_error(args, lost_file):
    result = runner.invoke(app, ["check", str(lost_file), *args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("bulletin: error:") and "Traceback" not in result.stderr


def test_json_format(lost_file):
    result = runner.invoke(app, ["check", str(lost_file), "-f", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [d["input"] for d in data] == [str(lost_file)]
    assert data[0]["language"] == "en" and data[0]["encoding"] == "utf-8"
    f = next(f for f in data[0]["findings"] if f["code"] == "lost-characters")
    assert f["severity"] == "error" and f["line"] == 5
    assert set(f) == {"code", "severity", "message", "line", "column", "end_line", "end_column", "span"}
    assert LOST[f["span"][0]:f["span"][1]].endswith("锟斤拷")


def test_github_format(lost_file):
    result = runner.invoke(app, ["check", str(lost_file), "-f", "github"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(ln.startswith(("::error ", "::warning ", "::notice ")) for ln in lines)
    err = next(ln for ln in lines if "title=lost-characters" in ln)
    assert err.startswith(f"::error file={lost_file},line=5,col=")


def test_stdin_and_missing_and_empty(tmp_path):
    from_stdin = runner.invoke(app, ["check", "-"], input=LOST)
    assert from_stdin.exit_code == 1
    assert from_stdin.stdout.startswith("-:")
    missing = runner.invoke(app, ["check", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(CLEAN_PAGE, encoding="utf-8")
    batch = runner.invoke(app, ["check", str(empty), str(good)])
    assert batch.exit_code == 3
    assert str(empty) in batch.stderr and "Traceback" not in batch.stderr


def test_folder_batch_writes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(LOST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(CLEAN_PAGE, encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "bulletin_tools", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def test_subprocess_exit_codes_and_input_untouched(lost_file):
    path = seed()
    stat_before, bytes_before = path.stat(), path.read_bytes()
    lost_stat, lost_bytes = lost_file.stat(), lost_file.read_bytes()
    ok = _run("check", str(path))
    assert ok.returncode == 0, ok.stderr
    assert re.search(rf"^{re.escape(str(path))}:3:1: warning truncated-title ", ok.stdout, re.M)
    bad = _run("check", str(lost_file))
    assert bad.returncode == 1
    assert " error lost-characters " in bad.stdout
    assert path.read_bytes() == bytes_before and path.stat().st_mtime_ns == stat_before.st_mtime_ns
    assert lost_file.read_bytes() == lost_bytes and lost_file.stat().st_mtime_ns == lost_stat.st_mtime_ns


def test_every_emitted_code_is_known():
    """--select validates against KNOWN_CODES, so every code the pipeline emits must be there."""
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is not present")
    import bulletin_tools

    seen = set()
    for p in sorted(CORPUS.glob("*.txt")) + sorted((ROOT / "samples").glob("*.txt")):
        try:
            doc = bulletin_tools.clean_bytes(p.read_bytes(), input=str(p))
        except bulletin_tools.BulletinError:
            continue
        seen.update(f.code for f in doc.findings)
    assert seen and seen <= set(check_report.KNOWN_CODES)


# ---------------------------------------------------------------------------
# check_report, pure


@pytest.mark.parametrize(
    "text, offset, expected",
    [
        ("ab\ncd\n", 0, (1, 1)),
        ("ab\ncd\n", 4, (2, 2)),
        ("ab\r\ncd", 4, (2, 1)),
        ("ab\rcd", 3, (2, 1)),
        ("ab\n\ncd", 4, (3, 1)),
        ("ab", 99, (1, 3)),
    ],
)
def test_line_index(text, offset, expected):
    assert check_report.LineIndex(text).position(offset) == expected


def test_caret_under_span_with_wide_characters():
    text = "first line\nAuthor:小编 Click:\n"
    start = text.index("小编")
    excerpt, marker = check_report.caret_lines(text, start, start + 2)
    assert excerpt == "    Author:小编 Click:"
    assert marker == "    " + " " * len("Author:") + "^^^^"


def test_caret_empty_span_and_multiline_span():
    text = "abc\ndef\n"
    assert check_report.caret_lines(text, 1, 1)[1] == "     ^"
    assert check_report.caret_lines(text, 1, 6)[1] == "     ^^..."


def test_caret_long_line_is_windowed():
    text = "x" * 5000 + "TARGET" + "y" * 5000
    excerpt, marker = check_report.caret_lines(text, 5000, 5006, width=60)
    assert len(excerpt) < 80 and excerpt.startswith("    ...") and excerpt.endswith("...")
    assert excerpt[marker.index("^"):marker.index("^") + 6] == "TARGET"


def test_long_text_carets_one_excerpt_per_finding():
    text = ("a: b > 1 " * 250_000 + "\n") * 2
    findings = [Finding("empty-field", WARNING, "m", 1, (i, i + 3)) for i in range(0, 4_000_000, 40_000)]
    out = check_report.format_text("big.txt", text, findings, carets=True)
    assert out.count("\n") == 3 * len(findings)
    assert max(len(line) for line in out.splitlines()) < 200  # windowed, not the 2 MB line


def test_long_text_carets_linear():
    """Counted work: 4x the line length and 4x the findings make about 4x the work
    (timed at full size by benchmarks/bench_adversarial.py)."""
    from adversarial_inputs import REPORT_TEXTS, run_report
    from counted_work import assert_linear

    assert_linear(run_report, REPORT_TEXTS[0].sized, 40_000, label="format_text with carets")


def test_format_text_lines():
    text = "line one\nline two has a problem\n"
    f = Finding("doubled-word", WARNING, "reduced to one; check the sentence", 2, (14, 15))
    assert check_report.format_text("p.txt", text, [f]) == "p.txt:2:6: warning doubled-word reduced to one; check the sentence\n"
    with_carets = check_report.format_text("p.txt", text, [f], carets=True).splitlines()
    assert with_carets[1:] == ["    line two has a problem", "         ^"]


def test_github_escaping():
    f = Finding("mojibake", ERROR, "100% broken,\nreally: yes", 1, (0, 2))
    out = check_report.format_github("dir,x/a:b.txt", "ab\n", [f])
    assert out == "::error file=dir%2Cx/a%3Ab.txt,line=1,col=1,endLine=1,endColumn=3,title=mojibake::100%25 broken,%0Areally: yes\n"


def test_info_is_a_notice_on_github():
    f = Finding("cjk-residue", INFO, "m", 1, (0, 0))
    assert check_report.format_github("a", "x", [f]).startswith("::notice file=a,line=1,col=1,title=cjk-residue::")


def test_parse_codes_and_select():
    assert check_report.parse_codes(["mojibake,truncated-", " lost-characters "]) == ("mojibake", "truncated-", "lost-characters")
    assert check_report.parse_codes("") == ()
    with pytest.raises(UsageError):
        check_report.parse_codes("truncated-titles")
    fs = [Finding(c, WARNING, "m", 1, (0, 1)) for c in ("truncated-title", "truncated-heading", "mojibake")]
    assert [f.code for f in check_report.select(fs, ("truncated-",), ("truncated-h",))] == ["truncated-title"]
    assert check_report.select(fs) == fs


@pytest.mark.parametrize(
    "severities, threshold, fails",
    [
        ([WARNING, INFO], ERROR, False),
        ([WARNING, ERROR], ERROR, True),
        ([WARNING], WARNING, True),
        ([INFO], WARNING, False),
        ([INFO], INFO, True),
        ([], INFO, False),
    ],
)
def test_fails_threshold(severities, threshold, fails):
    fs = [Finding("mojibake", s, "m", 1, (0, 1)) for s in severities]
    assert check_report.fails(fs, threshold) is fails


# ---------------------------------------------------------------------------
# clean --diff / --check


def test_clean_diff_prints_unified_diff_and_writes_nothing(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(LOST.replace("Position: Home > News", "Position：Home > News"), encoding="utf-8")
    before = p.read_bytes()
    result = runner.invoke(app, ["clean", "--diff", str(p)])
    assert result.exit_code == 0
    out = result.stdout.splitlines()
    assert out[0].startswith(f"--- {p}") and out[1].startswith(f"+++ {p}")
    assert any(ln.startswith("@@ ") for ln in out)
    # the source line against the repaired line, not against the rendered Markdown
    assert "-Position：Home > News" in out and "+Position: Home > News" in out
    assert not any(ln.startswith(("+# ", "+---", "+generator")) for ln in out)
    assert p.read_bytes() == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["page.txt"]


def test_clean_check_exit_1_when_it_would_change(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(LOST, encoding="utf-8")
    before = p.read_bytes()
    result = runner.invoke(app, ["clean", "--check", str(p)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "would be changed" in result.stderr and str(p) in result.stderr
    assert p.read_bytes() == before


def test_clean_check_exit_0_on_its_own_output(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(CLEAN_PAGE, encoding="utf-8")
    md = runner.invoke(app, ["clean", str(p)])
    assert md.exit_code == 0
    cleaned = tmp_path / "page.md"
    cleaned.write_text(md.stdout, encoding="utf-8")
    again = runner.invoke(app, ["clean", "--check", "--diff", str(cleaned)])
    assert again.exit_code == 0, again.stdout
    assert again.stdout == ""


def test_clean_diff_input_without_final_newline(tmp_path):
    p = tmp_path / "page.txt"
    last = "The heads of the villages reported on their plans ,and the town answered."
    p.write_text(CLEAN_PAGE + last, encoding="utf-8")
    result = runner.invoke(app, ["clean", "--diff", str(p)])
    assert result.exit_code == 0
    out = result.stdout.splitlines()
    # the last line, repaired, is one line of its own: nothing glued to it
    assert "-" + last in out
    assert "+The heads of the villages reported on their plans, and the town answered." in out
