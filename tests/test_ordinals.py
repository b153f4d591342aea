"""Enumeration markers as data (issue 12): ordered lists keep their numbers,
Chinese ordinals leave the heading/item text and live in ``marker``/``number``."""

from __future__ import annotations

import doctest

import pytest

import bulletin_tools
from bulletin_tools import ordinals
from bulletin_tools.ordinals import chinese_number, display, split_ordinal

PAGE = (
    "Notice on the Gas Safety Inspection of Catering Units in the County\n"
    "Release time: 2023-11-02 Source: County Emergency Bureau\n"
    "\n"
    "To implement the work plan, the county carries out a special inspection of gas safety in catering units.\n"
    "\n"
    "一、Insured objects\n"
    "All catering units that use bottled liquefied gas in the county are covered by this inspection.\n"
    "二、Key contents\n"
    "（一）Check whether gas cylinders are stored in separate rooms.\n"
    "（二）Check whether hoses are aged or cracked.\n"
    "（三）Check whether employees have received safety training.\n"
    "\n"
    "Steps to follow:\n"
    "1. Project number: ZC-2023-118, filed with the county bureau.\n"
    "2. Project name: gas safety inspection of catering units.\n"
)


def _doc():
    return bulletin_tools.clean(PAGE, input="page.txt")


def test_doctests_pass():
    assert doctest.testmod(ordinals).failed == 0


def test_chinese_heading_marker_is_data_not_text():
    doc = _doc()
    headed = [s for s in doc.sections if s.heading is not None]
    first = headed[0]
    assert first.heading == "Insured objects"
    assert (first.marker, first.number) == ("一、", 1)
    data = bulletin_tools.to_json_dict(doc)
    sec = next(s for s in data["sections"] if s["heading"] == "Key contents")
    assert (sec["marker"], sec["number"]) == ("二、", 2)
    items = [b for b in sec["blocks"] if b["kind"] == "item"][:3]
    assert [b["marker"] for b in items] == ["（一）", "（二）", "（三）"]
    assert [b["number"] for b in items] == [1, 2, 3]
    assert items[0]["text"] == "Check whether gas cylinders are stored in separate rooms."


def test_blocks_without_a_marker_say_null():
    data = bulletin_tools.to_json_dict(_doc())
    for sec in data["sections"]:
        assert "marker" in sec and "number" in sec
        for b in sec["blocks"]:
            assert "marker" in b and "number" in b
            if b["kind"] != "item":
                assert b["marker"] is None and b["number"] is None


def test_markdown_numbers_in_the_readers_style():
    md = bulletin_tools.to_markdown(_doc())
    assert "## 1. Insured objects" in md
    assert "## 2. Key contents" in md
    assert "一、" not in md and "（一）" not in md
    assert "1. Check whether gas cylinders are stored in separate rooms." in md.splitlines()
    assert "3. Check whether employees have received safety training." in md.splitlines()


def test_numbered_list_is_an_ordered_list_not_escaped_bullets():
    md = bulletin_tools.to_markdown(_doc())
    lines = md.splitlines()
    assert "1. Project number: ZC-2023-118, filed with the county bureau." in lines
    assert "2. Project name: gas safety inspection of catering units." in lines
    assert not any(line.startswith("- 1\\.") for line in lines)


def test_ordered_markdown_is_idempotent():
    md = bulletin_tools.to_markdown(_doc())
    again = bulletin_tools.clean(md)
    assert bulletin_tools.to_markdown(again) == md
    items = [b for s in again.sections for b in s.blocks if b.kind == "item"]
    assert [b.number for b in items][:3] == [1, 2, 3]


def test_split_and_display():
    assert split_ordinal("十二、Other matters").number == 12
    assert chinese_number("二十一") == 21
    assert split_ordinal("（3）Deadline").text == "Deadline"
    assert split_ordinal("• Deadline") is None
    assert display("（3）", 3) == "(3)"
    assert display("三、", 3) == "3."


def test_bullet_then_numbered_items_stay_separate_list_items():
    """`- a` then `2. b` with no blank line would make b part of a's paragraph."""
    from markdown_it import MarkdownIt

    from bulletin_tools.model import Block, Section
    from bulletin_tools.render.markdown import to_markdown

    doc = _doc()
    blocks = (Block("item", "First, the plain item.", (0, 1)),
              Block("item", "The numbered item.", (1, 2), "2.", 2),
              Block("item", "Another plain item.", (2, 3)))
    doc = doc.__class__(**{**{f: getattr(doc, f) for f in doc.__dataclass_fields__},
                           "sections": (Section("Mixed", False, (0, 3), blocks),)})
    md = to_markdown(doc)
    tokens = MarkdownIt("commonmark").parse(md[md.index("\n---\n", 4) + 5:])
    items = [t for t in tokens if t.type == "list_item_open"]
    assert len(items) == 3
    assert bulletin_tools.to_markdown(bulletin_tools.clean(md)) == md


def test_a_heading_lettered_a_b_c_is_numbered_and_keeps_its_letter():
    from bulletin_tools.ordinals import display, split_heading_ordinal, split_ordinal

    found = split_heading_ordinal("B. Medical help")
    assert (found.marker, found.number, found.text) == ("B.", 2, "Medical help")
    assert display("B)", 2) == "B."
    assert split_ordinal("B. Medical help") is None  # (an item's letter stays in its text)
    assert split_heading_ordinal("A.") is None  # (a letter alone is no heading)


@pytest.mark.parametrize("heading, marker, number, text", [
    ("Two, the work done", "Two,", 2, "the work done"),
    ("Three. Office that takes the applications", "Three.", 3, "Office that takes the applications"),
])
def test_a_heading_numbered_with_a_word_is_numbered_and_keeps_its_word(heading, marker, number, text):
    from bulletin_tools.ordinals import display, split_heading_ordinal

    found = split_heading_ordinal(heading)
    assert (found.marker, found.number, found.text) == (marker, number, text)
    assert display(marker, number) == marker


@pytest.mark.parametrize("line", ["two, the work done", "one, the first steps"])
def test_a_lower_case_number_word_and_a_comma_is_no_marker(line):
    from bulletin_tools.segment.body import marker

    assert marker(line) is None
