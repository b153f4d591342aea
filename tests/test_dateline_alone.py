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
    assert doc.metadata.source == "Lingxi Wire"  # the outlet is the source (the labelling guide)
    assert doc.metadata.extra.get("unlabelled") == "LINGXI, China"  # nothing lost


def test_a_dateline_glued_to_the_text_stays_in_the_first_paragraph():
    doc = clean_text(_page("LINGXI, China, March 4, 2025 /Lingxi Wire/-- " + PROSE))
    assert _first_paragraph(doc).startswith("LINGXI, China, March 4, 2025 /Lingxi Wire/-- On Tuesday")


# The outlet a dateline names is the page's source when nothing else names one
# (segment/body_dates.dateline_outlet).  Whole pages: samples s1450, s1451.

def test_the_outlet_in_brackets_of_a_dateline_glued_to_the_text_is_the_source():
    doc = clean_text(_page("LINGXI, May 3 (Lingxi News Agency) -- " + PROSE))
    assert doc.metadata.source == "Lingxi News Agency"
    assert _first_paragraph(doc).startswith("LINGXI, May 3 (Lingxi News Agency) -- On Tuesday")  # the text keeps it


def test_the_outlet_between_slashes_of_a_dateline_glued_to_the_text_is_the_source():
    doc = clean_text(_page("LINGXI, China, March 4, 2025 /Lingxi Wire/ -- " + PROSE))
    assert doc.metadata.source == "Lingxi Wire"


def test_a_source_row_wins_over_the_dateline_outlet():
    page = "\n\n".join([TITLE, "Source: Hexi Daily", "LINGXI, May 3 (Lingxi News Agency) -- " + PROSE, PROSE_2]) + "\n"
    assert clean_text(page).metadata.source == "Hexi Daily"


def test_an_outlet_in_brackets_deeper_in_the_text_is_no_source():
    opening = ["The irrigation board met on Monday to plan the spring work on the canals of the valley.",
               "Each village sent two members, and the board agreed on a rota for the sluice gates.",
               "Most of the work will be done before the rice is planted in the middle of April."]
    doc = clean_text(_page(*opening, PROSE, "LINGXI, May 3 (Lingxi News Agency) -- " + PROSE_2))
    assert doc.metadata.source is None


def test_a_place_and_date_line_without_the_dateline_dashes_is_left_alone():
    doc = clean_text(_page("LINGXI, China, March 4, 2025 /Lingxi Wire/ and the volunteers", PROSE))
    assert _first_paragraph(doc).startswith("LINGXI, China")


# A release wire's credit after the dateline (segment/release_credit.py).  Whole page: sample s640.

def test_a_release_credit_after_the_dateline_is_a_header_row_naming_the_source():
    doc = clean_text(_page("LINGXI, China, March 4, 2025 /Lingxi Wire/ -- A news report from lingxidaily.example.com:", PROSE))
    assert _first_paragraph(doc) == PROSE
    assert doc.metadata.date == "2025-03-04"
    assert doc.metadata.source == "lingxidaily.example.com"


def test_a_release_credit_in_a_sentence_names_the_source_without_its_full_stop():
    doc = clean_text(_page("LINGXI, China, March 4, 2025 /Lingxi Wire/ -- This is a report from the Lingxi Office of Hexi Business News.", PROSE))
    assert _first_paragraph(doc) == PROSE
    assert doc.metadata.source == "the Lingxi Office of Hexi Business News"


def test_a_story_sentence_after_the_dateline_is_not_a_release_credit():
    line = "LINGXI, China, March 4, 2025 /Lingxi Wire/ -- A report from the county shows that 3,000 homes were connected."
    doc = clean_text(_page(line, PROSE))
    assert _first_paragraph(doc).startswith("LINGXI, China, March 4, 2025")
