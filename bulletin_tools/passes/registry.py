"""Every document pass, in the order it runs: the one list ``--skip``,
``bulletin rules`` and the pipeline read.

To add a pass: write its work as a pure function in a module of this
package, add a ``_run_…`` adapter below that turns it into
``(value, fixes, findings)``, put a :class:`DocumentPass` for it in the
stage's tuple at the place it must run, and describe its name in
``data/rules.tsv`` (``tests/test_conventions.py`` holds the two together).

The order inside :data:`DOCUMENT_PASSES` is the order of the document's
parts' dependencies: the sections before the checks that read them, the
body's evidence before the truncation repairs that quote it, the title,
description and footer before ``not-a-bulletin``, which asks whether any of
them exist.
"""

from __future__ import annotations

from functools import cache
from typing import Sequence

from ..model import INFO, Finding, Fix, Section, TextPart
from ..textmap import MappedText
from .base import DOCUMENT, LINES, ZONE, Draft, DocumentPass
from .body_checks import drop_duplicate_blocks, not_a_bulletin, spam_findings
from .footer import build_footer, footer_from_front
from .metadata import build_metadata
from .truncated_parts import heading_part, truncated_part
from .names import join_split_words, unify_lines
from ..segment.body import to_sections
from .truncation import PreparedBody, check_description, check_title
from .language import check_language
from ..ordinals import number_sections

NO_FIXES: tuple[Fix, ...] = ()
NO_FINDINGS: tuple[Finding, ...] = ()


# --- stage "lines": over the repaired lines, before zoning ------------------------------


def _run_names(lines):
    return unify_lines(lines)


def _run_split_words(lines):
    lines, fixes = join_split_words(lines)
    return lines, fixes, NO_FINDINGS


# --- stage "document": over a Draft, after zoning ---------------------------------------


def _run_chrome_suspects(d: Draft):
    """Lines the chrome classifier was unsure of stay in the text; say so."""
    findings = [Finding("possible-chrome", INFO, f"may be site chrome, kept as text ({why})",
                        ln.number, ln.text.strip().span())
                for ln, why in d.zones.suspects]
    return d, NO_FIXES, findings


def _run_metadata(d: Draft):
    if d.metadata is not None:  # given (our own Markdown's front matter)
        return d, NO_FIXES, NO_FINDINGS
    metadata, findings = build_metadata(d.zones, d.line_no)
    return d.but(metadata=metadata), NO_FIXES, findings


def _run_sections(d: Draft):
    """Body lines → sections; a paragraph joined from wrapped lines goes
    through the line rules once more (its fixes are kept, its flags were
    already raised on the lines)."""
    if d.sections is not None:  # given (our own Markdown's body)
        return d, NO_FIXES, NO_FINDINGS

    fixes: list[Fix] = []
    repair = d.repair

    def rerepair(mt):
        mt, new_fixes, _ = repair(mt)
        fixes.extend(new_fixes)
        return mt

    title = d.title_text.text if d.title_text is not None else None
    sections = to_sections(d.zones.body, title, rerepair, d.zones.captions)
    return d.but(sections=tuple(sections)), fixes, NO_FINDINGS


def _run_duplicates(d: Draft):
    sections, fixes, findings = drop_duplicate_blocks(d.built_sections, d.line_no)
    return d.but(sections=sections), fixes, findings


def _run_spam(d: Draft):
    return d, NO_FIXES, spam_findings(d.built_sections, d.line_no)


def _run_evidence(d: Draft):
    """The body's paragraphs and items, prepared once for every truncation
    check (title, description, each heading share its vocabulary)."""
    texts = [b.text for s in d.built_sections for b in s.blocks if b.kind in ("paragraph", "item")]
    return d.but(evidence=PreparedBody(texts)), NO_FIXES, NO_FINDINGS


def _run_title(d: Draft):
    """The title as a part; a title joined from several lines, or cut out of
    a line with fields, is new text, so it goes through the line rules once
    more (cleaning the output again then changes nothing)."""
    mt = d.title_text
    if mt is None:
        return d, NO_FIXES, NO_FINDINGS
    fixes: Sequence[Fix] = NO_FIXES
    findings: Sequence[Finding] = NO_FINDINGS
    if mt.text.strip() and (_joined(d.text, mt) or _split_off(d.text, mt)):
        mt, fixes, findings = d.repair(mt)
    title = _plain_part(mt) if mt.text else None
    return d.but(title_text=mt, title=title), fixes, findings


