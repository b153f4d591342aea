"""Gates on a text's end answer as the end-anchored patterns they spare.

``chardata.cut_mark`` and ``link_lists._cut_teaser`` skip a search whose
pattern is tried at every position when the text cannot end as every match
ends (issue 13, speed).  The reference is the pattern's own search: the same
match on generated strings, on examples, and on every line of the samples
and the shared corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.chardata import CUT_MARK, cut_mark
from bulletin_tools.segment.link_lists import _CUT_TEASER, _cut_teaser
from conftest import corpus_lines

PIECES = ["word", " ", "\t", "\n", "\u3000", ".", "..", "...", "…", "[", "]", "[…]", "[ ... ]", "_", "9", "中", "x"]


def _same(text: str) -> None:
    want = CUT_MARK.search(text)
    got = cut_mark(text)
    assert (got and got.span()) == (want and want.span()), repr(text)
    stripped = text.strip()
    assert _cut_teaser(stripped) == (_CUT_TEASER.search(stripped) is not None), repr(stripped)


@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
@settings(max_examples=500, deadline=None)
def test_gates_answer_as_the_patterns(text: str) -> None:
    _same(text)


@pytest.mark.parametrize("text", [
    "The county received a total […]", "Spring tea fair opens in the old town...", "Ends here…  \n",
    "A full stop.", "[...]", "…", "a_...", "tail ]", "Text ... \n\n", "no mark at all",
])
def test_gate_examples(text: str) -> None:
    _same(text)


def test_a_mark_is_still_found() -> None:
    assert cut_mark("It received a total […] ") is not None
    assert cut_mark("A sentence.") is None
    assert _cut_teaser("Tea fair opens…") and not _cut_teaser("Tea fair opens.")


def test_every_corpus_line() -> None:
    lines = corpus_lines()
    assert len(lines) > 1000
    for line in lines:
        _same(line)


# --------------------------------------------------------------------------
# The month before a label's digits (lexicon._month_before): the pattern's own
# search, tried from the tail only.

from bulletin_tools import lexicon  # noqa: E402

MONTH_PIECES = ["September", "sept", "Sep", "MAY", "June", "jun", "Dec.", "decx", "x", "on", " ", "\t", "\n", ".", "1", "é",
                "\u0131", "\u212a", "Posted on "]


def _same_month(text: str) -> None:
    want = lexicon._MONTH_BEFORE.search(text)
    got = lexicon._month_before(text)
    assert (got and got.span()) == (want and want.span()), repr(text)


@given(st.lists(st.sampled_from(MONTH_PIECES), max_size=8).map("".join))
@settings(max_examples=800, deadline=None)
def test_month_tail_answers_as_the_pattern(text: str) -> None:
    _same_month(text)


@pytest.mark.parametrize("text", ["Posted on September", "Updated  Sept.", "Posted on Sept.\n", "xSeptember", "Views",
                                  "September.", "Mar", "on May", "Lingxi Weekly Updated on", ""])
def test_month_tail_examples(text: str) -> None:
    _same_month(text)


def test_month_tail_covers_the_longest_match() -> None:
    from re import _parser  # type: ignore[attr-defined]

    longest = _parser.parse(lexicon._MONTH_BEFORE.pattern, lexicon._MONTH_BEFORE.flags).getwidth()[1]
    assert lexicon._MONTH_BEFORE_TAIL >= longest + 1  # (and the newline `$` may stand before)


def test_month_tail_on_every_corpus_line() -> None:
    for line in corpus_lines():
        for run in lexicon._DIGIT_RUN.finditer(line):  # (the texts the pre-check asks about)
            _same_month(line[max(0, run.start() - lexicon.LABEL_WINDOW):run.start()].rstrip(" \t"))
