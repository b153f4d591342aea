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
    # (a day and its month open a diary's entries)
    assert _runs(["12 March Villagers met.", "13 March The dam was checked.", "14 March Rain fell."]) == {}


def test_a_run_may_start_past_one_where_a_table_s_first_row_was_glued_to_its_header():
    lines = ["Name Issuer Date 1 Well Rules County 2015.03.01", "2 Pond Rules County 2016.06.01",
             "3 Ditch Rules County 2018.10.01", "4 Dyke Rules County 2020.01.01"]
    assert _runs(lines) == {0: 0, 1: 2, 2: 2, 3: 2}  # (the glued first row too, its number inside it)


def test_a_table_row_or_a_line_with_another_marker_is_no_entry():
    assert _runs(["1 Zhou Lan  Hexi  90", "2 Tan Mei  Hexi  88", "3 Lin Tao  Dongpo  85"]) == {}
    assert bare_number_runs(["1 Free rides;", "2 A help line;", "3 Sandbags."], [False, True, False]) == {}
