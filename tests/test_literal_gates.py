"""Substring and tail gates answer as the patterns they spare (issue 13, speed).

Each gate settles a line that cannot match without trying the pattern at
every position: a literal every match holds is missing (a home word, a bar,
an arrow, a footer word, a Han character), the line does not end as every
match ends (a closing bracket), or the match can only start near the end.
The reference is the pattern's own answer: on generated strings built from
the pieces the patterns look for (any case, the characters ``re.IGNORECASE``
folds onto ASCII letters, newlines), on examples, and on every line of the
samples and the shared corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.segment import body, footer, furniture, header, line_splits, shape, title_evidence, title_pieces
from conftest import corpus_lines


PIECES = [
    "Home", "HOME", "home page", "HomePage", "首页", "首頁", "Current page", ":", "：", " ", "  ", "\t", "\n", ">", ">>", "＞",
    "»", "›", "→", "|", "｜", "丨", "News", "Hexi Online", "Network", "net", "website", "(", "（", ")", "）", "Photo", "photo /",
    "图片：", "by Li Ming", "Copy right", "RIGHTS", "Reserved", "ICP", "record", "2024", "x", "A", "é", "中", "\u0130",
    "\u0131", "\u017f", "\u212a", "-", "—", "_", ".", "----", "==", "─", "━", "~", "*", "Bureau", "GOVERNMENT",
    "netwo", "r\u212a", "School", "Figure 2", "fig.", "Image source", "In the picture", "archive photo", "图为", "▲", "Photograph by",
    "pictured above,", "Provided by",
]
texts = st.lists(st.sampled_from(PIECES), max_size=9).map("".join)
#: A photo credit closing a line, with the pieces around it (the caption gate's matches are rare among random joins).
credits = st.tuples(texts, st.sampled_from(["(", "（"]), st.sampled_from(["Photo", "图片", "picture"]),
                    st.sampled_from(["/", ":", "：", " by "]), texts, st.sampled_from([")", "）"]), texts).map("".join)


def _span(m):
    return m and m.span()


def _same(text: str) -> None:
    assert header.is_trail_head(text) == (header._LABEL_AND_HOME.match(text.strip()) is not None), repr(text)
    assert _span(title_pieces.column_prefix(text)) == _span(title_pieces._COLUMN_PREFIX.match(text)), repr(text)
    assert title_evidence.ends_in_site_word(text) == (title_evidence._SITE_NAME.search(text) is not None), repr(text)
    assert body.ends_in_photo_credit(text) == (body._CAPTION_END.search(text) is not None), repr(text)
    assert footer._may_name_other_footer_row(text) or footer._OTHER_FOOTER_WORDS.search(text) is None, repr(text)
    assert _span(line_splits.path_from_site(text)) == _span(line_splits._PATH_FROM_SITE.match(text)), repr(text)
    if text.isascii():
        assert title_pieces._HAN_TAG_AFTER.search(text) is None, repr(text)  # (the gate in _drop_han_tag)
    assert furniture.is_rule_line(text) == (furniture.RULE_LINE.fullmatch(text) is not None), repr(text)
    assert shape.ends_in_org_word(text) == (shape._ORG_NAME.search(text) is not None), repr(text)
    assert body.is_caption_opening(text) == (body._CAPTION.match(text) is not None), repr(text)


@given(texts)
@settings(max_examples=1500, deadline=None)
def test_gates_answer_as_the_patterns(text: str) -> None:
    _same(text)


@given(credits)
@settings(max_examples=500, deadline=None)
def test_the_caption_gate_on_credits(text: str) -> None:
    _same(text)


@pytest.mark.parametrize("text", [
    "Home", "Current page: Home >", "  首页 > ", "Position:HOME|", "Ho\u0130me", "Hexi Online", "Qiaotou News Network\n",
    "xnet", "The county website", "Students plant trees (Photo/Li Ming)", "Hall seen from the gate (photo by Lin Tao) \n",
    "Copyright 2024", "All RIGHTS reserved", "No. 8 Hexi Road, Lanxi", "Party News | Town holds meeting",
    "China丨Haikou hosts a fair", "Hexi News Network > Town News > Meeting held", "Hexi Daily →  A story",
    "Scenic areas in Hexi-申威1600", "------", "==== ", "Hexi County Water Bureau", "Lanxi NETWOR\u212a\n", "Town Government.",
    " ▲ Villagers plant trees", "Figure 3 The new pump", "\u0130mage source: Hexi Daily", "In the photo: the bridge",
    "图为村民", "File photo: the ferry", "Photographed by Lin Tao", "Archived picture: the old ferry", "────", "━━━━━",
    "~~~~", "****", "____", "=-=-", "— — —", "Villagers at the fair（图片：Hexi Daily）", "The new bridge (Photo: Li Ming）\n", "", " ",
])
def test_gate_examples(text: str) -> None:
    _same(text)


def test_the_gated_readers_still_find() -> None:
    assert header.is_trail_head("Current page: Home >") and not header.is_trail_head("A meeting at home today")
    assert title_pieces.column_prefix("Party News | Town holds meeting") is not None
    assert title_evidence.ends_in_site_word("Qiaotou Online") and not title_evidence.ends_in_site_word("Qiaotou Onlinex")
    assert body.ends_in_photo_credit("Trees planted (Photo/Li Ming)") and not body.ends_in_photo_credit("Trees (Photo/Li).")
    assert line_splits.path_from_site("Hexi News Network > Town News > Held") is not None
    assert furniture.is_rule_line("------") and not furniture.is_rule_line("--")
    assert shape.ends_in_org_word("Lanxi County Water Bureau") and not shape.ends_in_org_word("Lanxi County Water Bureaus")
    assert body.is_caption_opening("▲ Villagers plant trees") and not body.is_caption_opening("Villagers plant trees")


def test_every_corpus_line() -> None:
    lines = corpus_lines()
    assert len(lines) > 1000
    for line in lines:
        _same(line)
