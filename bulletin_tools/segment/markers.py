"""List and heading markers: the enumeration style a line opens with (``一、``,
``（一）``, ``1.``, ``(1)``, ``I.``, ``First,``, ``Chapter 2``, ``•`` …).

One home for the marker table, which the body's classifier, the header and
chrome readers, the title's and the truncation checks all ask about; it was
part of :mod:`.body` until the body grew past what one reader can hold.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lazyre import lazy_compile

_CN_NUM = "一二三四五六七八九十"
_WORD_NUM = "one|two|three|four|five|six|seven|eight|nine|ten"
#: `Chapter One`, `Section Twelve`: a regulation's chapters numbered in words
#: (第一章 translated word for word).
_CHAPTER_WORD_NUM = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|" + _WORD_NUM
_ROMAN = "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"
#: `Vii. Contact information`: a Roman numeral of several letters that a
#: translation's sentence casing turned into a word (VII → Vii); `Xi` is left
#: out (a name, as in pinyin).
_ROMAN_TITLE = "Xii|Ix|Viii|Vii|Vi|Iv|Iii|Ii"
_ORDINAL = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    "firstly|secondly|thirdly|fourthly|fifthly|lastly|finally"
)

# (style, pattern, ASCII characters the marker can start with) — the style
# tells "same kind of list" apart from a heading.  A marker never starts with
# a space (the patterns are anchored), so the first character picks the few
# patterns worth trying (see :func:`marker`); a line opening with a
# non-ASCII character tries them all, which keeps case-folding subtleties
# (ſ, K) exactly as the patterns have them.
_DIGITS = "0123456789"


def _initials(alternation: str) -> str:
    """First letters, both cases, of the words of ``word|word|…``."""
    return "".join(sorted({w[0].lower() for w in alternation.split("|")} | {w[0].upper() for w in alternation.split("|")}))


_MARKER_TABLE: tuple[tuple[str, str, int, str], ...] = (
    ("cn", rf"^[{_CN_NUM}]{{1,3}}\s*[、.．]\s*", 0, ""),
    ("cn-paren", rf"^[（(]\s*[{_CN_NUM}]{{1,3}}\s*[）)]\s*", 0, "("),
    ("num-paren", rf"^[（(]\s*(?:\d{{1,2}}|{_WORD_NUM})\s*[）)]\s*", re.IGNORECASE, "("),
    ("roman-paren", r"^[（(]\s*(?:viii|vii|vi|iv|ix|v|x|iii|ii|i)\s*[）)]\s*", re.IGNORECASE, "("),  # (`(ii)`, `(IV)`)
    ("num-dun", r"^\d{1,2}\s*、\s*", 0, _DIGITS),
    ("num-dot", r"^\d{1,2}\s*[.．](?!\d)\s*", 0, _DIGITS),
    ("num-close", r"^\d{1,2}\)\s*", 0, _DIGITS),
    # `1, every enterprise …` `2, …`: 1、 translated as a comma; a letter must
    # follow (`15, 000 people` is a number cut by a stray space)
    ("num-comma", r"^\d{1,2}\s*[,，]\s*(?=[A-Za-z])", 0, _DIGITS),
    ("roman", rf"^(?:{_ROMAN}|{_ROMAN_TITLE})\s*[.．、]\s+|^(?:{_ROMAN})[.．、](?=[A-Z][a-z])|^[Ⅰ-Ⅻ](?:\s*[.．、,，]\s*|\s+|(?=[A-Z]))", 0, "XVI"),  # (`Ⅰ.`, `Ⅰ Active …`: the one-character numerals of CJK fonts, a numeral with or without a stop; `Ⅱ, …`: its 、 as a comma; `ⅡScope …`: glued to the capital, one character no word holds; `I.Review of …`: the stop glued to a capitalised word)
    ("chapter", rf"^chapter\s+(?:\d{{1,3}}|{_ROMAN}|[{_CN_NUM}]+|{_CHAPTER_WORD_NUM}\b)\s*[:：.．]?\s*", re.IGNORECASE, "cC"),
    ("part", rf"^part\s+(?:\d{{1,3}}|{_ROMAN}|[{_CN_NUM}]+|{_CHAPTER_WORD_NUM}\b)\s*[:：.．]?\s*", re.IGNORECASE, "pP"),
    ("section", rf"^section\s+(?:\d{{1,3}}|{_ROMAN}|[{_CN_NUM}]+|{_CHAPTER_WORD_NUM}\b)\s*[:：.．]?\s*", re.IGNORECASE, "sS"),
    ("case", r"^case\s+\d{1,3}\s*[:：.．]\s*", re.IGNORECASE, "cC"),
    # `Step 2: Paying the fee`: a guide's stages (a run of them is a list of steps)
    ("step", rf"^step\s+(?:\d{{1,2}}|{_WORD_NUM})\s*[:：.．]\s*", re.IGNORECASE, "sS"),
    ("article", rf"^article\s+(?:\d{{1,3}}|{_ROMAN}|[{_CN_NUM}]+)\s*[:：.．]?\s*", re.IGNORECASE, "aA"),
    ("ordinal", rf"^(?:{_ORDINAL})\s*[,，:：]\s*", re.IGNORECASE, _initials(_ORDINAL)),
    # `Three. Organization name and code`: 三、 translated as a word
    # `Two, the work done`: 二、 translated as a word and a comma (a capital: `one, two` in a sentence is no marker)
    ("num-word", rf"^(?:{_WORD_NUM})\s*[.．、](?!\d)\s*|^(?-i:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s*[,，]\s*(?=[A-Za-z])", re.IGNORECASE, _initials(_WORD_NUM)),
    ("letter", r"^[a-h][.)]\s+", 0, "abcdefgh"),
    ("letter-paren", r"^[（(][a-h][）)]\s*(?=\S)", 0, "("),  # (`(a) keep the stall clean;`)
    ("roman-lower", r"^(?:viii|vii|iii|iv|ix|vi|ii|i|v|x)\.\s+", 0, "ivx"),  # (`ii. show the prices;`: lower case only)
    ("letter-upper", r"^[A-H][.)．]\s+", 0, "ABCDEFGH"),  # (`A.   Projects in the park's leading industries …`; I is a roman one)
    ("bullet", r"^[•●▪◆■◇○·★☆√✓✔→►▶➤]\s*|^(?:--|[-–*])\s+", 0, "-*"),  # (`-- `: a Chinese ——, machine-translated; `* `, `★`, `√`, `→`: the other glyphs pages list with)
    # `① The land of Hexi village …`: a circled number, one character (a
    # list's entries as Chinese typesets them; the translation keeps the glyph)
    ("circled", r"^[①-⑳]\s*(?=\S)", 0, ""),
)
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (style, lazy_compile(source, flags)) for style, source, flags, _ in _MARKER_TABLE
)
#: The markers to try for each ASCII first character, in MARKERS order.
_MARKERS_BY_FIRST: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    chr(c): tuple(m for m, row in zip(MARKERS, _MARKER_TABLE) if chr(c) in row[3]) for c in range(128)
}


#: Distinct lines whose :func:`marker` is remembered: the classifier, the
#: chrome and header passes ask about the same lines of a page (over half the
#: calls repeat one).
MARKER_CACHE_SIZE = 1024


@lru_cache(maxsize=MARKER_CACHE_SIZE)
def marker(text: str) -> tuple[str, int] | None:
    """The enumeration style at the start of ``text`` and the marker's length."""
    first = text[:1]
    candidates = _MARKERS_BY_FIRST.get(first, MARKERS) if first.isascii() else MARKERS
    for style, pattern in candidates:
        m = pattern.match(text)
        if m and m.end() < len(text):
            return style, m.end()
    return None
