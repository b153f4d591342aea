"""A list's entry standing again in a second list is content, not a pasted copy."""

from __future__ import annotations

from bulletin_tools.model import Block, Section
from bulletin_tools.passes import body_checks

ENTRY = "1. The riverside park, the old town square and the market streets of the county town."
PARAGRAPH = "The county will send patrols to the areas named below on every evening of the holiday."


def _sections(kind: str) -> list[Section]:
    first = Block(kind, ENTRY, (0, len(ENTRY)))
    second = Block(kind, ENTRY, (200, 200 + len(ENTRY)))
    return [Section("Areas closed all year", False, (0, 100), (first,)),
            Section("Areas closed during the festival", False, (150, 300), (second,))]


def test_an_item_repeated_in_a_second_list_is_kept() -> None:
    sections, fixes, findings = body_checks.drop_duplicate_blocks(_sections("item"), lambda o: o + 1)
    assert [len(s.blocks) for s in sections] == [1, 1]
    assert fixes == [] and findings == []


def test_a_paragraph_pasted_twice_still_loses_its_copy() -> None:
    blocks = (Block("paragraph", PARAGRAPH, (0, len(PARAGRAPH))), Block("paragraph", PARAGRAPH, (100, 100 + len(PARAGRAPH))))
    sections, fixes, _ = body_checks.drop_duplicate_blocks([Section(None, False, (0, 200), blocks)], lambda o: o + 1)
    assert len(sections[0].blocks) == 1 and len(fixes) == 1
