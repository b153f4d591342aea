"""gzip and zstd inputs read transparently: ``page.txt.gz``, ``records.jsonl.gz``, ``records.jsonl.zst``.

Why by magic bytes and not by file name: ``curl … | bulletin clean -`` has
no name, and a ``.txt`` that is really gzip is common after a careless
download.  The first bytes say which it is (gzip ``1f 8b``, zstd
``28 b5 2f fd``); anything else passes through untouched.

The size limit applies to the *decompressed* text: a 1 MB gzip can hold
1 GB of zeros, and a bulletin over the limit is refused however it came.
zstd needs the optional ``zstandard`` module (``pip install
'bulletin-tools[zstd]'``); without it a zstd input is refused with one
line saying so, and gzip (in the standard library) always works.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from .errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"

_NO_ZSTD = "zstd-compressed, and the 'zstandard' module is not installed (pip install 'bulletin-tools[zstd]')"


def kind(head: bytes) -> str | None:
    """``"gzip"``, ``"zstd"`` or ``None`` for the first bytes of an input."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(ZSTD_MAGIC):
        return "zstd"
    return None


def _zstandard():
    try:
        import zstandard
    except ImportError:
        raise InputError(_NO_ZSTD) from None
    return zstandard


def zstd_available() -> bool:
    try:
        _zstandard()
    except InputError:
        return False
    return True


def decompress(data: bytes, limit: int) -> bytes:
    """``data`` itself, or its decompressed content when it is gzip or zstd (at most ``limit`` bytes).

    Raises :class:`InputError` for damaged compressed data, for content over
    ``limit`` bytes (checked while decompressing, so a bomb costs at most
    ``limit``), and for zstd without the ``zstandard`` module.
    """
    which = kind(data[:4])
    if which is None:
        return data
    stream = open_stream(io.BytesIO(data))
    try:
        out = stream.read(limit + 1)
    except (OSError, EOFError, ValueError) as exc:
        raise InputError(f"damaged {which} data ({exc})") from None
    except Exception as exc:  # zstandard.ZstdError is not an OSError
        if type(exc).__name__ != "ZstdError":
            raise
        raise InputError(f"damaged {which} data ({exc})") from None
    if len(out) > limit:
        raise InputError(f"too large when decompressed (over {limit / 2**20:.1f} MB, the limit per bulletin)")
    return out


def open_stream(fh: BinaryIO) -> BinaryIO:
    """A readable binary stream over ``fh``, decompressing it when its first bytes say gzip or zstd.

    ``fh`` must support ``peek`` (a buffered file or ``sys.stdin.buffer``)
    or be seekable; NDJSON streams read it line by line, so memory stays
    bounded whatever the compressed size.
    """
    if hasattr(fh, "peek"):
        head = fh.peek(4)[:4]
    else:
        pos = fh.tell()
        head = fh.read(4)
        fh.seek(pos)
    which = kind(head)
    if which == "gzip":
        import gzip

        return gzip.GzipFile(fileobj=fh, mode="rb")  # type: ignore[return-value]
    if which == "zstd":
        reader = _zstandard().ZstdDecompressor().stream_reader(fh, read_across_frames=True, closefd=False)
        return io.BufferedReader(reader)
    return fh
