"""HTML residue, duplicated paragraphs and spam lines."""

from __future__ import annotations

import pytest

import bulletin_tools
from bulletin_tools.model import Edit
from bulletin_tools.repair.base import Context
from bulletin_tools.repair.markup import fix_markup
from bulletin_tools.textmap import MappedText


@pytest.mark.parametrize("before, after", [
    ("<p>The town held a meeting.</p>", "The town held a meeting."),
    ("First line<br/>second", "First linesecond"),
    ("<strong>Most questions</strong> were about fees", "Most questions were about fees"),
    ("Fish &amp; chips&nbsp;today", "Fish & chips today"),
    ('<a href="http://x.example/a?b=c">link</a>', "link"),
])
def test_markup_removed(before, after):
    edits, _ = fix_markup(before, Context())
    assert MappedText.identity(before).apply(edits)[0].text == after
    assert all(isinstance(e, Edit) and e.rule == "html-tag" for e in edits)


@pytest.mark.parametrize("text", ["if a < b and c > d", "the <Party> committee", "AT&T and R&D", "5 < 6"])
def test_text_that_only_looks_like_markup_is_kept(text):
    assert fix_markup(text, Context())[0] == []


def test_duplicate_paragraph_removed_and_recorded():
    para = "The social work station held a free legal consultation for the residents of the community."
    doc = bulletin_tools.clean(f"A Title For The Test\n\n{para}\n\nSomething else happened in the town later.\n\n{para}\n")
    texts = [b.text for s in doc.sections for b in s.blocks]
    assert texts.count(para) == 1
    assert any(f.rule == "duplicate-paragraph" and f.before == para for f in doc.fixes)


def test_spam_flagged_not_removed():
    doc = bulletin_tools.clean(
        "A Title For The Test\n\nThe town held its meeting on Monday and many people came.\n\n"
        "Win big at the online casino tonight!!!\n\nThe meeting ended at noon with a short speech.\n")
    assert any(f.code == "spam" for f in doc.findings)
    assert "online casino" in bulletin_tools.to_markdown(doc)


@pytest.mark.parametrize("before, after", [
    ("| Hexi opens three night clinics |", "Hexi opens three night clinics"),
    ("|Date: 2024-10-08 | Source: Hexi|", "Date: 2024-10-08 | Source: Hexi"),
    ("｜ 河西县夜间门诊 ｜", "河西县夜间门诊"),
])
def test_a_layout_tables_border_is_removed(before, after):
    from bulletin_tools.repair.markup import fix_table_border

    edits, _ = fix_table_border(before, Context())
    assert MappedText.identity(before).apply(edits)[0].text == after
    assert {e.rule for e in edits} == {"table-border"}


@pytest.mark.parametrize("line", ["Hexi | Lanxi", "||||||", "| only a bar at the start", "a bar at the end |"])
def test_a_line_without_a_border_on_both_ends_is_left(line):
    from bulletin_tools.repair.markup import fix_table_border

    assert fix_table_border(line, Context()) == ([], [])


def test_a_row_value_ends_at_a_spaced_bar():
    # `Posted by: admin | 2024-10-08 | Village News`: the writer, then the date,
    # then the column (a menu's word, no outlet)
    doc = bulletin_tools.clean("Hexi Opens Night Clinics\nPosted by: editor01 | 2024-10-08 | Village News\n"
                               "On October 7, three night clinics opened in the industrial park of Hexi County.\n")
    assert (doc.metadata.author, doc.metadata.date, doc.metadata.source) == ("editor01", "2024-10-08", None)
