"""A list numbered with bare figures: `1 Take …`, `2 Ask …`, `3 Keep …`.

A list's numbers may lose their stop or bracket on the way to the page
(`1、` or `(1)` dropped in a copy, an HTML list flattened), leaving a figure
and a space before each entry.  One such line is a sentence that opens with
a number (`4 wells failed the test`); a **run** of them numbered on by
one (1, 2, 3, or 2, 3, 4 where a table's first row was glued to its
header row: that line, holding the number before the run's first, is the
list's first entry), on consecutive lines, is a list.  The run is the evidence, not
the words: see :func:`bare_number_runs`.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..lazyre import lazy_compile

#: A run of bare-numbered lines is a list from this many entries on (two
#: lines opening `1 …` and `2 …` may be two sentences about amounts).
MIN_BARE_NUMBER_RUN = 3
#: `3 Home visits …`: a figure, one space, a capital (a table's row
#: has runs of spaces between its cells and is left to the table rules; a
#: day and its month, `12 March`, open a diary's entries, not a list's).
_BARE_NUMBER = lazy_compile(
    r"^(\d{1,2}) (?=[A-Z])(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?!.*\S {2,}\S)",
    re.IGNORECASE)


def bare_number(s: str) -> tuple[int, int] | None:
    """The number opening ``s`` and the length of its marker (figure and space)."""
    m = _BARE_NUMBER.match(s)
    return (int(m.group(1)), m.end()) if m else None


def bare_number_runs(texts: Sequence[str], numbered: Sequence[bool]) -> dict[int, int]:
    """For each line of a run of lines numbered on by one with bare figures
    (unnumbered otherwise: ``numbered`` tells a line another marker opens),
    the length of its marker."""
    out: dict[int, int] = {}
    i = 0
    while i < len(texts):
        found = None if numbered[i] else bare_number(texts[i])
        if found is None:
            i += 1
            continue
        run = [(i, found[1])]
        j = i + 1
        while j < len(texts) and not numbered[j]:
            nxt = bare_number(texts[j])
            if nxt is None or nxt[0] != found[0] + len(run):
                break
            run.append((j, nxt[1]))
            j += 1
        if len(run) >= MIN_BARE_NUMBER_RUN:
            out.update(run)
            if i > 0 and found[0] > 1 and not numbered[i - 1] and i - 1 not in out \
                    and _glued_row(found[0] - 1).search(texts[i - 1]) and not texts[i - 1].rstrip().endswith((".", "。")):
                out[i - 1] = 0  # (its number is inside the line: no marker to split off)
        i = j
    return out


def _glued_row(number: int):
    """`Laws 1 Forest Law …` before a run from 2: the first row, glued to the
    cell (or the header) before it, its number and a capital inside the line."""
    return lazy_compile(rf"\s{number} (?=[A-Z])")
