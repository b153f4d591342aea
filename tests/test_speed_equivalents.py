"""Faster forms of a pattern or a key give exactly what the old forms gave (issue 13).

Each test keeps the old form as the reference, written out here, and
compares on generated strings and on hand-picked edge cases: the speed-up
may only change how long the answer takes.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.chardata import HAN_BMP_CHAR
from bulletin_tools.passes import body_checks
from bulletin_tools.wordkey import folded_words, words_key
from bulletin_tools.segment import speech
from bulletin_tools.repair import runtogether, spacing

# --------------------------------------------------------------------------
# space-run: the space first, the look-behind after it

OLD_PROSE_SPACE_RUN = re.compile(r"(?<=[a-z,;，；、]) {2,}(?=[a-z])")
SPACE_PIECES = ["a", "z", " ", "  ", "   ", ",", ";", "，", "；", "、", "B", ".", "\t", "\u3000", "x y", "中"]


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SPACE_PIECES), max_size=14).map("".join))
def test_space_run_pattern_matches_the_old_one(text: str) -> None:
    assert _spans(spacing._PROSE_SPACE_RUN, text) == _spans(OLD_PROSE_SPACE_RUN, text)


@pytest.mark.parametrize("text", ["the  district", "a,   b", "  a", "a  ", "A  b", "a  B", "a   b  c", "、  x",
                                  "a \u00a0 b", "a \t b", ""])
def test_space_run_examples(text: str) -> None:
    assert _spans(spacing._PROSE_SPACE_RUN, text) == _spans(OLD_PROSE_SPACE_RUN, text)


# --------------------------------------------------------------------------
# run-together: the longest whitespace-separated token first

def _old_may_run_together(text: str) -> bool:
    return len(text) >= runtogether.MIN_RUN_LETTERS and runtogether._RUN.search(text) is not None


RUN_PIECES = ["abcdefghij", "klmnopqrstu", "Vwxyz", " ", "\n", "\u3000", "\u00a0", ".", "-", "1", "中", "ab", "\t"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(RUN_PIECES), max_size=10).map("".join))
def test_run_together_trigger_matches_the_old_one(text: str) -> None:
    assert runtogether._may_run_together(text) == _old_may_run_together(text)


@pytest.mark.parametrize("text", ["a" * 22, "a" * 21, " " * 30, "thecountygovernmentheldameeting today",
                                  "x" * 21 + "中" + "y" * 21, "www.qinghecountyportalsite.gov.cn", ""])
def test_run_together_examples(text: str) -> None:
    assert runtogether._may_run_together(text) == _old_may_run_together(text)


# --------------------------------------------------------------------------
# duplicate paragraphs: the comparison key from the words

def _old_key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_duplicate_key_matches_the_old_one(text: str) -> None:
    assert words_key(text).lower() == _old_key(text)


def test_no_character_is_both_a_word_character_and_a_space() -> None:
    # the claim the key's equivalence rests on (strip() would otherwise cut a word character)
    assert not [c for c in map(chr, range(0x110000)) if c.isspace() and re.fullmatch(r"\w", c)]


@pytest.mark.parametrize("text", ["  Hello, World!  ", "İstanbul — ok", "a_b  c", "...", "", "中文，段落。"])
def test_duplicate_key_examples(text: str) -> None:
    assert words_key(text).lower() == _old_key(text)


# --------------------------------------------------------------------------
# folded words: a paragraph's words, lower-cased or case-folded

@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60) | st.text(st.characters(max_codepoint=127), max_size=60))
def test_folded_words_match_the_regex_and_a_fold_per_word(text: str) -> None:
    for fold in (str.lower, str.casefold):
        assert folded_words(text, fold) == [fold(w) for w in re.findall(r"\w+", text)]
    assert speech._casefold_words(text) == re.findall(r"\w+", text.casefold())


@pytest.mark.parametrize("text", ["Hello, World! -- (2024)", "snake_case AND CamelCase", "Straße İstanbul", "", "中文，段落。"])
def test_folded_words_examples(text: str) -> None:
    for fold in (str.lower, str.casefold):
        assert folded_words(text, fold) == [fold(w) for w in re.findall(r"\w+", text)]


# --------------------------------------------------------------------------
# Line: `s` and `blank` stored when the line is built

from bulletin_tools.segment.lines import Line  # noqa: E402
from bulletin_tools.textmap import MappedText  # noqa: E402


def test_isspace_is_what_strip_removes() -> None:
    # `not s or s.isspace()` stands for `not s.strip()`: the same characters, all of Unicode
    assert [c for c in map(chr, range(0x110000)) if (not c.strip()) != c.isspace()] == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([" ", "\t", "\u3000", "\u00a0", "\x1c", "\u200b", "a", "中", "\n"]), max_size=8))
def test_line_blank_and_s(text: str) -> None:
    ln = Line(3, MappedText.identity(text, 10))
    assert ln.s == ln.text.text == text
    assert ln.blank == (not text.strip())


def test_line_is_still_its_number_and_text() -> None:
    a, b = Line(1, MappedText.identity(" x", 0)), Line(1, MappedText.identity(" x", 0))
    assert a == b and hash(a) == hash(b) and repr(a).startswith("Line(number=1, text=MappedText(")
    assert "blank" not in repr(a) and a != Line(2, MappedText.identity(" x", 0))
    with pytest.raises(AttributeError):
        a.number = 2  # type: ignore[misc]  (still frozen)


# --------------------------------------------------------------------------
# footer: the record-hint needles; whitespace: printable lines; body: table rows

from re import _casefix  # type: ignore[attr-defined]  # noqa: E402  (the engine's extra case folds)

from bulletin_tools import lexicon  # noqa: E402
from bulletin_tools.segment import body, footer  # noqa: E402

HINT_PIECES = ["ICP", "icp", "IcP", "公网安备", "网安备", "public", "Public security", "public network security",
               "PUBLIC  SECURITY", "gong an", "Gongan", "wang an", "WANGAN", "网站标识码", "website identification",
               "Website  Identification", "web site", "gong", "wan", " ", "\t", "\u3000", "备", "x", "1",
               *lexicon.CASE_TRAPS]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(HINT_PIECES), max_size=6).map("".join))
def test_record_hint_gate_is_necessary(text: str) -> None:
    if footer._RECORD_HINT.search(text) is not None:
        assert footer._may_hint_record(text)


def test_case_traps_hold_every_fold_of_the_needles_letters() -> None:
    # the gate lower-cases and compares ASCII: every non-ASCII character that
    # re.IGNORECASE matches to one of the needles' letters must make it give up
    letters = {c for needle in footer._RECORD_HINT_NEEDLES for c in needle if c.isascii()}
    folds = {chr(o) for c in letters for o in _casefix._EXTRA_CASES.get(ord(c), ())}
    folds |= {c for c in map(chr, range(0x80, 0x110000)) if any(ch in letters for ch in c.lower())}
    assert folds <= set(lexicon.CASE_TRAPS)


def test_record_hint_gate_says_no_to_prose() -> None:
    assert not footer._may_hint_record("The town held a meeting on the new road.")


def _old_normalise_whitespace(text: str):
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    if left == 0 and right == len(text) and not spacing._EXOTIC_RUN.search(text):
        return [], []
    if right == 0:
        return [spacing.Edit(0, len(text), "", "whitespace")], []
    edits = []
    if left:
        edits.append(spacing.Edit(0, left, "", "whitespace"))
    for m in spacing._EXOTIC_RUN.finditer(text, left, right):
        after = "".join("  " if c == "\t" else " " for c in m.group())
        edits.append(spacing.Edit(m.start(), m.end(), after, "whitespace"))
    if right < len(text):
        edits.append(spacing.Edit(right, len(text), "", "whitespace"))
    return edits, []


WS_PIECES = [" ", "  ", "\t", "\u3000", "\u00a0", "\u2003", "\x1c", "\x0b", "\n", "a", "b c", "中", "\u200b"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WS_PIECES), max_size=8).map("".join))
def test_whitespace_rule_matches_the_old_one(text: str) -> None:
    assert spacing.normalise_whitespace(text, spacing.Context()) == _old_normalise_whitespace(text)


def test_exotic_spaces_are_all_unprintable() -> None:
    assert all(not c.isprintable() for c in map(chr, range(0x110000)) if spacing._EXOTIC_RUN.fullmatch(c))


TABLE_PIECES = ["Name", "Age", "  ", "   ", " ", "\t", "\u3000", "\u3000\u3000", "12", "Zhang San", "中", "x",
                "\x1c", "\x1f "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TABLE_PIECES), max_size=10).map("".join))
def test_table_row_gate_is_necessary(text: str) -> None:
    if body._TABLE_ROW.search(text) is not None:
        assert not (text.isascii() and text.isprintable()) or "  " in text


# --------------------------------------------------------------------------
# the footer's province: a substring test before each name's pattern

from bulletin_tools.passes import footer as footer_pass  # noqa: E402
from bulletin_tools.repair.records import provinces  # noqa: E402


def _old_province_named(text: str) -> str | None:
    names = {name for row in provinces() for name in row.names if re.search(rf"\b{re.escape(name)}\b", text)}
    return names.pop() if len(names) == 1 else None


@pytest.mark.parametrize("text", ["Sponsored by the People's Government of Hebei Province", "Hebei and Henan",
                                  "Hebeiprovince", "xHebei", "浙江省 Zhejiang", "Inner Mongolia Autonomous Region",
                                  "", "no province here"])
def test_province_named_matches_the_old_one(text: str) -> None:
    assert footer_pass._province_named(text) == _old_province_named(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([name for row in provinces() for name in row.names][:40] + [" ", "x", ",", "省"]),
                max_size=5).map("".join))
def test_province_named_matches_the_old_one_generated(text: str) -> None:
    assert footer_pass._province_named(text) == _old_province_named(text)


# --------------------------------------------------------------------------
# Draft.but: a positional copy, then the changed slots

import dataclasses  # noqa: E402

from bulletin_tools.passes.base import Draft  # noqa: E402


def test_draft_but_equals_dataclasses_replace_for_every_field() -> None:
    base = Draft(zones=None, text="t", repair_truncation=True, check_language=False,
                 line_no=lambda offset: 1, repair=lambda mt: (mt, [], []))
    for f in dataclasses.fields(Draft):
        marker = object()
        got, want = base.but(**{f.name: marker}), dataclasses.replace(base, **{f.name: marker})
        assert all(getattr(got, g.name) is getattr(want, g.name) for g in dataclasses.fields(Draft))
    both = base.but(language="en", text="u")
    assert (both.language, both.text, base.language, base.text) == ("en", "u", None, "t")
    with pytest.raises(TypeError):
        base.but(no_such_field=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        both.language = "zh"  # type: ignore[misc]


# --------------------------------------------------------------------------
# enumeration chains: enough chain words or bracketed numbers for the links

CHAIN_PIECES = ["The first is", "the second is", "Third, ", "firstly，", "One is", "two is", "(1)", "（二）", "（3）",
                " ", ". ", "; ", "that ", "work", "one", "often", "someone", "Fifth", "FIRST", "ſecond is", "fırst is",
                "is", ",", "。", "：", "\"", "”", "tenth is", "ten is", "x", "(", "（", ")", "）", "12", "7", "一",
                "十", "(x)", "( 2 )", "（ 四 ）", "(123)", "((1)", "(1))"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(CHAIN_PIECES), min_size=1, max_size=9).map("".join))
def test_chain_links_gate_is_necessary(text: str) -> None:
    found = len(list(body._CHAIN.finditer(text)))
    for links in (1, 2, 3):
        if found >= links:
            assert body._may_chain_links(text, links), (text, links)


def test_chain_links_gate_says_no_to_one_ordinal() -> None:
    assert not body._may_chain_links("For the first time, the town held a meeting. (Photo)", body.MIN_CHAIN_LINKS)
    assert body._may_chain_links("The first is roads. The second is water.", body.MIN_CHAIN_LINKS)


# --------------------------------------------------------------------------
# duplicate paragraphs: keys worked out only for blocks that open alike

from bulletin_tools.model import INFO, Block, Finding, Fix, Section  # noqa: E402
from bulletin_tools.wordkey import first_word, words_prefix  # noqa: E402


def _old_drop_duplicate_blocks(sections, line_no):
    seen: set[str] = set()
    out, fixes, findings = [], [], []
    for sec in sections:
        blocks = []
        for block in sec.blocks:
            key = re.sub(r"\W+", " ", block.text).strip().lower()
            if len(key) >= 40 and key in seen:
                fixes.append(Fix("duplicate-paragraph", block.text, "", block.span))
                findings.append(Finding("duplicate-paragraph", INFO,
                                        "paragraph repeats an earlier one word for word; the copy was removed (use --skip duplicate-paragraph to keep it)",
                                        line_no(block.span[0]), block.span))
                continue
            seen.add(key)
            blocks.append(block)
        out.append(Section(sec.heading, sec.heading_truncated, sec.span, tuple(blocks)))
    return tuple(out), fixes, findings


PARAGRAPHS = ["The town held a meeting on roads and water supply.", "THE TOWN HELD a meeting on roads, and water supply!",
              "The town held another meeting.", "Roads and water supply were discussed at length today.",
              "ΣΟΦΊΑ ΣΟΦΊΑΣ went to the meeting on roads and water supply.", "σοφία σοφίας went to the meeting on roads and water supply.",
              "İstanbul delegates attended the meeting on roads and water.", "i̇stanbul delegates attended the meeting on roads and water.",
              "Short one.", "short one", "", "--", "The town", "中文段落，中文段落，中文段落，中文段落，中文段落，中文段落。"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PARAGRAPHS), max_size=5), max_size=4))
def test_duplicate_blocks_match_the_old_pass(layout) -> None:
    pos = 0
    sections = []
    for texts in layout:
        blocks = []
        for text in texts:
            blocks.append(Block("paragraph", text, (pos, pos + len(text))))
            pos += len(text) + 1
        sections.append(Section(None, False, (0, pos), tuple(blocks)))
    assert body_checks.drop_duplicate_blocks(sections, lambda o: o + 1) == _old_drop_duplicate_blocks(sections, lambda o: o + 1)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40), st.integers(min_value=1, max_value=4))
def test_a_lowered_opening_is_the_opening_of_the_lowered_key(text: str, count: int) -> None:
    key = words_key(text).lower()
    assert words_prefix(text, count).lower() == " ".join(key.split(" ")[:count]) if key else words_prefix(text, count) == ""


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=30) | st.lists(st.sampled_from(["Hello", ",", " ", "  ", "--", "_", "1", "中文", "é", "'s", "\u0307",
                                                        "·", "\n"]), max_size=6).map("".join))
def test_first_word_is_the_one_word_prefix(text: str) -> None:
    """``first_word`` (the same-words test's first comparison) is ``words_prefix(text, 1)``."""
    assert first_word(text) == words_prefix(text, 1)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(["Σ", "σ", "ς", "A", "b", " ", "ʰ", "\u0307", "'", ".", "İ", "_", "1", "·"]),
               max_size=16), st.integers(min_value=1, max_value=4))
