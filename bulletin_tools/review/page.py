"""One document page: findings, then the source beside the result.

The source pane is the decoded input, line by line, each run tinted by the
part it became and labelled in words (colour is never the only signal);
the result pane is the cleaned document as rendered Markdown (front matter
as a table, ``# title``, ``## heading`` per section, lists, captions as
quotes, the footer after a rule).  Every part carries ``data-part`` on both
sides, every fix ``data-fix`` on both sides, so the page script can link
them; without the script the links (line anchors, findings) still work.

Pure functions from (decoded text, Bulletin) to strings; the batch in
:mod:`.site` adds the navigation and writes the file.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

from ..model import Bulletin, Finding, Fix, Section
from . import assets
from .escape import attr, fix_text, text as esc
from .parts import KINDS, Part, PartFinder, Piece, SourceLine, added_text, analyse, fix_spans, is_completion

#: an ``after`` this short (one character) is found everywhere in a paragraph:
#: place such a fix as a chip on its part instead of guessing where it landed …
MIN_LOCATABLE = 2
#: … unless it occurs at most this often (a curly quote, a dash): then the nearest is right
MAX_SHORT_HITS = 3
#: words of a title's kept tail searched with the added words, to find where a completion came from
EVIDENCE_CONTEXT_WORDS = 3

STATUS_CLEAN = "clean"
STATUS_REVIEW = "needs review"
STATUS_FAILED = "failed"
#: finding severities that make a document "needs review"
REVIEW_SEVERITIES = ("error", "warning")


def status_of(findings: Iterable[Finding]) -> str:
    """``needs review`` when any error or warning finding, else ``clean``."""
    return STATUS_REVIEW if any(f.severity in REVIEW_SEVERITIES for f in findings) else STATUS_CLEAN


@dataclass(frozen=True)
class Nav:
    """Where the page's links go (relative URLs, already safe strings) and the neighbours' names."""

    index: str
    prev: str | None = None
    prev_name: str | None = None
    next: str | None = None
    next_name: str | None = None
    json: str | None = None


@dataclass(frozen=True)
class PageBody:
    """A rendered page without its navigation (the neighbours are known only later)."""

    title: str
    header: str
    main: str


# ---------------------------------------------------------------------------
# fixes: how each is shown


def _rule(fix: Fix) -> str:
    return f'<span class="rule">{esc(fix.rule)}</span>'


def _fix_title(fix: Fix) -> str:
    return attr(f"{fix.rule}: {fix.before!r} → {fix.after!r}")


def _insert_html(f: int, fix: Fix, evidence: dict[int, "Evidence"]) -> str:
    shown = added_text(fix)
    out = f'<ins class="fx" data-fix="{f}" title="{_fix_title(fix)}">{fix_text(shown)}</ins>{_rule(fix)}'
    ev = evidence.get(f)
    if ev is not None:
        out += f' <a class="evlink" href="#ev-{f}" data-part="{ev.part.id}">added from {esc(ev.part.label)}</a>'
    return out


@dataclass(frozen=True)
class Evidence:
    """Where the words a completion added occur in the body: a block and offsets in its text."""

    part: Part
    start: int
    end: int


def _evidence(doc: Bulletin, parts: tuple[Part, ...]) -> dict[int, Evidence]:
    """For each completion fix, the body block (and place in it) its added words came from.

    The repair copies words that follow the part's tail in the body
    (truncation.py), so the tail plus the added words is searched first,
    then the added words alone.  Nothing found: no evidence is claimed.
    """
    blocks = [(p, doc.sections[p.section].blocks[p.block].text) for p in parts
              if p.section is not None and p.block is not None]
    out: dict[int, Evidence] = {}
    for f, fix in enumerate(doc.fixes):
        if not is_completion(fix):
            continue
        added = added_text(fix).strip()
        if not added:
            continue
        tail = " ".join(fix.before.split()[-EVIDENCE_CONTEXT_WORDS:])
        for needle, skip in ((fix.before[-len(tail):] + fix.after[len(fix.before):].rstrip(), len(tail)), (added, 0)):
            hit = next(((p, t.find(needle)) for p, t in blocks if needle and t.find(needle) >= 0), None)
            if hit is not None:
                p, at = hit
                start = at + skip
                while start < at + len(needle) and needle[start - at].isspace():
                    start += 1  # the mark starts at the first added word
                out[f] = Evidence(p, start, at + len(needle))
                break
    return out


# ---------------------------------------------------------------------------
# source pane


def _piece_html(piece: Piece, text: str, doc: Bulletin, evidence: dict[int, Evidence]) -> str:
    body = esc(text[piece.start:piece.end])
    if piece.fixes and piece.end > piece.start:
        rules = " ".join(dict.fromkeys(doc.fixes[f].rule for f in piece.fixes))
        ids = " ".join(str(f) for f in piece.fixes)
        body = f'<del class="fx" data-fix="{ids}" title="{attr(rules)}">{body}</del>'
    for f in piece.inserts:
        fix = doc.fixes[f]
        if added_text(fix):
            body += _insert_html(f, fix, evidence)
        elif fix.span[0] == fix.span[1]:  # an empty fix at a point: still shown, by its rule
            body += f'<ins class="fx" data-fix="{f}" title="{_fix_title(fix)}"></ins>{_rule(fix)}'
        else:
            body += _rule(fix)  # a removal: the struck text is before this
    return body


def _line_html(line: SourceLine, text: str, doc: Bulletin, kinds: dict[str, str],
               findings_here: list[tuple[int, Finding]], evidence: dict[int, Evidence]) -> str:
    out: list[str] = []
    current: str | None = None
    for piece in line.pieces:
        if piece.part != current:
            if current is not None:
                out.append("</span>")
            if piece.part is not None:
                out.append(f'<span class="pt k-{kinds[piece.part]}" data-part="{piece.part}" tabindex="0">')
            current = piece.part
        out.append(_piece_html(piece, text, doc, evidence))
    if current is not None:
        out.append("</span>")
    marks = "".join(
        f'<a class="fm sev-{attr(f.severity)}" href="#f{i}" title="{attr(f.severity + " " + f.code)}">'
        f'{esc(f.severity[:1].upper())}<span class="vh"> {esc(f.severity)} {esc(f.code)}</span></a>'
        for i, f in findings_here)
    return (f'<div class="ln k-{line.kind}" id="L{line.number}">'
            f'<a class="no" href="#L{line.number}">{line.number}</a>'
            f'<span class="lab">{esc(line.label)}{marks}</span>'
            f'<span class="tx">{"".join(out)}</span></div>')


def source_pane(text: str, doc: Bulletin, parts: tuple[Part, ...], lines: tuple[SourceLine, ...],
                finder: PartFinder, evidence: dict[int, Evidence]) -> str:
    kinds = {p.id: p.kind for p in parts}
    by_line: dict[int, list[tuple[int, Finding]]] = {}
    for i, f in enumerate(doc.findings, start=1):
        by_line.setdefault(finder.line(f.span[0]), []).append((i, f))
    return "".join(_line_html(ln, text, doc, kinds, by_line.get(ln.number, []), evidence) for ln in lines)


# ---------------------------------------------------------------------------
# result pane


def _decorated(s: str, marks: list[tuple[int, int, str, str]]) -> str:
    """``s`` escaped, with ``marks`` (start, end, opening, closing) wrapped around their runs.

    ``marks`` must not overlap; the caller drops any that would.
    """
    out: list[str] = []
    pos = 0
    for start, end, opening, closing in sorted(marks):
        out.append(esc(s[pos:start]))
        out.append(opening + esc(s[start:end]) + closing)
        pos = end
    out.append(esc(s[pos:]))
    return "".join(out)


class _Placer:
    """Decides, per part, which fixes show inline in its text and which as chips after it."""

    def __init__(self, text: str, doc: Bulletin, parts: tuple[Part, ...], finder: PartFinder,
                 evidence: dict[int, Evidence]) -> None:
        self.doc = doc
        self.evidence = evidence
        self.by_part: dict[str, list[int]] = {}
        self.leading: dict[str, list[int]] = {}
        self.orphans: list[int] = []
        located = sorted((p.span[0], p.id) for p in parts if p.span is not None)
        starts = [a for a, _ in located]
        for f, span in enumerate(fix_spans(doc, parts)):
            owner = finder.owner(span)
            if owner is not None:
                self.by_part.setdefault(owner.id, []).append(f)
                continue
            # Indentation removed before a part, on its line: shown at the start of that part.
            k = bisect_left(starts, span[1])
            if k < len(starts) and not text[span[1]:starts[k]].strip(" \t\u00a0\u3000"):
                self.leading.setdefault(located[k][1], []).append(f)
            else:
                self.orphans.append(f)
        self.evidence_in: dict[str, list[int]] = {}
        for f, ev in evidence.items():
            self.evidence_in.setdefault(ev.part.id, []).append(f)
        self.spans = {p.id: p.span for p in parts}

    def render(self, part_id: str, shown: str | None) -> tuple[str, str]:
        """(the part's text as HTML with inline fixes, chips for the fixes that found no place)."""
        marks: list[tuple[int, int, str, str]] = []
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e in taken)

        chips: list[int] = []
        span = self.spans.get(part_id)
        s = shown or ""
        for f in self.by_part.get(part_id, []):
            fix = self.doc.fixes[f]
            if is_completion(fix):
                tail = added_text(fix)
                if s.endswith(tail) and free(len(s) - len(tail), len(s)):
                    a = len(s) - len(tail)
                    ev = self.evidence.get(f)
                    link = (f' <a class="evlink" href="#ev-{f}" data-part="{ev.part.id}">added from '
                            f'{esc(ev.part.label)}</a>') if ev else ""
                    marks.append((a, len(s), f'<ins class="fx" data-fix="{f}" title="{_fix_title(fix)}">',
                                  f"</ins>{_rule(fix)}{link}"))
                    taken.append((a, len(s)))
                    continue
            elif fix.after.strip() and s and span is not None and (
                    len(fix.after.strip()) >= MIN_LOCATABLE or s.count(fix.after) <= MAX_SHORT_HITS):
                at = self._nearest(s, fix.after, fix.span[0] - span[0], span[1] - span[0], free)
                if at is not None:
                    b = at + len(fix.after)
                    marks.append((at, b, f'<del class="fx" data-fix="{f}" title="{_fix_title(fix)}">{fix_text(fix.before)}</del>'
                                  f'<ins class="fx" data-fix="{f}" title="{_fix_title(fix)}">', f"</ins>{_rule(fix)}"))
                    taken.append((at, b))
                    continue
            chips.append(f)
        for f in self.evidence_in.get(part_id, []):
            ev = self.evidence[f]
            if free(ev.start, ev.end) and ev.end <= len(s):
                marks.append((ev.start, ev.end, f'<mark class="ev" id="ev-{f}" title="{attr("words copied by " + self.doc.fixes[f].rule)}">', "</mark>"))
                taken.append((ev.start, ev.end))
        lead = self.leading.get(part_id)
        return (self.chips(lead) if lead else "") + _decorated(s, marks), self.chips(chips)

    @staticmethod
    def _nearest(s: str, needle: str, offset: int, length: int, free) -> int | None:
        """The free occurrence of ``needle`` in ``s`` nearest the fix's relative place in the source."""
        want = offset * len(s) / max(1, length)
        best = None
        at = s.find(needle)
        while at >= 0:
            if free(at, at + len(needle)) and (best is None or abs(at - want) < abs(best - want)):
                best = at
            at = s.find(needle, at + 1)
        return best

    def chips(self, fixes: list[int]) -> str:
        """Fixes shown beside a part: identical ones once, with a count."""
        groups: dict[tuple[str, str, str], list[int]] = {}
        for f in fixes:
            fix = self.doc.fixes[f]
            groups.setdefault((fix.rule, fix.before, fix.after), []).append(f)
        out = []
        for (rule, before, after), ids in groups.items():
            fix = self.doc.fixes[ids[0]]
            ins = f' → <ins>{fix_text(after)}</ins>' if after else " removed"
            count = f" ×{len(ids)}" if len(ids) > 1 else ""
            out.append(f'<span class="chip fx" data-fix="{" ".join(map(str, ids))}" title="{_fix_title(fix)}">'
                       f'{_rule(fix)} <del>{fix_text(before)}</del>{ins}{count}</span>')
        return f'<span class="chips">{"".join(out)}</span>' if out else ""

    def removed_here(self, fixes: list[int]) -> str:
        """Fixes outside every part (removed furniture, indentation), shown where they stood."""
        return f'<div class="orphans"><span class="vh">Removed or changed here: </span>{self.chips(fixes)}</div>'


