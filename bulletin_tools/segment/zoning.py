"""The zoner: cut a bulletin's lines into zones (see the package docstring)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import lexicon
from ..chardata import HAN_COMMON, SENTENCE_END
from ..lazyre import lazy_compile
from ..model import Fix
from ..textmap import MappedText
from .markers import marker
from .chrome import is_prose, is_sentence
from .footer import is_copyright_line, is_postal_address, looks_like_footer
from .furniture import furniture_fix, strip_inline_furniture
from . import lead, speech
from .document_head import read_document_head
from .header import LabelValue, credit_line, find_labels, is_home_crumb, is_label_line, parse_breadcrumb
from .header_reader import _read_date_line, _read_header
from .lines import Line
from .line_splits import prepare_lines
from .link_lists import drop_link_lists
from .removal import _drop_chrome_by_shape, _drop_furniture
from .spam_tail import drop_spam_tail
from .spam_tokens import strip_body_spam
from .title_evidence import column_name_title, headline_by_recurrence, headline_of_untitled, wordless_title
from .han_lead import read_han_lead
from .reporter_deck import read_reporter_deck
from .restated_lead import read_restated_lead
from .second_header import read_second_header
from .speaker_intro import read_speaker_intro
from .wire_lead import read_wire_lead
from .shape import is_org_name, is_photo_caption
from .body_dates import dateline_date, dateline_outlet, read_dateline_alone, signing_date, top_date_row
from .zones import Zones, ZonesBuilder

if TYPE_CHECKING:
    from ..site_profile import SiteProfile


def zone(lines: list[Line], skip: frozenset[str] = frozenset(), site: "SiteProfile | None" = None) -> Zones:
    """Zone the lines; ``skip`` may switch off the ``furniture`` and
    ``title-site-suffix`` rules (furniture then stays in the text); ``site``
    names the lines the page's site prints on every page (chrome, see
    :mod:`bulletin_tools.site_profile`).

    The phases run in this order because each narrows what the next sees:
    furniture out, then the footer from the end, then closing credits, then
    the header from the top; what is left is the body.
    """
    z = ZonesBuilder(skip=skip)
    kept = _drop_furniture(prepare_lines(lines), z)
    kept = _drop_chrome_by_shape(kept, z, site)
    kept = drop_spam_tail(drop_link_lists(kept, z), z)
    kept, footer = _cut_footer(kept, z)
    if not footer:
        kept, footer = _footer_on_top(kept)  # (one footer per page: its span is one stretch)
    z.footer.extend(footer)
    kept, credits = _cut_credits(kept)
    body_start = _read_header(kept, z)
    z.body.extend(_read_lead(z, kept[body_start:]))
    wordless_title(z)
    headline_by_recurrence(z)
    column_name_title(z)
    headline_of_untitled(z)
    if z.suspects and z.title is not None:
        # a line the header took into the title (the second line of a wrapped
        # headline) was not chrome after all: no possible-chrome finding
        start, end = z.title.span()
        z.suspects[:] = [(ln, why) for ln, why in z.suspects if not start <= ln.text.strip().span()[0] < end]
    z.captions.update(ln.number for ln in z.body if not ln.blank and is_photo_caption(ln.s))
    if not z.breadcrumb:
        _breadcrumb_below(z)
    elif "furniture" not in z.skip:
        _second_trail_below(z)
    for ln in credits:
        text = ln.text.strip()
        dated = next((credit for read in _CREDIT_FIELD_READERS if (credit := read(text)) is not None), None) \
            or _closing_names(ln)
        if dated is not None:
            # `(CCTV September 16, 2009)`, `(Written by Wang Fang Reviewed by …)`, `(Hexi Daily)`, `(Reporter Qiao Lan)`
            z.labels.extend(dated)
            z.label_lines.append(ln)
            continue
        said = lead.source_sentence(text)
        if said is not None:
            z.labels.append(said)  # `This article is from Hunan Provincial Government.`
            z.label_lines.append(ln)
            continue
        inner = text
        named = lead.name_then_credit(inner)
        if named is not None:
            z.labels.append(named[0])  # `(Wang Kun) (Editor: …)`: the writer, then the other credits
            inner = named[1]
        if inner.text[:1] in "(（[【" and inner.text[-1:] in ")）]】":
            inner = inner.slice(1, len(inner.text) - 1).strip()
        z.labels.extend(find_labels(inner, lexicon.header_labels()))
        z.label_lines.append(ln)
    if not credits:
        _outlet_credit_above_links(z)
    if "text-spam" not in z.skip:
        z.body[:], spam_fixes = strip_body_spam(z.body)  # `… products Sugar Daddy is …`: a farm's token, no word of the text
        z.fixes.extend(spam_fixes)
    for read in (signing_date, dateline_date, top_date_row, dateline_outlet):
        found = read(z.body)
        if found is not None:
            z.labels.append(found)  # `… Town Government` / `January 31, 2018` under a notice; a wire dateline: read last
    z.fixes.extend(_chinese_bars(z.labels))
    return z.build()


def _number_key(number: str) -> str:
    """A document number as two printings of it compare (`Hexi Nong Fa (2024) No. 7:` and
    `Hexi Nong Fa (2024) No. 7`): its letters and digits, case aside."""
    return "".join(c for c in number.casefold() if c.isalnum())


def _chinese_bars(labels: list[LabelValue]) -> list[Fix]:
    """`Source丨Hexi Daily`: the Chinese bar a label printed for its colon, and
    `Hexi Daily丨Views: 12`: the one closing a value before the next field,
    each recorded as the fix that takes it out (its ASCII form, as for `：`)."""
    out = []
    for lv in labels:
        at = lv.label_text.text.find("丨")
        if at >= 0:
            out.append(Fix("fullwidth-punctuation", "丨", "|", lv.label_text.slice(at, at + 1).span()))
        value = lv.value.text.rstrip()
        if value.endswith("丨"):
            out.append(Fix("fullwidth-punctuation", "丨", "|", lv.value.slice(len(value) - 1, len(value)).span()))
    return out


def _read_lead(z: ZonesBuilder, body: list[Line]) -> list[Line]:
    """A teaser or a byline between the header and the first paragraph goes
    to the header (see :mod:`.lead`); returns the body left."""
    if z.title is not None:
        body, han = read_han_lead(body)
        z.fixes.extend(han)
    second = read_second_header(body, z.title, z.description is not None)
    body = second.body
    if second.description is not None:
        z.description = second.description
    z.labels.extend(second.labels)
    z.label_lines.extend(second.rows)
    z.fixes.extend(second.fixes)
    for ln, dl in second.dates:
        _read_date_line(z, ln, dl)
    if z.title is not None:
        body, speaker, speaker_line = read_speaker_intro(body)
        z.labels.extend(speaker)
        z.label_lines.extend(speaker_line)
    body, preface, said, repeats = speech.read_preface(body, z.title)
    z.labels.extend(preface)
    z.label_lines.extend(said)
    z.fixes.extend(repeats)
    numbers = {_number_key(lv.value.text) for lv in z.labels if lv.field == "extra:document_number"}
    new_body, head, head_lines = read_document_head(body, z.title)
    head_numbers = {_number_key(lv.value.text) for lv in head if lv.field == "extra:document_number"}
    if not numbers or head_numbers and head_numbers <= numbers:
        # (the page's header may print the number the head repeats: the head is
        # still the header's, its number read once; another number is left alone)
        body = new_body
        z.labels.extend(lv for lv in head if not (lv.field == "extra:document_number" and numbers))
        z.label_lines.extend(head_lines)
    body, description, date, fields, taken = lead.read_lead(body, z.title, z.description is not None)
    if description is not None:
        z.description = description
    if date is not None and not any(lv.field == "date" for lv in z.labels):
        z.labels.append(LabelValue("date", "", date.slice(0, 0), date))
    z.labels.extend(fields)
    z.label_lines.extend(taken)
    if z.description is None and z.title is not None:
        body, summary, captions, summary_lines = read_wire_lead(body)
        z.captions.update(captions)
        if summary is not None:
            z.description = summary  # the summary over a wire story's dateline paragraph
            z.label_lines.extend(summary_lines)
    if z.description is None and z.title is not None:
        bylined = any(lv.field == "author" for lv in z.labels)
        body, deck, deck_line = read_reporter_deck(body, z.title.text, bylined)
        if deck is not None:
            z.description = deck  # `…, Xing Wen reports.`: the feature's deck
            z.label_lines.extend(deck_line)
    body, dateline, dateline_row = read_dateline_alone(body) if z.title is not None else (body, [], [])
    z.labels.extend(dateline)
    z.label_lines.extend(dateline_row)
    body, restated, restated_lines, repeats = read_restated_lead(body, z.title, z.description)
    if restated is not None:
        z.description = restated  # a summary the paragraph under it says again
    z.label_lines.extend(restated_lines)
    z.fixes.extend(repeats)
    if z.description is None and z.title is not None:
        first = next((ln for ln in body if not ln.blank), None)
        if first is not None:
            z.labels[:], description = lead.split_teaser_label(z.labels, first.s)
            if description is not None:
                z.description = description
    return body


#: A footer printed above the article is at most this many lines, from the page's first.
MAX_TOP_FOOTER_LINES = 3


def _footer_on_top(kept: list[Line]) -> tuple[list[Line], list[Line]]:
    """`Copyright © 2017 … 粤ICP备…` / `粤公网安备…` as the page's first lines: a
    template that prints its footer above the article.  Only copyright and
    record lines (the footer's own marks, never a headline's words) go, to the
    footer; the title is read under them."""
    end = 0
    for k, ln in enumerate(kept[:2 * MAX_TOP_FOOTER_LINES]):
        if ln.blank:
            continue
        if not _TOP_FOOTER_MARK.search(ln.s) or not looks_like_footer(ln.s):
            break
        end = k + 1
    if end == 0 or all(ln.blank for ln in kept[end:]):
        return kept, []
    return kept[end:], [ln for ln in kept[:end] if not ln.blank]


#: The marks of a copyright or record line (`©`, `Copyright`, `ICP备`, `公网安备`).
_TOP_FOOTER_MARK = lazy_compile(r"©|copyright|\bICP\b|ICP备|公网安备|all rights reserved", re.IGNORECASE)


def _cut_footer(kept: list[Line], z: ZonesBuilder) -> tuple[list[Line], list[Line]]:
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
        anchor = _copyright_above(kept, i)
        if anchor is not None:
            # `Copyright © … All rights reserved.` / `Presented by China Daily.`:
            # notes under the copyright line belong to the footer too
            footer_start = i = anchor
            continue
        break
    footer_start = _name_over_address(kept, footer_start)
    past = _past_leading_credits(kept, footer_start)
    if past < len(kept) or any(not ln.blank for ln in kept[footer_start:]):
        # (`Editor: JYZ` alone under the text, or over the copyright line: the article's credit)
        footer_start = past
    footer = []
    for ln in kept[footer_start:]:
        cleaned, fixes = strip_inline_furniture(ln) if "furniture" not in z.skip else (ln, [])
        z.fixes.extend(fixes)
        footer.append(cleaned)
    return kept[:footer_start], footer


#: An organisation's name over its address is short (`Lanxi Normal University`,
#: `Hexi County Water Bureau`).
MAX_NAME_OVER_ADDRESS_WORDS = 8


def _name_over_address(kept: list[Line], start: int) -> int:
    """Where the footer starts when the line right over it is an
    organisation's name and the footer opens with a postal address
    (`Lanxi Normal University` / `No.26 Wenhua Road, …`): the site's card, the
    name with it; else ``start``."""
    first = next((k for k in range(start, len(kept)) if not kept[k].blank), None)
    above = next((k for k in range(start - 1, -1, -1) if not kept[k].blank), None)
    if first is None or above is None or not is_postal_address(kept[first].s):
        return start
    name = kept[above].s.strip()
    if len(name.split()) > MAX_NAME_OVER_ADDRESS_WORDS or name.endswith(tuple(SENTENCE_END)) or not is_org_name(name):
        return start
    return above


def _past_leading_credits(kept: list[Line], start: int) -> int:
    """Where the footer starts once the credit rows opening it (`Responsible
    editor: Ruan Ping` right under the text, over the copyright line; or all of
    it) are given back to the article: they credit it, not the site."""
    k = start
    while k < len(kept) and (kept[k].blank or _plain_credit(kept[k].s)):
        k += 1
    return k


#: Under a copyright line, a site prints at most this many short notes
#: (`Presented by China Daily.`, `Reproduction … is prohibited.`, a feedback
#: address) before the page ends.
MAX_NOTES_UNDER_COPYRIGHT = 3
MAX_NOTE_CHARS = 160


def _copyright_above(kept: list[Line], i: int) -> int | None:
    """The index of a copyright line at most a few short notes above line ``i``, or None."""
    seen = 0
    for k in range(i, -1, -1):
        ln = kept[k]
        if ln.blank:
            continue
        t = ln.s.strip()
        if is_copyright_line(t):
            return k if seen else None
        seen += 1
        if seen > MAX_NOTES_UNDER_COPYRIGHT or len(t) > MAX_NOTE_CHARS or marker(t) is not None or is_prose(t):
            return None
    return None


#: The readers whose fields a closing credit gives, in the order zone() tries
#: them (the first that reads the line wins; a source sentence and a name
#: over other credits are read after them, each its own way).
_CREDIT_FIELD_READERS = (lead.outlet_date_credit, lead.role_by_credit, lead.closing_outlet, lead.newsroom_byline,
                         lead.by_credit, lead.bracketed_by_credit, lead.from_credit)
#: Credits said in a sentence or in brackets that close a body (`This article is
#: from …`, `(CCTV September 16, 2009)`, `(Wang Kun) (Editor: …)`, `(Hexi Daily)`).
_CREDIT_READERS = (lead.source_sentence, lead.name_then_credit, *_CREDIT_FIELD_READERS)


def _closing_credit(ln: Line) -> bool:
    """A line that credits the article (label row, bracketed credit, source sentence)."""
    if credit_line(ln.s) or _plain_credit(ln.s):
        return True
    text = ln.text.strip()
    return any(read(text) is not None for read in _CREDIT_READERS)


#: `Special statement: …`, `Disclaimer: …`: a site's notice under the text,
#: which may stand under the article's closing credits.
_NOTICE = lazy_compile(r"^\s*(?i:(?:special |important |copyright )?(?:statement|disclaimer|declaration))\s*[:：]")


def _cut_credits(kept: list[Line]) -> tuple[list[Line], list[Line]]:
    """Credits closing the body: `(author: …)`, `(Correspondent: …, Photo: …)`,
    also over a site's notice that ends the text (the notice stays where it was)."""
    end = len(kept)
    while end > 0 and (kept[end - 1].blank or _NOTICE.match(kept[end - 1].s)):
        end -= 1
    if end < len(kept) and not any(_NOTICE.match(ln.s) for ln in kept[end:]):
        end = len(kept)  # (blank lines only: no notice to look over)
    j = end - 1
    credits: list[Line] = []
    while j >= 0 and (kept[j].blank or _closing_credit(kept[j])):
        if not kept[j].blank:
            credits.insert(0, kept[j])
        j -= 1
    if not credits and j >= 0 and _closing_names(kept[j]) is not None and _prose_above(kept, j):
        # `Qiao Lanying` alone under the last paragraph: the writer's name closing the text
        credits, j = [kept[j]], j - 1
    if credits and end < len(kept):
        return [*kept[: j + 1], *kept[end:]], credits
    if j >= 0:
        glued = _glued_credit(kept[j])
        if glued is not None:
            # `… to pay homage to ancestors. (author: Xing Manyu)`: the credit
            # glued to the last paragraph closes the body too
            paragraph, credit = glued
            return [*kept[:j], paragraph], [credit, *credits]
    if credits:
        return kept[: j + 1], credits
    return _credits_over_leftovers(kept)


