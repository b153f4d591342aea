"""Where a credit's value ends and how a list of names in it is read
(issue 11, header credits on real pages), in words written for this project."""

from __future__ import annotations

import pytest
from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text


def _page(*top: str) -> str:
    return "\n".join([*top, "", PROSE, "", PROSE_2, ""])


@pytest.mark.parametrize(("row", "field", "value"), [
    # a label no table knows, glued to a name's last small letter
    ("Time:2024-03-05Editor:Qiao LanLayout:Wide Narrow", "editor", "Qiao Lan"),
    # a label opened by a bracket
    ("2024-03-05 Editor: Qiao Lan 【Zoom: Big Small】", "editor", "Qiao Lan"),
    # a label left in Chinese after a space
    ("2024-03-05 Source: Hexi Daily 发布:hxrb01", "source", "Hexi Daily"),
    # a semicolon ends an outlet's name
    ("2024-03-05 Source: Hexi Daily; edited for the web by the portal", "source", "Hexi Daily"),
])
def test_a_credit_value_ends_where_another_field_begins(row, field, value):
    doc = clean_text(_page(TITLE, row))
    assert getattr(doc.metadata, field) == value


def test_the_words_after_a_credit_value_are_kept():
    doc = clean_text(_page(TITLE, "2024-03-05 Source: Hexi Daily 发布:hxrb01"))
    assert "hxrb01" in str(doc.metadata.extra)


def test_an_office_under_a_label_no_table_knows_is_the_source():
    doc = clean_text(_page(TITLE, "Release date: 2024.3.5 Unit: Hexi County Water Bureau"))
    assert doc.metadata.source == "Hexi County Water Bureau"
    assert doc.metadata.extra.get("source_label") == "Unit"


def test_a_department_of_a_province_is_an_office():
    doc = clean_text(_page(TITLE, "Release date: 2024.3.5 Unit: Department of Rural Affairs of Hexi"))
    assert doc.metadata.source == "Department of Rural Affairs of Hexi"


@pytest.mark.parametrize(("row", "views"), [
    ("2024-03-05 537", 537),
    ("2024-03-05 10:22:31 hxadmin 12", 12),
    ("2024-03-05 No. 5", None),  # a word before the number: no count
])
def test_a_bare_number_closing_a_date_row_is_its_view_count(row, views):
    doc = clean_text(_page(TITLE, row))
    assert doc.metadata.views == views


def test_a_names_line_under_a_short_line_stays_in_the_body():
    # (an entry of a list of people, not a writer's credit closing the text)
    text = _page(TITLE) + "\nThe prize winners:\n\nZhou Lanying\n"
    doc = clean_text(text)
    assert doc.metadata.author is None


def test_a_names_line_under_the_last_paragraph_is_the_author():
    doc = clean_text(_page(TITLE) + "\nZhou Lanying\n")
    assert doc.metadata.author == "Zhou Lanying"


def test_names_under_a_short_first_line_open_a_list_not_a_credit():
    text = "\n".join([TITLE, "", "Prize winners this year", "", "Zhou Lanying", "", "Ma Wenjie", "", PROSE, ""])
    doc = clean_text(text)
    assert doc.metadata.author is None


def test_writers_under_a_second_wording_of_the_headline_are_the_author():
    text = "\n".join([TITLE, "", "A second wording of the same headline", "", "Zhou Lanying and Ma Wenjie", "",
                      PROSE, "", PROSE_2, ""])
    doc = clean_text(text)
    assert doc.metadata.author == "Zhou Lanying and Ma Wenjie"
