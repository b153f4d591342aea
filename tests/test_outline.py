"""Decimal outline numbers (segment/outline.py): `1.1 Aims` headings and the part over them."""

from __future__ import annotations

from bulletin_tools.ordinals import display, split_heading_ordinal
from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.outline import opens_outline, outline_number


def test_outline_numbers_are_read():
    assert outline_number("1.2 Background") == ("1.2", [1, 2])
    assert outline_number("3.1.4. Spare pumps") == ("3.1.4.", [3, 1, 4])


def test_decimals_and_readings_are_no_outline_numbers():
    assert outline_number("2.5 million yuan went to the roads") is None
    assert outline_number("20.1 C") is None
    assert outline_number("2024.05.06 Notice") is None


def test_a_part_opens_its_first_sub_part():
    assert opens_outline(2, "2.1 Money from the county")
    assert not opens_outline(2, "2.2 Money from the county")
    assert not opens_outline(1, "2.1 Money from the county")


def test_a_heading_loses_its_outline_number_which_markdown_prints_as_written():
    found = split_heading_ordinal("1.2 Where the trail runs")
    assert found is not None and (found.marker, found.number, found.text) == ("1.2", 2, "Where the trail runs")
    assert display("1.2", 2) == "1.2"


def test_numbered_part_over_its_sub_parts_heads_a_section():
    text = "\n".join([
        "Plan for the Xiaoshan ferry pier", "", "2025-01-08", "",
        "The county will rebuild the ferry pier at Xiaoshan before the summer, as the plan below describes.", "",
        "1. About the pier", "1.1 Its state now",
        "The wooden deck has rotted in many places and the ramp is too steep for carts and wheelchairs.",
        "1.2 What will be built",
        "A concrete deck, a gentler ramp and a shelter with seats for people waiting for the boat.", ""])
    doc = clean_text(text)
    assert [s.heading for s in doc.sections] == [None, "About the pier", "Its state now", "What will be built"]


def test_outline_numbers_in_a_row_are_no_headings():
    text = "\n".join([
        "Plan for the Xiaoshan ferry pier", "", "2025-01-08", "",
        "The county will rebuild the ferry pier at Xiaoshan before the summer, as the plan below describes.", "",
        "Contents", "1.1 Its state now", "1.2 What will be built", "1.3 Who pays", "",
        "The wooden deck has rotted in many places and the ramp is too steep for carts and wheelchairs.", ""])
    doc = clean_text(text)
    assert "Its state now" not in [s.heading for s in doc.sections]  # (over its sibling: an entry of the contents)