def _credits_over_leftovers(kept: list[Line]) -> tuple[list[Line], list[Line]]:
    """`Source: Hexi Daily`, `By Qiao Lan` right under the article's last
    paragraph, with the page's leftovers still under them (a `Related`
    list, a contact line, a Chinese field row the furniture readers did not
    take): credits closing the article (:func:`_closing_credit`), as at the
    very end of a page.  Only the lines right under the last line of prose
    or the last sentence (:func:`.chrome.is_prose`, :func:`.chrome.is_sentence`), a label row only when it names a source, an
    author or an editor (`_CREDIT_FIELDS`), and no sentence under them: with
    text after it, an event's `Time:` row or a credit over more of the
    story stays text.  Seen on four tuning sites of the real-page set."""
    last = next((k for k in range(len(kept) - 1, -1, -1)
                 if not kept[k].blank and (is_prose(kept[k].s) or is_sentence(kept[k].s.strip()))), None)
    if last is None:
        return kept, []
    taken: list[int] = []
    for k in range(last + 1, len(kept)):
        ln = kept[k]
        if ln.blank:
            continue
        if not (_closing_credit(ln) or not taken and _closing_names(ln) is not None) \
                or is_label_line(ln.s) and not {lv.field for lv in find_labels(ln.text.strip(), lexicon.header_labels())} \
                & _CREDIT_FIELDS:
            break
        taken.append(k)
    after = taken[-1] + 1 if taken else len(kept)
    if not taken or any(not ln.blank and is_sentence(ln.s.strip()) for ln in kept[after:]):
        return kept, []  # (`Time: 14:00-16:00` / `Place: …` over the text's last sentence: an event's details)
    gone = set(taken)
    return [ln for k, ln in enumerate(kept) if k not in gone], [kept[k] for k in taken]


