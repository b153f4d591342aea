"""Read the header zone from the top: breadcrumb, title, label rows and
description, in any order; what is left below is the body."""

from __future__ import annotations

import re
from dataclasses import replace

from ..chardata import LINE_BULLETS, SENTENCE_END, cut_mark
from ..lazyre import lazy_compile
from .. import lexicon
from ..model import Fix
from ..once import once
from ..textmap import MappedText, join
from .furniture import furniture_fix, is_furniture_line, strip_inline_furniture
from .header import (
    count_then_views,
    LabelValue,
    _DATE_DECORATION,
    _PLACE_BEFORE_DATE,
    named_outlet,
    org_before_date,
    date_line,
    description_value,
    find_labels,
    is_label_line,
    parse_breadcrumb,
)
from .lead import bracketed_outlet, by_credit, credits_before_text, from_credit, newsroom_byline, pinyin_names, role_by_credit
from .credit_date import split_credit_date
from .page_clock import is_site_clock
from .title_label_tail import glued_label_tail
from .title_fields_under import is_field_row
from . import speech
from .lines import Line, next_nonblank
from .spam_tail import is_keyword_spam, spam_line_fix
from .title_case import deck_under as _deck_under, deck_under_any_headline, unstopped_deck_under
from .shape import (
    ends_in_masthead_word,
    ends_in_org_word,
    is_org_name,
    menu_shaped,
    _column_over,
    _is_document_number_line,
    _looks_like_body_start,
    _next_is_header,
    _next_is_prose,
    PROSE_LINE_CHARS,
    _next_is_title,
    _same_words,
    _title_candidate,
)
from .title import (MIN_TITLE_BEFORE_FIELDS, _drop_foreign_dash_tail, _drop_tail_token, _drop_title_spam, _headline_with_spam,
                    _split_title_fields, words_of)
from .title_pieces import drop_page_title_pieces
from .title_wrap import (DOCUMENT_KINDS, MIN_WORDS_OF_COMPLETE_HEADLINE, _DOCUMENT_OPENING, credit_date_row, heads_a_section,
                         line_under_headline, reads_on)
from .body_dates import agency_dateline, opens_with_agency_dateline, opens_with_dateline
from .title_marker import drop_list_number
from .header_reading import Reading, Reader
from .header_trails import LINE_BULLET, read_trail
from .zones import ZonesBuilder
from ..fields import whole_date




def _blank(r: Reading, i: int) -> int | None:
    if not r.kept[i].blank:
        return None
    r.end_title()
    return i + 1


def _description(r: Reading, i: int) -> int | None:
    desc = description_value(r.kept[i].text)
    if desc is None or r.z.description is not None:
        return None
    if not desc.text:
        # `Editor's Note:` alone on its line: the note is the paragraph under it
        nxt = next_nonblank(r.kept, i + 1)
        if nxt is None or is_label_line(r.kept[nxt].s) or not r.title_parts and r.z.title is None:
            return None
        r.z.label_lines.append(r.kept[i])
        r.z.description = r.kept[nxt].text.strip()
        r.end_title()
        return nxt + 1
    r.z.description = desc
    r.end_title()
    return i + 1


def _document_number(r: Reading, i: int) -> int | None:
    """`Shi Zheng Fa [2024] No. 7` above a red-header notice's title: metadata, not the title."""
    ln = r.kept[i]
    if r.title_parts or r.z.title is not None or not _is_document_number_line(ln.s) or is_label_line(ln.s):
        return None
    text = ln.text.strip()
    r.z.labels.append(LabelValue("extra:document_number", "", text.slice(0, 0), text))
    r.z.label_lines.append(ln)
    return i + 1


def _count_row(r: Reading, i: int) -> int | None:
    """A view counter printed as a count and its word (`200 Read`) under the
    headline: the header's views, as a labelled `Views: 200` would be."""
    ln = r.kept[i]
    if not r.title_parts or not count_then_views(ln.s):
        return None
    text = ln.text.strip()
    r.z.labels.append(LabelValue("views", "", text.slice(0, 0), text))
    r.z.label_lines.append(ln)
    return i + 1


def _label_row(r: Reading, i: int) -> int | None:
    """`Source: X  Date: …`; a `Title:` label (a flattened table) is kept
    apart: it wins over an unlabelled title."""
    ln = r.kept[i]
    if ln.s.lstrip()[:1] in "(（[【":
        several = credits_before_text(ln.text.strip())
        if several is not None:
            # `(Correspondent: Li Na) On Tuesday morning, …`: the credit is the
            # header's, the paragraph after it the body's first
            fields, credit, paragraph = several
            r.z.labels.extend(fields)
            r.z.label_lines.append(Line(ln.number, credit))
            r.kept[i] = Line(ln.number, paragraph)
            return i
    bare_by = _BULLETED_BY.match(ln.s) if r.title_parts else None
    if bare_by is not None:
        # `  • By` under the title, the writer's name (a link) stripped: an empty by-line
        if "furniture" not in r.z.skip:
            r.z.fixes.append(Fix("furniture", bare_by.group(1), "", ln.text.span(bare_by.start(1), bare_by.end(1))))
        by = ln.text.slice(bare_by.start(2), bare_by.end(2))
        r.z.labels.append(LabelValue("author", "By", by, by.slice(len(by.text), len(by.text))))
        r.z.label_lines.append(Line(ln.number, by))
        r.end_title()
        return i + 1
    if is_label_line(ln.s):
        if not r.title_parts and r.z.title is None and r.labelled_title is None and ln.number >= r.z.title_from \
                and _headline_before_fields(ln):
            return None  # `Shanghai issues … languages Release date: 2020-02-13`: the title line reads it
        headline_at = _headline_after_date_field(ln.s) if not r.title_parts and r.z.title is None else None
        if headline_at is not None:
            # `date 2022-04-11 Willow Township finishes …`: the date row, then the headline glued after it
            r.kept[i:i + 1] = [Line(ln.number, ln.text.slice(0, headline_at).strip()),
                               Line(ln.number, ln.text.slice(headline_at, len(ln.s)))]
            ln = r.kept[i]
    else:
        bullet = _LABEL_BULLET.match(ln.s)
        if bullet is None or not is_label_line(ln.s[bullet.end():]):
            return None
        # `  • Release date:2022-09-13`: a page that bullets every line bullets its label rows too;
        # `*Author: Lin Qiao, professor at …`, `■Source: Hexi Daily`: a star or a bullet glued to the label
        r.z.fixes.append(Fix("furniture", bullet.group().strip(), "", ln.text.span(bullet.start(1), bullet.end(1))))
        ln = Line(ln.number, ln.text.slice(bullet.end(), len(ln.s)))
    cleaned, fixes = strip_inline_furniture(ln) if "furniture" not in r.z.skip else (ln, [])
    r.z.fixes.extend(fixes)
    found = find_labels(cleaned.text.strip(), lexicon.header_labels())
    value_line = _value_under_label(r, i, found)
    if value_line is not None:
        last = found[-1]
        found[-1] = LabelValue(last.field, last.label, last.label_text, value_line.text.strip())
    for lv in found:
        if lv.field == "title" and r.labelled_title is None and lv.value.text:
            r.labelled_title = (lv.value, ln.number)  # `Title:  …` in a flattened table
        else:
            r.z.labels.append(lv)
    r.z.label_lines.append(cleaned)
    r.end_title()
    if value_line is not None:
        r.z.label_lines.append(value_line)
        return i + 2
    return i + 1


