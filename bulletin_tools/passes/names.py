"""One name, two spellings: `He Jing` in the title, `Hejing` in the body.

Machine translation splits a pinyin place name into syllables in one place
and keeps it whole in another.  The whole-document count decides which form
is dominant; the other form is rewritten to it (with a Fix) and a
``name-inconsistent`` finding says which form was chosen.  Only evidence in
the document is used: both forms must occur, and the dominant one at least
twice.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from itertools import islice
from typing import Sequence

from ..asciiruns import letter_runs
from ..lazyre import lazy_compile
from ..model import WARNING, Edit, Finding, Fix
from ..segment.lines import Line
from ..english import is_english_word

# A lookahead, so overlapping pairs all count: 'Hejing He Jing' holds 'He Jing'.
# Both start by consuming a capital, checking the word boundary before it
# afterwards (``(?<=\b[A-Z])``): a pattern that opens with a character class
# lets the engine skip to the next capital in C, while one opening with
# ``\b`` is tried at every position (measured: about half the time on the
# benchmark's pages).  The matches are those of ``\b(?=([A-Z][a-z]{1,5}
# [A-Z][a-z]{1,5})\b)`` and ``\b[A-Z][a-z]{2,11}\b``; a split form is found
# as (first letter, rest): see :func:`_split_forms`.
_SPLIT = lazy_compile(r"([A-Z])(?<=\b[A-Z])(?=([a-z]{1,5} [A-Z][a-z]{1,5})\b)")
_WORD = lazy_compile(r"[A-Z](?<=\b[A-Z])[a-z]{2,11}\b")


def _split_forms(blob: str) -> list[str]:
    """Every ``Xx Yy`` pair of short capitalised words, overlapping (``He Jing Ma`` gives two)."""
    return list(map("".join, _SPLIT.findall(blob)))
# Capitalised function words that can precede a name without being part of it.
_NOT_SYLLABLE = frozenset(
    "The This That These Those And But For With From Into Upon Over Under After Before "
    "When Where While What Which Who Why How Its His Her Our Their Your Some Any All Each "
    "Every Mr Mrs Ms Dr No Not Now New Old Red Big".split()
)


#: Up to this many split forms, each is looked for by a substring test
#: before the page's capitalised words are counted.
_SUBSTRING_TESTS_MAX = 8


def _spellings(texts: Sequence[str]) -> list[tuple[str, str, int, int]]:
    """(split form, joined form, split count, joined count) for every split
    pair whose joined form the page also uses — one regex pass per document."""
    blob = "\n".join(texts)
    split = Counter(_split_forms(blob))
    if not split:
        return []
    # Joined forms are counted only when one occurs at all: a substring test
    # per split form while there are few of them (a long page has many, and
    # a scan each would be quadratic: then count once).
    joined: Counter[str] | None = None if len(split) <= _SUBSTRING_TESTS_MAX else Counter(_WORD.findall(blob))
    out = []
    for form, n_split in split.items():
        a, b = form.split(" ")
        if a in _NOT_SYLLABLE or b in _NOT_SYLLABLE:
            continue
        whole = a + b.lower()
        if joined is None and whole not in blob:
            continue  # a word the text does not hold as a substring has no count
        if joined is None:
            joined = Counter(_WORD.findall(blob))
        n_whole = joined.get(whole, 0)
        if n_whole:
            out.append((form, whole, n_split, n_whole))
    return out


def name_map(texts: Sequence[str], spellings: list[tuple[str, str, int, int]] | None = None) -> dict[str, str]:
    """Split forms to rewrite → the dominant joined form (e.g. 'He Jing' → 'Hejing')."""
    return {form: whole for form, whole, n_split, n_whole in (spellings if spellings is not None else _spellings(texts))
            if n_whole >= 2 and n_whole > n_split}


def name_ties(texts: Sequence[str], spellings: list[tuple[str, str, int, int]] | None = None) -> list[tuple[str, str]]:
    """(split, joined) spellings that both occur, neither dominant: flag, keep both."""
    return [(form, whole) for form, whole, n_split, n_whole in (spellings if spellings is not None else _spellings(texts))
            if n_whole >= 2 and n_whole == n_split]


def unify_lines(lines: list[Line]) -> tuple[list[Line], list[Fix], list[Finding]]:
    """Rewrite minority spellings on every line; one finding per rewritten name."""
    texts = [ln.s for ln in lines]
    spellings = _spellings(texts)  # one counting pass for both the rewrites and the ties
    mapping = name_map(texts, spellings)
    ties = name_ties(texts, spellings)
    if not mapping:
        return lines, [], _tie_findings(lines, ties)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)) + r")\b")
    out: list[Line] = []
    fixes: list[Fix] = []
    findings: list[Finding] = []
    reported: set[str] = set()
    for ln in lines:
        edits = [Edit(m.start(), m.end(), mapping[m.group(0)], "name-inconsistent") for m in pattern.finditer(ln.s)]
        if not edits:
            out.append(ln)
            continue
        text, new_fixes = ln.text.apply(edits)
        fixes.extend(new_fixes)
        for fix in new_fixes:
            if fix.before not in reported:
                reported.add(fix.before)
                findings.append(Finding(
                    "name-inconsistent", WARNING,
                    f"'{fix.before}' is spelled '{fix.after}' elsewhere in the document; "
                    f"unified to '{fix.after}' (the more frequent form); use --skip name-inconsistent if both are right",
                    ln.number, fix.span))
        out.append(Line(ln.number, text))
    return out, fixes, findings + _tie_findings(lines, ties)


def _tie_findings(lines: list[Line], ties: list[tuple[str, str]]) -> list[Finding]:
    out = []
    for split_form, joined_form in ties:
        for ln in lines:
            at = ln.s.find(split_form)
            if at >= 0:
                out.append(Finding(
                    "name-inconsistent", WARNING,
                    f"'{split_form}' and '{joined_form}' are used equally often for one name; both kept: "
                    f"choose one and correct the other", ln.number, ln.text.span(at, at + len(split_form))))
                break
    return out


# ---------------------------------------------------------------------------
# Spaces inside words: `gov ernment` where the page also spells `government`.

_PAIR = lazy_compile(r"\b(?=([A-Za-z]{2,12}) ([a-z]{2,12})\b)")
_ANY_WORD = lazy_compile(r"[a-z]+")  # applied to lower-cased text


#: The shortest joined word: `rur al` → `rural`. Shorter joins (`in to`,
#: `a go`) are too easily two real words.
_MIN_JOINED = 5


def split_word_map(texts: Sequence[str]) -> dict[str, str]:
    """Split forms to rewrite → the whole word the same document uses.

    Evidence rule: the joined word occurs on the page as a word of its own,
    and one half is neither an English word nor used anywhere else on the
    page, so `a round` / `in to` (two real words) are never joined.
    """
    blob = "\n".join(texts)
    lower = blob.lower()
    words = letter_runs(lower)  # (_ANY_WORD.findall(lower), see asciiruns)
    # Cheaper gate first, on the letter runs already at hand: a pair joins into
    # one of them, so both halves are letters only, and two such tokens a space
    # apart are two letter runs in a row.  Most pages join no two runs in a
    # row into a run of theirs, and then no token list is made.
    if not set(map(operator.add, words, islice(words, 1, None))).intersection(words):
        return {}
    # Cheap gate: a pair can only join into a word of 5+ letters the page uses;
    # adjacent tokens are checked in one pass over str.split().
    tokens = lower.split()
    # Every adjacent pair joined, in C (map/set): most pages have no pair
    # whose join is a word of theirs, and then no per-pair Python test runs
    # (nor is any word counted).
    words_joined = set(map(operator.add, tokens, islice(tokens, 1, None))).intersection(words)
    if not words_joined:
        return {}
    counts = Counter(words)
    candidates = {(a, b) for a, b in zip(tokens, tokens[1:])
                  if len(a) + len(b) >= _MIN_JOINED and (a + b) in words_joined and a.isalpha() and b.isalpha()}
    if not candidates:
        return {}
    pairs = Counter(p for p in _PAIR.findall(blob) if (p[0].lower(), p[1]) in candidates)
    out: dict[str, str] = {}
    for (a, b), n in pairs.items():
        joined = (a + b).lower()
        if len(joined) < _MIN_JOINED or counts.get(joined, 0) < 1:
            continue
        lonely = [p for p in (a, b) if not is_english_word(p.lower()) and counts.get(p.lower(), 0) <= n]
        if lonely:
            out[f"{a} {b}"] = a + b
    return out


def join_split_words(lines: list[Line]) -> tuple[list[Line], list[Fix]]:
    mapping = split_word_map([ln.s for ln in lines])
    if not mapping:
        return lines, []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)) + r")\b")
    out: list[Line] = []
    fixes: list[Fix] = []
    for ln in lines:
        edits = [Edit(m.start(), m.end(), mapping[m.group(0)], "split-word") for m in pattern.finditer(ln.s)]
        if edits:
            text, new_fixes = ln.text.apply(edits)
            fixes.extend(new_fixes)
            out.append(Line(ln.number, text))
        else:
            out.append(ln)
    return out, fixes
