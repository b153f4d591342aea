"""bulletin_tools/segment/official_lines.py: the fixed lines of an official
document (signer, version note, bare division); whole pages pinned by
samples s900-s902.  All text written for this project."""

from __future__ import annotations

import pytest

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.official_lines import is_bare_division, is_signer, is_version_note, signs


@pytest.mark.parametrize("line", [
    "General Office of Marrow County People's Government",
    "Office of Hollins District People's Government of Easton",
    "Marrow County Water Office",
    "Mayor",
    "District Mayor",
    "Acting Governor",
])
def test_signers(line):
    assert is_signer(line)


@pytest.mark.parametrize("line", [
    "Volunteers keep a record of every repair",
    "The county water office signed the plan.",
    "Measures of Marrow County for Keeping Village Ponds Clean",
    "mayor",
])
def test_not_signers(line):
    assert not is_signer(line)


@pytest.mark.parametrize("line", ["(Revised)", "（Draft for Comments）", "(For Trial Implementation)", "(2023 Revision)"])
def test_version_notes(line):
    assert is_version_note(line)


@pytest.mark.parametrize("line", ["(Xinhua)", "(No. 26)", "(Revised on May 3, 2021 by the county)"])
def test_not_version_notes(line):
    assert not is_version_note(line)


@pytest.mark.parametrize("line", ["Article 2", "Chapter III", "Section Four", "ARTICLE 12."])
def test_bare_divisions(line):
    assert is_bare_division(line)


@pytest.mark.parametrize("line", ["Article 2 Scope", "Chapter on farming", "Article"])
def test_not_bare_divisions(line):
    assert not is_bare_division(line)


def test_a_lower_case_office_signs_too():
    assert signs("people's government of marrow county")
    assert not is_signer("people's government of marrow county")
    assert not signs("the county water office keeps the records")


_NOTICE = """Notice of Marrow County on Issuing the Plan for Mending Field Paths

All township governments:

The Plan for Mending Field Paths is now sent to you. Please carry it out with care.

{signer}

May 6, 2024

Marrow County Plan for Mending Field Paths
in the Autumn of 2024

So that the harvest can be brought home dry, every township mends the paths between its fields before the end of September.

I. Tasks

The township offices list the paths to be mended and send the list to the county.
"""


@pytest.mark.parametrize("signer", ["General Office of Marrow County People's Government",
                                    "people's government of marrow county"])
def test_the_title_of_an_issued_plan_under_the_signer_and_date_is_no_heading(signer):
    # (sample s950: the issued document's title, one or two lines, printed
    # again over its text, is the document's own title)
    doc = clean_text(_NOTICE.format(signer=signer))
    assert [s.heading for s in doc.sections] == [None, "Tasks"]


def test_without_a_signer_over_the_date_a_short_line_over_prose_still_heads_it():
    doc = clean_text(_NOTICE.format(signer="Everyone is welcome to send ideas on the plan."))
    assert [s.heading for s in doc.sections] == [None, "Marrow County Plan for Mending Field Paths in the Autumn of 2024", "Tasks"]
