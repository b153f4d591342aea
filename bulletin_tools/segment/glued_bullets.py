"""A list bulleted with a hyphen glued to each entry: `-develop …` / `-promote …`.

A page's HTML list, flattened to text, often keeps its bullets as a hyphen
with no space after it.  One line opening with a glued hyphen may be
anything (a stray mark, a cut word); a **run** of such lines, side by
side, is a list: the run is the evidence (as for bare figures, see
:mod:`.bare_numbers`).  A hyphen followed by a space is a bullet already
(:data:`.markers.MARKERS`).
"""

from __future__ import annotations

from typing import Sequence

from ..lazyre import lazy_compile

#: A run of glued-hyphen lines is a list from this many entries on.
MIN_GLUED_BULLET_RUN = 2
#: A hyphen or an en dash, then a letter (not a figure: `-5 degrees`).
_GLUED_BULLET = lazy_compile(r"^[-–](?=[^\W\d_])")


def opens_with_glued_bullet(s: str) -> bool:
    return _GLUED_BULLET.match(s) is not None


def next_glued_entry(prev: str, line: str) -> bool:
    """``line`` and the line above both open with a glued hyphen: the next
    entry of the list, never the rest of the line above (`-train …; and,` /
    `-keep …`)."""
    return opens_with_glued_bullet(line) and opens_with_glued_bullet(prev)


def glued_bullet_runs(texts: Sequence[str], numbered: Sequence[bool]) -> set[int]:
    """The lines of runs of consecutive lines opening with a glued hyphen
    (``numbered`` tells a line another marker opens: never an entry)."""
    out: set[int] = set()
    run: list[int] = []
    for i, s in enumerate([*texts, ""]):
        if i < len(texts) and not numbered[i] and opens_with_glued_bullet(s):
            run.append(i)
            continue
        if len(run) >= MIN_GLUED_BULLET_RUN:
            out.update(run)
        run = []
    return out
