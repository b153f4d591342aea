"""The article's own header rows under the headline printed once more.

Many templates print the page's header twice: once at the top (the page
title, a site's source row) and once where the article starts (the headline
again, then `Source: … | Release time:`, a date, `Author: … | Editor: …`).
The header reader stops at the first copy, so the rows of the second would
open the body and be taken for its first paragraph.

The headline repeated at the top of the body is the evidence that a header
starts there again; the rows under it are read as header rows only while
each one is a label row, a date row or a labelled summary (`Abstract: …`,
the description when the page has none yet), so a paragraph of text is
never read.  The headline may come back with its writer's name before it
(`Qiao Lan: <headline>`, a journal's way of heading a paper).  The repeated headline stays where it was (other rules judge it); the
rows go to the header, kept as header lines, so nothing is lost.
"""

from __future__ import annotations

from typing import NamedTuple

from .. import lexicon
from ..chardata import LINE_BULLETS
from ..lazyre import lazy_compile
from ..model import Fix
from ..textmap import MappedText
from .header import LabelValue, date_line, description_value, find_labels, is_label_line
from .lines import Line
from .shape import _same_words

#: At most this many rows under the repeated headline.
MAX_SECOND_HEADER_ROWS = 4
#: A header row is short: a longer line is text, whatever label opens it.
MAX_ROW_CHARS = 160


#: `Qiao Lan: ` / `Qiao Lan | ` before a headline printed again: its writer's
#: name (one to four capitalised words), then a colon or a bar.
_WRITER_BEFORE = lazy_compile(r"^\s*[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}\s*[:：|｜]\s*")


def _headline_again(s: str, title: str) -> bool:
    """``s`` is the headline printed again, perhaps after its writer's name."""
    if _same_words(s, title):
        return True
    m = _WRITER_BEFORE.match(s)
    return m is not None and _same_words(s[m.end():], title)


#: A bullet or a star glued before a label row (`*Author: …`), as the header reader allows one.
_LABEL_BULLET = lazy_compile(rf"^\s*([{LINE_BULLETS}*])\s*(?=\S)")


class SecondHeader(NamedTuple):
    body: list[Line]  # the body left
    labels: list[LabelValue]
    rows: list[Line]  # the label rows taken
    dates: list[tuple[Line, object]]  # the date rows taken, each with its :func:`.header.date_line` reading
    description: MappedText | None  # a labelled summary row's value
    fixes: list[Fix]  # a bullet taken off a label row


def read_second_header(body: list[Line], title: MappedText | None, described: bool = True) -> SecondHeader:
    """The header rows under the headline printed again at the top of the
    body; a labelled summary row gives the description only when the page
    is not ``described`` already."""
    nothing = SecondHeader(body, [], [], [], None, [])
    if title is None:
        return nothing
    nonblank = [ln for ln in body if not ln.blank]
    if not nonblank or not _headline_again(nonblank[0].s, title.text):
        return nothing
    labels: list[LabelValue] = []
    rows: list[Line] = []
    dates: list[tuple[Line, object]] = []
    description: MappedText | None = None
    fixes: list[Fix] = []
    for ln in nonblank[1: 1 + MAX_SECOND_HEADER_ROWS]:
        s = ln.s.strip()
        if not s:
            break
        summary = description_value(ln.text.strip()) if not described and description is None else None
        if summary is not None and summary.text:
            description = summary  # `Abstract: …` under the headline again: the page's summary (of any length)
            rows.append(ln)
            continue
        if len(s) > MAX_ROW_CHARS:
            break
        bullet = _LABEL_BULLET.match(ln.s) if s[:1] in LINE_BULLETS or s[:1] == "*" else None
        if bullet is not None and is_label_line(ln.s[bullet.end():]):
            # `*Author: Lin Qiao, professor at …`: a star glued to the label (the header reader's reading)
            fixes.append(Fix("furniture", bullet.group().strip(), "", ln.text.span(bullet.start(1), bullet.end(1))))
            labels.extend(find_labels(ln.text.slice(bullet.end(), len(ln.s)).strip(), lexicon.header_labels()))
            rows.append(ln)
            continue
        if is_label_line(s):
            labels.extend(find_labels(ln.text.strip(), lexicon.header_labels()))
            rows.append(ln)
            continue
        dl = date_line(s)
        if dl is not None and dl[0].date and not dl[1]:
            dates.append((ln, dl))
            continue
        break
    if not rows and not dates:
        return nothing
    taken = {ln.number for ln in rows} | {ln.number for ln, _ in dates}
    return SecondHeader([ln for ln in body if ln.number not in taken], labels, rows, dates, description, fixes)
