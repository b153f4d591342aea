"""Tests for bulletin_tools.repair.encoding: mojibake repair and lost characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bulletin_tools.model import ERROR, WARNING, Edit, Flag
from bulletin_tools.repair.base import Context
from bulletin_tools.repair.encoding import (
    RULES,
    fix_chinese_mojibake,
    fix_latin_mojibake,
    flag_lost_characters,
)

from adversarial_inputs import ENCODING_LINES, Repeat  # tests/: the inputs and the counted-work check
from counted_work import assert_linear

CTX = Context()
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _apply(text: str, edits: list[Edit]) -> str:
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.after + text[edit.end :]
    return text


def _check_edits(text: str, edits: list[Edit]) -> None:
    last_end = 0
    for edit in sorted(edits, key=lambda e: e.start):
        assert 0 <= edit.start <= edit.end <= len(text)
        assert edit.start >= last_end, "edits overlap"
        last_end = edit.end


def run_all(text: str) -> tuple[str, list[Flag]]:
    """Apply RULES in order, each on the previous one's output, as the pipeline does."""
    flags: list[Flag] = []
    for rule in RULES:
        edits, new_flags = rule.apply(text, CTX)
        _check_edits(text, list(edits))
        assert all(e.rule == rule.name for e in edits)
        flags.extend(new_flags)
        text = _apply(text, list(edits))
    return text, flags


def test_rule_names_and_order() -> None:
    assert [r.name for r in RULES] == ["mojibake", "mojibake", "lost-characters"]
    assert RULES[0].apply is fix_chinese_mojibake  # GBK repairs before ftfy
    assert RULES[1].apply is fix_latin_mojibake


# --- mojibake: (before, after) -----------------------------------------------------

UTF8_AS_GBK = [
    ("Author:灏忕紪  Time:2024.03.05", "Author:小编  Time:2024.03.05"),
    ("鍙戝竷鏃堕棿：2023-06-12", "发布时间：2023-06-12"),
    ("Editor: 娆ч槼鏅撴槑", "Editor: 欧阳晓明"),
    ("作者：灏忕紪", "作者：小编"),  # real Chinese next to mojibake stays
    ("灏忕紪 and 灏忕紪", "小编 and 小编"),
    # a broken tail: what round-trips is repaired, the rest is kept
    ("鍙戝竷鏃堕棿锛\ufffd 2023", "发布时间锛\ufffd 2023"),
]

GBK_AS_LATIN = [
    ("×÷Õß£ºÐ¡±à", "作者：小编"),
    (
        "·¢²¼Ê±¼ä£º2023-06-12 09:00:00  ×÷Õß£ºÐ¡±à  µã»÷£º356",
        "发布时间：2023-06-12 09:00:00  作者：小编  点击：356",
    ),
    ("Source: ±¾Õ¾Ô­´´", "Source: 本站原创"),
]

UTF8_AS_CP1252 = [
    ("the Yi peopleâ€™s torch dance", "the Yi people’s torch dance"),
    ("from 10:00â€“17:00", "from 10:00–17:00"),
    ("cafÃ© culture", "café culture"),
    ("Editor: çŽ‹èŠ³  Clicks: 736", "Editor: 王芳  Clicks: 736"),
    ("â€œQuotedâ€\x9d", "“Quoted”"),
]

MUST_NOT_CHANGE = [
    "小编",
    "发布时间：2023-06-12",
    "浙ICP备10023456号-1",
    "欧阳晓明",
    "，。：（）【】",
    "a long pause — and then",
    "café Français Zürich Größe São Paulo naïve INFORMAÇÃO",
    "Привет, мир. Ελληνικά γράμματα.",
    "emoji 😀 and ✓ marks",
    "Plain ASCII line, nothing to do.",
    "“curly quotes” and ‘single’ ones…",
    "　　Indented with ideographic spaces",
    "锟斤拷 stays for the lost-characters rule",
    "Copyright © 2024 · All rights reserved ®",
    "¿Qué pasó? ¡Olé!",
    "20°C ± 2 × 3 ÷ 4",
]


@pytest.mark.parametrize(("before", "after"), UTF8_AS_GBK + GBK_AS_LATIN + UTF8_AS_CP1252)
def test_mojibake_repaired(before: str, after: str) -> None:
    text, flags = run_all(before)
    assert text == after
    repaired = [f for f in flags if f.code == "mojibake" and f.severity == WARNING]
    assert repaired, "each repair yields a warning"
    assert all(f.message.startswith("garbled encoding repaired: '") for f in repaired)


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_mojibake_must_not_change(text: str) -> None:
    for rule in RULES[:2]:
        edits, flags = rule.apply(text, CTX)
        assert list(edits) == [], (rule.apply.__name__, edits)
        assert [f for f in flags if f.code == "mojibake"] == []


@pytest.mark.parametrize(("before", "after"), UTF8_AS_GBK + GBK_AS_LATIN)
def test_chinese_rule_alone_repairs_chinese_cases(before: str, after: str) -> None:
    edits, _ = fix_chinese_mojibake(before, CTX)
    assert _apply(before, edits) == after


