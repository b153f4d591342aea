"""This tree's pipeline against a baseline tree's, in one process, interleaved.

    git archive BASE | tar -x -C /tmp/base
    python benchmarks/bench_ab.py /tmp/base [--records 1500] [--rounds 5]

Whole-process timings (``bench_throughput.py --baseline``) on a shared
machine swing by tens of percent between runs; here both versions run in the
same process over the same distinct records (``bench_throughput.variant``),
in alternating rounds, best of ``--rounds``, so the ratio is steadier.  Times are this
process's CPU time (``time.process_time``): on a machine shared with other
jobs, wall-clock time counts their load too.  The
baseline package is copied under another name (``bulletin_baseline``; its
imports are relative, its data tables are the same files) so both import
side by side.  Every output is compared: the JSON of each record must be
identical, or the script says which record differs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_throughput  # noqa: E402  (the corpus builder)


def load_baseline(tree: Path, tmp: Path):
    shutil.copytree(tree / "bulletin_tools", tmp / "bulletin_baseline")
    sys.path.insert(0, str(tmp))
    return import_module("bulletin_baseline.pipeline"), import_module("bulletin_baseline.render.json")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("baseline", type=Path, help="a tree holding the baseline bulletin_tools/")
    ap.add_argument("--records", type=int, default=1500)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    texts = bench_throughput.corpus_texts()
    records = [bench_throughput.variant(texts[i % len(texts)], i // len(texts)) for i in range(args.records)]
    mb = sum(len(r.encode("utf-8")) for r in records) / 2**20

    from bulletin_tools import pipeline
    from bulletin_tools.render import json as render_json

    with tempfile.TemporaryDirectory() as tmp:
        base_pipeline, base_json = load_baseline(args.baseline.resolve(), Path(tmp))
        runners = {
            "baseline": lambda r: json.dumps(base_json.to_json_dict(base_pipeline.clean_text(r)), ensure_ascii=False),
            "this tree": lambda r: json.dumps(render_json.to_json_dict(pipeline.clean_text(r)), ensure_ascii=False),
        }
        outputs = {name: [run(r) for r in records] for name, run in runners.items()}  # warm-up + outputs
        differ = [i for i, (a, b) in enumerate(zip(*outputs.values())) if a != b]
        best = {name: float("inf") for name in runners}
        for _ in range(args.rounds):
            for name, run in runners.items():
                start = time.process_time()
                for r in records:
                    run(r)
                best[name] = min(best[name], time.process_time() - start)

    print(f"{args.records} records, {mb:.1f} MB; JSON outputs identical: "
          f"{'yes' if not differ else f'NO ({len(differ)} differ, first record {differ[0]})'}")
    print(f"\n{'version':12} {'ms/doc':>8} {'MB/s':>7}")
    for name in runners:
        print(f"{name:12} {best[name] * 1000 / args.records:8.3f} {mb / best[name]:7.2f}")
    print(f"\nthis tree vs baseline (throughput): {best['baseline'] / best['this tree']:.2f}x")


if __name__ == "__main__":
    main()
