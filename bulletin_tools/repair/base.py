"""What every repair rule looks like.

A rule is a pure function ``(text, context) -> (edits, flags)`` over one
line of text.  It proposes :class:`~bulletin_tools.model.Edit` values
instead of returning a new string, so the pipeline can keep every span
pointing into the input and record a Fix per change (ftfy's
``fix_and_explain`` idea, with offsets).  ``name`` is at once the
``fixes[].rule`` value, the registry key and the ``--skip`` key.

Most lines are clean ASCII English on which most rules find nothing, yet
the chain runs on every line of millions of documents.  A rule may
therefore declare a cheap *necessary condition* for doing anything:
``trigger`` (a predicate on the line) and ``non_ascii_only`` (the rule
never acts on a pure-ASCII line).  The pipeline skips a rule whose
condition fails; ``tests/test_rule_triggers.py`` checks every claim
against the rule itself, so a trigger can only save time, never change
a result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Callable, Mapping, Sequence

from ..model import Edit, Flag


@dataclass(frozen=True)
class Context:
    """Read-only settings a rule may need (the merged glossary, for one)."""

    glossary: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


RuleResult = tuple[Sequence[Edit], Sequence[Flag]]
RuleFunction = Callable[[str, Context], RuleResult]
#: ``trigger(line)``: truthy when the rule may act on the line (a bool, or a
#: regex ``search`` whose match object is truthy).
Trigger = Callable[[str], object]


@dataclass(frozen=True)
class Rule:
    """A named line rule.

    ``trigger``: when ``trigger(line)`` is false, ``apply(line, ctx)``
    returns no edits and no flags, whatever the context; ``None`` means
    "no cheap test known, always run".  ``non_ascii_only``: the same claim
    for every pure-ASCII line (``str.isascii`` costs nothing, so the
    pipeline drops such rules from ASCII lines without any call).  Both
    are promises about ``apply``, derived from its code: when in doubt,
    leave them out.
    """

    name: str
    apply: RuleFunction
    doc: str = ""
    trigger: Trigger | None = None
    non_ascii_only: bool = False
