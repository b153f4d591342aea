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
        ("Date:11, 20, 2018Hits:5", "2018-11-20"),  # `November 20, 2018` with the month's number
        ("Xinhua | 06 09, 2023", "2023-06-09"),
        ("DATE:2012 05,13    Source:", "2012-05-13"),  # year first, a space and a comma between
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
