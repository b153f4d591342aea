"""Throughput of the full pipeline with and without the language check, side by side.

Why: ``check_language`` runs on every paragraph of every document.  Its
cheap gate (script counting, English stop-word share) must keep its cost a
small fraction of the pipeline; only doubtful paragraphs reach langdetect.
The one-off cost of loading langdetect's profiles is timed separately, since
a long batch pays it once.

    python benchmarks/bench_language.py [--repeat N] [FILES_OR_DIRS ...]

Default inputs: ``/work/shared/corpus/*.txt`` (beside the repository) and
``samples/*.txt``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bulletin_tools.passes import language
from bulletin_tools.decode import decode_bytes
from bulletin_tools.errors import BulletinError
from bulletin_tools.pipeline import Options, clean_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = [ROOT.parent / "shared" / "corpus", ROOT / "samples"]


def load_texts(paths: list[Path]) -> list[str]:
    """Decoded texts of the *.txt files (not recursing into bad/), skipping undecodable ones."""
    texts = []
    for p in paths:
        files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
        for f in files:
            try:
                texts.append(decode_bytes(f.read_bytes(), name=str(f)).text)
            except BulletinError:
                continue
    return texts


def run(texts: list[str], options: Options) -> float:
    start = time.perf_counter()
    for text in texts:
        clean_text(text, options=options)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=DEFAULT_INPUTS)
    parser.add_argument("--repeat", type=int, default=7, help="passes over the inputs per setting")
    args = parser.parse_args(argv)

    texts = load_texts(args.inputs)
    if not texts:
        print("no input texts found", file=sys.stderr)
        return 2
    on, off = Options(check_language=True), Options(check_language=False)

    # Warm up: lazy tables, ftfy, pypinyin; then the one-off langdetect profile load.
    run(texts, off)
    t0 = time.perf_counter()
    language._factory()
    load = time.perf_counter() - t0

    # Interleave the two settings so drift (CPU frequency, other load) hits both
    # alike, and report the best pass of each (timeit's advice: the minimum is
    # the run least disturbed by the rest of the machine).
    passes_on: list[float] = []
    passes_off: list[float] = []
    for _ in range(args.repeat):
        passes_off.append(run(texts, off))
        passes_on.append(run(texts, on))
    t_on, t_off = min(passes_on), min(passes_off)
    n = len(texts)

    docs = [clean_text(t, options=off) for t in texts]
    blocks = [b.text for d in docs for s in d.sections for b in s.blocks]
    doubtful = sum(1 for b in blocks if language.is_doubtful(b))
    t0 = time.perf_counter()
    for d in docs:
        language.check_language(d.sections, lambda offset: 1)
    t_check = time.perf_counter() - t0

    print(f"{n} documents, {len(blocks)} blocks, {doubtful} doubtful (sent to langdetect); "
          f"best of {args.repeat} passes per setting")
    print(f"langdetect profile load (once per process): {load * 1000:.0f} ms")
    print(f"{'check_language':<16}{'docs/s':>10}{'ms/doc':>10}")
    print(f"{'False':<16}{n / t_off:>10.1f}{t_off / n * 1000:>10.2f}")
    print(f"{'True':<16}{n / t_on:>10.1f}{t_on / n * 1000:>10.2f}")
    print(f"ratio True/False (time per doc): {t_on / t_off:.3f}; "
          f"check_language alone: {t_check / n * 1000:.3f} ms/doc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
