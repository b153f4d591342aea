"""Headings that real pages decorate, close with a colon or set over a
paragraph opening in lower case (issue 11; whole pages pinned by samples
s600-s603).  All text written for this project."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.heading_shape import decoration_end, is_colon_heading


def _sections(text: str):
    return clean_text(text).sections


def _page(*lines: str) -> str:
    return "\n\n".join([TITLE, *lines]) + "\n"


def test_a_bar_before_a_heading_between_paragraphs_is_its_decoration():
    sections = _sections(_page(PROSE, "| Local Crafts", PROSE_2))
    assert [s.heading for s in sections] == [None, "Local Crafts"]


def test_a_row_of_bars_is_no_decorated_heading():
    assert decoration_end("| Local Crafts") == 2
    assert decoration_end("•Main results") == 1
    assert decoration_end("|Home|News|Services") == 0
    assert decoration_end("Local Crafts") == 0


def test_a_lone_bulleted_line_over_prose_heads_its_section_without_the_bullet():
    sections = _sections(_page(PROSE, "• Results of the Year", PROSE_2))
    assert [s.heading for s in sections] == [None, "Results of the Year"]


def test_a_lone_bulleted_line_over_ordinal_paragraphs_heads_them():
    sections = _sections(_page("• Results of the Year", "First, " + PROSE_2, "Second, " + PROSE))
    assert [s.heading for s in sections] == ["Results of the Year"]


def test_bulleted_lines_side_by_side_stay_a_list():
    sections = _sections(_page(PROSE, "• Wells repaired", "• Roads paved", "• Lamps installed", PROSE_2))
    assert [s.heading for s in sections] == [None]
    assert [b.kind for b in sections[0].blocks].count("item") == 3


@pytest.mark.parametrize("line", ["Main Duties:", "Sichuan Province:", "Scope of Work:"])
def test_capitalised_words_closed_by_a_colon_are_a_heading_shape(line):
    assert is_colon_heading(line)


@pytest.mark.parametrize("line", [
    "Note:",  # one word: a label
    "Source:",
    "Release time:",  # a known field label
    "The details are as follows:",  # a sentence announcing a list
    "Main duties of the bureau include:",
])
def test_labels_and_sentences_closed_by_a_colon_are_not(line):
    assert not is_colon_heading(line)


def test_a_colon_heading_over_a_numbered_list_at_the_top_of_the_body_heads_it():
    items = [f"{n}. To {verb} the archives of the city's departments." for n, verb in
             enumerate(("collect", "keep", "open"), 1)]
    sections = _sections(_page("Main Duties:", *items))
    assert [s.heading for s in sections] == ["Main Duties:"]
    assert [b.kind for b in sections[0].blocks] == ["item"] * 3


def test_a_sentence_closed_by_a_colon_over_a_list_stays_a_paragraph():
    items = [f"{n}. To {verb} the archives of the city's departments." for n, verb in
             enumerate(("collect", "keep", "open"), 1)]
    sections = _sections(_page(PROSE, "The duties are as follows:", *items))
    assert [s.heading for s in sections] == [None]


_LOWER_PARAGRAPH = (
    "mainly clears the rubbish heaped along the lanes, the straw piled at the doorways and the broken "
    "building materials left beside the ponds, and the teams have carried away 230 tonnes of waste."
)


def test_a_short_heading_over_a_paragraph_opening_in_lower_case_is_not_joined_to_it():
    sections = _sections(_page(PROSE, "The campaign for the renewal of the village surroundings", _LOWER_PARAGRAPH))
    assert [s.heading for s in sections] == [None, "The campaign for the renewal of the village surroundings"]
    assert sections[1].blocks[0].text.startswith("mainly clears")


@pytest.mark.parametrize("line", [
    "The campaign for the renewal of the surroundings of",  # a dangling last word: a wrapped sentence
    "The village teams cleared the lanes, the doorways, the ponds, the squares and the banks of the two rivers",  # long
])
def test_a_wrapped_line_is_still_joined_to_its_lower_case_continuation(line):
    sections = _sections(_page(PROSE, line, _LOWER_PARAGRAPH))
    assert [s.heading for s in sections] == [None]
    assert any(b.text.startswith(line) and "mainly clears" in b.text for b in sections[0].blocks)


def test_a_heading_broken_in_two_short_lines_over_prose_is_one_heading():
    sections = _sections(_page(PROSE, "Learning how the tea terraces", "are kept alive in the dry season", PROSE_2))
    assert [s.heading for s in sections] == [None, "Learning how the tea terraces are kept alive in the dry season"]


def test_two_short_lines_over_a_short_line_are_not_joined_into_a_heading():
    sections = _sections(_page(PROSE, "Learning how the tea terraces", "are kept alive", "Tea Farm"))
    assert all(s.heading != "Learning how the tea terraces are kept alive" for s in sections)


def test_a_name_of_words_before_a_colon_then_a_lower_case_title_is_a_heading():
    line = "Up the valley road: the county race becomes one that runners plan their year around"
    assert [s.heading for s in _sections(_page(PROSE, line, PROSE_2))] == [None, line]


@pytest.mark.parametrize("line", [
    "Note: the hall opens at nine and closes at five on weekdays",  # a one-word label
    "Source: the office of the county government of Lingxi",  # a known label
])
def test_a_label_before_a_lower_case_value_stays_a_paragraph(line):
    assert [s.heading for s in _sections(_page(PROSE, line, PROSE_2))] == [None]


def test_lines_numbered_with_a_comma_are_a_numbered_list():
    from bulletin_tools.ordinals import split_ordinal

    lines = [f"{n}, an enterprise of the park pays {p}% of the land price." for n, p in ((1, 85), (2, 70), (3, 60))]
    sections = _sections(_page(PROSE, *lines))
    items = [b for b in sections[0].blocks if b.kind == "item"]
    assert [(b.number, b.text[:13]) for b in items] == [(1, "an enterprise"), (2, "an enterprise"), (3, "an enterprise")]
    found = split_ordinal("2, an enterprise")
    assert found is not None and (found.marker, found.number) == ("2,", 2)


@pytest.mark.parametrize("line", ["15, 000 people attended the fair in the square.", "2024, the year the bridge opened."])
def test_a_number_cut_by_a_comma_is_no_marker(line):
    from bulletin_tools.segment.body import marker

    assert marker(line) is None