def _outlet_credit_above_links(z: ZonesBuilder) -> None:
    """`(Hexi News Agency March 3, 2021)` closing the article, with the
    page's related links or tools still under it: the outlet and its date in
    brackets are a credit wherever they stand, never a line of the text (the
    first such line, the article's own; see :func:`.lead.outlet_date_credit`)."""
    for k, ln in enumerate(z.body):
        if k == 0 or ln.blank or not ln.s.lstrip().startswith(("(", "（")):
            continue
        found = lead.outlet_date_credit(ln.text.strip())
        if found is not None:
            z.labels.extend(found)
            z.label_lines.append(ln)
            del z.body[k]
            return


def _closing_names(ln: Line) -> list[LabelValue] | None:
    """A line of writers' names in pinyin and nothing else (`Qiao Lanying`,
    `Lin Qiao and Ma Wenjie`), in brackets or not (`(Zhang Lan)`), as the
    author's credit, or None."""
    text = ln.text.strip()
    if text.text[:1] in "(（" and text.text[-1:] in ")）":
        text = text.slice(1, len(text.text) - 1).strip()
    return [LabelValue("author", "", text.slice(0, 0), text)] if lead.writer_names(text.text) else None


def _prose_above(kept: list[Line], j: int) -> bool:
    """The line above ``kept[j]`` (past blanks) is a paragraph of running
    text: a names line under it closes the text, where one under another
    short line may be an entry of a list of people."""
    k = j - 1
    while k >= 0 and kept[k].blank:
        k -= 1
    above = kept[k].s.strip() if k >= 0 else ""
    return len(above) >= MIN_PARAGRAPH_ABOVE_NAMES and above.endswith(_STOPS)


