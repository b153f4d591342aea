"""The Markdown is valid YAML + CommonMark and its structure is exactly the document's.

markdown-it-py (a CommonMark parser that rich already depends on) reads our
output back: one h1 for the title, one h2 per titled section, one list item
per item block, and every text comes back character for character — so no
escaping mistake can turn a paragraph into a list, a heading or emphasis.
"""

from __future__ import annotations

import pytest
import yaml
from markdown_it import MarkdownIt

import bulletin_tools
from bulletin_tools.ordinals import display
from conftest import CORPUS, SAMPLES, SEED

INPUTS = sorted(SAMPLES.glob("*.txt")) + ([SEED] if SEED.exists() else []) + sorted(CORPUS.glob("*.txt"))
MD = MarkdownIt("commonmark")


def _inline_text(token) -> str:
    return "".join(child.content for child in token.children or [] if child.type in ("text", "code_inline"))


def _structure(markdown: str):
    assert markdown.startswith("---\n")
    end = markdown.index("\n---\n", 4)
    front = yaml.safe_load(markdown[4:end])
    tokens = MD.parse(markdown[end + 5:])
    h1, h2, items, paras = [], [], [], []
    context = []
    numbers = []  # the number of each open list item (None in a bullet list)
    for i, tok in enumerate(tokens):
        if tok.type == "list_item_open":
            numbers.append(int(tok.info) if tok.info else None)
        if tok.type.endswith("_open"):
            context.append(tok.tag)
        elif tok.type.endswith("_close"):
            context.pop()
        elif tok.type == "inline":
            text = _inline_text(tok)
            if context[-1] == "h1":
                h1.append(text)
            elif context[-1] == "h2":
                h2.append(text)
            elif "li" in context:
                items.append((numbers[-1], text))
            else:
                paras.append(text)
        assert tok.type not in ("code_block", "fence", "html_block"), tok
    return front, h1, h2, items, paras


def _check(doc) -> None:
    front, h1, h2, items, paras = _structure(bulletin_tools.to_markdown(doc))
    assert front["generator"] == "bulletin-tools"
    assert front["title"] == (doc.title.text if doc.title else None)
    assert front["date"] == doc.metadata.date
    assert h1 == ([doc.title.text] if doc.title else [])
    # a numbered heading shows its number in the reader's style (`一、` → `1.`), an item
    # with a marker is an ordered-list item with that number
    assert h2 == [(display(s.marker, s.number) + " " if s.marker else "") + s.heading
                  for s in doc.sections if s.heading is not None]
    assert items == [(b.number if b.marker else None, b.text)
                     for s in doc.sections for b in s.blocks if b.kind == "item"]
    expected_paras = [b.text for s in doc.sections for b in s.blocks if b.kind != "item"] + list(doc.footer.lines)
    assert paras == expected_paras


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_markdown_structure_matches_document(path):
    try:
        doc = bulletin_tools.clean_bytes(path.read_bytes())
    except bulletin_tools.InputError:
        pytest.skip("rejected by design")
    _check(doc)


def test_markup_characters_in_text_stay_text():
    text = ("A Title With *Stars* And _Underscores_ And <b>\n\n"
            "The body starts with a paragraph that says what happened in the town on Monday.\n\n"
            "# Not a heading, just a hash at the start of a sentence in the body.\n\n"
            "- Dash first, [a link?](x) and `code` and a backslash \\ in prose.\n\n"
            "+ Plus first > and 3) and 1986. was a year and ***bold*** words.\n")
    doc = bulletin_tools.clean(text)
    assert any("#" in b.text for s in doc.sections for b in s.blocks)
    _check(doc)
