"""Patterns first seen on real machine-translated pages, each pinned here in
words written for this project (whole pages are pinned by samples s300-s311)."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE  # noqa: F401  (shared prose)

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.furniture import is_menu_row
from bulletin_tools.segment.header import date_line, is_label_line


def _page(*top: str) -> str:
    return "\n".join([*top, "", PROSE, "", PROSE_2, ""])


def test_headline_printed_twice_is_one_title_and_a_chrome_fix():
    doc = clean_text(_page(TITLE, TITLE))
    assert doc.title.text == TITLE
    assert [f.why for f in doc.fixes if f.rule == "chrome"] == ["repeats the headline above it"]


def test_empty_location_prefix_takes_the_trail_from_the_next_line():
    doc = clean_text(_page("Current position:", "Town News", "", TITLE))
    assert doc.breadcrumb == ("Town News",)
    assert doc.title.text == TITLE


def test_a_spaced_out_breadcrumb_is_not_a_menu_row():
    assert not is_menu_row("Home   >   Notices   >   Content")
    assert is_menu_row("Home  News  Notices  Services  Interaction")
    doc = clean_text(_page("Home   >   Notices   >   Town News", "", TITLE))
    assert doc.breadcrumb == ("Home", "Notices", "Town News")


def test_label_fields_glued_after_the_headline_are_split_off():
    doc = clean_text(_page(f"{TITLE}   2024-03-05"))
    assert doc.title.text == TITLE
    assert doc.metadata.date == "2024-03-05"


def test_an_outlet_before_a_date_label_makes_a_label_row():
    assert is_label_line("(Xinhua) Updated: 2024-03-05 08:15")
    assert is_label_line("lingxi.gov.cn| Updated: March 5, 2024")
    assert not is_label_line("3. Bid opening time: 09:30 on May 30, 2024")  # a numbered item


def test_an_outlet_glued_to_a_date_is_a_date_row_and_kept():
    dt, rest = date_line("dailynews2024-03-05 10:22:31")
    assert (dt.date, dt.time, rest) == ("2024-03-05", "10:22:31", "")
    doc = clean_text(_page(TITLE, "dailynews2024-03-05 10:22:31"))
    assert doc.metadata.date == "2024-03-05"
    assert "dailynews" in str(dict(doc.metadata.extra))


def test_a_line_saying_what_a_photo_shows_is_a_caption_not_the_first_paragraph():
    doc = clean_text(_page(TITLE, "", "An aerial photo shows the cleared channels of Dongpo Village."))
    first = next(b for s in doc.sections for b in s.blocks if b.kind == "paragraph")
    assert first.text.startswith("On Tuesday morning")
    assert any(b.kind == "caption" for s in doc.sections for b in s.blocks)


@pytest.mark.parametrize("line", ["1  2  3  4  >", "Prev 1 2 3 Next", "Prev 1 2 3 4 5 6", "< 1 2 3", "Download Print Comment",
                                  "Video PlayerClose"])
def test_pagination_and_action_rows_are_furniture(line):
    doc = clean_text(_page(TITLE) + "\n" + line + "\n")
    assert line in [f.before for f in doc.fixes if f.rule == "furniture"]


def test_a_row_of_numbers_without_page_arrows_is_kept():
    doc = clean_text(_page(TITLE) + "\n12  34  56\n")
    assert "12  34  56" not in [f.before for f in doc.fixes]


def test_a_document_number_above_the_title_is_metadata():
    doc = clean_text(_page("Ling Zheng Ban Fa [2024] No. 7", "", "Notice of the Lingxi Town Government on Clearing the Channels"))
    assert doc.title.text == "Notice of the Lingxi Town Government on Clearing the Channels"
    assert doc.metadata.extra["document_number"] == "Ling Zheng Ban Fa [2024] No. 7"
