"""Words run together without spaces (`educationisamatteroffundamentalimportance`).

Some pages lose every space of a paragraph on the way.  A run of letters far
longer than any English word is split back into words with the common-English
list (``english.is_english_word``), and only when the split is certain:

- capitals show word starts (`…spiritofGeneralSecretaryXiJinping` is cut
  before `General`, `Secretary`, `Xi`, `Jinping`), so names are never looked up;
- each lower-case stretch is split into the fewest dictionary words, and only
  when exactly one split has that fewest count (`nowhere` could be `no where`
  or `now here`: two splits, so no repair);
- a stretch that has no such split is left as it is.

A run that could not be split wholly is flagged ``run-together`` instead: a
wrong repair is worse than none.
"""

from __future__ import annotations

from ..chardata import CAMEL_BOUNDARY
from ..english import is_english_word
from ..lazyre import lazy_compile
from ..model import WARNING, Edit, Flag
from .base import Context, Rule

#: A run of letters at least this long is no English word (the longest
#: common ones, `responsibilities`, `internationalization`, stay under it
#: or are in the list).
MIN_RUN_LETTERS = 22
#: The longest word tried in a split.
MAX_WORD_LETTERS = 20
#: A run is prose lost its spaces only when some stretch between capitals is
#: this long; shorter ones (`AcademicExchangeCenter`) are names set in camel case.
MIN_STRETCH_LETTERS = 16
#: A split into so few words is no evidence (`counterrevolutionary`).
MIN_SPLIT_WORDS = 3
#: One-letter words a split may use.
_ONE_LETTER = frozenset({"a", "i"})

#: A run touching one of these is part of an address or a name of a file (`www.qinghecountyportal.gov.cn`).
_ADDRESS_CHARS = frozenset("./@:_-\\=&?#%0123456789")
_RUN = lazy_compile(rf"[A-Za-z]{{{MIN_RUN_LETTERS},}}")


def _may_run_together(text: str) -> bool:
    """Trigger: a run of letters long enough to be several words."""
    # A run of letters lies inside one whitespace-separated token: when no
    # token is that long (nearly every line), no regex scan is needed.
    return len(text) >= MIN_RUN_LETTERS and max(map(len, text.split()), default=0) >= MIN_RUN_LETTERS \
        and _RUN.search(text) is not None


def _word(w: str) -> bool:
    return (w in _ONE_LETTER) if len(w) == 1 else is_english_word(w)


def split_stretch(s: str) -> list[int] | None:
    """The cut positions of the unique fewest-word split of ``s`` (lower case
    letters), or None when there is no split or more than one."""
    n = len(s)
    INF = n + 1
    best = [INF] * (n + 1)  # fewest words for s[:i]
    ways = [0] * (n + 1)  # how many splits reach that fewest count (capped at 2)
    back = [-1] * (n + 1)
    best[0], ways[0] = 0, 1
    for i in range(1, n + 1):
        for j in range(max(0, i - MAX_WORD_LETTERS), i):
            if best[j] == INF or not _word(s[j:i]):
                continue
            count = best[j] + 1
            if count < best[i]:
                best[i], ways[i], back[i] = count, ways[j], j
            elif count == best[i]:
                ways[i] = min(2, ways[i] + ways[j])
    if best[n] == INF or ways[n] != 1:
        return None
    cuts = []
    i = n
    while i > 0:
        i = back[i]
        if i > 0:
            cuts.append(i)
    return sorted(cuts)


def _split_run(run: str) -> list[int] | None:
    """Cut positions for a whole run, or None unless every piece splits."""
    cuts: list[int] = []
    pieces = []
    start = 0
    for m in CAMEL_BOUNDARY.finditer(run):
        pieces.append((start, m.start()))
        start = m.start()
    pieces.append((start, len(run)))
    words = 0
    for a, b in pieces:
        piece = run[a:b]
        if a > 0:
            cuts.append(a)
        if piece[:1].isupper() and piece[1:].islower() and (_word(piece.lower()) or len(piece) <= 8):
            words += 1  # a capitalised word or a name: a word of its own
            continue
        inner = split_stretch(piece.lower())
        if inner is None:
            if _word(piece.lower()):
                words += 1
                continue
            return None
        cuts.extend(a + c for c in inner)
        words += len(inner) + 1
    return cuts if words >= MIN_SPLIT_WORDS else None


def _in_address(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1: start], text[end: end + 2]
    if before and before in _ADDRESS_CHARS:
        return True
    # `….gov.cn`, `…@163.com`, `…_2.jpg`; a full stop ending the sentence is no address
    return bool(after) and (after[0] in "@_-\\=&?#%0123456789/" or (after[0] in ".:" and after[1:2].isalnum()))


def split_run_together(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Rule ``run-together``: spaces put back into a run of words, or a flag."""
    edits: list[Edit] = []
    flags: list[Flag] = []
    for m in _RUN.finditer(text):
        run = m.group()
        if _in_address(text, m.start(), m.end()) or is_english_word(run.lower()):
            continue  # part of a web or mail address, a file name or a code: not prose
        if max(len(p) for p in CAMEL_BOUNDARY.split(run)) < MIN_STRETCH_LETTERS:
            continue  # `AcademicExchangeCenter`: a name written in capitals, word by word, not a sentence
        cuts = _split_run(run)
        if cuts is None:
            flags.append(Flag("run-together", WARNING,
                              f"'{run[:40]}…' looks like words run together; no certain split was found",
                              m.start(), m.end()))
            continue
        edits.extend(Edit(m.start() + c, m.start() + c, " ", "run-together") for c in cuts)
    return edits, flags


RULES = (Rule("run-together", split_run_together,
              "Spaces put back into words run together, where the split is certain; flagged otherwise.",
              trigger=_may_run_together),)
