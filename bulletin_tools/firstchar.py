"""A big alternation tried only through the branches that can start with the text's first character.

Why (speed): ``re`` tries an alternation branch by branch.  The furniture
table's line patterns (``data/furniture.tsv``) are well over a hundred
branches under ``re.IGNORECASE``, and a ``fullmatch`` of their alternation
cost about 6 µs on every short line of every page, nearly all of it spent
failing on the first character of branch after branch: `Source: …` can
only be matched by the few branches that may start with an ``s``.

:class:`FirstCharAlternation` reads each branch's possible first characters
from the regex parser's own tree (a set of character classes, or "any"
when it cannot tell), and keeps, per first character of a text, the
alternation of just the branches that may start with it.  Whether a
character may start a branch is decided by the regex engine itself (the
branch's first classes, compiled with the same flags, tested on that
character), so case folding is exactly the engine's.  The answer is a
yes/no (does some branch fully match?), which does not depend on the order
of the branches, so the narrowed alternation gives the same answer as the
whole one; ``tests/test_firstchar.py`` holds it to that.
"""

from __future__ import annotations

import re
from functools import partial
from re import _constants as C  # type: ignore[attr-defined]  # (the parser's opcodes: no stubs)
from re import _parser  # type: ignore[attr-defined]
from typing import Sequence, cast

from . import recache

#: A parsed branch: the patterns of the character classes one of which its
#: first character matches, or None when any character may start it.
_Firsts = "list[str] | None"

_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))

#: The first this many texts go to the whole alternation: narrowing costs a
#: probe and a compiled (cached) alternation per new first character, about
#: 0.1 ms, and saves some 4 us a text, so a one-page run (a dozen lines)
#: would pay more than it saves; a stream switches after its first pages.
NARROW_AFTER = 400
#: Distinct first (or last) characters, and pairs of them, remembered per
#: alternation (then that memory starts afresh).
MAX_REMEMBERED_CHARS = 8192
#: Distinct narrowed alternations per alternation; past it, a pair of ends
#: new to it takes the alternation narrowed by its first character alone if
#: there is one, else the whole one.  The furniture table's line patterns
#: came to 381 on bench_throughput's corpus (each compiled once, about
#: 0.15 ms, and kept by :mod:`.recache`).
MAX_NARROWED = 1024


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _class(items) -> str | None:
    """A character class of the parser (``IN``) back as pattern text, or None if unknown."""
    out = []
    negate = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            out.append(_char(av))
        elif op is C.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None
    return ("[^" if negate else "[") + "".join(out) + "]"


def _first_of_sequence(seq, last: bool = False) -> tuple[list[str] | None, bool]:
    """``(classes, nullable)``: the classes the first consumed character matches
    one of (None: any character), and whether the sequence can match nothing.
    With ``last``, the same for the last consumed character: the sequence is
    read from its end, and every part of it the same way."""
    classes: list[str] = []
    items = list(seq)
    if last:
        items.reverse()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the first character comes later (a superset is safe)
        found, nullable = _first_of_item(op, av, last)
        if found is None:
            return None, False
        classes.extend(found)
        if not nullable:
            return classes, False
    return classes, True


def _first_of_item(op, av, last: bool = False) -> tuple[list[str] | None, bool]:
    if op is C.LITERAL:
        return [_char(av)], False
    if op is C.NOT_LITERAL:
        return [f"[^{_char(av)}]"], False
    if op is C.IN:
        cls = _class(av)
        return ([cls], False) if cls is not None else (None, False)
    if op is C.SUBPATTERN:
        found, nullable = _first_of_sequence(av[-1], last)
        if found is not None and av[1] & C.SRE_FLAG_IGNORECASE:
            # `(?i:k)` in a case-sensitive pattern; a removed flag (`(?-i:ICP)`)
            # only makes the outer flags' test a superset, which is safe.
            found = [f"(?i:{c})" for c in found]
        return found, nullable
    if op is C.ATOMIC_GROUP:
        return _first_of_sequence(av, last)
    if op is C.BRANCH:
        classes: list[str] = []
        nullable = False
        for branch in av[1]:
            found, empty = _first_of_sequence(branch, last)
            if found is None:
                return None, False
            classes.extend(found)
            nullable = nullable or empty
        return classes, nullable
    if op in _REPEATS:
        low, high, sub = av
        if high == 0:
            return [], True
        found, empty = _first_of_sequence(sub, last)
        return found, empty or low == 0
    return None, False  # ANY, group references, anything else: any character


