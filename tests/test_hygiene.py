"""Hygiene gates, run with the rest of the suite so CI enforces them.

- ruff: pyflakes checks and a complexity limit (C901) that only goes down:
  ``max-complexity`` in pyproject.toml must equal the worst function's
  complexity, so breaking up the worst function makes this test ask for the
  limit to be lowered (the target is 20).
- mypy on ``bulletin_tools/`` (configured in pyproject.toml): clean.

Both tools come with the ``test`` extra; without them these tests skip and
say so.  (The doctests run through ``--doctest-modules`` in pytest's own
configuration, not here.)
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _need(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -e '.[test]' brings it)")


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def _max_complexity() -> int:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["ruff"]["lint"]["mccabe"]["max-complexity"]


def test_ruff_is_clean():
    _need("ruff")
    proc = _ruff("check", "--no-cache", "--output-format", "concise", "bulletin_tools", "tests", "benchmarks")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_complexity_limit_is_the_current_worst():
    """The limit may only go down: when the worst function is broken up, lower it here too."""
    _need("ruff")
    limit = _max_complexity()
    proc = _ruff("check", "--no-cache", "--output-format", "concise", "--select", "C901",
                 "--config", f"lint.mccabe.max-complexity={limit - 1}", "bulletin_tools")
    worst = [int(n) for n in re.findall(r"is too complex \((\d+) > \d+\)", proc.stdout)]
    assert worst, (f"no function in bulletin_tools reaches complexity {limit}: lower "
                   f"[tool.ruff.lint.mccabe] max-complexity in pyproject.toml to the new worst")
    assert max(worst) == limit, proc.stdout


def test_mypy_is_clean():
    _need("mypy")
    proc = subprocess.run([sys.executable, "-m", "mypy", "--show-error-codes"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
