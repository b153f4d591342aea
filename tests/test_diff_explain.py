"""``clean --diff`` (source lines against repaired lines), ``--explain`` (trivial fixes counted,
invisible characters named) and ``--color`` (issue 12)."""

from __future__ import annotations

import doctest

from typer.testing import CliRunner

from bulletin_tools import explain, textdiff
from bulletin_tools.cli import app
from bulletin_tools.explain import explain_lines, is_trivial, visible
from bulletin_tools.model import Fix

runner = CliRunner()

PAGE = (
    "Position: Home > News\n"
    "\n"
    "Qingshui Town holds a meeting on winter heating\n"
    "\n"
    "Author:小编  Release time: 2023-11-02\n"
    "\n"
    "   The meeting was held in the town hall , and the head of the office spoke about the plans for the winter.\n"
    "\u3000\u3000Each village will check the boilers of its schools before the first snow.\n"
    "\n"
    "[Print]  [Close]\n"
)


def _page(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    return p


def test_diff_shows_repairs_and_removed_furniture(tmp_path):
    result = runner.invoke(app, ["clean", "--diff", str(_page(tmp_path))])
    assert result.exit_code == 0
    out = result.stdout.splitlines()
    assert "-Author:小编  Release time: 2023-11-02" in out
    assert "+Author:Editor  Release time: 2023-11-02" in out
    assert "-[Print]  [Close]" in out
    assert not any("[Print]" in ln for ln in out if ln.startswith("+"))  # removed, not replaced
    assert not any(ln.startswith("+#") or ln.startswith("+---") for ln in out)  # no Markdown in the diff
    unchanged = [ln for ln in out if ln.startswith(" ")]
    assert " Qingshui Town holds a meeting on winter heating" in unchanged


def test_diff_is_plain_when_piped_and_coloured_with_color_always(tmp_path):
    p = _page(tmp_path)
    plain = runner.invoke(app, ["clean", "--diff", str(p)], env={"NO_COLOR": "", "FORCE_COLOR": ""})
    assert "\x1b[" not in plain.stdout
    coloured = runner.invoke(app, ["clean", "--diff", "--color", "always", str(p)])
    assert "\x1b[31m-[Print]  [Close]\x1b[0m" in coloured.stdout
    assert "\x1b[32m+" in coloured.stdout
    never = runner.invoke(app, ["clean", "--diff", "--color", "never", str(p)], env={"FORCE_COLOR": "1"})
    assert "\x1b[" not in never.stdout


def test_view_coloured_through_a_pipe_with_color_always(tmp_path):
    p = _page(tmp_path)
    result = runner.invoke(app, ["segment", "--view", "--color", "always", str(p)], env={"NO_COLOR": "1"})
    assert result.exit_code == 0
    assert "\x1b[" in result.stdout
    plain = runner.invoke(app, ["segment", "--view", "--color", "never", str(p)], env={"FORCE_COLOR": "1"})
    assert "\x1b[" not in plain.stdout


def test_explain_counts_trivial_fixes_and_lists_the_rest(tmp_path):
    result = runner.invoke(app, ["clean", "--explain", str(_page(tmp_path))])
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert not any("fix whitespace" in ln for ln in lines)
    assert not any("fix punctuation-spacing" in ln for ln in lines)
    summary = [ln for ln in lines if "whitespace-only" in ln]
    assert len(summary) == 1 and "whitespace" in summary[0]
    assert any("fix cjk-residue: '小编' -> 'Editor'" in ln for ln in lines)
    assert any("fix furniture: '[Print]  [Close]' -> removed" in ln for ln in lines)


def test_visible_names_invisible_characters():
    assert visible("\u3000a\u00a0b") == "'<U+3000>a<NBSP>b'"
    assert visible("x\u200by") == "'x<ZWSP>y'"
    assert visible("\x00") == "'<U+0000>'"


def test_a_fix_that_prints_the_same_is_trivial_or_shown_apart():
    assert is_trivial(Fix("punctuation-spacing", ".", ". ", (0, 1)))
    assert is_trivial(Fix("whitespace", "\u3000\u3000", "", (0, 2)))
    assert not is_trivial(Fix("fullwidth-punctuation", "．", ".", (0, 1)))
    lines = explain_lines("p.txt", "a\u200b\u00a0b", [Fix("zero-width", "\u200b", "", (1, 2)),
                                                     Fix("whitespace", "\u00a0", " ", (2, 3))])
    assert lines[0] == "p.txt:1:2: fix zero-width: '<ZWSP>' -> removed"
    assert lines[1].startswith("p.txt: 1 whitespace-only fix not listed (whitespace 1")


def test_doctests_pass():
    assert doctest.testmod(explain).failed == 0
    assert doctest.testmod(textdiff).failed == 0
