"""The parts of a document and the source cut into pieces that show them.

A review page links every part of the result (title, metadata, each
heading, paragraph, item, caption, the footer …) to the characters of the
decoded input it came from.  The links come only from the spans the
:class:`~bulletin_tools.model.Bulletin` already carries (the same model the
JSON output is made of); nothing is segmented again.  The breadcrumb has no
span in the model, so its line is the one :func:`bulletin_tools.view.view_rows`
labels ``breadcrumb``.

:func:`source_lines` cuts each input line into :class:`Piece` runs: each run
belongs to at most one part (where spans overlap, the narrower part wins:
a heading inside the metadata's broad span is the heading) and lies inside
the same set of fixes, so the page can tint it and strike it through
without nesting tags across boundaries.  The work is linear in the size of
the text plus the number of (part, line) and (fix, line) contacts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..model import Bulletin, Fix, Span
from ..segment.lines import split_lines
from ..render.segment_view import BLANK, BREADCRUMB, FURNITURE, OTHER, heading_span, view_rows

#: part kinds, in page order; also the CSS class suffix and the legend
KINDS = ("breadcrumb", "title", "metadata", "description", "heading", "paragraph", "item", "caption", "footer")
#: line kinds that are not parts
REMOVED = "removed"
NOT_IN_OUTPUT = "other"


@dataclass(frozen=True, slots=True)
class Part:
    """One part of the document: its page id, kind, human label and span in the input.

    ``span`` is ``None`` when the model has no span for it (a breadcrumb
    whose line was not found); such a part is shown in the result only.
    ``section``/``block`` index :attr:`Bulletin.sections` (``None`` outside the body).
    """

    id: str
    kind: str
    label: str
    span: Span | None
    section: int | None = None
    block: int | None = None


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of one source line: ``[start, end)`` in the input, its part and the fixes over it.

    ``fixes`` are the fixes whose removed text (``before``) covers this run;
    ``inserts`` are fixes whose inserted text (``after``) goes right after
    it.  A piece with ``start == end`` only carries inserts.
    """

    start: int
    end: int
    part: str | None
    fixes: tuple[int, ...] = ()
    inserts: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One input line: number, the label ``segment --view`` gives it, its kind, its pieces."""

    number: int
    start: int
    end: int
    label: str
    kind: str
    pieces: tuple[Piece, ...]


def is_completion(fix: Fix) -> bool:
    """A fix that only appends words (a truncated part completed): shown as an insertion.

    Striking through a whole title to insert the same title plus three words
    hides what changed; the added words are the news.
    """
    return fix.span[1] > fix.span[0] and len(fix.after) > len(fix.before) and fix.after.startswith(fix.before)


def added_text(fix: Fix) -> str:
    """What a fix inserts: the appended words of a completion, else ``after``."""
    return fix.after[len(fix.before):] if is_completion(fix) else fix.after


def fix_spans(doc: Bulletin, parts: tuple[Part, ...]) -> list[Span]:
    """Where each fix is shown: its own span, except a completed heading.

    ``truncated-heading`` records the whole section's span (the model keeps
    no heading span); its added words belong at the end of the heading, not
    of the section, so such a completion is anchored to the heading part.
    """
    headings = {p.span[0]: p.span for p in parts if p.kind == "heading" and p.span is not None}
    out: list[Span] = []
    for fix in doc.fixes:
        span = fix.span
        head = headings.get(span[0])
        if head is not None and head[1] < span[1] and is_completion(fix):
            span = head
        out.append(span)
    return out


def document_parts(text: str, doc: Bulletin, breadcrumb_line: Span | None = None) -> tuple[Part, ...]:
    """Every part of ``doc`` in document order, with the ids the page uses.

    One part per: breadcrumb (when there is one), title, metadata (when it
    has a span), description, section heading, block, footer (when it has
    a span); the same count a reader gets from the JSON.
    """
    parts: list[Part] = []
    if doc.breadcrumb:
        parts.append(Part("breadcrumb", "breadcrumb", "breadcrumb", breadcrumb_line))
    if doc.title is not None:
        parts.append(Part("title", "title", "title", doc.title.span))
    if doc.metadata.span is not None:
        parts.append(Part("metadata", "metadata", "metadata", doc.metadata.span))
    if doc.description is not None:
        parts.append(Part("description", "description", "description", doc.description.span))
    for k, sec in enumerate(doc.sections):
        n = k + 1
        if sec.heading is not None:
            parts.append(Part(f"s{n}-h", "heading", f"section {n} heading", heading_span(text, sec), k))
        for j, block in enumerate(sec.blocks):
            parts.append(Part(f"s{n}-b{j + 1}", block.kind, f"section {n} {block.kind}", block.span, k, j))
    if doc.footer.span is not None:
        parts.append(Part("footer", "footer", "footer", doc.footer.span))
    return tuple(parts)


def _lines_touched(starts: list[int], ends: list[int], span: Span) -> range:
    """Indices of the lines ``span`` overlaps (a zero-length span touches the line it is in)."""
    a, b = span
    first = bisect_right(ends, a) if b > a else bisect_left(ends, a)
    last = bisect_left(starts, b) if b > a else bisect_right(starts, a)
    return range(first, max(first, last))


def _line_kind(label: str, kinds_here: list[str]) -> str:
    if label == BLANK:
        return BLANK
    if label == FURNITURE or label.startswith("removed "):
        return REMOVED
    if label == BREADCRUMB:
        return "breadcrumb"
    if label == OTHER:
        return NOT_IN_OUTPUT
    return kinds_here[0] if kinds_here else NOT_IN_OUTPUT


def breadcrumb_span(text: str, bounds: list[tuple[int, int]], labels: list[str],
                    crumbs: tuple[str, ...]) -> Span | None:
    """Where the breadcrumb stands in the input: the line ``segment --view`` labels so, else a search.

    The view looks for it only above the content; a page may put it at the
    bottom, or on one line with the title and metadata.  Then the first
    line holding every crumb in order gives it: the whole line when no part
    claims that line, else just the run from the first crumb to the last.
    """
    if not crumbs:
        return None
    for i, label in enumerate(labels):
        if label == BREADCRUMB and i < len(bounds):
            return bounds[i]
    wanted = [c for c in crumbs if c.strip()]
    order = sorted(range(len(bounds)), key=lambda i: (labels[i] != OTHER if i < len(labels) else True, i))
    for i in order:
        a, b = bounds[i]
        line = text[a:b]
        pos, first = 0, None
        for crumb in wanted:
            at = line.find(crumb, pos)
            if at < 0:
                break
            first = at if first is None else first
            pos = at + len(crumb)
        else:
            if first is None:
                continue
            if i < len(labels) and labels[i] == OTHER:
                return (a, b)
            return (a + first, a + pos)
    return None


def analyse(text: str, doc: Bulletin) -> tuple[tuple[Part, ...], tuple[SourceLine, ...]]:
    """The document's parts and its source lines cut into pieces (see the module docstring)."""
    rows = view_rows(text, doc)
    bounds = split_lines(text)
    if not bounds:
        bounds = [(0, 0)]
    parts = document_parts(text, doc, breadcrumb_span(text, bounds, [r.label for r in rows], doc.breadcrumb))
    starts = [a for a, _ in bounds]
    ends = [b for _, b in bounds]
    size = len(text)

    parts_on: list[list[int]] = [[] for _ in bounds]
    for p, part in enumerate(parts):
        if part.span is None:
            continue
        for i in _lines_touched(starts, ends, part.span):
            parts_on[i].append(p)

    spans = fix_spans(doc, parts)
    cuts_on: list[list[int]] = [[] for _ in bounds]
    inserts_on: list[list[tuple[int, int]]] = [[] for _ in bounds]  # (position, fix)
    for f, (fix, shown) in enumerate(zip(doc.fixes, spans)):
        a, b = max(0, min(shown[0], size)), max(0, min(shown[1], size))
        if b > a and not is_completion(fix):
            for i in _lines_touched(starts, ends, (a, b)):
                cuts_on[i].append(f)
        if b >= a:  # every fix ends with its rule name (and its inserted text, if any)
            at = b
            i = max(0, bisect_right(starts, at) - 1)
            inserts_on[i].append((min(max(at, starts[i]), ends[i]), f))

    lines: list[SourceLine] = []
    for i, (a, b) in enumerate(bounds):
        here = parts_on[i]
        cuts = cuts_on[i]
        points = {a, b}
        for p in here:
            s, e = parts[p].span  # type: ignore[misc]
            points.update(x for x in (s, e) if a < x < b)
        for f in cuts:
            s, e = spans[f]
            points.update(x for x in (s, e) if a < x < b)
        inserts: dict[int, list[int]] = {}
        for at, f in inserts_on[i]:
            points.add(at)
            inserts.setdefault(at, []).append(f)
        ordered = sorted(points)
        pieces: list[Piece] = []
        if a in inserts:
            pieces.append(Piece(a, a, None, (), tuple(inserts.pop(a))))
        for s, e in zip(ordered, ordered[1:]):
            covering = [p for p in here if parts[p].span[0] <= s and e <= parts[p].span[1]]  # type: ignore[index]
            owner = min(covering, key=lambda p: (parts[p].span[1] - parts[p].span[0], p), default=None)  # type: ignore[index]
            over = tuple(f for f in cuts if spans[f][0] <= s and e <= spans[f][1])
            pieces.append(Piece(s, e, None if owner is None else parts[owner].id, over, tuple(inserts.pop(e, ()))))
        for at in sorted(inserts):  # an insert at an empty line's only point
            pieces.append(Piece(at, at, None, (), tuple(inserts[at])))
        kinds_here = [parts[p].kind for p in sorted(here, key=lambda p: parts[p].span[0])]  # type: ignore[index]
        label = rows[i].label if i < len(rows) else BLANK
        lines.append(SourceLine(i + 1, a, b, label, _line_kind(label, kinds_here), tuple(pieces)))
    return parts, tuple(lines)


