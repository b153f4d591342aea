"""A headline with bulleted field rows under it (`• Update Time: …`) stays the
headline, though the first heading's words recur more in the text."""

from __future__ import annotations

from pathlib import Path

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.title_fields_under import headline_over_its_fields

SAMPLE = (Path(__file__).resolve().parent.parent / "samples"
          / "s1204-beishan-water-bureau-bulleted-field-rows-over-first-heading.txt")


def test_a_bulleted_field_row_under_the_headline_keeps_it_the_title() -> None:
    doc = clean_text(SAMPLE.read_text(encoding="utf-8"))
    assert doc.title is not None and doc.title.text == "Work of the Beishan County Water Bureau"
    assert [s.heading for s in doc.sections] == ["Keeping reservoirs safe in the rainy season"]
    assert doc.metadata.views == 214


def test_the_bullet_before_a_field_row_is_looked_past() -> None:
    texts = ["Headline of the page", "  • Update Time: 2024-03-18", "Section heading", "Text."]
    assert headline_over_its_fields(texts, [0, 1, 2, 3], 0, 2)
