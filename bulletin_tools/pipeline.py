"""decode → repair line by line → zone → fields → truncation → findings → Bulletin.

Each step returns new values; nothing is mutated after it is built.  The
line repairs keep a :class:`~bulletin_tools.textmap.MappedText` per line so
every part of the result still carries a span into the decoded input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Mapping

from .model import (
    INFO,
    WARNING,
    Block,
    Bulletin,
    Finding,
    Fix,
    Metadata,
    Section,
    TextPart,
)
from .passes.body_checks import drop_duplicate_blocks, not_a_bulletin, spam_findings
from .passes.footer import str_or_none, build_footer, footer_from_front
from .passes.metadata import build_metadata
from .repair import Context, all_rules
from .segment import Zones, zone
from .segment.body import marker, to_sections
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
    return clean_decoded(decoded, input=input, options=options)


def clean_decoded(decoded, input: str | None = None, options: Options = DEFAULT_OPTIONS) -> Bulletin:
    """Clean a :class:`~bulletin_tools.decode.Decoded`; a guessed encoding becomes a finding.

    Why here and not in the decoder: the finding needs the document's
    findings list, and the front matter the flag, so a reader of the
    cleaned page can see the characters may be wrong.
    """
    doc = clean_text(decoded.text, input=input, encoding=decoded.encoding, options=options)
    if decoded.guess is None:
        return doc
    from dataclasses import replace

    from .decode import guess_finding

    finding = guess_finding(decoded.text, decoded.encoding, decoded.guess, decoded.guess_severity)
    findings = sorted((*doc.findings, finding), key=lambda f: (f.span[0], f.span[1], f.code))
    return replace(doc, findings=tuple(findings), encoding_guessed=True)


def clean_text(text: str, input: str | None = None, encoding: str | None = None,
               options: Options = DEFAULT_OPTIONS) -> Bulletin:
    """Repair and segment the text of one bulletin."""
    if text.startswith("---") and _is_bulletin_markdown(text):
        # Our own Markdown: take the structure from the markup so cleaning
        # it again is a no-op (idempotence), instead of re-guessing it.
        return clean_markdown(text, input=input, encoding=encoding, options=options)
    items = [(n, MappedText.identity(text[a:b], a)) for n, (a, b) in enumerate(split_lines(text), start=1)]
    lines, fixes, findings = repair_lines(items, options)
    return assemble(zone(lines, options.skip), fixes, findings, input=input, encoding=encoding, options=options, text=text)


def _is_bulletin_markdown(text: str) -> bool:
    from .render.markdown_reader import is_bulletin_markdown  # only for text that opens like front matter

    return is_bulletin_markdown(text)


def _rules_and_context(options: Options) -> tuple[list, Context]:
    glossary = options.glossary
    if not glossary:
        from .repair.residue import default_glossary

        glossary = default_glossary()
    return _rule_chain(options.skip), Context(glossary=glossary)


@cache
def _rule_chain(skip: frozenset[str]) -> "_RuleChain":
    """The line rules minus ``skip``, laid out once per set of skipped rules."""
    return _RuleChain(r for r in all_rules() if r.name not in skip)


class _RuleChain(list):
    """The rules in order (it is the list), plus two plans for :func:`_apply_rules`.

    A plan is a tuple of steps ``(index, apply, trigger)``: ``full`` holds
    every rule, ``ascii`` only the rules that can act on a pure-ASCII line
    (see ``Rule.non_ascii_only``).  ``resume[k]`` is the position in a plan
    of the first step after rule ``k``, for switching plans mid-pass when an
    edit changes whether the line is ASCII.
    """

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self.full = tuple((k, rule.apply, rule.trigger) for k, rule in enumerate(self))
        self.ascii = tuple(step for step in self.full if not self[step[0]].non_ascii_only)
        self.full_resume = [self._resume(self.full, k) for k in range(len(self))]
        self.ascii_resume = [self._resume(self.ascii, k) for k in range(len(self))]

    @staticmethod
    def _resume(plan: tuple, k: int) -> int:
        return next((i for i, step in enumerate(plan) if step[0] > k), len(plan))


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
        from .passes.names import join_split_words, unify_lines

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

    Speed: a rule whose trigger fails on the current text is skipped, which
    is exactly what running it would do (it would return no edits and no
    flags; ``tests/test_rule_triggers.py`` holds every trigger to that).
    Triggers are tested on the text as it is at that rule, so an edit by an
    earlier rule, in this pass or the last, is seen; an edit that makes an
    ASCII line non-ASCII (``&eacute;`` → ``é``) switches to the full plan.
    """
    chain = rules if isinstance(rules, _RuleChain) else _RuleChain(rules)
    last_edit = len(chain)  # index of the last rule that changed the text in the previous pass
    text = mt.text
    for attempt in range(_MAX_PASSES):
        changed = False
        if text.isascii():
            plan, resume = chain.ascii, chain.ascii_resume
        else:
            plan, resume = chain.full, chain.full_resume
        i, n = 0, len(plan)
        while i < n:
            k, apply, trigger = plan[i]
            i += 1
            if not changed and k > last_edit:
                # The text is what the previous pass ended with, and rules from
                # here on already saw exactly this text there without an edit
                # (rules are pure functions of text and context): this pass
                # would change nothing more.
                break
            if trigger is not None and not trigger(text):
                continue
            edits, flags = apply(text, ctx)
            if attempt == 0:
                for flag in flags:
                    findings.append(Finding(flag.code, flag.severity, flag.message, number, mt.span(flag.start, flag.end)))
            if edits:
                mt, new_fixes = mt.apply(edits)
                text = mt.text
                fixes.extend(new_fixes)
                changed = True
                last_edit = k
                if text.isascii():
                    plan, resume = chain.ascii, chain.ascii_resume
                else:
                    plan, resume = chain.full, chain.full_resume
                i, n = resume[k], len(plan)
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
        elif ml.kind == "footer":
            z.footer.append(ln)
        else:
            units.append((ml.kind, ln.text))
    z.breadcrumb = [str(c) for c in front.get("breadcrumb") or []]
    sections = sections_from_units(units)
    metadata = Metadata(
        source=front.get("source"), author=front.get("author"), editor=front.get("editor"),
        date=str_or_none(front.get("date")), time=str_or_none(front.get("time")),
        views=front.get("views") if isinstance(front.get("views"), int) else None,
        extra=front.get("extra") or {}, span=None,
    )
    description = front.get("description")
    if isinstance(description, str) and description:
        z.description = MappedText.identity(description, 0)
    doc = assemble(z, fixes, findings, input=input, encoding=encoding, options=options, text=text,
                   sections=sections, metadata=metadata, front=front)
    if front.get("encoding_guessed") is True and isinstance(front.get("encoding"), str):
        # The page this Markdown came from was decoded by a guess: keep saying so.
        from dataclasses import replace

        doc = replace(doc, encoding=front["encoding"], encoding_guessed=True)
    return doc


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
    for ln, why in z.suspects:
        findings.append(Finding("possible-chrome", INFO, f"may be site chrome, kept as text ({why})",
                                ln.number, ln.text.strip().span()))

    line_no = _line_numberer(text)

    if metadata is None:
        metadata = build_metadata(z, findings, line_no)
    if sections is None:
        rules, ctx = _rules_and_context(options)

        def rerepair(mt: MappedText) -> MappedText:
            return _apply_rules(mt, line_no(mt.span()[0]), rules, ctx, fixes, [])

        sections = to_sections(z.body, z.title.text if z.title else None, rerepair, z.captions)
    if "duplicate-paragraph" not in options.skip:
        sections = drop_duplicate_blocks(sections, fixes, findings, line_no)
    findings.extend(spam_findings(sections, line_no))
    body_texts = [b.text for s in sections for b in s.blocks if b.kind in ("paragraph", "item")]

    # ---- title & description (truncation) ----
    from .passes import truncation

    # Built once per document: the body's searchable paragraphs and its
    # vocabulary (sorted once), shared by the title and every heading.
    body = truncation.PreparedBody(body_texts)
    body_vocab = body.vocabulary

    title = None
    if z.title is not None and "\n" in text[slice(*z.title.span())]:
        # A title joined from several lines is new text: run the line rules over
        # it once more, so cleaning the output again changes nothing.
        z.title, title_fixes, title_findings = _repair_one(z.title, options, line_no)
        fixes.extend(title_fixes)
        findings.extend(title_findings)
    if z.title is not None and z.title.text:
        t = truncation.check_title(z.title.text, body, body_vocab()) if "truncated-title" not in options.skip else None
        title = _text_part(z.title, t, options, fixes, findings, "title", line_no)
    description = None
    if z.description is not None and z.description.text:
        t = truncation.check_description(z.description.text, body) if "truncated-description" not in options.skip else None
        description = _text_part(z.description, t, options, fixes, findings, "description", line_no)

    new_sections: list[Section] = []
    for k, sec in enumerate(sections):
        if sec.heading is None or "truncated-heading" in options.skip:
            new_sections.append(sec)
            continue
        following = " ".join(b.text for b in sec.blocks)
        # The vocabulary is a union over texts: the body's (computed once)
        # plus this section's blocks that are not in body_texts, layered over
        # it rather than copied into a new set per heading.
        extra = [b.text for b in sec.blocks if b.kind not in ("paragraph", "item")]
        vocab = truncation.Vocabulary.of_texts(extra, base=body_vocab()) if extra else body_vocab()
        # Judge the heading without its number (`二、`, `1.`): the words after it
        # are what the section text may repeat and complete.
        found = marker(sec.heading)
        number = sec.heading[: found[1]] if found else ""
        t = truncation.check_heading(sec.heading[len(number):], body, following, vocab)
        heading = sec.heading
        if t.truncated:
            if t.repaired and options.repair_truncation:
                heading = number + t.text
                fixes.append(Fix("truncated-heading", sec.heading, heading, sec.span))
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
        from .passes.language import check_language

        language, lang_findings = check_language(new_sections, line_no)
        findings.extend(lang_findings)

    if not z.breadcrumb and metadata.span is None and description is None and not footer.lines:
        findings.extend(not_a_bulletin(new_sections, line_no))
    from .ordinals import number_sections

    new_sections = list(number_sections(new_sections))  # `一、Heading` → marker 一、, number 1, `Heading`
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
