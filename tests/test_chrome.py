"""The line classifier for site chrome (segment/chrome.py) and what zoning does with it."""

from __future__ import annotations

import json

import pytest

from page_text import PROSE, PROSE_2, TITLE  # noqa: F401  (shared prose)

import bulletin_tools
from bulletin_tools.segment import chrome, judgeable
from bulletin_tools.segment.header import parse_path



def _shape(line: str, zone: str = "top", prose: tuple[str, ...] = (PROSE, PROSE_2)) -> chrome.LineShape:
    _, counts = chrome.prose_vocabulary(list(prose))
    return chrome.line_shape(line, zone, counts)


def test_shape_of_a_menu_row_has_no_stop_words_and_no_recurrence():
    shape = _shape("Home | Investment | Service Hall | Tourism | Interaction")
    assert shape.stop_share == 0.0
    assert shape.separators == 4
    assert shape.recurrence == 0.0
    assert not shape.sentence_end


def test_shape_of_the_headline_recurs_in_the_prose():
    shape = _shape("Lingxi Town volunteers clear irrigation channels before spring sowing")
    assert shape.recurrence >= 0.8


def test_web_addresses_are_no_evidence_of_recurrence():
    # the domain appears in the prose's photo credit; that does not make the line part of the article
    prose = (PROSE + " [Photo/lingxi.gov.cn]", PROSE_2)
    assert chrome.content_words("( lingxi.gov.cn )") == set()
    assert _shape("( lingxi.gov.cn )", prose=prose).recurrence == 0.0


def test_judge_removes_a_menu_row_and_keeps_the_headline():
    menu = chrome.judge(_shape("Home | Investment | Service Hall | Tourism | Interaction"))
    title = chrome.judge(_shape("Lingxi Town volunteers clear irrigation channels before spring sowing"))
    assert menu.chrome and not menu.unsure
    assert not title.chrome and not title.unsure
    assert title.probability < menu.probability


def test_reasons_name_the_evidence():
    verdict = chrome.judge(_shape("Home | Investment | Service Hall | Tourism | Interaction"))
    text = verdict.explain()
    assert "stop-word share 0.00" in text
    assert "4 separators" in text
    assert "words recur nowhere in the text" in text
    assert "above the first paragraph" in text


def test_prose_needs_length_and_function_words():
    assert chrome.is_prose(PROSE)
    assert not chrome.is_prose("Lingxi Town volunteers clear irrigation channels before spring sowing")
    menu = " | ".join(["Government Affairs", "Investment Promotion", "Service Hall", "Tourism"] * 6)
    assert not chrome.is_prose(menu)


def test_zones_split_at_the_first_and_last_prose():
    assert chrome.zones_of([False, True, False, True, False]) == ["top", "body", "body", "body", "tail"]
    assert chrome.zones_of([False, False]) == ["body", "body"]


@pytest.mark.parametrize("line", [
    "Source: Lingxi Town Government   Release time: 2024-03-05",  # a label row
    "Home > News > Town News",  # a breadcrumb
    "2024-03-05 09:12",  # a date row
    "Tel: 0571-88231234",  # contact details
    "Ling Zheng Ban Fa [2024] No. 7",  # a document number
    "Project number: LQ-2024-011",  # a field with a value
    "1. Clear the channels",  # an enumerated item
    "* * *",  # no letters: nothing to judge
])
def test_lines_claimed_by_other_readers_are_not_judged(line):
    assert not judgeable(line)


def test_menu_rows_are_judged():
    assert judgeable("Government Affairs  Investment  Service Hall  Tourism")


def _doc(text: str, *skip: str):
    from bulletin_tools.pipeline import Options, clean_text

    return clean_text(text, options=Options(skip=frozenset(skip)))


PAGE = "\n".join([
    "Service Hall   Investment   Tourism   Interaction",
    "",
    "Lingxi Town volunteers clear irrigation channels before spring sowing",
    "",
    "Release time: 2024-03-05",
    "",
    PROSE,
    "",
    PROSE_2,
    "",
    "Follow us   Weibo   WeChat   Mobile",
    "",
])


def test_chrome_is_removed_as_a_fix_with_its_evidence():
    doc = _doc(PAGE)
    assert doc.title.text == "Lingxi Town volunteers clear irrigation channels before spring sowing"
    removed = [f for f in doc.fixes if f.rule == "chrome"]
    assert {f.before for f in removed} == {"Service Hall   Investment   Tourism   Interaction",
                                           "Follow us   Weibo   WeChat   Mobile"}
    assert all("stop-word share" in f.why and f.after == "" for f in removed)
    body = " ".join(b.text for s in doc.sections for b in s.blocks)
    assert "Weibo" not in body and "Service Hall" not in body


