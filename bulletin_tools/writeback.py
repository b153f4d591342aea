"""Where ``clean`` and ``segment`` put each document: one write-back mode, one sink per mode.

Black's pattern (``WriteBack`` plus a report): the options ``--output``,
``--out-dir``, ``--in-place``, ``--diff`` and ``--check`` are settled once
into a :class:`WriteBack`, and the batch loop hands every processed input
to the mode's sink without asking which flags were given:

- ``stream``   stdout, or ``-o FILE`` replaced atomically at the end (:class:`StreamSink`);
- ``files``    one file per input, ``--out-dir`` (mirrored) or ``--in-place`` (:class:`FilesSink`);
- ``compare``  write nothing: ``--diff`` prints what would change, ``--check``
  names each input that would change and makes the exit code 1 (:class:`CompareSink`).

A sink's :meth:`write` may raise :class:`~.outputs.OutputError` for one
input (reported, the batch goes on); :meth:`close` says whether the run's
output is kept and may raise it for the run's one output file.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol

from .batch import Outcome
from .outputs import OutputError, OutputSink, write_atomic

STREAM = "stream"
FILES = "files"
COMPARE = "compare"


@dataclass(frozen=True)
class WriteBack:
    """The output options of one run (already checked not to clash)."""

    output: Path | None = None
    out_dir: Path | None = None
    in_place: bool = False
    diff: bool = False
    check: bool = False
    color: str = "auto"  # for --diff

    @property
    def mode(self) -> str:
        if self.diff or self.check:
            return COMPARE
        if self.in_place or self.out_dir is not None:
            return FILES
        return STREAM

    @property
    def keeps_text(self) -> bool:
        """The worker must send the decoded input back (to compare it with the output)."""
        return self.mode == COMPARE


class Sink(Protocol):
    def write(self, outcome: Outcome) -> None: ...

    def close(self, keep: bool) -> None: ...

    def exit_code(self) -> int: ...


class StreamSink:
    """Every document into one stream: stdout, or ``-o FILE`` (atomic).

    Created before any input is read, so an output that cannot be written
    is reported first (:class:`OutputError` from the constructor).
    """

    def __init__(self, output: Path | None) -> None:
        self.output = output
        self._sink = OutputSink(output)

    def write(self, outcome: Outcome) -> None:
        self._sink.write(outcome.rendered or "")

    def close(self, keep: bool) -> None:
        try:
            self._sink.close(keep=keep)
        except OSError as exc:
            raise OutputError(self.output, f"cannot write ({exc.strerror or exc})") from None  # type: ignore[arg-type]

    def exit_code(self) -> int:
        return 0


class FilesSink:
    """One file per input, written atomically as it comes (``--out-dir``, ``--in-place``)."""

    def __init__(self, targets: dict[str, Path], make_parents: bool) -> None:
        self.targets = targets
        self.make_parents = make_parents

    def write(self, outcome: Outcome) -> None:
        write_atomic(self.targets[outcome.name], outcome.rendered or "", make_parents=self.make_parents)

    def close(self, keep: bool) -> None:
        pass

    def exit_code(self) -> int:
        return 0


class CompareSink:
    """Write nothing; compare each output with its input (``--diff``, ``--check``)."""

    def __init__(self, diff: bool, check: bool, color: str, say: Callable[[str], None]) -> None:
        self.diff = diff
        self.check = check
        self.color = color
        self.say = say
        self.changed = 0

    def write(self, outcome: Outcome) -> None:
        if (outcome.rendered or "") == (outcome.text or ""):
            return
        self.changed += 1
        if self.diff:
            sys.stdout.writelines(coloured_diff(outcome.diff, self.color))
        if self.check:
            self.say(f"bulletin: {outcome.name}: would be changed")

    def close(self, keep: bool) -> None:
        pass

    def exit_code(self) -> int:
        return 1 if self.check and self.changed else 0


def coloured_diff(lines, color: str) -> list[str]:
    """The --diff lines, coloured when --color (and the terminal) says so."""
    from .colour import wants_colour
    from .textdiff import colour

    return colour(lines) if wants_colour(color, sys.stdout) else list(lines)


def open_sink(wb: WriteBack, in_place_paths: dict[str, Path], targets: dict[str, Path],
              say: Callable[[str], None]) -> Sink:
    """The sink for ``wb``'s mode.  ``in_place_paths``: each input's own file;
    ``targets``: its ``--out-dir`` file (:func:`~.batch.plan_outputs`)."""
    mode = wb.mode
    if mode == COMPARE:
        return CompareSink(wb.diff, wb.check, wb.color, say)
    if mode == FILES:
        return FilesSink(in_place_paths, False) if wb.in_place else FilesSink(targets, True)
    return StreamSink(wb.output)
