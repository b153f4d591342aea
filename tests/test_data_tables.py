"""Lint of the vocabulary tables in ``bulletin_tools/data/``: every table
parses, every regular expression compiles, kinds and fields are valid, and no
entry is listed twice.  Adding a phrase must stay a one-line data change that
this test checks."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from bulletin_tools.tables import read_rows, read_words

DATA = resources.files("bulletin_tools.data")
TABLES = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".tsv", ".txt")))

#: Columns each table must have in every row (at least).
MIN_COLUMNS = {
    "labels.tsv": 2,
    "footer_labels.tsv": 2,
    "furniture.tsv": 2,
    "menu_words.tsv": 2,
    "chrome_weights.tsv": 2,
    "glossary.tsv": 2,
    "provinces.tsv": 3,
    "fields_view_words.tsv": 2,
    "truncation_words.tsv": 2,
    "spacing_doubled_keep.tsv": 2,
    "spacing_fullwidth.tsv": 3,
}

#: Tables whose first column is matched case-insensitively: a repeat differing only in case is a duplicate.
CASELESS = {"labels.tsv", "footer_labels.tsv", "spam.tsv", "breadcrumb_prefixes.tsv", "description_labels.tsv",
            "menu_words.tsv", "stop_words.txt", "bulletin_words.tsv"}


def _rows(name: str) -> list[list[str]]:
    return [[w] for w in read_words(name)] if name.endswith(".txt") else read_rows(name)


def test_there_are_tables():
    assert {"furniture.tsv", "labels.tsv", "chrome_weights.tsv", "stop_words.txt", "menu_words.tsv"} <= set(TABLES)


@pytest.mark.parametrize("name", TABLES)
def test_table_parses_with_enough_columns(name):
    rows = _rows(name)
    assert rows, f"{name} is empty"
    need = MIN_COLUMNS.get(name, 1)
    short = [r for r in rows if len(r) < need or not r[0]]
    assert not short, f"{name}: rows with fewer than {need} columns: {short[:3]}"


@pytest.mark.parametrize("name", TABLES)
def test_no_entry_is_listed_twice(name):
    rows = _rows(name)
    if name == "furniture.tsv":
        keys = [(r[0], r[1]) for r in rows]
    elif name in ("truncation_words.tsv", "fields_view_words.tsv", "menu_words.tsv"):
        keys = [(r[0].lower(), r[1]) for r in rows]
    else:
        keys = [r[0].lower() if name in CASELESS else r[0] for r in rows]
    seen, dupes = set(), []
    for key in keys:
        if key in seen:
            dupes.append(key)
        seen.add(key)
    assert not dupes, f"{name}: listed twice: {dupes}"


def test_furniture_patterns_compile_and_kinds_are_known():
    for kind, pattern, *rest in read_rows("furniture.tsv"):
        assert kind in {"line", "inline", "related", "enlarge", "end"}, kind
        re.compile(pattern, re.IGNORECASE)
        if kind == "inline" and rest:
            assert all(w == w.lower() for w in rest[0].split(",")), "needles are lower case"


def test_label_fields_are_known():
    fields = {"source", "author", "editor", "date", "views", "description", "breadcrumb", "furniture", "title"}
    for label, field in (r[:2] for r in read_rows("labels.tsv")):
        assert field in fields or field.startswith("extra:"), (label, field)


def test_menu_word_kinds_and_case():
    for word, kind in (r[:2] for r in read_rows("menu_words.tsv")):
        assert kind in {"link", "menu", "language"}
        assert word == word.lower()


def test_chrome_weights_are_numbers_for_known_features():
    from bulletin_tools.segment import chrome

    known = set(chrome.features(chrome.line_shape("Home", "top", {})))
    for name, weight in (r[:2] for r in read_rows("chrome_weights.tsv")):
        assert name in known, name
        float(weight)


def test_stop_words_are_lower_case_words():
    for word in read_words("stop_words.txt"):
        assert re.fullmatch(r"[a-z]+", word), word
