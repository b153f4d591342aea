"""Spam lines at the bottom of a hijacked page.

Hijacked mirrors of news and government pages end with a link farm's
keyword lines (Chinese adult or gambling search terms strung together with
`|`, `,` or `_`), after the article and before or after its footer.  They
are no text of the page: the reader sees them below the article, as the
spam line above the headline (removed by the header reader) stands above
it.  Spam *inside* the text stays, flagged (docs/input-patterns.md), but for
a spam farm's capitalised tokens (:mod:`.spam_tokens`); only the
run of lines at the page's end that carry spam words and read as no
sentence (keyword strings end without a full stop) goes, each as a
``chrome`` fix naming its spam words.
"""

from __future__ import annotations

from .. import lexicon
from ..chardata import SENTENCE_END
from ..model import Fix
from .chrome import is_prose
from .footer import looks_like_footer
from .furniture import is_furniture_line
from .lines import Line
from .zones import ZonesBuilder

#: A spam line that ends like a sentence is text someone wrote into the page: flagged, kept.
_SENTENCE_END = tuple(SENTENCE_END)
#: The evidence of a spam line names at most this many of its spam words.
MAX_SPAM_WORDS_NAMED = 3


def spam_line_fix(ln: Line, where: str) -> Fix:
    """``ln`` removed as ``chrome``, its evidence naming its spam words
    (`spam above the title: casino, sports betting`)."""
    words = sorted({m.group() for m in lexicon.spam_pattern().finditer(ln.s)})[:MAX_SPAM_WORDS_NAMED]
    stripped = ln.text.strip()
    return Fix("chrome", stripped.text, "", stripped.span(), f"spam {where}: " + ", ".join(words))


def is_keyword_spam(s: str) -> bool:
    """A link farm's keyword line: spam words, and no sentence (neither prose nor a full stop at its end)."""
    return lexicon.has_spam(s) and not is_prose(s) and not s.rstrip().endswith(_SENTENCE_END)


def drop_spam_tail(lines: list[Line], z: ZonesBuilder) -> list[Line]:
    """Remove the spam lines at the end of the page (footer and furniture
    lines among them are kept), up to the first line of anything else."""
    if {"chrome", "furniture"} & z.skip:
        return lines
    drop: set[int] = set()
    for k in range(len(lines) - 1, -1, -1):
        ln = lines[k]
        if ln.blank:
            continue
        s = ln.s
        if is_keyword_spam(s):
            drop.add(k)
            z.fixes.append(spam_line_fix(ln, "below the text"))
            continue
        if looks_like_footer(s) or is_furniture_line(s):
            continue
        break
    if not drop:
        return lines
    return [ln for k, ln in enumerate(lines) if k not in drop]
