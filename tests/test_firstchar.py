"""The first-character narrowed alternation answers exactly as the whole one.

``firstchar.FirstCharAlternation`` keeps, per first and last character of
a text, only the branches that may start and end with them (issue 13, speed).  The reference
is the whole alternation's ``fullmatch``: the same yes/no on the furniture
table's line patterns over generated strings, case-folding traps, and every
line of the samples and the shared corpus, and on small patterns built to
exercise each part of the first-character reading.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools import lexicon
from bulletin_tools.firstchar import (CASE_TRAPS, NARROW_AFTER, FirstCharAlternation, first_char_gate, first_classes,
                                       gated, last_classes, required_literal)

ROOT = Path(__file__).resolve().parent.parent
LINE_PATTERNS = [p for kind, p, *_ in lexicon.read_table("furniture.tsv") if kind in ("line", "end", "image")]
WHOLE = re.compile("|".join(f"(?:{p})" for p in LINE_PATTERNS), re.IGNORECASE)
NARROWED = FirstCharAlternation(LINE_PATTERNS, re.IGNORECASE)
NARROWED._until_narrowed = 0  # narrow from the first text on (the comparison is the point)


def _alternation(patterns, flags: int = 0) -> FirstCharAlternation:
    fa = FirstCharAlternation(patterns, flags)
    fa._until_narrowed = 0
    return fa


def _same(text: str) -> None:
    assert NARROWED.fullmatch_any(text) == (WHOLE.fullmatch(text) is not None), repr(text)


def _lines() -> list[str]:
    out: set[str] = set()
    folders = [ROOT / "samples", ROOT.parent / "shared" / "corpus"]
    for folder in folders:
        for path in sorted(folder.rglob("*.txt")) if folder.is_dir() else []:
            text = path.read_bytes().decode("utf-8", "replace")
            for line in text.splitlines():
                t = line.strip()
                out.update((t, t[1:].strip()))
    return sorted(out)


def test_every_sample_and_corpus_line() -> None:
    lines = _lines()
    assert len(lines) > 1000
    matched = 0
    for line in lines:
        _same(line)
        matched += WHOLE.fullmatch(line) is not None
    assert matched > 20  # the comparison covered lines the table does match


PIECES = ["print", "Print", "PRINT", "close", "share to", ":", "：", " ", "[", "【", "(", "（", "-", "—", "*", "=",
          "end", "END", "comments", "(3)", "12", "font size", "large", "small", "qr code", "scan", "打印", "关闭",
          "下一页", "首页", "|", "/", "next page", "x", "\u212a", "\u017f", "\u0130", "\u0131", "ß", "ﬁ", "\t", "a"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=6).map("".join))
def test_generated_strings(text: str) -> None:
    _same(text)
    _same(text.strip())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12))
def test_any_text(text: str) -> None:
    _same(text)


SMALL = [r"\s*end", r"(?:a|b)?c", r"x{0}y", r"(?=q)qu", r"[^a]b", r"\d+ comments", r"(?>ab)c", r"(?i:k)elvin",
         r"\bword", r"[\w-]+z", r"(?:)", r"a*", r".x", r"(a)\1", r"\W\S",
         # read from the end too: an anchor, a look-behind, a repeat, a nullable tail
         r"en\s*$", r"qu(?<=u)", r"(?:xy)+", r"kel\b", r"ap[ ]?", r"(?:c|d)(?:e|f)?"]


@pytest.mark.parametrize("text", ["end", "  end", "c", "ac", "bc", "y", "qu", "bb", "ab", "12 comments",
                                  "abc", "kelvin", "\u212aelvin", "word", "-z", "", "aa", "!x", "aa", "!b", "ba",
                                  "Zz", "\u017fx", "en", "en ", "xyxy", "xyx", "kel", "ap", "ap ", "ce", "d", "cg"])
def test_small_patterns(text: str) -> None:
    for flags in (0, re.IGNORECASE):
        whole = re.compile("|".join(f"(?:{p})" for p in SMALL), flags)
        assert _alternation(SMALL, flags).fullmatch_any(text) == (whole.fullmatch(text) is not None)
        for p in SMALL:  # one branch alone, too: each reading of a first character
            one = _alternation([p], flags).fullmatch_any(text)
            assert one == (re.fullmatch(p, text, flags) is not None), (p, text, flags)


def test_first_classes_narrow_and_give_up_where_they_must() -> None:
    assert first_classes(r"(?:print|close)\s*") is not None
    assert len(first_classes(r"(?:print|close)\s*")) == 2
    assert first_classes(r"\s*end") is not None  # \s or e
    assert first_classes(r"a*") is None  # may match nothing
    assert first_classes(r".x") is None  # any character
    assert first_classes(r"(a)\1") is not None
    # a narrowed alternation holds only the branches that may start with the character
    fa = _alternation([r"print", r"close", r"\s*end"], re.IGNORECASE)
    assert fa.fullmatch_any("PRINT") and fa.fullmatch_any(" end") and not fa.fullmatch_any("share")
    assert fa._by_ends["P", "T", ()].pattern == "(?:print)"
    assert fa._by_ends["s", "e", ()] is None  # no branch starts with an s: no regex call at all


def test_last_classes_narrow_and_give_up_where_they_must() -> None:
    assert sorted(last_classes(r"(?:print|close)\s*")) == sorted([r"[\s]", r"\U00000074", r"\U00000065"])
    assert last_classes(r"end\s*$") is not None  # the anchor consumes nothing: \s or d
    assert last_classes(r"a*") is None  # may match nothing
    assert last_classes(r"x.") is None  # any character
    assert last_classes(r"(?:ab){2,3}") == [r"\U00000062"]
    # a branch that may start with any letter is ruled out by its last character
    fa = _alternation([r"[a-z]{1,20} reply", r"print"], re.IGNORECASE)
    assert fa.fullmatch_any("Mei reply") and fa.fullmatch_any("Print") and not fa.fullmatch_any("The town.")
    assert fa._by_ends["T", ".", ()] is None  # no branch ends with a full stop: no regex call at all
    assert fa._by_ends["M", "y", ()].pattern == "(?:[a-z]{1,20} reply)"


def test_furniture_uses_the_narrowed_alternation() -> None:
    furniture = lexicon.furniture()
    assert furniture.line_first is not None
    assert furniture.is_line("Print") and furniture.is_line("Share to: WeChat")
    assert not furniture.is_line("The town held a meeting.")


def test_the_first_texts_go_to_the_whole_alternation() -> None:
    fa = FirstCharAlternation([r"print", r"close"], re.IGNORECASE)
    for _ in range(NARROW_AFTER // 2):
        assert fa.fullmatch_any("Print") and not fa.fullmatch_any("Share")
    assert fa._by_ends == {}  # nothing narrowed yet: a one-page run pays no setup
    while fa._until_narrowed:
        fa.fullmatch_any("x")
    assert fa.fullmatch_any("Print") and not fa.fullmatch_any("Share")
    assert set(fa._by_ends) == {("P", "t", ()), ("S", "e", ())}


# --------------------------------------------------------------------------
# the first classes are kept with the compiled patterns (recache.remember)

from bulletin_tools import recache  # noqa: E402



def test_remembered_classes_come_back_from_the_file(cache_dir) -> None:
    calls = []

    def compute():
        calls.append(1)
        return first_classes(r"(?:print|close)\s*", re.IGNORECASE)

    first = recache.remember("firstchar", r"(?:print|close)\s*", re.IGNORECASE, compute)
    recache.save()
    recache._entries = None  # as a new process: read the file
    again = recache.remember("firstchar", r"(?:print|close)\s*", re.IGNORECASE, compute)
    assert again == first and len(calls) == 1  # read back, not computed again
    # the key never meets a compiled pattern's: compiling the same text still works
    assert recache.compile(r"(?:print|close)\s*", re.IGNORECASE) == re.compile(r"(?:print|close)\s*", re.IGNORECASE)
    # an entry that is not plain data is recomputed
    recache._load()[("firstchar:x", -1)] = {"not": "plain"}  # type: ignore[index]
    assert recache.remember("firstchar", "x", 0, lambda: ["[x]"]) == ["[x]"]


def test_remember_without_a_cache_computes(monkeypatch) -> None:
    monkeypatch.setenv(recache.CACHE_DIR_ENV, "off")
    recache.cache_file.cache_clear()
    try:
        assert recache.remember("firstchar", "ab", 0, lambda: ["a"]) == ["a"]
    finally:
        recache.cache_file.cache_clear()


# --------------------------------------------------------------------------
# the first-character gate in front of a scanned pattern (the label lexicon)

def _label_sets() -> list[lexicon.LabelSet]:
    return [lexicon.header_labels(), lexicon.footer_labels()]


def _ungated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The label pattern as it was before its gate: the text after the look-ahead."""
    gate = first_char_gate(pattern.pattern.split("(?:", 1)[1][:-1], pattern.flags)
    assert gate is not None and pattern.pattern.startswith(gate)
    return re.compile(pattern.pattern[len(gate) + 3:-1], pattern.flags)


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groupdict(), m.lastgroup) for m in pattern.finditer(text)]


