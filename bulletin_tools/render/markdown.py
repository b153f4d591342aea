"""Bulletin → Markdown with YAML front matter.

The front matter is written as PyYAML's ``safe_dump`` writes it (by
:mod:`.yaml_block`, which falls back to PyYAML for anything unusual), so
quoting is always right; the body is CommonMark with every character that could start markup
escaped, so a paragraph that begins ``1.`` stays a paragraph.  The reader in
:mod:`.markdown_reader` inverts exactly this, which is what makes ``clean``
idempotent on its own output.
"""

from __future__ import annotations

from typing import Any

from ..lazyre import lazy_compile
from ..model import Block, Bulletin
from ..ordinals import MAX_LIST_NUMBER, display
from . import yaml_block
from .json import footer_dict

GENERATOR = "bulletin-tools"

_INLINE_SPECIAL = lazy_compile(r"([\\`*_\[\]<>|])")
_LEADING = lazy_compile(r"^(\s*)([#+\-=>~]|\d+(?=[.)]))")


def escape(text: str) -> str:
    """Backslash-escape what CommonMark would read as markup."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    m = _LEADING.match(text)
    if m:
        lead, mark = m.group(1), m.group(2)
        if mark[0].isdigit():
            # `1. text` would start a list: escape the dot/paren after the number.
            i = len(lead) + len(mark)
            text = text[:i] + "\\" + text[i:]
        else:
            text = lead + "\\" + text[len(lead):]
    return text


def list_marker(block: Block) -> str:
    """``-`` for a plain item; ``N.`` for a numbered one (``N)`` when written so): an ordered list keeps its numbers."""
    if block.marker is None or block.number is None or not 0 <= block.number <= MAX_LIST_NUMBER:
        return "-"
    return f"{block.number})" if display(block.marker, block.number) == f"{block.number})" else f"{block.number}."


def front_matter(doc: Bulletin) -> dict[str, Any]:
    m = doc.metadata
    data: dict[str, Any] = {"generator": GENERATOR}
    data["title"] = doc.title.text if doc.title else None
    data["breadcrumb"] = list(doc.breadcrumb)
    data["date"] = m.date
    data["time"] = m.time
    data["author"] = m.author
    data["source"] = m.source
    data["editor"] = m.editor
    data["views"] = m.views
    if m.extra:
        data["extra"] = {k: v for k, v in m.extra.items()}
    data["description"] = doc.description.text if doc.description else None
    # The JSON footer, flattened for YAML: the ICP object becomes three keys,
    # `extra` is merged in (but its unlabelled `other` lines stay in the body),
    # lines and span belong to the body and the JSON only.
    footer = footer_dict(doc.footer)
    icp = footer.pop("icp") or {}
    extra = footer.pop("extra")
    for key in ("lines", "span"):
        footer.pop(key)
    footer.update({"icp": icp.get("text"), "icp_record": icp.get("record"), "icp_region": icp.get("region")})
    footer.update({k: v for k, v in extra.items() if k != "other"})
    order = ("address", "phone", "postcode", "email", "copyright", "sponsor", "icp", "icp_record", "icp_region",
             "public_security")
    ordered = {k: footer[k] for k in order} | {k: v for k, v in footer.items() if k not in order}
    data["footer"] = {k: v for k, v in ordered.items() if v is not None}
    if doc.language:
        data["language"] = doc.language
    if doc.encoding_guessed:
        # README: "the one used is reported"; a guess must be visible where the page is read.
        data["encoding"] = doc.encoding
        data["encoding_guessed"] = True
    return data


def to_markdown(doc: Bulletin) -> str:
    out: list[str] = ["---"]
    out.append(yaml_block.dump(front_matter(doc)).rstrip("\n"))
    out.append("---")
    out.append("")
    if doc.title:
        out.append("# " + escape(doc.title.text))
        out.append("")
    for section in doc.sections:
        if section.heading is not None:
            number = "" if section.marker is None else display(section.marker, section.number or 0) + " "
            out.append("## " + number + escape(section.heading))
            out.append("")
        in_list = False
        delimiter = ""  # of the list being written: "-", "." or ")"
        for block in section.blocks:
            if block.kind == "item":
                mark = list_marker(block)
                if in_list and mark[-1] != delimiter:
                    # a list of another kind starts here: without a blank line `2. b` after
                    # `- a` would continue a's paragraph (only `1.` may interrupt one)
                    out.append("")
                out.append(mark + " " + escape(block.text))
                in_list, delimiter = True, mark[-1]
                continue
            if in_list:
                out.append("")
                in_list = False
            if block.kind == "caption":
                out.append("> " + escape(block.text))
            else:
                out.append(escape(block.text))
            out.append("")
        if in_list:
            out.append("")
    if doc.footer.lines:
        out.append("* * *")
        out.append("")
        for line in doc.footer.lines:
            out.append(escape(line))
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
