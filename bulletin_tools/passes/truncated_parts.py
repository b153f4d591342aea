"""A truncation verdict (:mod:`.truncation`) → the part as shown, its fix and its finding.

:mod:`.truncation` only judges text: is it cut, and which words from the
body complete it.  Here the verdict becomes the document's part: completed
when the body has the words and repairs are on (``--no-repair`` keeps the
text as it came), and flagged either way, with a message that says which.
"""

from __future__ import annotations

from ..model import WARNING, Finding, Fix, Section, TextPart
from ..segment.markers import marker
from .truncation import Vocabulary, check_heading


def truncated_part(what: str, mt, t, repair: bool, line_no) -> tuple[TextPart, Fix | None, Finding]:
    """A cut title or description (``t.truncated``): the part, the fix if completed, the finding."""
    span = mt.span()
    repaired = bool(t.repaired and repair)
    shown = t.text if repaired else mt.text
    fix = Fix(f"truncated-{what}", mt.text, shown, span) if repaired else None
    how = (
        "completed from the body text; check the completion (see fixes), or use --no-repair to keep it as it was"
        if repaired
        else ("the body has the words to complete it, but --no-repair was given" if t.repaired
              else "no evidence in the body to complete it: check the original page")
    )
    finding = Finding(f"truncated-{what}", WARNING, f"{what} looks cut off ({t.reason}); {how}", line_no(span[0]), span)
    return TextPart(shown, mt.text, True, repaired, span), fix, finding


def heading_part(sec: Section, body, repair: bool, line_no) -> tuple[Section, Fix | None, Finding | None]:
    """A section whose heading is judged against the text that follows it.

    The heading is judged without its number (`二、`, `1.`): the words after
    it are what the section may repeat and complete.  ``body`` is the
    document's :class:`~.truncation.PreparedBody`; its vocabulary (computed
    once) is layered under this section's non-paragraph blocks rather than
    copied per heading.
    """
    assert sec.heading is not None, "only a section with a heading is checked"
    following = " ".join(b.text for b in sec.blocks)
    extra = [b.text for b in sec.blocks if b.kind not in ("paragraph", "item")]
    vocab = Vocabulary.of_texts(extra, base=body.vocabulary()) if extra else body.vocabulary()
    found = marker(sec.heading)
    number = sec.heading[: found[1]] if found else ""
    t = check_heading(sec.heading[len(number):], body, following, vocab)
    heading = sec.heading
    fix = finding = None
    if t.truncated:
        if t.repaired and repair:
            heading = number + t.text
            fix = Fix("truncated-heading", sec.heading, heading, sec.span)
        finding = Finding(
            "truncated-heading", WARNING,
            f"heading looks cut off ({t.reason}); "
            + ("completed from the text that follows; check the completion, or use --no-repair" if t.repaired else "no evidence in the text to complete it: check the original page"),
            line_no(sec.span[0]), sec.span)
    return Section(heading, t.truncated, sec.span, sec.blocks), fix, finding
