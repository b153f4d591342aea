"""A wire story's lead-in: the lines a news page prints between the header
and the paragraph that opens with the wire's dateline
(`LINGXI, March 3 (Xinhua) -- …`, or a paper's `LINGXI -- …` without a date).

Agencies' pages (and the many sites that mirror them) put a photo and its
caption, and a summary of one or two sentences, above the story.  The
dateline marks where the story itself begins, so what stands above it is
not the first paragraph: a line that reads as a photo caption is a caption,
the others are the description.  Nothing is dropped: the description keeps
their words, and the lines are kept as header lines."""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..textmap import MappedText, join
from .body_dates import opens_with_dateline
from .lines import Line
from .shape import is_photo_caption

#: The dateline's paragraph is at most this many lines into the body; the
#: lead-in above it is at most one photo caption and a two-line summary.
MAX_LEAD_IN_LINES = 3
#: A summary line is at most this long (a longer one is a paragraph).
MAX_SUMMARY_CHARS = 400


#: `BEIJING -- China will …`: an English-language paper's dateline, the
#: place in capitals and dashes without a date (the page carries the date).
_PLACE_DATELINE = lazy_compile(r"^[A-Z][A-Z'’.]{2,}(?: [A-Z][A-Z'’.]+){0,2}\s*(?:--|—|–)\s*[A-Z]")


def _opens_story(s: str) -> bool:
    return opens_with_dateline(s) or _PLACE_DATELINE.match(s.strip()) is not None


def read_wire_lead(body: list[Line]) -> tuple[list[Line], MappedText | None, set[int], list[Line]]:
    """Returns the body without the summary lines, the summary (or None), the
    numbers of the caption lines, and the summary lines taken."""
    nonblank = [ln for ln in body if not ln.blank][: MAX_LEAD_IN_LINES + 1]
    at = next((k for k, ln in enumerate(nonblank) if k and _opens_story(ln.s)), None)
    if at is None:
        return body, None, set(), []
    if not opens_with_dateline(nonblank[at].s):
        # a paper's dateless `BEIJING -- …`: what stands above is the photo's caption
        # (a paper's deck is signed, see .reporter_deck), kept in the text
        if any(len(ln.s.strip()) > MAX_SUMMARY_CHARS for ln in nonblank[:at]):
            return body, None, set(), []
        return body, None, {ln.number for ln in nonblank[:at]}, []
    captions = {ln.number for ln in nonblank[:at] if is_photo_caption(ln.s)}
    summary = [ln for ln in nonblank[:at] if ln.number not in captions]
    if any(len(ln.s.strip()) > MAX_SUMMARY_CHARS or _opens_story(ln.s) for ln in summary):
        return body, None, set(), []
    if not summary:
        return body, None, captions, []
    taken = {ln.number for ln in summary}
    description = join([ln.text.strip() for ln in summary], " ")
    return [ln for ln in body if ln.number not in taken], description, captions, summary
