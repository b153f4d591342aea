"""Inputs in, rendered outputs out: the work behind every command, without any UI.

The CLI is a thin layer over this module: it expands paths into inputs,
runs the pipeline on each, renders the chosen format, and reports a
one-line reason for every input that could not be processed.  Nothing here
prints or exits.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .errors import BulletinError, InputError
from .model import Bulletin

STDIN = "-"
EXTENSIONS = {"md": ".md", "json": ".json", "jsonl": ".jsonl", "text": ".txt", "github": ".txt"}


@dataclass(frozen=True)
class InputRef:
    """One input: a file path (with the folder it was found under), or stdin."""

    name: str
    path: Path | None
    root: Path | None = None

    @property
    def relative(self) -> Path:
        if self.path is None:
            return Path("stdin")
        if self.root is not None:
            return self.path.relative_to(self.root)
        return Path(self.path.name)


@dataclass(frozen=True)
class Problem:
    """An input that could not be processed: its name, the reason, the exit code."""

    name: str
    reason: str
    exit_code: int

    def line(self) -> str:
        return f"{self.name}: {self.reason}"


def expand(paths: Iterable[str], glob: str = "*.txt") -> Iterator[InputRef | Problem]:
    """Files as given, folders walked recursively (sorted), ``-`` for stdin."""
    for raw in paths:
        if raw == STDIN:
            yield InputRef(STDIN, None)
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(q for q in p.rglob(glob) if q.is_file())
            if not found:
                yield Problem(raw, f"no files matching '{glob}' in this folder", 3)
            for q in found:
                yield InputRef(str(q), q, p)
        elif p.exists():
            yield InputRef(raw, p)
        else:
            yield Problem(raw, "no such file or directory", 2)


# Size limits.  A bulletin is 2-30 KB; these are generous caps that keep
# one bad input from costing minutes or gigabytes while the batch waits.
MAX_INPUT_BYTES = 8 * 2**20
MAX_LINE_CHARS = 100_000


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB"


def too_large(size: int) -> InputError:
    return InputError(f"too large ({_mb(size)}; the limit is {_mb(MAX_INPUT_BYTES)} per bulletin)")


def read_bytes(ref: InputRef, stdin: object | None = None) -> bytes:
    """The raw bytes of one input, refusing anything over :data:`MAX_INPUT_BYTES`.

    The size is checked before reading (files) or while reading (stdin), so
    a 100 MB file costs one ``stat``, not 100 MB of memory.
    """
    if ref.path is None:
        import sys

        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_INPUT_BYTES + 1)  # type: ignore[union-attr]
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(f"too large (over {_mb(MAX_INPUT_BYTES)}, the limit per bulletin)")
        return data
    try:
        size = ref.path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise too_large(size)
        return ref.path.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})") from None


def check_lines(text: str) -> None:
    """Refuse a text with a line over :data:`MAX_LINE_CHARS` characters.

    Such a "line" is a dump, not a bulletin (a page is ~40 lines of < 2,000
    characters); the repairs are linear, but minutes on one input would stall
    a whole stream.  The cheap length test skips the scan for normal texts.
    """
    if len(text) <= MAX_LINE_CHARS:
        return
    # CR, LF and CRLF all end a line (as in segment.lines.split_lines).
    for line in text.replace("\r", "\n").split("\n"):
        if len(line) > MAX_LINE_CHARS:
            raise InputError(
                f"a line of {len(line):,} characters (the limit is {MAX_LINE_CHARS:,}): not a bulletin"
            )


def render(doc: Bulletin, fmt: str) -> str:
    """The document in one output format, ending with a newline."""
    if fmt == "md":
        from .render.markdown import to_markdown

        return to_markdown(doc)
    if fmt == "json":
        from .render.json import to_json

        return to_json(doc) + "\n"
    if fmt == "jsonl":
        from .render.json import to_jsonl

        return to_jsonl(doc) + "\n"
    raise BulletinError(f"unknown format '{fmt}'")


def out_path(ref: InputRef, out_dir: Path, fmt: str) -> Path:
    """Where ``--out-dir`` puts an input's output: the input tree mirrored."""
    rel = ref.relative
    return out_dir / rel.with_suffix(EXTENSIONS.get(fmt, "." + fmt))


