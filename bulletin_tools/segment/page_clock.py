"""A site's clock above the headline: `Tuesday, March 4, 2025` printed by the
template as today's date when the page was saved, not the article's date.

:func:`~.header_reader._page_clock` already sets such a date aside when a date
row under the headline dates the article.  When none does, the page itself
still tells: a weekday-led date (the shape of a clock) years after every year
the page names (the headline's, the text's, the links') cannot be the date of
what the page reports.  Seen on real pages from four sites, each a news
portal whose masthead shows the day.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from .lines import Line

#: A clock's date is at least this many years after the latest year the rest
#: of the page names (one year is a story dated early in January about the
#: year before; set on the real tuning pages, where it keeps every dated story).
MIN_CLOCK_LEAD_YEARS = 2
_WEEKDAY_FIRST = lazy_compile(r"^\s*(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?(?![a-z])", re.IGNORECASE)
_YEAR = lazy_compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


def is_site_clock(date_text: str, iso_date: str, lines: list[Line]) -> bool:
    """``date_text`` (a date above the headline, read as ``iso_date``) is the
    site's clock: it opens with a weekday, and the other ``lines`` name a year,
    every one at least :data:`MIN_CLOCK_LEAD_YEARS` before the date's."""
    if _WEEKDAY_FIRST.match(date_text) is None:
        return False
    year = int(iso_date[:4])
    others = [int(y) for ln in lines if date_text not in ln.s for y in _YEAR.findall(ln.s)]
    return bool(others) and max(others) <= year - MIN_CLOCK_LEAD_YEARS