def _value_under_label(r: Reading, i: int, found: list[LabelValue]) -> Line | None:
    """`Category:` / `Company News` / `Source:` …: a flattened table prints a
    label alone and its value on the next line.  The line right under a row
    ending in an empty label is its value when it is short, holds no label
    and no sentence's end, and another label row stands right under it (the
    table goes on: a row of the text would not sit between two label rows);
    under a date's label, a line that is a whole date is its value."""
    if not found or found[-1].value.text.strip() or found[-1].field == "stray" or i + 1 >= len(r.kept):
        return None
    value = r.kept[i + 1]
    s = value.s.strip()
    if found[-1].field == "date" and whole_date(s) is not None:
        return value  # `Release time:` / `2020-07-15`: a date needs no table around it
    if i + 2 >= len(r.kept):
        return None
    after = r.kept[i + 2]
    if value.blank or after.blank or not s or len(s) > MAX_UNKNOWN_LABEL_VALUE_CHARS or ":" in s or "：" in s \
            or s.endswith(_SENTENCE_ENDS_OF_VALUE) or is_label_line(s) or date_line(s) is not None:
        return None
    return value if is_label_line(after.s) else None


_SENTENCE_ENDS_OF_VALUE = tuple(SENTENCE_END + ",，;；")


#: `date 2022-04-11 Willow Township finishes planting …`: a date field, a numeric
#: date (and time), then a capitalised line of at least ``MIN_GLUED_HEADLINE_WORDS``
#: words: a headline the page glued after its date row.
_DATE_FIELD_THEN_TEXT = lazy_compile(
    r"^\s*[^\d:：]{1,24}?[:：]?\s*(?P<date>(?:19|20)\d{2}([-/.])\d{1,2}\2\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=[A-Z“\"])")
MIN_GLUED_HEADLINE_WORDS = 4


#: `Release unit: Hexi County Water Bureau` right under the header's label rows:
#: a label no table knows (a few words, a colon) and a short value.
_UNKNOWN_LABEL_ROW = lazy_compile(r"^(?P<label>[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3})\s*[:：]\s*(?P<value>\S.*?)\s*$")
#: Such a row's value is a field's, not a sentence: at most this long.
MAX_UNKNOWN_LABEL_VALUE_CHARS = 60


#: A header has at most this many rows of labels no table knows in a row;
#: a longer run is the text's own list of fields (a meeting's minutes).
MAX_UNKNOWN_LABEL_ROWS = 2


def _label_rows_from(r: Reading, i: int) -> int:
    """How many `Label: value` rows stand in a row from line ``i`` (blank lines between allowed)."""
    n = 0
    for ln in r.kept[i:]:
        if ln.blank:
            continue
        if _UNKNOWN_LABEL_ROW.match(ln.s.strip()) is None:
            break
        n += 1
        if n > MAX_UNKNOWN_LABEL_ROWS:
            break
    return n


def _unknown_label_row(r: Reading, i: int) -> int | None:
    """A `Label: value` row no table knows, right under the header's label
    rows and the headline: kept in the header as ``extra.<label>``, not taken
    for the first paragraph (a short value, no sentence's end)."""
    if not r.title_parts or not r.z.label_lines or not _right_under_label_row(r, i):
        return None
    ln = r.kept[i]
    text = ln.text.strip()
    m = _UNKNOWN_LABEL_ROW.match(text.text)
    if m is None or len(m.group("value")) > MAX_UNKNOWN_LABEL_VALUE_CHARS or m.group("value")[-1] in ".!?。！？;；,，":
        return None
    if _label_rows_from(r, i) > MAX_UNKNOWN_LABEL_ROWS:
        return None  # `Place: …` / `Host: …` / `Participants: …`: a meeting's own fields, the text's first lines
    if _place_then_headline(m.group("label"), m.group("value")):
        return None  # `Qiaotou: a night market opens by the old bridge`: a headline after its place, no field
    key = "_".join(m.group("label").lower().split())
    r.z.labels.append(LabelValue(f"extra:{key}", m.group("label"), text.slice(m.start("label"), m.end("label")),
                                 text.slice(m.start("value"), m.end("value"))))
    r.z.label_lines.append(Line(ln.number, text))
    r.end_title()
    return i + 1


#: A headline after its place's name (`Qiaotou: a night market opens …`) has at least this many words.
MIN_PLACED_HEADLINE_WORDS = 5


def _place_then_headline(label: str, value: str) -> bool:
    """`Qiaotou: a night market opens by the old bridge`: one capitalised
    word, a colon, and a phrase in lower case of several words: the Chinese
    headline's `place: what happened`, not a field (whose value is a name, a
    number or a few words)."""
    return " " not in label and value[:1].islower() and len(value.split()) >= MIN_PLACED_HEADLINE_WORDS


def _headline_after_date_field(s: str) -> int | None:
    """Where a headline glued after a date row starts (see ``_DATE_FIELD_THEN_TEXT``), or None."""
    m = _DATE_FIELD_THEN_TEXT.match(s)
    if m is None:
        return None
    rest = s[m.end():].strip()
    if len(rest.split()) < MIN_GLUED_HEADLINE_WORDS or not _title_candidate(rest) or is_label_line(rest) \
            or whole_date(m.group("date")) is None:
        return None
    return m.end()


#: A bullet, or a star, before a label row, with or without a space after it
#: (a label must follow, so a glued mark is safe to read as one).
_LABEL_BULLET = lazy_compile(rf"^\s*([{LINE_BULLETS}*])\s*(?=\S)")
#: `  • By` alone: a bulleted by-line whose name was a stripped link.
_BULLETED_BY = lazy_compile(rf"^\s*([{LINE_BULLETS}])\s+(By)\s*$")


def _credit_row(r: Reading, i: int) -> int | None:
    """`ByChen Haiping`, `Written by Li Na Reviewed by Wu Tao` under the title
    (or above it): the credit's fields, as a label row would give them."""
    ln = r.kept[i]
    if r.z.title is not None:
        return None
    text = ln.text.strip()
    # (a by-credit has its `by` early: a cheap test first)
    fields = (by_credit(text) or role_by_credit(text) if "y" in ln.s[:16] else None) or _names_over_fields(r, i, text) \
        or _pinyin_names_under_title(r, text) or _outlet_under_title(r, text)
    if fields is None:
        return _credit_outlet_date(r, i)  # (above the title too: `By Sheena on September 05,2016` / the headline)
    r.z.labels.extend(fields)
    r.z.label_lines.append(ln)
    r.end_title()
    return i + 1


#: `By Wang Li (China Daily) 09:12, March 3, 2024`: a credit, then the outlet in
#: brackets opening the date row (group ``row``).
_CREDIT_THEN_OUTLET_ROW = lazy_compile(r"^(?P<credit>[Bb]y\s+[^()]{2,60}?)\s*(?P<row>[(（][^()（）]{2,40}[)）]\s*\d.*)$")


