"""Short Chinese lines between an English headline and the English text.

A machine-translated page keeps some of its Chinese where the translator
did not reach: a slogan banner (`迈向新时代…国际大都市`), a subscription
notice, the Chinese headline, a label row (`文章类型:原创 内容分类:新闻`).
On an English page such a line, above the text's first English sentence,
is the page's furniture, never the article's first paragraph: the reader of
the English article does not read it, and its words recur nowhere in the
English text.

The evidence is the line's shape and its place, not its words: mostly Han
characters, short, with no English sentence in it, in a page whose text is
English, at the top of the body, an English heading or the first English
prose right under it.  Each line is removed as
a ``chrome`` fix that says why, so nothing is lost (and the ``cjk-residue``
findings, read from the whole text before the page is zoned, still tell that
Chinese was left).  A long Chinese paragraph (a bilingual page's original
above its translation) is text, and stays.
"""

from __future__ import annotations

from ..chardata import HAN_CHAR
from ..lazyre import lazy_compile
from ..model import Fix
from .lines import Line

#: A Chinese line taken off is at most this long (a longer one is a paragraph),
#: and holds no sentence (a full stop, or two commas: Chinese prose).
MAX_HAN_LINE_CHARS = 60
_PROSE_MARKS = ("。", "；")
MAX_COMMAS = 1
#: Han characters are at least this share of the line's letters.
MIN_HAN_SHARE = 0.5
#: At most this many Latin words in it (`China Daily`, `CD`, `original`).
MAX_LATIN_WORDS = 3
#: An English line of prose has at least this many Latin words.
MIN_PROSE_WORDS = 8
#: Below that line, the text is English: Latin letters at least this many
#: times the Han characters.
MIN_LATIN_PER_HAN = 4
#: At most this many Chinese lines, and the first English prose at most
#: this many lines below them.
MAX_LEAD_LINES = 4
#: The line right under the Chinese ones is English: a heading or the prose.
MIN_ENGLISH_WORDS = 2

_LATIN_WORD = lazy_compile(r"[A-Za-z]+")


def _han_count(s: str) -> int:
    return len(HAN_CHAR.findall(s))


def _latin_letters(s: str) -> int:
    return sum(1 for c in s if "a" <= c.lower() <= "z")


def _han_line(s: str) -> bool:
    t = s.strip()
    if not t or len(t) > MAX_HAN_LINE_CHARS or any(m in t for m in _PROSE_MARKS) or t.count("，") > MAX_COMMAS:
        return False
    han = _han_count(t)
    return han > 0 and han >= MIN_HAN_SHARE * (han + _latin_letters(t)) \
        and len(_LATIN_WORD.findall(t)) <= MAX_LATIN_WORDS


def read_han_lead(body: list[Line]) -> tuple[list[Line], list[Fix]]:
    """The body without the Chinese lines above its first English prose, and a fix for each."""
    nonblank = [ln for ln in body if not ln.blank]
    run = next((k for k, ln in enumerate(nonblank) if not _han_line(ln.s)), len(nonblank))
    if not run or run > MAX_LEAD_LINES:
        return body, []
    prose = next((k for k, ln in enumerate(nonblank[run: run + MAX_LEAD_LINES], run)
                  if len(_LATIN_WORD.findall(ln.s)) >= MIN_PROSE_WORDS), None)
    if prose is None or len(_LATIN_WORD.findall(nonblank[run].s)) < MIN_ENGLISH_WORDS:
        return body, []  # (an English heading or the prose itself comes next)
    top = nonblank[:run]
    below = "".join(ln.s for ln in nonblank[run:])
    if _latin_letters(below) < MIN_LATIN_PER_HAN * _han_count(below):
        return body, []  # not an English text
    fixes = []
    for ln in top:
        text = ln.text.strip()
        why = (f"Chinese above the English text ({_han_count(text.text)} Han characters, "
               f"{len(_LATIN_WORD.findall(text.text))} Latin words) on an English page")
        fixes.append(Fix("chrome", text.text, "", text.span(), why))
    taken = {ln.number for ln in top}
    return [ln for ln in body if ln.number not in taken], fixes
