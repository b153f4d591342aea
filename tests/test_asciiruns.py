"""asciiruns gives exactly the matches of the regexes it stands for (issue 13).

The regexes are written out here as the reference; the strings mix ASCII
letters, digits, apostrophes (straight and curly), spaces, Han, accented
letters, characters that IGNORECASE would fold onto ASCII, and lone
surrogates, so every way a run can start, stop or be split is tried.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.asciiruns import ascii_latin_tokens, ascii_word_runs, letter_runs
from bulletin_tools.lexicon import stop_words
from bulletin_tools.passes.language import _Profile
from bulletin_tools.passes.names import split_word_map
from bulletin_tools.segment.chrome import content_words
from bulletin_tools.wordkey import words_key

LETTER_RUN = re.compile(r"[A-Za-z]+")
LATIN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
WORD_RUN = re.compile(r"\w+")

PIECES = ["a", "Z", "it", "word", "'", "’", "''", "-", "_", "7", "42", " ", "  ", "\t", "\n", ",", ".", "中文", "é",
          "\u0130", "\u212a", "\u017f", "\xa0", "\u3000", "\ud800", "ａ", "٣"]
mixed = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
ascii_mixed = st.lists(st.sampled_from([p for p in PIECES if p.isascii()]), max_size=24).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.one_of(mixed, st.text(max_size=40)))
def test_letter_runs_are_the_regex_matches(text: str) -> None:
    assert letter_runs(text) == LETTER_RUN.findall(text)
    assert letter_runs(text.lower()) == re.findall(r"[a-z]+", text.lower())


@settings(max_examples=600, deadline=None)
@given(st.one_of(ascii_mixed, st.text(alphabet=st.characters(max_codepoint=127), max_size=40)))
def test_ascii_tokens_are_the_regex_matches(text: str) -> None:
    assert ascii_latin_tokens(text, LATIN) == LATIN.findall(text)
    assert ascii_word_runs(text) == WORD_RUN.findall(text)


@pytest.mark.parametrize("text", [
    "", "'", "it's China's 'quoted' a''b rock'n'roll end' x", "don't-stop", "A_b 12_3 x__y", "\ud800abc\udfffdef",
    "Ｈello Kelvin\u212a İstanbul", "中文abc中文de",
])
def test_edge_cases(text: str) -> None:
    assert letter_runs(text) == LETTER_RUN.findall(text)
    if text.isascii():
        assert ascii_latin_tokens(text, LATIN) == LATIN.findall(text)
        assert ascii_word_runs(text) == WORD_RUN.findall(text)


def test_callers_give_what_the_regex_forms_gave() -> None:
    lines = ["He Jing is in rur al Hejing; the rural roads.", "Don't stop: it's the county's plan, 2024.",
             "中文 mixed with English words, www.example.gov.cn and mail@example.com"]
    assert _Profile(lines[2]).words == LETTER_RUN.findall(lines[2].replace("www.example.gov.cn", " ").replace(
        "mail@example.com", " "))
    for line in lines[:2]:
        assert content_words(line) == {w for w in LATIN.findall(line.lower()) if len(w) >= 3} - stop_words()
    assert "county's" in content_words(lines[1])
    assert words_key(lines[1]) == " ".join(WORD_RUN.findall(lines[1]))
    assert split_word_map(lines) == {"rur al": "rural"}
