"""Truncation detection over the acceptance corpus: false positives/negatives.

Usage: python benchmarks/truncation_report.py [CORPUS_DIR]

Parses each ``d*.txt`` crudely (title = first non-empty line that is not a
breadcrumb; body = the lines after the metadata line), runs
``bulletin_tools.passes.truncation`` on the title, the description and the expected
section headings, and compares with ``NAME.expected.json``.  Prints one line
per document and a summary the lead can quote.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bulletin_tools.passes.truncation import check_description, check_heading, check_title  # noqa: E402

DEFAULT = Path("/work/shared/corpus")
BREADCRUMB_MARKS = (">", "\u00bb", " / ", "|")
META_LABELS = ("source", "author", "time", "date", "editor", "reporter", "clicks", "views", "click", "viewd")
DESC_LABELS = ("description", "abstract", "summary", "note", "key point")


def _label(line: str) -> str | None:
    for sep in (":", "\uff1a"):
        head, found, _ = line.partition(sep)
        if found and head.strip().lower() in DESC_LABELS:
            return line.split(sep, 1)[1].strip()
    return None


def parse(text: str) -> tuple[str, str | None, list[str]]:
    """(title, description, body paragraphs) by crude line rules."""
    lines = [line.strip() for line in text.lstrip("\ufeff").splitlines()]
    lines = [line for line in lines if line]
    i = 0
    if any(mark in lines[0] for mark in BREADCRUMB_MARKS) or lines[0].lower().startswith("home"):
        i = 1
    title = lines[i]
    i += 1
    if i < len(lines) and (
        any(label in lines[i].lower() for label in META_LABELS) or any(ch.isdigit() for ch in lines[i][:40])
    ):
        i += 1
    description = None
    if i < len(lines) and _label(lines[i]) is not None:
        description = _label(lines[i])
        i += 1
    return title, description, lines[i:]


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else DEFAULT
    files = sorted(corpus.glob("d*.txt"))
    if not files:
        print(f"no corpus files in {corpus}")
        return 1
    counts = {"title_fp": 0, "title_fn": 0, "repair_wrong": 0, "desc_fp": 0, "desc_fn": 0, "heading_fp": 0,
              "titles": 0, "descriptions": 0, "headings": 0}
    for path in files:
        expected = json.loads(path.with_suffix("").with_suffix(".expected.json").read_text(encoding="utf-8"))
        title, description, body = parse(path.read_text(encoding="utf-8-sig"))
        notes = []
        result = check_title(title, body)
        counts["titles"] += 1
        want = expected.get("title_truncated")
        if want is not None and result.truncated != want:
            counts["title_fp" if result.truncated else "title_fn"] += 1
            notes.append(f"title truncated={result.truncated} expected {want}")
        if "title" in expected and " ".join(result.text.split()).lower().rstrip(".") != " ".join(
            expected["title"].split()
        ).lower().rstrip("."):
            counts["repair_wrong"] += 1
            notes.append(f"title -> {result.text!r}")
        if description is not None:
            counts["descriptions"] += 1
            d = check_description(description, body)
            want = expected.get("description_truncated")
            if want is not None and d.truncated != want:
                counts["desc_fp" if d.truncated else "desc_fn"] += 1
                notes.append(f"description truncated={d.truncated} expected {want}")
            end = expected.get("description_repaired_endswith")
            if end and not d.text.endswith(end):
                counts["repair_wrong"] += 1
                notes.append(f"description -> ...{d.text[-60:]!r}")
        for heading in expected.get("section_headings") or []:
            if heading is None:
                continue
            counts["headings"] += 1
            h = check_heading(heading, body)
            if h.truncated:
                counts["heading_fp"] += 1
                notes.append(f"heading flagged: {heading!r} ({h.reason})")
        status = "ok " if not notes else "BAD"
        print(f"{status} {path.stem}: title {result.reason or '-'}{' repaired' if result.repaired else ''}"
              + ("; " + "; ".join(notes) if notes else ""))
    print(
        "summary: {titles} titles (false positives {title_fp}, false negatives {title_fn}), "
        "{descriptions} descriptions (fp {desc_fp}, fn {desc_fn}), {headings} complete headings (fp {heading_fp}), "
        "wrong repairs {repair_wrong}".format(**counts)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
