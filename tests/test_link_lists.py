"""Other articles' headlines listed under the text (segment/link_lists.py), and the
line classifier's view of wrapped lines, captions and closings."""

from __future__ import annotations

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment import chrome
from bulletin_tools.segment.shape import is_photo_caption

TITLE = "Orchard pruning class held in Fengling Village"
PARA = ("On February 19, the agricultural service centre of Fengling Town held a pruning class in the pear "
        "orchard of Fengling Village. Technician Zhou Ming showed more than forty growers how to thin out "
        "crowded branches and how to seal large cuts before the spring.")
LINKS = ["- Ice lantern show opens in the provincial capital",
         "- Coach station adds night buses for the holiday rush",
         "- Two new kindergartens to open in the autumn"]


def _doc(*tail: str):
    return clean_text("\n".join([TITLE, "", "2024-02-20", "", PARA, *tail, ""]))


def _removed(doc) -> list[str]:
    return [f.before for f in doc.fixes if f.rule == "chrome"]


def test_headlines_of_other_articles_under_the_text_are_chrome():
    doc = _doc(*LINKS)
    assert _removed(doc) == LINKS
    assert all("a list of links after the text" in f.why for f in doc.fixes if f.rule == "chrome")


def test_a_run_under_its_lead_in_is_the_articles_own_list():
    # (words foreign to the prose, but opened by a bulleted lead-in or a long one)
    assert _removed(_doc("- The class also covered three other jobs:", *LINKS)) == []
    assert _removed(_doc("The growers asked for more classes on these subjects:", *LINKS)) == []


def test_a_boxs_short_label_does_not_keep_its_links():
    assert _removed(_doc("Other stories:", *LINKS)) == LINKS


def test_two_links_are_not_a_list_of_links():
    assert _removed(_doc(*LINKS[:2])) == []


def test_the_articles_own_points_stay():
    points = ["- Thin out crowded branches of the pear trees",
              "- Seal large cuts on the branches",
              "- Ask the service centre for a pruning visit"]
    assert _removed(_doc(*points)) == []


def test_items_ending_like_sentences_stay():
    items = [line + "." for line in LINKS]
    assert _removed(_doc(*items)) == []


def test_the_second_half_of_a_wrapped_sentence_is_not_judged():
    texts = [PARA, "The county will organize two inspections in January and March, and the",
             "results will be reported to the whole county"]
    shapes, _ = chrome.page_shapes(texts, lambda s: True)
    assert 2 not in shapes
    assert 1 not in shapes  # its first half goes on in lower case: not judged either


def test_an_arrow_points_at_the_picture_above():
    assert is_photo_caption("▲ Group photo of the prize winners")
    assert not is_photo_caption("Group photo")


import pytest  # noqa: E402

from bulletin_tools import lexicon  # noqa: E402
from bulletin_tools.segment.furniture import is_furniture_line  # noqa: E402


@pytest.mark.parametrize("line", [
    "Adjust font size:", "2 Comment(s)Print E-mail", "Print E-mail Bookmark and Share", "Tools: Save | Print |",
    "Email this to your friend", "Have any Question or Comment?", "3 thoughts on “Village road repaired",
    "BACK TO THE TOP", "Go to Forum >>0 Comments", "Add your comments...",
    "Racist, abusive and off-topic comments may be removed by the moderator.", "Image Attachments Links:",
    "The views and opinions expressed in this article are those of the author and do not reflect this site.",
    "上一条:Village road repaired", "免责声明: 本站文章来自网络", "Interval 5 seconds",
    "0100200707500000000000000111", "| 中文版 |", "Global Edition",
])
def test_portal_furniture_lines(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["MOST POPULAR", "Most read in 24h >>", "Related >>", "Recommended >>",
                                  "MorePhoto", "More from Qinghe Online"])
def test_portal_link_box_headings(line):
    assert lexicon.related_block().fullmatch(line)


@pytest.mark.parametrize("line", ["The font size of the signs was enlarged for older readers.",
                                  "Tools for saving water were handed out to 300 households.",
                                  "20 comments were received from villagers on the draft plan."])
