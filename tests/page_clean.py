"""Helpers shared by the tests that clean a whole page and look at the lines
removed (tests/test_chrome_context.py, test_closing_widget_counters.py …)."""

from __future__ import annotations

import bulletin_tools


def clean_page(text: str):
    """The bulletin of ``text`` cleaned as the CLI cleans a file's bytes."""
    return bulletin_tools.clean_bytes(text.encode("utf-8"), input="page.txt")


def chrome_removed(doc) -> dict[str, str]:
    """Each line removed as chrome, with the reason the fix gives."""
    return {f.before: f.why for f in doc.fixes if f.rule == "chrome"}
