"""The document-pass registry: one name for the pass, its --skip key and its fixes' rule."""

from __future__ import annotations

import dataclasses

import pytest

from bulletin_tools.passes import skip_names
from bulletin_tools.passes.base import DOCUMENT, LINES, ZONE, Draft
from bulletin_tools.passes.registry import ALL_PASSES, DOCUMENT_PASSES, active
from bulletin_tools.pipeline import Options, clean_text
from bulletin_tools.rules_doc import find

SKIPPABLE = [p for p in ALL_PASSES if p.skippable]


def test_names_are_unique_and_stages_known():
    names = [p.name for p in ALL_PASSES]
    assert len(names) == len(set(names))
    assert {p.stage for p in ALL_PASSES} <= {LINES, ZONE, DOCUMENT}
    # only the zoner's passes run inside segment/; every other pass has a run
    assert all((p.run is None) == (p.stage == ZONE) for p in ALL_PASSES)


def test_every_skippable_pass_is_a_skip_key_with_an_explanation():
    for p in SKIPPABLE:
        assert p.name in skip_names()
        assert find(p.name) is not None, f"data/rules.tsv has no row for {p.name}"
    # a pass that only builds a part of the document is no --skip key
    assert "metadata" not in skip_names() and "footer" not in skip_names()


@pytest.mark.parametrize("name", [p.name for p in SKIPPABLE])
def test_skipping_a_pass_removes_exactly_its_fixes(name):
    """On its own example (data/rules.tsv) the pass makes a fix named after it;
    --skip NAME makes it go."""
    example = find(name).example
    if example.startswith("bytes:"):
        pytest.skip("a decoding example")
    on = clean_text(example)
    off = clean_text(example, options=Options(skip=frozenset({name})))
    assert any(f.rule == name for f in on.fixes), f"the example of {name} shows no {name} fix"
    assert not any(f.rule == name for f in off.fixes)


def test_active_passes_keep_the_registry_order_and_drop_only_skippable_ones():
    everything = frozenset(p.name for p in ALL_PASSES)
    kept = active(DOCUMENT, everything)
    assert kept == tuple(p for p in DOCUMENT_PASSES if not p.skippable)
    assert active(DOCUMENT, frozenset()) == DOCUMENT_PASSES


def test_draft_is_frozen():
    draft = Draft(zones=None, text="", repair_truncation=True, check_language=True,
                  line_no=lambda offset: 1, repair=lambda mt: (mt, [], []))
    with pytest.raises(dataclasses.FrozenInstanceError):
        draft.language = "en"  # type: ignore[misc]
    changed = draft.but(language="en")
    assert changed.language == "en" and draft.language is None
    assert all(getattr(changed, f.name) is getattr(draft, f.name)
               for f in dataclasses.fields(Draft) if f.name != "language")


def test_assemble_leaves_the_zones_as_zoning_made_them():
    """A title joined from two lines is repaired again inside the draft, not written back into the zones."""
    from bulletin_tools.pipeline import assemble, repair_lines
    from bulletin_tools.segment import zone
    from bulletin_tools.segment.lines import split_lines
    from bulletin_tools.textmap import MappedText

    # joining the two title lines makes 'the the': new work for the line rules
    text = "Qingshui Town holds a meeting on the\nthe work of winter heating\n\nThe town held a meeting on the work of winter heating on Monday.\n"
    items = [(n, MappedText.identity(text[a:b], a)) for n, (a, b) in enumerate(split_lines(text), start=1)]
    lines, fixes, findings = repair_lines(items, Options())
    z = zone(lines)
    before = z.title.text if z.title is not None else None
    doc = assemble(z, fixes, findings, input=None, encoding=None, options=Options(), text=text)
    assert before == "Qingshui Town holds a meeting on the the work of winter heating"
    assert doc.title.text == "Qingshui Town holds a meeting on the work of winter heating"
    assert [f.rule for f in doc.fixes] == ["doubled-word"]
    assert z.title.text == before
