"""Agreement between two sets of gold records (benchmarks/gold_agreement.py)."""

from __future__ import annotations

import json

import benchmark_module

ga = benchmark_module.load("gold_agreement")

FIRST = {"title": "Lingxi opens a night market.", "first_paragraph_startswith": "The town opened a night market on",
         "breadcrumb": ["Home Page", "News"], "metadata": {"date": "2024-05-06", "author": "Li Na"},
         "section_headings": [None, "Stalls"], "title_truncated": False}


def test_conventions_the_scorer_ignores_are_no_disagreement():
    second = {"title": "lingxi opens a  night market", "first_paragraph_startswith": "The town opened",
              "breadcrumb": ["首页", "News"], "metadata": {"date": "2024-05-06", "author": "Li Na"},
              "section_headings": [None, "1. Stalls"]}
    assert all(ok for _, ok in ga.compare(FIRST, second))


def test_a_field_only_one_side_wrote_is_a_disagreement():
    second = {**FIRST, "metadata": {"date": "2024-05-06"}, "section_headings": ["Stalls"]}
    got = dict(ga.compare(FIRST, second))
    assert got["metadata.author"] is False and got["section_headings"] is False and got["title"] is True


def test_main_prints_counts_per_field(tmp_path, capsys):
    for side, record in (("a", FIRST), ("b", {**FIRST, "title": "Another headline"})):
        (tmp_path / side).mkdir()
        (tmp_path / side / "p1.gold.json").write_text(json.dumps(record), encoding="utf-8")
    assert ga.main([str(tmp_path / "a"), str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    assert "1 pages with two records" in out and "title                      0/1" in out


def test_list_names_each_page_s_disagreeing_fields_and_nothing_else(tmp_path, capsys):
    for side, records in (("a", {"p1": FIRST, "p2": FIRST}),
                          ("b", {"p1": {**FIRST, "title": "Another headline", "metadata": {"date": "2024-05-06"}},
                                 "p2": FIRST})):
        (tmp_path / side).mkdir()
        for pid, record in records.items():
            (tmp_path / side / f"{pid}.gold.json").write_text(json.dumps(record), encoding="utf-8")
    assert ga.main([str(tmp_path / "a"), str(tmp_path / "b"), "--list"]) == 0
    assert capsys.readouterr().out == "p1\ttitle,metadata.author\n"


def test_the_tool_can_be_the_second_labeller(tmp_path, capsys):
    (tmp_path / "golds").mkdir()
    (tmp_path / "pages").mkdir()
    page = ("Lingxi opens a night market\n\n2024-05-06\n\nThe town opened a night market on Saturday in the old "
            "street by the river, with forty stalls of food and crafts from the villages around it.\n")
    (tmp_path / "pages" / "p1.txt").write_text(page, encoding="utf-8")
    gold = {"title": "Lingxi opens a night market", "first_paragraph_startswith": "The town opened a night market",
            "metadata": {"date": "2024-05-06", "author": "Li Na"}}
    (tmp_path / "golds" / "p1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert ga.main([str(tmp_path / "golds"), "--tool", str(tmp_path / "pages")]) == 0
    out = capsys.readouterr().out
    assert "title                      1/1" in out and "metadata.author            0/1" in out
    assert "metadata.date              1/1" in out


def test_tool_record_reads_the_fields_compare_reads():
    doc = {"title": {"text": "A headline", "truncated": True}, "breadcrumb": ["Home", "News"],
           "metadata": {"date": "2024-05-06", "author": None}, "findings": [],
           "sections": [{"heading": None, "blocks": [{"kind": "paragraph", "text": "The text."}]},
                        {"heading": "Stalls", "blocks": []}]}
    record = ga.tool_record(doc)
    assert record["title"] == "A headline" and record["title_truncated"] is True
    assert record["metadata"] == {"date": "2024-05-06"}
    assert record["section_headings"] == [None, "Stalls"]
    assert record["first_paragraph_startswith"] == "The text."
