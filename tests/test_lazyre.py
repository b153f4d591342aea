"""LazyPattern must behave as the compiled pattern, and compile only when used."""

import re

from bulletin_tools.lazyre import LazyPattern, lazy_compile


def test_not_compiled_until_first_use():
    p = lazy_compile(r"(?P<word>[a-z]+)-(\d+)", re.IGNORECASE)
    assert "compiled" not in p.__dict__
    m = p.search("see ABC-12 here")
    assert "compiled" in p.__dict__
    assert (m.group("word"), m.group(2)) == ("ABC", "12")


def test_same_results_as_re_compile():
    source, flags = r"(\d+)\s*([:：])", 0
    lazy, real = LazyPattern(source, flags), re.compile(source, flags)
    text = "a 1: b 22：c 333 d"
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub(r"<\1>", text) == real.sub(r"<\1>", text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.fullmatch("4:").groups() == real.fullmatch("4:").groups()
    assert lazy.split(text) == real.split(text)
    assert (lazy.pattern, lazy.flags, lazy.groups) == (real.pattern, real.flags, real.groups)


def test_missing_attribute_still_raises():
    p = lazy_compile("x")
    try:
        p.no_such_method
    except AttributeError:
        pass
    else:
        raise AssertionError("expected AttributeError")
    assert p.match("x") is not None
