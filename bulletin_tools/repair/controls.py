"""Stray control characters (NUL, ESC, DEL ...) inside otherwise good text: removed, recorded.

Why a repair and not a refusal: one ``\\x00`` in a 5 KB record is damage
from a scraper or a database, not evidence of a binary file, and refusing
the record lost the whole bulletin (1 record in 20 in a random-damage
test).  Binary input is still refused, by a robust measure, in
:mod:`bulletin_tools.decode`; what gets through is repaired here, first in
the chain, so no later rule sees the control characters.  Each removal is
a fix (``before`` holds the characters), so nothing is lost silently.

The characters are the C0 controls the decoder counts, minus TAB, LF, VT,
FF and CR, which are layout; plus DEL.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..model import Edit
from .base import Context, Rule, RuleResult

_CONTROLS = lazy_compile(r"[\x00-\x08\x0e-\x1f\x7f]+")


def remove_controls(text: str, ctx: Context) -> RuleResult:
    """One edit per run of control characters, removing it.

    >>> remove_controls("Cad\\x00res of\\x1b\\x1b the town", Context())[0]
    [Edit(start=3, end=4, after='', rule='control-character'), Edit(start=10, end=12, after='', rule='control-character')]
    """
    return [Edit(m.start(), m.end(), "", "control-character") for m in _CONTROLS.finditer(text)], []


def _may_have_control(text: str) -> bool:
    """Trigger: every character of ``_CONTROLS`` is unprintable, and
    ``str.isprintable`` costs a fraction of the regex search on the clean
    lines that are nearly all of them."""
    return not text.isprintable() and _CONTROLS.search(text) is not None


RULES = (Rule("control-character", remove_controls, "remove stray control characters (NUL, ESC, DEL ...)",
              trigger=_may_have_control),)
