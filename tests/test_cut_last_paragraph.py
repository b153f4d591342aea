"""The page's last line, right under the text and cut off mid-sentence (on a
function word, a word cut short, a quotation left open), is the paragraph
the page stops in, kept as text, not removed as a widget
(segment/removal._cut_last_paragraph; passes/truncation.cut_reason).  Whole
page: sample s1470."""

from __future__ import annotations

import pytest

from bulletin_tools.passes.truncation import cut_reason, document_vocabulary
from bulletin_tools.pipeline import clean_text

HEADLINE = "Tea Pickers Return to the Hills of Shuitou"
TEXT = ("The township has opened a small clinic beside the tea factory, so that pickers who fall ill in the gardens "
        "can be seen without going down to the county town.")


def _removed(last: str) -> list[str]:
    doc = clean_text("\n".join([HEADLINE, "", TEXT, "", last]) + "\n")
    return [f.before for f in doc.fixes if f.rule == "chrome"]


@pytest.mark.parametrize("last", ["Members of", "\"Some garde"])
def test_a_last_line_cut_off_under_the_text_is_kept(last):
    assert last not in _removed(last)


def test_a_whole_short_line_under_the_text_is_judged_as_before():
    assert "Members Area" in _removed("Members Area")


@pytest.mark.parametrize("part, reason", [
    ("The county will work with the", "function-word"),
    ("Work of the Party C", "word-fragment"),
    ("\"The gardens of", "function-word"),
    ("\"We came back", "unbalanced"),
    ("The tea harvest began", None),
])
def test_cut_reason(part, reason):
    assert cut_reason(part, document_vocabulary([TEXT])) == reason


def test_a_credits_label_left_without_its_name_is_judged_as_before():
    # (`Published by` and nothing after: the page's credit row, emptied, not a line of the text)
    assert cut_reason("Published by", frozenset()) == "function-word"
    assert "Published by" in _removed("Published by")