def test_the_opening_holds_around_a_capital_sigma(text: str, count: int) -> None:
    key = words_key(text).lower()
    assert words_prefix(text, count).lower() == " ".join(key.split(" ")[:count]) if key else words_prefix(text, count) == ""


# --------------------------------------------------------------------------
# is_prose: the Latin tokens taken without a Python-level filter

from bulletin_tools.segment import chrome  # noqa: E402


def _old_is_prose(s: str) -> bool:
    t = s.strip()
    if len(t) < chrome.PROSE_MIN_CHARS:
        return False
    if len(t) < chrome.PROSE_ANY_END_CHARS and not t.endswith(chrome._SENTENCE_END):
        return False
    latin = [w for w in chrome._LATIN.findall(t) if w.isascii()]
    if len(latin) < 8:
        return HAN_BMP_CHAR.search(t) is not None and len(t) >= chrome.PROSE_MIN_CHARS and t.endswith(chrome._SENTENCE_END)
    share = sum(map(chrome.stop_words().__contains__, map(str.lower, latin))) / len(latin)
    return share >= chrome.PROSE_MIN_STOP


PROSE_PIECES = ["The town held a meeting on the roads and the water of the village. ", "Home News Services ",
                "village’s ", "café ", "中文段落，中文段落。", "It is in the plan.", " ", "Ünïcode wörds are here ",
                "of the and to in ", "。", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PROSE_PIECES), max_size=8).map("".join))
