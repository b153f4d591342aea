"""Whitespace and punctuation repairs for machine-translated English (docs/input-patterns.md,
"Whitespace and punctuation").

About half of all pages show them: ideographic-space indentation, NBSP,
full-width punctuation copied through from the Chinese (``hall，and``),
sentences glued together (``questions.So far``), a space on the wrong side of
a comma (``community ,Taoli``), doubled punctuation and doubled words
(``cadres cadres``).  Each rule is a small pure function over one line.

Two things shape every rule here:

* **What must not change.** Numbers (``3.6%``, ``1,286``), times, dotted
  dates, URLs and e-mail addresses, record numbers, abbreviations
  (``e.g.``, ``U.S.``), ellipses, list markers and labels without a space after
  the colon (``Source:Taizhou``, which the segmenter reads) are all made of the
  same characters as the errors.  Every rule therefore asks for prose on both
  sides (a lower-case letter before ``.``, a capitalised word after it, …)
  and leaves anything else alone.
* **Idempotence.** ``clean`` must not change its own output, so the chain
  applied twice must equal the chain applied once.  That is why the order
  below differs from the obvious one: ``doubled-punctuation`` runs *before*
  ``punctuation-spacing`` (``word..Next`` → ``word.Next`` → ``word. Next`` in one
  pass), and ``doubled-word`` reduces repeats with a stack so that its output
  holds no repeat at all (``a a b a a b`` → ``a b`` at once).

Whitespace decision: ``whitespace`` only turns exotic spaces into ASCII
spaces *keeping their number* (a tab becomes two spaces: it separates
fields) and strips the line's ends; runs of two or more spaces inside a line
are kept, because the segmenter splits jammed fields on them
(``Source: X  Author: Y``).  ``space-run`` then collapses a run only where
both sides are lower-case prose (``the  district``).
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from functools import cache
from typing import Iterator

from .. import lexicon
from ..asciiruns import letter_runs
from ..lazyre import lazy_compile
from ..model import WARNING, Edit, Flag
from ..tables import read_rows
from .base import Context, Rule
from ..chardata import HAN_CHAR



def _is_han(char: str) -> bool:
    return bool(char) and HAN_CHAR.match(char) is not None


def _is_latin(char: str) -> bool:
    return bool(char) and char.isascii() and char.isalpha()


def _read_rows(name: str) -> list[list[str]]:
    return read_rows(name, strip=False)  # cells keep their spaces: '，' → ', '



# --------------------------------------------------------------------------
# whitespace

_EXOTIC = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f\x85\u2028\u2029\x1c-\x1f"
_EXOTIC_RUN = lazy_compile(f"[{_EXOTIC}]+")
#: The full-width space U+3000 (GBK bytes A1 A1) read in a Latin code page:
#: `¡¡` in Latin-1, `ĦĦ` in Latin-3.  A run of such pairs opening a line
#: before its first word is the page's indentation, garbled: removed with it.
_GARBLED_INDENT = lazy_compile(r"(?:¡¡|ĦĦ)+(?=[^\s¡Ħ])")
_GARBLED_SPACE_CHARS = ("¡", "Ħ")


def normalise_whitespace(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Rule ``whitespace``: exotic spaces → ASCII (count kept, tab → 2), ends stripped.

    >>> normalise_whitespace("\\u3000\\u3000Park  news ", Context())[0][0].after
    ''
    """
    left = len(text) - len(text.lstrip())
    garbled = _GARBLED_INDENT.match(text, left) if text[left:left + 1] in _GARBLED_SPACE_CHARS else None
    if garbled is not None:
        left = garbled.end()  # (`¡¡¡¡In order to …`: the page's full-width indentation read in a Latin code page)
    right = len(text.rstrip())
    # Every character of _EXOTIC is unprintable (see _may_edit_whitespace): a
    # printable line (most of those with an edge to strip) needs no scan for them.
    exotic = not text.isprintable()
    if left == 0 and right == len(text) and not (exotic and _EXOTIC_RUN.search(text)):
        return [], []
    if right == 0:
        return [Edit(0, len(text), "", "whitespace")], []
    edits = []
    if left:
        edits.append(Edit(0, left, "", "whitespace"))
    for m in _EXOTIC_RUN.finditer(text, left, right) if exotic else ():
        after = "".join("  " if c == "\t" else " " for c in m.group())
        edits.append(Edit(m.start(), m.end(), after, "whitespace"))
    if right < len(text):
        edits.append(Edit(right, len(text), "", "whitespace"))
    return edits, []


