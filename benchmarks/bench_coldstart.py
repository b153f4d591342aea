"""Cold start of ``bulletin clean ONE.txt`` against ``python -c "import typer, rich, ftfy"``.

    python benchmarks/bench_coldstart.py [--rounds 24] [--baseline DIR ...]

Issue 13's target: one ``clean`` of a small file, as a whole process, costs
at most 1.5x the process that only imports typer, rich and ftfy (what any
CLI built on those pays before doing anything).  Both commands run
interleaved, ``--rounds`` times, pinned to one core, and the medians are
compared: on a machine shared with other jobs a median is steadier than a
best-of, and interleaving gives both the same load.  ONE.txt is the first
bundled sample (the file ``bench_throughput.py`` uses).

With ``--baseline DIR`` (a tree holding another ``bulletin_tools``, e.g.
``git archive BASE | tar -x -C DIR``), the same command also runs from DIR
in the same rounds, so "before" and "after" ratios come from one run; the
outputs must be identical, or the script says so.  Every process runs with a
private ``PYTHONPYCACHEPREFIX`` and bytecode writing on, after a warm-up run,
as an installed package would (see ``bench_throughput.env``); the compiled-
regex cache (:mod:`bulletin_tools.recache`) is warm too, for the same reason.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_throughput import ROOT, corpus_texts, run  # noqa: E402

#: Issue 13: cold start at most this many times the import line.
TARGET = 1.5


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=24)
    ap.add_argument("--baseline", type=Path, nargs="*", default=[],
                    help="trees with the bulletin_tools to compare against (each run from its folder)")
    args = ap.parse_args()

    py = sys.executable
    one = [0]
    with tempfile.TemporaryDirectory() as tmp:
        one_file = Path(tmp) / "one.txt"
        one_file.write_text(corpus_texts()[0], encoding="utf-8")
        clean = [py, "-m", "bulletin_tools", "clean", str(one_file)]
        cases: dict[str, tuple[list[str], Path]] = {
            'python -c "import typer, rich, ftfy"': ([py, "-c", "import typer, rich, ftfy"], ROOT),
            "bulletin clean one.txt (this tree)": (clean, ROOT),
        }
        for i, tree in enumerate(args.baseline):
            cases[f"bulletin clean one.txt (baseline {i + 1})"] = (clean, tree.resolve())
        outputs: dict[str, bytes] = {}
        for name, (cmd, cwd) in cases.items():  # warm-up: bytecode, regex cache, disk cache
            run(cmd, None, one, cwd)
            outputs[name] = run(cmd, None, one, cwd)[1]
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.rounds):
            for name, (cmd, cwd) in cases.items():
                times[name].append(run(cmd, None, one, cwd)[0])

    names = list(cases)
    reference = names[0]
    for name in names[2:]:
        same = outputs[name] == outputs[names[1]]
        print(f"{name}: output identical to this tree's: {same}")
    print(f"{'process':42} {'median ms':>10} {'min ms':>8}   ({args.rounds} interleaved rounds, 1 core)")
    for name in names:
        print(f"{name:42} {statistics.median(times[name]) * 1000:10.1f} {min(times[name]) * 1000:8.1f}")
    print()
    base = statistics.median(times[reference])
    for name in names[1:]:
        ratio = statistics.median(times[name]) / base
        verdict = "ok" if ratio <= TARGET else "MISSED"
        print(f"{name:42} {ratio:6.2f}x the import line  (target <= {TARGET}x: {verdict})")


if __name__ == "__main__":
    main()
