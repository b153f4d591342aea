"""Two cues for where a section starts, from the lines around a short line.

* A **dateline** under a story's headline (`Riverside Evening Post, May 9,
  2024`, `from Hill Weekly (山报)June 2, 2023`, `April 30, 2024`): a digest
  page prints several stories, each a headline, a line of its source and
  date, then the story.  The dateline is a line of the story, never its
  heading, and the headline over it heads the story although prose does not
  follow it at once.  A source is a few capitalised words (a name), so a
  sentence that ends on a date (`The fair was held on May 9, 2024`) is no
  dateline.
* A **short title closing a list of sentences** (`1. Farmers asked for …
  .` `2. Several letters asked …` `3. Our replies` / prose): numbered on
  from the list, but of another shape than its siblings (a few title words,
  or a name and a colon, where they are sentences or `Label: value`
  rows), and over prose rather than over another item: it heads the prose,
  as a page does when it numbers its sections and the list of one of them
  in one style.

Both are checked on real pages of two sites each (the tuning sets of the
real-page collection); samples s740 and s741 pin them.
"""

from __future__ import annotations

import re

from ..chardata import is_han_common
from ..lazyre import lazy_compile

#: A dateline is at most this long: a source's name and a date.
MAX_DATELINE_CHARS = 60
#: What may stand after the date (a stop, a bracket).
MAX_CHARS_AFTER_DATELINE_DATE = 2
#: A source's name before the date has at most this many words.
MAX_DATELINE_SOURCE_WORDS = 5
#: `from Hill Weekly`, `Source: Hill Weekly`: the word before the source.
_SOURCE_LEAD = lazy_compile(r"^(?:from|source\s*[:：]?|by)\s+", re.IGNORECASE)
_SOURCE_TAIL = ",，-–—|/:： "


def _name_word(word: str) -> bool:
    """A word of a source's name: capitalised, or in brackets (`(山报)`), or Chinese."""
    first = word[:1]
    return first.isupper() or first in "(（[【" or is_han_common(first) or first.isdigit()


def is_dateline(line: str) -> bool:
    """`Riverside Evening Post, May 9, 2024`: a date at the end of a short
    line, after nothing or after a source's name only."""
    s = line.strip()
    if len(s) > MAX_DATELINE_CHARS or not any(ch.isdigit() for ch in s):
        return False
    from ..fields import find_datetime

    dt = find_datetime(s)
    if dt is None or dt.date is None or len(s) - dt.end > MAX_CHARS_AFTER_DATELINE_DATE:
        return False
    source = _SOURCE_LEAD.sub("", s[:dt.start].strip().rstrip(_SOURCE_TAIL))
    words = source.split()
    return len(words) <= MAX_DATELINE_SOURCE_WORDS and all(_name_word(w) for w in words)


#: A title closing a list has at most this many words (`Our replies`,
#: `Introduction:`); a longer line is an item worded as a phrase.
MAX_CLOSING_TITLE_WORDS = 5
#: ... and the list before it at least this many items.
MIN_ITEMS_BEFORE_CLOSING_TITLE = 2
#: Marker styles of a numbered section: digits, Chinese and Roman numerals.
#: (Bullets, letters and a regulation's divisions and articles have rules of their own.)
_SECTION_NUMBER_STYLES = frozenset({"num-dot", "num-dun", "num-close", "num-paren", "cn", "cn-paren", "roman",
                                    "roman-paren", "num-word"})


def _title_words(rest: str) -> str | None:
    """The words of a short title (`Our replies`, `Introduction:` without its
    colon), or None when ``rest`` is no such title."""
    from .body import _is_short_heading

    core = rest[:-1].rstrip() if rest.endswith((":", "：")) else rest
    if not core or ":" in core or "：" in core or len(core.split()) > MAX_CLOSING_TITLE_WORDS:
        return None
    return core if _is_short_heading(core) else None


def closing_list_titles(texts: list[str], styles: list[tuple[str, int] | None],
                        numbers: list[int | None]) -> set[int]:
    """Indexes of the numbered lines that close a list as the title of the prose under them (see the module)."""
    from .body import _is_short_heading, _prose

    out: set[int] = set()
    for i in range(MIN_ITEMS_BEFORE_CLOSING_TITLE, len(texts) - 1):
        style = styles[i]
        if style is None or style[0] not in _SECTION_NUMBER_STYLES or styles[i + 1] is not None:
            continue
        if not _prose(texts[i + 1]) or _title_words(texts[i][style[1]:].strip()) is None:
            continue
        siblings = _siblings_before(i, texts, styles, numbers)
        if len(siblings) >= MIN_ITEMS_BEFORE_CLOSING_TITLE and not any(_is_short_heading(s) for s in siblings):
            out.add(i)
    return out


def _siblings_before(i: int, texts: list[str], styles: list[tuple[str, int] | None],
                     numbers: list[int | None]) -> list[str]:
    """The words of the items right before line ``i``, of its style and numbered on to it."""
    out: list[str] = []
    k, style = i, styles[i]
    while k > 0 and style is not None:
        before, number, number_before = styles[k - 1], numbers[k], numbers[k - 1]
        if before is None or before[0] != style[0] or number is None or number_before is None \
                or number_before + 1 != number:
            break
        k -= 1
        out.insert(0, texts[k][before[1]:].strip())
    return out
