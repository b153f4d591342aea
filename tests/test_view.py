"""``segment --view``: rows labelled from the Bulletin's spans, and their rendering."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bulletin_tools.cli import app
from bulletin_tools.model import (
    WARNING,
    Block,
    Bulletin,
    Finding,
    Fix,
    Footer,
    Metadata,
    Section,
    TextPart,
)
from bulletin_tools.render.segment_view import BLANK, BREADCRUMB, FURNITURE, OTHER, Row, render_plain, view_rows

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_517fc5acc2ab6940.txt"

LINES = [
    "Position: Home > Town news",          # 1 breadcrumb
    "",                                    # 2
    "Wells repaired in Dongshan",          # 3 title
    "Author: 小编  Date: 2024-01-02",       # 4 metadata
    "Summary: The town repaired",          # 5 description
    "[Print] [Close]",                     # 6 furniture
    "The town repaired twelve wells",      # 7 lead paragraph, first line
    "before the dry season began.",        # 8 … continued
    "Work in the villages. First, the",    # 9 heading + item on one line
    "   ",                                 # 10 whitespace only
    "Second, the pumps were replaced.",    # 11 item
    "Unplaced text",                       # 12 covered by no part
    "Copyright 2024 Dongshan Town",        # 13 footer
]
TEXT = "\n".join(LINES) + "\n"


def span_of(line: int, sub: str | None = None) -> tuple[int, int]:
    """Span of ``sub`` in 1-based ``line`` of TEXT (the whole line when None)."""
    start = sum(len(x) + 1 for x in LINES[: line - 1])
    s = LINES[line - 1]
    if sub is None:
        return start, start + len(s)
    i = s.index(sub)
    return start + i, start + i + len(sub)


def build() -> Bulletin:
    lead = Block("paragraph", "The town repaired twelve wells before the dry season began.",
                 (span_of(7)[0], span_of(8)[1]))
    item1 = Block("item", "First, the …", (span_of(9, "First")[0], span_of(9)[1]))
    item2 = Block("item", "Second, the pumps were replaced.", span_of(11))
    return Bulletin(
        input="t.txt", encoding="utf-8", language="en",
        breadcrumb=("Home", "Town news"),
        title=TextPart("Wells repaired in Dongshan", "Wells repaired in Dongshan", False, False, span_of(3)),
        metadata=Metadata(author="Editor", date="2024-01-02", span=span_of(4)),
        description=TextPart("The town repaired", "The town repaired", False, False, span_of(5, "The town")),
        sections=(
            Section(None, False, lead.span, (lead,)),
            Section("Work in the villages", False, (span_of(9)[0], span_of(11)[1]), (item1, item2)),
        ),
        footer=Footer(copyright="2024 Dongshan Town", lines=(LINES[12],), span=span_of(13)),
        fixes=(
            Fix("cjk-residue", "小编", "Editor", span_of(4, "小编")),
            Fix("furniture", LINES[5], "", span_of(6)),
            Fix("whitespace", "\u00a0", " ", span_of(11, " ")),
            Fix("whitespace", "\u00a0", " ", span_of(7, " ")),
            Fix("whitespace", "\u00a0", " ", (span_of(7, " ")[0] + 4, span_of(7, " ")[0] + 5)),
        ),
        findings=(Finding("truncated-title", WARNING, "title looks cut off; check it", 3, span_of(3)),),
    )


def test_every_line_gets_its_part():
    rows = view_rows(TEXT, build())
    assert [r.number for r in rows] == list(range(1, len(LINES) + 1))
    assert [r.label for r in rows] == [
        BREADCRUMB, BLANK, "title", "metadata", "description", FURNITURE,
        "section 1 paragraph", "section 1 paragraph", "section 2 heading + item", BLANK,
        "section 2 item", OTHER, "footer",
    ]
    assert [r.text for r in rows] == LINES


def test_notes_carry_fixes_and_findings_of_their_line():
    rows = view_rows(TEXT, build())
    assert rows[2].notes == ("warning truncated-title: title looks cut off; check it",)
    assert rows[3].notes == ("fix cjk-residue: '小编' → 'Editor'",)
    # the furniture fix is the label, not a note; invisible whitespace is spelled out and counted
    assert rows[5].notes == ()
    assert rows[6].notes == ("fix whitespace: '\\u00a0' → ' ' (×2)",)
    assert rows[11].notes == ()


def test_rows_are_plain_tuples():
    row = view_rows(TEXT, build())[2]
    assert isinstance(row, tuple) and isinstance(row, Row)
    number, label, text, notes = row
    assert (number, label, text) == (3, "title", "Wells repaired in Dongshan")


def test_crlf_and_missing_final_newline():
    text = TEXT.replace("\n", "\r\n").rstrip("\r\n")
    shift = lambda s: (s[0] + TEXT.count("\n", 0, s[0]), s[1] + TEXT.count("\n", 0, s[1]))  # noqa: E731
    doc = build()
    doc = Bulletin(
        input=doc.input, encoding=doc.encoding, language=doc.language, breadcrumb=doc.breadcrumb,
        title=TextPart(doc.title.text, doc.title.original, False, False, shift(doc.title.span)),
        metadata=Metadata(span=shift(doc.metadata.span)), description=None, sections=(),
        footer=Footer(lines=("x",), span=shift(doc.footer.span)), fixes=(), findings=(),
    )
    rows = view_rows(text, doc)
    assert len(rows) == len(LINES)
    assert rows[2].label == "title" and rows[3].label == "metadata" and rows[12].label == "footer"
    assert all("\r" not in r.text for r in rows)


def test_render_plain_has_no_escape_codes_and_indents_notes():
    rows = [Row(1, "title", "A title", ("warning truncated-title: cut",)),
            Row(2, "not in output", "evil \x1b[31m text\x00", ())]
    out = render_plain(rows, title="in.txt")
    assert "\x1b" not in out and "\x00" not in out
    lines = out.splitlines()
    assert lines[0] == "==> in.txt <=="
    assert lines[1].startswith("1  title") and lines[1].endswith("A title")
    assert lines[2].lstrip() == "↳ warning truncated-title: cut"
    assert lines[2].index("↳") == lines[1].index("A title")
    assert "\\x1b[31m" in lines[3]


def test_empty_text():
    doc = Bulletin(None, None, None, (), None, Metadata(), None, (), Footer(), (), ())
    assert view_rows("", doc) == []
    assert render_plain([]) == ""


def _seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not present")
    return SEED.read_text(encoding="utf-8")


def test_seed_view_from_the_pipeline():
    import bulletin_tools

    text = _seed_text()
    rows = view_rows(text, bulletin_tools.clean(text))
    labels = {r.number: r.label for r in rows}
    assert len(rows) == text.count("\n") + (not text.endswith("\n"))
    assert labels[1] == BREADCRUMB
    assert labels[3] == "title"
    assert labels[5] == "metadata"
    assert labels[7] == "description"
    assert labels[9] == "section 1 paragraph"
    assert labels[11].startswith("section 2 heading")
    assert labels[17] == "footer"
    assert OTHER not in labels.values()
    assert any("truncated-title" in n for n in rows[2].notes)


runner = CliRunner()


def test_cli_view_is_plain_when_not_a_terminal(tmp_path):
    text = _seed_text()
    result = runner.invoke(app, ["segment", "--view", "-"], input=text, env={"NO_COLOR": "", "FORCE_COLOR": ""})
    assert result.exit_code == 0, result.output
    assert "\x1b[" not in result.stdout
    assert result.stdout.startswith("==> - <==\n")
    assert "  title  " in result.stdout


def test_cli_view_force_color_and_no_color():
    text = _seed_text()
    coloured = runner.invoke(app, ["segment", "--view", "-"], input=text, env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert coloured.exit_code == 0
    assert "\x1b[" in coloured.stdout
    plain = runner.invoke(app, ["segment", "--view", "-"], input=text, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert plain.exit_code == 0
    assert "\x1b[" not in plain.stdout


def test_cli_view_output_file_and_out_dir(tmp_path):
    src = tmp_path / "page.txt"
    src.write_text("Town notice\n\n" + "The town held a meeting on the work of the year and the plans of each village.\n",
                   encoding="utf-8")
    out = tmp_path / "view.txt"
    result = runner.invoke(app, ["segment", "--view", str(src), "-o", str(out)], env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0
    assert result.stdout == ""
    written = out.read_text(encoding="utf-8")
    assert "\x1b[" not in written and "title" in written
    bad = runner.invoke(app, ["segment", "--view", str(src), "--out-dir", str(tmp_path / "o")])
    assert bad.exit_code == 2
    assert "--out-dir" in bad.stderr


def test_cli_view_bad_input_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("Town notice\n\nThe town held a meeting on the work of the year.\n", encoding="utf-8")
    result = runner.invoke(app, ["segment", "--view", str(empty), str(good)])
    assert result.exit_code == 3
    assert f"==> {good} <==" in result.stdout
    assert str(empty) in result.stderr


def test_line_removed_by_another_fix_is_labelled_with_its_rule():
    doc = build()
    dup = Fix("duplicate-paragraph", LINES[11], "", span_of(12))
    doc = Bulletin(doc.input, doc.encoding, doc.language, doc.breadcrumb, doc.title, doc.metadata,
                   doc.description, doc.sections, doc.footer, doc.fixes + (dup,), doc.findings)
    row = view_rows(TEXT, doc)[11]
    assert row.label == "removed duplicate-paragraph"
    assert row.notes == ("fix duplicate-paragraph: 'Unplaced text' → removed",)


@pytest.mark.parametrize("trail", [
    "Home\n>\nOpen Government\n>\nMarket Supervision\n",
    "Home >\nOpen Government >\nMarket Supervision\n",
])
def test_a_trail_broken_over_lines_is_labelled_breadcrumb_on_every_line(trail):
    import bulletin_tools

    text = (trail + "Qiaotou market bureau checks the scales of the morning market\nRelease time: 2024-07-22\n"
            "Inspectors checked the scales of all forty stalls at the town's morning market on Monday and sealed two.\n")
    doc = bulletin_tools.clean(text)
    assert doc.breadcrumb == ("Home", "Open Government", "Market Supervision")
    rows = view_rows(text, doc)
    pieces = trail.count("\n")
    assert [r.label for r in rows[:pieces]] == [BREADCRUMB] * pieces
    assert rows[pieces].label == "title"
