"""The README's option table matches each command's real options (issue 12).

Every row names options and says, per command, whether it takes them (``—``
for no); a cell that lists values (``--format``) must list exactly the
choices the command accepts.  Every real option of clean, segment and check
must have a row.
"""

from __future__ import annotations

import re

import typer.main

from bulletin_tools.cli import app
from conftest import ROOT

COMMANDS = ("clean", "segment", "check")


def _table() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("\n## Options\n"):]
    section = section[: section.index("\n#", 1)]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    header = [c.strip() for c in rows[0].strip("|").split("|")]
    assert header[:4] == ["option", *COMMANDS]
    return [[c.strip() for c in row.strip("|").split("|")] for row in rows[2:]]


def _real() -> dict[str, dict[str, tuple[str, ...] | None]]:
    """command → option name → its choices (None when it takes no fixed set)."""
    group = typer.main.get_command(app)
    out: dict[str, dict[str, tuple[str, ...] | None]] = {}
    for name in COMMANDS:
        options: dict[str, tuple[str, ...] | None] = {}
        for param in group.commands[name].params:
            if param.param_type_name != "option":
                continue
            choices = getattr(param.type, "choices", None)
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    options[opt] = tuple(choices) if choices else None
        out[name] = options
    return out


def test_readme_option_table_matches_the_commands():
    real = _real()
    documented: dict[str, set[str]] = {c: set() for c in COMMANDS}
    problems = []
    for cells in _table():
        names = [n.split()[0] for n in re.findall(r"`(--[^`]+)`", cells[0])]
        assert names, cells
        for command, cell in zip(COMMANDS, cells[1:4]):
            takes = cell != "—"
            for name in names:
                if takes != (name in real[command]):
                    problems.append(f"{name}: README says {command} {'takes' if takes else 'does not take'} it")
                if not takes:
                    continue
                documented[command].add(name)
                listed = [v for v in re.findall(r"`([^`]+)`", cell)]
                if listed:
                    assert real[command].get(name), f"{name} on {command} lists values but takes any"
                    if set(listed) != set(real[command][name]):
                        problems.append(f"{name} on {command}: README lists {listed}, "
                                        f"the command takes {list(real[command][name])}")
    for command in COMMANDS:
        for name in sorted(set(real[command]) - documented[command]):
            problems.append(f"{command} {name} is missing from the README option table")
    assert problems == []
