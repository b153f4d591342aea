"""bulletin_tools/segment/word_numbers.py: a list numbered in words of mixed
forms (`First, …` / `Two, …` / `Three …`); a whole page pinned by sample
s1300.  All text written for this project."""

from __future__ import annotations

from bulletin_tools.segment.body import marker
from bulletin_tools.segment.word_numbers import word_number_runs


def _runs(lines: list[str]) -> dict[int, int]:
    return word_number_runs(lines, [m[0] if (m := marker(s)) else None for s in lines])


def test_mixed_number_words_numbered_on_by_one_are_a_list():
    lines = ["The office changes three things.", "First, slots are booked online;", "Two, trucks share a declaration;",
             "Three other rules stay as they are.", "Thank you."]
    assert _runs(lines) == {1: 7, 2: 5, 3: 6}


def test_chain_links_on_lines_of_their_own_are_a_list():
    lines = ["two is to check the dykes weekly.", "three is to train the wardens.", "four is to report every leak."]
    assert set(_runs(lines)) == {0, 1, 2}


def test_two_lines_a_broken_count_or_one_marker_style_are_left_alone():
    assert _runs(["First, slots are booked online;", "Two, trucks share a declaration;"]) == {}
    assert _runs(["First, slots;", "Three trucks;", "Four gates."]) == {}
    # (the marker rules already read a list whose lines share the ordinal style)
    assert _runs(["First, slots;", "Second, trucks;", "Third, gates."]) == {}
    # (a hyphen makes another word: `One-stop`)
    assert _runs(["One-stop desks open;", "Two, trucks;", "Three gates."]) == {}
