"""bulletin_tools/segment/wrap_width.py: the width a page was hard-wrapped
at; a whole page pinned by sample s958."""

from __future__ import annotations

from bulletin_tools.segment.wrap_width import fills, wrap_width


def test_lines_of_nearly_one_length_give_the_width():
    assert wrap_width([74, 75, 78, 59, 75, 77, 76, 25, 76, 76, 77]) == 77


def test_a_page_of_whole_paragraphs_or_short_lines_is_not_wrapped():
    assert wrap_width([320, 15, 410, 280, 60, 530, 22, 300, 250]) is None  # whole paragraphs
    assert wrap_width([12, 30, 9, 75, 14, 20, 8, 16, 11]) is None  # a menu and a few lines
    assert wrap_width([70, 72, 75]) is None  # too few lines to tell
    assert wrap_width([5] * 40) is None  # a column of `* * *` rules


def test_a_heading_does_not_fill_the_width():
    assert fills(70, 77) and not fills(25, 77) and not fills(70, None)
