"""Helpers shared by the review-site tests (plain HTML parsing and the JSON part count)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

_PT = re.compile(r'<[a-z0-9]+ class="pt [^"]*" data-part="([^"]+)"')
_FIX = re.compile(r'data-fix="([0-9 ]+)"')


def json_part_count(data: dict[str, Any]) -> int:
    """The parts a reader counts in the SPEC JSON: one per breadcrumb, title, metadata (with a span),
    description, section heading, block and footer (with a span)."""
    n = 1 if data["breadcrumb"] else 0
    n += data["title"] is not None
    n += data["metadata"]["span"] is not None
    n += data["description"] is not None
    for sec in data["sections"]:
        n += sec["heading"] is not None
        n += len(sec["blocks"])
    n += data["footer"]["span"] is not None
    return n


def panes(html: str) -> tuple[str, str]:
    """(source pane, result pane) of a document page."""
    src_at = html.index('id="source"')
    res_at = html.index('id="result"')
    end = html.index("</main>")
    return html[src_at:res_at], html[res_at:end]


def part_ids(fragment: str) -> set[str]:
    return set(_PT.findall(fragment))


def fix_ids(fragment: str) -> set[int]:
    return {int(x) for group in _FIX.findall(fragment) for x in group.split()}


class Tags(HTMLParser):
    """Every start tag with its attributes, and all text content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Tags:
    t = Tags()
    t.feed(html)
    t.close()
    return t
