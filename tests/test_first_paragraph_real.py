"""What is not a story's first paragraph, in shapes first seen on real pages and
pinned in words written for this project: the headline printed again with its
words run together (sample s643)."""

from __future__ import annotations

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text


def _first_paragraph(doc) -> str:
    return next(b.text for s in doc.sections for b in s.blocks if b.kind == "paragraph")


def _page(*lines: str) -> str:
    return "\n\n".join([TITLE, *lines, PROSE_2]) + "\n"


def test_the_headline_again_with_words_run_together_is_no_paragraph():
    glued = "Lingxi Town volunteers clearirrigation channels beforespring sowing"
    doc = clean_text(_page(glued, PROSE))
    assert _first_paragraph(doc) == PROSE
    assert glued in [b.text for s in doc.sections for b in s.blocks]  # kept, as the headline's copy


def test_a_line_with_the_headline_letters_and_more_is_a_paragraph():
    longer = "Lingxi Town volunteers clearirrigation channels beforespring sowing, the town said on Monday."
    doc = clean_text(_page(longer, PROSE))
    assert _first_paragraph(doc) == longer
