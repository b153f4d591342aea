"""Page furniture: print/close/share bars, font switchers, link rows, related-news boxes.

Furniture is removed from the text but always recorded as a ``furniture``
fix, never dropped silently.  The patterns are data (data/furniture.tsv);
this module holds the few tests that need more than a pattern.
"""

from __future__ import annotations

import re

from ..chardata import LINE_BULLETS
from ..lazyre import lazy_compile
from .. import lexicon
from ..model import Edit, Fix
from .lines import Line


#: A furniture line is no longer than this.  Set with the first zoner on the
#: project's first samples.
MAX_FURNITURE_LINE_CHARS = 300
#: A takedown notice (`Special statement: if … infringe …, please contact …`)
#: may run to this long; it is tried only when it names the infringement.
MAX_NOTICE_LINE_CHARS = 600
#: A row of several furniture bits (`[Font size: …]  Share to:`) is no longer
#: than this; only shorter rows are tried.  Added as a speed gate, with the
#: golden outputs of the samples unchanged.
MAX_MULTI_BIT_ROW_CHARS = 160


#: The bars and spaces of a table's empty cells around a furniture word.
_BAR_CHARS = " \t|｜"


def is_furniture_line(s: str) -> bool:
    stripped = s.strip()
    if not stripped:
        return False
    if len(stripped) > MAX_FURNITURE_LINE_CHARS:
        # a reposting site's takedown notice runs longer than any other furniture
        # (the notice, then where to write about copyright and cooperation)
        return len(stripped) <= MAX_NOTICE_LINE_CHARS and ("infring" in stripped or "侵权" in stripped) \
            and lexicon.furniture().is_line(stripped)
    furniture = lexicon.furniture()
    if furniture.is_line(stripped):
        return True
    if stripped[:1] in LINE_BULLETS and furniture.is_line(stripped[1:].strip()):
        return True  # `• Your Comment`: a form's fields in a bulleted list
    core = stripped.strip(_BAR_CHARS)
    if core != stripped and core and furniture.is_line(core):
        return True  # `| Advertisement | ||||||`: a furniture word between the bars of an empty table
    if is_language_switch(stripped):
        return True
    # Menus and link bars have separators; a prose line has none of them.
    if ("|" in stripped or "｜" in stripped or "  " in stripped) and (_is_link_row(stripped) or is_menu_row(stripped)):
        return True
    if len(stripped) > MAX_MULTI_BIT_ROW_CHARS:
        return False  # several furniture bits on one row are short; prose is not furniture
    # `[Font size: Large Medium Small]  Share to:`: several furniture bits, nothing else
    inline = furniture.inline_in(stripped)
    if inline is None:
        return False
    rest = inline.sub("", stripped)
    return rest != stripped and not rest.strip(" \t[]【】〖〗|｜")


_PATH_SEPARATORS = frozenset({">", ">>", "»", "›", "/", "→", "-"})
_MENU_SPLIT = lazy_compile(r"\s*[|｜]\s*|\s{2,}")

#: A menu item (on a menu row, a link bar, or one per line in a vertical
#: menu) is at most this long and this many words.  Set on held-out batch
#: s180-s191 (messy scraped pages); the link bar took the same length on
#: batch s120-s133.
MAX_MENU_ITEM_CHARS = 30
MAX_MENU_ITEM_WORDS = 5
#: A menu row has at least this many items, and (unless it opens with `Home`)
#: at least this many menu words.  Set on batch s180-s191.
MIN_MENU_ROW_ITEMS = 5
MIN_MENU_ROW_WORDS = 2
#: A shorter menu row (`Government Information Disclosure | Online Service |
#: Interaction`) has at least this many items, of which at least
#: MIN_MENU_ROW_WORDS are menu words and at most this many are not: a table's
#: header row (`Name | Post | Unit`) names no menu, and a short row opening with
#: `Home` may be the trail.  Found by trying menu rows under the headline in
#: made-up variants (session 13).
MIN_SHORT_MENU_ROW_ITEMS = 3
MAX_UNNAMED_SHORT_MENU_ITEMS = 1
#: A link bar has at least this many items, of which at least this many are
#: link words.  Set on held-out batch s120-s133.
MIN_LINK_BAR_ITEMS = 3
MIN_LINK_BAR_WORDS = 2


def is_menu_row(text: str) -> bool:
    """`Home  News  Government Affairs  Services  Interaction`: a site menu on one line.

    Five or more short items, none ending like a sentence, opening with
    `Home` or holding two or more menu words; a breadcrumb has fewer items
    and its own prefix or separators.
    """
    parts = [p.strip() for p in _MENU_SPLIT.split(text) if p.strip()]
    if any(p in _PATH_SEPARATORS for p in parts):
        return False  # `Home   >   Notices   >   Content`: a breadcrumb spaced out, not a menu
    if len(parts) < MIN_SHORT_MENU_ROW_ITEMS:
        return False
    lowered = [p.lower() for p in parts]
    menu = lexicon.menu_words()[1]
    if any((len(p) > MAX_MENU_ITEM_CHARS and not _menu_word(q, menu)) or len(p.split()) > MAX_MENU_ITEM_WORDS
           or p[-1] in ".,;:!?。，；：" for p, q in zip(parts, lowered)):
        return False
    home = lowered[0] in lexicon.home_words()
    if len(parts) < MIN_MENU_ROW_ITEMS:
        if home:
            return False  # `Home | News | Notices`: as short a row from Home may be the trail
        named = [_menu_word(p, menu) for p in lowered]
        return sum(named) >= MIN_MENU_ROW_WORDS and len(named) - sum(named) <= MAX_UNNAMED_SHORT_MENU_ITEMS
    return home or sum(p in menu for p in lowered) >= MIN_MENU_ROW_WORDS