def _value(v: Any) -> str:
    if isinstance(v, (list, tuple)):
        return ", ".join(_value(x) for x in v)
    if isinstance(v, dict):
        return "; ".join(f"{k}: {_value(x)}" for k, x in v.items())
    return "" if v is None else str(v)


def _row(label: str, value: str, part: Part | None, extra: str = "") -> str:
    data = f' class="pt k-{part.kind}" data-part="{part.id}" tabindex="0"' if part is not None else ""
    return f"<tr{data}><th scope=\"row\">{esc(label)}</th><td>{value}{extra}</td></tr>"


class _Orphans:
    """The fixes outside every part, in source order, shown as the page passes the place they stood."""

    def __init__(self, doc: Bulletin, placer: _Placer) -> None:
        self._doc = doc
        self._placer = placer
        self._queue = sorted(placer.orphans, key=lambda f: doc.fixes[f].span)
        self._next = 0

    def pending_before(self, pos: int) -> bool:
        """Whether a fix not shown yet stood before source offset ``pos``."""
        return self._next < len(self._queue) and self._doc.fixes[self._queue[self._next]].span[0] < pos

    def take_before(self, pos: int | None) -> str:
        """The fixes not shown yet that stood before ``pos`` (all of them for None), as HTML ('' if none)."""
        run = []
        while self._next < len(self._queue) and (pos is None or self.pending_before(pos)):
            run.append(self._queue[self._next])
            self._next += 1
        return self._placer.removed_here(run) if run else ""