def _may_edit_whitespace(text: str) -> bool:
    """Trigger of ``whitespace``: an edge that ``strip`` would cut, an exotic space, or a garbled one opening the line."""
    # Every character of _EXOTIC is a separator or a control character, so
    # none is printable (``str.isprintable`` is far cheaper than the regex;
    # tests/test_rule_triggers.py checks the claim over all of Unicode).
    return not text.isprintable() or text[:1].isspace() or text[-1:].isspace() or text[:1] in _GARBLED_SPACE_CHARS


def _may_have_space_run(text: str) -> bool:
    """Trigger of ``space-run``: a run of two spaces (the rule's own first test)."""
    return "  " in text


# The look-behind lets a run be tried only from its first space: linear time.
# The space comes first so the engine can skip to it; the look-behind after
# it (the letter or mark, then that space) makes the matches those of
# `(?<=[a-z,;，；、]) {2,}(?=[a-z])`, which tried its look-behind at every
# position (measured: 2.3x slower over the lines that hold two spaces).
_PROSE_SPACE_RUN = lazy_compile(r" (?<=[a-z,;，；、] ) +(?=[a-z])")


def collapse_space_runs(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Rule ``space-run``: ``the  district`` → ``the district``; field gaps stay."""
    if "  " not in text:
        return [], []
    return [Edit(m.start(), m.end(), " ", "space-run") for m in _PROSE_SPACE_RUN.finditer(text)], []


# --------------------------------------------------------------------------
# full-width punctuation


@cache
def _fullwidth_table() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in _read_rows("spacing_fullwidth.tsv")}


@cache
def _fullwidth_pattern() -> re.Pattern[str]:
    chars = "".join(re.escape(c) for c in _fullwidth_table())
    return re.compile(f"[—―]{{2,}}|[{chars}]|(?<=[A-Za-z])·(?=[A-Za-z])")


@cache
def _fullwidth_trigger() -> re.Pattern[str]:
    """One character of :func:`_fullwidth_pattern`: every match of it starts with one."""
    chars = "".join(re.escape(c) for c in _fullwidth_table())
    return re.compile(f"[{chars}—―·]")


def _may_have_fullwidth(text: str) -> bool:
    """Trigger of ``fullwidth-punctuation``: a character the rule's pattern can match."""
    return _fullwidth_trigger().search(text) is not None


_OPENERS = "([“‘（【〖〔《"
_LIST_MARKER_DUN = lazy_compile(r"\s*[0-9]{1,3}、")


def fullwidth_punctuation(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Rule ``fullwidth-punctuation``: ``hall，and`` → ``hall, and`` in English context.

    Trailing marks (``，。：）``) belong to the text before them, opening marks
    (``（【``) to the text after them: a Han character on that side means
    Chinese context, which is left alone (``（一）``, ``发布时间：``); so does a
    Han character on the other side unless a Latin letter faces the mark
    (``2023-06-12，作者`` stays, ``Editor：周丽娟`` becomes ``Editor: 周丽娟``).  ``1、`` at
    the start of a line is a list marker the segmenter reads, also left alone.
    """
    if text.isascii():
        return [], []
    table = _fullwidth_table()
    skip_to = 0
    marker = _LIST_MARKER_DUN.match(text)
    if marker:
        skip_to = marker.end()
    n = len(text)
    edits = []
    for m in _fullwidth_pattern().finditer(text, skip_to):
        i, j = m.span()
        prev = text[i - 1] if i > 0 else ""
        nxt = text[j] if j < n else ""
        char = m.group()
        if char[0] in "—―":
            if _is_han(prev) or _is_han(nxt):
                continue
            edits.append(Edit(i, j, "—", "fullwidth-punctuation"))
            continue
        if char == "·":
            edits.append(Edit(i, j, " ", "fullwidth-punctuation"))
            continue
        ascii_form, kind = table[char]
        if kind == "close":
            if _is_han(prev) or (_is_han(nxt) and not _is_latin(prev)):
                continue  # 发布时间：, 2023-06-12，作者 (but Editor：周丽娟 is English)
            after = ascii_form
            both_digits = prev.isdigit() and nxt.isdigit() and ascii_form in ",."
            if nxt and not both_digits and (nxt.isalnum() or nxt in _OPENERS):
                after += " "
        elif kind == "open":
            if _is_han(nxt) or (_is_han(prev) and not _is_latin(nxt)):
                continue
            after = ascii_form
            if prev and (prev.isalnum() or prev in ",;:!?)]"):
                after = " " + after
        else:
            if _is_han(prev) or _is_han(nxt):
                continue
            after = ascii_form
        edits.append(Edit(i, j, after, "fullwidth-punctuation"))
    return edits, []


# --------------------------------------------------------------------------
# punctuation spacing

#: Tokens that hold a URL, an e-mail address, a path or an entity: never re-spaced.
#: Tried only at a token's start (look-behind), each token scanned once: linear.
_URLISH = lazy_compile(r"(?<!\S)\S*?(?:@|://|www\.|/|&)\S*")


def _protected_tokens(text: str) -> tuple[list[int], list[int]]:
    if not any(c in text for c in "@/&") and "www." not in text:
        return [], []
    starts, ends = [], []
    for m in _URLISH.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _inside(pos: int, spans: tuple[list[int], list[int]]) -> bool:
    starts, ends = spans
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < ends[k]


_SPACE_BEFORE = lazy_compile(r"(?<=[A-Za-z0-9\"'”’)%]) +(?=[,.;:!?])")
_SPACE_BEFORE_S = lazy_compile(r"(?<=[A-Za-z]) +(?=['’]s(?![A-Za-z]))")
_SPACE_BEFORE_HYPHEN = lazy_compile(r"(?<=[A-Za-z]) +(?=-[A-Za-z])")
_NO_SPACE_AFTER = lazy_compile(r"[.!?;,](?=[A-Za-z])")
_CLOSERS = "\"'”’)%"


def _sentence_start(text: str, k: int) -> bool:
    """``text[k:]`` starts a capitalised word (``So``, ``The``, ``I``), not ``USA`` or ``U.S.``."""
    if k >= len(text) or not ("A" <= text[k] <= "Z"):
        return False
    nxt = text[k + 1] if k + 1 < len(text) else ""
    return nxt.islower() or nxt in " '’" or nxt == ""


_DAY_BEFORE = lazy_compile(r"(?:[A-Za-z]{3,} )\d{1,4}$")


def _day_number_before(text: str, i: int) -> bool:
    """`on April 20.The meeting`: a number closing a sentence after a word, not
    a list number at the start of a line (`1.About`) nor a decimal (`3.5`)."""
    return bool(_DAY_BEFORE.search(text[max(0, i - 20):i]))


_SPACE_THEN_MARK = lazy_compile(r" [,.;:!?'’-]")


def _may_space_punctuation(text: str) -> bool:
    """Trigger of ``punctuation-spacing``: every edit needs a space right before
    ``, . ; : ! ? ' ’ -`` (the first three patterns) or a match of ``_NO_SPACE_AFTER``.

    Two searches, not one alternation: each can skip ahead to its first
    character, an alternation cannot (measured: about half the time).
    """
    return _SPACE_THEN_MARK.search(text) is not None or _NO_SPACE_AFTER.search(text) is not None


def punctuation_spacing(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Rule ``punctuation-spacing``: ``questions.So`` → ``questions. So``, ``masses .`` → ``masses.``.

    Removes the space before ``, . ; : ! ?``, ``'s`` and a joining hyphen, and
    adds the missing one after ``. ! ? ; ,`` between prose words.  Numbers,
    times, URLs, abbreviations, ellipses and unspaced labels are left as they are.
    """
    protected = _protected_tokens(text)
    edits, done = _space_before_mark(text, protected)
    for pattern, pairs in ((_SPACE_BEFORE_S, (" '", " ’")), (_SPACE_BEFORE_HYPHEN, (" -",))):
        if not any(pair in text for pair in pairs):
            continue
        for m in pattern.finditer(text):
            edits.append(Edit(m.start(), m.end(), "", "punctuation-spacing"))
    for m in _NO_SPACE_AFTER.finditer(text):
        i = m.start()
        if i in done or i == 0 or _inside(i, protected):
            continue
        if _wants_space_after(text, i):
            edits.append(Edit(i, i + 1, text[i] + " ", "punctuation-spacing"))
    return edits, []


def _space_before_mark(text: str, protected) -> tuple[list[Edit], set[int]]:
    """Edits for ``masses .`` → ``masses.``, and the positions of the marks they
    cover (the missing-space pass leaves those alone)."""
    edits: list[Edit] = []
    done: set[int] = set()
    # Each pattern needs a space right before its mark: a line without that
    # pair has nothing to match (plain tests, no generator).
    if not (" ," in text or " ." in text or " ;" in text or " :" in text or " !" in text or " ?" in text):
        return edits, done
    for m in _SPACE_BEFORE.finditer(text):
        s, e = m.span()
        edit = _space_before_edit(text, s, e, protected)
        if edit is not None:
            edits.append(edit)
            done.add(e)
    return edits, done


def _space_before_edit(text: str, s: int, e: int, protected) -> Edit | None:
    """The edit for the space ``text[s:e]`` before the mark ``text[e]``, or None to leave it."""
    mark = text[e]
    prev = text[s - 1]
    after = text[e + 1] if e + 1 < len(text) else ""
    if not _word_before_mark(mark, prev, after):
        return None
    if mark == "." and after.isascii() and after.isupper() and _sentence_start(text, e + 1) \
            and not _inside(e, protected):
        # ``July 12 .The``: both faults at once, the space belongs after the stop
        return Edit(s, e + 1, ". ", "punctuation-spacing")
    if mark == "." and after not in ("", " ") and after not in _CLOSERS + "]":
        return None  # ``.com``, ``.5``, ``...``
    if mark in "!?" and after and after in "!?":
        return None  # ``??`` marks lost characters; another check reads it
    if mark == "?" and after.isalpha():
        return None  # ``By ?Lin Qiao``: a character lost in encoding, never a question glued to the next word
    if _inside(e, protected):
        return None
    add_space = mark in ",;!?" and after.isascii() and after.isalpha()
    return Edit(s, e + 1, mark + (" " if add_space else ""), "punctuation-spacing")


def _word_before_mark(mark: str, prev: str, after: str) -> bool:
    """The space before a mark follows a word (not ``3 :``, not ``3 .5``): it may go."""
    if not (prev.isascii() and (prev.isalnum() or prev in _CLOSERS)):
        return False
    if mark == ":" and not prev.isalpha():
        return False
    return not (mark in ",." and prev.isdigit() and after.isdigit())


#: A question mark after a space and glued to the next word: a character lost
#: in encoding (an unbreakable space, a letter the code page lacked).
_LOST_QUESTION_MARK = lazy_compile(r"(?:^|\s)\?[^\W\d_]")


def _wants_space_after(text: str, i: int) -> bool:
    """Whether the mark ``text[i]``, glued to the next word, ends a clause that needs a space."""
    mark, prev = text[i], text[i - 1]
    if mark == ".":
        if not _sentence_start(text, i + 1):
            return False
        if not ("a" <= prev <= "z") and not _day_number_before(text, i):
            return False
        j = i - 1
        while j >= 0 and text[j].isalpha():
            j -= 1
        return i - 1 - j >= 2 or prev.isdigit()  # not ``e.g.The``, ``a.m.So``: an abbreviation
    if mark in "!?":
        if mark == "?" and _LOST_QUESTION_MARK.search(text) is not None:
            return False  # (`By ?Lin Qiao in?Hexi`: the line's question marks stand for lost characters)
        return prev.isascii() and (prev.isalpha() or prev in _CLOSERS) and _sentence_start(text, i + 1)
    # , ;
    return prev.isascii() and (prev.isalnum() or prev in _CLOSERS)


# --------------------------------------------------------------------------
# doubled punctuation

_DOUBLED_MARK = lazy_compile(r"\.(?: ?\.)+|,(?: ?,)+|;(?: ?;)+")


def _may_double_mark(text: str) -> bool:
    """Trigger of ``doubled-punctuation``: the rule's own first test (every match of
    ``_DOUBLED_MARK`` holds one of these pairs); six substring tests cost less
    than one regex scan of the line."""
    return ".." in text or ". ." in text or ",," in text or ", ," in text or ";;" in text or "; ;" in text


def _list_number_before(text: str, s: int) -> bool:
    """Whether ``text[s]`` is the full stop of a list number that opens its line (`  3.`)."""
    start = text.rfind("\n", 0, s) + 1
    head = text[start:s].strip()
    return 0 < len(head) <= 3 and head.isdigit()


def doubled_punctuation(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Rule ``doubled-punctuation``: ``. .``, ``..``, ``,,``, ``, ,`` → one mark; ``...`` stays."""
    if not any(d in text for d in ("..", ". .", ",,", ", ,", ";;", "; ;")):
        return [], []
    protected = _protected_tokens(text)
    n = len(text)
    edits = []
    for m in _DOUBLED_MARK.finditer(text):
        s, e = m.span()
        run = m.group()
        if run[0] == "." and " " not in run and len(run) >= 3:
            continue  # an ellipsis
        prev = text[s - 1] if s else ""
        nxt = text[e] if e < n else ""
        if "/" in (prev, nxt) or (prev.isdigit() and nxt.isdigit()) or _inside(s, protected):
            continue
        if run[0] == "." and _list_number_before(text, s):
            continue  # `1. .`: a list number, then an item that is only a full stop
        edits.append(Edit(s, e, run[0], "doubled-punctuation"))
    return edits, []


# --------------------------------------------------------------------------
# doubled words

_WORD = lazy_compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_TOKEN = lazy_compile(r"\S+")
_LABEL_COLON = lazy_compile(r"[A-Za-z][:：]")
_PINYIN = lazy_compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in"
    r"|ua|uo|ui|un|ue|ve|vn|a|o|e|i|u|v)"
)
_MAX_PHRASE = 4
_REDUCED = " reduced to one; check the sentence"
#: Cheap gate: some word or phrase of up to four words (of at most 40 letters
#: each, so every attempt is bounded) followed by itself.  Lines without one
#: skip the token loop.
_ANY_REPEAT = lazy_compile(
    r"(?<![A-Za-z'’-])([A-Za-z][A-Za-z'’-]{0,39}(?: [A-Za-z][A-Za-z'’-]{0,39}){0,3}) \1(?![A-Za-z'’-])",
    re.IGNORECASE,
)


# With a character of lexicon.CASE_TRAPS in the line (non-ASCII, but matched by
# [A-Za-z] under re.IGNORECASE) a token test could disagree with the regex: the
# regex decides (lexicon.has_case_trap).
_GATE_TOKEN = lazy_compile(r"[A-Za-z][A-Za-z'’-]*")


def _may_repeat(text: str) -> bool:
    """A necessary condition for ``_ANY_REPEAT``, decided on word tokens.

    Every word of a match of ``_ANY_REPEAT`` (both copies) is a whole
    ``[A-Za-z][A-Za-z'’-]*`` token and the copies are consecutive tokens, so a
    match implies two equal runs of 1-4 consecutive lower-cased tokens.  Most
    lines have none, and this test (a findall and list comparisons) is far
    cheaper than the back-reference search it spares.

    Two shortcuts, each with the same answer (``tests/test_rule_triggers.py``
    compares): in ASCII text without a hyphen or an apostrophe the tokens are
    the runs of letters, cut in C (:func:`.asciiruns.letter_runs`); and a
    line that holds no token twice (most lines, measured on
    bench_throughput's corpus: 57%) holds no repeat, settled by one set.
    """
    if lexicon.has_case_trap(text):
        return True
    lowered = text.lower()
    if text.isascii() and "-" not in lowered and "'" not in lowered:
        words = letter_runs(lowered)  # (``_GATE_TOKEN`` can only take letters here: the same tokens)
    else:
        words = _GATE_TOKEN.findall(lowered)
    if len(set(words)) == len(words):
        return False  # no token stands twice: no run of tokens follows itself
    if len(words) < _MAX_CODES:
        # One character per token, the same for equal tokens (the first
        # position a token was seen at, as a code point): a repeat of 1-4
        # tokens is a repeat of 1-4 characters, found by the regex engine
        # instead of Python-level comparisons.
        first: dict[str, str] = {}
        codes = "".join(map(first.setdefault, words, map(chr, range(len(words)))))
        return _REPEATED_CODE.search(codes) is not None
    n = len(words)
    for size in range(1, _MAX_PHRASE + 1):
        if n < 2 * size:
            break
        if not any(map(operator.eq, words, words[size:])):
            continue  # no token equals the one ``size`` later: no repeat of this size
        for i in range(n - 2 * size + 1):
            if words[i] == words[i + size] and words[i:i + size] == words[i + size:i + 2 * size]:
                return True
    return False


#: Tokens of one line coded as characters (fewer than code points exist).
_MAX_CODES = 0x110000
#: Some 1-4 characters followed by themselves: ``size`` tried 4..1 at each
#: position, one bounded comparison each, so linear.
_REPEATED_CODE = lazy_compile(f"(.{{1,{_MAX_PHRASE}}})\\1", re.DOTALL)


@cache
def _keep_doubles() -> dict[str, frozenset[str]]:
    """``{"word": {...}, "link": {...}}`` from ``data/spacing_doubled_keep.tsv``."""
    kinds: dict[str, set[str]] = {"word": set(), "link": set()}
    for row in _read_rows("spacing_doubled_keep.tsv"):
        kinds[row[1].strip()].add(row[0].strip().lower())
    return {kind: frozenset(words) for kind, words in kinds.items()}


def _looks_like_label_row(text: str) -> bool:
    """Header/footer rows (``Source: X  Author: Y``) are the segmenter's
    business.  Judged on the line as the segmenter leaves it (its inline
    furniture, `Share to:`, cut out), so a second run, on the segmenter's
    output, gives the same answer."""
    colons = _LABEL_COLON.findall(text)
    if colons:
        inline = lexicon.furniture().inline_in(text)
        if inline is not None:
            text = inline.sub("", text)
            colons = _LABEL_COLON.findall(text)
    if len(colons) >= 2:
        return True
    return bool(colons) and len(text) < 100 and _LABEL_COLON.search(text[:30]) is not None


def _may_be_name(word: str) -> bool:
    """``Ting Ting``, ``Cun Cun``: a capitalised pinyin syllable doubled may be part of a name."""
    return word[:1].isupper() and len(word) <= 6 and _PINYIN.fullmatch(word.lower()) is not None


def _may_double_word(text: str) -> bool:
    """Trigger of ``doubled-word``: the rule's first two tests."""
    return " " in text and _may_repeat(text)


def _word_bounds(token: str) -> tuple[int, int]:
    """``token[lead:stop]`` is the token without the punctuation around it (``(cadres,`` → ``cadres``)."""
    lead, stop = 0, len(token)
    while lead < stop and not token[lead].isalnum():
        lead += 1
    while stop > lead and not token[stop - 1].isalnum():
        stop -= 1
    return lead, stop


def _chunks(text: str) -> Iterator[list[tuple[str, int, int]]]:
    """The runs of words ``(word, start, end)`` a repeat may lie inside, in text order.

    A chunk is words separated by exactly one space: a number, a code or Han
    text ends it, and so do punctuation before or after a word and a wider
    gap (a field gap), so sentence boundaries and lists (``Home > Home``)
    never merge.
    """
    chunk: list[tuple[str, int, int]] = []
    prev_end = None
    for m in _TOKEN.finditer(text):
        token = m.group()
        lead, stop = _word_bounds(token)
        inner = token[lead:stop]
        is_word = bool(inner) and _WORD.fullmatch(inner) is not None
        if chunk and (not is_word or lead or prev_end is None or m.start() - prev_end != 1):
            yield chunk  # a number, a code, Han text, punctuation before the word or a field gap
            chunk = []
        if not is_word:
            prev_end = None
            continue
        chunk.append((inner, m.start() + lead, m.start() + stop))
        if stop < len(token):
            yield chunk  # punctuation after the word ends the chunk
            chunk = []
            prev_end = None
        else:
            prev_end = m.end()
    if chunk:
        yield chunk


def _repeat_size(chunk: list[tuple[str, int, int]], stack: list[int]) -> int:
    """Size (1-4 words) of the shortest phrase at the top of ``stack`` that follows itself; 0 if none."""
    low = chunk[stack[-1]][0]
    for size in range(1, _MAX_PHRASE + 1):
        if len(stack) < 2 * size:
            break
        if chunk[stack[-1 - size]][0] != low:
            continue  # cheap test on the last word before comparing the phrase
        if [chunk[k][0] for k in stack[-size:]] == [chunk[k][0] for k in stack[-2 * size:-size]]:
            return size
    return 0


def _kept_double(low: str, size: int, keep: dict[str, frozenset[str]]) -> bool:
    """A repeat that is English, not a slip: ``that that``, ``step by step by``, one-letter words."""
    if size == 1:
        return low in keep["word"] or len(low) < 2
    return size == 2 and low in keep["link"]  # "step by step by ...": an idiom, not a repeat


def _quote(text: str, start: int, end: int) -> str:
    """The repeat as the flag quotes it, at most 60 characters."""
    if end - start <= 60:
        return text[start:end]
    return text[start:start + 57] + "..."  # slice only what is shown: linear time


def _flag_reduced(text: str, start: int, end: int, flags: list[Flag]) -> None:
    """Flag a repeat reduced to one; a repeat overlapping the last reduced one joins its flag."""
    last = flags[-1] if flags else None
    if last is not None and last.message.endswith(_REDUCED) and last.end > start:
        start = min(start, last.start)  # one flag for a run of repeats
        flags.pop()
    flags.append(Flag("doubled-word", WARNING, f"doubled word '{_quote(text, start, end)}'{_REDUCED}", start, end))


def _removal_edits(chunk: list[tuple[str, int, int]], removed: set[int]) -> list[Edit]:
    """One edit per run of removed words: from the end of the word kept before it to the run's end."""
    edits: list[Edit] = []
    k = 0
    while k < len(chunk):
        if k in removed:
            first = k
            while k < len(chunk) and k in removed:
                k += 1
            edits.append(Edit(chunk[first - 1][2], chunk[k - 1][2], "", "doubled-word"))
        else:
            k += 1
    return edits


def _reduce_chunk(text: str, words: list[tuple[str, int, int]], keep: dict[str, frozenset[str]],
                  flags: list[Flag]) -> list[Edit]:
    """The edits removing the repeats of one chunk (flags appended to ``flags``).

    Words are pushed one by one; a stack keeps the words kept so far, so a
    repeat is tested against the reduced chunk, which stays free of any
    repeat: the result is stable, a second run finds nothing.
    """
    chunk: list[tuple[str, int, int]] = []  # (lower-case word, start, end) in text order
    stack: list[int] = []  # indexes into chunk of the words kept so far
    removed: set[int] = set()
    for word, start, end in words:
        low = word.lower()
        chunk.append((low, start, end))
        stack.append(len(chunk) - 1)
        size = _repeat_size(chunk, stack)
        if not size or _kept_double(low, size, keep):
            continue
        first_start = chunk[stack[-2 * size]][1]
        if size == 1 and _may_be_name(text[first_start:chunk[stack[-2]][2]]) and _may_be_name(word):
            flags.append(Flag(
                "doubled-word", WARNING,
                f"doubled word '{_quote(text, first_start, end)}' kept: it may be part of a name; "
                "check the sentence",
                first_start, end,
            ))
            continue
        _flag_reduced(text, first_start, end, flags)
        removed.update(stack[-size:])
        del stack[-size:]
    return _removal_edits(chunk, removed)


def doubled_words(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Rule ``doubled-word``: ``cadres cadres`` → ``cadres`` (up to 4-word phrases), flagged.

    Words are compared inside a *chunk* (:func:`_chunks`): words separated by
    exactly one space, no punctuation, digits or field gaps between them, so
    sentence boundaries and lists (``Home > Home``) never merge.  Each chunk
    is reduced on its own (:func:`_reduce_chunk`), so the result is stable: a
    second run finds nothing.
    """
    # _may_repeat only spares _ANY_REPEAT lines it cannot match (see there).
    if " " not in text or not _may_repeat(text) or _ANY_REPEAT.search(text) is None \
            or _looks_like_label_row(text):
        return [], []
    edits: list[Edit] = []
    flags: list[Flag] = []
    keep = _keep_doubles()
    for words in _chunks(text):
        edits += _reduce_chunk(text, words, keep, flags)
    return edits, flags


# --------------------------------------------------------------------------
# censored masks

# The mark comes first so the engine can skip to it; the look-behind after it
# makes a run match only from its first mark (linear time).
_MASK = lazy_compile(
    r"\*(?<![\w*×]\*)(?: ?\*){2,}(?![\w*×])|×(?<![\w*×]×)(?: ?×){2,}(?![\w*×])"
)


def _may_have_mask(text: str) -> bool:
    """Trigger of ``censored-mask``: ``_MASK`` needs a mark followed by a mark or by a space and a mark."""
    return ("*" in text and ("**" in text or "* *" in text)) or ("×" in text and ("××" in text or "× ×" in text))


def censored_masks(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Rule ``censored-mask``: flag ``* * *`` / ``***`` / ``×××`` standing for removed words.

    Flag only: the words are gone and only the original page can restore them.
    A line that is nothing but the mask is a section break, not a mask.
    """
    if "*" not in text and "×" not in text:
        return [], []
    flags = []
    whole = (len(text) - len(text.lstrip()), len(text.rstrip()))
    for m in _MASK.finditer(text):
        if m.span() == whole:
            continue
        flags.append(Flag(
            "censored-mask", WARNING,
            f"'{m.group()}' stands for removed words; restore them from the original page or leave as is",
            m.start(), m.end(),
        ))
    return [], flags


_CURLY_INNER = lazy_compile(r"(?<=“) +| +(?=”)")


def _may_space_quote(text: str) -> bool:
    """Trigger of ``quote-spacing``: every edit removes a space right after an
    opening mark or right before a closing one."""
    return '" ' in text or ' "' in text or "“ " in text or " ”" in text


def quote_spacing(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Rule ``quote-spacing``: ``" small repairs "`` → ``"small repairs"``.

    Curly quotes say which side they open; straight ones are paired in order,
    and only on a line where they pair up evenly, so an unmatched quote is
    never guessed at.

    >>> quote_spacing('a " small repair " here', Context())[0]
    [Edit(start=3, end=4, after='', rule='quote-spacing'), Edit(start=16, end=17, after='', rule='quote-spacing')]
    """
    edits: list[Edit] = []
    if "“" in text or "”" in text:
        edits += [Edit(m.start(), m.end(), "", "quote-spacing") for m in _CURLY_INNER.finditer(text)]
    if text.count('"') >= 2 and text.count('"') % 2 == 0:
        marks = [i for i, ch in enumerate(text) if ch == '"']
        for i, j in zip(marks[0::2], marks[1::2]):
            inner = text[i + 1:j]
            if not inner.strip() or len(inner) > 200:
                continue
            left = len(inner) - len(inner.lstrip(" "))
            right = len(inner) - len(inner.rstrip(" "))
            if left:
                edits.append(Edit(i + 1, i + 1 + left, "", "quote-spacing"))
            if right:
                edits.append(Edit(j - right, j, "", "quote-spacing"))
    return sorted(edits, key=lambda e: e.start), []


RULES: tuple[Rule, ...] = (
    Rule("whitespace", normalise_whitespace,
         "NBSP, ideographic and other Unicode spaces and tabs become ASCII spaces; line ends stripped.",
         trigger=_may_edit_whitespace),
    Rule("space-run", collapse_space_runs,
         "Collapse runs of spaces between lower-case prose words; gaps between fields stay.",
         trigger=_may_have_space_run),
    Rule("fullwidth-punctuation", fullwidth_punctuation,
         "Full-width punctuation in English context becomes ASCII with English spacing.",
         trigger=_may_have_fullwidth, non_ascii_only=True),
    Rule("doubled-punctuation", doubled_punctuation,
         "'. .', '..', ',,' become one mark; an ellipsis stays.",
         trigger=_may_double_mark),
    Rule("quote-spacing", quote_spacing, "No space just inside a pair of quotation marks.",
         trigger=_may_space_quote),
    Rule("punctuation-spacing", punctuation_spacing,
         "No space before , . ; : ! ? 's or a joining hyphen; one space after sentence punctuation.",
         trigger=_may_space_punctuation),
    Rule("doubled-word", doubled_words,
         "A word or short phrase repeated by the translation is reduced to one, and flagged.",
         trigger=_may_double_word),
    Rule("censored-mask", censored_masks,
         "Flag '* * *' masks that stand for removed words.",
         trigger=_may_have_mask),
)