def test_is_prose_matches_the_old_one(text: str) -> None:
    assert chrome.is_prose.__wrapped__(text) == _old_is_prose(text)


def _top_level_alternatives(pattern: str) -> list[str]:
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


def test_every_record_hint_alternative_holds_a_needle() -> None:
    # a new alternative in _RECORD_HINT needs its needle in _RECORD_HINT_NEEDLES: this fails until it has one
    for alternative in _top_level_alternatives(footer._RECORD_HINT_SOURCE):  # (the pattern is that, behind its gate)
        opening = re.match(r"[^\\(\[?*+{]*", alternative).group().lower()  # its literal opening
        assert any(n in opening for n in footer._RECORD_HINT_NEEDLES), alternative


# --------------------------------------------------------------------------
# has_case_trap written out, MappedText.strip's already-stripped shortcut

@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "I", "i", " ", "中", "é", *lexicon.CASE_TRAPS]), max_size=6).map("".join))
def test_has_case_trap_matches_the_old_one(text: str) -> None:
    assert lexicon.has_case_trap(text) == (not text.isascii() and any(c in text for c in lexicon.CASE_TRAPS))


STRIP_PIECES = ["a", "中", " ", "\t", "\n", "\u3000", "\u00a0", "\u2028", "\x1c", "\x85", "\u200b", "b c"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(STRIP_PIECES), max_size=6).map("".join), st.integers(0, 50))
def test_mapped_strip_matches_str_strip(text: str, origin: int) -> None:
    from bulletin_tools.textmap import MappedText

    mt = MappedText.identity(text, origin)
    stripped = mt.strip()
    assert stripped.text == text.strip()
    left = len(text) - len(text.lstrip())
    assert stripped.span() == (mt.span(left, left + len(stripped.text)) if stripped.text else (0, 0))


