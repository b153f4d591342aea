"""Vocabularies as data: label words, breadcrumb prefixes, furniture patterns.

The tables live in ``bulletin_tools/data/*.tsv`` so that adding a label
variant seen in the wild is a one-line data change, not a code change.  Each
table is read and compiled once, on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import cast

from . import recache
from .chardata import HAN_COMMON, is_han_common
from .firstchar import CASE_TRAPS as CASE_TRAPS  # (re-exported: its home is firstchar, which this module imports)
from .firstchar import FirstCharAlternation, gated
from .lazyre import lazy_compile
from .months import MONTH_WORD
from .tables import read_rows


def read_table(name: str) -> list[list[str]]:
    """Rows of a TSV data file, cells stripped, without comments and blank lines."""
    return read_rows(name)


def _flat_alternation(words: list[str]) -> str:
    """A regex alternation, longest first so `Release time` beats `time`.

    The reference for :func:`_alternation`, which matches exactly the same
    (tests/test_lexicon_trie.py holds them equal).
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in ordered)


def _alternation(words: list[str]) -> str:
    """The flat longest-first alternation, factored as a prefix trie.

    Why: the engine tries a flat alternation branch by branch at every
    position, ~100 label branches; factored by leading characters it tests
    one character per level (3.3x faster on label lines when it was measured).

    Same matches, same groups: at a position the branches that can match
    all begin with the one character there, and within a trie node the
    branches keep their longest-first order (a branch ending at the node,
    the shortest, stays last).  Only characters no other character matches
    under ``re.IGNORECASE`` are factored (ASCII but a space, which stands
    for an optional ``\\s?``, and Han); a node where a branch continues with
    any other character keeps its branches flat, in order.  Every pattern
    built from it is compiled with ``re.IGNORECASE`` (the factoring groups
    characters by lower case).
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    # (kept between runs beside the compiled patterns: building the tries of
    # the label tables costs a cold start about 5 ms, the value depends on
    # the words alone, and a changed table simply misses)
    return cast(str, recache.remember("alternation", "\x1f".join(ordered), 0, lambda: _trie(ordered)))


def _factorable(ch: str) -> bool:
    return (ch.isascii() and ch != " ") or is_han_common(ch)


def _escape(text: str) -> str:
    return re.escape(text).replace(r"\ ", r"\s?")


#: The characters besides its two cases that ``re.IGNORECASE`` matches with an
#: ASCII letter (the :data:`CASE_TRAPS`, by the letter they fold onto; checked
#: over all of Unicode by tests/test_lexicon_trie.py).
_FOLDED_ONTO = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _branch_head(ch: str) -> str:
    """The first character of a trie branch, matching what it matches under
    ``re.IGNORECASE``: an ASCII letter as a case-sensitive class of every
    character the flag would take for it (`(?-i:[Ss\u017f])`), any other
    character as itself (it has no case here: see :func:`_factorable`).

    Why (speed): before entering a branch the engine tests its first
    character only when that is a plain character or class; a case-folded
    one is tried by entering the branch.  At a position where no label
    starts, each level of the trie then fails in one test per branch.
    """
    low = ch.lower()
    if not (ch.isascii() and ch.isalpha()):
        return _escape(ch)
    return f"(?-i:[{low.upper()}{low}{_FOLDED_ONTO.get(low, '')}])"


def _trie(suffixes: list[str]) -> str:
    """An alternation of ``suffixes`` (in priority order) factored by first character."""
    if len(suffixes) == 1:
        return _escape(suffixes[0])
    rest = [w for w in suffixes if w]
    if not all(_factorable(w[0]) for w in rest) or (len(rest) < len(suffixes) and suffixes[-1] != ""):
        return "|".join(_escape(w) for w in suffixes)
    groups: dict[str, list[str]] = {}
    for w in rest:
        groups.setdefault(w[0].lower(), []).append(w)
    branches = []
    for group in groups.values():
        # Words of one group share their first characters up to case (the
        # longest such run of factorable characters, so a chain of one-child
        # nodes is one literal: less to compile); the flat form compares them
        # case-insensitively, so any spelling of them does.
        k = 1
        while all(len(w) > k and _factorable(w[k]) for w in group) and len({w[k].lower() for w in group}) == 1:
            k += 1
        head = group[0][:k]
        tails = [w[k:] for w in group]
        inner = _trie(tails)
        branches.append(_branch_head(head[0]) + _escape(head[1:]) + (f"(?:{inner})" if len(tails) > 1 else inner))
    if len(rest) < len(suffixes):
        branches.append("")  # a word that ends here: tried last, as the shortest
    return "|".join(branches)


@cache
def _spam_needles() -> tuple[str, ...]:
    """The first word of every spam phrase, lower case: one of them is in every match."""
    return tuple(sorted({r[0].split()[0].lower() for r in read_table("spam.tsv")}))


def may_have_spam(text: str) -> bool:
    """False only when :func:`spam_pattern` cannot match in ``text``.

    Every match holds the first word of its phrase (a space in a phrase
    stands for an optional whitespace character, never inside its first
    word); a substring test per word is far cheaper than the pattern's
    look-behind at every position.  A character that IGNORECASE folds onto
    an ASCII letter leaves the decision to the regex.
    """
    if text.isascii():
        return _spam_searches()[0].search(text.lower()) is not None
    if has_case_trap(text):
        return True
    return _spam_searches()[1].search(text.lower()) is not None


@cache
def _spam_tests() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The needles :func:`may_have_spam` tests: (for ASCII text, for any text), see :func:`_gates`."""
    return needle_gates(_spam_needles())


