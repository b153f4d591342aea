"""Counted work: a deterministic measure of cost, for tests that check growth.

The project measures speed with benchmarks, never with a clock in a test (a
clock flakes on a loaded machine).  What a test can check without a clock is
*how the work grows*: run a function on an input of size ``n`` and on one of
size ``k * n``, count the Python events each run executes, and compare.  A
linear step makes about ``k`` times the events; a quadratic one ``k * k``.

The count is the number of line events plus call events that ``sys.settrace``
sees in Python code (the project's and the standard library's).  It is the
same on every run of the same code on the same input, whatever the load.
What it cannot see is work inside one C call: a regular expression that
backtracks catastrophically is a single call however long it runs.  That
side is measured by ``benchmarks/bench_adversarial.py`` (wall-clock ratios
of ``n`` against ``k * n`` in one run).

A warm-up call on a third, smaller input runs first, so one-off work
(compiling a pattern, loading a data table) does not count against the
smaller size, while a cache keyed on the input cannot answer for free.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

# How far above k the ratio may go before the growth counts as superlinear.
# A linear step with a constant part stays at or below k; a quadratic one on
# inputs of the sizes used here lands near k * k.
LINEAR_SLACK = 1.25


def count_events(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> int:
    """Python line and call events executed by ``fn(*args, **kwargs)``."""
    counter = [0]

    def local(frame, event, arg):  # noqa: ANN001 - the settrace signature
        counter[0] += 1
        return local

    def global_(frame, event, arg):  # noqa: ANN001
        counter[0] += 1
        return local

    previous = sys.gettrace()
    sys.settrace(global_)
    try:
        fn(*args, **kwargs)
    finally:
        sys.settrace(previous)
    return counter[0]


def growth(fn: Callable[[Any], Any], small: Any, large: Any, warm: Any) -> float:
    """Events for ``fn(large)`` divided by events for ``fn(small)``, after a warm-up on ``warm``.

    ``warm`` must differ from both: a cache keyed on the input (the project
    has a few, bounded) would otherwise answer the measured call for free.
    """
    fn(warm)
    return count_events(fn, large) / max(count_events(fn, small), 1)


def assert_linear(fn: Callable[[Any], Any], make: Callable[[int], Any], n: int, k: int = 4,
                  label: str = "") -> None:
    """Fail when the counted work of ``fn(make(k * n))`` grows faster than ``k`` times ``fn(make(n))``."""
    ratio = growth(fn, make(n), make(k * n), warm=make(max(1, n // 2)))
    assert ratio <= k * LINEAR_SLACK, (
        f"{label or getattr(fn, '__name__', fn)}: {k}x the input made {ratio:.2f}x the counted work "
        f"(linear is at most {k}x): a superlinear step")


__all__ = ["LINEAR_SLACK", "assert_linear", "count_events", "growth"]
