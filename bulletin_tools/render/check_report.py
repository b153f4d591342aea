"""How ``bulletin check`` shows findings: text with carets, JSON, GitHub annotations.

Pure functions from (input name, decoded text, findings) to strings, plus
the ``--select`` / ``--ignore`` / ``--severity`` filtering, so that the CLI
only reads inputs, calls these and writes the result.

The text format is the one compilers and linters share, so editors and CI
logs make each line clickable::

    notes/page.txt:3:1: warning truncated-title title looks cut off (…); …

On a terminal each line is followed, like Python's own tracebacks or the
``packaging`` tokenizer's errors, by the source line and a caret marker
under the span; the caller decides whether to ask for it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..errors import UsageError
from ..model import ERROR, INFO, SEVERITIES, WARNING, Finding

#: The stable finding codes (docs/findings.md).  ``--select`` and
#: ``--ignore`` entries must be a prefix of one of them, so a typo is a usage
#: error instead of a filter that silently matches nothing.
KNOWN_CODES: tuple[str, ...] = (
    "censored-mask",
    "cjk-residue",
    "doubled-word",
    "duplicate-paragraph",
    "empty-field",
    "encoding-guessed",
    "lost-characters",
    "mojibake",
    "name-inconsistent",
    "not-a-bulletin",
    "possible-chrome",
    "record-number",
    "run-together",
    "spam",
    "truncated-description",
    "truncated-heading",
    "truncated-title",
    "untranslated-paragraph",
)

_NEWLINE = re.compile(r"\r\n|\r|\n")
_RANK = {ERROR: 2, WARNING: 1, INFO: 0}

#: the source line shown under a finding is cut to about this many columns
#: around the span, so a 2 MB line does not flood the terminal.
CONTEXT_WIDTH = 100


@dataclass(frozen=True, slots=True)
class Located:
    """A finding with 1-based line/column positions of its span in the input text."""

    finding: Finding
    line: int
    column: int
    end_line: int
    end_column: int


class LineIndex:
    """Line starts of a text, for offset → (line, column) in O(log n).

    Line breaks are LF, CRLF and a lone CR, as in
    :func:`bulletin_tools.segment.lines.split_lines`, so line numbers agree
    with the ones the pipeline gives its findings.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        starts.extend(m.end() for m in _NEWLINE.finditer(text))
        if starts[-1] == len(text) and len(starts) > 1:
            starts.pop()  # a final line break does not open another line
        self.starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset (clamped into the text)."""
        offset = max(0, min(offset, len(self.text)))
        k = bisect_right(self.starts, offset) - 1
        return k + 1, offset - self.starts[k] + 1

    def line_bounds(self, line: int) -> tuple[int, int]:
        """(start, end) of a 1-based line, without its line ending."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end


def locate(text: str, findings: Iterable[Finding], index: LineIndex | None = None) -> list[Located]:
    """Each finding with the line/column of its span's start and end in ``text``."""
    index = index or LineIndex(text)
    out = []
    for f in findings:
        line, col = index.position(f.span[0])
        end_line, end_col = index.position(max(f.span[0], f.span[1]))
        out.append(Located(f, line, col, end_line, end_col))
    return out


# ---------------------------------------------------------------------------
# filtering


def parse_codes(values: Iterable[str] | str | None) -> tuple[str, ...]:
    """``"mojibake,truncated-"`` (or several such options) → ``("mojibake", "truncated-")``.

    Raises :class:`UsageError` for an entry that is no prefix of a known code.
    """
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    codes: list[str] = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if not any(code.startswith(part) for code in KNOWN_CODES):
                raise UsageError(f"unknown finding code '{part}' (known: {', '.join(KNOWN_CODES)})")
            codes.append(part)
    return tuple(codes)


def parse_severity(value: str) -> str:
    if value not in SEVERITIES:
        raise UsageError(f"unknown severity '{value}' (choose from {', '.join(SEVERITIES)})")
    return value


def select(findings: Iterable[Finding], select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Finding]:
    """The findings whose code starts with a ``select`` prefix (all when empty) and with no ``ignore`` prefix."""
    out = []
    for f in findings:
        if select and not any(f.code.startswith(p) for p in select):
            continue
        if any(f.code.startswith(p) for p in ignore):
            continue
        out.append(f)
    return out


def at_least(severity: str, threshold: str) -> bool:
    """True when ``severity`` is as serious as ``threshold`` or more (error > warning > info)."""
    return _RANK.get(severity, 0) >= _RANK[threshold]


