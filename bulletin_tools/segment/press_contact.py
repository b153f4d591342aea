"""A press release's media-contact block: the distributor's furniture, not the text.

Press releases reposted by wire distributors close with the distributor's
contact card: a heading (`Media Contact`) and short `Label: value` rows
(`Company Name: …`, `Contact Person: …`, `Email: Send Email`, `Country: …`,
`Website: …`) running to the end of the page.  No sentence of the release
is in it.  The heading's words are vocabulary (``data/furniture.tsv``, kind
``contact``); what makes the block is its shape: under that heading, only
field rows and short bare rows, at least ``MIN_FIELD_ROWS`` field rows, up
to the end of the page or the site's footer.  A notice's own contact rows
(`Contact: Mr. Wang  Tel: …`) have no such heading and are kept.
"""

from __future__ import annotations

from .. import lexicon
from ..lazyre import lazy_compile
from .footer import looks_like_footer
from .lines import Line

#: The block holds at least this many `Label: value` rows (a heading over one
#: row is a sentence's lead-in as well as a card).
MIN_FIELD_ROWS = 2
#: ... and at most this many lines in all: a contact card is short.
MAX_BLOCK_LINES = 12
#: A bare row in the card (a name, a phone number, `Send Email`) is this short.
MAX_BARE_ROW_CHARS = 60
#: `Company Name: Globalnewsonline`: a short label, a colon, a value.
_FIELD_ROW = lazy_compile(r"[^:：]{1,30}[:：]\s*\S.{0,150}")
_SENTENCE_END = (".", "。", "!", "?", "！", "？")


def press_contact_block(lines: list[Line]) -> set[int]:
    """Indexes of the lines of a media-contact block closing the page (empty when there is none)."""
    heading = lexicon.press_contact_heading()
    for k in range(len(lines) - 1, -1, -1):
        if not lines[k].blank and heading.fullmatch(lines[k].s.strip()):
            return _block_under(lines, k)
    return set()


def _block_under(lines: list[Line], head: int) -> set[int]:
    out = {head}
    fields = 0
    for k in range(head + 1, len(lines)):
        if lines[k].blank:
            continue
        t = lines[k].s.strip()
        if _FIELD_ROW.fullmatch(t):
            fields += 1
        elif looks_like_footer(t):
            break  # the site's own footer begins: its reader takes it
        elif len(t) > MAX_BARE_ROW_CHARS or t.endswith(_SENTENCE_END):
            return set()  # a sentence under the heading: text, not a card
        out.add(k)
        if len(out) > MAX_BLOCK_LINES:
            return set()
    return out if fields >= MIN_FIELD_ROWS else set()
