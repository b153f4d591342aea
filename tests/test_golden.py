"""Golden files: every sample's Markdown and JSON output, checked byte for byte.

Regenerate on purpose only: ``python -m pytest tests/test_golden.py --update-golden``
(then read the diff before committing).  CI never passes that flag.
"""

from __future__ import annotations

import json

import pytest

import bulletin_tools
from conftest import SAMPLES

GOLDEN = SAMPLES / "golden"
CASES = sorted(p for p in SAMPLES.glob("*.txt")) + sorted((SAMPLES / "bad").glob("*.txt"))


def _render(path):
    doc = bulletin_tools.clean_bytes(path.read_bytes(), input=path.name)
    return bulletin_tools.to_markdown(doc), bulletin_tools.to_json(doc) + "\n"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden(path, update_golden):
    try:
        md, js = _render(path)
    except bulletin_tools.InputError as exc:
        md, js = None, json.dumps({"error": str(exc)}) + "\n"
    md_file = GOLDEN / (path.stem + ".md")
    js_file = GOLDEN / (path.stem + ".json")
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        if md is not None:
            md_file.write_text(md, encoding="utf-8")
        js_file.write_text(js, encoding="utf-8")
        return
    if not js_file.exists():
        pytest.fail(f"no golden file for {path.name}; run pytest --update-golden and review the diff")
    assert js == js_file.read_text(encoding="utf-8")
    if md is not None:
        assert md == md_file.read_text(encoding="utf-8")


def test_there_are_samples():
    assert len(CASES) >= 30
