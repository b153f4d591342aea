"""Fixed lines of an official document that look like headings and are not.

An official document printed on a page keeps the parts of its paper form,
each a short line of its own between paragraphs, as a heading is:

* the **signer** under the text it closes: the issuing office
  (`General Office of Lingxi County People's Government`) or an official's
  role (`Mayor`, `Deputy Director`), right over the date it was signed on
  (`June 3, 2024`).  A date alone under a name closes what stands above
  it; it heads nothing, even when the next document of the page (the
  rules a notice issues) begins right under it;
* a **version note** in brackets under a document's title (`(Revised)`,
  `(Draft for Comments)`, `(For Trial Implementation)`): the end of the
  title, which the page broke onto a line of its own.

Both are shapes of the official form, not one site's wording: the
signer's office ends on an organisation's noun (see
:func:`.shape.is_org_name`), the role is one of the offices that sign
(see ``_SIGNING_ROLE``), and the version note names a document's version.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from ..lazyre import lazy_compile

#: A signer's line is a name, not a sentence: at most this many words.
#: (The longest office names on the tuning sites of the real-page set have
#: eleven words: `General Office of the People's Government of … District of Quarry City`.)
MAX_SIGNER_WORDS = 14

#: `Mayor`, `Acting Governor`, `District Mayor`, `Director-General`: the
#: role of an official who signs an order, alone on its line (the name
#: stands on the line above).  A place's level may come first.
_SIGNING_ROLE = lazy_compile(
    r"^(?:(?:district|county|city|municipal|provincial|township|town)\s+)?"
    r"(?:(?:deputy|vice|executive|acting)\s+)?"
    r"(?:mayor|governor|magistrate|director(?:-general)?|chairman|chairwoman|chairperson|chair|president|"
    r"commissioner|minister|head|secretary(?:-general)?)$",
    re.IGNORECASE,
)


def is_signer(s: str) -> bool:
    """An issuing office's name or an official's role, alone on a line (see the module)."""
    from .shape import is_org_name  # (shape imports the body's rules)

    t = s.strip()
    if not t or len(t.split()) > MAX_SIGNER_WORDS or t.endswith((".", "。", ",", "，", ":", "：", ";", "；", "?", "!")):
        return False
    return t[:1].isupper() and (_SIGNING_ROLE.match(t) is not None or is_org_name(t))


#: `(Revised)`, `(Draft for Comments)`, `(For Trial Implementation)`,
#: `(2023 Revision)`: a document's version in brackets, nothing else on the line.
_VERSION_NOTE = lazy_compile(
    r"^[(（]\s*(?:(?:19|20)\d{2}\s+)?(?:for\s+)?"
    r"(?:revised|revision|amended|amendment|draft|trial|provisional|interim|abridged|edition)"
    r"(?:\s+(?:version|edition|implementation|draft|for\s+(?:comments?|public\s+comments?|soliciting\s+opinions)))?"
    r"\s*[)）]$",
    re.IGNORECASE,
)


def is_version_note(s: str) -> bool:
    """`(Revised)` alone on a line: the last words of the title above it."""
    return _VERSION_NOTE.match(s.strip()) is not None


#: `Article 2`, `Chapter III`, `Section Four` alone on a line: a
#: regulation's division numbered and nothing else (its words follow on the
#: next line, or the page was cut after it).
_BARE_DIVISION = lazy_compile(
    r"^(?:chapter|article|section|part)\s+"
    r"(?:\d{1,3}|[IVXLC]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[.:：]?$",
    re.IGNORECASE,
)


def is_bare_division(s: str) -> bool:
    """`Article 2` alone on its line: a regulation's structure, never site chrome."""
    return _BARE_DIVISION.match(s.strip()) is not None


#: The title of the document a notice issues, printed under the notice's
#: signer and date, takes at most this many lines (a long title the page
#: broke in two).  Set on the tuning sites of the real-page set.
MAX_ISSUED_TITLE_LINES = 2


def signs(s: str) -> bool:
    """:func:`is_signer`, or the same name printed all in lower case, as
    machine translation may leave an office's name (`people's government of
    lingxi county`): over a bare date, the case does not make it a heading."""
    t = s.strip()
    return is_signer(t) or (t[:1].islower() and is_signer(t[:1].upper() + t[1:]))


def issued_titles(texts: Sequence[str], is_date: Callable[[str], bool], title_like: Callable[[int], bool],
                  opens_text: Callable[[int], bool]) -> set[int]:
    """The lines of an issued document's title, by position: a notice that
    issues rules or a plan closes with its signer over a bare date (`General
    Office of Lingxi County People's Government` / `May 8, 2024`), and the
    issued document follows it, its title first (one or two short lines),
    then its text.  That title is the document printed again, not a heading
    of the page (docs/labelling.md); it stays a paragraph.  Only over text
    (``opens_text``: prose, not numbered): a title over a regulation's first
    chapter heads the chapters and is left to the heading rules.
    ``title_like(j)``: the line is short and unnumbered, no sentence."""
    out: set[int] = set()
    for i in range(len(texts) - 2):
        if not (signs(texts[i]) and is_date(texts[i + 1])):
            continue
        j = i + 2
        lines: list[int] = []
        while j < len(texts) and len(lines) < MAX_ISSUED_TITLE_LINES and title_like(j):
            lines.append(j)
            j += 1
        if lines and j < len(texts) and opens_text(j):
            out.update(lines)
    return out
