"""Label/value pairs of the header zone → :class:`~bulletin_tools.model.Metadata`.

Dates become ISO 8601, counts integers; a value that carries strays after a
run of spaces, or a label nobody has a field for, lands in ``extra`` so no
word is lost.  Empty labels become ``empty-field`` findings.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..chardata import HAN_COMMON, VIEWS_IN_TEXT, ends_in_abbreviation
from .. import lexicon
from ..lazyre import lazy_compile
from ..model import INFO, WARNING, Finding, Metadata
from ..outlets import is_bare_address, outlet_named, split_outlet
from ..segment import Zones
from ..segment.credit_date import by_credit_name
from ..segment.header import LabelValue
from ..segment.lead import pinyin_outlet, writer_names
from ..textmap import MappedText
from ..segment.shape import is_org_name
from ..tables import read_words
from ..fields import find_datetime

if TYPE_CHECKING:
    from ..fields import DateTime

_EMPTYISH = lazy_compile(r"^[\s\-–—_/|·.,:：;；]*$")


#: Where one field's value ends and a stray begins: a run of spaces, or a
#: bracket closing and another opening (`[Views: 87] [2024-12-05]`: each cell a field).
_CHUNK_SOURCE = r"\s{2,}|(?<=[\]】〗])\s*(?=[\[【〖])"
_CHUNK_SPLIT = lazy_compile(_CHUNK_SOURCE)
#: A value other than a date's or a source's also ends at a spaced bar (`Posted
#: by: admin | March 12, 2024 | Township News`): what follows is another field
#: or a stray value.
_VALUE_CHUNKS = lazy_compile(_CHUNK_SOURCE + r"|\s+[|｜]\s+")
#: A clock that is a word of its own in a row's stray (`14:05`, `(14:05:33)`), not part of a longer number.
_CLOCK_WORD = lazy_compile(r"(?<![\w:.,])[(（]?(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?[)）]?(?![\w:.,])")
_BARE_TIME = lazy_compile(r"\s*((?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)(?!\d)")
_VALUE_TRIM = " \t[]【】〖〗,;，；|｜│丨·"  # (│, a box-drawing bar, and 丨, the Han stroke pages print for a bar, separate fields too)
#: Values taken whole: a sentence in its own words (`[2020] No. 10 issued by …`), not a field's value to trim.
_WHOLE_VALUE_FIELDS = frozenset({"extra:enactment"})
_VIEWS_TEXT = VIEWS_IN_TEXT


def build_metadata(z: Zones, line_no) -> tuple[Metadata, list[Finding]]:
    """Label/value pairs → Metadata: ISO date and time, integer views, extras;
    plus an ``empty-field`` finding for each label with no value.

    A value may carry strays after a run of spaces (`Wei Dong   12-05 07:50`,
    `Li Na    Sunday, January 15, 2023`): a stray date fills the date, a
    stray count the views, anything else goes to ``extra`` so no word is lost.
    """
    acc = _Accumulator()
    findings = []
    for lv in z.labels:
        if acc.read(lv):  # the label has no value
            findings.append(_empty_field(lv, line_no))
    acc.place_outlets()
    acc.reporter_as_author()
    acc.source_day_as_date()
    if z.masthead:
        acc.add_extra("masthead", " / ".join(ln.text.strip().text for ln in z.masthead))
    spans = [ln.text.strip().span() for ln in z.label_lines]
    span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
    return acc.metadata(span), findings


def _empty_field(lv, line_no) -> Finding:
    span = lv.label_text.span()
    return Finding(
        "empty-field", INFO if lv.field.startswith("extra:") else WARNING,
        f"label '{lv.label}' has no value; fill it in from the original page or drop the label",
        line_no(span[0]), span)


class _Accumulator:
    """The fields read so far from one header; used only inside :func:`build_metadata`.

    Why a small mutable collector: a label's value may fill several fields
    (a date with strays after it fills date, time, views and extras), and
    the first value of each field wins, so every reader needs what the
    earlier labels already filled.
    """

    __slots__ = ("values", "extra", "date", "time", "outlets")

    def __init__(self) -> None:
        self.values: dict[str, object] = {}
        self.extra: dict[str, object] = {}
        self.date: str | None = None
        self.time: str | None = None
        self.outlets: list[str] = []  # papers credited after an author's name

    def source_day_as_date(self) -> None:
        """`From Hexi Evening News, June 1, 2024` on a page that prints no date of
        its own: the paper's day is the article's (``extra.source_date`` moves to the date)."""
        day = self.extra.get("source_date")
        if isinstance(day, str) and not self.date and self.take_date(day) is not None and self.date:
            del self.extra["source_date"]

    def metadata(self, span) -> Metadata:
        values = self.values
        return Metadata(
            source=values.get("source"),  # type: ignore[arg-type]
            author=values.get("author"),  # type: ignore[arg-type]
            editor=values.get("editor"),  # type: ignore[arg-type]
            date=self.date,
            time=self.time,
            views=values.get("views"),  # type: ignore[arg-type]
            extra=self.extra,
            span=span,
        )

    def add_extra(self, key: str, value: str) -> None:
        extra = self.extra
        key = re.sub(r"\W+", "_", key).strip("_") or "label"
        extra[key] = f"{extra[key]}; {value}" if key in extra else value

    def read(self, lv) -> bool:
        """Take one label/value pair; True when the label has no value."""
        if lv.field in _WHOLE_VALUE_FIELDS:
            self.add_extra(lv.field[6:], lv.value.text.strip())
            return False
        raw = lv.value.text.strip(_VALUE_TRIM)
        # (a date row's bar parts no field, `03/18/2022 | 09:40am`; nor a source's,
        # which may name two papers: `Lanxi Daily | Hexi Evening News`)
        split = _CHUNK_SPLIT if lv.field in ("date", "stray", "source") else _VALUE_CHUNKS
        chunks = [c for c in split.split(raw) if c.strip(_VALUE_TRIM)]
        value = _balanced(chunks[0].strip(_VALUE_TRIM)) if chunks else ""
        for chunk in chunks[1:]:
            self.stray(chunk)
        if lv.field == "stray":
            self.stray(value)
            return False
        if _EMPTYISH.match(value):
            value = ""
        if not value:
            return True
        if lv.field == "author" and lv.label.strip().lower() == "by" and _outlet_only(value):
            self.outlets.append(value.strip("()（） "))  # `By Lanxi Women's News`, `By (lanxinews.cn)`: a paper writes no byline
            return False
        reader = _READERS.get(lv.field)
        if reader is not None:
            reader(self, lv.field, value)
        else:
            self.add_extra(lv.field[6:] if lv.field.startswith("extra:") else lv.field, value)
        return False

    def take_date(self, value: str) -> str | None:
        """Fill date/time from ``value``; return what is left of it (None if no date)."""
        from ..fields import find_datetime

        dt = find_datetime(value)
        if dt is None or not (dt.date or dt.time):
            return self._take_bare_time(value)
        # A second, different date (a meeting's day under the release date)
        # leaves the field as it is; its printed form must not pass for the
        # field's own (`date_text`), so it is kept as `other_date`.
        other = bool(dt.date and self.date and dt.date != self.date)
        if dt.date and not self.date:
            self.date = dt.date
        if dt.time and not self.time:
            self.time = dt.time
        if dt.partial and not dt.date:
            self.extra.setdefault("date_partial", dt.partial)
        iso = " ".join(x for x in (dt.date, dt.time) if x)
        if other:
            self.add_extra("other_date", value[dt.start:dt.end])
        elif value[dt.start:dt.end] != iso:
            # Keep the date as printed: normalising must not lose words.
            self.add_extra("date_text", value[dt.start:dt.end])
        return (value[: dt.start] + " " + value[dt.end:]).strip()

    def _take_bare_time(self, value: str) -> str | None:
        # `Time: 14:20` with no date: the time alone, never an invented date
        bare = _BARE_TIME.match(value)
        if bare is None:
            return None
        if not self.time:
            hour, rest = bare.group(1).split(":", 1)
            self.time = f"{int(hour):02d}:{rest}"
        return value[bare.end():].strip()

    def _take_clock_in(self, chunk: str) -> str | None:
        """A row's stray that holds its clock as a word of its own (`14:05`,
        `(14:05)`, `(Beijing Time) 14:05`): the time, and what is left of the
        stray; None when it holds no such clock."""
        m = _CLOCK_WORD.search(chunk)
        if m is None:
            return None
        hour, minute = int(m.group("h")), int(m.group("mi"))
        if hour > 23 or minute > 59 or (m.group("s") and int(m.group("s")) > 59):
            return None
        self.time = f"{hour:02d}:{m.group('mi')}" + (f":{m.group('s')}" if m.group("s") else "")
        return (chunk[: m.start()] + " " + chunk[m.end():]).strip()

    def take_views(self, value: str) -> str | None:
        m = _VIEWS_TEXT.search(value)
        if not m or "views" in self.values:
            return None
        self.values["views"] = int((m.group(1) or m.group(2)).replace(",", ""))
        return (value[: m.start()] + " " + value[m.end():]).strip()

    def stray(self, chunk: str) -> None:
        chunk = chunk.strip(_VALUE_TRIM)
        if not chunk:
            return
        rest = self.take_date(chunk) if not self.date else None
        if rest is None and self.time is None and ":" in chunk:
            rest = self._take_clock_in(chunk)  # `Time: 14:05 2024-12-05`, `2024-12-05 (Beijing Time) 14:05`
        if rest is None:
            rest = chunk
        left = self.take_views(rest)
        rest = rest if left is None else left
        rest = rest.strip(_VALUE_TRIM)
        writer = by_credit_name(rest) if "author" not in self.values else None
        if writer is not None and outlet_named(writer) is None:
            self.read_person("author", writer)  # `Apr 22, 2020  |  by QL`: the row's by-credit (`… in Place` split off)
            return
        cell = _STRAY_LABEL.match(rest) if "source" not in self.values else None
        if cell is not None:
            value, tail = cell.group("value"), ""
            glued = _UNKNOWN_LABEL_IN_VALUE.search(value)
            if glued is not None and glued.start() > 0:
                value, tail = value[: glued.start()].strip(_VALUE_TRIM), value[glued.start():]
            if value and len(value.split()) <= MAX_ORG_WORDS and (outlet_named(value) or is_org_name(value)):
                # `Unit: Hexi Water Office`, `Origin place:Office of …`: an office under
                # a label no table knows is the page's source; the label is kept in extra
                self.outlets.append(value)
                self.add_extra("source_label", cell.group("label"))
                if tail:
                    self.stray(tail)
                return
        # (`Township News` in `admin | March 12, 2024 | Township News`: the column the page is
        # filed under, a menu's word, names no outlet)
        outlet = outlet_named(rest) if rest and rest.lower() not in lexicon.menu_words()[1] else None
        if outlet is None and rest and len(rest.split()) <= MAX_ORG_WORDS and rest[:1].isupper() and is_org_name(rest):
            outlet = rest  # `Foreign Affairs Office of Hexi| Updated: …`: the office that publishes the page
        if outlet is None and rest and pinyin_outlet(rest):
            outlet = rest  # `Hexi Ri Bao·2024-03-05 08:30`: the paper's name left in pinyin
        if outlet is not None:
            self.outlets.append(outlet)  # `Xinhua | Updated: …`: the paper the page credits
        elif rest and rest.lower() in account_names() and "author" not in self.values:
            self.values["author"] = rest  # `2024-03-05 10:22 admin`: the account that posted the page
        elif rest and self.date is not None and "author" not in self.values and writer_names(rest):
            self.values["author"] = rest  # `Nov 6, 2019 Zhou Lanying`: the writer beside the row's date
        elif rest:
            self.add_extra("unlabelled", rest)

    def read_date(self, field: str, value: str) -> None:
        rest = self.take_date(value)
        if rest is None:
            self.add_extra("date_text", value)
        elif rest.strip(_VALUE_TRIM):
            self.stray(rest)

    def read_body_date(self, field: str, value: str) -> None:
        # a date the text gives (a notice's signature, a wire dateline;
        # segment/body_dates.py): the page's date only when it has no other
        if self.date is None:
            self.read_date(field, value)

    def read_body_source(self, field: str, value: str) -> None:
        # the outlet a wire dateline names (`(Xinhua)`; segment/body_dates.py):
        # the page's source only when no row or credit named one
        if "source" not in self.values and not self.outlets:
            self.values["source"] = value

    def read_views(self, field: str, value: str) -> None:
        from ..fields import parse_views

        n = parse_views(value)
        count = _COUNT_THEN_DATE.match(value) if n is None else None
        if n is not None:
            self.values.setdefault("views", n)
        elif count is not None and (n := parse_views(count.group("count"))) is not None:
            self.values.setdefault("views", n)  # `Viewed 30 2019-07-12`: the count, then the row's date
            self.stray(value[count.end("count"):])
        elif self.take_views(value) is None:
            self.add_extra("views_text", value)

    def _peel_date(self, field: str, value: str, closing: "DateTime | None") -> str:
        """``value`` of a name field without the date printed with it (read
        into the date when the row has none yet, or kept apart); ``closing``
        is the date that ends it (:func:`_closing_date`)."""
        if field == "source" and not self.date:
            # An outlet name glued to a date: `Tanbei Town People's Government2023-10-12`.
            outlet, after = _around_date(value)
            rest = self.take_date(value)
            if rest is not None and outlet and after:
                # `Xinhua 09-06-21 09:55 Updated BJT`: the outlet is before the date; what follows is a stray
                value = outlet
                self.stray(after)
            elif rest is not None:
                value = rest.strip(_VALUE_TRIM)
        elif field == "source" and closing is not None and closing.start > 0 and value[closing.start - 1].isspace() \
                and _OUTLET_WORD.search(value, 0, closing.start):
            # `Source: Lanxi Daily, May 6, 2024` on a page whose date was read already: the
            # paper, then its day (kept as printed; the header's date stands)
            self.add_extra("source_date", value[closing.start:].strip())
            value = value[: closing.start].strip(_VALUE_TRIM)
        elif not self.date and closing is not None and (value[closing.start - 1].isspace()
                                                        or value[closing.start - 1] in "[【(（" and value[: closing.start - 1].endswith(" ")):
            # `编辑:周晓岚 2024-05-09 16:40:12`, `Write: Blent [2011-05-20]`: the row's date printed after the last name
            value = (self.take_date(value) or value).strip(_VALUE_TRIM)
        elif not self.date and closing is not None and (bar := _SPACED_BAR.search(value, 0, closing.start)) is not None:
            # `Lin Qiao │ Dat:2024-05-09 16:40`: a bar ends the name, and the
            # row's date follows under a label no table knows (kept as a stray)
            self.stray(value[bar.end():])
            value = value[: bar.start()].strip(_VALUE_TRIM)
        return value

    def read_person(self, field: str, value: str) -> None:
        """``source``, ``author``, ``editor``: the first value wins, a different second one goes to extra."""
        closing = _closing_date(value)
        if closing is not None and closing.start == 0:
            # `Author:May 3, 2023editor:`: the row's labels are jammed, and the date landed under a name's label
            self.read_date("date", value)
            return
        credit = _CREDIT_IN_BRACKETS.search(value) if field == "source" and value.endswith((")", "）")) else None
        if credit is not None and credit.start() > 0:
            # `Source: Hexi Daily (Reporter Qiao Lan)`: the paper, then its writer in brackets
            role = credit.group("role")  # (`Text` is no label of its own: it is the writer's credit here)
            self.read(LabelValue(lexicon.header_labels().known_field(role) or "author",
                                 role, MappedText.identity(role), MappedText.identity(credit.group("names"))))
            value = value[: credit.start()].strip(_VALUE_TRIM)
        if field == "source" and _REPORTER_CREDIT.match(value):
            field = "author"  # `Publisher: Reporter Zhao Lin`: a person credited, not an outlet
        elif field == "source" and value.lower() in account_names() and "author" not in self.values:
            field = "author"  # `Publisher: admin` (发布者): the account that posted the page is no outlet
        value = self._peel_date(field, value, closing)
        value = self._without_trailer(field, self._cut_at_next_field(field, value))
        if field == "author":
            split = split_outlet(value)
            if split is not None:
                value, outlet = split  # `Cao Yu | China Daily`: the paper is a source, not an author
                self.outlets.append(outlet)
            post = _NAME_THEN_POST.match(value) or _NAME_THEN_BRACKETED_POST.match(value)
            if post is not None and writer_names(post.group("name")) and _held_post(post.group("post")):
                # `Yu Lan, teacher of Hexi No. 2 Primary School`, `Yu Lan, Hexi Media
                # Studio`: the writer, then the post held or the unit written for
                value = post.group("name")
                self.add_extra("author_unit", post.group("post"))
            at = _AUTHOR_IN_PLACE.match(value)
            if at is not None:
                value = at.group("name")  # `By Liu Qinghe in Taiyuan`: where the reporter filed from
                self.add_extra("author_place", at.group("place"))
            elif _AUTHORS_IN_PLACES.match(value):
                # `ZHOU LAN in Baise and QIN HAO in Nanning`: each writer with the place filed from
                places = [m.group("place") for m in _IN_PLACE.finditer(value)]
                value = _IN_PLACE.sub("", value)
                self.add_extra("author_place", "; ".join(places))
        if field in ("author", "editor"):
            value = _without_closing_stop(value)
        if field in self.values:
            if self.values[field] != value:  # the same credit printed twice (header and closing) is one
                self.add_extra(field + "_2", value)
        else:
            self.values[field] = value

    def _cut_at_next_field(self, field: str, value: str) -> str:
        """The credit's value up to where the row's next field begins (a label
        no table knows, a semicolon after an outlet); the rest is read as a stray."""
        if field == "source" and (semi := _SOURCE_SEMICOLON.search(value)) is not None and semi.start() > 0:
            # `Hexi Net; web edit by …`: a semicolon ends an outlet's name; the rest is another credit
            self.stray(value[semi.end():])
            value = value[: semi.start()].strip(_VALUE_TRIM)
        # `Qiao LanLayout:…`, `河西日报 【字号:`, `本站 上传:hx01`: a label no table
        # knows ends the value (glued on, opened by a bracket, or in Chinese);
        # `Lanxi Daily | Type: County news | Time: …`: so does a bar, then such a
        # label.  The rest is the row's (read as a stray).
        for next_field in (_UNKNOWN_LABEL_IN_VALUE, _BAR_THEN_LABEL):
            m = next_field.search(value)
            if m is not None and m.start() > 0:
                self.stray(value[m.start():])
                value = value[: m.start()].strip(_VALUE_TRIM)
        return value

    def reporter_as_author(self) -> None:
        """A page that names no author but credits a reporter (`Reporter Qiao
        Lan`, `(Correspondent: Ruan Ping)`) names its writer there: the
        reporter (else the correspondent) is the author, as docs/labelling.md's
        records have it.  With an author of its own, the credit stays in extra."""
        if "author" in self.values:
            return
        for role in _WRITER_ROLES:
            if role in self.extra:
                credit = self.extra.pop(role)
                self.values["author"] = _without_closing_stop(credit) if isinstance(credit, str) else credit
                return

    def _without_trailer(self, field: str, value: str) -> str:
        """The name without what a template printed after it: an empty label
        of its own (`Wu Lan preview:`, kept as an unlabelled value), or a staff
        number (`Ruan Ping(HX0012)`, kept in ``extra.editor_code``; a source
        keeps its brackets)."""
        if value.endswith((":", "：")) and (dangling := _EMPTY_LABEL_AFTER.search(value)) is not None:
            self.add_extra("unlabelled", dangling.group("label"))
            value = value[: dangling.start()]
        if field == "source" or not value.endswith((")", "）")):
            return value
        code = _NAME_THEN_STAFF_CODE.match(value)
        if code is None or not writer_names(code.group("name")):
            return value
        self.add_extra(field + "_code", code.group("code"))
        return code.group("name")

    def place_outlets(self) -> None:
        """An outlet credited after an author is the source, or ``extra.outlet``
        when the page names a source of its own."""
        # a known outlet (`Xinhua`) before a bare site address (`qingshan.gov.cn`)
        for outlet in sorted(self.outlets, key=is_bare_address):
            if "source" not in self.values:
                self.values["source"] = outlet
            else:
                self.add_extra("outlet", outlet)


@functools.cache
def account_names() -> frozenset[str]:
    """`admin`, `webmaster`: a CMS's user account, printed as a post's writer (data/account_names.txt)."""
    return frozenset(read_words("account_names.txt"))


#: The extra keys of a writer's credit under a role, in the order they stand for the author.
_WRITER_ROLES = ("reporter", "correspondent")

#: `Reporter Zhao Lin`, `staff reporter LUO MING`: a reporter's credit, under whatever label.
_REPORTER_CREDIT = lazy_compile(
    r"^(?i:(?:staff\s+)?(?:reporters?|correspondents?|journalists?))\s+[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,3}$")


#: A bar between spaces separating two fields of a row (ASCII, full-width or box-drawing).
_SPACED_BAR = lazy_compile(r"\s[|｜│]\s")
#: A bar, then a capitalised label of one to three words and its colon (`| Type: …`).
_BAR_THEN_LABEL = lazy_compile(r"\s*[|｜│]\s*[A-Z][A-Za-z]*(?:\s[A-Za-z]+){0,2}\s?[:：]")

#: A label no table knows, inside a credit's value, where the value ends:
#: a capitalised word (or two) and a colon glued to a name's last small
#: letter (`Qiao LanLayout:`, `Ma WenjieZoom:`, the page's cells run
#: together); a word and a colon opened by a bracket (`河西日报 【字号:`,
#: `Hexi Daily [Font:`); a Chinese word and a colon after a space (`本站
#: 上传:hx01`, a label left untranslated).
_UNKNOWN_LABEL_IN_VALUE = lazy_compile(
    rf"(?<=[a-z])[A-Z][a-z]+(?:\s?[A-Za-z][a-z]+)?\s?[:：]"
    rf"|\s*[\[【〖]\s*[^\s:：\[\]【】〖〗]{{1,15}}\s*[:：]"
    rf"|\s+[{HAN_COMMON}]{{1,6}}\s*[:：]")
#: A stray cell opening with a label no table knows (`Unit: Hexi Water Office`).
_STRAY_LABEL = lazy_compile(r"^(?P<label>[A-Z][a-z]+(?:\s[a-z]+)?)\s?[:：]\s*(?P<value>\S.*)$")
#: A semicolon ending an outlet's name (`Hexi Net; web edit by …`).
_SOURCE_SEMICOLON = lazy_compile(r"\s*[;；]\s*")

#: `30 2019-07-12`: a view count, then the row's date after a space.
_COUNT_THEN_DATE = lazy_compile(r"^(?P<count>\d{1,3}(?:,\d{3})*|\d+)\s+(?=(?:19|20)\d\d[-/.年])")


def _around_date(value: str) -> tuple[str, str]:
    """The words before and after the date in ``value`` (`Xinhua`, `Updated BJT`), each ``""`` when none."""
    dt = find_datetime(value)
    if dt is None:
        return "", ""
    return value[: dt.start].strip(_VALUE_TRIM), value[dt.end:].strip(_VALUE_TRIM)


#: `Liu Qinghe in Taiyuan`, `ZHOU LAN in Qiaotou county, Hexi`: a reporter's name (China Daily
#: prints it in capitals), then the place filed from, with its province (China Daily's credit).
_AUTHOR_IN_PLACE = lazy_compile(
    r"^(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,3}|[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){1,3})\s+in\s+"
    r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:\s(?:county|city|district|prefecture|town|township|village))?"
    r"(?:,\s[A-Z][a-z]+)?)$")
#: ` in Baise`: where one of several writers filed from.
_IN_PLACE = lazy_compile(r"\s+in\s+(?P<place>[A-Z][A-Za-z'’-]+(?:,?\s[A-Z][a-z]+)?)(?=\s*(?:,|and\b|&|$))")
#: Names, each with ` in Place`, joined by `and`, `&` or commas.
_AUTHORS_IN_PLACES = lazy_compile(
    r"^[A-Z][A-Za-z'’-]+(?:\s[A-Z][A-Za-z'’-]+){0,3}\s+in\s+[A-Z][A-Za-z'’-]+(?:,?\s[A-Z][a-z]+)?"
    r"(?:\s*(?:,|and|&)\s*[A-Z][A-Za-z'’-]+(?:\s[A-Z][A-Za-z'’-]+){0,3}(?:\s+in\s+[A-Z][A-Za-z'’-]+(?:,?\s[A-Z][a-z]+)?)?)+$")
#: `Yu Lan, teacher of Hexi No. 2 Primary School`, `Wu Qing, lecturer in
#: history at Lanxi Normal College`: a writer's name, a comma, the post held
#: (a phrase with a small word in it: `Li Na, Wang Bo` is two names).
_NAME_THEN_POST = lazy_compile(r"^(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s*[,，]\s*(?P<post>\S.{2,150})$")
#: `Yuan Gang (Professor, School of Government, Hexi University)`: the post in brackets after the name.
_NAME_THEN_BRACKETED_POST = lazy_compile(r"^(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s*[(（](?P<post>[^()（）]{3,150})[)）]$")
_LOWER_WORD = lazy_compile(r"(?:^|\s)([a-z]+)\b")
#: What joins the names of a list of writers (`Qiao Lan, Ma Wenjie and Bater`).
_NAMES_JOIN = lazy_compile(r"[,，、&]|\band\b")
#: A unit's name after a writer's: at least this many capitalised words (`Hexi Media Studio`).
MIN_UNIT_WORDS = 2


def _held_post(after: str) -> bool:
    """What follows a writer's name and a comma is a post or a unit, not more
    writers: a phrase with a small word other than `and` in it (`teacher of
    Hexi No. 2 Primary School`), or capitalised words joined by nothing that
    are no pinyin names (`Hexi Media Studio`).  `Qiao Lan, Ma Wenjie and
    Bater` is the rest of a list of writers."""
    if any(w != "and" for w in _LOWER_WORD.findall(after)):
        return True
    words = after.split()
    return _NAMES_JOIN.search(after) is None and len(words) >= MIN_UNIT_WORDS \
        and all(w[:1].isupper() for w in words) and not writer_names(after)
#: ` preview:` ending a value: a label of the row with nothing after it (one
#: word: a label the table knows, of any length, was split off already).
_EMPTY_LABEL_AFTER = lazy_compile(r"(?<=\S)\s+(?P<label>[A-Za-z]+\s*[:：])$")
#: `Ruan Ping(HX0012)`, `Qiao Lan (BS021)`: a name, then a staff number in
#: brackets (capital letters, then digits: a code, never a word or a year).
_NAME_THEN_STAFF_CODE = lazy_compile(r"^(?P<name>[^()（）]+?)\s*[(（]\s*(?P<code>[A-Z]{1,4}\d{2,8})\s*[)）]$")
#: An organisation left unlabelled in a header row, read as the source, has at most this many words.
MAX_ORG_WORDS = 8


#: `Hexi Daily (Reporter Qiao Lan)`, `… (Correspondent: Fang Ming)`: a writer credited in brackets after the outlet.
_CREDIT_IN_BRACKETS = lazy_compile(
    r"\s*[(（]\s*(?P<role>(?i:reporters?|correspondents?|authors?|text|written by))\s*[:：]?\s*"
    r"(?P<names>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?:\s*(?:,|，|、|and)\s*[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}){0,3})\s*[)）]$")


def _without_closing_stop(name: str) -> str:
    """`Junpeng Ji.` → `Junpeng Ji`: the full stop that ended the credit's
    sentence (`Correspondent:Junpeng Ji. Translator: …`) is no part of the
    name; an initial's or an abbreviation's stays (`Li J.`, `… Co., Ltd.`)."""
    if name.endswith(".") and not name.endswith("..") and not ends_in_abbreviation(name, len(name) - 1):
        return name[:-1].rstrip()
    return name


def _balanced(value: str) -> str:
    """``value`` without a bracket left open at its end or closed at its end
    with none opened: `Source: Hexi Daily (Correspondent: Fang Ming)` puts
    the second label inside the first's brackets, and each value keeps half."""
    if value.endswith(("(", "（")):
        return value[:-1].rstrip()
    if value.endswith((")", "）")) and "(" not in value and "（" not in value:
        return value[:-1].rstrip()
    return value


