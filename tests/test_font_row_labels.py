"""Font-size rows under other labels: `[typeface: large Chinese Small] Print this page`
(中, "medium", comes out as `Chinese`) as a row of its own, and `print size: big |
general | small` glued after a date row.  Both are furniture, recorded as fixes.
Pinned by s674; the vocabulary is data (data/furniture.tsv).  Text written for this project."""

from __future__ import annotations

import bulletin_tools
from page_clean import clean_page
import pytest
from conftest import SAMPLES

SAMPLE = SAMPLES / "s674-tea-pickers-typeface-print-size-rows.txt"



def test_the_sample_rows_go_and_the_title_and_date_stay():
    doc = clean_page(SAMPLE.read_text(encoding="utf-8"))
    assert doc.title.text == "Tea pickers of Longshan receive new baskets"
    assert doc.metadata.date == "2025-04-09"
    assert "unlabelled" not in doc.metadata.extra
    removed = " ".join(f.before for f in doc.fixes if f.rule == "furniture")
    assert "typeface" in removed and "print size" in removed


@pytest.mark.parametrize("row", ["Typeface: Small Medium Large", "[Typeface: big | general | small]"])
def test_a_typeface_row_of_its_own(row):
    title = "Tea pickers of Longshan receive new baskets"
    body = SAMPLE.read_text(encoding="utf-8").split("\n\n", 1)[1]
    md = bulletin_tools.to_markdown(clean_page(f"{title}\n{row}\n\n{body}"))
    assert "ypeface" not in md


def test_size_words_without_a_font_label_are_no_font_row():
    # (`Large Chinese Small Teas` with no `typeface:` label: the vocabulary leaves it
    # to the other readers, whatever they make of it)
    title = "Tea pickers of Longshan receive new baskets"
    body = SAMPLE.read_text(encoding="utf-8").split("\n\n", 1)[1]
    doc = clean_page(f"{title}\nLarge Chinese Small Teas\n\n{body}")
    assert not any(f.rule == "furniture" and "Teas" in f.before for f in doc.fixes)
