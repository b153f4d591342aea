"""benchmarks/bench_ab.py runs a baseline tree's package beside this one, under another name."""

from __future__ import annotations

import sys

import benchmark_module

ab = benchmark_module.load("bench_ab")


def test_the_baseline_copy_reads_its_own_data_not_this_tree_s(tmp_path):
    """A baseline that names its package as text (``resources.files("bulletin_tools.data")``,
    as trees before session 20 did) must read the copy's tables: with this
    tree's, an old baseline ran its code on new tables and measured about 2.8x too slow."""
    tree = tmp_path / "tree" / "bulletin_tools"
    (tree / "data").mkdir(parents=True)
    (tree / "render").mkdir()
    (tree / "__init__.py").write_text("", encoding="utf-8")
    (tree / "data" / "__init__.py").write_text("", encoding="utf-8")
    (tree / "render" / "__init__.py").write_text("", encoding="utf-8")
    (tree / "data" / "words.txt").write_text("baseline table\n", encoding="utf-8")
    (tree / "pipeline.py").write_text(
        "from importlib import resources\n"
        "NAME = 'bulletin_tools'\n"
        "def clean_text(text):\n"
        "    return resources.files(\"bulletin_tools.data\").joinpath('words.txt').read_text(encoding='utf-8')\n",
        encoding="utf-8")
    (tree / "render" / "json.py").write_text("def to_json_dict(doc):\n    return doc\n", encoding="utf-8")
    copies = tmp_path / "copies"
    copies.mkdir()
    try:
        pipeline, _ = ab.load_baseline(tmp_path / "tree", copies, "bulletin_baseline_t")
        assert pipeline.clean_text("") == "baseline table\n"
        assert pipeline.NAME == "bulletin_baseline_t"
        assert pipeline.__file__.startswith(str(copies))
    finally:
        for name in [m for m in sys.modules if m.startswith("bulletin_baseline_t")]:
            del sys.modules[name]
        sys.path.remove(str(copies))
