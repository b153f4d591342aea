"""Cut a bulletin's lines into zones: header, body, footer; drop page furniture.

The header is everything before the body's first prose line: breadcrumb,
title, label rows and description, in any order.  The footer is the
trailing run of lines that carry footer labels, record numbers or a
copyright notice.  Furniture lines anywhere (print/close/share, previous/next
article, comment forms) are removed and recorded as fixes, never dropped
silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..chardata import HAN_COMMON
from ..lazyre import lazy_compile
from .. import lexicon
from ..model import Edit, Fix
from ..textmap import MappedText, join
from . import chrome
from .body import marker
from .footer import looks_like_footer
from .furniture import (
    RULE_LINE,
    furniture_fix,
    next_nonblank_is_related,
    is_furniture_line,
    strip_inline_furniture,
)
from .header import (
    LabelValue,
    credit_line,
    date_line,
    description_value,
    find_labels,
    is_label_line,
    parse_breadcrumb,
    parse_path,
)
from .lines import Line

__all__ = ["Zones", "zone", "Line"]


@dataclass
class Zones:
    """The result of zoning: filled once by :func:`zone`, then only read."""

    breadcrumb: list[str] = field(default_factory=list)
    title: MappedText | None = None
    labels: list[LabelValue] = field(default_factory=list)
    label_lines: list[Line] = field(default_factory=list)
    description: MappedText | None = None
    masthead: list[Line] = field(default_factory=list)  # site name / slogan lines above the title
    skip: frozenset[str] = frozenset()  # rule names switched off by the caller
    body: list[Line] = field(default_factory=list)
    footer: list[Line] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    #: numbers of body lines that are photo captions by position: the line
    #: right under a removed `Click on the picture to view the larger image`
    captions: set[int] = field(default_factory=set)
    #: lines kept although they look like site chrome, with the evidence
    #: (reported as ``possible-chrome`` findings: when unsure, nothing is lost)
    suspects: list[tuple[Line, str]] = field(default_factory=list)
    #: the line number of the headline when the evidence places it below other
    #: short lines (which are then the masthead), else 0
    title_from: int = 0


_TITLE_END_BAD = ("。", ";", "；", ":", "：")


#: A photo credit closing a line (`… on Dec 15. [Photo/panzhihua.gov.cn]`,
#: `(Photo by Li Ming)`): the line is a picture's caption.
PHOTO_CREDIT = lazy_compile(
    r"[\[(（【]\s*(?:photos?|pictures?|images?|图|图片|摄影?)\s*(?:[/:：]|by\b|provided\b|courtesy\b|from\b|source\b)"
    r"[^\[\]()（）【】]{0,100}[\])）】]\s*$",
    re.IGNORECASE,
)
#: A caption is no longer than this.
MAX_CAPTION_CHARS = 400
_CLOSING_BRACKETS = ("]", ")", "）", "】")


#: `An aerial photo shows …`, `Photo taken on May 5 shows …`: a line that
#: describes a picture.
PHOTO_DESCRIPTION = lazy_compile(
    r"^(?:an? |the )?(?:aerial |file |undated )?(?:photo|picture|image)(?: taken [^.]{0,60}?)? shows\b", re.IGNORECASE)
#: A describing line is a caption only when this short (a long one is the article).
MAX_DESCRIBING_CAPTION_CHARS = 250


def has_photo_credit(t: str) -> bool:
    """``t`` (stripped) closes with a photo credit; only a line ending in a
    bracket can, so most lines are not searched."""
    return t.endswith(_CLOSING_BRACKETS) and len(t) <= MAX_CAPTION_CHARS and PHOTO_CREDIT.search(t) is not None


def is_photo_caption(s: str) -> bool:
    t = s.strip()
    if len(t) <= MAX_DESCRIBING_CAPTION_CHARS and PHOTO_DESCRIPTION.match(t):
        return True
    return has_photo_credit(t)


def _title_candidate(s: str) -> bool:
    t = s.strip()
    if not t or len(t) > 300:
        return False
    if t.endswith(_CLOSING_BRACKETS) and is_photo_caption(t):
        return False
    if t.endswith(_TITLE_END_BAD):
        return False
    if t.endswith(".") and (len(t) > 160 or t.count(". ") >= 1):
        return False
    return marker(t) is None or len(t) < 200


def _expand_one_line_header(lines: list[Line]) -> list[Line]:
    """`Position: Home > News  The Title  Source: X  Time: …` on one line → three lines.

    Only a line that starts with a breadcrumb prefix and has its fields
    separated by runs of two or more spaces is split; each piece keeps its
    map into the input, so spans stay exact.
    """
    for idx, line in enumerate(lines[:8]):
        if line.blank:
            continue
        s = line.s
        m = lexicon.breadcrumb_pattern().match(s)
        if not m:
            continue
        gaps = [g for g in re.finditer(r"\s{2,}", s) if g.start() > m.end()]
        if not gaps:
            return lines
        pieces = []
        pos = 0
        for g in gaps:
            pieces.append((pos, g.start()))
            pos = g.end()
        pieces.append((pos, len(s)))
        first_label = next((i for i, (a, b) in enumerate(pieces) if i > 0 and is_label_line(s[a:b])), None)
        if first_label is None or first_label < 2:
            return lines
        crumb = line.text.slice(*pieces[0])
        title = line.text.slice(pieces[1][0], pieces[first_label - 1][1])
        labels = line.text.slice(pieces[first_label][0], len(s))
        if parse_breadcrumb(crumb.text) is None or not _title_candidate(title.text):
            return lines
        expanded = [Line(line.number, crumb), Line(line.number, title), Line(line.number, labels)]
        return lines[:idx] + expanded + lines[idx + 1:]
    return lines


def zone(lines: list[Line], skip: frozenset[str] = frozenset()) -> Zones:
    """Zone the lines; ``skip`` may switch off the ``furniture`` and
    ``title-site-suffix`` rules (furniture then stays in the text).

    The phases run in this order because each narrows what the next sees:
    furniture out, then the footer from the end, then closing credits, then
    the header from the top; what is left is the body.
    """
    z = Zones()
    z.skip = skip
    kept = _drop_furniture(_expand_one_line_header(lines), z)
    kept = _drop_chrome_by_shape(kept, z)
    kept, z.footer = _cut_footer(kept, z)
    kept, credits = _cut_credits(kept)
    body_start = _read_header(kept, z)
    z.body = kept[body_start:]
    z.captions.update(ln.number for ln in z.body if not ln.blank and is_photo_caption(ln.s))
    if not z.breadcrumb:
        _breadcrumb_below(z)
    for ln in credits:
        inner = ln.text.strip()
        if inner.text[:1] in "(（[【" and inner.text[-1:] in ")）]】":
            inner = inner.slice(1, len(inner.text) - 1).strip()
        z.labels.extend(find_labels(inner, lexicon.header_labels()))
        z.label_lines.append(ln)
    return z


def _drop_chrome_by_shape(lines: list[Line], z: Zones) -> list[Line]:
    """Site chrome that no vocabulary names, judged by its shape (see :mod:`.chrome`).

    Only lines above the first paragraph of prose or below the last one are
    judged, and only those that no other reader claims (label rows,
    breadcrumbs, date rows, descriptions, footer rows, numbered items,
    credits).  Above the prose, the line most likely to be the headline is
    never removed, so the title always has a candidate.
    """
    if "chrome" in z.skip or "furniture" in z.skip:
        return lines  # chrome is furniture found by its shape: skipping furniture keeps it too
    texts = [ln.s for ln in lines]
    nonblank = [k for k, ln in enumerate(lines) if not ln.blank]
    claimed: dict[str, bool] = {}  # judgeable() per distinct line: a page may repeat one line many times

    def unclaimed(s: str) -> bool:
        if s not in claimed:
            claimed[s] = judgeable(s)
        return claimed[s]

    by_pos, zones = chrome.page_shapes([texts[k] for k in nonblank], unclaimed)
    shapes = {nonblank[pos]: shape for pos, shape in by_pos.items()}
    verdicts: dict[int, chrome.Verdict] = {}
    by_shape: dict[chrome.LineShape, chrome.Verdict] = {}  # a verdict depends on the shape alone
    for k, shape in shapes.items():
        if shape not in by_shape:
            by_shape[shape] = chrome.judge(shape)
        verdicts[k] = by_shape[shape]
    zone_of = dict(zip(nonblank, zones))
    top = [k for k in verdicts if zone_of[k] == "top" and _title_candidate(texts[k])]
    in_top = set(top)

    def title_score(k: int) -> float:
        return shapes[k].recurrence - verdicts[k].probability

    # The headline is the top line whose words the body repeats and whose
    # shape is least like chrome; it is never removed.
    best = max(top, key=lambda k: (title_score(k), -k)) if top else None
    # A title split over consecutive lines is one headline: protect them all.
    protected = set()
    if best is not None:
        first = best
        # ... but a section name or menu row right above the headline
        # (`News Center` / the title) is not part of it: its words do not recur.
        # A line that goes on in lower case (`on Carrying Out …`) continues the one above.
        while first - 1 in in_top and not verdicts[first - 1].chrome and (
                shapes[first - 1].recurrence >= TITLE_MIN_RECURRENCE or texts[first].lstrip()[:1].islower()):
            first -= 1
        protected = set(range(first, best + 1)) & in_top
        if first != top[0] and shapes[best].recurrence >= TITLE_MIN_RECURRENCE \
                and title_score(best) - title_score(top[0]) >= TITLE_MARGIN:
            # Lines above it that the header reader would take for the title
            # (a slogan, a section name, the site's name) are the masthead.
            z.title_from = lines[first].number
    # Below the prose, chrome runs to the end of the page (or into the
    # footer): a short line followed by kept text is a heading or a lead-in
    # for it (`Contact information` over the contact rows), not chrome.
    removable = {k for k, v in verdicts.items() if v.chrome and k not in protected}
    for pos in range(len(nonblank) - 1, -1, -1):
        k = nonblank[pos]
        if k in removable and zone_of[k] == "tail":
            after = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
            if after is not None and after not in removable and not looks_like_footer(texts[after]):
                removable.discard(k)
    if nonblank and nonblank[0] in removable:
        first_line = texts[nonblank[0]].strip()
        if _MASTHEAD.search(first_line) or _ORG_NAME.search(first_line):
            removable.discard(nonblank[0])  # the site's name on the first line is kept: it becomes the masthead
    out = []
    for k, ln in enumerate(lines):
        v = verdicts.get(k)
        if v is not None and k not in protected:
            if k in removable:
                stripped = ln.text.strip()
                z.fixes.append(Fix("chrome", stripped.text, "", stripped.span(), v.explain()))
                continue
            if v.unsure or v.chrome:
                z.suspects.append((ln, v.explain()))
        out.append(ln)
    return out


#: The headline chosen by evidence must have at least this share of its words
#: in the body, and beat the first candidate line by this margin (recurrence
#: minus chrome probability), before it overrides "the first short line".
#: Set on the tuning sites of the real-page set: 0.5/0.5 chose 2 headlines
#: fewer; lower values (0.34/0.3) started to take headlines from the samples.
TITLE_MIN_RECURRENCE = 0.4
TITLE_MARGIN = 0.4


def judgeable(s: str) -> bool:
    """A line no reader with vocabulary claims, and short enough to be chrome.

    Public because ``benchmarks/fit_chrome.py`` trains on exactly these lines.
    """
    s = s.strip()
    if len(s) > chrome.MAX_CHROME_CHARS or not any(c.isalpha() for c in s) or marker(s) is not None:
        return False  # (a line with no letters has no shape to judge: rules, bullets, numbers)
    digits = any(c.isdigit() for c in s)
    if (digits or "@" in s) and (_CONTACT.search(s) or DOCUMENT_NUMBER.search(s)):
        return False  # contact details and document numbers (`Lu Zheng Ban Fa [2023] No. 9`) are content
    if not s.isascii() and _HAN_RUN.search(s):
        return False  # a run of Chinese is text for the language check
    m = _FIELD_ROW.match(s)
    if m and (any(c.isdigit() for c in m.group("value")) or len(_WORDISH.findall(m.group("value"))) >= 2):
        return False  # `Project number: LQZC-2023-046`: a field with a value is content
    if is_label_line(s) or parse_breadcrumb(s) is not None or parse_path(s) is not None:
        return False  # (a loose path is the breadcrumb's to take, when it stands right above the title)
    if (digits or "年" in s) and date_line(s) is not None:  # every date row holds a digit or 年
        return False
    if description_value(MappedText.identity(s)) is not None or looks_like_footer(s) or credit_line(s):
        return False
    return True


_CONTACT = lazy_compile(r"\d{3,4}-\d{7,8}|\(\d{3,4}\)\s?\d{7,8}|[\w.+-]+@[\w-]+\.[\w.-]+")
#: A document number: `Lu Zheng Ban Fa [2023] No. 9`, `Xiangnongfa〔2022〕34号`.
DOCUMENT_NUMBER = lazy_compile(r"[\[〔【(（]\s*(?:19|20)\d{2}\s*[\]〕】)）]\s*(?:No\.?\s*)?\d{1,4}")
_FIELD_ROW = lazy_compile(r"^[^:：]{1,30}[:：]\s*(?P<value>\S.*)$")
_WORDISH = lazy_compile(r"[^\W\d_]{2,}")
_HAN_RUN = lazy_compile(rf"[{HAN_COMMON}]{{10}}")


def _drop_furniture(lines: list[Line], z: Zones) -> list[Line]:
    """Lines that are not page furniture; each furniture line becomes a fix."""
    if "furniture" in z.skip:
        return list(lines)
    chrome = _site_chrome(lines)
    kept: list[Line] = []
    in_related = False
    fenced = False
    after_enlarge = False  # the last non-blank line was a "click to enlarge" prompt
    for k, line in enumerate(lines):
        caption_here = after_enlarge and not line.blank
        if not line.blank:
            after_enlarge = False
        if k in chrome:
            z.fixes.append(furniture_fix(line))
            continue
        if RULE_LINE.fullmatch(line.s.strip()):
            # `------` rules are decoration; a rule opening a `Related reading`
            # box fences furniture up to the closing rule.
            z.fixes.append(furniture_fix(line))
            fenced = not fenced and next_nonblank_is_related(lines, k + 1)
            continue
        if fenced:
            if not line.blank:
                z.fixes.append(furniture_fix(line))
            continue
        if line.blank:
            in_related = False
        elif lexicon.related_block().fullmatch(line.s.strip()):
            # `Related news` and the link titles under it, up to a blank line.
            in_related = True
            z.fixes.append(furniture_fix(line))
            continue
        elif in_related and len(line.s.strip()) <= 150 and not looks_like_footer(line.s):
            z.fixes.append(furniture_fix(line))
            continue
        else:
            in_related = False
        if not line.blank and is_furniture_line(line.s):
            z.fixes.append(furniture_fix(line))
            after_enlarge = lexicon.enlarge_prompt().match(line.s.strip()) is not None
            continue
        if caption_here and len(line.s.strip()) <= 200:
            z.captions.add(line.number)  # the picture's caption sits under its prompt
        kept.append(line)
    return kept


_HOME_ITEM = lazy_compile(r"(?:home|homepage|首页)", re.IGNORECASE)


#: A portal's header (masthead, menus, search, widgets, a disclosure sidebar)
#: can run to a few dozen short lines above the breadcrumb.
_MAX_CHROME_LINES = 40


def _site_chrome(lines: list[Line]) -> set[int]:
    """Indexes of site chrome at the top of the page: a vertical menu (`Home`
    then one short item per line), and everything above a prefixed
    breadcrumb that is followed by the title — menus, search boxes, widgets.
    The first line stays when it names the site (it becomes the masthead)."""
    out: set[int] = set()
    top = min(len(lines), 40)
    k = 0
    while k < top:
        if _HOME_ITEM.fullmatch(lines[k].s.strip()):
            j = k + 1
            while j < len(lines) and _menu_item(lines[j].s):
                j += 1
            if j - k >= 4:
                out.update(range(k, j))
                k = j
                continue
        k += 1
    for b in range(min(len(lines), 30)):
        s = lines[b].s
        if not s.strip() or not lexicon.breadcrumb_pattern().match(s) or parse_breadcrumb(s) is None:
            continue
        # The title follows, possibly after an information-disclosure index
        # block (`Index number: …  Publishing organisation: …`).
        after = next((ln for ln in lines[b + 1:] if not ln.blank and not is_label_line(ln.s)), None)
        if after is None or not _title_candidate(after.s):
            break
        above = [ln.s.strip() for ln in lines[:b] if not ln.blank]
        if len(above) > _MAX_CHROME_LINES or any(len(t) > 160 for t in above):
            break  # a breadcrumb below prose (printed under the article) fences nothing
        first = next((k for k in range(b) if not lines[k].blank), None)
        for k in range(b):
            if lines[k].blank:
                continue
            if k == first and _title_candidate(lines[k].s) and not is_furniture_line(lines[k].s) \
                    and not _SITE_SUFFIX.search(lines[k].s.strip()):
                continue  # the site's name on the first line: kept, as the masthead
            out.add(k)
        break
    return out


def _menu_item(s: str) -> bool:
    t = s.strip()
    return 0 < len(t) <= 30 and len(t.split()) <= 5 and t[-1] not in ".,;:!?。，；：" \
        and not lexicon.breadcrumb_pattern().match(t) and not is_label_line(t)


def _cut_footer(kept: list[Line], z: Zones) -> tuple[list[Line], list[Line]]:
    """The trailing run of footer-like lines (blank lines allowed) is the footer."""
    footer_start = len(kept)
    i = len(kept) - 1
    while i >= 0:
        ln = kept[i]
        if ln.blank:
            i -= 1
            continue
        if looks_like_footer(ln.s) and marker(ln.s.strip()) is None:
            footer_start = i
            i -= 1
            continue
        break
    footer = []
    for ln in kept[footer_start:]:
        cleaned, fixes = strip_inline_furniture(ln) if "furniture" not in z.skip else (ln, [])
        z.fixes.extend(fixes)
        footer.append(cleaned)
    return kept[:footer_start], footer


def _cut_credits(kept: list[Line]) -> tuple[list[Line], list[Line]]:
    """Credits closing the body: `(author: …)`, `(Correspondent: …, Photo: …)`."""
    j = len(kept) - 1
    credits: list[Line] = []
    while j >= 0 and (kept[j].blank or credit_line(kept[j].s) or _plain_credit(kept[j].s)):
        if not kept[j].blank:
            credits.insert(0, kept[j])
        j -= 1
    return (kept[: j + 1], credits) if credits else (kept, [])


_CREDIT_FIELDS = frozenset({"author", "editor", "source"})


def _plain_credit(s: str) -> bool:
    """`Editor in charge: Qiu Lanfang` / `Release date: …  Source: …  Editor in charge: …`
    closing the body: a label row naming who wrote or edited the page."""
    t = s.strip()
    if len(t) > 200 or not is_label_line(t):
        return False
    fields = {lv.field for lv in find_labels(MappedText.identity(t), lexicon.header_labels()) if lv.value.text}
    return bool(fields & _CREDIT_FIELDS) and all(
        f in _CREDIT_FIELDS or f == "date" or f.startswith("extra:") or f == "views" for f in fields)


def _read_header(kept: list[Line], z: Zones) -> int:
    """Read breadcrumb, title, label rows and description from the top; return
    the index of the first body line."""
    i = 0
    labelled_title = None
    title_parts: list[Line] = []
    title_done = False
    n = len(kept)
    while i < n:
        ln = kept[i]
        s = ln.s
        if ln.blank:
            if title_parts:
                title_done = True
            i += 1
            continue
        if not z.breadcrumb and not (z.labels and title_parts) and z.description is None:
            # (a label row above the breadcrumb is the site's own date line, not the article's header)
            crumbs = parse_breadcrumb(s)
            if crumbs is None and _next_is_title(kept, i + 1):
                crumbs = parse_path(s)
            if not crumbs and _empty_prefix(s):
                # `Current position:` with the trail on the next line
                nxt = next((k for k in range(i + 1, n) if not kept[k].blank), None)
                below = kept[nxt].s.strip() if nxt is not None else ""
                trail = parse_breadcrumb(below) or parse_path(below) or (
                    [below] if 0 < len(below) <= MAX_LONE_CRUMB_CHARS and not below.endswith((".", "。")) else None)
                if trail and nxt is not None and _next_is_title(kept, nxt + 1):
                    z.masthead.extend(title_parts)
                    title_parts, title_done = [], False
                    z.breadcrumb = trail
                    z.label_lines.append(ln)
                    i = nxt + 1
                    continue
            if crumbs is not None:
                # Lines above the breadcrumb are the site's masthead, not the title.
                z.masthead.extend(title_parts)
                title_parts, title_done = [], False
                z.breadcrumb = crumbs
                i += 1
                continue
        desc = description_value(ln.text)
        if desc is not None and z.description is None:
            z.description = desc
            if title_parts:
                title_done = True
            i += 1
            continue
        if not title_parts and z.title is None and _is_document_number_line(s) and not is_label_line(s):
            # `Shi Zheng Fa [2024] No. 7` above a red-header notice's title: metadata, not the title
            text = ln.text.strip()
            z.labels.append(LabelValue("extra:document_number", "", text.slice(0, 0), text))
            z.label_lines.append(ln)
            i += 1
            continue
        if is_label_line(s):
            cleaned, fixes = strip_inline_furniture(ln) if "furniture" not in z.skip else (ln, [])
            z.fixes.extend(fixes)
            for lv in find_labels(cleaned.text.strip(), lexicon.header_labels()):
                if lv.field == "title" and labelled_title is None and lv.value.text:
                    labelled_title = (lv.value, ln.number)  # `Title:  …` in a flattened table
                else:
                    z.labels.append(lv)
            z.label_lines.append(cleaned)
            if title_parts:
                title_done = True
            i += 1
            continue
        dl = date_line(s)
        # after the title any date row; above it only a bare date (`2024-02-26 17:40`)
        if dl is not None and (title_parts or not dl[1]):
            _read_date_line(z, ln, dl)
            title_done = bool(title_parts)
            i += 1
            continue
        if _title_candidate(s) and lexicon.spam_pattern().search(s) and not z.labels and not _headline_with_spam(s):
            z.masthead.append(ln)  # an injected spam line above the title is never the title
            i += 1
            continue
        if title_done and z.labels and _title_candidate(s) and not s.rstrip().endswith((".", "。")) \
                and title_parts and _MASTHEAD.search(title_parts[-1].s.strip()) and not _MASTHEAD.search(s.strip()):
            # `Shuangxi Town People's Government Portal` / label row / the real title.
            z.masthead.extend(title_parts)
            title_parts, title_done = [], False
        if title_done and not z.labels and z.description is None and _title_candidate(s) \
                and len(title_parts) == 1 and _ORG_NAME.search(title_parts[0].s.strip()) \
                and len(title_parts[0].s.split()) <= 8 and not _ORG_NAME.search(s.strip()) and _next_is_prose(kept, i + 1):
            # `Hezhou District Education Bureau` (the site) / blank / the headline / prose
            z.masthead.extend(title_parts)
            title_parts, title_done = [], False
        if title_done and not z.labels and z.description is None and _title_candidate(s) \
                and _next_is_header(kept, i + 1):
            # `Site name` / slogan, blank, then the real title right above the label row.
            z.masthead.extend(title_parts)
            title_parts, title_done = [], False
        if ln.number < z.title_from:
            z.masthead.append(ln)  # above the headline chosen by evidence (see _drop_chrome_by_shape)
            i += 1
            continue
        if not title_done and _title_candidate(s) and len(title_parts) < 3:
            # Keep reading a title split over lines; stop at prose.
            if title_parts and _looks_like_body_start(s):
                break
            head, fields = _split_title_fields(ln)
            if title_parts and _same_words(head.s, title_parts[-1].s):
                # the headline printed twice (an image's alt text under it): one is chrome
                stripped = head.text.strip()
                z.fixes.append(Fix("chrome", stripped.text, "", stripped.span(), "repeats the headline above it"))
                i += 1
                continue
            title_parts.append(head)
            if fields is not None:
                # `The headline   By: Date: 2021-04-19`: the fields glued after
                # the headline are a label row of their own.
                dl = date_line(fields.s)
                if dl is not None and not is_label_line(fields.s):
                    _read_date_line(z, fields, dl)  # `Headline   2016-07-25`
                else:
                    z.labels.extend(find_labels(fields.text.strip(), lexicon.header_labels()))
                    z.label_lines.append(fields)
                title_done = True
            i += 1
            continue
        break
    if labelled_title is not None:
        # a labelled title wins; an unlabelled candidate above it was the masthead
        z.masthead.extend(title_parts)
        title_parts = [Line(labelled_title[1], labelled_title[0])]
    if title_parts:
        parts = [p.text.strip() for p in title_parts]
        z.title = parts[0]
        for part in parts[1:]:
            # no space before punctuation: the spacing rules would remove it on a second run
            z.title = join([z.title, part], "" if part.text[:1] in ",.;:!?)]）】》、，。；：！？" else " ")
        if "title-site-suffix" not in z.skip:
            z.title = _drop_site_suffix(z, z.title)
        if "title-spam" not in z.skip:
            z.title = _drop_title_spam(z, z.title)
    return i


#: A headline is at least this long before fields glued after it are split off.
MIN_TITLE_BEFORE_FIELDS = 20
_EMPTY_LABEL_TAIL = lazy_compile(r"\s(?:[A-Z][A-Za-z]{0,15}\s?){1,2}[:：]\s*$")
_SPACED_TAIL = lazy_compile(r"\s{3,}(?P<tail>\S[^\n]{0,40})$")


def _split_title_fields(ln: Line) -> tuple[Line, Line | None]:
    """`Headline … campuses By: Date: 2021-04-19` / `Headline   2016-07-25`:
    split a title line where label fields (or a lone date after a run of
    spaces) begin, when enough headline stands before them."""
    s = ln.s.rstrip()
    cut = None
    labels = lexicon.header_labels()
    if labels.may_match(s):
        for m in labels.pattern.finditer(s):
            if m.start() >= MIN_TITLE_BEFORE_FIELDS and lexicon.is_label_start(s, m.start()) \
                    and m.groupdict().get("label") and s[m.start() - 1] == " ":
                cut = m.start()
                empty = _EMPTY_LABEL_TAIL.search(s, 0, cut)
                if empty is not None and empty.start() >= MIN_TITLE_BEFORE_FIELDS:
                    cut = empty.start() + 1  # an empty label (`By:`) right before goes with the fields
                break
    if cut is None:
        tail = _SPACED_TAIL.search(s)
        if tail is not None and tail.start() >= MIN_TITLE_BEFORE_FIELDS:
            from ..fields import find_datetime

            dt = find_datetime(tail.group("tail"))
            if dt is not None and dt.date and dt.start == 0 and dt.end == len(tail.group("tail")):
                cut = tail.start("tail")
    if cut is None:
        return ln, None
    return Line(ln.number, ln.text.slice(0, cut).strip()), Line(ln.number, ln.text.slice(cut, len(ln.s)).strip())


_BY = lazy_compile(r"^(?:\d+\s+)?By\s+(?P<name>\S.*)$")


def _read_date_line(z: Zones, ln: Line, dl) -> None:
    """A bare date row in the header; WordPress adds `0 By admin` (comments, author)."""
    dt, rest = dl
    text = ln.text.strip()
    empty = text.slice(0, 0)
    z.labels.append(LabelValue("date", "", empty, text.slice(dt.start, dt.end)))
    if dt.start > 0 and text.text[dt.start - 1].isalpha():
        # an outlet glued before the date (`chinadaily2020-07-22`) is kept as a stray value
        z.labels.append(LabelValue("stray", "", empty, text.slice(0, dt.start).strip()))
        text = text.slice(dt.end, len(text.text))
        dt = type(dt)(dt.date, dt.time, 0, 0, dt.partial)
    m = _BY.match(rest)
    if m:
        offset = text.text.index(rest) + m.start("name")
        z.labels.append(LabelValue("author", "By", empty, text.slice(offset, offset + len(m.group("name")))))
    else:
        # every other field of the row is kept as a stray, each with its own span
        for field_match in re.finditer(r"\S+(?: \S+)*", text.text):
            if field_match.start() < dt.end and field_match.end() > dt.start:
                continue
            z.labels.append(LabelValue("stray", "", empty, text.slice(field_match.start(), field_match.end())))
    z.label_lines.append(Line(ln.number, text))


#: A title left with fewer words than this after removing spam keeps the spam
#: (flagged by the body check instead): the words were more than an insertion.
MIN_TITLE_WORDS_AFTER_SPAM = 3


def _drop_title_spam(z: Zones, title: MappedText) -> MappedText:
    """`Sugar dating’s “rural news officer” system helps …`: a spam word injected
    into a headline is removed (as a ``title-spam`` fix, so it is not lost);
    spam is flagged in the body but never kept in a title."""
    pattern = lexicon.spam_pattern()
    if not pattern.search(title.text):
        return title
    edits = []
    for m in pattern.finditer(title.text):
        end = m.end()
        tail = _SPAM_TAIL.match(title.text, end)
        end = tail.end() if tail else end
        start = m.start()
        if start > 0 and end == len(title.text):
            while start > 0 and title.text[start - 1] in " \t":
                start -= 1
        edits.append(Edit(start, end, "", "title-spam"))
    new, fixes = title.apply(edits)
    if len(new.text.split()) < MIN_TITLE_WORDS_AFTER_SPAM:
        return title
    z.fixes.extend(fixes)
    return new.strip()


def _headline_with_spam(s: str) -> bool:
    """A headline with a spam word injected (kept as the title, the word then
    removed), rather than a spam line (`无码…,91…`): what is left without the
    spam is several English words and little else."""
    rest = lexicon.spam_pattern().sub(" ", s)
    latin = sum(len(w) for w in re.findall(r"[A-Za-z]+", rest))
    letters = sum(1 for c in rest if c.isalpha())
    return len(re.findall(r"[A-Za-z]{2,}", rest)) >= MIN_TITLE_WORDS_AFTER_SPAM + 1 and latin >= 0.8 * max(letters, 1)


_SPAM_TAIL = lazy_compile(r"(?:['’]s)?[ \t]*")


_SITE_SUFFIX = lazy_compile(r"\s+[-–—_|｜]\s+(?P<site>[^-–—_|｜]{4,80})$")


def _drop_site_suffix(z: Zones, title: MappedText) -> MappedText:
    """`Notice on … - Lanxiu County People's Government`: the page title's site
    name is not part of the headline.  Dropped (as a fix) only when it repeats
    the masthead or reads as a site name; the masthead keeps the words."""
    m = _SITE_SUFFIX.search(title.text)
    if m is None or m.start() < 20:
        return title
    site = m.group("site").strip()
    mastheads = {ln.text.strip().text.lower() for ln in z.masthead}
    if site.lower() not in mastheads and not _MASTHEAD.search(site):
        return title
    if site.lower() not in mastheads:
        z.masthead.append(Line(0, title.slice(m.start("site"), m.end("site"))))
    new, fixes = title.apply([Edit(m.start(), m.end(), "", "title-site-suffix")])
    z.fixes.extend(fixes)
    return new


_MASTHEAD = lazy_compile(
    r"(?:portal|website|web site|official site|government network|government online|news network|"
    r"门户网站|政府网|网站|人民政府)$",
    re.IGNORECASE,
)


def _breadcrumb_below(z: Zones) -> None:
    """Some templates print `Current location: Home > …` under the article."""
    for zone_lines in (z.body, z.footer):
        for k, ln in enumerate(zone_lines):
            if ln.blank or not lexicon.breadcrumb_pattern().match(ln.s):
                continue
            crumbs = parse_breadcrumb(ln.s)
            if crumbs:
                z.breadcrumb = crumbs
                del zone_lines[k]
                return


_ORG_NAME = lazy_compile(
    r"(?:bureau|government|committee|commission|office|school|university|college|hospital|center|centre"
    r"|station|court|procuratorate|network|portal|website|federation|association|company|group|administration)$",
    re.IGNORECASE,
)


def _next_is_prose(lines: list[Line], start: int) -> bool:
    for ln in lines[start:]:
        if ln.blank:
            continue
        t = ln.s.strip()
        return len(t) > 120 and t.endswith((".", "。", "”", '"'))
    return False


#: A lone crumb under an empty `Current position:` is no longer than this.
MAX_LONE_CRUMB_CHARS = 60


#: A document number standing alone on a line is no longer than this.
MAX_DOCUMENT_NUMBER_CHARS = 60


def _is_document_number_line(s: str) -> bool:
    t = s.strip()
    m = DOCUMENT_NUMBER.search(t) if len(t) <= MAX_DOCUMENT_NUMBER_CHARS else None
    return m is not None and len(t) - m.end() <= 2 and not t.endswith((".", "。")) or bool(
        m and t[m.end():].strip() in ("号", "號"))


def _same_words(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a).strip().casefold() == re.sub(r"\W+", " ", b).strip().casefold()


def _empty_prefix(s: str) -> bool:
    m = lexicon.breadcrumb_pattern().match(s)
    return m is not None and not s[m.end():].strip()


def _next_is_title(lines: list[Line], start: int) -> bool:
    """Is the next non-blank line a headline candidate (and not prose)?"""
    for ln in lines[start:]:
        if ln.blank:
            continue
        t = ln.s.strip()
        return _title_candidate(t) and not t.endswith((".", "。", ":", "：")) and not is_label_line(t)
    return False


def _next_is_header(lines: list[Line], start: int) -> bool:
    """Is the next non-blank line a label row, a description or a date row?"""
    for ln in lines[start:]:
        if ln.blank:
            continue
        return is_label_line(ln.s) or description_value(ln.text) is not None or date_line(ln.s) is not None
    return False


def _looks_like_body_start(s: str) -> bool:
    t = s.strip()
    return len(t) > 120 or t.endswith((".", "。", ":", "："))
