"""Header date shapes and label spellings seen on the real tuning pages of
issue 11 (header-metadata family), each pinned in words written for this
project; whole pages are pinned by samples s700-s729."""

from __future__ import annotations

import pytest
from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.fields import find_datetime
from bulletin_tools.pipeline import clean_text


def _page(*top: str) -> str:
    return "\n".join([*top, "", PROSE, "", PROSE_2, ""])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Post time: Aug-14-2022", "2022-08-14"),  # month's name, day, year between hyphens
        ("Sep.03,2021", "2021-09-03"),  # the abbreviation's dot for the space
        ("Date:10, 23, 2018Hits:5", "2018-10-23"),  # `November 20, 2018` with the month's number
        ("Lingxi Net | 07 15, 2022", "2022-07-15"),
        ("DATE:2016 04,27    Source:", "2016-04-27"),  # year first, a space and a comma between
    ],
)
def test_a_template_date_shape_is_read(text: str, date: str) -> None:
    dt = find_datetime(text)
    assert dt is not None and dt.date == date


@pytest.mark.parametrize(
    "text",
    [
        "chapters 3, 5, 2020 and the annex",  # numbers in a sentence are no date
        "20, 11, 2018",  # month first only: never swapped
        "at 08:11 20, 2018",  # a clock's minutes are no month
        "In 2019 3,500 people came",  # a count after a year
    ],
)
def test_numbers_that_only_look_like_a_date_are_not_read(text: str) -> None:
    dt = find_datetime(text)
    assert dt is None or dt.date is None


def test_a_glued_datetime_label_reads_the_date_and_loses_no_word() -> None:
    doc = clean_text(_page(TITLE, "Hits:17    DateTime:Sep.03,2021"))
    assert (doc.metadata.date, doc.metadata.views) == ("2021-09-03", 17)
    assert "unlabelled" not in doc.metadata.extra


# ------------------------------------------------------------ counts and bars


@pytest.mark.parametrize(
    ("row", "views"),
    [
        ("Release date:[2023/3/16] Read a total of[215]time", 215),  # a CMS's 共阅读[215]次
        ("Release date:[2023/3/16] A total of reading [8] time", 8),
        ("发布时间:2023-03-16 08:15:22 浏览数:29654", 29654),  # an untranslated counter label
    ],
)
def test_a_view_count_in_brackets_or_under_a_chinese_label_is_read(row: str, views: int) -> None:
    doc = clean_text(_page(TITLE, row))
    assert (doc.metadata.date, doc.metadata.views) == ("2023-03-16", views)


def test_a_bracketed_number_without_the_word_for_times_is_no_count() -> None:
    doc = clean_text(_page(TITLE, "Release date:[2023/3/16] Room [215] open"))
    assert doc.metadata.views is None


def test_a_box_drawing_bar_ends_a_name_and_the_date_after_it_is_read() -> None:
    doc = clean_text(_page(TITLE, "Author:Tang Wenli │ Dat:2023-07-21 15:20:08"))
    assert (doc.metadata.author, doc.metadata.date, doc.metadata.time) == ("Tang Wenli", "2023-07-21", "15:20:08")
    assert doc.metadata.extra.get("unlabelled") == "Dat:"  # the unknown label is kept, not lost


def test_a_box_drawing_bar_is_trimmed_from_a_value() -> None:
    doc = clean_text(_page(TITLE, "Editor:Zhou Lanfang │ Release Time:2023-07-21"))
    assert (doc.metadata.editor, doc.metadata.date) == ("Zhou Lanfang", "2023-07-21")


def test_a_bar_before_an_outlet_still_credits_the_outlet() -> None:
    doc = clean_text(_page(TITLE, "Author: Cao Yu | China Daily  Date: 2023-07-21"))
    assert doc.metadata.author == "Cao Yu"


# ------------------------------------------------------- labels that are no value


@pytest.mark.parametrize("widget", ["share:", "分享:", "Share："])
def test_a_share_widgets_empty_label_is_no_source(widget: str) -> None:
    doc = clean_text(_page(TITLE, f"2024-05-08 09:12:40 admin source: {widget}"))
    assert (doc.metadata.source, doc.metadata.author, doc.metadata.date) == (None, "admin", "2024-05-08")
    # recorded, not lost (the full-width colon is narrowed first; 分享, whose translation the
    # removal makes moot, is recorded as printed)
    assert any(f.rule == "furniture" and f.before.strip().lower() in ("share:", widget.lower()) for f in doc.fixes)


