#!/usr/bin/env python3
"""How far two sets of gold records for the same real pages agree, field by field.

Usage::

    python benchmarks/gold_agreement.py FIRST_DIR SECOND_DIR
    python benchmarks/gold_agreement.py FIRST_DIR --tool PAGES_DIR
    python benchmarks/gold_agreement.py FIRST_DIR SECOND_DIR --list > disagree.tsv

With ``--tool``, the second record of each page is the tool's own reading of
``PAGES_DIR/ID.txt`` (the same fields, taken from its JSON output), so the
tool's agreement with a labeller is counted exactly as two labellers' is.

Each folder holds ``ID.gold.json`` records (found in subfolders too); pages in
both are compared.  A field counts when either record has it (a field only one
side wrote is a disagreement), and is compared as ``evaluate_real.py`` scores
it: titles and openings without case, spacing or a final period, an opening
agreeing when one is the start of the other, Home crumbs as Home, headings
without their markers.  Prints counts only, no page text.  Why: a target for
the tool means little above what two careful people reach on the same pages
(see docs/collecting.md).  Session 19 measured it: a second labeller,
blind, on 40 tuning pages under docs/labelling.md agreed with the collectors'
records on 94.6% of the field decisions (212 of 224); the tool (``--tool``),
on 82.7% (186 of 225).

``--list`` prints, instead of the counts, one line per page with a
disagreement: ``ID<TAB>field,field`` (field names only, no text): the
worklist of an adjudicator, who decides each listed field from the page and
the guide and writes the adjudicated record; the tool is then counted
against that record with ``--tool``.  Session 20 did so for 104 held-out
pages (docs/collecting.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate as ev  # noqa: E402
import evaluate_real as er  # noqa: E402

PERSON_FIELDS = ("date", "time", "source", "author", "editor", "views")


def _norm(value) -> str:
    return ev.collapse(str(value)).casefold().rstrip(".。:：")


def _opening_agrees(a: str, b: str) -> bool:
    wa, wb = er._nospace(_norm(a)), er._nospace(_norm(b))
    n = min(len(wa), len(wb))
    return n > 0 and wa[:n] == wb[:n]


def compare(first: dict, second: dict) -> list[tuple[str, bool]]:
    """``(field, agreed)`` for every field either record has."""
    out: list[tuple[str, bool]] = []

    def field(name, a, b, same) -> None:
        if a is None and b is None:
            return
        out.append((name, a is not None and b is not None and bool(same(a, b))))

    field("title", first.get("title"), second.get("title"),
          lambda a, b: er._nospace(ev.norm_title(a)) == er._nospace(ev.norm_title(b)))
    field("title_truncated", first.get("title_truncated", False), second.get("title_truncated", False),
          lambda a, b: a == b)
    field("first_paragraph", first.get("first_paragraph_startswith"), second.get("first_paragraph_startswith"),
          _opening_agrees)
    field("description", first.get("description_startswith"), second.get("description_startswith"), _opening_agrees)
    field("breadcrumb", first.get("breadcrumb") or None, second.get("breadcrumb") or None,
          lambda a, b: [er._crumb(x) for x in a] == [er._crumb(x) for x in b])
    for key in PERSON_FIELDS:
        field(f"metadata.{key}", (first.get("metadata") or {}).get(key), (second.get("metadata") or {}).get(key),
              lambda a, b, key=key: _norm(a) == _norm(b) or key == "time" and str(a)[:5] == str(b)[:5])
    field("section_headings", first.get("section_headings") or None, second.get("section_headings") or None,
          lambda a, b: len(a) == len(b) and all(ev.same_heading(x, y) for x, y in zip(a, b)))
    field("cjk_in_english", first.get("cjk_in_english", False), second.get("cjk_in_english", False),
          lambda a, b: a == b)
    field("footer.copyright", (first.get("footer") or {}).get("copyright"),
          (second.get("footer") or {}).get("copyright"), lambda a, b: _norm(a) == _norm(b))
    return out


def tool_record(doc: dict) -> dict:
    """The fields :func:`compare` reads, from the tool's JSON output ``doc``."""
    title = doc.get("title") or {}
    meta = doc.get("metadata") or {}
    record: dict = {"title": title.get("text"), "title_truncated": bool(title.get("truncated")),
                    "first_paragraph_startswith": ev.first_paragraph(doc),
                    "description_startswith": (doc.get("description") or {}).get("text"),
                    "breadcrumb": list(doc.get("breadcrumb") or []) or None,
                    "metadata": {k: meta[k] for k in PERSON_FIELDS if meta.get(k) is not None},
                    "cjk_in_english": ev.has_flag(doc, "cjk-residue")}
    headings = ev.headings(doc)
    if any(h is not None for h in headings):
        record["section_headings"] = headings
    holder = ev.footer_value(doc, "copyright")
    if holder:
        record["footer"] = {"copyright": holder}
    return record


def tool_records(golds: dict[str, Path], pages: Path) -> dict[str, dict]:
    """The tool's record of each page ``pages/ID.txt`` that has a gold record in ``golds``."""
    out = {}
    for pid in golds:
        page = pages / f"{pid}.txt"
        if page.exists():
            result = ev.run_tool(page)
            if result.doc is not None:
                out[pid] = tool_record(result.doc)
    return out


def records(folder: Path) -> dict[str, Path]:
    return {p.name[: -len(".gold.json")]: p for p in folder.rglob("*.gold.json")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path, nargs="?", help="the other labeller's records")
    parser.add_argument("--tool", type=Path, metavar="PAGES", help="compare with the tool's reading of PAGES/ID.txt")
    parser.add_argument("--list", action="store_true",
                        help="print each page's disagreeing fields (ID<TAB>fields) instead of the counts")
    args = parser.parse_args(argv)
    if (args.second is None) == (args.tool is None):
        parser.error("give either SECOND_DIR or --tool PAGES_DIR")
    a = records(args.first)
    if args.tool is not None:
        b = tool_records(a, args.tool)
    else:
        b = {pid: json.loads(p.read_text(encoding="utf-8")) for pid, p in records(args.second).items()}
    both = sorted(set(a) & set(b))
    if not both:
        print("no page has a record in both folders", file=sys.stderr)
        return 2
    fields = {pid: compare(json.loads(a[pid].read_text(encoding="utf-8")), b[pid]) for pid in both}
    if args.list:
        for pid, compared in fields.items():
            bad = [name for name, ok in compared if not ok]
            if bad:
                print(f"{pid}\t{','.join(bad)}")
        return 0
    agreed, total = Counter(), Counter()
    for compared in fields.values():
        for name, ok in compared:
            total[name] += 1
            agreed[name] += ok
    print(f"{len(both)} pages with two records")
    for name in sorted(total):
        print(f"  {name:<22} {agreed[name]:>5}/{total[name]:<5} {100 * agreed[name] / total[name]:5.1f}%")
    all_agreed, all_total = sum(agreed.values()), sum(total.values())
    print(f"  {'ALL':<22} {all_agreed:>5}/{all_total:<5} {100 * all_agreed / all_total:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
