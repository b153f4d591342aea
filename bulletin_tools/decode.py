"""Bytes -> text, explicitly, and say which encoding was used.

Why explicit: a bulletin scraped from a Chinese site may be UTF-8, UTF-8 with
a BOM, UTF-16, GB18030/GBK or Big5, and the wrong guess silently turns every
Chinese character into mojibake.  Why no Latin-1 fallback: Latin-1 decodes
*any* byte string, so it would happily "decode" a binary file.

The text is returned exactly as decoded (only a leading BOM is removed):
spans downstream are offsets into this string, so no newline or Unicode
normalisation happens here.

Order of tests, cheapest first:

1. empty input;
2. a BOM (UTF-8, UTF-16 LE/BE) decides by itself -- UTF-16 legitimately
   contains NUL bytes, so the BOM is checked before the NUL test;
3. NUL bytes mean binary;
4. one strict UTF-8 decode (the common case, done in C);
5. GB18030 and Big5: the same bytes often decode without error under both,
   so when both succeed the more *plausible* Chinese reading wins (see
   :func:`chinese_plausibility`).
"""

from __future__ import annotations

import codecs
import functools
from dataclasses import dataclass

from .errors import InputError, UsageError

__all__ = ["Decoded", "decode_bytes", "gb2312_common_chars", "chinese_plausibility"]

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# C0 controls other than TAB, LF, VT, FF, CR, plus DEL.  ESC (0x1b) and the
# DOS end-of-file 0x1a are included: real bulletins do not contain them in
# bulk.  In UTF-8, GBK and Big5 these bytes never occur inside a multi-byte
# character, so counting them on the raw bytes is exact.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0E, *range(0x0F, 0x20), 0x7F])
_CONTROL_TABLE = str.maketrans("", "", _CONTROL_BYTES.decode("ascii"))

# More than this share of control characters means "binary data".
_MAX_CONTROL_SHARE = 0.01

# Plausibility is judged on a prefix sample: enough characters to be sure,
# small enough to keep a 100 MB input linear and quick.
_SAMPLE_CHARS = 200_000

_UNDECODABLE = "undecodable bytes (not UTF-8, UTF-16, GB18030 or Big5)"


@dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded text and the name of the encoding it was decoded with."""

    text: str
    encoding: str


def decode_bytes(data: bytes, encoding: str | None = None, name: str = "-") -> Decoded:
    """Decode one input; raise :class:`InputError` with a short reason when it is not text.

    ``encoding`` forces a codec (any Python codec name).  ``name`` is the
    input's name; it is not part of the reason, because the CLI prefixes it.

    >>> decode_bytes('小编'.encode('gbk')).encoding
    'gb18030'
    >>> decode_bytes(b'\\xef\\xbb\\xbfHi').text
    'Hi'
    """
    del name  # accepted for call-site symmetry; the CLI adds it to messages
    if encoding is not None:
        return _decode_forced(data, encoding)
    if not data:
        raise InputError("empty file")
    if data.startswith(_UTF8_BOM):
        text = _strict(data[len(_UTF8_BOM):], "utf-8", "UTF-8 BOM but invalid UTF-8")
        return _checked(text, "utf-8")
    if data[:2] in _UTF16_BOMS:
        # The 'utf-16' codec reads the BOM, picks the byte order and drops it.
        text = _strict(data, "utf-16", "UTF-16 BOM but invalid UTF-16")
        return _checked(text, "utf-16")
    if b"\x00" in data:
        raise InputError("binary data (NUL bytes)")
    _reject_control_bytes(data)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text, label = _decode_chinese_legacy(data)
    return _checked(text, label)


def _decode_forced(data: bytes, encoding: str) -> Decoded:
    """Decode with the codec the user named; fail loudly rather than guess."""
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r}") from None
    if not data:
        raise InputError("empty file")
    try:
        text = data.decode(codec.name)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"undecodable bytes (not valid {encoding}: byte 0x{data[exc.start]:02x} "
            f"at offset {exc.start})"
        ) from None
    except UnicodeError as exc:  # e.g. odd length for UTF-16: reason is in the message
        raise InputError(f"undecodable bytes (not valid {encoding}: {exc})") from None
    # A BOM is never content, whichever codec was named (utf-8 keeps it).
    if text.startswith("\ufeff"):
        text = text[1:]
    _reject_control_chars(text)
    return _checked(text, codec.name)


def _strict(data: bytes, codec: str, reason: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeError:
        raise InputError(f"undecodable bytes ({reason})") from None


def _checked(text: str, encoding: str) -> Decoded:
    """Reject decoded text that holds nothing to work on (or, for UTF-16, binary junk)."""
    if encoding == "utf-16":  # its raw bytes could not be screened for NULs
        _reject_control_chars(text)
    if not text:
        raise InputError("empty file")
    if text.isspace():
        raise InputError("no text (whitespace only)")
    return Decoded(text, encoding)


def _reject_control_chars(text: str) -> None:
    if "\x00" in text:
        raise InputError("binary data (NUL bytes)")
    if len(text) - len(text.translate(_CONTROL_TABLE)) > _MAX_CONTROL_SHARE * len(text):
        raise InputError("binary data")


def _reject_control_bytes(data: bytes) -> None:
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(data):
        raise InputError("binary data")


def _decode_chinese_legacy(data: bytes) -> tuple[str, str]:
    """GB18030 or Big5; when both decode, the more plausible Chinese wins.

    GB2312 text nearly always decodes as Big5 too (and Big5 as GB18030),
    so "the first strict decode that succeeds" would be a coin toss.
    """
    readings: dict[str, str] = {}
    for label, codecs_to_try in (("gb18030", ("gb18030",)), ("big5", ("big5", "cp950"))):
        for codec in codecs_to_try:
            try:
                readings[label] = data.decode(codec)
                break
            except UnicodeDecodeError:
                continue
    if not readings:
        raise InputError(_UNDECODABLE)
    if len(readings) == 1:
        ((label, text),) = readings.items()
        return text, label
    gb_text, big5_text = readings["gb18030"], readings["big5"]
    gb_score = chinese_plausibility(gb_text[:_SAMPLE_CHARS])
    big5_score = big5_plausibility(big5_text[:_SAMPLE_CHARS])
    # Ties go to GB18030: the bulletins are mainland pages.
    if big5_score > gb_score:
        return big5_text, "big5"
    return gb_text, "gb18030"


# --- plausibility scorers ---------------------------------------------------
#
# Both encodings list their characters roughly by frequency: GB2312 level 1
# (lead bytes 0xB0-0xD7) holds the 3,755 most common simplified characters,
# Big5 level 1 (0xA440-0xC67E) the 5,401 most common traditional ones.  The
# sets are built from the codecs themselves, so no data file is needed.


def _decode_block(codec: str, leads: range, trails: range) -> frozenset[str]:
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@functools.cache
def gb2312_common_chars() -> frozenset[str]:
    """GB2312 level-1 Han characters plus the GB2312 punctuation rows (leads 0xA1-0xA3)."""
    han = _decode_block("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
    punct = _decode_block("gb2312", range(0xA1, 0xA4), range(0xA1, 0xFF))
    return han | punct


@functools.cache
def _big5_common_chars() -> frozenset[str]:
    """Big5 level-1 Han characters plus the Big5 symbol rows (leads 0xA1-0xA3)."""
    trails = range(0x40, 0xFF)
    han = _decode_block("big5", range(0xA4, 0xC7), trails)
    punct = _decode_block("big5", range(0xA1, 0xA4), trails)
    return han | punct


def _share(text: str, common: frozenset[str]) -> float:
    non_ascii = good = 0
    for ch in text:
        if ch > "\x7f":
            non_ascii += 1
            if ch in common:
                good += 1
    return good / non_ascii if non_ascii else 0.0


def chinese_plausibility(text: str) -> float:
    """Share of non-ASCII characters that are common simplified Chinese (0.0-1.0).

    Real names and labels score about 1.0 (``小编``, ``发布时间``); UTF-8
    read as GBK scores 0-0.25 (``灏忕紪``).  Text without non-ASCII scores 0.
    """
    return _share(text, gb2312_common_chars())


def big5_plausibility(text: str) -> float:
    """Share of non-ASCII characters that are common traditional Chinese (0.0-1.0)."""
    return _share(text, _big5_common_chars())
