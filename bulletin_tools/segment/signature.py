"""A notice's signature block: the issuer's name, then the date it was signed.

An official notice often carries no date row under its title; it is dated
where it is signed, at the foot of the text::

    … shall arrange personnel on duty during the holiday.

                        The General Office of the County People's Government
                        January 31, 2018

That date is the notice's date.  It is read last (field ``signing_date``,
which the metadata pass takes only when no other label gave a date), and only
when the block is unmistakable: the text's last line is a date
and nothing else, and the line above it is a name (short, no sentence end).
The lines stay in the body, where the notice printed them; the metadata's
date points into the date line.
"""

from __future__ import annotations

from ..textmap import MappedText
from .header import LabelValue
from .lines import Line

#: A signer is an organisation's or a person's name: a few words, not a sentence.
MAX_SIGNER_WORDS = 14
_SENTENCE_END = (".", "。", "!", "！", "?", "？", ":", "：", ";", "；", ",", "，")


def signing_date(body: list[Line]) -> LabelValue | None:
    """The date under the signer at the foot of ``body``, as a ``signing_date`` field; else None."""
    from ..fields import find_datetime

    lines = [ln for ln in body if not ln.blank]
    if len(lines) < 3:
        return None
    last, signer = lines[-1], lines[-2]
    text: MappedText = last.text.strip()
    dt = find_datetime(text.text)
    if dt is None or dt.date is None or dt.start != 0 or dt.end != len(text.text):
        return None
    name = signer.s.strip()
    if len(name.split()) > MAX_SIGNER_WORDS or name.endswith(_SENTENCE_END) or find_datetime(name) is not None:
        return None
    return LabelValue("signing_date", "", text.slice(0, 0), text.slice(dt.start, dt.end))
