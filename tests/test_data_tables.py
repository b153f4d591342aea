"""Lint of the vocabulary tables in ``bulletin_tools/data/``: every table
parses, every regular expression compiles, kinds and fields are valid, and no
entry is listed twice.  Adding a phrase must stay a one-line data change that
this test checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import pytest

from bulletin_tools.tables import data_text, read_rows, read_words

DATA = resources.files("bulletin_tools.data")
TABLES = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".tsv", ".txt")))

@dataclass(frozen=True)
class Schema:
    """What a table must look like: column counts, the kind column and its
    allowed values, the columns that make an entry (no entry twice), the
    columns holding regular expressions."""

    columns: tuple[int, int] = (1, 1)  # least and most cells in a row
    kind: int | None = None  # index of the kind column
    kinds: frozenset[str] | None = None  # allowed kinds (None: any)
    key: tuple[int, ...] = (0,)  # the cells that identify an entry
    caseless: bool = False  # the key is matched case-insensitively: a case variant is a duplicate
    regex: tuple[int, ...] = ()  # cells that are regular expressions (case-insensitive)


def _kinds(*names: str) -> frozenset[str]:
    return frozenset(names)


#: Every table in ``bulletin_tools/data/``; a new table must be described here.
SCHEMAS: dict[str, Schema] = {
    "account_names.txt": Schema(caseless=True),
    "abbreviations.tsv": Schema((2, 2), kind=1, kinds=_kinds("sentence", "word"), key=(0, 1)),
    "binary_signatures.tsv": Schema((2, 2)),
    "breadcrumb_prefixes.tsv": Schema(caseless=True),
    "bulletin_words.tsv": Schema(caseless=True),
    "caption_scenes.txt": Schema(caseless=True),
    "chrome_weights.tsv": Schema((2, 2)),
    "description_labels.tsv": Schema(caseless=True),
    "encoding_lost_markers.tsv": Schema((2, 2)),
    "fields_view_words.tsv": Schema((2, 2), kind=0, kinds=_kinds("lead", "unit", "text"), key=(1, 0), caseless=True),
    "footer_labels.tsv": Schema((2, 2), kind=1, kinds=_kinds("address", "copyright", "email", "phone", "postcode",
                                                             "sponsor"), caseless=True),
    "furniture.tsv": Schema((2, 3), kind=0, kinds=_kinds("line", "inline", "related", "enlarge", "end", "tail", "contact", "image"), key=(0, 1),
                            regex=(1,)),
    "glossary.tsv": Schema((2, 2)),
    "home_words.tsv": Schema((2, 2), kind=1, kinds=_kinds("home", "index"), key=(0,), caseless=True),
    "labels.tsv": Schema((2, 3), kind=1, kinds=_kinds("source", "author", "editor", "date", "views", "description",
                                                      "breadcrumb", "furniture", "title"), caseless=True),
    "outlet_words.txt": Schema(caseless=True),
    "letter_phrases.tsv": Schema((2, 2), kind=0, kinds=_kinds("salutation", "closing"), key=(0, 1), caseless=True),
    "menu_words.tsv": Schema((2, 2), kind=1, kinds=_kinds("link", "menu", "language"), key=(0, 1), caseless=True),
    "provinces.tsv": Schema((7, 7)),
    "rules.tsv": Schema((3, 3)),
    "spacing_doubled_keep.tsv": Schema((2, 2), kind=1, kinds=_kinds("word", "link"), key=(0, 1)),
    "spacing_fullwidth.tsv": Schema((3, 3), kind=2, kinds=_kinds("close", "open", "join")),
    "spam.tsv": Schema(caseless=True),
    "spam_injections.tsv": Schema((2, 2), kind=0, kinds=_kinds("token", "head", "place", "tail"), key=(1,), caseless=True),
    "stop_words.txt": Schema(caseless=True),
    "truncation_english_words.txt": Schema(),
    "truncation_pinyin_syllables.txt": Schema(),
    "truncation_words.tsv": Schema((2, 2), kind=1, kinds=_kinds("function", "clause", "phrasal", "label", "dangling",
                                                                            "particle", "name"),
                                   key=(0, 1), caseless=True),
}


def _rows(name: str) -> list[list[str]]:
    return [[w] for w in read_words(name)] if name.endswith(".txt") else read_rows(name)


def test_there_are_tables():
    assert {"furniture.tsv", "labels.tsv", "chrome_weights.tsv", "stop_words.txt", "menu_words.tsv"} <= set(TABLES)


def test_every_table_has_a_schema():
    """A new table is described in SCHEMAS, so the checks below cover it; a removed one is dropped there."""
    assert set(TABLES) == set(SCHEMAS)


@pytest.mark.parametrize("name", TABLES)
def test_table_parses_with_the_right_columns(name):
    rows = _rows(name)
    assert rows, f"{name} is empty"
    least, most = SCHEMAS[name].columns
    bad = [r for r in rows if not least <= len(r) <= most or not all(r[:least])]
    assert not bad, f"{name}: rows without {least}..{most} non-empty columns: {bad[:3]}"


@pytest.mark.parametrize("name", [n for n in TABLES if SCHEMAS[n].kind is not None])
def test_kinds_are_known(name):
    schema = SCHEMAS[name]
    assert schema.kind is not None and schema.kinds is not None
    kinds = {r[schema.kind] for r in _rows(name)}
    unknown = sorted(k for k in kinds if k not in schema.kinds and not k.startswith("extra:"))
    assert not unknown, f"{name}: unknown kinds {unknown}"


@pytest.mark.parametrize("name", TABLES)
def test_no_entry_is_listed_twice(name):
    schema = SCHEMAS[name]
    seen: set[tuple[str, ...]] = set()
    dupes = []
    for row in _rows(name):
        key = tuple(row[i].lower() if schema.caseless else row[i] for i in schema.key)
        if key in seen:
            dupes.append(key)
        seen.add(key)
    assert not dupes, f"{name}: listed twice: {dupes}"


@pytest.mark.parametrize("name", [n for n in TABLES if SCHEMAS[n].regex])
def test_regular_expressions_compile(name):
    for row in _rows(name):
        for i in SCHEMAS[name].regex:
            if i < len(row):
                re.compile(row[i], re.IGNORECASE)


def test_binary_signatures_are_hex():
    for signature, what in read_rows("binary_signatures.tsv"):
        assert bytes.fromhex(signature), (signature, what)


def test_provinces_have_valid_codes_and_flags():
    for char, _pinyin, _names, code, icp, ps, _wrong in read_rows("provinces.tsv"):
        assert len(char) == 1, char
        assert re.fullmatch(r"\d\d", code), (char, code)
        assert icp in {"yes", "no"} and ps in {"yes", "no"}, (char, icp, ps)


def test_word_abbreviations_are_lower_case():
    """truncation.py compares them with ``word.lower()``: a capital would never match."""
    from bulletin_tools.chardata import abbreviations

    words = abbreviations("word")
    assert words and all(w == w.lower() for w in words)


def test_dangling_words_fit_the_tail_segment_looks_at():
    """segment/body.py looks at a line's last ``_DANGLING_TAIL`` characters for a dangling word."""
    from bulletin_tools.chardata import words_of_kind
    from bulletin_tools.segment import body

    longest = max(len(w) for w in words_of_kind("dangling"))
    # the word, the character its \b looks at, and a final newline that `$` allows
    assert longest + 2 <= body._DANGLING_TAIL