def new_file_mode() -> int:
    """0666 minus the umask: the mode ``open()`` would give a new file (``mkstemp`` gives 0600).

    The umask can only be read by setting it; it is put back at once.
    """
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: Path, data: str) -> None:
    """Write to a temporary file beside ``path``, then rename over it.

    The rename happens only after the whole output was written and flushed,
    so a crash or a failing input never leaves a half-written file behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else new_file_mode())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset in ``text``."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


# ---------------------------------------------------------------------------
# one input, start to finish: what a worker process runs


@dataclass(frozen=True)
class Job:
    """Everything a worker needs besides the input itself (picklable).

    ``keep_text`` asks for the decoded text back (``--diff``/``--check``);
    ``explain`` for the ``--explain`` lines, which are built in the worker
    because they need the text and the fixes.
    """

    fmt: str
    options: object  # pipeline.Options; typed loosely to keep this import-free
    encoding: str | None = None
    keep_text: bool = False
    explain: bool = False


@dataclass(frozen=True)
class Outcome:
    """The result for one input: its rendered output, or the problem."""

    name: str
    rendered: str | None = None
    problem: Problem | None = None
    text: str | None = None
    fixes: int = 0
    findings: int = 0
    explain: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # one-line notes for stderr (e.g. not a bulletin)


def load_text(ref: InputRef, data: bytes | None, encoding: str | None):
    """Read (unless ``data`` is given), size-check and decode one input."""
    from .decode import decode_bytes

    if data is None:
        data = read_bytes(ref)
    elif len(data) > MAX_INPUT_BYTES:
        raise too_large(len(data))
    decoded = decode_bytes(data, encoding=encoding, name=ref.name)
    check_lines(decoded.text)
    return decoded


def explain_lines(name: str, text: str, doc: Bulletin) -> tuple[str, ...]:
    """``NAME:LINE:COL: fix RULE: 'before' -> 'after'``, one per fix."""
    out = []
    for fix in doc.fixes:
        line, col = position(text, fix.span[0])
        out.append(f"{name}:{line}:{col}: fix {fix.rule}: {fix.before!r} -> {fix.after!r}")
    return tuple(out)


def process_input(ref: InputRef, data: bytes | None, job: Job) -> Outcome:
    """Decode, clean and render one input; bad input becomes ``Outcome.problem``.

    Never raises for a bad input, so one file cannot stop a batch.  An
    unexpected exception (a bug) is reported the same way, naming its type,
    for the same reason.
    """
    from .pipeline import clean_text

    try:
        decoded = load_text(ref, data, job.encoding)
        doc = clean_text(decoded.text, input=None if ref.path is None else ref.name,
                         encoding=decoded.encoding, options=job.options)  # type: ignore[arg-type]
        rendered = render(doc, job.fmt)
    except BulletinError as exc:
        return Outcome(ref.name, problem=Problem(ref.name, str(exc), exc.exit_code))
    except RecursionError:
        return Outcome(ref.name, problem=Problem(ref.name, "internal error (recursion too deep)", 3))
    except Exception as exc:  # a bug must not stop the other inputs; reported, exit 3
        return Outcome(ref.name, problem=Problem(ref.name, f"internal error ({type(exc).__name__}: {exc})", 3))
    return Outcome(
        ref.name,
        rendered=rendered,
        text=decoded.text if job.keep_text else None,
        fixes=len(doc.fixes),
        findings=len(doc.findings),
        explain=explain_lines(ref.name, decoded.text, doc) if job.explain else (),
        warnings=tuple(f"{ref.name}: warning: {f.message}" for f in doc.findings if f.code == "not-a-bulletin"),
    )


def process_item(job: Job, item: tuple[InputRef, bytes | None]) -> Outcome:
    """:func:`process_input` in the ``fn(state, item)`` shape of ``parallel.ordered_map``."""
    ref, data = item
    return process_input(ref, data, job)


class OutputSink:
    """Where one run's output goes: a binary stdout, or a file replaced atomically.

    With a path, everything is written to a temporary file beside it and
    renamed over it by :meth:`close` only if something was written and the
    run wants to keep it, so a failed run never leaves a half-written file.
    Text is always written as UTF-8, whatever the locale says.
    """

    def __init__(self, path: Path | None, stdout: object | None = None, flush_each: bool = False) -> None:
        self.path = path
        self.flush_each = flush_each
        self.written = False
        self._tmp: str | None = None
        if path is None:
            import sys

            self._fh = stdout if stdout is not None else sys.stdout.buffer
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=str(path.parent))
            self._fh = os.fdopen(fd, "wb")

    def write(self, data: str) -> None:
        self._fh.write(data.encode("utf-8"))  # type: ignore[union-attr]
        self.written = True
        if self.flush_each:
            self._fh.flush()  # type: ignore[union-attr]

    def close(self, keep: bool = True) -> None:
        if self._tmp is None:
            self._fh.flush()  # type: ignore[union-attr]
            return
        fh, tmp, self._tmp = self._fh, self._tmp, None
        try:
            if keep and self.written:
                fh.flush()  # type: ignore[union-attr]
                os.fsync(fh.fileno())  # type: ignore[union-attr]
                fh.close()  # type: ignore[union-attr]
                assert self.path is not None
                os.chmod(tmp, self.path.stat().st_mode & 0o7777 if self.path.exists() else new_file_mode())
                os.replace(tmp, self.path)
                return
            fh.close()  # type: ignore[union-attr]
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