# --------------------------------------------------------------------------
# MappedText.apply on a one-piece text: the shortcut builds what the general loop builds

from bulletin_tools.model import Edit  # noqa: E402

EDIT_TEXT = "  Cadres of the town  met\u3000here.  "


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(EDIT_TEXT) + 2), st.integers(0, 6),
                          st.sampled_from(["", " ", "x", "中文", "  "])), max_size=5),
       st.integers(0, 40), st.sampled_from([EDIT_TEXT, "a", "中 文", "x  "]))
def test_apply_on_one_piece_matches_the_general_loop(raw, origin: int, text: str) -> None:
    from bulletin_tools.textmap import MappedText

    mt = MappedText.identity(text, origin)
    edits = [Edit(a, a + n, after, "rule") for a, n, after in raw]  # overlapping and out-of-range ones included
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    fast, fast_fixes = mt.apply(edits)
    slow, slow_fixes = mt._apply_sorted(ordered)
    assert (fast.text, fast.pieces, fast._starts) == (slow.text, slow.pieces, slow._starts)
    assert fast_fixes == slow_fixes


def _reference_slice(mt, start: int, end: int):
    """``MappedText.slice`` with every piece built by ``Piece(...)`` (the named tuple's own constructor)."""
    from bisect import bisect_right

    from bulletin_tools.textmap import Piece

    start, end = max(0, start), min(len(mt.text), end)
    if start >= end:
        return "", ()
    out = []
    i = max(0, bisect_right(mt._starts, start) - 1)
    while i < len(mt.pieces) and mt.pieces[i].cur_start < end:
        p = mt.pieces[i]
        a, b = max(p.cur_start, start), min(p.cur_end, end)
        if a < b:
            oa, ob = (p.orig_start + (a - p.cur_start), p.orig_start + (b - p.cur_start)) if p.linear else (p.orig_start, p.orig_end)
            out.append(Piece(a - start, b - start, oa, ob, p.linear))
        i += 1
    return mt.text[start:end], tuple(out)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(EDIT_TEXT) + 2), st.integers(0, 6),
                          st.sampled_from(["", " ", "x", "中文", "  "])), max_size=5),
       st.integers(0, 40), st.sampled_from([EDIT_TEXT, "a", "中 文", "x  "]), st.integers(-2, 40), st.integers(-2, 40))
