"""Read back the Markdown that :mod:`.markdown` writes.

``bulletin clean`` must be idempotent: cleaning its own output changes
nothing.  Rather than re-guess structure from text that already carries it,
this reader recognises our front matter (``generator: bulletin-tools``) and
takes the structure from the markup: ``#`` title, ``##`` headings, ``-``
items, ``>`` captions, the footer after the ``* * *`` rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..lazyre import lazy_compile
from ..model import Edit
from ..textmap import MappedText
from .markdown import GENERATOR

_FRONT = lazy_compile(r"\A---\r?\n(.*?\r?\n)---\r?\n", re.DOTALL)
_ORDERED_ITEM = lazy_compile(r"\d{1,9}[.)] ")  # the writer escapes any other line that opens like this
_UNESCAPE = lazy_compile(r"\\([!-/:-@\[-`{-~])")


def is_bulletin_markdown(text: str) -> bool:
    if not text.startswith("---"):
        return False
    m = _FRONT.match(text)
    return m is not None and re.search(rf"^generator: {re.escape(GENERATOR)}\s*$", m.group(1), re.MULTILINE) is not None


@dataclass(frozen=True, slots=True)
class MarkdownLine:
    """A body line of our Markdown: its kind and its unescaped content (mapped)."""

    number: int
    kind: str  # title, heading, item, caption, paragraph, footer
    content: MappedText


def read_front_matter(text: str) -> tuple[dict[str, Any], int]:
    import yaml

    m = _FRONT.match(text)
    if not m:
        return {}, 0
    data = yaml.safe_load(m.group(1)) or {}
    if not isinstance(data, dict):
        data = {}
    return data, m.end()


def unescape(mt: MappedText) -> MappedText:
    """Drop the backslashes the writer added; not a fix, so no Fix is kept."""
    edits = [Edit(m.start(), m.start() + 1, "", "markdown") for m in _UNESCAPE.finditer(mt.text)]
    new, _ = mt.apply(edits)
    return new


def read_body(text: str, start: int) -> list[MarkdownLine]:
    from ..segment.lines import split_lines

    out: list[MarkdownLine] = []
    in_footer = False
    for number, (a, b) in enumerate(split_lines(text), start=1):
        if a < start:
            continue
        line = text[a:b]
        if not line.strip():
            continue
        if line.strip() == "* * *" and not in_footer:
            in_footer = True
            continue
        mt = MappedText.identity(line, a)
        if in_footer:
            kind, skip = "footer", 0
        elif line.startswith("# "):
            kind, skip = "title", 2
        elif line.startswith("## "):
            kind, skip = "heading", 3
        elif line.startswith("- "):
            kind, skip = "item", 2
        elif _ORDERED_ITEM.match(line):
            kind, skip = "item", 0  # `1. text`: the number stays, to be split off again as the marker
        elif line.startswith("> "):
            kind, skip = "caption", 2
        else:
            kind, skip = "paragraph", 0
        out.append(MarkdownLine(number, kind, unescape(mt.slice(skip, len(line)))))
    return out
