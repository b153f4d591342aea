"""decode → repair line by line → zone → fields → truncation → findings → Bulletin.

Each step returns new values; nothing is mutated after it is built.  The
line repairs keep a :class:`~bulletin_tools.textmap.MappedText` per line so
every part of the result still carries a span into the decoded input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from . import lexicon
from .model import (
    ERROR,
    INFO,
    WARNING,
    Block,
    Bulletin,
    Finding,
    Fix,
    Footer,
    Metadata,
    RecordNumber,
    Section,
    TextPart,
)
from .repair import Context, all_rules
from .segment import Zones, zone
from .segment.body import to_sections
from .segment.footer import FooterFields, join_split_records, read_footer_line
from .segment.lines import Line, split_lines
from .textmap import MappedText


@dataclass(frozen=True)
class Options:
    """What a caller can switch: rules to skip, extra glossary, repairs on/off."""

    skip: frozenset[str] = frozenset()
    glossary: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    repair_truncation: bool = True
    check_language: bool = True


DEFAULT_OPTIONS = Options()


def clean_bytes(data: bytes, input: str | None = None, encoding: str | None = None,
                options: Options = DEFAULT_OPTIONS) -> Bulletin:
    """Decode ``data`` (see :mod:`bulletin_tools.decode`) and clean it."""
    from .decode import decode_bytes

    decoded = decode_bytes(data, encoding=encoding, name=input or "-")
    return clean_text(decoded.text, input=input, encoding=decoded.encoding, options=options)


def clean_text(text: str, input: str | None = None, encoding: str | None = None,
               options: Options = DEFAULT_OPTIONS) -> Bulletin:
    """Repair and segment the text of one bulletin."""
    from .render.markdown_reader import is_bulletin_markdown

    if is_bulletin_markdown(text):
        # Our own Markdown: take the structure from the markup so cleaning
        # it again is a no-op (idempotence), instead of re-guessing it.
        return clean_markdown(text, input=input, encoding=encoding, options=options)
    items = [(n, MappedText.identity(text[a:b], a)) for n, (a, b) in enumerate(split_lines(text), start=1)]
    lines, fixes, findings = repair_lines(items, options)
    return assemble(zone(lines), fixes, findings, input=input, encoding=encoding, options=options, text=text)


def _rules_and_context(options: Options) -> tuple[list, Context]:
    glossary = options.glossary
    if not glossary:
        from .repair.residue import default_glossary

        glossary = default_glossary()
    return [r for r in all_rules() if r.name not in options.skip], Context(glossary=glossary)


def repair_lines(items: list[tuple[int, MappedText]], options: Options,
                 names: bool = True) -> tuple[list[Line], list[Fix], list[Finding]]:
    """Run every line rule (minus ``options.skip``) over every line, then unify names."""
    rules, ctx = _rules_and_context(options)
    lines: list[Line] = []
    fixes: list[Fix] = []
    findings: list[Finding] = []
    for number, mt in items:
        if mt.text.strip():
            mt = _apply_rules(mt, number, rules, ctx, fixes, findings)
        lines.append(Line(number, mt))
    if names:
        # Document-level spelling: one name two ways, spaces inside words.
        from .names import join_split_words, unify_lines

        unified = lines
        if "name-inconsistent" not in options.skip:
            unified, name_fixes, name_findings = unify_lines(unified)
            fixes.extend(name_fixes)
            findings.extend(name_findings)
        if "split-word" not in options.skip:
            unified, split_fixes = join_split_words(unified)
            fixes.extend(split_fixes)
        # A unified name can create new work ('He Jing Hejing' → 'Hejing Hejing'):
        # changed lines go through the rules once more.
        lines = [
            ln if new is ln else Line(new.number, _apply_rules(new.text, new.number, rules, ctx, fixes, []))
            for ln, new in zip(lines, unified)
        ]
    return lines, fixes, findings


def _repair_one(mt: MappedText, options: Options, line_no) -> tuple[MappedText, list[Fix], list[Finding]]:
    lines, fixes, findings = repair_lines([(line_no(mt.span()[0]), mt)], options, names=False)
    return lines[0].text, fixes, findings


_MAX_PASSES = 3


def _apply_rules(mt: MappedText, number: int, rules, ctx: Context, fixes: list[Fix],
                 findings: list[Finding]) -> MappedText:
    """Run the rule chain over one line until it changes nothing (at most 3 passes).

    One repair can uncover another (a mojibake repair next to a space the
    whitespace rule removes); running to a fixed point is what makes cleaning
    the output again a no-op.  Flags are kept from the first pass only, so a
    problem is not reported twice.
    """
    last_edit = len(rules)  # index of the last rule that changed the text in the previous pass
    for attempt in range(_MAX_PASSES):
        changed = False
        for k, rule in enumerate(rules):
            if not changed and k > last_edit:
                # The text is what the previous pass ended with, and rules from
                # here on already saw exactly this text there without an edit
                # (rules are pure functions of text and context): this pass
                # would change nothing more.
                break
            edits, flags = rule.apply(mt.text, ctx)
            if attempt == 0:
                for flag in flags:
                    findings.append(Finding(flag.code, flag.severity, flag.message, number, mt.span(flag.start, flag.end)))
            if edits:
                mt, new_fixes = mt.apply(edits)
                fixes.extend(new_fixes)
                changed = True
                last_edit = k
        if not changed:
            break
    return mt


def clean_markdown(text: str, input: str | None, encoding: str | None, options: Options) -> Bulletin:
    """Clean our own Markdown output: structure from markup, text through the same repairs."""
    from .render.markdown_reader import read_body, read_front_matter

    front, body_start = read_front_matter(text)
    md_lines = read_body(text, body_start)
    # Names were unified when this Markdown was made; re-deciding them on the
    # cleaned text (whose counts differ) could flip the choice.
    lines, fixes, findings = repair_lines([(ml.number, ml.content) for ml in md_lines], options, names=False)
    z = Zones()
    units = []
    for ml, ln in zip(md_lines, lines):
        if ml.kind == "title" and z.title is None:
            z.title = ln.text
            z.title_line = ln.number
        elif ml.kind == "footer":
            z.footer.append(ln)
        else:
            units.append((ml.kind, ln.text))
    z.breadcrumb = [str(c) for c in front.get("breadcrumb") or []]
    sections = sections_from_units(units)
    metadata = Metadata(
        source=front.get("source"), author=front.get("author"), editor=front.get("editor"),
        date=_str_or_none(front.get("date")), time=_str_or_none(front.get("time")),
        views=front.get("views") if isinstance(front.get("views"), int) else None,
        extra=front.get("extra") or {}, span=None,
    )
    description = front.get("description")
    if isinstance(description, str) and description:
        z.description = MappedText.identity(description, 0)
    return assemble(z, fixes, findings, input=input, encoding=encoding, options=options, text=text,
                    sections=sections, metadata=metadata, front=front)


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def sections_from_units(units: list[tuple[str, MappedText]]) -> list[Section]:
    out: list[Section] = []
    heading: MappedText | None = None
    blocks: list[Block] = []

    def close() -> None:
        if heading is not None or blocks:
            spans = [b.span for b in blocks] + ([heading.span()] if heading is not None else [])
            span = (min(s[0] for s in spans), max(s[1] for s in spans))
            out.append(Section(heading.text if heading is not None else None, False, span, tuple(blocks)))

    for kind, mt in units:
        if kind == "heading":
            close()
            heading, blocks = mt, []
        else:
            blocks.append(Block(kind, mt.text, mt.span()))
    close()
    return out


# ---------------------------------------------------------------------------


def assemble(z: Zones, fixes: list[Fix], findings: list[Finding], *, input: str | None,
             encoding: str | None, options: Options, text: str,
             sections: list[Section] | None = None, metadata: Metadata | None = None,
             front: Mapping[str, object] | None = None) -> Bulletin:
    fixes = list(fixes) + list(z.fixes)
    findings = list(findings)

    line_no = _line_numberer(text)

    if metadata is None:
        metadata = build_metadata(z, findings, line_no)
    if sections is None:
        rules, ctx = _rules_and_context(options)

        def rerepair(mt: MappedText) -> MappedText:
            return _apply_rules(mt, line_no(mt.span()[0]), rules, ctx, fixes, [])

        sections = to_sections(z.body, z.title.text if z.title else None, rerepair)
    if "duplicate-paragraph" not in options.skip:
        sections = drop_duplicate_blocks(sections, fixes, findings, line_no)
    findings.extend(spam_findings(sections, line_no))
    body_texts = [b.text for s in sections for b in s.blocks if b.kind in ("paragraph", "item")]

    # ---- title & description (truncation) ----
    from . import truncation

    vocab_cache: list[frozenset[str]] = []

    def body_vocab() -> frozenset[str]:
        """The body's words, once per document (it was rebuilt per title and heading)."""
        if not vocab_cache:
            vocab_cache.append(truncation.document_vocabulary(body_texts))
        return vocab_cache[0]

    title = None
    if z.title is not None and len(z.title.text) and "\n" not in text[slice(*z.title.span())]:
        pass
    elif z.title is not None:
        # A title joined from several lines is new text: run the line rules over
        # it once more, so cleaning the output again changes nothing.
        z.title, title_fixes, title_findings = _repair_one(z.title, options, line_no)
        fixes.extend(title_fixes)
        findings.extend(title_findings)
    if z.title is not None and z.title.text:
        t = truncation.check_title(z.title.text, body_texts, body_vocab()) if "truncated-title" not in options.skip else None
        title = _text_part(z.title, t, options, fixes, findings, "title", line_no)
    description = None
    if z.description is not None and z.description.text:
        t = truncation.check_description(z.description.text, body_texts) if "truncated-description" not in options.skip else None
        description = _text_part(z.description, t, options, fixes, findings, "description", line_no)

    new_sections: list[Section] = []
    for k, sec in enumerate(sections):
        if sec.heading is None or "truncated-heading" in options.skip:
            new_sections.append(sec)
            continue
        following = " ".join(b.text for b in sec.blocks)
        # The vocabulary is a union over texts: the body's (computed once)
        # plus this section's blocks that are not in body_texts.
        extra = [b.text for b in sec.blocks if b.kind not in ("paragraph", "item")]
        vocab = body_vocab() | truncation.document_vocabulary(extra) if extra else body_vocab()
        t = truncation.check_heading(sec.heading, body_texts, following, vocab)
        heading = sec.heading
        if t.truncated:
            if t.repaired and options.repair_truncation:
                heading = t.text
                fixes.append(Fix("truncated-heading", sec.heading, t.text, sec.span))
            findings.append(Finding(
                "truncated-heading", WARNING,
                f"heading looks cut off ({t.reason}); "
                + ("completed from the text that follows; check the completion, or use --no-repair" if t.repaired else "no evidence in the text to complete it: check the original page"),
                line_no(sec.span[0]), sec.span))
        new_sections.append(Section(heading, t.truncated, sec.span, sec.blocks))

    footer = build_footer(z, findings, line_no)
    if front is not None:
        footer = footer_from_front(footer, front.get("footer"))

    language = None
    if options.check_language:
        from .language import check_language

        language, lang_findings = check_language(new_sections, line_no)
        findings.extend(lang_findings)

    if not z.breadcrumb and metadata.span is None and description is None and not footer.lines:
        findings.extend(not_a_bulletin(new_sections, line_no))
    fixes.sort(key=lambda f: (f.span[0], f.span[1]))
    findings.sort(key=lambda f: (f.span[0], f.span[1], f.code))
    return Bulletin(
        input=input,
        encoding=encoding,
        language=language,
        breadcrumb=tuple(z.breadcrumb),
        title=title,
        metadata=metadata,
        description=description,
        sections=tuple(new_sections),
        footer=footer,
        fixes=tuple(fixes),
        findings=tuple(findings),
    )


