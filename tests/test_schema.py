"""The shipped JSON Schema validates real output (and rejects broken output)."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

import bulletin_tools
from conftest import CORPUS, SAMPLES, SEED

SCHEMA = json.loads(resources.files("bulletin_tools.render").joinpath("schema.json").read_text(encoding="utf-8"))
INPUTS = sorted(SAMPLES.glob("*.txt")) + ([SEED] if SEED.exists() else []) + sorted(CORPUS.glob("*.txt"))


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_output_validates(path):
    doc = bulletin_tools.clean_bytes(path.read_bytes(), input=str(path))
    jsonschema.validate(bulletin_tools.to_json_dict(doc), SCHEMA)


def test_schema_rejects_missing_field():
    doc = bulletin_tools.clean("Position: Home > News\n\nA title\n\nA body paragraph that says something.\n")
    data = bulletin_tools.to_json_dict(doc)
    del data["footer"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
