"""``clean --diff``: the source lines against the repaired lines.

Why not the input against the rendered Markdown: every line differs (front
matter, ``#``, escapes), so that diff says nothing.  An editor wants to see
what cleaning changed in the *text*: each input line beside the same line
with the document's fixes applied, and the lines that furniture removal (or
any fix) emptied shown as removed.

The repaired text is rebuilt from ``Bulletin.fixes`` alone (each holds its
span in the input and the text that replaced it), so this module needs no
second run of the pipeline.  Fixes can nest, because a later rule may act on
an earlier rule's output (mojibake → ``小编`` → ``Editor``); the outermost
span wins, and among fixes with the same span the last one made, which holds
the final text.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from .model import Fix
from .segment.lines import split_lines

#: ANSI colours of a unified diff on a terminal (as git shows it).
_COLOURS = {"+": "\x1b[32m", "-": "\x1b[31m", "@": "\x1b[36m", "header": "\x1b[1m"}
_RESET = "\x1b[0m"


def _cover(fixes: Sequence[Fix]) -> list[Fix]:
    """Non-overlapping fixes that together give the final text, in input order."""
    ranked = sorted(range(len(fixes)), key=lambda k: (fixes[k].span[0], -fixes[k].span[1], -k))
    chosen: list[Fix] = []
    pos = -1
    for k in ranked:
        start, end = fixes[k].span
        if start < pos or (chosen and chosen[-1].span == (start, end)):
            continue  # inside (or the same as) a fix already taken, whose text is the final one
        chosen.append(fixes[k])
        pos = max(pos, end)
    return chosen


def repaired_lines(text: str, fixes: Sequence[Fix]) -> list[str | None]:
    """Per input line: the line with every fix applied, or None when fixes removed all its text.

    A fix that spans several lines (a title joined from two) puts its text on
    the line where it starts; the lines it swallowed come back empty, hence
    removed.

    >>> repaired_lines("Author:灏忕紪\\n[Print]\\nok", [Fix("mojibake", "灏忕紪", "小编", (7, 10)),
    ...     Fix("cjk-residue", "小编", "Editor", (7, 10)), Fix("furniture", "[Print]", "", (11, 18))])
    ['Author:Editor', None, 'ok']
    """
    chosen = _cover(fixes)
    out: list[str | None] = []
    k = 0
    carried = 0  # end of the last fix applied: text before it is already accounted for
    for a, b in split_lines(text):
        pieces: list[str] = []
        pos = max(a, min(carried, b))
        touched = carried > a
        while k < len(chosen) and (chosen[k].span[0] < b or (chosen[k].span[0] == b and chosen[k].span[1] == b)):
            fix = chosen[k]
            start, end = fix.span
            if start >= pos:
                pieces.append(text[pos:start])
            pieces.append(fix.after)
            pos = max(pos, min(end, b))
            carried = max(carried, end)
            touched = True
            k += 1
        pieces.append(text[pos:b])
        line = "".join(pieces)
        source = text[a:b]
        out.append(None if touched and source.strip() and not line.strip() else line)
    return out


def unified(name: str, text: str, fixes: Sequence[Fix]) -> list[str]:
    """A unified diff (lines ending in ``\\n``) of the input's lines against the repaired ones."""
    import difflib

    before = [text[a:b] + "\n" for a, b in split_lines(text)]
    after = [line + "\n" for line in repaired_lines(text, fixes) if line is not None]
    return list(difflib.unified_diff(before, after, fromfile=f"{name}\t(input)", tofile=f"{name}\t(repaired)"))


def colour(lines: Iterable[str]) -> list[str]:
    """The diff with ANSI colours: removed red, added green, hunk headers cyan, file headers bold."""
    out = []
    for line in lines:
        body = line.rstrip("\n")
        code: str | None
        if line.startswith(("--- ", "+++ ")):
            code = _COLOURS["header"]
        else:
            code = _COLOURS.get(line[:1])
        out.append(f"{code}{body}{_RESET}\n" if code else line)
    return out
