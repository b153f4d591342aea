"""A list numbered in words of mixed forms: `First, …` / `Two, …` / `Three …`.

Machine translation turns a Chinese list's numerals (一、 二、 三、, or 一是
二是 三是, "one is, two is") into English words, and not always into the
same kind of word: one line opens `First,`, the next `Two,`, a third
`Three` with its comma lost, or every line `two is …`, `three is …`.  No
single marker style matches all of them, so the lines looked like
paragraphs that happen to open with a number word.  One such line is a
sentence (`Three villages joined …`); a **run** of them on consecutive
lines, numbered on by one, is a list: the run is the evidence, not the
words (as for bare figures, see :mod:`.bare_numbers`).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..lazyre import lazy_compile

#: A run of word-numbered lines is a list from this many entries on (two
#: lines opening `One …` and `Two …` may be two sentences about counts).
MIN_WORD_NUMBER_RUN = 3

_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ADVERBS = ("firstly", "secondly", "thirdly", "fourthly", "fifthly")
_VALUE = {w: k for words in (_CARDINALS, _ORDINALS, _ADVERBS) for k, w in enumerate(words, start=1)}

#: The number word opening a line, then a comma, colon, stop or space (not a
#: hyphen: `Second-hand …`, `One-stop …` are words of their own).
_WORD_NUMBER = lazy_compile(
    r"^(" + "|".join(sorted(_VALUE, key=len, reverse=True)) + r")(?:\s*[,，:：.．、]\s*|\s+)(?=\S)",
    re.IGNORECASE)


def word_number(s: str) -> tuple[int, int] | None:
    """The number a word opening ``s`` stands for, and the length of that opening."""
    m = _WORD_NUMBER.match(s)
    return (_VALUE[m.group(1).lower()], m.end()) if m else None


def word_number_runs(texts: Sequence[str], styles: Sequence[str | None]) -> dict[int, int]:
    """For each line of a run of consecutive lines opened by number words and
    numbered on by one, the length of its opening word; ``styles`` holds each
    line's marker style (None when unmarked).  A run whose lines already share
    one marker style (`First, …` / `Second, …`) is left as it is: the marker
    rules read it already."""
    out: dict[int, int] = {}
    i = 0
    while i < len(texts):
        found = word_number(texts[i])
        if found is None:
            i += 1
            continue
        run = [(i, found[1])]
        j = i + 1
        while j < len(texts):
            nxt = word_number(texts[j])
            if nxt is None or nxt[0] != found[0] + len(run):
                break
            run.append((j, nxt[1]))
            j += 1
        marks = {styles[k] for k, _ in run}
        if len(run) >= MIN_WORD_NUMBER_RUN and (len(marks) > 1 or None in marks):
            out.update(run)
        i = j
    return out