def test_flag_message_and_span() -> None:
    edits, flags = fix_chinese_mojibake("Author:灏忕紪", CTX)
    assert edits == [Edit(7, 10, "小编", "mojibake")]
    assert flags == [
        Flag("mojibake", WARNING, "garbled encoding repaired: '灏忕紪' -> '小编'; "
             "check the repaired text against the original page", 7, 10)
    ]


def test_broken_tail_is_flagged_as_unrepairable() -> None:
    _, flags = fix_chinese_mojibake("鍙戝竷鏃堕棿锛 2023", CTX)
    errors = [f for f in flags if f.severity == ERROR]
    assert len(errors) == 1
    assert (errors[0].start, errors[0].end) == (6, 7)
    assert "could not be repaired; check the source" in errors[0].message


def test_ftfy_edits_are_minimal() -> None:
    text = "the Yi peopleâ€™s torch dance, the Bai peopleâ€™s show"
    edits, _ = fix_latin_mojibake(text, CTX)
    assert [(text[e.start : e.end], e.after) for e in edits] == [("â€™", "’"), ("â€™", "’")]


def test_ftfy_alone_does_not_make_cyrillic_of_gbk() -> None:
    # Without the Chinese rule first, ftfy would turn this into 'С±à…'.
    text = "×÷Õß£ºÐ¡±à"
    edits, _ = fix_latin_mojibake(text, CTX)
    assert _apply(text, edits) == text


def test_ftfy_keeps_quotes_widths_and_line_breaks() -> None:
    text = "“curly” ＡＢＣ ﬁ Ã© line\u2028end"
    edits, _ = fix_latin_mojibake(text, CTX)
    assert _apply(text, edits) == "“curly” ＡＢＣ ﬁ é line\u2028end"


def test_unrepairable_latin_mojibake_is_an_error() -> None:
    # 'â€' followed by nothing that completes a character: garbled, no evidence.
    text = "the peopleâ€ s day"
    edits, flags = fix_latin_mojibake(text, CTX)
    assert _apply(text, edits) == text
    assert [f.severity for f in flags] == [ERROR]
    assert flags[0].code == "mojibake"


# --- lost characters ---------------------------------------------------------------

LOST = [
    ("the Jin??le Supermarket", ["Jin??le"]),
    ("Fran?ais", ["Fran?ais"]),
    ("The Xi锟斤拷 Stone Factory", ["Xi锟斤拷"]),
    ("锟斤拷锟斤拷", ["锟斤拷锟斤拷"]),
    ("the \ufffd\ufffd pig farm and \ufffd shed", ["\ufffd\ufffd", "\ufffd"]),
    ("?", ["?"]),
    ("  ? ? ?  ", ["? ? ?"]),
    ("Editor: 王?芳", ["王?芳"]),
    ("the ??le market", ["??le"]),
    ("烫烫烫烫 memory", ["烫烫烫烫"]),
]

NOT_LOST = [
    "How to apply?",
    "Who can apply? Residents of the county.",
    "What is the deadline?The answer is below.",
    "see index.php?id=5&page=2",
    "https://example.gov.cn/list?cat=news",
    "Really?? Yes.",
    "No question marks here at all.",
    "烫 and 烫烫 are real words",
    "全部完成。",
]


@pytest.mark.parametrize(("text", "found"), LOST)
def test_lost_characters_flagged(text: str, found: list[str]) -> None:
    edits, flags = flag_lost_characters(text, CTX)
    assert list(edits) == []
    assert all(f.code == "lost-characters" and f.severity == ERROR for f in flags)
    assert all("restore them from the original page" in f.message for f in flags)
    words = []
    for f in flags:
        # the flagged span is inside the word the message quotes
        start, end = f.start, f.end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        words.append(text[start:end] if text.strip("? ") else text[f.start : f.end])
    assert words == found


@pytest.mark.parametrize("text", NOT_LOST)
def test_not_lost_characters(text: str) -> None:
    assert flag_lost_characters(text, CTX) == ([], [])


def test_many_lost_places_are_capped() -> None:
    text = " ".join(["Fran?ais"] * 100)
    _, flags = flag_lost_characters(text, CTX)
    assert len(flags) == 20
    assert "81 more places" in flags[-1].message
    assert flags[-1].end == text.rindex("?") + 1


# --- performance -------------------------------------------------------------------


def test_ascii_line_returns_early() -> None:
    line = "Position: Home > News > Notices  Author: Admin  Clicks: 1,286"
    for rule in RULES:
        assert rule.apply(line, CTX) == ([], [])


def _rules_with_checked_edits(line: str) -> None:
    for rule in RULES:
        edits, _ = rule.apply(line, CTX)
        _check_edits(line, list(edits))


@pytest.mark.parametrize("case", ENCODING_LINES,
                         ids=["ascii-separators", "question-marks", "accents", "utf8-as-gbk", "gbk-as-latin1", "cp1252"])
