"""Page furniture seen on real pages (issue 11): language switches, tool rows
after a column's name, a pager's bare arrows, share, QR and app-download
prompts.  Every line here is written for this project."""

from __future__ import annotations

import pytest

from bulletin_tools import to_markdown
from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.furniture import is_furniture_line, is_language_switch

TITLE = "Reservoir Town Opens a Night Market for Local Farm Produce"
PARA = ("On May 8, a night market for local farm produce opened on the square of Reservoir Town. Forty-two "
        "stalls sell vegetables, rice wine and bamboo crafts from the town's nine villages, and the town "
        "waives the stall fee for the first three months.")


def _doc(*tail: str, head: tuple[str, ...] = ()):
    return clean_text("\n".join([*head, TITLE, "", "Date: 2024-05-09", "", PARA, "", *tail, ""]))


def _furniture(doc) -> list[str]:
    return [f.before for f in doc.fixes if f.rule == "furniture"]


@pytest.mark.parametrize("line", [
    "English",
    "  • English",
    "中文版",
    "Welcome to Reservoir Town, Hunan | 中文版",
    "Official Site of Lakeview Simplified Chinese | Traditional Chinese | English",
])
def test_a_language_switch_is_furniture(line):
    assert is_language_switch(line)
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "English teachers from the county school joined the training.",
    "The town held an English corner for the pupils.",
    "Our village has a long history. | English",
    "Night market | Stalls | Opening hours",
])
def test_prose_and_other_rows_are_no_language_switch(line):
    assert not is_language_switch(line)


def test_a_language_switch_under_the_text_is_removed_and_recorded():
    doc = _doc("  • English")
    assert "• English" in _furniture(doc)
    assert "English" not in to_markdown(doc)


@pytest.mark.parametrize("line", [
    "Tool: Save | Print | E-mail",
    "Tools: Save | Print |",
    "Economy Tool: Save | Print | E-mail",
    "« »",
    "‹ ›",
    "• Share it :",
    "Share this article: WeChat",
    "Sharing lets more people see this good news.",
    "Share to let more friends read it",
    "扫描下方的二维码阅读本文",
    "微信扫一扫",
    "用微信扫描二维码分享本文",
    "http://app.example.cn/town-news.apk",
    "Download the Reservoir News mobile app, app url:",
    "Welcome use Download Reservoir News mobile app,app url:",
])
def test_share_tool_and_app_prompts_are_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "Residents can download the town's service app to book a stall.",
    "The tool library lends out saws and ladders for free.",
    "Sharing the harvest with neighbours is a custom of the town.",
    "Stalls: 42",
])
def test_sentences_about_tools_apps_and_sharing_stay(line):
    assert not is_furniture_line(line)


def test_prompts_under_the_text_are_removed_as_fixes_and_the_text_stays():
    tail = ("« »", "Sharing lets more people see this good news.", "扫描下方的二维码阅读本文",
            "http://app.example.cn/town-news.apk")
    doc = _doc(*tail)
    assert set(tail) <= set(_furniture(doc))
    md = to_markdown(doc)
    assert "waives the stall fee" in md and "apk" not in md and "« »" not in md
