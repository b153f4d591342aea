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


def _doc(*tail: str):
    return clean_text("\n".join([TITLE, "", "Date: 2024-05-09", "", PARA, "", *tail, ""]))


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


# -- teasers of other articles, cut by the template, under the text (segment/link_lists.py)

TEASERS = ["Second ferry pier on the reservoir begins trial runs ahead of...",
           "County museum lends more than two hundred relics to the...",
           "Bus route 9 extended to the new hospital",
           "Photo Stories",
           "  • Autumn rice harvest in the polder",
           "  • Tea pickers of the western hills"]


def _chrome(doc) -> list[str]:
    return [f.before for f in doc.fixes if f.rule == "chrome"]


def test_cut_teasers_and_the_lines_between_them_are_removed_as_fixes():
    doc = _doc(*TEASERS)
    assert _chrome(doc) == [t.strip() for t in TEASERS]
    assert all("bulleted or cut-off" in f.why for f in doc.fixes if f.rule == "chrome")
    assert "Photo Stories" not in to_markdown(doc)


def test_a_short_line_after_the_last_link_stays():
    doc = _doc(*TEASERS[:2], "  • Autumn rice harvest in the polder", "Reservoir Town Market Office")
    assert "Reservoir Town Market Office" not in _chrome(doc)
    assert "Reservoir Town Market Office" in to_markdown(doc)


def test_two_teasers_are_not_a_list():
    doc = _doc(*TEASERS[:2])
    assert _chrome(doc) == []


def test_lines_whose_words_recur_in_the_text_stay():
    own = ["Vegetables and rice wine from the nine villages of the...",
           "Stalls for bamboo crafts near the square of Reservoir...",
           "Stall fee waived for the first three months on the..."]
    doc = _doc(*own)
    assert _chrome(doc) == []


def test_a_sentence_that_trails_off_after_its_full_stop_is_no_teaser():
    from bulletin_tools.segment.link_lists import _is_teaser
    assert _is_teaser("County museum lends more than two hundred relics to the...")
    assert _is_teaser("Bus route 9 extended to the new…")
    assert not _is_teaser("The market opens at six. ...")
    assert not _is_teaser("Date: 2024-05-09 ...")


def test_a_share_prompt_glued_after_the_closing_credit_is_split_off_and_removed():
    doc = _doc("(Reporter: Tan Wei) (Editor: Lu Xin) Sharing lets more people see this good news.")
    assert "Sharing lets more people see this good news." in _furniture(doc)
    md = to_markdown(doc)
    assert "Lu Xin" in md and "Sharing lets" not in md


@pytest.mark.parametrize("line", ["Comment", "Pet Name", "Anonymous", "Username   Password   Anonymous",
                                  "Nickname: Password:"])
def test_a_comment_forms_fields_are_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["Comment on the draft plan is open until June 30.",
                                  "Anonymous donors gave 20,000 yuan to the village school."])
def test_sentences_about_comments_stay(line):
    assert not is_furniture_line(line)


def test_a_wire_end_mark_glued_after_the_last_sentence_is_removed():
    doc = _doc("The market will stay open until ten in the evening.Enditem")
    assert "Enditem" in _furniture(doc)
    md = to_markdown(doc)
    assert "until ten in the evening." in md and "Enditem" not in md


def test_a_wire_end_mark_alone_is_furniture():
    assert is_furniture_line("Enditem")
    assert not is_furniture_line("The end item of the agenda was the budget.")


@pytest.mark.parametrize("line", ["Please refer to when using the article.",
                                  "Please indicate the source when reprinting this article."])
def test_a_citation_request_is_furniture_even_without_its_object(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["  • 0", "• +1", "· 121"])
def test_a_counter_behind_a_bullet_is_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["• 12 villages joined the scheme", "0", "2024"])
def test_numbers_in_items_and_alone_are_not_counters(line):
    assert not is_furniture_line(line)


def test_two_language_names_alone_are_too_few_for_a_switch_row():
    assert not is_language_switch("Chinese | Japanese")
    assert is_language_switch("Chinese | Japanese | Korean")


@pytest.mark.parametrize("row, source", [
    ("Release time: 2023-05-02 10:11 Source: Linhe County Government [Font:", "Linhe County Government"),
    ("发布时间: 2023-05-02 10:11 来源: 临河县政府 【字体:   打印", "临河县政府"),
])
def test_a_font_label_left_at_the_end_of_a_label_row_is_furniture(row, source):
    # the size buttons were pictures: only the label is left, after the source's value
    doc = clean_text("\n".join([TITLE, "", row, "", PARA, ""]))
    assert doc.metadata.source == source
    assert any("Font" in f.before or "字体" in f.before for f in doc.fixes if f.rule == "furniture")


def test_a_font_label_inside_a_sentence_stays():
    line = "The sign painters chose a font: a plain one, large enough to be read from the road."
    doc = clean_text("\n".join([TITLE, "", "Date: 2024-05-09", "", PARA, "", line, ""]))
    assert any(line in b.text for s in doc.sections for b in s.blocks)


@pytest.mark.parametrize("row", [
    "0 Comment(s)Print E-mail Xinhua, May 4, 2021",
    "12 CommentsPrint E-mail Xinhua, May 4, 2021",
])
def test_a_tool_row_glued_before_the_date_row_is_furniture(row):
    doc = clean_text("\n".join([TITLE, "", row, "", PARA, ""]))
    assert (doc.metadata.date, doc.metadata.source) == ("2021-05-04", "Xinhua")
    assert any(f.rule == "furniture" and "Print" in f.before for f in doc.fixes)
    assert doc.sections[0].blocks[0].text == PARA


