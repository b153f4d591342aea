"""The dataclass methods kept between runs (bulletin_tools.dataclass_code) must be
the very code ``exec`` compiles, and only this package's classes may take it."""

from __future__ import annotations

import dataclasses
import sys
import types

import pytest

from bulletin_tools import dataclass_code, recache


def _module(name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    sys.modules[name] = module
    return module


def _build(module: types.ModuleType):
    source = (
        "from dataclasses import dataclass\n"
        "@dataclass(frozen=True, slots=True)\n"
        "class Point:\n"
        "    x: int\n"
        "    label: 'str | None' = None\n"
    )
    exec(compile(source, module.__name__, "exec", dont_inherit=True), module.__dict__)
    return module.__dict__["Point"]


def _build_in(name: str):
    """The test class, built in a fresh module of that name (removed again after)."""
    try:
        return _build(_module(name))
    finally:
        del sys.modules[name]


@pytest.fixture
def compiled(monkeypatch):
    """The sources recache.compiled_code was asked for."""
    asked: list[str] = []
    real = recache.compiled_code

    def spy(source: str):
        asked.append(source)
        return real(source)

    monkeypatch.setattr(recache, "compiled_code", spy)
    return asked


def test_the_hook_is_installed_by_importing_the_package():
    assert dataclasses.__dict__.get("exec") is dataclass_code._exec


def test_a_class_of_the_package_takes_the_stored_code_and_is_the_same_class(cache_dir, compiled):
    Point = _build_in("bulletin_tools._test_dataclass_code")
    assert compiled, "the package's class did not go through the store"
    p = Point(1, "a")
    assert (p.x, p.label, repr(p)) == (1, "a", "Point(x=1, label='a')")
    assert p == Point(1, "a") and p != Point(2) and hash(p) == hash(Point(1, "a"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 3  # type: ignore[misc]
    # the generated __init__ keeps its annotations as the objects dataclasses put there
    assert Point.__init__.__annotations__["return"] is None


def test_a_class_of_another_module_is_left_alone(cache_dir, compiled):
    Point = _build_in("someone_else._test_dataclass_code")
    assert compiled == []
    assert Point(1) == Point(1)


def test_stored_code_equals_a_fresh_compile_and_comes_back_from_the_file(cache_dir, monkeypatch):
    source = "def __create_fn__(_return_type):\n def f(self, x:int)->_return_type:\n  return x\n return f"
    fresh = compile(source, "<string>", "exec", dont_inherit=True)
    assert recache.compiled_code(source) == fresh
    recache.save()
    recache._entries = None  # as a new process: read the file

    def refuse(*args, **kwargs):
        raise AssertionError("compiled afresh although stored")

    monkeypatch.setattr(recache.builtins, "compile", refuse)
    again = recache.compiled_code(source)
    assert again == fresh
    ns: dict[str, object] = {}
    exec(again, {}, ns)
    f = ns["__create_fn__"](int)  # type: ignore[operator]
    # no __future__ flag leaked in: annotations are objects, not strings
    assert f.__annotations__ == {"x": int, "return": int}