def test_pieces_built_directly_are_named_tuples(raw, origin: int, text: str, start: int, end: int) -> None:
    """Pieces built through ``tuple.__new__`` (textmap._piece) are the ``Piece`` values ``Piece(...)`` builds."""
    from bulletin_tools.textmap import MappedText, Piece

    mt = MappedText.identity(text, origin)
    assert mt.pieces == ((Piece(0, len(text), origin, origin + len(text), True),) if text else ())
    edited, _ = mt.apply([Edit(a, a + n, after, "rule") for a, n, after in raw])
    for value in (mt, edited, edited.slice(start, end), mt.slice(start, end), edited.strip()):
        assert all(type(p) is Piece and p == Piece(*p) for p in value.pieces)
    for value in (mt, edited):
        sliced = value.slice(start, end)
        assert (sliced.text, sliced.pieces) == _reference_slice(value, start, end)
        assert sliced.pieces == tuple(Piece(*p) for p in sliced.pieces)
        assert [p._asdict() for p in sliced.pieces] == [Piece(*p)._asdict() for p in sliced.pieces]


def _span_by_lookup(mt, start: int, end: int):
    """MappedText.span without its one-piece shortcut: the piece lookups."""
    if not mt.pieces:
        return (0, 0)
    if start >= end:
        pos = mt.orig_start(start) if start < len(mt.text) else mt.orig_end(start)
        return (pos, pos)
    return (mt.orig_start(start), mt.orig_end(end))


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(["", "a", "ab c", EDIT_TEXT]), st.integers(0, 40), st.integers(-3, 40), st.integers(-3, 40))
def test_span_on_one_piece_matches_the_lookups(text: str, origin: int, start: int, end: int) -> None:
    from bulletin_tools.textmap import MappedText

    mt = MappedText.identity(text, origin)
    assert mt.span(start, end) == _span_by_lookup(mt, start, end)
    assert mt.span(start) == _span_by_lookup(mt, start, len(text))


