"""Spam-farm tokens injected into a paragraph (segment/spam_tokens.py)."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import Options, clean_text
from bulletin_tools.segment.spam_tokens import token_pattern

SENTENCE = ("On Tuesday morning, the Lingxi Town government organised forty volunteers to clear the irrigation "
            "channels of Dongpo Village{} before the spring sowing, and the water station checked every sluice gate.")


def _paragraphs(text: str) -> list[str]:
    doc = clean_text(f"{TITLE}\n\n{text}\n\n{PROSE_2}\n")
    return [b.text for s in doc.sections for b in s.blocks], doc


@pytest.mark.parametrize("token, glue", [
    ("Sugar Daddy", " "), ("Malaysia Sugar", " "), ("KL Escorts", " "), ("Tanzania Sugar daddy quora", " "),
    ("Singapore Singaporean Escort", ""), ("Malaysian Sugardaddy", ""),
])
def test_a_farm_token_inside_a_paragraph_goes_as_a_fix(token, glue):
    blocks, doc = _paragraphs(SENTENCE.format(glue + token))
    assert blocks[0] == SENTENCE.format("")
    assert [f.before.strip() for f in doc.fixes if f.rule == "text-spam"] == [token]


def test_a_token_glued_between_two_words_leaves_a_space():
    blocks, _ = _paragraphs(SENTENCE.replace("Dongpo Village", "Dongpo VillageSugar babyDongpo"))
    assert "Dongpo Village Dongpo" in blocks[0] and "Sugar" not in blocks[0]


@pytest.mark.parametrize("words", [
    "a sugar daddy",  # lower case: somebody's sentence, flagged by the spam check, kept
    "where the traffic police escort",  # no place word before the head: a plain word
    "UK sugar",  # a head in lower case after a place word: a trade report
    "the Sugar Cane Village",  # a head that begins a name
])
def test_plain_words_stay(words):
    blocks, doc = _paragraphs(SENTENCE.format(" " + words))
    assert blocks[0] == SENTENCE.format(" " + words)
    assert not any(f.rule == "text-spam" for f in doc.fixes)


def test_a_short_spam_line_is_not_cut_into():
    line = "Find your Sugar Daddy tonight, free sign-up"
    blocks, doc = _paragraphs(PROSE + "\n\n" + line)
    assert line in blocks and not any(f.rule == "text-spam" for f in doc.fixes)


def test_a_headline_keeps_its_own_rule():
    doc = clean_text(f"Lingxi Town Sugar Daddy volunteers clear irrigation channels before sowing\n\n{PROSE}\n")
    assert not any(f.rule == "text-spam" for f in doc.fixes)


def test_the_switch_turns_it_off():
    doc = clean_text(f"{TITLE}\n\n{SENTENCE.format(' Sugar Daddy')}\n", options=Options(skip=frozenset({"text-spam"})))
    assert "Sugar Daddy" in doc.sections[0].blocks[0].text


def test_the_pattern_needs_a_capital():
    assert token_pattern().search("sugar daddy") is None and token_pattern().search("Sugar Daddy") is not None


def test_a_token_glued_on_both_sides_leaves_a_space():
    blocks, _ = _paragraphs(SENTENCE.replace("Dongpo Village", "Dongpo twoMalaysian Sugardaddyvillages"))
    assert "Dongpo two villages" in blocks[0] and "Sugardaddy" not in blocks[0]


def test_a_glued_token_leaves_a_caption_full_of_names():
    caption = "Aerial view of Lingxi Town, Hexi County, Dongpo CityTanzania Escort. Photo by Wang Lin"
    _, doc = _paragraphs(PROSE + "\n\n" + caption)
    assert "Aerial view of Lingxi Town, Hexi County, Dongpo City. Photo by Wang Lin" in _texts(doc)
    assert [f.before.strip() for f in doc.fixes if f.rule == "text-spam"] == ["Tanzania Escort"]


def test_an_unglued_token_in_a_caption_full_of_names_stays():
    caption = "Aerial view of Lingxi Town, Hexi County, Dongpo City Tanzania Escort. Photo by Wang Lin"
    _, doc = _paragraphs(PROSE + "\n\n" + caption)
    assert caption in _texts(doc) and not any(f.rule == "text-spam" for f in doc.fixes)


def _texts(doc) -> list[str]:
    """The text of every heading and block of the body."""
    return [t for sec in doc.sections for t in ([sec.heading] if sec.heading else []) + [b.text for b in sec.blocks]]


@pytest.mark.parametrize("title", [
    "Hexi County Finishes Its New Flood Wall-top online casino bonus",
    "Hexi County Finishes Its New Flood Wall | best online casino site",
])
def test_a_spam_piece_after_the_headline_goes_whole(title):
    import bulletin_tools

    doc = bulletin_tools.clean(f"{title}\n\nDate: 2024-08-21\n\nThe new flood wall along the east bank of the river was finished on August 20.\n")
    assert doc.title is not None and doc.title.text == "Hexi County Finishes Its New Flood Wall"
