"""Page furniture: print/close/share bars, font switchers, link rows, related-news boxes.

Furniture is removed from the text but always recorded as a ``furniture``
fix, never dropped silently.  The patterns are data (data/furniture.tsv);
this module holds the few tests that need more than a pattern.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from .. import lexicon
from ..model import Edit, Fix
from .lines import Line


def is_furniture_line(s: str) -> bool:
    stripped = s.strip()
    if not stripped or len(stripped) > 300:
        return False
    furniture = lexicon.furniture()
    if furniture.is_line(stripped):
        return True
    # Menus and link bars have separators; a prose line has none of them.
    if ("|" in stripped or "｜" in stripped or "  " in stripped) and (_is_link_row(stripped) or is_menu_row(stripped)):
        return True
    if len(stripped) > 160:
        return False  # several furniture bits on one row are short; prose is not furniture
    # `[Font size: Large Medium Small]  Share to:`: several furniture bits, nothing else
    if not furniture.may_have_inline(stripped):
        return False
    rest = furniture.inline.sub("", stripped)
    return rest != stripped and not rest.strip(" \t[]【】〖〗|｜")


_PATH_SEPARATORS = frozenset({">", ">>", "»", "›", "/", "→", "-"})
_MENU_SPLIT = lazy_compile(r"\s*[|｜]\s*|\s{2,}")


def is_menu_row(text: str) -> bool:
    """`Home  News  Government Affairs  Services  Interaction`: a site menu on one line.

    Five or more short items, none ending like a sentence, opening with
    `Home` or holding two or more menu words; a breadcrumb has fewer items
    and its own prefix or separators.
    """
    parts = [p.strip() for p in _MENU_SPLIT.split(text) if p.strip()]
    if any(p in _PATH_SEPARATORS for p in parts):
        return False  # `Home   >   Notices   >   Content`: a breadcrumb spaced out, not a menu
    if len(parts) < 5 or any(len(p) > 30 or len(p.split()) > 5 or p[-1] in ".,;:!?。，；：" for p in parts):
        return False
    lowered = [p.lower() for p in parts]
    menu = lexicon.menu_words()[1]
    return lowered[0] in ("home", "homepage", "首页") or sum(p in menu for p in lowered) >= 2


def _is_link_row(text: str) -> bool:
    """`Home | About Us | Government Information | Contact Us | Site Map`: a site's link bar."""
    if "|" not in text and "｜" not in text:
        return False
    parts = [p.strip().lower() for p in re.split(r"[|｜]", text) if p.strip()]
    link = lexicon.menu_words()[0]
    return len(parts) >= 3 and all(len(p) <= 30 for p in parts) and sum(p in link for p in parts) >= 2


def strip_inline_furniture(line: Line) -> tuple[Line, list[Fix]]:
    """Remove font switches, [Print] and the like from inside a header/footer row."""
    furniture = lexicon.furniture()
    if not furniture.may_have_inline(line.s):
        return line, []
    edits = [
        Edit(m.start(), m.end(), "", "furniture")
        for m in furniture.inline.finditer(line.s)
        if m.end() > m.start()
    ]
    if not edits:
        return line, []
    text, fixes = line.text.apply(edits)
    return Line(line.number, text), fixes


def furniture_fix(line: Line) -> Fix:
    stripped = line.text.strip()
    return Fix("furniture", stripped.text, "", stripped.span())


RULE_LINE = lazy_compile(r"[-=_*—─━~]{4,}")


def next_nonblank_is_related(lines: list[Line], start: int) -> bool:
    for ln in lines[start:start + 3]:
        if not ln.blank:
            return bool(lexicon.related_block().fullmatch(ln.s.strip()))
    return False
