"""A list numbered with bare figures: `1 Take …`, `2 Ask …`, `3 Keep …`.

A list's numbers may lose their stop or bracket on the way to the page
(`1、` or `(1)` dropped in a copy, an HTML list flattened), leaving a figure
and a space before each entry.  One such line is a sentence that opens with
a number (`4 batches of samples failed`); a **run** of them numbered 1, 2, 3
in order, on consecutive lines, is a list.  The run is the evidence, not
the words: see :func:`bare_number_runs`.
"""

from __future__ import annotations

from typing import Sequence

from ..lazyre import lazy_compile

#: A run of bare-numbered lines is a list from this many entries on (two
#: lines opening `1 …` and `2 …` may be two sentences about amounts).
MIN_BARE_NUMBER_RUN = 3
#: `3 Door-to-door checks …`: a figure, one space, a capital (a table's row
#: has runs of spaces between its cells and is left to the table rules).
_BARE_NUMBER = lazy_compile(r"^(\d{1,2}) (?=[A-Z])(?!.*\S {2,}\S)")


def bare_number(s: str) -> tuple[int, int] | None:
    """The number opening ``s`` and the length of its marker (figure and space)."""
    m = _BARE_NUMBER.match(s)
    return (int(m.group(1)), m.end()) if m else None


def bare_number_runs(texts: Sequence[str], numbered: Sequence[bool]) -> dict[int, int]:
    """For each line of a run of lines numbered 1, 2, 3 … with bare figures
    (unnumbered otherwise: ``numbered`` tells a line another marker opens),
    the length of its marker."""
    out: dict[int, int] = {}
    i = 0
    while i < len(texts):
        found = None if numbered[i] else bare_number(texts[i])
        if found is None or found[0] != 1:
            i += 1
            continue
        run = [(i, found[1])]
        j = i + 1
        while j < len(texts) and not numbered[j]:
            nxt = bare_number(texts[j])
            if nxt is None or nxt[0] != len(run) + 1:
                break
            run.append((j, nxt[1]))
            j += 1
        if len(run) >= MIN_BARE_NUMBER_RUN:
            out.update(run)
        i = j
    return out
