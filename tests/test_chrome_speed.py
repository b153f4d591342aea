"""The chrome pass's speed-ups must answer exactly as the plain versions.

Each plain version below is the code as it was before the speed-up, kept
here as the reference: ``content_words`` tokenizing line by line, ``is_prose``
filtering all tokens, and the page's prose vocabulary counted per line.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.chardata import HAN_BMP_CHAR
from bulletin_tools.lexicon import stop_words
from bulletin_tools.segment import chrome

# Letters, digits, apostrophes, address pieces, Han, spaces and line breaks,
# and the characters case folding treats specially (Kelvin sign, dotted I).
PIECES = st.sampled_from([
    "the", "The", "of", "and", "Town", "WATER", "o'clock", "don’t", "abc'de", "x", "ab",
    "2023", "3.5", "10/12", "12:30", ".com", ".cn", "www.", "lingxi.gov.cn", "http://a.b.org/x",
    "乡村振兴", "镇", "\u212a", "\u0130", "é", "Zürich", " ", " ", "  ", "\n", ".", ",", "-", "/", "“", "”",
])
TEXT = st.lists(PIECES, max_size=40).map("".join)


def plain_content_words(s: str) -> set[str]:
    stops = stop_words()
    if "." in s or "/" in s:
        s = chrome._DOMAIN.sub(" ", s)
    return {w.lower() for w in chrome._TOKEN.findall(s) if len(w) >= 3 and w[0].isalpha() and w.lower() not in stops}


def plain_is_prose(s: str) -> bool:
    t = s.strip()
    if len(t) < chrome.PROSE_MIN_CHARS:
        return False
    if len(t) < chrome.PROSE_ANY_END_CHARS and not t.endswith(chrome._SENTENCE_END):
        return False
    latin = [w for w in chrome._TOKEN.findall(t) if w[0].isalpha() and w.isascii()]
    if len(latin) < 8:
        return HAN_BMP_CHAR.search(t) is not None and len(t) >= chrome.PROSE_MIN_CHARS and t.endswith(chrome._SENTENCE_END)
    return sum(w.lower() in stop_words() for w in latin) / len(latin) >= chrome.PROSE_MIN_STOP


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_content_words_as_plain(text: str) -> None:
    assert chrome.content_words(text) == plain_content_words(text)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from(["", ".", "。", "!", " of the town."]))
def test_is_prose_as_plain(text: str, end: str) -> None:
    line = (text * 8)[:240] + end  # long enough to reach the token test
    assert chrome.is_prose(line) == plain_is_prose(line)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=8))
def test_joined_prose_vocabulary_is_the_per_line_one(lines: list[str]) -> None:
    """page_shapes reads the vocabulary of all prose lines joined; counting line by line gives the same words."""
    per_line: set[str] = set()
    for line in lines:
        per_line |= plain_content_words(line)
    assert chrome.content_words("\n".join(line.replace("\n", " ") for line in lines)) == \
        {w for line in lines for w in plain_content_words(line.replace("\n", " "))}
    assert per_line == {w for line in lines for w in chrome.content_words(line)}
