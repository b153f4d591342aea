"""Bulletin → the JSON object of docs/output.md (field names are a contract)."""

from __future__ import annotations

import json
from typing import Any

from ..model import Bulletin, Fix, Finding, Footer, Metadata, Section, TextPart


def _span(span) -> list[int] | None:
    return [span[0], span[1]] if span is not None else None


def _part(part: TextPart | None) -> dict[str, Any] | None:
    if part is None:
        return None
    return {
        "text": part.text,
        "original": part.original,
        "truncated": part.truncated,
        "repaired": part.repaired,
        "span": _span(part.span),
    }


def _metadata(m: Metadata) -> dict[str, Any]:
    return {
        "source": m.source,
        "author": m.author,
        "editor": m.editor,
        "date": m.date,
        "time": m.time,
        "views": m.views,
        "extra": dict(m.extra),
        "span": _span(m.span),
    }


def _section(s: Section) -> dict[str, Any]:
    return {
        "heading": s.heading,
        "marker": s.marker,
        "number": s.number,
        "heading_truncated": s.heading_truncated,
        "span": _span(s.span),
        "blocks": [{"kind": b.kind, "text": b.text, "marker": b.marker, "number": b.number, "span": _span(b.span)}
                   for b in s.blocks],
    }


def footer_dict(f: Footer) -> dict[str, Any]:
    return {
        "address": f.address,
        "phone": f.phone,
        "postcode": f.postcode,
        "email": f.email,
        "copyright": f.copyright,
        "sponsor": f.sponsor,
        "icp": None if f.icp is None else {"text": f.icp.text, "record": f.icp.record, "region": f.icp.region},
        "public_security": f.public_security,
        "extra": {k: (list(v) if isinstance(v, (list, tuple)) else v) for k, v in f.extra.items()},
        "lines": list(f.lines),
        "span": _span(f.span),
    }


def fix_dict(f: Fix) -> dict[str, Any]:
    out = {"rule": f.rule, "before": f.before, "after": f.after, "span": _span(f.span)}
    if f.why:
        out["why"] = f.why  # only judgement calls carry one; other fixes keep their shape
    return out


def finding_dict(f: Finding) -> dict[str, Any]:
    return {"code": f.code, "severity": f.severity, "message": f.message, "line": f.line, "span": _span(f.span)}


def to_json_dict(doc: Bulletin) -> dict[str, Any]:
    """The document object: every field present, `null`/`[]` where it does not apply."""
    return {
        "schema_version": doc.schema_version,
        "input": doc.input,
        "encoding": doc.encoding,
        "language": doc.language,
        "breadcrumb": list(doc.breadcrumb),
        "title": _part(doc.title),
        "metadata": _metadata(doc.metadata),
        "description": _part(doc.description),
        "sections": [_section(s) for s in doc.sections],
        "footer": footer_dict(doc.footer),
        "fixes": [fix_dict(f) for f in doc.fixes],
        "findings": [finding_dict(f) for f in doc.findings],
    }


def to_json(doc: Bulletin, indent: int | None = 2) -> str:
    return json.dumps(to_json_dict(doc), ensure_ascii=False, indent=indent)


def to_jsonl(doc: Bulletin) -> str:
    return json.dumps(to_json_dict(doc), ensure_ascii=False, separators=(",", ":"))


def is_bulletin_json(text: str) -> bool:
    """Is this text our own JSON output (``-f json``/``jsonl``), rather than a bulletin?

    Why: a ``.txt`` once replaced by JSON (before ``--in-place`` was limited
    to Markdown) would be cleaned as a bulletin titled ``{ "schema_version": …``.
    Our Markdown is recognised and re-read; our JSON is recognised and
    refused, since it is not text to clean.  The cheap prefix test keeps
    every other input from being parsed.
    """
    head = text.lstrip("\ufeff \t\r\n")[:200]
    if not head.startswith("{") or '"schema_version"' not in head:
        return False
    try:
        data = json.loads(text)
    except ValueError:
        return False
    return isinstance(data, dict) and {"schema_version", "sections", "findings"} <= data.keys()
