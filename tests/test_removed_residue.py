"""Untranslated Chinese on a line zoning removed is not reported (bulletin_tools.removed_residue)."""

from __future__ import annotations

from page_text import PROSE, PROSE_2

from bulletin_tools.pipeline import clean_text

TITLE = "The county opens a new market hall for farmers"


def _residue(doc):
    return [f for f in doc.fixes if f.rule == "cjk-residue"] + [f for f in doc.findings if f.code == "cjk-residue"]


def test_a_language_switch_removed_as_chrome_leaves_no_residue():
    doc = clean_text(f"English | 中文 | 日本語\n\n{TITLE}\n\n{PROSE}\n\n{PROSE_2}\n")
    assert "中文" not in "".join(p.text for s in doc.sections for p in s.blocks if hasattr(p, "text"))
    assert any(f.rule in ("chrome", "furniture") for f in doc.fixes)
    assert _residue(doc) == []


def test_chinese_kept_in_a_paragraph_is_still_reported():
    doc = clean_text(f"{TITLE}\n\n{PROSE} 小编 said the hall opens at eight.\n\n{PROSE_2}\n")
    assert _residue(doc)


def test_chinese_in_the_masthead_keeps_its_fix_but_asks_no_translation():
    # the site's name above the title stays as the masthead (metadata), not as text
    doc = clean_text(f"Lingxi County Portal 中国灵溪网\n\n{TITLE}\n\nRelease date: 2024-03-18\n\n{PROSE}\n\n{PROSE_2}\n")
    assert doc.title.text == TITLE
    assert "中国灵溪网" in doc.metadata.extra.get("masthead", "")
    assert not any(f.code == "cjk-residue" for f in doc.findings)
