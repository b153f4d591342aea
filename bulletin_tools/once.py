"""A value computed on first use and remembered, for one page's work.

``functools.cache`` on a function of no arguments does the same, but builds
an LRU wrapper (and a lock, a dictionary, a key) each time it is applied:
the header reader applied it once per page, which cost as much as several
of its line tests.
"""

from __future__ import annotations

from typing import Callable, TypeVar

T = TypeVar("T")


def once(make: Callable[[], T]) -> Callable[[], T]:
    """``make``, called on the first call of the result and remembered after.

    >>> calls = []
    >>> get = once(lambda: calls.append(1) or len(calls))
    >>> get(), get(), calls
    (1, 1, [1])
    """
    memo: list[T] = []

    def get() -> T:
        if not memo:
            memo.append(make())
        return memo[0]

    return get