def _line_numberer(text: str):
    """``offset -> 1-based line number``: one newline index, then a bisect per call.

    Why not ``text.count("\\n", 0, offset)``: a finding per line would make
    that quadratic (a stream of 100k empty ``Author:`` lines).
    """
    import bisect

    newlines: list[int] | None = None

    def line_no(offset: int) -> int:
        nonlocal newlines
        if newlines is None:
            newlines = []
            at = text.find("\n")
            while at != -1:
                newlines.append(at)
                at = text.find("\n", at + 1)
        return bisect.bisect_left(newlines, offset) + 1

    return line_no


def _text_part(mt: MappedText, t, options: Options, fixes: list[Fix], findings: list[Finding],
               what: str, line_no) -> TextPart:
    span = mt.span()
    if t is None or not t.truncated:
        return TextPart(mt.text, mt.text, False, False, span)
    repaired = bool(t.repaired and options.repair_truncation)
    shown = t.text if repaired else mt.text
    if repaired:
        fixes.append(Fix(f"truncated-{what}", mt.text, shown, span))
    how = (
        "completed from the body text; check the completion (see fixes), or use --no-repair to keep it as it was"
        if repaired
        else ("the body has the words to complete it, but --no-repair was given" if t.repaired
              else "no evidence in the body to complete it: check the original page")
    )
    findings.append(Finding(f"truncated-{what}", WARNING, f"{what} looks cut off ({t.reason}); {how}", line_no(span[0]), span))
    return TextPart(shown, mt.text, True, repaired, span)


