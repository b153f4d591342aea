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


def read_bytes(ref: InputRef, stdin: object | None = None) -> bytes:
    if ref.path is None:
        import sys

        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read()  # type: ignore[union-attr]
    try:
        return ref.path.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})") from None


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
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
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
