"""A reposting site's disclaimer under the text (`Disclaimer: This article only
represents the author's view …`, `Declaration: … organized from the network …`)
is furniture: removed, recorded as a fix.  Pinned by s673; the vocabulary is
one line of data/furniture.tsv.  All text written for this project."""

from __future__ import annotations

import bulletin_tools
from page_clean import clean_page
import pytest
from conftest import SAMPLES

SAMPLE = SAMPLES / "s673-library-van-reposting-disclaimer.txt"
TOP = SAMPLE.read_text(encoding="utf-8").split("Disclaimer:")[0]



def test_the_sample_disclaimer_is_removed_as_a_fix():
    doc = clean_page(SAMPLE.read_text(encoding="utf-8"))
    assert "Disclaimer" not in bulletin_tools.to_markdown(doc)
    assert any(f.before.startswith("Disclaimer: The content represents") and f.after == "" for f in doc.fixes)


@pytest.mark.parametrize("line", [
    "Declaration: The text and pictures of this page are collected from the network; please contact us to remove them.",
    "Statement: The bureau has not reviewed this text and takes no position on it.",
    "Disclaimer: The views represent the author alone.",
])
def test_other_disclaimers_of_the_same_shape(line):
    doc = clean_page(TOP + line + "\n")
    assert line.split(":")[1].strip()[:20] not in bulletin_tools.to_markdown(doc)


def test_a_statement_that_disclaims_nothing_stays():
    line = "Statement: The township thanks the county library for the loan of the van."
    doc = clean_page(TOP + line + "\n")
    assert "thanks the county library" in bulletin_tools.to_markdown(doc)
