"""The paths that keep long documents linear must not change a result.

Issue 13 made truncation checks share per-document work: a vocabulary sorted
once and layered (not copied) per heading, the body's searchable paragraphs
built once, and a word index over a long body so that evidence for a heading
is looked up only in paragraphs holding the anchor's word.  Each is claimed
to give exactly what the plain computation gives; these tests compare them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.passes import truncation
from bulletin_tools.passes.truncation import PreparedBody, Vocabulary, document_vocabulary

WORDS = ["the", "of", "and", "rural", "rur", "revitalization", "revital", "work", "works", "door-to-door",
         "door", "3,000", "000", "people's", "Activi", "activity", "village", "villages", "Zhang", "he",
         "Jing", "Hejing", "in", "for", "service", "services", "servi", "n", "In", "Inspection"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "  ", "\u00a0", " (", ") ", " \u201c", "\u201d "]

word_lists = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12)


@st.composite
def paragraphs(draw) -> str:
    words = draw(word_lists)
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps)).strip()


@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=8), min_size=1, max_size=4),
       st.lists(st.text(alphabet="abcdefghijklmnoprstuvwyz-'", max_size=14), max_size=30))
@settings(max_examples=200, deadline=None)
def test_layered_vocabulary_equals_the_union(layers: list[list[str]], probes: list[str]) -> None:
    vocab = None
    union: set[str] = set()
    for layer in layers:
        words = document_vocabulary([" ".join(layer)])
        vocab = Vocabulary(words, base=vocab)
        union |= words
    ordered = sorted(union)
    for probe in probes + sorted(union):
        assert (probe in vocab) == (probe in union)
        assert vocab.has_longer(probe) == truncation._has_longer(probe, ordered)


def _scan_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(truncation, "_INDEX_MIN_PARAGRAPHS", 10**9)


@given(st.lists(paragraphs(), min_size=truncation._INDEX_MIN_PARAGRAPHS,
                max_size=truncation._INDEX_MIN_PARAGRAPHS + 8),
       st.lists(st.tuples(st.integers(0, 10**6), st.integers(2, 9), st.integers(0, 3)), min_size=1, max_size=6))
@settings(max_examples=120, deadline=None)
def test_indexed_evidence_search_equals_the_full_scan(body: list[str], cuts) -> None:
    """Headings cut from body paragraphs (mid-word, at a function word, at the
    start) get the same verdict from the indexed body as from a full scan."""
    headings = []
    for pick, words, trim in cuts:
        para = body[pick % len(body)].split()
        piece = " ".join(para[pick % max(len(para), 1):][:words])
        headings.append(piece[trim:] if pick % 2 else piece[: max(len(piece) - trim, 1)])
    prepared = PreparedBody(body)
    vocab = prepared.vocabulary()
    fast = [truncation.check_heading(h, prepared, "", vocab) for h in headings]
    fast.append(truncation.check_title(headings[0], prepared, vocab))
    with pytest.MonkeyPatch.context() as mp:
        _scan_only(mp)
        slow = [truncation.check_heading(h, body, "", document_vocabulary(body)) for h in headings]
        slow.append(truncation.check_title(headings[0], body, document_vocabulary(body)))
    assert fast == slow


def test_indexed_search_finds_evidence_in_a_long_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """A heading cut after a function word is completed from the one
    paragraph (of many) that continues it, through the index."""
    filler = [f"Paragraph number {k} describes the work of team {k} in the county." for k in range(40)]
    body = filler[:25] + ["The town promoted the revitalization of rural industries, and farmers gained."] + filler[25:]
    heading = "Town Promoted the Revitalization of"
    prepared = PreparedBody(body)
    fast = truncation.check_heading(heading, prepared, "", prepared.vocabulary())
    assert prepared.sources()._index is not None  # the indexed path ran
    assert fast.repaired and fast.text == "Town Promoted the Revitalization of Rural Industries"
    assert fast.evidence == (25, body[25].index(" rural"))  # just after the anchor
    _scan_only(monkeypatch)
    assert truncation.check_heading(heading, body, "", document_vocabulary(body)) == fast


@given(st.text(alphabet="ab1 ,.-'\u2019\u00a0\t\u3000中", max_size=30))
@settings(max_examples=500, deadline=None)
def test_last_token_from_the_last_chunk_equals_the_full_tokenisation(text: str) -> None:
    stripped = text.rstrip()
    spans = truncation._tokens(stripped)
    want = spans[-1] if spans and spans[-1][1] == len(stripped) else None
    assert truncation._last_token(text) == want


def test_fast_built_mapped_text_is_the_same_frozen_value() -> None:
    import dataclasses

    from bulletin_tools import textmap

    piece = textmap.Piece(0, 3, 7, 10, True)
    fast = textmap._mapped("abc", (piece,), (0,))
    plain = textmap.MappedText("abc", (piece,), (0,))
    assert fast == plain and hash(fast) == hash(plain) and type(fast) is textmap.MappedText
    assert textmap.MappedText.identity("abc", 7) == plain
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.text = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        piece.cur_start = 1  # type: ignore[misc]


def test_fast_init_builds_the_dataclass_value() -> None:
    import dataclasses

    from bulletin_tools.fastinit import fast_init

    @dataclasses.dataclass(frozen=True, slots=True)
    class Plain:
        a: int
        b: str = "x"
        c: tuple = ()

    @fast_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Fast:
        a: int
        b: str = "x"
        c: tuple = ()

    for args, kwargs in (((1,), {}), ((1, "y"), {}), ((), {"a": 2, "c": (3,)}), ((4,), {"b": "z"})):
        plain, fast = Plain(*args, **kwargs), Fast(*args, **kwargs)
        assert dataclasses.astuple(plain) == dataclasses.astuple(fast)
    with pytest.raises(dataclasses.FrozenInstanceError):
        Fast(1).a = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Fast()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        @fast_init
        @dataclasses.dataclass(frozen=True, slots=True)
        class WithFactory:
            items: list = dataclasses.field(default_factory=list)


def _spellings_reference(texts: list[str]) -> list[tuple[str, str, int, int]]:
    """names._spellings as it was: the capitalised words always counted."""
    import re
    from collections import Counter

    from bulletin_tools.passes import names

    blob = "\n".join(texts)
    split = Counter(re.findall(r"\b(?=([A-Z][a-z]{1,5} [A-Z][a-z]{1,5})\b)", blob))  # the patterns as they were
    joined = Counter(re.findall(r"\b[A-Z][a-z]{2,11}\b", blob))
    out = []
    for form, n_split in split.items():
        a, b = form.split(" ")
        if a in names._NOT_SYLLABLE or b in names._NOT_SYLLABLE:
            continue
        n_whole = joined.get(a + b.lower(), 0)
        if n_whole:
            out.append((form, a + b.lower(), n_split, n_whole))
    return out


@given(st.lists(st.sampled_from(["He Jing", "Hejing", "Ma Lan", "Malan", "Bai Sha", "Baisha", "The Town", "in",
                                 "Hejingx", "xHejing", "Shi Qiao", "Shiqiao", "Li Na", "Lina", "Wu Xi", "Wuxi",
                                 "Zhang San", "Zhangsan", "Dong Hu", "Donghu", "Xi Hu", "Xihu", " ", ", ", "\n"]),
                max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_spellings_with_and_without_the_substring_gate(text: str) -> None:
    from bulletin_tools.passes import names

    assert names._spellings([text]) == _spellings_reference([text])


_NAME_PIECES = ["He", "Jing", "Hejing", "Ma", "Lan", "The", "Town", "in", "a", "Ab", "Abcdef", "Abcdefg", "X", "xHe",
                "_He", "1He", "é", "Éa", "He_", " ", "  ", ",", ".", "\n", "-", "'", "中"]


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=30).map("".join))
@settings(max_examples=1000, deadline=None)
def test_name_patterns_match_as_the_word_boundary_forms(text: str) -> None:
    """The capital-first patterns of names.py find exactly what the ``\\b``-first ones found."""
    import re

    from bulletin_tools.passes import names

    assert names._split_forms(text) == re.findall(r"\b(?=([A-Z][a-z]{1,5} [A-Z][a-z]{1,5})\b)", text)
    assert names._WORD.findall(text) == re.findall(r"\b[A-Z][a-z]{2,11}\b", text)
