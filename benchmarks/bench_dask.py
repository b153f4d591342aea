"""Records per second on Dask, side by side with one machine, in one run.

    python benchmarks/bench_dask.py [--records 20000] [--shards 8]

Needs the dask extra.  Builds the NDJSON corpus of ``bench_throughput.py``
(``samples/*.txt`` and ``../shared/corpus/*.txt``, every record distinct),
splits it into ``--shards`` shards, and times, as whole ``bulletin``
processes over the same shards, interleaved so that each pair compared ran
back to back:

- ``bulletin clean SHARDS --input-format jsonl --format jsonl --jobs 1`` on one core;
- the same through a LocalCluster of 1 worker process (``--scheduler
  tcp://…``), cluster, scheduler and client on the same one core;
- ``--jobs 2`` on two cores;
- a LocalCluster of 2 worker processes on the same two cores;
- with ``--with-local``, ``--scheduler local --jobs 2`` end to end (the
  cluster's start-up included).

Clusters run with ``bulletin_tools.dask.QUIET_CLUSTER_CONFIG`` (what
``--scheduler local`` uses, and the README recommends for ``dask worker``).

Each cluster is started before its run and warmed up with one small shard
(a long-lived cluster is warm), so the figures are per-record costs, not
start-up.  Targets (issue 15): 2 workers >= 1.8x the records/s of 1 worker;
the Dask overhead (1 worker against --jobs 1) <= 10%.  The Dask outputs are
checked to be byte-identical to the one-process output.

Besides wall time, every run's CPU time is summed over all its processes
(the CLI and its --jobs children; for Dask also the worker processes, and
the scheduler and nannies, which run in this process).  On a machine shared
with other work, wall time measures the neighbours as much as the code; CPU
time per record does not, so the overhead is given both ways, and the load
average is printed beside the figures.
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_throughput import build_corpus, env  # noqa: E402  (the same corpus as the throughput benchmark)

PY = sys.executable


def split(corpus: Path, folder: Path, shards: int) -> list[Path]:
    lines = corpus.read_bytes().splitlines(keepends=True)
    per = -(-len(lines) // shards)
    paths = []
    for k in range(shards):
        path = folder / f"part-{k:04d}.jsonl"
        path.write_bytes(b"".join(lines[k * per:(k + 1) * per]))
        paths.append(path)
    return paths


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], cores: list[int], workers: list[int] = ()) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command, its children, the ``workers`` pids and this process)."""
    import psutil

    def pin() -> None:
        os.sched_setaffinity(0, cores)

    def worker_cpu() -> float:
        return sum(sum(psutil.Process(pid).cpu_times()[:2]) for pid in workers)

    cpu0 = _cpu(resource.RUSAGE_CHILDREN) + _cpu(resource.RUSAGE_SELF) + worker_cpu()
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env(), preexec_fn=pin)
    elapsed = time.perf_counter() - start
    cpu = _cpu(resource.RUSAGE_CHILDREN) + _cpu(resource.RUSAGE_SELF) + worker_cpu() - cpu0
    if proc.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr.decode()[-2000:]}")
    return elapsed, cpu