def _joined(text: str, mt: MappedText) -> bool:
    """The title was joined from several lines."""
    return "\n" in text[slice(*mt.span())]


def _split_off(text: str, mt: MappedText) -> bool:
    """The title was cut out of a longer line (`The headline   Author: …`): the
    line rules saw it beside the fields (a label row, where some rules hold
    back), so it has not yet been repaired as a title on its own."""
    start, end = mt.span()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return bool(text[line_start:start].strip() or text[end:len(text) if line_end < 0 else line_end].strip())


def _run_truncated_title(d: Draft):
    if d.title is None or d.title_text is None:
        return d, NO_FIXES, NO_FINDINGS

    evidence = d.built_evidence
    t = check_title(d.title_text.text, evidence, evidence.vocabulary())
    if t.truncated and not t.repaired:
        # the headline printed whole inside the text (an image's alt text under it, a
        # caption) is the page's own full wording: `Lanxi Volunteers Clear Two…` completed
        captions = [b.text for s in d.built_sections for b in s.blocks if b.kind == "caption"]
        if captions:
            with_captions = PreparedBody([*captions, *evidence])  # (a copy of the headline stands first)
            found = check_title(d.title_text.text, with_captions, with_captions.vocabulary())
            t = found if found.repaired else t
    return _truncated_part(d, "title", d.title_text, t)


def _run_description(d: Draft):
    mt = d.description_text
    if mt is None or not mt.text:
        return d, NO_FIXES, NO_FINDINGS
    return d.but(description=_plain_part(mt)), NO_FIXES, NO_FINDINGS


def _run_truncated_description(d: Draft):
    if d.description is None or d.description_text is None:
        return d, NO_FIXES, NO_FINDINGS

    t = check_description(d.description_text.text, d.built_evidence)
    return _truncated_part(d, "description", d.description_text, t)


def _run_truncated_headings(d: Draft):
    fixes: list[Fix] = []
    findings: list[Finding] = []
    sections: list[Section] = []
    for sec in d.built_sections:
        if sec.heading is None:
            sections.append(sec)
            continue
        sec, fix, finding = heading_part(sec, d.built_evidence, d.repair_truncation, d.line_no)
        sections.append(sec)
        if fix is not None:
            fixes.append(fix)
        if finding is not None:
            findings.append(finding)
    return d.but(sections=tuple(sections)), fixes, findings


def _run_footer(d: Draft):
    footer = build_footer(d.zones)
    if d.front is not None:
        footer = footer_from_front(footer, d.front.get("footer"))
    return d.but(footer=footer), NO_FIXES, NO_FINDINGS


def _run_language(d: Draft):
    if not d.check_language:
        return d, NO_FIXES, NO_FINDINGS

    language, findings = check_language(d.built_sections, d.line_no)
    return d.but(language=language), NO_FIXES, findings


def _run_not_a_bulletin(d: Draft):
    z = d.zones
    if z.breadcrumb or d.built_metadata.span is not None or d.description is not None or d.built_footer.lines:
        return d, NO_FIXES, NO_FINDINGS
    return d, NO_FIXES, not_a_bulletin(d.built_sections, d.line_no)


def _run_numbering(d: Draft):
    """`一、Heading` → marker 一、, number 1, `Heading` (on sections and blocks)."""
    return d.but(sections=number_sections(d.built_sections)), NO_FIXES, NO_FINDINGS


# --- helpers ------------------------------------------------------------------------------


def _plain_part(mt) -> TextPart:
    return TextPart(mt.text, mt.text, False, False, mt.span())


def _truncated_part(d: Draft, what: str, mt, t):
    """Replace the plain title or description with the truncation verdict's part."""
    if not t.truncated:
        return d, NO_FIXES, NO_FINDINGS
    part, fix, finding = truncated_part(what, mt, t, d.repair_truncation, d.line_no)
    return d.but(**{what: part}), (fix,) if fix is not None else NO_FIXES, (finding,)


