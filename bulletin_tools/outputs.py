"""Where outputs go, and the promises every write keeps.

Why a module of its own: every way of writing (``-o``, ``--out-dir``,
``--in-place``) must keep the same promises (docs/exit-codes.md, "Bad input"), and they are
easy to break one write path at a time:

- a write is atomic: a temporary file beside the target, renamed over it
  only once it is whole, so a failed run leaves no half-written file;
- a new file gets the usual mode, 0666 minus the umask (a temporary file is
  created 0600, which would hide the cleaned pages from a web server or a
  colleague); a replaced file keeps its own mode, as ``--in-place`` users expect;
- ``-o`` never creates missing folders: a typo in the path is an error
  naming the output, not a new directory tree somewhere;
- no output of a batch overwrites another output or an input: the whole
  batch is refused before anything is written.

Nothing here prints or exits; errors are :class:`~.errors.BulletinError`
values for the CLI to report.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable

from .errors import BulletinError, UsageError

#: The mode a program like ``cp`` or a shell redirection gives a new file,
#: before the umask is taken away.
NEW_FILE_BASE_MODE = 0o666

#: Extensions that say "compressed", stripped before ``--out-dir`` picks the
#: output's extension (``page.txt.gz`` -> ``page.md``, not ``page.txt.md``).
COMPRESSED_SUFFIXES = (".gz", ".zst")


class OutputError(BulletinError):
    """An output that cannot be written.  Exit code 3, like an input that cannot be processed (docs/exit-codes.md)."""

    exit_code = 3

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def current_umask() -> int:
    """The process umask, read without changing it where the system allows.

    ``os.umask`` can only be read by setting it, which for a moment affects
    every thread; Linux (4.7+) reports it in ``/proc/self/status``.
    """
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """0666 minus the umask: what a new output file gets."""
    return NEW_FILE_BASE_MODE & ~current_umask()


def _reason(exc: OSError) -> str:
    return f"cannot write ({exc.strerror or exc})"


def _temp_beside(path: Path) -> tuple[int, str]:
    """A temporary file in ``path``'s folder; the folder must exist (never created here)."""
    parent = path.parent
    if path.is_dir():
        raise OutputError(path, "cannot write (is a directory)")
    if not parent.exists():
        raise OutputError(path, f"cannot write (folder '{parent}' does not exist)")
    if not parent.is_dir():
        raise OutputError(path, f"cannot write ('{parent}' is not a folder)")
    import tempfile  # (here, not at the top: writing to stdout never needs it; cold start)

    try:
        return tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=str(parent))
    except OSError as exc:
        raise OutputError(path, _reason(exc)) from None


