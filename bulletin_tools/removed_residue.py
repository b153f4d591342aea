"""Untranslated Chinese on a line the segmenter removed is not in the text.

The line rules run before zoning: a language switch (`English | 中文 | 日本語`)
or a share widget (`分享按钮`) gets its ``cjk-residue`` fix and finding, and
then zoning removes the whole line as chrome or furniture.  The finding asks
an editor to translate words that are no longer there, and the document
reads as if Chinese were left in its English.  So the ``cjk-residue`` fixes
and findings that lie inside a removed line are dropped, and the removal's own fix then
records the line as the input prints it (nothing is lost).  On a masthead
line only the finding goes: the line stays in the output, so its fixes stay
on record.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Iterable, Sequence, TypeVar

from .model import Finding, Fix

#: Fix rules that take a whole line out of the text.
REMOVING_RULES = frozenset({"chrome", "furniture"})
#: The code (and rule) of untranslated Chinese.
RESIDUE = "cjk-residue"

T = TypeVar("T", Fix, Finding)


def removed_spans(zone_fixes: Iterable[Fix]) -> list[tuple[int, int]]:
    """The input spans of the lines zoning removed, in order."""
    return sorted(f.span for f in zone_fixes if f.rule in REMOVING_RULES and not f.after)


def masthead_spans(masthead: Iterable) -> list[tuple[int, int]]:
    """The input spans of the masthead's lines (the site's name and slogans above the title):
    page frame kept as metadata, where a finding asking to translate is no editor's work."""
    return sorted(ln.text.strip().span() for ln in masthead if ln.text.strip().text)


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    k = bisect_right(spans, (span[0], float("inf"))) - 1
    return k >= 0 and spans[k][0] <= span[0] and span[1] <= spans[k][1]


def outside_removed(items: list[T], spans: list[tuple[int, int]], key) -> list[T]:
    """``items`` without the residue ones (``key(item) == RESIDUE``) that lie inside a removed line."""
    if not spans:
        return items
    return [it for it in items if key(it) != RESIDUE or not _inside(it.span, spans)]


def drop_frame_residue(fixes: list[Fix], findings: list[Finding], zone_fixes: Sequence[Fix], masthead: Iterable,
                       text: str) -> tuple[list[Fix], list[Finding]]:
    """The line rules' ``fixes`` and ``findings`` without the residue in removed
    lines (and, for findings, in the masthead), followed by ``zone_fixes``; each
    removal that held a dropped residue fix records its line as the input
    prints it (`• 中文`, not the repaired `• Chinese`): with the residue fix
    gone, the removal is the one record of those characters."""
    removed = removed_spans(zone_fixes)
    kept: list[Fix] = []
    dropped: list[tuple[int, int]] = []
    for f in fixes:
        if removed and f.rule == RESIDUE and _inside(f.span, removed):
            dropped.append(f.span)
        else:
            kept.append(f)
    for f in zone_fixes:
        if dropped and f.rule in REMOVING_RULES and not f.after \
                and any(f.span[0] <= d[0] and d[1] <= f.span[1] for d in dropped):
            f = replace(f, before=text[f.span[0]:f.span[1]])
        kept.append(f)
    frame = sorted(removed + masthead_spans(masthead))
    return kept, outside_removed(findings, frame, lambda f: f.code)
