"""Hygiene gates, run with the rest of the suite so CI enforces them.

- ruff: pyflakes checks and a complexity limit (C901) that only goes down:
  ``max-complexity`` in pyproject.toml must equal the worst function's
  complexity, so breaking up the worst function makes this test ask for the
  limit to be lowered (the target is 20).
- mypy on ``bulletin_tools/`` (configured in pyproject.toml), clean but for
  the errors listed in ``tests/mypy_pending.tsv``, which may only shrink.

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
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PENDING = Path(__file__).resolve().parent / "mypy_pending.tsv"


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


def _pending() -> Counter[tuple[str, str, str]]:
    rows = [line.split("\t") for line in PENDING.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return Counter((path, code, message) for path, code, message in rows)


def test_mypy_is_clean_but_for_the_pending_list():
    _need("mypy")
    proc = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", "--show-error-codes"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    found: Counter[tuple[str, str, str]] = Counter()
    for line in proc.stdout.splitlines():
        m = re.match(r"(?P<path>[^:]+):\d+: error: (?P<message>.*?)  \[(?P<code>[a-z-]+)\]$", line)
        if m:
            found[(m["path"].replace("\\", "/"), m["code"], m["message"])] += 1
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr  # 2: mypy itself failed
    new = found - _pending()
    assert not new, "new mypy errors:\n" + proc.stdout
    fixed = _pending() - found
    assert not fixed, f"fixed, so delete from {PENDING.name}: {sorted(fixed)}"
    if not found:
        assert proc.returncode == 0, proc.stdout + proc.stderr