def test_label_patterns_are_gated() -> None:
    for labels in _label_sets():
        assert labels.pattern.pattern.startswith("(?=[")  # a look-ahead of one class, then the pattern


def test_gate_changes_no_label_match_on_any_line() -> None:
    lines = _lines()
    for labels in _label_sets():
        ungated = _ungated(labels.pattern)
        hits = 0
        for line in lines:
            assert _found(labels.pattern, line) == _found(ungated, line), line
            hits += bool(labels.pattern.search(line))
        assert hits > 100  # the comparison covered label rows


LABEL_PIECES = ["Source", "source", "SOURCE", "Author", "Editor", "By", "by", "From", "Time", "Views", ":", "：",
                " ", "  ", "|", " | ", ";", "2023-05-06", "12", "(Beijing Time)", "来源", "作者", "x", "Re",
                "\u212a", "\u017f", "\u0130", "\u0131", "\t", "Release time", "Updated on"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LABEL_PIECES), max_size=8).map("".join))
def test_gate_changes_no_label_match_on_generated_rows(text: str) -> None:
    for labels in _label_sets():
        assert _found(labels.pattern, text) == _found(_ungated(labels.pattern), text)


def test_gate_gives_way_where_no_single_class_says_it() -> None:
    assert first_char_gate(r"(?:print|close)\s*") == r"(?=[\U00000070\U00000063])"
    assert first_char_gate(r"\s*end") == r"(?=[\s\U00000065])"
    assert first_char_gate(r"a*") is None  # may match nothing
    assert first_char_gate(r"[^a]b") is None  # a negated class
    assert gated(r"a*") == r"a*"
    for flags in (0, re.IGNORECASE):  # the class folds case as the literals do
        gate = re.compile(first_char_gate("kelvin|sun", flags) or "", flags)
        for ch in "kKsS\u212a\u017fxz":
            assert (gate.match(ch) is not None) == (re.match("[ks]", ch, flags) is not None), (ch, flags)


