"""The prefix-trie alternations match exactly what the flat ones match.

``lexicon._alternation`` factors the label, spam, breadcrumb-prefix and
description alternations as a trie for speed (issue 13); the flat
longest-first list (``_flat_alternation``) is the reference.  Same spans,
same groups, on generated strings and on every line of the samples and the
shared corpus.
"""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools import lexicon
from conftest import corpus_lines



def _patterns(alternation, gate=lexicon.gated) -> dict[str, object]:
    saved, saved_gate = lexicon._alternation, lexicon.gated
    lexicon._alternation, lexicon.gated = alternation, gate
    try:
        return {
            "header": lexicon._label_set(lexicon.read_table("labels.tsv"), {"views"}, by_line=True).pattern,
            "footer": lexicon._label_set(lexicon.read_table("footer_labels.tsv"), set()).pattern,
            "description": lexicon.description_pattern.__wrapped__(),
            "breadcrumb": lexicon.breadcrumb_pattern.__wrapped__(),
            "spam": lexicon.spam_pattern.__wrapped__(),
        }
    finally:
        lexicon._alternation, lexicon.gated = saved, saved_gate


def _ungated(pattern: str, flags: int = 0) -> str:
    return pattern


TRIE = _patterns(lexicon._alternation)
#: The reference: flat alternations, and no first-character gates (neither
#: the label pattern's nor its alternatives').
FLAT = _patterns(lexicon._flat_alternation, _ungated)


def _words() -> list[str]:
    out = []
    for name in ("labels.tsv", "footer_labels.tsv", "description_labels.tsv", "breadcrumb_prefixes.tsv", "spam.tsv"):
        out.extend(row[0] for row in lexicon.read_table(name))
    return out


WORDS = _words()
PIECES = WORDS + [w.upper() for w in WORDS[:40]] + [w.replace(" ", "") for w in WORDS if " " in w] + [
    ":", "：", " ", "  ", "\t", "12", "3,000", ";", "；", "By ", "From", "[", "【", "x", "-", "Time", "time",
    lexicon.CASE_TRAPS[0], lexicon.CASE_TRAPS[1], lexicon.CASE_TRAPS[2], lexicon.CASE_TRAPS[3], "中", "ſource",
]


def _same(text: str) -> None:
    for name, trie in TRIE.items():
        flat = FLAT[name]
        got = [(m.span(), m.groupdict()) for m in trie.finditer(text)]
        want = [(m.span(), m.groupdict()) for m in flat.finditer(text)]
        assert got == want, (name, text)
        for start in range(0, len(text) + 1, 3):
            a, b = trie.match(text, start), flat.match(text, start)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (name, text, start)


def test_branch_heads_take_what_ignorecase_takes() -> None:
    """A trie branch's first letter, written as a case-sensitive class, matches
    exactly the characters re.IGNORECASE matches with the letter, over all of Unicode."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in string.ascii_letters:
        folded = re.compile(re.escape(letter), re.IGNORECASE).findall(everything)
        head = re.compile(lexicon._branch_head(letter), re.IGNORECASE).findall(everything)
        assert head == folded, letter
    assert lexicon._branch_head("中") == "中" and lexicon._branch_head("[") == r"\["


def test_the_trie_is_factored() -> None:
    flat = lexicon._flat_alternation(WORDS)
    trie = lexicon._alternation(WORDS)
    assert trie != flat and "(?:" in trie


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
@settings(max_examples=400, deadline=None)
def test_trie_alternations_match_like_the_flat_ones(text: str) -> None:
    _same(text)


@pytest.mark.parametrize("text", [
    "Source: Xiashan Town  Author:  Editor: Fang Lijun  Release time:2022-04-23",
    "Release Time: 2022", "Releasetime:2022", "Release  time: x", "Publish ed by: x", "Views 2318",
    "Position: Home > News", "Description:Since April", "KEY POINTS: one", "Key Point: two",
    "ſource: the ſite", "Clicks:1,032  Hits 12", "From; Fuxing Town", "By Gu Xiaolan  Date: 2023-01-02",
])
def test_trie_alternations_examples(text: str) -> None:
    _same(text)


def test_trie_alternations_on_every_corpus_line() -> None:
    lines = [ln for ln in corpus_lines() if ln.strip()]
    assert len(lines) > 1000
    for line in lines:
        _same(line)


@given(st.lists(st.sampled_from(PIECES + ["casino", "Sugar  Daddy", "sugar\tbaby", "VIAGRA", "百家乐", "slotmachine",
                                          "xporn", "porno", "crypto"]), max_size=10).map("".join))
@settings(max_examples=400, deadline=None)
def test_spam_gate_is_necessary(text: str) -> None:
    if lexicon.spam_pattern().search(text) is not None:
        assert lexicon.may_have_spam(text)


def test_spam_gate_examples() -> None:
    assert lexicon.may_have_spam("Play at the Online Casino today")
    assert lexicon.may_have_spam("\u017fugar daddy")  # a case trap: the regex decides
    assert not lexicon.may_have_spam("The township held a meeting on spring plowing.")
