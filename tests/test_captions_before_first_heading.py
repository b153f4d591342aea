"""Captions alone above the first heading open its section instead of a
section of their own (docs/labelling.md: the headings start with null only
when text comes before the first one)."""

from __future__ import annotations

from bulletin_tools.pipeline import clean_text
from bulletin_tools.render.segment_view import view_rows

HEAD = "Terraced fields return to Dongpo as young farmers come home\n\n2024-10-08 09:15  Source: Hexi Daily\n\n"
CAPTION = "Villagers carry seedlings up the restored terraces above Dongpo village in May. (Photo by Lin Tao)"
TEXT = ("The stone walls of the terraced fields above Dongpo village had fallen in over twenty years. This spring "
        "eleven young farmers who came home rebuilt them by hand.")


def _page(*lines: str) -> str:
    return HEAD + "\n\n".join(lines) + "\n"


def test_a_caption_above_the_first_heading_joins_its_section() -> None:
    doc = clean_text(_page(CAPTION, "Walls rebuilt by hand", TEXT))
    assert [s.heading for s in doc.sections] == ["Walls rebuilt by hand"]
    assert [b.kind for b in doc.sections[0].blocks] == ["caption", "paragraph"]


def test_text_above_the_first_heading_keeps_its_own_section() -> None:
    doc = clean_text(_page(TEXT, CAPTION, "Walls rebuilt by hand", TEXT.replace("twenty", "thirty")))
    assert [s.heading for s in doc.sections] == [None, "Walls rebuilt by hand"]


def test_the_view_shows_the_heading_under_the_caption() -> None:
    text = _page(CAPTION, "Walls rebuilt by hand", TEXT)
    labels = {row.text.strip(): row.label for row in view_rows(text, clean_text(text))}
    assert labels[CAPTION] == "section 1 caption"
    assert labels["Walls rebuilt by hand"] == "section 1 heading"
