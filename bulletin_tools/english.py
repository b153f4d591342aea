"""The English lexicon: the common-English word list and the pinyin syllables.

Several modules ask "is this an English word?" (truncation: is a title's last
word whole; language: is a paragraph English; names: is a part of a name a
plain word) and "could this be a romanised Chinese name?".  The word lists
are data (``data/truncation_english_words.txt``,
``data/truncation_pinyin_syllables.txt``), read once, on first use.
"""

from __future__ import annotations

import functools

from .chardata import WORD_JOINERS
from .tables import read_words


@functools.cache
def _english() -> tuple[frozenset[str], tuple[str, ...]]:
    """The common-English list as a set and as a sorted tuple (for prefix look-ups)."""
    # The file is lower case, stripped, sorted and without duplicates
    # (tests/test_truncation.py holds it to that), so it is its own sorted tuple.
    words = tuple(read_words("truncation_english_words.txt"))
    return frozenset(words), words


def _english_set() -> frozenset[str]:
    return _english()[0]


def english_sorted() -> tuple[str, ...]:
    """The common-English list, sorted (for prefix look-ups with :mod:`bisect`)."""
    return _english()[1]


@functools.cache
def _pinyin() -> frozenset[str]:
    return frozenset(w.strip() for w in read_words("truncation_pinyin_syllables.txt"))


def is_english_word(word: str) -> bool:
    """Is ``word`` (lower case) in the common-English list, directly or
    after stripping a regular inflection (``-s``, ``-ed``, ``-ing``, ``-ly``, …)?

    >>> is_english_word("planned"), is_english_word("door-to-door"), is_english_word("activi")
    (True, True, False)
    """
    english = _english_set()
    if word in english:
        return True
    if any(ch in WORD_JOINERS for ch in word):
        parts = [p for p in word.replace("\u2019", "-").replace("'", "-").split("-") if p]
        return bool(parts) and all(is_english_word(p) or p == "s" for p in parts)
    candidates: list[str] = []
    for suffix, replacements in (
        ("ies", ("y",)), ("ied", ("y",)), ("ier", ("y",)), ("iest", ("y",)), ("ily", ("y",)),
        ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")), ("ing", ("", "e")),
        ("ally", ("", "al")), ("ly", ("", "le")), ("er", ("", "e")), ("ers", ("", "e")),
        ("est", ("", "e")), ("ment", ("",)), ("ments", ("",)), ("ness", ("",)),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            candidates.extend(stem + r for r in replacements)
            if suffix in ("ed", "ing", "er", "est") and len(stem) >= 4 and stem[-1] == stem[-2]:
                candidates.append(stem[:-1])  # planned -> plan, running -> run
    return any(c in english for c in candidates)


_COMPLETE_SUFFIXES = ("tion", "sion", "ment", "ness", "ship", "ity", "ism", "ance", "ence", "ical", "ology", "ings")


def looks_complete(word: str) -> bool:
    """Long words with a derivational ending are taken as whole words even
    when missing from the list (``digitalization``).

    >>> looks_complete("digitalization"), looks_complete("station")
    (True, True)
    """
    return len(word) >= 7 and word.endswith(_COMPLETE_SUFFIXES)


def is_pinyin(word: str) -> bool:
    """``word`` (lower case) splits entirely into toneless pinyin syllables.

    >>> is_pinyin("xiangyang"), is_pinyin("kashgar")
    (True, False)
    """
    syllables = _pinyin()
    n = len(word)
    if n < 2 or not word.isascii() or not word.isalpha():
        return False
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for j in range(i + 1, min(n, i + 6) + 1):
            if word[i:j] in syllables:
                ok[j] = True
    return ok[n]


__all__ = ["english_sorted", "is_english_word", "is_pinyin", "looks_complete"]
