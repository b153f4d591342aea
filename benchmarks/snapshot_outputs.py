"""Write every output a speed change must not alter, to diff before/after.

    python benchmarks/snapshot_outputs.py OUT_DIR [--records 3000]
    diff -r BEFORE_DIR AFTER_DIR && echo identical

A performance change (issue 13) must leave the output byte-identical.  This
script runs the real ``bulletin`` command (no shortcut through the library,
so the CLI, batch and stream layers are covered too) over:

- every ``*.txt`` under ``samples/`` (bad inputs included), as Markdown and
  JSON, plus ``bulletin check --format json``;
- every ``*.txt`` under ``../shared/corpus`` (bad inputs included), the same;
- a generated NDJSON stream of ``--records`` distinct records (the corpus of
  ``bench_throughput.py``), as JSONL;
- ``--long N`` long documents of ``bench_scaling.py`` (4x to 64x a typical
  bulletin, many distinct paragraphs under numbered headings), as Markdown
  and JSON: the paths only long documents take (indexes, shared vocabularies).

``--package-root DIR`` runs the ``bulletin_tools`` found in DIR (an export of
the commit before the change, say), so a "before" snapshot can be rebuilt at
any time: ``git archive BASE | tar -x -C /tmp/base``.

Outputs go to ``OUT_DIR`` in a mirrored tree; stderr and the exit code of
each command go beside them, so error messages are compared too.  At the end
it prints how many files it wrote.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_throughput import build_corpus  # noqa: E402

PACKAGE_ROOT = ROOT  # where `python -m bulletin_tools` is run from (--package-root)


def bulletin(args: list[str], out: Path, stdin: Path | None = None) -> None:
    """Run ``python -m bulletin_tools ARGS``; keep stdout, stderr and the exit code under ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with (stdin.open("rb") if stdin else open("/dev/null", "rb")) as fh:
        proc = subprocess.run([sys.executable, "-m", "bulletin_tools", *args], stdin=fh,
                              capture_output=True, cwd=PACKAGE_ROOT)
    out.with_suffix(out.suffix + ".stdout").write_bytes(proc.stdout)
    out.with_suffix(out.suffix + ".stderr").write_bytes(proc.stderr)
    out.with_suffix(out.suffix + ".rc").write_text(f"{proc.returncode}\n")


def write_long_documents(folder: Path, count: int) -> Path:
    """``count`` documents of bench_scaling.py, 4x, 16x and 64x a typical bulletin in turn."""
    import bench_scaling
    from bench_throughput import corpus_texts

    folder.mkdir(parents=True, exist_ok=True)
    pool = bench_scaling.sentence_pool(corpus_texts())
    base = (ROOT / "samples" / "s01-spring-plowing-service.txt").read_text(encoding="utf-8")
    header, footer = bench_scaling.frame(base)
    unit = len(base) - len(header) - len(footer)
    for k in range(count):
        size = (4, 16, 64)[k % 3]
        text = bench_scaling.document(header, footer, pool, unit * size, seed=7_000_003 + k)
        (folder / f"long-{k:02d}-{size}x.txt").write_text(text, encoding="utf-8")
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--records", type=int, default=3000)
    ap.add_argument("--long", type=int, default=12, help="long generated documents (0: none)")
    ap.add_argument("--package-root", type=Path, default=ROOT)
    args = ap.parse_args()
    global PACKAGE_ROOT
    PACKAGE_ROOT = args.package_root.resolve()
    out: Path = args.out_dir.resolve()
    out.mkdir(parents=True, exist_ok=True)

    trees = {"samples": ROOT / "samples", "corpus": SHARED / "corpus"}
    if args.long:
        # A fixed folder: the input paths are part of the output.
        trees["long"] = write_long_documents(Path(tempfile.gettempdir()) / "bulletin-snapshot-long", args.long)
    for name, tree in trees.items():
        if not tree.is_dir():
            print(f"skipped {name}: {tree} not found", file=sys.stderr)
            continue
        for fmt in ("md", "json"):
            dest = out / name / fmt
            bulletin(["clean", str(tree), "--out-dir", str(dest), "--format", fmt, "-q"], dest / "_run")
        bulletin(["check", str(tree), "--format", "json"], out / name / "check")

    stream = out / "stream-input.jsonl"
    build_corpus(stream, args.records)
    bulletin(["clean", "-", "--input-format", "jsonl", "--format", "jsonl", "-q"], out / "stream", stdin=stream)

    files = [p for p in out.rglob("*") if p.is_file()]
    print(f"{len(files)} files written to {out} "
          f"({sum(1 for p in files if p.suffix in ('.md', '.json'))} .md/.json documents, "
          f"{args.records} NDJSON records)")


if __name__ == "__main__":
    main()
