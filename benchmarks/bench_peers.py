"""bulletin beside the general-purpose cleaners a pipeline might use instead.

    pip install -e '.[bench]'
    python benchmarks/bench_peers.py [--records 1000] [--rounds 3]

One process, the same texts (the distinct records ``bench_throughput.py``
builds from ``samples/`` and ``../shared/corpus/``), interleaved rounds, best
of ``--rounds``.  Each tool does what a user would call it for:

- bulletin: ``pipeline.clean_text`` and the JSON object (``to_json_dict``);
- clean-text: ``cleantext.clean(text)`` with its defaults;
- trafilatura: ``trafilatura.extract(html)``, each text wrapped as minimal
  HTML (``<p>`` per line, escaped; the wrapping is done before timing);
- ftfy: ``ftfy.fix_text(text)`` (encoding repair only: far less work).

The peers are in the optional ``bench`` extra; a peer that is not installed
is skipped, and the table says so.  Absolute times mean little on a shared
machine; the ratios are measured in one run.  Times are this
process's CPU time (``time.process_time``): on a machine shared with other
jobs, wall-clock time counts their load too.

Targets (issue 13): bulletin's throughput at least 1.15x clean-text's;
stretch: as fast as trafilatura's extraction.
"""

from __future__ import annotations

import argparse
import html
import importlib
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_throughput  # noqa: E402  (the corpus builder)

CLEAN_TEXT_TARGET = 1.15


def as_html(text: str) -> str:
    """The text as the smallest page trafilatura accepts: one ``<p>`` per non-blank line."""
    paras = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><head><title></title></head><body><article>\n{paras}</article></body></html>"


def peers() -> tuple[dict[str, tuple[Callable[[str], object], bool]], list[str]]:
    """name -> (function of one record, takes HTML); and the names of peers not installed."""
    found: dict[str, tuple[Callable[[str], object], bool]] = {}
    missing: list[str] = []
    try:
        cleantext = importlib.import_module("cleantext")
        found["clean-text clean()"] = (cleantext.clean, False)
    except ImportError:
        missing.append("clean-text (pip install clean-text)")
    try:
        trafilatura = importlib.import_module("trafilatura")
        found["trafilatura.extract (HTML)"] = (trafilatura.extract, True)
    except ImportError:
        missing.append("trafilatura (pip install trafilatura lxml_html_clean)")
    try:
        ftfy = importlib.import_module("ftfy")
        found["ftfy.fix_text"] = (ftfy.fix_text, False)
    except ImportError:
        missing.append("ftfy")
    return found, missing


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    records = bench_throughput.distinct_texts(args.records)
    pages = [as_html(r) for r in records]
    mb = sum(len(r.encode("utf-8")) for r in records) / 2**20

    from bulletin_tools.pipeline import clean_text
    from bulletin_tools.render.json import to_json_dict

    tools: dict[str, tuple[Callable[[str], object], bool]] = {
        "bulletin (clean + JSON)": (lambda t: to_json_dict(clean_text(t)), False),
    }
    found, missing = peers()
    tools.update(found)

    for fn, takes_html in tools.values():  # warm-up: imports, tables, compiled patterns
        for x in (pages if takes_html else records)[:50]:
            fn(x)
    best = {name: float("inf") for name in tools}
    for _ in range(args.rounds):
        for name, (fn, takes_html) in tools.items():
            inputs = pages if takes_html else records
            start = time.process_time()
            for x in inputs:
                fn(x)
            best[name] = min(best[name], time.process_time() - start)

    n = args.records
    ours = best["bulletin (clean + JSON)"]
    print(f"{n} records, {mb:.2f} MB of text; best of {args.rounds} interleaved rounds, one process\n")
    print(f"{'tool':28} {'ms/doc':>8} {'docs/s':>8} {'MB/s':>7} {'bulletin vs tool':>17}")
    for name in tools:
        t = best[name]
        ratio = t / ours
        print(f"{name:28} {t * 1000 / n:8.3f} {n / t:8.0f} {mb / t:7.2f} {ratio:16.2f}x")
    for name in missing:
        print(f"{name:28} skipped: not installed (pip install -e '.[bench]')")
    print("\n(bulletin vs tool: bulletin's throughput over the tool's; > 1 means bulletin is faster)")
    if "clean-text clean()" in best:
        r = best["clean-text clean()"] / ours
        print(f"target: bulletin >= {CLEAN_TEXT_TARGET}x clean-text: {r:.2f}x "
              f"{'ok' if r >= CLEAN_TEXT_TARGET else 'MISSED'}")
    if "trafilatura.extract (HTML)" in best:
        r = best["trafilatura.extract (HTML)"] / ours
        print(f"stretch: bulletin >= 1.0x trafilatura: {r:.2f}x {'ok' if r >= 1.0 else 'not reached'}")


if __name__ == "__main__":
    main()
