"""What every document pass looks like (the document-level twin of :class:`~bulletin_tools.repair.base.Rule`).

A line rule sees one line; a *document pass* sees the whole document: it
unifies a name spelled two ways, drops a paragraph pasted twice, completes a
cut title from the body.  Each pass is a pure function

    ``run(value) -> (value, fixes, findings)``

that returns the new value and the fixes and findings it made, instead of
appending to lists it was handed, so the driver alone decides their order
(the output sorts them by span, and ties keep that order).  ``value`` is the
list of repaired lines for a pass of the ``lines`` stage, and a
:class:`Draft` of the document for a pass of the ``document`` stage.

``name`` is at once the registry key, the ``fixes[].rule`` / ``findings[].code``
the pass emits (where it emits one name), the ``--skip`` key when
``skippable``, and the entry ``bulletin rules`` explains.
"""

from __future__ import annotations

import dataclasses
import operator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

from ..fastinit import fast_init
from ..model import Finding, Fix, Footer, Metadata, Section, TextPart

if TYPE_CHECKING:
    from ..segment import Zones
    from ..textmap import MappedText
    from .truncation import PreparedBody

#: the stages a pass can belong to, in the order they run
LINES = "lines"          # after the line rules, over the repaired lines (names, split words)
ZONE = "zone"            # inside the zoner (segment/), which reads ``options.skip`` itself
DOCUMENT = "document"    # after zoning, over a :class:`Draft`, in :data:`registry.DOCUMENT_PASSES` order

PassResult = tuple[Any, Sequence[Fix], Sequence[Finding]]
PassFunction = Callable[[Any], PassResult]


@dataclass(frozen=True)
class DocumentPass:
    """A named document-level step.

    ``run`` is ``None`` only for a pass of the ``zone`` stage: the zoner in
    ``segment/`` does that work and tests ``options.skip`` for the name
    itself; the entry here makes the name a ``--skip`` key and documents it.
    ``skippable``: ``--skip NAME`` switches the pass off (a pass that only
    builds a part of the document, the metadata or the footer, is not).
    """

    name: str
    stage: str
    run: PassFunction | None
    doc: str = ""
    skippable: bool = True


@fast_init
@dataclass(frozen=True, slots=True)
class Draft:
    """The document between passes: what zoning found, and the parts built so far.

    Every pass returns a new draft (:meth:`but`); nothing in it is changed
    after it is built.  ``zones`` is only read.  ``repair`` runs the line
    rules (minus ``--skip``) over one piece of new text, such as a title
    joined from two lines, and returns ``(text, fixes, findings)``.
    ``line_no`` maps an offset in ``text`` (the decoded input) to its line.
    """

    zones: "Zones"
    text: str
    repair_truncation: bool
    check_language: bool
    line_no: Callable[[int], int]
    repair: Callable[["MappedText"], tuple["MappedText", list[Fix], list[Finding]]]
    front: Mapping[str, object] | None = None
    title_text: "MappedText | None" = None
    description_text: "MappedText | None" = None
    metadata: Metadata | None = None
    sections: tuple[Section, ...] | None = None
    evidence: "PreparedBody | None" = None
    title: TextPart | None = None
    description: TextPart | None = None
    footer: Footer | None = None
    language: str | None = None

    # What a pass that runs after another may rely on (the registry's order
    # guarantees it; the assertion says which pass comes first).
    @property
    def built_sections(self) -> tuple[Section, ...]:
        assert self.sections is not None, "the sections pass runs first"
        return self.sections

    @property
    def built_evidence(self) -> "PreparedBody":
        assert self.evidence is not None, "the evidence pass runs first"
        return self.evidence

    @property
    def built_metadata(self) -> Metadata:
        assert self.metadata is not None, "the metadata pass runs first"
        return self.metadata

    @property
    def built_footer(self) -> Footer:
        assert self.footer is not None, "the footer pass runs first"
        return self.footer

    def but(self, **changes: object) -> "Draft":
        """This draft with ``changes``: ``dataclasses.replace`` without its
        per-call field checks (a document makes about ten drafts).

        The copy is built from the field values in order (one positional
        call, no dictionary of sixteen names), then the changed fields are
        stored through their slot descriptors, as the ``__init__`` of
        :mod:`..fastinit` stores every field; an unknown name raises
        ``TypeError`` as ``Draft(**values)`` did.
        """
        draft = Draft(*_draft_values(self))
        for name, value in changes.items():
            setter = _DRAFT_SETTERS.get(name)
            if setter is None:
                raise TypeError(f"Draft has no field {name!r}")
            setter(draft, value)
        return draft


_DRAFT_FIELDS = tuple(f.name for f in dataclasses.fields(Draft))
_draft_values = operator.attrgetter(*_DRAFT_FIELDS)
_DRAFT_SETTERS = {name: Draft.__dict__[name].__set__ for name in _DRAFT_FIELDS}
