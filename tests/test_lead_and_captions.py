"""The lead of a body (teaser, unlabelled byline), captions without a bracketed
photo credit, and paths printed as numbered lists: patterns first seen on real
pages, pinned in words written for this project (whole pages: samples s312-s317)."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment import captions, lead
from bulletin_tools.segment.header import parse_path
from bulletin_tools.textmap import MappedText
from bulletin_tools.passes.truncation import check_description


def _page(*top: str, body: tuple[str, ...] = (PROSE, PROSE_2)) -> str:
    parts = [*top, ""]
    for para in body:
        parts += [para, ""]
    return "\n".join(parts)


def _first_paragraph(doc) -> str:
    return next(b.text for s in doc.sections for b in s.blocks if b.kind == "paragraph")


# ---- teaser ---------------------------------------------------------------

def test_a_cut_copy_of_the_first_paragraph_above_it_is_the_description():
    teaser = PROSE[:120] + " […]"
    doc = clean_text(_page(TITLE, "", teaser))
    assert doc.description is not None
    assert doc.description.truncated and doc.description.repaired
    assert doc.description.original == teaser
    assert doc.description.text.endswith("checked every sluice gate.")
    assert _first_paragraph(doc) == PROSE  # the paragraph itself stays in the body


def test_a_teaser_cut_mid_word_after_an_updated_date_gives_date_and_description():
    cut = PROSE.index("volunteers") + 4  # `… forty volu`
    doc = clean_text(_page(TITLE, "", "Last Updated: 2024/05/16, " + PROSE[:cut]))
    assert doc.metadata.date == "2024-05-16"
    assert doc.description is not None and doc.description.truncated
    assert doc.description.original == PROSE[:cut]
    assert "unlabelled" not in doc.metadata.extra


def test_a_first_paragraph_that_a_second_does_not_continue_is_no_teaser():
    # two different paragraphs: nothing is taken out of the body
    doc = clean_text(_page(TITLE))
    assert doc.description is None
    assert _first_paragraph(doc) == PROSE


def test_a_whole_sentence_repeated_is_not_a_cut_teaser():
    first_sentence = "On Tuesday morning, the Lingxi Town government organised forty volunteers."
    assert lead.teaser(MappedText.identity(first_sentence), PROSE) is None


def test_a_teaser_must_agree_with_the_paragraph_word_for_word():
    other = "On Tuesday morning, the Hexi Village committee called a meeting of all the household heads to disc"
    assert lead.teaser(MappedText.identity(other), PROSE) is None


def test_the_site_s_ellipsis_marks_a_description_as_cut():
    body = [PROSE]
    verdict = check_description(PROSE[:60] + "…", body)
    assert verdict.truncated and verdict.repaired and verdict.reason == "cut-mark"
    unrelated = check_description("Something else entirely is said here by the summary box …", body)
    assert unrelated.truncated and not unrelated.repaired
    assert unrelated.text == unrelated.original


# ---- byline ----------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("This newspaper reporter Chen Xiaoyu correspondent Luo Jian",
     [("extra:reporter", "Chen Xiaoyu"), ("extra:correspondent", "Luo Jian")]),
    ("Our station reporter Li Na", [("extra:reporter", "Li Na")]),
    ("County Media Centre reporter Wang Wei and Zhao Lin", [("extra:reporter", "Wang Wei and Zhao Lin")]),
])
def test_an_unlabelled_byline_gives_one_field_per_role(line, expected):
    fields = lead.byline(MappedText.identity(line))
    assert fields is not None
    assert [(f.field, f.value.text) for f in fields if f.field != "stray"] == expected
    # the words before the first role (`This newspaper`) are kept as a stray value
    lead_in = line[: line.lower().index("reporter")].strip()
    assert [f.value.text for f in fields if f.field == "stray"] == ([lead_in] if lead_in else [])


@pytest.mark.parametrize("line", [
    "The reporter learned from the county bureau that work will start in May.",  # a sentence
    "Reporters visited Dongpo Village on Tuesday",  # a verb, not a name
    "Our reporter went to see 3 villages",
])
def test_a_sentence_about_a_reporter_is_not_a_byline(line):
    assert lead.byline(MappedText.identity(line)) is None


def test_a_byline_above_the_first_paragraph_goes_to_metadata():
    doc = clean_text(_page(TITLE, "", "This newspaper reporter Chen Xiaoyu correspondent Luo Jian"))
    assert doc.metadata.author == "Chen Xiaoyu"  # the page names no author: its reporter is the writer
    assert doc.metadata.extra["correspondent"] == "Luo Jian"
    assert _first_paragraph(doc) == PROSE


# ---- captions ----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Meeting site", "conference site", "The training scene", "Activity scene",
    "Scene of the signing ceremony", "Scene of the opening meeting in Lingxi, Hexi County",
])
def test_scene_captions(line):
    assert captions.is_scene_caption(line)


@pytest.mark.parametrize("line", [
    "Construction sites", "Visit to the site", "Meeting site selection for 2025:", "Site 3", "Work site",
    "Reservoirs and ponds",
])
def test_headings_that_are_not_scene_captions(line):
    assert not captions.is_scene_caption(line)


def test_captions_closed_by_a_credit_in_capitals_or_an_outlet_in_brackets():
    assert captions.has_closing_credit("Volunteers practise chest compressions at the centre. WANG LEI / LINGXI MEDIA")
    assert captions.has_closing_credit("Members make dumplings for the elderly at the care centre. [Lingxi Daily]")
    assert not captions.has_closing_credit("The plan covers AND / OR rules")  # no sentence before it
    assert not captions.has_closing_credit("See the list [below]")


def test_a_scene_caption_before_the_first_paragraph_is_a_caption_block():
    doc = clean_text(_page(TITLE, "", "Meeting site"))
    blocks = [b for s in doc.sections for b in s.blocks]
    assert (blocks[0].kind, blocks[0].text) == ("caption", "Meeting site")
    assert _first_paragraph(doc) == PROSE


# ---- numbered path ---------------------------------------------------------------

def test_a_path_printed_as_a_numbered_list():
    assert parse_path("1. Home 2. News Center 3. Work Trends") == ["Home", "News Center", "Work Trends"]
    assert parse_path("1. Clear the channels 2. Check the gates") is None  # a list: no Home
    assert parse_path("1. Home 3. News") is None  # numbers must run 1, 2, 3


def test_a_numbered_path_above_the_title_is_the_breadcrumb():
    doc = clean_text(_page("1. Home 2. Town News", "", TITLE))
    assert doc.breadcrumb == ("Home", "Town News")
    assert doc.title.text == TITLE


# ---- an outlet glued after the author; entities broken by translation -------------

from bulletin_tools.outlets import split_outlet  # noqa: E402


@pytest.mark.parametrize("value, expected", [
    ("Cao Yu | China Daily", ("Cao Yu", "China Daily")),
    ("Cui Jia (China Daily)", ("Cui Jia", "China Daily")),
    ("Li Na (Xinhua)", ("Li Na", "Xinhua")),
    ("Wang Wei and Zhao Lin | Lingshan Evening News", ("Wang Wei and Zhao Lin", "Lingshan Evening News")),
])
def test_an_outlet_after_the_author_is_split_off(value, expected):
    assert split_outlet(value) == expected


@pytest.mark.parametrize("value", [
    "Wang Wei | Zhao Lin",  # two people, no outlet
    "Li Na (intern)",
    "Li Na",
    "Cao Yu | the county's own reporters group of the year 2024",
])
def test_no_outlet_no_split(value):
    assert split_outlet(value) is None


def test_the_outlet_becomes_the_source_or_an_extra_field():
    doc = clean_text(_page(TITLE, "By Li Ming (Lingxi Daily) Updated: 2024-05-15 07:21"))
    assert (doc.metadata.author, doc.metadata.source) == ("Li Ming", "Lingxi Daily")
    doc = clean_text(_page(TITLE, "Author: Cao Yu | Lingxi Daily   Source: Lingxi Net"))
    assert (doc.metadata.author, doc.metadata.source) == ("Cao Yu", "Lingxi Net")
    assert doc.metadata.extra["outlet"] == "Lingxi Daily"


def test_entities_broken_apart_by_translation_are_decoded_as_fixes():
    doc = clean_text(_page(TITLE, body=(PROSE.replace("morning,", "morning,& nbsp"),
                                        "He said & ldquo;we will come back& rdquo; to the village.")))
    text = " ".join(b.text for s in doc.sections for b in s.blocks)
    assert "nbsp" not in text and "ldquo" not in text
    assert "\u201cwe will come back\u201d" in text
    assert {f.before.strip() for f in doc.fixes if f.rule == "html-tag"} >= {"& nbsp", "& ldquo;", "& rdquo;"}
    # words that merely follow an ampersand are text
    doc = clean_text(_page(TITLE, body=("The R&D centre and the Q&A desk of AT&T opened in the town on Monday.", PROSE)))
    assert "R&D centre and the Q&A desk of AT&T" in doc.sections[0].blocks[0].text


@pytest.mark.parametrize("where", ["top", "end"])
def test_the_source_said_in_a_sentence_is_the_source(where):
    said = "This article is from Lingxi County Government."
    page = _page(TITLE, "", said) if where == "top" else _page(TITLE, body=(PROSE, PROSE_2, said))
    doc = clean_text(page)
    assert doc.metadata.source == "Lingxi County Government"
    assert all(said not in b.text for s in doc.sections for b in s.blocks)


def test_a_sentence_that_only_starts_like_a_source_is_text():
    said = "This article is from the submission, does not represent the position of the county or of this site."
    assert lead.source_sentence(MappedText.identity(said)) is None


# ---- after an end-of-article mark ----------------------------------------------------

def test_teasers_after_an_end_mark_are_furniture_up_to_the_footer():
    teasers = ("Heavy rain closes the mountain road to Hexi for two days...",
               "Lingxi launches its first rural book fair")
    page = _page(TITLE, body=(PROSE, PROSE_2, "Editor: Zhou Min", "- END -", *teasers,
                              "Copyright © 2024 Lingxi Town People's Government"))
    doc = clean_text(page)
    removed = [f.before.strip() for f in doc.fixes if f.rule == "furniture"]
    assert removed == ["- END -", *teasers]
    assert doc.footer.copyright is not None  # the footer is still read


def test_numbered_items_and_dates_after_an_end_mark_are_kept():
    page = _page(TITLE, body=(PROSE, PROSE_2, "(End)", "1. Application form for the subsidy", "March 5, 2024"))
    doc = clean_text(page)
    removed = [f.before.strip() for f in doc.fixes if f.rule == "furniture"]
    assert removed == ["(End)"]


def test_a_breadcrumb_with_broken_arrows_and_an_is_in_its_prefix():
    doc = clean_text(_page("Your current location is:Home & gt; & gt; Town News", "", TITLE))
    assert doc.breadcrumb == ("Home", "Town News")
    assert doc.title.text == TITLE


# ---- cases that were known failures (tests/known_failures.jsonl) -----------------------

def test_a_source_label_glued_before_the_lead_is_split_off():
    doc = clean_text(_page(TITLE, body=("This article is from: Lingxi Town Water Station  " + PROSE, PROSE_2)))
    assert doc.metadata.source == "Lingxi Town Water Station"
    assert _first_paragraph(doc) == PROSE


def test_the_second_line_of_a_wrapped_headline_is_not_possible_chrome():
    first, second = "Lingxi Town trains 80 farmers in drone spraying for", "the Summer Rice Crop"
    doc = clean_text(_page(first, second, "", "Release time: 2024-06-11"))
    assert doc.title.text == f"{first} {second}"
    assert [f for f in doc.findings if f.code == "possible-chrome"] == []


def test_a_notice_s_salutation_closing_and_signature_are_not_chrome():
    notice = ("Dear villagers:", PROSE, "Thank you for your cooperation.", "Lingxi Town Water Station")
    doc = clean_text(_page("Notice on Clearing the Irrigation Channels", "", "Release time: 2024-03-02", body=notice))
    assert [f for f in doc.findings if f.code == "possible-chrome"] == []
    assert not [f for f in doc.fixes if f.rule == "chrome"]
    text = [b.text for s in doc.sections for b in s.blocks]
    assert "Thank you for your cooperation." in text and "Lingxi Town Water Station" in text


@pytest.mark.parametrize("prefix, kept", [
    ("Lingxi County Government - Town News - ", "Lingxi County Government - Town News"),
    ("Lingxi Town Portal | ", "Lingxi Town Portal"),
])
def test_a_site_name_and_column_before_the_headline_go_to_the_masthead(prefix, kept):
    doc = clean_text(_page(prefix + TITLE, "", "Release time: 2024-03-18"))
    assert doc.title.text == TITLE
    assert doc.metadata.extra["masthead"] == kept
    assert [f.before for f in doc.fixes if f.rule == "title-site-suffix"] == [prefix]


@pytest.mark.parametrize("title", [
    "Hospital - Community Partnership Improves Care for the Elderly",  # one word is no site name
    "Spring Sowing - Lingxi Town volunteers clear irrigation channels",  # no site name first
])
def test_a_title_with_a_dash_but_no_site_name_before_it_is_kept(title):
    doc = clean_text(_page(title, "", "Release time: 2024-03-18"))
    assert doc.title.text == title


def test_a_credit_glued_after_the_last_sentence_closes_the_body():
    doc = clean_text(_page(TITLE, body=(PROSE, PROSE_2 + " (author: Zhou Min)")))
    assert doc.metadata.author == "Zhou Min"
    assert doc.sections[-1].blocks[-1].text == PROSE_2


def test_brackets_at_the_end_of_a_sentence_that_are_no_credit_stay():
    last = PROSE_2 + " (see the map below)"
    doc = clean_text(_page(TITLE, body=(PROSE, last)))
    assert doc.metadata.author is None
    assert doc.sections[-1].blocks[-1].text == last


def test_a_credit_row_glued_after_the_last_sentence_closes_the_body():
    doc = clean_text(_page(TITLE, body=(PROSE, PROSE_2 + "Editor: Zhou Min  Source: Lingxi Town Office")))
    assert (doc.metadata.editor, doc.metadata.source) == ("Zhou Min", "Lingxi Town Office")
    assert doc.sections[-1].blocks[-1].text == PROSE_2


def test_a_label_inside_the_last_sentence_is_text():
    last = "The head of the station said: the volunteers will come back after the sowing."
    doc = clean_text(_page(TITLE, body=(PROSE, last)))
    assert doc.sections[-1].blocks[-1].text == last


@pytest.mark.parametrize("line", [
    "Copyright notice: This article is reprinted from the network, only represents the author's view and has "
    "nothing to do with this site. If any article or comment here infringes your rights, please tell us by "
    "telephone and we will deal with it in time.",
    "Get the latest price? We'll respond as soon as possible (within 12 hours)",
    "Request a quote",
])
def test_long_reprint_notices_and_price_forms_are_furniture(line):
    doc = clean_text(_page(TITLE, body=(PROSE, PROSE_2, line)))
    assert [f.before.strip() for f in doc.fixes if f.rule == "furniture"] == [line]


def test_a_numbered_path_one_crumb_a_line_is_the_breadcrumb():
    doc = clean_text(_page("1. Home", "  2. Town News", "", TITLE))
    assert doc.breadcrumb == ("Home", "Town News")
    assert doc.title.text == TITLE


def test_numbered_lines_without_home_stay_a_list():
    doc = clean_text(_page("1. Clear the channels", "2. Check the gates", "", TITLE))
    assert doc.breadcrumb == ()


# ---- list numbers left bare by stripped markup ---------------------------------

@pytest.mark.parametrize("debris", ["1.", "  1.", "(2)", "3、"])
def test_a_bare_list_number_above_the_title_is_furniture(debris):
    doc = clean_text(_page(debris, "", TITLE))
    assert doc.title.text == TITLE
    assert any(f.rule == "furniture" and f.before == debris.strip() for f in doc.fixes)



@pytest.mark.parametrize("closing", ["Thank you all!", "Thank you.", "Thank you everyone!"])
def test_a_speech_s_closing_thanks_are_not_chrome(closing):
    doc = clean_text(_page("Speech at the County Spring Sowing Meeting", "", "Release time: 2024-03-02",
                           body=(PROSE, closing)))
    assert closing in [b.text for s in doc.sections for b in s.blocks]
    assert not [f for f in doc.findings if f.code == "possible-chrome"]


def test_a_tool_row_glued_to_the_breadcrumb_is_furniture():
    doc = clean_text(_page("Home / Town / Local News Tools: Save | Print | E-mail | Most Read", "", TITLE))
    assert doc.breadcrumb == ("Home", "Town", "Local News")
    assert [f.before.strip() for f in doc.fixes if f.rule == "furniture"] == ["Tools: Save | Print | E-mail | Most Read"]


@pytest.mark.parametrize("prefix", ["The current position:", "Your present location:"])
def test_more_breadcrumb_prefixes(prefix):
    doc = clean_text(_page(prefix + "Home>Town News>Notices", "", TITLE))
    assert doc.breadcrumb == ("Home", "Town News", "Notices")


@pytest.mark.parametrize("line, author", [
    ("By Xinhua writer Chen Lu", "Chen Lu"),
    ("By Cao Yin and Li Na", "Cao Yin and Li Na"),
    ("by admin", "admin"),
])
def test_a_credit_without_colon_above_the_text_is_the_author(line, author):
    doc = clean_text(_page(TITLE, "", line, "", PROSE))
    assert doc.metadata.author == author
    assert _first_paragraph(doc) == PROSE


@pytest.mark.parametrize("line, source", [("By ( qinghenews.cn )", "qinghenews.cn"), ("By Qinghe Daily", "Qinghe Daily")])
def test_a_by_credit_naming_only_a_paper_is_the_source(line, source):
    # (a labelled `Author:` row keeps the media centre it names: see test_metadata's corpus cases)
    doc = clean_text(_page(TITLE, "", line, "", PROSE))
    assert (doc.metadata.author, doc.metadata.source) == (None, source)
    assert _first_paragraph(doc) == PROSE


@pytest.mark.parametrize("line", ["By the end of May, the town had repaired 12 bridges.", "By then",
                                  "By 2025 the county will have 40 libraries"])
def test_sentences_opening_with_by_are_not_credits(line):
    assert lead.by_credit(MappedText.identity(line)) is None


def test_a_bullet_before_the_headline_is_markup():
    doc = clean_text(_page("• " + TITLE, "", "Release time: 2024-03-18"))
    assert doc.title.text == TITLE
    assert [f.before for f in doc.fixes if f.rule == "furniture"] == ["• "]


def test_a_language_switcher_is_a_link_bar():
    from bulletin_tools.segment.furniture import is_furniture_line
    assert is_furniture_line("Home | Simplified Chinese | Japanese | Korean")
    assert not is_furniture_line("Chinese | Japanese")  # two items: too few for a bar


@pytest.mark.parametrize("glued", ["-pay.91860.net", "-m6米乐app"])
def test_spam_glued_to_the_headline_with_a_hyphen_goes_whole(glued):
    doc = clean_text(_page(TITLE + glued, "", "Release time: 2024-03-18"))
    assert doc.title.text == TITLE
    assert [f.before for f in doc.fixes if f.rule == "title-spam"] == [glued]


def test_a_hyphenated_word_ending_a_headline_is_not_spam():
    title = "Town opens a new e-commerce service centre for farmers in Lingxi-Xiaxi"
    doc = clean_text(_page(title, "", "Release time: 2024-03-18"))
    assert doc.title.text == title


@pytest.mark.parametrize("row, source", [
    ("Xinhua | Updated: 2020-12-28 10:20", "Xinhua"),
    ("(chinadaily.com.cn) Updated : 2020-08-20", "chinadaily.com.cn"),
    ("2015-07-01 09:14Xinhua Editor: Gu Li", "Xinhua"),
])
def test_an_outlet_left_unlabelled_in_a_header_row_is_the_source(row, source):
    doc = clean_text(_page(TITLE, "", row))
    assert doc.metadata.source == source


def test_an_unlabelled_outlet_gives_way_to_a_labelled_source():
    doc = clean_text(_page(TITLE, "", "Xinhua | Updated: 2020-12-28 10:20   Source: Lingxi Town Government"))
    assert doc.metadata.source == "Lingxi Town Government"
    assert doc.metadata.extra["outlet"] == "Xinhua"


def test_an_unlabelled_word_that_is_no_outlet_stays_unlabelled():
    doc = clean_text(_page(TITLE, "", "Lingxi | Updated: 2020-12-28 10:20"))
    assert doc.metadata.source is None
    assert doc.metadata.extra["unlabelled"] == "Lingxi"


def test_an_app_download_prompt_glued_to_a_value_is_furniture():
    doc = clean_text(_page(TITLE, "", "2020-11-20 13:49 Editor: Jing Yuxin ECNS App Download"))
    assert doc.metadata.editor == "Jing Yuxin"


def test_bulleted_label_rows_are_label_rows():
    doc = clean_text(_page(TITLE, "", "  • Release date:2022-09-13  10:34", "  • Views: 57"))
    assert (doc.metadata.date, doc.metadata.time, doc.metadata.views) == ("2022-09-13", "10:34", 57)
    assert [f.before for f in doc.fixes if f.rule == "furniture"] == ["•", "•"]


@pytest.mark.parametrize("credit, source, date", [
    ("(Xinhua News Agency November 15, 2007)", "Xinhua News Agency", "2007-11-15"),
    ("(CCTV September 16, 2009)", "CCTV", "2009-09-16"),
])
def test_an_outlet_and_date_in_brackets_closing_the_body_are_metadata(credit, source, date):
    doc = clean_text(_page(TITLE, body=(PROSE, PROSE_2, credit, "1   2", "Tools: Save | Print | E-mail | Most Read")))
    assert (doc.metadata.source, doc.metadata.date) == (source, date)
    assert credit not in [b.text for s in doc.sections for b in s.blocks]


@pytest.mark.parametrize("line", ["(Photo taken on May 3, 2021)", "(Li Na May 3, 2021)", "(CCTV)"])
def test_other_brackets_are_no_outlet_credit(line):
    assert lead.outlet_date_credit(MappedText.identity(line)) is None


def test_a_bare_number_between_title_and_label_row_is_furniture():
    doc = clean_text(_page(TITLE, "", "1", "2020-11-20 13:49:32 Editor: Jing Yu"))
    assert doc.title.text == TITLE
    assert doc.metadata.editor == "Jing Yu"
    assert "1" in [f.before for f in doc.fixes if f.rule == "furniture"]


def test_a_bare_number_under_the_title_opening_a_list_stays():
    doc = clean_text(_page(TITLE, "", "1.", "Clear the irrigation channels before the sowing."))
    assert "1" not in [f.before.rstrip(".") for f in doc.fixes if f.rule == "furniture"]


@pytest.mark.parametrize("line", ["  • User Name Required", "• Your Comment", "Password",
                                  "主站蜘蛛池模板: 某县| 某市"])
def test_comment_form_fields_and_link_farm_footers_are_furniture(line):
    from bulletin_tools.segment.furniture import is_furniture_line
    assert is_furniture_line(line)


def test_a_headline_with_its_fields_glued_on_is_the_title():
    doc = clean_text(_page("Home > News", "", TITLE + " Release date: 2020-02-13    Source:Xinhua", "", "",
                           body=(PROSE,)))
    assert doc.title.text == TITLE
    assert (doc.metadata.date, doc.metadata.source) == ("2020-02-13", "Xinhua")


def test_a_name_in_brackets_then_a_credit_closing_the_body():
    doc = clean_text(_page(TITLE, body=(PROSE, PROSE_2, "(Wang Kun) (Editor: Gu Lan, Chen Kang).")))
    assert (doc.metadata.author, doc.metadata.editor) == ("Wang Kun", "Gu Lan, Chen Kang")


def test_a_glued_credit_is_found_above_a_cut_off_comment_form():
    doc = clean_text(_page(TITLE, body=(PROSE, PROSE_2.rstrip(".") + ". (author: Wu Ya)", "Your email address will")))
    assert doc.metadata.author == "Wu Ya"


def test_a_spam_line_above_the_title_is_chrome_not_the_masthead():
    spam = "博彩网站大全,百家乐在线,澳门赌场官网"
    doc = clean_text(_page(spam, "", TITLE, "", "Release time: 2024-03-18"))
    assert doc.title.text == TITLE
    assert "masthead" not in doc.metadata.extra
    [fix] = [f for f in doc.fixes if f.before == spam]
    assert fix.rule == "chrome" and fix.why  # by its shape, or by its spam words: either says why


def test_a_keywords_row_under_the_text_is_metadata():
    doc = clean_text(_page(TITLE, body=(PROSE, PROSE_2, "KEY WORDS: poverty alleviation", "Prev 1 2 3 Next   >>|")))
    assert doc.metadata.extra["keywords"] == "poverty alleviation"
    assert [b.text for s in doc.sections for b in s.blocks][-1] == PROSE_2


@pytest.mark.parametrize("spam, words", [
    ("Play at the best online casino today and win with the sports betting odds", "online casino, sports betting"),
    ("Sugar daddy and sugar baby dating site for the rich and the lonely", "Sugar daddy, sugar baby"),
])
def test_an_english_spam_line_above_the_headline_is_chrome_naming_its_spam(spam, words):
    doc = clean_text(_page(spam, "", TITLE, "", "Release time: 2024-03-18"))
    assert doc.title.text == TITLE
    assert [f.why for f in doc.fixes if f.before == spam] == ["spam above the title: " + words]
    assert "masthead" not in doc.metadata.extra


def test_a_short_bulleted_entry_above_the_headline_is_the_masthead():
    doc = clean_text(_page("• News", "", TITLE, "", "Release time: 2024-03-18"))
    assert doc.title.text == TITLE
    assert doc.metadata.extra["masthead"] == "• News"


def test_an_untranslated_column_before_an_english_headline_is_the_masthead():
    doc = clean_text(_page("乡村振兴 丨" + TITLE, "", "chinadaily2020-07-22 10:46"))
    assert doc.title.text == TITLE
    assert doc.metadata.extra["masthead"] == "乡村振兴"
    assert doc.metadata.source == "chinadaily"


def test_a_link_box_heading_does_not_swallow_the_headline_under_it():
    doc = clean_text(_page("Hot Concern", "Column list", TITLE, "From: Lingxi Town   Author: Li Na"))
    assert doc.title.text == TITLE
    assert doc.metadata.source == "Lingxi Town"


@pytest.mark.parametrize("row, source", [
    ("Updated: 2022-02-17    Source: Lanxi Daily Large Medium Small Print", "Lanxi Daily"),
    ("Release time: 2022-02-17  Source: Font Size: AAA", None),
])
def test_font_switches_glued_to_a_label_value_are_furniture(row, source):
    assert clean_text(_page(TITLE, "", row)).metadata.source == source


def test_a_path_with_arrows_after_current():
    doc = clean_text(_page("Current: Home -> News -> School News", "", TITLE))
    assert doc.breadcrumb == ("Home", "News", "School News")


def test_updated_on_glued_after_the_headline_is_a_label():
    doc = clean_text(_page(TITLE + " updated on:2024-05-30", "", "Release time: 2024-05-30"))
    assert doc.title.text == TITLE


@pytest.mark.parametrize("credit, field, name", [
    ("(Reporter Zhou Jing) ", "author", "Zhou Jing"),  # (no author of its own: the reporter is the writer)
    ("（Correspondent: Li Na）", "author", "Li Na"),
    ("(author: Cao Yu)", "author", "Cao Yu"),
])
def test_a_bracketed_credit_glued_before_the_first_sentence(credit, field, name):
    doc = clean_text(_page(TITLE, "", "Release time: 2024-03-18", body=(credit + PROSE,)))
    got = doc.metadata.author if field == "author" else doc.metadata.extra[field]
    assert got == name
    assert _first_paragraph(doc) == PROSE  # before, the whole paragraph was taken as the credit's value


def test_a_bracketed_remark_before_the_first_sentence_stays():
    doc = clean_text(_page(TITLE, "", "Release time: 2024-03-18", body=("(Photo taken on May 3) " + PROSE,)))
    assert _first_paragraph(doc).startswith("(Photo taken on May 3)")


# ---- a caption closed by its photographer's sentence (captions.has_credit_sentence) ----

@pytest.mark.parametrize("line", [
    "Volunteers plant willows along the dike. Photo by Li Na",
    "The new market hall on its first morning. Zhou Bin photo",
    "(Inset) Two teachers sort donated books. Photographed by town media centre reporter He Lan.",
    "Farmers pick pears at the orchard. Photo by Gao Wen/Lanxi Pictures",
])
def test_a_closing_photographer_sentence_makes_a_caption(line):
    assert captions.has_credit_sentence(line)
    doc = clean_text(_page(TITLE, "", line))
    assert _first_paragraph(doc) == PROSE


@pytest.mark.parametrize("line", [
    "In the afternoon the pupils visited the museum and took photos by the old city gate for an hour.",
    "The station keeps a photo archive of the dike. Li Na said the archive is open to every villager.",
    "The photo by Li Na won the county prize in May and will hang in the town hall until the end of the year.",
])
def test_prose_that_names_a_photo_is_not_a_caption(line):
    assert not captions.has_credit_sentence(line)


# ---- a long teaser in a second translation (lead.MIN_LOOSE_TEASER_WORDS) ----

_LONG_OPENING = ("As the county's private economy has grown over the past ten years, a familiar pattern has appeared "
                 "in its villages: the young and able people leave for the cities and the old stay behind. In recent "
                 "years, however, this has begun to change in some places.")


def test_a_long_dated_teaser_that_drifts_by_a_word_is_still_the_description():
    label = "Last Updated: 2025/06/03, " + _LONG_OPENING + " In the villages of Qinghe, for instance, now"
    paragraph = _LONG_OPENING + " For instance, in the villages of Qinghe town, several people came home."
    doc = clean_text(_page(TITLE, "", label, body=(paragraph, PROSE_2)))
    assert doc.description is not None and doc.description.text.startswith("As the county's private economy")
    assert doc.metadata.date == "2025-06-03"
    assert _first_paragraph(doc) == paragraph


def test_a_short_line_that_drifts_is_not_a_teaser():
    text = MappedText.identity("On Tuesday morning the Lingxi Town government sent volunteers")
    assert lead.teaser(text, "On Tuesday morning the Lingxi Town government organised forty volunteers to clear channels.") is None


# ---- a caption that places its people in the picture (sample s641) --------

@pytest.mark.parametrize("line", [
    "Zhou Li (second from left) hands seed packets to growers in Dongpo Village.",
    "Wang Bo (centre), head of the Lingxi water station, checks a sluice gate.",
    "Lin Qiao (2nd L) talks with villagers at the new footbridge.",
])
def test_a_line_placing_its_people_in_the_picture_is_a_caption_not_the_first_paragraph(line):
    doc = clean_text(_page(TITLE, line, body=(PROSE, PROSE_2)))
    assert _first_paragraph(doc) == PROSE
    captions_kept = [b.text for s in doc.sections for b in s.blocks if b.kind == "caption"]
    assert captions_kept == [line]  # nothing lost


@pytest.mark.parametrize("line", [
    "The two maps (see left) show the channels before and after the work.",
    "Dongpo Village Cooperative(R) sells its rice in the county town.",
    "Zhou Li (second from left) " + "hands seed packets to growers and explains the planting calendar, " * 4,
])
def test_brackets_that_place_no_one_or_a_long_line_are_no_position_caption(line):
    assert not captions.has_picture_position(line)


# ---- a caption closed by `Photo: Outlet` without brackets (sample s642) ---

@pytest.mark.parametrize("credit", ["Photo: Lingxi Daily", "Photo/Xinhua", "Photo; Hexi Wire", "Photo: Courtesy of Zhou Li"])
def test_a_caption_closed_by_an_unbracketed_photo_credit_is_not_the_first_paragraph(credit):
    line = "Volunteers clear the channel of Dongpo Village before the sowing. " + credit
    doc = clean_text(_page(TITLE, "", line, body=(PROSE, PROSE_2)))
    assert _first_paragraph(doc) == PROSE
    assert [b.text for s in doc.sections for b in s.blocks if b.kind == "caption"] == [line]


def test_a_sentence_about_photos_is_no_credit():
    assert not captions.has_credit_sentence("The villagers brought old pictures of the channel. Photos: they show the dike in 1975.")


# --- a by-credit closed by its outlet, writers with where they filed from (sample s784) ---

@pytest.mark.parametrize("line, author, source", [
    ("By Lu Ming and Tan Jia (China Daily)", "Lu Ming and Tan Jia", "China Daily"),
    ("By ZHOU LAN in Baise and QIN HAO in Nanning ( China Daily)", "ZHOU LAN in Baise and QIN HAO in Nanning", "China Daily"),
    ("By Li Yao in Lhasa", "Li Yao in Lhasa", None),
    ("By Wen Hao (chinadaily.com.cn)", "Wen Hao", "chinadaily.com.cn"),
    ("By Lin Ping ( hexinews.cn)", "Lin Ping", "hexinews.cn"),
])
def test_a_by_credit_with_places_and_its_outlet(line, author, source):
    got = {lv.field: lv.value.text for lv in lead.by_credit(MappedText.identity(line))}
    assert got.get("author") == author and got.get("source") == source


@pytest.mark.parametrize("line", ["By Li Yao (Photo)", "By the end of May (2023)", "By then (China Daily)"])
def test_brackets_after_a_by_credit_that_name_no_outlet_are_no_source(line):
    got = lead.by_credit(MappedText.identity(line))
    assert got is None or all(lv.field != "source" for lv in got)


def test_a_by_credit_with_its_outlet_under_the_headline_is_no_title():
    doc = clean_text(f"{TITLE}\n\nBy Lu Ming and Tan Jia (China Daily)\n\n{PROSE}\n\n{PROSE_2}\n")
    assert doc.title.text == TITLE
    assert (doc.metadata.author, doc.metadata.source) == ("Lu Ming and Tan Jia", "China Daily")


@pytest.mark.parametrize("line", ["·", "■", "■ ", "◆◆"])
def test_a_bullet_alone_is_no_credit(line):
    # (a bullet with nothing after it once sent the credit reader after an empty line for ever)
    assert lead.role_by_credit(MappedText.identity(line)) is None


@pytest.mark.parametrize("line, author", [("■ Text by Reporter Luo Xiaomei", "Luo Xiaomei"),
                                          ("● Written by Qiao Lan", "Qiao Lan")])
def test_a_bulleted_role_credit_names_the_writer(line, author):
    found = lead.role_by_credit(MappedText.identity(line))
    assert found is not None and [lv.value.text for lv in found if lv.field == "author"] == [author]


@pytest.mark.parametrize("line, fields", [
    ("Our reporter Qiao Lan", [("extra:reporter", "Qiao Lan")]),
    ("Reporter Qiao Lan Correspondent Fang Ming", [("extra:reporter", "Qiao Lan"), ("extra:correspondent", "Fang Ming")]),
    # 文/ and 图/ as printed: a slash for the space after the role (whole page: sample s1452)
    ("Text/Qiao Lan", [("extra:reporter", "Qiao Lan")]),
    ("Text / Qiao Lan  Photo/Fang Ming", [("extra:reporter", "Qiao Lan"), ("extra:photographer", "Fang Ming")]),
])
def test_a_byline_opening_with_its_role(line, fields):
    found = lead.byline(MappedText.identity(line))
    assert found is not None and [(lv.field, lv.value.text) for lv in found] == fields


@pytest.mark.parametrize("line, author, source", [("Qiao Lan / Hexi Daily", "Qiao Lan", "Hexi Daily"),
                                                  ("Qiao Lan, Hexi Daily", "Qiao Lan", "Hexi Daily")])
def test_a_writer_and_paper_line_under_the_header(line, author, source):
    doc = clean_text(_page(TITLE, "", line))
    assert (doc.metadata.author, doc.metadata.source) == (author, source)
    assert _first_paragraph(doc) == PROSE


def test_a_bracketed_byline_under_the_header():
    doc = clean_text(_page(TITLE, "", "(Reporter Qiao Lan)"))
    assert doc.metadata.author == "Qiao Lan" and _first_paragraph(doc) == PROSE


@pytest.mark.parametrize("line, credited", [
    ("The old ferry landing at Shangxi, Lanxi County, on May 20 (XINHUA)", True),  # a known outlet
    ("Children learn to lay stones with a mason, in Shangxi Township (QIAO LAN)", True),  # a photographer, in capitals
    ("The bridge over the river at Xiaoping (Xiao Ping Qiao)", False),  # a name in pinyin, the text's case: a gloss
    ("The county builds a new dike. (Xinhua)", False),  # a sentence closed by its paper: the story's
    ("Rules of Lanxi County on Village Wells (Revised)", False),
])
def test_a_caption_closed_by_a_bracketed_name(line, credited):
    assert captions.has_closing_credit(line) is credited


def test_an_outlet_in_the_texts_case_closing_a_sentence_is_no_credit():
    assert not captions.has_closing_credit("The plan was approved by the county council (Xinhua)")


@pytest.mark.parametrize("line", ["(Responsibility editor:Ruan Ping)", "Responsibility editor: Ruan Ping"])
def test_the_responsibility_editor_is_the_editor(line):
    # 责任编辑 as one translator renders it (data/labels.tsv; whole page: sample s1453)
    doc = clean_text(_page(TITLE, "", line))
    assert doc.metadata.editor == "Ruan Ping"
    assert _first_paragraph(doc) == PROSE
