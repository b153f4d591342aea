"""Header metadata patterns first seen on real machine-translated pages
(issue 11), each pinned in words written for this project; whole pages are
pinned by samples s450-s479."""

from __future__ import annotations

import pytest
from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text


def _page(*top: str) -> str:
    return "\n".join([*top, "", PROSE, "", PROSE_2, ""])


def test_an_outlet_a_single_space_after_a_date_row_is_the_source():
    doc = clean_text(_page(TITLE, "2024-03-05 10:22:31 Riverside Net"))
    assert (doc.metadata.date, doc.metadata.time) == ("2024-03-05", "10:22:31")
    assert doc.metadata.source == "Riverside Net"


def test_a_site_address_after_a_date_row_is_the_source():
    doc = clean_text(_page(TITLE, "2024-03-05 10:22 lingxinews.com.cn"))
    assert doc.metadata.source == "lingxinews.com.cn"


def test_an_unknown_word_after_a_date_row_is_kept_not_lost():
    doc = clean_text(_page(TITLE, "2024-03-05 10:22 QXZ"))
    assert doc.metadata.extra.get("unlabelled") == "QXZ"
    assert doc.metadata.author is None


def test_a_cms_account_after_a_date_row_is_the_author():
    doc = clean_text(_page(TITLE, "2024-03-05 10:22:31 admin"))
    assert doc.metadata.author == "admin"
    assert doc.metadata.source is None


# ------------------------------------------------------------------ dates


def test_a_space_after_each_separator_of_a_date_and_time_is_read():
    from bulletin_tools.fields import find_datetime

    dt = find_datetime("Release time: 2025- 03- 14 10: 05 Views:")
    assert (dt.date, dt.time) == ("2025-03-14", "10:05")


def test_month_and_day_then_the_year_after_a_space_is_read_month_first():
    from bulletin_tools.fields import find_datetime

    assert find_datetime("Published on 06/21 2024").date == "2024-06-21"
    assert find_datetime("on 3/4 2017 in") is None  # one-digit parts: no such template seen


def test_a_two_digit_year_gives_the_time_and_no_date():
    from bulletin_tools.fields import find_datetime

    dt = find_datetime("PubTime:11-04-25 08:30:00")
    assert (dt.date, dt.time, dt.partial) == (None, "08:30:00", "11-04-25")
    assert find_datetime("Code 11-04-25 in the list") is None  # without a time, six digits may be anything


def test_an_outlet_before_a_two_digit_year_date_is_the_source_and_the_rest_kept():
    doc = clean_text(_page(TITLE, "Source:Harbour Daily 11-04-25 08:30 Updated BJT"))
    assert (doc.metadata.source, doc.metadata.date, doc.metadata.time) == ("Harbour Daily", None, "08:30")
    assert doc.metadata.extra.get("unlabelled") == "Updated BJT"


def test_a_bracketed_qualifier_between_label_and_colon_is_part_of_the_label():
    doc = clean_text(_page(TITLE, "Last Updated(Beijing Time):2025-01-09 14:20"))
    assert (doc.metadata.date, doc.metadata.time) == ("2025-01-09", "14:20")
    assert doc.metadata.extra.get("label_qualifier") == "Beijing Time"  # kept: nothing is lost


# ------------------------------------------------------------------ credits and labels


def test_a_reporter_credited_under_a_source_label_is_the_author():
    doc = clean_text(_page(TITLE, "[Source: Lakeside Evening News] [Publisher: Reporter Qin Haoran]"))
    assert doc.metadata.source == "Lakeside Evening News"
    assert doc.metadata.author == "Reporter Qin Haoran"
    doc = clean_text(_page(TITLE, "Publisher: Lakeside Evening News  Date: 2025-01-09"))
    assert (doc.metadata.source, doc.metadata.author) == ("Lakeside Evening News", None)


def test_labels_seen_on_real_pages():
    doc = clean_text(_page(TITLE, "Authors:Tan Mei|Source:Yunling College|NewsTime:2025-04-02 15:10:33", "count:217"))
    assert (doc.metadata.author, doc.metadata.source) == ("Tan Mei", "Yunling College")
    assert (doc.metadata.date, doc.metadata.views) == ("2025-04-02", 217)
    doc = clean_text(_page(TITLE, "Editor:Wan Qi Publish:2025-04-02 Viewed:31"))
    assert (doc.metadata.editor, doc.metadata.date, doc.metadata.views) == ("Wan Qi", "2025-04-02", 31)


