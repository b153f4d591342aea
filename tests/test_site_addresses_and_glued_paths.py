"""Header rows seen on city English sites (samples s332-s335): a site's
address standing for the source, a headline glued to the path that ends with
it, a wire dateline dating an undated story, a menu entry opened by a dash,
a nav line above a `Place: phrase` headline."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.outlets import is_bare_address, outlet_named
from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.header import date_line, is_label_line, parse_breadcrumb


def _doc(*parts: str):
    return clean_text("\n\n".join(parts) + "\n")


def _blocks(doc) -> list[str]:
    return [b.text for s in doc.sections for b in s.blocks]


def test_a_bulleted_trail_loses_its_bullet():
    assert parse_breadcrumb("  • Home > News > Local News") == ["Home", "News", "Local News"]


@pytest.mark.parametrize("name, address", [("ehainan.gov.cn", True), ("(equanzhou.com)", True),
                                           ("chinadaily.com.cn", False), ("Xinhua", False)])
def test_a_site_address_names_an_outlet(name, address):
    assert outlet_named(name) == name.strip("()")
    assert is_bare_address(name.strip("()")) is address


@pytest.mark.parametrize("name", ["http://www.lingxi.gov.cn", "https://lingxi.gov.cn/"])
def test_a_site_address_with_its_scheme_names_an_outlet(name):
    assert outlet_named(name) == name
    doc = _doc(TITLE, f"{name}    2024-03-18", PROSE)
    assert (doc.metadata.source, doc.metadata.date) == (name, "2024-03-18")


def test_a_site_address_before_an_updated_label_is_the_source():
    doc = _doc(TITLE, "lingxi.gov.cn | Updated: 2024-03-18", PROSE)
    assert (doc.metadata.source, doc.metadata.date) == ("lingxi.gov.cn", "2024-03-18")


def test_a_known_outlet_beats_a_site_address_as_source():
    doc = _doc("lingxi.gov.cn| Updated: March 18, 2024", "Home > News", TITLE, "(Xinhua) Updated: 2024-03-18 08:15", PROSE)
    assert doc.metadata.source == "Xinhua"
    assert doc.metadata.extra["outlet"] == "lingxi.gov.cn"


def test_an_address_before_a_label_makes_a_label_row():
    assert is_label_line("www.lingxi.gov.cn  Source: Lingxi Town Portal [Print] [Close]")
    assert not is_label_line("Lingxi Town holds a meeting  Source: the town")


def test_an_address_then_a_date_then_tools_is_a_date_row():
    found = date_line("(lingxi.gov.cn) 2024-03-18 Print Mail Share")
    assert found is not None and found[0].date == "2024-03-18"
    doc = _doc(TITLE, "(lingxi.gov.cn) 2024-03-18 Print Mail Share", PROSE)
    assert doc.metadata.source == "lingxi.gov.cn"
    assert "unlabelled" not in doc.metadata.extra
    assert any(f.rule == "furniture" and f.before == "Print Mail Share" for f in doc.fixes)


def test_a_bare_separator_after_the_headline_goes():
    doc = _doc(TITLE + " –", "Release time: 2024-03-18", PROSE)
    assert doc.title.text == TITLE


def test_a_headline_glued_to_the_path_that_ends_with_it():
    doc = _doc("Lingxi Town at a glanceHome > About Lingxi > Lingxi Town at a glance", PROSE, PROSE_2)
    assert doc.title.text == "Lingxi Town at a glance"
    assert list(doc.breadcrumb) == ["Home", "About Lingxi", "Lingxi Town at a glance"]


def test_a_path_glued_to_another_line_is_left_alone():
    # the path does not end with the words before it: no evidence they are a headline
    line = "Lingxi Town NewsHome > Town News > Water works"
    doc = _doc(line, TITLE, PROSE)
    assert doc.title.text == TITLE
    assert list(doc.breadcrumb) == ["Lingxi Town NewsHome", "Town News", "Water works"]


def test_a_wire_dateline_dates_an_undated_story():
    first = "LINGXI, China, March 18, 2024 /Lingxi News/ -- " + PROSE
    doc = _doc(TITLE, first)
    assert doc.metadata.date == "2024-03-18"
    assert _blocks(doc)[0] == first  # the dateline stays in the paragraph


def test_a_date_inside_a_sentence_is_no_dateline():
    doc = _doc(TITLE, "On March 18, 2024, the town -- with help from the county -- cleared the channels.")
    assert doc.metadata.date is None


def test_a_dash_entry_above_the_headline_is_the_masthead():
    doc = _doc("- General", TITLE, PROSE)
    assert doc.title.text == TITLE
    assert doc.metadata.extra["masthead"] == "- General"


def test_a_nav_line_over_a_place_and_phrase_headline():
    doc = _doc("nav search", "Lingxi: A town of channels and sluices", "Updated: 2019-03-02", PROSE)
    assert doc.title.text == "Lingxi: A town of channels and sluices"


@pytest.mark.parametrize("line", ["Print Mail   Large Medium Small", "Font: large in Small ] Printing",
                                  "Click here to view Chinese report."])
def test_tool_rows_are_furniture(line):
    doc = _doc(TITLE, "Release time: 2024-03-18", line, PROSE)
    assert _blocks(doc) == [PROSE]


def test_a_caption_under_the_headline_does_not_take_the_title():
    # the caption repeats the text's words more than the headline does, but it is a sentence
    doc = _doc("Home > News", "Lingxi volunteers ready the fields at last",
               "Volunteers clear the irrigation channels of Dongpo Village.", PROSE, PROSE_2)
    assert doc.title.text == "Lingxi volunteers ready the fields at last"


@pytest.mark.parametrize("row, date, time", [
    ("(Lingxi Daily Online) 08:07, October 13, 2022", "2022-10-13", "08:07"),
    ("Mon Oct 20 13:10:49 CST 2025", "2025-10-20", "13:10:49"),
])
def test_date_rows_in_other_orders(row, date, time):
    doc = _doc(TITLE, row, PROSE)
    assert (doc.metadata.date, doc.metadata.time) == (date, time)


def test_a_label_glued_after_a_name_in_capitals():
    doc = _doc(TITLE, "Views:10Author:YAN XUERONGTimes:2019-10-21", PROSE)
    assert (doc.metadata.author, doc.metadata.date, doc.metadata.views) == ("YAN XUERONG", "2019-10-21", 10)


def test_a_contact_banner_above_the_headline_is_the_masthead():
    doc = _doc("Add:No. 6, Wangchun Road, Lingxi Town", "Mr. Cui:+86-13084849696", TITLE, PROSE)
    assert doc.title.text == TITLE
    assert doc.metadata.extra["masthead"] == "Add:No. 6, Wangchun Road, Lingxi Town / Mr. Cui:+86-13084849696"


def test_a_headline_naming_a_public_security_bureau_is_no_contact_banner():
    headline = "Lingxi Public Security Bureau police hold anti-fraud talks in the market"
    doc = _doc(headline, "Release time: 2024-03-18", PROSE)
    assert doc.title.text == headline


def test_markdown_heading_hashes_are_not_part_of_the_title():
    doc = _doc("###" + TITLE, PROSE)
    assert doc.title.text == TITLE
    assert any(f.rule == "furniture" and f.before == "###" for f in doc.fixes)


def test_the_original_articles_link_closing_the_text_is_metadata():
    doc = _doc(TITLE, "Release time: 2024-03-18", PROSE, "Link of the original article:https://example.org/a/1")
    assert doc.metadata.extra["original_link"] == "https://example.org/a/1"
    assert _blocks(doc) == [PROSE]


@pytest.mark.parametrize("token", ["songbox7", "qrtzk", "ptq-318"])
def test_a_keyword_token_glued_to_a_mirrored_headline_goes(token):
    doc = _doc(f"{TITLE} {token}", PROSE)
    assert doc.title.text == TITLE
    assert any(f.rule == "title-spam" and f.before.strip() == token for f in doc.fixes)


@pytest.mark.parametrize("title", [
    "Lingxi Town volunteers clear irrigation channels with meritorious",  # a word the English list lacks
    "Lingxi Town volunteers clear irrigation channels and partici",      # a word cut short
])
def test_a_real_or_cut_word_ending_a_headline_stays(title):
    assert _doc(title, PROSE).title.text.startswith(title)


def test_a_token_the_text_uses_stays_in_the_headline():
    doc = _doc("Lingxi Town steps up work against covid-19", "The town's covid-19 team met on Monday. " + PROSE)
    assert doc.title.text == "Lingxi Town steps up work against covid-19"


@pytest.mark.parametrize("line", [
    "1 2 3 >", "Page 2", "Other posts by Lingxi Daily", "blog comments powered by Disqus", "Contact author",
    "...[More]", "Translate into Chinese:", "WeChat", "Estimated read time 3 min read",
])
def test_page_tools_seen_on_real_pages_are_furniture(line):
    from bulletin_tools.segment.furniture import is_furniture_line

    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["Page 2 of the plan lists the villages.", "3 4 5 6", "Contact the author of the plan"])
def test_lines_like_page_tools_but_with_words_are_not(line):
    from bulletin_tools.segment.furniture import is_furniture_line

    assert not is_furniture_line(line)


def test_a_you_may_also_like_block_after_the_text_goes():
    doc = _doc(TITLE, "Release time: 2024-03-18", PROSE, PROSE_2, "You may also like...\nLingxi opens a farm museum\nDongpo Village repairs its bridge")
    assert _blocks(doc) == [PROSE, PROSE_2]


def test_a_welcome_line_over_the_headline_is_the_masthead_not_its_first_line():
    doc = _doc("Welcome to Lingxi Town People's Government website !\n" + TITLE, "Updated: 2018-12-05 15:44:04", PROSE)
    assert doc.title.text == TITLE


def test_a_caption_with_a_slashed_bracket_credit_is_no_title():
    caption = "Volunteers clear the channels of Dongpo Village. [Li Na/For Lingxi Daily]"
    doc = _doc("Home >> Local", TITLE, "Source:Lingxi Daily Published:2018-08-22 09:36", caption, PROSE)
    assert doc.title.text == TITLE


def test_a_short_line_over_the_first_long_paragraph_heads_it():
    doc = _doc(TITLE, "Release time: 2024-03-18", "Channels ready for the sowing", PROSE + " " + PROSE_2)
    assert doc.sections[0].heading == "Channels ready for the sowing"
    assert _blocks(doc)[0].startswith("On Tuesday morning")


@pytest.mark.parametrize("first", ["Dear residents", "Fellow deputies,", "Lingxi"])
def test_a_salutation_or_a_lone_word_over_the_text_stays_a_paragraph(first):
    doc = _doc(TITLE, "Release time: 2024-03-18", first, PROSE + " " + PROSE_2)
    assert doc.sections[0].heading is None
    assert _blocks(doc)[0] == first


def test_a_line_over_a_paragraph_that_opens_with_the_headline_stays_a_paragraph():
    # a decree's first sentence names it: the headline would look cut and be 'completed'
    doc = _doc(TITLE, "Order of the Lingxi Town Government", TITLE + " was adopted at the town meeting. " + PROSE)
    assert doc.title.text == TITLE
    assert _blocks(doc)[0] == "Order of the Lingxi Town Government"


def test_a_column_name_over_a_long_headline_is_not_its_first_half():
    # the column's words recur in the text, as a wrapped headline's first half's would
    headline = "Inheriting the red tradition - Lingxi party members hold a building day at the martyrs' cemetery"
    text = ("To honour the martyrs, forty party members of Lingxi Town spent a building day at the cemetery, "
            "repairing paths and planting pines, as part of the town's party building work this spring.")
    doc = _doc("Party building\n" + headline + "\n" + text + "\n" + PROSE_2)
    assert doc.title.text == headline


@pytest.mark.parametrize("line", ["[…]", "activity_fororder_11", "Tools: Save | Print |"])
def test_placeholders_and_tool_rows_are_furniture(line):
    from bulletin_tools.segment.furniture import is_furniture_line

    assert is_furniture_line(line)


def test_escort_as_a_verb_is_no_spam():
    headline = "Lingxi police escort the herdsmen across the river"
    assert _doc(headline, PROSE).title.text == headline


def test_double_hyphen_lines_are_list_items():
    # a Chinese —— before each goal, machine-translated as `--`
    doc = _doc(TITLE, "Release time: 2024-03-18", PROSE + " The plan sets three goals:",
               "-- Clear every channel before the sowing;\n-- Repair the sluice gates;\n-- Plant trees along the banks.")
    kinds = [b.kind for s in doc.sections for b in s.blocks]
    assert kinds.count("item") == 3


def test_a_picture_story_whose_text_is_one_caption_keeps_it_as_its_paragraph():
    caption = ("The photo taken on March 23 shows volunteers clearing an irrigation channel in Dongpo Village, "
               "Lingxi Town, before the spring sowing. (Photo by Li Na)")
    doc = _doc(TITLE, caption)
    assert [(b.kind, b.text) for s in doc.sections for b in s.blocks] == [("paragraph", caption)]


def test_a_caption_beside_paragraphs_stays_a_caption():
    caption = "Volunteers clear a channel in Dongpo Village. (Photo by Li Na)"
    doc = _doc(TITLE, caption, PROSE)
    assert [b.kind for s in doc.sections for b in s.blocks] == ["caption", "paragraph"]