# ---------------------------------------------------------------------------

_EMPTYISH = re.compile(r"^[\s\-–—_/|·.,:：;；]*$")


_BARE_TIME = re.compile(r"\s*((?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)(?!\d)")
_VALUE_TRIM = " \t[]【】〖〗,;，；|"
_VIEWS_TEXT = re.compile(r"(?<![\d,])(\d[\d,]*)\s*(?:viewers?|views?|clicks?|reads?|times|次)\b", re.IGNORECASE)


def build_metadata(z: Zones, findings: list[Finding], line_no) -> Metadata:
    """Label/value pairs → Metadata: ISO date and time, integer views, extras.

    A value may carry strays after a run of spaces (`Wei Dong   12-05 07:50`,
    `Li Na    Sunday, January 15, 2023`): a stray date fills the date, a
    stray count the views, anything else goes to ``extra`` so no word is lost.
    """
    from .fields import find_datetime, parse_views

    values: dict[str, object] = {}
    extra: dict[str, object] = {}
    state = {"date": None, "time": None}

    def add_extra(key: str, value: str) -> None:
        key = re.sub(r"\W+", "_", key).strip("_") or "label"
        extra[key] = f"{extra[key]}; {value}" if key in extra else value

    def take_date(value: str) -> str | None:
        """Fill date/time from ``value``; return what is left of it (None if no date)."""
        dt = find_datetime(value)
        if dt is None or not (dt.date or dt.time):
            bare = _BARE_TIME.match(value)
            if bare is None:
                return None
            # `Time: 14:20` with no date: the time alone, never an invented date
            if not state["time"]:
                hour, rest = bare.group(1).split(":", 1)
                state["time"] = f"{int(hour):02d}:{rest}"
            return value[bare.end():].strip()
        if dt.date and not state["date"]:
            state["date"] = dt.date
        if dt.time and not state["time"]:
            state["time"] = dt.time
        if dt.partial and not dt.date:
            extra.setdefault("date_partial", dt.partial)
        iso = " ".join(x for x in (dt.date, dt.time) if x)
        if value[dt.start:dt.end] != iso:
            # Keep the date as printed: normalising must not lose words.
            add_extra("date_text", value[dt.start:dt.end])
        return (value[: dt.start] + " " + value[dt.end:]).strip()

    def take_views(value: str) -> str | None:
        m = _VIEWS_TEXT.search(value)
        if not m or "views" in values:
            return None
        values["views"] = int(m.group(1).replace(",", ""))
        return (value[: m.start()] + " " + value[m.end():]).strip()

    def stray(chunk: str) -> None:
        chunk = chunk.strip(_VALUE_TRIM)
        if not chunk:
            return
        rest = take_date(chunk) if not state["date"] else None
        if rest is None:
            rest = chunk
        left = take_views(rest)
        rest = rest if left is None else left
        if rest.strip(_VALUE_TRIM):
            add_extra("unlabelled", rest.strip(_VALUE_TRIM))

    for lv in z.labels:
        raw = lv.value.text.strip(_VALUE_TRIM)
        chunks = [c for c in re.split(r"\s{2,}", raw) if c.strip(_VALUE_TRIM)]
        value = chunks[0].strip(_VALUE_TRIM) if chunks else ""
        for chunk in chunks[1:]:
            stray(chunk)
        if lv.field == "stray":
            stray(value)
            continue
        if _EMPTYISH.match(value):
            value = ""
        if not value:
            span = lv.label_text.span()
            findings.append(Finding(
                "empty-field", INFO if lv.field.startswith("extra:") else WARNING,
                f"label '{lv.label}' has no value; fill it in from the original page or drop the label",
                line_no(span[0]), span))
            continue
        if lv.field == "date":
            rest = take_date(value)
            if rest is None:
                add_extra("date_text", value)
            elif rest.strip(_VALUE_TRIM):
                stray(rest)
            continue
        if lv.field == "views":
            n = parse_views(value)
            if n is not None:
                values.setdefault("views", n)
            elif take_views(value) is None:
                add_extra("views_text", value)
            continue
        if lv.field in ("source", "author", "editor"):
            if lv.field == "source" and not state["date"]:
                # An outlet name glued to a date: `Tanbei Town People's Government2023-10-12`.
                rest = take_date(value)
                if rest is not None:
                    value = rest.strip(_VALUE_TRIM)
            if lv.field in values:
                add_extra(lv.field + "_2", value)
            else:
                values[lv.field] = value
            continue
        add_extra(lv.field[6:] if lv.field.startswith("extra:") else lv.field, value)
    if z.masthead:
        add_extra("masthead", " / ".join(ln.text.strip().text for ln in z.masthead))
    spans = [ln.text.strip().span() for ln in z.label_lines]
    span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
    return Metadata(
        source=values.get("source"),  # type: ignore[arg-type]
        author=values.get("author"),  # type: ignore[arg-type]
        editor=values.get("editor"),  # type: ignore[arg-type]
        date=state["date"],
        time=state["time"],
        views=values.get("views"),  # type: ignore[arg-type]
        extra=extra,
        span=span,
    )