def _credit_outlet_date(r: Reading, i: int) -> int | None:
    """A news site's byline row: the credit, then `(Outlet) time, date`, read
    as the credit and the date row it is made of."""
    ln = r.kept[i]
    text = ln.text.strip()
    m = _CREDIT_THEN_OUTLET_ROW.match(text.text) if text.text[:2] in ("By", "by") else None
    credit: list[LabelValue] | None
    if m is None:
        glued = split_credit_date(text)  # `By Lin QiaoMarch 3, 2024`: the date right after the credit
        if glued is None:
            return None
        credit, row = glued[0], Line(ln.number, glued[1])
    else:
        credit = by_credit(text.slice(m.start("credit"), m.end("credit")))
        row = Line(ln.number, text.slice(m.start("row"), m.end("row")))
    dl = date_line(row.s)
    if credit is None or dl is None:
        return None
    r.z.labels.extend(credit)
    _read_date_line(r.z, row, dl)
    r.z.label_lines.append(ln)
    r.end_title()
    return i + 1


#: `Liu Qiaoyun/Deng Hai`: two or more names (two or three capitalised words each) and nothing else.
_NAMES_ROW = lazy_compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?:\s*[/、,，]\s*[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})+$")


def _names_over_fields(r: Reading, i: int, text) -> list[LabelValue] | None:
    """Names alone between the headline and a field row: the writers."""
    if not r.title_parts or _NAMES_ROW.match(text.text) is None or not _fields_row_follows(r, i):
        return None
    return [LabelValue("author", "", text.slice(0, 0), text)]


def _outlet_under_title(r: Reading, text) -> list[LabelValue] | None:
    """`Hexi Daily` alone on a line under the headline, or the paper it was
    taken from (`(Extracted from Hexi Daily)`, :func:`.lead.from_credit`): the source."""
    if not r.title_parts or any(lv.field == "source" for lv in r.z.labels):
        return None
    outlet = bracketed_outlet(text)
    return [outlet] if outlet is not None else from_credit(text)


def _pinyin_names_under_title(r: Reading, text) -> list[LabelValue] | None:
    """`Lin Qiaoyun`, `Zhou Lanying and Ma Wenjie` on a line under the headline,
    before any label row: the writers (see :func:`.lead.pinyin_names`)."""
    if not r.title_parts or any(lv.field == "author" for lv in r.z.labels) or not pinyin_names(text.text):
        return None
    return [LabelValue("author", "", text.slice(0, 0), text)]


#: `·2024-03-04 09:15:27`: a bullet glued to the date's first figure.
_BULLET_GLUED_TO_DATE = lazy_compile(r"^\s*([·•])(?=\d)")


def _date_row(r: Reading, i: int) -> int | None:
    """After the title any date row; above it only a bare date (`2024-02-26 17:40`)."""
    ln = r.kept[i]
    dl = date_line(ln.s)
    tools: list[Fix] = []
    if "furniture" not in r.z.skip and r.title_parts and (dl is None or dl[0].start > 0):
        # `12 Comment(s)Print E-mail Lingxi Weekly, May 4, 2021`: a tool row glued before the date row
        cleaned, tools = strip_inline_furniture(ln)
        without = date_line(cleaned.s) if tools else None
        if without is not None:
            ln, dl = cleaned, without
        else:
            tools = []
    if dl is None and r.title_parts:
        dl = credit_date_row(ln.s)  # `Ruth Ames | 05/13/2019` after a blank under the headline, as right under it
    bullet = (LINE_BULLET.match(ln.s) or _BULLET_GLUED_TO_DATE.match(ln.s)) if dl is None else None
    if bullet is not None:
        # `  • Feb 17, 2020  UTC+8` under the title (or a bare `• 2020-03-08 10:21`
        # above it): a page that bullets its label rows bullets its date row
        # too (the bullet is recorded as furniture)
        dl = date_line(ln.s[bullet.end():])
    if dl is None or not (r.title_parts or not dl[1]):
        return None
    r.z.fixes.extend(tools)
    if bullet is not None:
        if "furniture" not in r.z.skip:
            r.z.fixes.append(Fix("furniture", bullet.group(1), "", ln.text.span(bullet.start(1), bullet.end(1))))
        ln = Line(ln.number, ln.text.slice(bullet.end(), len(ln.s)))
    if not r.title_parts and r.z.title is None:
        r.dates_above_title.append(len(r.z.labels))
    _read_date_line(r.z, ln, dl)
    r.title_done = bool(r.title_parts)
    return i + 1


def _spam_line(r: Reading, i: int) -> int | None:
    """An injected spam line above the title is never the title, nor the
    site's masthead: it is removed as chrome, with the spam words as evidence."""
    ln = r.kept[i]
    s = ln.s
    if not ((_title_candidate(s) or not r.title_parts and is_keyword_spam(s)) and lexicon.has_spam(s)
            and not r.z.labels and not _headline_with_spam(s)):
        return None  # (a link farm's keyword line may be too long for a title candidate)
    if not _spam_removed(r, ln):
        r.z.masthead.append(ln)
    return i + 1


def _spam_removed(r: Reading, ln: Line) -> bool:
    """Remove ``ln`` as chrome naming its spam words; False (nothing done)
    when the caller switched chrome or furniture removal off."""
    if {"chrome", "furniture"} & r.z.skip:
        return False
    r.z.fixes.append(spam_line_fix(ln, "above the title"))
    return True


#: `1.` or `(2)` alone: a list item's number whose text was markup, stripped.
_BARE_MARKER = lazy_compile(r"^\s*(?:\d{1,3}[.、)）]?|[(（]\d{1,3}[)）])\s*$")


def _headline_before_fields(ln: Line) -> bool:
    """A headline with the label fields glued after it, on one line."""
    head, fields = _split_title_fields(ln)
    return fields is not None and _title_candidate(head.s) and not is_label_line(head.s)


#: A bulleted line this short above the headline is a menu entry (`• News`).
MAX_BULLETED_ENTRY_WORDS = 3


#: `- General`: a dash before a menu entry's word or two (only above the headline).
_DASH_ENTRY = lazy_compile(r"^\s*[-–]\s+(?=[A-Z])")


def _bulleted_entry(r: Reading, i: int) -> int | None:
    """`• News`, `- General` right above the headline: the column's entry in
    a bulleted menu, not the title; it goes to the masthead."""
    ln = r.kept[i]
    m = LINE_BULLET.match(ln.s) or _DASH_ENTRY.match(ln.s)
    if m is None or r.title_parts or r.z.title is not None \
            or len(ln.s.split()) - 1 > MAX_BULLETED_ENTRY_WORDS or not _next_is_title(r.kept, i + 1):
        return None
    r.z.masthead.append(ln)
    return i + 1


def _wordless_line(r: Reading, i: int) -> int | None:
    """`?`, `•`, `|` above the title: a table's or a list's debris, no headline;
    removed as furniture, so it is recorded."""
    ln = r.kept[i]
    if r.title_parts or r.z.title is not None or any(c.isalnum() for c in ln.s):
        return None
    return _removed_above_title(r, i, "a line with no word, above the title")


def _menu_shaped_line(r: Reading, i: int) -> int | None:
    """`Government  |  Residents  |  Visitors  |  Business` above the title: a
    row of short items between bars is the site's menu, whatever its words;
    removed as furniture, so it is recorded."""
    ln = r.kept[i]
    if r.title_parts or r.z.title is not None or "furniture" in r.z.skip or not menu_shaped(ln.s.strip()):
        return None
    return _removed_above_title(r, i, "a row of short items between bars, above the title")


