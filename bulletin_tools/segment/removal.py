"""What zoning removes before it reads the zones: page furniture found by its
vocabulary, and site chrome found by its shape (scored in :mod:`.chrome`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..chardata import HAN_COMMON, LINE_BULLETS
from ..lazyre import lazy_compile
from .. import lexicon
from ..model import Fix
from ..textmap import MappedText
from . import chrome, chrome_context
from .body import MIN_PEER_PLAIN_HEADINGS, plain_heading_shape
from .markers import marker
from .body_dates import opens_with_agency_dateline, opens_with_dateline
from .title_wrap import credit_date_row
from .footer import looks_like_footer
from .furniture import (
    MAX_MENU_ITEM_CHARS,
    MAX_MENU_ITEM_WORDS,
    is_rule_line,
    furniture_fix,
    next_nonblank_is_related,
    is_furniture_line,
)
from .header import (
    count_then_views,
    credit_line,
    date_line,
    description_value,
    is_label_line,
    parse_breadcrumb,
    parse_path,
)
from .lead import (bracketed_byline, bracketed_outlet, from_credit, is_by_credit, newsroom_byline, name_then_credit, outlet_date_credit, pinyin_names,
                   role_by_credit, writer_and_outlet)
from .lines import Line, next_nonblank
from .press_contact import press_contact_block
from .heading_shape import is_contents_line
from .outline import outline_number
from .official_lines import is_bare_division
from .shape import (DOCUMENT_NUMBER, _column_over, _title_candidate, ends_in_masthead_word, ends_in_org_word, is_org_name,
                    is_photo_caption)
from .title_pieces import _SITE_SUFFIX
from .title_fields_under import headline_over_its_fields, is_field_row
from .zones import ZonesBuilder

if TYPE_CHECKING:
    from ..site_profile import SiteProfile


def _drop_chrome_by_shape(lines: list[Line], z: ZonesBuilder, site: "SiteProfile | None" = None) -> list[Line]:
    """Site chrome that no vocabulary names, judged by its shape (see :mod:`.chrome`).

    Only lines above the first paragraph of prose or below the last one are
    judged, and only those that no other reader claims (label rows,
    breadcrumbs, date rows, descriptions, footer rows, numbered items,
    credits).  Above the prose, the line most likely to be the headline is
    never removed, so the title always has a candidate.

    With a site profile (``site``), a line the site prints on most of its
    pages is chrome above the prose or below it, judged by that evidence
    alone, save the headline's candidate and the lines other readers claim
    (see :func:`_site_frame`).
    """
    if "chrome" in z.skip or "furniture" in z.skip:
        return lines  # chrome is furniture found by its shape: skipping furniture keeps it too
    page = _judge_page(lines)
    protected, masthead_end = _protect_headline(page)
    protected |= _trail_ends(page) | _outlet_under_headline(page, protected) | _first_of_parallel_headings(page)
    if masthead_end is not None:
        # Lines above it that the header reader would take for the title
        # (a slogan, a section name, the site's name) are the masthead.
        z.title_from = lines[masthead_end].number
    removable = _removable(page, protected) - _cut_last_paragraph(page)
    by_context = chrome_context.context_removals(
        page, removable, protected, lambda k: _signature(page, k) or _site_name_first(page, k))
    framed = _site_frame(lines, protected, site) if site is not None else {}
    out = []
    for k, ln in enumerate(lines):
        if k in framed:
            stripped = ln.text.strip()
            z.fixes.append(Fix("chrome", stripped.text, "", stripped.span(), framed[k]))
            continue
        if k in by_context:
            stripped = ln.text.strip()
            rule, why = by_context[k]
            z.fixes.append(Fix(rule, stripped.text, "", stripped.span(), why))
            continue
        v = page.verdicts.get(k)
        if v is not None and k not in protected:
            if k in removable:
                stripped = ln.text.strip()
                why = v.explain() if v.chrome else f"{v.explain()}; {SMOOTHED_REASON}"
                z.fixes.append(Fix("chrome", stripped.text, "", stripped.span(), why))
                continue
            if (v.unsure or v.chrome) and not _signature(page, k):
                z.suspects.append((ln, v.explain()))
        out.append(ln)
    return out


def _cut_last_paragraph(page: "_PageJudgement") -> set[int]:
    """`The county will also` at the very end of the page, under the text: a
    paragraph the page (or its copy) was cut off in, not a widget, though
    it is short and poor in function words.  It ends as no whole line does
    (on a function word, a word cut short, a quotation left open:
    :func:`..passes.truncation.cut_reason`) and stands right under a line
    of prose.  Kept as text (the judge's doubt is flagged): a line of the
    article removed would lose its words.  Seen on eleven tuning sites of
    the real-page set, whose excerpts stop mid-sentence."""
    if len(page.nonblank) < 2:
        return set()
    k, above = page.nonblank[-1], page.nonblank[-2]
    v = page.verdicts.get(k)
    if v is None or not v.chrome or page.zone_of.get(k) != "tail":
        return set()
    text_above = page.texts[above].strip()
    if not (chrome.is_prose(text_above) or chrome.is_sentence(text_above)):
        return set()
    from ..passes.truncation import cut_reason, document_vocabulary

    line = page.texts[k].strip()
    if _CREDIT_STUB.search(line):
        return set()  # (`Published by` with no name: a credit's label left empty, the page's, not the text's)
    return {k} if cut_reason(line, document_vocabulary(page.texts)) is not None else set()


#: `Published by`, `Source:` closing the page with nothing after: a credit's label whose value is missing.
_CREDIT_STUB = lazy_compile(r"(?:\bby|[:：])$", re.IGNORECASE)


#: An entry of a list under a heading has at least this many words when it
#: does not end like a sentence (a menu's entries have one or two).
MIN_ENTRY_WORDS = 6


def _first_of_parallel_headings(page: "_PageJudgement") -> set[int]:
    """`Introduction` / the text … `Objectives` / the text … `Service Target`
    / a list: a short unnumbered line right above the first paragraph (or
    the first item of a list) is the first of the body's headings, not
    chrome, when at least MIN_PEER_PLAIN_HEADINGS lines further down have
    its shape (:func:`.body.plain_heading_shape`) and stand, as it does,
    over prose or a list; a line the page prints again (a site's name over
    each story of a list) is no peer.  Without its peers the line is judged as before:
    a lone `Overview` over the text may be a menu's last entry, but a nav
    row's entries stand over one another, not each over a paragraph.
    Seen on two tuning sites of the real-page set (a bureau's scheme page,
    a department's services page), whose first heading went as chrome."""
    texts, nonblank = page.texts, page.nonblank
    candidates = [pos for pos, k in enumerate(nonblank) if page.zone_of.get(k) == "top"
                  and (v := page.verdicts.get(k)) is not None and v.chrome]
    if not candidates:
        return set()

    def over_text(pos: int) -> bool:
        if pos + 1 >= len(nonblank):
            return False
        below = texts[nonblank[pos + 1]].strip()
        if chrome.is_prose(below) or chrome.is_sentence(below):
            return True
        found = marker(below)
        if found is None and not (below[:1] in LINE_BULLETS or below[:2] in ("- ", "– ")):
            return False
        entry = below[found[1]:].strip() if found is not None else below.lstrip(LINE_BULLETS + "-–").strip()
        # (a list's entry reads as text; a grouped menu's entries, `• Local` under `News`, do not)
        return chrome.is_sentence(entry) or len(entry.split()) >= MIN_ENTRY_WORDS

    def shape_of(pos: int) -> tuple[bool, bool] | None:
        s = texts[nonblank[pos]].strip()
        return plain_heading_shape(s) if marker(s) is None else None

    # every heading-shaped line over text, by shape, once (the page's lines are looked at once, not per candidate)
    by_shape: dict[tuple[bool, bool], list[tuple[int, str]]] = {}
    for pos in range(candidates[0] + 2, len(nonblank)):
        shape = shape_of(pos)
        if shape is not None and over_text(pos):
            by_shape.setdefault(shape, []).append((pos, texts[nonblank[pos]].strip()))
    out: set[int] = set()
    for pos in candidates:
        shape = shape_of(pos)
        if shape is None or shape not in by_shape or not over_text(pos):
            continue
        own = texts[nonblank[pos]].strip()
        peers = {text for later, text in by_shape[shape] if later > pos + 1} - {own}
        if len(peers) >= MIN_PEER_PLAIN_HEADINGS:
            out.add(nonblank[pos])
    return out


#: A profile's line is kept on a page whose prose repeats it: at least this
#: share of its words, and at least PROFILE_KEEP_WORDS of them (a site's "top
#: story" box prints a headline on every page, and on the story's own page it
#: is the headline; a site's name shares a word or two with any page).
PROFILE_KEEP_RECURRENCE = 0.5
PROFILE_KEEP_WORDS = 4
#: The words compared are at least this long (`tea`, `its` say nothing), and
#: are those of the lines of at least PROFILE_TEXT_WORDS words (the text).
PROFILE_WORD_LETTERS = 4
PROFILE_TEXT_WORDS = 8


def _site_frame(lines: list[Line], protected: set[int], site: "SiteProfile") -> dict[int, str]:
    """The lines ``site`` prints on most of its pages, each with the reason
    its fix gives: above this page's first paragraph of prose or below its
    last (anywhere when it has none, as the chrome judge's zones), save the
    protected (the headline's candidate), the lines other readers claim
    (:func:`judgeable`) and the lines this page's prose repeats (see
    PROFILE_KEEP_RECURRENCE)."""
    candidates = [k for k, ln in enumerate(lines) if k not in protected and not ln.blank and site.printed_on(ln.s)]
    if not candidates:
        return {}
    prose = [k for k, ln in enumerate(lines) if not ln.blank and chrome.is_prose(ln.s)]
    inside = range(prose[0], prose[-1] + 1) if prose else range(0)
    # (the words of the page's longer lines: a short excerpt may hold no line the judge calls prose)
    prose_words = {w for ln in lines if len(ln.s.split()) >= PROFILE_TEXT_WORDS for w in _long_words(ln.s)}
    out = {}
    for k in candidates:
        if k in inside or not judgeable(lines[k].s):
            continue
        words = _long_words(lines[k].s)
        if len(words) >= PROFILE_KEEP_WORDS and len(words & prose_words) >= PROFILE_KEEP_RECURRENCE * len(words):
            continue  # the page's own headline, printed in the site's box of stories too
        out[k] = site.why(lines[k].s)
    return out


_LETTER_RUN = lazy_compile(r"[^\W\d_]+")


def _long_words(s: str) -> set[str]:
    """The words of ``s`` a profile's line is compared by: lower case, at least
    PROFILE_WORD_LETTERS letters, no stop word."""
    return {w for w in _LETTER_RUN.findall(s.lower()) if len(w) >= PROFILE_WORD_LETTERS} - lexicon.stop_words()


def _outlet_under_headline(page: "_PageJudgement", headline: set[int]) -> set[int]:
    """`Hexi Daily` on the line right under the headline: the source, read by
    the header (never removed as chrome, though its words recur nowhere).

    The headline is the protected one, or a top line the judge kept as text:
    when a photo's caption under the headline repeats more of the body's
    words, the caption is the line protected, and the headline is still the
    line above the paper's name."""
    lines = [k for k in headline if k in page.verdicts]
    lines += [k for k, v in page.verdicts.items() if page.zone_of.get(k) == "top" and not v.chrome]
    if not lines:
        return set()
    out = set()
    for above in sorted(set(lines)):
        after = next((k for k in page.nonblank if k > above), None)
        if after is not None and after in page.verdicts and \
                bracketed_outlet(MappedText.identity(page.texts[after].strip())) is not None:
            out.add(after)
    return out


#: The trail's last crumb is looked for in this many lines above the prose.
TRAIL_SEARCH_LINES = 12


def _trail_ends(page: "_PageJudgement") -> set[int]:
    """`Home >> Administrative Division` / … / `Administrative Division`: a top
    line that repeats the last crumb of a trail above it is the headline the
    trail ends with, whatever its shape (never removed)."""
    out: set[int] = set()
    last: str | None = None
    for k in page.nonblank[:TRAIL_SEARCH_LINES]:
        if page.zone_of.get(k, "top") != "top":
            break
        s = page.texts[k].strip()
        if last is not None and k in page.verdicts and s.lower() == last:
            out.add(k)
        crumbs = parse_breadcrumb(s) if last is None else None
        if crumbs and len(crumbs) >= 2:
            last = crumbs[-1].strip().lower()
    return out


#: A notice's signature (the issuing office under its text) has at most this many words.
MAX_SIGNATURE_WORDS = 10


def _signature(page: "_PageJudgement", k: int) -> bool:
    """`Property Management Office of Osmanthus Garden` under a notice's
    text: the issuer signing it, not chrome (kept, and not flagged)."""
    text = page.texts[k].strip()
    return page.zone_of[k] == "tail" and len(text.split()) <= MAX_SIGNATURE_WORDS and (
        is_org_name(text))


@dataclass(frozen=True)
class _PageJudgement:
    """The chrome classifier's view of one page (indexes are into its lines)."""

    texts: list[str]
    nonblank: list[int]  # the indexes of the non-blank lines, in order
    shapes: dict[int, chrome.LineShape]  # the judged lines' shapes ...
    verdicts: dict[int, chrome.Verdict]  # ... and verdicts
    zone_of: dict[int, str]  # "top" (above the prose), "tail" (below it) or another zone


def _judge_page(lines: list[Line]) -> _PageJudgement:
    """Shape and verdict of each line no other reader claims."""
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
    return _PageJudgement(texts, nonblank, shapes, verdicts, dict(zip(nonblank, zones)))


#: A line's recurring words count in full as headline evidence from this many
#: English words on; a shorter line (a menu's `PEOPLE`) counts in proportion.
TITLE_EVIDENCE_WORDS = 3


def _protect_headline(page: _PageJudgement) -> tuple[set[int], int | None]:
    """The lines never removed (the headline, and the lines of a title split
    over several), and the first of them when the evidence says the short
    lines above are the masthead rather than the title (else None).

    The headline is the top line whose words the body repeats and whose shape
    is least like chrome.
    """
    texts, shapes, verdicts = page.texts, page.shapes, page.verdicts
    top = [k for k in verdicts if page.zone_of[k] == "top" and _title_candidate(texts[k])
           and not opens_with_agency_dateline(texts[k])]
    if not top:
        return set(), None
    in_top = set(top)

    def title_score(k: int) -> float:
        # one word that recurs (`PEOPLE` in a menu) is thin evidence of a headline
        words = shapes[k].words or TITLE_EVIDENCE_WORDS
        return shapes[k].recurrence * min(1.0, words / TITLE_EVIDENCE_WORDS) - verdicts[k].probability

    best = max(top, key=lambda k: (title_score(k), -k))
    if verdicts[best].chrome and shapes[best].recurrence == 0 and _headline_among_unjudged(page):
        return set(), None  # (`nav search` over `Guangxi: A place of great wonder`: the title has its candidate)
    first = best
    # A title split over consecutive lines is one headline: protect them all
    # ... but a section name or menu row right above the headline
    # (`News Center` / the title) is not part of it: its words do not recur.
    # A line that goes on in lower case (`on Carrying Out …`) continues the one above.
    # A line of one or two words over a long headline is a column's name (`Party building`), not its first half.
    while first - 1 in in_top and not verdicts[first - 1].chrome and (
            shapes[first - 1].recurrence >= TITLE_MIN_RECURRENCE or texts[first].lstrip()[:1].islower()) \
            and not _column_over(texts[first - 1], texts[first]):
        first -= 1
    protected = set(range(first, best + 1)) & in_top
    overrides = first != top[0] and shapes[best].recurrence >= TITLE_MIN_RECURRENCE \
        and title_score(best) - title_score(top[0]) >= TITLE_MARGIN and not _caption_under_headline(page, top[0], best)
    if overrides:
        # (a sentence with its full stop chosen by its words is the text's first line: the line over the
        # field rows is the headline even when the text repeats few of its words, `Hill farmers …`)
        sentence = texts[best].rstrip().endswith((".", "。"))
        fielded = next((k for k in top if k < first and not verdicts[k].chrome
                        and (shapes[k].recurrence >= TITLE_MIN_RECURRENCE or sentence
                             or shapes[k].recurrence > 0 and _sentence_between(page, k, first)
                             and not is_org_name(texts[k]) and not ends_in_masthead_word(texts[k])
                             and not headline_over_its_fields(texts, page.nonblank, best, len(texts)))
                        and headline_over_its_fields(texts, page.nonblank, k, first)), None)
        if fielded is not None:
            # the headline with its own field row under it, not a line of the text below (title_fields_under)
            return {fielded}, fielded if fielded != top[0] else None
        above = _headline_over_first_sentence(page, top, best) if sentence else _headline_over_deck(page, top, best)
        if above is not None:
            return {above}, above if above != top[0] else None
    return protected, first if overrides else None


def _headline_over_deck(page: _PageJudgement, top: list[int], best: int) -> int | None:
    """`Xiling County Hosts a Village Chess Tournament …` / `Village chess
    tournament in Xiling draws players …` / the date row: the line chosen by
    its words is the deck under a title-case headline (title_case.deck_under,
    or unstopped_deck_under without its full stop), which the header reads
    as the description; the headline right above it stays the title."""
    from .title_case import deck_under, unstopped_deck_under

    pos = page.nonblank.index(best)
    above = page.nonblank[pos - 1] if pos else None
    if above is None or above not in top or page.verdicts[above].chrome:
        return None
    head, line = page.texts[above].strip(), page.texts[best].strip()
    deck = unstopped_deck_under(head, line) if not line.endswith((".", "。")) else deck_under(head, line)
    return above if deck else None


#: A sentence chosen by its words is the text's first line when it has at least this many words.
MIN_FIRST_SENTENCE_WORDS = 12


def _sentence_between(page: _PageJudgement, headline: int, best: int) -> bool:
    """A sentence of the text's length (MIN_FIRST_SENTENCE_WORDS words or more,
    with its full stop, no photo credit) stands between line ``headline`` and
    the line the text's words chose, ``best``: a first paragraph too short
    to count as prose (`The new hall of Dongpo village opened on Saturday.`)
    with a section's heading under it, whose words the text repeats most.
    (The caller asks too that the chosen line has no field row of its own,
    and that the line over the fields is no organisation's or site's name:
    a portal's name over its clock and a welcome sentence is no headline.)"""
    for k in page.nonblank:
        if headline < k < best:
            s = page.texts[k].strip()
            if s.endswith((".", "。")) and len(s.split()) >= MIN_FIRST_SENTENCE_WORDS and not is_photo_caption(s):
                return True
    return False


def _headline_over_first_sentence(page: _PageJudgement, top: list[int], best: int) -> int | None:
    """`Hotline Turns Villagers' Calls into Repairs` / `Lingxi's water bureau set
    up … last spring.`: a long sentence with its full stop, chosen by its words, is the
    text's first line, and the headline-shaped line right above it (no sentence
    end, not judged chrome) is the headline."""
    if len(page.texts[best].split()) < MIN_FIRST_SENTENCE_WORDS:
        return None
    pos = page.nonblank.index(best)
    above = page.nonblank[pos - 1] if pos else None
    if above is None or above not in top or page.verdicts[above].chrome:
        return None
    text = page.texts[above].strip()
    return above if not text.endswith(chrome._SENTENCE_END) and len(text.split()) >= TITLE_EVIDENCE_WORDS else None


def _caption_under_headline(page: _PageJudgement, first: int, best: int) -> bool:
    """A sentence with its full stop (a photo's caption) repeats the text's
    words more than the headline above it does; it does not override a first
    line that reads as a headline too (its words recur, it is not chrome)."""
    texts, shapes = page.texts, page.shapes
    return texts[best].rstrip().endswith((".", "。")) and not texts[first].rstrip().endswith((".", "。")) \
        and shapes[first].recurrence >= TITLE_MIN_RECURRENCE / 2 and not page.verdicts[first].chrome


def _headline_among_unjudged(page: _PageJudgement) -> bool:
    """A line above the prose that the classifier did not judge reads as a
    headline in two parts (`Dachong Town: Busy spring ploughing`), so a line
    judged chrome need not be kept as the title's only candidate."""
    for k in page.nonblank:
        if page.zone_of[k] != "top":
            break
        s = page.texts[k].strip()
        if k not in page.verdicts and _FIELD_ROW.match(s) and _title_candidate(s) and not is_label_line(s) \
                and s.split(":", 1)[0].split("：", 1)[0].strip()[:1].isupper():
            return True
    return False


def _removable(page: _PageJudgement, protected: set[int]) -> set[int]:
    """The lines judged chrome that go.

    Below the prose, chrome runs to the end of the page (or into the
    footer): a short line followed by kept text is a heading or a lead-in
    for it (`Contact information` over the contact rows), not chrome; a
    line right above a kept one (no blank between) belongs to its block.  The
    site's name on the first line is kept: it becomes the masthead.
    """
    texts, nonblank = page.texts, page.nonblank
    judged = {k for k, v in page.verdicts.items() if v.chrome and k not in protected}
    removable = set(judged)
    for pos in range(len(nonblank) - 1, -1, -1):
        k = nonblank[pos]
        if k in removable and page.zone_of[k] == "tail":
            after = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
            if after is None or after in removable or looks_like_footer(texts[after]):
                continue
            if after not in judged or after == k + 1:
                # a heading over the text it names; or a row of a block kept whole
                # (a table's rows, one a line).  A kept heading does not keep the
                # rows above it past a blank line (`learn more` / `Contact Us` /
                # `We answer questions …`): the chrome of a page's tail is
                # mostly lines apart, a block of text is not.
                removable.discard(k)
    removable |= _closing_block(page, protected)
    removable |= _unsure_over_chrome(page, removable, protected)
    if nonblank and nonblank[0] in removable and _site_name_first(page, nonblank[0]):
        removable.discard(nonblank[0])
    return removable


def _site_name_first(page: _PageJudgement, k: int) -> bool:
    """The site's name on the page's first line: kept, it becomes the masthead."""
    if not page.nonblank or k != page.nonblank[0]:
        return False
    first_line = page.texts[k].strip()
    return ends_in_masthead_word(first_line) or ends_in_org_word(first_line)


#: A block of short lines closing the page is chrome as a whole when it has
#: at least this many lines (with one judged chrome among them) ...  3 and 2
#: did the same on held13/fresh45; 2 took 3 more chrome lines on two tuning
#: sites, and changed no sample.
MIN_CLOSING_BLOCK_LINES = 2
#: ... and no line of it is below this chrome probability (a form's
#: `Certificate needed` / `Project record` rows score near 0.1: text).
CLOSING_BLOCK_FLOOR = 0.3
#: Why a line the classifier alone would have kept went with its block.
SMOOTHED_REASON = "in a block of short lines below the text with chrome judged in it"


def _closing_block(page: _PageJudgement, protected: set[int]) -> set[int]:
    """Context smoothing (as jusText does) at the page's end: the lines below
    the prose that run to the end of the page (or into its footer), none of
    them ending like a sentence, are one block (`From the Series` /
    `Proofread by …` / the headlines of other stories).  When the block has
    at least ``MIN_CLOSING_BLOCK_LINES`` lines and one of them is judged
    chrome, the whole block goes, the lines the classifier was less sure of
    with it; an issuer's signature stays (see ``_signature``)."""
    run: list[int] = []
    for k in reversed(page.nonblank):
        t = page.texts[k].strip()
        if not run and looks_like_footer(t):
            continue
        if k not in page.verdicts or k in protected or page.zone_of[k] != "tail" or t.endswith(chrome._SENTENCE_END) \
                or page.verdicts[k].probability < CLOSING_BLOCK_FLOOR:
            break
        run.append(k)
    if len(run) < MIN_CLOSING_BLOCK_LINES or not any(page.verdicts[k].chrome for k in run):
        return set()
    return {k for k in run if not _signature(page, k)}


def _unsure_over_chrome(page: _PageJudgement, removable: set[int], protected: set[int]) -> set[int]:
    """Context smoothing below the prose, upwards: a line the classifier was
    unsure of (`About Hebei`, kept and flagged on its own) right above chrome
    that is removed is the first row of that chrome; it goes too.  Taken
    bottom-up, so a run of unsure lines over the chrome goes with it."""
    out: set[int] = set()
    gone = set(removable)
    nonblank = page.nonblank
    for pos in range(len(nonblank) - 2, -1, -1):
        k, below = nonblank[pos], nonblank[pos + 1]
        v = page.verdicts.get(k)
        if v is None or not v.unsure or k in protected or page.zone_of[k] != "tail" or _signature(page, k):
            continue
        if below in gone:
            out.add(k)
            gone.add(k)
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
    # Every test below can only say "claimed" (False), so their order changes
    # no answer; it is cheapest-per-rejection first, measured on the lines
    # bench_throughput's corpus asks about (the date and path readers, the
    # costliest tests that reject the fewest lines, come last).
    s = s.strip()
    if len(s) > chrome.MAX_CHROME_CHARS or not any(map(str.isalpha, s)):
        return False  # (a line with no letters has no shape to judge: rules, bullets, numbers)
    if not s.isascii() and _HAN_RUN.search(s) and (len(s) > MAX_JUDGED_CHINESE_CHARS or s.endswith(_CHINESE_SENTENCE_END)
                                                   or lexicon.has_spam(s)):
        # a Chinese sentence is text for the language check, a spam row the spam
        # readers' (which name its spam words); a short Chinese row above or under the text is judged
        return False
    m = _FIELD_ROW.match(s)
    if m and (any(map(str.isdigit, m.group("value"))) or len(_WORDISH.findall(m.group("value"))) >= MIN_FIELD_VALUE_WORDS):
        return False  # `Project number: LQZC-2023-046`: a field with a value is content
    if s[:1] in "(（" and _PART_TAG.fullmatch(s):
        return False  # `(Part II)` under the headline: the title's
    if marker(s) is not None or is_bare_division(s) or outline_number(s) is not None:
        return False  # a numbered or bulleted item; `Article 2` alone on its line, a regulation's; `1.2 Aims`
    digits = any(map(str.isdigit, s))  # (map over a C method: no Python frame per character)
    if (digits or "@" in s) and ((_CONTACT.search(s) if "@" in s else ("-" in s or "(" in s) and _PHONE.search(s))
                                 or DOCUMENT_NUMBER.search(s)):
        return False  # contact details and document numbers (`Lu Zheng Ban Fa [2023] No. 9`) are content
    if looks_like_footer(s) or credit_line(s) or parse_breadcrumb(s) is not None or is_label_line(s):
        return False
    if _a_credit(s, digits):
        return False
    if description_value(MappedText.identity(s)) is not None or is_photo_caption(s):
        return False  # (`Meeting site` under a photo: a caption is content)
    if parse_path(s) is not None:
        return False  # (a loose path is the breadcrumb's to take, when it stands right above the title)
    if (digits or "年" in s) and date_line(s) is not None:  # every date row holds a digit or 年
        return False
    if digits and credit_date_row(s) is not None:
        return False  # `Ruth Ames | 05/13/2019`: a credit and the date, the header's row
    if digits and count_then_views(s):
        return False  # `200 Read`: the view counter, the header's
    if lexicon.letter_phrase().fullmatch(s):
        return False  # `Dear residents:`, `Thank you for your understanding.`: the notice's own words
    if is_contents_line(s):
        return False  # `Table of Contents` over a regulation's chapters: its heading
    return True


def _a_credit(s: str, digits: bool) -> bool:
    """A credit line some reader claims (the lead's, the header's): never chrome."""
    if is_by_credit(s) or s[:1] in "(（" and is_by_credit(s.strip("()（） ")):
        return True  # `By Xinhua writer Qiao Lan`, `(by Qiao Lan)`: the lead reader's, the closing credits' reader's
    if digits and opens_with_dateline(s):
        return True  # `LANXI, China, May 8, 2024 /PRNewswire/ --`: the story's dateline, read with the text
    if pinyin_names(s) or s[:1] in "(（" and s[-1:] in ")）" and pinyin_names(s[1:-1]):
        return True  # `Lin Qiaoyun`, `(Lin Qiao)` closing the text: the writers' names, a credit
    if newsroom_byline(MappedText.identity(s)) is not None:
        return True  # `Reporter Qiao Lan`, `Staff reporter Ruan Ping`: the lead reader's byline
    if from_credit(MappedText.identity(s)) is not None:
        return True  # `Excerpt from: Hexi Daily`: the paper the article was taken from
    t = MappedText.identity(s)
    if ("/" in s or "," in s or "|" in s) and writer_and_outlet(t) is not None:
        return True  # `Qiao Lan / Hexi Daily`: the writer and the paper, the lead reader's credit
    if s[:1] in "(（" and any(read(t) is not None for read in (outlet_date_credit, name_then_credit, bracketed_outlet,
                                                               bracketed_byline)):
        return True  # `(CCTV September 16, 2009)`, `(Wang Kun) (Editor: …)`, `(China Daily)`: credits
    return " by" in s[:16] and role_by_credit(t) is not None  # `(Written by Wang Fang …)`


_CONTACT = lazy_compile(r"\d{3,4}-\d{7,8}|\(\d{3,4}\)\s?\d{7,8}|[\w.+-]+@[\w-]+\.[\w.-]+")
#: ``_CONTACT`` without its e-mail branch (which needs an ``@`` and backtracks over every word);
#: every match holds a hyphen or an opening bracket, tested first.
_PHONE = lazy_compile(r"\d{3,4}-\d{7,8}|\(\d{3,4}\)\s?\d{7,8}")
_FIELD_ROW = lazy_compile(r"^[^:：]{1,30}[:：]\s*(?P<value>\S.*)$")
#: `(Part II)`, `(Part 2)`, `(Continued)`, `（上）`: a long article's part, printed
#: under its headline in brackets; a half of the title, not the page's chrome.
_PART_TAG = lazy_compile(r"[(（]\s*(?:part\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five)|continued|上|中|下|续)\s*[)）]",
                         re.IGNORECASE)
#: A `Label: value` row whose value has at least this many words (or a digit)
#: is content, not chrome.  Set on the tuning sites of the real-page set.
MIN_FIELD_VALUE_WORDS = 2
_WORDISH = lazy_compile(r"[^\W\d_]{2,}")
_HAN_RUN = lazy_compile(rf"[{HAN_COMMON}]{{10}}")
#: A line with a run of Chinese is judged by its shape only when it is this
#: short and does not end like a sentence (a spam or navigation row left in
#: Chinese, `迈向新时代…国际大都市`): a Chinese sentence or paragraph is text,
#: flagged by the language check.  Set on the tuning sites of the real-page set.
MAX_JUDGED_CHINESE_CHARS = 40
_CHINESE_SENTENCE_END = ("。", "！", "？", "；", ".", "!", "?", ";", "”", '"')


#: An end-of-article mark ends an article only after this many kept lines
#: (a title and some text); higher up it is something else.
MIN_LINES_BEFORE_END = 3
#: After the end mark, a line this long is more article, not a teaser of another.
MAX_AFTER_END_CHARS = 300


#: A link title under `Related news` is no longer than this (a longer line
#: ends the block: it is text).  Set with related-news blocks on the
#: wider-family samples.
MAX_RELATED_LINK_CHARS = 150
#: A caption under a removed `click to enlarge` prompt is no longer than this.
#: Set with that rule on samples s183, s190 and s286.
MAX_PROMPTED_CAPTION_CHARS = 200


def _gallery_captions(lines: list[Line]) -> set[int]:
    """`photo_01.jpg` / `Farmers set out pumpkins …` / `photo_02.jpg`: in a
    gallery of pictures whose file names were left as lines, a line between
    two file names is the first one's caption (the indexes of such lines).
    The line after the last file name may be the text: it is left alone."""
    # (a cheap test first: a file name's line has a dot among its last characters)
    # (`图片20.jpg`, `IMG_2034.jpg`: data/furniture.tsv, kind ``image``)
    files = [k for k, ln in enumerate(lines)
             if "." in ln.s.rstrip()[-6:] and lexicon.image_file_name().fullmatch(ln.s.strip())]
    out = set()
    for a, b in zip(files, files[1:]):
        between = [k for k in range(a + 1, b) if not lines[k].blank]
        if len(between) == 1:
            out.add(between[0])
    return out


def _drop_furniture(lines: list[Line], z: ZonesBuilder) -> list[Line]:
    """Lines that are not page furniture; each furniture line becomes a fix."""
    if "furniture" in z.skip:
        return list(lines)
    site_chrome = _site_chrome(lines) | press_contact_block(lines)
    kept: list[Line] = []
    related = _related_blocks(lines, site_chrome)
    fenced = False
    after_enlarge = False  # the last non-blank line was a "click to enlarge" prompt
    after_end = False  # past an end-of-article mark (`- END -`)
    gallery = _gallery_captions(lines)
    for k, line in enumerate(lines):
        caption_here = after_enlarge and not line.blank
        if not line.blank:
            after_enlarge = False
        if k in site_chrome:
            z.fixes.append(furniture_fix(line))
            continue
        if is_rule_line(line.s.strip()):
            # `------` rules are decoration; a rule opening a `Related reading`
            # box fences furniture up to the closing rule.
            z.fixes.append(furniture_fix(line))
            fenced = not fenced and next_nonblank_is_related(lines, k + 1)
            continue
        if fenced:
            if not line.blank:
                z.fixes.append(furniture_fix(line))
            continue
        if k in related:
            z.fixes.append(furniture_fix(line))
            continue
        furniture = not line.blank and is_furniture_line(line.s)
        if after_end and not line.blank:
            t = line.s.strip()
            if looks_like_footer(t) or len(t) > MAX_AFTER_END_CHARS:
                after_end = False  # the footer (or more of the article) begins
            elif not (furniture or is_label_line(t) or credit_line(t) or marker(t) is not None
                      or date_line(t) is not None or is_photo_caption(t)):
                z.fixes.append(furniture_fix(line))  # a teaser of another article
                continue
        if furniture:
            z.fixes.append(furniture_fix(line))
            after_enlarge = lexicon.enlarge_prompt().match(line.s.strip()) is not None
            if len(kept) >= MIN_LINES_BEFORE_END and lexicon.end_marker().fullmatch(line.s.strip()) \
                    and any(chrome.is_sentence(ln.s.strip()) for ln in kept):
                # `- END -` after some of the text: what follows, up to the footer, is other
                # articles (`0 comments` under the date row, above the text, ends nothing)
                after_end = True
            continue
        if (caption_here or k in gallery) and len(line.s.strip()) <= MAX_PROMPTED_CAPTION_CHARS:
            z.captions.add(line.number)  # the picture's caption sits under its prompt
        kept.append(line)
    return kept


_HOME_ITEM = lazy_compile(lambda: f"(?:{lexicon.home_alternation()})", re.IGNORECASE)


#: A portal's header (masthead, menus, search, widgets, a disclosure sidebar)
#: can run to a few dozen short lines above the breadcrumb; a vertical menu is
#: looked for within as many lines.  Set on held-out batch s280-s293 (whole
#: portal pages, whose headers ran past the earlier limit of 15); the menu
#: window was 40 already, from batch s180-s191.
_MAX_CHROME_LINES = 40
#: A vertical menu is `Home` and its items: at least this many lines in all.
#: Set on held-out batch s180-s191 (messy scraped pages).
MIN_VERTICAL_MENU_LINES = 4
#: The breadcrumb that fences chrome off above it is looked for within this
#: many first lines.  Set on batch s180-s191.  It is below _MAX_CHROME_LINES,
#: so today at most 29 lines above a breadcrumb are fenced off, and the
#: _MAX_CHROME_LINES test in _above_breadcrumb never binds: raising this
#: would change output, so it waits for evidence of its own.
BREADCRUMB_FENCE_WITHIN = 30
#: Above a fencing breadcrumb, no line is longer than this: a longer one is
#: prose, and a breadcrumb below prose fences nothing.  Set on batch s180-s191.
MAX_FENCED_LINE_CHARS = 160


#: A comment box's heading: the comments under it are sentences, and links all the same.
_COMMENTS = lazy_compile(r"comments?|评论", re.IGNORECASE)


def _related_blocks(lines: list[Line], site_chrome: set[int]) -> set[int]:
    """Indexes of each `Related news` heading and the link titles under it, up
    to a blank line.  The block ends before a line that is no link:

    - a long line, a footer row, a label row or the page's trail;
    - a line over a label row (`Column list` / the title / `From: … Author: …`),
      and right under the heading a field row or a line over one (`Latest
      News` / the title / `2024-05-06`, `Latest News` / `2024-05-06` / the
      title: a column's name over the article's header);
    - a sentence of running text, but in a comment box.  The line right over
      that sentence is the text's headline (`Latest News` / the headline /
      the text), no link: it stays too.

    A heading among ``site_chrome`` (a sidebar over the trail) opens no block.
    On a page that spaces every line (:func:`spaced_page`), one blank line is
    no end of a block.
    """
    out: set[int] = set()
    spaced: bool | None = None  # (asked only once a heading is found: most pages have none)
    k = 0
    while k < len(lines):
        heading = lines[k].s.strip()
        if lines[k].blank or k in site_chrome or not lexicon.related_block().fullmatch(heading):
            k += 1  # (a heading in the site's chrome goes with it: the trail under it is no link)
            continue
        comments = _COMMENTS.search(heading) is not None
        if spaced is None:
            spaced = spaced_page(lines)
        links: list[int] = []
        j = k + 1
        while j < len(lines):
            if lines[j].blank:
                if not spaced or j + 1 >= len(lines) or lines[j + 1].blank:
                    break  # (a page that spaces every line ends a block with two blank lines, or the page's end)
                j += 1
            t = lines[j].s.strip()
            if len(t) > MAX_RELATED_LINK_CHARS or looks_like_footer(t) or is_label_line(t) \
                    or _label_row_below(lines, j, dated=not links) or not (links or comments) and is_field_row(t) \
                    or parse_breadcrumb(t) is not None:
                break
            if not comments and chrome.is_sentence(t):
                links = links[:-1]  # (the line right over the text is its headline)
                break
            links.append(j)
            j += 1
        out.add(k)
        out.update(links)
        k = max(j, k + 1)
    return out


#: A page "spaces every line" when at least this share of its lines stand
#: alone between blank lines (a copy of a web page that made every element a
#: paragraph).  On the real-page set half the pages do.
MIN_SPACED_SHARE = 0.8
#: A page needs this many lines for the share to tell.
MIN_SPACED_LINES = 6


def spaced_page(lines: list[Line]) -> bool:
    """Most lines of the page have a blank line after them and text after that."""
    nonblank = [k for k, ln in enumerate(lines) if not ln.blank]
    if len(nonblank) < MIN_SPACED_LINES:
        return False
    alone = sum(1 for k in nonblank if k + 2 < len(lines) and lines[k + 1].blank and not lines[k + 2].blank)
    return alone >= MIN_SPACED_SHARE * len(nonblank)


def _label_row_below(lines: list[Line], k: int, dated: bool = False) -> bool:
    """The next line is a label row (or, when ``dated``, any field row: a date, a `By` credit): line ``k`` is a
    headline over its header."""
    nxt = next_nonblank(lines, k + 1)
    return nxt is not None and (is_label_line(lines[nxt].s) or dated and is_field_row(lines[nxt].s))


def _site_chrome(lines: list[Line]) -> set[int]:
    """Indexes of site chrome at the top of the page: a vertical menu (`Home`
    then one short item per line), and everything above a prefixed
    breadcrumb that is followed by the title — menus, search boxes, widgets.
    The first line stays when it names the site (it becomes the masthead)."""
    return _vertical_menus(lines) | _above_breadcrumb(lines)


def _vertical_menus(lines: list[Line]) -> set[int]:
    """`Home` then one short item per line, near the top of the page (a
    blank line between two items at most: a page that spaces every line)."""
    out: set[int] = set()
    top = min(len(lines), _MAX_CHROME_LINES)
    k = 0
    while k < top:
        if _HOME_ITEM.fullmatch(lines[k].s.strip()):
            j, items = k + 1, 1
            while j < len(lines):
                at = j + 1 if lines[j].blank and j + 1 < len(lines) else j
                if not _menu_item(lines[at].s):
                    break
                j, items = at + 1, items + 1
            if items >= MIN_VERTICAL_MENU_LINES:
                out.update(m for m in range(k, j) if not lines[m].blank)
                k = j
                continue
        k += 1
    return out


#: Chrome above a trail (a site's welcome, a menu) holds at most one sentence
#: of text (:func:`.chrome.is_sentence`; a notice bar: `Notice: From May 21,
#: the service hall will …`), so it takes this many to tell a text above the trail.
MIN_SENTENCES_OF_TEXT = 2


def _above_breadcrumb(lines: list[Line]) -> set[int]:
    """Every line above a prefixed breadcrumb followed by the title, but a
    site-name first line (kept: it becomes the masthead)."""
    out: set[int] = set()
    for b in range(min(len(lines), BREADCRUMB_FENCE_WITHIN)):
        s = lines[b].s
        if not s.strip() or not lexicon.breadcrumb_pattern().match(s) or parse_breadcrumb(s) is None:
            continue
        # The title follows, possibly after an information-disclosure index
        # block (`Index number: …  Publishing organisation: …`).
        after = next((ln for ln in lines[b + 1:] if not ln.blank and not is_label_line(ln.s)), None)
        if after is None or not _title_candidate(after.s) or after.s.rstrip().endswith((".", "。")):
            break  # (a sentence under the trail, its field rows between: the text; the headline is above the trail)
        above = [ln.s.strip() for ln in lines[:b] if not ln.blank]
        if len(above) > _MAX_CHROME_LINES or any(len(t) > MAX_FENCED_LINE_CHARS for t in above) \
                or sum(map(chrome.is_sentence, above)) >= MIN_SENTENCES_OF_TEXT or any(is_label_line(t) for t in above):
            # a breadcrumb below prose (printed under the article), or below a
            # label row (the header is above it: a second trail), fences nothing
            break
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
    return 0 < len(t) <= MAX_MENU_ITEM_CHARS and len(t.split()) <= MAX_MENU_ITEM_WORDS and t[-1] not in ".,;:!?。，；：" \
        and not lexicon.breadcrumb_pattern().match(t) and not is_label_line(t)
