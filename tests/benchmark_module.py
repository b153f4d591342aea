"""A script of ``benchmarks/`` loaded as a module, for its tests.

The benchmarks are scripts, not a package: each test file used to load its
script with the same six lines of ``importlib``.  The module is registered in
``sys.modules`` before it runs (its dataclasses look their module up there)
and loaded once per name; the benchmarks folder goes on ``sys.path``, where
the scripts find the siblings they import (``evaluate``, ``evaluate_real``).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def load(name: str) -> ModuleType:
    """``benchmarks/NAME.py`` as the module ``bench_NAME``."""
    alias = f"bench_{name}"
    if alias in sys.modules:
        return sys.modules[alias]
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(alias, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[alias] = module
    spec.loader.exec_module(module)
    return module
