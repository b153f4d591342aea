"""Per-KB cost of one document as it grows: is the pipeline linear in size?

    python benchmarks/bench_scaling.py [--sizes 1,4,16,64,256] [--rounds 3]

SPEC: "no step may cost more than linear time in the size of the document".
A step that is linear per heading over the whole document (sorting its
vocabulary, rebuilding an index) is quadratic overall and only shows on
long documents, so this benchmark builds documents of 1x, 4x, 16x, 64x and
256x the size of a typical bulletin and prints the milliseconds per KB of
input for each, relative to 4x (1x is dominated by fixed per-document costs).

How the documents are built (issue 13): the header and footer of a real
sample (``--base``), around a body of *distinct* paragraphs under numbered
headings.  The paragraphs are drawn from the raw input text of the body
paragraphs of every sample and corpus file (so their damage, mojibake and
residue come along), split into sentences and recombined at random, 3-5
sentences each (each paragraph then a ``bench_throughput.variant`` of itself:
digits permuted, words swapped, so numbers and names vary too), with a numbered heading (``12. First words of a sentence``)
every 4 paragraphs.  Every document in a run is different (one seed per
document), so no cache keyed on a line or a paragraph can flatter the
figures.  Each size processes about the same number of bytes per round
(``256 / size`` documents), interleaved, best of ``--rounds``.  Times are this
process's CPU time (``time.process_time``): on a machine shared with other
jobs, wall-clock time counts their load too.

Target (issue 13): per-KB cost at 256x within 1.2x of the cost at 4x.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_throughput  # noqa: E402  (the corpus reader)

TARGET = 1.2
PARAGRAPHS_PER_HEADING = 4
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def sentence_pool(texts: list[str]) -> list[str]:
    """Raw sentences of the body paragraphs of ``texts`` (as they stand in the input)."""
    from bulletin_tools import clean

    pool: list[str] = []
    seen: set[str] = set()
    for text in texts:
        doc = clean(text)
        for section in doc.sections:
            for block in section.blocks:
                if block.kind != "paragraph":
                    continue
                raw = " ".join(text[block.span[0]:block.span[1]].split())
                for sentence in _SENTENCE_END.split(raw):
                    if 40 <= len(sentence) <= 400 and sentence not in seen:
                        seen.add(sentence)
                        pool.append(sentence)
    return pool


def frame(base: str) -> tuple[str, str]:
    """The header (up to the first body block) and the footer (from the end of the body) of ``base``."""
    from bulletin_tools import clean

    doc = clean(base)
    blocks = [b for s in doc.sections for b in s.blocks]
    return base[: blocks[0].span[0]], base[blocks[-1].span[1]:]


def document(header: str, footer: str, pool: list[str], body_chars: int, seed: int) -> str:
    """A bulletin whose body holds about ``body_chars`` characters of distinct paragraphs."""
    rng = random.Random(seed)
    parts: list[str] = []
    size, count, heading = 0, 0, 0
    while size < body_chars:
        if count and count % PARAGRAPHS_PER_HEADING == 0:
            heading += 1
            words = rng.choice(pool).split()[: rng.randint(4, 9)]
            line = f"{heading}. " + " ".join(words).rstrip(",.;:")
            parts.append(line)
            size += len(line) + 2
        para = "   " + bench_throughput.variant(" ".join(rng.sample(pool, rng.randint(3, 5))), rng.randrange(120))
        parts.append(para)
        size += len(para) + 2
        count += 1
    return header + "\n\n".join(parts) + "\n\n" + footer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,4,16,64,256")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--base", default="s01-spring-plowing-service.txt",
                    help="the sample whose header and footer frame every document")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    biggest = max(sizes)

    from bulletin_tools.pipeline import clean_text
    from bulletin_tools.render.json import to_json_dict

    texts = bench_throughput.corpus_texts()
    pool = sentence_pool(texts)
    base = (ROOT / "samples" / args.base).read_text(encoding="utf-8")
    header, footer = frame(base)
    body_unit = max(len(base) - len(header) - len(footer), 1)

    docs: dict[int, list[str]] = {}
    for n in sizes:
        reps = max(1, biggest // n)
        docs[n] = [document(header, footer, pool, body_unit * n, seed=n * 100_003 + k) for k in range(reps)]
    bodies = [p for ds in docs.values() for d in ds for p in d[len(header):len(d) - len(footer)].split("\n\n") if p]
    print(f"base {args.base}: {len(base) / 1024:.1f} KB; sentence pool {len(pool)}; "
          f"{len(set(bodies)) / len(bodies):.2%} of the {len(bodies)} body paragraphs and headings distinct")

    clean_text(docs[sizes[0]][0])  # warm-up: imports, tables, compiled patterns
    best = {n: float("inf") for n in sizes}
    kb = {n: sum(len(d.encode("utf-8")) for d in docs[n]) / 1024 for n in sizes}
    for _ in range(args.rounds):
        for n in sizes:
            start = time.process_time()
            for d in docs[n]:
                to_json_dict(clean_text(d))
            best[n] = min(best[n], time.process_time() - start)

    ref = 4 if 4 in sizes else sizes[0]
    per_kb = {n: best[n] * 1000 / kb[n] for n in sizes}
    print(f"\n{'size':>6} {'KB/doc':>8} {'docs':>5} {'ms/doc':>9} {'ms/KB':>7} {'vs ' + str(ref) + 'x':>7}")
    for n in sizes:
        print(f"{n:>5}x {kb[n] / len(docs[n]):8.1f} {len(docs[n]):5d} {best[n] * 1000 / len(docs[n]):9.2f} "
              f"{per_kb[n]:7.3f} {per_kb[n] / per_kb[ref]:6.2f}x")
    if biggest != ref:
        ratio = per_kb[biggest] / per_kb[ref]
        print(f"\nper-KB cost at {biggest}x vs {ref}x: {ratio:.2f}x (target <= {TARGET}x): "
              f"{'ok' if ratio <= TARGET else 'MISSED'}")


if __name__ == "__main__":
    main()
