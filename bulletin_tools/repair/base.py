"""What every repair rule looks like.

A rule is a pure function ``(text, context) -> (edits, flags)`` over one
line of text.  It proposes :class:`~bulletin_tools.model.Edit` values
instead of returning a new string, so the pipeline can keep every span
pointing into the input and record a Fix per change (ftfy's
``fix_and_explain`` idea, with offsets).  ``name`` is at once the
``fixes[].rule`` value, the registry key and the ``--skip`` key.
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


@dataclass(frozen=True)
class Rule:
    name: str
    apply: RuleFunction
    doc: str = ""
