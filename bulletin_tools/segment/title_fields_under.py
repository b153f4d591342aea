"""The headline chosen by the text's words (removal._protect_headline) is
sometimes the first section's heading: its words recur more than the
headline's.  A headline-shaped line above it with its own field row right
under it (`Seeking Common Development of Town and Enterprise` / `2018.05.15`,
`Special Notes` / `Updated: 2015-06-09`) is the article's headline: the
header sits where the headline is, and the choice moves up to it.  The line
must not be judged chrome and its words must recur in the text as a
headline's do (a site's name over the page's clock, `The Official Website of
…` / `15 July 2015`, does not).  A column's name over the headline (`Company
news` / the headline / `Views: 1010 Date: …`) has no field row under it: the
row is under the headline, which stays the choice."""

from __future__ import annotations

from ..chardata import LINE_BULLETS
from .header import credit_line, date_line, is_label_line
from .lead import is_by_credit


def headline_over_its_fields(texts: list[str], nonblank: list[int], line: int, below: int) -> bool:
    """The line after ``line`` (above ``below``, the line the text's words
    point to) is a label or date row: ``line`` is the headline."""
    after = next((k for k in nonblank if k > line), None)
    if after is None or after >= below:
        return False
    s = texts[after].strip()
    s = s[1:].strip() if s[:1] in LINE_BULLETS else s  # (`• Updated: 2024-05-02 08:15`: a bulleted field row)
    # (a writers' credit row counts: `By Lu Ming and Tan Jia ( China Daily )`)
    return is_label_line(s) or date_line(s) is not None or credit_line(s) or is_by_credit(s)
