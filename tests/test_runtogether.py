"""Words run together without spaces (repair/runtogether.py)."""

from __future__ import annotations

import pytest

from bulletin_tools.model import Edit
from bulletin_tools.repair.base import Context
from bulletin_tools.repair.runtogether import split_run_together, split_stretch


def _apply(text: str, edits: list[Edit]) -> str:
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[:e.start] + e.after + text[e.end:]
    return text


@pytest.mark.parametrize("run, words", [
    ("educationisamatteroffundamentalimportance", "education is a matter of fundamental importance"),
    ("InordertoimplementthespiritofGeneralSecretaryXiJinping",
     "In order to implement the spirit of General Secretary Xi Jinping"),
    ("Themeetingstressedthattheroadsofeveryvillagemustberepaired.",
     "The meeting stressed that the roads of every village must be repaired."),
])
def test_a_certain_split_puts_the_spaces_back(run, words):
    edits, flags = split_run_together(run, Context())
    assert _apply(run, edits) == words and flags == []
    assert all(e.rule == "run-together" and e.after == " " for e in edits)


def test_two_equally_short_splits_are_not_certain():
    assert split_stretch("nowtheretired") is None  # `now the retired` or `now there tired`
    assert split_stretch("theroads") == [3]


@pytest.mark.parametrize("text", ["Xinjiangweiwuerzizhiqurenminzhengfu held the meeting",
                                  "the villagersqwertyzxcvbnmasdfghjkl stayed"])
def test_an_uncertain_run_is_flagged_not_changed(text):
    edits, flags = split_run_together(text, Context())
    assert edits == [] and [f.code for f in flags] == ["run-together"]


@pytest.mark.parametrize("text", [
    "Visit www.qinghecountygovernmentportal.gov.cn for the notice.",
    "Write to qinghecountygovernmentoffice@163.com before Friday.",
    "The photo abcdefghijklmnopqrstuvwxyzabc.jpg was removed.",
    "The word internationalization is long but whole.",
])
def test_addresses_and_whole_words_are_left_alone(text):
    assert split_run_together(text, Context()) == ([], [])


@pytest.mark.parametrize("text", ["the AcademicExchangeCenter of the university",
                                  "the ExperimentalTeachingCenter opened"])
def test_a_name_in_camel_case_is_neither_split_nor_flagged(text):
    assert split_run_together(text, Context()) == ([], [])
