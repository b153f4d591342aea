"""Headline, first paragraph and breadcrumb forms tried in session 13's
battery (each written for this project): a form the tool got wrong is
pinned here with the rule that reads it."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2

from bulletin_tools.pipeline import clean_text

HEADLINE = "Riverside Volunteers Clear the Reeds Below Dongpo Bridge"
DATE_ROW = "2024-03-05 09:30  Source: Lingxi Rong Media Center"


def _page(*top: str) -> str:
    return "\n".join([*top, "", PROSE, "", PROSE_2, ""])


@pytest.mark.parametrize("site", ["Lingxi County People's Government", "Lingxi Town Culture Station"])
def test_an_organisation_right_over_a_story_headline_is_the_site_name(site):
    doc = clean_text(_page(site, HEADLINE, DATE_ROW))
    assert doc.title.text == HEADLINE
    assert doc.metadata.extra["masthead"] == site


def test_an_issuing_office_over_its_notice_is_still_one_title():
    top = ["Lingxi County People's Government Office", "Notice on Clearing the Irrigation Channels before Sowing"]
    assert clean_text(_page(*top, DATE_ROW)).title.text == " ".join(top)


@pytest.mark.parametrize("first", [PROSE, "Every Tuesday since April, older residents have learnt to pay their bills by phone."])
def test_a_trail_between_the_headline_and_its_date_row_leaves_the_headline(first):
    page = "\n".join(["Lingxi County People's Government", HEADLINE, "Current location: Home > News > Town Affairs", DATE_ROW, "",
                      first, "", PROSE_2, ""])
    doc = clean_text(page)
    assert doc.title.text == HEADLINE
    assert list(doc.breadcrumb) == ["Home", "News", "Town Affairs"]
    assert doc.metadata.date == "2024-03-05"