#: A paragraph over a closing names line is at least this long (a sentence,
#: never a list's entry) and ends with a stop.
MIN_PARAGRAPH_ABOVE_NAMES = 60
_STOPS = tuple(SENTENCE_END + '”"')


#: A credit in brackets glued after the last sentence of a body.
_GLUED_CREDIT = lazy_compile(r"(?<=[.!?。！？”\"])\s*(?P<credit>[(（][^()（）]{3,200}[)）])\s*$")


def _glued_credit(line: Line) -> tuple[Line, Line] | None:
    """The last paragraph and the credit glued after its last sentence
    (`… (author: X)`, `… the year.Editor: Zhang Li  Review: Wu Bo`), or None."""
    s = line.s.rstrip()
    if s.endswith((")", "）")):
        m = _GLUED_CREDIT.search(s)
        if m is None or m.start() == 0 or not credit_line(m.group("credit")):
            return None
        start, credit_start, credit_end = m.start(), m.start("credit"), m.end("credit")
    else:
        found = _glued_label_row(s)
        if found is None:
            return None
        start, credit_start, credit_end = found
    return Line(line.number, line.text.slice(0, start)), Line(line.number, line.text.slice(credit_start, credit_end))


#: A credit row glued after a paragraph is searched for in this many last characters.
MAX_GLUED_ROW_CHARS = 200
_SENTENCE_STOP = lazy_compile(rf"[.!?。！？”](?=\s*[A-Z{HAN_COMMON}])")


