"""``bulletin segment --view``: every input line, labelled with the part it became.

Translators check a segmentation by reading the page as it came, line by
line, with what the tool made of each line beside it: breadcrumb, title,
metadata, description, ``section N heading/paragraph/item/caption``,
footer, removed furniture, blank, and the fixes and findings that start on
that line.  This module builds those rows as plain values from the decoded
text and the :class:`~bulletin_tools.model.Bulletin` (pure, testable); the
CLI decides how to show them: :func:`render_plain` gives the plain form
(piped, a file, ``NO_COLOR``), :func:`print_rich` a coloured table on a
terminal (rich is imported only then).

Labels come from the spans every part carries into the decoded input.  The
model keeps no span for the breadcrumb, so its line is found as the
unlabelled line of the header that holds the most crumbs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable, NamedTuple

from ..model import Bulletin, Section, Span
from ..segment.lines import split_lines

BLANK = "blank"
FURNITURE = "removed furniture"
BREADCRUMB = "breadcrumb"
OTHER = "not in output"
MASTHEAD = "masthead"
TITLE_CHINESE = "title (Chinese original)"

#: longest before/after text quoted in a fix note
NOTE_TEXT = 60


class Row(NamedTuple):
    """One input line: its 1-based number, the part(s) it became, its text, and notes."""

    number: int
    label: str
    text: str
    notes: tuple[str, ...]


def _short(s: str, limit: int = NOTE_TEXT) -> str:
    """A fix's before/after text for a note: invisible whitespace spelled out, long text elided."""
    if not s.strip():
        # '\u00a0' → ' ' says more than ' ' → ' '.
        return "".join(c if c == " " else f"\\u{ord(c):04x}" for c in s[:limit])
    s = " ".join(s.split())
    if len(s) <= limit:
        return s
    half = (limit - 1) // 2
    return s[:half] + "…" + s[-(limit - 1 - half):]


def _counted(notes: list[str]) -> tuple[str, ...]:
    """Identical notes once, with a count: ten NBSP fixes on one line are one note."""
    counts: dict[str, int] = {}
    for n in notes:
        counts[n] = counts.get(n, 0) + 1
    return tuple(n if c == 1 else f"{n} (×{c})" for n, c in counts.items())


def _join_labels(labels: list[str]) -> str:
    """'section 2 heading + item' rather than repeating 'section 2'."""
    out: list[str] = []
    prev_section = None
    for lab in labels:
        parts = lab.split(" ", 2)
        if len(parts) == 3 and parts[0] == "section":
            section = " ".join(parts[:2])
            out.append(parts[2] if section == prev_section else lab)
            prev_section = section
        else:
            out.append(lab)
            prev_section = None
    return " + ".join(out)


def _overlapping(starts: list[int], ends: list[int], span: Span) -> range:
    """Indices of the lines that ``span`` touches (a zero-length span touches its line)."""
    a, b = span
    first = bisect_right(ends, a) if b > a else bisect_left(ends, a)
    last = bisect_left(starts, b) if b > a else bisect_right(starts, a)
    return range(first, max(first, last))


def heading_span(text: str, sec: Section) -> Span:
    """Where a section's heading stands in ``text``: from the section start to its first block.

    The model keeps one span per section; the heading is the part before
    the first block (the indentation before that block is not heading),
    or, in a first section opened by the captions printed above its
    heading (body._captions_into_first_section), the part after them.
    """
    start = sec.span[0]
    blocks = sorted(sec.blocks, key=lambda b: b.span[0])
    if blocks and blocks[0].span[0] <= start:
        # (captions the page printed above the first heading open its section: the heading follows them)
        k = 0
        while k < len(blocks) and blocks[k].kind == "caption" and not text[start:blocks[k].span[0]].strip():
            start = blocks[k].span[1]
            k += 1
        blocks = blocks[k:]
        while start < sec.span[1] and text[start].isspace():
            start += 1
    head_end = min((b.span[0] for b in blocks), default=sec.span[1])
    while head_end > start + 1 and text[head_end - 1].isspace():
        head_end -= 1
    return (start, max(start + 1, head_end))