def _province_named(text: str) -> str | None:
    """The one province named in words (`…, Hebei Province`), else None."""
    from .repair.records import provinces

    names = {name for row in provinces() for name in row.names
             if re.search(rf"\b{re.escape(name)}\b", text)}
    return names.pop() if len(names) == 1 else None


def build_footer(z: Zones, findings: list[Finding], line_no) -> Footer:
    from .repair.records import find_records, region_evidence

    if not z.footer:
        return Footer()
    # An ambiguous romanisation (`Ji ICP`) is resolved only by evidence on
    # the page: another record, or a province named in the footer.
    footer_text = "\n".join(ln.s for ln in z.footer)
    hint = region_evidence(footer_text) or _province_named(footer_text)
    acc = FooterFields()
    lines: list[str] = []
    spans: list[tuple[int, int]] = []
    for stripped in join_split_records([ln.text.strip() for ln in z.footer if not ln.blank]):
        if not stripped.text:
            continue
        lines.append(re.sub(r"\s{2,}", "  ", stripped.text))
        spans.append(stripped.span())
        read_footer_line(stripped, acc, lambda t: find_records(t, hint_region=hint))
    icp = None
    if acc.icp is not None:
        rec = acc.icp
        icp = RecordNumber(rec.text, rec.record, rec.region)
    extra = dict(acc.extra)
    if acc.others:
        extra["other"] = acc.others
    return Footer(
        address=acc.values.get("address"),
        phone=acc.values.get("phone"),
        postcode=acc.values.get("postcode"),
        email=acc.values.get("email"),
        copyright=acc.values.get("copyright"),
        sponsor=acc.values.get("sponsor"),
        icp=icp,
        public_security=acc.public_security,
        extra=extra,
        lines=tuple(lines),
        span=(spans[0][0], spans[-1][1]) if spans else None,
    )