@cache
def _spam_searches() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:func:`_spam_tests` as :func:`needle_search` patterns."""
    ascii_needles, any_needles = _spam_tests()
    return needle_search(ascii_needles), needle_search(any_needles)


def needle_gates(needles: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``needles`` for a substring gate: (for ASCII text, for any text).

    A needle holding another is left out (the shorter one is in the text
    whenever it is), and ASCII text cannot hold a non-ASCII needle: the same
    answer to "does the text hold one of them?" from fewer substring tests.
    Worked out once, when a table is read (the gates are kept with it).
    """
    minimal = tuple(n for n in needles if not any(m != n and m in n for m in needles))
    return tuple(n for n in minimal if n.isascii()), minimal


def needle_search(needles: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern whose ``search(text)`` finds something exactly when ``text``
    holds one of ``needles`` (case-sensitive; never, for no needles).

    Why (speed): a substring test per needle reads the text once per needle;
    the needles as a prefix trie of literals (:func:`_literal_trie`) read it
    once, the engine skipping to the characters a needle starts with.
    Measured on the lines bench_throughput's corpus asks the spam and the
    inline-furniture gates about: about a quarter less time.
    """
    if not needles or "" in needles:
        # (no needle: no text holds one; an empty needle: every text does)
        return recache.compile("" if needles else "(?!)")
    return recache.compile(_literal_trie(sorted(set(needles))))


def _literal_trie(words: list[str]) -> str:
    """An alternation of the (non-empty) literal ``words`` factored by first
    character.  Only whether some word occurs is asked of it: a word that
    ends where a longer one goes on stands for both (the node matches there)."""
    if "" in words:
        return ""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in groups.items():
        if len(rests) == 1:
            parts.append(re.escape(first + rests[0]))  # (one word from here: itself)
            continue
        inner = _literal_trie(rests)
        parts.append(re.escape(first) + (f"(?:{inner})" if inner else ""))
    return "|".join(parts)


def has_spam(text: str) -> bool:
    """Does :func:`spam_pattern` match somewhere in ``text``?  Asked through
    :func:`may_have_spam` first, so a line without any spam phrase's first
    word is settled by substring tests."""
    return may_have_spam(text) and spam_pattern().search(text) is not None


COLON = "[:：]"
#: The pattern's own digit (Unicode decimal): the branches without a colon need one after their label.
_DIGIT = lazy_compile(r"\d")


def has_case_trap(text: str) -> bool:
    """``text`` holds a character that ``re.IGNORECASE`` folds onto an ASCII
    letter (dotted or dotless i, long s, Kelvin sign): a substring pre-check
    on lower-cased text cannot speak for the regex, which must decide."""
    # (the four tests written out: a generator over CASE_TRAPS cost more than
    # the tests, and pre-checks ask this of most lines several times over)
    return not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text)


def may_hold_any(text: str, needles: tuple[str, ...]) -> bool:
    """False only when ``text`` holds none of ``needles`` (lower-case words)
    in any case: the gate before a case-insensitive pattern every match of
    which holds one of them, as a lower-casing and a substring test per
    needle instead of the pattern's search at every position.  A text
    holding a character that ``re.IGNORECASE`` folds onto an ASCII letter
    (:func:`has_case_trap`) may match without holding a needle lower-cased:
    the pattern decides then (True)."""
    return has_case_trap(text) or any(map(text.lower().__contains__, needles))


#: How far before a colon or a run of digits the label pre-checks of
#: :class:`LabelSet` look for a label (whitespace and a qualifier between
#: them included): past it, the regex decides.
LABEL_WINDOW = 128
_DIGIT_RUN = lazy_compile(r"\d+")


def _ends_with_word(end: str, words: frozenset[str], lengths: dict[str, tuple[int, ...]], longest: int) -> bool:
    """Does ``end``, its whitespace dropped and lower-cased, end with one of
    ``words`` (given the same way)?  A label of n characters, its spaces
    counted, spans at most n characters of text; ``lengths`` holds the
    lengths of the words by their last character, so most ends are settled
    by one dictionary lookup."""
    tail = "".join(end[-longest:].split()).lower()
    return any(tail[-n:] in words for n in lengths.get(tail[-1:], ()) if n <= len(tail))


def _lengths_by_last_character(words: frozenset[str]) -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for w in words:
        out.setdefault(w[-1:], set()).add(len(w))
    return {last: tuple(sorted(ns, reverse=True)) for last, ns in out.items()}


@dataclass(frozen=True)
class LabelSet:
    """A compiled label lexicon: the pattern and the field each label feeds."""

    pattern: re.Pattern[str]
    fields: dict[str, str]
    #: Lower-case words one of which a match without a colon must hold (the
    #: first word of each label that may go without one), see :meth:`may_match`.
    needles: tuple[str, ...] = ()
    by_line: bool = False
    #: Every label that takes a colon, lower case, its spaces dropped (a space
    #: in a label matches one whitespace character or none), and the lengths
    #: they come in by last character, longest first: see :meth:`_label_may_end_at_colon`.
    colon_words: frozenset[str] = frozenset()
    colon_word_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    max_colon_label_chars: int = 0
    #: The same for the labels that may go without a colon before a digit
    #: (``needles`` are their first words): see :meth:`_label_may_end_before_digit`.
    bare_words: frozenset[str] = frozenset()
    bare_word_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    max_bare_label_chars: int = 0
    #: ``needle_gates(needles)``: the needles :meth:`may_match` tests, for ASCII text and for any.
    needle_gates: tuple[tuple[str, ...], tuple[str, ...]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "needle_gates", needle_gates(self.needles))  # (frozen: set once, here)

    def may_match(self, text: str) -> bool:
        """False only when ``pattern`` cannot match anywhere in ``text``.

        A label ends in a colon, except the view counters (followed by a
        digit), ``From;`` and a leading ``By``: substring tests decide, far
        cheaper than the case-insensitive alternation of every label.  A
        character that ``re.IGNORECASE`` folds onto an ASCII letter (dotted or
        dotless i, long s, Kelvin sign) leaves the decision to the regex.
        """
        if (":" in text or "：" in text) and self._label_may_end_at_colon(text):
            return True
        if self.by_line and "|" in text and self._label_may_end_at_colon(text, ("|",)):
            return True  # `Editor | Lin Mei`: the bar for the colon (a label, spaces, the bar)
        if self.by_line and any(map(text.__contains__, BRACKET_COLONS)) and self._label_may_end_at_colon(text, BRACKET_COLONS):
            return True  # `[Source] Hexi Daily`, `Source丨Hexi Daily`: a bracket or a Chinese bar for the colon
        if self.by_line and (text.startswith("By") or ("From" in text and (";" in text or "；" in text))):
            return True  # `By X` opens the row; `From;` needs its semicolon
        if has_case_trap(text):
            return True
        if not self.needles or _DIGIT.search(text) is None:
            return False  # (a label without its colon is followed by a number or a date: a digit)
        return any(map(text.lower().__contains__, self.needle_gates[0 if text.isascii() else 1])) \
            and self._label_may_end_before_digit(text)

    def _label_may_end_at_colon(self, text: str, colons: tuple[str, ...] = (":", "：")) -> bool:
        """False only when no colon of ``text`` closes a label (the pattern's
        first branch): set lookups on the words before each colon.

        Why: most lines with a colon hold no label (a time, a ratio, a
        sentence introducing a list), and the case-insensitive pattern costs
        tens of microseconds per line to say so.  Before a label's colon come
        only whitespace and at most one bracketed qualifier
        (`Last Updated(Beijing Time):`), so the label ends where the text
        before the colon (or before that qualifier) ends; dropping the
        whitespace there and lower-casing can only make more suffixes equal
        a label, never fewer.  A character that ``re.IGNORECASE`` folds onto
        an ASCII letter is left to the caller (:meth:`may_match` tests it).
        """
        if not self.colon_words:
            return True
        words, lengths, longest = self.colon_words, self.colon_word_lengths, self.max_colon_label_chars
        for colon in colons:
            at = text.find(colon)
            while at >= 0:
                start = max(0, at - LABEL_WINDOW)  # (a window: a long line's colons do not each copy all before them)
                before = text[start:at].rstrip()
                if start > 0 and len(before) < longest:
                    return True  # whitespace runs past the window: the regex decides
                if _ends_with_word(before, words, lengths, longest):
                    return True
                if before.endswith((")", "）")):
                    opening = max(before.rfind("("), before.rfind("（"))
                    if opening >= 0:
                        label = before[:opening].rstrip()  # the label, then its qualifier
                        if start > 0 and len(label) < longest or _ends_with_word(label, words, lengths, longest):
                            return True
                at = text.find(colon, at + 1)
        return False

    def _label_may_end_before_digit(self, text: str) -> bool:
        """False only when no label that may go without a colon ends right
        before a run of digits (the ``nlabel`` and ``dlabel`` branches: the
        label, spaces or tabs, then a digit): as for the colon, set lookups on
        the words before each run.  A label ending in a digit would end
        inside a run: then, and when spaces run too far back to see the word
        before them, the regex decides."""
        if not self.bare_words:
            return True
        longest = self.max_bare_label_chars
        for run in _DIGIT_RUN.finditer(text):
            start = max(0, run.start() - LABEL_WINDOW)
            before = text[start:run.start()].rstrip(" \t")
            month = _month_before(before)
            if month is not None:
                before = before[:month.start()].rstrip(" \t")  # `Posted on Mar 21 2017`: the label is before the month
            if start > 0 and len(before) < longest:
                return True
            if _ends_with_word(before, self.bare_words, self.bare_word_lengths, longest):
                return True
        return False

    def known_field(self, label: str) -> str | None:
        """The field of ``label`` as the lexicon spells it (any case and runs of spaces), else None."""
        # (``" ".join(label.split())`` is ``re.sub(r"\s+", " ", label.strip())``: ``\s`` and
        # ``str.isspace`` name the same characters; no pattern lookup on every label)
        return self.fields.get(" ".join(label.split()).lower())

    def field_of(self, label: str) -> str:
        key = " ".join(label.split()).lower()
        return self.known_field(key) or self.fields.get(key.replace(" ", ""), "extra:" + key)


#: The fields whose labels may stand in brackets or before a Chinese bar (see ``_label_set``).
_BRACKETED_LABEL_FIELDS = frozenset({"source", "author", "editor", "date", "views"})
#: What closes such a label in place of its colon.
BRACKET_COLONS = ("]", "】", "〗", "丨")


#: A bracketed qualifier between a label and its colon (`(Beijing Time)`) is at most this long.
MAX_LABEL_QUALIFIER = 20


#: A month's name (or its abbreviation) opening a full date after a label
#: that needs no colon before one (`Posted on March 21, 2017`).
_MONTH_BEFORE = re.compile(rf"(?<![A-Za-z]){MONTH_WORD}$", re.IGNORECASE)
#: Where a match of ``_MONTH_BEFORE`` can start, counted back from where the
#: text stops: its longest match (`September.`: each pattern character matches
#: one character, case aside) and the final newline ``$`` may stand before.
_MONTH_BEFORE_TAIL = len("september.") + 1


def _month_before(text: str) -> re.Match[str] | None:
    """``_MONTH_BEFORE.search(text)``, tried from the tail only.

    Why (speed): the pre-check asks it of the text before every run of digits
    in a line holding a label's first word (`the`, `page`, `post` …), up to
    128 characters each, and the case-insensitive month alternation was tried
    at every position of them (the look-behind still reads the character
    before the starting position, so the answer is the same).
    """
    return _MONTH_BEFORE.search(text, max(0, len(text) - _MONTH_BEFORE_TAIL))


def _label_set(rows: list[list[str]], colon_optional_before_digits: set[str], by_line: bool = False) -> LabelSet:
    fields: dict[str, str] = {}
    for row in rows:
        label, field = row[0], row[1]
        fields[label.lower()] = field
        fields[label.lower().replace(" ", "")] = field
    words = [r[0] for r in rows]
    optional = [w for w in words if fields[w.lower()] in colon_optional_before_digits]
    # rows marked `before-date` need no colon before a full date (`Lingxi Weekly Updated on 2025-01-24`)
    before_date = [r[0] for r in rows if len(r) > 2 and r[2] == "before-date"]
    # A label must be followed by a colon; view counters may go without one
    # when a number follows (`Viewd 2318`).
    # A qualifier in brackets may stand between a label and its colon
    # (`Last Updated(Beijing Time):2012-07-24`): part of the label.
    alternatives = [rf"(?P<label>{_alternation(words)})(?:\s*[(（](?P<qualifier>[A-Za-z ]{{2,{MAX_LABEL_QUALIFIER}}})[)）])?\s*(?P<colon>{COLON})"]
    if optional:
        alternatives.append(rf"(?P<nlabel>{_alternation(optional)})[ \t]*(?=\d)")
    if before_date:
        alternatives.append(rf"(?P<dlabel>{_alternation(before_date)})[ \t]*(?=(?:19|20)\d{{2}}[ \t]*[-/.年]\d|\d\d[-/]\d\d[ \t](?:19|20)\d\d"
                            rf"|{MONTH_WORD}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]*(?:19|20)\d\d"
                            rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH_WORD},?[ \t]*(?:19|20)\d\d)")
    if by_line:
        # `Editor | Lin Mei`: a credit row printing a bar where the colon goes
        # (the label opens the row or follows a value after a space, the bar has
        # spaces on both sides and a value after it); see ``header.find_labels``.
        alternatives.append(rf"(?:^|(?<=[ \t]))(?P<plabel>{_alternation(words)})[ \t]+\|[ \t]+(?=[^\s|])")
        # `From; Fuxing Town …`: a semicolon typed for the colon after `From`.
        alternatives.append(r"(?P<slabel>(?-i:From))[ \t]*[;；]")
        # `[Source] Hexi Daily`, `【Author】Qiao Lan`, `Source丨Hexi Daily`: a
        # credit's label in brackets, or with the Chinese bar (丨) for its
        # colon; only the labels of the main fields, so `[Photo] …` and a
        # menu's `[Edit] [Delete]` (no value but another bracket) stay text.
        core = [r[0] for r in rows if fields[r[0].lower()] in _BRACKETED_LABEL_FIELDS]
        alternatives.append(rf"(?:[\[【〖][ \t]*)?(?P<klabel>{_alternation(core)})[ \t]*[\]】〗][ \t]*{COLON}?[ \t]*(?=[^\s\[【〖])")
        alternatives.append(rf"(?P<ilabel>{_alternation(core)})[ \t]*丨[ \t]*(?=\S)")
        # `By Gu Xiaolan   Date: …`: a by-line at the start of a row names the author.
        fields["by"] = "author"
        # (Han characters have no case: scoping them out of IGNORECASE matches the
        # same text and spares compiling a case-folded 21,000-character range.)
        alternatives.append(rf"^(?P<blabel>(?-i:By))[ \t]+(?=[A-Z]|(?-i:[{HAN_COMMON}]))")
    needles = tuple(sorted({w.split()[0].lower() for w in optional + before_date}))
    colon_words = frozenset("".join(w.split()).lower() for w in words)
    if not all(c.isascii() or c.lower() == c.upper() for w in words for c in w):
        colon_words = frozenset()  # a cased non-ASCII letter: case folding beyond lower(); no pre-check
    lengths = _lengths_by_last_character(colon_words)
    bare = optional + before_date
    bare_words = frozenset("".join(w.split()).lower() for w in bare)
    if not all(c.isascii() or c.lower() == c.upper() for w in bare for c in w) or any(w[-1:].isdecimal() for w in bare):
        bare_words = frozenset()  # no pre-check (see LabelSet._label_may_end_before_digit)
    # (gated: a label row is scanned at every position; see firstchar.first_char_gate).
    # Each alternative behind its own gate too: at a position where some label
    # may start, the engine enters every alternative (a named group's first
    # step is no character test), and most cannot start with the character
    # there (the by-line, the bracketed and the bare labels are few); the
    # look-ahead turns each of them away in one test.  The same matches: a
    # gate only says what the alternative's first character must be.
    pattern = "|".join(gated(alternative, re.IGNORECASE) for alternative in alternatives)
    return LabelSet(recache.compile(gated(pattern, re.IGNORECASE), re.IGNORECASE), fields, needles, by_line, colon_words, lengths,
                    max((len(w) for w in words), default=0), bare_words,
                    _lengths_by_last_character(bare_words), max((len(w) for w in bare), default=0))


@cache
def header_labels() -> LabelSet:
    return _label_set(read_table("labels.tsv"), {"views"}, by_line=True)


@cache
def footer_labels() -> LabelSet:
    # (`Tel 0311-85127760`, `Postcode 050011`: a template's cells print no colon
    # before the number)
    return _label_set(read_table("footer_labels.tsv"), {"phone", "postcode"})


@cache
def description_pattern() -> re.Pattern[str]:
    words = [r[0] for r in read_table("description_labels.tsv")]
    alternation = _alternation(words)
    # `Abstract: …`, `[Abstract]: …`, and the label in brackets with no colon: `(Summary description)On the morning …`
    return recache.compile(rf"^\s*(?:[\[【(（]\s*(?:{alternation})\s*[\]】)）]\s*{COLON}?|[\[【]?\s*(?:{alternation})\s*{COLON})\s*",
                           re.IGNORECASE)


@cache
def breadcrumb_pattern() -> re.Pattern[str]:
    words = [r[0] for r in read_table("breadcrumb_prefixes.tsv")]
    # (the colon may be missing before the trail's Home: `You are here Home > News`)
    return recache.compile(rf"^\s*(?:{_alternation(words)})(?:\s*{COLON}\s*|\s+(?=(?:{home_alternation()})\s*[>＞»›/|-]))",
                           re.IGNORECASE)


@cache
def spam_pattern() -> re.Pattern[str]:
    rows = [r[0] for r in read_table("spam.tsv")]
    # Han words have no spaces around them: they match anywhere, the others as whole words.
    han = [w for w in rows if is_han_common(w[:1])]  # (a character test: a regex class this wide costs 1 ms to compile)
    latin = [w for w in rows if w not in han]
    pattern = rf"(?<!\w)(?:{_alternation(latin)})(?!\w)"
    if han:
        pattern += rf"|(?:{_alternation(han)})"
    return recache.compile(pattern, re.IGNORECASE)


@cache
def _furniture_table() -> tuple[tuple[str, ...], ...]:
    """furniture.tsv, read once for every kind of row it holds."""
    return tuple(tuple(row) for row in read_table("furniture.tsv"))


def _needles(row: tuple[str, ...]) -> list[str]:
    """The needles column of a furniture.tsv row (comma-separated words), as a list."""
    return [w.strip() for w in row[2].split(",") if w.strip()] if len(row) > 2 else []


def _furniture_rows(kind: str) -> tuple[str, ...]:
    return tuple(row[1] for row in _furniture_table() if row[0] == kind)


@cache
def related_block() -> re.Pattern[str]:
    """A heading opening a block of links to other pages (furniture.tsv, kind ``related``); use ``fullmatch``."""
    return recache.compile(rf"(?:{'|'.join(_furniture_rows('related'))})\s*[:：]?", re.IGNORECASE)


@cache
def press_contact_heading() -> re.Pattern[str]:
    """The heading of a press release's media-contact card (furniture.tsv, kind ``contact``); use ``fullmatch``."""
    return recache.compile(rf"(?:{'|'.join(_furniture_rows('contact'))})\s*[:：]?", re.IGNORECASE)


@cache
def letter_phrase() -> re.Pattern[str]:
    """A notice's salutation or closing (letter_phrases.tsv); use ``fullmatch``."""
    return recache.compile("|".join(f"(?:{p})" for _, p in read_table("letter_phrases.tsv")), re.IGNORECASE)


@cache
def _letter_phrases_by_kind() -> tuple[tuple[str, re.Pattern[str]], ...]:
    kinds: dict[str, list[str]] = {}
    for kind, pattern in read_table("letter_phrases.tsv"):
        kinds.setdefault(kind, []).append(f"(?:{pattern})")
    return tuple((kind, recache.compile("|".join(ps), re.IGNORECASE)) for kind, ps in kinds.items())


def letter_phrase_kind(s: str) -> str | None:
    """The kind (``salutation``, ``closing``) of the set phrase ``s`` is, whole; None when it is none."""
    return next((kind for kind, pattern in _letter_phrases_by_kind() if pattern.fullmatch(s)), None)


@cache
def end_marker() -> re.Pattern[str]:
    """A line marking the end of the article (furniture.tsv, kind ``end``); use ``fullmatch``."""
    return recache.compile("|".join(f"(?:{p})" for p in _furniture_rows("end")), re.IGNORECASE)


@cache
def glued_tail() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A notice glued after the text's last sentence (furniture.tsv, kind
    ``tail``; use ``search``), and the lower-case words one of which every
    match contains (a line holding none is not searched)."""
    rows = [row for row in _furniture_table() if row[0] == "tail"]
    needles = {w for row in rows for w in _needles(row)}
    return recache.compile("|".join(f"(?:{row[1]})" for row in rows), re.IGNORECASE), tuple(sorted(needles))


@cache
def image_file_name() -> re.Pattern[str]:
    """A picture's file name left as a line (furniture.tsv, kind ``image``); use ``fullmatch``."""
    return recache.compile("|".join(f"(?:{p})" for p in _furniture_rows("image")), re.IGNORECASE)