def fails(findings: Iterable[Finding], threshold: str = ERROR) -> bool:
    """Whether these findings make ``bulletin check`` exit 1."""
    return any(at_least(f.severity, threshold) for f in findings)


# ---------------------------------------------------------------------------
# text format with carets


def _width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _display(ch: str) -> str:
    """How a character is shown in the source excerpt: tabs and controls as one space."""
    return " " if ch == "\t" or (ord(ch) < 32) or ch == "\x7f" else ch


def caret_lines(text: str, start: int, end: int, index: LineIndex | None = None,
                width: int = CONTEXT_WIDTH, indent: str = "    ") -> list[str]:
    """The source line holding ``start`` and a ``^^^`` marker under ``[start, end)``.

    The marker stops at the end of that line (a span over several lines is
    marked to the line end followed by ``...``); an empty span gets one
    caret.  Wide (CJK) characters take two columns, so the carets line up on
    a terminal.  A long line is cut to about ``width`` columns around the
    span, with ``...`` where it was cut.
    """
    index = index or LineIndex(text)
    line, _ = index.position(start)
    lo, hi = index.line_bounds(line)
    start = max(lo, min(start, hi))
    mark_end = max(start, min(end, hi))
    more = end > hi
    # window of characters to show
    left = start
    used = 0
    budget = max(10, width // 3)
    while left > lo and used + _width(text[left - 1]) <= budget:
        left -= 1
        used += _width(text[left])
    right = start
    used = 0
    while right < hi and used + _width(text[right]) <= width - budget:
        used += _width(text[right])
        right += 1
    prefix = "..." if left > lo else ""
    suffix = "..." if right < hi else ""
    shown = prefix + "".join(_display(c) for c in text[left:right]) + suffix
    pad = len(prefix) + sum(_width(c) for c in text[left:start])
    marked = sum(_width(c) for c in text[start:min(mark_end, right)])
    marker = " " * pad + "^" * max(1, marked) + ("..." if more or mark_end > right else "")
    return [indent + shown.rstrip(), indent + marker]


def format_text(name: str, text: str, findings: Iterable[Finding], carets: bool = False) -> str:
    """``FILE:LINE:COL: SEVERITY CODE message`` per finding, with caret excerpts when asked."""
    index = LineIndex(text)
    out: list[str] = []
    for loc in locate(text, findings, index):
        f = loc.finding
        out.append(f"{name}:{loc.line}:{loc.column}: {f.severity} {f.code} {f.message}")
        if carets:
            out.extend(caret_lines(text, f.span[0], f.span[1], index))
    return "".join(line + "\n" for line in out)


# ---------------------------------------------------------------------------
# machine formats


def json_entry(name: str, text: str, findings: Iterable[Finding], language: str | None = None,
               encoding: str | None = None) -> dict[str, object]:
    """One input's findings as a JSON-ready dict (``bulletin check --format json`` lists these)."""
    return {
        "input": name,
        "encoding": encoding,
        "language": language,
        "findings": [
            {
                "code": loc.finding.code,
                "severity": loc.finding.severity,
                "message": loc.finding.message,
                "line": loc.line,
                "column": loc.column,
                "end_line": loc.end_line,
                "end_column": loc.end_column,
                "span": [loc.finding.span[0], loc.finding.span[1]],
            }
            for loc in locate(text, findings)
        ],
    }


def format_json(entries: Sequence[dict[str, object]]) -> str:
    return json.dumps(list(entries), ensure_ascii=False, indent=2) + "\n"


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def format_github(name: str, text: str, findings: Iterable[Finding]) -> str:
    """GitHub Actions workflow commands (``::error file=…,line=…::message``), one per finding.

    Severity ``info`` becomes ``notice``.  Values are escaped as the runner
    expects (``%``, CR, LF everywhere; ``:`` and ``,`` in properties).
    """
    out = []
    for loc in locate(text, findings):
        f = loc.finding
        level = {ERROR: "error", WARNING: "warning"}.get(f.severity, "notice")
        props = [f"file={_escape_property(name)}", f"line={loc.line}", f"col={loc.column}"]
        if (loc.end_line, loc.end_column) != (loc.line, loc.column):
            props += [f"endLine={loc.end_line}", f"endColumn={loc.end_column}"]
        props.append(f"title={_escape_property(f.code)}")
        out.append(f"::{level} {','.join(props)}::{_escape_data(f.message)}\n")
    return "".join(out)
