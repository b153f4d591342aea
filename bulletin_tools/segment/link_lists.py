"""A list of other articles' headlines printed under the article.

News portals and the farms that copy them end a page with the titles of
other stories, one per line behind a bullet (`- China to employ 7,000
retired teachers …`, `· Headlines`).  No vocabulary names them, and the
line classifier leaves bulleted lines alone (a list item is content as a
rule), so they are judged here, as a run, from evidence that a list of the
article's own points does not show:

- the run stands after the last paragraph of text (the page's tail), or
  before the first (a portal's bulleted menu above the article);
- it has at least :data:`MIN_RUN` bulleted lines, none a label row and none
  ending like a sentence or a clause (a list of points ends its items with
  `.` or `;`, or opens with a lead-in ending in `:`);
- its words recur nowhere in the prose: at most :data:`MAX_RECURRENCE` of
  them.  The article's own points repeat the article's words; but a run
  whose every line closes with a date in brackets (`- Town holds a tea fair
  (06-02)`) is other stories, whatever words they share.

One more shape of the same list, seen on real pages of several sites:
teasers cut by the template (`Spring tea fair opens in the old town...`):
a line ending in `...` or `…` right after a word is a link's title
shortened to fit its box, never the end of a sentence.  Below the text,
a short line between such links (an uncut title, the next box's name) goes
with them.  (Lists numbered from 1 are left alone: on the tuning pages a
"most read" box numbered so was outnumbered by the article's own numbered
points with words foreign to its prose: the articles of a law cited, a
video's shot list.)

Each line is removed as a ``chrome`` fix that says why, so nothing is lost.
"""

from __future__ import annotations

import re

from ..chardata import LINE_BULLETS, PHRASE_END
from ..fields import whole_date
from ..lazyre import lazy_compile
from ..model import Fix
from . import chrome
from .footer import looks_like_footer
from .header import is_label_line
from .lines import Line
from .zones import ZonesBuilder

#: A run of other articles' headlines has at least this many lines.
MIN_RUN = 3
#: Longest headline line in such a run.
MAX_LINK_CHARS = 150
#: Share of the run's content words that may recur in the prose.  A list of
#: the article's own points is above it; set on the tuning side of the
#: real-page set, where link runs reach 0.2 and point lists 0.5 and more.
MAX_RECURRENCE = 0.34
_BULLET = lazy_compile(rf"^\s*[-{LINE_BULLETS}]\s+(?=\S)")
#: `1. Ferry timetable`: a numbered point, never a line between links.
_NUMBERED = lazy_compile(r"^\s*\d{1,2}\.\s+(?=\S)")
#: `Spring tea fair opens in the old town...`: a title cut to fit its box
#: (the dots follow a word, not a full stop).
_CUT_TEASER = lazy_compile(r"[^\W_](?:\.{3,}|…+)$")


#: `- Town holds a tea fair (06-02)`, `… [2024-06-02]`: a link closed by its story's date in brackets.
_DATED_LINK = lazy_compile(r"[(（\[【]\s*(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}\s*[)）\]】]\s*$")


def _cut_teaser(t: str) -> bool:
    """``_CUT_TEASER`` finds a match in ``t`` (stripped: no final newline for
    ``$`` to stand before).  Every match ends the text with its dots, so a
    text ending otherwise is settled without the pattern's scan of every
    position (the most lines asked)."""
    return t.endswith(("...", "…")) and _CUT_TEASER.search(t) is not None
#: A line between links below the text (an uncut title, the next box's name)
#: is no longer than this; longer, it is text.
MAX_BETWEEN_CHARS = 100


#: A link ends like no sentence or clause (a list of points ends its items so).
_PHRASE_ENDS = tuple(PHRASE_END)


#: A line of the article's text when the page has no long paragraph (a wire
#: story of short ones): a sentence this long, ending like one.
MIN_TEXT_LINE_CHARS = 50