class PartFinder:
    """Which part holds a span, and which line an offset is on, in logarithmic time.

    Body parts (headings and blocks) are disjoint and in order, so a bisect
    finds the candidate; the few header and footer parts are checked
    directly.  A per-fix linear scan would make a page of 100,000 fixes quadratic.
    """

    def __init__(self, parts: tuple[Part, ...], lines: tuple[SourceLine, ...]) -> None:
        self._body = sorted((p for p in parts if p.section is not None and p.span is not None),
                            key=lambda p: p.span)  # type: ignore[arg-type,return-value]
        self._body_starts = [p.span[0] for p in self._body]  # type: ignore[index]
        self._other = [p for p in parts if p.section is None and p.span is not None]
        self._line_starts = [ln.start for ln in lines]

    def owner(self, span: Span) -> Part | None:
        """The narrowest part whose span holds ``span`` (zero-length: the part it falls in)."""
        a, b = span
        candidates = list(self._other)
        k = bisect_right(self._body_starts, a) - 1
        for j in (k - 1, k):  # a heading may share its start with its section's first block
            if 0 <= j < len(self._body):
                candidates.append(self._body[j])
        best: Part | None = None
        for part in candidates:
            s, e = part.span  # type: ignore[misc]
            inside = s <= a and b <= e if b > a else s <= a <= e
            if inside and (best is None or (e - s) < (best.span[1] - best.span[0])):  # type: ignore[index]
                best = part
        return best

    def line(self, offset: int) -> int:
        """The 1-based number of the source line holding ``offset``."""
        return max(0, bisect_right(self._line_starts, offset) - 1) + 1
