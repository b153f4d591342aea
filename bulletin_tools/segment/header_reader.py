"""Read the header zone from the top: breadcrumb, title, label rows and
description, in any order; what is left below is the body."""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from .. import lexicon
from ..model import Fix
from ..textmap import join
from .furniture import strip_inline_furniture
from .header import (
    LabelValue,
    date_line,
    description_value,
    find_labels,
    is_label_line,
    parse_breadcrumb,
    parse_path,
)
from .lines import Line
from .shape import (
    MAX_LONE_CRUMB_CHARS,
    _MASTHEAD,
    _ORG_NAME,
    _empty_prefix,
    _is_document_number_line,
    _looks_like_body_start,
    _next_is_header,
    _next_is_prose,
    _next_is_title,
    _same_words,
    _title_candidate,
)
from .title import _drop_site_suffix, _drop_title_spam, _headline_with_spam, _split_title_fields
from .zones import ZonesBuilder


def _read_header(kept: list[Line], z: ZonesBuilder) -> int:
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


_BY = lazy_compile(r"^(?:\d+\s+)?By\s+(?P<name>\S.*)$")


def _read_date_line(z: ZonesBuilder, ln: Line, dl) -> None:
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