def _removed_above_title(r: Reading, i: int, why: str) -> int:
    """Line ``i`` goes as furniture, recorded with ``why``; the reader moves on."""
    stripped = r.kept[i].text.strip()
    r.z.fixes.append(Fix("furniture", stripped.text, "", stripped.span(), why))
    return i + 1


def _bare_marker(r: Reading, i: int) -> int | None:
    """A list number with nothing after it (`1.`, `1`), above the title: debris of a
    page's markup (`1. <sub id="x"></sub>` once the tags are stripped), not a
    headline; removed as furniture, so it is recorded."""
    ln = r.kept[i]
    if not _BARE_MARKER.match(ln.s):
        return None
    if r.title_parts or r.z.title is not None:
        # under the title only when the header goes on below it (`1` / `2020-11-20 Editor: …`):
        # else it may open a numbered list whose text is on the next line
        nxt = next_nonblank(r.kept, i + 1)
        if (nxt is None or not (is_label_line(r.kept[nxt].s) or date_line(r.kept[nxt].s) is not None)) \
                and not _right_under_label_row(r, i):
            return None
    return _removed_above_title(r, i, "a list number with no text, above the title")


def _right_under_label_row(r: Reading, i: int) -> bool:
    """Line ``i`` comes right after the header's last label row (`2024-01-06 08:51 … Editor: Lu Fan` / `1`)."""
    k = i - 1
    while k >= 0 and r.kept[k].blank:
        k -= 1
    return k >= 0 and bool(r.z.label_lines) and r.z.label_lines[-1].number == r.kept[k].number


def _site_name_over_label_row(r: Reading, s: str) -> bool:
    """`Shuangxi Town People's Government Portal` / label row / the real title."""
    return bool(r.z.labels) and _title_candidate(s) and not s.rstrip().endswith((".", "。")) \
        and bool(r.title_parts) and ends_in_masthead_word(r.title_parts[-1].s.strip()) \
        and not ends_in_masthead_word(s.strip())


#: An organisation's name above the headline (the site's name, not the
#: title) has at most this many words.  Set with the site-name rule on the
#: samples (5395/5401 checks) and the corpus (547/547).
MAX_SITE_NAME_WORDS = 8


def _organisation_over_headline(r: Reading, i: int, s: str) -> bool:
    """`Hezhou District Education Bureau` (the site) / blank / the headline /
    prose, or the text's first section heading over prose (`Overview` / the
    text … `Purpose` / the text: parallel headings, :func:`_heads_a_section` of the next line)."""
    parts = r.title_parts
    # (labels read above the organisation's name, a date after the trail's last
    # crumb, are the page's; the headline's own rows are under it, or its text)
    labels_above = all(ln.number < parts[0].number for ln in r.z.label_lines) if parts else False
    return (not r.z.labels or labels_above) and r.z.description is None and _title_candidate(s) \
        and len(parts) == 1 and ends_in_org_word(parts[0].s.strip()) \
        and len(parts[0].s.split()) <= MAX_SITE_NAME_WORDS and not ends_in_org_word(s.strip()) \
        and (_next_is_prose(r.kept, i + 1) or _fields_row_follows(r, i) or _heads_a_section(r, i + 1))


def _title_over_header_rows(r: Reading, i: int, s: str) -> bool:
    """`Site name` / slogan, blank, then the real title right above the label row."""
    return not r.z.labels and r.z.description is None and _title_candidate(s) and _next_is_header(r.kept, i + 1)


#: A deck is one short sentence: at most this long (a paragraph is longer).
MAX_DECK_CHARS = 200


def _deck_after_blank(r: Reading, i: int) -> int | None:
    """`Paving the Way to the Market` / blank / `Villagers of a mountain county
    now sell more, since the new road opened.` / the date row: a sentence in
    sentence case, with its full stop, under a finished headline and over
    the field rows is the deck (the description), not the title with the
    headline for a masthead.  The headline in title case, or in any case
    when it is a headline's shape with no final stop (see
    :func:`.title_case.deck_under_any_headline`; an organisation's name over
    a sentence is a site's name over the headline)."""
    # (a blank line under the headline is not needed: a headline's second line
    # never ends in a full stop, so such a line under it is no half of it)
    if len(r.title_parts) != 1 or r.z.description is not None or r.z.labels:
        return None
    s = r.kept[i].s.rstrip()
    headline = r.title_parts[0].s
    if len(s) > MAX_DECK_CHARS or is_org_name(headline) or not _fields_row_follows(r, i):
        return None
    # (a deck without its full stop only under a title-case headline: the two cases tell them apart)
    if not (unstopped_deck_under(headline, s) if not s.endswith((".", "。")) else
            _deck_under(headline, s) or deck_under_any_headline(headline, s)):
        return None
    fields = next_nonblank(r.kept, i + 1)
    if fields is None or next_nonblank(r.kept, fields + 1) is None:
        return None  # (the text's one paragraph over an empty source row is no deck: text must follow the fields)
    r.z.description = r.kept[i].text.strip()
    return i + 1


def _headline_again(r: Reading, i: int) -> int | None:
    """The one-line headline printed again right under itself, after a blank
    (`Lanxi opens …` / blank / `lanxi opens …`): the copy is chrome, as a
    copy read while the title's lines are read is (see :func:`_title_line`)."""
    if not r.title_done or len(r.title_parts) != 1 or r.z.label_lines and r.z.label_lines[-1].number > r.title_parts[0].number:
        return None
    ln = r.kept[i]
    if not _same_words(ln.s, r.title_parts[0].s):
        return None
    _record_repeat(r, ln)
    return i + 1


def _record_repeat(r: Reading, ln: Line, why: str = "repeats the headline above it") -> None:
    """Line ``ln``, a copy of the headline, removed as chrome (a fix that says so: nothing is lost)."""
    stripped = ln.text.strip()
    r.z.fixes.append(Fix("chrome", stripped.text, "", stripped.span(), why))


def _masthead_above(r: Reading, i: int) -> int | None:
    """A candidate after a finished title shows that title was the masthead:
    the title's lines move to the masthead.  Never takes the line itself."""
    s = r.kept[i].s
    if r.title_done and (_site_name_over_label_row(r, s) or _organisation_over_headline(r, i, s)
                         or _title_over_header_rows(r, i, s) or _hot_list_copy_over(r, s)):
        r.demote_title()
    return None


#: `The hottest Lanxi farmers sell spring tea throu`: a content farm's page
#: title, its hot-list tag before the headline cut at a fixed width.
_HOT_LIST_TAG = lazy_compile(r"^the hottest\s+(?=\S)", re.IGNORECASE)
#: Of the tagged line's words, at least this share recur in the headline under
#: it (the farm may reword the headline it copies: `builds` for `build`).
MIN_HOT_LIST_COPY_SHARE = 0.5


