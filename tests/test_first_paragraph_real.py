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


# A paragraph cut after an article (`All the` / `volunteers of …`), sample s644.

def test_a_short_line_cut_after_an_article_joins_the_lower_case_line_under_it():
    doc = clean_text(_page("All the", "volunteers of Dongpo Village met at the sluice gate before dawn.", PROSE))
    assert _first_paragraph(doc) == "All the volunteers of Dongpo Village met at the sluice gate before dawn."


def test_a_short_line_ending_in_of_or_holding_a_figure_is_not_joined():
    doc = clean_text(_page("Posted on May 3 by the", "volunteers of Dongpo Village met at the sluice gate before dawn.", PROSE))
    assert _first_paragraph(doc) != "Posted on May 3 by the volunteers of Dongpo Village met at the sluice gate before dawn."


# A caption above a paper's dateless dateline (`LINGXI -- …`), sample s645.

def test_a_line_above_a_dateless_dateline_is_a_caption_kept_in_the_text():
    caption = "Volunteers clear a channel in Dongpo Village, Lingxi town, on March 2, 2025."
    story = "LINGXI -- " + PROSE
    doc = clean_text(_page(caption, story))
    assert _first_paragraph(doc) == story
    assert [b.text for s in doc.sections for b in s.blocks if b.kind == "caption"] == [caption]


def test_a_capitalised_word_and_dashes_inside_the_text_is_no_dateline():
    doc = clean_text(_page(PROSE, "NOTE: the sluice gates -- all of them -- were checked."))
    assert _first_paragraph(doc) == PROSE
