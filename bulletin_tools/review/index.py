"""The index page: every input of the batch, its counts and status, and two charts.

One row per input in input order (the order ``n``/``p`` follow), failed
inputs included with the reason.  The page script sorts by any column and
filters by finding code, severity and status; without it the table is
still a complete list of links.  The charts (findings by code, fixes by
rule across the batch) are inline SVG bars; a bar links to the filter for
its code.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from ..model import Bulletin, SEVERITIES
from . import assets
from .escape import attr, text as esc
from .page import STATUS_FAILED, status_of

#: chart geometry (SVG user units)
CHART_WIDTH = 520
CHART_LABEL = 190
CHART_BAR = 270
CHART_ROW = 20
#: bars beyond this many go into one "other" bar, so a chart stays readable
CHART_MAX_BARS = 20


@dataclass(frozen=True)
class DocSummary:
    """What the index shows for one input (picklable: built in a worker)."""

    name: str
    href: str | None
    title: str | None = None
    date: str | None = None
    language: str | None = None
    fixes: int = 0
    rules: tuple[tuple[str, int], ...] = ()
    severities: tuple[tuple[str, int], ...] = ()
    codes: tuple[tuple[str, str, int], ...] = ()  # (code, severity, count)
    status: str = STATUS_FAILED
    reason: str | None = None

    def severity(self, name: str) -> int:
        return dict(self.severities).get(name, 0)


def summarize(doc: Bulletin, name: str, href: str) -> DocSummary:
    codes = Counter((f.code, f.severity) for f in doc.findings)
    return DocSummary(
        name=name,
        href=href,
        title=doc.title.text if doc.title is not None else None,
        date=doc.metadata.date,
        language=doc.language,
        fixes=len(doc.fixes),
        rules=tuple(sorted(Counter(f.rule for f in doc.fixes).items())),
        severities=tuple(sorted(Counter(f.severity for f in doc.findings).items())),
        codes=tuple(sorted((c, s, n) for (c, s), n in codes.items())),
        status=status_of(doc.findings),
    )


def failed(name: str, reason: str) -> DocSummary:
    return DocSummary(name=name, href=None, reason=reason)


_SEV_RANK = {s: i for i, s in enumerate(SEVERITIES)}
_SEV_FILL = {"error": "#b91c1c", "warning": "#b45309", "info": "#1e40af"}


def bar_chart(title: str, counts: list[tuple[str, int, str]], link_prefix: str | None, key: str = "") -> str:
    """Horizontal bars: (label, count, fill) rows, largest first; a bar links to ``link_prefix + label``."""
    counts = sorted(counts, key=lambda c: (-c[1], c[0]))
    if len(counts) > CHART_MAX_BARS:
        rest = counts[CHART_MAX_BARS - 1:]
        counts = counts[:CHART_MAX_BARS - 1] + [(f"{len(rest)} others", sum(c[1] for c in rest), "#6b7280")]
    if not counts:
        return f'<figure><figcaption>{esc(title)}</figcaption><p class="none">None in this batch.</p></figure>'
    top = max(c[1] for c in counts) or 1
    height = CHART_ROW * len(counts) + 4
    rows = []
    for n, (label, count, fill) in enumerate(counts):
        y = n * CHART_ROW + 2
        width = max(2, round(CHART_BAR * count / top))
        bar = (f'<text x="{CHART_LABEL - 6}" y="{y + 14}" text-anchor="end">{esc(label)}</text>'
               f'<rect x="{CHART_LABEL}" y="{y + 2}" width="{width}" height="{CHART_ROW - 5}" fill="{fill}"></rect>'
               f'<text x="{CHART_LABEL + width + 4}" y="{y + 14}">{count}</text>')
        is_other = label.endswith(" others") and fill == "#6b7280"
        if link_prefix is not None and not is_other:
            bar = f'<a href="{attr(link_prefix + label)}" aria-label="{attr(f"{label}: {count}")}">{bar}</a>'
        rows.append(f"<g>{bar}</g>")
    desc = "; ".join(f"{label}: {count}" for label, count, _ in counts)
    return (f'<figure><figcaption>{esc(title)}</figcaption>{key}'
            f'<svg role="img" viewBox="0 0 {CHART_WIDTH} {height}" width="{CHART_WIDTH}" height="{height}" '
            f'xmlns="http://www.w3.org/2000/svg"><title>{esc(title)}</title><desc>{esc(desc)}</desc>'
            f'{"".join(rows)}</svg></figure>')


def charts(docs: list[DocSummary]) -> str:
    by_code: Counter[str] = Counter()
    worst: dict[str, str] = {}
    for d in docs:
        for code, sev, n in d.codes:
            by_code[code] += n
            if code not in worst or _SEV_RANK.get(sev, 9) < _SEV_RANK.get(worst[code], 9):
                worst[code] = sev
    by_rule: Counter[str] = Counter()
    for d in docs:
        for rule, n in d.rules:
            by_rule[rule] += n
    findings = bar_chart("Findings by code", [(c, n, _SEV_FILL.get(worst[c], "#6b7280")) for c, n in by_code.items()],
                         "#code=", key='<p class="chartkey">Bar colour: worst severity of the code:'
                         '<b class="e"></b>error<b class="w"></b>warning<b class="i"></b>info. A bar filters the table.</p>')
    fixes = bar_chart("Fixes by rule", [(r, n, "#0f766e") for r, n in by_rule.items()], None)
    return f'<div class="charts">{findings}{fixes}</div>'


def common_folder(names: list[str]) -> str:
    """The folder every input name starts with (``""`` if none): the index shows names without it.

    >>> common_folder(["/w/samples/a.txt", "/w/samples/b/c.txt"])
    '/w/samples/'
    """
    paths = [n for n in names if "/" in n]
    if len(paths) != len(names) or not paths:
        return ""
    prefix = paths[0][: paths[0].rfind("/") + 1]
    for n in paths[1:]:
        while prefix and not n.startswith(prefix):
            prefix = prefix[: prefix[:-1].rfind("/") + 1]
    return prefix


def _row(n: int, d: DocSummary, strip: str = "") -> str:
    codes = " ".join(sorted({c for c, _, _ in d.codes}))
    sevs = " ".join(s for s, k in d.severities if k)
    status = d.status.replace(" ", "-")
    short = esc(d.name[len(strip):] if strip and d.name.startswith(strip) else d.name)
    name = f'<a href="{attr(d.href)}" title="{attr(d.name)}">{short}</a>' if d.href else f'<span title="{attr(d.name)}">{short}</span>'
    if d.reason is not None:
        title = f'<span class="reason">{esc(d.reason)}</span>'
        title_v = ""
    else:
        title = esc(d.title) if d.title else '<span class="none">(no title)</span>'
        title_v = d.title or ""
    if d.reason is not None:  # nothing was counted: blank cells, sorted below every zero
        nums = '<td class="num" data-v="-1"></td>' * 4
    else:
        nums = "".join(f'<td class="num" data-v="{v}">{v}</td>'
                       for v in (d.fixes, d.severity("error"), d.severity("warning"), d.severity("info")))
    return (f'<tr class="{status}" data-codes=" {attr(codes)} " data-sevs=" {attr(sevs)} " data-status="{status}">'
            f'<td class="num" data-v="{n}">{n}</td><td class="name" data-v="{attr(d.name)}">{name}</td>'
            f'<td class="ttl" data-v="{attr(title_v)}">{title}</td>'
            f'<td class="date" data-v="{attr(d.date or "")}">{esc(d.date or "")}</td><td data-v="{attr(d.language or "")}">{esc(d.language or "")}</td>'
            f'{nums}<td data-v="{attr(d.status)}"><span class="status st-{status}">{esc(d.status)}</span></td></tr>')


def _select(name: str, label: str, options: Iterable[tuple[str, str]]) -> str:
    opts = "".join(f'<option value="{attr(v)}">{esc(t)}</option>' for v, t in options)
    return f'<label>{esc(label)}<select name="{name}" id="filter-{name}"><option value="">any</option>{opts}</select></label>'


def render_index(docs: list[DocSummary], title: str = "Bulletin review") -> str:
    """The index page for a batch, rows in input order."""
    statuses = Counter(d.status for d in docs)
    codes: Counter[str] = Counter()
    for d in docs:
        for c, _, _ in d.codes:
            codes[c] += 1
    where = f" in {common_folder([d.name for d in docs])}" if common_folder([d.name for d in docs]) else ""
    summary = f"{len(docs)} inputs{where}: " + ", ".join(f"{statuses[s]} {s}" for s in ("clean", "needs review", STATUS_FAILED))
    filters = (
        '<form class="filters" role="search" aria-label="Filter documents">'
        + _select("code", "Finding code", [(c, f"{c} ({n} docs)") for c, n in sorted(codes.items())])
        + _select("severity", "Severity", [(s, s) for s in SEVERITIES])
        + _select("status", "Status", [(s.replace(" ", "-"), s) for s in ("clean", "needs review", STATUS_FAILED)])
        + '<button type="reset">Show all</button>'
        + f'<output class="shown" id="shown" aria-live="polite">{len(docs)} of {len(docs)} shown</output></form>'
    )
    columns = [("#", "num"), ("Document", "text"), ("Title", "text"), ("Date", "text"), ("Lang", "text"),
               ("Fixes", "num"), ("Errors", "num"), ("Warnings", "num"), ("Info", "num"), ("Status", "text")]
    head = "".join(f'<th scope="col" data-type="{t}"><button type="button">{esc(c)}</button></th>' for c, t in columns)
    strip = common_folder([d.name for d in docs])
    rows = "".join(_row(n, d, strip) for n, d in enumerate(docs, start=1))
    body = (
        f'<header class="top"><h1 class="doctitle">{esc(title)}</h1><p class="facts">{esc(summary)}</p>'
        '<p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> move through the rows, <kbd>Enter</kbd> opens; '
        'on a document page <kbd>n</kbd>/<kbd>p</kbd> go to the next/previous document.</p></header>'
        f'<main>{charts(docs)}{filters}'
        f'<div class="tablewrap"><table class="docs" id="docs"><caption class="vh">Documents</caption>'
        f'<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></main>'
    )
    return assets.page(attr(title), body, "index")
