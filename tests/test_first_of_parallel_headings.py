"""The body's first heading, a short unnumbered line right above the text
(`Overview`, `Introduction`), is kept and heads its text when lines further
down have its shape and stand over text too (parallel structure): the chrome
judge alone took it for a menu's entry, and the header reader for the
headline's second half (segment/removal._first_of_parallel_headings,
title_wrap.heads_a_section, header_reader._organisation_over_headline).
Whole page: sample s1464."""

from __future__ import annotations

from bulletin_tools.pipeline import clean_text

TITLE = "Rainwater Tank Subsidy for Hill Farms"
INTRO = ("The rainwater tank subsidy helps farm households on the hill terraces store water for the dry months. "
         "The county water bureau runs it together with the township offices.")
PURPOSE = ("The subsidy pays part of the cost of a tank, so that families on the slopes need not carry water up "
           "from the valley in the summer.")
APPLY = ("- Bring the household register and a photo of the site to the township office.\n"
         "- The office visits the site within ten working days.")


def _read(*lines: str):
    return clean_text("\n".join(lines) + "\n")


def test_the_first_heading_with_peers_over_text_is_kept_and_heads_it():
    doc = _read(TITLE, "", "Overview", "", INTRO, "", "Purpose", "", PURPOSE, "", "How to Apply", "", APPLY)
    assert doc.title.text == TITLE
    assert [s.heading for s in doc.sections] == ["Overview", "Purpose", "How to Apply"]
    assert not any(f.rule == "chrome" for f in doc.fixes)


def test_right_under_the_headline_it_is_no_half_of_the_headline():
    doc = _read(TITLE, "Overview", INTRO, "Purpose", PURPOSE, "How to Apply", APPLY)
    assert doc.title.text == TITLE
    assert [s.heading for s in doc.sections][0] == "Overview"


def test_under_the_offices_name_the_headline_stays_the_title():
    doc = _read("Lanxi County Water Bureau", "", TITLE, "", "Overview", "", INTRO, "", "Purpose", "", PURPOSE,
                "", "How to Apply", "", APPLY)
    assert doc.title.text == TITLE
    assert doc.sections[0].heading == "Overview"


def test_without_peers_a_lone_line_over_the_text_is_judged_as_before():
    doc = _read(TITLE, "", "Overview", "", INTRO, "", PURPOSE)
    assert [s.heading for s in doc.sections] == [None]
    assert any(f.rule == "chrome" and f.before == "Overview" for f in doc.fixes)


def _protected(*texts: str) -> list[str]:
    """The lines the chrome judge's parallel-headings evidence keeps, of a page of ``texts``."""
    from bulletin_tools.segment.lines import Line
    from bulletin_tools.segment.removal import _first_of_parallel_headings, _judge_page
    from bulletin_tools.textmap import MappedText

    lines = [Line(n, MappedText.identity(t)) for n, t in enumerate(texts, 1)]
    return [texts[k] for k in sorted(_first_of_parallel_headings(_judge_page(lines)))]


def test_the_evidence_keeps_the_first_heading():
    assert _protected(TITLE, "", "Overview", "", INTRO, "", "Purpose", "", PURPOSE, "", "Who Can Apply", "",
                      *APPLY.splitlines()) == ["Overview"]


def test_a_line_the_page_prints_again_is_no_peer():
    # a site's name over each story of a list page: the same line again and again, not a row of headings
    assert _protected(TITLE, "", "Lanxi Wire", "", INTRO, "", "Lanxi Wire", "", PURPOSE, "", "Lanxi Wire", "",
                      *APPLY.splitlines()) == []


def test_a_grouped_menu_is_no_row_of_headings():
    # the entries under each group are a menu's, not a list of sentences
    assert _protected("News", "• Local", "• World", "", "Services", "• Taxes", "• Permits", "",
                      "About", "• History", "• Leaders", "", TITLE, "", INTRO) == []


def test_an_offices_name_over_a_headline_that_ends_the_page_is_read_without_error():
    # (the first heading's test looks under the headline: here nothing stands there)
    doc = _read("Lanxi County Water Bureau", "", TITLE)
    assert doc.title is not None
