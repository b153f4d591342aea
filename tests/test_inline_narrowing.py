"""``Furniture.inline_in`` finds exactly what the whole inline alternation finds.

The inline furniture alternation is narrowed to the rows whose needles a
text holds (issue 13: a ``sub`` of the whole alternation cost about 100 µs
per header row).  The whole alternation is the reference: same spans, on
generated strings, on examples and on every line of the samples and the
shared corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools import lexicon
from conftest import corpus_lines

FURNITURE = lexicon.furniture()
NEEDLES = [w for row in lexicon._furniture_table() if row[0] == "inline" for w in lexicon._needles(row)]
PIECES = NEEDLES + [w.upper() for w in NEEDLES] + [
    " ", "  ", ":", "：", "[", "]", "【", "】", "|", "12", "3,000", "{{ n }}", "size", "a", "large", "big ",
    "medium ", "small", "to ", "wechat", "times", "x", "中", lexicon.CASE_TRAPS[1], lexicon.CASE_TRAPS[2],
]


def _same(text: str) -> None:
    whole = [m.span() for m in FURNITURE.inline.finditer(text)]
    narrowed = FURNITURE.inline_in(text)
    got = [] if narrowed is None else [m.span() for m in narrowed.finditer(text)]
    assert got == whole, text
    assert (narrowed is not None) == FURNITURE.may_have_inline(text), text


def test_rows_are_narrowed() -> None:
    assert FURNITURE.inline_rows, "every inline row has needles"
    narrowed = FURNITURE.inline_in("[Print] [Close]")
    assert narrowed is not None and narrowed.pattern != FURNITURE.inline.pattern
    assert FURNITURE.inline_in("The township held a meeting.") is None


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
@settings(max_examples=400, deadline=None)
def test_narrowed_matches_like_the_whole(text: str) -> None:
    _same(text)


@pytest.mark.parametrize("text", [
    "[Print] [Close]", "Font size: Large Medium Small  Share to:", "Visitors: 1,032 [Print this page]",
    "Views: {{ count }} times  Tools: Save | Print", "3 comments print email", "【打印】【关闭】",
    "Enlarge font Narrow font", "Powered by WordPress.", "L M S", "Share: ", "The mail arrived on time.",
])
def test_narrowed_examples(text: str) -> None:
    _same(text)


def test_narrowed_on_every_corpus_line() -> None:
    lines = [ln for ln in corpus_lines() if ln.strip()]
    assert len(lines) > 1000
    for line in lines:
        _same(line)
