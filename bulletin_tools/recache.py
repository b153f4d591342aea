"""Compiled regular expressions kept between runs, as ``__pycache__`` keeps bytecode.

Why (cold start): Python compiles a regular expression in pure
Python, and the rule tables make big ones: the furniture alternation alone
takes about 12 ms, a class spanning the Han characters about 1 ms,
and ``bulletin clean one.txt`` compiled some 40 ms of patterns, a quarter of
its run.  What the compiler produces (the regex engine's code: a list of
integers, plus the group names) is plain data, so it is stored after the
first run and handed straight to the engine after that: the result is the
same ``re.Pattern`` (patterns compare equal by their code; the tests check
it), built in microseconds.

The store is one file per Python build under the user's cache directory
(``$BULLETIN_CACHE_DIR``, else ``$XDG_CACHE_HOME/bulletin-tools``, else
``~/.cache/bulletin-tools``), keyed by the exact pattern text and flags, so
an edited pattern simply misses and is compiled afresh; the file name holds
a digest of the interpreter's version and regex-engine constants, so
another Python never reads it.  An index at the head of the file says where
each entry lies, so a run decodes only the entries it looks up (see
:class:`_Entries`); checksums of the index and of each entry guard against
a torn or damaged file.  ``BULLETIN_CACHE_DIR=off`` switches the store off.  Anything
unexpected (no such internals, an unreadable or unwritable directory) falls
back to :func:`re.compile`: the cache can only save time, never change a
match.
"""

from __future__ import annotations

import builtins
import marshal
import mmap
import os
import re
import sys
import zlib
from functools import cache
from typing import Any, Callable, Iterator, cast
from pathlib import Path
from types import CodeType

try:  # the compiler's internals (CPython 3.11+); without them, plain re.compile
    import _sre  # type: ignore[import-not-found]  # (an interpreter internal: no stubs)
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

#: The environment variable naming the cache directory (or ``off``).
CACHE_DIR_ENV = "BULLETIN_CACHE_DIR"
_FORMAT = 3
_HEADER = b"bulletin-regex-%d\n" % _FORMAT

# (pattern, flags) -> (final flags, code, groups, groupindex, indexgroup)
_Entry = tuple[int, list[int], int, dict[str, int], tuple]
_entries: _Entries | None = None
_new: dict[tuple[str, int], _Entry] = {}
_used: set[tuple[str, int]] = set()
#: Past this many patterns the file keeps only those the saving run used: an
#: edited pattern leaves its old text behind, and the file must not grow forever.
MAX_ENTRIES = 2000


@cache
def cache_file() -> Path | None:
    """Where this interpreter's compiled patterns are kept, or None when switched off."""
    if _sre is None:
        return None
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured == "off":
        return None
    if configured:
        base = Path(configured)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        try:
            base = (Path(xdg) if xdg else Path.home() / ".cache") / "bulletin-tools"
        except RuntimeError:  # no home directory to be found: no cache
            return None
    build = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}"
    # (the format's version is in the name: a package that writes another
    # format keeps its own file, instead of each rewriting the other's)
    return base / f"regex{_FORMAT}-{sys.implementation.cache_tag}-{zlib.crc32(build.encode()):08x}.bin"


class _Blob:
    """An entry still in the file: where its bytes are, and their checksum."""

    __slots__ = ("data", "start", "end", "crc")

    def __init__(self, data: Any, start: int, end: int, crc: int) -> None:
        self.data, self.start, self.end, self.crc = data, start, end, crc

    def raw(self) -> bytes | None:
        """The entry's bytes, or None when they no longer match their checksum."""
        raw = self.data[self.start:self.end]
        return raw if zlib.crc32(raw) == self.crc else None


def _digest(key: tuple[str, int]) -> tuple[int, int, int]:
    """The index's key for ``key``: two checksums of the text, and the flags.

    Why not the text itself: the index is decoded by every process, and the
    texts of a thousand patterns are a megabyte.  Two keys with one digest
    cannot be confused: each entry stores its own key, checked on lookup.
    """
    text = key[0].encode("utf-8", "surrogatepass")
    return zlib.crc32(text), zlib.adler32(text), key[1]


