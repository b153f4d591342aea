"""The words of a text, one space between them: the key several passes compare texts by.

``words_key(text)`` is ``re.sub(r"\\W+", " ", text).strip()``: every run of
non-word characters made one space, the ends stripped.  It is built as the
``\\w`` runs joined by single spaces, which is the same string (no character
is both a word character and a space, so ``strip`` never cuts a word) without
a substitution at every gap between words: measured on paragraphs, about a
sixth less time.  ``tests/test_speed_equivalents.py`` holds the two forms equal.
"""

from __future__ import annotations

import re
from itertools import islice

from .asciiruns import ascii_word_runs
from .lazyre import lazy_compile

_WORD_RUN = lazy_compile(r"\w+")


def words_key(text: str) -> str:
    """``re.sub(r"\\W+", " ", text).strip()``, faster.

    >>> words_key("  Hello, World! -- (2024)")
    'Hello World 2024'
    """
    if text.isascii():
        return " ".join(ascii_word_runs(text))  # (the same runs, without the regex engine)
    return " ".join(_WORD_RUN.findall(text))


def folded_words(text: str, fold=str.casefold) -> list[str]:
    """``[fold(w) for w in re.findall(r"\\w+", text)]``, for ``fold`` ``str.lower`` or ``str.casefold``.

    On ASCII text both folds are the lower case, which changes no word
    boundary: the text is folded once and its runs cut without the regex
    engine (:func:`.asciiruns.ascii_word_runs`), with no call per word.

    >>> folded_words("Hello, World! -- (2024)")
    ['hello', 'world', '2024']
    """
    if text.isascii():
        return ascii_word_runs(text.lower())
    return list(map(fold, _WORD_RUN.findall(text)))


_GROUP = re.Match.group


def words_prefix(text: str, count: int) -> str:
    """The first ``count`` words of :func:`words_key`, found without reading on.

    >>> words_prefix("  Hello, World! -- (2024)", 2)
    'Hello World'
    """
    return " ".join(map(_GROUP, islice(_WORD_RUN.finditer(text), count)))


def first_word(text: str) -> str:
    """``words_prefix(text, 1)``: the first word of :func:`words_key` ("" when there is none).

    Why (speed): the same-words test compares first words before whole keys,
    some fifteen times a document; one ``search`` and its group cost less than
    an iterator sliced, mapped and joined for a single word.

    >>> first_word("  Hello, World!"), first_word(" -- ")
    ('Hello', '')
    """
    m = _WORD_RUN.search(text)
    return m.group() if m is not None else ""