def test_a_share_word_inside_a_value_stays() -> None:
    doc = clean_text(_page(TITLE, "Source: Market share: monthly review  Date: 2024-05-08"))
    assert doc.metadata.source == "Market share: monthly review"


@pytest.mark.parametrize("row", ["From: | Date Add in:2022-03-09 14:05:00", "Author:Lin Qiao  Addtime:2022-03-09 14:05:00"])
def test_date_added_labels_read_the_date_and_are_no_source(row: str) -> None:
    doc = clean_text(_page(TITLE, row))
    assert (doc.metadata.date, doc.metadata.source) == ("2022-03-09", None)


# ------------------------------------------------------------------ by-lines


@pytest.mark.parametrize(
    ("row", "author", "date"),
    [
        ("By Ruan MeiqiSeptember 14th, 2021", "Ruan Meiqi", "2021-09-14"),  # the date glued to the name
        ("By Ruan Meiqi September 14th, 2021", "Ruan Meiqi", "2021-09-14"),
        ("By Tue, 14 Jun 2022 GMT", None, "2022-06-14"),  # the name was a dropped link
        ("Apr 22, 2020  |  by Qiu Lan, Fan Dewei", "Qiu Lan, Fan Dewei", "2020-04-22"),
        ("Source: Lingxi Net, Time: May 9,2021 by Mao Lin", "Mao Lin", "2021-05-09"),
    ],
)
def test_a_by_credit_beside_the_rows_date_is_the_author(row: str, author: str | None, date: str) -> None:
    doc = clean_text(_page(TITLE, row))
    assert (doc.metadata.author, doc.metadata.date) == (author, date)


def test_a_by_line_with_no_name_left_is_an_empty_field() -> None:
    doc = clean_text(_page(TITLE, "By Tue, 14 Jun 2022 GMT"))
    assert any(f.code == "empty-field" for f in doc.findings)


@pytest.mark.parametrize("row", ["2019-12-03 by the town office", "2019-12-03  by the way"])
def test_by_before_words_in_lower_case_is_no_credit(row: str) -> None:
    doc = clean_text(_page(TITLE, row))
    assert doc.metadata.author is None and doc.metadata.date == "2019-12-03"


def test_a_month_glued_after_a_lower_case_word_is_read_only_at_a_capital() -> None:
    assert find_datetime("By Lin QiaoMarch 3, 2024").date == "2024-03-03"
    assert find_datetime("remarch 5, 2019") is None


# ------------------------------------------------------------- times and accounts


@pytest.mark.parametrize(
    ("text", "time_"),
    [("03/18/2022 | 09:40am EST", "09:40"), ("18.03.2022 | 21:05", "21:05"), ("2022-03-18 ｜ 21:05", "21:05")],
)
def test_a_time_after_a_spaced_bar_belongs_to_the_date(text: str, time_: str) -> None:
    dt = find_datetime(text)
    assert (dt.date, dt.time) == ("2022-03-18", time_)


def test_a_bar_before_other_fields_takes_no_time_with_it() -> None:
    dt = find_datetime("2022-03-18 | Views: 12")
    assert (dt.date, dt.time, dt.end) == ("2022-03-18", None, 10)


def test_an_account_under_a_publisher_label_is_the_author() -> None:
    doc = clean_text(_page(TITLE, "Publisher:webmaster     Views:36"))
    assert (doc.metadata.author, doc.metadata.source, doc.metadata.views) == ("webmaster", None, 36)


def test_an_outlet_under_a_publisher_label_stays_the_source() -> None:
    doc = clean_text(_page(TITLE, "Publisher:Lingxi Town Government     Views:36"))
    assert (doc.metadata.author, doc.metadata.source) == (None, "Lingxi Town Government")


def test_the_untranslated_poster_label_credits_a_person_not_an_outlet() -> None:
    doc = clean_text(_page(TITLE, "发布人:lq  发布时间:2022-06-02   浏览次数:87"))
    assert (doc.metadata.author, doc.metadata.source, doc.metadata.views) == ("lq", None, 87)
    assert any(f.rule == "cjk-residue" and f.before == "发布人" and f.after == "Posted by" for f in doc.fixes)


# ------------------------------------------------------------- a site's clock


