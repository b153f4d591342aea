"""Headings on real pages: short lines that are not headings, and headings
that do not look like one at first (issue 11; whole pages pinned by samples
s420-s449).  All text written for this project."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.heading_shape import ends_dangling, never_a_heading
from bulletin_tools.segment.lead import byline
from bulletin_tools.textmap import MappedText


def _headings(text: str) -> list[str | None]:
    return [s.heading for s in clean_text(text).sections]


def _between_paragraphs(line: str) -> str:
    return "\n".join([TITLE, "", PROSE, "", line, "", PROSE_2, ""])


def test_a_byline_naming_three_people_with_a_serial_comma_is_read_as_a_byline():
    fields = byline(MappedText.identity("County Radio reporters Zhao Min, Peng Lei, and Xu Dan"))
    assert fields is not None
    assert [(f.field, f.value.text) for f in fields][-1] == ("extra:reporter", "Zhao Min, Peng Lei, and Xu Dan")


@pytest.mark.parametrize("line", [
    "Evening News reporters Zhao Min, Peng Lei, and Xu Dan",  # a byline
    "Ling Shui Ban [2024] No. 17",  # a document number
    "According to the",  # a sentence cut by the page
    "It is reported that",
])
def test_short_lines_between_paragraphs_that_are_not_headings(line):
    assert never_a_heading(MappedText.identity(line))
    assert _headings(_between_paragraphs(line)) == [None]


@pytest.mark.parametrize("line", ["Work progress", "Things to pay attention to", "A visit to Tai'an", "Help for"])
def test_headings_that_end_on_a_preposition_or_a_place_stay_headings(line):
    assert not never_a_heading(MappedText.identity(line))
    assert _headings(_between_paragraphs(line)) == [None, line]


def test_ends_dangling_needs_a_whole_last_word():
    assert ends_dangling("Since the")
    assert not ends_dangling("Kindergartens open again in Xi'an")
    assert not ends_dangling("What is the plan?")