def _hot_list_copy_over(r: Reading, s: str) -> bool:
    """A one-line title that is the hot-list tag and a copy of the headline
    ``s`` under it (cut, perhaps reworded) was the page's frame."""
    if len(r.title_parts) != 1 or not _title_candidate(s):
        return False
    tagged = r.title_parts[0].s.strip()
    m = _HOT_LIST_TAG.match(tagged)
    if m is None:
        return False
    words = {w.lower() for w in _COPY_WORD.findall(tagged[m.end():])}
    if not words:
        return False
    below = {w.lower() for w in _COPY_WORD.findall(s)}
    return len(words & below) / len(words) >= MIN_HOT_LIST_COPY_SHARE


_COPY_WORD = lazy_compile(r"[A-Za-z][A-Za-z'-]{2,}")


def _column_under_title(r: Reading, i: int) -> int | None:
    """`County leaders visit the Hongye seed farm` / `Company News` / the
    text: the column's name printed under the headline (a known menu entry,
    menu_words.tsv) is the masthead, not a heading over the text."""
    if not r.title_parts or r.z.title is not None:
        return None
    ln = r.kept[i]
    if ln.s.strip().lower() not in lexicon.menu_words()[1] or not _next_is_prose(r.kept, i + 1):
        return None
    r.z.masthead.append(ln)
    r.end_title()
    return i + 1


def _agency_dateline_row(r: Reading, i: int) -> int | None:
    """`Lingxi News Agency, Hexi, May 3rd Title: …` under the headline: a
    Chinese wire's dateline (its agency is the source) and the wire's own
    title for the story (a field), never a line of the headline."""
    ln = r.kept[i]
    if not r.title_parts or not opens_with_agency_dateline(ln.s):
        return None
    head, fields = _split_title_fields(ln)
    agency = agency_dateline(head.s)
    if agency is None:
        return None
    r.z.labels.append(LabelValue("source", "", head.text.slice(0, 0), head.text.slice(*agency)))
    dateline = head.text.strip()  # (the place and the day, which carries no year: kept whole)
    r.z.labels.append(LabelValue("extra:dateline", "", dateline.slice(0, 0), dateline))
    if fields is not None:
        r.z.labels.extend(find_labels(fields.text.strip(), lexicon.header_labels()))
    r.z.label_lines.append(ln)
    r.end_title()
    return i + 1


def _contact_row(r: Reading, i: int) -> int | None:
    """`Add: No. 6, Wangchun Road, …`, `Mr. Cui: +86-…` before any title: the
    site's contact banner (a footer's rows at the top of the page), the masthead.
    Short lines read as the title's first lines above it (`Hexi Pump Works
    Co., Ltd` / `Tel: …` / `Fax: …`) were the banner's head: they join it."""
    ln = r.kept[i]
    if r.z.title is not None or ":" not in ln.s and "：" not in ln.s:
        return None
    if r.title_parts and (r.title_done or any(len(part.s.split()) > MAX_SITE_NAME_WORDS for part in r.title_parts)):
        return None
    s = ln.s.strip()
    label = lexicon.footer_labels().pattern.match(s)
    contact = label is not None and lexicon.footer_labels().field_of(label.group("label") or "") in _CONTACT_FIELDS
    if not contact and _NAMED_PHONE.fullmatch(s) is None:
        return None
    r.demote_title()  # (the banner's head, if the title's first lines were it)
    r.z.masthead.append(ln)
    return i + 1


_CONTACT_FIELDS = frozenset({"address", "phone", "email", "postcode", "extra:fax"})
#: `Mr. Cui:+86-13084849696`: a contact's name and number.
_NAMED_PHONE = lazy_compile(r"[^:：]{1,24}[:：]\s*\+?[\d][\d\s()-]{6,20}")


def _above_headline(r: Reading, i: int) -> int | None:
    """Above the headline chosen by evidence (see removal._drop_chrome_by_shape): the masthead."""
    ln = r.kept[i]
    if ln.number >= r.z.title_from:
        return None
    if lexicon.has_spam(ln.s) and _spam_removed(r, ln):
        return i + 1  # `Play at the best online casino …` above the headline
    r.z.masthead.append(ln)
    return i + 1


#: The title is read from at most this many lines (a headline wrapped over
#: two or three); a further candidate is the body's.  Set with the first
#: zoner on the project's first samples, unchanged since.
MAX_TITLE_LINES = 3


#: `Headline-Site name`: a page's title is the headline, a separator, the site.
_PAGE_TITLE_TAIL = lazy_compile(r"\s*[-–—|｜_·]+\s*\S")


def _page_title_of(above: str, headline: str) -> bool:
    """``above`` is the page's title for ``headline``: the headline, then a
    separator and the site's name."""
    above, headline = above.strip(), headline.strip()
    return len(headline) >= MIN_TITLE_BEFORE_FIELDS and len(above) > len(headline) \
        and above.startswith(headline) and _PAGE_TITLE_TAIL.match(above, len(headline)) is not None


def _site_name_over(above: str, line: str) -> bool:
    """`Welcome to Jingzhou Municipal People's Government website !` right over
    a capitalised line: the site's name, not the headline's first line."""
    return ends_in_masthead_word(above.strip()) and line.lstrip()[:1].isupper() and not ends_in_masthead_word(line.strip())


#: A headline written as one long sentence is at most this long.
MAX_LONG_HEADLINE_CHARS = 300


def _long_headline(r: Reading, i: int) -> bool:
    """A sentence too long for a title by shape (`When patrolling the reservoir's
    feeder streams, Deputy Director Han Lu stressed … all year.`) is still the headline when
    it opens the page and a field row follows it, or the page prints it twice."""
    if r.title_parts or r.z.title is not None or r.labelled_title is not None:
        return False
    s = r.kept[i].s.strip()
    if len(s) > MAX_LONG_HEADLINE_CHARS or s.count(". ") or any(not ln.blank for ln in r.kept[:i]):
        return False
    nxt = next_nonblank(r.kept, i + 1)
    return nxt is not None and (r.kept[nxt].s.strip() == s or _fields_row_follows(r, i))


def _fields_row_follows(r: Reading, i: int) -> bool:
    """The line after line ``i`` is a field row (`By Tang Rui  ·  2021-06-14  ·  Source: …`,
    `• Last Update: 2022-08-19`, `By Li Na | 2024-06-14`; see :func:`.title_fields_under.is_field_row`)."""
    nxt = next_nonblank(r.kept, i + 1)
    return nxt is not None and is_field_row(r.kept[nxt].s)


#: The marker styles of a regulation's divisions and articles (see :func:`.body.marker`).
_DIVISION_MARKERS = frozenset({"chapter", "part", "section", "article"})


def _division_line(s: str) -> bool:
    """`Chapter 1 General Provisions`, `Article 1`: a regulation's first
    division under its title is the text's first heading, never the title's
    second half."""
    from .markers import marker
    from .official_lines import is_bare_division

    found = marker(s.strip())
    return (found is not None and found[0] in _DIVISION_MARKERS) or is_bare_division(s)


def _numbered_under_title(r: Reading, s: str) -> bool:
    """`1. Objectives of …`, `2.Building the roads …` under a title of a
    headline's length: the text's first numbered heading or point, never the
    title's next half (a column's short name over the headline is judged by
    the demotion rules).  Numbered: a style that carries a number
    (ordinals.NUMBERED_STYLES), but `1, …`, a number that a comma closes."""
    from ..ordinals import NUMBERED_STYLES
    from .markers import marker

    found = marker(s.strip()) if s.lstrip()[:1].isdigit() or s.lstrip()[:1] in "(（一二三四五六七八九十IVX" else None
    return found is not None and found[0] in NUMBERED_STYLES and found[0] != "num-comma" \
        and sum(len(part.s.split()) for part in r.title_parts) >= MIN_WORDS_OF_COMPLETE_HEADLINE


