"""A list number before the headline (`1. Hexi County Overview`, `VI. The
Local Administrative System`): a page that prints its article as an entry of
a numbered list, or a chapter of a longer text as a page of its own, numbers
the headline too.  The number is the list's markup, not a word of the title:
it is cut as a ``furniture`` fix (so it is recorded), as a bullet is."""

from __future__ import annotations

from ..model import Fix
from ..textmap import MappedText
from .markers import marker
from .zones import ZonesBuilder

#: The marker styles (segment.markers.MARKERS) that number a list: digits and
#: numerals, bare or in brackets.  A letter (`A.`), a word (`First,`) or a
#: `Chapter I` may begin a real headline and are left alone.
LIST_NUMBER_STYLES = frozenset({"num-dot", "num-paren", "num-close", "num-dun", "roman", "roman-paren", "cn", "cn-paren"})
#: A headline keeps at least this many words after its number is cut.
MIN_WORDS_AFTER_LIST_NUMBER = 2


def drop_list_number(z: ZonesBuilder, title: MappedText) -> MappedText:
    """``title`` without the list number before it (see the module's docstring)."""
    found = marker(title.text)
    if found is None or found[0] not in LIST_NUMBER_STYLES or "furniture" in z.skip:
        return title
    rest = title.text[found[1]:]
    if len(rest.split()) < MIN_WORDS_AFTER_LIST_NUMBER or not (rest[:1].isupper() or rest[:1] in "“\"‘"):
        return title
    z.fixes.append(Fix("furniture", title.text[:found[1]], "", title.span(0, found[1]), "a list number before the headline"))
    return title.slice(found[1], len(title.text))
