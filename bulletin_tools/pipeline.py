"""decode → repair line by line → zone → fields → truncation → findings → Bulletin.

Each step returns new values; nothing is mutated after it is built.  The
line repairs keep a :class:`~bulletin_tools.textmap.MappedText` per line so
every part of the result still carries a span into the decoded input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

from .model import Block, Bulletin, Finding, Fix, Metadata, Section
from .passes.base import DOCUMENT, LINES, Draft
from .passes.footer import str_or_none
from .passes.registry import active, run_passes
from .removed_residue import drop_frame_residue
from .repair import Context, all_rules
from .segment import Zones, zone
from .segment.lines import Line, split_lines
from .textmap import MappedText

if TYPE_CHECKING:
    from .site_profile import SiteProfile


@dataclass(frozen=True)
class Options:
    """What a caller can switch: rules to skip, extra glossary, repairs on/off."""

    skip: frozenset[str] = frozenset()
    glossary: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    repair_truncation: bool = True
    check_language: bool = True
    #: the lines a site prints on its pages (see :mod:`.site_profile`); None: judge each page alone
    site_profile: "SiteProfile | None" = None


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
    return assemble(zone(lines, options.skip, options.site_profile), fixes, findings, input=input, encoding=encoding,
                    options=options, text=text)


def _is_bulletin_markdown(text: str) -> bool:
    from .render.markdown_reader import is_bulletin_markdown  # only for text that opens like front matter

    return is_bulletin_markdown(text)


def _rules_and_context(options: Options) -> tuple[list, Context]:
    glossary = options.glossary
    if not glossary:
        return _rule_chain(options.skip), _default_context()
    return _rule_chain(options.skip), Context(glossary=glossary)


@cache
def _default_context() -> Context:
    """The rules' context with the default glossary: the same value for every
    page, built once per process (each document asks for it twice, and the
    import and the frozen dataclass cost more than some of its line rules)."""
    from .repair.residue import default_glossary

    return Context(glossary=default_glossary())


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
        unified = run_passes(active(LINES, options.skip), lines, fixes, findings)
        # A unified name can create new work ('He Jing Hejing' → 'Hejing Hejing'):
        # changed lines go through the rules once more.
        lines = [
            ln if new is ln else Line(new.number, _apply_rules(new.text, new.number, rules, ctx, fixes, []))
            for ln, new in zip(lines, unified)
        ]
    return lines, fixes, findings


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
    text = mt.text
    # The first pass up to its first edit, as a plain loop: most lines are
    # never edited, and for them this is the whole run (no rule changed the
    # text, so it is a fixed point).  The loop below takes over at the first
    # edit, exactly where it would have been.
    for k, apply, trigger in chain.ascii if text.isascii() else chain.full:
        if trigger is not None and not trigger(text):
            continue
        edits, flags = apply(text, ctx)
        for flag in flags:
            findings.append(Finding(flag.code, flag.severity, flag.message, number, mt.span(flag.start, flag.end)))
        if edits:
            break
    else:
        return mt
    mt, new_fixes = mt.apply(edits)
    text = mt.text
    fixes.extend(new_fixes)
    last_edit = k  # index of the last rule that changed the text (in this pass or the previous one)
    for attempt in range(_MAX_PASSES):
        changed = attempt == 0  # (the first pass has made its first edit)
        if text.isascii():
            plan, resume = chain.ascii, chain.ascii_resume
        else:
            plan, resume = chain.full, chain.full_resume
        i, n = (resume[k], len(plan)) if attempt == 0 else (0, len(plan))
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
    title: MappedText | None = None
    footer: list[Line] = []
    units = []
    for ml, ln in zip(md_lines, lines):
        if ml.kind == "title" and title is None:
            title = ln.text
        elif ml.kind == "footer":
            footer.append(ln)
        else:
            units.append((ml.kind, ln.text))
    sections = sections_from_units(units)
    metadata = Metadata(
        source=front.get("source"), author=front.get("author"), editor=front.get("editor"),
        date=str_or_none(front.get("date")), time=str_or_none(front.get("time")),
        views=front.get("views") if isinstance(front.get("views"), int) else None,
        extra=front.get("extra") or {}, span=None,
    )
    description = front.get("description")
    z = Zones(breadcrumb=tuple(str(c) for c in front.get("breadcrumb") or []), title=title, footer=tuple(footer),
              description=MappedText.identity(description, 0) if isinstance(description, str) and description else None)
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
    """The zoned document → Bulletin: every document pass (:mod:`.passes.registry`), in order.

    ``fixes`` and ``findings`` are the line rules'; each pass adds its own
    after them.  ``sections``, ``metadata`` and ``front`` come from our own
    Markdown (:func:`clean_markdown`), whose structure is read, not guessed.
    """
    line_no = _line_numberer(text)
    draft = Draft(
        zones=z, text=text, repair_truncation=options.repair_truncation,
        check_language=options.check_language, line_no=line_no, repair=_text_repairer(options, line_no),
        front=front, title_text=z.title, description_text=z.description, metadata=metadata,
        sections=tuple(sections) if sections is not None else None,
    )
    fixes, findings = drop_frame_residue(fixes, list(findings), z.fixes, z.masthead, text)
    draft = run_passes(active(DOCUMENT, options.skip), draft, fixes, findings)
    fixes.sort(key=lambda f: (f.span[0], f.span[1]))
    findings.sort(key=lambda f: (f.span[0], f.span[1], f.code))
    return Bulletin(
        input=input,
        encoding=encoding,
        language=draft.language,
        breadcrumb=tuple(z.breadcrumb),
        title=draft.title,
        metadata=draft.metadata,
        description=draft.description,
        sections=tuple(draft.sections),
        footer=draft.footer,
        fixes=tuple(fixes),
        findings=tuple(findings),
    )


def _text_repairer(options: Options, line_no):
    """``repair(text) -> (text, fixes, findings)``: the line rules (minus
    ``--skip``) over one piece of new text, a paragraph or title joined from
    several lines, numbered by the line it starts on."""
    rules, ctx = _rules_and_context(options)

    def repair(mt: MappedText) -> tuple[MappedText, list[Fix], list[Finding]]:
        fixes: list[Fix] = []
        findings: list[Finding] = []
        mt = _apply_rules(mt, line_no(mt.span()[0]), rules, ctx, fixes, findings)
        return mt, fixes, findings

    return repair


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


# ---------------------------------------------------------------------------
