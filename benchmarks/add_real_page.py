#!/usr/bin/env python3
"""Check one collected real page and add it to a collection folder outside the repository.

Usage::

    python benchmarks/add_real_page.py COLLECTION_DIR ID DRAFT_DIR [--claims FILE]

``DRAFT_DIR`` holds ``page.txt`` (the page text exactly as found), ``gold.json``
(the gold record: the keys of ``../shared/corpus/FORMAT.md`` plus ``url``,
``domain``, ``kind``, ``notes``; see ``docs/labelling.md``) and ``lines.tsv``
(``label<TAB>line`` for every non-blank line of the page, in order).  The page
is refused, with the reason on one line and exit code 1, when anything is
off: an unknown key or label, a line that is not the page's, a quoted string
that the page does not hold, or a domain already in the collection.  Only
then are ``ID.txt``, ``ID.gold.json`` and ``ID.lines.tsv`` written, and the
domain claimed in ``--claims`` (default: ``claimed_domains.tsv`` beside the
collection folder), under a lock, so several collectors can add at once.

Why in the repository: the pages are third-party text and never committed,
so a new machine starts without them; this script and ``docs/collecting.md``
are what it takes to gather a collection again.  It writes nothing but the
page's files and the claims file.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import sys
from pathlib import Path

LABELS = frozenset({"chrome", "breadcrumb", "title", "meta", "description", "heading", "para", "item", "caption",
                    "footer"})
KEYS = frozenset({"title", "title_truncated", "title_repairable", "breadcrumb", "metadata", "description_truncated",
                  "description_startswith", "description_repaired_endswith", "first_paragraph_startswith",
                  "section_headings", "items_per_section", "footer", "must_fix", "must_flag", "must_not_contain",
                  "must_contain", "furniture", "cjk_in_english", "url", "domain", "kind", "notes"})
REQUIRED = ("url", "domain", "kind", "title", "title_truncated", "first_paragraph_startswith")
METADATA = frozenset({"date", "time", "author", "source", "editor", "views"})
FOOTER = frozenset({"address", "copyright", "icp_record", "icp_region", "phone", "public_security"})


class Refused(Exception):
    """The draft is not added; the message says why."""


def check(text: str, gold: dict, rows: list[str]) -> list[str]:
    """The line labels of a valid draft, or :class:`Refused`."""
    unknown = set(gold) - KEYS
    if unknown:
        raise Refused(f"unknown gold keys {sorted(unknown)}")
    missing = [k for k in REQUIRED if k not in gold]
    if missing:
        raise Refused(f"gold needs {missing}")
    for key, allowed in (("metadata", METADATA), ("footer", FOOTER)):
        extra = set(gold.get(key) or {}) - allowed
        if extra:
            raise Refused(f"unknown {key} keys {sorted(extra)}")
    page_lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(rows) != len(page_lines):
        raise Refused(f"lines.tsv has {len(rows)} rows, the page {len(page_lines)} non-blank lines")
    labels = []
    for number, (row, line) in enumerate(zip(rows, page_lines), 1):
        label, tab, rest = row.partition("\t")
        if not tab:
            raise Refused(f"row {number} has no tab")
        if label not in LABELS:
            raise Refused(f"row {number}: label {label!r} is not one of {sorted(LABELS)}")
        if rest.strip() != line.strip():
            raise Refused(f"row {number}: the text is not the page's line {number}")
        labels.append(label)
    if "title" not in labels or "para" not in labels:
        raise Refused("no line labelled title, or none labelled para")
    opening = " ".join(gold["first_paragraph_startswith"].split())
    if opening and opening not in " ".join(text.split()):
        raise Refused("first_paragraph_startswith is not in the page (copy it exactly)")
    for s in [*gold.get("furniture", []), *gold.get("must_contain", [])]:
        if s not in text:
            raise Refused(f"a quoted string is not in the page: {s[:40]!r}")
    return labels


def domain_of(gold: dict) -> str:
    domain = gold["domain"].strip().lower()
    return domain[4:] if domain.startswith("www.") else domain


def add(collection: Path, page_id: str, draft: Path, claims: Path) -> str:
    text = (draft / "page.txt").read_text(encoding="utf-8")
    gold = json.loads((draft / "gold.json").read_text(encoding="utf-8"))
    rows = [r for r in (draft / "lines.tsv").read_text(encoding="utf-8").split("\n") if r.strip()]
    check(text, gold, rows)
    domain = domain_of(gold)
    claims.parent.mkdir(parents=True, exist_ok=True)
    claims.touch()
    with claims.open("r+", encoding="utf-8") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        if domain in {row.split("\t")[0] for row in fh.read().splitlines() if row}:
            raise Refused(f"domain {domain} is already in the collection")
        if (collection / f"{page_id}.txt").exists():
            raise Refused(f"{page_id} exists in {collection}")
        collection.mkdir(parents=True, exist_ok=True)
        (collection / f"{page_id}.txt").write_text(text, encoding="utf-8")
        (collection / f"{page_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        (collection / f"{page_id}.lines.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        fh.seek(0, 2)
        fh.write(f"{domain}\t{collection.name}/{page_id}\n")
    return f"added {collection.name}/{page_id} ({domain}), {len(rows)} lines"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("collection", type=Path)
    parser.add_argument("page_id")
    parser.add_argument("draft", type=Path)
    parser.add_argument("--claims", type=Path, default=None, help="the claimed-domains file (default: beside the collection)")
    args = parser.parse_args(argv)
    claims = args.claims or args.collection.parent / "claimed_domains.tsv"
    try:
        print(add(args.collection, args.page_id, args.draft, claims))
    except Refused as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
