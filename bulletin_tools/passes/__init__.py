"""Document passes: the steps that see the whole document, not one line.

``registry.py`` lists them in running order (:class:`~.base.DocumentPass`:
name, stage, ``run``); each does its work in a module of its own:

- ``names.py``         one name spelled two ways; a word split by a space
- ``metadata.py``      header label/value pairs → Metadata (strays, extras, empty-field)
- ``footer.py``        footer lines → Footer (split records joined, ICP evidence)
- ``body_checks.py``   duplicate paragraphs, spam, not-a-bulletin
- ``truncation.py``    is a title, description or heading cut, and which body words complete it
- ``truncated_parts.py`` that verdict → the part shown, its fix and finding
- ``language.py``      document language; untranslated paragraphs
"""

from __future__ import annotations

from .base import Draft, DocumentPass

__all__ = ["Draft", "DocumentPass", "skip_names"]


def skip_names() -> tuple[str, ...]:
    """Every name ``--skip`` accepts, once, in running order: the line rules', then the passes'."""
    from ..repair import all_rules
    from .registry import skippable_names

    seen: dict[str, None] = {}
    for rule in all_rules():
        seen.setdefault(rule.name, None)
    for name in skippable_names():
        seen.setdefault(name, None)
    return tuple(seen)