@cache
def enlarge_prompt() -> re.Pattern[str]:
    """A picture's "click to view the larger image" prompt (furniture.tsv, kind ``enlarge``); use ``match``."""
    return recache.compile("|".join(f"(?:{p})" for p in _furniture_rows("enlarge")), re.IGNORECASE)


@cache
def stop_words() -> frozenset[str]:
    """English function words (``data/stop_words.txt``), lower case: the share of
    them tells prose from chrome (segment/chrome.py) and English from other
    languages (language.py)."""
    from .tables import read_words

    return frozenset(read_words("stop_words.txt"))


@cache
def language_names() -> frozenset[str]:
    """Entries of a language switcher (menu_words.tsv, kind ``language``), lower case."""
    return frozenset(w for w, kind in read_table("menu_words.tsv") if kind == "language")


@cache
def home_words(with_index: bool = False) -> tuple[str, ...]:
    """The words of a trail's first crumb (``data/home_words.tsv``), lower
    case, longest first; ``with_index`` adds the sites' `Index`."""
    kinds = ("home", "index") if with_index else ("home",)
    return tuple(sorted((w for w, kind in read_table("home_words.tsv") if kind in kinds), key=len, reverse=True))


def home_alternation(with_index: bool = False) -> str:
    """:func:`home_words` as a regex alternation (longest first), for patterns built on first use."""
    return "|".join(re.escape(w) for w in home_words(with_index))


