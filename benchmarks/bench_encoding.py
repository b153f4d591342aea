"""Time the encoding rules against plain ``ftfy.fix_text`` on the corpus lines.

Why: these rules run on every line of millions of documents, so their cost
on ordinary (mostly ASCII) lines must stay far below a full ftfy pass.

    python benchmarks/bench_encoding.py [CORPUS_DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bulletin_tools.repair.base import Context
from bulletin_tools.repair.encoding import RULES

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def corpus_lines(folder: Path) -> list[str]:
    lines: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        lines.extend(path.read_text(encoding="utf-8-sig").splitlines())
    return lines


def run_rules(lines: list[str], ctx: Context) -> None:
    """Apply every rule to every line, each on the previous rule's output."""
    for line in lines:
        for rule in RULES:
            edits, _ = rule.apply(line, ctx)
            for edit in sorted(edits, key=lambda e: e.start, reverse=True):
                line = line[: edit.start] + edit.after + line[edit.end :]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    lines = corpus_lines(args.corpus)
    if not lines:
        print(f"no *.txt lines under {args.corpus}", file=sys.stderr)
        return 1

    import ftfy

    ctx = Context()
    run_rules(lines, ctx)  # warm up: builds the lazy tables, imports ftfy
    ftfy.fix_text(lines[0])

    start = time.perf_counter()
    for _ in range(args.repeat):
        run_rules(lines, ctx)
    ours = time.perf_counter() - start

    start = time.perf_counter()
    for _ in range(args.repeat):
        for line in lines:
            ftfy.fix_text(line)
    theirs = time.perf_counter() - start

    n = len(lines) * args.repeat
    print(f"lines: {len(lines)} x {args.repeat}")
    print(f"RULES:         {ours:8.4f} s  ({ours / n * 1e6:7.2f} us/line)")
    print(f"ftfy.fix_text: {theirs:8.4f} s  ({theirs / n * 1e6:7.2f} us/line)")
    print(f"ratio (ftfy / RULES): {theirs / ours:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
