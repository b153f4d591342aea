"""Where a section starts, from the lines around a short line (issue 11; see
bulletin_tools/segment/section_cues.py; whole pages pinned by samples s740,
s741).  All text written for this project."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.section_cues import is_dateline


def _sections(text: str) -> list[tuple[str | None, list[str]]]:
    return [(s.heading, [b.kind for b in s.blocks]) for s in clean_text(text).sections]


@pytest.mark.parametrize("line", [
    "Riverside Evening Post, May 9, 2024",
    "April 30, 2024",
    "from Hill Weekly (山报)June 2, 2023",
    "Lingxi Daily, 2024-03-05",
])
def test_a_source_and_a_date_alone_on_a_line_is_a_dateline(line):
    assert is_dateline(line)


@pytest.mark.parametrize("line", [
    "The fair was held on May 9, 2024",  # a sentence that ends on a date
    "Ferry line reopens",  # no date
    "Riverside Evening Post, May 9, 2024, reported that the ferry line reopened after the flood",  # too long
])
def test_a_sentence_or_a_headline_is_no_dateline(line):
    assert not is_dateline(line)


def test_a_story_headline_over_its_dateline_heads_the_story():
    text = "\n".join([TITLE, "", PROSE, "", "Footbridges repaired in Dongpo Village", "",
                      "Lingxi Evening Post, March 4, 2024", "", PROSE_2, ""])
    assert _sections(text) == [(None, ["paragraph"]),
                               ("Footbridges repaired in Dongpo Village", ["paragraph", "paragraph"])]


def test_a_headline_is_not_glued_to_a_dateline_that_opens_in_lower_case():
    text = "\n".join([TITLE, "", PROSE, "", "Footbridges repaired in Dongpo Village",
                      "from Lingxi Evening Post (灵溪晚报)March 4, 2024", PROSE_2, ""])
    sections = clean_text(text).sections
    assert [s.heading for s in sections] == [None, "Footbridges repaired in Dongpo Village"]
    assert sections[1].blocks[0].text == "from Lingxi Evening Post (灵溪晚报)March 4, 2024"


def test_a_short_title_numbered_on_from_a_list_of_sentences_heads_the_prose_under_it():
    text = "\n".join([TITLE, "", PROSE, "",
                      "1. Several villagers asked for a second footbridge over the main channel.",
                      "2. The water station asked for help to paint the sluice gates before the rains.",
                      "3. Our replies",
                      PROSE_2, ""])
    assert _sections(text) == [(None, ["paragraph", "item", "item"]), ("Our replies", ["paragraph"])]


def test_a_name_and_a_colon_closing_a_list_of_field_rows_heads_the_prose_under_it():
    text = "\n".join([TITLE, "", "1. Opening hours: 9:00 to 17:00", "2. Address: No. 3 Dongpo Road",
                      "3. Admission: Free", "4. About the station:", PROSE, ""])
    assert _sections(text) == [(None, ["item", "item", "item"]), ("About the station:", ["paragraph"])]


def test_a_last_item_worded_like_its_siblings_stays_an_item():
    # (the siblings are short titles too: a list of titles, and the prose after it is no section of the last one)
    text = "\n".join([TITLE, "", PROSE, "", "1. Channel clearing", "2. Sluice gate checks", "3. Footbridge repairs",
                      PROSE_2, ""])
    assert _sections(text) == [(None, ["paragraph", "item", "item", "item", "paragraph"])]


@pytest.mark.parametrize("line", ["Q1: Where do I register my stay?", "Question 2: Who pays the fee?", "Q: Is the hall open on Sundays?"])
def test_a_numbered_question_label_before_a_question_heads_the_answer(line):
    text = "\n".join([TITLE, "", PROSE, "", line, "", PROSE_2, ""])
    assert _sections(text) == [(None, ["paragraph"]), (line, ["paragraph"])]


def test_a_label_before_a_question_mark_is_still_a_field_row():
    text = "\n".join([TITLE, "", PROSE, "", "Reporter: who asked?", "", PROSE_2, ""])
    assert [heading for heading, _ in _sections(text)] == [None]


@pytest.mark.parametrize("line", [
    "(Picture 2) The town hands the certificate to the volunteers",
    "Volunteers repair the footbridge (图1)",
    "[Photo 3] The sluice gate after the repair",
])
def test_a_line_opened_or_closed_by_a_picture_number_is_a_caption(line):
    text = "\n".join([TITLE, "", PROSE, "", line, "", PROSE_2, ""])
    assert _sections(text) == [(None, ["paragraph", "caption", "paragraph"])]


def test_a_sentence_pointing_to_a_figure_stays_a_paragraph():
    line = "The sluice gates of the village now close within a minute, as the chart shows (Figure 1)."
    text = "\n".join([TITLE, "", PROSE, "", line, "", PROSE_2, ""])
    assert _sections(text) == [(None, ["paragraph", "paragraph", "paragraph"])]
