"""Module-level regular expressions compiled on first use, not at import.

Why: Python compiles a pattern in pure Python, and a class with a wide
range such as ``[\\u4e00-\\u9fff]`` costs a millisecond or more; compiling every
module's patterns at import made ``bulletin clean one.txt`` pay for patterns
the document never needed (benchmarks/bench_throughput.py measures the cold start).  A
:class:`LazyPattern` stands in for the compiled pattern: the first attribute
read compiles it and stores the pattern's bound methods on the instance, so
every later ``P.search(...)`` is one instance-dictionary lookup, as cheap as
calling a compiled pattern held in a module global.
"""

from __future__ import annotations

import re
from typing import Callable, Union, cast

#: A pattern's source: the text itself, or a function that builds it from a
#: data table on first use (reading the table at import would cost every run).
Source = Union[str, Callable[[], str]]

_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
               "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)``, compiled when first used."""

    def __init__(self, pattern: Source, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        # Only called while the attribute is missing, i.e. before the first
        # compile (or for a name a compiled pattern does not have either).
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        pattern, flags = self._source
        compiled = re.compile(pattern() if callable(pattern) else pattern, flags)
        for attr in _ATTRIBUTES:
            self.__dict__[attr] = getattr(compiled, attr)
        self.__dict__["compiled"] = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: Source, flags: int = 0) -> re.Pattern[str]:
    """Like :func:`re.compile`, but the work happens on first use.

    ``pattern`` may be a function returning the pattern's text, called once,
    on first use (for patterns built from a data table).  The result is typed
    as the compiled pattern it stands in for: it answers every method and
    attribute callers use (``search``, ``finditer``, ``pattern`` ...).

    >>> p = lazy_compile(lambda: "a+b")
    >>> p.search("xaab").group()
    'aab'
    >>> p.pattern
    'a+b'
    """
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
