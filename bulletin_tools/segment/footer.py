"""The footer zone: contact fields, copyright, sponsor, record numbers.

Footer rows are usually several fields on one line separated by runs of
spaces; each chunk is read by the footer label lexicon, then by the record
number parser, then as a copyright line.  Every line is kept whole in
``footer.lines`` so nothing is lost even when a field is not recognised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..chardata import EMAIL_ADDRESS
from ..firstchar import gated
from ..lazyre import lazy_compile
from .. import lexicon
from ..textmap import MappedText
from .chrome import is_prose
from .header import LINE_CACHE_SIZE, find_labels
from ..textmap import join

# fields of a footer row: runs of spaces, or a `|` between them
_FIELD_SPLIT = lazy_compile(r"\s{2,}|\s*[|｜]\s*")
_COPYRIGHT = lazy_compile(
    r"^\s*(?:copy\s?rights?|版权所有)\s*(?:[:：]\s*)?(?:©|\(c\)|&copy;|\?(?=[\s\d]))?\s*"  # `?`: a © lost to the encoding
    r"(?:(?:\d{4})(?:\s*[-–—~]\s*(?:\d{4})?)?\s*\.?\s*)?(?:by\s+(?=[A-Z]))?",  # (`Copyrights by Office of …`)
    re.IGNORECASE,
)
#: `Hexi County People's Government Copyright`, `Hexi County Government Office
#: Copyright © 2024`: the holder named first, the word or the sign after it.  The
#: holder is an organisation's name (capitalised words, `of`/`and`/`the` between,
#: ending in an organisation's word), so a sentence or a headline about copyright
#: (`The county protects copyright`, `Hexi Court Protects Copyright`) is no such line.
_HOLDER_LAST_WORDS = (r"government|office|daily|news|media|center|centre|bureau|committee|commission|department|"
                      r"co\.?,?\s*ltd\.?|company|group|network|net|station|school|university|college|hospital|"
                      r"association|federation|township|town|county|city|district|village|province|"
                      r"municipality|zone|park|press|newspaper|website|portal")
_HOLDER_FIRST = lazy_compile(
    r"^\s*(?P<holder>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|the|for|&)){0,10}?\s+(?i:" + _HOLDER_LAST_WORDS + r"))\s+"
    r"(?:(?i:copy\s?rights?)(?:\s*(?:©|\(c\)))?|©)\s*(?:\d{4}(?:\s*[-–—~]\s*\d{4})?)?\s*\.?\s*$")
_ALL_RIGHTS = lazy_compile(r"[.,;]?\s*all\s+rights?\s+reserved\.?\s*$", re.IGNORECASE)
#: (Gated, see firstchar.gated: under IGNORECASE the engine cannot skip ahead to
#: the words' first letters, and tried every branch at every position.)
_RECORD_HINT_SOURCE = r"ICP|公网安备|网安备|public\s+(?:network\s+)?security|gong\s?an|wang\s?an|网站标识码|website\s+identification"
_RECORD_HINT = lazy_compile(lambda: gated(_RECORD_HINT_SOURCE, re.IGNORECASE), re.IGNORECASE)


#: One of these is in the lower-cased text of every ``_RECORD_HINT`` match
#: (``公网安备`` holds ``网安备``); a few substring tests are far cheaper than the
#: case-insensitive alternation tried at every position.
_RECORD_HINT_NEEDLES = ("icp", "网安备", "public", "gong", "wang", "网站标识码", "website")


def _may_hint_record(s: str) -> bool:
    """False only when ``_RECORD_HINT`` cannot match in ``s`` (a character that
    IGNORECASE folds onto an ASCII letter leaves the decision to the regex)."""
    return lexicon.may_hold_any(s, _RECORD_HINT_NEEDLES)


_RECORD_TAIL = lazy_compile(r"\d{6,20}\s*号?(?:\s*-\s*\d{1,3})?")
_SPLIT_RECORD_HEAD = lazy_compile(r"(?:ICP备|ICP证|公网安备|网安备|网站标识码)\s*[:：]?\s*$")


def join_split_records(lines: list[MappedText]) -> list[MappedText]:
    """`豫公网安备` / `41010502003876号` on two lines read as one record."""
    out: list[MappedText] = []
    for mt in lines:
        if out and _SPLIT_RECORD_HEAD.search(out[-1].text) and _RECORD_TAIL.fullmatch(mt.text.strip()):
            out[-1] = join([out[-1], mt], " ")
        else:
            out.append(mt)
    return out


#: A line naming `public security` that is longer than this and reads as
#: prose is a paragraph, not a footer row.  Set on held-out batch s240-s251.
MAX_SECURITY_RECORD_ROW_CHARS = 120


#: (`All Right reservce`: a template's typo; `All Copyright Reserved by …`)
_RIGHTS_RESERVED = lazy_compile(r"all\s+(?:copy\s?)?rights?\s+(?:are\s+)?reserv(?:ed|ce)", re.IGNORECASE)


def is_copyright_line(s: str) -> bool:
    """`Copyright © …`, `… All rights (are) reserved`: the line that names the copyright holder."""
    # (_COPYRIGHT matches exactly when the line opens with the word: all after it is optional)
    return "©" in s or (_may_reserve(s) and _RIGHTS_RESERVED.search(s) is not None) or _COPYRIGHT.match(s) is not None \
        or (("opy" in s or "OPY" in s) and _HOLDER_FIRST.match(s) is not None)


def _may_reserve(s: str) -> bool:
    """False only when ``_RIGHTS_RESERVED`` cannot match in ``s``: every match
    holds `reserv`, so `erv` in any case (no character but E, R and V folds
    onto those letters under ``re.IGNORECASE``; the s may be a long s).

    Why (speed): the pattern is searched at every position of the footer
    cut's and the chrome tests' lines, case-insensitively, and nearly none
    holds the word; one lower-casing and a substring test settle them.
    """
    return "erv" in s.lower()


@lru_cache(maxsize=LINE_CACHE_SIZE)
def looks_like_footer(s: str) -> bool:
    """Does this line belong to the footer zone (labels, records, copyright)?

    Remembered per distinct line: the footer cut, the chrome classifier and
    the furniture pass ask about the same lines of a page."""
    stripped = s.strip()
    if not stripped:
        return False
    hint = _RECORD_HINT.search(stripped) if _may_hint_record(stripped) else None
    if hint:
        if hint.group(0)[:1].isalpha() and hint.group(0).lower().startswith("public") \
                and len(stripped) > MAX_SECURITY_RECORD_ROW_CHARS \
                and (stripped.endswith((".", "。", "!", "?")) or is_prose(stripped)) and not re.search(r"\d{6,}", stripped):
            # a paragraph that mentions 'public security bureau' is prose, not a
            # footer row, also when it ends in a date rather than a full stop
            return False
        return True
    if _RECORD_TAIL.fullmatch(stripped):
        return True  # `41010502003876号`: the number of a record split over two lines
    if _COPYRIGHT.match(stripped) and re.match(r"^\s*(?:copy\s?right|版权所有)", stripped, re.I):
        return True
    if is_copyright_line(stripped):
        return True
    labels = lexicon.footer_labels()
    if not labels.may_match(stripped):  # see LabelSet.may_match
        return is_postal_address(stripped)
    # a footer label opening the line, or opening a later field after a plain
    # name (`School name    Address: …`); `Purchaser: …  Tel: …` is a body
    # field row, since its first field has a label of its own
    chunks = [c.strip() for c in _FIELD_SPLIT.split(stripped) if c.strip()]
    for k, chunk in enumerate(chunks):
        if labels.pattern.match(chunk) and lexicon.is_label_start(chunk, 0):
            return True
        if k == 0 and re.search(r"[:：]", chunk):
            return False
    return False


#: A postal address printed without a label: a numbered street and the
#: district, city or province it lies in (`No.26 Wenhua Road, Xicheng
#: District, Lanxi, P.R. China 321100`, `12B Heping Avenue, Hexi City, China 321200`).
_STREETS = r"(?i:road|rd|street|avenue|ave|boulevard|blvd|highway)"
#: The street with its house number: `No.26 Wenhua Road`, `12B Heping Avenue`, `Binjiang Road East 88`.
_NUMBERED_STREET = lazy_compile(
    rf"(?i:\bno\.?)\s?\d+[A-Za-z]{{0,2}}\b[^,，]{{0,40}}?\b{_STREETS}\b"
    rf"|\b\d+[A-Z]?\s+(?:[A-Z][\w'’-]*\s+){{1,3}}{_STREETS}\b"
    rf"|\b{_STREETS}\b\.?\s+(?:(?i:south|north|east|west|middle)\s+)?(?i:no\.?\s?)?\d+")
_PLACE_UNIT = lazy_compile(r"\b(?i:district|city|province|county|township|town|zone|p\.?\s?r\.?\s?china|china)\b")
#: A word one of which every ``_PLACE_UNIT`` match holds (`township` holds `town`, `P.R. China` holds `china`).
_PLACE_WORDS = ("district", "city", "province", "county", "town", "zone", "china")


def _may_name_place(t: str) -> bool:
    """False only when ``_PLACE_UNIT`` cannot match in ``t``: it holds none of
    :data:`_PLACE_WORDS`, lower-cased (a character that ``re.IGNORECASE``
    folds onto an ASCII letter leaves the decision to the regex).

    Why (speed): lines with a digit and no colon (dates, figures, records)
    reached two case-insensitive searches at every position; few name a place.
    """
    return lexicon.may_hold_any(t, _PLACE_WORDS)


#: An address line is short; a longer line is text that names a place.
MAX_POSTAL_ADDRESS_CHARS = 160
#: The lower-case words an address holds (`Road South 160`, `… of Tianjin`):
#: a line with more than this many other lower-case words is a sentence.
MAX_ADDRESS_LOWER_WORDS = 1
_ADDRESS_SMALL_WORDS = frozenset({"of", "and", "the", "no", "rd", "road", "street", "avenue", "district", "city",
                                  "province", "county", "town", "zone", "china"})
_WORDS = lazy_compile(r"[A-Za-z]+")
#: Words of the other footer rows: a line holding one is read as that row.
_OTHER_FOOTER_WORDS = lazy_compile(r"(?i:copy\s?right|rights|reserved|icp|record)")
#: A word every match of ``_OTHER_FOOTER_WORDS`` holds (in any case).
_OTHER_FOOTER_NEEDLES = ("copy", "rights", "reserved", "icp", "record")


def _may_name_other_footer_row(t: str) -> bool:
    """False only when ``_OTHER_FOOTER_WORDS`` cannot match in ``t``: a lower-casing
    and substring tests instead of the case-insensitive search at every
    position (a text holding a character that ``re.IGNORECASE`` folds onto
    an ASCII letter is left to the pattern: :func:`lexicon.has_case_trap`)."""
    return lexicon.may_hold_any(t, _OTHER_FOOTER_NEEDLES)


def is_postal_address(s: str) -> bool:
    """``s`` is a postal address alone on its line, with no label: a house
    number with its street, a district or city (or China), names in
    capitals (a line of text naming where something happened has its
    verbs and small words in lower case)."""
    t = s.strip()
    if len(t) > MAX_POSTAL_ADDRESS_CHARS or not any(map(str.isdigit, t)) or ":" in t or "：" in t \
            or "©" in t or (_may_name_other_footer_row(t) and _OTHER_FOOTER_WORDS.search(t)):
        return False  # (`Copyright © 2024 Baiyun Road Primary School`: the holder's name holds a street)
    if not _may_name_place(t) or _NUMBERED_STREET.search(t) is None or _PLACE_UNIT.search(t) is None:
        return False
    lower = [w for w in _WORDS.findall(t) if w.islower() and w not in _ADDRESS_SMALL_WORDS]
    return len(lower) <= MAX_ADDRESS_LOWER_WORDS and not t.endswith(("!", "?", "。"))


@dataclass
class FooterFields:
    """Mutable only while one footer is being read; frozen into model.Footer after."""

    values: dict[str, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)
    icp: object | None = None
    public_security: str | None = None
    others: list[str] = field(default_factory=list)

    def put(self, name: str, value: str) -> None:
        value = value.strip().strip(",;，；").strip()
        if not value:
            return
        if name.startswith("extra:"):
            key = name[6:].replace(" ", "_")
            if key in self.extra:
                self.extra[key] = self.extra[key] + "; " + value
            else:
                self.extra[key] = value
        elif name not in self.values:
            self.values[name] = value
        else:
            self.extra.setdefault(name + "_2", value)


def copyright_holder(chunk: str) -> str | None:
    m = _COPYRIGHT.match(chunk)
    if not m:
        return None
    return _before_reserved(chunk[m.end():]) or None


#: `All rights are reserved by the ACFIC`, `All Rights Reserved: Beiling
#: Municipal Government`, `All Copyright Reserved by …`, and the same with
#: `Copy right` written apart and `rights` left out: the holder named after the words.
_RESERVED_BY = lazy_compile(
    r"all\s+(?:(?:copy\s?)?rights?\s+)?(?:are\s+)?reserved(?:\s+by\s+|\s*[:：]\s*)(?:the\s+)?(?P<holder>[^.,;|]{2,80})",
    re.IGNORECASE)


def _before_reserved(text: str) -> str:
    """The holder before `All rights reserved`, whatever notes follow it
    (`Zhongshan Daily Group. All rights reserved. Presented by zsnews.cn`)."""
    by = _RESERVED_BY.search(text)
    if by is not None:
        return by.group("holder").strip()
    cut = _RIGHTS_RESERVED.search(text)
    head = text[: cut.start()] if cut is not None and cut.start() > 0 else _ALL_RIGHTS.sub("", text)
    return head.strip(" .,;")


def read_footer_line(line: MappedText, acc: FooterFields, find_records) -> None:
    """Split a footer line into chunks and file each into a field."""
    s = line.text
    if "address" not in acc.values and is_postal_address(s):
        acc.put("address", s.strip())  # `No.26 Wenhua Road, Xicheng District, Lanxi, China 321100`: no label
        return
    records = find_records(s)
    covered: list[tuple[int, int]] = []
    for rec in records:
        covered.append((rec.start, rec.end))
        if rec.kind in ("icp", "icp-licence"):
            if acc.icp is None:
                acc.icp = rec
        elif rec.kind == "public-security":
            if acc.public_security is None:
                acc.public_security = rec.record or rec.text
        elif rec.kind == "site-code":
            acc.put("extra:website_code", rec.record or rec.text)
    # Blank out record stretches, then read the rest chunk by chunk.
    chars = list(s)
    for a, b in covered:
        for i in range(a, b):
            chars[i] = " "
    rest = "".join(chars)
    pos = 0
    for m in list(_FIELD_SPLIT.finditer(rest)) + [None]:
        end = m.start() if m else len(rest)
        chunk = rest[pos:end].strip()
        if chunk and not (covered and _bare_label(chunk)):
            # (`Record No.: 浙ICP备…`: the label of a record read above is no note of its own)
            _read_chunk(_mapped_chunk(line, rest, pos, end), acc)
        if m:
            pos = m.end()


#: A label left alone once its record was read (`ICP record number:`) has at most this many words.
MAX_BARE_LABEL_WORDS = 4


def _bare_label(chunk: str) -> bool:
    """`Record No.:`, `ICP filing number：`: a short label with nothing after its colon."""
    return chunk[-1] in ":：" and len(chunk.split()) <= MAX_BARE_LABEL_WORDS


def _mapped_chunk(line: MappedText, rest: str, pos: int, end: int) -> MappedText:
    left = pos + (len(rest[pos:end]) - len(rest[pos:end].lstrip()))
    right = pos + len(rest[pos:end].rstrip())
    return line.slice(left, right)


def _may_name_holder_first(text: str) -> bool:
    """False only when ``_HOLDER_FIRST`` cannot match: every match holds ``©`` or
    the word copy in some case (whose letters no other character folds onto).
    Why: the pattern's lazy run of capitalised words backtracks through every
    footer chunk (some 7 µs on a chunk of 34 characters), and few chunks name
    a holder before the word."""
    return "©" in text or "copy" in text.lower()


def _label_after_holder(chunk: MappedText) -> int | None:
    """Where a second field's label starts in a copyright chunk (`Copyright ©
    2024 Lanxi Pump Works Tel: 0571-…`, `All rights reserved:X Address:…`):
    a known footer label after a space, past the chunk's start; None if none."""
    text = chunk.text
    if ":" not in text[1:] and "：" not in text[1:]:
        return None
    start = chunk.span()[0]
    for pair in find_labels(chunk, lexicon.footer_labels()):
        at = pair.label_text.span()[0] - start
        if at > 0 and text[at - 1] == " " and pair.field != "copyright":
            return at
    return None


def _read_chunk(chunk: MappedText, acc: FooterFields) -> None:
    text = chunk.text
    if "©" in text or "opyright" in text or "eserved" in text:
        at = _label_after_holder(chunk)
        if at is not None:
            # the holder, then the next field with its label (the page left one space between them)
            _read_chunk(chunk.slice(0, at).strip(), acc)
            _read_chunk(chunk.slice(at, len(text)).strip(), acc)
            return
    holder = copyright_holder(text)
    if holder is not None:  # (a holder is read only after the word `Copyright` opening the chunk)
        if "copyright" not in acc.values:
            acc.values["copyright"] = holder
        return
    first = _HOLDER_FIRST.match(text) if _may_name_holder_first(text) else None
    if first is not None:
        if "copyright" not in acc.values:
            acc.values["copyright"] = first.group("holder")
        return
    labels = lexicon.footer_labels()
    pairs = find_labels(chunk, labels)
    if pairs and pairs[0].label_text.span()[0] == chunk.span()[0]:
        for pair in pairs:
            if pair.field == "copyright":
                value = _ALL_RIGHTS.sub("", pair.value.text).strip(" .,;©")
                value = re.sub(r"^(?:©\s*)?\d{4}(?:\s*[-–—]\s*\d{4})?\s*", "", value).strip()
                acc.put("copyright", value)
            else:
                acc.put(pair.field, pair.value.text)
        return
    if "©" in text or _RIGHTS_RESERVED.search(text):
        value = _before_reserved(text)
        value = re.sub(r"^.*?©\s*(?:\d{4}(?:\s*[-–—]\s*\d{4})?)?\s*", "", value).strip(" .,;")
        if value and "copyright" not in acc.values:
            acc.values["copyright"] = value
            return
    mail = _EMAIL_ADDRESS.search(text) if "@" in text else None
    if mail is not None and "email" not in acc.values:
        acc.put("email", mail.group())  # `Contact us: office@lanxi.gov.cn`: an address under a label no table knows
        if mail.group() == text.strip():
            return
    phone = _PHONE_UNDER_LABEL.fullmatch(text.strip())
    if phone is not None and "phone" not in acc.values:
        acc.put("phone", phone.group("number"))  # `Contact us: 0571-5550123`: a number under a label no table knows
        return
    acc.others.append(text)


#: A telephone number alone under a label (`Contact us: 0571-5550123`,
#: `Service hotline: +86-571-5550123`): an area code and a number, a mobile
#: number, or a 400 line; a bare run of digits (a record, a postcode) is none.
_PHONE_UNDER_LABEL = lazy_compile(
    r"[^:：\d]{2,30}[:：]\s*(?P<number>(?:\+?86[-\s]?)?(?:\(?0\d{2,3}\)?[-\s]?\d{7,8}|1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{4}))")


#: An e-mail address in a footer chunk.
_EMAIL_ADDRESS = lazy_compile(EMAIL_ADDRESS)
