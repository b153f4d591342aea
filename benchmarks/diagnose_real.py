#!/usr/bin/env python3
"""Where the misses on a set of real pages come from, as counts only.

Usage::

    python benchmarks/diagnose_real.py DIR [DIR ...] [--split FILE] [--only tune|heldout]

The pages and gold records are those of ``evaluate_real.py`` (``ID.txt``,
``ID.gold.json``, ``ID.lines.tsv``), split by site the same way; the tune
side is diagnosed unless ``--only heldout`` is given.

Why: the judging side of a fresh collection may be scored for each change but
its misses are never read (README, "Measuring on real pages"); a change made
from its misses would be judged by the pages it was made from.  Counts by
category say *which kind* of thing goes wrong on unseen sites without showing
any page: nothing printed holds page text, a page id or a field value.  Four
tables:

* **body lines**: each gold ``heading``/``item``/``para``/``caption`` line
  against what the tool made of it (the block whose span holds the line's
  middle; ``gone`` when none does: removed, or read into the header);
* **titles**: how a missed title relates to the gold one (the tool's longer,
  with the gold's words first; shorter; other words), and over how many
  printed lines the tool's title reaches, right and wrong;
* **chrome kept**: gold ``chrome`` lines still in the text, by where they
  stand (above the headline, between it and the text, inside the text, after
  it) and what the tool made of them;
* **first paragraph**: for a missed first paragraph, the gold label of the
  line the tool's first paragraph starts on;
* **breadcrumbs**: for a page whose gold gives a trail, how the tool's
  relates to it (right; none; the gold's crumbs and more, or fewer; others);
* **misread structure lines**: each gold ``heading`` or ``item`` line the
  tool made into something else, by its form: the enumeration style it opens
  with (the tool's own marker styles, or ``bullet``, or ``none``), its length,
  and whether it ends like a sentence.

Session 17 found with these counts that every title the tool joined from two
or three printed lines was wrong on two fresh judging sides (8 of 8, 4 of 4),
and that a line-kind model fitted on the tuning pages did no better than the
rules on unseen sites' body lines.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import evaluate as ev  # noqa: E402
import evaluate_real as er  # noqa: E402

BODY_LABELS = ("heading", "item", "para", "caption")
#: A line's kind is read at this many characters into it (or its middle, if shorter):
#: far enough to pass a marker, near enough to stay in the line's own block.
PROBE_CHARS = 20


def _spans(doc: dict) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every part of the output that has a span."""
    spans = []
    for section in doc.get("sections") or []:
        blocks = section.get("blocks") or []
        if section.get("heading") is not None and section.get("span"):
            start = section["span"][0]
            end = blocks[0]["span"][0] if blocks else section["span"][1]
            spans.append((start, max(end, start + 1), "heading"))
        spans.extend((b["span"][0], b["span"][1], "para" if b["kind"] == "paragraph" else b["kind"]) for b in blocks)
    for name in ("title", "description", "metadata"):
        part = doc.get(name)
        if isinstance(part, dict) and part.get("span"):
            spans.append((part["span"][0], part["span"][1], name))
    return spans


def _placed_lines(page: er.Page, text: str) -> list[tuple[str, str, int]]:
    """(label, line, offset in the page) of each labelled line found in order."""
    placed, pos = [], 0
    for label, line in page.lines:
        at = text.find(line, pos)
        if at < 0:
            continue
        pos = at + len(line)
        placed.append((label, line, at))
    return placed


