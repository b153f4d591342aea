"""bulletin_tools/segment/bare_numbers.py: a list numbered with bare figures
(`1 Take …`, `2 Ask …`); a whole page pinned by sample s953.  All text
written for this project."""

from __future__ import annotations

from bulletin_tools.segment.bare_numbers import bare_number_runs


def _runs(lines: list[str]) -> dict[int, int]:
    return bare_number_runs(lines, [False] * len(lines))


def test_three_lines_numbered_one_two_three_are_a_list():
    lines = ["We offer these services.", "1 Free rides to the hotels;", "2 A help line;", "3 Sandbags on request."]
    assert _runs(lines) == {1: 2, 2: 2, 3: 2}


def test_two_lines_or_a_broken_count_are_sentences():
    assert _runs(["1 Free rides to the hotels;", "2 A help line;"]) == {}
    assert _runs(["1 Free rides;", "3 Sandbags;", "4 Boats;"]) == {}
    # (a count must start at one: `4 batches failed` opens a sentence)
    assert _runs(["4 Batches failed the test.", "5 Batches passed.", "6 Batches were not tested."]) == {}


def test_a_table_row_or_a_line_with_another_marker_is_no_entry():
    assert _runs(["1 Zhou Lan  Hexi  90", "2 Tan Mei  Hexi  88", "3 Lin Tao  Dongpo  85"]) == {}
    assert bare_number_runs(["1 Free rides;", "2 A help line;", "3 Sandbags."], [False, True, False]) == {}