# --- the registry ---------------------------------------------------------------------------

#: Over the repaired lines, in this order (:func:`bulletin_tools.pipeline.repair_lines`).
LINE_PASSES: tuple[DocumentPass, ...] = (
    DocumentPass("name-inconsistent", LINES, _run_names, "one name spelled two ways: the more frequent form"),
    DocumentPass("split-word", LINES, _run_split_words, "a word split by a stray space, joined"),
)

#: Run by the zoner in ``segment/``, which tests ``options.skip`` for these names.
ZONE_PASSES: tuple[DocumentPass, ...] = (
    DocumentPass("furniture", ZONE, None, "page furniture removed by vocabulary"),
    DocumentPass("chrome", ZONE, None, "site chrome removed by its shape"),
    DocumentPass("title-site-suffix", ZONE, None, "the site name appended to the title removed"),
    DocumentPass("title-spam", ZONE, None, "a spam word injected into the headline removed"),
    DocumentPass("text-spam", ZONE, None, "a spam farm's token injected into a paragraph removed"),
)

#: Over the zoned document, in this order (:func:`bulletin_tools.pipeline.assemble`).
DOCUMENT_PASSES: tuple[DocumentPass, ...] = (
    DocumentPass("possible-chrome", DOCUMENT, _run_chrome_suspects, "lines kept although they look like chrome", skippable=False),
    DocumentPass("metadata", DOCUMENT, _run_metadata, "header labels → metadata; empty-field", skippable=False),
    DocumentPass("sections", DOCUMENT, _run_sections, "body lines → sections and blocks", skippable=False),
    DocumentPass("duplicate-paragraph", DOCUMENT, _run_duplicates, "a paragraph printed twice: the copy removed"),
    DocumentPass("spam", DOCUMENT, _run_spam, "injected advertising in the body, flagged", skippable=False),
    DocumentPass("evidence", DOCUMENT, _run_evidence, "the body prepared for the truncation checks", skippable=False),
    DocumentPass("title", DOCUMENT, _run_title, "the title as a part (joined lines repaired again)", skippable=False),
    DocumentPass("truncated-title", DOCUMENT, _run_truncated_title, "a cut title completed from the body"),
    DocumentPass("description", DOCUMENT, _run_description, "the description as a part", skippable=False),
    DocumentPass("truncated-description", DOCUMENT, _run_truncated_description, "a cut description completed"),
    DocumentPass("truncated-heading", DOCUMENT, _run_truncated_headings, "a cut heading completed from its section"),
    DocumentPass("footer", DOCUMENT, _run_footer, "footer lines → footer fields", skippable=False),
    DocumentPass("numbering", DOCUMENT, _run_numbering, "numbered headings and items: the number as data", skippable=False),
    DocumentPass("language", DOCUMENT, _run_language, "document language; untranslated paragraphs", skippable=False),
    DocumentPass("not-a-bulletin", DOCUMENT, _run_not_a_bulletin, "a text that is no bulletin, flagged", skippable=False),
)

ALL_PASSES: tuple[DocumentPass, ...] = LINE_PASSES + ZONE_PASSES + DOCUMENT_PASSES


def skippable_names() -> tuple[str, ...]:
    """The names ``--skip`` accepts besides the line rules', in running order."""
    return tuple(p.name for p in ALL_PASSES if p.skippable)


@cache
def active(stage: str, skip: frozenset[str]) -> tuple[DocumentPass, ...]:
    """The passes of ``stage`` minus those ``skip`` switches off, worked out once per set of skipped names."""
    return tuple(p for p in ALL_PASSES if p.stage == stage and not (p.skippable and p.name in skip))


def run_passes(passes: Sequence[DocumentPass], value, fixes: list[Fix], findings: list[Finding]):
    """Run ``passes`` in order over ``value``; their fixes and findings are added to
    ``fixes`` and ``findings`` in that order (ties in the output's sort keep it)."""
    for p in passes:
        assert p.run is not None, f"{p.name} is done by the zoner, not run here"
        value, new_fixes, new_findings = p.run(value)
        if new_fixes:
            fixes.extend(new_fixes)
        if new_findings:
            findings.extend(new_findings)
    return value
