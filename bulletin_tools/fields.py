"""Field normalisation: header dates and times, view counts.

Machine-translated bulletins print the publication date in a dozen shapes
(docs/input-patterns.md, "Dates in the header"): ISO with any separator, the time
glued to the day (``2024/05/0506:56:34``), US month-first order from the
translator (``09-14-2017``, ``12/26/2025``), English month names, Chinese
``2014年8月31日星期日``, a bare ``20020621``, or a day without a year
(``12-05 07:50``).  :func:`find_datetime` turns the first of them in a string
into ISO 8601 and says where it stood, so a segmenter can cut the value out of
a jammed label row (``2023-09-08Clicks：``).

Two decisions worth knowing:

* A year is never invented: ``12-05 07:50`` gives ``date=None`` and keeps
  ``partial="12-05"`` as written.
* A two-digit year is never read as a date: real pages print both
  ``yy-mm-dd`` and ``dd-mm-yy`` (``09-11-26 01:49``), so only the time after
  it is taken and the digits are kept as ``partial``.
* Numeric day-month order with the year last is read **month first**
  (``05/06/2023`` → 2023-05-06) because these pages come through US-English
  machine translation, unless the first number is above 12
  (``26/12/2025`` → 2025-12-26).  With dots (``05.06.2023``) the European
  day-first reading is used, again unless that is impossible.

Every regex here is bounded (no nested or unbounded repetition over
overlapping classes), so scanning is linear in the input.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from . import recache
from .lazyre import lazy_compile
from .months import MONTH_NAMES, MONTH_NUMBERS
from .tables import read_rows


@dataclass(frozen=True)
class DateTime:
    """A date (ISO ``YYYY-MM-DD``) and/or time (``HH:MM`` or ``HH:MM:SS``) found in a text.

    ``start``/``end`` are offsets of the whole match (weekday and time
    included) in the string searched.  ``partial`` holds a yearless date as
    written (``12-05``); then ``date`` is ``None``.
    """

    date: str | None
    time: str | None
    start: int
    end: int
    partial: str | None


_MIN_YEAR, _MAX_YEAR = 1900, 2099
_MARGIN = 120  # longer than any single date match

_MONTHS = MONTH_NUMBERS
_MONTH = rf"(?P<mon>{MONTH_NAMES})(?![A-Za-z])\.?"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?(?![A-Za-z])\.?"
_SP = r"[ \t\u3000\xa0]"

# 2023-08-08, 2022.06.25, 2024/05/05 (the day may be glued to a time); a
# translator's space may follow each separator (`2021- 12- 09`)
_YMD = lazy_compile(r"(?=\d)(?<!\d)(?P<y>\d{4})(?P<sep>[-./]) ?(?P<m>\d{1,2})(?P=sep) ?(?P<d>\d{1,2})")
# 09-14-2017, 12/26/2025, 14.09.2017
_XXY = lazy_compile(r"(?=\d)(?<![\d\-/.])(?P<a>\d{1,2})(?P<sep>[-./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")
# 2014年8月31日星期日
_CJK = lazy_compile(
    rf"(?=\d)(?<!\d)(?P<y>\d{{4}}){_SP}?年{_SP}?(?P<m>\d{{1,2}}){_SP}?月{_SP}?(?P<d>\d{{1,2}}){_SP}?[日号]"
    rf"(?:{_SP}?(?:星期|周|礼拜)[一二三四五六日天])?"
)
# January 15, 2023 / Oct 27,2016 / Jan 5th 2018 / Jul,05,2015 / Sep.03,2021 (the abbreviation's dot for the space);
# a capitalised month may be glued after a name in lower case (`By Lin QiaoMarch 3, 2024`) (not `Thu,May,22,2025`, a page's clock; a weekday before it is found by _WEEKDAY_BEFORE)
_MDY_WORDS = lazy_compile(
    rf"(?=[JFMASONDjfmasond])(?:(?<![A-Za-z])|(?<=(?-i:[a-z]))(?=(?-i:[A-Z]))){_MONTH}(?:{_SP}{{1,3}}|{_SP}?(?P<comma>,){_SP}?|(?<=\.))(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d])"
    rf"{_SP}{{0,3}},?{_SP}{{0,3}}(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# 15 January 2023 / 15th of January, 2023
_DMY_WORDS = lazy_compile(
    rf"(?=\d)(?<![A-Za-z\d])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_SP}{{1,3}}(?=[A-Za-z])(?:of{_SP}{{1,3}})?"
    rf"{_MONTH}(?:,{_SP}{{0,3}}|{_SP}{{1,3}})(?P<y>\d{{4}})(?!\d)",  # (`05 Mar,2022`: no space after the comma)
    re.IGNORECASE,
)
# 2021-September-11 / 2021-Sep-11: a template printing the month's name between dashes
# `01-May-2020` (a news site's English date): the day, the month's name and the year between hyphens
_D_WORD_Y = lazy_compile(
    rf"(?=\d)(?<![\w\-/.])(?P<d>\d{{1,2}})-(?=[A-Za-z]){_MONTH}-(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_Y_WORD_D = lazy_compile(
    rf"(?=\d)(?<![\d\-/.])(?P<y>\d{{4}})-(?=[A-Za-z]){_MONTH}-(?P<d>\d{{1,2}})(?!\d)",
    re.IGNORECASE,
)
# `Aug-14-2022`: the month's name, the day and the year between hyphens (a
# shop template's English date; the order of `01-May-2020` with the first two swapped)
_WORD_D_Y = lazy_compile(
    rf"(?=[A-Za-z])(?<![A-Za-z\d\-/.]){_MONTH}-(?P<d>\d{{1,2}})-(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# `10, 23, 2018` / `07 15, 2022`: the US order of `October 23, 2018` with the
# month printed as its number (a translator's template): read month first
# only, never swapped, so a day above 12 in the first place gives no date;
# only as a field's value (opening the text, or after a label's colon, a bar
# or a bracket), so `chapters 3, 5, 2020` in a sentence is no date
_NUM_M_D_Y = lazy_compile(
    r"(?=\d)(?<![\d\-/.,])(?<!\d:)(?P<a>\d{1,2})(?:, ?| )(?P<b>\d{1,2}), ?(?P<y>\d{4})(?![\d\-/.])"
)
# `2016 04,27`: year, month and day in the Chinese order, a space and a comma
# for the separators (two digits each, so `2019 3,500 people` is no date)
_Y_M_COMMA_D = lazy_compile(r"(?=\d)(?<![\d\-/.,])(?P<y>\d{4}) (?P<m>\d{2}),(?P<d>\d{2})(?![\d,.])")
# "Sunday, " just before a worded date: part of the match, so a segmenter cuts it too
_WEEKDAY_BEFORE = lazy_compile(rf"(?<![A-Za-z]){_WEEKDAY},?{_SP}{{1,3}}\Z", re.IGNORECASE)
# "08:07, " just before a worded date (People's Daily: `08:07, October 13, 2022`)
_TIME_BEFORE = lazy_compile(rf"(?<![\d:])(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?::(?P<s>\d{{2}}))?,?{_SP}{{1,3}}\Z")
# Mon Oct 20 13:10:49 CST 2025: a Java server's clock format, printed as the
# date; also without the weekday, seconds and zone (`July 26 18:51 2019`)
_JAVA = lazy_compile(
    rf"(?=[A-Za-z])(?<![A-Za-z])(?:(?:mon|tue|wed|thu|fri|sat|sun){_SP})?{_MONTH}{_SP}{{1,2}}(?P<d>\d{{1,2}}){_SP}"
    rf"(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?::(?P<s>\d{{2}}))?(?:{_SP}[A-Z]{{2,5}})?{_SP}(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# 20020621, only as a field value of its own
_COMPACT = lazy_compile(r"(?=\d)(?<![^\s:：])(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?!\S)")
# 07/20 2017: month and day (two digits each), then the year after a space (read month first, as _XXY)
_MD_Y = lazy_compile(r"(?=\d)(?<![\d\-/.])(?P<a>\d{2})(?P<sep>[-/])(?P<b>\d{2})" + _SP + r"(?P<y4>\d{4})(?![\d\-/.:])")
# 09-11-26 01:49: a two-digit year, on either side (yy-mm-dd and dd-mm-yy are
# both printed): no date is read from it, only the time that follows
_SHORT_YEAR = lazy_compile(r"(?=\d)(?<![\d\-/.])(?P<a>\d{2})(?P<sep>[-/.])(?P<b>\d{2})(?P=sep)(?P<c>\d{2})(?![\d\-/.])")
# 12-05 (no year): only before a time, or as a whole field value
_PARTIAL = lazy_compile(r"(?=\d)(?<![\d\-/.:])(?P<a>\d{1,2})(?P<sep>[-/])(?P<b>\d{1,2})(?![\d\-/.])")
# Mar 4 (no year): only before a time that ends the text (`Lanxi Daily · Mar 4 09:15`, a feed's row)
_NAMED_PARTIAL = lazy_compile(rf"(?=[A-Za-z])(?<![A-Za-z]){_MONTH}{_SP}{{1,2}}(?P<b>\d{{1,2}})(?![\d:])", re.IGNORECASE)

_TIME_AFTER = lazy_compile(  # (a translator's space may follow the colon: `16: 15`; a dash may stand before the time,
    # or a template's bar between spaces: `18.03.2022 | 21:05`; the weekday between date and time:
    # `2023-02-24 Friday 10:30`, `2023-02-24 (星期五) 10:30`)
    rf"(?:{_SP}{{1,2}}[(（]?(?:(?i:{_WEEKDAY})|星期[一二三四五六日天]|周[一二三四五六日])[)）]?,?(?={_SP}))?"
    rf"(?:T|,?{_SP}{{0,8}}(?:at{_SP}{{1,2}}|[-–—]{_SP}{{1,2}}|(?<={_SP})[|｜]{_SP}{{1,2}})?)(?P<half>上午|下午|晚上)?(?P<h>\d{{1,2}})(?: ?[:：] ?(?P<mi>\d{{2}})(?:[:：](?P<s>\d{{2}}))?(?!\d)"
    # (or the clock left in Chinese: `14点05分`, `9时5分30秒`)
    rf"|[点时時](?P<cmi>\d{{1,2}})分(?:(?P<cs>\d{{1,2}})秒)?)"
    rf"(?:{_SP}{{0,2}}(?P<ap>[AaPp])\.?[Mm]\.?(?![A-Za-z]))?"
)


def _iso(year: int, month: int, day: int) -> str | None:
    if not (_MIN_YEAR <= year <= _MAX_YEAR and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _time_after(text: str, pos: int, glued_ok: bool) -> tuple[str, int] | None:
    """A valid time starting at ``pos`` (after an optional gap), as (``HH:MM[:SS]``, end)."""
    m = _TIME_AFTER.match(text, pos)
    if not m:
        return None
    if not glued_ok and m.start("h") == pos:
        return None
    hour, minute = int(m["h"]), int(m["mi"] or m["cmi"])
    seconds = m["s"] if m["cmi"] is None else (f"{int(m['cs']):02d}" if m["cs"] else None)
    if m["half"] and not m["ap"]:
        # `下午2:05`: the half of the day left in Chinese before the clock (上午 am, 下午/晚上 pm)
        pm = m["half"] != "上午"
        if 1 <= hour <= 12:
            hour = hour % 12 + (12 if pm else 0)
        elif not (pm and 13 <= hour <= 23):
            return None
    elif m["ap"]:
        if 13 <= hour <= 23 and m["ap"] in "Pp":
            pass  # `22:06 PM`: a 24-hour clock with the template's PM after it
        elif not 1 <= hour <= 12:
            return None
        else:
            hour = hour % 12 + (12 if m["ap"] in "Pp" else 0)
    if hour > 23 or minute > 59 or (seconds is not None and int(seconds) > 59):
        return None
    value = f"{hour:02d}:{minute:02d}" + (f":{seconds}" if seconds is not None else "")
    return value, m.end()


def _complete(text: str, date: str, start: int, end: int) -> DateTime | None:
    """Attach a following time; reject a date whose day runs on into digits that are no time."""
    found = _time_after(text, end, glued_ok=True)
    if found:
        return DateTime(date, found[0], start, found[1], None)
    if end < len(text) and text[end].isdigit():
        return None
    return DateTime(date, None, start, end, None)


def _first(regex: re.Pattern[str], text: str, build, endpos: int | None = None) -> DateTime | None:
    for m in regex.finditer(text, 0, len(text) if endpos is None else endpos):
        result = build(m)
        if result is not None:
            return result
    return None


def _build_ymd(text: str):
    def build(m: re.Match[str]) -> DateTime | None:
        date = _iso(int(m["y"]), int(m["m"]), int(m["d"]))
        return _complete(text, date, m.start(), m.end()) if date else None

    return build


def _first_possible(text: str, m: re.Match[str], year: int, orders) -> DateTime | None:
    """The date of the first (month, day) reading in ``orders`` that exists, completed from ``m``."""
    for month, day in orders:
        date = _iso(year, month, day)
        if date:
            return _complete(text, date, m.start(), m.end())
    return None


def _build_xxy(text: str):
    def build(m: re.Match[str]) -> DateTime | None:
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        if m["sep"] == ".":
            return _first_possible(text, m, year, ((b, a), (a, b)))  # day-first, unless impossible
        return _first_possible(text, m, year, ((a, b), (b, a)))  # month-first (US), unless impossible

    return build


def _build_words(text: str):
    def build(m: re.Match[str]) -> DateTime | None:
        month = _MONTHS[m["mon"][:3].lower()]
        date = _iso(int(m["y"]), month, int(m["d"]))
        if not date:
            return None
        start = m.start()
        window = max(0, start - 16)
        weekday = _WEEKDAY_BEFORE.search(text, window, start)
        if m.groupdict().get("comma") and (weekday or text[window:start].rstrip()[-1:] == ","):
            return None  # `Thu, May,22,2025`: a page's clock, not the article's date
        if weekday:
            start = weekday.start()
        found = _complete(text, date, start, m.end())
        before = _TIME_BEFORE.search(text, window, start) if found is not None and found.time is None else None
        if found is not None and before is not None and int(before["h"]) <= 23 and int(before["mi"]) <= 59:
            time = f"{int(before['h']):02d}:{before['mi']}" + (f":{before['s']}" if before["s"] else "")
            return DateTime(date, time, before.start(), found.end, None)  # `08:07, October 13, 2022`
        return found

    return build


def _build_num_m_d_y(text: str):
    def build(m: re.Match[str]) -> DateTime | None:
        before = text[max(0, m.start() - 16) : m.start()].rstrip(" \t\u3000\xa0")
        if before and (before[-1].isalnum() or before[-1] in ",，"):
            return None
        date = _iso(int(m["y"]), int(m["a"]), int(m["b"]))
        return _complete(text, date, m.start(), m.end()) if date else None

    return build


def _build_md_y(text: str):
    def build(m: re.Match[str]) -> DateTime | None:
        a, b = int(m["a"]), int(m["b"])
        return _first_possible(text, m, int(m["y4"]), ((a, b), (b, a)))  # month-first (US), unless impossible

    return build


def _build_short_year(text: str):
    def build(m: re.Match[str]) -> DateTime | None:
        found = _time_after(text, m.end(), glued_ok=False)
        if found is None:
            return None  # (without a time, six digits in threes may be anything)
        return DateTime(None, found[0], m.start(), found[1], m.group())

    return build


def _build_java(text: str):
    def build(m: re.Match[str]) -> DateTime | None:
        date = _iso(int(m["y"]), _MONTHS[m["mon"][:3].lower()], int(m["d"]))
        seconds = m["s"]
        if not date or int(m["h"]) > 23 or int(m["mi"]) > 59 or (seconds is not None and int(seconds) > 59):
            return None
        clock = f"{int(m['h']):02d}:{m['mi']}" + (f":{seconds}" if seconds is not None else "")
        return DateTime(date, clock, m.start(), m.end(), None)

    return build


def _build_compact(text: str):
    def build(m: re.Match[str]) -> DateTime | None:
        date = _iso(int(m["y"]), int(m["m"]), int(m["d"]))
        before = text[max(0, m.start() - 16) : m.start()].rstrip(" \t\u3000\xa0")
        if not date or (before and before[-1] not in ":："):
            return None  # eight digits count only as a field value: after a label's colon or alone
        found = _time_after(text, m.end(), glued_ok=False)
        if found:
            return DateTime(date, found[0], m.start(), found[1], None)
        return DateTime(date, None, m.start(), m.end(), None)

    return build


def _build_named_partial(text: str):
    def build(m: re.Match[str]) -> DateTime | None:
        month, day = _MONTHS.get(m["mon"].lower().rstrip(".")[:3]), int(m["b"])
        if month is None or _iso(2000, month, day) is None:
            return None
        found = _time_after(text, m.end(), glued_ok=False)
        if not found or text[found[1]:].strip():
            return None  # (`on August 14 16:20 people came`: a clock inside a sentence is no header's)
        return DateTime(None, found[0], m.start(), found[1], f"{month:02d}-{day:02d}")

    return build


def _build_partial(text: str):
    def build(m: re.Match[str]) -> DateTime | None:
        month, day = int(m["a"]), int(m["b"])
        if _iso(2000, month, day) is None:  # a leap year, so 02-29 stays possible
            return None
        found = _time_after(text, m.end(), glued_ok=False)
        if found:
            return DateTime(None, found[0], m.start(), found[1], m.group())
        before = text[: m.start()].rstrip(" \t\u3000\xa0")
        standalone = (not before or before[-1] in ":：") and not text[m.end() : m.end() + 1].strip()
        return DateTime(None, None, m.start(), m.end(), m.group()) if standalone else None

    return build


# `GMT`/`UTC` after a clock, then the same moment in local time: `… GMT2012-04-24 15:33:58(Beijing Time)`
_UTC_AFTER = lazy_compile(rf"{_SP}{{0,2}}(?:GMT|UTC)(?![A-Za-z+\-]){_SP}{{0,3}}")
_LOCAL_ZONE_AFTER = lazy_compile(rf"{_SP}{{0,2}}[(（](?:Beijing Time|BJT|Beijing)[)）]", re.IGNORECASE)


def _local_after_utc(text: str, found: DateTime) -> DateTime:
    """`2012-04-24 07:33:58 GMT2012-04-24 15:33:58(Beijing Time)`: a page
    printing the moment in GMT, then in local time, is dated by the local
    one (the date and clock of the place it reports); the whole run is the match."""
    if found.date is None or found.time is None:
        return found
    utc = _UTC_AFTER.match(text, found.end)
    if utc is None:
        return found
    local = find_datetime(text[utc.end(): utc.end() + _MARGIN])
    if local is None or local.start != 0 or local.date is None or local.time is None:
        return found
    end = utc.end() + local.end
    zone = _LOCAL_ZONE_AFTER.match(text, end)
    return DateTime(local.date, local.time, found.start, zone.end() if zone else end, None)


#: What every date pattern holds (``\d``, Unicode decimal, as in the patterns).
_ANY_DIGIT = lazy_compile(r"\d")


#: Distinct texts whose :func:`find_datetime` answer is remembered: the date
#: row, label, credit and chrome readers ask about the same lines of a page
#: (a fourth of its calls repeat one); the answer is frozen.
DATE_CACHE_SIZE = 1024


@lru_cache(maxsize=DATE_CACHE_SIZE)
def find_datetime(text: str) -> DateTime | None:
    """The first date (with its time, if one follows) anywhere in ``text``.

    >>> find_datetime("Source:Tanbei Town People's Government2023-10-12 09:30  Clicks:1,286")
    DateTime(date='2023-10-12', time='09:30', start=38, end=54, partial=None)
    >>> find_datetime("Release date:2024/05/0506:56:34").time
    '06:56:34'
    >>> find_datetime("Time: 12-05 07:50")
    DateTime(date=None, time='07:50', start=6, end=17, partial='12-05')
    """
    # Every pattern below needs a decimal digit (``\d``): most lines asked
    # (labels, headings, prose) hold none, and one C-level search settles them.
    if _ANY_DIGIT.search(text) is None:
        return None
    # Full dates in order of preference for a tie at the same offset; a
    # yearless day comes last so "12-05" never shadows a full date after it.
    # Cheap substring gates (C speed) skip whole patterns that cannot match.
    lowered = text.lower()
    worded = any(map(lowered.__contains__, _MONTHS))  # (in C: no generator step per month)
    finders = (
        (_YMD, _build_ymd, True),
        (_CJK, _build_ymd, "年" in text),
        (_XXY, _build_xxy, True),
        (_MD_Y, _build_md_y, True),
        (_MDY_WORDS, _build_words, worded),
        (_DMY_WORDS, _build_words, worded),
        (_Y_WORD_D, _build_words, worded),
        (_D_WORD_Y, _build_words, worded and "-" in text),
        (_JAVA, _build_java, worded and ":" in text),
        (_WORD_D_Y, _build_words, worded and "-" in text),
        (_NUM_M_D_Y, _build_num_m_d_y, "," in text),
        (_Y_M_COMMA_D, _build_ymd, "," in text),
        (_COMPACT, _build_compact, True),
    )
    best: DateTime | None = None
    for regex, factory, possible in finders:
        if not possible:
            continue
        # once a date is known, later finders only need to look before it (a
        # match is far shorter than the margin, so none is cut short)
        endpos = None if best is None else min(len(text), best.start + _MARGIN)
        found = _first(regex, text, factory(text), endpos)
        if found is not None and (best is None or found.start < best.start):
            best = found
    if best is not None:
        return _local_after_utc(text, best)
    return _first(_SHORT_YEAR, text, _build_short_year(text)) or _first(_PARTIAL, text, _build_partial(text)) \
        or _first(_NAMED_PARTIAL, text, _build_named_partial(text))


def whole_date(text: str) -> DateTime | None:
    """The full date (and time) that is all of ``text`` but trailing spaces, else None.

    >>> whole_date("July 26 18:51 2019").date
    '2019-07-26'
    >>> whole_date("Class of 2023 2024-01-05") is None
    True
    """
    dt = find_datetime(text)
    return dt if dt is not None and dt.date is not None and dt.start == 0 and dt.end == len(text.rstrip()) else None


# ---------------------------------------------------------------------------- views


@cache
def _view_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    lead: list[str] = []
    unit: list[str] = []
    for kind, word in read_rows("fields_view_words.tsv"):
        (lead if kind.strip() == "lead" else unit).append(word.strip())
    key = lambda w: (-len(w), w)  # noqa: E731 - longest first, so "viewers" beats "view"
    return tuple(sorted(lead, key=key)), tuple(sorted(unit, key=key))


@cache
def _views_regex() -> re.Pattern[str]:
    lead, unit = _view_words()
    lead_alt = "|".join(re.escape(w) for w in lead)
    unit_alt = "|".join(re.escape(w) for w in unit)
    return recache.compile(  # (2.5 ms to compile: kept between runs, see recache.py)
        rf"[\[【(（]?{_SP}{{0,8}}(?:(?:{lead_alt}){_SP}{{0,8}}[:：]?{_SP}{{0,8}})?"
        r"(?P<n>\d{1,3}(?:[,，]\d{3}){1,4}|\d{1,15})"
        rf"{_SP}{{0,8}}(?:{unit_alt})?{_SP}{{0,8}}[\]】)）]?",
        re.IGNORECASE,
    )


def parse_views(value: str) -> int | None:
    """A view/click count from a field value: ``1,286``, ``375 viewer``, ``Viewd 2318``, ``阅读 12次``.

    Anything else in the value (a site name under a view-counter label, an
    empty value) gives ``None``: a count is never guessed from stray digits.
    """
    if not value:
        return None
    m = _views_regex().fullmatch(value.strip())
    if not m:
        return None
    return int(re.sub(r"\D", "", m["n"]))


__all__ = ["DateTime", "find_datetime", "parse_views"]
