"""Raw HTML left in the text: tags removed, character entities decoded.

Copy-paste from a CMS leaves `<p>`, `<br/>`, `<strong>` and `&nbsp;` in the
text.  Tags carry no words, so they are removed; entities become the
character they stand for.  Both are recorded as fixes like every change.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..model import Edit
from .base import Context, Rule, RuleResult

# A tag name, then attributes without '<' or '>' (bounded), then '>'.
_TAG = lazy_compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,300})?/?>")
_ENTITY = lazy_compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,10});")
#: An entity that machine translation broke apart (`& nbsp`, `& ldquo;`) or
#: that lost its semicolon (`&nbsp`): only names that are never English words.
_BROKEN_ENTITY = lazy_compile(
    r"&\s?(?P<name>nbsp|ensp|emsp|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|quot)\b\s?;?"
    r"|&\s(?P<short>gt|lt|amp);",  # `Home & gt; & gt; News`: short names only with their semicolon
    re.IGNORECASE)
_SPACE_ENTITIES = frozenset({"nbsp", "ensp", "emsp"})
_KNOWN_TAGS = frozenset(
    "p br div span strong b i em u a img font table tr td th tbody thead ul ol li h1 h2 h3 h4 h5 h6 "
    "section article center small big sup sub blockquote pre code hr label input button form iframe script style "
    # a template's filler tags, printed by sites that pad pages with empty elements (`<rp id="…"><object …>`)
    "dd dt dl rp rt ruby object embed param acronym abbr noscript source nav aside header footer figure figcaption "
    "cite del ins tt var kbd samp dfn address fieldset legend select option textarea caption tfoot".split()
)


def fix_markup(text: str, ctx: Context) -> RuleResult:
    """Remove HTML tags we know (an unknown `<name>` may be real text) and decode entities."""
    if "<" not in text and "&" not in text:
        return [], []
    edits: list[Edit] = []
    for m in _TAG.finditer(text):
        tag = re.match(r"</?([A-Za-z0-9]+)", m.group(0))
        assert tag is not None  # _TAG only matches text that starts with a tag name
        name = tag.group(1).lower()
        if name in _KNOWN_TAGS:
            edits.append(Edit(m.start(), m.end(), "", "html-tag"))
    for m in _ENTITY.finditer(text):
        import html  # only a line with an entity needs it (its import compiles regexes)

        decoded = html.unescape(m.group(0))
        if decoded != m.group(0):
            edits.append(Edit(m.start(), m.end(), " " if decoded == "\xa0" else decoded, "html-tag"))
    if "&" in text:
        taken = [(e.start, e.end) for e in edits]
        for m in _BROKEN_ENTITY.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # a whole entity: decoded above (`&Nbsp;`, capitalised by a title-casing translator, was not)
            import html

            name = (m.group("name") or m.group("short")).lower()
            after = " " if name in _SPACE_ENTITIES else html.unescape(f"&{name};")
            edits.append(Edit(m.start(), m.end(), after, "html-tag"))
    edits.sort(key=lambda e: e.start)
    return edits, []


#: A layout table's border drawn round a line of text (`| Lanxi holds a drill |`,
#: `| Date: 2024-03-12 | Source: Lanxi |`): a bar at each end, words inside.
_TABLE_BORDER = lazy_compile(r"^(?P<lead>[ \t]*[|｜][ \t]*)(?=[^|｜\s]).*?(?<=[^|｜\s])(?P<trail>[ \t]*[|｜][ \t]*)$")


def fix_table_border(text: str, ctx: Context) -> RuleResult:
    """The bars of a layout table's border at both ends of a line carry no word: removed
    (the bars between its cells stay, as separators)."""
    m = _TABLE_BORDER.match(text)
    if m is None:
        return [], []
    return [Edit(m.start("lead"), m.end("lead"), "", "table-border"),
            Edit(m.start("trail"), m.end("trail"), "", "table-border")], []


def _may_have_border(text: str) -> bool:
    """Trigger: a bordered line ends in a bar."""
    end = text.rstrip()[-1:]
    return end == "|" or end == "｜"


def _may_have_markup(text: str) -> bool:
    """Trigger: every tag starts with ``<``, every entity with ``&`` (the rule's own first test)."""
    return "<" in text or "&" in text


RULES = (Rule("html-tag", fix_markup, "remove HTML tags and decode character entities",
              trigger=_may_have_markup),
         Rule("table-border", fix_table_border, "remove a layout table's border bars at both ends of a line",
              trigger=_may_have_border))
