"""Reading the rule tables in ``bulletin_tools/data/``: one reader for every module.

Tables are tab-separated text with ``#`` comment lines and blank lines
ignored.  :func:`data_text` reads them from the package's folder, or through
importlib.resources when the package is not a folder on disk (a zip), so
they work from a wheel or a zip as well as from a checkout.
"""

from __future__ import annotations

from pathlib import Path

#: The folder of the shipped tables when the package is installed as files.
_DATA = Path(__file__).resolve().parent / "data"


def data_text(name: str) -> str:
    """The text of ``data/NAME``.

    Read straight from the folder when the package is on disk; otherwise
    (a zip) through :mod:`importlib.resources`.  Why not always the latter:
    its first ``files()`` call imports ``importlib.readers`` and ``zipfile``,
    about 2 ms of every ``bulletin`` process's cold start,
    for the same text.
    """
    path = _DATA / name
    if path.is_file():
        return path.read_text(encoding="utf-8")
    from importlib import resources

    return resources.files("bulletin_tools.data").joinpath(name).read_text(encoding="utf-8")


def read_rows(name: str, strip: bool = True) -> list[list[str]]:
    """The rows of ``data/NAME`` as lists of cells.

    ``strip=False`` keeps the cells exactly as written, for tables whose
    values carry meaningful spaces (``，`` → ``", "``).
    """
    text = data_text(name)
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
    text = data_text(name)
    return [line for line in text.splitlines() if line and not line.startswith("#")]
