"""How much of a document's time goes to work already done for the same document.

    python benchmarks/bench_repeats.py [--records 600]

Issue 13 asks where the time of a document goes and which costs cannot go.
Four closing notes named a "shared per-line feature pass" (compute each
line's features once, for every reader) as the redesign that would close
the gap to the general-purpose cleaners.  This measures that idea's ceiling
before anyone builds it: every module-level function of the package is
wrapped, and a call whose function and arguments (all hashable: text,
numbers, tuples) were already seen **in the same document** is a repeat.
The time of the outermost repeats is what any per-document memo or shared
feature pass could save at most (a repeat inside a repeat is not counted
twice).  Methods, closures and calls with lists or objects as arguments are
not wrapped, so the figure is a lower bound on repeats of those kinds and
an upper bound on what memoising plain functions can give.

The wrappers cost time of their own, so two shares are printed: the
repeats' time over the instrumented run's (a lower bound), and over the
same records run without wrappers (an upper bound: the repeats' time still
holds the wrappers of the calls inside them).  The records are the distinct ones ``bench_throughput``
builds; the first 100 warm up and are not counted.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_throughput  # noqa: E402  (the corpus builder)

#: Argument types whose values can key a memo.
_KEYABLE = (str, int, float, bool, type(None), tuple, frozenset)
#: Records run before counting starts (imports, tables, compiled patterns).
_WARM_UP = 100


class _Repeats:
    """The wrappers' shared state: calls seen in the current document, and the repeats' time."""

    def __init__(self) -> None:
        self.seen: set[tuple] = set()
        self.inside = False
        self.time: collections.Counter[str] = collections.Counter()
        self.calls: collections.Counter[str] = collections.Counter()

    def wrap(self, fn: types.FunctionType):
        name = f"{fn.__module__}.{fn.__qualname__}"

        def wrapper(*args, **kwargs):
            if kwargs or self.inside or not all(isinstance(a, _KEYABLE) for a in args):
                return fn(*args, **kwargs)
            try:
                key = (fn, args)
                repeated = key in self.seen
            except TypeError:  # (a tuple holding something unhashable)
                return fn(*args)
            if not repeated:
                self.seen.add(key)
                return fn(*args)
            self.inside = True
            start = time.perf_counter()
            try:
                return fn(*args)
            finally:
                self.time[name] += time.perf_counter() - start
                self.calls[name] += 1
                self.inside = False

        return wrapper


def instrument(repeats: _Repeats) -> int:
    """Replace every module-level function of the package, in every module that names it."""
    modules = [m for n, m in list(sys.modules.items()) if n.startswith("bulletin_tools") and m is not None]
    wrappers: dict[types.FunctionType, object] = {}
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, types.FunctionType) and value.__module__.startswith("bulletin_tools"):
                wrappers.setdefault(value, repeats.wrap(value))
    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, types.FunctionType) and value in wrappers:
                setattr(module, name, wrappers[value])
    return len(wrappers)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=600)
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()

    records = bench_throughput.distinct_texts(args.records + _WARM_UP)
    from bulletin_tools.pipeline import clean_text
    from bulletin_tools.render.json import to_json_dict

    for text in records[:_WARM_UP]:
        to_json_dict(clean_text(text))
    start = time.perf_counter()
    for text in records[_WARM_UP:]:
        to_json_dict(clean_text(text))
    plain = time.perf_counter() - start
    repeats = _Repeats()
    wrapped = instrument(repeats)
    from bulletin_tools import pipeline

    run = pipeline.clean_text
    start = time.perf_counter()
    for text in records[_WARM_UP:]:
        repeats.seen.clear()
        to_json_dict(run(text))
    total = time.perf_counter() - start
    repeated = sum(repeats.time.values())
    print(f"{args.records} records; {wrapped} functions wrapped")
    print(f"time in repeated calls (same function, same arguments, same document): "
          f"{repeated / total:.1%} of the instrumented run, {repeated / plain:.1%} of the plain run")
    print(f"ceiling of a per-document memo or shared feature pass over these functions: "
          f"{1 / (1 - repeated / total):.2f}x to {1 / (1 - min(repeated / plain, 0.99)):.2f}x\n")
    print(f"{'share':>7} {'repeats/doc':>12}  function")
    for name, t in repeats.time.most_common(args.top):
        print(f"{t / total:7.2%} {repeats.calls[name] / args.records:12.1f}  {name}")


if __name__ == "__main__":
    main()
