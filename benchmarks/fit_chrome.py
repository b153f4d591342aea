#!/usr/bin/env python3
"""Fit the weights of the chrome line classifier on labelled lines.

Usage::

    python benchmarks/fit_chrome.py DIR [DIR ...] [--split FILE] [--write]

Reads the ``ID.lines.tsv`` label files of the pages that
``evaluate_real.py`` puts on the *tuning* side (never the held-out side),
computes the features of ``bulletin_tools.segment.chrome`` for every line the
classifier would judge, fits a logistic regression (plain batch gradient
descent with an L2 penalty: a few thousand lines and sixteen features need no
library), prints the weights and the confusion counts on both sides, and
with ``--write`` replaces ``bulletin_tools/data/chrome_weights.tsv``.

Only weights are written: no page text enters the repository.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import evaluate_real as er  # noqa: E402
from bulletin_tools.segment import chrome, judgeable  # noqa: E402

#: Labels the classifier must keep (prose and its headings); chrome is the
#: positive class; meta, breadcrumb and footer rows are left to the label and
#: footer lexicons, so they are not training material.
KEEP = frozenset({"title", "para", "heading", "item", "caption", "description"})

L2 = 0.01
STEPS = 3000
RATE = 0.5

WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "bulletin_tools" / "data" / "chrome_weights.tsv"


def samples(page: er.Page) -> list[tuple[dict[str, float], int]]:
    """The lines the classifier would judge at run time, with their features and labels."""
    texts = [t for _, t in page.lines]
    shapes, _ = chrome.page_shapes(texts, judgeable)
    out = []
    for pos, shape in sorted(shapes.items()):
        label = page.lines[pos][0]
        if label in KEEP or label == "chrome":
            out.append((chrome.features(shape), 1 if label == "chrome" else 0))
    return out


def fit(data: list[tuple[dict[str, float], int]]) -> dict[str, float]:
    names = list(data[0][0])
    w = {n: 0.0 for n in names}
    n = len(data)
    for _ in range(STEPS):
        grad = {k: L2 * w[k] if k != "bias" else 0.0 for k in names}
        for x, y in data:
            z = sum(w[k] * x[k] for k in names)
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30), -30)))
            for k in names:
                grad[k] += (p - y) * x[k] / n
        for k in names:
            w[k] -= RATE * grad[k]
    return w


def confusion(data, w) -> tuple[int, int, int, int]:
    tp = fp = fn = tn = 0
    for x, y in data:
        z = sum(w.get(k, 0.0) * v for k, v in x.items())
        p = 1.0 / (1.0 + math.exp(-max(min(z, 30), -30)))
        pred = p >= chrome.CHROME_REMOVE
        tp += pred and y == 1
        fp += pred and y == 0
        fn += (not pred) and y == 1
        tn += (not pred) and y == 0
    return tp, fp, fn, tn


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--split", type=Path, default=None)
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS_FILE.name}")
    args = parser.parse_args(argv)
    pages = [p for p in er.find_pages(args.dirs, er.read_split(args.split)) if p.lines]
    tune = [s for p in pages if p.side == "tune" for s in samples(p)]
    held = [s for p in pages if p.side == "heldout" for s in samples(p)]
    if not tune:
        print("no labelled lines on the tuning side", file=sys.stderr)
        return 2
    w = fit(tune)
    for k, v in w.items():
        print(f"{k}\t{v:.3f}")
    for side, data in (("tune", tune), ("heldout", held)):
        tp, fp, fn, tn = confusion(data, w)
        print(f"{side}: {len(data)} lines; chrome removed {tp}/{tp + fn}; kept lines wrongly removed {fp}/{fp + tn}")
    if args.write:
        rows = "".join(f"{k}\t{v:.3f}\n" for k, v in w.items())
        WEIGHTS_FILE.write_text(
            "# Weights of the line classifier in segment/chrome.py (logistic model: p = 1 / (1 + e^-sum)).\n"
            "# feature <TAB> weight.  Written by benchmarks/fit_chrome.py from labelled lines of real pages\n"
            f"# (tuning sites only; {len(tune)} lines).  Refit rather than edit by hand.\n" + rows,
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
