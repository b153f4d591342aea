"""``LabelSet.may_match`` never says no where the label pattern matches.

The colon pre-check (``LabelSet._label_may_end_at_colon``, issue 13) lets a
line with a colon skip the case-insensitive label pattern when no colon in
it closes a label.  It must be a superset of the pattern: every line the
pattern matches somewhere is one ``may_match`` lets through.  Checked on
every label spelled the ways the pattern accepts (any case, its spaces
dropped or made tabs, a bracketed qualifier, spaces before the colon), on
generated lines, and on every line of the samples and the shared corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools import lexicon

ROOT = Path(__file__).resolve().parent.parent
SETS = {"header": lexicon.header_labels(), "footer": lexicon.footer_labels()}


def _spellings(word: str) -> list[str]:
    return [word, word.upper(), word.lower(), word.replace(" ", ""), word.replace(" ", "\t"), word.title()]


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_label_with_its_colon_passes(name):
    labels = SETS[name]
    words = sorted({k for k in labels.fields if k != "by"})
    assert words
    for word in words:
        for spelled in _spellings(word):
            for line in (f"{spelled}: x", f"text before {spelled} ：2024-01-02",
                         f"{spelled}(Beijing Time):12:00", f"{spelled} （Local time） : 12:00"):
                if labels.pattern.search(line):
                    assert labels.may_match(line), (name, line)


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_precheck_rejects_colon_lines_without_a_label(name):
    labels = SETS[name]
    # a time and a ratio: colons that close no label (so the check can fail)
    for line in ("The meeting opened at 9:30 and closed at 11:45.", "The ratio was 3:2 in favour"):
        assert labels.pattern.search(line) is None
        assert not labels.may_match(line), line


_ALPHABET = st.sampled_from(list("abcdeimnorstuvwyABCDEIST :：()（）\t0123456789-日期来源作者") + ["Time", "Date", "Source", "Editor", "Updated", " of "])


def _precheck_passes_every_match(line: str) -> None:
    for labels in SETS.values():
        if labels.pattern.search(line):
            assert labels.may_match(line), line


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_generated_lines(line):
    _precheck_passes_every_match(line)


def _corpus_lines():
    files = sorted((ROOT / "samples").rglob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    for path in files:
        yield from path.read_text(encoding="utf-8", errors="replace").splitlines()


def test_every_line_of_the_samples_and_corpus():
    checked = 0
    for line in _corpus_lines():
        for labels in SETS.values():
            if labels.pattern.search(line):
                checked += 1
                assert labels.may_match(line), line
    assert checked > 100


def test_a_counter_without_its_colon_needs_a_digit():
    labels = SETS["header"]
    line = "Views 2318"  # a view counter may go without its colon before a number
    assert labels.pattern.search(line) and labels.may_match(line)
    # no digit anywhere: no branch without a colon can match (so the check can fail)
    line = "Page views went up this year"
    assert labels.pattern.search(line) is None
    assert not labels.may_match(line)
    line = "Updated on 2025-01-24"  # a before-date label
    assert labels.pattern.search(line) and labels.may_match(line)


def test_a_bare_label_must_end_right_before_the_digits():
    labels = SETS["header"]
    # every label that may go without a colon, spelled the pattern's ways, before digits
    bare = sorted(k for k in labels.bare_words)
    assert bare
    for word in bare:
        for line in (f"{word} 2318", f"{word.upper()}\t2024-01-02", f"x {word}2024-01-02 12:00"):
            if labels.pattern.search(line):
                assert labels.may_match(line), line
    # the counter's word and a digit, but not next to each other (so the check can fail)
    line = "Page 3 of the report: views were collected"
    assert labels.pattern.search(line) is None
    assert not labels.may_match(line)


@pytest.mark.parametrize("gap", [1, 100, 127, 128, 129, 300])
def test_whitespace_past_the_window(gap):
    labels = SETS["header"]
    for line in (f"Source{' ' * gap}: Xinhua", f"Last Updated (Beijing Time){' ' * gap}:2012-07-24",
                 f"Last Updated{' ' * gap}(Beijing Time):2012-07-24", f"{'x' * 300} Views{' ' * gap}2318"):
        assert labels.pattern.search(line), line
        assert labels.may_match(line), line


def test_every_label_with_a_bar_for_its_colon_passes():
    """`Editor | Lin Mei` (issue 11): the bar branch is covered by the pre-check too."""
    labels = SETS["header"]
    words = sorted({k for k in labels.fields if k != "by"})
    for word in words:
        for spelled in _spellings(word):
            for line in (f"{spelled} | Lin Mei", f"Lin Mei {spelled} | Zhao Yu", f"{spelled}\t|\tx"):
                if labels.pattern.search(line):
                    assert labels.may_match(line), line


def test_a_bar_without_a_label_before_it_is_rejected():
    labels = SETS["header"]
    for line in ("Home | News | Contact us", "Xinhua | 2024-05-01"):
        assert labels.pattern.search(line) is None
        assert not labels.may_match(line), line


_BAR_ALPHABET = st.sampled_from(list("abcdeimnorstuvwyABCDEIST |\t0123456789-") + ["Editor", "Author", "Source", "Edit", " | ", "Producer"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_BAR_ALPHABET, max_size=30).map("".join))
def test_generated_bar_lines(line):
    _precheck_passes_every_match(line)
