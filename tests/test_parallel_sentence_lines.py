"""Short slogan-like sentences on lines of their own, between much longer
paragraphs, head their sections when the body holds two or more of them."""

from __future__ import annotations

from bulletin_tools.pipeline import clean_text

LONG_A = ("The township asked every household to sort its kitchen waste this spring, and the village committee "
          "handed out buckets and a timetable for the collection cart to each lane of the old quarter.")
LONG_B = ("Volunteers visited the families they knew, explained what went into the bucket, and came back a week "
          "later to see how the sorting was going; most families had started within the month.")
LONG_C = ("The compost yard beside the grain store turns the waste into fertiliser in about eight weeks, and the "
          "farmers who sell at the market take it home free of charge for their vegetable plots.")
LINE_1 = "Every bucket came with a visit from a neighbour."
LINE_2 = "The compost goes back to the village's farmers."


def _headings(*paragraphs: str) -> list[str | None]:
    text = "Qiaotou Sorts Its Kitchen Waste\n2024-04-22\n\n" + "\n\n".join(paragraphs) + "\n"
    return [s.heading for s in clean_text(text).sections]


def test_two_sentence_lines_between_long_paragraphs_head_their_sections() -> None:
    assert _headings(LONG_A, LINE_1, LONG_B, LINE_2, LONG_C) == [None, LINE_1[:-1], LINE_2[:-1]]


def test_one_such_line_alone_stays_a_paragraph() -> None:
    assert _headings(LONG_A, LINE_1, LONG_B, LONG_C) == [None]
