"""Rule triggers are promises: a rule whose trigger says "skip" finds nothing.

``Rule.trigger`` and ``Rule.non_ascii_only`` (repair/base.py) let the
pipeline skip a rule on a line without running it.  That is only right if
the rule, run anyway, would return no edits *and no flags*.  These tests
hold every rule to that on every line of the samples, the shared corpus and
the seed, on every intermediate text the chain produces from them, and on
generated lines; then they check that the pipeline gives exactly the same
result with the triggers as without them.
"""

from __future__ import annotations

import dataclasses
import operator
import re
import sys
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.decode import decode_bytes
from bulletin_tools.errors import BulletinError
from bulletin_tools.pipeline import DEFAULT_OPTIONS, _apply_rules, _rules_and_context
from bulletin_tools import lexicon
from bulletin_tools.repair import all_rules, records, spacing
from bulletin_tools.textmap import MappedText
from conftest import SAMPLES, SHARED

RULES = all_rules()
GATED = [(k, rule) for k, rule in enumerate(RULES) if rule.trigger is not None or rule.non_ascii_only]
IDS = [f"{k}-{rule.name}-{rule.apply.__name__}" for k, rule in GATED]


@cache
def context():
    """The context the pipeline uses by default (the shipped glossary)."""
    return _rules_and_context(DEFAULT_OPTIONS)[1]


def skipped(rule, text: str) -> bool:
    """Whether the pipeline may skip ``rule`` on ``text``."""
    if rule.non_ascii_only and text.isascii():
        return True
    return rule.trigger is not None and not rule.trigger(text)


def check(rule, text: str) -> None:
    if skipped(rule, text):
        edits, flags = rule.apply(text, context())
        assert not edits and not flags, (rule.name, rule.apply.__name__, text, edits, flags)


# --------------------------------------------------------------------------
# the lines of real documents, and every text the chain makes of them


def _document_paths():
    paths = sorted(SAMPLES.glob("*.txt")) + sorted((SAMPLES / "bad").glob("*.txt"))
    if SHARED.exists():
        paths += sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "seeds").glob("*"))
    return paths


@cache
def document_lines() -> tuple[str, ...]:
    lines: dict[str, None] = {}
    for path in _document_paths():
        try:
            text = decode_bytes(path.read_bytes()).text
        except BulletinError:
            continue
        for line in re.split(r"\r\n|\r|\n", text):
            if line.strip():
                lines.setdefault(line, None)
    return tuple(lines)


@cache
def chain_texts() -> tuple[str, ...]:
    """Every text a rule is given when the full chain (no triggers) runs over the lines."""
    seen: dict[str, None] = {}
    for line in document_lines():
        mt = MappedText.identity(line, 0)
        for _ in range(3):
            changed = False
            for rule in RULES:
                seen.setdefault(mt.text, None)
                edits, _ = rule.apply(mt.text, context())
                if edits:
                    mt, _ = mt.apply(edits)
                    changed = True
            if not changed:
                break
    return tuple(seen)


def test_there_are_documents() -> None:
    assert len(document_lines()) > 500  # samples alone hold well over that


def test_most_rules_have_a_trigger() -> None:
    assert len(GATED) >= len(RULES) - 1


@pytest.mark.parametrize("k, rule", GATED, ids=IDS)
def test_trigger_on_document_lines(k, rule) -> None:
    texts = chain_texts()
    for text in texts:
        check(rule, text)
    # A trigger that never says "skip" would pass trivially: most lines are clean.
    assert sum(skipped(rule, t) for t in texts) > len(texts) // 2


# --------------------------------------------------------------------------
# generated lines

