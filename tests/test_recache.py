"""The compiled-pattern cache must hand back exactly what re.compile builds.

``re.Pattern`` objects compare equal when their pattern text, flags and
engine code are equal, so ``==`` against ``re.compile`` checks the whole
compiled program, not a few sample matches.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from bulletin_tools import recache

from conftest import ROOT, SAMPLES

TRICKY = [
    (r"[\u4e00-\u9fff]", 0),
    (r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+", 0),
    (r"(?P<label>Author|Source)\s*(?P<colon>[:：])|(?P<slabel>(?-i:From))[ \t]*[;；]", re.IGNORECASE),
    (r"(?<=[a-z,;，；、]) {2,}(?=[a-z])", 0),
    (r"^\s*(?:figure|fig\.)\s*\d{1,3}\b", re.IGNORECASE | re.MULTILINE),
    (r"(\w+)\s+\1", 0),
    (r"a{2,}?b*+c", re.ASCII),
]



def _forbid_compiling(monkeypatch) -> None:
    def refuse(pattern, flags):
        raise AssertionError(f"compiled afresh although cached: {pattern!r}")

    monkeypatch.setattr(recache, "_code_of", refuse)


@pytest.mark.parametrize("pattern,flags", TRICKY)
def test_a_fresh_compile_equals_re_compile(cache_dir, pattern, flags):
    compiled = recache.compile(pattern, flags)
    expected = re.compile(pattern, flags)
    assert compiled == expected
    assert (compiled.flags, compiled.groups, compiled.groupindex) == (expected.flags, expected.groups, expected.groupindex)


def test_patterns_come_back_from_the_file_unchanged(cache_dir, monkeypatch):
    for pattern, flags in TRICKY:
        recache.compile(pattern, flags)
    recache.save()
    assert recache.cache_file().is_file()
    recache._entries = None  # as a new process: read the file
    _forbid_compiling(monkeypatch)
    for pattern, flags in TRICKY:
        compiled = recache.compile(pattern, flags)
        assert compiled == re.compile(pattern, flags)
        assert compiled.groupindex == re.compile(pattern, flags).groupindex


def test_an_edited_pattern_misses_and_is_compiled_afresh(cache_dir):
    recache.compile(r"colou?r", 0)
    recache.save()
    recache._entries = None
    assert recache.compile(r"colou?rs", 0) == re.compile(r"colou?rs")
    assert recache.compile(r"colou?r", re.IGNORECASE) == re.compile(r"colou?r", re.IGNORECASE)


def test_a_damaged_entry_is_compiled_afresh(cache_dir, monkeypatch):
    recache.compile(r"(\d+)-(\d+)", 0)
    recache.compile(r"x{2,}", 0)
    recache.save()
    path = recache.cache_file()
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF  # flip bits in the last entry: its checksum no longer holds
    path.write_bytes(bytes(data))
    recache._entries = None
    assert len(recache._load()) == 2  # the index is intact
    fresh = []
    real_code_of = recache._code_of

    def counting(pattern, flags):
        fresh.append(pattern)
        return real_code_of(pattern, flags)

    monkeypatch.setattr(recache, "_code_of", counting)
    assert recache.compile(r"(\d+)-(\d+)", 0) == re.compile(r"(\d+)-(\d+)")
    assert recache.compile(r"x{2,}", 0) == re.compile(r"x{2,}")
    assert len(fresh) == 1  # the damaged one only


def test_a_damaged_index_is_ignored(cache_dir):
    recache.compile(r"(\d+)-(\d+)", 0)
    recache.save()
    path = recache.cache_file()
    data = bytearray(path.read_bytes())
    data[len(recache._HEADER) + 10] ^= 0xFF  # inside the index
    path.write_bytes(bytes(data))
    recache._entries = None
    assert len(recache._load()) == 0
    assert recache.compile(r"(\d+)-(\d+)", 0) == re.compile(r"(\d+)-(\d+)")


def test_a_lookup_decodes_only_the_entry_it_asks_for(cache_dir, monkeypatch):
    """Why the file has an index: it holds the patterns of every version run
    on the machine, and a start must not pay for decoding them all."""
    for pattern, flags in TRICKY:
        recache.compile(pattern, flags)
    recache.save()
    recache._entries = None
    decoded = []
    real_loads = recache.marshal.loads

    def counting_loads(data):
        decoded.append(len(data))
        return real_loads(data)

    monkeypatch.setattr(recache.marshal, "loads", counting_loads)
    _forbid_compiling(monkeypatch)
    pattern, flags = TRICKY[1]
    assert recache.compile(pattern, flags) == re.compile(pattern, flags)
    assert len(decoded) == 2  # the index, then that one entry


def test_two_keys_with_one_digest_are_not_confused(cache_dir, monkeypatch):
    """The index holds digests of the keys; each entry keeps its own key, so a
    digest shared by two patterns can only cost a compile, never a wrong pattern."""
    monkeypatch.setattr(recache, "_digest", lambda key: (0, 0, 0))
    recache.compile(r"a+", 0)
    recache.save()
    recache._entries = None
    assert recache.compile(r"b+", 0) == re.compile(r"b+")
    assert recache.compile(r"a+", 0) == re.compile(r"a+")


def test_the_cache_survives_a_second_save_of_entries_it_never_decoded(cache_dir, monkeypatch):
    for pattern, flags in TRICKY[:3]:
        recache.compile(pattern, flags)
    recache.save()
    recache._entries = None
    recache.compile(*TRICKY[3])  # a new pattern: the file is rewritten, the others copied undecoded
    recache.save()
    recache._entries = None
    _forbid_compiling(monkeypatch)
    for pattern, flags in TRICKY[:4]:
        assert recache.compile(pattern, flags) == re.compile(pattern, flags)


def test_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(recache.CACHE_DIR_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    recache.cache_file.cache_clear()
    recache._entries = None
    try:
        assert recache.cache_file() is None
        assert recache.compile(r"x+y", 0) == re.compile(r"x+y")
        recache.save()
        assert list(tmp_path.iterdir()) == []
    finally:
        recache.cache_file.cache_clear()
        recache._entries = None
        recache._new.clear()


def test_an_unwritable_directory_costs_nothing_but_time(cache_dir):
    cache_dir.parent.mkdir(exist_ok=True)
    cache_dir.write_text("a file where the directory should be", encoding="utf-8")
    recache.compile(r"q+r", 0)
    recache.save()  # must not raise
    assert cache_dir.read_text(encoding="utf-8") == "a file where the directory should be"


def test_cli_output_is_the_same_with_a_warm_cache_and_without_one(tmp_path):
    """The real command, three times: cache off, cold cache (writes it), warm cache (reads it)."""
    sample = sorted(SAMPLES.glob("s*.txt"))[0]
    outputs = []
    for setting in ("off", str(tmp_path / "c"), str(tmp_path / "c")):
        env = dict(os.environ, **{recache.CACHE_DIR_ENV: setting})
        proc = subprocess.run([sys.executable, "-m", "bulletin_tools", "clean", str(sample), "--format", "json"],
                              capture_output=True, env=env, cwd=ROOT, check=False)
        outputs.append((proc.returncode, proc.stdout, proc.stderr))
    assert outputs[0][0] == 0
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(list((tmp_path / "c").glob("regex*.bin"))) == 1


def test_the_file_stays_bounded(cache_dir, monkeypatch):
    monkeypatch.setattr(recache, "MAX_ENTRIES", 5)
    for k in range(5):
        recache.compile(f"old{k}", 0)
    recache.save()
    recache._entries = None
    recache._used.clear()
    recache.compile("old0", 0)  # still in use
    recache.compile("new", 0)
    recache.save()
    recache._entries = None
    assert set(recache._load()) == {("old0", 0), ("new", 0)}


def test_an_engine_that_takes_other_arguments_switches_the_cache_off(cache_dir, monkeypatch):
    """Another interpreter's regex engine may want other arguments: the cache
    then steps aside and every pattern is compiled as re.compile does."""
    class OtherEngine:
        MAGIC = 0
        CODESIZE = 4

        @staticmethod
        def compile(*args):
            raise TypeError("compile() takes 5 positional arguments")

    monkeypatch.setattr(recache, "_sre", OtherEngine)
    pattern, flags = TRICKY[2]
    assert recache.compile(pattern, flags) == re.compile(pattern, flags)
    assert recache._sre is None and not recache._new  # off for the rest of the run, nothing to save
    assert recache.compile(TRICKY[0][0]) == re.compile(TRICKY[0][0])