def footer_from_front(footer: Footer, data: object) -> Footer:
    """Our Markdown's front matter already holds the footer fields: trust them."""
    if not isinstance(data, dict):
        return footer
    known = {"address", "phone", "postcode", "email", "copyright", "sponsor", "icp", "icp_record", "icp_region", "public_security"}
    icp = footer.icp
    if data.get("icp") is not None:
        icp = RecordNumber(str(data["icp"]), _str_or_none(data.get("icp_record")), _str_or_none(data.get("icp_region")))
    extra = {k: v for k, v in data.items() if k not in known}
    if "other" in footer.extra:
        extra["other"] = footer.extra["other"]
    return Footer(
        address=_str_or_none(data.get("address")), phone=_str_or_none(data.get("phone")),
        postcode=_str_or_none(data.get("postcode")), email=_str_or_none(data.get("email")),
        copyright=_str_or_none(data.get("copyright")), sponsor=_str_or_none(data.get("sponsor")),
        icp=icp, public_security=_str_or_none(data.get("public_security")),
        extra=extra, lines=footer.lines, span=footer.span,
    )


def drop_duplicate_blocks(sections: list[Section], fixes: list[Fix], findings: list[Finding], line_no) -> list[Section]:
    """A paragraph pasted twice keeps its first copy; the second becomes a fix."""
    seen: set[str] = set()
    out: list[Section] = []
    for sec in sections:
        blocks = []
        for block in sec.blocks:
            key = re.sub(r"\W+", " ", block.text).strip().lower()
            if len(key) >= 40 and key in seen:
                fixes.append(Fix("duplicate-paragraph", block.text, "", block.span))
                findings.append(Finding("duplicate-paragraph", INFO,
                                        "paragraph repeats an earlier one word for word; the copy was removed (use --skip duplicate-paragraph to keep it)",
                                        line_no(block.span[0]), block.span))
                continue
            seen.add(key)
            blocks.append(block)
        out.append(Section(sec.heading, sec.heading_truncated, sec.span, tuple(blocks)))
    return out


