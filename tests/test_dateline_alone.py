"""A wire's dateline on a line of its own above the text is a header row
(segment/body_dates.read_dateline_alone); glued to the text it stays in the
first paragraph.  Whole page: sample s503."""

from __future__ import annotations

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text


def _first_paragraph(doc) -> str:
    return next(b.text for s in doc.sections for b in s.blocks if b.kind == "paragraph")


def _page(*lines: str) -> str:
    return "\n\n".join([TITLE, *lines, PROSE_2]) + "\n"


def test_a_dateline_alone_gives_the_date_and_is_not_the_first_paragraph():
    doc = clean_text(_page("LINGXI, China, March 4, 2025 /Lingxi Wire/--", PROSE))
    assert _first_paragraph(doc) == PROSE
    assert doc.metadata.date == "2025-03-04"
    assert doc.metadata.extra.get("unlabelled") == "LINGXI, China; Lingxi Wire"  # nothing lost


def test_a_dateline_glued_to_the_text_stays_in_the_first_paragraph():
    doc = clean_text(_page("LINGXI, China, March 4, 2025 /Lingxi Wire/-- " + PROSE))
    assert _first_paragraph(doc).startswith("LINGXI, China, March 4, 2025 /Lingxi Wire/-- On Tuesday")


def test_a_place_and_date_line_without_the_dateline_dashes_is_left_alone():
    doc = clean_text(_page("LINGXI, China, March 4, 2025 /Lingxi Wire/ and the volunteers", PROSE))
    assert _first_paragraph(doc).startswith("LINGXI, China")


# A release wire's credit after the dateline (segment/release_credit.py).  Whole page: sample s640.

def test_a_release_credit_after_the_dateline_is_a_header_row_naming_the_source():
    doc = clean_text(_page("LINGXI, China, March 4, 2025 /Lingxi Wire/ -- A news report from lingxidaily.example.com:", PROSE))
    assert _first_paragraph(doc) == PROSE
    assert doc.metadata.date == "2025-03-04"
    assert doc.metadata.source == "lingxidaily.example.com"
    assert doc.metadata.extra.get("unlabelled") == "LINGXI, China; Lingxi Wire"  # nothing lost


def test_a_release_credit_in_a_sentence_names_the_source_without_its_full_stop():
    doc = clean_text(_page("LINGXI, China, March 4, 2025 /Lingxi Wire/ -- This is a report from the Lingxi Office of Hexi Business News.", PROSE))
    assert _first_paragraph(doc) == PROSE
    assert doc.metadata.source == "the Lingxi Office of Hexi Business News"


def test_a_story_sentence_after_the_dateline_is_not_a_release_credit():
    line = "LINGXI, China, March 4, 2025 /Lingxi Wire/ -- A report from the county shows that 3,000 homes were connected."
    doc = clean_text(_page(line, PROSE))
    assert _first_paragraph(doc).startswith("LINGXI, China, March 4, 2025")
