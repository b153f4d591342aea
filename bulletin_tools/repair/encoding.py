"""Encoding repair: undo mojibake, and flag characters that are already lost.

Three kinds of mojibake reach us, and the order of repair matters:

1. UTF-8 bytes read as GBK (``灏忕紪`` for ``小编``) and GBK bytes read as
   Latin-1/cp1252 (``Ð¡±à`` for ``小编``).  ftfy leaves the first alone and
   turns the second into Cyrillic-looking junk, so these run *first*, in
   :func:`fix_chinese_mojibake`.
2. UTF-8 read as cp1252/Latin-1 (``â€™`` for ``’``, ``çŽ‹èŠ³`` for ``王芳``):
   ftfy's job, in :func:`fix_latin_mojibake`, called only on the stretches
   where a cheap test says it can matter.

A Chinese repair is accepted only when the bytes round-trip *and* the result
is far more plausible Chinese than what stood there (share of characters in
GB2312 level 1, see :func:`bulletin_tools.decode.chinese_plausibility`).
Without that evidence the text is kept.

Characters destroyed before publication (U+FFFD, ``锟斤拷``, ``Fran?ais``)
cannot be recovered: :func:`flag_lost_characters` only flags them.

Every rule returns at once for a pure-ASCII line (or, for lost characters,
an ASCII line without ``?``): these rules run on every line of millions of
documents.
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import Iterator

from ..chardata import HAN_SPAN, is_han_common
from ..lazyre import lazy_compile
from ..decode import chinese_plausibility
from ..model import ERROR, WARNING, Edit, Flag
from ..tables import read_rows
from .base import Context, Rule

__all__ = [
    "RULES",
    "MOJIBAKE",
    "LOST_CHARACTERS",
    "fix_chinese_mojibake",
    "fix_latin_mojibake",
    "flag_lost_characters",
]

MOJIBAKE = "mojibake"
LOST_CHARACTERS = "lost-characters"

# A decoded candidate must reach this plausibility, and beat the garbled
# text by this margin.  Real text scores ~1.0, mojibake 0-0.25.
_MIN_SCORE = 0.5
_MIN_GAIN = 0.1

# Stretches longer than this are diffed by trimming only (difflib is quadratic).
_MAX_DIFF_LEN = 256
# ftfy is slow on huge stretches; a real garbled word or name is far shorter.
_MAX_FTFY_LEN = 4096
_UTF8_WINDOW = 64
# At most this many flags per rule and line; the last one covers the rest.
_MAX_FLAGS = 20

_LOST_MESSAGE = (
    "characters were lost before this text was published ({what}); "
    "restore them from the original page"
)


# --- character tables, built once from the codecs ---------------------------


# cp1252's printable characters for bytes 0x80-0x9F, mapped back to the byte.
_CP1252_TO_LATIN1 = {
    ord(bytes((b,)).decode("cp1252")): b
    for b in range(0x80, 0xA0)
    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}



@functools.cache
def _gbk_table() -> dict[str, bytes]:
    """Every character GBK encodes with two bytes, mapped to those bytes."""
    table: dict[str, bytes] = {}
    for lead in range(0x81, 0xFF):
        for trail in (*range(0x40, 0x7F), *range(0x80, 0xFF)):
            pair = bytes((lead, trail))
            try:
                table.setdefault(pair.decode("gbk"), pair)
            except UnicodeDecodeError:
                continue
    return table


@functools.cache
def _utf8_cjk_starts() -> frozenset[str]:
    """GBK characters whose lead byte (0xE0-0xEF) starts a 3-byte UTF-8 character.

    UTF-8 Chinese read as GBK always begins with such a character, so a run
    without one cannot be that kind of mojibake: real Chinese text mostly
    skips the expensive test.

    Built from the sixteen rows 0xE0-0xEF alone, not from :func:`_gbk_table`
    (a few milliseconds instead of some fifteen, paid by the first Chinese
    line of every run): GBK gives each character one byte pair, so the set
    is the same (``tests/test_perf_gates.py`` checks it against the table).
    """
    chars: set[str] = set()
    for lead in range(0xE0, 0xF0):
        for trail in (*range(0x40, 0x7F), *range(0x80, 0xFF)):
            try:
                chars.add(bytes((lead, trail)).decode("gbk"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


_CP1252_CHARS = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc" \
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026" \
    "\u2030\u2039\u203a\u20ac\u2122"
# A UTF-8 lead byte followed by a continuation byte, both read as cp1252/Latin-1.
_UTF8_PAIR = lazy_compile(f"[\xc2-\xf4][\x80-\xbf{_CP1252_CHARS}]")
# Maximal stretches of characters that a Latin-1/cp1252 decode produces from high bytes.
_HIGH_STRETCH = lazy_compile(f"[\x80-\xff{_CP1252_CHARS}]+")
# Characters that can be a GBK lead byte read as Latin-1 (0x81-0xFE).
_GBK_LEAD_AS_LATIN = lazy_compile("[\x81-\xfe]")
# (lead, trail) pairs of GBK bytes read as Latin-1/cp1252.  Fixed-width
# pairs under one '+': no ambiguity, linear.
_GBK_PAIRS_AS_LATIN = lazy_compile(
    f"(?:[\x81-\xfe{_CP1252_CHARS}][\x40-\x7e\x80-\xfe{_CP1252_CHARS}])+"
)
# Runs that may hold UTF-8-read-as-GBK: non-ASCII, not whitespace, not U+FFFD.
_CJK_RUN = lazy_compile(r"[^\x00-\x7f\s\ufffd]+")
_BEYOND_LATIN1 = lazy_compile("[^\x00-\xff]")
# Text a Latin-script page could hold: ASCII, Latin-1, Latin Extended, general punctuation.
_LATIN_TEXT = lazy_compile("[\x00-\x7f\xa0-\u024f\u2000-\u206f\u20ac\u2122]*")


def _is_han_or_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef"


def _repaired(start: int, end: int, before: str, after: str) -> tuple[Edit, Flag]:
    return (
        Edit(start, end, after, MOJIBAKE),
        Flag(MOJIBAKE, WARNING, f"garbled encoding repaired: '{before}' -> '{after}'; check the repaired text against the original page", start, end),
    )


def _unrepaired(start: int, end: int, before: str, kind: str) -> Flag:
    return Flag(
        MOJIBAKE,
        ERROR,
        f"garbled encoding ({kind}: '{before}') could not be repaired; check the source",
        start,
        end,
    )


# --- 1. Chinese mojibake -----------------------------------------------------


def fix_chinese_mojibake(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Repair GBK-read-as-Latin-1 and UTF-8-read-as-GBK on one line.

    >>> edits, _ = fix_chinese_mojibake('Author:灏忕紪', Context())
    >>> [(e.start, e.end, e.after) for e in edits]
    [(7, 10, '小编')]
    >>> fix_chinese_mojibake('Author:小编  café', Context())
    ([], [])
    """
    if text.isascii():
        return [], []
    edits: list[Edit] = []
    flags: list[Flag] = []
    taken: list[tuple[int, int]] = []
    if _GBK_LEAD_AS_LATIN.search(text):
        for start, end, after in _gbk_as_latin(text):
            edit, flag = _repaired(start, end, text[start:end], after)
            edits.append(edit)
            flags.append(flag)
            taken.append((start, end))
        for start, end, after in _gbk_punctuation_as_latin(text, taken):
            edit, flag = _repaired(start, end, text[start:end], after)
            edits.append(edit)
            flags.append(flag)
    if not _BEYOND_LATIN1.search(text):  # UTF-8-as-GBK always yields CJK characters
        return edits, flags
    for m in _CJK_RUN.finditer(text):
        if max(m.group()) <= "\xff":
            continue
        for start, end in _minus(m.start(), m.end(), taken):
            _utf8_as_gbk(text, start, end, edits, flags)
    edits.sort(key=lambda e: e.start)
    flags.sort(key=lambda f: f.start)
    return edits, flags


