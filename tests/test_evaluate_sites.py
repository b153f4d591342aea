"""The sibling-set benchmark (benchmarks/evaluate_sites.py), on pages written for the project."""

from __future__ import annotations

import json
from pathlib import Path

import benchmark_module
from test_site_profile import FRAME, PAGES, STORIES

es = benchmark_module.load("evaluate_sites")


def _folder(tmp_path: Path) -> Path:
    for k, (page, (title, text)) in enumerate(zip(PAGES, STORIES)):
        gold = {"domain": "lanxi.example.org", "title": title, "first_paragraph_startswith": text[:30],
                "furniture": ["Suggest to a Friend:"]}
        (tmp_path / f"s_{k}.txt").write_text(page, encoding="utf-8")
        (tmp_path / f"s_{k}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
        rows = [("chrome" if ln in FRAME else "para" if ln == text else "title" if ln == title else "meta", ln)
                for ln in page.split("\n") if ln.strip()]
        (tmp_path / f"s_{k}.lines.tsv").write_text("".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    return tmp_path


def test_the_profile_removes_the_frame_the_page_alone_keeps(tmp_path):
    result = es.score(es.er.find_pages([_folder(tmp_path)], {}))
    assert result["sites"] == 1 and result["pages"] == 4 and result["new-page pages"] == 1 * 4
    assert result["fields"]["alone"]["furniture"] == (0, 4)  # the widget line stays when each page is alone
    assert result["fields"]["batch"]["furniture"] == (4, 4)
    assert result["lines"]["batch"]["lines.chrome-removed"][0] > result["lines"]["alone"]["lines.chrome-removed"][0]
    assert result["lines"]["batch"]["lines.body-kept"] == result["lines"]["alone"]["lines.body-kept"]


def test_a_new_page_uses_the_profile_of_the_sites_other_pages(tmp_path):
    result = es.score(es.er.find_pages([_folder(tmp_path)], {}))
    assert result["fields"]["new page"]["furniture"] == (4, 4)  # three other pages are enough for a profile


def test_the_report_prints_counts_only(tmp_path):
    report = es.render(es.score(es.er.find_pages([_folder(tmp_path)], {})))
    assert "furniture" in report and "OVERALL" in report
    assert not any(title in report for title, _ in STORIES) and "Suggest" not in report
