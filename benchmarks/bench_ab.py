"""This tree's pipeline against a baseline tree's, in one process, interleaved.

    git archive BASE | tar -x -C /tmp/base
    python benchmarks/bench_ab.py /tmp/base [/tmp/base2 ...] [--records 1500] [--rounds 5]

Whole-process timings (``bench_throughput.py --baseline``) on a shared
machine swing by tens of percent between runs; here both versions run in the
same process over the same distinct records (``bench_throughput.variant``),
in alternating rounds, best of ``--rounds``, so the ratio is steadier.  Times are this
process's CPU time (``time.process_time``): on a machine shared with other
jobs, wall-clock time counts their load too.  The
baseline package is copied under another name (``bulletin_baseline``; its
imports are relative, its data tables are the same files) so both import
side by side.  Every output is compared: the JSON of each record must be
identical, or the script says which record differs.  Several baseline
trees may be given: each is copied under its own name (``bulletin_baseline``,
``bulletin_baseline2`` …) and all run in the same rounds, so their ratios
come from one run.
"""

from __future__ import annotations

import argparse
import json
import re
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


#: A package name written as text (``resources.files("bulletin_tools.data")``),
#: which an import's relative form does not cover.
_NAME_AS_TEXT = re.compile(r"""(?<=["'])bulletin_tools(?=[./"'])""")


def load_baseline(tree: Path, tmp: Path, name: str = "bulletin_baseline"):
    """The baseline's pipeline and JSON modules, from a copy of its package named ``name``.

    The package's name written as text is renamed in the copy too: trees
    before session 20 read their data tables through
    ``resources.files("bulletin_tools.data")``, which in this process is this
    tree's folder, so an older baseline ran its code with this tree's tables
    (the tree of 29 November 2026 measured 1.7-1.9x slower than this one
    here, though 1.4x faster in a process of its own).
    """
    shutil.copytree(tree / "bulletin_tools", tmp / name)
    for path in (tmp / name).rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        renamed = _NAME_AS_TEXT.sub(name, text)
        if renamed != text:
            path.write_text(renamed, encoding="utf-8")
    if str(tmp) not in sys.path:
        sys.path.insert(0, str(tmp))
    return import_module(f"{name}.pipeline"), import_module(f"{name}.render.json")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("baseline", type=Path, nargs="+", help="trees holding the baseline bulletin_tools/")
    ap.add_argument("--records", type=int, default=1500)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    records = bench_throughput.distinct_texts(args.records)
    mb = sum(len(r.encode("utf-8")) for r in records) / 2**20

    from bulletin_tools import pipeline
    from bulletin_tools.render import json as render_json

    with tempfile.TemporaryDirectory() as tmp:
        names = ["baseline"] if len(args.baseline) == 1 else [f"baseline{k + 1}" for k in range(len(args.baseline))]
        runners = {}
        for k, (name, tree) in enumerate(zip(names, args.baseline)):
            base_pipeline, base_json = load_baseline(tree.resolve(), Path(tmp), "bulletin_baseline" + (str(k + 1) if k else ""))
            runners[name] = (lambda p, j: lambda r: json.dumps(j.to_json_dict(p.clean_text(r)), ensure_ascii=False))(
                base_pipeline, base_json)
        runners["this tree"] = lambda r: json.dumps(render_json.to_json_dict(pipeline.clean_text(r)), ensure_ascii=False)
        outputs = {name: [run(r) for r in records] for name, run in runners.items()}  # warm-up + outputs
        differ = {name: [i for i, (a, b) in enumerate(zip(outputs[name], outputs["this tree"])) if a != b] for name in names}
        best = {name: float("inf") for name in runners}
        for _ in range(args.rounds):
            for name, run in runners.items():
                start = time.process_time()
                for r in records:
                    run(r)
                best[name] = min(best[name], time.process_time() - start)

    for name, tree in zip(names, args.baseline):
        d = differ[name]
        print(f"{args.records} records, {mb:.1f} MB; JSON outputs identical"
              f"{'' if len(names) == 1 else f' ({name} = {tree})'}: "
              f"{'yes' if not d else f'NO ({len(d)} differ, first record {d[0]})'}")
    print(f"\n{'version':12} {'ms/doc':>8} {'MB/s':>7}")
    for name in runners:
        print(f"{name:12} {best[name] * 1000 / args.records:8.3f} {mb / best[name]:7.2f}")
    print()
    for name in names:
        print(f"this tree vs {name} (throughput): {best[name] / best['this tree']:.2f}x")

if __name__ == "__main__":
    main()
