"""The article's own header rows under the headline printed once more.

Many templates print the page's header twice: once at the top (the page
title, a site's source row) and once where the article starts (the headline
again, then `Source: … | Release time:`, a date, `Author: … | Editor: …`).
The header reader stops at the first copy, so the rows of the second would
open the body and be taken for its first paragraph.

The headline repeated at the top of the body is the evidence that a header
starts there again; the rows under it are read as header rows only while
each one is a label row or a date row, so a paragraph of text is never
read.  The repeated headline stays where it was (other rules judge it); the
rows go to the header, kept as header lines, so nothing is lost.
"""

from __future__ import annotations

from .. import lexicon
from ..textmap import MappedText
from .header import LabelValue, date_line, find_labels, is_label_line
from .lines import Line
from .shape import _same_words

#: At most this many rows under the repeated headline.
MAX_SECOND_HEADER_ROWS = 4
#: A header row is short: a longer line is text, whatever label opens it.
MAX_ROW_CHARS = 160


def read_second_header(body: list[Line], title: MappedText | None) -> tuple[list[Line], list[LabelValue], list[Line], list[tuple[Line, object]]]:
    """Returns the body left, the label fields, the label rows taken, and the
    date rows taken (each with its :func:`.header.date_line` reading, for the
    header reader's date-row reader)."""
    if title is None:
        return body, [], [], []
    nonblank = [ln for ln in body if not ln.blank]
    if not nonblank or not _same_words(nonblank[0].s, title.text):
        return body, [], [], []
    labels: list[LabelValue] = []
    rows: list[Line] = []
    dates: list[tuple[Line, object]] = []
    for ln in nonblank[1: 1 + MAX_SECOND_HEADER_ROWS]:
        s = ln.s.strip()
        if not s or len(s) > MAX_ROW_CHARS:
            break
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
        return body, [], [], []
    taken = {ln.number for ln in rows} | {ln.number for ln, _ in dates}
    return [ln for ln in body if ln.number not in taken], labels, rows, dates
