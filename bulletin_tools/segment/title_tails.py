"""Dates a page prints after its headline in forms the numeric tail rule of
:mod:`.title` does not read: a month's name after one space (`… use
agricultural machinery Mar 24, 2018`), a numeric date in brackets (`…
capacity expansion (01/11/2010)`), and a date label glued to the headline's
last word in lower case (`… of Hexi Districtrelease time:2022-02-21`).  Each is
a field row of its own, split off the title as the numeric ones are."""

from __future__ import annotations

import re

from ..chardata import words_of_kind
from ..lazyre import lazy_compile

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|June|July"
          r"|August|September|October|November|December")
#: `… machinery Mar 24, 2018`, `… machinery 24 March 2018`: a date with the
#: month's name after one space, ending the line (a date in brackets or after
#: a dash, `(June 10, 2021)`, `——February 24, 2021`, names the subject and stays).
_NAMED_MONTH_TAIL = lazy_compile(
    rf"(?<=[A-Za-z0-9’'”\"?!])\s(?P<tail>(?:(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}\s+(?:{_MONTH}),?\s+)(?:19|20)\d{{2}})$")
#: `… capacity expansion (01/11/2010)`: a numeric date in brackets (read as `fields.whole_date` reads it).
_BRACKETED_NUMERIC_TAIL = lazy_compile(r"\s(?P<tail>[(（]\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}[)）])$")


def date_tail_start(s: str) -> int | None:
    """Where a date ending headline ``s`` (in one of the forms above) starts, or None.

    >>> s = "Farm machinery reaches every village in the county Mar 24, 2018"
    >>> s[date_tail_start(s):]
    'Mar 24, 2018'
    >>> date_tail_start("The county's flood season starts on Mar 24, 2018") is None
    True
    """
    m = _NAMED_MONTH_TAIL.search(s)
    if m is not None:
        before = s[:m.start()].split()
        if before and before[-1].lower() in words_of_kind("function"):
            return None  # `… on Mar 24, 2018`: the date is the headline's
        return m.start("tail")
    m = _BRACKETED_NUMERIC_TAIL.search(s)
    return m.start("tail") if m is not None else None


def glued_label_before_date(s: str, label: re.Match[str]) -> bool:
    """A label glued in lower case to the headline's last word
    (`… Districtrelease time:2022-02-21`) is a field when a whole date is all
    that follows it: no headline ends in a label and a date."""
    from ..fields import whole_date

    at = label.start()
    return at > 0 and s[at - 1].isalpha() and label.group().rstrip()[-1:] in ":：" \
        and whole_date(s[label.end():].strip()) is not None