#: `#Policy Brief` under the headline: a column's hashtag, a few words after `#`.
_HASHTAG_LINE = lazy_compile(r"#[^\W\d_][\w'’-]*(?:\s[\w'’-]+){0,4}")


def _hashtag_under_title(r: Reading, i: int) -> int | None:
    """`#Policy Brief` on a line of its own under the headline: the column's
    tag, no half of the title; removed as furniture (recorded, nothing is lost)."""
    ln = r.kept[i]
    if not r.title_parts or not ln.s.lstrip().startswith("#") or "furniture" in r.z.skip \
            or _HASHTAG_LINE.fullmatch(ln.s.strip()) is None:
        return None
    r.z.fixes.append(furniture_fix(ln))
    r.end_title()
    return i + 1


def _title_line(r: Reading, i: int) -> int | None:
    """A line of the title (a title split over lines is read on; prose stops it).
    Fields glued after the headline (`The headline   By: Date: 2021-04-19`)
    are a label row of their own."""
    ln = r.kept[i]
    s = ln.s
    if r.title_done or not (_title_candidate(s) or _long_headline(r, i)) or len(r.title_parts) >= MAX_TITLE_LINES:
        return None
    if r.title_parts and (_looks_like_body_start(s) and not _cut_headline_over_fields(r, i) or speech.is_occasion(s)
                          or _division_line(s) or speech.is_salutation(s) or _numbered_under_title(r, s)):
        return None  # (`---Delivered at …` under a report's title: the preface's, read with the text; `Chapter 1 …` the
        # rules'; `Dear Deputies,` the speech's first words)
    if r.title_parts and (outlet := bracketed_outlet(ln.text.strip())) is not None:
        r.z.labels.append(outlet)  # `(China Daily)` under the headline: where the story came from
        r.z.label_lines.append(ln)
        r.end_title()
        return i + 1
    if r.title_parts and (credit := newsroom_byline(ln.text.strip())) is not None:
        r.z.labels.extend(credit)  # `Reporter Qiao Lan` right under the headline: its byline, no half of it
        r.z.label_lines.append(ln)
        r.end_title()
        return i + 1
    head, fields = _split_title_fields(ln)
    if fields is None:
        head, fields = _glued_date_tail(ln)
    if r.title_parts and fields is None and speech.person_under_title(s):
        text = ln.text.strip()  # `A village Party secretary on …` / `Wang Cuilan, secretary of …`
        r.z.labels.append(LabelValue("extra:speaker", "", text.slice(0, 0), text))
        r.z.label_lines.append(ln)
        r.end_title()
        return i + 1
    if r.title_parts and (_same_words(head.s, r.title_parts[-1].s) or _cut_copy_of(head.s, r.title_parts[-1].s)):
        # the headline printed twice (an image's alt text under it): one is chrome
        _record_repeat(r, head)
        return i + 1
    if len(r.title_parts) == 1 and fields is None and r.z.description is None and _deck_under(r.title_parts[0].s, head.s) \
            and _fields_row_follows(r, i) and not is_org_name(r.title_parts[0].s.strip()):
        # (`Hexi County Water Bureau` / the headline / its field row: an office's name over the headline is the
        # site's, not a headline over its deck)
        r.z.description = head.text.strip()  # `Paving the Way to the Market` / `Villagers of a mountain county sell more …`
        r.end_title()
        return i + 1
    if len(r.title_parts) == 1 and (_page_title_of(r.title_parts[0].s, head.s) or _site_name_over(r.title_parts[0].s, head.s)
                                    or _column_over(r.title_parts[0].s, head.s) or _menu_column_over(r, i, r.title_parts[0].s, head.s)
                                    or _site_org_over_story(r, i, r.title_parts[0].s, head.s)):
        r.demote_title()  # `Headline-Harbin University of …` over `Headline`, a site's or a column's name over it
    if r.title_parts and opens_with_dateline(head.s):
        return None  # `LANXI, May 3, 2024 /PRNewswire/ --` under the headline: the story's dateline opens the text
    if r.title_parts and fields is None and not reads_on(r.title_parts[-1].s, head.s) and _heads_a_section(r, i):
        return None  # `Water for the terraces` / the text … `Who farms them` / the text: the body's first heading
    under = line_under_headline(r.title_parts[-1].s, head.s) if r.title_parts and fields is None else None
    if under is not None:
        _read_line_under_headline(r, head, under)  # a credit, a document number, a summary: no half of the headline
        return i + 1
    r.title_parts.append(head)
    if fields is not None:
        dl = date_line(fields.s)
        credit = by_credit(fields.text.strip()) if fields.s[:2] in ("By", "by") else None
        if credit is not None:
            r.z.labels.extend(credit)  # `… of Hexi county by Lin Qiao, May 6, 2022`
            r.z.label_lines.append(fields)
        elif dl is not None and not is_label_line(fields.s):
            _read_date_line(r.z, fields, dl)  # `Headline   2016-07-25`
        else:
            if "furniture" not in r.z.skip:
                # (`Headline 发布日期:… 来源:Lanxi Daily 打印`: the page's print button after the last field)
                fields, tools = strip_inline_furniture(fields)
                r.z.fixes.extend(tools)
            r.z.labels.extend(find_labels(fields.text.strip(), lexicon.header_labels()))
            r.z.label_lines.append(fields)
        r.title_done = True
    return i + 1


def _heads_a_section(r: Reading, i: int) -> bool:
    """Line ``i`` heads the text's first section (see :func:`.title_wrap.heads_a_section`)."""
    texts = [ln.s.strip() for ln in r.kept[i:] if not ln.blank]
    return heads_a_section(texts, 0, PROSE_LINE_CHARS)


def _cut_copy_of(line: str, above: str) -> bool:
    """``line`` is ``above`` cut short by the site (`Volunteers Clear Two...`
    under `Volunteers Clear Two Kilometres of Riverbank - Hexi Online`): a copy."""
    mark = cut_mark(line)
    if mark is None:
        return False
    before = line[: mark.start()].strip()
    return len(before) >= MIN_TITLE_BEFORE_FIELDS and _same_words(above[: len(before)], before)


def _whole_headline_above(r: Reading) -> None:
    """`Corran Harbour Dredging Finishes … Season - Corran Online` (the page's
    title, read as the masthead) over `Corran Harbour Dredging Finishes Ahead
    of the...`: the headline the site cut is a copy of the whole one above,
    which is the title (its site's name is dropped as from any page title)."""
    if len(r.title_parts) != 1 or cut_mark(r.title_parts[0].s) is None:
        return
    cut = r.title_parts[0]
    whole = next((ln for ln in r.z.masthead if _cut_copy_of(cut.s, ln.s)), None)
    if whole is None:
        return
    r.z.masthead.remove(whole)
    _record_repeat(r, cut, "repeats the headline above it, cut short")
    r.title_parts = [whole]


