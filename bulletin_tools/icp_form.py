"""One English form for an ICP filing number, built from its Chinese record.

Why: the same filing reaches us in three styles (``Su ICP No. …``,
``Zhe ICP Bei 13007712 Hao-1``, or the Chinese ``浙ICP备13007712号-1``
copied as is), so ``footer.icp.text`` (``icp`` in the front matter) could
not be compared or searched.  The documented form is::

    {pinyin of the province character} ICP No. {number}[-{site}]
    {pinyin} ({Province}) ICP No. …      when the syllable is shared (Ji, Gan, Gui, Jin, Yu)
    {pinyin} ICP Licence No. …           for a licence (ICP证) rather than a filing (ICP备)

e.g. ``Zhe ICP No. 13007712-1`` beside ``icp_record: 浙ICP备13007712号-1``.
A record that could not be rebuilt (``record`` null) keeps the cleaned text:
nothing is guessed.
"""

from __future__ import annotations

import re
from functools import cache

_RECORD = re.compile(r"(?P<char>\w)ICP(?P<kind>[备证])(?P<num>[0-9A-Za-z-]+?)号(?:-(?P<site>\d+))?")


@cache
def _syllables() -> dict[str, str]:
    """Province character → how the English form spells it (``Ji (Jilin)`` for a shared syllable)."""
    from .repair.records import provinces

    rows = [row for row in provinces() if row.pinyin]
    owners: dict[str, set[str]] = {}
    for row in rows:
        for syllable in row.pinyin:
            owners.setdefault(syllable.lower(), set()).add(row.name)
    out = {}
    for row in rows:
        syllable = row.pinyin[0]
        out[row.char] = f"{syllable} ({row.name})" if len(owners[syllable.lower()]) > 1 else syllable
    return out


def english_icp(record: str | None) -> str | None:
    """``浙ICP备13007712号-1`` → ``Zhe ICP No. 13007712-1``; None when ``record`` is not a known ICP record.

    >>> english_icp("苏ICP备05009352号-1")
    'Su ICP No. 05009352-1'
    >>> english_icp("吉ICP备12000001号")
    'Ji (Jilin) ICP No. 12000001'
    >>> english_icp(None) is None
    True
    """
    if not record:
        return None
    m = _RECORD.fullmatch(record.strip())
    if m is None:
        return None
    prefix = _syllables().get(m["char"])
    if prefix is None:
        return None
    words = "ICP No." if m["kind"] == "备" else "ICP Licence No."
    site = f"-{m['site']}" if m["site"] else ""
    return f"{prefix} {words} {m['num']}{site}"