def view_rows(text: str, doc: Bulletin) -> list[Row]:
    """One :class:`Row` per line of ``text`` (the decoded input ``doc`` was built from).

    A line that became several parts (a lead sentence turned heading and
    the items after it) gets them all, joined with ``+``.  A line whose
    whole text a ``furniture`` fix removed is ``removed furniture``; one
    that another fix removed whole (a repeated paragraph) is ``removed
    RULE``.  A line read as the site's or column's name is ``masthead`` (its
    words are in ``metadata.extra.masthead``).  A non-blank line no part covers
    is ``not in output``: look there first when something seems lost.
    """
    lines = _Lines(split_lines(text))
    precise, broad = _part_labels(text, doc, lines)
    removed = _removals(text, doc, lines)
    notes = _notes(doc, lines, removed)
    labels = [_label(text[a:b], removed[i], precise[i], broad[i]) for i, (a, b) in enumerate(lines.bounds)]
    if doc.breadcrumb:
        i = _breadcrumb_line(text, lines.bounds, labels, doc.breadcrumb)
        if i is not None:
            labels[i] = BREADCRUMB
            first = doc.breadcrumb[0].strip().lower()
            k = i - 1
            while k >= 0 and labels[k] == BLANK:
                k -= 1
            if k >= 0 and labels[k] == OTHER and text[slice(*lines.bounds[k])].strip().lower() == first:
                labels[k] = BREADCRUMB  # `Home` / `> News > …`: a trail broken after its first crumb
            _label_rest_of_trail(text, lines.bounds, labels, i, doc.breadcrumb)
    _label_kept_in_extra(text, lines, labels, doc.metadata.extra)
    return [
        Row(i + 1, labels[i], text[a:b], _counted(notes[i]))
        for i, (a, b) in enumerate(lines.bounds)
    ]


class _Lines:
    """The input's line bounds, and which lines a span touches."""

    def __init__(self, bounds: list[tuple[int, int]]) -> None:
        self.bounds = bounds
        self.starts = [a for a, _ in bounds]
        self.ends = [b for _, b in bounds]

    def per_line(self) -> list[list]:
        return [[] for _ in self.bounds]

    def touched(self, span: Span) -> range:
        return _overlapping(self.starts, self.ends, span)

    def mark(self, where: list[list[str]], span: Span | None, label: str) -> None:
        """Add ``label`` (once) to every line ``span`` touches."""
        if span is None:
            return
        for i in self.touched(span):
            if label not in where[i]:
                where[i].append(label)


def _part_labels(text: str, doc: Bulletin, lines: _Lines) -> tuple[list[list[str]], list[list[str]]]:
    """Per line: the parts whose own span covers it (title, sections …), and the
    zones whose span only brackets it (metadata, footer), which a precise part overrides."""
    precise: list[list[str]] = lines.per_line()
    broad: list[list[str]] = lines.per_line()
    if doc.title is not None:
        lines.mark(precise, doc.title.span, "title")
    if doc.description is not None:
        lines.mark(precise, doc.description.span, "description")
    for k, sec in enumerate(doc.sections, start=1):
        if sec.heading is not None:
            lines.mark(precise, heading_span(text, sec), f"section {k} heading")
        for block in sec.blocks:
            lines.mark(precise, block.span, f"section {k} {block.kind}")
    lines.mark(broad, doc.metadata.span, "metadata")
    lines.mark(broad, doc.footer.span, "footer")
    return precise, broad


def _removals(text: str, doc: Bulletin, lines: _Lines) -> list[str | None]:
    """Per line: the rule that removed all its text (:func:`_removed_by`), else None."""
    cuts: list[list[tuple[int, int, str]]] = lines.per_line()
    for fix in doc.fixes:
        if not fix.after:
            for j in lines.touched(fix.span):
                cuts[j].append((fix.span[0], fix.span[1], fix.rule))
    return [_removed_by(text, bound, cut) for bound, cut in zip(lines.bounds, cuts)]


