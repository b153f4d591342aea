"""Tests for bulletin_tools.passes.truncation: detection, evidence-only repair, no false positives.

All texts below were written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.passes.truncation import (
    FOLLOWING,
    Truncation,
    check_description,
    check_heading,
    check_title,
    document_vocabulary,
)

from adversarial_inputs import TRUNCATION_FILLERS, Repeat, run_truncation  # tests/: inputs, counted work
from conftest import CORPUS  # ../shared/corpus beside the project, never an absolute path
from counted_work import assert_linear

# --------------------------------------------------------------------------
# titles that are cut and that the body can complete: (title, body, expected, reason)

REPAIRABLE_TITLES = [
    (
        "Qinghe Town: Take several steps to raise the quality of rural library reading and",
        ["Since spring, Qinghe Town has made sure that the quality of rural library reading and lending are improved."],
        "Qinghe Town: Take several steps to raise the quality of rural library reading and lending",
        "function-word",
    ),
    (
        "Baiyun County Helps Young Farmers Bring Spring Tea Into the",
        [
            "Tea is the main crop of the county.",
            "The campaign helps young farmers bring spring tea into the cities, where buyers wait.",
        ],
        "Baiyun County Helps Young Farmers Bring Spring Tea Into the Cities",
        "function-word",
    ),
    (
        "Dongli District Opens Community Elderly Canteen Serv",
        ["Last week the district opened a community elderly canteen service point in Heping Street."],
        "Dongli District Opens Community Elderly Canteen Service",
        "word-fragment",
    ),
    (
        "Shuangyang starts spring irrigation for the wheat fiel",
        ["Water from the reservoir was released on Monday, and spring irrigation for the wheat fields began at once."],
        "Shuangyang starts spring irrigation for the wheat fields",
        "word-fragment",
    ),
    (
        'Xiaping Village Starts "Clean Courtyard, Bright',
        ['The village started the "clean courtyard, bright home" contest among 300 households.'],
        'Xiaping Village Starts "Clean Courtyard, Bright Home"',
        "unbalanced",
    ),
    (
        "On May 6, Linhe Township organized cadres to clean up the riverside",
        ["On May 6, Linhe Township organized cadres to clean up the riverside garbage along the Qing River, and 40 tons were removed."],
        "On May 6, Linhe Township organized cadres to clean up the riverside garbage along the Qing River",
        "chopped-first-sentence",
    ),
    (
        "On May 6, Linhe Township organized cadres to clean up the rivers",
        ["On May 6, Linhe Township organized cadres to clean up the riverside garbage along the Qing River."],
        "On May 6, Linhe Township organized cadres to clean up the riverside garbage along the Qing River",
        "chopped-first-sentence",
    ),
    (
        "000 volunteers join the river cleaning campaign in Linhe",
        ["So far more than 2,000 volunteers join the river cleaning campaign in Linhe every weekend."],
        "2,000 volunteers join the river cleaning campaign in Linhe",
        "leading-fragment",
    ),
    (
        "n the busy farming season, Gaoqiao cadres help harvest",
        ["In the busy farming season, Gaoqiao cadres help harvest rice for elderly farmers."],
        "In the busy farming season, Gaoqiao cadres help harvest",
        "leading-fragment",
    ),
]


@pytest.mark.parametrize("title, body, expected, reason", REPAIRABLE_TITLES)
def test_repairable_titles(title: str, body: list[str], expected: str, reason: str) -> None:
    result = check_title(title, body)
    assert result == Truncation(expected, title, True, True, reason, result.evidence)
    assert result.evidence is not None


def test_evidence_points_at_the_copied_words() -> None:
    body = ["Opening remarks.", "Its purpose is to let ancient skills enter the villages this autumn."]
    result = check_title("County Festival to Let Ancient Skills Enter the", body)
    assert result.text == "County Festival to Let Ancient Skills Enter the Villages"
    paragraph, offset = result.evidence
    assert paragraph == 1
    assert body[1][offset:].lstrip().startswith("villages")


# --------------------------------------------------------------------------
# cut but not repairable: must stay byte-identical

UNREPAIRABLE_TITLES = [
    # no evidence at all
    (
        "Fenghe County Holds a Drill to Test the Rapid Response Capability of the",
        ["On June 10 the county held a drill on the embankment.", "More than 200 people took part in the drill."],
        "function-word",
    ),
    # only a short anchor: "enter the" also occurs in a heading
    (
        "Heritage Workshops Let Local Crafts Enter the",
        ["Heritage products enter the market", "Eighty booths displayed cloth and pottery."],
        "function-word",
    ),
    # the same long anchor continues two different ways: don't guess
    (
        "County Organizes Skills Training for Village Doctors and",
        [
            "The county organizes skills training for village doctors and nurses every spring.",
            "In autumn the county organizes skills training for village doctors and teachers.",
        ],
        "function-word",
    ),
    # cut mid-word, the body never has the word
    (
        "Anxi County Announces the Cases Transferred by the Provincial Ecological Protection Superv",
        ["The cases transferred to the county are announced as follows.", "After verification, the complaint is true."],
        "word-fragment",
    ),
    # trailing spaces are kept too
    ("Notice on Matters Related to the  ", ["Nothing here is related."], "function-word"),
    # the continuation would be a clause, not a phrase
    (
        "Xinqiao Town Makes Sure the Harvest of Late Rice and",
        ["The harvest of late rice and is expected to finish soon."],
        "function-word",
    ),
]


@pytest.mark.parametrize("title, body, reason", UNREPAIRABLE_TITLES)
def test_unrepairable_titles_stay_identical(title: str, body: list[str], reason: str) -> None:
    result = check_title(title, body)
    assert result == Truncation(title, title, True, False, reason, None)
    assert result.text is title or result.text == title


# --------------------------------------------------------------------------
# complete titles: never touched

BODY = [
    "The county held the meeting on Monday, and the plan was adopted by all members present.",
    "Hejing County has built 12 new roads and the Yuxiang reservoir project (Phase II) will start in May.",
]

COMPLETE_TITLES = [
    "Qinghe County 2024 Rural Revitalization Work Plan",
    "Opinions on Promoting Integrated Urban and Rural Development",
    "Linhe Township Government Work Report",
    "Tender Announcement for the Xishan Reservoir Reinforcement Project (Phase II)",
    'Veterans Bureau Visits Families on the Eve of "August 1st"',
    "How Can Young Talents Apply for Housing Subsidies?",
    "Notice",
    "Baiyun Temple Rated National Scenic Spot of Grade A",
    "Party Building Forum Held in Hejing",
    "Delegation from the Prefecture Visits Kashgar",
    "County Completes 5G Coverage Upgrade in 2024",
    "Deputies Discuss the Report of the CPPCC",
    "Township Cadres Study Plan B",
    "Flood Control Headquarters Issues Level III Emergency Response",
    "Xinjiang Tianshan Yuxiang Forum Held Successfully",
    "The county held the meeting on Monday.",
    "The county held the meeting on Monday",
    "Work Summary of the Digitalization Office",
    "Door-to-door Publicity Covers Every Household",
    "Announcement No. 3",
    "The Dazhai Spirit Lives On",
    "",
]


@pytest.mark.parametrize("title", COMPLETE_TITLES)
def test_complete_titles_untouched(title: str) -> None:
    assert check_title(title, BODY) == Truncation(title, title, False, False, None, None)


def test_longest_anchor_wins_over_a_shorter_one() -> None:
    body = [
        "In autumn the county organizes skills training for village doctors and teachers.",
        "The county organizes skills training for village doctors and nurses every spring.",
    ]
    # both places match "County Organizes … Doctors and" equally: ambiguous
    assert not check_title("Hejing County Organizes Skills Training for Village Doctors and", body).repaired
    # a longer anchor singles out one place
    result = check_title("In Autumn the County Organizes Skills Training for Village Doctors and", body)
    assert result.repaired and result.text.endswith("Doctors and Teachers")


def test_a_title_that_is_a_whole_first_clause_is_not_chopped() -> None:
    body = ["On May 6, Linhe Township held a flood drill, and 300 people took part."]
    title = "On May 6, Linhe Township held a flood drill"
    assert not check_title(title, body).truncated


@pytest.mark.parametrize("verb", ["is", "was", "has", "will"])
def test_a_title_that_is_the_subject_of_the_first_sentence_is_not_chopped(verb) -> None:
    title = "Hexi County Rural Library Network"
    body = [f"{title} {verb} a joint project of the county library and the township cultural stations, which lends books."]
    assert not check_title(title, body).truncated


def test_title_case_and_sentence_case_styles() -> None:
    body = ["This year the town helps farmers sell spring tea through the county e-commerce platform."]
    title_case = check_title("Town Helps Farmers Sell Spring Tea Through the", body)
    sentence = check_title("Town helps farmers sell spring tea through the", body)
    assert title_case.text.endswith("Through the County E-commerce Platform")
    assert sentence.text.endswith("through the county e-commerce platform")


def test_caller_vocabulary_is_used_for_fragments() -> None:
    # "Activi" is a fragment only because some document word starts with it.
    body = ["Volunteers took part in the publicity month activity."]
    vocab = document_vocabulary(body)
    result = check_title("District Launches Publicity Month Activi", body, vocab)
    assert (result.truncated, result.repaired, result.text) == (
        True, True, "District Launches Publicity Month Activity")


# --------------------------------------------------------------------------
# descriptions: (description, body, truncated, repaired, expected text or None, reason)

PARA = (
    "Since early May, Qinghe County has organized 30 teams to inspect reservoirs before the flood season. "
    "More than 120 hidden dangers were found."
)

DESCRIPTION_CASES = [
    # complete: equal to the paragraph
    (PARA, [PARA], False, False, None, None),
    # complete: the paragraph's first sentence
    ("Since early May, Qinghe County has organized 30 teams to inspect reservoirs before the flood season.",
     [PARA], False, False, None, None),
    # cut mid-word
    ("Since early May, Qinghe County has organized 30 teams to inspect re", [PARA], True, True,
     "Since early May, Qinghe County has organized 30 teams to inspect reservoirs before the flood season.",
     "prefix-of-paragraph"),
    # cut at a word boundary, whitespace differs from the paragraph
    ("Since early May,  Qinghe County has organized 30 teams", ["  " + PARA], True, True,
     "Since early May,  Qinghe County has organized 30 teams to inspect reservoirs before the flood season.",
     "prefix-of-paragraph"),
    # prefix of the second paragraph
    ("More than 120 hidden dan", ["Opening.", "More than 120 hidden dangers were found. They were fixed."],
     True, True, "More than 120 hidden dangers were found.", "prefix-of-paragraph"),
    # "No." and "3.6" are not sentence ends
    ("Pupils of Qinghe No", ["Pupils of Qinghe No. 2 Middle School planted 3.6 mu of trees. Then they left."],
     True, True, "Pupils of Qinghe No. 2 Middle School planted 3.6 mu of trees.", "prefix-of-paragraph"),
    # not a prefix, cut mid-word: truncated, no repair
    ("The main points are explained so that the masses can enjoy the policy conveni", [PARA],
     True, False, None, "word-fragment"),
    # not a prefix, ends in a function word
    ("The county checked every reservoir and", [PARA], True, False, None, "function-word"),
    # not a prefix, complete
    ("The county checked every reservoir before the flood season.", [PARA], False, False, None, None),
    ("Reservoir safety inspection", [PARA], False, False, None, None),
    ("", [PARA], False, False, None, None),
]


@pytest.mark.parametrize("description, body, truncated, repaired, expected, reason", DESCRIPTION_CASES)
def test_descriptions(description, body, truncated, repaired, expected, reason) -> None:
    result = check_description(description, body)
    assert (result.truncated, result.repaired, result.reason) == (truncated, repaired, reason)
    assert result.original == description
    assert result.text == (expected if expected is not None else description)
    if repaired:
        paragraph, offset = result.evidence
        assert body[paragraph][offset:].strip()
    else:
        assert result.evidence is None


def test_description_cut_inside_a_word_that_is_also_english() -> None:
    # "ski" is an English word; only the prefix test shows it was cut from "skills".
    body = ["The inheritors gathered to show their skills to residents and tourists."]
    result = check_description("The inheritors gathered to show their ski", body)
    assert result.repaired and result.text == body[0]


# --------------------------------------------------------------------------
# headings


@pytest.mark.parametrize(
    "heading",
    [
        "Next step",
        "Door-to-door publicity covers every household",
        "How to apply?",
        'Parents and children plant "growth trees"',
        "Heritage products enter the market",
        "expand the list of online matters",
        "Contact information",
    ],
)
def test_complete_headings_untouched(heading: str) -> None:
    assert not check_heading(heading, BODY, "The staff explained the rules to 40 residents.").truncated


def test_heading_repaired_from_following_text() -> None:
    following = "With cameras at every point, smart supervision improves the accuracy of sorting, and fewer bags are mixed."
    result = check_heading("Smart supervision improves the accuracy of", ["Other text."], following)
    assert result.text == "Smart supervision improves the accuracy of sorting"
    assert result.repaired and result.evidence[0] == FOLLOWING


def test_heading_repaired_from_body_when_following_has_nothing() -> None:
    body = ["Other text.", "This year smart supervision improves the accuracy of sorting in every street."]
    result = check_heading("Smart supervision improves the accuracy of", body, "Cameras were installed.")
    assert result.text.endswith("accuracy of sorting") and result.evidence[0] == 1


def test_heading_with_short_anchor_not_repaired() -> None:
    result = check_heading("Products enter the", ["Heritage products enter the market"], "")
    assert result == Truncation("Products enter the", "Products enter the", True, False, "function-word", None)


# --------------------------------------------------------------------------
# vocabulary, performance, properties


def test_document_vocabulary() -> None:
    vocab = document_vocabulary(["Door-to-door publicity, People's Park", "3,000 Cadres"])
    assert {"door-to-door", "door", "to", "publicity", "people's", "people", "park", "cadres"} <= vocab
    assert "Park" not in vocab


@pytest.mark.parametrize("case", TRUNCATION_FILLERS, ids=lambda c: c.label)
def test_huge_paragraph_is_linear(case: Repeat) -> None:
    """Counted work at n and 4n; the 2 MB paragraphs are timed by benchmarks/bench_adversarial.py."""
    assert_linear(run_truncation, case.sized, 20_000, label=f"truncation checks on {case.label}")


WORDS = st.sampled_from("the of and county town holds plan work report village road skills enter market a".split())


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=8), st.lists(st.lists(WORDS, max_size=14), max_size=4))
def test_repairs_only_add_document_words(title_words, paragraphs) -> None:
    title = " ".join(title_words)
    body = [" ".join(p) + "." for p in paragraphs]
    result = check_title(title, body)
    if not result.repaired:
        assert result.text == title
        return
    assert result.truncated
    vocab = document_vocabulary(body) | document_vocabulary([title])
    assert document_vocabulary([result.text]) <= vocab


# --------------------------------------------------------------------------
# the acceptance corpus (skipped when ../shared is absent)

BREADCRUMB_MARKS = (">", "\u00bb", " / ", "|")
META_WORDS = ("source", "author", "time", "date", "editor", "reporter", "clicks", "views", "click", "viewd")
DESCRIPTION_LABELS = ("description", "abstract", "summary", "note", "key point")


def _crude_parse(text: str) -> tuple[str, str | None, list[str]]:
    lines = [line.strip() for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    i = 1 if any(mark in lines[0] for mark in BREADCRUMB_MARKS) else 0
    title = lines[i]
    i += 1
    if any(word in lines[i].lower() for word in META_WORDS) or any(ch.isdigit() for ch in lines[i][:40]):
        i += 1
    description = None
    for sep in (":", "\uff1a"):
        label, found, value = lines[i].partition(sep)
        if found and label.strip().lower() in DESCRIPTION_LABELS:
            description = value.strip()
            i += 1
            break
    return title, description, lines[i:]


def _corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("d*.txt")) if CORPUS.is_dir() else []


@pytest.mark.parametrize("path", _corpus_files() or [None], ids=lambda p: p.stem if p else "absent")
def test_corpus(path: Path | None) -> None:
    if path is None:
        pytest.skip("../shared/corpus is absent")
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    title, description, body = _crude_parse(path.read_text(encoding="utf-8-sig"))
    result = check_title(title, body)
    if "title_truncated" in expected:
        assert result.truncated == expected["title_truncated"]
    if "title_repairable" in expected:
        assert result.repaired == expected["title_repairable"]
        if not expected["title_repairable"]:
            assert result.text == title
    if "title" in expected:
        assert " ".join(result.text.split()).lower() == " ".join(expected["title"].split()).lower()
    if "description_truncated" in expected:
        assert description is not None
        d = check_description(description, body)
        assert d.truncated == expected["description_truncated"]
        if expected.get("description_repaired_endswith"):
            assert d.repaired and d.text.endswith(expected["description_repaired_endswith"])
        if "description_startswith" in expected:
            assert d.text.startswith(expected["description_startswith"])
    for heading in expected.get("section_headings") or []:
        if heading is not None:
            assert not check_heading(heading, body).truncated, heading


def test_title_ending_in_a_phrasal_verb_particle_is_complete():
    # "Sets In" is a particle after a verb, not a title cut after "in", even
    # when the body goes on with the same words ("sets in earlier this year").
    from bulletin_tools.passes import truncation

    assert not truncation._ends_in_function_word("Longhu Town Steps Up Flood Prevention as the Plum Rain Season Sets In")
    assert not truncation._ends_in_function_word("The Reservoir Is Handed Over")
    assert truncation._ends_in_function_word("Longhu Town Steps Up Flood Prevention Work in")


def test_english_word_list_is_clean_and_sorted():
    """english._english uses the file as its sorted tuple: it must be sorted, unique, lower case, stripped."""
    from bulletin_tools.tables import read_words

    words = read_words("truncation_english_words.txt")
    assert len(words) > 4000
    assert words == sorted(set(words))
    assert all(w == w.strip().lower() and w for w in words)
