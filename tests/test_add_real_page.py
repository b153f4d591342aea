"""Adding a collected real page (benchmarks/add_real_page.py): a draft is checked
before anything is written, and a domain is collected once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import benchmark_module

arp = benchmark_module.load("add_real_page")

PAGE = ("Home > News\n\nLingxi opens a night market by the river\n\nDate: 2024-05-06\n\n"
        "The town opened a night market on the river bank on Saturday, with forty stalls run by villagers.\n")
ROWS = ["breadcrumb\tHome > News", "title\tLingxi opens a night market by the river", "meta\tDate: 2024-05-06",
        "para\tThe town opened a night market on the river bank on Saturday, with forty stalls run by villagers."]
GOLD = {"url": "https://example.org/a", "domain": "www.example.org", "kind": "news",
        "title": "Lingxi opens a night market by the river", "title_truncated": False,
        "first_paragraph_startswith": "The town opened a night market", "metadata": {"date": "2024-05-06"}}


def _draft(tmp_path: Path, gold=GOLD, rows=ROWS, name="d") -> Path:
    d = tmp_path / name
    d.mkdir()
    (d / "page.txt").write_text(PAGE, encoding="utf-8")
    (d / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (d / "lines.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return d


def test_a_valid_draft_is_added_and_its_domain_claimed(tmp_path):
    coll = tmp_path / "c1"
    assert arp.main([str(coll), "c1_001", str(_draft(tmp_path))]) == 0
    assert sorted(p.name for p in coll.iterdir()) == ["c1_001.gold.json", "c1_001.lines.tsv", "c1_001.txt"]
    assert (tmp_path / "claimed_domains.tsv").read_text() == "example.org\tc1/c1_001\n"


def test_a_second_page_of_a_domain_is_refused(tmp_path, capsys):
    coll = tmp_path / "c1"
    arp.main([str(coll), "c1_001", str(_draft(tmp_path, name="a"))])
    assert arp.main([str(coll), "c1_002", str(_draft(tmp_path, name="b"))]) == 1
    assert "already in the collection" in capsys.readouterr().err
    assert not (coll / "c1_002.txt").exists()


@pytest.mark.parametrize("gold, rows, reason", [
    ({**GOLD, "colour": "red"}, ROWS, "unknown gold keys"),
    ({k: v for k, v in GOLD.items() if k != "title"}, ROWS, "gold needs"),
    ({**GOLD, "metadata": {"weather": "fine"}}, ROWS, "unknown metadata keys"),
    (GOLD, ROWS[:3], "non-blank lines"),
    (GOLD, ["menu\tHome > News", *ROWS[1:]], "label 'menu'"),
    (GOLD, [*ROWS[:3], "para\tA line the page does not have."], "not the page's line 4"),
    ({**GOLD, "first_paragraph_startswith": "Nothing like it"}, ROWS, "first_paragraph_startswith"),
    ({**GOLD, "furniture": ["Print this page"]}, ROWS, "not in the page"),
])
def test_a_draft_that_is_off_is_refused_with_its_reason_and_nothing_written(tmp_path, capsys, gold, rows, reason):
    coll = tmp_path / "c1"
    assert arp.main([str(coll), "c1_001", str(_draft(tmp_path, gold, rows))]) == 1
    assert reason in capsys.readouterr().err
    assert not coll.exists()