def _metadata_rows(doc: Bulletin, meta: Part | None, placer: _Placer) -> list[str]:
    """One row per metadata field with a value, each fix beside the field it changed.

    A fix goes beside the first field whose value holds its result, else
    beside the last; labels without any value get one row saying so.
    """
    m = doc.metadata
    fields = [(k, getattr(m, k)) for k in ("date", "time", "source", "author", "editor", "views")]
    fields += [(str(k), v) for k, v in m.extra.items()]
    present = [(k, v) for k, v in fields if v not in (None, "", [], {})]
    meta_fixes = placer.leading.get("metadata", []) + placer.by_part.get("metadata", []) if meta is not None else []
    if not present:
        if meta is None:
            return []
        return [_row("metadata", '<span class="none">(labels without values)</span>', meta, placer.chips(meta_fixes))]
    values = [_value(v) for _, v in present]
    beside: list[list[int]] = [[] for _ in present]
    for f in meta_fixes:
        after = doc.fixes[f].after.strip()
        at = next((n for n, v in enumerate(values) if after and after in v), len(present) - 1)
        beside[at].append(f)
    return [_row(k, esc(values[n]), meta, placer.chips(beside[n])) for n, (k, _) in enumerate(present)]


def _front_matter(doc: Bulletin, by_id: dict[str, Part], placer: _Placer) -> str:
    """The table of breadcrumb, metadata and description ('' when the document has none)."""
    rows: list[str] = []
    crumb = by_id.get("breadcrumb")
    if crumb is not None:
        html, chips = placer.render("breadcrumb", None)
        rows.append(_row("breadcrumb", " › ".join(esc(c) for c in doc.breadcrumb), crumb, html + chips))
    rows += _metadata_rows(doc, by_id.get("metadata"), placer)
    desc = by_id.get("description")
    if desc is not None and doc.description is not None:
        html, chips = placer.render("description", doc.description.text)
        rows.append(_row("description", html, desc, chips))
    if not rows:
        return ""
    return f'<table class="front"><caption>Front matter</caption><tbody>{"".join(rows)}</tbody></table>'


