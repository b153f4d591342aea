"""Block-style YAML for the front matter, byte-identical to PyYAML's ``safe_dump``.

Why not just call PyYAML: importing it costs more than a third of the time
``bulletin clean one.txt`` spends beyond starting Python (its reader and
resolver compile large regular expressions at import), and the front matter
only ever holds strings, numbers, nulls, lists of strings and nested
mappings.  This module writes exactly what
``yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000)``
writes for such data, applying PyYAML's own rules for when a string may be
plain and when it must be quoted; for anything outside that shape (a line
break or control character in a string, a list of mappings, a float, a long
key) it hands the whole document to PyYAML, loaded only then.  A property test
compares the two writers on random data.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_WHITESPACE = "\0 \t\r\n\x85\u2028\u2029"
_LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`"


class _Unsupported(Exception):
    """Data this writer does not cover: PyYAML writes the document instead."""


def dump(data: dict[str, Any]) -> str:
    """``data`` as a YAML block mapping, with a final newline."""
    try:
        out: list[str] = []
        _mapping(data, "", out)
        return "\n".join(out) + "\n" if out else "{}\n"
    except _Unsupported:
        import yaml

        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000)


def _mapping(data: dict[str, Any], indent: str, out: list[str]) -> None:
    for key, value in data.items():
        if not isinstance(key, str) or not key or len(key) > 122:  # PyYAML: key + "!!str" < 128
            raise _Unsupported
        head = indent + _scalar(key) + ":"
        if isinstance(value, dict):
            if not value:
                out.append(head + " {}")
            else:
                out.append(head)
                _mapping(value, indent + "  ", out)
        elif isinstance(value, list):
            if not value:
                out.append(head + " []")
            else:
                out.append(head)
                for item in value:
                    if isinstance(item, (dict, list)):
                        raise _Unsupported
                    out.append(indent + "- " + _scalar(item))
        else:
            out.append(head + " " + _scalar(value))


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str):
        raise _Unsupported
    if not value:
        return "''"
    style = _style(value)
    if style == "plain" and not _resolves_to_other_type(value):
        return value
    return "'" + value.replace("'", "''") + "'"


def _style(s: str) -> str:
    """``plain`` or ``single``, as PyYAML's ``analyze_scalar`` decides for a block value.

    Raises :class:`_Unsupported` where PyYAML would write double quotes or
    break the line (line breaks, control and other non-printable characters).
    """
    plain = not (s.startswith("---") or s.startswith("..."))
    if s[0] == " " or s[-1] == " ":
        plain = False
    n = len(s)
    for i, ch in enumerate(s):
        if not ("\x20" <= ch <= "\x7e"):
            if ch in "\n\x85\u2028\u2029" or not (
                    "\xa0" <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd" or "\U00010000" <= ch < "\U0010ffff"
            ) or ch == "\ufeff":
                raise _Unsupported
            continue
        if not plain:
            continue
        followed_by_space = i + 1 >= n or s[i + 1] in _WHITESPACE
        if i == 0:
            if ch in _LEADING_INDICATORS or (ch in "?:-" and followed_by_space):
                plain = False
        elif (ch == ":" and followed_by_space) or (ch == "#" and s[i - 1] in _WHITESPACE):
            plain = False
    return "plain" if plain else "single"


def _resolves_to_other_type(s: str) -> bool:
    """Would PyYAML's resolver read this plain scalar as a bool, number, null, date …?"""
    first = s[0]
    if first not in _RESOLVER_FIRST:
        return False
    return any(p.match(s) for p in _resolvers())


# First characters of the implicit resolvers of ``yaml.resolver.Resolver``.
_RESOLVER_FIRST = frozenset("yYnNtTfFoO-+0123456789.<~=")


@cache
def _resolvers() -> tuple[re.Pattern[str], ...]:
    """YAML 1.1 implicit types, as in ``yaml.resolver.Resolver`` (compiled on first need)."""
    return tuple(re.compile(p, re.X) for p in (
        r"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$",
        r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
            |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
            |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
            |[-+]?\.(?:inf|Inf|INF)
            |\.(?:nan|NaN|NAN))$""",
        r"""^(?:[-+]?0b[0-1_]+
            |[-+]?0[0-7_]+
            |[-+]?(?:0|[1-9][0-9_]*)
            |[-+]?0x[0-9a-fA-F_]+
            |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$""",
        r"^(?:<<)$",
        r"^(?:~|null|Null|NULL)$",
        r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
            |[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?
             (?:[Tt]|[ \t]+)[0-9][0-9]?
             :[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
             (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
        r"^(?:=)$",
    ))
