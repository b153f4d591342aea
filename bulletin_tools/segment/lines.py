"""Lines of the decoded input, each carrying its repaired text and its map back."""

from __future__ import annotations

from dataclasses import dataclass

from ..fastinit import fast_init
from ..lazyre import lazy_compile
from ..textmap import MappedText

_NEWLINE = lazy_compile(r"\r\n|\r|\n")


@fast_init  # built once per line per pass: the cheap __init__ (see fastinit.py)
@dataclass(frozen=True, slots=True)
class Line:
    """One input line: 1-based ``number``, its text (repaired, mapped), blank or not."""

    number: int
    text: MappedText

    @property
    def s(self) -> str:
        return self.text.text

    @property
    def blank(self) -> bool:
        return not self.text.text.strip()


def next_nonblank(lines: list[Line], start: int) -> int | None:
    """The index of the first non-blank line from ``start`` on, or None."""
    return next((k for k in range(start, len(lines)) if not lines[k].blank), None)


def split_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line, without its line ending (CRLF, CR or LF)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _NEWLINE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out
