"""Chrome judged by its neighbours (segment/chrome_context.py): a short row
above the headline among removed menu rows (s670), a run of widget lines
closing the page (s671), a widget's counter with no letters (s672).  Every
line removed says why.  All text written for this project."""

from __future__ import annotations

import bulletin_tools
from page_clean import chrome_removed
import pytest
from conftest import SAMPLES

from bulletin_tools.segment.chrome_context import (
    ABOVE_HEADLINE_REASON,
    CLOSING_RUN_REASON,
    is_counter,
)

MENU = SAMPLES / "s670-wetland-patrol-menu-row-above-headline.txt"
FORM = SAMPLES / "s671-farm-tool-repair-comment-form-tail.txt"
COUNTERS = SAMPLES / "s672-seed-potatoes-widget-counters.txt"


def _clean(text: str):
    return bulletin_tools.clean_bytes(text.encode("utf-8"), input="page.txt")


def _text(doc) -> str:
    return "\n".join(b.text for s in doc.sections for b in s.blocks)



def test_a_short_row_above_the_headline_goes_with_the_menu_removed_there():
    doc = _clean(MENU.read_text(encoding="utf-8"))
    fixes = chrome_removed(doc)
    assert ABOVE_HEADLINE_REASON in fixes["Wetland Parks"]
    assert "100% of its words recur in the text" in fixes["Wetland Parks"]  # the evidence is named
    assert doc.title.text == "Forty villagers of Hemu begin their riverside rounds this spring"
    assert "masthead" not in doc.metadata.extra  # a menu row is not the site's name


def test_without_menu_rows_removed_above_it_a_short_row_is_not_taken_for_one():
    text = MENU.read_text(encoding="utf-8").replace("Online Service Hall\n", "").replace("Investment Guide\n", "")
    doc = _clean(text)
    assert not any(ABOVE_HEADLINE_REASON in why for why in chrome_removed(doc).values())


def test_a_run_of_widget_lines_closing_the_page_goes_whole():
    doc = _clean(FORM.read_text(encoding="utf-8"))
    text = _text(doc)
    assert "how to clean the filters of their sprayers." in text
    fixes = chrome_removed(doc)
    for row in ("Reader comments", "Nobody has commented on this story yet.", "Tired of typing the code each time?",
                "Posting is free and lets you follow the replies.", "You can attach a photo once your comment is sent."):
        assert row not in text and CLOSING_RUN_REASON in fixes[row]


def test_a_closing_run_with_one_chrome_line_stays():
    # `Reader comments`, `Verification Code` and `Create an account` are the lines judged
    # chrome outright: with only the first left, the run has too little evidence and its sentences stay.
    text = FORM.read_text(encoding="utf-8").replace("Verification Code\n", "").replace("Create an account\n", "")
    doc = _clean(text)
    assert "Tired of typing the code each time?" in bulletin_tools.to_markdown(doc)
    assert not any(CLOSING_RUN_REASON in why for why in chrome_removed(doc).values())


def test_a_table_row_ends_the_closing_run():
    text = FORM.read_text(encoding="utf-8").replace(
        "Reader comments\n", "Reader comments\n7  Sprayer nozzles  -1,240.00  52 pieces\n")
    doc = _clean(text)
    assert "Sprayer nozzles" in _text(doc)


def test_widget_counters_above_and_below_the_text_go():
    doc = _clean(COUNTERS.read_text(encoding="utf-8"))
    assert doc.title.text == "Chaling County hands out seed potatoes to mountain villages"
    fixes = chrome_removed(doc)
    assert "no letters" in fixes["0 0"] and "above the first paragraph" in fixes["0 0"]
    assert "no letters" in fixes["1 / 3"] and "below the last paragraph" in fixes["1 / 3"]
    assert "1 / 3" not in _text(doc)


@pytest.mark.parametrize("row,counter", [
    ("0", True), ("(0)", True), ("0 0", True), ("/ 1", True), ("1 / 3", True),
    ("(2)", False),  # a bare list number
    ("3.", False),
    ("2024", False),  # a year
    ("2025-06-17", False),  # a date
    ("18262309911", False),  # a phone number
    ("|", False),  # no digit: a rule or separator, another reader's
    ("12  34  56", False),  # three numbers: a table's row or a pager
    ("Views 12", False),  # letters
])
def test_what_counts_as_a_counter(row, counter):
    assert is_counter(row) is counter


def test_a_label_value_and_a_split_date_are_not_counters():
    title = "Chaling County hands out seed potatoes to mountain villages"
    body = COUNTERS.read_text(encoding="utf-8").split("\n", 2)[2]
    doc = _clean(f"{title}\nViews:\n0\n{body}")
    assert "0" not in chrome_removed(doc)
    doc = _clean(f"17\n2025-06\n{title}\n{body}")
    assert "17" not in chrome_removed(doc)


# A widget's caption ending in a colon below the text (chrome_context.empty_lead_ins; whole page: s1461).

WIDGET = SAMPLES / "s1461-widget-caption-ending-in-a-colon-below-the-text.txt"


def test_a_lead_in_with_nothing_after_it_below_the_text_is_a_widgets_caption():
    from bulletin_tools.segment.chrome_context import EMPTY_LEAD_IN_REASON

    doc = _clean(WIDGET.read_text(encoding="utf-8"))
    assert EMPTY_LEAD_IN_REASON in chrome_removed(doc)["Send this story to a friend:"]
    assert "Send this story" not in _text(doc)


@pytest.mark.parametrize("after", ["1. Bring your tiller to the shop before noon.",
                                   "The shop opens at eight and closes at six on weekdays, and it opens at nine on Saturdays "
                                   "for the farmers of the hill villages."])
def test_a_lead_in_over_a_list_or_a_paragraph_stays(after):
    text = WIDGET.read_text(encoding="utf-8").replace("Send this story to a friend:", "Opening hours:\n\n" + after)
    doc = _clean(text)
    assert "Opening hours:" in _text(doc)
