"""Who speaks, on a line of its own between a headline and the words quoted.

A page of quotations (`What they say`) or an interview opens with the
speaker under the headline, in a phrase with no verb and no full stop:
`Lyu Hai, an official with the county's water bureau and first Party
secretary in Rela village between 2017 and 2019`.  What follows is what the
person said.  The phrase is ``extra.speaker`` (see
:func:`.speech.person_under_title`, which the header reader asks of a line
still inside the headline's block), kept as a header line, not the first
paragraph.
"""

from __future__ import annotations

from .header import LabelValue
from .lines import Line
from .speech import person_under_title


def read_speaker_intro(body: list[Line]) -> tuple[list[Line], list[LabelValue], list[Line]]:
    """Returns the body left, the speaker field, and the line taken."""
    nonblank = [ln for ln in body if not ln.blank][:2]
    if len(nonblank) < 2 or not person_under_title(nonblank[0].s):
        return body, [], []
    first = nonblank[0]
    text = first.text.strip()
    return [ln for ln in body if ln.number != first.number], [LabelValue("extra:speaker", "", text.slice(0, 0), text)], [first]