# --------------------------------------------------------------------------
# branches that may start with any character, ruled out by a literal they must hold

def test_required_literal_reads_only_what_every_match_holds() -> None:
    assert required_literal(r".{0,80}\bpress (?:ctrl|alt)\s*\+", re.IGNORECASE) == "press "
    assert required_literal(r"(?:.{0,80}\s)?Do not show") == "do not show"  # lower-cased
    assert required_literal(r".(?:ab(?:cd)x)y") == "abcdxy"  # (the parser flattens a plain group)
    assert required_literal(r".(abc)d") == "abc"  # a group is consumed whole: its runs count
    assert required_literal(r".(?:abc){2,3}z") == "abc"  # a repeat taken at least once
    assert required_literal(r".(?:abcdef)?xy") == "xy"  # never an optional part
    assert required_literal(r".(?:abcdef)*xy") == "xy"
    assert required_literal(r".(?:abcdefg|hijklmn)xy") == "xy"  # never one branch of several
    assert required_literal(r".(?=abcdefg)xy") == "xy"  # never a look-ahead
    assert required_literal(r".(?<!abcdefg)xy") == "xy"
    assert required_literal(r".打印") is None  # ASCII only: the lower-cased test is exact for those
    assert required_literal(r".*") is None


def _fresh(patterns, flags: int = 0) -> FirstCharAlternation:
    """An alternation whose needles come from :func:`required_literal` as it is
    now, not from the store of a previous run (:mod:`recache` keeps them)."""
    fa = _alternation(patterns, flags)
    fa._probe_pattern(0)
    found = [(i, required_literal(fa.patterns[i], flags)) for i in sorted(fa._any_char[0])]
    fa._needles = (tuple(i for i, n in found if n), tuple(n for _, n in found if n))
    return fa


