"""Shared test fixtures: where the samples and ../shared live, golden-file updating."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest
from hypothesis import settings

# In CI the property tests replay a fixed set of examples (derandomize), so a
# run passes or fails for the code, not for the draw; locally they explore.
# No profile has a deadline: hypothesis's default (200 ms per example) is a
# clock in a test, and fails on a loaded machine (speed is for benchmarks/).
settings.register_profile("local", deadline=None)
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "local")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_517fc5acc2ab6940.txt"
CORPUS = SHARED / "corpus"


@functools.cache
def corpus_lines() -> tuple[str, ...]:
    """Every line of the samples and of the shared corpus, in file order: the
    real lines a shortcut (a gate, a trie, a narrowed search) is checked
    against its slow original on."""
    paths = sorted(SAMPLES.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    return tuple(ln for p in paths for ln in p.read_text(encoding="utf-8", errors="replace").splitlines())


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite samples/golden/*.md and *.json from the current output (never in CI)",
    )


@pytest.fixture
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def seed_bytes() -> bytes:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not present")
    return SEED.read_bytes()


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """A private directory for the compiled-pattern cache (bulletin_tools.recache),
    with the module's state reset before and after (test_recache, test_firstchar)."""
    from bulletin_tools import recache

    def reset() -> None:
        recache.cache_file.cache_clear()
        recache._entries = None
        recache._new.clear()
        recache._used.clear()

    monkeypatch.setenv(recache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    reset()
    yield tmp_path / "cache"
    reset()
