"""Peak memory of ``bulletin clean`` on a long NDJSON stream: it must stay flat.

    python benchmarks/bench_memory.py [--mb 200] [--small-mb 20] [--jobs 1] [--baseline DIR]

Writes an NDJSON stream of about ``--mb`` MB (the distinct records of
``bench_throughput.py``: every record a :func:`bench_throughput.variant`
of a sample or corpus text, so no cache keyed on a document or a line can
hide a leak behind repeats), then runs, one after the other, as whole
processes reading the stream on stdin and writing to ``/dev/null``:

- ``passthrough``: a Python process that parses each record and writes it
  back (the floor: interpreter, JSON in, JSON out);
- ``bulletin clean - --input-format jsonl --format jsonl`` on a
  ``--small-mb`` prefix of the stream and on the whole of it: "flat" means
  the two peaks are about equal (issue 13: ~90 MiB at 200 MB of input);
- with ``--baseline DIR`` (``git archive BASE | tar -x -C DIR``), the same
  command from that tree on the whole stream.

The peak is each child's own maximum resident set size (``os.wait4``), so
the benchmark's own memory never counts.  Time is printed for information;
use ``bench_throughput.py`` for speed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_throughput  # noqa: E402  (the corpus texts and their variants)

PASSTHROUGH = """
import json, sys
out = sys.stdout.buffer
for raw in sys.stdin.buffer:
    if raw.strip():
        rec = json.loads(raw)
        out.write((json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\\n").encode("utf-8"))
"""


def write_stream(path: Path, megabytes: float, small_path: Path, small_megabytes: float) -> tuple[int, int]:
    """Write about ``megabytes`` MB of records to ``path`` (and the first ``small_megabytes`` to ``small_path``)."""
    texts = bench_throughput.corpus_texts()
    if not texts:
        raise SystemExit("no input texts found (samples/ and ../shared/corpus/)")
    limit, small_limit = megabytes * 2**20, small_megabytes * 2**20
    size = records = 0
    with path.open("wb") as fh, small_path.open("wb") as small:
        while size < limit:
            text = bench_throughput.variant(texts[records % len(texts)], records // len(texts))
            line = (json.dumps({"id": records, "text": text}, ensure_ascii=False) + "\n").encode("utf-8")
            fh.write(line)
            if size < small_limit:
                small.write(line)
            size += len(line)
            records += 1
    return records, size


def peak_rss(cmd: list[str], stdin: Path, cwd: Path) -> tuple[float, float, int]:
    """(peak RSS in MiB, seconds, exit code) of one child process."""
    env = bench_throughput.env()
    with stdin.open("rb") as fh:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=fh, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024, elapsed, proc.returncode  # ru_maxrss is in KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=200.0, help="size of the long stream (MB)")
    ap.add_argument("--small-mb", type=float, default=20.0, help="size of the short prefix (MB)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--baseline", type=Path, default=None, help="a tree holding the baseline bulletin_tools/")
    args = ap.parse_args()

    py = sys.executable
    bulletin = [py, "-m", "bulletin_tools", "clean", "-", "--input-format", "jsonl", "--format", "jsonl",
                "-q", "--jobs", str(args.jobs)]
    with tempfile.TemporaryDirectory() as tmp:
        long_path, small_path = Path(tmp) / "long.jsonl", Path(tmp) / "short.jsonl"
        records, size = write_stream(long_path, args.mb, small_path, args.small_mb)
        small_size = small_path.stat().st_size
        print(f"stream: {records} records, {size / 2**20:.0f} MB (short prefix {small_size / 2**20:.0f} MB); "
              f"--jobs {args.jobs}; load average {os.getloadavg()[0]:.1f}")
        runs = [("passthrough (python, JSON in/out)", [py, "-c", PASSTHROUGH], long_path, ROOT),
                (f"bulletin, {small_size / 2**20:.0f} MB", bulletin, small_path, ROOT),
                (f"bulletin, {size / 2**20:.0f} MB", bulletin, long_path, ROOT)]
        if args.baseline is not None:
            runs.append((f"baseline, {size / 2**20:.0f} MB", bulletin, long_path, args.baseline.resolve()))
        results = {}
        print(f"\n{'process':36} {'peak RSS MiB':>12} {'seconds':>8} {'exit':>5}")
        for name, cmd, stdin, cwd in runs:
            results[name] = peak_rss(cmd, stdin, cwd)
            rss, seconds, code = results[name]
            print(f"{name:36} {rss:12.1f} {seconds:8.1f} {code:5d}", flush=True)
    small_rss = results[runs[1][0]][0]
    long_rss = results[runs[2][0]][0]
    print(f"\nlong vs short stream (peak RSS): {long_rss / small_rss:.2f}x  (flat: about 1.0x)")
    print(f"bulletin vs passthrough (peak RSS, long stream): {long_rss / results[runs[0][0]][0]:.2f}x")
    if args.baseline is not None:
        print(f"bulletin vs baseline (peak RSS, long stream): {long_rss / results[runs[3][0]][0]:.2f}x")


if __name__ == "__main__":
    main()
