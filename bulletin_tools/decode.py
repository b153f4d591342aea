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
   contains NUL bytes, so the BOM is checked before any binary test;
3. a known binary signature (PNG, PDF, zip, gzip ...: ``data/binary_signatures.tsv``);
4. UTF-16 without a BOM: NUL bytes in every other position, as ASCII-range
   text in UTF-16 has (a guess, reported as one);
5. binary by a robust measure: a high share of control bytes.  A stray NUL
   or control character in otherwise good text is *not* a reason to refuse
   it: it stays in the decoded text (spans index that text) and the
   ``control-character`` repair rule removes it, recording a fix;
6. one strict UTF-8 decode (the common case, done in C);
7. the legacy readings -- GB18030, Big5, and cp1252/Latin-1 -- judged
   against each other: the same bytes often decode without error under
   several, so the most *plausible* reading wins (Chinese plausibility,
   :func:`chinese_plausibility`; Western plausibility,
   :func:`bulletin_tools.western.latin_plausibility`).  Every such choice is
   a guess: ``Decoded.guess`` says so and why, and the pipeline turns it
   into an ``encoding-guessed`` finding.

Why Latin-1 only as a judged candidate, never as a fallback: Latin-1 decodes
*any* byte string, so as a fallback it would happily "decode" a binary file.
"""

from __future__ import annotations

import codecs
import functools
from dataclasses import dataclass

from .errors import InputError, UsageError

__all__ = ["Decoded", "decode_bytes", "gb2312_common_chars", "chinese_plausibility", "guess_finding"]

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# C0 controls other than TAB, LF, VT, FF, CR, plus DEL.  ESC (0x1b) and the
# DOS end-of-file 0x1a are included: real bulletins do not contain them in
# bulk.  In UTF-8, GBK and Big5 these bytes never occur inside a multi-byte
# character, so counting them on the raw bytes is exact.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0E, *range(0x0F, 0x20), 0x7F])
_CONTROL_TABLE = str.maketrans("", "", _CONTROL_BYTES.decode("ascii"))

# More than this share of control characters means "binary data" ...
_MAX_CONTROL_SHARE = 0.01
# ... and so does anything above this count: a stray NUL or two in a short
# text is damage to repair, not evidence of a binary file.
_MAX_STRAY_CONTROLS = 2

# UTF-16 without a BOM: in ASCII-range text every other byte is NUL.  At
# least this share of the high (or low) bytes must be NUL, and at most the
# second share of the other bytes, to call it UTF-16.
_UTF16_MIN_NUL_SHARE = 0.3
_UTF16_MAX_OTHER_NUL_SHARE = 0.02
# Below eight characters the pattern is no evidence.
_UTF16_MIN_BYTES = 16

# Plausibility is judged on a prefix sample: enough characters to be sure,
# small enough to keep a 100 MB input linear and quick.
_SAMPLE_CHARS = 200_000

# A Western (cp1252/Latin-1) reading must score at least this (see
# bulletin_tools.western) and beat the best Chinese reading to win.
_MIN_LATIN_PLAUSIBILITY = 0.8

# A guess whose winner beats the runner-up by less than this is a warning,
# not just information: a human should look at the characters.
_CONFIDENT_MARGIN = 0.3

_UNDECODABLE = "undecodable bytes (not UTF-8, UTF-16, GB18030 or Big5)"


@dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded text and the name of the encoding it was decoded with.

    ``guess`` is ``None`` when the bytes said which encoding they are in (a
    BOM, valid UTF-8) or the user named it; otherwise it says why this
    reading was chosen, for the ``encoding-guessed`` finding, and
    ``guess_severity`` how sure the choice was.
    """

    text: str
    encoding: str
    guess: str | None = None
    guess_severity: str = "info"


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
    _reject_signature(data)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    _reject_control_bytes(data)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


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


def _checked(text: str, encoding: str, guess: str | None = None, severity: str = "info") -> Decoded:
    """Reject decoded text that holds nothing to work on (or, for UTF-16, binary junk)."""
    if encoding.startswith("utf-16"):  # its raw bytes could not be screened for controls
        _reject_control_chars(text)
    if not text:
        raise InputError("empty file")
    if text.isspace():
        raise InputError("no text (whitespace only)")
    return Decoded(text, encoding, guess, severity)


def _too_many_controls(controls: int, length: int) -> bool:
    """Binary by a robust measure: more than a stray few, and more than 1 % of the input."""
    return controls > _MAX_STRAY_CONTROLS and controls > _MAX_CONTROL_SHARE * length


def _reject_control_chars(text: str) -> None:
    controls = len(text) - len(text.translate(_CONTROL_TABLE))
    if _too_many_controls(controls, len(text)):
        raise InputError("binary data (NUL bytes)" if "\x00" in text else "binary data")


