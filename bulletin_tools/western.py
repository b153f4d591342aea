"""Is this a Western European (cp1252 / Latin-1) text?  The other side of the decoding judgement.

Why it is needed: GB18030 decodes almost any byte string in which each high
byte is followed by a letter, so ``editor: François Müller`` in cp1252
"decodes" as ``Fran鏾is M黮ler``, and ``check`` then calls the invented
characters untranslated Chinese.  Judging only "is the Chinese plausible?"
cannot see that; judging the Latin reading too can.

The tell, with no data file: in real Western text the non-ASCII characters
are accented letters standing one or two at a time *inside* words (``ç`` in
``François``, ``ü`` in ``Müller``), or typographic punctuation standing
alone (curly quotes, dashes, the euro sign).  Chinese bytes read as cp1252
come out as runs of four and more symbols and letters (``×÷Õß£º`` for
``作者：``), which score nothing.
"""

from __future__ import annotations

from .lazyre import lazy_compile

__all__ = ["latin_reading", "latin_plausibility"]

#: Accented letters come one or two at a time inside a word
#: (``Müller``, ``naïve``, Portuguese ``ção``); a longer run is not a word.
MAX_LETTER_RUN = 2

#: Typographic punctuation that cp1252 pages really contain, alone or doubled (``’’``, ``–``, ``…``).
TYPOGRAPHIC = frozenset("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u00a0\u00b0\u00a9\u00ae"
                        "\u2122\u20ac\u00a3\u00ab\u00bb\u00b7\u00a7\u00bd\u00bc\u00be\u00b2\u00b3\u00d7")
MAX_PUNCT_RUN = 3

_NON_ASCII_RUN = lazy_compile(r"[^\x00-\x7f]+")


def latin_reading(data: bytes) -> tuple[str, str]:
    """The bytes as cp1252 (the Windows superset of Latin-1), or Latin-1 where cp1252 has holes.

    cp1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; Latin-1 maps
    them to C1 controls, which :func:`latin_plausibility` does not count as
    letters, so such a reading will not win by accident.
    """
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def latin_plausibility(text: str) -> float:
    """Share of non-ASCII characters that look like Western European writing (0.0-1.0).

    A run of non-ASCII characters counts when it is one or two letters
    touching an ASCII letter (inside or at the edge of a word), or a short
    run of typographic punctuation.  Text without non-ASCII scores 0.

    >>> latin_plausibility("editor: François Müller")
    1.0
    >>> latin_plausibility("×÷Õß£ºÐ¡±à")  # 作者：小编 in GBK, read as cp1252
    0.0
    """
    total = good = 0
    for m in _NON_ASCII_RUN.finditer(text):
        run = m.group()
        total += len(run)
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if len(run) <= MAX_LETTER_RUN and run.isalpha() and (_ascii_letter(before) or _ascii_letter(after)):
            good += len(run)
        elif len(run) <= MAX_PUNCT_RUN and all(ch in TYPOGRAPHIC for ch in run):
            good += len(run)
    return good / total if total else 0.0