def test_a_bare_date_above_the_headline_is_the_page_clock_when_a_date_row_follows_it():
    doc = clean_text(_page("Wednesday, 12 November 2025", TITLE, "2024-05-16 19:40"))
    assert (doc.metadata.date, doc.metadata.time) == ("2024-05-16", "19:40")
    assert doc.metadata.extra.get("page_date") == "Wednesday, 12 November 2025"
    doc = clean_text(_page("2024-05-16", TITLE))  # alone, the date above the headline is the page's date
    assert doc.metadata.date == "2024-05-16"


def test_a_bracketed_date_after_a_name_is_the_date():
    doc = clean_text(_page(TITLE, "Write: Tangmei [2025-06-02]"))
    assert (doc.metadata.author, doc.metadata.date) == ("Tangmei", "2025-06-02")


def test_a_view_count_then_the_rows_date():
    doc = clean_text(_page(TITLE, "By Tangmei Viewed 46 2025-06-02"))
    assert (doc.metadata.views, doc.metadata.date) == (46, "2025-06-02")


def test_a_site_address_in_brackets_after_the_writers_is_the_source():
    doc = clean_text(_page(TITLE, "By Ma Lin and Zhou Qi (luoxinews.com.cn) Updated: 2025-06-02 19:34"))
    assert (doc.metadata.author, doc.metadata.source) == ("Ma Lin and Zhou Qi", "luoxinews.com.cn")


def test_a_worded_date_with_no_space_after_its_comma_and_a_time_after_a_dash():
    from bulletin_tools.fields import find_datetime

    assert find_datetime("Date: 05 Mar,2022 Views: 131").date == "2022-03-05"
    dt = find_datetime("Thursday, March 13 2025 - 09:45")
    assert (dt.date, dt.time) == ("2025-03-13", "09:45")


def test_more_label_spellings_seen_on_real_pages():
    doc = clean_text(_page(TITLE, "Release date: 2025-03-12 & nbsp Click volume: 20238", "Number of hits: 64"))
    assert doc.metadata.views == 20238
    doc = clean_text(_page(TITLE, "Date of Announcement 2025-3-18"))
    assert doc.metadata.date == "2025-03-18"
    doc = clean_text(_page(TITLE, "发布于 2025-09-18  28 次阅读"))
    assert (doc.metadata.date, doc.metadata.views) == ("2025-09-18", 28)


def test_a_24_hour_clock_with_pm_after_it_keeps_its_hour():
    from bulletin_tools.fields import find_datetime

    assert find_datetime("Release time:Apr 13, 2025 21:06 PM").time == "21:06"
    assert find_datetime("Apr 13, 2025 09:06 PM").time == "21:06"
    assert find_datetime("Apr 13, 2025 21:06 AM").time is None  # an impossible clock is no time


def test_a_date_in_brackets_opening_a_row_is_a_date_row():
    from bulletin_tools.segment.header import date_line

    dt, rest = date_line("[ 2025-04-20 10:15]     Font size [] [] []")
    assert (dt.date, dt.time, rest) == ("2025-04-20", "10:15", "Font size [] [] []")
    assert date_line("[ 2025-04-20 10:15 and more text after it") is None  # no closing bracket: not a date row
    doc = clean_text(_page(TITLE, "【2025-04-20 10:15】"))
    assert (doc.metadata.date, doc.metadata.time) == ("2025-04-20", "10:15")


def test_an_editor_in_chief_closing_the_body_is_the_editor():
    doc = clean_text(_page(TITLE, "Release time: 2025-05-20 09:30") + "\nEditor-in-chief: Gao Xiaorong\n")
    assert doc.metadata.editor == "Gao Xiaorong"


def test_a_clock_in_gmt_then_in_local_time_dates_the_page_by_the_local_one():
    from bulletin_tools.fields import find_datetime

    dt = find_datetime("2025-07-01 23:20 GMT 2025-07-02 07:20 (Beijing Time)  Southwest Morning Post")
    assert (dt.date, dt.time, dt.start, dt.end) == ("2025-07-02", "07:20", 0, len("2025-07-01 23:20 GMT 2025-07-02 07:20 (Beijing Time)"))
    assert find_datetime("2025-07-01 23:20 GMT+8").time == "23:20"  # a zone alone changes nothing
    doc = clean_text(_page(TITLE, "2025-07-02 01:20:45 GMT2025-07-02 09:20:45(Beijing Time)  Southwest Morning Post"))
    assert (doc.metadata.date, doc.metadata.time) == ("2025-07-02", "09:20:45")
    assert doc.metadata.source == "Southwest Morning Post"


