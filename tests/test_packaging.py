"""Packaging and test hygiene (issue 12): the sdist's own tests run, license metadata is
SPDX, no test reaches outside the project except ../shared, upper bounds say why."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import tomllib
import warnings

import pytest

from conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_no_test_hard_codes_an_absolute_path_outside_the_project():
    """../shared is found relative to the project (conftest.SHARED); nothing else outside."""
    absolute = re.compile(r"""["'](/(?:work|home|Users|srv|opt|mnt)/[^"']*)["']""")
    offenders = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        if path.name == "test_packaging.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if absolute.search(line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []


def test_license_is_spdx_with_a_license_file():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT"  # an SPDX expression, not the deprecated {text = ...} table
    assert project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert not any(c.startswith("License ::") for c in project["classifiers"])  # superseded by the SPDX string


def test_metadata_and_build_requirements():
    project = PYPROJECT["project"]
    assert any(c.startswith("Programming Language :: Python :: 3.11") for c in project["classifiers"])
    assert PYPROJECT["build-system"]["requires"] == ["setuptools>=77"]  # no "wheel": setuptools builds wheels


def test_every_upper_bound_on_a_runtime_dependency_says_why():
    """A `<N` on a dependency must have a comment just above it giving the reason."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = text[text.index("dependencies = [") : text.index("]", text.index("dependencies = ["))]
    lines = block.splitlines()
    for k, line in enumerate(lines):
        if re.search(r'"[^"]*<[^"]*"', line):
            assert k > 0 and lines[k - 1].strip().startswith("#"), f"no reason given for {line.strip()}"


@pytest.fixture(scope="module")
def unpacked_sdist(tmp_path_factory):
    build_meta = pytest.importorskip("setuptools.build_meta")
    import os

    out = tmp_path_factory.mktemp("sdist")
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            name = build_meta.build_sdist(str(out))
    finally:
        os.chdir(here)
    deprecations = [str(w.message) for w in caught if "eprecat" in type(w.category).__name__ + str(w.message)]
    assert deprecations == [], deprecations
    with tarfile.open(out / name) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4+: refuse paths outside ``out``
            tar.extractall(out, filter="data")
        else:  # (Debian 12's Python 3.11.2; the archive is the one just built)
            tar.extractall(out)
    return out / name.removesuffix(".tar.gz")


def test_sdist_carries_its_tests_and_they_run(unpacked_sdist):
    root = unpacked_sdist
    for needed in ("tests/conftest.py", "samples/golden", "LICENSE", ".pre-commit-hooks.yaml", "benchmarks/evaluate.py",
                   "docs/findings.md"):
        assert (root / needed).exists(), needed
    collected = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
                               cwd=root, capture_output=True, text=True, timeout=300)
    assert collected.returncode == 0, collected.stdout[-2000:] + collected.stderr[-2000:]
    assert "No module named 'conftest'" not in collected.stdout
    ran = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/test_golden.py",
                          "-k", "s01 or s02"], cwd=root, capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stdout[-2000:]
    assert "2 passed" in ran.stdout
