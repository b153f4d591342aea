"""Time to build the review site for the samples, side by side with ``clean --out-dir``.

    python benchmarks/bench_review.py [--rounds 3] [--jobs N] [INPUT ...]

Both commands run as whole processes on the same inputs (default:
``samples/``, recursively), interleaved, best of ``--rounds``:

- ``bulletin review INPUTS -o DIR`` (the site: a page and a JSON file per input, and the index);
- ``bulletin clean INPUTS -f json --out-dir DIR`` (the baseline: the same
  decode/repair/segment pipeline and a JSON file per input, no page).

The ratio review/clean is the cost of the pages themselves.  Target (issue
16): 200 samples "in well under a minute".  Each round writes into a fresh
temporary folder, so no run is a cheap rerun over existing files.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1, 3):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="*", default=[str(ROOT / "samples")])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=None, help="--jobs for both commands (default: the CLI's default)")
    args = ap.parse_args()
    bulletin = [sys.executable, "-m", "bulletin_tools"]
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    count = sum(1 for p in args.inputs for _ in (Path(p).rglob("*.txt") if Path(p).is_dir() else [p]))
    times: dict[str, list[float]] = {"review": [], "clean": []}
    with tempfile.TemporaryDirectory() as tmp:
        run(bulletin + ["clean", *args.inputs, "-f", "json", "--out-dir", os.path.join(tmp, "warm"), "-q"])  # bytecode
        for r in range(args.rounds):
            times["review"].append(run(bulletin + ["review", *args.inputs, "-o", os.path.join(tmp, f"site{r}"),
                                                   "-q", *jobs]))
            times["clean"].append(run(bulletin + ["clean", *args.inputs, "-f", "json", "--out-dir",
                                                  os.path.join(tmp, f"json{r}"), "-q", *jobs]))
        pages = len(list(Path(tmp, "site0", "docs").glob("*.html")))
    review, clean = min(times["review"]), min(times["clean"])
    print(f"inputs: {count} ({pages} pages written), cores: {os.cpu_count()}, jobs: {args.jobs or 'default'}, "
          f"best of {args.rounds}")
    print(f"bulletin review -o DIR      : {review:6.2f} s  ({review / max(pages, 1) * 1000:5.1f} ms/page)")
    print(f"bulletin clean -f json --out-dir: {clean:6.2f} s  (baseline)")
    print(f"ratio review / clean        : {review / clean:6.2f}x")


if __name__ == "__main__":
    main()