#: the element of each block kind in the result pane (any other kind: a paragraph)
_BLOCK_TAGS = {"item": "li", "caption": "blockquote"}


def _section_html(n: int, sec: Section, placer: _Placer, orphans: _Orphans) -> list[str]:
    """Section ``n``: its heading and blocks, consecutive items in one list.

    A removal shown between two items closes the list, so the orphans stay
    where they stood in the source.
    """
    out: list[str] = []
    in_list = False
    if sec.heading is not None:
        out.append(orphans.take_before(sec.span[0]))
        html, chips = placer.render(f"s{n}-h", sec.heading)
        out.append(f'<h2 class="pt k-heading" data-part="s{n}-h" tabindex="0">{html}{chips}</h2>')
    for j, block in enumerate(sec.blocks):
        pid = f"s{n}-b{j + 1}"
        if in_list and (block.kind != "item" or orphans.pending_before(block.span[0])):
            out.append("</ul>")  # a removal shown between items closes the list
            in_list = False
        out.append(orphans.take_before(block.span[0]))
        html, chips = placer.render(pid, block.text)
        if block.kind == "item" and not in_list:
            out.append("<ul>")
            in_list = True
        tag = _BLOCK_TAGS.get(block.kind, "p")
        out.append(f'<{tag} class="pt k-{attr(block.kind)}" data-part="{pid}" tabindex="0">{html}{chips}</{tag}>')
    if in_list:
        out.append("</ul>")
    return out


