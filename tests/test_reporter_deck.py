"""A deck closed by its reporters' sign-off (`…, Tang Li reports.`) is the
description, not the first paragraph (segment/reporter_deck.py).  Whole page: sample s506."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.reporter_deck import signed_deck

DECK = "Forty volunteers cleared the channels of Dongpo Village before the sowing, Lu Fang reports."


def _first_paragraph(doc) -> str:
    return next(b.text for s in doc.sections for b in s.blocks if b.kind == "paragraph")


@pytest.mark.parametrize("line", [
    DECK,
    "Volunteers clear the channels. Lu Fang and Qin Hai report in Lingxi, Zhejiang province.",
    "Volunteers clear the channels, Lu Fang, Qin Hai and Bai Yun report from Dongpo.",
])
def test_a_sign_off_closes_a_deck(line):
    assert signed_deck(line)


@pytest.mark.parametrize("line", [
    "The county's water station reports.",  # no name before `reports`
    "The volunteers said the Lingxi Daily reports every week on the channels of the village.",
    "In March, Lu Fang reports that the channels are clear",  # no full stop: no closing sign-off
])
def test_prose_mentioning_reports_is_no_deck(line):
    assert not signed_deck(line)


def test_a_signed_deck_under_a_caption_is_the_description():
    caption = "Volunteers at work on the channel. [Photo provided to Lingxi Daily]"
    doc = clean_text("\n\n".join([TITLE, caption, DECK, PROSE, PROSE_2]) + "\n")
    assert doc.description is not None and doc.description.text == DECK
    assert _first_paragraph(doc) == PROSE
