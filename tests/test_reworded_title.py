"""bulletin_tools/segment/reworded_title.py: the headline said again in
other words as the body's first line; a whole page pinned by sample s954.
All text written for this project."""

from __future__ import annotations

import pytest

from bulletin_tools.segment.reworded_title import content_stems, rewords_title

_TITLE = "Dunmore County Deputy Head Visits Eastfield Middle School to Inspect Dormitory Building Work"


def test_content_stems_leave_function_words_and_endings_out():
    assert content_stems("The county inspects the schools") == ["county", "inspect", "school"]


@pytest.mark.parametrize(("line", "rewords"), [
    ("Deputy county head Ren Hao came to Eastfield middle school to inspect the building work on its dormitory", True),
    # a sentence with its stop is the text, however many words it shares
    ("Deputy county head Ren Hao came to Eastfield middle school to inspect the building work on its dormitory.", False),
    ("Eastfield Middle School dormitory work", False),  # a few words: may head a section on the subject
    ("Volunteers from three villages planted willows along the canal banks on Sunday morning", False),
])
def test_a_line_is_the_headline_reworded_when_most_of_its_words_are_the_headline_s(line, rewords):
    assert rewords_title(line, _TITLE) is rewords