def _finish(tmp: str, path: Path) -> None:
    """Give the whole temporary file its final mode, then rename it over ``path``."""
    try:
        mode = path.stat().st_mode & 0o7777  # replacing: keep the file's own mode
    except FileNotFoundError:
        mode = new_file_mode()
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def is_special_file(path: Path) -> bool:
    """``/dev/null``, ``/dev/stdout``, a named pipe: an existing target that is
    not a regular file.  It is written to as it is: renaming a temporary file
    over it would replace the device with a file (as root, ``-o /dev/null``
    would break every program on the machine that writes there)."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode)


def _open_special(path: Path):
    try:
        return open(path, "wb")
    except OSError as exc:
        raise OutputError(path, _reason(exc)) from None


def write_atomic(path: Path, data: str, make_parents: bool = False) -> None:
    """Write ``data`` (UTF-8) to a temporary file beside ``path``, then rename it over ``path``.

    The rename happens only after the whole output was written and flushed,
    so a crash or a failing input never leaves a half-written file behind.
    ``make_parents`` is for ``--out-dir``, whose mirrored tree is created on
    purpose; ``-o`` and ``--in-place`` never create folders.  Raises
    :class:`OutputError` (naming the path) when the file cannot be written.
    """
    if is_special_file(path):
        with _open_special(path) as fh:
            try:
                fh.write(data.encode("utf-8"))
            except OSError as exc:
                raise OutputError(path, _reason(exc)) from None
        return
    if make_parents:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(path, _reason(exc)) from None
    fd, tmp = _temp_beside(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _finish(tmp, path)
    except OSError as exc:
        raise OutputError(path, _reason(exc)) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class OutputSink:
    """Where one run's output goes: a binary stdout, or a file replaced atomically.

    With a path, everything is written to a temporary file beside it and
    renamed over it by :meth:`close` only if something was written and the
    run wants to keep it, so a failed run never leaves a half-written file.
    The temporary file is created at once, so an output that cannot be
    written is reported (:class:`OutputError`) before any input is read.
    Text is always written as UTF-8, whatever the locale says.
    """

    def __init__(self, path: Path | None, stdout: object | None = None, flush_each: bool = False) -> None:
        self.path = path
        self.flush_each = flush_each
        self.written = False
        self._special = False
        self._tmp: str | None = None
        if path is None:
            import sys

            self._fh = stdout if stdout is not None else sys.stdout.buffer
        elif is_special_file(path):
            self._fh = _open_special(path)  # written as it is; close() only flushes and closes it
            self._special = True
        else:
            fd, self._tmp = _temp_beside(path)
            self._fh = os.fdopen(fd, "wb")

    def write(self, data: str) -> None:
        self._fh.write(data.encode("utf-8"))  # type: ignore[union-attr]
        self.written = True
        if self.flush_each:
            self._fh.flush()  # type: ignore[union-attr]

    def close(self, keep: bool = True) -> None:
        if self._tmp is None:
            self._fh.flush()  # type: ignore[union-attr]
            if self._special:
                self._fh.close()  # type: ignore[union-attr]
            return
        fh, tmp, self._tmp = self._fh, self._tmp, None
        try:
            if keep and self.written:
                fh.flush()  # type: ignore[union-attr]
                os.fsync(fh.fileno())  # type: ignore[union-attr]
                fh.close()  # type: ignore[union-attr]
                assert self.path is not None
                _finish(tmp, self.path)
                return
            fh.close()  # type: ignore[union-attr]
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


# ---------------------------------------------------------------------------
# a batch's outputs, checked before anything is written


def strip_compression(path: Path) -> Path:
    """``page.txt.gz`` -> ``page.txt``: the name the text had before it was compressed."""
    return path.with_suffix("") if path.suffix in COMPRESSED_SUFFIXES else path


def _key(path: Path) -> str:
    """A path as the file system will see it (absolute, normalised, case-folded where the OS folds)."""
    return os.path.normcase(os.path.abspath(path))


def check_targets(pairs: Iterable[tuple[str, Path]], inputs: Iterable[Path]) -> None:
    """Refuse a batch in which two inputs map to one output, or an output would replace an input.

    ``pairs`` are (input name, output path).  Why refuse rather than rename
    or number the outputs: the user asked for one file per input under a
    mirrored name, and any other name would be a guess they must discover;
    the one-line message tells them how to get distinct names (give the
    folder that holds both inputs, whose tree is then mirrored).  Raises
    :class:`UsageError` (exit 2) naming both inputs and the output.
    """
    seen: dict[str, str] = {}
    input_keys = {_key(p): str(p) for p in inputs}
    for name, target in pairs:
        key = _key(target)
        if key in input_keys:
            raise UsageError(f"--out-dir: the output for {name} would replace the input {input_keys[key]}; "
                             "choose another --out-dir")
        if key in seen:
            raise UsageError(f"--out-dir: {seen[key]} and {name} would both be written to {target}; "
                             "give the folder that holds both instead (its tree is mirrored), or run them separately")
        seen[key] = name


def check_output_not_input(output: Path, inputs: Iterable[Path]) -> None:
    """``-o page.txt`` with ``page.txt`` as an input would replace an input without ``--in-place``."""
    key = _key(output)
    for p in inputs:
        if _key(p) == key:
            raise UsageError(f"--output {output} is also an input; use --in-place to replace inputs")


def check_in_place_format(fmt: str) -> None:
    """``--in-place`` writes Markdown only.

    The replaced ``.txt`` is read again by the next run: Markdown is
    recognised as our own output (cleaning it changes nothing), JSON would be
    read as the text of a bulletin titled ``{ "schema_version": …``.
    """
    if fmt != "md":
        raise UsageError(f"--in-place writes Markdown only (-f {fmt} would replace each input with {fmt.upper()}); "
                         f"use --out-dir DIR or -o FILE for {fmt}")


def check_json_shape(fmt: str, n_inputs: int) -> None:
    """``-f json`` is always one JSON object; several inputs into one stream need ``-f jsonl``.

    Why: an object for one input and an array for two made the shape depend
    on how many files a folder happened to hold, so a consumer could not
    know what it would read.  ``--out-dir`` is not affected (one object per file).
    """
    if fmt == "json" and n_inputs > 1:
        raise UsageError(f"-f json writes exactly one JSON object, and {n_inputs} inputs were given: "
                         "use -f jsonl (one object per line) or --out-dir DIR (one .json file per input)")