def _cut_headline_over_fields(r: Reading, i: int) -> bool:
    """`Hexi Orchard Growers Learn Winter Pruning From Visiting...` over the date
    row: a headline cut by the site (its dots are no sentence's end), not the
    text's first line."""
    s = r.kept[i].s.rstrip()
    return s.endswith(("...", "…")) and len(s) <= PROSE_LINE_CHARS and _fields_row_follows(r, i)


def _menu_column_over(r: Reading, i: int, above: str, line: str) -> bool:
    """`Town News` / `Qiaotou opens a night market` / its field row or the
    text: a column's name a site's menu uses (menu_words.tsv) over a
    capitalised headline of its own is the column's, however short the
    headline (a column's name of unknown words needs a long headline under
    it, :func:`.shape._column_over`)."""
    name, head = above.strip(), line.strip()
    if name.lower() not in lexicon.menu_words()[1] or len(head.split()) < MIN_SHORT_HEADLINE_WORDS:
        return False
    opened = head.lstrip("“\"‘'[【")
    if not (opened[:1].isupper() or opened[:1].isdigit()):
        return False  # (`Town News` / `in the hills`: the headline's second half)
    if len(head.split()) < MIN_WORDS_OF_COMPLETE_HEADLINE:
        return _fields_row_follows(r, i)  # (`Town News` / `Night market opens` / its date row)
    return _fields_row_follows(r, i) or _next_is_prose(r.kept, i + 1)


def _site_org_over_story(r: Reading, i: int, above: str, line: str) -> bool:
    """`Hexi County People's Government` / `Lanxi Volunteers Clear the Riverbank` /
    the date row or the text: an organisation's name right over a complete
    headline that does not go on from it (no document's kind opens it, as
    `Notice on …` does under its issuing office) is the site's name."""
    if _site_name_after(above, line):
        return True  # `Lanxi Online` / `Volunteers Clear the Riverbank - Lanxi Online`: the site's name, printed twice
    opened = line.lstrip("“\"‘'")  # (`“We Will Be Back”: …`, a headline opening with a quotation, stands alone)
    if not (is_org_name(above) and len(above.split()) <= MAX_SITE_NAME_WORDS and not is_org_name(line)):
        return False
    if len(line.split()) < MIN_WORDS_OF_COMPLETE_HEADLINE:
        # (`Hexi County People's Government` / `Night market opens` / the date row: a short headline
        # with its own field row; a document's kind under its issuer, `Work Report`, reads on)
        return len(line.split()) >= MIN_SHORT_HEADLINE_WORDS and _fields_row_follows(r, i) \
            and _DOCUMENT_KIND_END.search(line.strip()) is None and _DOCUMENT_OPENING.match(line.strip()) is None
    return not reads_on(above, opened) and (_fields_row_follows(r, i) or _next_is_prose(r.kept, i + 1)
                                            or _trail_then_fields(r, i))


#: A headline under a site's name with its own field row has at least this many words.
MIN_SHORT_HEADLINE_WORDS = 2
#: `… Work Report`, `… Implementation Plan`: a document's kind closing a short line under its issuer.
_DOCUMENT_KIND_END = lazy_compile(rf"(?i:{DOCUMENT_KINDS})\W*$")


def _site_name_after(above: str, line: str) -> bool:
    """``line`` ends with ``above`` after a separator (`… - Lanxi Online`,
    `…_Lanxi Online`): ``above`` is the site's name over its page's headline."""
    above, line = above.strip(), line.rstrip()
    if len(line) <= len(above) + MIN_TITLE_BEFORE_FIELDS or not line.lower().endswith(above.lower()):
        return False
    return _SITE_SEPARATOR_END.search(line[: len(line) - len(above)]) is not None


#: The separator before a site's name closing a page's title.
_SITE_SEPARATOR_END = lazy_compile(r"\S\s*[-–—|｜_·]+\s*$")


def _trail_then_fields(r: Reading, i: int) -> bool:
    """Under line ``i``, the page's trail and then a field row (`Current
    location: Home > News` / `Published: 2024-05-20`)."""
    nxt = next_nonblank(r.kept, i + 1)
    return nxt is not None and parse_breadcrumb(r.kept[nxt].s) is not None and _fields_row_follows(r, nxt)


def _read_line_under_headline(r: Reading, ln: Line, kind: str) -> None:
    """Line ``ln`` under a complete headline is of ``kind`` (title_wrap.line_under_headline): read it so."""
    r.end_title()
    text = ln.text.strip()
    if kind == "date":
        _read_date_line(r.z, ln, credit_date_row(ln.s))  # `Ruth Ames | 05/13/2019`
    elif kind == "document-number":
        r.z.labels.append(LabelValue("extra:document_number", "", text.slice(0, 0), text))
        r.z.label_lines.append(ln)
    elif kind == "organisation":
        r.z.labels.append(LabelValue("source", "", text.slice(0, 0), text))  # the office that gives the story
        r.z.label_lines.append(ln)
    elif r.z.description is None:
        r.z.description = text  # the headline again, with the page's summary after it
    else:
        r.z.masthead.append(ln)


#: `… Teachers Training Class2015-10-16`: a numeric date (and time) glued to the headline's last word.
_GLUED_DATE_TAIL = lazy_compile(r"(?<=[A-Za-z)”\"])(?P<tail>(?:19|20)\d{2}([-/.])\d{1,2}\2\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$")


def _glued_date_tail(ln: Line) -> tuple[Line, Line | None]:
    """A headline with the page's date glued to its last word, no space between:
    the date is a field row of its own (as `Headline   2016-07-25` is)."""
    # (every match ends in a digit, then perhaps spaces: most headlines do not)
    m = _GLUED_DATE_TAIL.search(ln.s) if ln.s.rstrip()[-1:].isdigit() else None
    if m is None or m.start() < MIN_TITLE_BEFORE_FIELDS or whole_date(m.group("tail")) is None:
        at = glued_label_tail(ln.s, MIN_TITLE_BEFORE_FIELDS)  # `…Studentsrelease time:2023-05-19`
        if at is None:
            return ln, None
        return Line(ln.number, ln.text.slice(0, at).strip()), Line(ln.number, ln.text.slice(at, len(ln.s)).strip())
    return Line(ln.number, ln.text.slice(0, m.start()).strip()), Line(ln.number, ln.text.slice(m.start(), len(ln.s)).strip())


#: What a header line is, asked in this order; the first reader that takes
#: the line moves on; a line no reader takes is the body's first.
_READERS: tuple[Reader, ...] = (
    _blank,
    read_trail,
    _description,
    _document_number,
    _label_row,
    _credit_row,
    _date_row,
    _count_row,
    _unknown_label_row,
    _wordless_line,
    _menu_shaped_line,
    _bare_marker,
    _bulleted_entry,
    _spam_line,
    _deck_after_blank,
    _headline_again,
    _masthead_above,
    _column_under_title,
    _contact_row,
    _agency_dateline_row,
    _above_headline,
    _hashtag_under_title,
    _title_line,
)


