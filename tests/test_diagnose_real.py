"""The real-page diagnosis (benchmarks/diagnose_real.py): counts only, on pages written for the project."""

from __future__ import annotations

import json
from pathlib import Path

import benchmark_module

dr = benchmark_module.load("diagnose_real")

PAGE = """Home > County News

Lanxi Opens Two New Bus Lines to the Hill Villages

Release time: 2025-04-02

Share to: WeChat Weibo

From Monday two new bus lines run from the county town to the hill villages of Xiling and Dongpo, four times a day in each direction.

Fares and stops
A ride costs two yuan, and children under 1.2 metres ride free.

Copyright © 2025 Lanxi County Transport Bureau
"""
LINES = [("breadcrumb", "Home > County News"), ("title", "Lanxi Opens Two New Bus Lines to the Hill Villages"),
         ("meta", "Release time: 2025-04-02"), ("chrome", "Share to: WeChat Weibo"),
         ("para", "From Monday two new bus lines run from the county town to the hill villages of Xiling and Dongpo,"
                  " four times a day in each direction."),
         ("heading", "Fares and stops"), ("para", "A ride costs two yuan, and children under 1.2 metres ride free."),
         ("footer", "Copyright © 2025 Lanxi County Transport Bureau")]


def _page(tmp_path: Path, gold: dict) -> dr.er.Page:
    (tmp_path / "p1.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "p1.gold.json").write_text(json.dumps({"domain": "example.org", **gold}), encoding="utf-8")
    (tmp_path / "p1.lines.tsv").write_text("".join(f"{a}\t{b}\n" for a, b in LINES), encoding="utf-8")
    return dr.er.find_pages([tmp_path], {"example.org": "tune"})[0]


def test_body_lines_are_counted_by_gold_label_and_the_tools_kind(tmp_path):
    tables = dr.diagnose([_page(tmp_path, {"title": "Lanxi Opens Two New Bus Lines to the Hill Villages"})])
    assert tables["body lines"][("heading", "heading")] == 1
    assert tables["body lines"][("para", "para")] == 2
    assert tables["titles"][("right", "over 1 printed line(s)")] == 1


def test_a_missed_title_and_first_paragraph_are_counted_by_their_kind(tmp_path):
    gold = {"title": "Lanxi Opens Two New Bus Lines", "first_paragraph_startswith": "A ride costs two yuan"}
    tables = dr.diagnose([_page(tmp_path, gold)])
    assert tables["titles"][("wrong", "longer: the gold's words first")] == 1
    assert tables["first paragraph"]["starts on a gold para line"] == 1


def test_nothing_printed_holds_page_text(tmp_path):
    report = dr.render(dr.diagnose([_page(tmp_path, {"title": "Lanxi Opens Two New Bus Lines"})]))
    for _, line in LINES:
        assert line not in report
    assert "Lanxi" not in report and "p1" not in report


def test_title_relations():
    assert dr.title_relation("Bus lines open", "Bus lines open in Lanxi") == "longer: the gold's words first"
    assert dr.title_relation("Bus lines open in Lanxi", "lines open") == "shorter: part of the gold's"
    assert dr.title_relation("Bus lines open", None) == "none"
    assert dr.title_relation("Bus lines open", "Weather today") == "other words"


def test_a_misread_structure_line_is_counted_by_its_form_and_its_page(tmp_path):
    page = _page(tmp_path, {"title": "Lanxi Opens Two New Bus Lines to the Hill Villages"})
    page.lines[4] = ("item", page.lines[4][1])  # the first paragraph, labelled a list's entry
    tables = dr.diagnose([page])
    form = ("item as para", "none", "> 120 chars", "ends a sentence")
    assert tables["misread structure lines"][form] == 1
    assert tables["misread structure lines"][("pages", *form)] == 1
    report = dr.render(tables)
    assert "item as para | none | > 120 chars | ends a sentence" in report


def test_line_forms():
    assert dr.line_form("2. Bus fares") == ("num-dot", "<= 40 chars", "no sentence end")
    assert dr.line_form("• Fares and stops:") == ("bullet", "<= 40 chars", "ends with a colon")


def test_trail_relations():
    assert dr.trail_relation(["Home", "News"], ["Home", "News"]) == "right"
    assert dr.trail_relation(["首页", "News"], ["Home", "News"]) == "right"  # every Home is Home
    assert dr.trail_relation(["Home", "News"], []) == "none"
    assert dr.trail_relation(["Home", "News"], ["Home", "News", "County"]) == "longer: the gold's crumbs first"
    assert dr.trail_relation(["Home", "News", "County"], ["Home"]) == "shorter: the gold's first crumbs"
    assert dr.trail_relation(["Home", "News"], ["Home", "Notices"]) == "as many crumbs, 1 differ"


def test_a_page_with_a_trail_is_counted_by_its_relation(tmp_path):
    tables = dr.diagnose([_page(tmp_path, {"title": "Lanxi Opens Two New Bus Lines to the Hill Villages",
                                           "breadcrumb": ["Home", "County News"]})])
    assert tables["breadcrumbs"]["right"] == 1
