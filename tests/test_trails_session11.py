"""Trails of real pages met in session 11 (samples s780, s781): the trail printed
again with the headline glued after it, on the evidence of the same page (the
headline alone on the next line, or a trail with the same crumbs above)."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2

from bulletin_tools.pipeline import clean_text

HEADLINE = "The county opens a new market hall for farmers"


def _doc(*lines: str):
    return clean_text("\n\n".join(lines) + "\n\n" + PROSE + "\n\n" + PROSE_2 + "\n")


@pytest.mark.parametrize("prefix", ["Home News", "Home Notices", "Homepage County news"])
def test_a_trail_glued_before_the_headline_over_the_headline_alone_is_cut_off(prefix):
    doc = _doc(f"{prefix} {HEADLINE}", HEADLINE)
    assert doc.title.text == HEADLINE
    # nothing is lost: the piece is the trail (`Home News`, the headline its last crumb as
    # docs/labelling.md writes a path ending in it) or a recorded fix
    assert " ".join(doc.breadcrumb).lower() == f"{prefix} {HEADLINE}".lower().replace("homepage", "home") \
        or any(f.before.strip() == prefix for f in doc.fixes)


def test_a_trail_whose_last_crumb_is_the_headline_keeps_it():
    # `Home/Blog/<headline>` over the headline: the crumb after its separator is the trail's own
    doc = _doc(f"Home/Blog/{HEADLINE}", HEADLINE)
    assert list(doc.breadcrumb)[-1] == HEADLINE


def test_without_the_headline_alone_below_nothing_is_cut():
    doc = _doc(f"Home News {HEADLINE}", "Release time: 2024-03-18")
    assert doc.title.text.startswith("Home News")


@pytest.mark.parametrize("again", ["Home > Updates", "home>>updates", "Home / Updates"])
def test_the_trail_printed_again_before_the_headline_is_furniture(again):
    doc = _doc("Where you are: Home >> Updates", f"{again} {HEADLINE}", "Date: 2023-11-04")
    assert list(doc.breadcrumb) == ["Home", "Updates"]
    assert doc.title.text == HEADLINE
    assert any(f.rule == "furniture" and f.before.strip() == again for f in doc.fixes)


def test_a_different_trail_before_the_headline_is_not_taken_for_a_copy():
    doc = _doc("Where you are: Home >> Updates", f"Home > Notices {HEADLINE}", "Date: 2023-11-04")
    assert not any(f.rule == "furniture" and f.before.strip() == "Home > Notices" for f in doc.fixes)


# --- a headline glued after the page's date row (sample s782) -------------------------

@pytest.mark.parametrize("field", [" date 2021-05-12", "Release date: 2021-05-12", "Date 2021/05/12 09:30"])
def test_a_headline_glued_after_a_date_row_is_the_title(field):
    doc = _doc(f"{field} {HEADLINE}")
    assert doc.title.text == HEADLINE
    assert doc.metadata.date == "2021-05-12"


@pytest.mark.parametrize("rest", ["Views 35", "by the county news desk", "Ab Cd"])
def test_a_date_row_with_a_short_or_lower_case_tail_keeps_its_reading(rest):
    doc = _doc(HEADLINE, f"Date: 2021-05-12 {rest}")
    assert doc.title.text == HEADLINE


# --- label words met on the new real pages (sample s786) -------------------------------

@pytest.mark.parametrize("row, views", [("Datetime: 2022-03-07    Visit: 86", 86),
                                        ("source:This site Popularity:233 issuing time:2022-03-07", 233)])
def test_visit_and_popularity_count_views_and_issuing_time_is_the_date(row, views):
    doc = _doc(HEADLINE, row)
    assert (doc.metadata.date, doc.metadata.views) == ("2022-03-07", views)


# --- a bar, then a label no table knows, ends a value (sample s790) ---------------------

@pytest.mark.parametrize("row, source", [
    ("Source: Lanxi Daily | Type: County news | Time: 2021-04-19", "Lanxi Daily"),
    ("Source: Lanxi Daily｜Column: Party building", "Lanxi Daily"),
    ("Source: Lanxi Daily | Hexi Evening News", "Lanxi Daily | Hexi Evening News"),  # no label after the bar
])
def test_an_unknown_label_after_a_bar_ends_the_source(row, source):
    assert _doc(HEADLINE, row).metadata.source == source


# --- several writers, each with where they filed from (sample s784) ---------------------

@pytest.mark.parametrize("credit, author, places", [
    ("By ZHOU LAN in Baise and QIN HAO in Nanning (China Daily)", "ZHOU LAN and QIN HAO", "Baise; Nanning"),
    ("By Li Na in Lhasa and Wang Tao", "Li Na and Wang Tao", "Lhasa"),
])
def test_the_places_writers_filed_from_leave_the_author(credit, author, places):
    meta = _doc(HEADLINE, credit).metadata
    assert (meta.author, meta.extra.get("author_place")) == (author, places)


# --- a feature headline over its byline, not the text's first sentence (sample s791) ----

def test_a_headline_over_its_byline_beats_a_first_sentence_whose_words_recur():
    first = "Leigong county is one of the poorest counties in the south of Guizhou province."
    more = ("More than 3,000 of the poorest households in Leigong county moved from the south of the county, "
            "and Leigong built a market, the largest in the south of Guizhou province.")
    doc = clean_text("Share\n\nHill farmers find a new rhythm\n\nBy Lu Ming and Tan Jia ( China Daily )\n\n"
                     f"Updated: 2018-05-21\n\n{first}\n\n{more}\n\n{PROSE}\n")
    assert doc.title.text == "Hill farmers find a new rhythm"
    assert doc.sections[0].blocks[0].text == first


# --- names and an outlet alone under the headline (sample s793) -------------------------

@pytest.mark.parametrize("line, ok", [("Lin Qiaoyun", True), ("Zhou Lanying and Ma Wenjie", True), ("Zhou Lanying, Ma Wenjie", True),
                                      ("Hexi County", False), ("Home News", False), ("Xinhua", False), ("Green Valley", False)])
def test_pinyin_names(line, ok):
    from bulletin_tools.segment.lead import pinyin_names
    assert pinyin_names(line) is ok


def test_an_outlet_and_the_writers_alone_under_the_headline_are_header_fields():
    doc = _doc(HEADLINE, "Hexi Daily", "Zhou Lanying and Ma Wenjie")
    assert (doc.metadata.source, doc.metadata.author) == ("Hexi Daily", "Zhou Lanying and Ma Wenjie")
    assert doc.sections[0].blocks[0].text == PROSE


def test_a_column_name_under_the_headline_is_no_outlet():
    doc = _doc(HEADLINE, "Company News")
    assert doc.metadata.source is None


def test_names_that_are_no_pinyin_stay_in_the_text():
    doc = _doc(HEADLINE, "Green Valley")
    assert doc.metadata.author is None


# --- a headline over a short first sentence whose words recur (sample s794) -------------

RECURS = ("The hotline of the water bureau now takes forty calls a week from villages in every township, "
          "and the water bureau sends a repair team to the villages within two days of each call to the hotline.")


def test_a_headline_over_a_short_first_sentence_stays_the_title():
    from pathlib import Path

    page = Path(__file__).resolve().parent.parent / "samples" / "s794-headline-over-short-first-sentence-no-fields.txt"
    doc = clean_text(page.read_text(encoding="utf-8"))
    assert doc.title.text == "Hotline Turns Villagers' Calls into Repairs"
    assert doc.sections[0].blocks[0].text.startswith("Lingxi's water bureau set up a repair hotline")


def test_a_short_sentence_of_few_words_may_still_be_chosen_over_a_menu_line():
    # under twelve words the sentence is no sure first line: the choice by the text's words stands
    doc = clean_text(f"Bus Timetables\nMap of the County\nHotline repairs for villages.\n{RECURS}\n{PROSE}\n")
    assert doc.title.text != "Map of the County"


# --- decks under a byline (samples s795, s796) -------------------------------------------

@pytest.mark.parametrize("line, ok", [
    ("Pilot checks bring quick results; residents invited to report dumping", True),
    ("More than two hundred village clinics have already been rebuilt with county funds", True),
    ("Progress of the Work in the Past Year", False),  # title case: a section's heading
    ("Fresh approaches", False),  # few words
    ("The county held a meeting on the work of the year.", False),  # a sentence with its full stop
])
def test_unsigned_deck(line, ok):
    from bulletin_tools.segment.reporter_deck import unsigned_deck
    assert unsigned_deck(line) is ok


def test_an_unsigned_deck_is_a_description_only_under_a_byline():
    deck = "Pilot checks bring quick results; residents invited to report dumping"
    with_byline = _doc(HEADLINE, "By Wen Lijun (China Daily) Updated: 2019-08-06 16:20", deck)
    assert with_byline.description is not None and with_byline.description.text == deck
    without = _doc(HEADLINE, "Updated: 2019-08-06 16:20", deck)
    assert without.description is None or without.description.text != deck


def test_a_figure_caption_under_a_byline_is_no_deck():
    caption = "Figure 1 Volunteers repair a rice cooker for a resident"
    doc = _doc(HEADLINE, "Author: Chen Yawen   Date: 2023-11-18", caption)
    assert doc.description is None