@contextmanager
def cluster(workers: int, cores: list[int]):
    """A LocalCluster whose scheduler and workers all run on ``cores`` (they inherit our affinity)."""
    import dask
    from distributed import Client, LocalCluster

    from bulletin_tools.dask import QUIET_CLUSTER_CONFIG

    everything = os.sched_getaffinity(0)
    os.sched_setaffinity(0, cores)
    try:
        with dask.config.set(QUIET_CLUSTER_CONFIG), \
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                             silence_logs=logging.ERROR) as lc:
            with Client(lc) as client:
                pids = list(client.run(os.getpid).values())
            os.sched_setaffinity(0, everything)
            yield lc.scheduler_address, pids
    finally:
        os.sched_setaffinity(0, everything)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--with-local", action="store_true", help="also time --scheduler local -j 2, start-up included")
    args = ap.parse_args()
    os.environ.clear()
    os.environ.update(env())  # the workers inherit it: bytecode cached as for an installed package
    cores = sorted(os.sched_getaffinity(0))
    if len(cores) < 2:
        raise SystemExit("needs two cores")
    one, two = cores[:1], cores[:2]

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "shards").mkdir()
        (root / "warm").mkdir()
        size = build_corpus(root / "corpus.jsonl", args.records)
        shards = split(root / "corpus.jsonl", root / "shards", args.shards)
        (root / "warm" / "w.jsonl").write_bytes(b"".join(shards[0].read_bytes().splitlines(keepends=True)[:20]))
        print(f"corpus: {args.records} records in {args.shards} shards, {size / 2**20:.1f} MB; "
              f"cores available: {len(cores)}", flush=True)

        clean = [PY, "-m", "bulletin_tools", "clean", "--input-format", "jsonl", "--format", "jsonl", "-q"]
        inputs = [str(p) for p in shards]

        def one_process(jobs: int, pin: list[int]) -> tuple[float, float]:
            return timed(clean + inputs + ["--jobs", str(jobs), "-o", str(root / f"one-{jobs}.jsonl")], pin)

        def on_dask(address: str, pids: list[int], label: str, pin: list[int]) -> tuple[float, float]:
            timed(clean + [str(root / "warm" / "w.jsonl"), "--out-dir", str(root / f"warm-{label}"),
                           "--scheduler", address], pin)
            return timed(clean + inputs + ["--out-dir", str(root / label), "--scheduler", address], pin, pids)

        timed(clean + [str(root / "warm" / "w.jsonl")], one)  # bytecode and disk cache
        load = [os.getloadavg()[0]]
        t: dict[str, tuple[float, float]] = {}
        t["bulletin --jobs 1 (1 core)"] = one_process(1, one)
        with cluster(1, one) as (address, pids):
            t["dask, 1 worker (1 core)"] = on_dask(address, pids, "dask-1", one)
        t["bulletin --jobs 2 (2 cores)"] = one_process(2, two)
        with cluster(2, two) as (address, pids):
            t["dask, 2 workers (2 cores)"] = on_dask(address, pids, "dask-2", two)
        if args.with_local:
            t["--scheduler local -j 2, with start-up"] = timed(
                clean + inputs + ["--out-dir", str(root / "local-2"), "--scheduler", "local", "--jobs", "2"], two)

        reference = (root / "one-1.jsonl").read_bytes()
        same = all(b"".join((root / d / p.name).read_bytes() for p in shards) == reference
                   for d in ("dask-1", "dask-2", "local-2") if (root / d).exists())
        same = same and (root / "one-2.jsonl").read_bytes() == reference

        load.append(os.getloadavg()[0])

    print(f"all outputs byte-identical to --jobs 1: {same}")
    print(f"load average (1 min) at start and end: {load[0]:.1f}, {load[1]:.1f} on {len(cores)} cores")
    print()
    print(f"{'run':40} {'wall s':>8} {'records/s':>10} {'CPU s':>8} {'records/CPU s':>14}")
    for name, (wall, cpu) in t.items():
        print(f"{name:40} {wall:8.2f} {args.records / wall:10.0f} {cpu:8.2f} {args.records / cpu:14.0f}")
    print()
    wall = {name: v[0] for name, v in t.items()}
    cpu = {name: v[1] for name, v in t.items()}
    w1, w2, j1 = "dask, 1 worker (1 core)", "dask, 2 workers (2 cores)", "bulletin --jobs 1 (1 core)"
    rows = [("dask 2 workers vs 1 worker (wall)", wall[w1] / wall[w2], ">=", 1.8, "x"),
            ("dask overhead vs --jobs 1 (wall)", wall[w1] / wall[j1] - 1, "<=", 0.10, "%"),
            ("dask overhead vs --jobs 1 (CPU)", cpu[w1] / cpu[j1] - 1, "<=", 0.10, "%")]
    print(f"{'ratio':40} {'measured':>9} {'target':>9}")
    for label, value, op, target, unit in rows:
        ok = value >= target if op == ">=" else value <= target
        shown = f"{value:8.2f}x" if unit == "x" else f"{value:8.1%} "
        goal = f"{op} {target:.2f}x" if unit == "x" else f"{op} {target:.0%}"
        print(f"{label:40} {shown} {goal:>9}  {'ok' if ok else 'MISSED'}")
    print(f"{'(for scale) --jobs 2 vs --jobs 1 (wall)':40} {wall[j1] / wall['bulletin --jobs 2 (2 cores)']:8.2f}x")


if __name__ == "__main__":
    main()
