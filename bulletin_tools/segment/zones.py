"""The result of zoning (:class:`Zones`): what :func:`~.zoning.zone` found."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Fix
from ..textmap import MappedText
from .header import LabelValue
from .lines import Line


@dataclass
class Zones:
    """The result of zoning: filled once by :func:`zone`, then only read."""

    breadcrumb: list[str] = field(default_factory=list)
    title: MappedText | None = None
    labels: list[LabelValue] = field(default_factory=list)
    label_lines: list[Line] = field(default_factory=list)
    description: MappedText | None = None
    masthead: list[Line] = field(default_factory=list)  # site name / slogan lines above the title
    skip: frozenset[str] = frozenset()  # rule names switched off by the caller
    body: list[Line] = field(default_factory=list)
    footer: list[Line] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    #: numbers of body lines that are photo captions by position: the line
    #: right under a removed `Click on the picture to view the larger image`
    captions: set[int] = field(default_factory=set)
    #: lines kept although they look like site chrome, with the evidence
    #: (reported as ``possible-chrome`` findings: when unsure, nothing is lost)
    suspects: list[tuple[Line, str]] = field(default_factory=list)
    #: the line number of the headline when the evidence places it below other
    #: short lines (which are then the masthead), else 0
    title_from: int = 0
