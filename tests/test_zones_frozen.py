"""Zones is a frozen value: the zoner's phases fill a builder, downstream only reads."""

from __future__ import annotations

import dataclasses

import pytest

from bulletin_tools.segment import Zones, zone
from bulletin_tools.segment.lines import Line, split_lines
from bulletin_tools.textmap import MappedText

# Written for this test: a breadcrumb, a title, a label row, prose, a footer.
PAGE = (
    "Current location: Home > Notices\n"
    "Notice on the Spring Tree Planting Week in Qinghe Town\n"
    "Source: Qinghe Town Office  Date: 2024-03-01\n"
    "\n"
    "The town will hold its tree planting week from March 10 to March 16, and every village "
    "committee is asked to name one contact person by March 5.\n"
    "\n"
    "Copyright: Qinghe Town People's Government\n"
)


def _zones() -> Zones:
    text = MappedText.identity(PAGE)
    lines = [Line(k + 1, text.slice(a, b)) for k, (a, b) in enumerate(split_lines(PAGE))]
    return zone(lines)


def test_zone_returns_a_frozen_value_of_tuples():
    z = _zones()
    assert z.breadcrumb == ("Home", "Notices")
    assert z.title is not None and z.title.text.startswith("Notice on the Spring Tree Planting Week")
    assert z.body and z.footer and z.labels
    for name in ("breadcrumb", "labels", "label_lines", "masthead", "body", "footer", "fixes", "suspects"):
        assert isinstance(getattr(z, name), tuple), name
    assert isinstance(z.captions, frozenset)
    with pytest.raises(dataclasses.FrozenInstanceError):
        z.title = None  # type: ignore[misc]


def test_replace_leaves_the_original_unchanged():
    z = _zones()
    other = dataclasses.replace(z, title=None)
    assert other.title is None and z.title is not None
