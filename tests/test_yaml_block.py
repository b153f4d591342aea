"""The front-matter writer must write exactly what PyYAML's safe_dump writes."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.render import yaml_block


def pyyaml(data):
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000)


# Characters that change how a scalar must be written: indicators, quotes,
# spaces, digits and letters of YAML 1.1 types, non-ASCII, and a few that
# force double quotes (the fallback path).
_ALPHABET = st.sampled_from(list("aZnNyYoO019.-+:#,?[]{}&*!|>'\"%@` _=~<xe")
                            + ["\u5e02", "\xa0", "\u2014", "\U00020001", "\t", "\n", "\x07", "\ufeff", "\x85"])
_TEXT = st.text(_ALPHABET, max_size=12)
_SCALAR = st.none() | st.booleans() | st.integers(-10**6, 10**6) | _TEXT
_KEY = st.text(st.sampled_from(list("ab_:#- '1")), min_size=1, max_size=6)
_VALUE = _SCALAR | st.lists(_TEXT, max_size=3) | st.dictionaries(_KEY, _SCALAR | st.lists(_TEXT, max_size=2), max_size=3)


@settings(max_examples=400)
@given(st.dictionaries(_KEY, _VALUE, min_size=1, max_size=5))
def test_same_bytes_as_pyyaml(data):
    assert yaml_block.dump(data) == pyyaml(data)


SPECIAL_CASES = [
    {"title": "Plain title"},
    {"date": "2022-04-23", "time": "15:15:52", "views": 1032, "author": None},
    {"title": "yes"}, {"title": "No"}, {"title": "null"}, {"title": "~"}, {"title": "<<"}, {"title": "="},
    {"title": "1.5"}, {"title": "0x1F"}, {"title": "1_000"}, {"title": ".inf"}, {"title": "2022-4-3 1:02:03"},
    {"title": "- dash"}, {"title": "-dash"}, {"title": "key: value"}, {"title": "a:b"}, {"title": "a #b"},
    {"title": "a#b"}, {"title": "#tag"}, {"title": "'quoted'"}, {"title": "it's"}, {"title": " lead"},
    {"title": "trail "}, {"title": "---"}, {"title": "...x"}, {"title": ""}, {"title": "?"}, {"title": "? x"},
    {"title": "有中文的标题"}, {"title": "line\nbreak"}, {"title": "tab\there"},
    {"breadcrumb": []}, {"breadcrumb": ["Home", "News: Local"]}, {"footer": {}},
    {"footer": {"icp": "Su ICP No. 12034511-2", "public_security": "苏公网安备 32128302000671号"}},
    {"extra": {"masthead": ["A", "B"]}}, {"k" * 122: 1}, {"k" * 123: 1}, {"list": [{"a": 1}]},
    {"nested": [["a"]]}, {"float": 1.5},
]


def test_special_cases_match_pyyaml():
    for data in SPECIAL_CASES:
        assert yaml_block.dump(data) == pyyaml(data), data


def test_golden_front_matter_loads_back():
    """What the writer gives for real documents reads back as the same data."""
    from pathlib import Path

    import bulletin_tools
    from bulletin_tools.render.markdown import front_matter

    samples = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))[:40]
    assert samples
    for path in samples:
        data = front_matter(bulletin_tools.clean(path.read_text(encoding="utf-8")))
        text = yaml_block.dump(data)
        assert text == pyyaml(data), path.name
        assert yaml.safe_load(text) == data, path.name


def test_markdown_does_not_import_pyyaml():
    """Writing Markdown for an ordinary document must not pay PyYAML's import."""
    import subprocess
    import sys

    code = ("import sys, bulletin_tools; doc = bulletin_tools.clean('Home > News\\n\\nA Title\\n\\nBody text here.\\n');"
            "bulletin_tools.to_markdown(doc); print('yaml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