# --------------------------------------------------------------------------
# pre-checks before the separator and path scans, the phone scan and the
# inline-furniture alternation; content words and same-words by set operations

from bulletin_tools import lexicon  # noqa: E402
from bulletin_tools.segment import header, removal, shape  # noqa: E402
from bulletin_tools.segment.removal import _PHONE  # noqa: E402

SEPARATOR_PIECES = ["Home", " ", "  ", ">", ">>", "-", " - ", "–", "/", "|", "\\", "»", "›", "→", "·", "News",
                    ":", "：", "当前位置", "首页", "a", "2023", "\t", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SEPARATOR_PIECES), max_size=12).map("".join))
def test_separator_characters_are_in_every_separator_match(text: str) -> None:
    for pattern, chars in ((header._BREADCRUMB_SEPARATORS, header._SEPARATOR_CHARS),
                           (header._PATH_SPLIT, header._PATH_SPLIT_CHARS)):
        if pattern.search(text) is not None:
            assert any(c in text for c in chars)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SEPARATOR_PIECES), max_size=12).map("".join))
def test_a_trail_label_needs_a_colon(text: str) -> None:
    if header._LABEL_BEFORE_HOME.match(text) is not None:
        assert ":" in text or "：" in text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["010", "-", "(", ")", "12345678", " ", "Tel", "0571", "x"]), max_size=8).map("".join))