def first_classes(pattern: str, flags: int = 0) -> list[str] | None:
    """The classes one of which the first character of any non-empty match of
    ``pattern`` matches, or None when that cannot be told (or it may match empty).

    >>> len(first_classes(r"(?:print|close)\\s*(?:page)?"))
    2
    >>> first_classes(r"\\s*end")  # a space or an e
    ['[\\\\s]', '\\\\U00000065']
    >>> first_classes(r"a*") is None  # it may match nothing
    True
    """
    found, nullable = _first_of_sequence(_parser.parse(pattern, flags))
    return None if nullable or found is None else found


def last_classes(pattern: str, flags: int = 0) -> list[str] | None:
    """As :func:`first_classes`, for the last character of any non-empty match.

    >>> last_classes(r"(?:print|close)\\s*") is None  # it may end in a space, or in t, or in e
    False
    >>> len(last_classes(r"(?:print|close)\\s*"))
    3
    >>> last_classes(r"end.{0,9}") is None  # any character
    True
    """
    found, nullable = _first_of_sequence(_parser.parse(pattern, flags), last=True)
    return None if nullable or found is None else found


def _literal_runs(seq, out: list[str]) -> None:
    """Append to ``out`` each run of ASCII literal characters that every match
    of the parsed sequence ``seq`` consumes in a row, lower-cased."""
    run: list[str] = []
    for op, av in seq:
        if op is C.LITERAL and av < 0x80:
            run.append(chr(av).lower())
            continue
        if run:
            out.append("".join(run))
            run = []
        if op is C.SUBPATTERN:
            _literal_runs(av[-1], out)  # a group in a sequence is consumed whole, every time
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            _literal_runs(av[2], out)  # a repeat taken at least once holds its body once
        # (anything else, a branch or an optional part among them, promises nothing)
    if run:
        out.append("".join(run))


def required_literal(pattern: str, flags: int = 0) -> str | None:
    r"""The longest run of ASCII characters that every match of ``pattern``
    holds, lower-cased, or None when the parse tree promises none.

    Only literals of the pattern's top-level sequence count, and those of
    groups and of repeats taken at least once inside it: never a literal
    inside a branch, an optional part or a look-around.  Under
    ``re.IGNORECASE`` a text character matching an ASCII literal is that
    letter in either case, so the lower-cased text holds the run, except for
    the case-folding traps (:data:`CASE_TRAPS`), which the caller must test.

    >>> required_literal(r".{0,80}\bpress (?:ctrl|alt)\s*\+", re.IGNORECASE)
    'press '
    >>> required_literal(r"(?:print|close)\s*") is None
    True
    >>> required_literal(r"(?:.{0,80}\s)?Do not show(?: again)?")
    'do not show'
    """
    runs: list[str] = []
    _literal_runs(_parser.parse(pattern, flags), runs)
    return max(runs, key=len) if runs else None


#: Non-ASCII characters that ``re.IGNORECASE`` folds onto an ASCII letter
#: (dotted and dotless i, long s, Kelvin sign; ``lexicon.CASE_TRAPS`` is this,
#: as lexicon imports this module): a text holding one is not judged by a
#: lower-cased substring test.
CASE_TRAPS = "\u0130\u0131\u017f\u212a"