def _is_text(s: str) -> bool:
    t = s.strip()
    return (chrome.is_prose(t) or (len(t) >= MIN_TEXT_LINE_CHARS and t.endswith((".", "。", "!", "?", "”", '"'))
                                   and _BULLET.match(t) is None and not _cut_teaser(t))) \
        and not looks_like_footer(t)  # (`Copyright © 2024 … All rights reserved.` closes the page, not its text)


def _is_link_line(s: str) -> bool:
    t = s.strip()
    return (_BULLET.match(t) is not None and len(t) <= MAX_LINK_CHARS
            and not t.endswith(_PHRASE_ENDS) and not is_label_line(_BULLET.sub("", t)) and not _bulleted_path(t))


#: The separators of a trail printed on one line (`Home > News > Details`).
_TRAIL_SEPARATORS = (">", "＞", "»", "›")


def _bulleted_path(t: str) -> bool:
    """`• Home > News > Details`: the page's trail, bulleted as the menu over
    it is, is the header's, not the last link of the menu."""
    from .header import parse_breadcrumb

    return any(map(t.__contains__, _TRAIL_SEPARATORS)) and bool(parse_breadcrumb(_BULLET.sub("", t)))


def _is_teaser(s: str) -> bool:
    t = s.strip()
    return len(t) <= MAX_LINK_CHARS and _cut_teaser(t) and not is_label_line(t)


def _is_between(s: str) -> bool:
    """A short line that may stand between two links below the text."""
    t = s.strip()
    return len(t) <= MAX_BETWEEN_CHARS and not t.endswith(_PHRASE_ENDS) and not is_label_line(t) \
        and not looks_like_footer(t) and _NUMBERED.match(t) is None


def _runs(texts: list[str], lo: int, hi: int, below: bool) -> list[tuple[int, int]]:
    """``(start, end)`` of the candidate runs of links among ``texts[lo:hi]``:
    bulleted lines, or (below the text) cut teasers and bulleted lines with
    short lines between them."""
    out: list[tuple[int, int]] = []
    pos = lo
    while pos < hi:
        end = pos
        while end < hi and _is_link_line(texts[end]):
            end += 1
        if end - pos >= MIN_RUN:
            out.append((pos, end))
            pos = end
            continue
        if below:
            mixed = _mixed_run(texts, pos, hi) or _dated_run(texts, pos, hi)
            if mixed is not None:
                out.append(mixed)
                pos = mixed[1]
                continue
        pos += 1
    return out


#: A list of other stories with their dates has at least this many dates.
MIN_DATED_LINKS = 2


def _dated_run(texts: list[str], pos: int, hi: int) -> tuple[int, int] | None:
    """From ``pos``, other stories below the text, each a line shaped like a
    headline (no sentence end) with a line holding nothing but its date
    (`Rice farmers try crayfish ponds` / `Mar 04, 2016`), possibly a cut
    teaser between: at least :data:`MIN_DATED_LINKS` dated entries, a date
    closing each.  A story's own closing date stands alone, never in pairs."""
    end, dates, last = pos, 0, None
    after_date = True  # (a date opens no entry)
    while end < hi:
        t = texts[end].strip()
        is_date = whole_date(t) is not None
        if is_date:
            if after_date:
                break  # (a date opens no entry; two dates in a row are no list)
            dates += 1
            last = end + 1
        elif not (_is_between(t) or _is_teaser(t)):
            break
        after_date = is_date
        end += 1
    return (pos, last) if dates >= MIN_DATED_LINKS and last is not None else None


def _mixed_run(texts: list[str], pos: int, hi: int) -> tuple[int, int] | None:
    """From ``pos``, links below the text of which at least :data:`MIN_RUN`
    are cut teasers or bulleted, and at least one a cut teaser, with short
    lines only between them (never at either end)."""
    def marked(t: str) -> bool:
        return _is_teaser(t) or _is_link_line(t)

    if not marked(texts[pos]):
        return None
    end, last_marked = pos, pos
    while end < hi and (marked(texts[end]) or _is_between(texts[end])):
        if marked(texts[end]):
            last_marked = end
        end += 1
    run = texts[pos:last_marked + 1]
    if sum(map(marked, run)) >= MIN_RUN and any(map(_is_teaser, run)):
        return pos, last_marked + 1
    return None