def spam_findings(sections: list[Section], line_no) -> list[Finding]:
    """Injected spam (casino, 'sugar daddy' …) is flagged for a human, not deleted."""
    pattern = lexicon.spam_pattern()
    out = []
    for sec in sections:
        for block in sec.blocks:
            m = pattern.search(block.text)
            if m:
                out.append(Finding("spam", WARNING,
                                   f"looks like injected spam ('{m.group(0)}'); delete it if it is not part of the bulletin",
                                   line_no(block.span[0]), block.span))
    return out


_WORD = re.compile(r"[a-z]+")


def not_a_bulletin(sections: list[Section], line_no) -> list[Finding]:
    """A text with no header, no footer and almost no bulletin vocabulary is
    probably not a bulletin (a recipe, a shopping list): warn, but process it."""
    from .tables import read_rows

    vocabulary = {row[0] for row in read_rows("bulletin_words.tsv")}
    words = {w for s in sections for b in s.blocks for w in _WORD.findall(b.text.lower())}
    if len(words & vocabulary) >= 2:
        return []
    spans = [s.span for s in sections] or [(0, 0)]
    span = (spans[0][0], spans[-1][1])
    return [Finding("not-a-bulletin", WARNING,
                    "no breadcrumb, metadata or footer and hardly any bulletin vocabulary: "
                    "check that this input is a bulletin at all", line_no(span[0]), span)]
