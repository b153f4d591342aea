"""A speech's preface: occasion and speaker above the text (segment/speech.py)."""

from __future__ import annotations

import pytest

from bulletin_tools.pipeline import clean_text

TITLE = "Report on the Work of the Lanxi County Government"
PARA = ("On behalf of the County People's Government, I will now report to you on the work of the "
        "government for your deliberation and approval.")


def _doc(*preface: str):
    return clean_text("\n\n".join([TITLE, "Release time: 2025-01-20", *preface, "Fellow Deputies,", PARA]) + "\n")


def _blocks(doc) -> list[str]:
    return [b.text for s in doc.sections for b in s.blocks]


def test_occasion_and_speaker_go_to_the_header():
    doc = _doc("Delivered at the Fourth Session of the 18th Lanxi County People's Congress",
               "Zhao Ming, Magistrate of Lanxi County")
    assert doc.metadata.extra["occasion"] == "Delivered at the Fourth Session of the 18th Lanxi County People's Congress"
    assert doc.metadata.extra["speaker"] == "Zhao Ming, Magistrate of Lanxi County"
    assert _blocks(doc)[:2] == ["Fellow Deputies,", PARA]  # the salutation is the speech's own


def test_an_occasion_wrapped_over_two_lines_is_one_value():
    doc = clean_text("\n\n".join([TITLE, "Release time: 2025-01-20"]) + "\n\nDelivered at the Fourth Session of the\n"
                     "18th Lanxi County People's Congress\n\nFellow Deputies,\n\n" + PARA + "\n")
    assert doc.metadata.extra["occasion"] == "Delivered at the Fourth Session of the 18th Lanxi County People's Congress"


def test_the_headline_repeated_above_the_preface_is_chrome():
    doc = _doc(TITLE, "Remarks by Zhao Ming, Magistrate of Lanxi County")
    assert [f.why for f in doc.fixes if f.rule == "chrome"] == ["repeats the headline above a speech's preface"]
    assert TITLE not in _blocks(doc)


@pytest.mark.parametrize("first", ["Delivered at the meeting, the report was approved by all deputies.",
                                   "Zhao Ming, Magistrate of Lanxi County, chaired the meeting."])
def test_sentences_are_not_a_preface(first):
    doc = _doc(first)
    assert "occasion" not in doc.metadata.extra and "speaker" not in doc.metadata.extra
    assert first in _blocks(doc)


SUBTITLE = "——At the third session of the 18th Lanxi County People's Congress on January 20, 2025"


@pytest.mark.parametrize("salutation", ["Dear Delegates,", "Fellow Members,", "Fellow Deputies:"])
def test_a_salutation_under_the_title_opens_the_text(salutation):
    doc = clean_text("\n".join([TITLE, SUBTITLE, salutation, PARA]) + "\n")
    assert salutation not in doc.title.text
    assert _blocks(doc)[:2] == [salutation, PARA]


@pytest.mark.parametrize("speaker", ["County Magistrate Zhao Ming", "Premier Li Ming"])
def test_a_speaker_with_the_role_first_under_the_title_is_the_header(speaker):
    doc = clean_text("\n".join([TITLE, SUBTITLE, speaker, "Fellow Deputies,", PARA]) + "\n")
    assert doc.metadata.extra["speaker"] == speaker
    assert speaker not in doc.title.text
    assert _blocks(doc)[0] == "Fellow Deputies,"


@pytest.mark.parametrize("line", ["Dear readers of the county's news and all friends who follow our work every day,",
                                  "Dear Li Ming, the lead of the water team"])
def test_long_or_unclosed_greetings_are_not_salutations(line):
    from bulletin_tools.segment.speech import is_salutation

    assert not is_salutation(line)


@pytest.mark.parametrize("line", ["Distinguished Guests,", "Honoured guests and friends:", "Your Excellencies,",
                                  "Ladies and Gentlemen,", "Good evening, everyone!", "Good evening everybody"])
def test_a_speechs_openings_to_its_audience_are_salutations(line):
    # never removed as chrome, however short and stop-word poor (whole page: sample s1457)
    from bulletin_tools.segment.speech import is_salutation

    assert is_salutation(line)


@pytest.mark.parametrize("line", ["Distinguished service awards for teachers", "Good evening news at seven"])
def test_a_line_that_only_opens_like_a_salutation_is_none(line):
    from bulletin_tools.segment.speech import is_salutation

    assert not is_salutation(line)
