"""The header zone: breadcrumb, label rows, description.

Labels are found by a lexicon over the whole line, not by position, because
real pages jam several ``label: value`` pairs on one line, leave values
empty, or glue a value to the next label with no space at all
(``Source:Author:小编Click: Time:2023-08-08``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..textmap import MappedText

_BREADCRUMB_SEPARATORS = re.compile(r"\s*(?:>>|>|»|›|→|/|\||\\)\s*|\s+-\s+")
_HOME = re.compile(r"^(?:home|homepage|home page|首页)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LabelValue:
    """One ``label: value`` pair; ``field`` comes from the lexicon table."""

    field: str
    label: str
    label_text: MappedText
    value: MappedText


def find_labels(text: MappedText, labels: lexicon.LabelSet) -> list[LabelValue]:
    """Every label in ``text`` with the value that runs up to the next label."""
    s = text.text
    hits: list[tuple[int, int, str]] = []
    for m in labels.pattern.finditer(s):
        groups = m.groupdict()
        name = groups.get("label") or groups.get("nlabel") or groups.get("blabel")
        if not lexicon.is_label_start(s, m.start()):
            continue
        hits.append((m.start(), m.end(), name))
    out: list[LabelValue] = []
    for i, (start, end, name) in enumerate(hits):
        stop = hits[i + 1][0] if i + 1 < len(hits) else len(s)
        value = text.slice(end, stop).strip()
        label_text = text.slice(start, end)
        out.append(LabelValue(labels.field_of(name), name, label_text, value))
    return out


def label_prefix_len(s: str, labels: lexicon.LabelSet) -> int:
    """Characters before the first label (0 when the line starts with one)."""
    m = labels.pattern.search(s)
    return m.start() if m else -1


def is_label_line(s: str) -> bool:
    """A header row: starts with a label, or holds two or more of them."""
    stripped = s.strip().lstrip("[【〖(（")
    if not stripped:
        return False
    labels = lexicon.header_labels()
    hits = [m for m in labels.pattern.finditer(stripped) if lexicon.is_label_start(stripped, m.start())]
    if not hits:
        return False
    if hits[0].start() == 0:
        # `Time: ...` alone is a label row; `Note that ...` is not (no colon);
        # a by-line needs a second label (`By October, the town …` is prose).
        return hits[0].groupdict().get("blabel") is None or len(hits) >= 2
    return len(hits) >= 2 and hits[0].start() <= 60


def parse_breadcrumb(s: str) -> list[str] | None:
    """The crumbs of a navigation line, or None when the line is not one."""
    stripped = s.strip()
    m = lexicon.breadcrumb_pattern().match(stripped)
    if m:
        rest = stripped[m.end():]
        crumbs = _split_crumbs(rest)
        return crumbs
    if len(stripped) > 200:
        return None
    seps = _BREADCRUMB_SEPARATORS.findall(stripped)
    if not seps:
        return None
    crumbs = _split_crumbs(stripped)
    if not crumbs:
        return None
    if any(len(c) > 60 or c.endswith((".", "。")) for c in crumbs):
        return None
    starts_home = bool(_HOME.match(crumbs[0]))
    leading_sep = bool(re.match(r"^\s*(?:>|»|›)", stripped))
    if starts_home and len(crumbs) >= 2:
        return crumbs
    if leading_sep and len(crumbs) >= 1:
        return crumbs
    return None


def _split_crumbs(rest: str) -> list[str]:
    parts = [p.strip() for p in _BREADCRUMB_SEPARATORS.split(rest)]
    return [p for p in parts if p]


def description_value(text: MappedText) -> MappedText | None:
    """The value after ``Description:`` / ``Abstract:`` … or None."""
    m = lexicon.description_pattern().match(text.text)
    if not m:
        return None
    value = text.slice(m.end(), len(text.text)).strip()
    if value.text.endswith(("]", "】")) and text.text.lstrip().startswith(("[", "【")):
        value = value.slice(0, len(value.text) - 1).strip()
    return value