ALPHABET = [
    *"abcdefghijklmnopqrstuvwxyzAEIOSTW", *"0123456789", *" ,.;:!?'\"-_/@#%()[]<>&*=+",
    " ", "  ", "\t", "\u00a0", "\u3000", "\u2002", "\x1c", "\x85", "\u2028",
    # Han, full-width punctuation, CJK quotes and marks
    *"中文小编发布时间来源作者网站标识码公网安备號證網備浙京粤", "ICP", "备", "号", "公网安备", "网站标识码",
    *"，。：；、！？（）【】《》％～—―·“”‘’×", "——", "一、", "（二）", "2023年11月15日",
    # mojibake and lost characters
    *"ÃÂâ€™©éèÐ¡±à\x80\x81\x9d\xa0\xff", "â€™", "Ã©", "Ð¡±à", "灏忕紪", "çŽ‹èŠ³", "锟斤拷", "\ufffd", "??", "烫烫烫",
    # markup
    "<p>", "</p>", "<br/>", "&nbsp;", "&amp;", "&#39;", "&eacute;", "<b>x</b>", "&#23567;", "&#65292;",
    # records, repeats, masks, quotes
    "gong", "Gong Wang An Bei", "security", "Public Security", "website", "Website identification code",
    "No. ", "11010502030143", "18000738-1", "New ", "Jin ", "Ji (Jilin) ",
    "the the", "step by step", "Ting Ting", "* * *", "***", "×××", '" a "', "“ x ”",
    # characters re.IGNORECASE folds onto ASCII letters
    "\u0130", "\u0131", "\u017f", "\u212a",
]
lines_st = st.lists(st.sampled_from(ALPHABET), max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(lines_st)
def test_triggers_on_generated_lines(text: str) -> None:
    for _, rule in GATED:
        check(rule, text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_triggers_on_arbitrary_text(text: str) -> None:
    for _, rule in GATED:
        check(rule, text)


# --------------------------------------------------------------------------
# the claims the triggers rest on, checked directly


def test_exotic_spaces_are_not_printable() -> None:
    """The whitespace trigger tests ``isprintable`` instead of the exotic-space regex."""
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    exotic = spacing._EXOTIC_RUN.findall(everything)
    assert exotic and not any(ch.isprintable() for run in exotic for ch in run)


def test_whitespace_trigger_catches_every_edge() -> None:
    """Every character ``strip`` removes makes the whitespace trigger fire at an edge."""
    for ch in map(chr, range(sys.maxunicode + 1)):
        if ch.isspace():
            assert spacing._may_edit_whitespace(ch + "a") and spacing._may_edit_whitespace("a" + ch)


@settings(max_examples=600, deadline=None)
@given(lines_st)
def test_record_trigger_implies_key_gate(text: str) -> None:
    """The record trigger skips the translation of traditional characters, nothing else."""
    if records._may_have_key(text.translate(records._TRADITIONAL)):
        assert records._may_have_record(text)


def _old_may_repeat(text: str) -> bool:
    """``spacing._may_repeat`` as it was before the token-code rewrite (the reference)."""
    if not text.isascii() and any(c in text for c in lexicon.CASE_TRAPS):
        return True
    words = spacing._GATE_TOKEN.findall(text.lower())
    n = len(words)
    for size in range(1, spacing._MAX_PHRASE + 1):
        if n < 2 * size:
            break
        if not any(map(operator.eq, words, words[size:])):
            continue
        for i in range(n - 2 * size + 1):
            if words[i] == words[i + size] and words[i:i + size] == words[i + size:i + 2 * size]:
                return True
    return False


REPEAT_WORDS = ["a", "b", "the", "The", "cadres", "step", "by", "x-y", "it's", ",", ".", " ", "  ", "3", "中"]
#: Hyphens and apostrophes where a token may not start (`-a`, `'a`), may end
#: (`a-`) or stand alone, words glued by them, and a curly apostrophe: the
#: letter-run shortcut of ``_may_repeat`` is taken only without them.
TOKEN_EDGE_WORDS = ["-a", "'a", "a-", "a'", "-", "'", "--", "a-b", "’a", "a’", "a", "A", "b", "x-y", "a,", "(a)", "_a",
                    "a1", "1a", "é", "中"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(REPEAT_WORDS), max_size=24).map(" ".join))
def test_may_repeat_unchanged(text: str) -> None:
    assert spacing._may_repeat(text) == _old_may_repeat(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(TOKEN_EDGE_WORDS), max_size=12).map(" ".join)
       | st.lists(st.sampled_from(TOKEN_EDGE_WORDS), max_size=12).map("".join))
def test_may_repeat_unchanged_at_token_edges(text: str) -> None:
    """The shortcuts (letter runs for the tokens, no token twice) agree with the reference."""
    assert spacing._may_repeat(text) == _old_may_repeat(text)


@pytest.mark.parametrize("text", ["a -a", "-a a", "a 'a", "'a a", "x - x", "a-b a-b", "a- a-", "a-b a b", "A a", "a b c a"])
def test_may_repeat_unchanged_examples(text: str) -> None:
    assert spacing._may_repeat(text) == _old_may_repeat(text)


@pytest.mark.parametrize("text, expected", [
    ("the the", True),
    ("a b c d a b c d", True),
    ("a b c d e a b c d e", False),  # five words: longer than a phrase
    ("The tHe county", True),
    ("work in the village", False),
])
def test_may_repeat_examples(text: str, expected: bool) -> None:
    assert spacing._may_repeat(text) is expected


# --------------------------------------------------------------------------
# the pipeline: same result with and without triggers


def _untriggered():
    return [dataclasses.replace(rule, trigger=None, non_ascii_only=False) for rule in RULES]


def _run(line: str, rules):
    fixes, findings = [], []
    mt = _apply_rules(MappedText.identity(line, 0), 1, rules, context(), fixes, findings)
    return mt.text, mt.span(), fixes, findings


# Lines whose edits change which plan applies mid-pass: an entity decoded to
# a non-ASCII character, a non-ASCII space normalised away, full-width
# punctuation made ASCII after a repair.
SWITCHING = [
    "caf&eacute;  au lait ,and more",
    "&nbsp;&nbsp;Source:the the county",
    "\u3000\u3000Author：小编  Editor:灏忕紪",
    "hall，and the the  district . .",
    "<p>New ICP Preparation No. 18000738-1</p>",
    "the county\u00a0\u00a0news  , said \" he \"",
    "Ã©tÃ© &amp; â€œquotesâ€\x9d  ok",
    # Han or full-width punctuation appear in pass 1 only if the plan
    # switches right after the edit (cjk-residue's flags are kept from pass 1)
    "Author:&#23567;&#32534; said",
    "hall&#65292;and more",
]


@pytest.mark.parametrize("line", SWITCHING)
def test_pipeline_same_with_and_without_triggers_examples(line: str) -> None:
    chain = _rules_and_context(DEFAULT_OPTIONS)[0]
    assert _run(line, chain) == _run(line, _untriggered())


def test_pipeline_same_with_and_without_triggers_on_documents() -> None:
    chain = _rules_and_context(DEFAULT_OPTIONS)[0]
    plain = _untriggered()
    for line in document_lines():
        assert _run(line, chain) == _run(line, plain), line


@settings(max_examples=300, deadline=None)
@given(lines_st)
def test_pipeline_same_with_and_without_triggers_generated(line: str) -> None:
    chain = _rules_and_context(DEFAULT_OPTIONS)[0]
    assert _run(line, chain) == _run(line, _untriggered())
