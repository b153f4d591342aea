"""The header zone: breadcrumb, label rows, description.

Labels are found by a lexicon over the whole line, not by position, because
real pages jam several ``label: value`` pairs on one line, leave values
empty, or glue a value to the next label with no space at all
(``Source:Author:小编Click: Time:2023-08-08``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..chardata import CAMEL_BOUNDARY, LINE_BULLETS, SENTENCE_END, words_of_kind
from ..fastinit import fast_init
from ..firstchar import gated
from ..lazyre import lazy_compile
from ..months import MONTH_WORD
from .. import lexicon
from ..outlets import is_site_url, outlet_named
from ..textmap import MappedText
from .chrome import is_prose
from ..fields import find_datetime, whole_date

#: (Behind a first-character gate, see firstchar.gated: the pattern opens with
#: ``\s*``, so the engine tries it at every position of a line; the gate turns
#: away a position that is neither a space nor a separator in one test.)
_BREADCRUMB_SEPARATORS_SOURCE = r"\s*(?:-{1,2}>|>>|>|＞|»|›|→|≫|〉|/|\||\\)\s*|\s+-\s+"
_BREADCRUMB_SEPARATORS = lazy_compile(lambda: gated(_BREADCRUMB_SEPARATORS_SOURCE))
#: One of these characters is in every ``_BREADCRUMB_SEPARATORS`` match: a line
#: holding none (three lines in four) is settled by substring tests, which cost
#: a tenth of the scan (the pattern's leading ``\s*`` is tried at every space).
_SEPARATOR_CHARS = ("-", ">", "＞", "≫", "〉", "»", "›", "→", "/", "|", "\\")
#: The characters an arrow between crumbs ends with (`Home > News >`): the
#: separators but the dash, slash and bars.
ARROW_ENDS = tuple(c for c in _SEPARATOR_CHARS if c not in "-/|\\")
#: The arrows between a trail's crumbs (its first crumb's words, Home, are
#: data/home_words.tsv, read by :func:`lexicon.home_alternation` when a
#: pattern is first used).
_ARROW = r"-{1,2}>|>>|>|＞|≫|〉|»|›|→"  # (`＞`, `≫`, `〉`: the signs of a Chinese site's trail; `-->` as well as `->`)
_HOME = lazy_compile(lambda: rf"^(?:{lexicon.home_alternation()})$", re.IGNORECASE)
#: The longest label before a colon and a trail from Home (`您现在所在的位置 :
#: Home > …`) read as the trail's prefix without knowing its words; the known
#: prefixes (breadcrumb_prefixes.tsv) run to 27 characters.
MAX_TRAIL_LABEL_CHARS = 30
#: A trail's label of any wording: a few characters before a colon.
_TRAIL_LABEL = rf"[^:：>|/\d]{{1,{MAX_TRAIL_LABEL_CHARS}}}?\s*[:：]\s*"
_LABEL_BEFORE_HOME = lazy_compile(
    lambda: rf"^{_TRAIL_LABEL}(?=(?:{lexicon.home_alternation()})\s*(?:{_ARROW}))",
    re.IGNORECASE,
)
#: `Current page: Home` (a label, a colon, Home, perhaps a separator, nothing
#: after): the first crumb of a trail that the next line may go on with.
_LABEL_AND_HOME = lazy_compile(
    lambda: rf"^(?:{_TRAIL_LABEL})?(?:{lexicon.home_alternation()})\s*(?:{_ARROW}|\|)?\s*$",
    re.IGNORECASE,
)
#: `Home>>`: the first crumb and a separator with nothing after it.
_HOME_ALONE = lazy_compile(lambda: rf"^(?:{lexicon.home_alternation()})\s*(?:{_ARROW})\s*$", re.IGNORECASE)


def is_trail_head(s: str) -> bool:
    """``s`` is only a trail's first crumb, perhaps after a label and before a
    separator (`Home`, `Current page: Home`, `Home >`)."""
    t = s.strip()
    return may_hold_home_word(t) and _LABEL_AND_HOME.match(t) is not None


def may_hold_home_word(text: str) -> bool:
    """False only when ``text`` holds none of the words of a trail's first
    crumb (data/home_words.tsv, any case), so that no pattern built on
    :func:`lexicon.home_alternation` can match in it.

    Why (speed): the line splitter asks whether each of a page's first lines
    opens a trail, and the case-insensitive pattern (an optional label of up
    to 30 characters, then Home) cost more than a lower-casing and a
    substring test per word.  The words are lower case, so a text matching
    one holds it lower-cased, but for the characters that ``re.IGNORECASE``
    folds onto an ASCII letter (:func:`lexicon.has_case_trap`): the pattern
    decides then.
    """
    return lexicon.may_hold_any(text, lexicon.home_words())


def is_home_crumb(s: str) -> bool:
    """``s`` (stripped) is a trail's first crumb, `Home` (or 首页)."""
    return _HOME.match(s.strip()) is not None