def first_char_gate(pattern: str, flags: int = 0) -> str | None:
    """``(?=[…])``: a look-ahead of the characters a match of ``pattern`` may
    start with (one class, from :func:`first_classes`), or None when they
    cannot be told or do not merge into one class.

    Why (speed): ``re`` skips ahead to a pattern's possible first characters
    only when it can read them without case folding; under
    ``re.IGNORECASE`` an alternation of words (the label lexicon) is tried
    in full at every position of the text.  Put in front of the pattern,
    the look-ahead fails at once where no branch can start, and changes no
    match: every match starts with a character of the class, as the engine
    itself decides it (the class is compiled with the pattern's flags, like
    the probes of :class:`FirstCharAlternation`).  The classes are kept with
    the compiled patterns (:func:`.recache.remember`): a new process parses
    nothing.
    """
    classes = cast("list[str] | None",
                   recache.remember("firstchar", pattern, flags, partial(first_classes, pattern, flags)))
    if not classes:
        return None
    parts = []
    for cls in classes:
        if cls.startswith("\\U"):
            parts.append(cls)  # a literal
        elif cls.startswith("[") and not cls.startswith("[^"):
            parts.append(cls[1:-1])  # a class's items
        else:
            return None  # a negated class, a scoped flag: no single class says it
    return "(?=[" + "".join(parts) + "])"


