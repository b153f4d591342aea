"""The width a page's text was hard-wrapped at, if it was.

Text copied out of a PDF or a document-sharing preview keeps the lines of
its paper: each paragraph is broken at about the same width (`… with the
steady help of the county's water office and the Provincial Irrigation` /
`Bureau, the township …`), so most lines are nearly as long as the longest,
and none is much longer.  On such a page a line that fills the width and
stops without a sentence end goes on in the next line, whatever the next
one starts with (a capital, a figure: `… the park signed up some` / `40
firms …`); a heading, short, does not fill it.  The lengths are the
evidence, not the words.
"""

from __future__ import annotations

from typing import Sequence

#: A page is judged on at least this many lines.
MIN_LINES = 8
#: The width is the length this share of the lines stays within (a few
#: longer lines, a URL or a table row, do not set it).
WIDTH_QUANTILE = 0.9
#: Hard-wrapped text is at least this wide and at most this wide (a page of
#: whole paragraphs has lines of hundreds of characters; a list of short
#: lines of one length, a column of rules, is no wrapped text).  Print and
#: preview widths are 60-100.
MIN_WRAP_WIDTH = 50
MAX_WRAP_WIDTH = 110
#: A line fills the width when it is at least this share of it.
FILL_SHARE = 0.8
#: The page is hard-wrapped when at least this share of its lines fill the width.
MIN_FILLED_SHARE = 0.5


def wrap_width(lengths: Sequence[int]) -> int | None:
    """The wrap width of a body whose lines have these ``lengths``, or None
    when the body is not hard-wrapped."""
    if len(lengths) < MIN_LINES:
        return None
    ordered = sorted(lengths)
    width = ordered[min(len(ordered) - 1, int(WIDTH_QUANTILE * len(ordered)))]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    filled = sum(n >= FILL_SHARE * width for n in lengths)
    return width if filled >= MIN_FILLED_SHARE * len(lengths) else None


def fills(length: int, width: int | None) -> bool:
    """Does a line of ``length`` fill a page wrapped at ``width``?"""
    return width is not None and length >= FILL_SHARE * width
