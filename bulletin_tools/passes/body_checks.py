"""Checks over the whole body: pasted-twice paragraphs, injected spam, non-bulletins."""

from __future__ import annotations

from functools import cache
from typing import Sequence

from ..lazyre import lazy_compile
from .. import lexicon
from ..model import INFO, WARNING, Finding, Fix, Section
from ..wordkey import words_key, words_prefix


#: How many opening words a block must share with an earlier one before their
#: whole keys are compared.
DUPLICATE_PREFIX_WORDS = 3


def drop_duplicate_blocks(sections: Sequence[Section], line_no) -> tuple[tuple[Section, ...], list[Fix], list[Finding]]:
    """A paragraph pasted twice keeps its first copy; the second becomes a fix (and a finding).

    A list's item is never a copy: the same entry may open two lists (the
    areas under one rule and again under the next), and removing it
    renumbers the second list and loses its text.

    Two blocks compare by their whole words key (:func:`.words_key`,
    lower-cased), which costs a scan of every word; blocks with equal keys
    open with the same words, so a block's key is worked out only once
    another block opens with its first words (``DUPLICATE_PREFIX_WORDS``):
    nearly every paragraph of a page opens its own way.
    """
    seen: set[str] = set()  # the keys worked out
    waiting: dict[str, list[str]] = {}  # opening words -> texts of kept blocks whose key is not worked out
    out: list[Section] = []
    fixes: list[Fix] = []
    findings: list[Finding] = []
    for sec in sections:
        blocks = []
        for block in sec.blocks:
            if block.kind == "item":
                blocks.append(block)  # (an entry of a list may stand in a second list too: two rules' areas, each listed)
                continue
            # (lower-casing the opening alone gives the key's opening: the one
            # character lower-cased by context, a capital sigma, looks only at
            # its own word, and a space ends a word on both sides)
            opening = words_prefix(block.text, DUPLICATE_PREFIX_WORDS).lower()
            earlier = waiting.get(opening)
            if earlier is None:
                waiting[opening] = [block.text]
                blocks.append(block)
                continue
            seen.update(words_key(text).lower() for text in earlier)
            earlier.clear()
            key = words_key(block.text).lower()
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


def spam_findings(sections: Sequence[Section], line_no) -> list[Finding]:
    """Injected spam (casino, 'sugar daddy' …) is flagged for a human, not deleted."""
    pattern = lexicon.spam_pattern()
    out = []
    for sec in sections:
        for block in sec.blocks:
            m = pattern.search(block.text) if lexicon.may_have_spam(block.text) else None
            if m:
                out.append(Finding("spam", WARNING,
                                   f"looks like injected spam ('{m.group(0)}'); delete it if it is not part of the bulletin",
                                   line_no(block.span[0]), block.span))
    return out


_WORD = lazy_compile(r"[a-z]+")


@cache
def _bulletin_words() -> frozenset[str]:
    """The bulletin vocabulary, read once per process (the check runs on
    every text without a header or footer: re-reading the table each time
    cost more than the check itself)."""
    from ..tables import read_rows

    return frozenset(row[0] for row in read_rows("bulletin_words.tsv"))


def not_a_bulletin(sections: Sequence[Section], line_no) -> list[Finding]:
    """A text with no header, no footer and almost no bulletin vocabulary is
    probably not a bulletin (a recipe, a shopping list): warn, but process it."""
    vocabulary = _bulletin_words()
    found: set[str] = set()
    for sec in sections:
        for block in sec.blocks:
            # Two distinct bulletin words settle it: most texts find them in
            # their first blocks, so the rest are not scanned.
            found.update(vocabulary.intersection(_WORD.findall(block.text.lower())))
            if len(found) >= 2:
                return []
    spans = [s.span for s in sections] or [(0, 0)]
    span = (spans[0][0], spans[-1][1])
    return [Finding("not-a-bulletin", WARNING,
                    "no breadcrumb, metadata or footer and hardly any bulletin vocabulary: "
                    "check that this input is a bulletin at all", line_no(span[0]), span)]