def test_a_phone_number_holds_a_hyphen_or_a_bracket(text: str) -> None:
    if _PHONE.search(text) is not None:
        assert "-" in text or "(" in text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["share", " to", "Print", "close", "字号", "分享", "a", " ", "Size"]), max_size=6)
       .map("".join))
def test_needle_gates_give_the_answer_of_every_needle(text: str) -> None:
    needles = lexicon.furniture().inline_needles
    lowered = text.lower()
    gates = lexicon.needle_gates(needles)
    assert lexicon.furniture().inline_gates == gates
    assert any(n in lowered for n in gates[0 if text.isascii() else 1]) == any(n in lowered for n in needles)


def _old_content_words(s: str) -> set[str]:
    if "." in s and chrome._TLD.search(s) is not None:
        s = chrome._DOMAIN.sub(" ", s)
    words = {w.lower() for w in chrome._TOKEN.findall(s) if len(w) >= 3 and w[0].isalpha()}
    return words - lexicon.stop_words()


WORD_PIECES = ["The", " ", "of", "an", "a", "I", "county's", "it's", "x'y", "Go", "road", ",", ".", "2023",
               "www.example.gov.cn", "中文", "’s", "Ab", "ab", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=14).map("".join))
def test_content_words_match_the_old_ones(text: str) -> None:
    assert chrome.content_words(text) == _old_content_words(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Town", "town", " ", ",", "Ab", "ß", "SS", "ss", "中", "-"]), max_size=6).map("".join),
       st.lists(st.sampled_from(["Town", "town", " ", ",", "Ab", "ß", "SS", "ss", "中", "-"]), max_size=6).map("".join))
def test_same_words_matches_the_old_one(a: str, b: str) -> None:
    assert shape._same_words(a, b) == (words_key(a).casefold() == words_key(b).casefold())


def test_judgeable_keeps_its_contact_rows_claimed() -> None:
    assert not removal.judgeable("Tel: 0571-88886666")
    assert not removal.judgeable("Hotline (0571) 88886666")


def _old_line_shape(s: str, zone: str, prose_words: dict[str, int]) -> chrome.LineShape:
    t = s.strip()
    tokens = chrome._tokens(t)
    latin = [w for w in tokens if w[0].isalpha() and w.isascii()]
    stops = lexicon.stop_words()
    nonspace = len("".join(t.split())) or 1
    han = len(HAN_BMP_CHAR.findall(t)) if not t.isascii() else 0
    words = _old_content_words(t)
    recurrence = sum(1 for w in words if prose_words.get(w, 0) > 0) / len(words) if words else 0.0
    return chrome.LineShape(
        chars=len(t), words=len(latin),
        stop_share=(sum(w.lower() in stops for w in latin) / len(latin)) if latin else 0.0,
        separators=len(chrome._SEPARATOR.findall(t)),
        cap_share=(sum(w[0].isupper() for w in latin) / len(latin)) if latin else 0.0,
        digit_share=sum(c.isdigit() for c in t) / nonspace, cjk_share=han / nonspace,
        single_letters=(sum(len(w) == 1 for w in tokens) / len(tokens)) if tokens else 0.0,
        sentence_end=t.endswith(chrome._SENTENCE_END), address=chrome._ADDRESS.search(t) is not None,
        recurrence=recurrence, zone=zone)


