"""A summary printed above the paragraph that says it again.

News pages and their mirrors print an article's summary (the page's
description) in the body's place, and the article under it opens with the
same words: sometimes whole, not cut as a teaser is (see
:func:`.lead.teaser`), sometimes after a dateline the summary left out
(`BEIJING, (Pak News - 6th Aug) :President Xi …`), sometimes under a label
glued on without a colon (`Abstract [Lanxi Daily] On the morning …`), and
sometimes translated a second time with a word or two changed.

Two lines in a row that say the same thing are one text printed twice; the
document's own words are the evidence, not a list.  The first copy is the
summary: the description when the header has none (kept as a header line),
else a repeat of it, removed as a ``chrome`` fix that says why.  Either way
the paragraph under it, which holds the same words, is the first paragraph,
so nothing is lost.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from difflib import SequenceMatcher
from itertools import islice

from ..lazyre import lazy_compile
from ..model import Fix
from ..lexicon import read_table
from ..textmap import MappedText
from .header import description_value
from .lines import Line
from .shape import _same_words
from ..wordkey import folded_words

#: Both copies hold at least this many words (a shorter line is a heading,
#: a label or a salutation, and two of those may well agree by chance).
MIN_RESTATED_WORDS = 8
#: The words compared: the summary's first ones, against as many of the
#: paragraph's.
COMPARED_WORDS = 40
#: Share of the compared words that agree, in order.  Two translations of
#: one sentence agree on nine words in ten or more; two paragraphs of
#: parallel structure (`In 1997, the office promoted …` / `In 2000, the
#: office promoted …`) on about seven in ten, which is why a bare line needs
#: more than that.  A summary under its own label (`Abstract …`) is said to
#: be one by the page, so a looser second translation is enough.
MIN_AGREEMENT = 0.85
MIN_AGREEMENT_LABELLED = 0.7
#: The paragraph may open with a dateline the summary leaves out:
#: at most this many words of it (`BEIJING, (Pak News - APP - 6th Aug, 2019) :`).
MAX_DATELINE_WORDS = 12
#: Lines between the two copies: short ones only (a date, a `Views:` row,
#: the category), at most this many.
MAX_LINES_BETWEEN = 6
#: A summary is at most this long (a longer line is the article itself).
MAX_SUMMARY_CHARS = 1200

_WORD = lazy_compile(r"\w+")
_LETTERS = lazy_compile(r"[^\W\d_]+")


@functools.cache
def _bare_label() -> re.Pattern[str]:
    """`Abstract [Lanxi Daily] On …`: a summary's label with neither colon
    nor brackets, before a bracket or a capital."""
    words = sorted((r[0] for r in read_table("description_labels.tsv")), key=len, reverse=True)
    return re.compile(rf"^\s*(?i:{'|'.join(re.escape(w) for w in words)})\s+(?=[\[【(（A-Z])")


def strip_label(text: MappedText) -> tuple[MappedText, bool]:
    """The line without a summary label before it, and whether there was one."""
    value = description_value(text)
    if value is not None and value.text:
        return value, True
    m = _bare_label().match(text.text)
    if m is not None:
        return text.slice(m.end(), len(text.text)).strip(), True
    return text, False


def _words(s: str) -> list[str]:
    return folded_words(s)  # ([w.casefold() for w in _WORD.findall(s)])


#: The words of a paragraph the comparison can reach: a dateline's, the
#: compared ones after it, and enough more that the count tests
#: (``len(para)`` against ``MIN_RESTATED_WORDS`` and the dateline's length)
#: answer as they do for the whole paragraph.
PARAGRAPH_WORDS = MAX_DATELINE_WORDS + COMPARED_WORDS + MIN_RESTATED_WORDS


#: Where the search for a paragraph's opening words stops first (more than
#: enough characters for ``PARAGRAPH_WORDS`` words of English).
OPENING_CHARS = 600


def _opening_words(s: str) -> list[str]:
    """``_words(s)[:PARAGRAPH_WORDS]``, without reading a long paragraph to its end.

    The runs found before ``OPENING_CHARS`` are the paragraph's first ones,
    but the last may be cut there: when more than ``PARAGRAPH_WORDS`` are
    found, the first ``PARAGRAPH_WORDS`` are whole.
    """
    if len(s) > OPENING_CHARS:
        words = _WORD.findall(s, 0, OPENING_CHARS)
        if len(words) > PARAGRAPH_WORDS:
            return [w.casefold() for w in words[:PARAGRAPH_WORDS]]
    return _words(s)[:PARAGRAPH_WORDS]


def _has_words(s: str, count: int) -> bool:
    """``s`` holds at least ``count`` runs of letters (found lazily: a paragraph's first few settle it)."""
    return sum(1 for _ in islice(_LETTERS.finditer(s), count)) >= count


def agreement(summary: str, paragraph: str) -> float:
    """How far ``paragraph`` opens with ``summary``'s words (0 to 1), after at
    most :data:`MAX_DATELINE_WORDS` words of a dateline of its own."""
    said, para = _words(summary), _opening_words(paragraph)
    if len(said) < MIN_RESTATED_WORDS or len(para) < MIN_RESTATED_WORDS:
        return 0.0
    head = said[:COMPARED_WORDS]
    best = 0.0
    for skip in range(0, min(MAX_DATELINE_WORDS, len(para) - MIN_RESTATED_WORDS) + 1):
        if skip and para[skip] != head[0]:
            continue  # past a dateline, the copy starts on the summary's first word
        ratio = SequenceMatcher(None, head, para[skip: skip + len(head)], autojunk=False).ratio()
        best = max(best, ratio)
    return best


def agrees(summary: str, paragraph: str, threshold: float) -> bool:
    """``agreement(summary, paragraph) >= threshold``, without the full
    comparison where a bound already says no.

    Why: nearly every page asks this of its first two paragraphs, which are
    almost always two different texts, and ``SequenceMatcher.ratio`` was the
    costliest step of reading the lead.  ``real_quick_ratio`` and
    ``quick_ratio`` are upper bounds of ``ratio`` (same denominator, fewer
    constraints on the matches), so a window whose bound is under the
    threshold cannot reach it: the answer is exactly the one ``agreement``
    gives.
    """
    said, para = _words(summary), _opening_words(paragraph)
    if len(said) < MIN_RESTATED_WORDS or len(para) < MIN_RESTATED_WORDS:
        return 0.0 >= threshold
    head = said[:COMPARED_WORDS]
    head_counts = Counter(head)
    for skip in range(0, min(MAX_DATELINE_WORDS, len(para) - MIN_RESTATED_WORDS) + 1):
        if skip and para[skip] != head[0]:
            continue
        window = para[skip: skip + len(head)]
        # The two bounds as SequenceMatcher computes them, without building one
        # (it indexes the window first): most windows stop here.
        total = len(head) + len(window)
        if _ratio(min(len(head), len(window)), total) < threshold:  # real_quick_ratio
            continue
        if _ratio((head_counts & Counter(window)).total(), total) < threshold:  # quick_ratio
            continue
        if SequenceMatcher(None, head, window, autojunk=False).ratio() >= threshold:
            return True
    return 0.0 >= threshold


def _ratio(matches: int, length: int) -> float:
    """``difflib``'s ratio of ``matches`` elements in sequences of ``length`` in all
    (its ``_calculate_ratio``; ``quick_ratio``'s matches are the multiset
    intersection of the two sequences)."""
    return 2.0 * matches / length if length else 1.0


def read_restated_lead(body: list[Line], title: MappedText | None, description: MappedText | None
                       ) -> tuple[list[Line], MappedText | None, list[Line], list[Fix]]:
    """Returns the body left, the description found (None when the header
    already had one or nothing was found), the summary line kept as a header
    line, and the fix for a summary removed as a repeat."""
    if title is None:
        return body, None, [], []
    nonblank = [ln for ln in body if not ln.blank]
    start = 1 if nonblank and _same_words(nonblank[0].s, title.text) else 0  # a headline printed again
    if start >= len(nonblank):
        return body, None, [], []
    first = nonblank[start]
    line = first.text.strip()
    if len(line.text) > MAX_SUMMARY_CHARS:
        return body, None, [], []
    said, labelled = strip_label(line)
    if len(_words(said.text)) < MIN_RESTATED_WORDS:
        return body, None, [], []
    threshold = MIN_AGREEMENT_LABELLED if labelled else MIN_AGREEMENT
    for ln in nonblank[start + 1: start + 2 + MAX_LINES_BETWEEN]:
        if not _has_words(ln.s, MIN_RESTATED_WORDS):
            continue  # a short line between the two copies: a date, a category
        if _same_words(line.text, ln.s) or not agrees(said.text, ln.s, threshold):
            return body, None, [], []  # (a paragraph printed twice word for word is the duplicate rule's)
        left = [b for b in body if b.number != first.number]
        if description is None:
            return left, said, [first], []
        why = f"says again the paragraph below it ({agreement(said.text, ln.s):.2f} of its opening words agree): the summary, printed twice"
        return left, None, [], [Fix("chrome", line.text, "", line.span(), why)]
    return body, None, [], []
