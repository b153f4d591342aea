"""Tests for repair/spacing.py: whitespace, punctuation and doubled-word rules."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.model import WARNING
from bulletin_tools.repair import residue, spacing
from bulletin_tools.repair.base import Context
from bulletin_tools.textmap import MappedText

from adversarial_inputs import SPACING_TEXTS, Repeat  # tests/: the inputs and the counted-work check
from counted_work import assert_linear

CTX = Context()
RULES_BY_NAME = {r.name: r for r in spacing.RULES}


def apply(rules, text: str) -> tuple[str, list]:
    """Apply rules one after another, as the pipeline does; check edits never overlap."""
    mapped = MappedText.identity(text)
    flags = []
    for rule in rules:
        edits, found = rule.apply(mapped.text, CTX)
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        for a, b in zip(ordered, ordered[1:]):
            assert a.end <= b.start, f"{rule.name} made overlapping edits"
        for e in ordered:
            assert 0 <= e.start <= e.end <= len(mapped.text)
            assert e.rule == rule.name
        for f in found:
            assert 0 <= f.start <= f.end <= len(mapped.text)
        mapped, _ = mapped.apply(edits)
        flags.extend(found)
    return mapped.text, flags


def chain(text: str) -> str:
    return apply(spacing.RULES, text)[0]


def test_rule_order_and_names() -> None:
    assert [r.name for r in spacing.RULES] == [
        "whitespace", "space-run", "fullwidth-punctuation", "doubled-punctuation",
        "quote-spacing", "punctuation-spacing", "doubled-word", "censored-mask",
    ]
    assert all(r.doc for r in spacing.RULES)


# --------------------------------------------------------------------------
# (before, after, rule): each case applies that one rule


CASES = [
    # whitespace
    ("\u3000\u3000Spring tea picking begins", "Spring tea picking begins", "whitespace"),
    ("\u00a0\u00a0 Teachers and pupils", "Teachers and pupils", "whitespace"),
    ("Ends with spaces   ", "Ends with spaces", "whitespace"),
    ("a\u00a0b", "a b", "whitespace"),
    ("Tel:\u3000\u30000571", "Tel:  0571", "whitespace"),
    ("Source: X\tAuthor: Y", "Source: X  Author: Y", "whitespace"),
    (" \t \u3000 ", "", "whitespace"),
    # space-run
    ("the  district held", "the district held", "space-run"),
    ("tea,   and rice", "tea, and rice", "space-run"),
    # fullwidth-punctuation
    ("the service hall，and 236 matters", "the service hall, and 236 matters", "fullwidth-punctuation"),
    ("grew year-on-year。", "grew year-on-year.", "fullwidth-punctuation"),
    ("ten minutes。 In the", "ten minutes. In the", "fullwidth-punctuation"),
    ("stations（hereinafter the stations），where", "stations (hereinafter the stations), where",
     "fullwidth-punctuation"),
    ("97.3%，an increase", "97.3%, an increase", "fullwidth-punctuation"),
    ("records are complete；", "records are complete;", "fullwidth-punctuation"),
    ("Current Position：Home > News", "Current Position: Home > News", "fullwidth-punctuation"),
    ("Views：", "Views:", "fullwidth-punctuation"),
    ("Editor：周丽娟  Time：2023", "Editor: 周丽娟  Time: 2023", "fullwidth-punctuation"),
    ("rice、wheat、corn", "rice, wheat, corn", "fullwidth-punctuation"),
    ("Great！Really？Yes", "Great! Really? Yes", "fullwidth-punctuation"),
    ("【Group News】Market opens", "[Group News] Market opens", "fullwidth-punctuation"),
    ("〖Print〗", "[Print]", "fullwidth-punctuation"),
    ("Main title——a subtitle", "Main title—a subtitle", "fullwidth-punctuation"),
    ("Maimaiti·Tuerxun spoke", "Maimaiti Tuerxun spoke", "fullwidth-punctuation"),
    ("Han Ban Han〔2025〕No.5", "Han Ban Han [2025] No.5", "fullwidth-punctuation"),
    # doubled-punctuation
    ("the masses . . Then", "the masses . Then", "doubled-punctuation"),
    ("no.. more", "no. more", "doubled-punctuation"),
    ("tea,, rice", "tea, rice", "doubled-punctuation"),
    ("tea, , rice", "tea, rice", "doubled-punctuation"),
    # punctuation-spacing
    ("answer questions.So far, a total", "answer questions. So far, a total", "punctuation-spacing"),
    ("households have been visited.The Xiyuan", "households have been visited. The Xiyuan",
     "punctuation-spacing"),
    ("The Xiyuan community ,Taoli community", "The Xiyuan community, Taoli community",
     "punctuation-spacing"),
    ("opinions of the masses . 27 households", "opinions of the masses. 27 households",
     "punctuation-spacing"),
    ("without asking for compensation .", "without asking for compensation.", "punctuation-spacing"),
    ("The People 's Congress", "The People's Congress", "punctuation-spacing"),
    ("grass -roots cadres", "grass-roots cadres", "punctuation-spacing"),
    ("it rained ; the road", "it rained; the road", "punctuation-spacing"),
    ("Is it done ?", "Is it done?", "punctuation-spacing"),
    ("Note : all", "Note: all", "punctuation-spacing"),
    ("tea,rice and corn", "tea, rice and corn", "punctuation-spacing"),
    ("first;second", "first; second", "punctuation-spacing"),
    ("Really?Yes it is", "Really? Yes it is", "punctuation-spacing"),
    ("Wonderful!The crowd", "Wonderful! The crowd", "punctuation-spacing"),
    ("He met Mr.Liu there", "He met Mr. Liu there", "punctuation-spacing"),
    ("a village ,a town", "a village, a town", "punctuation-spacing"),
    ("the farmers ’s union", "the farmers’s union", "punctuation-spacing"),
    # doubled-word
    ("many cadres cadres joined", "many cadres joined", "doubled-word"),
    ("carried out door-to-door door-to-door publicity", "carried out door-to-door publicity",
     "doubled-word"),
    ("sent condolence condolence money", "sent condolence money", "doubled-word"),
    ("a total of 1,200 trees trees such as", "a total of 1,200 trees such as", "doubled-word"),
    ("carry out a special inspection inspection on", "carry out a special inspection on",
     "doubled-word"),
    ("Door door visits", "Door visits", "doubled-word"),
    ("the the the end", "the end", "doubled-word"),
    ("to the masses to the masses in", "to the masses in", "doubled-word"),
    ("the old party members the old party members said", "the old party members said", "doubled-word"),
    ("on Jiefang Street Street today", "on Jiefang Street today", "doubled-word"),
]


@pytest.mark.parametrize("before, after, rule", CASES)
def test_case(before: str, after: str, rule: str) -> None:
    out, _ = apply([RULES_BY_NAME[rule]], before)
    assert out == after


@pytest.mark.parametrize("before, after, rule", CASES)
def test_case_through_the_whole_chain_is_stable(before: str, after: str, rule: str) -> None:
    once = chain(before)
    assert chain(once) == once


# --------------------------------------------------------------------------
# must not change (whole chain)

UNCHANGED = [
    "The rate rose 3.6% to 1,286 households, or 0.5 per cent.",
    "The fund is 3,860,000.00 yuan.",
    "Opening hours 09:30 to 10:00 daily.",
    "Release date 2023.06.25 and 2023-06-25.",
    "See www.gov.cn or write to ybj@qingmu.gov.cn today.",
    "The form is at http://a.b/c?d=e and http://x.cn/Index.Html today.",
    "Room No. 16 on Fuqian Road, visited by Mr. Liu.",
    "Crops, e.g. tea, and U.S. markets.",
    "Wait for it... and more... Then go.",
    "Tel: 0579-87312208",
    "Zhe ICP No. 18000738-1",
    "Qiong Fu Ban Han [2025] No.134",
    "Source:Taizhou Daily",
    "Source: Lakeside County  Author: Ma Lin",
    "Address: No. 3 Fuqian Road    Tel: 0571-8888",
    "1.About the Office",
    "(1) whether the licences are valid;",
    "1、Adhere to the decision-making of villagers",
    "the road—built in a year—was opened",
    "发布时间：2023-06-12，作者：小编。",
    "（一）The individual standard",
    "一、Insured objects",
    "浙ICP备10023456号-1    浙公网安备 33078302000214号",
    "He had had enough, and that that was all.",
    "guided step by step by sharing the screen",
    "checked one by one by the staff",
    "Xi锟斤拷 Stone Factory",
    "Home > Home > News",
    "the cadres, cadres and masses",
    "it was done. Done well, too.",
    "1 1 2 2 3 3",
    "The Jin??le Supermarket",
    "Source: Posted Date:09-14-2017",
    "Oct 27,2016 9:23 AM",
    "Font: Big Medium Small",
    "* * *",
    "Keep **bold** text",
    "",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_must_not_change(text: str) -> None:
    assert chain(text) == text


# --------------------------------------------------------------------------
# flags


def test_doubled_word_flag() -> None:
    text = "many cadres cadres joined"
    _, flags = apply([RULES_BY_NAME["doubled-word"]], text)
    assert len(flags) == 1
    flag = flags[0]
    assert (flag.code, flag.severity) == ("doubled-word", WARNING)
    assert flag.message == "doubled word 'cadres cadres' reduced to one; check the sentence"
    assert text[flag.start:flag.end] == "cadres cadres"


def test_run_of_repeats_gives_one_flag() -> None:
    _, flags = apply([RULES_BY_NAME["doubled-word"]], "the the the end")
    assert len(flags) == 1
    assert "'the the the'" in flags[0].message


def test_pinyin_syllable_double_is_kept_and_flagged() -> None:
    text = "Secretary Wang Ting Ting said"
    out, flags = apply([RULES_BY_NAME["doubled-word"]], text)
    assert out == text
    assert len(flags) == 1 and "kept" in flags[0].message


def test_label_row_is_left_to_the_segmenter() -> None:
    text = "Source: Taxation Taxation Bureau  Author: Li Li"
    out, flags = apply([RULES_BY_NAME["doubled-word"]], text)
    assert out == text and flags == []


@pytest.mark.parametrize("text, mask", [
    ("the struggle of the Chinese * * * Party", "* * *"),
    ("the Chinese *** Party", "***"),
    ("the ××× Party", "×××"),
])
def test_censored_mask_is_flagged_not_edited(text: str, mask: str) -> None:
    edits, flags = spacing.censored_masks(text, CTX)
    assert edits == []
    assert len(flags) == 1
    assert text[flags[0].start:flags[0].end] == mask
    assert flags[0].severity == WARNING
    assert flags[0].message == (
        f"'{mask}' stands for removed words; restore them from the original page or leave as is"
    )


def test_section_break_is_not_a_mask() -> None:
    assert spacing.censored_masks("  * * *  ", CTX) == ([], [])


# --------------------------------------------------------------------------
# properties

PIECES = [
    "cadres", "Cadres", "the", "The", "So", "door-to-door", "Ting", "had", "a", "I", "x", "No",
    " ", " ", " ", "  ", ".", "..", ",", ";", ":", "!", "?", "'s", "’s", "-", "—", "——", "...",
    "3", "12", "3.6", "%", "，", "。", "（", "）", "【", "】", "、", "：", "；", "！", "？", "·",
    "\u3000", "\u00a0", "\t", "*", " * * * ", "×××", "小编", "周", "www.gov.cn", "a@b.cn", "/",
    "(", ")", "\"", "1、", "（一）", "〔", "〕", "《", "》", "％",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_chain_is_idempotent(text: str) -> None:
    once = chain(text)
    assert chain(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_chain_never_crashes_and_is_idempotent_on_any_text(text: str) -> None:
    text = text.replace("\n", " ").replace("\r", " ")
    once = chain(text)
    assert chain(once) == once


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_residue_then_spacing_is_idempotent(text: str) -> None:
    rules = residue.RULES + spacing.RULES
    once = apply(rules, text)[0]
    assert apply(rules, once)[0] == once


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_nothing_but_spaces_and_punctuation_is_lost(text: str) -> None:
    """Every letter and digit of the input survives, except words of a reduced repeat."""
    out, flags = apply(spacing.RULES, text)
    if any(f.code == "doubled-word" for f in flags):
        return
    keep = lambda s: [c for c in s if c.isalnum()]  # noqa: E731
    assert keep(out) == keep(text)


@pytest.mark.parametrize("case", SPACING_TEXTS, ids=lambda c: c.label)
def test_long_lines_are_linear(case: Repeat) -> None:
    """Counted work at n and 4n (edits checked by apply); the 2 MB lines are
    timed by benchmarks/bench_adversarial.py."""
    assert_linear(chain, case.sized, 20_000, label=f"spacing rules on {case.label}")


# --------------------------------------------------------------------------
# the acceptance corpus

from conftest import CORPUS  # ../shared/corpus beside the project, never an absolute path
FILES = ["d03", "d05", "d06", "d07", "d09", "d14"]


def _corpus(prefix: str) -> tuple[str, dict]:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    found = sorted(CORPUS.glob(f"{prefix}-*.txt"))
    if not found:
        pytest.skip(f"{prefix} not in corpus")
    text = found[0].read_text(encoding="utf-8-sig")
    expected_path = found[0].with_name(found[0].name[:-4] + ".expected.json")
    expected = json.loads(expected_path.read_text(encoding="utf-8")) if expected_path.exists() else {}
    return text, expected


def _is_mojibake(s: str) -> bool:
    """``before`` strings that only the encoding repair can fix (not this module's job)."""
    for wrong, right in (("gbk", "utf-8"), ("cp1252", "utf-8"), ("latin-1", "gbk")):
        try:
            if s.encode(wrong).decode(right) != s:
                return True
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return False


def _clean_lines(text: str) -> tuple[list[str], list]:
    rules = residue.RULES + spacing.RULES
    out, flags = [], []
    for line in text.splitlines():
        cleaned, found = apply(rules, line)
        out.append(cleaned)
        flags.extend(found)
    return out, flags


@pytest.mark.parametrize("prefix", FILES)
def test_corpus_must_fix(prefix: str) -> None:
    text, expected = _corpus(prefix)
    pairs = [p for p in expected.get("must_fix", []) if p[0] in text and not _is_mojibake(p[0])]
    if not pairs:
        pytest.skip("no must_fix pair for these rules")
    lines, _ = _clean_lines(text)
    joined = "\n".join(lines)
    for before, after in pairs:
        assert before not in joined, before
        assert after in joined, after


@pytest.mark.parametrize("prefix", FILES)
def test_corpus_flags(prefix: str) -> None:
    text, expected = _corpus(prefix)
    wanted = set(expected.get("must_flag", [])) & {"doubled-word", "censored-mask"}
    _, flags = _clean_lines(text)
    codes = {f.code for f in flags}
    assert wanted <= codes


@pytest.mark.parametrize("prefix", FILES)
def test_corpus_is_stable(prefix: str) -> None:
    text, _ = _corpus(prefix)
    once, _ = _clean_lines(text)
    twice, _ = _clean_lines("\n".join(once))
    assert twice == once


def test_corpus_d05_has_no_fullwidth_punctuation_left() -> None:
    text, _ = _corpus("d05")
    lines, _ = _clean_lines(text)
    for ch in "，。（）":
        assert not any(ch in line for line in lines), ch


def test_corpus_residue_names_are_flagged() -> None:
    for prefix, name in (("d05", "周丽娟"), ("d07", "佚名")):
        text, _ = _corpus(prefix)
        _, flags = _clean_lines(text)
        assert any(f.code == "cjk-residue" and f"'{name}'" in f.message for f in flags), prefix
    assert "Author:Anonymous" in "\n".join(_clean_lines(_corpus("d07")[0])[0])


@pytest.mark.parametrize("before, after", [
    ('the " small repairs at the doorstep " service', 'the "small repairs at the doorstep" service'),
    ("He said “ hello ” to them", "He said “hello” to them"),
    ('an unmatched " quote stays', 'an unmatched " quote stays'),
    ("on July 12 .The drill began", "on July 12. The drill began"),
    ("using .NET today", "using .NET today"),
])
def test_quote_spacing_and_space_before_a_glued_stop(before, after):
    assert chain(before) == after


def test_a_list_number_before_a_lone_full_stop_is_not_doubled_punctuation():
    edits, _ = spacing.doubled_punctuation("1. .", None)
    assert edits == []
    edits, _ = spacing.doubled_punctuation("It ended . .", None)
    assert [e.after for e in edits] == ["."]


@pytest.mark.parametrize("text", [
    "By ?Lin Qiao in?Hexi | hexidaily.cn",  # a lost unbreakable space before a name, and one inside a phrase
    "Reported by ?Wen Shu",
])
def test_a_question_mark_glued_to_the_next_word_after_a_space_is_a_lost_character(text):
    assert chain(text) == text


@pytest.mark.parametrize("text, fixed", [
    ("Is it true?Yes, the county says so.", "Is it true? Yes, the county says so."),
    ("Is it true ?Yes", "Is it true ?Yes"),  # (left alone: no repair is better than a wrong one)
])
def test_a_question_mark_between_words_without_that_evidence(text, fixed):
    assert chain(text) == fixed
