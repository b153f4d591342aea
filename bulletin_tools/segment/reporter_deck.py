"""A feature's deck signed by its reporters, above the story.

English-language papers print a feature's summary (the deck) between the
photo and the story, and close it with who wrote the story and where:
`…, Tang Li reports.`, `… Lin Qiao and Zhou Min report from Hexi county,
Gansu.`  A sentence that announces the story cannot be the story's first
paragraph: the line is the description (kept as a header line, so nothing
is lost).  A photo caption may stand above it.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..textmap import MappedText
from .lines import Line
from .shape import is_photo_caption

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


def read_reporter_deck(body: list[Line]) -> tuple[list[Line], MappedText | None, list[Line]]:
    """Returns the body without the deck, the deck (or None), and the deck's line."""
    nonblank = [ln for ln in body if not ln.blank][: MAX_CAPTIONS_ABOVE + 2]
    for k, ln in enumerate(nonblank[:-1]):  # (a story goes on under the deck)
        if signed_deck(ln.s):
            return [b for b in body if b.number != ln.number], ln.text.strip(), [ln]
        if k >= MAX_CAPTIONS_ABOVE or not is_photo_caption(ln.s):
            break
    return body, None, []