SHAPE_PIECES = ["Home", " ", "|", "News", "of", "the", "A", "b", "2023", "5", "1978", "64", "中文", "www.x.gov.cn", "http://a",
                ".", "county's", "①", "١", "Road", "&gt;", "--"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SHAPE_PIECES), max_size=12).map("".join))
def test_line_shape_matches_the_old_one(text: str) -> None:
    prose = {"news": 1, "road": 1, "county's": 1}
    assert chrome.line_shape(text, "top", prose) == _old_line_shape(text, "top", prose)


from bulletin_tools.segment import restated_lead  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["word", " ", "Ab", "中文", "9", "_", ",", "x" * 30, "  "]), max_size=400).map("".join))
def test_opening_words_are_the_first_words(text: str) -> None:
    words = restated_lead._words(text)
    assert restated_lead._opening_words(text) == words[:restated_lead.PARAGRAPH_WORDS]
    for count in (1, restated_lead.MIN_RESTATED_WORDS):
        assert restated_lead._has_words(text, count) == (len(restated_lead._LETTERS.findall(text)) >= count)


def test_a_paragraph_cut_at_the_search_limit_keeps_its_words() -> None:
    wanted = restated_lead.PARAGRAPH_WORDS
    text = "ab " * (wanted - 1) + "x" * restated_lead.OPENING_CHARS + " more words"  # the last wanted word is cut
    assert restated_lead._opening_words(text) == restated_lead._words(text)[:wanted]
    text = "ab " * wanted + "x" * restated_lead.OPENING_CHARS  # a word after the wanted ones is cut
    assert restated_lead._opening_words(text) == restated_lead._words(text)[:wanted]
    text = "abcdefghijk " * 60  # fewer words than wanted before the limit
    assert restated_lead._opening_words(text) == restated_lead._words(text)[:restated_lead.PARAGRAPH_WORDS]


# --------------------------------------------------------------------------
# line memos: a remembered answer is handed out as the caller's own


def test_breadcrumb_memo_hands_out_a_fresh_list() -> None:
    from bulletin_tools.segment.header import parse_breadcrumb

    line = "Home > News Center > Notices"
    first = parse_breadcrumb(line)
    assert first == ["Home", "News Center", "Notices"]
    first.append("changed by a caller")
    assert parse_breadcrumb(line) == ["Home", "News Center", "Notices"]
    assert parse_breadcrumb("The town held a meeting on Monday.") is None


# --------------------------------------------------------------------------
# split_lines: str.split on LF-only text, the regex loop as the reference

OLD_NEWLINE = re.compile(r"\r\n|\r|\n")


def _old_split_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in OLD_NEWLINE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


@pytest.mark.parametrize("text", ["", "\n", "\n\n", "a", "a\n", "a\nb", "a\n\nb\n", "\na", " \n \t", "a\r\nb", "a\rb\n",
                                  "\r", "x\u2028y\n", "a\x0bb\x0c\n"])
def test_split_lines_edge_cases(text: str) -> None:
    from bulletin_tools.segment.lines import split_lines

    assert split_lines(text) == _old_split_lines(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "bc", " ", "\n", "\r", "\r\n", "\u2028", "中"]), max_size=12).map("".join))
def test_split_lines_generated(text: str) -> None:
    from bulletin_tools.segment.lines import split_lines

    assert split_lines(text) == _old_split_lines(text)
