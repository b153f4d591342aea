"""A summary printed above the paragraph that says it again (segment/restated_lead.py):
the first copy is the description, or, when the header already has one, a
repeat removed as a recorded ``chrome`` fix.  Whole pages: samples s500, s501."""

from __future__ import annotations

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.restated_lead import agreement, agrees, strip_label
from bulletin_tools.textmap import MappedText


def _page(*lines: str) -> str:
    return "\n\n".join([TITLE, *lines, PROSE_2]) + "\n"


def _first_paragraph(doc) -> str:
    return next(b.text for s in doc.sections for b in s.blocks if b.kind == "paragraph")


def test_a_whole_summary_restated_after_a_dateline_is_the_description():
    dateline = "LINGXI, (Lingxi Daily / Town Desk - 3rd Mar, 2025) :"
    doc = clean_text(_page(PROSE, dateline + PROSE))
    assert doc.description is not None and doc.description.text == PROSE
    assert _first_paragraph(doc).startswith(dateline)


#: A second translation of the paragraph's opening: agreement about 0.8, between the two thresholds.
LOOSE_COPY = ("[Lingxi Daily] On Tuesday morning, the Lingxi Town government sent forty volunteers "
              "to clean the irrigation ditches of Dongpo Village ahead of spring sowing.")
PARAGRAPH = ("[Lingxi Daily] On Tuesday morning, the Lingxi Town government organised forty volunteers "
             "to clear the irrigation channels of Dongpo Village before the spring sowing, and checked every gate.")


def test_a_labelled_summary_agrees_with_a_second_translation_of_the_paragraph():
    assert 0.7 <= agreement(LOOSE_COPY, PARAGRAPH) < 0.85
    doc = clean_text(_page("Abstract " + LOOSE_COPY, PARAGRAPH))
    assert doc.description is not None and doc.description.text == LOOSE_COPY
    assert _first_paragraph(doc) == PARAGRAPH


def test_the_same_loose_agreement_without_a_label_is_two_paragraphs():
    doc = clean_text(_page(LOOSE_COPY, PARAGRAPH))
    assert doc.description is None
    assert _first_paragraph(doc) == LOOSE_COPY


def test_paragraphs_of_parallel_structure_are_not_a_summary():
    first = "In 2019, the Lingxi Town government organised forty volunteers to clear the irrigation channels of Dongpo Village."
    second = "In 2021, the Lingxi Town government organised sixty volunteers to clear the irrigation channels of Xipo Village."
    doc = clean_text(_page(first, second))
    assert doc.description is None
    assert _first_paragraph(doc) == first


def test_a_paragraph_printed_twice_word_for_word_is_left_to_the_duplicate_rule():
    doc = clean_text(_page(PROSE, PROSE))
    assert doc.description is None
    assert any(f.rule == "duplicate-paragraph" for f in doc.fixes)


def test_a_summary_under_a_header_description_is_a_recorded_repeat():
    labelled = "Summary: " + PROSE
    page = "\n\n".join([TITLE, labelled, "(Summary) " + PROSE,
                        "Lingxi, 3 March: " + PROSE, PROSE_2]) + "\n"
    doc = clean_text(page)
    assert doc.description is not None and doc.description.text == PROSE
    assert _first_paragraph(doc).startswith("Lingxi, 3 March: On Tuesday")
    repeat = [f for f in doc.fixes if f.rule == "chrome" and f.before == "(Summary) " + PROSE]
    assert repeat and "says again the paragraph below" in repeat[0].why


def test_strip_label_takes_a_bare_label_only_before_a_bracket_or_a_capital():
    text, labelled = strip_label(MappedText.identity("Abstract [Lingxi Daily] On Tuesday"))
    assert labelled and text.text == "[Lingxi Daily] On Tuesday"
    text, labelled = strip_label(MappedText.identity("Abstract art classes open in the town library"))
    assert not labelled and text.text.startswith("Abstract art")


def test_agrees_is_agreement_against_a_threshold():
    """The bounded test gives the answer of the full comparison at every threshold."""
    dateline = "LINGXI, (Lingxi Daily / Town Desk - 3rd Mar, 2025) :"
    pairs = [(LOOSE_COPY, PARAGRAPH), (PROSE, dateline + PROSE), (PROSE, PROSE_2), (PROSE, PARAGRAPH),
             ("Too short to compare.", PARAGRAPH)]
    for summary, paragraph in pairs:
        value = agreement(summary, paragraph)
        for threshold in (0.0, 0.3, 0.7, value, 0.85, 1.0):
            assert agrees(summary, paragraph, threshold) == (value >= threshold), (summary, threshold)