def _notes(doc: Bulletin, lines: _Lines, removed: list[str | None]) -> list[list[str]]:
    """Per line: the fixes and findings that start on it (a furniture fix on a
    line labelled removed furniture goes without saying)."""
    notes: list[list[str]] = lines.per_line()
    for fix in doc.fixes:
        i = _line_of(lines.starts, fix.span[0])
        if i is None:
            continue
        if fix.rule == "furniture" and removed[i] == "furniture":
            continue  # the label says it all
        after = f"'{_short(fix.after)}'" if fix.after else "removed"
        why = f" ({fix.why})" if fix.why else ""  # a line removed as chrome says why
        notes[i].append(f"fix {fix.rule}: '{_short(fix.before)}' → {after}{why}")
    for f in doc.findings:
        i = _line_of(lines.starts, f.span[0])
        if i is not None:
            notes[i].append(f"{f.severity} {f.code}: {f.message}")
    return notes


def _label(line: str, removed: str | None, precise: list[str], broad: list[str]) -> str:
    """One line's label, the first that applies: blank, removed furniture, the
    parts it became, removed by another rule, the zone around it, not in output."""
    if not line.strip():
        return BLANK
    if removed == "furniture":
        return FURNITURE
    if precise:
        return _join_labels(precise)
    if removed:
        return f"removed {removed}"
    if broad:
        return " + ".join(broad)
    return OTHER


def _line_of(starts: list[int], offset: int) -> int | None:
    if not starts:
        return None
    return max(0, bisect_right(starts, offset) - 1)


def _removed_by(text: str, bound: tuple[int, int], cuts: list[tuple[int, int, str]]) -> str | None:
    """The rule that removed this line, when removals (fixes with an empty ``after``) cover all its text.

    Several fixes may share a line (``<p>`` and ``</p>`` stripped, the
    repeated paragraph between them dropped); the rule that removed the most
    characters names the line.  Whitespace left between the cuts does not
    count as text.
    """
    if not cuts:
        return None
    a, b = bound
    pos = a
    for start, end, _ in sorted(cuts):
        if start > pos and text[pos:min(start, b)].strip():
            return None
        pos = max(pos, end)
        if pos >= b:
            break
    if pos < b and text[pos:b].strip():
        return None
    sizes: dict[str, int] = {}
    for start, end, rule in cuts:
        sizes[rule] = sizes.get(rule, 0) + min(end, b) - max(start, a)
    return max(sizes, key=lambda r: sizes[r])


def _label_kept_in_extra(text: str, lines: "_Lines", labels: list[str], extra) -> None:
    """A line no part covers whose words the header kept in ``metadata.extra``:
    the site's or column's name (``masthead``) or the headline's Chinese
    original (``title_chinese``), labelled so instead of ``not in output``."""
    masthead, original = extra.get("masthead"), extra.get("title_chinese")
    names = {m.strip().lower() for m in masthead.split(" / ")} if isinstance(masthead, str) and masthead else set()
    if not isinstance(original, str):
        original = None
    if not names and not original:
        return
    for i, (a, b) in enumerate(lines.bounds):
        if labels[i] != OTHER:
            continue
        line = text[a:b].strip()
        if line.lower() in names:
            labels[i] = MASTHEAD
        elif original and line.strip("【】[]〖〗") == original:
            labels[i] = TITLE_CHINESE


#: What a trail prints between its crumbs.
_TRAIL_SEPARATORS = "<>＞»›→/\\|"


