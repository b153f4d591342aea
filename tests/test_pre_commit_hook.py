"""``.pre-commit-hooks.yaml``: a valid manifest whose hook runs ``bulletin check`` as pre-commit would.

pre-commit's own manifest loader checks the file; the hook is then run the
way pre-commit runs a ``language: python`` hook (its ``entry`` split like a
shell word list, ``args``, then the staged files that match ``files`` and
``types``), through the installed ``bulletin`` console script.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"

GOOD = (
    "Qingshui Town holds a meeting on winter heating\n"
    "Release time: 2023-11-02\n\n"
    "The town held a meeting on the work of the year, and the heads of the villages reported on their plans.\n"
)
BAD = GOOD.replace("the heads of the villages", "the head of the 锟斤拷 office")  # lost-characters: an error


def _hook() -> dict:
    clientlib = pytest.importorskip("pre_commit.clientlib")
    hooks = clientlib.load_manifest(str(MANIFEST))
    return next(h for h in hooks if h["id"] == "bulletin-check")


def _run(hook: dict, files: list[Path]) -> subprocess.CompletedProcess:
    from identify.identify import tags_from_path

    pattern = re.compile(hook["files"])
    chosen = [str(f) for f in files if pattern.search(str(f)) and set(hook["types"]) <= tags_from_path(str(f))]
    exe = shutil.which(shlex.split(hook["entry"])[0])
    assert exe, "the 'bulletin' console script is not installed"
    cmd = [exe, *shlex.split(hook["entry"])[1:], *hook["args"], *chosen]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_manifest_is_valid_for_pre_commit():
    hook = _hook()
    assert hook["language"] == "python"
    assert hook["entry"].split()[:2] == ["bulletin", "check"]


def test_hook_passes_clean_bulletins_and_fails_on_errors(tmp_path):
    hook = _hook()
    good, bad, other = tmp_path / "good.txt", tmp_path / "bad.txt", tmp_path / "notes.md"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD, encoding="utf-8")
    other.write_text(BAD, encoding="utf-8")  # not a .txt: the hook never sees it
    ok = _run(hook, [good, other])
    assert ok.returncode == 0, ok.stdout + ok.stderr
    failed = _run(hook, [good, bad, other])
    assert failed.returncode == 1
    assert f"{bad}:" in failed.stdout and "lost-characters" in failed.stdout
    assert "notes.md" not in failed.stdout
