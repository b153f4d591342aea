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


@pytest.mark.parametrize("trail", ["Home ＞ News ＞ Town Affairs", "Current location: 首页＞News＞Town Affairs"])
def test_a_trail_with_full_width_signs_is_split_into_crumbs(trail):
    doc = clean_text(_page(trail, HEADLINE, DATE_ROW))
    assert list(doc.breadcrumb) == ["Home", "News", "Town Affairs"]
    assert doc.title.text == HEADLINE


@pytest.mark.parametrize("tail, date, time", [
    (" 2024-07-02 15:10", "2024-07-02", "15:10"),
    ("   Release time: 2024/07/02", "2024-07-02", None),
])
def test_a_date_after_the_last_crumb_is_the_date_not_part_of_the_crumb(tail, date, time):
    doc = clean_text(_page("Home > News > Town Affairs" + tail, HEADLINE, "Source: Lingxi Rong Media Center"))
    assert list(doc.breadcrumb) == ["Home", "News", "Town Affairs"]
    assert (doc.metadata.date, doc.metadata.time) == (date, time)


def test_a_year_in_the_last_crumb_stays_in_it():
    doc = clean_text(_page("Home > News > Notices for 2024", HEADLINE, DATE_ROW))
    assert list(doc.breadcrumb) == ["Home", "News", "Notices for 2024"]


CUT = "Riverside Volunteers Clear the Reeds Below Dongpo..."


@pytest.mark.parametrize("top", [["Lingxi Town Culture Station", CUT, DATE_ROW], ["Home | News | Notices", CUT, DATE_ROW]])
def test_a_cut_headline_over_its_date_row_is_the_title_completed_from_its_copy_in_the_text(top):
    doc = clean_text("\n".join([*top, "", HEADLINE, "", PROSE, "", PROSE_2, ""]))
    assert (doc.title.text, doc.title.original) == (HEADLINE, CUT)
    assert doc.title.truncated and doc.title.repaired
    assert doc.metadata.date == "2024-03-05"


@pytest.mark.parametrize("site, sep", [("Lingxi Town People's Government", " - "), ("Lingxi Online", "_")])
def test_a_site_name_over_the_headline_and_after_it_is_the_masthead(site, sep):
    doc = clean_text(_page(site, HEADLINE + sep + site, DATE_ROW))
    assert doc.title.text == HEADLINE


def test_a_headline_opening_with_a_quotation_under_the_site_name_stands_alone():
    quoted = "“Every Reed Counts”: " + HEADLINE
    doc = clean_text(_page("Lingxi County Water Resources Bureau", quoted, DATE_ROW))
    assert doc.title.text == quoted


@pytest.mark.parametrize("credit", ["(Lingxi Daily/Lu Fei)", "(Lu Fei/For Lingxi Daily)"])
def test_a_caption_closed_by_a_paper_and_its_photographer_is_not_the_first_paragraph(credit):
    caption = f"Volunteers pull reeds below Dongpo Bridge, March 4, 2024. {credit}"
    doc = clean_text("\n".join([HEADLINE, DATE_ROW, "", caption, "", PROSE, "", PROSE_2, ""]))
    blocks = [b for s in doc.sections for b in s.blocks]
    assert (blocks[0].kind, blocks[1].kind) == ("caption", "paragraph")


def test_a_story_paragraph_ending_in_a_paper_credit_stays_a_paragraph():
    closing = f"{PROSE} The work goes on next month. (Lingxi Daily/Lu Fei)"
    doc = clean_text("\n".join([HEADLINE, DATE_ROW, "", PROSE_2, "", closing, ""]))
    assert [b.kind for s in doc.sections for b in s.blocks] == ["paragraph", "paragraph"]


@pytest.mark.parametrize("clock", ["00:00 / 04:26", "00:00/1:02:26"])
def test_a_players_clock_over_the_text_is_furniture(clock):
    doc = clean_text("\n".join([HEADLINE, DATE_ROW, "", clock, "", PROSE, "", PROSE_2, ""]))
    assert doc.sections[0].blocks[0].text == PROSE
    assert any(f.rule == "furniture" and f.before == clock for f in doc.fixes)