def drop_link_lists(lines: list[Line], z: ZonesBuilder) -> list[Line]:
    """``lines`` without the runs of links above or below the article's text."""
    if "chrome" in z.skip or "furniture" in z.skip:
        return lines
    nonblank = [k for k, ln in enumerate(lines) if not ln.blank]
    texts = [lines[k].s for k in nonblank]
    flags = [_is_text(t) for t in texts]
    if not any(flags):
        return lines
    first, last = flags.index(True), len(flags) - 1 - flags[::-1].index(True)
    prose_words: set[str] | None = None  # built at the first run of links (most pages have none)
    drop: dict[int, str] = {}  # line index -> why
    for lo, hi, where in ((0, first, "above"), (last + 1, len(texts), "after")):
        for pos, end in _runs(texts, lo, hi, where == "after"):
            if where == "above" and _bulleted_trail(texts[pos:end]):
                continue  # the header's trail reader takes it
            if pos > 0 and _lead_in(texts[pos - 1]):
                continue  # the article's own points under their lead-in
            if prose_words is None:
                prose_words = chrome.content_words("\n".join(t for t, p in zip(texts, flags) if p))
            words = chrome.content_words("\n".join(texts[pos:end]))
            share = len(words & prose_words) / len(words) if words else 1.0
            if share <= MAX_RECURRENCE or all(_DATED_LINK.search(t) for t in texts[pos:end]):
                # (each line closed by its story's date, `- Town holds a tea fair (06-02)`: other
                # stories, however many of the article's words they share)
                why = (f"a list of links {where} the text: {end - pos} {_kind(texts[pos:end])} lines, "
                       f"{share:.0%} of whose words recur in it")
                drop.update((k, why) for k in nonblank[pos:end])
    for k, why in sorted(drop.items()):
        stripped = lines[k].text.strip()
        z.fixes.append(Fix("chrome", stripped.text, "", stripped.span(), why))
    return [ln for k, ln in enumerate(lines) if k not in drop] if drop else lines


#: A lead-in of the article's own words has at least this many words
#: (`The new rules cover:`); a box's name is shorter (`Related links:`,
#: `Read more:`, `More on this:`).
MIN_LEAD_IN_WORDS = 5


def _lead_in(s: str) -> bool:
    """`- The plan works on three fronts:` / `- Roads` / `- Wells` …: a line
    ending in a colon right over the run opens the article's own list of
    points (a nested one when the line is itself bulleted), never a box of
    other stories, whose name is a short label (`Related links:`)."""
    t = s.strip()
    if not t.endswith((":", "：")) or is_label_line(t) or _POINTS_ELSEWHERE.search(t) is not None:
        return False
    return _BULLET.match(t) is not None or len(t.split()) >= MIN_LEAD_IN_WORDS


#: A lead-in that points away from the article (`For the rest, read these
#: stories:`, `Links to the other reports of the series:`) opens a box of links.
_POINTS_ELSEWHERE = lazy_compile(r"\b(?:links?|read(?:ing)?|articles?|stories|news|reports?|related|recommend\w*|"
                                 r"click|see also)\b", re.IGNORECASE)


#: A trail printed as a bulleted list has at most this many crumbs (a
#: portal's bulleted menu from `Home` runs on: News, Business, China, …).
MAX_BULLETED_TRAIL_CRUMBS = 5


def _bulleted_trail(run: list[str]) -> bool:
    """`• Home` / `• >` / `• Villages` / `• Water supply`: a short
    bulleted run from Home is the page's trail, not a list of links."""
    from .header import is_home_crumb

    items = [_BULLET.sub("", t).strip() for t in run]
    crumbs = [t for t in items if any(c.isalnum() for c in t)]
    return bool(crumbs) and is_home_crumb(crumbs[0]) and len(crumbs) <= MAX_BULLETED_TRAIL_CRUMBS


def _kind(run: list[str]) -> str:
    """How the run's lines were told for links, for the fix's reason."""
    return "bulleted" if all(map(_is_link_line, run)) else "bulleted or cut-off"
