"""A date label and its date glued to the headline's last word, in lower case,
so no capital marks the seam: `… to Visiting Studentsrelease time:2023-05-19`.

The numeric date glued to a headline (`…Class2015-10-16`) is read by
:func:`~.header_reader._glued_date_tail`; here the label stands between them,
and the evidence is the whole tail: a label the lexicon gives the ``date``
field, its colon, and a full date that ends the line.
"""

from __future__ import annotations

from functools import cache

from .. import lexicon
from ..fields import whole_date


@cache
def _date_labels() -> tuple[str, ...]:
    """The lexicon's date labels of two words or more, lower case, longest
    first.  One-word labels are left out: glued to a word in lower case they
    cannot be told from its end (`Mandate:`, `Overtime:`)."""
    labels = lexicon.header_labels()
    found = {label for label, field in labels.fields.items() if field == "date" and label.isascii() and " " in label}
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


def glued_label_tail(s: str, min_head: int) -> int | None:
    """Where the glued `label:date` tail of headline ``s`` starts, else None.

    The date after the last colon must be all of the rest of the line; the
    label before the colon must end the word it is glued to; at least
    ``min_head`` characters of headline stand before it.
    """
    colon = max(s.rfind(":"), s.rfind("："))
    if colon < 0 or whole_date(s[colon + 1:].strip()) is None:
        return None
    before = s[:colon].rstrip()
    lowered = before.lower()
    for label in _date_labels():
        if lowered.endswith(label):
            start = len(before) - len(label)
            if start >= min_head and before[start - 1].isalpha() and before[start - 1].islower():
                return start
            return None
    return None
