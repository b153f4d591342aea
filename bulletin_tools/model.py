"""The document model: frozen dataclasses only.

Every part keeps a ``span``: ``(start, end)`` character offsets into the
decoded input text *before any fix*, so a pipeline or a translator can always
trace a part back to where it came from.  Nothing here does any work; the
modules that build these values are pure functions over them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from .fastinit import fast_init

SCHEMA_VERSION = "1.0"

Span = tuple[int, int]

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)


def _frozen_map(value: Mapping[str, object] | None) -> Mapping[str, object]:
    return MappingProxyType(dict(value or {}))


@fast_init
@dataclass(frozen=True, slots=True)
class Edit:
    """One replacement proposed by a repair rule, relative to the string the rule was given.

    ``start``/``end`` index that string; ``after`` replaces ``text[start:end]``.
    Rules return edits instead of new strings so that the caller can keep
    the mapping back to the input and record a :class:`Fix` for each one.
    """

    start: int
    end: int
    after: str
    rule: str


@fast_init
@dataclass(frozen=True, slots=True)
class Flag:
    """A problem a repair rule noticed but did not (or could not) fix.

    Offsets are relative to the string the rule was given, like :class:`Edit`.
    The pipeline turns it into a :class:`Finding` with an input span.
    """

    code: str
    severity: str
    message: str
    start: int
    end: int


@fast_init
@dataclass(frozen=True, slots=True)
class Fix:
    """A change made to the text: which rule, what stood there, what replaced it, where."""

    rule: str
    before: str
    after: str
    span: Span
    #: The evidence for a judgement call, in words (a line removed as site
    #: chrome by its shape says why); empty for a mechanical repair.
    why: str = ""


@fast_init
@dataclass(frozen=True, slots=True)
class Finding:
    """Something a human should look at; ``code`` is a stable identifier (docs/findings.md)."""

    code: str
    severity: str
    message: str
    line: int
    span: Span


@fast_init
@dataclass(frozen=True, slots=True)
class TextPart:
    """A title or description: the text shown, the text as it came, and whether it was cut."""

    text: str
    original: str
    truncated: bool
    repaired: bool
    span: Span


@dataclass(frozen=True, slots=True)
class Metadata:
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    date: str | None = None
    time: str | None = None
    views: int | None = None
    extra: Mapping[str, object] = field(default_factory=lambda: _frozen_map(None))
    span: Span | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.extra, MappingProxyType):
            object.__setattr__(self, "extra", _frozen_map(self.extra))


@fast_init
@dataclass(frozen=True, slots=True)
class Block:
    """One unit of body text. ``kind`` is ``paragraph``, ``item`` or ``caption``.

    ``marker``/``number``: an item's enumeration marker as written (``（一）``,
    ``1.``) and its value, split off ``text`` (see :mod:`bulletin_tools.ordinals`).
    """

    kind: str
    text: str
    span: Span
    marker: str | None = None
    number: int | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Section:
    """``marker``/``number``: the heading's enumeration marker (``一、``) and value, split off ``heading``."""

    heading: str | None
    heading_truncated: bool
    span: Span
    blocks: tuple[Block, ...] = ()
    marker: str | None = None
    number: int | None = None


@dataclass(frozen=True, slots=True)
class RecordNumber:
    """An ICP filing: the text as cleaned, the canonical Chinese record, the province."""

    text: str
    record: str | None
    region: str | None


@dataclass(frozen=True, slots=True)
class Footer:
    address: str | None = None
    phone: str | None = None
    postcode: str | None = None
    email: str | None = None
    copyright: str | None = None
    sponsor: str | None = None
    icp: RecordNumber | None = None
    public_security: str | None = None
    extra: Mapping[str, object] = field(default_factory=lambda: _frozen_map(None))
    lines: tuple[str, ...] = ()
    span: Span | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.extra, MappingProxyType):
            object.__setattr__(self, "extra", _frozen_map(self.extra))


@dataclass(frozen=True, slots=True)
class Bulletin:
    input: str | None
    encoding: str | None
    language: str | None
    breadcrumb: tuple[str, ...]
    title: TextPart | None
    metadata: Metadata
    description: TextPart | None
    sections: tuple[Section, ...]
    footer: Footer
    fixes: tuple[Fix, ...]
    findings: tuple[Finding, ...]
    schema_version: str = SCHEMA_VERSION
    #: the encoding was chosen by plausibility, not given by the bytes or the user
    #: (written to the Markdown front matter; the why is an ``encoding-guessed`` finding)
    encoding_guessed: bool = False
