"""chardata.py is the one home of the shared character classes and word patterns."""

from __future__ import annotations

import re
from pathlib import Path

from bulletin_tools import chardata
from bulletin_tools.segment.body import first_sentence_end

PACKAGE = Path(chardata.__file__).resolve().parent


def test_the_two_han_classes_differ_only_by_the_supplementary_planes():
    ext_b = "\U00020bb7"  # a rare name character outside the BMP
    assert re.fullmatch(f"[{chardata.HAN}]", ext_b)
    assert not re.fullmatch(f"[{chardata.HAN_BMP}]", ext_b)
    for ch in "农\u3400\uf900":
        assert re.fullmatch(f"[{chardata.HAN}]", ch) and re.fullmatch(f"[{chardata.HAN_BMP}]", ch)


def test_no_other_module_spells_a_han_range():
    """A Han range written out elsewhere is a second definition: import one from chardata."""
    spelled = re.compile(r"\\u4e00|\\u3400|\\U00020000|[\u4e00\u3400]-")
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if p.name not in ("chardata.py", "lazyre.py") and spelled.search(p.read_text(encoding="utf-8"))]
    assert not offenders, offenders


def test_sentence_ends_skip_the_table_abbreviations():
    assert first_sentence_end("Mr. Li spoke. Then the meeting closed.") == len("Mr. Li spoke.")
    assert first_sentence_end("It rained. Then it stopped.") == len("It rained.")


def test_prose_line_end_holds_the_sentence_ends():
    assert set(chardata.SENTENCE_END) <= set(chardata.PROSE_LINE_END)
    assert set(chardata.SENTENCE_END) <= set(chardata.PHRASE_END)
