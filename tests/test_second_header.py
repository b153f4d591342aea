"""Header rows under the headline printed again at the top of the body are
read as header rows (segment/second_header.py), not taken for the first
paragraph.  Whole page: sample s505."""

from __future__ import annotations

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text


def _first_paragraph(doc) -> str:
    return next(b.text for s in doc.sections for b in s.blocks if b.kind == "paragraph")


def _page(*lines: str) -> str:
    # the site's own source row above the headline, as such templates print it
    return "\n\n".join(["  • Source: Lingxi Town Portal", TITLE, TITLE, *lines, PROSE, PROSE_2]) + "\n"


def test_rows_under_a_repeated_headline_are_header_rows():
    doc = clean_text(_page("Source: Lingxi Daily | Release time:", "March 4, 2025 08:30:00", "| Author: Zhou Min | Editor: Qin Lu"))
    assert _first_paragraph(doc) == PROSE
    assert doc.metadata.author == "Zhou Min" and doc.metadata.editor == "Qin Lu"
    assert doc.metadata.date == "2025-03-04" and doc.metadata.extra.get("source_2") == "Lingxi Daily"


def test_reading_stops_at_the_first_line_of_text():
    doc = clean_text(_page("Source: Lingxi Daily", PROSE_2[:60] + ".", "Editor: Qin Lu"))
    assert _first_paragraph(doc) == PROSE_2[:60] + "."
    assert doc.metadata.editor is None