def _reject_control_bytes(data: bytes) -> None:
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if not _too_many_controls(controls, len(data)):
        return
    if b"\x00" not in data:
        raise InputError("binary data")
    sample = data[: 2 * _SAMPLE_CHARS]
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) >= _UTF16_MIN_NUL_SHARE * half >= 8 and min(even, odd) <= 0.25 * max(even, odd):
        # NULs mostly in every other byte, but not cleanly enough to be sure: say what to try.
        raise InputError("binary data (NUL bytes; if it is UTF-16 text without a BOM, "
                         "try --encoding utf-16-le or --encoding utf-16-be)")
    raise InputError("binary data (NUL bytes)")


@functools.cache
def _signatures() -> tuple[tuple[bytes, str], ...]:
    from .tables import read_rows

    return tuple((bytes.fromhex(hexed), what) for hexed, what in read_rows("binary_signatures.tsv"))


def _reject_signature(data: bytes) -> None:
    """A known binary format is binary whatever its bytes look like (a PDF can be mostly printable)."""
    for prefix, what in _signatures():
        if data.startswith(prefix):
            raise InputError(f"binary data ({what})")


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 LE/BE text with no BOM: NULs in every other byte (ASCII-range characters)."""
    if len(data) < _UTF16_MIN_BYTES or len(data) % 2:
        return None
    sample = data[: 2 * _SAMPLE_CHARS]
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= _UTF16_MIN_NUL_SHARE * half and even <= _UTF16_MAX_OTHER_NUL_SHARE * half:
        codec = "utf-16-le"
    elif even >= _UTF16_MIN_NUL_SHARE * half and odd <= _UTF16_MAX_OTHER_NUL_SHARE * half:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None  # not UTF-16 after all: the binary test will say why
    if text.startswith("\ufeff"):
        text = text[1:]
    share = max(even, odd) / half
    return _checked(text, codec, f"no BOM, but {share:.0%} of the characters have a NUL byte "
                    f"where UTF-16 puts it ({codec}); force another reading with --encoding")


def _chinese_readings(data: bytes) -> dict[str, str]:
    readings: dict[str, str] = {}
    for label, codecs_to_try in (("gb18030", ("gb18030",)), ("big5", ("big5", "cp950"))):
        for codec in codecs_to_try:
            try:
                readings[label] = data.decode(codec)
                break
            except UnicodeDecodeError:
                continue
    return readings


def _decode_legacy(data: bytes) -> Decoded:
    """GB18030, Big5 or cp1252/Latin-1: the most plausible reading wins, and is called a guess.

    GB2312 text nearly always decodes as Big5 too (and Big5 as GB18030),
    and Western text with accented letters often decodes as GB18030 (rare
    characters scattered inside Latin words), so "the first strict decode
    that succeeds" would be a coin toss.  Each reading is judged by how
    plausible it is as what it claims to be.
    """
    from .western import latin_plausibility, latin_reading

    readings = _chinese_readings(data)
    scores = {}
    if "gb18030" in readings:
        scores["gb18030"] = chinese_plausibility(readings["gb18030"][:_SAMPLE_CHARS])
    if "big5" in readings:
        scores["big5"] = big5_plausibility(readings["big5"][:_SAMPLE_CHARS])
    latin_text, latin_label = latin_reading(data)
    latin_score = latin_plausibility(latin_text[:_SAMPLE_CHARS])
    # Ties go to GB18030: the bulletins are mainland pages.
    chinese = max(scores, key=lambda k: (scores[k], k == "gb18030"), default=None)
    chinese_score = scores[chinese] if chinese is not None else 0.0
    if latin_score >= _MIN_LATIN_PLAUSIBILITY and latin_score > chinese_score:
        margin = latin_score - chinese_score
        why = (f"not UTF-8; read as Western European {latin_label}: {latin_score:.0%} of its non-ASCII "
               "characters are accented letters inside words or typographic punctuation, against "
               f"{chinese_score:.0%} common characters in the best Chinese reading"
               + (f" ({chinese})" if chinese else "") + "; if letters look wrong, give --encoding")
        return _checked(latin_text, latin_label, why, _severity(margin))
    if chinese is None:
        raise InputError(_UNDECODABLE)
    others = {k: v for k, v in scores.items() if k != chinese}
    others[latin_label] = latin_score
    runner_up = max(others.values())
    why = (f"not UTF-8; read as {chinese}: {chinese_score:.0%} of its non-ASCII characters are common "
           "Chinese, against " + ", ".join(f"{v:.0%} for {k}" for k, v in others.items())
           + "; if characters look wrong, give --encoding")
    return _checked(readings[chinese], chinese, why, _severity(chinese_score - runner_up))


def _severity(margin: float) -> str:
    return "info" if margin >= _CONFIDENT_MARGIN else "warning"


def guess_finding(text: str, encoding: str, why: str, severity: str):
    """The ``encoding-guessed`` finding: at the first non-ASCII character, where the guess shows."""
    from .model import Finding

    at = next((i for i, ch in enumerate(text) if ch > "\x7f"), 0)
    line = text.count("\n", 0, at) + 1
    return Finding("encoding-guessed", severity, f"decoding is a guess: {why}", line, (at, min(at + 1, len(text))))


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
