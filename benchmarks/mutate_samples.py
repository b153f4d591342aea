#!/usr/bin/env python3
"""Robustness by mutation: put page-level damage that real pages carry on the
project's own samples, and count the samples that lose a header field or their
first paragraph.

    python benchmarks/mutate_samples.py [--only NAME ...] [--examples N]

Each mutation is one layout change real machine-translated pages show (a
window title over the page, a site's name over the headline, a blank line
after every line, a tool row under the headline, ...).  A sample counts as
hurt when a check of ``KEYS`` that passed on the sample as written fails on
the mutated page.  The figures are a count of samples, not a score: a mutation
may make a sample ambiguous on purpose, so read the examples before calling
one a bug.  Every text here is the project's own (``samples/``); nothing is
read from outside the repository.

Added in session 13: trying each field form in made-up variants found generic
gaps faster than tuning on real pages did, and this runs such variants over
every sample at once.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import evaluate as ev  # noqa: E402  (the scorer beside this file)

#: The checks a mutation must not break.
KEYS = ("title", "metadata.date", "metadata.source", "metadata.author", "first_paragraph_startswith", "breadcrumb")

Lines = list[str]


def _title_index(lines: Lines, expected: dict) -> int | None:
    title = (expected.get("title") or "").strip()
    return next((i for i, ln in enumerate(lines) if title and ln.strip() == title), None)


def _before_title(row: str) -> Callable[[Lines, dict], Lines]:
    def put(lines: Lines, expected: dict) -> Lines:
        i = _title_index(lines, expected)
        return lines if i is None else [*lines[:i], row, "", *lines[i:]]
    return put


def _after_title(row: str) -> Callable[[Lines, dict], Lines]:
    def put(lines: Lines, expected: dict) -> Lines:
        i = _title_index(lines, expected)
        return lines if i is None else [*lines[: i + 1], "", row, *lines[i + 1:]]
    return put


def _window_title(lines: Lines, expected: dict) -> Lines:
    title = expected.get("title")
    return [f"{title}_Hexi County People's Government Portal", "", *lines] if title else lines


def _upper_title(lines: Lines, expected: dict) -> Lines:
    i = _title_index(lines, expected)
    return lines if i is None else [*lines[:i], lines[i].upper(), *lines[i + 1:]]


MUTATIONS: dict[str, Callable[[Lines, dict], Lines]] = {
    "window-title-on-top": _window_title,
    "site-name-over-title": _before_title("Hexi County People's Government"),
    "spam-line-on-top": lambda ls, ex: ["澳门赌场 在线娱乐 真人视频 最高返水", "", *ls],
    "html-debris-on-top": lambda ls, ex: ['<div class="nav"><a href="/">', "", *ls],
    "nav-row-on-top": lambda ls, ex: ["Home | News | Notices | Services | Contact Us | Site Map", "", *ls],
    "clock-on-top": lambda ls, ex: ["Today is Friday, May 10, 2024", "", *ls],
    "tool-row-under-title": _after_title("[Print] [Close] Font: Large Medium Small"),
    "share-row-under-title": _after_title("Share to: WeChat Weibo QQ"),
    "upper-case-title": _upper_title,
    "blank-after-every-line": lambda ls, ex: [x for ln in ls for x in (ln, "")],
    "no-blank-lines": lambda ls, ex: [ln for ln in ls if ln.strip()],
    "indented": lambda ls, ex: ["    " + ln if ln.strip() else ln for ln in ls],
    "trailing-spaces": lambda ls, ex: [ln + "   " if ln.strip() else ln for ln in ls],
    "chinese-labels": lambda ls, ex: [re.sub(r"(Release time|Release date|Published)\s*:", "发布时间：",
                                             re.sub(r"^(\s*)Source\s*:", r"\1来源：", ln)) for ln in ls],
    "footer-block": lambda ls, ex: [*ls, "", "Copyright © 2024 Hexi County People's Government  All rights reserved",
                                    "浙ICP备12345678号-1"],
    "related-under-text": lambda ls, ex: [*ls, "", "Related news", "Hexi holds its tea fair", "Lanxi repairs the old bridge"],
    "qr-prompt-under-text": lambda ls, ex: [*ls, "", "Scan the QR code to share this page"],
}


def _checks(text: str, expected: dict) -> dict[str, bool]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "page.txt")
        path.write_text(text, encoding="utf-8")
        out = ev.run_tool(path)
    return {c.key: c.passed for c in ev.score(expected, out) if c.family in KEYS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", choices=sorted(MUTATIONS), help="run these mutations only")
    parser.add_argument("--examples", type=int, default=3, help="samples to name per mutation (default 3)")
    args = parser.parse_args(argv)
    chosen = {name: MUTATIONS[name] for name in (args.only or MUTATIONS)}
    hurt: dict[str, list[tuple[str, list[str]]]] = {name: [] for name in chosen}
    total = 0
    for exp_path in sorted((ROOT / "samples").glob("*.expected.json")):
        txt_path = exp_path.with_name(exp_path.name.replace(".expected.json", ".txt"))
        try:
            text = txt_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # (the samples of other encodings test decoding, not layout)
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        base = _checks(text, expected)
        total += 1
        for name, mutate in chosen.items():
            got = _checks("\n".join(mutate(text.split("\n"), expected)), expected)
            lost = [key for key, ok in base.items() if ok and not got.get(key, False)]
            if lost:
                hurt[name].append((txt_path.name, lost))
    print(f"{total} samples; samples that lose a check under each mutation:")
    for name, cases in hurt.items():
        shown = "; ".join(f"{n[:48]} ({', '.join(lost[:3])})" for n, lost in cases[: args.examples])
        print(f"  {name:24} {len(cases):4}  {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
