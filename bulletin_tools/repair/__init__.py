"""Line-level repair rules, in the order they must run.

Stray control characters go first (no other rule should see a NUL);
encoding repair next (GBK-family mojibake before ftfy, which would
otherwise turn GBK-read-as-Latin-1 into Cyrillic junk); Chinese residue next,
so that label words become English before segmentation reads them; record
numbers; spacing and punctuation last, on text that is already readable.
"""

from __future__ import annotations

from functools import cache

from .base import Context, Rule


@cache
def all_rules() -> tuple[Rule, ...]:
    from . import controls, encoding, markup, records, residue, runtogether, spacing

    return (*controls.RULES, *encoding.RULES, *markup.RULES, *residue.RULES, *records.RULES, *spacing.RULES, *runtogether.RULES)


__all__ = ["Context", "Rule", "all_rules"]
