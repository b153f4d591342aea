"""The title family on real pages (issue 11): dates printed after the
headline in forms the numeric tail rule missed, and the other title rules
of the real-page tuning.  Each case is written for this project."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.title_tails import date_tail_start

HEADLINE = "Farm machinery reaches every village of Hexi County"


def _page(*top: str) -> str:
    return "\n".join([*top, "", PROSE, "", PROSE_2, ""])


@pytest.mark.parametrize("tail, date", [
    ("Mar 24, 2018", "2018-03-24"),
    ("March 24, 2018", "2018-03-24"),
    ("24 March 2018", "2018-03-24"),
    ("(01/11/2010)", "2010-01-11"),
])
def test_a_date_after_the_headline_is_split_off_as_the_date(tail, date):
    doc = clean_text(_page(f"{HEADLINE} {tail}"))
    assert doc.title.text == HEADLINE
    assert doc.metadata.date == date


@pytest.mark.parametrize("title", [
    "The county's flood season starts on Mar 24, 2018",  # the date is the headline's own
    "Law of Hexi County on Forest Fire Prevention (June 10, 2021)",  # a named date in brackets: an adoption date
    "Report on the Work of the County Government——February 24, 2021",
])
def test_a_date_that_belongs_to_the_headline_stays(title):
    assert date_tail_start(title) is None
    doc = clean_text(_page(title))
    assert doc.title.text.endswith(title[-8:]) and doc.metadata.date is None


def test_a_date_label_glued_in_lower_case_to_the_headline_is_a_field():
    doc = clean_text(_page(f"{HEADLINE}release time:2022-02-21"))
    assert doc.title.text == HEADLINE
    assert doc.metadata.date == "2022-02-21"


def test_a_glued_lower_case_word_without_a_date_after_it_stays():
    title = "Volunteers of Hexi County clean the river banks before the release time"
    assert clean_text(_page(title)).title.text == title


@pytest.mark.parametrize("number", ["1. ", "VI. ", "(3) ", "二、"])
def test_a_list_number_before_the_headline_is_cut_and_recorded(number):
    doc = clean_text(_page(f"{number}{HEADLINE}"))
    assert doc.title.text == HEADLINE
    assert [f.before.strip() for f in doc.fixes if f.why == "a list number before the headline"] == [number.strip()]


@pytest.mark.parametrize("title", ["A. Hexi County Overview", "10 measures to help the farmers of Hexi County", "1. Overview"])
def test_a_letter_a_count_or_a_one_word_rest_keeps_the_number(title):
    assert clean_text(_page(title)).title.text == title


def test_an_entity_capitalised_by_a_title_casing_translator_is_decoded():
    from bulletin_tools.repair.markup import fix_markup

    edits, _ = fix_markup("Bridges First &Nbsp; Hexi Town Repairs Footbridges", None)
    assert [(e.start, e.end, e.after) for e in edits] == [(14, 20, " ")]


def test_a_credit_and_a_date_under_a_complete_headline_are_a_field_row():
    doc = clean_text(_page(HEADLINE, "Ruth Ames | 05/13/2019"))
    assert doc.title.text == HEADLINE
    assert doc.metadata.date == "2019-05-13"


def test_a_document_number_under_a_complete_headline_is_metadata():
    title = "Notice of Hexi County on the Seasonal Grazing Ban in the Northern Pastures"
    doc = clean_text(_page(title, "He Fu Gui [2024] No. 3"))
    assert doc.title.text == title
    assert doc.metadata.extra["document_number"] == "He Fu Gui [2024] No. 3"


def test_the_headline_restated_with_more_words_is_the_description():
    doc = clean_text(_page(HEADLINE, f"{HEADLINE} (three cases from 2023)"))
    assert doc.title.text == HEADLINE
    assert doc.description.text == f"{HEADLINE} (three cases from 2023)"


@pytest.mark.parametrize("top, title", [
    (["Notice of the Lanxi County Water Bureau", "on Clearing Irrigation Channels before Spring Sowing"],
     "Notice of the Lanxi County Water Bureau on Clearing Irrigation Channels before Spring Sowing"),
    (["Dongshan County People's Government Office", "Notice on Doing a Good Job in Spring Farmland Water Conservancy"],
     "Dongshan County People's Government Office Notice on Doing a Good Job in Spring Farmland Water Conservancy"),
    (["A Delegation Led by the Vice Director of", "Hexi High-Tech Zone Visits the Park"],
     "A Delegation Led by the Vice Director of Hexi High-Tech Zone Visits the Park"),
])
def test_a_headline_wrapped_over_two_lines_is_still_joined(top, title):
    assert clean_text(_page(*top)).title.text == title


def test_a_headline_with_its_date_row_under_it_is_not_displaced_by_the_heading_below():
    from pathlib import Path

    page = (Path(__file__).parent.parent / "samples" / "s618-tea-garden-visit-headline-over-date-row.txt").read_text()
    doc = clean_text(page)
    assert doc.title.text == "Joint Progress of Town and Enterprise"
    assert doc.metadata.date == "2019-04-22"


def test_a_column_name_over_the_headline_still_yields_to_it():
    from bulletin_tools.segment.title_fields_under import headline_over_its_fields

    texts = ["Company news", "", HEADLINE, "Views: 1010 Date: 2018-09-21", "", PROSE]
    assert not headline_over_its_fields(texts, [0, 2, 3, 5], 0, 2)  # (the row is under the headline, not the column)
    assert headline_over_its_fields(texts, [0, 2, 3, 5], 2, 5)


def test_a_chinese_original_opening_with_a_year_goes_to_title_chinese():
    doc = clean_text(_page(f"2023年留学生寒假安全提示 {HEADLINE}"))
    assert doc.title.text == HEADLINE
    assert doc.metadata.extra["title_chinese"] == "2023年留学生寒假安全提示"


@pytest.mark.parametrize("title, cut", [
    ("The hospital held a study meeting of the Party C", True),
    ("Hexi orchards spring back to life under strict E", True),
    ("Reports of the county environment bureau i", True),
    ("Every pupil of Hexi County gets Vitamin C", False),  # a label's letter
    ("The county prepares its flood Plan B", False),
    ("Hexi County, as I", False),
])
def test_a_title_ending_in_one_letter_after_a_word_is_cut(title, cut):
    from bulletin_tools.passes.truncation import check_title

    assert check_title(title, [PROSE, PROSE_2]).truncated is cut


@pytest.mark.parametrize("title, candidate", [
    ("The union chairman Mr. Zhao Lihua visited the retired workers of Hexi County.", True),
    ("Notice No. 3 of the Hexi County flood office on the river banks.", True),
    ("The river rose overnight. The county closed two bridges.", False),  # two sentences: prose
])
def test_a_stop_after_an_abbreviation_does_not_make_a_headline_prose(title, candidate):
    from bulletin_tools.segment.shape import _title_candidate

    assert _title_candidate(title) is candidate
