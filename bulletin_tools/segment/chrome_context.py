"""Context for the chrome classifier: lines judged by their neighbours.

The classifier in :mod:`.chrome` scores one line at a time.  Boilerplate
removal does better when it also looks at the lines around (jusText's
"context smoothing"): a short line in a block of chrome is chrome, though on
its own shape it could be a heading.  Four kinds of context are read here,
each with its reason in words for the ``chrome`` fix it becomes:

* :func:`short_above_headline`: above the headline, a row of one to three
  words (`News`, `Party building work`) among menu rows that are removed is
  one more menu row, even when its words recur in the text (a menu names
  the page's own topic);
* :func:`short_below_headline`: the same under the headline, above the
  first paragraph: short rows in an unbroken run with a row removed as
  chrome (a column menu printed between the headline and its label rows);
* :func:`closing_run`: below the last paragraph, lines that run to the end
  of the page, every one of them at least half likely chrome, with two or
  more judged chrome, are one block of widgets (a comment form, an inquiry
  basket, a subscription box), full sentences or not;
* :func:`letterless_rows`: above the first paragraph or below the last, a
  short row with no letter at all (`0`, `(0)`, `0/1200`, `/ 1`) is a
  counter of a widget; dates, record numbers and a label's value are not.

Nothing is lost: every line removed here is recorded as a fix.  Which lines
are judged at all, and the classifier's own thresholds, stay in
:mod:`.removal` and :mod:`.chrome`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..lazyre import lazy_compile
from .footer import looks_like_footer
from .header import date_line, is_label_line
from .header_reader import _BARE_MARKER

if TYPE_CHECKING:  # (removal imports this module: no import cycle at run time)
    from .removal import _PageJudgement

#: A row above the headline has at most this many English words to go with
#: the menu around it: a menu's entries are one to three words; a longer line
#: there may be the first half of the title or a kicker.  Counted on the
#: tuning sites' labelled lines: at 3, 36 chrome rows against 1 crumb; at 6,
#: 62 against 7 (titles among them).
MAX_MENU_ROW_WORDS = 3
#: ... and the classifier gives it at least this probability of chrome: the
#: row's shape says something too (a headline's short kicker scores lower).
ABOVE_HEADLINE_FLOOR = 0.2
#: Why a row the classifier alone would have kept went with the menu above the headline.
ABOVE_HEADLINE_REASON = "a short row above the headline, among chrome removed there"

#: Every line of a closing run is at least this likely chrome; set on the
#: tuning sites' labelled lines (0.5 and 0.6 took the same lines; at 0.65
#: half the form rows stayed).
CLOSING_RUN_FLOOR = 0.6
#: ... and this many of its lines are judged chrome outright (with one,
#: captions and closing paragraphs came along).
CLOSING_RUN_MIN_CHROME = 2
#: A row whose characters are this much digits is a table's row (`4  Cleaning
#: wages  -9,000.00  3 people`): content, it ends the run (a widget's row
#: holds a counter at most: `Inquiry List(0)`).
TABLE_ROW_DIGIT_SHARE = 0.2
#: Why a line the classifier alone would have kept went with its closing run.
CLOSING_RUN_REASON = "in a run of widget lines that closes the page, two or more judged chrome"
#: ... and when a counter row was needed to make the two.
CLOSING_RUN_COUNTER_REASON = "in a run of widget lines that closes the page, two or more judged chrome or counters"

#: A row with no letter is a counter only when this short (`0/1200`, `(0)`).
MAX_LETTERLESS_CHARS = 12
#: A counter shows one or two numbers (`0`, `0 0`, `1 / 3`); `12  34  56` is a row of a table.
MAX_COUNTER_NUMBERS = 2
_NUMBER = lazy_compile(r"\d+")
#: Four digits in a row are a year, a phone number or a record: content.
_LONG_NUMBER = lazy_compile(r"\d{4}")
#: `0/1200`: an empty comment box's character counter (nothing typed of the
#: most allowed); a month over a year (`3/2021`) never starts at 0.
_CHARACTER_COUNTER = lazy_compile(r"0\s*/\s*\d{2,5}")
#: `1.` / `(2)` / `3、`: a bare list number, which the header reader joins to its text
#: (a list counts from 1: `(0)` is a widget's counter).
_BARE_LIST_NUMBER = lazy_compile(r"[(（]?(?!0)\d{1,3}\s*[.)）、．]")
_LABEL_END = (":", "：")


def short_above_headline(page: "_PageJudgement", removable: set[int], protected: set[int]) -> set[int]:
    """The short rows above the headline that go with the chrome removed there.

    Only when the classifier removed at least one line above the headline
    (the zone holds a menu), and only rows of at most ``MAX_MENU_ROW_WORDS``
    words that it gave at least ``ABOVE_HEADLINE_FLOOR``.
    """
    if not protected:
        return set()
    head = min(protected)
    above = [k for k in page.verdicts if k < head and page.zone_of.get(k) == "top" and k not in protected]
    if not any(k in removable for k in above):
        return set()
    return _menu_rows(page, above, removable)


def _menu_rows(page: "_PageJudgement", lines: list[int], removable: set[int]) -> set[int]:
    """The rows of ``lines`` not yet removed that are shaped like a menu's
    entries: one to ``MAX_MENU_ROW_WORDS`` words, at least
    ``ABOVE_HEADLINE_FLOOR`` likely chrome (above or under the headline alike)."""
    return {k for k in lines if k not in removable and 1 <= page.shapes[k].words <= MAX_MENU_ROW_WORDS
            and page.verdicts[k].probability >= ABOVE_HEADLINE_FLOOR}


#: Why a short row under the headline went with the menu row next to it.
BELOW_HEADLINE_REASON = "a short row under the headline, in an unbroken run of rows with chrome removed in it"


def short_below_headline(page: "_PageJudgement", removable: set[int], protected: set[int]) -> set[int]:
    """The short rows under the headline that go with a menu row removed there.

    A site's column menu is often printed between the headline and the
    article's label rows (`Company News` / `Party building work` / `Branch
    Style` / `Author:`): one row of it is judged chrome, the others are too
    short for their shape alone.  A run is the judged rows below the headline,
    above the first paragraph, line after line (a blank line or a row another
    reader claims ends it); when one of its rows is removed, its rows of at
    most ``MAX_MENU_ROW_WORDS`` words with at least ``ABOVE_HEADLINE_FLOOR``
    go too.  A longer row (a deck, a subtitle) stays.
    """
    if not protected:
        return set()
    head_end = max(protected)
    out: set[int] = set()
    run: list[int] = []
    for k in [*range(head_end + 1, len(page.texts)), None]:
        if k is not None and page.zone_of.get(k) == "top" and k in page.verdicts and k not in protected:
            run.append(k)
            continue
        if any(j in removable for j in run):
            out |= _menu_rows(page, run, removable)
        run = []
        if k is None or page.zone_of.get(k, "top") != "top":
            break
    return out


def closing_run(page: "_PageJudgement", protected: set[int]) -> set[int]:
    """The lines of the run that closes the page, when it is a block of widgets.

    Walking up from the last line (past the footer's rows): judged lines
    below the prose, each at least ``CLOSING_RUN_FLOOR`` likely chrome and
    not a table's row, and rows with no letter (a widget's counter) between them.  The run goes
    when at least ``CLOSING_RUN_MIN_CHROME`` of its lines are judged chrome or are counters.
    Letterless rows are returned too; they have no verdict of their own.
    """
    run: list[int] = []
    for k in reversed(page.nonblank):
        t = page.texts[k].strip()
        if not run and looks_like_footer(t):
            continue
        if page.zone_of.get(k) != "tail" or k in protected:
            break
        v = page.verdicts.get(k)
        if v is None:
            if is_counter(t):
                run.append(k)
                continue
            break
        if v.probability < CLOSING_RUN_FLOOR or page.shapes[k].digit_share >= TABLE_ROW_DIGIT_SHARE:
            break
        run.append(k)
    # A widget's counter (`0`, `0/1200`) is chrome by what it is: it counts as a line judged chrome.
    if sum(1 for k in run if k not in page.verdicts or page.verdicts[k].chrome) < CLOSING_RUN_MIN_CHROME:
        return set()
    return set(run)


def is_counter(t: str) -> bool:
    """`0`, `(0)`, `0 0`, `/ 1`: a short row with no letter, one or two numbers
    (a row of more is a table's or a pager's, another reader's), no date, no long number."""
    return 0 < len(t) <= MAX_LETTERLESS_CHARS and not any(map(str.isalpha, t)) \
        and 1 <= len(_NUMBER.findall(t)) <= MAX_COUNTER_NUMBERS \
        and (_LONG_NUMBER.search(t) is None or _CHARACTER_COUNTER.fullmatch(t) is not None) \
        and _BARE_LIST_NUMBER.fullmatch(t) is None and date_line(t) is None


def letterless_rows(page: "_PageJudgement") -> set[int]:
    """The counters above the first paragraph or below the last (see :func:`is_counter`).

    Not a label's value on the next line (`Views:` / `17`), nor a two-digit
    day beside a row holding a year (`17` over `2025-06`: a date set on two
    lines).
    """
    out: set[int] = set()
    nb = page.nonblank
    for pos, k in enumerate(nb):
        if page.zone_of.get(k) not in ("top", "tail") or k in page.verdicts:
            continue
        t = page.texts[k].strip()
        if not is_counter(t):
            continue
        above = page.texts[nb[pos - 1]].strip() if pos else ""
        below = page.texts[nb[pos + 1]].strip() if pos + 1 < len(nb) else ""
        if above.endswith(_LABEL_END):
            continue
        if len(t) == 2 and t.isdigit() and 1 <= int(t) <= 31 and (_LONG_NUMBER.search(above) or _LONG_NUMBER.search(below)):
            continue
        out.add(k)
    return out


def counter_reason(t: str, zone: str) -> str:
    where = "above the first paragraph" if zone == "top" else "below the last paragraph"
    return f"a counter: no letters, {len(t)} characters, {where}"


#: Why a bare list number over a label or date row goes (the header reader's
#: words and rule for it: the fix it has always recorded).
BARE_NUMBER_REASON = "a list number with no text, above the title"


#: A widget's caption below the text is short (`Suggest to a Friend:`, `Original link:`).
MAX_EMPTY_LEAD_IN_CHARS = 60
#: Why a lead-in with nothing after it went.
EMPTY_LEAD_IN_REASON = "below the last paragraph, a lead-in ending in a colon with nothing of the text after it (a widget's caption)"


def empty_lead_ins(page: "_PageJudgement") -> set[int]:
    """Below the last paragraph, a short line ending in a colon that leads
    into nothing the text holds: the page ends under it, or only footer rows
    and lines the classifier judges chrome follow it (a widget's other
    lines; a sentence it is unsure of may be the text's last words).  A lead-in
    over a list, a label row, a table or a paragraph keeps its place: those
    are another reader's, or prose."""
    out: set[int] = set()
    nb = page.nonblank
    for pos, k in enumerate(nb):
        if page.zone_of.get(k) != "tail" or k not in page.verdicts:
            continue
        t = page.texts[k].strip()
        if len(t) > MAX_EMPTY_LEAD_IN_CHARS or not t.endswith(_LABEL_END):
            continue
        if all(j in page.verdicts and page.verdicts[j].chrome or looks_like_footer(page.texts[j].strip())
               for j in nb[pos + 1:]):
            out.add(k)
    return out


def context_removals(page: "_PageJudgement", removable: set[int], protected: set[int],
                     keep: Callable[[int], bool]) -> dict[int, tuple[str, str]]:
    """The lines the four readers above remove besides ``removable``, each as
    ``(rule, why)``: ``chrome`` with the evidence in words, or ``furniture``
    for a bare list number beside a label or date row (`1` / `2020-11-20 Editor: …`,
    which the header reader removes so when it reaches it: the same record, taken
    earlier).  ``keep(k)`` names the lines they must leave (an issuer's
    signature, the site's name on the first line)."""
    out: dict[int, tuple[str, str]] = {}
    for k in short_above_headline(page, removable, protected):
        out[k] = ("chrome", f"{page.verdicts[k].explain()}; {ABOVE_HEADLINE_REASON}")
    for k in short_below_headline(page, removable, protected):
        out.setdefault(k, ("chrome", f"{page.verdicts[k].explain()}; {BELOW_HEADLINE_REASON}"))
    run = closing_run(page, protected)
    judged = sum(1 for k in run if k in page.verdicts and page.verdicts[k].chrome)
    run_reason = CLOSING_RUN_REASON if judged >= CLOSING_RUN_MIN_CHROME else CLOSING_RUN_COUNTER_REASON
    for k in run - removable:
        v = page.verdicts.get(k)
        t = page.texts[k].strip()
        out[k] = ("chrome", f"{v.explain()}; {run_reason}" if v is not None else counter_reason(t, "tail"))
    for k in empty_lead_ins(page) - removable:
        out.setdefault(k, ("chrome", f"{page.verdicts[k].explain()}; {EMPTY_LEAD_IN_REASON}"))
    nb = page.nonblank
    for k in letterless_rows(page):
        t = page.texts[k].strip()
        pos = nb.index(k)
        below = page.texts[nb[pos + 1]].strip() if pos + 1 < len(nb) else ""
        above = page.texts[nb[pos - 1]].strip() if pos else ""
        if page.zone_of[k] == "top" and _BARE_MARKER.match(t) and any(
                is_label_line(row) or date_line(row) is not None for row in (below, above) if row):
            out.setdefault(k, ("furniture", BARE_NUMBER_REASON))
        else:
            out.setdefault(k, ("chrome", counter_reason(t, page.zone_of[k])))
    return {k: why for k, why in out.items() if not keep(k)}
