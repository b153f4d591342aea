"""Header fields found by trying many written variants of one form (session
13's battery): bylines, label rows, times, view counts and editor rows, each
in words written for this project."""

from __future__ import annotations

import pytest
from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text


def _page(*top: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([*top, "", PROSE, "", PROSE_2, "", *tail, ""])


@pytest.mark.parametrize("line", ["reporter Qiao Lan", "Reporter Qiao Lan", "Reporter: Qiao Lan", "Reporter：Qiao Lan",
                                  "(Correspondent: Qiao Lan)"])
def test_a_reporter_is_the_author_of_a_page_that_names_none(line):
    doc = clean_text(_page(TITLE, "", line))
    assert doc.metadata.author == "Qiao Lan"
    assert "reporter" not in doc.metadata.extra and "correspondent" not in doc.metadata.extra


def test_a_reporter_beside_an_author_stays_a_reporter():
    doc = clean_text(_page(TITLE, "Author: Ruan Ping  Reporter: Qiao Lan"))
    assert (doc.metadata.author, doc.metadata.extra.get("reporter")) == ("Ruan Ping", "Qiao Lan")


@pytest.mark.parametrize("line, author", [("Reporter Ruan Ping", "Ruan Ping"), ("Staff reporter Ruan Ping", "Ruan Ping"),
                                          ("Beishan Daily correspondent Ruan Ping", "Ruan Ping")])
def test_a_newsroom_byline_whose_names_recur_nowhere_is_no_chrome(line, author):
    doc = clean_text(_page(TITLE, "", line))
    assert doc.metadata.author == author and not [f for f in doc.fixes if f.rule == "chrome"]


def test_a_menu_row_is_still_chrome_though_the_byline_reader_could_read_it():
    doc = clean_text(_page(TITLE, "", "Text Size Large Medium Small"))
    # (the text-size row is furniture by its words since session 18; by its shape before)
    assert doc.metadata.author is None and [f for f in doc.fixes if f.rule in ("chrome", "furniture")
                                            and f.before == "Text Size Large Medium Small"]


def test_a_row_of_three_bracketed_labels_is_the_header_not_a_menu():
    doc = clean_text(_page(TITLE, "[Author: Qiao Lan] [Source: Beishan Daily] [Time: 2024-05-06]"))
    assert (doc.metadata.author, doc.metadata.source, doc.metadata.date) == ("Qiao Lan", "Beishan Daily", "2024-05-06")
    doc = clean_text(_page(TITLE, "[Print] [Close] [Back to top]"))  # a menu of bracketed words still is one
    assert [f.before for f in doc.fixes if f.rule == "furniture"] == ["[Print] [Close] [Back to top]"]


PAPER_TITLE = "How village mediators settle land disputes in Hexi County"


@pytest.mark.parametrize("again", [PAPER_TITLE, "Ruan Ping | " + PAPER_TITLE])
@pytest.mark.parametrize("author_row", ["Author: Ruan Ping", "*Author: Ruan Ping, lecturer at Hexi College"])
def test_an_abstract_under_the_headline_printed_again_is_the_description(again, author_row):
    doc = clean_text(_page(PAPER_TITLE, "2024-11-20", "", again, author_row,
                           "Abstract: Village mediators settle most land disputes before they reach a court.",
                           "Keywords: village mediation; land disputes"))
    assert doc.description is not None and doc.description.text.startswith("Village mediators settle")
    assert doc.metadata.author == "Ruan Ping" and doc.metadata.extra["keywords"] == "village mediation; land disputes"
    assert doc.sections[0].blocks[-2].text == PROSE  # (the headline printed again stays, as a caption)



@pytest.mark.parametrize("row, editor, code", [("Editor: Ruan Ping(HX0012)", "Ruan Ping", "HX0012"),
                                               ("Editor: Ruan Ping (BS21)", "Ruan Ping", "BS21"),
                                               ("Editor: Ruan Ping (Hexi Daily)", "Ruan Ping (Hexi Daily)", None)])
def test_a_staff_number_after_an_editor_is_kept_apart(row, editor, code):
    doc = clean_text(_page(TITLE, row))
    assert (doc.metadata.editor, doc.metadata.extra.get("editor_code")) == (editor, code)


COPYRIGHT = "Copyright © 2024 Beishan Daily. All rights reserved."


@pytest.mark.parametrize("rows", [("Responsible editor: Ruan Ping",), ("Editor: Ruan Ping", "", "Reviewer: Zhou Min")])
def test_credit_rows_opening_the_footer_credit_the_article(rows):
    doc = clean_text(_page(TITLE, tail=(*rows, "", COPYRIGHT)))
    assert doc.metadata.editor == "Ruan Ping"
    assert doc.footer.lines == (COPYRIGHT,)


def test_an_editor_row_among_the_sites_footer_rows_stays_there():
    rows = ("Address: 8 Lake Road, Hexi County", "Editor: Ruan Ping", COPYRIGHT)
    doc = clean_text(_page(TITLE, tail=rows))
    assert doc.metadata.editor is None and doc.footer.lines == rows


@pytest.mark.parametrize("text, time_", [("2024-12-05 14点05分", "14:05"), ("2024年12月05日 14时05分", "14:05"),
                                         ("2024-12-05 9时5分30秒", "09:05:30"), ("2024-12-05 25点05分", None),
                                         ("2024-12-05 14点", None), ("2024-12-05 下午2:05", "14:05"),
                                         ("2024-12-05 上午9:05", "09:05"), ("2024-12-05 上午12:30", "00:30"),
                                         ("2024-12-05 下午14:30", "14:30"), ("2024-12-05 上午14:30", None),
                                         ("2024-12-05 14 : 05", "14:05")])
def test_a_clock_left_in_chinese_after_a_date(text, time_):
    from bulletin_tools.fields import find_datetime
    found = find_datetime(text)
    assert found is not None and (found.date, found.time) == ("2024-12-05", time_)


def test_a_clock_printed_before_the_date_is_the_time():
    doc = clean_text(_page(TITLE, "Time: 14:05 2024-12-05  Source: Beishan Daily"))
    assert (doc.metadata.date, doc.metadata.time, doc.metadata.source) == ("2024-12-05", "14:05", "Beishan Daily")
    assert "unlabelled" not in doc.metadata.extra


@pytest.mark.parametrize("row, views", [("2024-12-05 Popularity: 87℃", 87), ("2024-12-05 Popularity: 87 °C", 87),
                                        ("2024-12-05 Total views: 87", 87), ("2024-12-05 Visited 87 times", 87),
                                        ("[Views: 87] [2024-12-05]", 87)])
def test_view_counts_in_more_forms(row, views):
    doc = clean_text(_page(TITLE, row))
    assert (doc.metadata.views, doc.metadata.date) == (views, "2024-12-05")
    assert not doc.metadata.extra


def test_bracket_cells_of_one_row_are_fields_of_their_own():
    doc = clean_text(_page(TITLE, "[Author: Qiao Lan] [Beishan Daily] [2024-12-05 14:05]"))
    m = doc.metadata
    assert (m.author, m.source, m.date, m.time) == ("Qiao Lan", "Beishan Daily", "2024-12-05", "14:05")


@pytest.mark.parametrize("row", ["2024-12-05 [Source] Beishan Daily  [Author] Qiao Lan",
                                 "2024-12-05 【Source】Beishan Daily 【Author】：Qiao Lan",
                                 "Source丨Beishan Daily  Author丨Qiao Lan  2024-12-05",
                                 "[Source] Beishan Daily [Author] Qiao Lan [Date] 2024-12-05"])
def test_a_label_in_brackets_or_before_a_chinese_bar(row):
    doc = clean_text(_page(TITLE, row))
    m = doc.metadata
    assert (m.source, m.author, m.date) == ("Beishan Daily", "Qiao Lan", "2024-12-05")


@pytest.mark.parametrize("line", ["[Edit] [Delete]", "[Photo] Workers on the bank", "[Source]", "Water Source丨"])
def test_bracketed_words_that_are_no_credit_label(line):
    from bulletin_tools.segment.header import is_label_line
    assert not is_label_line(line)


def test_an_empty_label_of_no_table_after_a_name_is_kept_apart():
    doc = clean_text(_page(TITLE, "2024-12-05 [Author] Qiao Lan preview:"))
    assert doc.metadata.author == "Qiao Lan" and doc.metadata.extra["unlabelled"] == "preview:"


@pytest.mark.parametrize("row", ["Text and photos: Qiao Lan", "Text/Photos: Qiao Lan", "Text & Photo: Qiao Lan",
                                 "Words and pictures: Qiao Lan"])
def test_a_writer_who_took_the_photos_too_is_the_author(row):
    doc = clean_text(_page(TITLE, row))
    assert doc.metadata.author == "Qiao Lan" and _first_block(doc) == PROSE


def _first_block(doc):
    return doc.sections[0].blocks[0].text


@pytest.mark.parametrize("row, author, source", [("Qiao Lan | 2024-12-05", "Qiao Lan", None),
                                                 ("Qiao Lan / Beishan Daily / 2024-12-05", "Qiao Lan", "Beishan Daily"),
                                                 ("Beishan Daily | Qiao Lan | 2024-12-05", "Qiao Lan", "Beishan Daily"),
                                                 ("Qiao Lan · Beishan Daily · 2024-12-05", "Qiao Lan", "Beishan Daily")])
def test_cells_of_a_credit_and_a_date_after_a_blank_under_the_headline(row, author, source):
    doc = clean_text(_page(TITLE, "", row))
    assert (doc.metadata.author, doc.metadata.source, doc.metadata.date) == (author, source, "2024-12-05")
    assert _first_block(doc) == PROSE


@pytest.mark.parametrize("line, author, extra", [
    ("(Reporter Qiao Lan)", "Qiao Lan", {}),
    ("Reporter Qiao Lan", "Qiao Lan", {}),
    ("（Reporter Qiao Lan）", "Qiao Lan", {}),
    ("(Correspondent Qiao Lan, Reporter Ruan Ping)", "Ruan Ping", {"correspondent": "Qiao Lan"}),
])
def test_a_newsroom_byline_closing_the_text(line, author, extra):
    doc = clean_text(_page(TITLE, tail=(line,)))
    assert doc.metadata.author == author and dict(doc.metadata.extra) == extra
    assert doc.sections[-1].blocks[-1].text == PROSE_2


def test_a_closing_line_about_a_reporter_stays_text():
    said = "Reporter Qiao Lan visited the channels again on Friday."
    doc = clean_text(_page(TITLE, tail=(said,)))
    assert doc.metadata.author is None and doc.sections[-1].blocks[-1].text == said


@pytest.mark.parametrize("credit, author, extra", [
    ("(Correspondent: Qiao Lan; Reporter: Ruan Ping) ", "Ruan Ping", {"correspondent": "Qiao Lan"}),
    ("(Correspondent Qiao Lan, Reporter Ruan Ping) ", "Ruan Ping", {"correspondent": "Qiao Lan"}),
    ("[Reporter Qiao Lan] ", "Qiao Lan", {}),
    ("[Reporter: Qiao Lan, Ruan Ping] ", "Qiao Lan, Ruan Ping", {}),
])
def test_a_bracket_of_credits_glued_before_the_first_sentence(credit, author, extra):
    doc = clean_text(_page(TITLE, "", "Release time: 2024-03-18", tail=()).replace(PROSE, credit + PROSE))
    assert doc.metadata.author == author and dict(doc.metadata.extra) == extra
    assert _first_block(doc) == PROSE


def test_a_bracket_of_other_words_before_the_first_sentence_stays():
    doc = clean_text(_page(TITLE, "", "Release time: 2024-03-18").replace(PROSE, "(Lingxi Town Water Station) " + PROSE))
    assert doc.metadata.author is None and _first_block(doc).startswith("(Lingxi Town Water Station) ")


@pytest.mark.parametrize("byline", ["Reporter Qiao Lan", "Staff reporter Qiao Lan", "Beishan Daily correspondent Qiao Lan"])
def test_a_newsroom_byline_right_under_the_headline_is_no_half_of_it(byline):
    doc = clean_text("\n".join([TITLE, byline, "", PROSE, "", PROSE_2, ""]))
    assert doc.title.text == TITLE and doc.metadata.author == "Qiao Lan"


@pytest.mark.parametrize("notice", ["Special statement: some texts on this site are reprinted from other media.",
                                    "Disclaimer: the views in this article are the writer's own."])
def test_closing_credits_over_a_sites_notice(notice):
    doc = clean_text(_page(TITLE, tail=("Editor: Ruan Ping", "", "Source: Beishan Daily", "", notice)))
    assert (doc.metadata.editor, doc.metadata.source) == ("Ruan Ping", "Beishan Daily")
    assert "Editor: Ruan Ping" not in [b.text for s in doc.sections for b in s.blocks]


def test_a_notice_alone_under_the_text_leaves_the_last_paragraph_alone():
    notice = "Statement: the township thanks the county library for the loan of the van."
    doc = clean_text(_page(TITLE, tail=(notice,)))
    assert doc.sections[-1].blocks[-1].text == notice and doc.metadata.editor is None


def test_bar_labels_after_the_rows_date():
    doc = clean_text(_page(TITLE, "2024-12-05 14:05  Source | Beishan Daily  Editor | Ruan Ping"))
    m = doc.metadata
    assert (m.date, m.time, m.source, m.editor) == ("2024-12-05", "14:05", "Beishan Daily", "Ruan Ping")


def test_a_menu_of_bar_words_after_other_words_is_no_label_row():
    from bulletin_tools.segment.header import is_label_line
    assert not is_label_line("Home | Source | Contact")
    assert not is_label_line("News Centre Source | Contact")


@pytest.mark.parametrize("row, rest", [("Updated: 2024-12-05 (Beijing Time) 14:05", "(Beijing Time)"),
                                       ("Updated: 2024-12-05 Beijing Time 14:05", "Beijing Time"),
                                       ("Time: 2024-12-05 (14:05)", None)])
def test_a_clock_after_a_note_in_the_date_row(row, rest):
    doc = clean_text(_page(TITLE, row))
    assert (doc.metadata.date, doc.metadata.time) == ("2024-12-05", "14:05")
    assert doc.metadata.extra.get("unlabelled") == rest


def test_a_ratio_after_the_date_is_no_clock():
    doc = clean_text(_page(TITLE, "Time: 2024-12-05 Ratio 3:2"))
    assert doc.metadata.time is None
