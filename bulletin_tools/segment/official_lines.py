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
