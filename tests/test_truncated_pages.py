"""A page cut off after any of its first lines (a pipeline's truncated
record, an excerpt) is read without error: every prefix of a sample's first
lines gives a bulletin, never a traceback.  A session's rule once indexed
past the end of a page that stopped at its headline under an office's name;
no sample ended there, so whole samples did not show it."""

from __future__ import annotations

import pytest

from bulletin_tools.pipeline import clean_text
from conftest import SAMPLES

#: Every STEP-th sample, cut after each of its first MAX_CUT lines.
STEP = 7
MAX_CUT = 10
_PAGES = sorted(SAMPLES.glob("*.txt"))[::STEP]


@pytest.mark.parametrize("path", _PAGES, ids=lambda p: p.stem[:40])
def test_every_prefix_of_a_page_is_read(path):
    lines = path.read_bytes().decode("utf-8", "replace").split("\n")
    for cut in range(1, min(len(lines), MAX_CUT + 1)):
        doc = clean_text("\n".join(lines[:cut]) + "\n")
        assert doc.schema_version
