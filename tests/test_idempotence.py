"""clean is idempotent: cleaning its own Markdown output changes nothing."""

from __future__ import annotations

import pytest

import bulletin_tools
from conftest import CORPUS, SAMPLES, SEED

INPUTS = sorted(SAMPLES.glob("*.txt")) + ([SEED] if SEED.exists() else []) + sorted(CORPUS.glob("*.txt"))


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_markdown_round_trip(path):
    try:
        first = bulletin_tools.to_markdown(bulletin_tools.clean_bytes(path.read_bytes()))
    except bulletin_tools.InputError:
        pytest.skip("input rejected by design")
    second = bulletin_tools.to_markdown(bulletin_tools.clean(first))
    assert second == first


def test_round_trip_has_no_new_fixes():
    text = "Position: Home > News\n\nA Title For Testing\n\nSource:Town Office  Date:2023-01-02\n\nThe town held a meeting on Monday. It went well.\n"
    md = bulletin_tools.to_markdown(bulletin_tools.clean(text))
    again = bulletin_tools.clean(md)
    assert [f for f in again.fixes] == []