def test_sentences_that_share_words_with_furniture_stay(line):
    assert not is_furniture_line(line)


@pytest.mark.parametrize("line", ["CHINA-SHANXI-WATER SHORTAGE VILLAGERS-RELOCATION (CN)",
                                  "CHINA-GUIZHOU-HILLSIDE SCHOOL (XINHUA)"])
def test_a_wire_photo_slug_is_furniture(line):
    assert is_furniture_line(line)


def test_a_hyphenated_headline_is_not_a_slug():
    assert not is_furniture_line("China-Laos railway carries 1,000 tourists on its first day")


@pytest.mark.parametrize("line, caption", [
    ("Photo taken on Aug. 8, 2017 shows a view of the celebration in the square.", True),
    ("Photo taken on Sept. 30 shows the new bridge.", True),
    ("A photo was taken in the town. It shows how much has changed.", False),
])
def test_a_dated_photo_description_with_an_abbreviated_month_is_a_caption(line, caption):
    assert is_photo_caption(line) is caption


def test_a_bulleted_menu_above_the_article_is_chrome():
    menu = ["· Speeches", "· Latest Releases", "· Meet the Delegates", "· State Structure"]
    doc = clean_text("\n".join([*menu, "", TITLE, "", "2024-02-20", "", PARA, ""]))
    assert _removed(doc) == menu
    assert doc.title.text == TITLE


def test_bulleted_key_points_above_the_text_stay():
    points = ["• Forty growers learn to thin out pear branches", "• Technician Zhou Ming shows how to seal cuts",
              "• Fengling Village orchard pruning class"]
    doc = clean_text("\n".join([TITLE, "", *points, "", PARA, ""]))
    assert _removed(doc) == []


def test_a_link_list_under_short_wire_paragraphs_is_chrome():
    short = ["ZHENGZHOU -- Wang Li was elected head of the county federation of trade unions on Monday.",
             "Wang, born in 1971, has worked in the county for twenty years."]
    doc = clean_text("\n".join([TITLE, "", *short, *LINKS, ""]))
    assert _removed(doc) == LINKS


def test_a_one_word_menu_entry_whose_word_recurs_is_not_the_headline():
    menu = ["WEATHER", "CHINA", "BUSINESS", "CULTURE", "PEOPLE", "TRAVEL", "Exchange Rates", "Hot Links"]
    title = "Village people elect their own committee"
    para = ("People of Dongshan Village elected a new village committee on Sunday. More than 900 people "
            "voted, and the people's choice for director was a 34-year-old teacher from the village school.")
    doc = clean_text("\n".join([*menu, title, para, ""]))
    assert doc.title.text == title


def test_the_first_half_of_a_cut_sentence_is_not_judged():
    texts = [PARA, "According to the", "county plan, the roads will be repaired before June."]
    shapes, _ = chrome.page_shapes(texts, lambda s: True)
    assert 1 not in shapes
    menu = [PARA, "Home", "news"]  # a menu in lower case is still judged
    shapes, _ = chrome.page_shapes(menu, lambda s: True)
    assert 1 in shapes


@pytest.mark.parametrize("line, furniture", [("1597668514000", True), ("1597668514", True),
                                             ("13800138000", False), ("2024", False)])
def test_a_raw_timestamp_line_is_furniture(line, furniture):
    assert is_furniture_line(line) is furniture


def test_a_story_closing_date_alone_is_no_dated_list():
    from bulletin_tools.segment.link_lists import _dated_run

    texts = ["Reported by the county office", "2024-03-11"]
    assert _dated_run(texts, 0, len(texts)) is None


def test_two_dated_headlines_below_the_text_are_a_list():
    from bulletin_tools.segment.link_lists import _dated_run

    texts = ["Tea Growers Try a New Pruning Calendar", "2024-02-27", "Hillside Villages Get Mobile Soil Testing",
             "2024-02-19", "Thanks to all readers."]
    assert _dated_run(texts, 0, len(texts)) == (0, 4)


def test_a_lead_in_pointing_to_other_stories_keeps_no_links():
    assert _removed(_doc("For more on the county this week, read these stories:", *LINKS))[-3:] == LINKS
