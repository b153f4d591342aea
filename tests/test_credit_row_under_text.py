"""A credit row (`Source: …`, `Editor: …`) right under the article's last
paragraph closes the article even when the page's leftovers (a channel's
list, a contact line) still stand under it (segment/zoning
._label_credits_under_text); and a source's printed day after the paper's
name is no part of its name when the page's date was read already
(passes/metadata, `source_date`).  Whole page: sample s1465."""

from __future__ import annotations

import pytest

from bulletin_tools.pipeline import clean_text

TITLE = "Night Ferry Returns to the Lanjiang Crossing"
FIRST = ("The night ferry between Lanjiang and Shuitou villages started again on Monday, after the county repaired "
         "the two landing stages that the spring floods had damaged.")
LAST = ("The boat runs every forty minutes until ten in the evening, and villagers who work late at the market no "
        "longer need to walk the long way round by the bridge.")
LEFTOVERS = ["", "Channel Pages", "· Townships", "· Ferries and Roads"]


def _read(*lines: str):
    return clean_text("\n".join(lines) + "\n")


def _texts(doc) -> list[str]:
    return [b.text for s in doc.sections for b in s.blocks]


def test_a_source_row_over_leftovers_is_the_articles_credit():
    doc = _read(TITLE, "", FIRST, "", LAST, "", "Source: Lanxi Daily", *LEFTOVERS)
    assert doc.metadata.source == "Lanxi Daily"
    assert "Source: Lanxi Daily" not in _texts(doc)


def test_an_events_time_row_over_a_last_sentence_stays_text():
    doc = _read(TITLE, "", FIRST, "", LAST, "", "Time: 14:00-16:00", "",
                "The ferry office will also sell monthly tickets at the landing from next week onwards.")
    assert any("14:00-16:00" in t for t in _texts(doc))


def test_the_days_after_the_papers_name_is_kept_apart_when_the_date_was_read():
    doc = _read(TITLE, "", "Date: 2024-05-06   Editor: Qiao Lan", "", FIRST, "", LAST, "",
                "Source: Lanxi Daily, May 6, 2024", *LEFTOVERS)
    assert doc.metadata.source == "Lanxi Daily"
    assert doc.metadata.date == "2024-05-06"
    assert doc.metadata.extra["source_date"] == "May 6, 2024"


def test_an_issue_number_before_its_date_is_left_whole():
    doc = _read(TITLE, "", "Date: 2024-05-06", "", FIRST, "", LAST, "", "Source: NO.7 MARCH 3, 2024")
    assert doc.metadata.source == "NO.7 MARCH 3, 2024"


def test_a_row_of_no_credit_over_leftovers_stays_text():
    doc = _read(TITLE, "", FIRST, "", LAST, "", "Time: 14:00-16:00", *LEFTOVERS)
    assert any("14:00-16:00" in t for t in _texts(doc))


def test_a_credit_row_with_a_sentence_under_it_stays_text():
    doc = _read(TITLE, "", FIRST, "", LAST, "", "Editor: Qiao Lan", "",
                "Tickets for the month are sold at the landing, the ferry office said on Monday.", *LEFTOVERS)
    assert "Editor: Qiao Lan" in _texts(doc)


def test_a_by_credit_over_leftovers_names_the_author():
    doc = _read(TITLE, "", FIRST, "", LAST, "", "By Qiao Lanying", *LEFTOVERS)
    assert doc.metadata.author == "Qiao Lanying"


def test_a_writers_name_in_brackets_closing_the_text_is_the_author():
    # (kept from the chrome judge: a bracketed name is a credit, not a widget)
    doc = _read(TITLE, "", FIRST, "", LAST, "", "(Lin Qiaoyun)")
    assert doc.metadata.author == "Lin Qiaoyun"
    assert not any(f.rule == "chrome" for f in doc.fixes)


@pytest.mark.parametrize("line, source", [
    ("Excerpt from: Lanxi Daily", "Lanxi Daily"),
    ("From Hexi Evening News, June 1, 2024", "Hexi Evening News"),
    ("(Extracted from Lanxi Daily, reposted for study)", "Lanxi Daily"),
])
def test_the_paper_an_article_was_taken_from_is_its_source(line, source):
    doc = _read(TITLE, "", "Date: 2024-06-02", "", FIRST, "", LAST, "", line, *LEFTOVERS)
    assert doc.metadata.source == source
    assert line not in _texts(doc)


def test_the_papers_day_is_the_date_of_a_page_that_prints_none():
    doc = _read(TITLE, "", FIRST, "", LAST, "", "From Hexi Evening News, June 1, 2024")
    assert doc.metadata.date == "2024-06-01" and "source_date" not in doc.metadata.extra
    dated = _read(TITLE, "", "Date: 2024-06-02", "", FIRST, "", LAST, "", "From Hexi Evening News, June 1, 2024")
    assert dated.metadata.date == "2024-06-02" and dated.metadata.extra["source_date"] == "June 1, 2024"


@pytest.mark.parametrize("line", ["From the county, we drove north to the new reservoir.", "From Monday, the ferry runs late."])
def test_a_sentence_opening_with_from_is_no_credit(line):
    from bulletin_tools.segment.lead import from_credit
    from bulletin_tools.textmap import MappedText

    assert from_credit(MappedText.identity(line)) is None