def test_a_date_glued_to_the_headlines_last_word_is_the_date_not_the_title():
    doc = clean_text(_page(f"{TITLE}2025-03-21", "Source: qnc"))
    assert doc.title.text == TITLE
    assert doc.metadata.date == "2025-03-21"
    doc = clean_text(_page("Plan for 2021-2025", "Source: qnc"))  # a span of years is no date
    assert doc.metadata.date is None


def test_a_created_date_closing_the_body_is_the_date():
    doc = clean_text(_page(TITLE) + "\nCreated: 14 July 2025\n")
    assert doc.metadata.date == "2025-07-14"


def test_index_table_label_variants_are_header_rows():
    doc = clean_text(_page("Composition classification: Notices Date of issue: 2025-03-02",
                           "Issuing agencies: Lanxi District Agriculture Bureau", TITLE))
    assert doc.title.text == TITLE
    assert doc.metadata.extra.get("classification") == "Notices"
    assert doc.metadata.extra.get("issuing_agency") == "Lanxi District Agriculture Bureau"


def test_a_full_width_bar_between_fields_is_no_part_of_a_value():
    doc = clean_text(_page(TITLE, "Author：Li Na｜Editor：Wang Wu  Number of readings: 35"))
    assert (doc.metadata.author, doc.metadata.editor, doc.metadata.views) == ("Li Na", "Wang Wu", 35)


def test_bulleted_by_line_and_date_row_under_the_title_are_header_rows():
    doc = clean_text(_page(TITLE, "  • By", "  • Mar 04, 2025  UTC+8", "  • Tags: QHCEM"))
    assert doc.metadata.date == "2025-03-04"
    assert doc.metadata.author is None
    assert any(f.code == "empty-field" and "'By'" in f.message for f in doc.findings)
    first = next(b for s in doc.sections for b in s.blocks if b.kind == "paragraph")
    assert first.text.startswith(PROSE[:30])


@pytest.mark.parametrize("row, views", [("200 Read", 200), ("1,286 views", 1286), ("35 次阅读", 35), ("48 Clicks", 48)])
def test_a_view_count_printed_before_its_word_under_the_headline_is_the_views(row, views):
    doc = clean_text(_page(TITLE, "2024-03-05", row))
    assert doc.metadata.views == views
    assert row not in " ".join(b.text for s in doc.sections for b in s.blocks)


@pytest.mark.parametrize("row", ["200 farmers", "3 views of the river from the old bridge"])
def test_a_count_before_other_words_is_no_view_counter(row):
    assert clean_text(_page(TITLE, "2024-03-05", row)).metadata.views is None


@pytest.mark.parametrize("label", ["Browser times", "Browse the number", "The number"])
def test_word_for_word_translations_of_the_view_counter_label_are_read(label):
    assert clean_text(_page(TITLE, f"Release time: 2024-03-05  {label}: 86")).metadata.views == 86


@pytest.mark.parametrize("tag", ["(Part II)", "(Part 2)", "（上）", "(Continued)"])
def test_a_part_tag_under_the_headline_is_the_titles(tag):
    doc = clean_text(_page(TITLE, tag, "Release time: 2024-03-05"))
    inner = tag.strip("()（）")
    assert doc.title.text.startswith(TITLE) and doc.title.text.rstrip(")）").endswith(inner)


@pytest.mark.parametrize("button", ["Print", "打印", "Print Close"])
def test_a_print_button_after_the_fields_glued_to_the_headline_is_furniture(button):
    doc = clean_text(_page(f"{TITLE}  Release date: 2024-06-03  Source: Lanxi Evening News {button}"))
    assert doc.metadata.source == "Lanxi Evening News"
    assert doc.title.text == TITLE


def test_a_credits_label_under_the_headline_names_the_writer_and_the_outlet():
    doc = clean_text(_page(TITLE, "Credits: Zhou Lan (Lanxi Daily)"))
    assert (doc.metadata.author, doc.metadata.source) == ("Zhou Lan", "Lanxi Daily")
    assert doc.sections[0].blocks[0].text == PROSE


def test_the_first_sentence_glued_to_a_field_row_opens_the_text():
    glued = "Author:Hexi Township Office" + PROSE
    doc = clean_text(_page(TITLE, "Time:May 9, 2025", glued))
    assert doc.metadata.author == "Hexi Township Office"
    assert doc.sections[0].blocks[0].text == PROSE


@pytest.mark.parametrize("row", ["Source:XinhuaNet", "Author:Zhou LanEditor:Wu Tao"])
def test_a_camel_cased_value_or_a_second_label_is_no_glued_sentence(row):
    doc = clean_text(_page(TITLE, row))
    assert doc.sections[0].blocks[0].text == PROSE


