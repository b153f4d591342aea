"""A blog's comment section opens with its count (`One Comment`, `3 Responses`):
like `- END -`, the count ends the article, and the readers' short lines under
it go with it (each recorded as a fix).  Pinned by sample s570."""

from __future__ import annotations

import pytest

import bulletin_tools
from bulletin_tools import lexicon
from conftest import SAMPLES


@pytest.mark.parametrize("line", ["One Comment", "2 Comments", "No Comments", "3 Responses", "one comment"])
def test_comment_count_is_an_end_marker(line):
    assert lexicon.end_marker().fullmatch(line)


@pytest.mark.parametrize("line", ["Comments on the draft are welcome until May 5",
                                  "One comment from the committee was adopted.",
                                  "Responses to public comments"])
def test_sentences_about_comments_are_not_end_markers(line):
    assert lexicon.end_marker().fullmatch(line) is None


def test_readers_comments_leave_the_body_and_are_recorded():
    path = SAMPLES / "s570-blog-comment-section-count.txt"
    doc = bulletin_tools.clean_bytes(path.read_bytes(), input=path.name)
    md = bulletin_tools.to_markdown(doc)
    assert "repaired two broken windows in the library." in md
    for gone in ("2 Comments", "the children look so happy", "Count me in for the next trip"):
        assert gone not in md
    removed = " ".join(f.before for f in doc.fixes)
    assert "2 Comments" in removed and "Count me in for the next trip" in removed
