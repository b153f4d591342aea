"""Credits and dates real pages print where the header reader did not look:
`(Written by … Reviewed by …)` closing the text, `ByChen Haiping` glued under
the title, the date under a notice's signature, a disclaimer glued after the
last sentence, a page's title above its headline (samples s328-s331)."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.fields import find_datetime
from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.lead import role_by_credit
from bulletin_tools.textmap import MappedText


def _doc(*parts: str):
    return clean_text("\n\n".join(parts) + "\n")


def _blocks(doc) -> list[str]:
    return [b.text for s in doc.sections for b in s.blocks]


@pytest.mark.parametrize("line, fields", [
    ("(Written by Wang Fang Reviewed by Zeng Juan)", [("author", "Wang Fang"), ("extra:reviewer", "Zeng Juan")]),
    ("Photo by Li Na, text by Chen Wei", [("extra:photographer", "Li Na"), ("author", "Chen Wei")]),
    ("Edited by: Xu Li", [("editor", "Xu Li")]),
])
def test_role_by_credits_give_one_field_per_role(line, fields):
    found = role_by_credit(MappedText.identity(line))
    assert found is not None
    assert [(lv.field, lv.value.text) for lv in found] == fields


@pytest.mark.parametrize("line", [
    "(Written by the people of the town)",      # no names: a phrase
    "Written by Wang Fang)",                     # an unopened bracket
    "Reported by the county, which held",        # a sentence
])
def test_role_by_credit_refuses_what_is_not_a_credit(line):
    assert role_by_credit(MappedText.identity(line)) is None


def test_closing_role_credit_goes_to_metadata_not_the_body():
    doc = _doc(TITLE, "Release time: 2024-03-18", PROSE, PROSE_2, "(Written by Wang Fang Reviewed by Zeng Juan)")
    assert doc.metadata.author == "Wang Fang"
    assert doc.metadata.extra["reviewer"] == "Zeng Juan"
    assert _blocks(doc) == [PROSE, PROSE_2]


def test_a_by_credit_glued_to_its_name_under_the_title_is_the_author():
    doc = _doc(TITLE, "ByChen Haiping", "Release time: 2024-03-18", PROSE)
    assert doc.title.text == TITLE
    assert doc.metadata.author == "Chen Haiping"
    assert doc.metadata.date == "2024-03-18"


def test_a_page_title_above_the_headline_is_not_part_of_it():
    doc = _doc(f"{TITLE}-Lingxi Town People's Government\n{TITLE}", "Release time: 2024-03-18", PROSE)
    assert doc.title.text == TITLE
    assert doc.metadata.extra["masthead"] == f"{TITLE}-Lingxi Town People's Government"


def test_two_different_lines_of_a_wrapped_title_still_join():
    doc = _doc("Lingxi Town volunteers clear irrigation channels\nbefore the spring sowing starts", PROSE)
    assert doc.title.text == "Lingxi Town volunteers clear irrigation channels before the spring sowing starts"


def test_the_date_under_a_notice_signature_dates_an_undated_notice():
    doc = _doc(TITLE, PROSE, PROSE_2, "Lingxi Town People's Government\nMarch 18, 2024")
    assert doc.metadata.date == "2024-03-18"
    assert _blocks(doc)[-1].endswith("March 18, 2024")  # the line stays where the notice printed it


def test_a_header_date_wins_over_the_signature_date():
    doc = _doc(TITLE, "Release time: 2024-03-20", PROSE, PROSE_2, "Lingxi Town People's Government\nMarch 18, 2024")
    assert doc.metadata.date == "2024-03-20"
    assert "date_text" not in doc.metadata.extra


def test_a_date_after_a_sentence_is_no_signature():
    doc = _doc(TITLE, PROSE, PROSE_2, "The channels were finished on time.\nMarch 18, 2024")
    assert doc.metadata.date is None


def test_a_disclaimer_glued_after_the_last_sentence_is_furniture():
    notice = ("Declaration: The copyright of this article belongs to the original author, please contact us if "
              "your rights are infringed.Email address: desk@example.net")
    doc = _doc(TITLE, "Release time: 2024-03-18", PROSE, PROSE_2 + notice)
    assert _blocks(doc)[-1] == PROSE_2
    assert any(f.rule == "furniture" and f.before.startswith("Declaration:") for f in doc.fixes)


def test_the_same_words_inside_a_sentence_are_not_cut():
    para = PROSE_2[:-1] + ", and the declaration: the copyright of this article belongs to the town was read out."
    doc = _doc(TITLE, "Release time: 2024-03-18", PROSE, para)
    assert _blocks(doc)[-1] == para


def test_an_empty_label_before_a_label_printed_without_colon():
    doc = _doc(TITLE, "Author:   Source   Date:Jul,05,2015   Browse:5354", PROSE)
    assert doc.metadata.author is None and doc.metadata.source is None
    assert doc.metadata.date == "2015-07-05" and doc.metadata.views == 5354


def test_the_editor_as_an_authors_value_is_kept():
    # 小编, "the editor", is a value of Author (PATTERNS §3), not an empty label
    doc = _doc(TITLE, "Author: Editor   Clicks: 12", PROSE)
    assert doc.metadata.author == "Editor"


@pytest.mark.parametrize("text, iso", [("Jul,05,2015", "2015-07-05"), ("May, 5, 2015", "2015-05-05")])
def test_comma_joined_dates(text, iso):
    found = find_datetime(text)
    assert found is not None and found.date == iso


@pytest.mark.parametrize("text", ["Thu,May,22,2025", "Thu, May,22,2025"])
def test_a_page_clock_with_a_weekday_is_no_comma_date(text):
    assert find_datetime(text) is None


def test_a_headline_with_a_numeric_date_glued_after_one_space():
    doc = _doc(f"{TITLE} 2021-05-10 14:29:00", PROSE)
    assert doc.title.text == TITLE
    assert (doc.metadata.date, doc.metadata.time) == ("2021-05-10", "14:29:00")


@pytest.mark.parametrize("tail, date", [("06-21-2019 10:05", "2019-06-21"), ("06/21/2019", "2019-06-21")])
def test_a_headline_with_a_month_first_date_glued_after_one_space(tail, date):
    doc = _doc(f"{TITLE} {tail}", PROSE)
    assert doc.title.text == TITLE
    assert doc.metadata.date == date


def test_a_headline_ending_in_a_number_is_not_cut():
    doc = _doc(f"{TITLE} 2021", PROSE)
    assert doc.title.text == f"{TITLE} 2021"


def test_a_blog_credit_with_its_date_above_the_title():
    doc = _doc("By Meilin on September 05,2016", TITLE, PROSE)
    assert doc.title.text == TITLE
    assert (doc.metadata.author, doc.metadata.date) == ("Meilin", "2016-09-05")


def test_by_then_a_sentence_is_no_credit():
    doc = _doc(TITLE, "Release time: 2024-03-18", "By then the channels were clear on the whole.", PROSE)
    assert doc.metadata.author is None


def test_a_dateline_under_the_issuers_name_dates_the_story():
    doc = _doc(TITLE, "Lingxi Town People's Government", "LINGXI, China, Apr. 28, 2020 /Lingxi News/--", PROSE)
    assert doc.metadata.date == "2020-04-28"
