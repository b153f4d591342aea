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
  them.  The article's own points repeat the article's words.

Each line is removed as a ``chrome`` fix that says why, so nothing is lost.
"""

from __future__ import annotations

from ..chardata import LINE_BULLETS, PHRASE_END
from ..lazyre import lazy_compile
from ..model import Fix
from . import chrome
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


#: A link ends like no sentence or clause (a list of points ends its items so).
_PHRASE_ENDS = tuple(PHRASE_END)


#: A line of the article's text when the page has no long paragraph (a wire
#: story of short ones): a sentence this long, ending like one.
MIN_TEXT_LINE_CHARS = 50


def _is_text(s: str) -> bool:
    t = s.strip()
    return chrome.is_prose(t) or (len(t) >= MIN_TEXT_LINE_CHARS and t.endswith((".", "。", "!", "?", "”", '"'))
                                  and _BULLET.match(t) is None)


def _is_link_line(s: str) -> bool:
    t = s.strip()
    return (_BULLET.match(t) is not None and len(t) <= MAX_LINK_CHARS
            and not t.endswith(_PHRASE_ENDS) and not is_label_line(_BULLET.sub("", t)))


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
        pos = lo
        while pos < hi:
            end = pos
            while end < hi and _is_link_line(texts[end]):
                end += 1
            if end - pos >= MIN_RUN:
                if prose_words is None:
                    prose_words = chrome.content_words("\n".join(t for t, p in zip(texts, flags) if p))
                words = chrome.content_words("\n".join(texts[pos:end]))
                share = len(words & prose_words) / len(words) if words else 1.0
                if share <= MAX_RECURRENCE:
                    why = (f"a list of links {where} the text: {end - pos} bulleted lines, "
                           f"{share:.0%} of whose words recur in it")
                    drop.update((k, why) for k in nonblank[pos:end])
            pos = max(end, pos + 1)
    for k, why in sorted(drop.items()):
        stripped = lines[k].text.strip()
        z.fixes.append(Fix("chrome", stripped.text, "", stripped.span(), why))
    return [ln for k, ln in enumerate(lines) if k not in drop] if drop else lines
