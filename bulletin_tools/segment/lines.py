"""Lines of the decoded input, each carrying its repaired text and its map back."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lazyre import lazy_compile
from ..textmap import MappedText

_NEWLINE = lazy_compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Line:
    """One input line: 1-based ``number``, its text (repaired, mapped), blank or not.

    ``s`` (the text as a string) and ``blank`` are worked out once, when the
    line is built, and stored: the zoning passes ask a page's lines for them
    some 250 times a document against 25 lines built, and a stored slot is
    read several times faster than a property computes.  They take no part
    in equality, hashing or the repr: a line is still its number and its text.
    """

    number: int
    text: MappedText
    s: str = field(init=False, repr=False, compare=False)
    blank: bool = field(init=False, repr=False, compare=False)

    def __init__(self, number: int, text: MappedText) -> None:
        # Through the slot descriptors, as fastinit.py does: the class is frozen.
        _set_number(self, number)
        _set_text(self, text)
        s = text.text
        _set_s(self, s)
        _set_blank(self, not s or s.isspace())  # (the same as `not s.strip()`, without a copy)


_set_number = Line.__dict__["number"].__set__
_set_text = Line.__dict__["text"].__set__
_set_s = Line.__dict__["s"].__set__
_set_blank = Line.__dict__["blank"].__set__


def next_nonblank(lines: list[Line], start: int) -> int | None:
    """The index of the first non-blank line from ``start`` on, or None."""
    return next((k for k in range(start, len(lines)) if not lines[k].blank), None)


def split_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line, without its line ending (CRLF, CR or LF)."""
    if "\r" not in text:
        return _split_at_newlines(text)
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _NEWLINE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _split_at_newlines(text: str) -> list[tuple[int, int]]:
    """:func:`split_lines` of a text whose only line ending is LF.

    Why: nearly every document is such a text, and ``str.split`` cuts it in C
    where the regex loop makes two method calls per line (a third of the
    time).  The pieces between newlines are the lines; the empty piece after
    a final newline is no line, as for the regex loop.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for part in text.split("\n"):
        end = pos + len(part)
        out.append((pos, end))
        pos = end + 1
    if out[-1][0] == len(text):
        out.pop()  # (the text ends with a newline, or is empty)
    return out
