"""The state of reading a header from the top: the zones being filled and the
title's lines so far, shared by the header's readers (:mod:`.header_reader`,
:mod:`.header_trails`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..textmap import MappedText
from .lines import Line
from .zones import ZonesBuilder


@dataclass
class Reading:
    """The header read so far: the zones being filled and the title's lines."""

    kept: list[Line]
    z: ZonesBuilder
    title_parts: list[Line] = field(default_factory=list)
    #: a blank line, a label row or a description ended the title: a further
    #: candidate is not its continuation
    title_done: bool = False
    labelled_title: tuple[MappedText, int] | None = None  # `Title:  …` in a flattened table, and its line
    #: indices in ``z.labels`` of the bare dates read above the title (a page's clock, perhaps)
    dates_above_title: list[int] = field(default_factory=list)
    #: the line the breadcrumb was read from (a better trail further down replaces it, see header_trails)
    trail_line: Line | None = None

    def demote_title(self) -> None:
        """The lines read as the title so far were the site's masthead."""
        self.z.masthead.extend(self.title_parts)
        self.title_parts, self.title_done = [], False

    def end_title(self) -> None:
        """A header row after the title's lines: the title is complete."""
        if self.title_parts:
            self.title_done = True


#: A header reader looks at line ``i``; it returns the index of the next line
#: to read when the line is its kind (after recording it), else None.
Reader = Callable[[Reading, int], int | None]
