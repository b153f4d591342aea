"""Text → HTML that cannot inject markup, with invisible characters made visible.

Every string that reaches a review page comes from the input (titles, file
names, fix texts, even rule names and messages quote the input), so all of
it goes through :func:`text`.  Besides the five HTML specials, characters a
reader cannot see (NBSP, ideographic space, tabs, zero-width and bidi
controls, C0/C1 controls) are shown as small labelled boxes: an editor
approving "NBSP → space" must see the NBSP, and a bidi override must not be
able to reorder what the page shows.
"""

from __future__ import annotations

import functools
import html
import unicodedata

#: short labels for the invisible characters met most often in bulletins
SHORT_NAMES = {
    "\u00a0": "NBSP",
    "\u3000": "IDSP",
    "\t": "TAB",
    "\u200b": "ZWSP",
    "\u200c": "ZWNJ",
    "\u200d": "ZWJ",
    "\ufeff": "BOM",
    "\u00ad": "SHY",
    "\u2028": "LSEP",
    "\u2029": "PSEP",
}


@functools.lru_cache(maxsize=512)
def _badge(ch: str) -> str:
    code = f"U+{ord(ch):04X}"
    name = unicodedata.name(ch, "control character")
    label = SHORT_NAMES.get(ch, code)
    return f'<span class="inv" title="{code} {html.escape(name.lower())}">{label}</span>'


def text(s: str | None) -> str:
    """``s`` as HTML text content (also safe inside a quoted attribute).

    >>> text('<b title="x">&</b>')
    '&lt;b title=&quot;x&quot;&gt;&amp;&lt;/b&gt;'
    >>> text('a\\u00a0b')
    'a<span class="inv" title="U+00A0 no-break space">NBSP</span>b'
    """
    if not s:
        return ""
    if s.isprintable():
        return html.escape(s, quote=True)
    out: list[str] = []
    run_start = 0
    for i, ch in enumerate(s):
        if ch == " " or ch.isprintable():
            continue
        if run_start < i:
            out.append(html.escape(s[run_start:i], quote=True))
        out.append(_badge(ch))
        run_start = i + 1
    if run_start < len(s):
        out.append(html.escape(s[run_start:], quote=True))
    return "".join(out)


def attr(s: str | None) -> str:
    """``s`` for a quoted attribute value: escaped, invisible characters as ``\\uXXXX``.

    An attribute cannot hold markup, so the badges of :func:`text` become a
    plain-text spelling instead.

    >>> attr('"x" \\u202e')
    '&quot;x&quot; \\\\u202e'
    """
    if not s:
        return ""
    if not s.isprintable():
        s = "".join(ch if ch == " " or ch.isprintable() else f"\\u{ord(ch):04x}" for ch in s)
    return html.escape(s, quote=True)


def fix_text(s: str | None) -> str:
    """A fix's ``before``/``after`` as HTML: like :func:`text`, and a whitespace-only value spelled out.

    A fix that turns NBSP into a space, or removes two spaces, would
    otherwise show an empty strike-through; each space becomes a ``SP`` box.

    >>> fix_text("  ")
    '<span class="inv" title="U+0020 space">SP</span><span class="inv" title="U+0020 space">SP</span>'
    """
    if s and not s.strip():
        return "".join('<span class="inv" title="U+0020 space">SP</span>' if ch == " " else text(ch) for ch in s)
    return text(s)