@fast_init  # (see fastinit.py: a page reads several)
@dataclass(frozen=True, slots=True)
class LabelValue:
    """One ``label: value`` pair; ``field`` comes from the lexicon table."""

    field: str
    label: str
    label_text: MappedText
    value: MappedText


#: A date before a row's first bar label is at most this long (`2024-05-06 14:05:33 `).
MAX_DATE_BEFORE_BAR_LABEL = 30


def _date_alone(prefix: str) -> bool:
    """``prefix`` (the text before a bar label) is empty, or a date alone."""
    prefix = prefix.strip()
    return not prefix or (len(prefix) <= MAX_DATE_BEFORE_BAR_LABEL and prefix[:1].isdigit() and whole_date(prefix) is not None)


def find_labels(text: MappedText, labels: lexicon.LabelSet) -> list[LabelValue]:
    """Every label in ``text`` with the value that runs up to the next label."""
    s = text.text
    hits: list[tuple[int, int, str]] = []
    qualifiers: list[tuple[int, int, int]] = []  # (hit, start, end) of `(Beijing Time)` in `Last Updated(Beijing Time):`
    bar_row = False  # the row opens with a bar label (`Editor | Lin Mei`)
    # A line where no label can match has no hits (LabelSet.may_match).
    matches = label_matches(s) if labels is lexicon.header_labels() else \
        labels.pattern.finditer(s) if labels.may_match(s) else ()
    for m in matches:
        groups = m.groupdict()
        name = groups.get("label") or groups.get("nlabel") or groups.get("dlabel") or groups.get("blabel") \
            or groups.get("slabel") or groups.get("klabel") or groups.get("ilabel")
        bar = groups.get("plabel")
        if bar is not None:
            # `Editor | Lin Mei Producer | Zhao Yu`: a bar label counts in a row
            # opening with one, after bar labels only (`Home | Source | Contact`,
            # a menu, and `Source: x | Editor | …` keep their reading)
            if (not _date_alone(s[: m.start()])) if not hits else not bar_row:
                continue  # (`2024-05-06 Source | Hexi Daily`: the row's date may stand before it)
            name, bar_row = bar, True
        elif not hits:
            bar_row = False
        if name is None or not lexicon.is_label_start(s, m.start()):
            continue
        hits.append((m.start(), m.end(), name))
        if groups.get("qualifier"):
            qualifiers.append((len(hits) - 1, m.start("qualifier"), m.end("qualifier")))
    out: list[LabelValue] = []
    if hits and hits[0][0] > 0:
        prefix = text.slice(0, hits[0][0]).strip()
        if prefix.text.strip("[]【】〖〗()（） -–•·"):  # (`- Time of issue: …`: a dash bulleting the row)
            # Text before the first label (a bare date, a site name): kept as a stray value.
            out.append(LabelValue("stray", "", text.slice(0, 0), prefix))
    for i, (start, end, name) in enumerate(hits):
        stop = hits[i + 1][0] if i + 1 < len(hits) else len(s)
        value = text.slice(end, stop).strip()
        label_text = text.slice(start, end)
        bare = labels.known_field(value.text) if value.text and i + 1 < len(hits) else None
        if bare is not None and bare != "editor":
            # `Author:   Source   Date: …`: two empty labels, the second printed
            # without its colon; a label's name is no value of another (but
            # `Author: Editor` is 小编, "the editor", as a value)
            out.append(LabelValue(labels.field_of(name), name, label_text, value.slice(0, 0)))
            out.append(LabelValue(bare, value.text, value, value.slice(len(value.text), len(value.text))))
            continue
        out.append(LabelValue(labels.field_of(name), name, label_text, value))
        for _, q_start, q_end in (q for q in qualifiers if q[0] == i):
            qualifier = text.slice(q_start, q_end)  # kept, so no word of the row is lost
            out.append(LabelValue("extra:label_qualifier", name, qualifier.slice(0, 0), qualifier))
    return out


#: Distinct lines whose answer :func:`is_label_line` remembers: the chrome
#: classifier, the header reader and the credit and menu tests ask about the
#: same lines of a page (about a third of the calls repeat one).
LINE_CACHE_SIZE = 1024


