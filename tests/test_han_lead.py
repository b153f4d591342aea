"""Short Chinese lines between an English headline and the English text are
removed as recorded chrome (segment/han_lead.py); a Chinese paragraph and a
Chinese page are left alone.  Whole page: sample s504."""

from __future__ import annotations

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text

SUBSCRIBE = "免费订阅30天Lingxi Daily双语新闻手机报:编辑短信LX至10658000"
LABEL_ROW = "稿件类型:原创  栏目分类:城市"


def _first_paragraph(doc) -> str:
    return next(b.text for s in doc.sections for b in s.blocks if b.kind == "paragraph")


def _page(*lines: str) -> str:
    return "\n\n".join([TITLE, *lines, PROSE, PROSE_2]) + "\n"


def test_chinese_rows_above_the_english_text_are_recorded_chrome():
    doc = clean_text(_page(LABEL_ROW, SUBSCRIBE))
    assert _first_paragraph(doc) == PROSE
    removed = [f for f in doc.fixes if f.rule == "chrome" and "Chinese above the English text" in f.why]
    assert len(removed) == 2
    assert [f.before for f in removed] == [LABEL_ROW, SUBSCRIBE]  # nothing lost: the rows as printed
    # the Chinese left the text with its rows: no finding asks to translate it
    assert not any(f.code == "cjk-residue" for f in doc.findings)


def test_a_long_chinese_paragraph_above_its_translation_stays():
    original = "外国人申请延长居留期限的，应当提前向公安机关提出申请。"
    doc = clean_text(_page(original))
    assert not any("Chinese above the English text" in f.why for f in doc.fixes)


def test_chinese_rows_over_a_one_word_line_are_left_alone():
    doc = clean_text(_page(SUBSCRIBE, "Lingxi", LABEL_ROW))
    assert not any("Chinese above the English text" in f.why for f in doc.fixes)


def test_a_chinese_page_is_left_alone():
    zh = "灵溪镇组织志愿者在春播前清理东坡村的灌溉渠道，镇水利站检查了每一个水闸。"
    page = "\n\n".join(["灵溪镇志愿者春播前清理灌渠", LABEL_ROW, zh, "The town thanks every volunteer who came to help this spring.", zh]) + "\n"
    doc = clean_text(page)
    assert not any("Chinese above the English text" in f.why for f in doc.fixes)
