"""China Daily's byline prints the writer's name in capitals and the place
filed from with its county and province (`By ZHOU LAN in Qiaotou county,
Hexi`): the author is the name, the place goes to extra.author_place,
in a date row or on a line of its own (segment/lead._BY_CREDIT,
passes/metadata._AUTHOR_IN_PLACE).  Whole page: sample s1474."""

from __future__ import annotations

import pytest

from bulletin_tools.pipeline import clean_text

TITLE = "Returning Migrants Open Workshops in Qiaotou"
TEXT = ("Migrants who worked for years in the cities of the coast are coming home to Qiaotou county, and many of "
        "them have opened small workshops.")


@pytest.mark.parametrize("row", [
    "Updated: 2024-03-05 By ZHOU LANYING in Qiaotou county, Hexi Source: Hexi Daily",
    "By ZHOU LANYING in Qiaotou county, Hexi",
    "By Zhou Lanying in Qiaotou county, Hexi",
])
def test_the_writer_and_the_place_filed_from_are_apart(row):
    doc = clean_text("\n\n".join([TITLE, row, TEXT]) + "\n")
    assert doc.metadata.author in ("ZHOU LANYING", "Zhou Lanying")
    assert doc.metadata.extra["author_place"] == "Qiaotou county, Hexi"


def test_a_place_of_one_word_is_read_as_before():
    doc = clean_text("\n\n".join([TITLE, "By Zhou Lanying in Lhasa", TEXT]) + "\n")
    assert (doc.metadata.author, doc.metadata.extra["author_place"]) == ("Zhou Lanying", "Lhasa")