def gated(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind its :func:`first_char_gate` (unchanged when there is none):
    the same matches, the same groups, found sooner."""
    gate = first_char_gate(pattern, flags)
    return pattern if gate is None else f"{gate}(?:{pattern})"


class FirstCharAlternation:
    """``fullmatch_any(text)``: does one of ``patterns`` (joined as an alternation,
    compiled with ``flags``) match all of ``text``?  The same answer as the whole
    alternation's ``fullmatch``, asked only of the branches that may start with
    ``text[0]`` and end with ``text[-1]``.

    Which branches a character may start (or end) is read from a probe
    pattern, an optional look-ahead group per branch holding its first (or
    last) classes: the groups that capture name the branches.  The classes
    come from the parser once and are kept with the compiled patterns
    (:func:`.recache.remember`), so a new process parses nothing.

    Why the last character too: a few branches may start with any letter
    (a comment's ``… at 9:15 am reply``, a pop-up's ``… do not show again``)
    and were tried on every line; their last characters rule them out on
    nearly every line of prose, which ends in a full stop.
    """

    def __init__(self, patterns: Sequence[str], flags: int = 0) -> None:
        self.patterns = tuple(patterns)
        self.flags = flags
        self._whole: re.Pattern[str] | None = None
        # per end (0: the first character, 1: the last one)
        self._probes: list[re.Pattern[str] | None] = [None, None]
        self._any_char: list[frozenset[int]] = [frozenset(), frozenset()]  # branches any character may start/end
        self._probed: list[tuple[int, ...]] = [(), ()]  # the branch of each probe group, in order
        self._by_char: tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]] = ({}, {})
        self._by_ends: dict[tuple[str, str, tuple[bool, ...]], re.Pattern[str] | None] = {}
        self._narrowed: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        self._until_narrowed = NARROW_AFTER
        #: The branches that may start with any character and hold a
        #: :func:`required_literal`, and those literals (see :meth:`_held`).
        self._needles: tuple[tuple[int, ...], tuple[str, ...]] | None = None

    def _join(self, indexes: Sequence[int]) -> re.Pattern[str]:
        return recache.compile("|".join(f"(?:{self.patterns[i]})" for i in indexes), self.flags)

    def whole(self) -> re.Pattern[str]:
        if self._whole is None:
            self._whole = self._join(range(len(self.patterns)))
        return self._whole

    def _probe_pattern(self, end: int = 0) -> re.Pattern[str]:
        probe = self._probes[end]
        if probe is None:
            reader, kind = (first_classes, "firstchar") if end == 0 else (last_classes, "lastchar")
            any_char, probed, groups = [], [], []
            for i, p in enumerate(self.patterns):
                classes = recache.remember(kind, p, self.flags, partial(reader, p, self.flags))
                if classes is None:
                    any_char.append(i)
                else:
                    probed.append(i)
                    groups.append(f"(?:(?=({'|'.join(classes)})))?")  # type: ignore[arg-type]
            self._any_char[end], self._probed[end] = frozenset(any_char), tuple(probed)
            probe = self._probes[end] = recache.compile("".join(groups), self.flags)
        return probe

    def _branches(self, end: int, ch: str) -> frozenset[int]:
        """The branches that may start (``end`` 0) or end (1) with ``ch``."""
        memo = self._by_char[end]
        found = memo.get(ch)
        if found is None:
            m = self._probe_pattern(end).match(ch)
            groups = m.groups() if m is not None else ()
            found = self._any_char[end].union(i for i, g in zip(self._probed[end], groups) if g is not None)
            if len(memo) >= MAX_REMEMBERED_CHARS:
                memo.clear()
            memo[ch] = found
        return found

    def _needled(self) -> tuple[tuple[int, ...], tuple[str, ...]]:
        """The branches that may start with any character and hold a
        :func:`required_literal`, and their needles (the same order)."""
        if self._needles is None:
            self._probe_pattern(0)  # (sets the branches any character may start)
            found = []
            for i in sorted(self._any_char[0]):
                p = self.patterns[i]
                needle = recache.remember("needle", p, self.flags, partial(required_literal, p, self.flags))
                if needle:
                    found.append((i, cast(str, needle)))
            self._needles = (tuple(i for i, _ in found), tuple(n for _, n in found))
        return self._needles

    def _held(self, text: str) -> tuple[bool, ...]:
        """For each needle of :meth:`_needled`: does ``text``, lower-cased, hold
        it?  A branch whose needle it does not hold cannot match it (empty: no
        needles, or no branch ruled out).

        Why (speed): the first and last characters rule nothing out for a
        branch that may start and end with any character
        (`.{0,80}\\bpress (?:ctrl|alt)…`), so such a branch was tried on
        every line, the engine stepping through its leading `.{0,80}`
        position by position: on the lines bench_throughput's corpus asks
        about, the four branches of the furniture table that may start with
        any character took about half of the narrowed alternation's
        time.  A text holding a case-folding trap rules none out.
        """
        needles = (self._needles or self._needled())[1]
        if not needles or (not text.isascii() and any(map(text.__contains__, CASE_TRAPS))):
            return ()
        return tuple(map(text.lower().__contains__, needles))

    def _for_ends(self, first: str, last: str, held: tuple[bool, ...] = ()) -> re.Pattern[str] | None:
        starts = self._branches(0, first)
        absent = {i for i, h in zip(self._needled()[0], held) if not h}
        indexes = tuple(sorted(starts & self._branches(1, last) - absent))
        if indexes not in self._narrowed:
            if len(self._narrowed) >= MAX_NARROWED:
                return self._narrowed.get(tuple(sorted(starts)), self.whole())
            self._narrowed[indexes] = self._join(indexes) if indexes else None
        if len(self._by_ends) >= MAX_REMEMBERED_CHARS:
            self._by_ends.clear()
        pattern = self._by_ends[first, last, held] = self._narrowed[indexes]
        return pattern

    def fullmatch_any(self, text: str) -> bool:
        if self._until_narrowed > 0:
            self._until_narrowed -= 1
            return self.whole().fullmatch(text) is not None
        if not text:
            return self.whole().fullmatch(text) is not None
        ends = (text[0], text[-1], self._held(text))
        try:
            pattern = self._by_ends[ends]
        except KeyError:
            pattern = self._for_ends(*ends)
        return pattern is not None and pattern.fullmatch(text) is not None