def test_chrome_fix_carries_why_in_json_and_validates():
    doc = bulletin_tools.to_json_dict(_doc(PAGE))
    whys = [f["why"] for f in doc["fixes"] if f["rule"] == "chrome"]
    assert whys and all(w.startswith("chrome p=") for w in whys)
    # other fixes keep their shape: no empty "why"
    assert all("why" not in f for f in doc["fixes"] if f["rule"] != "chrome")
    from importlib import resources

    import jsonschema

    schema = json.loads(resources.files("bulletin_tools.render").joinpath("schema.json").read_text())
    jsonschema.validate(doc, schema)


@pytest.mark.parametrize("skip", ["chrome", "furniture"])
def test_skipping_chrome_or_furniture_keeps_the_lines(skip):
    doc = _doc(PAGE, skip)
    assert not [f for f in doc.fixes if f.rule == "chrome"]


def test_explain_prints_the_evidence(tmp_path):
    from typer.testing import CliRunner

    from bulletin_tools.cli import app

    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", str(page), "--explain"])
    assert result.exit_code == 0
    lines = [ln for ln in result.stderr.splitlines() if "fix chrome" in ln]
    assert len(lines) == 2
    assert all("(chrome p=" in ln and "stop-word share" in ln for ln in lines)


def test_a_lead_in_above_prose_is_not_chrome():
    doc = _doc("\n".join(["Notice on spring sowing", "", "Dear villagers:", "", PROSE, "", PROSE_2, ""]))
    assert not [f for f in doc.fixes if f.rule == "chrome"]


def test_a_heading_over_kept_rows_at_the_end_is_not_chrome():
    text = "\n".join(["Notice on spring sowing", "", PROSE, "", PROSE_2, "", "Contact information",
                      "Applicants: the three village committees of Dongpo", ""])
    doc = _doc(text)
    assert not [f for f in doc.fixes if f.rule == "chrome" and f.before == "Contact information"]


def test_unsure_lines_are_kept_and_flagged():
    # a short line below the prose with some recurring words: unsure, so kept and flagged
    verdict = chrome.Verdict(0.7, ("x",))
    assert verdict.unsure and not verdict.chrome
    text = "\n".join(["Notice on spring sowing", "", PROSE, "", PROSE_2, "", "Town channel works diary", ""])
    doc = _doc(text)
    flagged = [f for f in doc.findings if f.code == "possible-chrome"]
    kept = " ".join(b.text for s in doc.sections for b in s.blocks)
    for finding in flagged:
        assert finding.severity == "info"
        assert text[finding.span[0]:finding.span[1]] in kept


def test_weights_table_names_only_known_features():
    names = set(chrome.features(_shape("Home")))
    assert set(chrome.weights()) <= names
    assert "recurrence" in chrome.weights() and "bias" in chrome.weights()


@pytest.mark.parametrize("line, crumbs", [
    ("Region / Cover Story", ["Region", "Cover Story"]),
    ("index/ Open Government / Development Plans / article", ["index", "Open Government", "Development Plans", "article"]),
    ("Current location - Learning Corner - Training", ["Learning Corner", "Training"]),
    ("HomeTown NewsLingxi volunteers clear the channels...", ["Home", "Town News", "Lingxi volunteers clear the channels..."]),
    ("China / Township News", ["China", "Township News"]),
    # a path ending in a question's headline (sample s788)
    ("Farm Net - Planting guide - Why do seedlings turn yellow?", ["Farm Net", "Planting guide", "Why do seedlings turn yellow?"]),
    # Home and a menu word with no separator (samples s780, s789)
    ("Home News", ["Home", "News"]), ("home page Notices", ["Home", "Notices"]),
])
def test_parse_path_reads_loose_navigation_paths(line, crumbs):
    assert parse_path(line) == crumbs


@pytest.mark.parametrize("line", [
    "The town cleared 12 km of channels / 3 sluices, and planted trees.",
    "Tel: 0571 / Fax: 0572",
    "On March 5, 2024 / the town",
    "Township News Briefs – May 2021",  # a headline's month and year, not a place
    "Rural Insight No. 18/21",  # a slash between digits is a number's
    "[/p>",  # a stray tag's pieces
    "Why do seedlings turn yellow - and what can growers do?",  # a question with one dash
    "Home Affairs Bureau",  # Home before words that are no menu entry
])
def test_parse_path_refuses_sentences_and_fields(line):
    assert parse_path(line) is None