def _menu_word(item: str, menu: frozenset[str]) -> bool:
    """``item`` is a menu word, in the singular or the plural (`Online Service`)."""
    return item in menu or item + "s" in menu or (item.endswith("s") and item[:-1] in menu)


#: The site's name before a language bar (`Welcome to Riverton | 中文版`) is
#: at most this long; a longer first part is more than a name.
MAX_SWITCH_LEAD_CHARS = 80


def is_language_switch(text: str) -> bool:
    """`English`, `• 中文版`, or a site's name then the other languages of the
    site behind bars (`Welcome to Riverton | 中文版`, `Official site of Lakeview
    Simplified Chinese | Traditional Chinese | English`): the site's language
    switch, never a line of the article.

    A language name alone on a line is the switch; on a row, every part after
    the first bar must be a language name, and the first part short and not
    ending like a sentence.  A row of language names alone is a link bar
    (:func:`_is_link_row`), with as many items as one.
    """
    languages = lexicon.language_names()
    core = text.strip()
    if core[:1] in LINE_BULLETS:
        core = core[1:].strip()
    if core.lower() in languages:
        return True
    if "|" not in core and "｜" not in core:
        return False
    first, *rest = [p.strip() for p in re.split(r"[|｜]", core)]
    rest = [p for p in rest if p]
    if first.lower() in languages and len(rest) + 1 < MIN_LINK_BAR_ITEMS:
        return False  # `Chinese | Japanese`: languages alone are a link bar's to judge, and two are too few
    return bool(rest) and all(p.lower() in languages for p in rest) and 0 < len(first) <= MAX_SWITCH_LEAD_CHARS \
        and first[-1] not in ".,;:!?。，；：！？"


def _is_link_row(text: str) -> bool:
    """`Home | About Us | Government Information | Contact Us | Site Map`, or a
    language switcher (`Home | Simplified Chinese | Japanese | Korean`): a site's link bar."""
    if "|" not in text and "｜" not in text:
        return False
    parts = [p.strip().lower() for p in re.split(r"[|｜]", text) if p.strip()]
    link, languages = lexicon.menu_words()[0], lexicon.language_names()
    return len(parts) >= MIN_LINK_BAR_ITEMS and all(len(p) <= MAX_MENU_ITEM_CHARS for p in parts) \
        and sum(p in link or p in languages for p in parts) >= MIN_LINK_BAR_WORDS


def strip_inline_furniture(line: Line) -> tuple[Line, list[Fix]]:
    """Remove font switches, [Print] and the like from inside a header/footer row."""
    furniture = lexicon.furniture()
    inline = furniture.inline_in(line.s)
    if inline is None:
        return line, []
    s = line.s
    edits: list[Edit] = []
    for m in inline.finditer(s):
        if m.end() == m.start():
            continue
        edit = _with_its_gap(s, m.start(), m.end())
        if edits and edit.start <= edits[-1].end:
            # `[Print] [Close]`: one stretch of furniture, removed as one
            edit = Edit(edits[-1].start, max(edit.end, edits[-1].end), "", "furniture")
            edits.pop()
        edits.append(edit)
    if not edits:
        return line, []
    text, fixes = line.text.apply(edits)
    return Line(line.number, text), fixes


_CLOSING = ".,;:!?。，；：！？)）]】"


def _with_its_gap(s: str, start: int, end: int) -> Edit:
    """The edit removing ``s[start:end]`` and one of the gaps around it, so no
    run of spaces is left where it stood (`Tel: 0579-87312208 [Print] 。`
    → `Tel: 0579-87312208。`): the text reads the same cleaned twice."""
    while start < end and s[start] in " \t\u3000":
        start += 1  # (a pattern may take the spaces around it: judge the gaps from its words)
    while end > start and s[end - 1] in " \t\u3000":
        end -= 1
    after = end
    while after < len(s) and s[after] in " \t\u3000":
        after += 1
    before = start
    while before > 0 and s[before - 1] in " \t\u3000":
        before -= 1
    if after == len(s) or s[after] in _CLOSING:
        return Edit(before, after, "", "furniture")  # nothing, or a closing mark, after it: both gaps go
    if before < start:
        return Edit(start, after, "", "furniture")  # a word on each side: one gap stays
    return Edit(start, end, "", "furniture")


def furniture_fix(line: Line) -> Fix:
    stripped = line.text.strip()
    return Fix("furniture", stripped.text, "", stripped.span())


RULE_LINE = lazy_compile(r"[-=_*—─━~]{4,}")
#: The characters a rule is drawn with (every character of a ``RULE_LINE`` match).
_RULE_CHARS = frozenset("-=_*—─━~")


def is_rule_line(s: str) -> bool:
    """``RULE_LINE.fullmatch(s) is not None`` (`------`), settled by the first
    character on the lines that open with a letter or a digit (nearly all:
    the removal pass asks it of every line)."""
    return s[:1] in _RULE_CHARS and RULE_LINE.fullmatch(s) is not None


#: A `Related reading` title opens a fenced box when it is among this many
#: lines below the rule.  Set on held-out batch s60-s75.
RELATED_TITLE_WITHIN = 3


def next_nonblank_is_related(lines: list[Line], start: int) -> bool:
    for ln in lines[start:start + RELATED_TITLE_WITHIN]:
        if not ln.blank:
            return bool(lexicon.related_block().fullmatch(ln.s.strip()))
    return False
