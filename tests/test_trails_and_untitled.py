"""Patterns of real pages met in session 9 (samples s490 on): trails a
label of unknown wording introduces, a trail of Home alone, a news site's
byline row with the outlet and time, and a page that prints its headline as
the opening line of the text."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.header import parse_breadcrumb


def _doc(*parts: str):
    return clean_text("\n\n".join(parts) + "\n")


def _body(doc) -> str:
    return "\n".join(b.text for s in doc.sections for b in s.blocks)


@pytest.mark.parametrize("line, crumb", [("Home>>", "Home"), ("Home >", "Home"), ("首页 >>", "首页"), ("HOME »", "Home")])
def test_home_and_a_separator_alone_is_a_trail(line, crumb):
    assert parse_breadcrumb(line) == [crumb]


def test_home_alone_without_a_separator_is_no_trail():
    assert parse_breadcrumb("Home") is None


@pytest.mark.parametrize("line, crumbs", [
    ("Where you are now : Home > News Center > Notices", ["Home", "News Center", "Notices"]),
    ("您现在所在的位置 : 首页 > 新闻 > 公告", ["首页", "新闻", "公告"]),
    ("Now:HOME > SERVICE > Activities", ["Home", "SERVICE", "Activities"]),
])
def test_a_label_of_any_wording_before_a_trail_from_home(line, crumbs):
    assert parse_breadcrumb(line) == crumbs


@pytest.mark.parametrize("line", [
    # a sentence with a colon, then words: no trail from Home after the colon
    "The county said: home owners > 60 get a subsidy",
    # the label holds a digit: a date or a count, not a prefix
    "2023-04-18 : Home > News",
])
def test_no_trail_without_a_short_label_and_a_trail_from_home(line):
    assert parse_breadcrumb(line) is None


def test_home_trail_alone_is_the_breadcrumb_not_the_title():
    doc = _doc("Home>>", TITLE, PROSE, PROSE_2)
    assert list(doc.breadcrumb) == ["Home"]
    assert doc.title.text == TITLE
