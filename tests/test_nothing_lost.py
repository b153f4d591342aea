"""Nothing lost: every word of the input is in the output or named in a fix.

A "word" is a run of two or more letters or digits, compared in lower case.
Label words (Source, Author, Release time …) may disappear into the field
they introduced, as SPEC allows.
"""

from __future__ import annotations

import re

import pytest

import bulletin_tools
from bulletin_tools import lexicon
from conftest import CORPUS, SAMPLES, SEED

INPUTS = sorted(SAMPLES.glob("*.txt")) + ([SEED] if SEED.exists() else []) + sorted(CORPUS.glob("*.txt"))
WORD = re.compile(r"[^\W_]{2,}")


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def label_words() -> set[str]:
    out: set[str] = set()
    for table in ("labels.tsv", "footer_labels.tsv", "description_labels.tsv", "breadcrumb_prefixes.tsv"):
        for row in lexicon.read_table(table):
            out |= words(row[0])
    for row in lexicon.read_table("fields_view_words.tsv"):
        out |= words(row[1])  # `375 viewer`: the unit is the label of the count
    return out


def output_words(doc, data) -> set[str]:
    bag: list[str] = []

    def walk(value):
        if isinstance(value, str):
            bag.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                bag.append(str(k))
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
        elif isinstance(value, int) and not isinstance(value, bool):
            bag.append(str(value))

    walk({k: v for k, v in data.items() if k not in ("findings",)})
    return words(" ".join(bag))


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_every_input_word_survives_or_is_in_a_fix(path):
    data_bytes = path.read_bytes()
    try:
        doc = bulletin_tools.clean_bytes(data_bytes)
    except bulletin_tools.InputError:
        pytest.skip("rejected by design")
    from bulletin_tools.decode import decode_bytes

    text = decode_bytes(data_bytes).text
    data = bulletin_tools.to_json_dict(doc)
    have = output_words(doc, data) | label_words()
    fixed_chars = {ch for f in doc.fixes for ch in f.before.lower()}
    missing = [w for w in sorted(words(text) - have) if not glued_from(w, have, fixed_chars)]
    assert missing == [], f"{path.name}: words lost: {missing[:20]}"


def glued_from(word: str, have: set[str], fixed_chars: set[str]) -> bool:
    """Is ``word`` several kept words glued together (`BureauAuthor`, `areaâ€`)?

    Input tokens are split where the tool split them (a label glued to a
    value, a mojibake character glued to a word); each piece must itself be
    kept, or be a character a fix replaced.
    """
    n = len(word)
    # a token cut by mojibake (`HÃ©lÃ¨ne` reads as `hã`, `lã`): its letters
    # are single pieces of the repaired word
    mojibake_token = any(not ch.isascii() and ch in fixed_chars for ch in word)
    ok = [True] + [False] * n
    for end in range(1, n + 1):
        for start in range(end):
            if not ok[start]:
                continue
            piece = word[start:end]
            if (len(piece) >= 2 and piece in have) or (
                    len(piece) == 1 and (piece in fixed_chars or piece.isnumeric() or mojibake_token)):
                # (a one-character numeral glued to a word, `ⅡHow`, is the section's marker: isnumeric, as digits are)
                ok[end] = True
                break
    return ok[n] and n > 0
