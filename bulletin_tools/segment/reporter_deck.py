"""A feature's deck, above the story.

English-language papers print a feature's summary (the deck) between the
photo and the story.  Two kinds are read as the description (kept as a
header line, so nothing is lost):

* a deck closed by who wrote the story and where: `…, Tang Li reports.`,
  `… Lin Qiao and Zhou Min report from Hexi county, Gansu.`  A sentence that
  announces the story cannot be the story's first paragraph;
* under a byline, a summary in sentence case with no full stop (`Pilot
  checks bring quick results; residents invited to report dumping`)
  over the story's first paragraph: a paper's deck, not a section heading
  (a heading names a part, in few words or in title case).

Photo captions, and copies of the headline (an image's alt text), may stand
above it.
"""

from __future__ import annotations

from ..chardata import SENTENCE_END
from ..lazyre import lazy_compile
from ..textmap import MappedText
from .body import is_caption_opening
from .chrome import is_prose
from .lines import Line
from .shape import _same_words, is_photo_caption

#: What ends a sentence (and an ellipsis): an unsigned deck ends with none of them.
_SENTENCE_ENDS = (*SENTENCE_END, "…")

#: A deck is at most this long (a longer line is the story).
MAX_DECK_CHARS = 400
#: At most this many captions above it.
MAX_CAPTIONS_ABOVE = 2

_NAME = r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}"
#: `…, Tang Li reports.`, `… Lin Qiao and Zhou Min report from Hexi county, Gansu.`
_SIGN_OFF = lazy_compile(
    rf"[.,;]\s+{_NAME}(?:(?:,\s*|\s+and\s+){_NAME}){{0,3}}\s+reports?"
    r"(?:\s+(?:in|from)\s+[A-Z][^.!?]{0,60})?\.\s*$"
)


def signed_deck(s: str) -> bool:
    """``s`` is a deck closed by its reporters' sign-off."""
    t = s.strip()
    return len(t) <= MAX_DECK_CHARS and t.endswith(".") and "report" in t[-80:] and _SIGN_OFF.search(t) is not None


#: An unsigned deck has at least this many words (fewer name a section) and at most this many.
MIN_DECK_WORDS = 6
MAX_DECK_WORDS = 30
#: At most this share of an unsigned deck's words after the first are capitalised (sentence case).
MAX_DECK_CAPITALS = 0.3


def read_reporter_deck(body: list[Line], title: str | None = None,
                       bylined: bool = False) -> tuple[list[Line], MappedText | None, list[Line]]:
    """Returns the body without the deck, the deck (or None), and the deck's line.
    ``bylined``: the header credited the story's writers (unsigned decks are read only then)."""
    nonblank = [ln for ln in body if not ln.blank]
    above = 0
    for k, ln in enumerate(nonblank[:-1]):  # (a story goes on under the deck)
        if signed_deck(ln.s) or bylined and unsigned_deck(ln.s) and not is_caption_opening(ln.s) \
                and is_prose(nonblank[k + 1].s):
            return [b for b in body if b.number != ln.number], ln.text.strip(), [ln]
        if title is not None and _same_words(ln.s, title):
            continue  # the headline again (an image's alt text)
        above += 1
        if above > MAX_CAPTIONS_ABOVE or not is_photo_caption(ln.s):
            break
    return body, None, []


def unsigned_deck(s: str) -> bool:
    """`Pilot checks bring quick results; residents invited to report dumping`:
    a summary in sentence case with no full stop (see the module's docstring)."""
    t = s.strip()
    words = t.split()
    if not MIN_DECK_WORDS <= len(words) <= MAX_DECK_WORDS or t.endswith(_SENTENCE_ENDS) or not t[:1].isupper() \
            or ":" in t or "：" in t:
        return False
    capitals = sum(w[:1].isupper() for w in words[1:])
    return capitals / (len(words) - 1) <= MAX_DECK_CAPITALS
