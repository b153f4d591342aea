"""Inputs in, rendered outputs out: the work behind every command, without any UI.

The CLI is a thin layer over this module: it expands paths into inputs,
runs the pipeline on each, renders the chosen format, and reports a
one-line reason for every input that could not be processed.  Nothing here
prints or exits.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Sequence

from .errors import BulletinError, InputError, UsageError
from .model import Bulletin
from .outputs import OutputError, OutputSink, strip_compression, write_atomic  # noqa: F401 (re-exported)

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


def expand(paths: Iterable[str], glob: str = "*.txt", exclude: Sequence[str] = (),
           stdin_name: str | None = None) -> Iterator[InputRef | Problem]:
    """Files as given, folders walked recursively (sorted; hidden and ``exclude`` paths
    skipped, see :mod:`.walk`), ``-`` for stdin (named ``stdin_name`` when given)."""
    from .walk import walk

    for raw in paths:
        if raw == STDIN:
            yield InputRef(stdin_name or STDIN, None)
            continue
        p = Path(raw)
        if p.is_dir():
            found = walk(p, glob, exclude)
            if not found:
                yield Problem(raw, f"no files matching '{glob}' in this folder", 3)
            for q in found:
                yield InputRef(str(q), q, p)
        elif p.exists():
            yield InputRef(raw, p)
        else:
            yield Problem(raw, "no such file or directory", 2)


def stdin_is_piped(stdin: IO[Any] | None = None) -> bool:
    """Is standard input a pipe or a redirected file (data waiting), rather than a terminal or nothing?

    ``/dev/null`` (a character device, as under cron or CI) and a terminal
    are not: reading them would wait for typing or yield an "empty file".
    """
    import stat
    import sys

    stream = stdin if stdin is not None else sys.stdin
    if stream is None:
        return False
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return not getattr(stream, "isatty", lambda: True)()  # an in-memory stream (tests, embedding)
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def default_paths(paths: list[str] | None, stdin: IO[Any] | None = None) -> list[str]:
    """The inputs to read: those given, else ``-`` when stdin is a pipe (``cat page.txt | bulletin clean``).

    Raises :class:`~.errors.UsageError` when nothing was given and stdin is
    a terminal (or nothing), instead of waiting silently for typing.
    """
    if paths:
        return list(paths)
    if stdin_is_piped(stdin):
        return [STDIN]
    raise UsageError("no input given: name files or folders, or pipe text in (stdin is not a pipe)")


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
    rel = strip_compression(ref.relative)
    return out_dir / rel.with_suffix(EXTENSIONS.get(fmt, "." + fmt))


def plan_outputs(refs: list[InputRef], fmt: str, *, output: Path | None, out_dir: Path | None,
                 in_place: bool, single_stream: bool) -> dict[str, Path]:
    """Check a batch's outputs before anything is read or written; the ``--out-dir`` targets by input name.

    Raises :class:`~.errors.UsageError` (exit 2) for a batch that would
    break a promise of :mod:`.outputs`: two inputs mapped to one file, an
    output replacing an input, JSON written over an ``--in-place`` input,
    or several JSON objects in one stream.
    """
    from .outputs import check_in_place_format, check_json_shape, check_output_not_input, check_targets

    files = [r.path for r in refs if r.path is not None]
    if in_place:
        check_in_place_format(fmt)
    if single_stream:
        check_json_shape(fmt, len(refs))
    if output is not None:
        check_output_not_input(output, files)
    if out_dir is None:
        return {}
    targets = {}
    pairs = []
    for ref in refs:
        target = out_path(ref, out_dir, fmt)
        targets[ref.name] = target
        pairs.append((ref.name, target))
    check_targets(pairs, files)
    return targets


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
    diff: bool = False  # --diff: the input's lines against the repaired lines (see textdiff)


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
    diff: tuple[str, ...] = ()  # --diff: unified diff lines, uncoloured


def load_text(ref: InputRef, data: bytes | None, encoding: str | None):
    """Read (unless ``data`` is given), size-check, decompress (gzip, zstd) and decode one input."""
    from .compressed import decompress
    from .decode import decode_bytes

    if data is None:
        data = read_bytes(ref)
    elif len(data) > MAX_INPUT_BYTES:
        raise too_large(len(data))
    data = decompress(data, MAX_INPUT_BYTES)
    decoded = decode_bytes(data, encoding=encoding, name=ref.name)
    check_lines(decoded.text)
    if decoded.text.lstrip().startswith("{"):
        from .render.json import is_bulletin_json

        if is_bulletin_json(decoded.text):
            raise InputError("bulletin-tools JSON output, not a bulletin text (clean the original text instead)")
    return decoded


def explain_lines(name: str, text: str, doc: Bulletin) -> tuple[str, ...]:
    """``NAME:LINE:COL: fix RULE: 'before' -> 'after'`` per fix that is not whitespace-only (see :mod:`.explain`).

    A guessed encoding comes first (``NAME:LINE:COL: encoding ENC (guessed): why``):
    every other line rests on it.
    """
    from .explain import explain_lines as lines

    out = []
    for finding in doc.findings:
        if finding.code == "encoding-guessed":
            line, col = position(text, finding.span[0])
            out.append(f"{name}:{line}:{col}: encoding {doc.encoding} (guessed): "
                       + finding.message.removeprefix("decoding is a guess: "))
    return tuple(out) + lines(name, text, doc.fixes)


def process_input(ref: InputRef, data: bytes | None, job: Job) -> Outcome:
    """Decode, clean and render one input; bad input becomes ``Outcome.problem``.

    Never raises for a bad input, so one file cannot stop a batch.  An
    unexpected exception (a bug) is reported the same way, naming its type,
    for the same reason.
    """
    from .pipeline import clean_decoded

    try:
        decoded = load_text(ref, data, job.encoding)
        doc = clean_decoded(decoded, input=None if ref.name == STDIN else ref.name,
                            options=job.options)  # type: ignore[arg-type]
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
        diff=_diff(ref, decoded.text, doc) if job.diff else (),
        warnings=tuple(f"{ref.name}: warning: {f.message}" for f in doc.findings if f.code == "not-a-bulletin"),
    )


def _diff(ref: InputRef, text: str, doc: Bulletin) -> tuple[str, ...]:
    from .textdiff import unified

    return tuple(unified("stdin" if ref.name == STDIN else ref.name, text, doc.fixes))


def process_item(job: Job, item: tuple[InputRef, bytes | None]) -> Outcome:
    """:func:`process_input` in the ``fn(state, item)`` shape of ``parallel.ordered_map``."""
    ref, data = item
    return process_input(ref, data, job)
