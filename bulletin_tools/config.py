"""Settings from ``bulletin.toml`` or ``[tool.bulletin]`` in ``pyproject.toml``.

Why: a repository of bulletins wants its glossary, skipped rules, severity,
``--select``/``--ignore`` and exclusions written down once, as ruff and
black read theirs.  Rules (documented in the README):

- the file is searched from the current folder upward; in each folder
  ``bulletin.toml`` (keys at the top level) comes first, then a
  ``pyproject.toml`` that has a ``[tool.bulletin]`` table; the first found wins;
- ``--config FILE`` names the file instead; ``--no-config`` ignores any;
- keys are the long option names (``skip``, ``glossary``, ``no-repair``;
  ``no_repair`` works too); a table named after a command
  (``[tool.bulletin.check]``) holds settings for that command only;
- an option given on the command line always wins over the file;
- relative paths in the file (``glossary``) are relative to the file's folder;
- an unknown key or a wrong type is a usage error naming the file and key
  (exit 2), so a typo never silently does nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from .errors import UsageError

CONFIG_NAME = "bulletin.toml"
PYPROJECT = "pyproject.toml"
COMMANDS = ("clean", "segment", "check")

#: Every key a config file may hold: the option's parameter name → the kind of value.
KEYS: Mapping[str, str] = MappingProxyType({
    "glossary": "path",
    "site_profile": "path",
    "skip": "list",
    "select": "list",
    "ignore": "list",
    "severity": "str",
    "exclude": "list",
    "glob": "str",
    "encoding": "str",
    "no_repair": "bool",
    "color": "str",
    "quiet": "bool",
})


@dataclass(frozen=True)
class Config:
    """The settings found (``path`` None when there was no file): common keys, and per command."""

    path: Path | None = None
    common: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    commands: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: MappingProxyType({}))

    def for_command(self, command: str) -> dict[str, Any]:
        return {**self.common, **self.commands.get(command, {})}


def find_config(start: Path) -> Path | None:
    """The nearest ``bulletin.toml``, or ``pyproject.toml`` with ``[tool.bulletin]``, from ``start`` upward."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        candidate = folder / PYPROJECT
        if candidate.is_file() and _has_tool_table(candidate):
            return candidate
    return None


#: Every way a TOML file can open the ``tool.bulletin`` table, as bytes: a
#: dotted key or table header (``[tool.bulletin]``, ``tool . "bulletin".x =``),
#: a ``[tool]`` table (its ``bulletin`` key), an inline ``tool = {...}``, or an
#: escape in a quoted key (``"bull\u0065tin"``).  Whitespace and quotes are
#: allowed wherever TOML allows them, and more (newlines), so the test can
#: only say yes too often, never no wrongly.
_MAY_OPEN_TOOL_BULLETIN = re.compile(
    rb"""tool["']?\s*\.\s*["']?bulletin"""
    rb"""|\[\s*["']?tool["']?\s*\]"""
    rb"""|["']?tool["']?\s*="""
    rb"""|\\[uU]"""
)


def _has_tool_table(path: Path) -> bool:
    """Whether ``path`` (a ``pyproject.toml``) holds a ``[tool.bulletin]`` table.

    Most project files hold none, and reading them costs the TOML parser's
    import (about 5 ms of ``bulletin``'s cold start), so the bytes are
    first searched for any way of writing the table's name
    (:data:`_MAY_OPEN_TOOL_BULLETIN`); a file with none is skipped unparsed,
    as a file whose parse finds no table would be.
    """
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError:
        raw = b"tool.bulletin"  # (unreadable: let _read_toml report it as before)
    if not _MAY_OPEN_TOOL_BULLETIN.search(raw):
        return False
    try:
        data = _read_toml(path)
    except UsageError:
        return False  # a broken pyproject.toml that is not ours to judge
    return isinstance(data.get("tool"), dict) and "bulletin" in data["tool"]


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the config file ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML ({exc})") from None


def load_config(path: Path) -> Config:
    """Read and check one config file (``bulletin.toml`` or a ``pyproject.toml``)."""
    data = _read_toml(path)
    if path.name == PYPROJECT:
        tool = data.get("tool")
        table = tool.get("bulletin", {}) if isinstance(tool, dict) else {}
        where = "[tool.bulletin]"
    else:
        table, where = data, ""
    if not isinstance(table, dict):
        raise UsageError(f"{path}: {where or 'the file'} must be a table")
    base = path.parent
    common: dict[str, Any] = {}
    commands: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        if key in COMMANDS and isinstance(value, dict):
            commands[key] = {name: _value(path, f"{key}.{raw}", name, v, base)
                             for raw, v in value.items() for name in [_name(path, f"{key}.{raw}", raw)]}
            continue
        name = _name(path, key, key)
        common[name] = _value(path, key, name, value, base)
    return Config(path, MappingProxyType(common), MappingProxyType({k: MappingProxyType(v) for k, v in commands.items()}))


def _name(path: Path, shown: str, key: str) -> str:
    name = key.replace("-", "_")
    if name not in KEYS:
        known = ", ".join(sorted(k.replace("_", "-") for k in KEYS))
        raise UsageError(f"{path}: unknown key '{shown}' (known: {known}; or a table per command: {', '.join(COMMANDS)})")
    return name


def _value(path: Path, shown: str, name: str, value: Any, base: Path) -> Any:
    kind = KEYS[name]
    if kind == "list":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UsageError(f"{path}: '{shown}' must be a list of strings")
        return list(value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise UsageError(f"{path}: '{shown}' must be true or false")
        return value
    if not isinstance(value, str):
        raise UsageError(f"{path}: '{shown}' must be a string")
    if kind == "path":
        return base / Path(value).expanduser()
    return value


def resolve(config_file: Path | None, no_config: bool, cwd: Path) -> Config:
    """The config in force: none with ``--no-config``, the named file, or the nearest one."""
    if no_config:
        if config_file is not None:
            raise UsageError("--config and --no-config cannot be used together")
        return Config()
    if config_file is not None:
        if not config_file.is_file():
            raise UsageError(f"--config: {config_file}: no such file")
        return load_config(config_file)
    found = find_config(cwd)
    return load_config(found) if found is not None else Config()


def apply(command: str, params: dict[str, Any], given: set[str], config: Config) -> dict[str, Any]:
    """``params`` with each option not given on the command line taken from ``config``.

    A value is converted to the type of the option's default: an enum
    (``--color``) from its name, a list as is.  Keys a command has no option
    for are left out (``severity`` means nothing to ``clean``).
    """
    out = dict(params)
    for name, value in config.for_command(command).items():
        if name not in params or name in given:
            continue
        current = params[name]
        if isinstance(current, Enum):
            try:
                value = type(current)(value)
            except ValueError:
                choices = ", ".join(m.value for m in type(current))
                raise UsageError(f"{config.path}: '{name.replace('_', '-')}' must be one of {choices}") from None
        out[name] = value
    return out