def test_a_trail_from_home_over_the_headline_wins_over_a_menus_arrows_above_it():
    doc = clean_text("\n".join(["> Search   > English", "", "Home > County News", "", TITLE, "Updated: 2025-01-08", "",
                                PROSE, "", PROSE_2, ""]))
    assert list(doc.breadcrumb) == ["Home", "County News"]
    assert any(f.rule == "furniture" and "Search" in f.before for f in doc.fixes)


def test_a_first_trail_from_home_keeps_its_place():
    doc = clean_text("\n".join(["Home > News", "", "Home > County News", "", TITLE, "Updated: 2025-01-08", "",
                                PROSE, "", PROSE_2, ""]))
    assert list(doc.breadcrumb) == ["Home", "News"]


@pytest.mark.parametrize("row, author", [("Correspondent:Qiao Wenjun. Translator: Lin Hao.", "Qiao Wenjun"),
                                          ("Author: Zhou Lan.", "Zhou Lan"), ("Author: Li J.", "Li J.")])
def test_the_full_stop_closing_a_credit_is_no_part_of_the_name(row, author):
    assert clean_text(_page(TITLE, row)).metadata.author == author


@pytest.mark.parametrize("row", ["Lanxi Daily · Mar 4 09:15", "Lanxi Daily ·  March 4 09:15", "Lanxi Daily · 03-04 09:15"])
def test_an_outlet_and_a_day_without_its_year_give_the_source_and_the_time(row):
    doc = clean_text("\n".join([TITLE, "", row, "", PROSE, "", PROSE_2, ""]))
    m = doc.metadata
    assert (m.source, m.date, m.time, m.extra.get("date_partial")) == ("Lanxi Daily", None, "09:15", "03-04")
    assert doc.sections[0].blocks[0].text == PROSE


@pytest.mark.parametrize("text", ["May 3 people came", "On March 4 the county met", "Feb 30 09:15"])
def test_a_month_and_a_day_without_a_time_or_a_real_day_are_no_partial_date(text):
    from bulletin_tools.fields import find_datetime

    assert find_datetime(text) is None


def test_a_hashtag_and_a_dotted_date_under_the_headline_are_the_headers():
    doc = clean_text("\n".join([TITLE, "#Policy Notes", "·2024-03-04 09:15:27", PROSE, "", PROSE_2, ""]))
    assert doc.title.text == TITLE
    assert (doc.metadata.date, doc.metadata.time) == ("2024-03-04", "09:15:27")
    assert "#Policy Notes" in [f.before for f in doc.fixes]  # (removed, and recorded)
    assert doc.sections[0].blocks[0].text == PROSE


def test_a_hashtag_in_the_text_stays():
    doc = clean_text("\n".join([TITLE, "", PROSE, "", "#Lanxi Spring", "", PROSE_2, ""]))
    assert "#Lanxi Spring" in " ".join(b.text for s in doc.sections for b in s.blocks) + " ".join(
        s.heading or "" for s in doc.sections)


def test_a_writers_post_in_brackets_after_the_name_is_the_unit():
    doc = clean_text(_page(TITLE, "Author: Zhou Lan (Professor, School of Government, Hexi University)"))
    assert doc.metadata.author == "Zhou Lan"
    assert doc.metadata.extra.get("author_unit") == "Professor, School of Government, Hexi University"


def test_a_news_hotline_after_the_source_is_its_own_field():
    doc = clean_text(_page(TITLE, "Release time: 2024-05-06 10:12 Source: Lanxi News Network News Hotline: 0571-55501234"))
    assert doc.metadata.source == "Lanxi News Network"
    assert doc.metadata.extra.get("hotline") == "0571-55501234"


@pytest.mark.parametrize("credit", ["(by Qiao Wenjun)", "(By Qiao Wenjun)", "（by Qiao Wenjun）"])
def test_a_by_credit_in_brackets_closing_the_text_names_the_author(credit):
    doc = clean_text("\n".join([TITLE, "", PROSE, "", PROSE_2, "", credit, ""]))
    assert doc.metadata.author == "Qiao Wenjun"
    assert "Qiao Wenjun" not in " ".join(b.text for s in doc.sections for b in s.blocks)


def test_a_sentence_in_brackets_opening_with_by_is_no_credit():
    doc = clean_text("\n".join([TITLE, "", PROSE, "", PROSE_2, "", "(by the way, the bridge opens in May)", ""]))
    assert doc.metadata.author is None
