"""A by-line with the row's date after it, read as the credit and the date row
it is made of: `By Lin Qiao March 3, 2024`, the date glued to the name
(`By Lin QiaoMarch 3, 2024`, seen on real pages), or no name left at all
(`By Tue, 14 Jun 2022 GMT`: the writer's name was a link the copy dropped).

Why a reader of its own: a by-line alone is a credit and a date row alone is a
date, but a row holding both is neither to the readers of each, and its date
was lost with it.
"""

from __future__ import annotations

import re

from ..fields import find_datetime
from ..lazyre import lazy_compile
from ..textmap import MappedText
from .header import LabelValue, date_line
from .lead import MAX_BYLINE_CHARS, by_credit

#: The by-word a credit opens with, followed by a space.
_BY_WORDS = ("By ", "by ")


def split_credit_date(text: MappedText) -> tuple[list[LabelValue], MappedText] | None:
    """The credit's labels and the date row behind it, or None.

    The date must open a row that :func:`~.header.date_line` reads (the date,
    then at most a few short words), and what stands before it must be a
    by-credit (:func:`~.lead.by_credit`) or the bare by-word, which gives an
    author label with no value (an ``empty-field`` finding says so).
    """
    verb = _VERB_BEFORE_BY.match(text.text)
    if verb is not None:
        text = text.slice(verb.end(), len(text.text))  # `Posted by admin on June 14, 2024`: the by-line after its verb
    s = text.text
    if s[:3] not in _BY_WORDS or len(s) > MAX_BYLINE_CHARS:
        return None
    dt = find_datetime(s)
    if dt is None or dt.date is None or dt.start < len(_BY_WORDS[0]) - 1:
        return None
    row = text.slice(dt.start, len(s))
    dl = date_line(row.text)
    if dl is None or dl[0].start != 0:
        return None
    credit = text.slice(0, dt.start).strip()
    joint = _JOINT_BEFORE_DATE.search(credit.text) if verb is not None else None
    if joint is not None:
        credit = credit.slice(0, joint.start()).strip()  # (`by admin on`: the word joining the date)
    if credit.text in ("By", "by"):
        return [LabelValue("author", credit.text, credit, credit.slice(len(credit.text), len(credit.text)))], row
    labels = by_credit(credit)
    return (labels, row) if labels else None


#: `Posted by`, `Written by`: a blog's verb before the by-line of its date row.
_VERB_BEFORE_BY = lazy_compile(r"^(?:posted|written|published|submitted|uploaded)\s+(?=by\s)", re.IGNORECASE)
#: `… by admin on June 14, 2024`: the word that joins the writer to the date.
_JOINT_BEFORE_DATE = lazy_compile(r"\s+(?:on|at)$|\s*[,|｜]$", re.IGNORECASE)


def by_credit_name(s: str) -> str | None:
    """The writer a stray field of a label row names (`by QL`, `By Qiu Lan,
    Fan Dewei`), as :func:`~.lead.by_credit` reads a by-line, else None."""
    if s[:3] not in _BY_WORDS:
        return None
    labels = by_credit(MappedText.identity(s))
    authors = [lv for lv in labels or () if lv.field == "author"]
    return authors[0].value.text if len(authors) == 1 and labels is not None and len(labels) == 1 else None
