"""Enumeration markers as data: ``一、Insured objects`` → marker ``一、``, number 1, text ``Insured objects``.

Why: a Chinese ordinal glued to an English heading (``## 一、Insured
objects``) or item (``- （一）The individual payment …``) reads badly, and
the JSON ``heading`` is then not the heading.  The marker is kept as data
(``marker``, ``number``), so nothing is lost, and the Markdown writer renders
the numbering in the reader's style (``1.``, ``(1)``) from it.

Only markers that carry a number are split off: Chinese numerals
(``一、`` ``（一）``), digits (``1.`` ``1、`` ``1)`` ``(1)``, and ``1,``, as
1、 is often translated), spelled numbers in brackets (``(one)``) and Roman
numerals (``I.`` ``(ii)``).
Bullets, letters, ``Chapter 1`` and ``First,`` stay in the text: they are
words of the sentence, or no number at all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .fastinit import fast_init
from .model import Block, Section
from .segment.markers import marker as _marker
from .segment.outline import outline_number

#: Marker styles (see ``segment.markers.MARKERS``) that carry a number.
NUMBERED_STYLES = frozenset({"cn", "cn-paren", "num-paren", "roman-paren", "num-dun", "num-dot", "num-close", "num-comma",
                             "roman"})
#: The styles rendered ``(N)`` in Markdown headings; the others ``N.`` (or ``N)`` as written).
_PAREN_STYLES = frozenset({"cn-paren", "num-paren", "roman-paren"})

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_WORDS = {w: k for k, w in enumerate("one two three four five six seven eight nine ten".split(), start=1)}
_ROMAN = {"i": 1, "v": 5, "x": 10}
#: The Roman numerals one to twelve as single characters (U+2160-U+216B).
_ROMAN_CHARS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
#: Ordered-list numbers CommonMark accepts (at most nine digits).
MAX_LIST_NUMBER = 999_999_999


@fast_init
@dataclass(frozen=True, slots=True)
class Ordinal:
    """A marker split off a text: the marker as written, its number, its style, the text after it."""

    marker: str
    number: int
    style: str
    text: str


def chinese_number(s: str) -> int | None:
    """``一`` → 1, ``十`` → 10, ``十二`` → 12, ``二十`` → 20, ``二十一`` → 21; None if not a numeral.

    >>> [chinese_number(s) for s in ("三", "十", "十二", "二十", "二十一", "十十")]
    [3, 10, 12, 20, 21, None]
    """
    if not s:
        return None
    if "十" not in s:
        return _CN_DIGITS.get(s) if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    if "十" in ones or len(tens) > 1 or len(ones) > 1:
        return None
    t = 1 if not tens else _CN_DIGITS.get(tens)
    o = 0 if not ones else _CN_DIGITS.get(ones)
    if t is None or o is None:
        return None
    return t * 10 + o


def roman_number(s: str) -> int | None:
    """``iv`` → 4, ``XII`` → 12 (the small numerals enumerations use).

    >>> [roman_number(s) for s in ("i", "IV", "ix", "XII")]
    [1, 4, 9, 12]
    """
    values = [_ROMAN.get(c) for c in s.lower()]
    if not values or None in values:
        return None
    total = 0
    for k, v in enumerate(values):
        nxt = values[k + 1] if k + 1 < len(values) else 0
        total += -v if v < nxt else v  # type: ignore[operator]
    return total if total > 0 else None


def word_number(s: str) -> int | None:
    """``three`` → 3 (one to ten, any case), else None."""
    return _WORDS.get(s.lower())


def _number(core: str, style: str) -> int | None:
    if style in ("cn", "cn-paren"):
        return chinese_number(core)
    if style in ("roman", "roman-paren"):
        if len(core) == 1 and _ROMAN_CHARS[0] <= core <= _ROMAN_CHARS[-1]:
            return ord(core) - ord(_ROMAN_CHARS[0]) + 1  # (`Ⅳ`: one character of a CJK font)
        return roman_number(core)
    if core.isdigit():
        return int(core)
    return _WORDS.get(core.lower())


def split_ordinal(text: str) -> Ordinal | None:
    """The numbered marker at the start of ``text`` and the text after it, or None.

    >>> split_ordinal("一、Insured objects")
    Ordinal(marker='一、', number=1, style='cn', text='Insured objects')
    >>> split_ordinal("（二）The individual payment")
    Ordinal(marker='（二）', number=2, style='cn-paren', text='The individual payment')
    >>> split_ordinal("First, the masses") is None
    True
    """
    found = _marker(text)
    if found is None or found[0] not in NUMBERED_STYLES:
        return None
    style, length = found
    written = text[:length].strip()
    rest = text[length:].strip()
    core = written.strip("（()）、.．,，").strip()
    number = _number(core, style)
    if number is None or not rest:
        return None
    return Ordinal(written, number, style, rest)


def split_heading_ordinal(text: str) -> Ordinal | None:
    """:func:`split_ordinal`, and for a heading also a capital letter's marker
    (`A. Income support`, `B) Housing`): a heading lettered A, B, C … is
    numbered 1, 2, 3 …, its marker kept as written; and a number written as a
    word (`Two, the work done`), as the golds and the agreement labellers
    strip it.  (An item's letter is
    left in its text: a list lettered a) b) c) is rendered as printed.)"""
    found = split_ordinal(text)
    if found is not None:
        return found
    outline = outline_number(text)
    if outline is not None:  # (`1.2 Background`: an outline's number, see segment.outline)
        return Ordinal(outline[0], outline[1][-1], "outline", text[len(outline[0]):].strip())
    m = _marker(text)
    if m is None or m[0] not in ("letter-upper", "num-word"):
        return None
    written, rest = text[:m[1]].strip(), text[m[1]:].strip()
    if m[0] == "num-word":  # (`Two, the work done`, `Three. Organization name`: 二、 translated as a word)
        number = word_number(written.strip("、.．,，").strip())
        return Ordinal(written, number, "num-word", rest) if rest and number is not None else None
    return Ordinal(written, ord(written[0]) - ord("A") + 1, "letter-upper", rest) if rest else None


def display(marker: str, number: int) -> str:
    """The marker as an English reader writes it: ``一、`` → ``1.``, ``（一）`` → ``(1)``, ``IV.`` stays.

    >>> [display(m, n) for m, n in (("一、", 1), ("（三）", 3), ("2、", 2), ("(ii)", 2), ("IV.", 4), ("3)", 3))]
    ['1.', '(3)', '2.', '(ii)', 'IV.', '3)']
    """
    if outline_number(marker + " Xx") is not None:
        return marker  # (`1.2`: an outline's number stays as written)
    found = _marker(marker + " x")
    style = found[0] if found else "num-dot"
    if style == "roman":
        return marker.rstrip("、.．,，") + "."  # (`Ⅱ,`: Ⅱ、 with its mark repaired to a comma)
    if style == "letter-upper":
        return marker.rstrip(".)．") + "."  # (`B)` → `B.`: a lettered heading keeps its letter)
    if style == "num-word":
        return marker  # (`Three.`, `Two,`: a number written as a word stays as written)
    if style == "roman-paren":
        return "(" + marker.strip("（()） ") + ")"
    if style in _PAREN_STYLES:
        return f"({number})"
    if style == "num-close":
        return f"{number})"
    return f"{number}."


def _split_block(block: Block) -> Block:
    if block.kind != "item" or block.marker is not None:
        return block
    found = split_ordinal(block.text)
    if found is None:
        return block
    return replace(block, text=found.text, marker=found.marker, number=found.number)


def number_section(section: Section) -> Section:
    """The section with its heading's and its items' numbered markers moved into ``marker``/``number``."""
    heading, marker, number = section.heading, section.marker, section.number
    if heading is not None and marker is None:
        found = split_heading_ordinal(heading)
        if found is not None:
            heading, marker, number = found.text, found.marker, found.number
    blocks = tuple(_split_block(b) for b in section.blocks)
    return replace(section, heading=heading, marker=marker, number=number, blocks=blocks)


def number_sections(sections) -> tuple[Section, ...]:
    return tuple(number_section(s) for s in sections)
