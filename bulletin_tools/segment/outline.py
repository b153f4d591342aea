"""Decimal outline numbers: `1.1 Project aims`, `2.3.1 Funding` (a report's or a plan's numbering).

Why: a document numbered as an outline prints its headings `1.`, `1.1`,
`1.1.1`; the number is no word of the heading (docs/labelling.md: headings
are listed without their numbering), and a line numbered `N.` right over
one numbered `N.1` opens the part that the sub-numbers divide, as a
heading, however little text stands under it.  Such a number is no list
marker (a list's `1.` `2.` `3.` are read by :func:`.body.marker`): it is
only split off a line already taken for a heading, and only read as the
evidence above.
"""

from __future__ import annotations

from ..lazyre import lazy_compile

#: `1.1 `, `2.3.1 ` (at most three levels below the first, each of one or two
#: digits), then a word in a capital: `2.5 million yuan` opens no heading,
#: and a weather box's `20.1 C` is a reading, not a number and a word.
_OUTLINE = lazy_compile(r"^(\d{1,2})((?:\.\d{1,2}){1,3})\.?\s+(?=[A-Z][A-Za-z])")


def outline_number(text: str) -> tuple[str, list[int]] | None:
    """The outline number at the start of ``text`` as written and its parts
    (`1.2.1 Aims` → ("1.2.1", [1, 2, 1])), or None."""
    m = _OUTLINE.match(text)
    if m is None:
        return None
    written = text[:m.end()].strip()
    return written, [int(m.group(1)), *(int(p) for p in m.group(2)[1:].split("."))]


def opens_outline(number: int | None, below: str) -> bool:
    """Is ``below`` the first sub-part (`N.1 …`) of the part numbered ``number``?"""
    found = outline_number(below)
    return number is not None and found is not None and found[1][:2] == [number, 1]
