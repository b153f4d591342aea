"""Trails of real pages met in session 10 (samples s730 on): a trail the page
broke after `Label: Home`, a numbered list of crumbs whose last item is the
headline under it, and a path to "the text" (`Content`) with no Home."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.header import is_trail_head, numbered_crumbs, parse_breadcrumb

HEADLINE = "The county opens a new market hall for farmers"


def _doc(*lines: str):
    return clean_text("\n".join(lines) + "\n\n" + PROSE + "\n\n" + PROSE_2 + "\n")


@pytest.mark.parametrize("line", ["Home", "Current page: Home", "当前位置：首页", "Home >", "Location: Home |"])
def test_a_lone_home_after_a_label_heads_a_trail(line):
    assert is_trail_head(line)


@pytest.mark.parametrize("line", ["Home > News", "Home page of the county", "Notes: Home visits began"])
def test_a_line_with_more_than_home_is_no_trail_head(line):
    assert not is_trail_head(line)


@pytest.mark.parametrize("head", ["Current page: Home", "curpage: Home", "Home"])
def test_a_trail_broken_after_its_first_crumb_is_read_whole(head):
    doc = _doc(head, ">> English >> News >> County Today", HEADLINE)
    assert list(doc.breadcrumb) == ["Home", "English", "News", "County Today"]
    assert doc.title.text == HEADLINE


def test_the_unknown_label_of_a_broken_trail_is_recorded():
    doc = _doc("curpage: Home", ">> English >> News", HEADLINE)
    assert any(f.rule == "furniture" and f.before.strip() == "curpage:" for f in doc.fixes)


def test_a_numbered_list_ending_in_the_headline_is_its_trail():
    doc = _doc("1. Campus", "2. Notices", "3. " + HEADLINE, HEADLINE)
    assert list(doc.breadcrumb) == ["Campus", "Notices", HEADLINE]
    assert doc.title.text == HEADLINE


def test_a_numbered_list_not_ending_in_the_next_line_is_no_trail():
    doc = _doc("1. Campus", "2. Notices", "3. Student Affairs", HEADLINE)
    assert doc.breadcrumb == ()


def test_numbered_crumbs_must_run_from_one():
    assert numbered_crumbs("1. A 2. B 3. C") == ["A", "B", "C"]
    assert numbered_crumbs("2. A 3. B") is None
    assert numbered_crumbs("1. A 3. B") is None


@pytest.mark.parametrize("line, crumbs", [
    ("News> Harbour Towns> Content", ["News", "Harbour Towns", "Content"]),
    ("Notices >> Township >> 正文", ["Notices", "Township", "正文"]),
])
def test_a_path_to_the_text_needs_no_home(line, crumbs):
    assert parse_breadcrumb(line) == crumbs


@pytest.mark.parametrize("line", ["News > Content", "News | Sports | Content", "Reading list: text"])
def test_a_short_or_arrowless_path_to_the_text_is_no_trail(line):
    assert parse_breadcrumb(line) is None


@pytest.mark.parametrize("line, crumbs", [
    ("Your location:HomeCompany news > Open day at the mill", ["Home", "Company news", "Open day at the mill"]),
    ("HomePage > News", ["Home", "News"]),
])
def test_home_glued_to_the_next_crumb_is_split(line, crumbs):
    assert parse_breadcrumb(line) == crumbs
