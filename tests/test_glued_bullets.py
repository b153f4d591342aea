"""bulletin_tools/segment/glued_bullets.py: a list bulleted with a hyphen
glued to each entry (`-pave …` / `-widen …`); a whole page pinned by sample
s1301.  All text written for this project."""

from __future__ import annotations

from bulletin_tools.segment.glued_bullets import glued_bullet_runs, next_glued_entry


def _runs(lines: list[str]) -> set[int]:
    return glued_bullet_runs(lines, [False] * len(lines))


def test_lines_side_by_side_opening_with_a_glued_hyphen_are_a_list():
    lines = ["The plan names three aims:", "-pave the hill tracks;", "-widen the bends;", "–light the bridges.", "Done."]
    assert _runs(lines) == {1, 2, 3}


def test_one_line_or_a_figure_after_the_hyphen_is_no_list():
    assert _runs(["Some text.", "-pave the hill tracks;", "Other text."]) == set()
    assert _runs(["-5 degrees at night;", "-3 degrees by day."]) == set()
    assert glued_bullet_runs(["-pave;", "-widen."], [True, False]) == set()


def test_an_entry_ending_in_and_does_not_swallow_the_next_entry():
    assert next_glued_entry("-train a road warden in each township; and,", "-keep a fund for repairs.")
    assert not next_glued_entry("train a road warden in each township and", "-keep a fund for repairs.")
