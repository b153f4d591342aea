"""Faster forms of a pattern or a key give exactly what the old forms gave (issue 13).

Each test keeps the old form as the reference, written out here, and
compares on generated strings and on hand-picked edge cases: the speed-up
may only change how long the answer takes.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.passes import body_checks
from bulletin_tools.repair import runtogether, spacing

# --------------------------------------------------------------------------
# space-run: the space first, the look-behind after it

OLD_PROSE_SPACE_RUN = re.compile(r"(?<=[a-z,;，；、]) {2,}(?=[a-z])")
SPACE_PIECES = ["a", "z", " ", "  ", "   ", ",", ";", "，", "；", "、", "B", ".", "\t", "\u3000", "x y", "中"]


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SPACE_PIECES), max_size=14).map("".join))
def test_space_run_pattern_matches_the_old_one(text: str) -> None:
    assert _spans(spacing._PROSE_SPACE_RUN, text) == _spans(OLD_PROSE_SPACE_RUN, text)


@pytest.mark.parametrize("text", ["the  district", "a,   b", "  a", "a  ", "A  b", "a  B", "a   b  c", "、  x",
                                  "a \u00a0 b", "a \t b", ""])
def test_space_run_examples(text: str) -> None:
    assert _spans(spacing._PROSE_SPACE_RUN, text) == _spans(OLD_PROSE_SPACE_RUN, text)


# --------------------------------------------------------------------------
# run-together: the longest whitespace-separated token first

def _old_may_run_together(text: str) -> bool:
    return len(text) >= runtogether.MIN_RUN_LETTERS and runtogether._RUN.search(text) is not None


RUN_PIECES = ["abcdefghij", "klmnopqrstu", "Vwxyz", " ", "\n", "\u3000", "\u00a0", ".", "-", "1", "中", "ab", "\t"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(RUN_PIECES), max_size=10).map("".join))
def test_run_together_trigger_matches_the_old_one(text: str) -> None:
    assert runtogether._may_run_together(text) == _old_may_run_together(text)


@pytest.mark.parametrize("text", ["a" * 22, "a" * 21, " " * 30, "thecountygovernmentheldameeting today",
                                  "x" * 21 + "中" + "y" * 21, "www.qinghecountyportalsite.gov.cn", ""])
def test_run_together_examples(text: str) -> None:
    assert runtogether._may_run_together(text) == _old_may_run_together(text)


# --------------------------------------------------------------------------
# duplicate paragraphs: the comparison key from the words

def _old_key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_duplicate_key_matches_the_old_one(text: str) -> None:
    assert " ".join(body_checks._WORD_RUN.findall(text)).lower() == _old_key(text)


def test_no_character_is_both_a_word_character_and_a_space() -> None:
    # the claim the key's equivalence rests on (strip() would otherwise cut a word character)
    assert not [c for c in map(chr, range(0x110000)) if c.isspace() and re.fullmatch(r"\w", c)]


@pytest.mark.parametrize("text", ["  Hello, World!  ", "İstanbul — ok", "a_b  c", "...", "", "中文，段落。"])
def test_duplicate_key_examples(text: str) -> None:
    assert " ".join(body_checks._WORD_RUN.findall(text)).lower() == _old_key(text)


# --------------------------------------------------------------------------
# Line: `s` and `blank` stored when the line is built

from bulletin_tools.segment.lines import Line  # noqa: E402
from bulletin_tools.textmap import MappedText  # noqa: E402


def test_isspace_is_what_strip_removes() -> None:
    # `not s or s.isspace()` stands for `not s.strip()`: the same characters, all of Unicode
    assert [c for c in map(chr, range(0x110000)) if (not c.strip()) != c.isspace()] == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([" ", "\t", "\u3000", "\u00a0", "\x1c", "\u200b", "a", "中", "\n"]), max_size=8))
def test_line_blank_and_s(text: str) -> None:
    ln = Line(3, MappedText.identity(text, 10))
    assert ln.s == ln.text.text == text
    assert ln.blank == (not text.strip())


def test_line_is_still_its_number_and_text() -> None:
    a, b = Line(1, MappedText.identity(" x", 0)), Line(1, MappedText.identity(" x", 0))
    assert a == b and hash(a) == hash(b) and repr(a).startswith("Line(number=1, text=MappedText(")
    assert "blank" not in repr(a) and a != Line(2, MappedText.identity(" x", 0))
    with pytest.raises(AttributeError):
        a.number = 2  # type: ignore[misc]  (still frozen)
