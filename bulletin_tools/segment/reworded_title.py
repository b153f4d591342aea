"""The headline said again at the top of the body, in other words.

A reposted or machine-translated page often prints, under its headline and
date row, the headline once more as the original had it, translated apart
(`Deputy county head inspects the new clinic's building work` over `Lin
Fang, the county's deputy head, looked at how the clinic is being built`).  The words differ; the
things named do not.  Such a line is no paragraph: the first paragraph is
the text under it (docs/labelling.md: not a repeated headline).

The evidence is the document's own words: most of the line's content words
(function words left out, a plural or tense ending cut) are the headline's,
and the line has no sentence end, as a headline has none.  Only the body's
first line, over prose: further down, a line that names the headline's
subject is the text's own.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from .. import lexicon

#: Share of the line's content words that are the headline's.  Set on the
#: tuning sites of the real-page set: restated headlines there share 0.67 to
#: 0.76 of their words; the next line down, a fuller name of a notice that
#: its page's gold keeps as the first paragraph, 0.56.
MIN_SHARED_SHARE = 0.6
#: At least this many content words, as for a summary said again (see
#: :mod:`.restated_lead`): a shorter line that names the headline's subject
#: may head a section about it, and a few words agree by chance.
MIN_CONTENT_WORDS = 8
#: A restated headline is no longer than this (a longer line is the text).
MAX_REWORDED_CHARS = 250

_WORD = lazy_compile(r"[A-Za-z]+")
#: Endings cut before comparing (`strives`/`strive`, `investigates`/`investigate`).
_ENDINGS = ("ing", "es", "ed", "s")
#: A stem keeps at least this many letters.
MIN_STEM_LETTERS = 3


def content_stems(text: str) -> list[str]:
    """The words of ``text`` that are not function words, lower case, a
    plural or tense ending cut."""
    stop = lexicon.stop_words()
    out = []
    for w in _WORD.findall(text.lower()):
        if len(w) < 2 or w in stop:
            continue
        for end in _ENDINGS:
            if w.endswith(end) and len(w) - len(end) >= MIN_STEM_LETTERS:
                w = w[: -len(end)]
                break
        out.append(w)
    return out


def rewords_title(line: str, title: str | None) -> bool:
    """Is ``line`` (the body's first line) the headline in other words?"""
    s = line.strip()
    if not title or not s or len(s) > MAX_REWORDED_CHARS or s.endswith((".", "。", "!", "！", "?", "？", ";", "；", ":", "：")):
        return False
    words = content_stems(s)
    if len(words) < MIN_CONTENT_WORDS:
        return False
    own = set(content_stems(title))
    return sum(w in own for w in words) >= MIN_SHARED_SHARE * len(words)
