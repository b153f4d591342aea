"""Widget counters at the page's end: an empty message box's character counter
(`0/1200`: nothing typed of the most allowed) is a counter like `0`, though it
holds four digits; and a counter counts as a line judged chrome when a run of
widget lines closes the page (`Quote Basket(0)` / `Already in the Quote Basket!`
/ `0`: one row judged chrome, one counter), so the run goes, each line a chrome
fix naming its evidence.  Pinned by s775.  Text written for this project."""

from __future__ import annotations

from page_clean import clean_page, chrome_removed
import pytest
from conftest import SAMPLES
from bulletin_tools.segment.chrome_context import is_counter

SAMPLE = SAMPLES / "s775-pump-maker-quote-basket-and-message-counter.txt"




def test_the_closing_widgets_and_the_character_counter_go():
    removed = chrome_removed(clean_page(SAMPLE.read_text(encoding="utf-8")))
    assert "a counter" in removed["0/1200"]
    assert "counters" in removed["Already in the Quote Basket!"]  # (the run's reason in words)
    assert "Quote Basket(0)" in removed


@pytest.mark.parametrize("row,counter", [
    ("0/1200", True), ("0 / 500", True),
    ("3/2021", False),  # a month over a year
    ("1200", False),  # a long number alone: a year or a record
    ("0/1200/3", False),
])
def test_character_counter_shape(row, counter):
    assert is_counter(row) is counter


def test_a_run_with_one_row_judged_chrome_and_no_counter_stays():
    text = SAMPLE.read_text(encoding="utf-8").rsplit("\n0\n", 1)[0].replace("Leave a message\n0/1200\n", "") + "\n"
    removed = chrome_removed(clean_page(text))
    assert "Already in the Quote Basket!" not in removed