class _Entries:
    """The cache's entries, each read from the file only when asked for.

    Why: the file is shared by every version of the package the user has run
    (and, on a development machine, by every checkout), so it holds far more
    entries than one run needs: a thousand patterns are megabytes of engine
    code, and decoding them all cost a cold start some 70 ms to use a few
    dozen.  The file starts with an index (digest of the key -> place and
    checksum of the entry's bytes); an entry is decoded on its first lookup,
    and one whose bytes fail their checksum, or that holds another key,
    reads as missing (compiled afresh).
    """

    def __init__(self) -> None:
        self._stored: dict[tuple[int, int, int], _Blob] = {}
        self._values: dict[Any, Any] = {}

    def get(self, key: Any, default: Any = None) -> Any:
        value = self._values.get(key, _MISSING)
        if value is not _MISSING:
            return value
        blob = self._stored.pop(_digest(key), None) if self._stored else None
        if blob is None:
            return default
        stored = _decode(blob)
        if stored is None or stored[0] != key:
            if stored is not None:  # another key with the same digest: keep it as it was
                self._values[stored[0]] = stored[1]
            return default
        self._values[key] = stored[1]
        return stored[1]

    def __getitem__(self, key: Any) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __setitem__(self, key: Any, value: Any) -> None:
        self._stored.pop(_digest(key), None)
        self._values[key] = value

    def __contains__(self, key: Any) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def __len__(self) -> int:
        return len(self._stored) + len(self._values)

    def __iter__(self) -> Iterator[Any]:
        """Every key (decoding every stored entry: for saving and tests, not lookups)."""
        for digest in list(self._stored):
            stored = _decode(self._stored.pop(digest))
            if stored is not None:
                self._values.setdefault(stored[0], stored[1])
        return iter(list(self._values))

    def chunks(self) -> Iterator[tuple[tuple[int, int, int], bytes]]:
        """``(digest, bytes)`` of every entry as the file stores it (stored ones copied undecoded)."""
        for digest, blob in self._stored.items():
            raw = blob.raw()
            if raw is not None:
                yield digest, raw
        for key, value in self._values.items():
            yield _digest(key), marshal.dumps((key, value))

    def keep_only(self, keys: set[Any]) -> None:
        """Forget every entry whose key is not in ``keys`` (decoding the stored ones to see their keys)."""
        for key in list(self):
            if key not in keys:
                del self._values[key]


def _decode(blob: _Blob) -> tuple[Any, Any] | None:
    """``(key, value)`` stored in ``blob``, or None when it is damaged."""
    raw = blob.raw()
    if raw is None:
        return None
    try:
        stored = marshal.loads(raw)
    except (EOFError, ValueError, TypeError):
        return None
    return stored if isinstance(stored, tuple) and len(stored) == 2 else None


def _read(path: Path) -> _Entries:
    entries = _Entries()
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_HEADER) + 8)
            if not head.startswith(_HEADER) or len(head) < len(_HEADER) + 8:
                return entries
            crc = int.from_bytes(head[len(_HEADER):len(_HEADER) + 4], "big")
            size = int.from_bytes(head[len(_HEADER) + 4:], "big")
            index_bytes = fh.read(size)
            if len(index_bytes) != size or zlib.crc32(index_bytes) != crc:
                return entries  # torn or damaged: ignore it, it is rewritten at exit
            try:
                data: Any = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # no mmap here: read the rest once
                fh.seek(0)
                data = fh.read()
    except OSError:
        return entries  # no cache yet (or unreadable): compile as usual
    try:
        index = marshal.loads(index_bytes)
    except (EOFError, ValueError, TypeError):
        return entries
    if not isinstance(index, dict):
        return entries
    base = len(head) + size
    stored = entries._stored
    for digest, place in index.items():
        if (isinstance(place, tuple) and len(place) == 3 and all(isinstance(v, int) for v in place)
                and base + place[0] + place[1] <= len(data)):
            start = base + place[0]
            stored[digest] = _Blob(data, start, start + place[1], place[2])
    return entries


def _write(path: Path, entries: _Entries) -> None:
    """Write ``entries`` as the cache file: header, index checksum and size, index, entries."""
    index: dict[tuple[int, int, int], tuple[int, int, int]] = {}
    chunks: list[bytes] = []
    offset = 0
    for digest, raw in entries.chunks():
        if digest in index:
            continue  # two keys, one digest: the first one is kept
        index[digest] = (offset, len(raw), zlib.crc32(raw))
        chunks.append(raw)
        offset += len(raw)
    index_bytes = marshal.dumps(index)
    head = _HEADER + zlib.crc32(index_bytes).to_bytes(4, "big") + len(index_bytes).to_bytes(4, "big")
    path.write_bytes(b"".join([head, index_bytes, *chunks]))


