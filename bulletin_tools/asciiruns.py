"""Runs of ASCII letters, found without the regex engine.

Several passes read a page's Latin words as the runs of ``[A-Za-z]+`` (or
``[a-z]+`` in lower-cased text) and count or collect them: a regex
``findall`` steps through the text character by character in the engine.
Here the text's UTF-8 bytes go through one 256-entry ``bytes.translate``
that makes every byte but a letter a space, and ``split()`` cuts the runs:
the same words, in the same order, at a fraction of the cost on whole
documents.  The UTF-8 bytes of a non-ASCII character are all 0x80 or above,
so such a character separates runs exactly as it does for the regex (a lone
surrogate, which bad input can decode to, is encoded with ``surrogatepass``:
three such bytes too).  ``tests/test_asciiruns.py`` holds each function to
its regex.
"""

from __future__ import annotations

_LETTER = frozenset(range(0x41, 0x5B)) | frozenset(range(0x61, 0x7B))
#: Letters kept, every other byte a space.
_LETTERS_ONLY = bytes(c if c in _LETTER else 0x20 for c in range(256))
#: Letters and the ASCII apostrophe kept (see :func:`ascii_latin_tokens`).
_LETTERS_AND_APOSTROPHE = bytes(c if c in _LETTER or c == 0x27 else 0x20 for c in range(256))


def letter_runs(text: str) -> list[str]:
    """``re.findall(r"[A-Za-z]+", text)`` (and so ``[a-z]+`` on lower-cased text)."""
    if text.isascii():
        return text.translate(_ASCII_LETTERS_ONLY).split()  # (no bytes round trip)
    return text.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).decode("ascii").split()


def ascii_latin_tokens(text: str, pattern) -> list[str]:
    """``pattern.findall(text)`` for ``pattern`` = ``[A-Za-z]+(?:['’][A-Za-z]+)?`` and ASCII ``text``.

    Every match lies inside one run of letters and apostrophes (in ASCII
    text the only apostrophe is ``'``), and the scan of the whole text meets
    the runs in order: a run without an apostrophe is one token, the few
    with one are handed to the pattern itself.
    """
    if "'" not in text:
        return letter_runs(text)
    out: list[str] = []
    for chunk in text.translate(_ASCII_LETTERS_AND_APOSTROPHE).split():
        if "'" in chunk:
            out.extend(pattern.findall(chunk))
        else:
            out.append(chunk)
    return out


def ascii_word_runs(text: str) -> list[str]:
    """``re.findall(r"\\w+", text)`` for ASCII ``text`` (where ``\\w`` is ``[A-Za-z0-9_]``)."""
    return text.translate(_ASCII_WORD_CHARS_ONLY).split()


#: The same tables for ``str.translate`` on ASCII text (ASCII to ASCII: CPython's fast path).
_ASCII_LETTERS_ONLY = {c: chr(_LETTERS_ONLY[c]) for c in range(128)}
_ASCII_LETTERS_AND_APOSTROPHE = {c: chr(_LETTERS_AND_APOSTROPHE[c]) for c in range(128)}
_ASCII_WORD_CHARS_ONLY = {c: chr(c) if chr(c).isalnum() or c == 0x5F else " " for c in range(128)}
