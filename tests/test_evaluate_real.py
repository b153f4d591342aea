"""The real-page scorer's line checks (benchmarks/evaluate_real.py)."""

from __future__ import annotations

from pathlib import Path

import benchmark_module

er = benchmark_module.load("evaluate_real")

TITLE = "Lingxi Town volunteers clear the channels"
FRONT = "---\ntitle: x\n---\n"


def _checks(body_md: str, lines=(("title", TITLE), ("chrome", TITLE), ("para", "The volunteers came at dawn."))):
    page = er.Page("p1", Path("p1.txt"), {}, "example.org", "tune", list(lines))
    return {c.family: c.passed for c in er.line_checks(page, er.ev.Output(markdown=FRONT + body_md))}


def test_a_copy_of_the_headline_labelled_chrome_is_gone_when_only_the_title_holds_its_words():
    assert _checks(f"# {TITLE}\n\nThe volunteers came at dawn.\n")["lines.chrome-removed"]


def test_a_copy_of_the_headline_left_in_the_text_is_a_miss():
    assert not _checks(f"# {TITLE}\n\n{TITLE}\n\nThe volunteers came at dawn.\n")["lines.chrome-removed"]


def _menu_checks(body_md: str, entry: str = "• Visa"):
    return _checks(body_md, [("chrome", entry), ("title", TITLE), ("para", "Bring a passport, a visa and two photos.")])


def test_a_short_menu_entry_is_gone_though_a_sentence_uses_its_word():
    assert _menu_checks(f"# {TITLE}\n\nBring a passport, a visa and two photos.\n")["lines.chrome-removed"]


def test_a_short_menu_entry_left_as_a_line_or_glued_to_one_is_a_miss():
    assert not _menu_checks(f"# {TITLE}\n\n- Visa\n\nBring a passport, a visa and two photos.\n")["lines.chrome-removed"]
    assert not _menu_checks(f"# {TITLE}\n\nVisa Bring a passport, a visa and two photos.\n")["lines.chrome-removed"]


def test_a_long_chrome_line_is_looked_for_as_whole_words():
    row = "Share to WeChat Weibo QQ"
    assert _menu_checks(f"# {TITLE}\n\nBring a passport. {row}s now.\n", row)["lines.chrome-removed"]
    assert not _menu_checks(f"# {TITLE}\n\nBring a passport. {row} now.\n", row)["lines.chrome-removed"]


def test_a_chinese_crumb_the_glossary_knows_is_scored_in_english():
    passed = er.ev.Check("breadcrumb", "breadcrumb[2]", False, "正文", "Text")
    assert er.relax(passed, {}).passed
    wrong = er.ev.Check("breadcrumb", "breadcrumb[2]", False, "正文", "News")
    assert not er.relax(wrong, {}).passed


def test_one_missed_heading_counts_once_in_order():
    # positional scoring would miss the last three; in order, only the one left out is missed
    assert er.aligned_headings([None, "Scope", "Duties", "Funding", "Checks"], ["Scope", "Funding", "Checks"]) == (3, 4, 3)


def test_an_extra_heading_lowers_precision_not_recall():
    assert er.aligned_headings(["Scope", "Duties"], ["Scope", "Contact us", "Duties:"]) == (2, 2, 3)


def test_headings_out_of_order_match_once():
    assert er.aligned_headings(["Scope", "Duties"], ["Duties", "Scope"]) == (1, 2, 2)