def test_table_built_patterns_match_what_their_tables_say():
    """The patterns chardata builds from the tables compile and use the rows."""
    from bulletin_tools import chardata

    assert chardata.ABBREVIATION_BEFORE.search("a letter from Mr")
    assert not chardata.ABBREVIATION_BEFORE.search("a letter from mr")  # sentence kind: case matters
    assert chardata.DANGLING_END.search("the work of the township and")
    assert not chardata.DANGLING_END.search("the work is done")
    assert chardata.VIEWS_IN_TEXT.search("Source: the bureau 1,286 Views")[1] == "1,286"
    assert not chardata.VIEWS_IN_TEXT.search("Source: the bureau 1,286 people")


def test_furniture_needles_are_lower_case():
    """(Kinds and patterns are checked by the schema tests above.)"""
    for kind, _pattern, *rest in read_rows("furniture.tsv"):
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


def test_tables_read_from_the_folder_are_what_importlib_resources_gives():
    """data_text reads the folder directly (cold start); the text must be the one
    importlib.resources gives, which is what a wheel or a zip would use."""
    names = [p.name for p in resources.files("bulletin_tools.data").iterdir() if p.name.endswith((".tsv", ".txt"))]
    assert len(names) > 20
    for name in names:
        assert data_text(name) == resources.files("bulletin_tools.data").joinpath(name).read_text(encoding="utf-8")
