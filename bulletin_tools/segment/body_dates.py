"""Dates the text gives itself, for a page with no date row: the date under a
notice's signature, and the date in a wire story's dateline.

Both are read last (field ``body_date``, which the metadata pass takes only
when no other label gave a date), and the lines stay in the body, where the
page printed them; the metadata's date points into them.

**The signature.**  An official notice often carries no date row under its
title; it is dated where it is signed, at the foot of the text::

    … shall arrange personnel on duty during the holiday.

                        The General Office of the County People's Government
                        January 31, 2018

That date is the notice's date, when the block is unmistakable: the text's
last line is a date and nothing else, and the line above it is a name (short,
no sentence end).

**The dateline.**  A wire story opens with the place and the date it was
filed (`YAN'AN, China, June 7, 2023 /PRNewswire/ -- The 5th …`): a place in
capitals, a full date, the dashes that end a dateline.  The outlet it names
in brackets or between slashes (`(Xinhua)`, `/PRNewswire/`) is the page's
source when no row names one (field ``body_source``), as for a dateline on a
line of its own (the labelling guide).
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..textmap import MappedText
from .. import lexicon
from ..fields import find_datetime, whole_date
from .header import LabelValue, date_line, find_labels, is_label_line
from .lines import Line
from .release_credit import release_credit_source

#: A date alone on its line is at most this long (`Thursday, September 28, 2023`).
MAX_DATE_LINE_CHARS = 40
#: A date row left in the text (a label row giving the date) is at most this
#: long (longer than a header's date row, header.MAX_DATE_ROW_CHARS: such a row
#: may carry the counters and tools the header strips).
MAX_TOP_DATE_ROW_CHARS = 120
#: A signer is an organisation's or a person's name: a few words, not a sentence.
MAX_SIGNER_WORDS = 14
_SENTENCE_END = (".", "。", "!", "！", "?", "？", ":", "：", ";", "；", ",", "，")


def signing_date(body: list[Line]) -> LabelValue | None:
    """The date under the signer at the foot of ``body``, as a ``body_date`` field; else None."""
    lines = [ln for ln in body if not ln.blank]
    if len(lines) < 3:
        return None
    last, signer = lines[-1], lines[-2]
    text: MappedText = last.text.strip()
    if len(text.text) > MAX_DATE_LINE_CHARS or not any(map(str.isdigit, text.text)):
        return None  # (cheap: most texts end in a sentence)
    dt = whole_date(text.text)
    if dt is None:
        return None
    name = signer.s.strip()
    if len(name.split()) > MAX_SIGNER_WORDS or name.endswith(_SENTENCE_END) or find_datetime(name) is not None:
        return None
    return LabelValue("body_date", "", text.slice(0, 0), text.slice(dt.start, dt.end))


#: The dateline opens one of the text's first lines (an issuer's name may stand above it).
DATELINE_WITHIN = 2
#: `YAN'AN, China, June 7, 2023 /PRNewswire/ --`: the place in capitals (a
#: country may follow), then the date; an outlet between slashes; dashes.
_DATELINE = lazy_compile(
    r"^(?P<place>[A-Z][A-Z'’ .-]{1,40}),\s*(?:[A-Z][a-z]+,\s*)?(?P<date>[^/\-–—]{6,40}?)\s*"
    r"(?:\(\s*[A-Za-z][\w .-]{1,30}\)\s*|/\s*[^/]{2,40}/\s*)?(?:--|—|–)"
)


#: `Lingxi News Agency, Hexi, May 3rd` (新华社河西5月3日电 translated): a news
#: agency's dateline as a Chinese wire prints it, the agency, the place and
#: the day, with the wire's `电` rendered as `by wire` or `electricity` at times.
_AGENCY_DATELINE = lazy_compile(
    r"(?P<agency>(?:[A-Z][\w'’-]*\s+){0,3}News Agency)\s*[,，]\s*(?:[A-Z][\w'’-]*\s*){1,3}[,，]\s*"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s*[,，]?\s*(?:by wire|electricity|electric|telegraph))?\s*[,，]?")


def agency_dateline(s: str) -> tuple[int, int] | None:
    """The span of the agency's name when ``s`` is a Chinese wire's dateline
    and nothing else (`Lingxi News Agency, Hexi, May 3rd`), else None."""
    m = _AGENCY_DATELINE.fullmatch(s.strip())
    if m is None:
        return None
    lead = len(s) - len(s.lstrip())
    return lead + m.start("agency"), lead + m.end("agency")


def opens_with_agency_dateline(s: str) -> bool:
    """``s`` opens with a Chinese wire's dateline (`Lingxi News Agency, Hexi,
    May 3rd Title: …`): a header row, never the headline."""
    return "News Agency" in s and _AGENCY_DATELINE.match(s.strip()) is not None


def opens_with_dateline(s: str) -> bool:
    """`LINGXI, March 3 (Xinhua) -- …`: ``s`` opens with a wire's dateline (the
    place in capitals, a date, the outlet, dashes)."""
    return s.lstrip()[:1].isupper() and _DATELINE.match(s.strip()) is not None


def dateline_date(body: list[Line]) -> LabelValue | None:
    """The full date of the dateline opening one of the text's first lines, as a ``body_date`` field; else None."""
    for line in [ln for ln in body if not ln.blank][:DATELINE_WITHIN]:
        text = line.text.strip()
        m = _DATELINE.match(text.text)
        if m is None:
            continue
        dt = find_datetime(m.group("date"))
        if dt is None or dt.date is None or dt.start != 0 or dt.end != len(m.group("date").rstrip(" ,")):
            return None
        start = m.start("date")
        return LabelValue("body_date", "", text.slice(0, 0), text.slice(start, start + dt.end))
    return None


def dateline_outlet(body: list[Line]) -> LabelValue | None:
    """The outlet named by the dateline opening one of the text's first lines
    (`QIAOTOU, May 3 (Xinhua) -- …`), as a ``body_source`` field; else None.
    The dateline stays in the paragraph it opens; only the source points into it."""
    for line in [ln for ln in body if not ln.blank][:DATELINE_WITHIN]:
        text = line.text.strip()
        m = _DATELINE.match(text.text)
        if m is None:
            continue
        outlet = _DATELINE_OUTLET.search(text.text, m.end("date"), m.end())
        if outlet is None:
            return None
        group = "slashed" if outlet.group("slashed") else "bracketed"
        return LabelValue("body_source", "", text.slice(0, 0), text.slice(outlet.start(group), outlet.end(group)))
    return None


#: A date row left in the text is one of its first few lines.
TOP_DATE_WITHIN = 3


def top_date_row(body: list[Line]) -> LabelValue | None:
    """A date row among the text's first lines (`October 17, 2019`,
    `Posted on 2023-09-07 View 318 times`) that the header did not read,
    because a line it could not place (a caption, the headline printed
    again) stood above it: the page's date, as a ``body_date`` field."""
    for line in [ln for ln in body if not ln.blank][:TOP_DATE_WITHIN]:
        text = line.text.strip()
        if len(text.text) > MAX_TOP_DATE_ROW_CHARS:
            continue
        if is_label_line(text.text):
            found = next((lv for lv in find_labels(text, lexicon.header_labels()) if lv.field == "date" and lv.value.text), None)
            if found is not None:
                return LabelValue("body_date", "", text.slice(0, 0), found.value)
            continue
        dl = date_line(text.text)
        if dl is not None and dl[0].date and not dl[1]:
            dt = dl[0]
            return LabelValue("body_date", "", text.slice(0, 0), text.slice(dt.start, dt.end))
    return None


#: The outlet a dateline names: between slashes (`/Xinhua-AsiaNet/`) or in brackets (`(Xinhua)`).
_DATELINE_OUTLET = lazy_compile(r"/\s*(?P<slashed>[^/]{2,40}?)\s*/|\(\s*(?P<bracketed>[A-Za-z][\w .-]{1,30}?)\s*\)")


#: `June 14`, `Dec. 3rd`: a dateline's day without its year.
_WORDED_DAY = lazy_compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?",
                           re.IGNORECASE)


def read_dateline_alone(body: list[Line]) -> tuple[list[Line], list[LabelValue], list[Line]]:
    """A wire's dateline on a line of its own above the text (`WEIFANG,
    China, Feb. 20, 2020 /Xinhua-AsiaNet/--`, the story's first words on
    the next line) is a header row, not the first paragraph: its date is
    the ``body_date`` (taken only when no row gave a date), its outlet the
    ``body_source`` (likewise), its place a stray value, and the line is kept
    as a header line.  A dateline glued
    to the text stays in the first paragraph, where :func:`dateline_date`
    reads it.  Returns the body left, the fields, the line taken."""
    nonblank = [ln for ln in body if not ln.blank][:2]
    if len(nonblank) < 2:
        return body, [], []
    first = nonblank[0]
    text = first.text.strip()
    m = _DATELINE.match(text.text)
    if m is None:
        return body, [], []
    # nothing after the dashes, or a release's credit (`A report from lingxidaily.com:`)
    credited = release_credit_source(text, m.end()) if text.text[m.end():].strip(" -–—") else None
    if credited is None and text.text[m.end():].strip(" -–—"):
        return body, [], []
    dt = find_datetime(m.group("date"))
    start = m.start("date")
    if dt is not None and dt.date is not None and dt.start == 0:
        fields = [LabelValue("body_date", "", text.slice(0, 0), text.slice(start, start + dt.end))]
    elif (day := _WORDED_DAY.fullmatch(m.group("date").strip(" ,"))) is not None:
        # `QIAOTOU, June 14 (Xinhua) --`: a day without its year gives no date, but the line is the header's;
        # the day is kept as the dateline's
        at = start + m.group("date").index(day.group())
        fields = [LabelValue("extra:dateline", "", text.slice(0, 0), text.slice(at, at + len(day.group())))]
    else:
        return body, [], []
    place = text.slice(0, start).strip()
    if place.text.endswith(","):
        place = place.slice(0, len(place.text) - 1)
    fields.append(LabelValue("stray", "", text.slice(0, 0), place))  # `WEIFANG, China`: where it was filed
    if credited is not None:
        fields.append(LabelValue("source", "", text.slice(0, 0), credited))  # `… -- A report from lingxidaily.com:`
    outlet = _DATELINE_OUTLET.search(text.text, m.end("date"))
    if outlet is not None:
        group = "slashed" if outlet.group("slashed") else "bracketed"
        # `/Xinhua-AsiaNet/`: the outlet is the page's source when nothing else names one
        kind = "body_source" if credited is None else "stray"
        fields.append(LabelValue(kind, "", text.slice(0, 0), text.slice(outlet.start(group), outlet.end(group))))
    return [ln for ln in body if ln.number != first.number], fields, [first]