@lru_cache(maxsize=LINE_CACHE_SIZE)
def label_matches(s: str) -> tuple[re.Match[str], ...]:
    """Every match of the header labels' pattern in ``s``, as ``finditer`` finds them.

    Why (speed): :func:`is_label_line` and then :func:`find_labels` scan the
    same row (678 of 995 rows scanned over 800 documents were scanned by both), and the
    case-insensitive alternation of every label costs tens of microseconds
    per row: the scan is done once and shared.  The matches depend on ``s``
    alone.
    """
    labels = lexicon.header_labels()
    # A line where no label can match has no hits (LabelSet.may_match).
    return tuple(labels.pattern.finditer(s)) if labels.may_match(s) else ()


#: `200 Read`, `1,286 views`, `35 次阅读` on a line of their own: a view
#: counter printed count first, without a label.
_COUNT_THEN_VIEWS = lazy_compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,9})\s*(?:views?|reads?|clicks?|hits|visits|次阅读|次浏览|人阅读)",
                                 re.IGNORECASE)


def count_then_views(s: str) -> bool:
    """Is ``s`` a view counter printed count first (`200 Read`)?"""
    s = s.strip()
    return s[:1].isdigit() and _COUNT_THEN_VIEWS.fullmatch(s) is not None


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_label_line(s: str) -> bool:
    """A header row: starts with a label, or holds two or more of them."""
    stripped = s.strip().lstrip("[【〖(（ \t")
    if stripped[:2] in ("- ", "– "):
        stripped = stripped[2:].lstrip()  # `- Time of issue:2023-11-02 16:48`: a row bulleted with a dash
    if not stripped:
        return False
    # (the scan is shared with find_labels, which reads the row's labels next)
    hits = (m for m in label_matches(stripped) if lexicon.is_label_start(stripped, m.start())
            and (m.groupdict().get("plabel") is None or _date_alone(stripped[: m.start()])))  # (a bar label opens its row: see find_labels)
    first = next(hits, None)
    if first is None:
        return False
    if first.start() == 0:
        # `Time: ...` alone is a label row; `Note that ...` is not (no colon);
        # a by-line needs a second label (`By October, the town …` is prose).
        return first.groupdict().get("blabel") is None or next(hits, None) is not None
    if first.start() <= MAX_TEXT_BEFORE_LABELS and next(hits, None) is not None:
        # `This article from: … (1) Sampling time: 7:00 …`: label words inside
        # a long paragraph of running text do not make it a label row.
        return not (len(stripped) > PROSE_ROW_CHARS and is_prose(stripped))
    # `2014年8月31日星期日    Source of information: …`: a date before the first label.
    from ..fields import find_datetime

    prefix = stripped[: first.start()].strip()
    dt = find_datetime(prefix) if prefix and len(prefix) <= MAX_DATE_BEFORE_LABELS else None
    if dt is not None and (dt.date is not None or dt.time is not None):
        return True
    if prefix[:1].isdigit() and len(prefix) <= MAX_FIELD_ROW_CHARS and not is_prose(prefix):
        # `2024-06-20 00:00:00 HEXING DYEING AND FINISHING CO., LTD. Viewd 58`: a row opening on its date
        dt = find_datetime(prefix)
        if dt is not None and dt.date is not None and dt.start == 0 and len(prefix) - dt.end <= MAX_FIELD_CHARS:
            return True  # (the date, then one short field)
    # `ehangzhou.gov.cn| Updated: …`, `(Xinhua) Updated: …`: an outlet's name
    # before a date label; the label's value must then hold the date.
    if first.start() > MAX_OUTLET_PREFIX:
        return False
    if is_site_url(prefix):
        return True  # `www.yw.gov.cn  Source: Yiwu Government Portal`: the site's address before a label
    if _OUTLET_PREFIX.fullmatch(prefix):
        value = find_datetime(stripped[first.end():])
        return value is not None and value.date is not None
    return False