FRESH = _fresh(LINE_PATTERNS, re.IGNORECASE)


def _same_fresh(text: str) -> None:
    assert FRESH.fullmatch_any(text) == (WHOLE.fullmatch(text) is not None), repr(text)


def test_stored_needles_are_the_computed_ones() -> None:
    assert _alternation(LINE_PATTERNS, re.IGNORECASE)._needled() == FRESH._needled()


#: Patterns that may start with any character (so only their needle narrows them), each a needle
#: beside a longer literal it may do without.
NEEDLED = [r".?(?:abcdef)?xy", r".(?:foo|barbaz)qq", r".{0,9}(?=longword)\w+", r".(?:uv){1,2}w*", r".{0,5}\bpress\s*\+",
           r"(?:.{0,4}\s)?do not show", r".[^a]ski", r".{0,3}(?<!abcdefg)zq"]


@pytest.mark.parametrize("text", ["axy", "xy", "aabcdefxy", "Axy", "afooqq", "abarbazqq", "abarqq", "longword",
                                  "xlongwords", "auv", "auvuvww", "_uvw", "a press +", "PRESS+", "pre\u017fs +",
                                  "a do not show", "DO NOT SHOW", "xx do not \u017fhow", "zzski", "z\u212aski",
                                  "\u0131xy", "\u0130xy", "a\u0130uv", "azq", "abczq", ""])
def test_needled_branches(text: str) -> None:
    for flags in (0, re.IGNORECASE):
        whole = re.compile("|".join(f"(?:{p})" for p in NEEDLED), flags)
        fa = _fresh(NEEDLED, flags)
        assert fa.fullmatch_any(text) == (whole.fullmatch(text) is not None), (text, flags)
        assert fa.fullmatch_any(text) == (whole.fullmatch(text) is not None), (text, flags)  # (remembered)
        for p in NEEDLED:
            assert _fresh([p], flags).fullmatch_any(text) == (re.fullmatch(p, text, flags) is not None), (p, text)


def test_the_furniture_branches_any_character_may_start_are_needled() -> None:
    fa = FRESH
    branches, needles = fa._needled()
    assert len(branches) >= 4 and all(needles)
    # a prose line holds none of them: those branches are not tried on it
    assert fa._held("The township repaired two bridges before the rains.") == (False,) * len(needles)
    assert CASE_TRAPS == lexicon.CASE_TRAPS


NEEDLED_PIECES = ["please ", "press", "PRESS", "Press", "pre\u017fs", " ctrl", " Ctrl", " + ", "+", " to zoom in", "larger",
                  "old browser", "Browser", " cannot", " can't", " support", " JavaScript", " javascript",
                  "disable", " your ", "ad-blocker", "AdBlocker", "do not show", "Do Not Show", " again", "\u212a",
                  "\u0131", "\u0130", "\u017f", " ", ".", "x", "今天"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NEEDLED_PIECES), max_size=8).map("".join))
def test_generated_strings_around_the_needled_branches(text: str) -> None:
    _same_fresh(text)
    _same_fresh(text.strip())


@pytest.mark.parametrize("text", ["Kindly press Alt + for a larger map", "press ctrl + and every map grows larger",
                                  "PRE\u017fS ALT + LARGER", "An old browser cannot support JavaScript.",
                                  "Tablet browser can't support javascript so maps stay blank",
                                  "Maps load faster if you disable the adblocker",
                                  "Tide tables weekly. Do not show again", "do not \u017fhow again"])
def test_needled_furniture_lines(text: str) -> None:
    _same_fresh(text)
    _same(text)
