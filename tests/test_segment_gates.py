"""Cheap tests placed before regexes in segmentation give the regex's answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.segment import body

ENDINGS = st.sampled_from(["of", "OF", "and", "with", "from", "a", "an", ",", "xof", "proof", "by\n", "to ", "at.",
                           "\u212a", "in", "\u017f", "z", " ", "-", "Or", "for\n\n", "the"])


@given(st.text(alphabet="ab ,.\n-\u212a", max_size=30), st.lists(ENDINGS, max_size=4).map("".join))
@settings(max_examples=500, deadline=None)
def test_dangling_on_the_tail_equals_on_the_whole(head: str, tail: str) -> None:
    text = head + tail
    whole = body._DANGLING.search(text) is not None
    assert (body._DANGLING.search(text[-body._DANGLING_TAIL:]) is not None) == whole