#: A row whose first label is at most this far in, with a second label after
#: it, is a label row.  Set with the first zoner on the project's first
#: samples, unchanged since.
MAX_TEXT_BEFORE_LABELS = 60
#: A date before the first label (`2014年8月31日星期日    Source: …`) is at most
#: this long.  Set on the wider-family samples (strays in label rows).
MAX_DATE_BEFORE_LABELS = 40
#: A date row is at most this long, else only read as short fields (see
#: _date_chunk_line); after its date come at most this many characters
#: (`0 By admin`, a glued outlet's time).  Both set on the wider-family
#: samples (WordPress date rows); the glued-outlet case reused the second on
#: the real-page tuning sites.
MAX_DATE_ROW_CHARS = 80
MAX_DATE_ROW_REST_CHARS = 40
#: A row of short fields with a date among them (`Original  Songlin Release
#: 2023-08-04 18:30  Posted in Hebei`) is at most this long, each other field
#: at most the second value.  Set on held-out batch s80-s95.
MAX_FIELD_ROW_CHARS = 140
MAX_FIELD_CHARS = 40
#: An outlet's name glued to a date row (`chinadaily2020-07-22`) is at most this long.
MAX_GLUED_OUTLET = 24
_GLUED_OUTLET = lazy_compile(r"[A-Za-z][\w.\-]*")
_PLACE_BEFORE_DATE = lazy_compile(r"(?:[A-Z][a-z]+ ){1,3}|(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+\s*[·|｜]\s*")  # (or `Hexi Ri Bao·2024-03-05 08:30`)
#: Dashes a template prints around a date (`- Mar 30, 2018-`), at most this many before it.
_DATE_DECORATION = " -–—=*~"
MAX_DATE_DECORATION = 4
#: An outlet's name before a date label (`(Xinhua) Updated: …`) is at most this long.
MAX_OUTLET_PREFIX = 40
_OUTLET_PREFIX = lazy_compile(r"[(（\[【|｜\s]*[A-Za-z][\w.\-]*(?:\s[\w.\-]+){0,2}[)）\]】|｜\s]*|[(（\[【|｜\s]+"
                             r"|[A-Z][\w.\-]*(?:\s[\w.\-]+){3,4}\s*[|｜]\s*")  # (`Foreign Affairs Office of Hexi| Updated: …`)
#: A row with a label not at its start, this long and reading as prose, is a paragraph.
PROSE_ROW_CHARS = 300


_CREDIT_LINE = lazy_compile(r"^\s*[(（\[【]\s*(?P<body>[^()（）]{3,200}?)\s*[)）\]】]\s*$")


def credit_line(s: str) -> bool:
    """`(author: Cao Yuping)` / `(Correspondent: Qiu Ling, Photo: Lin Tao)` at the end of a body."""
    m = _CREDIT_LINE.match(s)
    if not m:
        return False
    body = m.group("body")
    labels = lexicon.header_labels()
    first = labels.pattern.match(body)
    return first is not None and first.groupdict().get("label") is not None


def date_line(s: str):
    """A header line that is a date (WordPress's `March 3, 2021 0 By admin`), or None."""
    t = s.strip()
    if len(t) > MAX_DATE_ROW_CHARS:
        return _date_chunk_line(t)
    dt = find_datetime(t)
    if dt is not None and 0 < dt.start <= MAX_GLUED_OUTLET and dt.date and _GLUED_OUTLET.fullmatch(t[:dt.start]) \
            and len(t) - dt.end <= MAX_DATE_ROW_REST_CHARS:
        # `chinadaily2020-07-22 10:46:35`: an outlet's name glued to the date
        return dt, t[dt.end:].strip()
    if dt is not None and 0 < dt.start <= MAX_OUTLET_PREFIX and dt.date and t[dt.start - 1] == " " \
            and len(t) - dt.end <= MAX_DATE_ROW_REST_CHARS and named_outlet(t[: dt.start]):
        return dt, t[dt.end:].strip()  # `(xixianxinqu.gov.cn) 2017-04-12 Print Mail Share`
    if dt is not None and dt.date and 0 < dt.start <= MAX_OUTLET_PREFIX and t[dt.start - 1] == " " \
            and _BARE_COUNT.fullmatch(t[dt.end:]) and org_before_date(t[: dt.start]):
        return dt, t[dt.end:].strip()  # `Xiyu Township Office 2024-10-08 142`: the office, the date, the count
    if dt is not None and (dt.date or dt.partial) and dt.time and 0 < dt.start <= MAX_OUTLET_PREFIX and not t[dt.end:].strip() \
            and _PLACE_BEFORE_DATE.fullmatch(t[: dt.start]):
        return dt, ""  # `Zhaoqing China 2024-09-18 15:30`: a place (or outlet) of a few capitalised words, then the date
        # and time (`Lanxi Daily · Mar 4 09:15`: a feed's day without its year)
    if dt is not None and 0 < dt.start <= MAX_DATE_DECORATION and dt.date and not t[: dt.start].strip(_DATE_DECORATION) \
            and not t[dt.end:].strip(_DATE_DECORATION):
        return dt, ""  # `- Mar 30, 2018-`: a date between dashes
    bracketed = _bracketed_date(t, dt)
    if bracketed is not None:
        return bracketed
    if dt is None or dt.start > 0 or not (dt.date or dt.time):
        return _date_chunk_line(t)
    rest = t[dt.end:].strip()
    if len(rest) > MAX_DATE_ROW_REST_CHARS and not _by_credit_rest(rest):
        return None
    return dt, rest