def _footer_items(doc: Bulletin) -> dict[str, Any]:
    """The footer's fields as label → value: the JSON fields, the ICP record spread out, then the extras."""
    from ..render.json import footer_dict

    fd = footer_dict(doc.footer)
    fd.pop("lines")
    fd.pop("span")
    extra = fd.pop("extra")
    icp = fd.pop("icp")
    items = {k: v for k, v in fd.items() if v is not None}
    if icp:
        items["icp"] = icp.get("text")
        items.update({"icp record": icp.get("record"), "icp region": icp.get("region")})
    items.update(extra)
    return items


def _footer_html(doc: Bulletin, placer: _Placer) -> str:
    """The footer: its lines as kept, a table of its fields, and its fixes."""
    cells = "".join(f'<tr><th scope="row">{esc(k)}</th><td>{esc(_value(v))}</td></tr>'
                    for k, v in _footer_items(doc).items() if v not in (None, ""))
    table = f'<table class="foot"><caption>Footer fields</caption><tbody>{cells}</tbody></table>' if cells else ""
    chips = "".join(placer.render("footer", None))
    body = "".join(f"<p>{esc(line)}</p>" for line in doc.footer.lines)
    return f'<footer class="pt k-footer" data-part="footer" tabindex="0"><hr>{body}{table}{chips}</footer>'


def result_pane(doc: Bulletin, parts: tuple[Part, ...], placer: _Placer) -> str:
    """The cleaned document as HTML: front matter, title, sections, footer, each fix where it belongs.

    Fixes outside every part are shown between the parts they stood between
    in the source (:class:`_Orphans`), the rest at the end.
    """
    by_id = {p.id: p for p in parts}
    orphans = _Orphans(doc, placer)
    out: list[str] = ['<article class="md">', _front_matter(doc, by_id, placer)]
    title = by_id.get("title")
    if title is not None and doc.title is not None:
        html, chips = placer.render("title", doc.title.text)
        out.append(f'<h1 class="pt k-title" data-part="title" tabindex="0">{html}{chips}</h1>')
    for n, sec in enumerate(doc.sections, start=1):
        out += _section_html(n, sec, placer, orphans)
    footer = by_id.get("footer")
    if footer is not None:
        out.append(orphans.take_before(footer.span[0]))  # type: ignore[index]
        out.append(_footer_html(doc, placer))
    out.append(orphans.take_before(None))
    out.append("</article>")
    return "".join(out)


# ---------------------------------------------------------------------------
# findings, legend, header


