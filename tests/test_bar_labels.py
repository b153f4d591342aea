"""Credit rows printing a bar where the colon goes (`Editor | Lin Mei`, issue 11)."""

from __future__ import annotations

import pytest

from bulletin_tools import lexicon
from bulletin_tools.segment.header import find_labels, is_label_line
from bulletin_tools.textmap import MappedText


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(lv.field, lv.value.text) for lv in find_labels(MappedText.identity(text), lexicon.header_labels())]


def test_a_bar_label_opening_its_row_is_read():
    assert _pairs("Author | Gu Minglan") == [("author", "Gu Minglan")]
    assert _pairs("Source | Lakeshore Town Library") == [("source", "Lakeshore Town Library")]
    assert is_label_line("Editor | Tao Jie")


def test_bar_labels_follow_each_other_in_one_row():
    assert _pairs("Editor | Tao Jie Author | Gu Minglan") == [("editor", "Tao Jie"), ("author", "Gu Minglan")]


@pytest.mark.parametrize("row", ["Home | Source | Contact us", "Home | News | Editor | About"])
def test_a_menu_with_a_label_word_inside_is_no_label_row(row):
    assert _pairs(row) == []
    assert not is_label_line(row)


def test_a_colon_row_keeps_its_reading():
    # the bar after a colon label's value is no colon: the value runs on as before
    assert _pairs("Source: Xinhua | Editor | Li Hua") == [("source", "Xinhua | Editor | Li Hua")]


def test_a_bar_needs_spaces_and_a_value():
    assert _pairs("Author|Gu Minglan") == []
    assert _pairs("Author | ") == []
