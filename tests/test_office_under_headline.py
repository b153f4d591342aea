"""An organisation's name alone on the line under a complete headline is
the office that gives the story (its source), not the headline's second
half (title_wrap.organisation_alone, line_under_headline).  Whole page:
sample s1468."""

from __future__ import annotations

import pytest

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.title_wrap import organisation_alone

HEADLINE = "Keeping the Channels Clear Before the Rains Come"
TEXT = ("In the last week of April, the bureau sent three teams to the villages along the Qiao river to clear the "
        "irrigation channels of silt and reeds before the rainy season.")


def test_an_office_under_the_headline_is_the_source():
    doc = clean_text("\n".join([HEADLINE, "Lanxi County Water Bureau", "", TEXT]) + "\n")
    assert doc.title.text == HEADLINE
    assert doc.metadata.source == "Lanxi County Water Bureau"


@pytest.mark.parametrize("line", [
    "General Office of the County Government on Printing and Distributing",  # an office's document, named
    "Order of the Lanxi County People's Government",  # a decree's heading
    "Lanxi County Water Bureau: 2024-05-06",  # a field row
    "The work was led by the Lanxi County Water Bureau.",  # a sentence
])
def test_other_lines_naming_an_office_are_not_an_office_alone(line):
    assert not organisation_alone(line)


def test_a_cut_headline_still_goes_on_with_the_office_under_it():
    # (`… of the` / an office: the headline's second half, as before)
    doc = clean_text("\n".join(["Notice on the Spring Inspection of the", "Lanxi County Water Bureau", "", TEXT]) + "\n")
    assert doc.title.text == "Notice on the Spring Inspection of the Lanxi County Water Bureau"