def findings_list(doc: Bulletin, finder: PartFinder) -> str:
    if not doc.findings:
        return '<p class="none">No findings.</p>'
    items = []
    for i, f in enumerate(doc.findings, start=1):
        line = finder.line(f.span[0])
        owner = finder.owner(f.span) or finder.owner((f.span[0], f.span[0]))  # a section's span: its heading
        part = f' data-part="{owner.id}"' if owner is not None else ""
        items.append(
            f'<li id="f{i}" class="finding sev-{attr(f.severity)}" data-code="{attr(f.code)}">'
            f'<a class="find" href="#L{line}" data-line="L{line}"{part}>'
            f'<span class="sev">{esc(f.severity)}</span> <code>{esc(f.code)}</code> '
            f'<span class="where">line {line}</span> {esc(f.message)}</a></li>')
    return f'<ol class="findings">{"".join(items)}</ol>'


def legend() -> str:
    labels = {"removed": "removed furniture / fix removal", "other": "not in output"}
    chips = [f'<li class="k-{k}">{esc(k)}</li>' for k in KINDS]
    chips += [f'<li class="k-{k}">{esc(v)}</li>' for k, v in labels.items()]
    return f'<ul class="legend" aria-label="Part colours">{"".join(chips)}</ul>'


def counts_line(doc: Bulletin) -> str:
    sev = Counter(f.severity for f in doc.findings)
    bits = [f"{len(doc.fixes)} fixes"] + [f'<span class="sev-{s}">{sev[s]} {s}</span>' for s in ("error", "warning", "info") if sev[s]]
    return " · ".join(bits)


def render_body(text: str, doc: Bulletin, name: str) -> PageBody:
    """The page for one document, without navigation (see :func:`assemble`)."""
    parts, lines = analyse(text, doc)
    finder = PartFinder(parts, lines)
    evidence = _evidence(doc, parts)
    placer = _Placer(text, doc, parts, finder, evidence)
    title = doc.title.text if doc.title is not None else name
    status = status_of(doc.findings)
    facts = [f"<code>{esc(name)}</code>", f"encoding {esc(doc.encoding or '?')}", f"language {esc(doc.language or '?')}",
             counts_line(doc), f'<span class="status st-{status.replace(" ", "-")}">{esc(status)}</span>']
    header = (f'<h1 class="doctitle">{esc(title)}</h1><p class="facts">{" · ".join(facts)}</p>')
    main = (
        f'<section class="findings-box" aria-labelledby="fh"><h2 id="fh">Findings ({len(doc.findings)})</h2>'
        f"{findings_list(doc, finder)}</section>"
        f"{legend()}"
        '<main class="panes">'
        '<section class="pane" aria-labelledby="srch"><h2 id="srch">Source <small>(decoded input, tinted by part)</small></h2>'
        f'<div class="scroll src" id="source" tabindex="-1">{source_pane(text, doc, parts, lines, finder, evidence)}</div></section>'
        '<section class="pane" aria-labelledby="resh"><h2 id="resh">Result <small>(cleaned document)</small></h2>'
        f'<div class="scroll res" id="result" tabindex="-1">{result_pane(doc, parts, placer)}</div></section>'
        "</main>"
    )
    return PageBody(title, header, main)


def assemble(body: PageBody, nav: Nav) -> str:
    """The complete page: the body with its navigation links (which work without JavaScript)."""
    links = [f'<a href="{nav.index}" rel="index">Index</a>']
    links.append(f'<a href="{nav.prev}" rel="prev" title="{attr(nav.prev_name)}">← previous</a>' if nav.prev
                 else '<span class="off">← previous</span>')
    links.append(f'<a href="{nav.next}" rel="next" title="{attr(nav.next_name)}">next →</a>' if nav.next
                 else '<span class="off">next →</span>')
    if nav.json:
        links.append(f'<a href="{nav.json}" type="application/json">JSON</a>')
    keys = '<p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous finding, <kbd>n</kbd>/<kbd>p</kbd> next/previous document</p>'
    header = f'<header class="top"><nav aria-label="Documents">{" ".join(links)}</nav>{body.header}{keys}</header>'
    return assets.page(f"Review: {attr(body.title)}", header + body.main, "page")
