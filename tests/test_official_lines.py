"""bulletin_tools/segment/official_lines.py: the fixed lines of an official
document (signer, version note, bare division); whole pages pinned by
samples s900-s902.  All text written for this project."""

from __future__ import annotations

import pytest

from bulletin_tools.segment.official_lines import is_bare_division, is_signer, is_version_note


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