def test_long_lines_are_linear(case: Repeat) -> None:
    """Counted work at n and 4n, edits in bounds and never overlapping; the
    2 MB lines are timed by benchmarks/bench_adversarial.py."""
    assert_linear(_rules_with_checked_edits, case.sized, 20_000, label=f"encoding rules on {case.label}")


# --- properties --------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("ab ?.:,-") + list("小编发布时间灏忕紪鍙戝竷锟斤拷") + list("ÃâÐ¡±à×÷Õß£º€™“”é©") + ["\ufffd", "\u3000"]
)


def run_to_fixed_point(text: str) -> str:
    """What the pipeline does with a line: the rule chain again until nothing changes (at most 3 passes)."""
    for _ in range(3):
        new, _ = run_all(text)
        if new == text:
            break
        text = new
    return text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
# Half of the UTF-8 bytes of 就鱓 read as GBK (灏), half as cp1252 (±é±“): the
# cp1252 half is repaired first, which turns the whole into GBK mojibake that
# the next pass repairs. One pass is not a fixed point here; the pipeline's is.
@example(text="灏±é±“")
# `¡£` is 。 and `£¡` is ！ as GBK read as cp1252: the pairs overlap, one must win
@example(text="¡£¡")
def test_rules_are_safe_and_idempotent(text: str) -> None:
    once = run_to_fixed_point(text)
    assert run_to_fixed_point(once) == once


# --- acceptance corpus -------------------------------------------------------------


def _corpus_lines(prefix: str) -> list[str]:
    paths = sorted(CORPUS.glob(f"{prefix}*.txt"))
    if not paths:
        pytest.skip(f"corpus file {prefix} absent")
    return paths[0].read_text(encoding="utf-8-sig").splitlines()


@pytest.mark.parametrize(
    ("prefix", "gone", "present", "codes"),
    [
        ("d03", ["灏忕紪"], ["小编"], {"mojibake"}),
        ("d08", ["·¢²¼Ê±¼ä", "×÷Õß", "Ð¡±à", "µã»÷"], ["发布时间：", "作者：小编", "点击："], {"mojibake"}),
        ("d10", ["â€"], ["people’s", "10:00–17:00", "county’s"], {"mojibake"}),
        ("d13", [], ["锟斤拷", "\ufffd"], {"lost-characters"}),
        ("d14", ["çŽ‹èŠ³"], ["王芳"], {"mojibake"}),
        ("d07", [], ["??"], {"lost-characters"}),
    ],
)
def test_corpus_documents(prefix: str, gone: list[str], present: list[str], codes: set[str]) -> None:
    out_lines = []
    found: set[str] = set()
    for line in _corpus_lines(prefix):
        text, flags = run_all(line)
        out_lines.append(text)
        found |= {f.code for f in flags}
    out = "\n".join(out_lines)
    for s in gone:
        assert s not in out
    for s in present:
        assert s in out
    assert codes <= found


def test_corpus_clean_documents_untouched() -> None:
    paths = sorted(CORPUS.glob("d*.txt"))
    if not paths:
        pytest.skip("corpus absent")
    with_mojibake = ("d03", "d08", "d10", "d14")
    for path in paths:
        if path.name.startswith(with_mojibake):
            continue
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            for rule in RULES[:2]:
                assert rule.apply(line, CTX)[0] == [], (path.name, line)


def test_ftfy_repair_that_would_read_as_gbk_mojibake_is_not_made():
    """Found by hypothesis in CI: ftfy turned `ßÃ“¡¡` into `ßÓ¡¡`, which the
    Chinese repair then read as GBK (`哂　`) on the next pass."""
    from bulletin_tools.repair.encoding import RULES

    text = "ßÃ“¡¡"
    for rule in RULES:
        edits, _ = rule.apply(text, Context())
        assert edits == []


@pytest.mark.parametrize("garbled, fixed", [
    ("Date£º 2016-04-14", "Date： 2016-04-14"),
    ("the ¡°river chief¡± system", "the “river chief” system"),
    ("the county¡¯s plan", "the county’s plan"),
])
def test_gbk_punctuation_read_as_cp1252_is_repaired_pair_by_pair(garbled, fixed):
    from bulletin_tools.repair.encoding import fix_chinese_mojibake
    from bulletin_tools.repair.base import Context

    edits, _ = fix_chinese_mojibake(garbled, Context())
    out = garbled
    for e in sorted(edits, key=lambda e: -e.start):
        out = out[:e.start] + e.after + out[e.end:]
    assert out == fixed
    assert all(e.rule == "mojibake" for e in edits)


@pytest.mark.parametrize("text", ["¡Hola, amigos!", "Price: £12 per ton", "Café Müller ¡Olé!"])
def test_western_text_with_the_same_characters_is_left_alone(text):
    from bulletin_tools.repair.encoding import fix_chinese_mojibake
    from bulletin_tools.repair.base import Context

    assert fix_chinese_mojibake(text, Context()) == ([], [])