def _glued_label_row(s: str) -> tuple[int, int, int] | None:
    """`… of the year.Editor: Zhang Li  Review: Wu Bo`: (paragraph end, row start, row end)."""
    if ":" not in s[-MAX_GLUED_ROW_CHARS:] and "：" not in s[-MAX_GLUED_ROW_CHARS:]:
        return None
    for m in _SENTENCE_STOP.finditer(s, max(0, len(s) - MAX_GLUED_ROW_CHARS)):
        row_start = m.end() + (len(s[m.end():]) - len(s[m.end():].lstrip()))
        if row_start > m.end() + 3 or row_start >= len(s):
            continue
        if _plain_credit(s[row_start:]):
            return m.end(), row_start, len(s)
    return None


_CREDIT_FIELDS = frozenset({"author", "editor", "source",
                            # the other people a page credits (`Final review: …`, `Proofreading: …`, `Reporter: …`)
                            "extra:reviewer", "extra:proofreader", "extra:reporter", "extra:correspondent",
                            "extra:photographer", "extra:photo"})
#: The labels under which a page files an article (keywords, category, tags).
_FILING_FIELDS = frozenset({"extra:keywords", "extra:categories", "extra:tags"})
#: A labelled date row closing the body is this short (`Date: 2011-3-2 11:28:22`).
MAX_DATE_CREDIT_CHARS = 40
#: A credit row closing the body is no longer than this.  Set on held-out
#: batches s180-s211 (`Editor in charge: …` rows at the end).
MAX_CREDIT_ROW_CHARS = 200