def test_a_loose_path_right_above_the_title_is_the_breadcrumb():
    text = "\n".join(["Town News / Work Updates", "", "Lingxi Town volunteers clear irrigation channels before spring sowing",
                      "", PROSE, "", PROSE_2, ""])
    doc = _doc(text)
    assert doc.breadcrumb == ("Town News", "Work Updates")
    assert doc.title.text.startswith("Lingxi Town volunteers")


def test_segment_view_names_the_evidence(tmp_path):
    from typer.testing import CliRunner

    from bulletin_tools.cli import app

    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["segment", str(page), "--view", "--color", "never"])
    assert result.exit_code == 0
    notes = [ln for ln in result.stdout.splitlines() if "fix chrome" in ln]
    assert len(notes) == 2 and all("(chrome p=" in ln and "recur" in ln for ln in notes)


@pytest.mark.parametrize("cut", ["They harv", "In addition", "The signing ceremony"])
def test_a_sentence_cut_by_the_page_end_under_a_paragraph_stays_text(cut):
    doc = _doc(f"{TITLE}\n\n{PROSE}\n\n{PROSE_2}\n\n{cut}\n")
    assert cut in [b.text for s in doc.sections for b in s.blocks]
    assert not any(f.before == cut for f in doc.fixes) and not any(f.code == "possible-chrome" for f in doc.findings)


@pytest.mark.parametrize("row", ["About Us", "Read More", "Share"])
def test_a_chrome_row_at_the_page_end_is_no_cut_sentence(row):
    doc = _doc(f"{TITLE}\n\n{PROSE}\n\n{PROSE_2}\n\n{row}\n")
    assert row not in [b.text for s in doc.sections for b in s.blocks]


def test_a_kept_heading_at_the_page_end_keeps_no_chrome_rows_above_it():
    tail = ["Reader messages", "Site search", "More topics", "Contact", "Our hotline answers questions about the town in English."]
    doc = _doc("\n\n".join([TITLE, PROSE, PROSE_2, *tail]) + "\n")
    blocks = [b.text for s in doc.sections for b in s.blocks]
    assert not {"Reader messages", "Site search", "More topics"} & set(blocks)
    assert tail[-1] in blocks and any(s.heading == "Contact" for s in doc.sections)


def test_rows_of_one_block_at_the_page_end_stay_together():
    rows = ["3  Road repair  -4,260.00  38 lamps", "4  Cleaning wages  -9,000.00  3 people",
            "5  Office expenses  -1,175.30  Paper and ink"]
    doc = _doc("\n\n".join([TITLE, PROSE, PROSE_2, "\n".join(rows), "The committee will publish the next account in October."]) + "\n")
    text = "\n".join(b.text for s in doc.sections for b in s.blocks)
    assert all(r.split("  ")[1] in text for r in rows)


def test_a_short_chinese_row_above_or_under_the_text_is_judged():
    assert judgeable("携手共建生态宜居美丽乡村")
    doc = _doc("\n\n".join([TITLE, "Release time: 2024-03-05\n建设美丽宜居的江南水乡新城镇", PROSE, PROSE_2 + "\n携手共建生态宜居美丽乡村"]) + "\n")
    removed = {f.before for f in doc.fixes if f.rule == "chrome"}
    assert {"建设美丽宜居的江南水乡新城镇", "携手共建生态宜居美丽乡村"} <= removed


@pytest.mark.parametrize("line", [
    "芦溪乡将继续推进公共文化服务体系建设，让群众在家门口享受文化生活。",  # a sentence: the language check's
    "为吸引跨境电商企业入驻园区，管委会制定以下扶持措施，请各企业按要求提出申请并提交有关材料和证明文件",  # too long for a row
])
def test_a_chinese_sentence_is_not_judged(line):
    assert not judgeable(line)


def test_a_chinese_line_heading_english_or_chinese_text_is_not_judged():
    shapes, _ = chrome.page_shapes(["境外人员住宿登记须知", "(Accommodation Registration)", PROSE], judgeable)
    assert 0 not in shapes
    shapes, _ = chrome.page_shapes([TITLE, PROSE, PROSE_2, "海棠经济开发区支持跨境电商企业发展的若干措施",
                                    "为吸引跨境电商企业入驻园区，管委会制定以下扶持措施。"], judgeable)
    assert 3 not in shapes
