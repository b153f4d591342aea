"""Tests for bulletin_tools.fields: header dates/times and view counts."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.fields import DateTime, find_datetime, parse_views

from adversarial_inputs import FIELD_TEXTS, Repeat, run_fields  # tests/: the inputs and the counted-work check
from conftest import CORPUS  # ../shared/corpus beside the project, never an absolute path
from counted_work import assert_linear

# (text, date, time, partial)
DATE_CASES = [
    ("2023-08-08", "2023-08-08", None, None),
    ("2022-04-23 15:15:52", "2022-04-23", "15:15:52", None),
    ("2019-01-31 09:44", "2019-01-31", "09:44", None),
    ("2022.06.25", "2022-06-25", None, None),
    ("2024/05/0506:56:34", "2024-05-05", "06:56:34", None),
    ("2010/6/6 16:17:10", "2010-06-06", "16:17:10", None),
    ("2023-6-8", "2023-06-08", None, None),
    ("09-14-2017", "2017-09-14", None, None),
    ("12/26/2025 15:25:00", "2025-12-26", "15:25:00", None),
    ("12-05 07:50", None, "07:50", "12-05"),
    ("Jan 5, 2018", "2018-01-05", None, None),
    ("Oct 27,2016 9:23 AM", "2016-10-27", "09:23", None),
    ("Oct 27, 2016 4:05 PM", "2016-10-27", "16:05", None),
    ("Mar 3, 2020 12:10 am", "2020-03-03", "00:10", None),
    ("Sunday, January 15, 2023", "2023-01-15", None, None),
    ("November 15, 2023", "2023-11-15", None, None),
    ("Sept. 9th, 2021", "2021-09-09", None, None),
    ("15 January 2023", "2023-01-15", None, None),
    ("2021-September-11 12:01", "2021-09-11", "12:01", None),
    ("2021-Sep-11", "2021-09-11", None, None),
    ("20020621", "2002-06-21", None, None),
    ("Date: 20020621", "2002-06-21", None, None),
    ("2014年8月31日星期日", "2014-08-31", None, None),
    ("2023年11月15日", "2023-11-15", None, None),
    ("2023年11月15日 14:30", "2023-11-15", "14:30", None),
    ("2023-10-12T09:30:00", "2023-10-12", "09:30:00", None),
    ("2023-04-18 14：30", "2023-04-18", "14:30", None),
    ("Release time:2023-10-12 09:30  Clicks:1,286", "2023-10-12", "09:30", None),
    ("Tanbei Town People's Government2023-10-12", "2023-10-12", None, None),
    ("Source：Author：Release time：2023-09-08Clicks：", "2023-09-08", None, None),
    ("Source:Author:小编Click: Time:2023-08-08", "2023-08-08", None, None),
    ("Publish date：2023年11月15日  Source：Qingmu", "2023-11-15", None, None),
    ("Date:        2023-08-08      ", "2023-08-08", None, None),
    ("·¢²¼Ê±¼ä£º2023-06-12 09:00:00  ×÷Õß", "2023-06-12", "09:00:00", None),
    # ambiguous numeric order: month first (US machine translation) unless impossible
    ("05/06/2023", "2023-05-06", None, None),
    ("26/12/2025", "2025-12-26", None, None),
    ("05-06-2023", "2023-05-06", None, None),
    # dots with the year last are day first (European), unless impossible
    ("05.06.2023", "2023-06-05", None, None),
    ("12.26.2025", "2025-12-26", None, None),
    ("Time: 12-05", None, None, "12-05"),
    ("02-29 10:00", None, "10:00", "02-29"),
]


@pytest.mark.parametrize(("text", "date", "time_", "partial"), DATE_CASES)
def test_find_datetime(text: str, date: str | None, time_: str | None, partial: str | None) -> None:
    found = find_datetime(text)
    assert found is not None
    assert (found.date, found.time, found.partial) == (date, time_, partial)
    assert 0 <= found.start < found.end <= len(text)


# (text, matched span text)
SPAN_CASES = [
    ("Tanbei Town People's Government2023-10-12", "2023-10-12"),
    ("2023-09-08Clicks：", "2023-09-08"),
    ("Release date:2024/05/0509:16:34  Browse number:467", "2024/05/0509:16:34"),
    ("Posted on Sunday, January 15, 2023 by admin", "Sunday, January 15, 2023"),
    ("Date: Oct 27,2016 9:23 AM  Views: 3", "Oct 27,2016 9:23 AM"),
    ("发布时间：2014年8月31日星期日 来源", "2014年8月31日星期日"),
    ("Time: 12-05 07:50 Source: x", "12-05 07:50"),
    ("Source: Posted Date:09-14-2017", "09-14-2017"),
]


@pytest.mark.parametrize(("text", "span_text"), SPAN_CASES)
def test_find_datetime_offsets(text: str, span_text: str) -> None:
    found = find_datetime(text)
    assert found is not None
    assert text[found.start : found.end] == span_text


def test_first_date_wins() -> None:
    found = find_datetime("Updated 2023-05-02, first published 2023-04-01")
    assert found is not None and found.date == "2023-05-02"
    found = find_datetime("Jan 3, 2020 then 2021-01-01")
    assert found is not None and found.date == "2020-01-03"
    # a full date after a yearless one is still preferred: a year is worth more
    found = find_datetime("Time: 12-05 then 2023-12-05")
    assert found is not None and found.date == "2023-12-05"


NOT_DATES = [
    "",
    "2023-13-01",  # month 13
    "2023-02-30",  # Feb 30
    "2023-02-29",  # not a leap year
    "13/13/2023",
    "Feb 30, 2020",
    "2023年13月1日",
    "Tel: 0579-87312208",
    "No. 16 Xingnong Road, Tanbei Town",
    "23,600 mu of late rice, an increase of 3.6% over last year",
    "Fengxi County Holds 2023 Flood Control Emergency Drill",
    "浙ICP备10023456号-1",
    "Website identification code: 3307830011",
    "On April 17, Shuangqiao Town held a training course",
    "ID 20020621 was issued",  # eight digits not standing as a field value
    "20021year",
    "Room 3-2 on the left",  # a yearless pair that is neither before a time nor a value
    "2023-10-123",  # a day running on into digits that are no time
    "1899-01-01",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert find_datetime(text) is None


def test_bad_time_is_dropped_but_date_kept() -> None:
    found = find_datetime("2023-08-08 25:61")
    assert found == DateTime("2023-08-08", None, 0, 10, None)


def test_never_invents_a_year() -> None:
    found = find_datetime("12-05 07:50")
    assert found is not None
    assert found.date is None and found.partial == "12-05"


VIEW_CASES = [
    ("1,286", 1286),
    ("375 viewer", 375),
    ("2,041 times", 2041),
    ("Viewd 2318", 2318),
    ("阅读 12次", 12),
    ("12次", 12),
    ("467", 467),
    ("  58  ", 58),
    ("0", 0),
    ("[905]", 905),
    ("Views: 1,052", 1052),
    ("", None),
    ("   ", None),
    ("abc", None),
    ("Tanbei Town People's Government", None),
    ("No. 2 Middle School", None),
    ("2023-08-08", None),
    ("1,2,3", None),
    ("12 apples", None),
    ("9" * 40, None),
]


@pytest.mark.parametrize(("value", "expected"), VIEW_CASES)
def test_parse_views(value: str, expected: int | None) -> None:
    assert parse_views(value) == expected


@pytest.mark.parametrize("case", FIELD_TEXTS, ids=lambda c: c.label)
def test_linear_work(case: Repeat) -> None:
    """Counted work at n and 4n; the megabyte texts are timed by benchmarks/bench_adversarial.py."""
    assert_linear(run_fields, case.sized, 20_000, label=f"find_datetime/parse_views on {case.label}")
    assert parse_views(case.sized(20_000)) is None  # no count in a run of one unit


_FORMATS = [
    lambda d: d.strftime("%Y-%m-%d"),
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: d.strftime("%Y.%m.%d"),
    lambda d: d.strftime("%m/%d/%Y") if d.day > 12 else d.strftime("%Y-%m-%d"),
    lambda d: d.strftime("%B %d, %Y"),
    lambda d: d.strftime("%a %b %d, %Y"),
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: d.strftime("%Y%m%d"),
]


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.sampled_from(range(len(_FORMATS))),
    st.sampled_from(["Time:", "Release time：", ""]),
)
def test_round_trip(day: dt.date, fmt: int, label: str) -> None:
    text = label + _FORMATS[fmt](day)
    found = find_datetime(text)
    assert found is not None and found.date == day.isoformat()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789-/.: 年月日:Jan,APM\t", max_size=60))
def test_never_crashes_and_offsets_in_bounds(text: str) -> None:
    found = find_datetime(text)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
        if found.date is not None:
            dt.date.fromisoformat(found.date)
        if found.time is not None:
            assert re.fullmatch(r"\d\d:\d\d(:\d\d)?", found.time)


# --- the acceptance corpus: the header's date and time --------------------------------


def _corpus_cases() -> list[tuple[str, str]]:
    if not CORPUS.is_dir():
        return []
    cases = []
    for expected in sorted(CORPUS.glob("d*.expected.json")):
        cases.append((expected.name.removesuffix(".expected.json"), "utf-8-sig"))
    cases.append(("bad/gbk-encoded", "gbk"))
    return cases


@pytest.mark.parametrize(("name", "encoding"), _corpus_cases() or [("missing", "utf-8")])
def test_corpus_header_dates(name: str, encoding: str) -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    expected = json.loads((CORPUS / f"{name}.expected.json").read_text(encoding="utf-8"))
    metadata = expected.get("metadata") or {}
    if "date" not in metadata:
        pytest.skip("no expected date")
    lines = (CORPUS / f"{name}.txt").read_bytes().decode(encoding).splitlines()
    found = next((hit for line in lines[:8] if (hit := find_datetime(line))), None)
    assert found is not None
    assert found.date == metadata["date"]
    if "time" in metadata:
        assert found.time == metadata["time"]


@pytest.mark.parametrize("text, span_text", [
    ("Release time: 2023-02-24 Friday 10:30  Views: 8", "2023-02-24 Friday 10:30"),
    ("2023-02-24 (Fri.) 10:30", "2023-02-24 (Fri.) 10:30"),
    ("2023年02月24日 星期五 10:30", "2023年02月24日 星期五 10:30"),
    ("2023-02-24 周五 10:30 来源: 河西日报", "2023-02-24 周五 10:30"),
])
def test_a_weekday_between_date_and_time(text: str, span_text: str) -> None:
    dt = find_datetime(text)
    assert dt is not None and (dt.date, dt.time) == ("2023-02-24", "10:30")
    assert text[dt.start:dt.end] == span_text


def test_a_weekday_alone_after_a_date_is_no_part_of_it() -> None:
    dt = find_datetime("2023-02-24 Friday, the town held its fair")
    assert dt is not None and dt.time is None and dt.end == len("2023-02-24")