def _by_credit_rest(rest: str) -> bool:
    """What follows a row's date is a by-credit, however long its names
    (`2024-06-20 by Hexi International Communication Centre`, `… by Qiao
    Lan, Fang Ming and Zhou Yuan`): capitalised words (and the small words
    of a name, data/truncation_words.tsv's kind `name`) to the row's end,
    which no sentence reaches (the whole row is at most MAX_DATE_ROW_CHARS)."""
    words = rest.replace(",", " ").split()
    return words[0] in ("by", "By") and not rest.endswith(tuple(SENTENCE_END)) and all(
        w[:1].isupper() or w in words_of_kind("name") for w in words[1:])


#: Nothing after a row's date, or a bare count (its views).
_BARE_COUNT = lazy_compile(r"\s*(?:\d{1,9})?\s*")
#: An office's name before a row's date has at most this many words.
MAX_ORG_BEFORE_DATE_WORDS = 8


def org_before_date(prefix: str) -> bool:
    """``prefix`` is an organisation's name alone (`Xiyu Township Office `),
    the office that published the row's page."""
    from .shape import is_org_name

    name = prefix.strip()
    return 0 < len(name.split()) <= MAX_ORG_BEFORE_DATE_WORDS and name[:1].isupper() and is_org_name(name)


_DATE_BRACKETS = {"[": "]", "【": "】", "(": ")", "（": "）"}


def _bracketed_date(t: str, dt):
    """`[ 2010-04-12 11:28]     Font size [] []`: a date in brackets opening
    the row (the brackets are the template's), and what follows it."""
    if dt is None or not dt.date or not 0 < dt.start <= MAX_DATE_DECORATION:
        return None
    close = _DATE_BRACKETS.get(t[: dt.start].strip())
    after = t[dt.end:].lstrip()
    if close is None or not after.startswith(close):
        return None
    rest = after[1:].strip()
    return (dt, rest) if len(rest) <= MAX_DATE_ROW_REST_CHARS else None


#: What may stand between an outlet's name and the row's date (`Xinhua | 2023-05-11`).
_OUTLET_DATE_SEPARATORS = " |｜/·-–—"


def named_outlet(prefix: str) -> bool:
    """An outlet's name or a site's address, alone before a row's date (a
    bar or a dash may part them: `(lanxinews.cn) | 2023-05-11`)."""
    name = _ADDRESS_SCHEME.sub("", prefix.strip()).rstrip(_OUTLET_DATE_SEPARATORS)
    return bool(name) and outlet_named(name) is not None


#: A site address printed with its scheme (`http://lanxi.gov.cn`) or with the
#: scheme's slashes alone (`//lanxi.gov.cn`, a protocol-relative link's text).
_ADDRESS_SCHEME = re.compile(r"^(?:https?:)?//")


def _date_chunk_line(t: str):
    """`Original  Songlin Release  2023-08-04 18:30  Posted in Hebei`: short
    fields separated by runs of spaces, one of them a date and nothing else."""
    if len(t) > MAX_FIELD_ROW_CHARS or "  " not in t:
        return None
    pos = 0
    for gap in list(re.finditer(r"\s{2,}", t)) + [None]:
        end = gap.start() if gap else len(t)
        chunk = t[pos:end]
        dt = whole_date(chunk)
        if dt is not None:
            others = [c for c in re.split(r"\s{2,}", t) if c and c != chunk]
            if all(len(c) <= MAX_FIELD_CHARS for c in others):
                shifted = type(dt)(dt.date, dt.time, pos, pos + dt.end, dt.partial)
                return shifted, "  ".join(others)
            return None
        if gap is not None:
            pos = gap.end()
    return None


#: A breadcrumb without a prefix (`Home > News`) is a line at most this long.
#: Set with the first zoner on the project's first samples.
MAX_BREADCRUMB_CHARS = 200


def unknown_trail_label(s: str) -> tuple[int, int] | None:
    """Where in ``s`` the label before a trail from Home is, when no known
    prefix (breadcrumb_prefixes.tsv) reads it: its words are recorded as a
    fix, since no table knows them (nothing lost)."""
    stripped = s.strip()
    if stripped[:1] in LINE_BULLETS:
        stripped = stripped[1:].lstrip()
    if lexicon.breadcrumb_pattern().match(stripped):
        return None
    m = _LABEL_BEFORE_HOME.match(stripped)
    if m is None:
        return None
    at = s.index(stripped)
    return at, at + len(stripped[:m.end()].rstrip())


def parse_breadcrumb(s: str) -> list[str] | None:
    """The crumbs of a navigation line, or None when the line is not one."""
    crumbs = _breadcrumb_of_line(s)
    return None if crumbs is None else list(crumbs)  # (a list of the caller's own: the memo keeps its tuple)


