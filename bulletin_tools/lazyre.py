"""Module-level regular expressions compiled on first use, not at import.

Why: Python compiles a pattern in pure Python, and a class with a wide
range such as ``[\\u4e00-\\u9fff]`` costs a millisecond or more; compiling every
module's patterns at import made ``bulletin clean one.txt`` pay for patterns
the document never needed (issue 7's cold-start ratio).  A
:class:`LazyPattern` stands in for the compiled pattern: the first attribute
read compiles it and stores the pattern's bound methods on the instance, so
every later ``P.search(...)`` is one instance-dictionary lookup, as cheap as
calling a compiled pattern held in a module global.
"""

from __future__ import annotations

import re

_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
               "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)``, compiled when first used."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        # Only called while the attribute is missing, i.e. before the first
        # compile (or for a name a compiled pattern does not have either).
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attr in _ATTRIBUTES:
            self.__dict__[attr] = getattr(compiled, attr)
        self.__dict__["compiled"] = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """Like :func:`re.compile`, but the work happens on first use."""
    return LazyPattern(pattern, flags)