def _kind_at(spans: list[tuple[int, int, str]], line: str, at: int) -> str:
    probe = at + min(len(line.strip()) // 2, PROBE_CHARS)
    return next((kind for start, end, kind in spans if start <= probe < end), "gone")


def _words(s: str | None) -> list[str]:
    return re.findall(r"\w+", (s or "").lower())


def title_relation(expected: str, got: str | None) -> str:
    """How a missed title relates to the gold one, in words only."""
    e, g = _words(expected), _words(got)
    if not g:
        return "none"
    if len(g) > len(e) and g[:len(e)] == e:
        return "longer: the gold's words first"
    if len(g) > len(e) and " ".join(e) in " ".join(g):
        return "longer: the gold's words inside"
    if len(g) < len(e) and " ".join(g) in " ".join(e):
        return "shorter: part of the gold's"
    shared = set(e) & set(g)
    return "other words, half or more shared" if e and len(shared) * 2 >= len(set(e)) else "other words"


def trail_relation(expected: list[str], got: list[str]) -> str:
    """How the tool's breadcrumb relates to the gold's, in words only (crumbs
    compared as the scorer compares them, every Home as `Home`)."""
    e = [er._crumb(c) for c in expected]
    g = [er._crumb(c) for c in got]
    if e == g:
        return "right"
    if not g:
        return "none"
    if len(g) > len(e) and g[:len(e)] == e:
        return "longer: the gold's crumbs first"
    if len(g) < len(e) and e[:len(g)] == g:
        return "shorter: the gold's first crumbs"
    if len(g) == len(e):
        return f"as many crumbs, {sum(a != b for a, b in zip(e, g))} differ"
    return "other crumbs"


#: Length buckets of a line's form, in characters.
FORM_LENGTHS = (40, 120)
#: The bullets a list line may open with.
BULLETS = tuple("•·●○■□◆◇▪▶►-–—*")


def line_form(line: str) -> tuple[str, str, str]:
    """A line's form, as words that hold none of its text: the marker style
    it opens with, a length bucket, and how it ends."""
    from bulletin_tools.segment.body import marker

    t = line.strip()
    found = marker(t)
    style = found[0] if found else ("bullet" if t.startswith(BULLETS) else "none")
    size = next((f"<= {n} chars" for n in FORM_LENGTHS if len(t) <= n), f"> {FORM_LENGTHS[-1]} chars")
    ending = "ends a sentence" if t.endswith((".", "。", "!", "?", "！", "？", ";", "；")) else (
        "ends with a colon" if t.endswith((":", "：")) else "no sentence end")
    return style, size, ending


def _zone(index: int, labels: list[str]) -> str:
    title = next((k for k, lab in enumerate(labels) if lab == "title"), -1)
    body = [k for k, lab in enumerate(labels) if lab in BODY_LABELS]
    if index < title:
        return "above the headline"
    if not body or index < body[0]:
        return "between headline and text"
    return "inside the text" if index <= body[-1] else "after the text"


def diagnose(pages: list[er.Page]) -> dict[str, Counter]:
    """The four tables (see the module docstring) over ``pages``."""
    tables: dict[str, Counter] = {"body lines": Counter(), "titles": Counter(), "chrome kept": Counter(),
                                  "first paragraph": Counter(), "breadcrumbs": Counter(),
                                  "misread structure lines": Counter()}
    for page in pages:
        out = ev.run_tool(page.txt)
        if out.doc is None:
            tables["titles"]["tool failed"] += 1
            continue
        doc = out.doc
        text = page.txt.read_bytes().decode("utf-8", "replace")
        spans = _spans(doc)
        placed = _placed_lines(page, text)
        misread_on_page: set[tuple[str, ...]] = set()
        for label, line, at in placed:
            if label in BODY_LABELS:
                kind = _kind_at(spans, line, at)
                tables["body lines"][(label, kind)] += 1
                if label in ("heading", "item") and kind != label:
                    form = (f"{label} as {kind}", *line_form(line))
                    tables["misread structure lines"][form] += 1
                    misread_on_page.add(form)
        for form in misread_on_page:
            tables["misread structure lines"][("pages", *form)] += 1
        gold_title = page.gold.get("title")
        title = doc.get("title") if isinstance(doc.get("title"), dict) else None
        if isinstance(gold_title, str):
            checks = [c for c in ev.score({"title": gold_title}, out) if c.family == "title"]
            right = bool(checks) and er.relax(checks[0], page.gold).passed
            reach = 0
            if title and title.get("span"):
                start, end = title["span"]
                reach = min(text[start:end].strip().count("\n") + 1, 3)
            tables["titles"][("right" if right else "wrong", f"over {reach} printed line(s)" if reach < 3
                              else "over 3 or more printed lines")] += 1
            if not right:
                tables["titles"][("wrong", title_relation(gold_title, title.get("text") if title else None))] += 1
        trail = page.gold.get("breadcrumb")
        if isinstance(trail, list) and trail:
            tables["breadcrumbs"][trail_relation([str(c) for c in trail], [str(c) for c in doc.get("breadcrumb") or []])] += 1
        labels = [label for label, _, _ in placed]
        if page.lines:
            kept = {c.key for c in er.line_checks(page, out) if c.family == "lines.chrome-removed" and not c.passed}
            for k, (label, line, at) in enumerate(placed):
                if label == "chrome" and f"chrome {line[:60]!r}" in kept:
                    tables["chrome kept"][(_zone(k, labels), _kind_at(spans, line, at))] += 1
        opening = page.gold.get("first_paragraph_startswith")
        if isinstance(opening, str) and page.lines:
            checks = [er.relax(c, page.gold) for c in ev.score({"first_paragraph_startswith": opening}, out)]
            if checks and not checks[0].passed:
                first = next((b for s in doc.get("sections") or [] for b in s.get("blocks") or []
                              if b.get("kind") == "paragraph"), None)
                where = "no paragraph"
                if first is not None:
                    start = first["span"][0]
                    where = next((label for label, line, at in placed if at <= start < at + len(line) + 1), "unlabelled")
                tables["first paragraph"][f"starts on a gold {where} line" if where not in ("no paragraph", "unlabelled")
                                          else where] += 1
    return tables


def render(tables: dict[str, Counter]) -> str:
    out = []
    body = tables["body lines"]
    kinds = sorted({kind for _, kind in body})
    out.append("body lines (rows: gold label; columns: what the tool made of the line)")
    width = max([len(k) for k in kinds] + [8]) + 2
    out.append("  " + "gold".ljust(10) + "".join(k.rjust(width) for k in kinds) + "  right".rjust(width))
    for label in BODY_LABELS:
        row = [body[(label, k)] for k in kinds]
        if sum(row):
            out.append("  " + label.ljust(10) + "".join(str(n).rjust(width) for n in row)
                       + f"{body[(label, label)]}/{sum(row)}".rjust(width))
    for name in ("titles", "chrome kept", "first paragraph", "breadcrumbs"):
        out.append("")
        out.append(name)
        for key, n in sorted(tables[name].items(), key=lambda kv: (-kv[1], str(kv[0]))):
            out.append(f"  {n:5d}  " + (" | ".join(key) if isinstance(key, tuple) else key))
    misread = tables["misread structure lines"]
    out.append("")
    out.append("misread structure lines (lines, pages)")
    for key, n in sorted(((k, n) for k, n in misread.items() if k[0] != "pages"), key=lambda kv: (-kv[1], str(kv[0]))):
        out.append(f"  {n:5d} {misread[('pages', *key)]:4d}  " + " | ".join(key))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--split", type=Path, help="rows 'domain<TAB>tune|heldout'; default: a hash of the domain")
    ap.add_argument("--only", choices=("tune", "heldout"), default="tune")
    args = ap.parse_args(argv)
    split = er.read_split(args.split)
    pages = [p for p in er.find_pages(args.dirs, split) if p.side == args.only]
    print(f"{args.only} side: {len(pages)} pages")
    print(render(diagnose(pages)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
