"""Reading the rule tables in ``bulletin_tools/data/``: one reader for every module.

Tables are tab-separated text with ``#`` comment lines and blank lines
ignored; they load through importlib.resources so they work from a wheel or
a zip as well as from a checkout.
"""

from __future__ import annotations

from importlib import resources


def read_rows(name: str, strip: bool = True) -> list[list[str]]:
    """The rows of ``data/NAME`` as lists of cells.

    ``strip=False`` keeps the cells exactly as written, for tables whose
    values carry meaningful spaces (``，`` → ``", "``).
    """
    text = resources.files("bulletin_tools.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        rows.append([cell.strip() for cell in cells] if strip else cells)
    return rows


def read_words(name: str) -> list[str]:
    """The lines of a one-word-per-line list in ``data/NAME``, without comments and blank lines.

    Much cheaper than :func:`read_rows` for the long word lists (no cell
    splitting): the 4,600-word English list is read at every cold start.
    """
    text = resources.files("bulletin_tools.data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]
