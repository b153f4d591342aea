"""The speaker described on a line of its own under a headline that quotes
them is ``extra.speaker``, not the first paragraph (segment/speaker_intro.py).
Whole page: sample s507."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.speech import person_under_title

SPEAKER = "Zhou Min, an official with the Lingxi water station and first Party secretary in Dongpo village between 2018 and 2021"


def _first_paragraph(doc) -> str:
    return next(b.text for s in doc.sections for b in s.blocks if b.kind == "paragraph")


def test_the_described_speaker_under_the_headline_is_a_field():
    doc = clean_text("\n\n\n".join([TITLE, SPEAKER, PROSE, PROSE_2]) + "\n")
    assert doc.metadata.extra.get("speaker") == SPEAKER
    assert _first_paragraph(doc) == PROSE


@pytest.mark.parametrize("line", [
    "Zhou Min, an official with the Lingxi water station, said the channels were clear.",  # a sentence
    "Zhou Min, who works at the Lingxi water station, checked every gate",  # no `a/an … of/with`
    "The volunteers, a group of forty from Dongpo village, cleared the channels",  # not a name
])
def test_sentences_and_other_phrases_are_no_speaker(line):
    assert not person_under_title(line)