#: Why a memo: the line splitter, the furniture, chrome and header passes
#: and the trail reader all ask about the same lines of a page (half the
#: calls repeat one); see :data:`LINE_CACHE_SIZE`.
@lru_cache(maxsize=LINE_CACHE_SIZE)
def _breadcrumb_of_line(s: str) -> tuple[str, ...] | None:
    """:func:`parse_breadcrumb`'s answer, as a tuple."""
    crumbs = _read_breadcrumb(s)
    return None if crumbs is None else tuple(crumbs)


#: The access-key anchor that accessibility rules ask of government sites
#: (`:::`), printed where the page's main block begins: often glued before its trail.
_ACCESS_KEY = ":::"


def _read_breadcrumb(s: str) -> list[str] | None:
    """:func:`parse_breadcrumb`, computed."""
    stripped = s.strip()
    if stripped[:1] in LINE_BULLETS:
        stripped = stripped[1:].lstrip()  # `• Home > News`: a page that bullets every line
    elif stripped.startswith(_ACCESS_KEY):
        stripped = stripped[len(_ACCESS_KEY):].lstrip()  # `:::Home > News`: the access key before the trail
    m = lexicon.breadcrumb_pattern().match(stripped)
    if m:
        rest = stripped[m.end():]
        crumbs = _split_crumbs(rest)
        if len(crumbs) == 1 and re.search(r"\s{2,}", rest):
            crumbs = [c.strip() for c in re.split(r"\s{2,}", rest) if c.strip()]
        return _tidy_crumbs(crumbs)
    if _HOME_ALONE.match(stripped):
        return _tidy_crumbs(_split_crumbs(stripped))
    labelled = _LABEL_BEFORE_HOME.match(stripped) if ":" in stripped or "：" in stripped else None
    if labelled:
        stripped = stripped[labelled.end():]
    if len(stripped) > MAX_BREADCRUMB_CHARS:
        return None
    if not any(map(stripped.__contains__, _SEPARATOR_CHARS)) or _BREADCRUMB_SEPARATORS.search(stripped) is None:
        return None
    crumbs = _split_crumbs(stripped)
    if not crumbs:
        return None
    if any(len(c) > MAX_CRUMB_CHARS or c.endswith((".", "。")) for c in crumbs):
        return None
    if is_language_switcher(crumbs):
        return None
    starts_home = bool(_HOME.match(crumbs[0]))
    leading_sep = bool(re.match(r"^\s*(?:>|＞|≫|〉|»|›)", stripped))
    if starts_home and len(crumbs) >= MIN_PATH_CRUMBS:
        return _tidy_crumbs(crumbs)
    if leading_sep and len(crumbs) >= 1:
        return _tidy_crumbs(crumbs)
    if len(crumbs) >= MIN_CRUMBS_BEFORE_BODY_WORD and crumbs[-1].lower() in _BODY_CRUMBS and _ARROWS.search(stripped):
        return _tidy_crumbs(crumbs)  # `News> Hong Kong> Content`: a path to "the text", whatever its first crumb
    return None


#: A trail that ends in the crumb for "the article's text" (正文, printed
#: `Content` or `Text`) needs no Home when it has this many crumbs with arrows
#: between them: no menu or sentence ends so.
MIN_CRUMBS_BEFORE_BODY_WORD = 3
_BODY_CRUMBS = frozenset({"content", "text", "正文"})


#: A navigation path above the headline has at least MIN_PATH_CRUMBS and at
#: most MAX_PATH_CRUMBS crumbs, each but the last (which may be the headline
#: itself) no longer than MAX_CRUMB_CHARS and MAX_CRUMB_WORDS; the whole path
#: no longer than MAX_PATH_CHARS, its last crumb than MAX_LAST_CRUMB_CHARS.
#: Set on the tuning sites of the real-page set.  A crumb of a breadcrumb
#: took MAX_CRUMB_CHARS from the first zoner (the project's first samples).
MIN_PATH_CRUMBS = 2
#: A path ending in a question (the headline) needs this many ` - ` between its
#: crumbs: `Site - Column - What does …?` (a sentence seldom has two).
MIN_QUESTION_PATH_DASHES = 2
MAX_PATH_CRUMBS = 7
MAX_CRUMB_CHARS = 60
MAX_CRUMB_WORDS = 8
MAX_PATH_CHARS = 250
MAX_LAST_CRUMB_CHARS = 200
#: Two or more language names make a language switcher, not a path.  Set on
#: the tuning sites of the real-page set.
MIN_LANGUAGE_NAMES = 2
#: A path written with middle dots has at most this many crumbs; a site's menu
#: in the same form (`Home · Weather · Forum · Jobs · …`) has more.
MAX_DOTTED_CRUMBS = 4
#: A last crumb that is only a month and a year (or a numeric year-month).
_DATE_CRUMB = lazy_compile(
    rf"^(?:{MONTH_WORD},?\s+(?:19|20)\d\d|(?:19|20)\d\d[-/.]\d{{1,2}})$",
    re.IGNORECASE)