@pytest.mark.parametrize("heading", ["Recommended Reading   Change it", "👇These Stories May Help You",
                                     "The following stories may interest you"])
def test_a_related_links_heading_takes_its_links_with_it(heading):
    doc = _doc(heading, "How to Apply for a Stall at the Night Market", "Which Villages Sell Rice Wine?")
    text = to_markdown(doc)
    assert "Apply for a Stall" not in text and "Rice Wine?" not in text
    assert "waives the stall fee" in text


@pytest.mark.parametrize("row", ["Print | Close", "Printer-friendly version", "Return", "Error correction",
                                 "【我要纠错】", "Scan to read on mobile"])
def test_tool_rows_under_the_text_are_furniture(row):
    doc = _doc(row)
    assert row in _furniture(doc) or row.strip("【】") in " ".join(_furniture(doc))
    assert "waives the stall fee" in to_markdown(doc)


@pytest.mark.parametrize("line", [
    "Welcome!",
    "Welcome to Qiaotou Town People's Government",
    "welcome to visit the Hexi County Water Bureau!",
    "f t w",
    "F T G M",
    "Download our app for more news",
    "Report/feedback",
    "[Report errors]",
    "Click to view more >>",
    "Accessibility",
    "Care mode",
    "Skip to main content",
    "The current page is in English. Click here for Chinese.",
    "Disclaimer: the English version is machine-translated for reference only.",
])
def test_furniture_found_by_trying_variants(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "Welcome to Hexi, said the county head, and he thanked the guests.",
    "Welcome to the villagers who came from Lanxi. The fair opens at nine.",
    "Feedback",
    "Welcome to Hexi County",
    "A new app for farmers went online in May.",
    "The translation of the county's tea book into English was finished in 2023.",
])
def test_sentences_and_headings_near_those_forms_are_not_furniture(line):
    assert not is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "Today: Thursday, May 16, 2024  Sunny 18-26℃",
    "Beijing time 2024-05-16 10:22",
    "Hot words: mediation  parking  repairs",
    "Search: Enter keywords",
    "Your browser does not support the video tag.",
    "Video loading...",
    "00:00 / 03:25",
    "Swipe left for more",
    "Follow us on WeChat",
    "Official WeChat account",
    "WeChat public account: Beishan Release",
    "Weibo: @Beishan Release",
    "Long press to recognise the QR code",
    "Link copied",
    "Site map",
    "A+ A A-",
    "Large | Medium | Small",
    "Likes 36",
    "Government Information Disclosure | Online Service | Interaction",
])
def test_widgets_found_by_trying_variants(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "Thursday, May 16: sunny, 18-26℃",
    "Sunny days and 30℃ heat ahead",
    "Name | Post | Unit",
    "Home | News | Notices | Services",
    "Views: 1,208",
    "Read: 1208",
    "Play areas for children open in three parks",
])
def test_rows_near_the_widget_forms_are_not_furniture(line):
    assert not is_furniture_line(line)


def test_a_comment_count_above_the_text_ends_nothing():
    # `0 comments` is a blog's end mark only after some of the text: under the
    # date row it is a counter, and the paragraphs under it are the article's
    doc = clean_text("\n".join([TITLE, "", "Date: 2024-05-09", "", "0 comments", "", PARA, ""]))
    assert PARA[:40] in to_markdown(doc)
    assert "0 comments" in _furniture(doc)


@pytest.mark.parametrize("line", ["[End]", "【END】", "#Qiaotou rice#", "#河西新闻# #春耕#"])
def test_end_marks_in_brackets_and_topic_tags(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["# Lanxi tea festival #", "#1 priority is water"])
def test_a_markdown_heading_or_a_number_sign_is_no_topic_tag(line):
    assert not is_furniture_line(line)


@pytest.mark.parametrize("line", ["搜索", "请输入关键字", "无障碍阅读", "繁体版", "收藏本页", "视力保护色：",
                                  "Favorite this page", "Home Township News Notices Text", "首页 新闻中心 正文"])
def test_site_tools_in_chinese_and_a_trail_without_separators(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("where", ["under the headline", "under the text"])
def test_a_second_trail_from_home_is_furniture(where):
    second = "Home > Town News > Culture"
    lines = ["Home > Town News", "", TITLE, "", "Date: 2024-05-09", "", PARA, "", "Copyright © 2024 Reservoir Town"]
    lines.insert(3 if where == "under the headline" else 7, second)
    lines.insert(4 if where == "under the headline" else 8, "")
    doc = clean_text("\n".join(lines) + "\n")
    assert doc.title is not None and doc.title.text == TITLE
    assert second in _furniture(doc)
    assert PARA[:40] in to_markdown(doc)


@pytest.mark.parametrize("line", [
    "Reading this post needs", "Reading the text takes about 7 minutes", "9 Minute", "5 min read",
    "It takes 5 minutes to read this article",
])
def test_reading_time_rows_are_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "Reading the story needs patience, its author admits.", "Nine minutes later the bus arrived.",
    "The walk takes 30 minutes from the village.",
])
def test_sentences_about_minutes_and_reading_stay(line):
    assert not is_furniture_line(line)


def test_a_reading_time_tail_of_the_date_row_is_removed():
    doc = clean_text("\n".join([TITLE, "", "Published May 9, 2024 • 5 MIN READ", "", PARA, ""]))
    assert doc.metadata.date == "2024-05-09"
    assert "5 MIN READ" in _furniture(doc)[0]


@pytest.mark.parametrize("line", ["click here to send your comment", "Click to write us a reply:", "Leave a message"])
def test_an_enquiry_box_prompt_is_furniture(line):
    assert is_furniture_line(line)
