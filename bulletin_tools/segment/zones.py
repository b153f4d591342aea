"""The result of zoning (:class:`Zones`), and the builder the zoner fills.

Zoning runs in phases (furniture, chrome, footer, credits, header), each
adding to what the ones before found; they write into a
:class:`ZonesBuilder`, and :func:`~.zoning.zone` returns its frozen
:class:`Zones`, which everything downstream only reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Fix
from ..textmap import MappedText
from .header import LabelValue
from .lines import Line


@dataclass(frozen=True)
class Zones:
    """The result of zoning: built once by :func:`~.zoning.zone`, then only read."""

    breadcrumb: tuple[str, ...] = ()
    title: MappedText | None = None
    labels: tuple[LabelValue, ...] = ()
    label_lines: tuple[Line, ...] = ()
    description: MappedText | None = None
    masthead: tuple[Line, ...] = ()  # site name / slogan lines above the title
    skip: frozenset[str] = frozenset()  # rule names switched off by the caller
    body: tuple[Line, ...] = ()
    footer: tuple[Line, ...] = ()
    fixes: tuple[Fix, ...] = ()
    #: numbers of body lines that are photo captions by position: the line
    #: right under a removed `Click on the picture to view the larger image`
    captions: frozenset[int] = frozenset()
    #: lines kept although they look like site chrome, with the evidence
    #: (reported as ``possible-chrome`` findings: when unsure, nothing is lost)
    suspects: tuple[tuple[Line, str], ...] = ()
    #: the line number of the headline when the evidence places it below other
    #: short lines (which are then the masthead), else 0
    title_from: int = 0


@dataclass
class ZonesBuilder:
    """:class:`Zones` while the zoner's phases fill them; :meth:`build` gives the frozen value."""

    skip: frozenset[str] = frozenset()
    breadcrumb: list[str] = field(default_factory=list)
    title: MappedText | None = None
    labels: list[LabelValue] = field(default_factory=list)
    label_lines: list[Line] = field(default_factory=list)
    description: MappedText | None = None
    masthead: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    footer: list[Line] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    captions: set[int] = field(default_factory=set)
    suspects: list[tuple[Line, str]] = field(default_factory=list)
    title_from: int = 0

    def build(self) -> Zones:
        return Zones(
            breadcrumb=tuple(self.breadcrumb), title=self.title, labels=tuple(self.labels),
            label_lines=tuple(self.label_lines), description=self.description, masthead=tuple(self.masthead),
            skip=self.skip, body=tuple(self.body), footer=tuple(self.footer), fixes=tuple(self.fixes),
            captions=frozenset(self.captions), suspects=tuple(self.suspects), title_from=self.title_from,
        )
