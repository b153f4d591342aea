"""Throughput and cold start of ``bulletin``, side by side with ftfy alone.

    python benchmarks/bench_throughput.py [--records 3000] [--rounds 3]

Builds an NDJSON corpus from ``samples/*.txt`` and ``../shared/corpus/*.txt``
(cycled to ``--records`` records, every record made distinct: see
:func:`variant`) and times, as whole processes, in one run, interleaved,
best of ``--rounds``:

- ``bulletin clean - --input-format jsonl --format jsonl --jobs 1`` pinned to one core;
- a process running ``ftfy.fix_text`` over the same records (JSON in, JSON
  out, so both pay the same I/O), pinned to the same core;
- the same bulletin command with ``--jobs 2`` on two cores (when there are two);
- cold start: ``bulletin clean ONE.txt`` against ``python -c "import typer, rich, ftfy"``;
- with ``--baseline DIR`` (a tree holding another ``bulletin_tools``, e.g. an
  export of the commit before a change: ``git archive BASE | tar -x -C DIR``),
  the same ``--jobs 1`` command run from DIR, so "N times faster than
  before" is a ratio measured in one run (issue 13).

Targets (issue 13; issue 7's "2x ftfy" compared unequal work and is retired,
the ftfy ratio is printed for information): jobs 1 >= 1.5x the baseline's
records/s (with ``--baseline``); jobs 2 >= 1.8x jobs 1; cold start <= 1.5x
the import line.  Bytecode: every process
runs with a private ``PYTHONPYCACHEPREFIX`` and bytecode writing on (after a
warm-up run), as an installed package would; ``PYTHONDONTWRITEBYTECODE``
would otherwise make every start recompile the package from source.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

FTFY_SCRIPT = """
import json, sys
import ftfy
out = sys.stdout.buffer
for raw in sys.stdin.buffer:
    if raw.strip():
        rec = json.loads(raw)
        rec["text"] = ftfy.fix_text(rec["text"])
        out.write((json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\\n").encode("utf-8"))
"""


def corpus_texts() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from bulletin_tools.decode import decode_bytes
    from bulletin_tools.errors import BulletinError

    paths = sorted(ROOT.glob("samples/*.txt")) + sorted((SHARED / "corpus").glob("*.txt"))
    texts = []
    for p in paths:
        try:
            texts.append(decode_bytes(p.read_bytes()).text)
        except BulletinError:
            continue
    return texts


_DIGITS = "456789"
_WORD_SWAPS = (  # swapped both ways, whole words, case kept; applied to the whole record
    ("county", "district"), ("village", "hamlet"), ("town", "township"), ("work", "task"),
    ("activity", "campaign"), ("activities", "campaigns"), ("people", "residents"),
    ("meeting", "session"), ("service", "support"), ("party", "league"), ("school", "academy"),
    ("health", "welfare"), ("safety", "security"), ("carried", "conducted"), ("held", "hosted"),
    ("and", "or"), ("this", "that"), ("will", "shall"), ("also", "further"), ("new", "fresh"),
)


def variant(text: str, k: int) -> str:
    """The ``k``-th variant of ``text`` (``k = 0``: the text itself).

    Every record of the corpus must be distinct, so that no cache keyed on a
    document or a line could make the cycled corpus look faster than real
    use.  A variant permutes the digits 4-9 (0-3 stay, so most dates and
    times stay valid) and swaps words from a small table, both over the
    whole record: a title stays the prefix of its first paragraph, a cut word
    stays a cut of a body word, so the work per record stays comparable.

    The permutation is ``k`` read as a mixed-radix number over the digits
    the text contains (those first), so variants ``k < 6·5·4 = 120`` of a
    text with three or more of the digits 4-9 are all distinct.
    """
    if k == 0:
        return text
    present = [d for d in _DIGITS if d in text]
    order = present + [d for d in _DIGITS if d not in present]
    free, table, rest = list(_DIGITS), {}, k
    for d in order:
        rest, pick = divmod(rest, len(free))
        table[ord(d)] = free.pop(pick)
    rng = random.Random(k)
    swaps: dict[str, str] = {}
    for a, b in _WORD_SWAPS:
        if rng.random() < 0.5:
            swaps[a], swaps[b] = b, a
    text = text.translate(table)
    if not swaps:
        return text
    pattern = re.compile(r"\b(" + "|".join(sorted(swaps, key=len, reverse=True)) + r")\b", re.IGNORECASE)

    def swap(m: re.Match[str]) -> str:
        word, new = m.group(0), swaps[m.group(0).lower()]
        if word.isupper() and len(word) > 1:
            return new.upper()
        return new.capitalize() if word[0].isupper() else new

    return pattern.sub(swap, text)


def distinct_texts(count: int) -> list[str]:
    """The benchmarks' records: the bundled texts (:func:`corpus_texts`)
    cycled to ``count``, the k-th time round as their variant k (see
    :func:`variant`), so that every record is distinct."""
    texts = corpus_texts()
    if not texts:
        raise SystemExit("no input texts found (samples/ and ../shared/corpus/)")
    return [variant(texts[i % len(texts)], i // len(texts)) for i in range(count)]


def build_corpus(path: Path, records: int) -> int:
    size = 0
    seen: set[str] = set()
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(distinct_texts(records)):
            seen.add(text)
            line = json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
    if len(seen) < records:
        print(f"note: only {len(seen)} of {records} records are distinct "
              "(texts without digits or swap words repeat)", file=sys.stderr)
    return size


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    e["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "bulletin-bench-pycache")
    return e


def run(cmd: list[str], stdin: Path | None, cores: list[int] | None, cwd: Path | None = None) -> tuple[float, bytes]:
    def pin() -> None:
        if cores and hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, cores)

    fh = stdin.open("rb") if stdin is not None else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdin=fh, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(),
                              preexec_fn=pin if os.name == "posix" else None, cwd=cwd)
        elapsed = time.perf_counter() - start
    finally:
        if stdin is not None:
            fh.close()
    if proc.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr.decode()[-2000:]}")
    return elapsed, proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cold-rounds", type=int, default=10)
    ap.add_argument("--baseline", type=Path, default=None,
                    help="a tree with the bulletin_tools to compare against (run from that folder)")
    args = ap.parse_args()

    try:
        cores = sorted(os.sched_getaffinity(0))
    except AttributeError:
        cores = list(range(os.cpu_count() or 1))
    one, two = cores[:1], cores[:2]
    py = sys.executable
    bulletin = [py, "-m", "bulletin_tools", "clean", "-", "--input-format", "jsonl", "--format", "jsonl", "-q"]

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        size = build_corpus(corpus, args.records)
        one_file = Path(tmp) / "one.txt"
        one_file.write_text(corpus_texts()[0], encoding="utf-8")
        print(f"corpus: {args.records} records, {size / 2**20:.1f} MB; cores available: {len(cores)}")

        cases = {
            "ftfy.fix_text (1 core)": ([py, "-c", FTFY_SCRIPT], corpus, one),
            "bulletin --jobs 1 (1 core)": (bulletin + ["--jobs", "1"], corpus, one),
        }
        if args.baseline is not None:
            cases["baseline --jobs 1 (1 core)"] = (bulletin + ["--jobs", "1"], corpus, one)
        if len(two) == 2:
            cases["bulletin --jobs 2 (2 cores)"] = (bulletin + ["--jobs", "2"], corpus, two)
        cold = {
            'python -c "import typer, rich, ftfy"': ([py, "-c", "import typer, rich, ftfy"], None, one),
            "bulletin clean one.txt": ([py, "-m", "bulletin_tools", "clean", str(one_file)], None, one),
        }
        def where(name: str) -> Path:
            return args.baseline.resolve() if name.startswith("baseline") else ROOT

        for name, (cmd, stdin, pin) in list(cases.items()) + list(cold.items()):  # warm-up: bytecode, disk cache
            run(cmd, stdin, pin, where(name))
        best = {name: float("inf") for name in [*cases, *cold]}
        outputs: dict[str, bytes] = {}
        for _ in range(args.rounds):
            for name, (cmd, stdin, pin) in cases.items():
                t, out = run(cmd, stdin, pin, where(name))
                best[name] = min(best[name], t)
                outputs[name] = out
        for _ in range(args.cold_rounds):
            for name, (cmd, stdin, pin) in cold.items():
                best[name] = min(best[name], run(cmd, stdin, pin, where(name))[0])

    if "bulletin --jobs 2 (2 cores)" in outputs:
        same = outputs["bulletin --jobs 2 (2 cores)"] == outputs["bulletin --jobs 1 (1 core)"]
        print(f"--jobs 2 output identical to --jobs 1: {same}")
    if "baseline --jobs 1 (1 core)" in outputs:
        same = outputs["baseline --jobs 1 (1 core)"] == outputs["bulletin --jobs 1 (1 core)"]
        print(f"output identical to the baseline's: {same}")
    print()
    print(f"{'process':34} {'seconds':>8} {'records/s':>10}")
    for name in cases:
        print(f"{name:34} {best[name]:8.2f} {args.records / best[name]:10.0f}")
    for name in cold:
        print(f"{name:34} {best[name]:8.3f}")
    print()
    ftfy_t, j1 = best["ftfy.fix_text (1 core)"], best["bulletin --jobs 1 (1 core)"]
    rows = [("bulletin jobs 1 vs ftfy (throughput)", ftfy_t / j1, None)]
    if "bulletin --jobs 2 (2 cores)" in best:
        rows.append(("bulletin jobs 2 vs jobs 1", j1 / best["bulletin --jobs 2 (2 cores)"], 1.8))
    if "baseline --jobs 1 (1 core)" in best:
        rows.append(("bulletin jobs 1 vs baseline (throughput)", best["baseline --jobs 1 (1 core)"] / j1, 1.5))
    cold_ratio = best["bulletin clean one.txt"] / best['python -c "import typer, rich, ftfy"']
    print(f"{'ratio':40} {'measured':>9} {'target':>8}")
    for label, value, target in rows:
        if target is None:
            print(f"{label:40} {value:8.2f}x  (information)")
            continue
        print(f"{label:40} {value:8.2f}x {'>=':>3}{target:4.1f}x  {'ok' if value >= target else 'MISSED'}")
    print(f"{'cold start vs import typer, rich, ftfy':40} {cold_ratio:8.2f}x {'<=':>3}{1.5:4.1f}x  "
          f"{'ok' if cold_ratio <= 1.5 else 'MISSED'}")


if __name__ == "__main__":
    main()