def _load() -> _Entries:
    global _entries
    if _entries is None:
        path = cache_file()
        _entries = _read(path) if path is not None else _Entries()
    return _entries


def _code_of(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands to the engine, as data."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # (opcodes are int subclasses, which marshal refuses: stored as plain ints)
    return int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001  (the name says what it replaces)
    """Like :func:`re.compile` for a ``str`` pattern, from the cache when it holds the pattern."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    entries = _load()
    key = (pattern, flags)
    entry = entries.get(key)
    _used.add(key)
    if entry is None:
        entry = _code_of(pattern, flags)
        entries[key] = entry
        if not _new and cache_file() is not None:
            import atexit

            atexit.register(save)
        _new[key] = entry
    final_flags, code, groups, groupindex, indexgroup = entry
    try:
        return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
    except (TypeError, ValueError, RuntimeError):
        # an interpreter whose engine takes other arguments than CPython 3.11's:
        # the cache cannot help there, so it is switched off for this run
        _disable()
        return re.compile(pattern, flags)


def remember(kind: str, pattern: str, flags: int, compute: Callable[[], object]) -> object:
    """``compute()``, a value derived from ``pattern`` alone (plain data:
    strings, lists, None), kept in the same store as the compiled patterns.

    Why: reading a pattern's parse tree for other facts (see
    :mod:`.firstchar`) costs the pure-Python parser again, in every process;
    stored, it is one dictionary lookup.  The key cannot meet a compiled
    pattern's (its flags are negative), and an entry that does not read back
    as plain data is recomputed.
    """
    flags = int(flags)
    if _sre is None or cache_file() is None:
        return compute()
    entries = _load()
    key = (f"{kind}:{pattern}", -1 - flags)
    _used.add(key)
    value = entries.get(key, _MISSING)
    if value is _MISSING or not _plain(value):
        value = compute()
        # (derived data, not an _Entry: the store holds both, under keys that never meet)
        cast(Any, entries)[key] = value
        if not _new:
            import atexit

            atexit.register(save)
        cast(Any, _new)[key] = value
    return value


def compiled_code(source: str) -> CodeType:
    """``compile(source, "<string>", "exec")``, from the same store when it holds it.

    Why: the dataclass decorator writes each class's methods as source text
    and compiles them in every process (see :mod:`.dataclass_code`); the
    code object it gets is plain data to :mod:`marshal`, as in a ``.pyc``.
    Compiled with ``dont_inherit``: no ``__future__`` flag of the caller
    leaks into the result, as when :func:`exec` compiles the text in a module
    without any.
    """
    if cache_file() is None:
        return builtins.compile(source, "<string>", "exec", dont_inherit=True)
    entries = _load()
    key = (f"code:{source}", -1)
    _used.add(key)
    value = entries.get(key)
    if type(value) is not CodeType:
        value = builtins.compile(source, "<string>", "exec", dont_inherit=True)  # (this module's compile is re's)
        cast(Any, entries)[key] = value
        if not _new:
            import atexit

            atexit.register(save)
        cast(Any, _new)[key] = value
    return value


_MISSING = object()


def _plain(value: object) -> bool:
    return value is None or isinstance(value, str) or (
        isinstance(value, (list, tuple)) and all(isinstance(v, str) or v is None for v in value))


def _disable() -> None:
    global _sre
    _sre = None
    _new.clear()


def save() -> None:
    """Add the patterns compiled in this run to the cache file (atomically; run at exit)."""
    path = cache_file()
    if path is None or not _new:
        return
    merged = _read(path)  # another process may have added patterns meanwhile
    for key, value in _new.items():
        merged[key] = value
    if len(merged) > MAX_ENTRIES:
        merged.keep_only(_used)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(tmp, merged)
        os.replace(tmp, path)
    except OSError:
        # A read-only or full cache directory only costs the next start its
        # compile time; the command itself has already succeeded.
        _remove(tmp)
        return
    _new.clear()


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:  # the directory refused the write in the first place
        pass