def _plain_credit(s: str) -> bool:
    """`Editor in charge: Qiu Lanfang` / `Release date: …  Source: …  Editor in charge: …`
    closing the body: a label row naming who wrote or edited the page."""
    t = s.strip()
    if len(t) > MAX_CREDIT_ROW_CHARS or not is_label_line(t):
        return False
    pairs = find_labels(MappedText.identity(t), lexicon.header_labels())
    fields = {lv.field for lv in pairs if lv.value.text}
    if fields == {"extra:original_link"} or (pairs and {lv.field for lv in pairs} <= _FILING_FIELDS):
        # `KEY WORDS: poverty alleviation` (or left empty), `Category: Township news  Tags: …`,
        # `Link of the original article: https://…` under the text: where the page files the article
        return True
    if fields and fields <= {"views", "date"} and len(t) <= MAX_DATE_CREDIT_CHARS:
        # `Date:2011-3-2 11:28:22`, `Views: 1,234`, `Views: 31 Update date: 2023-05-08` under the
        # text: when the page was published, its counter, header fields printed low
        return True
    return bool(fields & _CREDIT_FIELDS) and all(
        f in _CREDIT_FIELDS or f == "date" or f.startswith("extra:") or f == "views" for f in fields)


def _second_trail_below(z: ZonesBuilder) -> None:
    """`Current location: Home > Township News` under the text of a page whose
    trail was read above it: the path again, recorded as furniture (a page has
    one breadcrumb; a path from Home is no line of the text)."""
    for zone_lines in (z.body, z.footer):
        for k in range(len(zone_lines) - 1, -1, -1):
            ln = zone_lines[k]
            if ln.blank or ">" not in ln.s and "›" not in ln.s and "»" not in ln.s:
                continue
            crumbs = parse_breadcrumb(ln.s)
            if crumbs and len(crumbs) >= 2 and (lexicon.breadcrumb_pattern().match(ln.s) or is_home_crumb(crumbs[0])):
                z.fixes.append(furniture_fix(ln))
                del zone_lines[k]


def _breadcrumb_below(z: ZonesBuilder) -> None:
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
