#!/usr/bin/env python3
"""Fit the weights of the chrome line classifier on labelled lines.

Usage::

    python benchmarks/fit_chrome.py DIR [DIR ...] [--split FILE] [--write]
    python benchmarks/fit_chrome.py --set DIR,DIR[:SPLIT] [--set ...] [--write]

Each ``--set`` is one collection scored with its own split file (as
``evaluate_real.py`` scores it), so every tuning set of a growing collection
trains the model at once.

Reads the ``ID.lines.tsv`` label files of the pages that
``evaluate_real.py`` puts on the *tuning* side (never the held-out side),
computes the features of ``bulletin_tools.segment.chrome`` for every line the
classifier would judge, fits a logistic regression (Newton's method with an L2
penalty: a few thousand lines and twenty features need no library, and it
converges in a dozen steps where gradient descent needed thousands), prints the weights and the confusion counts on both sides, and
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
#: Newton steps at most; it stops earlier once no weight moves by ``TOLERANCE``.
STEPS = 50
TOLERANCE = 1e-6

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


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def fit(data: list[tuple[dict[str, float], int]]) -> dict[str, float]:
    """Weights minimising the mean log-loss plus ``L2/2 * |w|^2`` (the bias unpenalised)."""
    names = list(data[0][0])
    rows = [([x[k] for k in names], y) for x, y in data]
    m, n = len(names), len(rows)
    penal = [0.0 if k == "bias" else L2 for k in names]
    w = [0.0] * m
    for _ in range(STEPS):
        grad = [penal[i] * w[i] for i in range(m)]
        hess = [[penal[i] if i == j else 0.0 for j in range(m)] for i in range(m)]
        for x, y in rows:
            p = _sigmoid(sum(a * b for a, b in zip(w, x)))
            g, h = (p - y) / n, p * (1.0 - p) / n
            for i in range(m):
                xi = x[i]
                if xi:
                    grad[i] += g * xi
                    hx = h * xi
                    row = hess[i]
                    for j in range(i + 1):
                        row[j] += hx * x[j]
        for i in range(m):
            for j in range(i):
                hess[j][i] = hess[i][j]
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(map(abs, step)) < TOLERANCE:
            break
    return dict(zip(names, w))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """``a x = b`` by Gaussian elimination with partial pivoting (a is small and positive definite)."""
    m = len(b)
    a = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(m):
        piv = max(range(c, m), key=lambda r: abs(a[r][c]))
        a[c], a[piv] = a[piv], a[c]
        for r in range(c + 1, m):
            f = a[r][c] / a[c][c]
            if f:
                for k in range(c, m + 1):
                    a[r][k] -= f * a[c][k]
    x = [0.0] * m
    for r in range(m - 1, -1, -1):
        x[r] = (a[r][m] - sum(a[r][k] * x[k] for k in range(r + 1, m))) / a[r][r]
    return x


def confusion(data, w) -> tuple[int, int, int, int]:
    tp = fp = fn = tn = 0
    for x, y in data:
        p = _sigmoid(sum(w.get(k, 0.0) * v for k, v in x.items()))
        pred = p >= chrome.CHROME_REMOVE
        tp += pred and y == 1
        fp += pred and y == 0
        fn += (not pred) and y == 1
        tn += (not pred) and y == 0
    return tp, fp, fn, tn


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--split", type=Path, default=None)
    parser.add_argument("--set", dest="sets", action="append", default=[], metavar="DIR,DIR[:SPLIT]",
                        help="one more collection with its own split file (repeatable)")
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS_FILE.name}")
    args = parser.parse_args(argv)
    groups = [(args.dirs, args.split)] if args.dirs else []
    for spec in args.sets:
        dirs, _, split = spec.partition(":")
        groups.append(([Path(d) for d in dirs.split(",") if d], Path(split) if split else None))
    if not groups:
        parser.error("give DIRs or --set")
    pages = [p for dirs, split in groups for p in er.find_pages(dirs, er.read_split(split)) if p.lines]
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