def _read_header(kept: list[Line], z: ZonesBuilder) -> int:
    """Read breadcrumb, title, label rows and description from the top; return
    the index of the first body line."""
    r = Reading(kept, z)
    i = 0
    while i < len(kept):
        for read in _READERS:
            nxt = read(r, i)
            if nxt is not None:
                break
        else:
            break
        i = nxt
    _page_clock(r)
    if r.labelled_title is not None:
        # a labelled title wins; an unlabelled candidate above it was the masthead
        z.masthead.extend(r.title_parts)
        r.title_parts = [Line(r.labelled_title[1], r.labelled_title[0])]
    _whole_headline_above(r)
    if r.title_parts:
        z.title = drop_list_number(z, _drop_bullet(z, _join_title(r.title_parts)))
        if "title-site-suffix" not in z.skip:
            z.title = drop_page_title_pieces(z, z.title)
        if "title-spam" not in z.skip:
            z.title = _drop_title_spam(z, z.title)
            title_lines = {ln.number for ln in r.title_parts}
            # the words of the page's other lines, read once, and only when a title's tail is in question
            page_words = once(lambda: words_of(" ".join(ln.s for ln in kept if ln.number not in title_lines)))
            z.title = _drop_tail_token(z, z.title, page_words)
            if "title-site-suffix" not in z.skip:
                z.title = _drop_foreign_dash_tail(z, z.title, page_words)
    return i




_HEADING_HASHES = lazy_compile(r"^\s*#{1,6}\s*(?=[^\s#])")


def _page_clock(r: Reading) -> None:
    """`Thursday, 8 March 2019` / the headline / `2023-03-31 15:27`: a bare date
    above the headline is the page's clock (today's date when it was saved)
    when a date row under the headline dates the article; it is kept as
    ``extra.page_date``, and the article's date wins."""
    labels = r.z.labels
    above = [k for k in r.dates_above_title if labels[k].field == "date"]
    if above and not any(lv.field == "date" for k, lv in enumerate(labels) if k > above[-1]):
        # no date row under the headline: a clock is still known by its weekday and its year (page_clock.py)
        above = [k for k in above if _clock_date(labels[k].value.text, r.kept)]
    if not above:
        return
    for k in above:
        labels[k] = replace(labels[k], field="extra:page_date")


def _clock_date(text: str, kept: list[Line]) -> bool:
    dt = whole_date(text)
    return dt is not None and dt.date is not None and is_site_clock(text, dt.date, kept)


def _drop_bullet(z: ZonesBuilder, title: MappedText) -> MappedText:
    """`• The fourth signing ceremony held …`: a page that bullets every line
    bullets its headline too; the bullet is markup, not a word of the title.
    So are a Markdown heading's hashes (`###Wang Shaohui … went to …`)."""
    m = LINE_BULLET.match(title.text) or _HEADING_HASHES.match(title.text)
    if m is None or "furniture" in z.skip:
        return title
    z.fixes.append(Fix("furniture", m.group(), "", title.span(0, m.end())))
    return title.slice(m.end(), len(title.text))


def _join_title(title_parts: list[Line]) -> MappedText:
    """The title's lines joined into one text."""
    parts = [p.text.strip() for p in title_parts]
    title = parts[0]
    for part in parts[1:]:
        # no space before punctuation: the spacing rules would remove it on a second run
        title = join([title, part], "" if part.text[:1] in ",.;:!?)]）】》、，。；：！？" else " ")
    return title


_BY = lazy_compile(r"^(?:\d+\s+)?By\s+(?P<name>\S.*)$")
_EMPTY_BY = lazy_compile(r"^(?:\d+\s+)?By$")


#: What parts the cells of a date row when spaces stand on both sides (`Qiao Lan / Hexi Daily / 2024-05-06`).
_CELL_SEPARATORS = "|｜/·"
#: A view count closing a date row: a bare number after the date, or after
#: one account name (small letters and digits) that follows the date; a word
#: before it (`No. 5`, `Issue 3`, `Page 2`) makes it another number.
_ROW_COUNT = lazy_compile(r"\s+(?:[a-z][a-z0-9_]{1,19}\s+)?(?P<count>\d{1,3}(?:,\d{3})+|\d{1,7})\s*$")
#: A field of a date row: words a single space apart, up to a run of spaces or a spaced separator.
_ROW_FIELD = lazy_compile(rf"(?![{_CELL_SEPARATORS}](?:\s|$))\S+(?: (?![{_CELL_SEPARATORS}](?:\s|$))\S+)*")


def _read_date_line(z: ZonesBuilder, ln: Line, dl) -> None:
    """A bare date row in the header; WordPress adds `0 By admin` (comments, author)."""
    dt, rest = dl
    text = row = ln.text.strip()  # (``row``: the part of the line the metadata holds)
    empty = text.slice(0, 0)
    z.labels.append(LabelValue("date", "", empty, text.slice(dt.start, dt.end)))
    if dt.start > 0 and (text.text[dt.start - 1].isalpha() or named_outlet(text.text[: dt.start])
                         or _PLACE_BEFORE_DATE.fullmatch(text.text[: dt.start]) or org_before_date(text.text[: dt.start])):
        # an outlet before the date (`chinadaily2020-07-22`, `(xixianxinqu.gov.cn) 2017-04-12`) is kept as a stray value
        z.labels.append(LabelValue("stray", "", empty, text.slice(0, dt.start).strip()))
        text = text.slice(dt.end, len(text.text))
        dt = type(dt)(dt.date, dt.time, 0, 0, dt.partial)
    if rest and "furniture" not in z.skip and is_furniture_line(rest):
        # `(site.gov.cn) 2017-04-12 Print Mail Share`: the tools after the date
        at = text.text.rindex(rest)
        z.fixes.append(furniture_fix(Line(ln.number, text.slice(at, at + len(rest)))))
        row = row.slice(0, len(row.text) - len(text.text) + at).strip()
        text, rest = text.slice(0, at), ""
    m = _BY.match(rest)
    if _EMPTY_BY.match(rest):
        pass  # `2024-04-02 0 By`: WordPress's comment count and a credit with no name
    elif m:
        offset = text.text.index(rest) + m.start("name")
        z.labels.append(LabelValue("author", "By", empty, text.slice(offset, offset + len(m.group("name")))))
    else:
        # every other field of the row is kept as a stray, each with its own
        # span; the date's own words are no field, so a field a single space
        # after it (`2022-03-14 09:12:40 Lingxi Net`) is read, not lost with the date
        row_end = len(text.text)
        count = _ROW_COUNT.match(text.text, dt.end) if rest[-1:].isdigit() else None
        if count is not None:
            # `2024-03-05 537`, `2024-03-05 10:22 hxadmin 12`: a bare number closing
            # the date row (after the account that posted, if any) is its view count
            z.labels.append(LabelValue("views", "", empty, text.slice(count.start("count"), count.end("count"))))
            row_end = count.start("count")
        for start, end in ((0, dt.start), (dt.end, row_end)):
            for field_match in _ROW_FIELD.finditer(text.text[start:end]):
                if not field_match.group().strip(_DATE_DECORATION + "[]【】()（）" + _CELL_SEPARATORS):
                    continue  # `- Jun 12, 2024-`, `[ 2010-04-12 11:28]`: what a template prints around the date
                at = start + field_match.start()
                z.labels.append(LabelValue("stray", "", empty, text.slice(at, at + len(field_match.group()))))
    z.label_lines.append(Line(ln.number, row))