@cache
def menu_words() -> tuple[frozenset[str], frozenset[str]]:
    """``(link words, menu words)`` of menu_words.tsv; every link word is a menu word too."""
    rows = read_table("menu_words.tsv")
    link = frozenset(w for w, kind in rows if kind == "link")
    return link, link | frozenset(w for w, kind in rows if kind == "menu")


#: Distinct texts whose :meth:`Furniture.inline_in` answer is remembered (a
#: page asks about a few dozen rows; the memory starts afresh past this).
INLINE_MEMO_SIZE = 1024
#: "Not remembered" in that memory (None is an answer).
_UNKNOWN = object()


@dataclass(frozen=True)
class Furniture:
    line: tuple[re.Pattern[str], ...]
    inline: re.Pattern[str]
    #: The ``line`` patterns as one alternation, and then ``line`` is empty
    #: (``None`` when one of them has a group, whose number would shift): one
    #: ``fullmatch`` instead of one per pattern.  A full match of an
    #: alternation is a full match of one of its branches.
    line_any: re.Pattern[str] | None = None
    #: Lower-case words one of which every ``inline`` match contains (empty:
    #: no such promise, always search); see :meth:`may_have_inline`.
    inline_needles: tuple[str, ...] = ()
    #: ``line_any`` tried only through the branches that may start with the
    #: text's first character (see :mod:`.firstchar`): the same answer, at a
    #: third of the cost on the short lines every page is full of.
    line_first: FirstCharAlternation | None = None
    #: The ``inline`` rows ``(pattern, needles)`` in table order, when every
    #: row has needles (else empty): see :meth:`inline_in`.
    inline_rows: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: Narrowed alternations built so far, by the indexes of their rows.
    _narrowed: dict[tuple[int, ...], re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)
    #: ``needle_gates(inline_needles)``: the needles the inline tests try, for ASCII text and for any.
    inline_gates: tuple[tuple[str, ...], tuple[str, ...]] = field(init=False, compare=False, repr=False)
    #: ``inline_gates`` as :func:`needle_search` patterns (one search instead of a test per needle).
    inline_searches: tuple[re.Pattern[str], re.Pattern[str]] = field(init=False, compare=False, repr=False)
    #: :meth:`inline_in`'s answers by text, the last :data:`INLINE_MEMO_SIZE` texts at most.
    _inline_memo: dict[str, re.Pattern[str] | None] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "inline_gates", needle_gates(self.inline_needles))  # (frozen: set once, here)
        object.__setattr__(self, "inline_searches", tuple(map(needle_search, self.inline_gates)))

    def inline_in(self, text: str) -> re.Pattern[str] | None:
        """:meth:`_inline_in`, remembered by text.

        Why (speed): the furniture reader, the header's row readers, the
        field-row test under a headline and the doubled-word rule ask it about
        the same rows of a page: a third of the calls repeat a text (measured
        on bench_throughput's corpus), and each costs a lower-casing and a
        substring test per needle.  The answer depends on ``text`` alone (the
        table is fixed once read), and the pattern returned is the one a
        fresh call returns (:attr:`_narrowed` keeps one per set of rows).
        """
        memo = self._inline_memo
        found = memo.get(text, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._inline_in(text)
            if len(memo) >= INLINE_MEMO_SIZE:
                memo.clear()  # (bounded: a long stream keeps its memory flat)
            memo[text] = found
        return found  # type: ignore[return-value]

    def _inline_in(self, text: str) -> re.Pattern[str] | None:
        """``inline`` as far as it can match in ``text``: None when it cannot
        match at all (as :meth:`may_have_inline` says), else the alternation
        of just the rows one of whose needles ``text`` holds.

        Why (speed): some rows may start at any position (``\\s*``, a run of
        word characters before ``{{``), so a ``sub`` or ``finditer`` of the
        whole alternation costs about 100 µs on a header row; a row whose
        needles are all absent cannot match anywhere in ``text``, and leaving
        it out changes no match: at every position the engine takes the
        first branch that matches, in the same order, and a left-out branch
        never matches there.  The rows' patterns have no groups.
        """
        if not self.inline_rows or has_case_trap(text):
            return self.inline if self.may_have_inline(text) else None
        lowered = text.lower()
        if self.inline_searches[0 if text.isascii() else 1].search(lowered) is None:
            return None  # (most rows: one search for all the needles, see needle_search)
        rows = tuple(i for i, (_, needles) in enumerate(self.inline_rows)
                     if any(map(lowered.__contains__, needles)))
        pattern = self._narrowed.get(rows)
        if pattern is None:
            pattern = self._narrowed[rows] = recache.compile(
                "|".join(self.inline_rows[i][0] for i in rows), re.IGNORECASE)
        return pattern

    def may_have_inline(self, text: str) -> bool:
        """False only when ``inline`` cannot match anywhere in ``text``.

        Most header and footer rows hold none of the few words inline
        furniture is made of, and a substring test is far cheaper than
        scanning the alternation, several of whose branches may start at
        any position.  As in :meth:`LabelSet.may_match`, a character that
        IGNORECASE folds onto an ASCII letter leaves the decision to the regex.
        """
        if not self.inline_needles or has_case_trap(text):
            return True
        return self.inline_searches[0 if text.isascii() else 1].search(text.lower()) is not None

    def is_line(self, text: str) -> bool:
        """Is all of ``text`` matched by one of the ``line`` patterns?"""
        if self.line_first is not None:
            return self.line_first.fullmatch_any(text)
        if self.line_any is not None:
            return self.line_any.fullmatch(text) is not None
        return any(p.fullmatch(text) for p in self.line)


@cache
def furniture() -> Furniture:
    line: list[str] = []
    inline: list[str] = []
    needles: set[str] | None = set()
    rows: list[tuple[str, tuple[str, ...]]] = []
    for kind, pattern, *rest in _furniture_table():
        if kind in ("line", "end", "image"):
            line.append(pattern)
        elif kind == "inline":
            inline.append(f"(?:{pattern})")
            words = _needles((kind, pattern, *rest))
            needles = needles | set(words) if needles is not None and words else None  # one row without: no gate
            rows.append((f"(?:{pattern})", tuple(words)))
    inline_needles = tuple(sorted(needles)) if needles else ()
    inline_rows = tuple(rows) if needles else ()
    line_any = recache.compile("|".join(f"(?:{p})" for p in line), re.IGNORECASE) if line else None
    if line_any is not None and line_any.groups:
        # A group in some pattern: keep them apart (compiled only in this case).
        return Furniture(tuple(recache.compile(p, re.IGNORECASE) for p in line),
                         lazy_compile("|".join(inline), re.IGNORECASE), inline_needles=inline_needles,
                         inline_rows=inline_rows)
    # The inline alternation compiles when a row first holds one of its needles.
    return Furniture((), lazy_compile("|".join(inline), re.IGNORECASE), line_any, inline_needles,
                     FirstCharAlternation(line, re.IGNORECASE), inline_rows)


def is_label_start(text: str, start: int) -> bool:
    """A label counts where a word starts, or glued CamelCase-style to the value before it.

    `…BureauAuthor:Tang Yu` has `Author` right after `Bureau`; a capital
    after a lower-case letter or digit is such a glued start, while the
    `time` inside `Overtime:` is not.  After a word in capitals
    (`YAN XUERONGTimes:`), a capital followed by lower case starts a label.
    """
    if start == 0:
        return True
    prev = text[start - 1]
    if not prev.isalpha():
        return True
    ch = text[start]
    if is_han_common(ch) or is_han_common(prev):
        return True
    if not ch.isupper():
        return False
    if prev.islower() or prev.isdigit():
        return True
    # `…YAN XUERONGTimes:`: a capitalised label glued after a name in capitals
    nxt = text[start + 1] if start + 1 < len(text) else ""
    return nxt.islower() and start >= 2 and text[start - 2].isupper()