@pytest.mark.parametrize("prefix", ["", "Current location: "])
def test_a_trail_ending_in_the_headline_gives_the_title_and_keeps_it_as_the_last_crumb(prefix):
    doc = clean_text(_page(f"{prefix}Home > News > {HEADLINE}", DATE_ROW))
    assert doc.title.text == HEADLINE
    assert list(doc.breadcrumb) == ["Home", "News", HEADLINE]


def test_a_header_on_one_line_keeps_the_headline_out_of_the_trail():
    doc = clean_text(_page(f"Position: Home > News  {HEADLINE}  Source: Lingxi Rong Media Center  Time: 2024-03-05"))
    assert doc.title.text == HEADLINE
    assert list(doc.breadcrumb) == ["Home", "News"]


@pytest.mark.parametrize("window", [f"{HEADLINE} - Lingxi Online", f"{HEADLINE}_Lingxi Town People's Government"])
def test_a_cut_copy_of_the_page_title_is_not_the_title(window):
    doc = clean_text(_page(window, "Home | News | Notices", CUT, DATE_ROW))
    assert doc.title.text == HEADLINE
    assert doc.metadata.date == "2024-03-05"
    assert CUT not in [b.text for s in doc.sections for b in s.blocks]


@pytest.mark.parametrize("caption", ["File photo: the reed beds below Dongpo Bridge before the work began.",
                                     "图为志愿者在河边清理芦苇。"])
def test_a_file_photo_or_chinese_picture_caption_over_the_text_is_a_caption(caption):
    doc = clean_text("\n".join([HEADLINE, DATE_ROW, "", caption, "", PROSE, "", PROSE_2, ""]))
    blocks = [b for s in doc.sections for b in s.blocks]
    assert (blocks[0].kind, blocks[1].text) == ("caption", PROSE)


@pytest.mark.parametrize("items", [["• Home", "  • News", "  • Town Affairs"], ["• Home", "  • >", "  • News", "  • >", "  • Town Affairs"]])
def test_a_short_bulleted_trail_right_over_the_headline_is_the_breadcrumb(items):
    doc = clean_text(_page(*items, HEADLINE, DATE_ROW))
    assert list(doc.breadcrumb) == ["Home", "News", "Town Affairs"]
    assert doc.title.text == HEADLINE


def test_a_long_bulleted_menu_from_home_is_still_a_list_of_links():
    menu = ["• Home", "• News", "• Business", "• Culture", "• Sports", "• Travel", "• Contact"]
    doc = clean_text(_page(*menu, HEADLINE, DATE_ROW))
    assert list(doc.breadcrumb) == []
    assert doc.title.text == HEADLINE


@pytest.mark.parametrize("sign", [" 〉 ", " ≫ ", " --> ", "-->"])
def test_other_arrows_between_crumbs_separate_them(sign):
    doc = clean_text(_page(sign.join(["Home", "News", "Town Affairs"]), HEADLINE, DATE_ROW))
    assert list(doc.breadcrumb) == ["Home", "News", "Town Affairs"]


@pytest.mark.parametrize("tail", [" - local", " | Local"])
def test_a_column_after_a_hyphen_or_a_bar_whose_words_the_page_never_uses_is_cut(tail):
    assert clean_text(_page(HEADLINE + tail, DATE_ROW)).title.text == HEADLINE


@pytest.mark.parametrize("tail", [" - Part 2", " - Lingxi Town Volunteers"])
def test_a_tail_with_a_number_or_with_the_texts_words_stays(tail):
    assert clean_text(_page(HEADLINE + tail, DATE_ROW)).title.text == HEADLINE + tail


def test_in_a_gallery_the_line_between_two_picture_file_names_is_a_caption():
    body = ["pic1.jpg", "", "Volunteers load the reeds onto a cart.", "", "pic2.JPG", "", PROSE, "", PROSE_2]
    doc = clean_text("\n".join([HEADLINE, DATE_ROW, "", *body, ""]))
    blocks = [b for s in doc.sections for b in s.blocks]
    assert [b.kind for b in blocks] == ["caption", "paragraph", "paragraph"]
    assert blocks[1].text == PROSE


@pytest.mark.parametrize("gap", ["  ", "\t", "     "])
def test_a_headline_apart_from_the_trail_by_a_gap_is_no_crumb(gap):
    doc = clean_text(_page(f"Current location: Home > News > Town Affairs{gap}{HEADLINE}", DATE_ROW))
    assert doc.title.text == HEADLINE
    assert list(doc.breadcrumb) == ["Home", "News", "Town Affairs"]
