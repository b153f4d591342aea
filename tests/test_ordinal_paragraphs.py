"""A paragraph opened by an ordinal word (`Finally,`, `Secondly,`) with no
ordinal line beside it is running text, not the entry of a list; ordinal
lines next to each other stay a list."""

from __future__ import annotations

from bulletin_tools.pipeline import clean_text

OPENING = ("Growers from three counties visited the pear orchards of Hexi township on Thursday to see how the "
           "cooperative grades and stores its harvest.")
MIDDLE = "The visitors then tasted four kinds of pears and compared the prices they were paid last year."
CLOSING = ("Finally, the guests and their hosts planted a young pear tree beside the cooperative's gate and agreed "
           "to meet again next spring.")
SECOND = ("Secondly, a technician from the county bureau led the group through two orchards. He answered their "
          "questions about pruning and the cost of the wire frames.")


def _kinds(*paragraphs: str) -> list[str]:
    head = "Growers of Three Counties Visit the Pear Orchards of Hexi\n\n2024-09-14 Hexi Township Online\n\n"
    text = head + "\n\n".join(paragraphs) + "\n"
    return [b.kind for s in clean_text(text).sections for b in s.blocks]


def test_a_closing_ordinal_paragraph_is_a_paragraph() -> None:
    assert _kinds(OPENING, MIDDLE, CLOSING) == ["paragraph"] * 3


def test_ordinal_paragraphs_apart_are_paragraphs() -> None:
    assert _kinds(OPENING, SECOND, MIDDLE, CLOSING) == ["paragraph"] * 4


def test_ordinal_lines_side_by_side_are_a_list() -> None:
    assert _kinds(OPENING, SECOND, CLOSING) == ["paragraph", "item", "item"]
