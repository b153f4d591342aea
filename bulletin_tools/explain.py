"""``--explain``: one line per fix an editor needs to read, trivial ones counted.

Why: listing ``whitespace: '   ' → ''`` for every indented paragraph, and
``punctuation-spacing: '.' → '. '`` where before and after look the same,
buried the fixes that matter (a mojibake repair, a completed title).  A fix
is *trivial* when it only changes whitespace (its before and after are equal
once all whitespace is dropped); those become one count per input, by rule.
Every other fix gets a line, with invisible characters spelled out
(``<NBSP>``, ``<U+3000>``, ``<TAB>``) so that before and after never print
the same.  All fixes, trivial ones included, stay in the JSON ``fixes``.
"""

from __future__ import annotations

import unicodedata
from typing import Sequence

from .model import Fix

#: Names for the invisible characters these pages are full of.
_NAMES = {"\u00a0": "NBSP", "\t": "TAB", "\u3000": "U+3000", "\u200b": "ZWSP", "\ufeff": "BOM", "\r": "CR", "\n": "LF"}


def visible(s: str) -> str:
    """``s`` quoted, with every invisible or unusual space shown by name.

    >>> visible("\\u3000\\u3000a\\u00a0b ")
    "'<U+3000><U+3000>a<NBSP>b '"
    """
    out = []
    for ch in s:
        if ch == " ":
            out.append(ch)
        elif ch in _NAMES:
            out.append(f"<{_NAMES[ch]}>")
        elif ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp"):
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def _squeeze(s: str) -> str:
    return "".join(ch for ch in s if not ch.isspace())


def is_trivial(fix: Fix) -> bool:
    """Only whitespace changed (indentation, NBSP, a space before a comma)."""
    return _squeeze(fix.before) == _squeeze(fix.after)


def explain_lines(name: str, text: str, fixes: Sequence[Fix]) -> tuple[str, ...]:
    """``NAME:LINE:COL: fix RULE: 'before' -> 'after'`` per non-trivial fix, then one count of the trivial ones."""
    from .batch import position

    out = []
    trivial: dict[str, int] = {}
    for fix in fixes:
        if is_trivial(fix):
            trivial[fix.rule] = trivial.get(fix.rule, 0) + 1
            continue
        line, col = position(text, fix.span[0])
        after = visible(fix.after) if fix.after else "removed"
        why = f" ({fix.why})" if fix.why else ""  # a judgement call (a line removed as chrome) says why
        out.append(f"{name}:{line}:{col}: fix {fix.rule}: {visible(fix.before)} -> {after}{why}")
    if trivial:
        total = sum(trivial.values())
        by_rule = ", ".join(f"{rule} {n}" for rule, n in sorted(trivial.items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(f"{name}: {total} whitespace-only fix{'es' if total != 1 else ''} not listed ({by_rule}; "
                   "all are in --format json 'fixes')")
    return tuple(out)