def _label_rest_of_trail(text: str, bounds: list[tuple[int, int]], labels: list[str], i: int,
                         crumbs: Iterable[str]) -> None:
    """`Home` / `>` / `News` / `>` / `Press`, `Home >` / `News >` / `Press`: the
    lines under the breadcrumb's line that hold nothing but a separator or one
    of its crumbs are the rest of the trail the page broke over lines."""
    lowered = {c.strip().lower() for c in crumbs if c.strip()}
    for k in range(i + 1, len(labels)):
        if labels[k] == BLANK:
            continue
        piece = text[slice(*bounds[k])].strip().strip(_TRAIL_SEPARATORS).strip().lower()
        if labels[k] != OTHER or piece and piece not in lowered:
            return
        labels[k] = BREADCRUMB


def _breadcrumb_line(text: str, bounds: list[tuple[int, int]], labels: list[str],
                     crumbs: Iterable[str]) -> int | None:
    """The header line the breadcrumb came from: unlabelled, before the first labelled content line."""
    content = next((i for i, lab in enumerate(labels)
                    if lab not in (BLANK, FURNITURE, OTHER) and not lab.startswith("removed ")), len(labels))
    candidates = [i for i in range(content) if labels[i] == OTHER]
    if not candidates:
        return None
    lowered = [c.lower() for c in crumbs if c.strip()]

    def hits(i: int) -> int:
        a, b = bounds[i]
        line = text[a:b].lower()
        return sum(1 for c in lowered if c in line)

    best = max(candidates, key=lambda i: (hits(i), -i))
    return best


# ---------------------------------------------------------------------------
# plain text


def printable(s: str) -> str:
    """The line as it may go to a terminal: controls (ESC, NUL …) shown as ``\\xNN``, tabs kept."""
    if s.isprintable():
        return s
    return "".join(
        ch if ch.isprintable() or ch in "\t\u3000\u00a0" else f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}"
        for ch in s
    )


def render_plain(rows: Iterable[Row], title: str | None = None) -> str:
    """The rows as plain text (no escape codes): fit for ``grep``, ``less`` or a file.

    ``NUMBER  LABEL  TEXT`` per line, each note on its own line below,
    indented under the text column.
    """
    rows = list(rows)
    num_w = len(str(rows[-1].number)) if rows else 1
    lab_w = max((len(r.label) for r in rows), default=0)
    out: list[str] = []
    if title is not None:
        out.append(f"==> {printable(title)} <==")
    indent = " " * (num_w + 2 + lab_w + 2)
    for r in rows:
        text = printable(r.text.rstrip())
        out.append(f"{r.number:>{num_w}}  {r.label:<{lab_w}}  {text}".rstrip())
        for note in r.notes:
            out.append(f"{indent}↳ {printable(note)}")
    return "".join(line + "\n" for line in out)


# ---------------------------------------------------------------------------
# coloured, on a terminal

#: the style of a label by its first word (``section 2 item`` → green by "item")
_LABEL_STYLES = {"breadcrumb": "cyan", "title": "bold magenta", "metadata": "cyan",
                 "description": "blue", "footer": "dim cyan"}
#: the style of a note by its first word (a fix: anything else)
_NOTE_STYLES = {"error": "bold red", "warning": "yellow", "info": "dim"}


def label_style(label: str) -> str:
    if label == BLANK:
        return "dim"
    if label == FURNITURE:
        return "red"
    if label == OTHER:
        return "bold red reverse"
    if "heading" in label:
        return "bold green"
    return _LABEL_STYLES.get(label.split(" ")[0], "green" if "item" in label else "")


def note_style(note: str) -> str:
    return _NOTE_STYLES.get(note.split(" ")[0], "dim green")


def print_rich(name: str, rows: Iterable[Row]) -> None:
    """The rows as a coloured table on stdout (a terminal, or ``--color always``)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False, force_terminal=True)
    console.rule(Text(name, style="bold"))
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
    table.add_column(justify="right", style="dim", no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold", ratio=1)
    for row in rows:
        style = label_style(row.label)
        cell = Text(printable(row.text.rstrip()), style="strike dim" if row.label == FURNITURE else "")
        for note in row.notes:
            cell.append("\n↳ " + printable(note), style=note_style(note))
        table.add_row(str(row.number), Text(row.label, style=style), cell)
    console.print(table)