def _minus(start: int, end: int, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The parts of [start, end) not covered by any interval in ``taken``."""
    pos = start
    for t_start, t_end in sorted(taken):
        if t_end <= pos or t_start >= end:
            continue
        if t_start > pos:
            yield pos, t_start
        pos = max(pos, t_end)
    if pos < end:
        yield pos, end


def _gbk_as_latin(text: str) -> Iterator[tuple[int, int, str]]:
    """Stretches of Latin-1/cp1252 characters that are GBK bytes, with their Chinese.

    A stretch is read as (lead, trail) pairs: lead 0x81-0xFE, trail
    0x40-0x7E or 0x80-0xFE, so an ASCII letter may be a trail byte.  Real
    accented Latin (``café``, ``Zürich``) gives one character or none, or
    non-Chinese, and is left alone; a stretch that is also valid UTF-8 of
    Latin text is left to ftfy.
    """
    for m in _GBK_PAIRS_AS_LATIN.finditer(text):
        if m.end() - m.start() < 4:  # fewer than two Chinese characters: too weak
            continue
        stretch = m.group()
        raw = stretch.translate(_CP1252_TO_LATIN1).encode("latin-1")
        after = _plausible_gbk(raw, stretch)
        if after is not None:
            yield m.start(), m.end(), after


#: Chinese punctuation whose two GBK bytes, read as cp1252, make a pair no
#: Western text holds (`：` → `£º`, `“` → `¡°`, `’` → `¡¯`).  One such pair
#: is too short for :func:`_gbk_as_latin`, which asks for two Chinese
#: characters, but the pairs are unambiguous: `£` before `º`, `¡` before `°`.
GBK_PUNCTUATION = "：“”‘’，。、；！？（）《》【】…—"


@functools.cache
def _gbk_punctuation_pairs() -> dict[str, str]:
    """The cp1252 reading of each punctuation mark's GBK bytes → the mark."""
    pairs = {}
    for mark in GBK_PUNCTUATION:
        raw = mark.encode("gbk")
        try:
            pairs[raw.decode("cp1252")] = mark
        except UnicodeDecodeError:
            continue  # a byte cp1252 leaves undefined: the page would show something else
    return pairs


_GBK_PUNCT_LEAD = lazy_compile("[\xa1\xa3\xa8]")  # the lead bytes of GBK punctuation, as cp1252


def _gbk_punctuation_as_latin(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """`Date£º 2016-04-14` → `Date： 2016-04-14`: GBK punctuation read as cp1252, pair by pair."""
    if _GBK_PUNCT_LEAD.search(text) is None:
        return  # (building the pairs loads the GBK codec: only when a lead byte is there)
    pairs = _gbk_punctuation_pairs()
    end = 0
    for m in _GBK_PUNCT_LEAD.finditer(text):
        start = m.start()
        if start < end:
            continue  # `¡£¡`: the second byte of one pair is no lead of the next
        mark = pairs.get(text[start:start + 2])
        if mark is not None and not any(a <= start < b for a, b in taken):
            end = start + 2
            yield start, end, mark


def _plausible_gbk(raw: bytes, before: str) -> str | None:
    try:
        after = raw.decode("gbk")
    except UnicodeDecodeError:
        return None
    if not any(is_han_common(ch) for ch in after):
        return None
    try:
        as_utf8 = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # Valid UTF-8 too: Latin text (cafÃ©) or Chinese (çŽ‹èŠ³) is ftfy's case.
        if _LATIN_TEXT.fullmatch(as_utf8) or chinese_plausibility(as_utf8) >= _MIN_SCORE:
            return None
    # Latin-1 characters say nothing about Chinese, so no gain is asked here;
    # three or more Chinese characters out of one aligned stretch is strong
    # evidence, enough to accept a name with rare characters.
    han = sum(1 for ch in after if is_han_common(ch))
    score = chinese_plausibility(after)
    if score >= _MIN_SCORE or (han >= 3 and score >= _MIN_SCORE / 2):
        return after
    return None


def _utf8_as_gbk(text: str, start: int, end: int, edits: list[Edit], flags: list[Flag]) -> None:
    """Repair UTF-8-read-as-GBK inside the run ``text[start:end]``.

    Only the segments that round-trip (GBK bytes -> valid UTF-8, cut at
    character boundaries of both) and read as far more plausible Chinese are
    replaced; a broken remainder next to a repair is flagged.  Each decode
    stops at its first error and the scan never goes back, so this is linear.
    """
    starts = _utf8_cjk_starts()
    run = text[start:end]
    if starts.isdisjoint(run):  # (a set test over the run's characters, in C)
        return
    table = _gbk_table()
    for p_start, p_end in _gbk_pieces(run, table):
        piece = run[p_start:p_end]
        raw = b"".join(table[ch] for ch in piece)
        view = memoryview(raw)
        fixed: list[tuple[int, int]] = []
        k = 0
        while k < len(piece):
            # Cheap byte test first: a 3-byte UTF-8 character needs two
            # continuation bytes after its lead, and another character after it.
            if piece[k] not in starts or not _two_utf8_chars(raw, 2 * k):
                k += 1
                continue
            length = _utf8_prefix(raw, view, 2 * k)
            if length == 0:
                k += 1
                continue
            e = k + length // 2
            after = raw[2 * k:2 * k + length].decode("utf-8")
            before = piece[k:e]
            if _plausible_utf8(after, before):
                edit, flag = _repaired(start + p_start + k, start + p_start + e, before, after)
                edits.append(edit)
                flags.append(flag)
                fixed.append((k, e))
            k = e
        if fixed:
            _flag_remnants(piece, fixed, start + p_start, flags)


def _is_cont(raw: bytes, i: int) -> bool:
    return i < len(raw) and 0x80 <= raw[i] <= 0xBF


def _two_utf8_chars(raw: bytes, i: int) -> bool:
    """Cheap test: a 3-byte UTF-8 character at ``i`` and a well-formed one after it."""
    if not (_is_cont(raw, i + 1) and _is_cont(raw, i + 2)) or i + 3 >= len(raw):
        return False
    lead = raw[i + 3]
    if lead < 0x80:
        return True
    if 0xC2 <= lead <= 0xDF:
        return _is_cont(raw, i + 4)
    if 0xE0 <= lead <= 0xEF:
        return _is_cont(raw, i + 4) and _is_cont(raw, i + 5)
    return 0xF0 <= lead <= 0xF4 and _is_cont(raw, i + 4)


def _gbk_pieces(run: str, table: dict[str, bytes]) -> Iterator[tuple[int, int]]:
    """Split a run at characters GBK cannot encode in two bytes."""
    piece_start = None
    for idx, ch in enumerate(run):
        if ch in table:
            if piece_start is None:
                piece_start = idx
        elif piece_start is not None:
            yield piece_start, idx
            piece_start = None
    if piece_start is not None:
        yield piece_start, len(run)


def _utf8_prefix(raw: bytes, view: memoryview, offset: int) -> int:
    """Length of the longest valid UTF-8 prefix of raw[offset:] ending on a GBK boundary.

    Decodes in small windows: a UnicodeDecodeError carries a copy of the
    whole input it was given, so one big decode per attempt would make the
    scan quadratic on a long run of garbage.
    """
    pos, total = offset, len(raw)
    while pos < total:
        final = pos + _UTF8_WINDOW >= total
        try:
            _, consumed = codecs.utf_8_decode(view[pos:pos + _UTF8_WINDOW], "strict", final)
        except UnicodeDecodeError as exc:
            pos += exc.start
            break
        if consumed == 0:
            break
        pos += consumed
    length = pos - offset
    if length % 2:
        length -= 1
        while length > 0 and (length % 2 or 0x80 <= raw[offset + length] <= 0xBF):
            length -= 1
    return length


def _plausible_utf8(after: str, before: str) -> bool:
    if sum(1 for ch in after if _is_han_or_cjk(ch)) < 2:
        return False
    score = chinese_plausibility(after)
    return score >= _MIN_SCORE and score - chinese_plausibility(before) >= _MIN_GAIN


def _flag_remnants(piece: str, fixed: list[tuple[int, int]], offset: int, flags: list[Flag]) -> None:
    """Flag the unrepaired garbled characters left between or around repairs."""
    pos = 0
    for f_start, f_end in [*fixed, (len(piece), len(piece))]:
        rest = piece[pos:f_start]
        if rest and chinese_plausibility(rest) < _MIN_SCORE:
            flags.append(_unrepaired(offset + pos, offset + f_start, rest, "UTF-8 read as GBK"))
        pos = f_end


# --- 2. Latin mojibake (ftfy) ------------------------------------------------


@functools.cache
def _ftfy_config():
    """ftfy restricted to encoding repair: no quotes, widths, line breaks, HTML, NFC."""
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=False,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def fix_latin_mojibake(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Repair UTF-8 read as cp1252/Latin-1 with ftfy, on the affected stretches only.

    >>> edits, _ = fix_latin_mojibake('the countyâ€™s products', Context())
    >>> [(e.start, e.end, e.after) for e in edits]
    [(10, 13, '’')]
    """
    if text.isascii() or not _UTF8_PAIR.search(text):
        return [], []
    import ftfy

    config = _ftfy_config()
    edits: list[Edit] = []
    flags: list[Flag] = []
    candidates: list[tuple[int, int, str, str]] = []
    for m in _HIGH_STRETCH.finditer(text):
        stretch = m.group()
        if not _UTF8_PAIR.search(stretch):
            continue
        if len(stretch) > _MAX_FTFY_LEN:
            flags.append(_unrepaired(m.start(), m.end(), stretch[:20] + "…", "too long to repair"))
            continue
        fixed = ftfy.fix_text(stretch, config)
        if fixed != stretch and not _believable(fixed) and _reads_as_gbk(stretch):
            # GBK read as Latin-1 that the Chinese repair could not prove:
            # ftfy would make Cyrillic (or NKo, Arabic …) junk of it.
            fixed = stretch
        if fixed == stretch:
            if _looks_garbled(stretch):
                flags.append(_unrepaired(m.start(), m.end(), stretch, "UTF-8 read as cp1252"))
            continue
        candidates.append((m.start(), m.end(), stretch, fixed))
    # ftfy's output must not itself read as GBK mojibake on the next pass
    # (`ßÃ“¡¡` → `ßÓ¡¡` → `哂　`): such a stretch is a guess stacked on a
    # guess, so it is kept as it was and flagged.
    for start, end, stretch, fixed in _without_gbk_lookalikes(text, candidates):
        if fixed is None:
            flags.append(_unrepaired(start, end, stretch, "UTF-8 read as cp1252"))
            continue
        for a, b, after in _diff(stretch, fixed):
            edit, flag = _repaired(start + a, start + b, stretch[a:b], after)
            edits.append(edit)
            flags.append(flag)
    return edits, flags


def _without_gbk_lookalikes(text: str, candidates: list[tuple[int, int, str, str]]):
    """The ftfy candidates, with ``fixed`` set to None where the line with all
    repairs in would read as GBK mojibake over that stretch."""
    if not candidates:
        return []
    parts, pos, placed = [], 0, []
    for start, end, _stretch, fixed in candidates:
        parts.append(text[pos:start])
        at = sum(len(p) for p in parts)
        parts.append(fixed)
        placed.append((at, at + len(fixed)))
        pos = end
    parts.append(text[pos:])
    gbk_edits, _ = fix_chinese_mojibake("".join(parts), Context())
    out = []
    for (start, end, stretch, fixed), (lo, hi) in zip(candidates, placed):
        clash = any(e.start < hi and e.end > lo for e in gbk_edits)
        out.append((start, end, stretch, None if clash else fixed))
    return out


def _believable(fixed: str) -> bool:
    """Latin-script text, or plausible Chinese: what a bulletin's mojibake hides."""
    return bool(_LATIN_TEXT.fullmatch(fixed)) or chinese_plausibility(fixed) >= _MIN_SCORE


def _reads_as_gbk(stretch: str) -> bool:
    raw = stretch.translate(_CP1252_TO_LATIN1).encode("latin-1")
    try:
        return any(is_han_common(ch) for ch in raw.decode("gbk"))
    except UnicodeDecodeError:
        return False


def _looks_garbled(stretch: str) -> bool:
    """The tell-tale pairs ftfy's own examples are made of (``â€``, ``Ã©``, ``Â·``)."""
    return any(pair in stretch for pair in ("â€", "Ã", "Â")) and len(stretch) >= 2


def _diff(old: str, new: str) -> list[tuple[int, int, str]]:
    """Minimal replacements turning ``old`` into ``new``, as (start, end, after) on ``old``."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    o_end, n_end = len(old) - suffix, len(new) - suffix
    if o_end - prefix > _MAX_DIFF_LEN or n_end - prefix > _MAX_DIFF_LEN:
        return [(prefix, o_end, new[prefix:n_end])]
    import difflib  # only lines with mojibake get here

    matcher = difflib.SequenceMatcher(None, old[prefix:o_end], new[prefix:n_end], autojunk=False)
    return [
        (prefix + i1, prefix + i2, new[prefix + j1:prefix + j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


# --- 3. lost characters --------------------------------------------------------


@functools.cache
def _lost_marker_pattern() -> tuple[re.Pattern[str], frozenset[str]]:
    """One regex for the sentinel strings in ``data/encoding_lost_markers.tsv``, and their first characters."""
    alternatives = []
    firsts = set()
    for row in read_rows("encoding_lost_markers.tsv", strip=False):
        marker = row[0]
        firsts.add(marker[0])
        if len(set(marker)) == 1:
            alternatives.append(f"{re.escape(marker[0])}{{{len(marker)},}}")
        else:
            alternatives.append(f"(?:{re.escape(marker)})+")
    return re.compile("|".join(alternatives)), frozenset(firsts)


_FFFD_RUN = lazy_compile("\ufffd+")
# '?' with a letter on both sides (Fran?ais, Jin??le, 王?芳).
_Q_IN_WORD = lazy_compile(r"(?<=[^\W\d_])\?+(?=[^\W\d_])")
# Two or more '?' opening a word (??le), or next to a Han character (张??).
_Q_WORD_START = lazy_compile(r"(?<![^\W_])\?{2,}(?=[^\W\d_])")


@functools.cache
def _q_next_to_han() -> re.Pattern[str]:
    """Compiled on first use: a Han range costs milliseconds to compile, and
    only a non-ASCII line with a '?' needs it."""
    return re.compile(rf"(?<=[{HAN_SPAN}])\?+|\?+(?=[{HAN_SPAN}])")
_URLISH = ("=", "/", "&")
_TOKEN_REACH = 80


_Q_LOST_WORD = lazy_compile(r"(?<=[ \t(（\"“])\?{2,}(?=[ \t,.;:，。；：)）\"”]|$)")


def flag_lost_characters(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Flag characters destroyed before the text reached us; they cannot be restored.

    >>> [f.start for f in flag_lost_characters('Fran?ais', Context())[1]]
    [4]
    >>> flag_lost_characters('How to apply?', Context())
    ([], [])
    """
    if text.isascii() and "?" not in text:
        return [], []
    spans: list[tuple[int, int]] = []
    if not text.isascii():
        if "\ufffd" in text:
            spans += [m.span() for m in _FFFD_RUN.finditer(text)]
        pattern, first_chars = _lost_marker_pattern()
        if any(ch in text for ch in first_chars):
            spans += [m.span() for m in pattern.finditer(text)]
    if "?" in text:
        stripped = text.strip()
        if stripped and not stripped.replace("?", "").strip():
            lead = len(text) - len(text.lstrip())
            spans.append((lead, lead + len(stripped)))
        else:
            urlish = any(ch in text for ch in _URLISH)
            for pattern in (_Q_IN_WORD, _Q_WORD_START):
                spans += [m.span() for m in pattern.finditer(text) if _is_lost_question(text, m, urlish)]
            spans += [m.span() for m in _q_next_to_han().finditer(text)]
            # `Comrade ??, head of …`: a whole word (a name) lost; a question
            # ends after a word, never after a space.
            spans += [m.span() for m in _Q_LOST_WORD.finditer(text)]
    merged = _merge(spans)
    if len(merged) > _MAX_FLAGS:  # one flag for the rest: a human reads these
        rest = merged[_MAX_FLAGS - 1:]
        what = f"{len(rest)} more places"
        merged = merged[:_MAX_FLAGS - 1]
        last = [Flag(LOST_CHARACTERS, ERROR, _LOST_MESSAGE.format(what=what), rest[0][0], rest[-1][1])]
    else:
        last = []
    flags = [
        Flag(LOST_CHARACTERS, ERROR, _LOST_MESSAGE.format(what=repr(_token(text, start, end))), start, end)
        for start, end in merged
    ]
    return [], flags + last


def _is_lost_question(text: str, m: re.Match[str], urlish: bool) -> bool:
    """Not a URL query, and not a question mark that only lacks its following space."""
    if urlish and any(ch in _token(text, m.start(), m.end()) for ch in _URLISH):
        return False
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if m.end() - m.start() == 1 and before.islower() and after.isupper():
        return False  # "apply?The": a sentence end with a missing space
    return True


def _token(text: str, start: int, end: int) -> str:
    """The whitespace-delimited word around [start, end), looking a bounded distance."""
    left = max(0, start - _TOKEN_REACH)
    right = min(len(text), end + _TOKEN_REACH)
    head = text[left:start].split()
    tail = text[end:right].split()
    word_start = head[-1] if head and not text[start - 1].isspace() else ""
    word_end = tail[0] if tail and not text[end].isspace() else ""
    return word_start + text[start:end] + word_end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _may_have_lost(text: str) -> bool:
    """Trigger of ``lost-characters``: the gates of :func:`flag_lost_characters`.

    Without ``?`` only the non-ASCII branch can find something, and it needs
    U+FFFD or the first character of a marker from the table.
    """
    if "?" in text:
        return True
    if text.isascii():
        return False
    return "\ufffd" in text or any(ch in text for ch in _lost_marker_pattern()[1])


def _has_utf8_pair(text: str) -> bool:
    """The ftfy rule's trigger; a function so that the pattern compiles on first use."""
    return _UTF8_PAIR.search(text) is not None


RULES: tuple[Rule, ...] = (
    # Both mojibake rules return at once on a pure-ASCII line; the Latin one
    # also without a UTF-8 lead/continuation pair (its own first test).
    Rule(
        MOJIBAKE,
        fix_chinese_mojibake,
        "Chinese mojibake: UTF-8 read as GBK, GBK read as Latin-1; before ftfy, which cannot do these.",
        non_ascii_only=True,
    ),
    Rule(MOJIBAKE, fix_latin_mojibake, "UTF-8 read as cp1252/Latin-1, repaired by ftfy.",
         trigger=_has_utf8_pair, non_ascii_only=True),
    Rule(LOST_CHARACTERS, flag_lost_characters, "Flags U+FFFD, 锟斤拷, Fran?ais: unrecoverable.",
         trigger=_may_have_lost),
)
