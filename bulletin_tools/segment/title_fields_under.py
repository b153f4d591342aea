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
from ..textmap import MappedText
from .. import lexicon
from .lines import Line


def headline_over_its_fields(texts: list[str], nonblank: list[int], line: int, below: int) -> bool:
    """The line after ``line`` (above ``below``, the line the text's words
    point to) is a label or date row: ``line`` is the headline."""
    after = next((k for k in nonblank if k > line), None)
    if after is None or after >= below:
        return False
    return is_field_row(texts[after])


def is_field_row(line: str) -> bool:
    """``line`` is a headline's field row: a label row, a date row, a bracketed
    credit, a role's credit (`Reported by Li Na in Qiaotou`) or a writer's `By` credit (`By Lu Ming and Tan Jia ( China Daily )`,
    `By Li Na | 2024-06-14`, `Posted by admin on June 14, 2024`), bulleted or
    not (`• Update Time: 2024-05-12`)."""
    from .credit_date import split_credit_date  # (it reads lead's credits, which read this module's callers)

    s = line.strip()
    s = s[1:].strip() if s[:1] in LINE_BULLETS else s
    return is_label_line(s) or date_line(s) is not None or credit_line(s) or is_by_credit(s) \
        or s[:1] in "Pp" and split_credit_date(MappedText.identity(s)) is not None \
        or _date_behind_tools(s) or _role_credit(s)  # (`Posted by admin on June 14, 2024`; `【字体：大 中 小】 2024-06-14`)


def _role_credit(s: str) -> bool:
    """`Reported by Li Na in Qiaotou`, `Written by Li Na, Edited by Wang Bo`: a role's credit (:func:`.lead.role_by_credit`)."""
    from .lead import role_by_credit

    return " by " in s[:24] and role_by_credit(MappedText.identity(s)) is not None


def _date_behind_tools(s: str) -> bool:
    """``s`` is a date row once the tools glued to it (a font switch, [Print]) are taken out."""
    from .furniture import strip_inline_furniture

    if lexicon.furniture().inline_in(s) is None:
        return False
    cleaned, tools = strip_inline_furniture(Line(0, MappedText.identity(s)))
    return bool(tools) and date_line(cleaned.s) is not None