def _clocked(clock: str, prose_year: str) -> str:
    prose = PROSE.replace("On Tuesday morning", f"On Tuesday morning in {prose_year}") if prose_year else PROSE
    return "\n".join(["Harbour City News", clock, TITLE, "", prose, "", PROSE_2, ""])


def test_a_weekday_date_years_after_every_year_of_the_page_is_the_sites_clock() -> None:
    doc = clean_text(_clocked("Tuesday, March 4, 2025", "2019"))
    assert doc.metadata.date is None
    assert doc.metadata.extra.get("page_date") == "Tuesday, March 4, 2025"  # kept, not lost


@pytest.mark.parametrize(
    ("clock", "prose_year"),
    [
        ("Tuesday, March 4, 2025", "2024"),  # a year before: a story dated early in the next year
        ("Tuesday, March 4, 2025", ""),  # the page names no year: nothing to judge by
        ("March 4, 2025", "2019"),  # no weekday: no clock's shape
    ],
)
def test_a_date_above_the_title_without_that_evidence_stays_the_date(clock: str, prose_year: str) -> None:
    doc = clean_text(_clocked(clock, prose_year))
    assert doc.metadata.date == "2025-03-04"


# ------------------------------------------------------ a label glued to the title


@pytest.mark.parametrize(
    ("headline", "title", "date"),
    [
        ("Potters of Baiyan Village Open Their Kilns to Visitorsrelease time:2023-05-19",
         "Potters of Baiyan Village Open Their Kilns to Visitors", "2023-05-19"),
        ("Potters of Baiyan Village Open Their Kilnspublish time:May 19, 2023",
         "Potters of Baiyan Village Open Their Kilns", "2023-05-19"),
    ],
)
def test_a_date_label_glued_to_the_headline_is_split_off(headline: str, title: str, date: str) -> None:
    doc = clean_text("\n".join([headline, "", PROSE, "", PROSE_2, ""]))
    assert (doc.title.text, doc.metadata.date) == (title, date)


@pytest.mark.parametrize(
    "headline",
    [
        "Potters of Baiyan Village Open Their Kilns at Show time:2023-05-19",  # spaced: not this reader's
        "Kilnsdate:2023-05-19",  # too little headline before it
        "Potters of Baiyan Village Open Their Kilns in Lamptime:2023-05-19",  # a one-word label: `time` or `Lamptime`?
        "Potters of Baiyan Village Sign the Kiln Mandate:2023-05-19",
    ],
)
def test_a_glued_tail_without_that_evidence_is_not_split_here(headline: str) -> None:
    from bulletin_tools.segment.title_label_tail import glued_label_tail

    assert glued_label_tail(headline, 20) is None


@pytest.mark.parametrize("row", [" date 2024-06-11 Lingshui", "Date June 11, 2024"])
def test_a_date_label_without_its_colon_before_a_full_date_is_read(row: str) -> None:
    doc = clean_text(_page(TITLE, row))
    assert doc.metadata.date == "2024-06-11"


def test_date_before_a_year_alone_is_no_label() -> None:
    doc = clean_text(_page(TITLE, "Date 2024 palm planting plan for Lingxi"))
    assert doc.metadata.date is None


def test_a_second_date_is_kept_as_other_date_not_as_the_date_s_printed_form() -> None:
    """`date_text` is the printed form of `date`; a meeting's day under the release
    date is another date, kept whole as `other_date` (nothing lost, nothing mislabelled)."""
    doc = clean_text(_page(
        TITLE,
        "Release time: 2024-04-02 10:15   Source: Town Office",
        "",
        "Time: March 28, 2024 (Thursday), 3:00 p.m.",
        "Place: Meeting Room 2, Lanxi Town Government",
    ))
    assert (doc.metadata.date, doc.metadata.time) == ("2024-04-02", "10:15")
    assert doc.metadata.extra.get("other_date") == "March 28, 2024 (Thursday), 3:00 p.m."
    assert "date_text" not in doc.metadata.extra


def test_the_date_s_own_printed_form_is_still_date_text() -> None:
    doc = clean_text(_page(TITLE, "Release time: March 28, 2024 15:00   Source: Town Office"))
    assert doc.metadata.date == "2024-03-28"
    assert doc.metadata.extra.get("date_text") == "March 28, 2024 15:00"
    assert "other_date" not in doc.metadata.extra