_WORD_CHAR = lazy_compile(r"\w")
#: A slash between two digits (`22/14`, `2014/05`) is a number's or a date's, not a path's.
_DIGITS_SLASHED = lazy_compile(r"\d\s*/\s*\d")
_PATH_SPLIT = lazy_compile(r"\s*(?:>>|>|＞|≫|〉|»|›|/|\\)\s*|\s+[-–]\s+")
#: One of these characters is in every ``_PATH_SPLIT`` match: a line holding
#: none is one crumb, settled without the split (whose leading ``\s*`` is
#: tried at every space).
_PATH_SPLIT_CHARS = (">", "＞", "≫", "〉", "»", "›", "/", "\\", "-", "–")
#: `HomeNewsCounty …`: Home glued to the next crumb.  (Case is the evidence
#: here, a capital after Home, so these are spelt out; data/home_words.tsv
#: holds the words that match in any case.)
_GLUED_HOME = lazy_compile(r"^(?:Home|HomePage|Homepage)(?=[A-Z])")
_PATH_PREFIX_NO_COLON = lazy_compile(r"^\s*(?:current location|your location|location|position)\s*(?=[-–>»/])", re.IGNORECASE)


#: `Home News`: Home and one menu word (data/menu_words.tsv) with no separator between.
_HOME_THEN_COLUMN = lazy_compile(
    lambda: rf"^(?:{lexicon.home_alternation()})\s+(?P<column>[A-Z][\w&'’-]*(?:\s+[A-Z&][\w&'’-]*){{0,2}})$", re.IGNORECASE)


def parse_path(s: str) -> list[str] | None:
    """A navigation path in a looser form than :func:`parse_breadcrumb` takes,
    read only where a path can stand (right above the headline):

    * `China / Cover Story`, `index/ Government Affairs / article` (no Home);
    * `Current location - Encyclopedia - Education - The headline`;
    * `HomeBusinessShunde, Guangdong …` (crumbs glued, capitals between them).
    """
    t = s.strip()
    if not t or len(t) > MAX_PATH_CHARS or t.endswith(("。", ".", "!", "?", "！", "？")) and not t.endswith("...") \
            and not (t.endswith(("?", "？")) and t.count(" - ") >= MIN_QUESTION_PATH_DASHES):
        # (`Farm Net - Planting guide - Why do seedlings …?`: a path may end in a question's headline)
        return None
    dotted = [c.strip() for c in t.split(" · ")]
    if MIN_PATH_CRUMBS <= len(dotted) <= MAX_DOTTED_CRUMBS and _HOME.match(dotted[0]) \
            and all(0 < len(c) <= MAX_CRUMB_CHARS for c in dotted):
        return _tidy_crumbs(dotted)  # `Home · News & Events · Events · Content` right above the headline
    home = _HOME_THEN_COLUMN.match(t)
    if home is not None and home.group("column").lower() in lexicon.menu_words()[1]:
        return ["Home", home.group("column")]  # `Home News` right above the headline: no separator printed
    m = _PATH_PREFIX_NO_COLON.match(t)
    if m:
        t = t[m.end():].lstrip(" -–>»/")
    if t.startswith(("1.", "1、")):
        return _numbered_path(t)
    if _GLUED_HOME.match(t) and not _PATH_SPLIT.search(t):
        # crumbs glued together: a capital right after a small letter starts the next one
        crumbs = [c.strip() for c in CAMEL_BOUNDARY.split(t, maxsplit=MAX_PATH_CRUMBS - 1) if c.strip()]
        return _tidy_crumbs(crumbs) if len(crumbs) >= MIN_PATH_CRUMBS else None
    if not any(map(t.__contains__, _PATH_SPLIT_CHARS)):
        return None  # (no separator: one crumb at most, and a path has MIN_PATH_CRUMBS)
    parts = [p.strip() for p in _PATH_SPLIT.split(t)]
    crumbs = [p for p in parts if p]
    if len(crumbs) < MIN_PATH_CRUMBS or len(crumbs) > MAX_PATH_CRUMBS or len(parts) - len(crumbs) > 1 or is_language_switcher(crumbs):
        return None
    if any(len(c) > MAX_CRUMB_CHARS for c in crumbs[:-1]) or len(crumbs[-1]) > MAX_LAST_CRUMB_CHARS:
        return None
    if any(re.search(r"\d{4}|[:：,，;；]", c) for c in crumbs[:-1]):
        return None  # dates, labels and clauses are not places
    if any(not _WORD_CHAR.search(c) for c in crumbs):
        return None  # `[/p>`: a stray tag's pieces are no crumbs
    if _DATE_CRUMB.match(crumbs[-1]) or _DIGITS_SLASHED.search(t):
        return None  # `News Briefs – April 2014`, `Insight No. 22/14`: a headline's date or number, not a place
    if any(len(c.split()) > MAX_CRUMB_WORDS for c in crumbs[:-1]):
        return None
    return _tidy_crumbs(crumbs)


