"""Which files a folder argument stands for: ``--glob``, ``--exclude`` and hidden folders.

Why: ``bulletin check .`` in a repository walked into ``.git/`` and
``.venv/``; a user of ruff or black expects hidden folders skipped and an
``--exclude GLOB`` to drop drafts or archives.  Rules:

- only files *found by walking* a folder are filtered; a file named on the
  command line is always processed (as ruff and black do);
- a path is hidden when any part of it below the walked folder starts with
  ``.`` (``.git/``, ``.drafts/x.txt``, ``.notes.txt``);
- an exclude pattern (``fnmatch`` style, case-sensitive) matches a part of
  the path (``drafts``, ``*.bak.txt``) or the path from the walked folder
  (``2023/old``, ``*/archive/*``); a matching folder is not entered at all.
"""

from __future__ import annotations

import os
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import Iterable, Sequence


def split_patterns(values: Iterable[str]) -> tuple[str, ...]:
    """``["a,b", "c"]`` → ``("a", "b", "c")``: a repeatable option that also takes comma lists.

    >>> split_patterns(["drafts, *.bak.txt", "old"])
    ('drafts', '*.bak.txt', 'old')
    """
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def is_hidden(rel: PurePosixPath) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def is_excluded(rel: PurePosixPath, patterns: Sequence[str]) -> bool:
    """Whether the path (relative to the walked folder) or a folder above it matches a pattern.

    >>> [is_excluded(PurePosixPath(p), ["drafts", "2023/old", "*.bak.txt"])
    ...  for p in ("a/drafts/x.txt", "2023/old/y.txt", "2023/new/y.txt", "z.bak.txt")]
    [True, True, False, True]
    """
    parts = rel.parts
    for pattern in patterns:
        pattern = pattern.rstrip("/")
        if not pattern:
            continue
        for i in range(len(parts)):
            if fnmatchcase(parts[i], pattern) or fnmatchcase("/".join(parts[: i + 1]), pattern):
                return True
    return False


def walk(root: Path, glob: str, exclude: Sequence[str] = ()) -> list[Path]:
    """Files under ``root`` matching ``glob``, minus hidden and excluded ones, sorted."""
    if "/" in glob or os.sep in glob:  # a pattern with folders: let pathlib match it, then filter
        found = (q for q in root.rglob(glob) if q.is_file())
        return sorted(q for q in found if not _dropped(PurePosixPath(q.relative_to(root).as_posix()), exclude))
    out: list[Path] = []
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        rel_here = PurePosixPath(here.relative_to(root).as_posix())
        # prune in place so os.walk never enters a hidden or excluded folder
        dirs[:] = [d for d in dirs if not _dropped(rel_here / d, exclude)]
        for name in files:
            if fnmatchcase(name, glob) and not _dropped(rel_here / name, exclude) and (here / name).is_file():
                out.append(here / name)
    return sorted(out)


def _dropped(rel: PurePosixPath, exclude: Sequence[str]) -> bool:
    return is_hidden(rel) or is_excluded(rel, exclude)