def _outlet_only(value: str) -> bool:
    """A by-credit that names only a paper or a site (`By Hexi Daily`, `By
    (lanxinews.cn)`), not a writer: no comma, no `and`, no pinyin names.
    (Only the `By` credit: a labelled `Author:` row keeps the media centre
    the page names, as the shared corpus has it.)"""
    if "," in value or "，" in value or " and " in value or writer_names(value.strip("()（） ")):
        return False
    return outlet_named(value) is not None


#: A word of a name (`Daily`, `Xinhua`), not an issue's `NO.2` before its date.
_OUTLET_WORD = lazy_compile(r"[^\W\d_]{3,}")


def _closing_date(value: str) -> DateTime | None:
    """The full date (and clock) that ends ``value``, whatever stands before
    it (a name, or nothing: the date is all of it), else None."""
    if not value[-1:].isdigit():
        return None
    dt = find_datetime(value)
    return dt if dt is not None and dt.date is not None and not value[dt.end:].strip() else None


#: field → reader; any other field (``extra:…`` and the rest) goes to ``extra``
_READERS = {
    "date": _Accumulator.read_date,
    "body_date": _Accumulator.read_body_date,
    "body_source": _Accumulator.read_body_source,
    "views": _Accumulator.read_views,
    "source": _Accumulator.read_person,
    "author": _Accumulator.read_person,
    "editor": _Accumulator.read_person,
}