_NUMBERED_CRUMB = lazy_compile(r"(?:^|\s)(\d{1,2})[.、]\s*")


def _numbered_path(t: str) -> list[str] | None:
    """`1. Home 2. News Center 3. Work Trends`: a path printed as a numbered
    list.  The numbers must run 1, 2, 3 … and the first crumb must be Home,
    or it is a list, not a path."""
    crumbs = numbered_crumbs(t)
    if not crumbs or crumbs[0].lower() not in lexicon.home_words(with_index=True) \
            or len(crumbs[-1]) > MAX_CRUMB_CHARS:
        return None
    return _tidy_crumbs(crumbs)


def numbered_crumbs(t: str) -> list[str] | None:
    """The items of `1. A 2. B 3. C`, numbered 1, 2, 3 … with none empty, each
    but the last no longer than a crumb (the last may be the headline), no
    more than a path has; None otherwise."""
    marks = list(_NUMBERED_CRUMB.finditer(t))
    if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    crumbs = [t[m.end(): nxt.start() if nxt else len(t)].strip() for m, nxt in zip(marks, [*marks[1:], None])]
    if any(not c or len(c) > MAX_CRUMB_CHARS for c in crumbs[:-1]) or not crumbs[-1] \
            or len(crumbs[-1]) > MAX_LAST_CRUMB_CHARS or len(crumbs) > MAX_PATH_CRUMBS:
        return None
    return crumbs


def is_language_switcher(crumbs: list[str]) -> bool:
    """`Home | Simplified Chinese | Japanese | Korean`: two or more language names are a switcher, not a path."""
    names = lexicon.language_names()
    return sum(c.strip().lower() in names for c in crumbs) >= MIN_LANGUAGE_NAMES


def _tidy_crumbs(crumbs: list[str]) -> list[str]:
    """`home` → `Home`.  A last crumb `Text` / `Content` (正文, "the body
    text") stays: the trail is given as the page prints it (people reading
    real pages write it so, on every site that has one)."""
    crumbs = [c for c in crumbs if any(ch.isalnum() for ch in c)]  # `首页 > > News >> |`: a stray bar is no crumb
    glued = _GLUED_HOME_CRUMB.match(crumbs[0]) if crumbs else None
    if glued is not None:
        crumbs = ["Home", crumbs[0][glued.end():], *crumbs[1:]]  # `HomeCompany news > …`: two crumbs glued
    english = [w for w in lexicon.home_words() if w.isascii()]
    return ["Home" if c.lower() in english else c for c in crumbs]


#: `HomeCompany news`: the first crumb glued to the second (a capital and a
#: small letter right after `Home`).
_GLUED_HOME_CRUMB = lazy_compile(r"^Home(?!Page)(?=[A-Z][a-z])")


#: The arrows of a trail.  After its first arrow, a trail is cut at arrows
#: only: a bar or a dash there is part of a crumb's name (`首页 > Kaiping -
#: China > City information`, `News >> First Construction | The company …`);
#: before it, the site's own crumbs may stand apart in another way (`Home |
#: News > Rural Revitalization`).
_ARROWS_SOURCE = rf"\s*(?:{_ARROW})\s*"
_ARROWS = lazy_compile(lambda: gated(_ARROWS_SOURCE))  # (gated: see _BREADCRUMB_SEPARATORS)


def _split_crumbs(rest: str) -> list[str]:
    m = _ARROWS.search(rest)
    if m is None:
        parts = [p.strip() for p in _BREADCRUMB_SEPARATORS.split(rest)]
    else:
        head = [p.strip() for p in _BREADCRUMB_SEPARATORS.split(rest[: m.start()])]
        parts = head + [p.strip() for p in _ARROWS.split(rest[m.end():])]
    return [p for p in parts if p]


def description_value(text: MappedText) -> MappedText | None:
    """The value after ``Description:`` / ``Abstract:`` … or None."""
    m = lexicon.description_pattern().match(text.text)
    if not m:
        return None
    value = text.slice(m.end(), len(text.text)).strip()
    if value.text.endswith(("]", "】")) and text.text.lstrip().startswith(("[", "【")):
        value = value.slice(0, len(value.text) - 1).strip()
    return value
