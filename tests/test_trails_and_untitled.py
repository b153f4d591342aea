"""Patterns of real pages met in session 9 (samples s490 on): a template's
one-word tag in brackets before the headline, trails a
label of unknown wording introduces, a trail of Home alone, a news site's
byline row with the outlet and time, and a page that prints its headline as
the opening line of the text."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.header import is_label_line, parse_breadcrumb


def _doc(*parts: str):
    return clean_text("\n\n".join(parts) + "\n")


def _body(doc) -> str:
    return "\n".join(b.text for s in doc.sections for b in s.blocks)


@pytest.mark.parametrize("line, crumb", [("Home>>", "Home"), ("Home >", "Home"), ("首页 >>", "首页"), ("HOME »", "Home")])
def test_home_and_a_separator_alone_is_a_trail(line, crumb):
    assert parse_breadcrumb(line) == [crumb]


def test_home_alone_without_a_separator_is_no_trail():
    assert parse_breadcrumb("Home") is None


@pytest.mark.parametrize("line, crumbs", [
    ("Where you are now : Home > News Center > Notices", ["Home", "News Center", "Notices"]),
    ("您现在所在的位置 : 首页 > 新闻 > 公告", ["首页", "新闻", "公告"]),
    ("Now:HOME > SERVICE > Activities", ["Home", "SERVICE", "Activities"]),
])
def test_a_label_of_any_wording_before_a_trail_from_home(line, crumbs):
    assert parse_breadcrumb(line) == crumbs


@pytest.mark.parametrize("line", [
    # a sentence with a colon, then words: no trail from Home after the colon
    "The county said: home owners > 60 get a subsidy",
    # the label holds a digit: a date or a count, not a prefix
    "2023-04-18 : Home > News",
])
def test_no_trail_without_a_short_label_and_a_trail_from_home(line):
    assert parse_breadcrumb(line) is None


def test_home_trail_alone_is_the_breadcrumb_not_the_title():
    doc = _doc("Home>>", TITLE, PROSE, PROSE_2)
    assert list(doc.breadcrumb) == ["Home"]
    assert doc.title.text == TITLE


def test_byline_with_outlet_and_time_is_metadata():
    doc = _doc("Home > News", TITLE, "By WANG LI (China Daily) 09:12, March 3, 2024", PROSE, PROSE_2)
    md = doc.metadata
    assert (md.author, md.source, md.date, md.time) == ("WANG LI", "China Daily", "2024-03-03", "09:12")
    assert _body(doc).startswith(PROSE[:30])


def test_a_sentence_starting_with_by_stays_in_the_text():
    line = "By the end of March (the sowing season) 2,000 households had signed up."
    doc = _doc(TITLE, line, PROSE)
    assert line in _body(doc)
    assert doc.metadata.author is None


HEADLINE_SENTENCE = (
    "Lingxi Town volunteers clear the irrigation channels of Dongpo Village before the spring sowing, "
    "and the town's water station checks every sluice gate of the village once more."
)


def test_a_page_that_opens_with_its_headline_sentence_gets_it_as_title():
    doc = _doc(HEADLINE_SENTENCE, PROSE + " " + PROSE_2, PROSE_2)
    assert doc.title is not None and doc.title.text == HEADLINE_SENTENCE
    assert _body(doc).startswith(PROSE[:30])


@pytest.mark.parametrize("opening", ['"Clear channels, full fields": ', "[Spring Work] "])
def test_a_headline_sentence_may_open_with_a_quotation_or_a_column_tag(opening):
    # the headline's first word comes after the mark (whole page: sample s1459)
    doc = _doc(opening + HEADLINE_SENTENCE, PROSE + " " + PROSE_2, PROSE_2)
    assert doc.title is not None and doc.title.text.endswith(HEADLINE_SENTENCE)
    assert _body(doc).startswith(PROSE[:30])


def test_an_opening_sentence_longer_than_the_next_line_stays_text():
    # a story's lead sentence runs longer than a short line under it
    doc = _doc(HEADLINE_SENTENCE, "The sowing starts next week.", PROSE_2)
    assert doc.title is None
    assert _body(doc).startswith(HEADLINE_SENTENCE[:30])


def test_an_opening_sentence_the_text_does_not_echo_stays_text():
    line = ("Rain fell across the northern hills all night on Sunday, and the forecast for the coming week "
            "promises more of it, with cooler winds from the sea in the mornings and the evenings.")
    doc = _doc(line, PROSE + " " + PROSE_2, PROSE_2)
    assert doc.title is None
    assert line in _body(doc)


def test_a_bulleted_bare_date_under_the_trail_dates_the_page():
    doc = _doc("Your location: Home > News", "  • 2022-06-14 15:20", TITLE, PROSE, PROSE_2)
    assert (doc.metadata.date, doc.metadata.time) == ("2022-06-14", "15:20")
    assert any(f.rule == "furniture" and f.before == "•" for f in doc.fixes)


@pytest.mark.parametrize("tag", ["[News]", "[TEST]", "【Notice】"])
def test_a_one_word_tag_in_square_brackets_before_the_headline_goes_to_the_masthead(tag):
    doc = _doc(f"{tag} {TITLE}", "Date: 2024-03-05", PROSE, PROSE_2)
    assert doc.title.text == TITLE
    assert any(f.rule == "title-site-suffix" for f in doc.fixes)


def test_a_series_name_in_brackets_stays_in_the_headline():
    # two words not on the site's menu: the article's own series, kept as printed
    doc = _doc(f"[Spring Ploughing] {TITLE}", "Date: 2024-03-05", PROSE, PROSE_2)
    assert doc.title.text == f"[Spring Ploughing] {TITLE}"


def test_the_words_of_an_unknown_trail_label_are_recorded():
    # no table knows `Where you are now`: its words are a furniture fix, not lost
    doc = _doc("Where you are now : Home > News", TITLE, PROSE, PROSE_2)
    assert list(doc.breadcrumb) == ["Home", "News"]
    assert any(f.rule == "furniture" and f.before.startswith("Where you are now") for f in doc.fixes)


CAPTION = "Volunteers at the sluice gate of Dongpo Village. (Photo by Lin Qiao)"


@pytest.mark.parametrize("row, date", [
    ("Posted on 2023-09-07 View 318 times", "2023-09-07"),
    ("October 17, 2019", "2019-10-17"),
])
def test_a_date_row_under_a_caption_dates_the_page(row, date):
    # the caption stops the header; the date row under it is still the page's
    doc = _doc(TITLE, CAPTION, row, PROSE, PROSE_2)
    assert doc.metadata.date == date


def test_a_date_row_deep_in_the_text_dates_nothing():
    doc = _doc(TITLE, CAPTION, PROSE, PROSE_2, PROSE, "October 17, 2019", PROSE_2)
    assert doc.metadata.date is None


@pytest.mark.parametrize("line, length", [("Ⅰ Clearing the lanes", 2), ("Ⅱ、Sorting rubbish", 2), ("Ⅲ. Rewards", 3),
                                          ("ⅣClearing the ditches", 1)])  # (glued to the capital: sample s1460)
def test_a_one_character_roman_numeral_marks_a_section_with_or_without_a_stop(line, length):
    from bulletin_tools.segment.body import marker

    assert marker(line) == ("roman", length)


def test_a_one_character_roman_numeral_glued_to_a_small_letter_is_no_marker():
    from bulletin_tools.segment.body import marker

    assert marker("Ⅳclearing the ditches") is None


@pytest.mark.parametrize("row, menu", [
    ("Government  |  Residents  |  Visitors  |  Business", True),
    ("News | Notices | Services", True),
    ("Party Building News | Lingxi Town volunteers clear channels", False),  # a column's name, then the headline
    ("Home | News", False),  # two items: a trail
    ("Notice | Town office | The sluice gates open on May 3.", False),  # a sentence ends it
])
def test_a_row_of_short_items_between_bars_is_menu_shaped(row, menu):
    from bulletin_tools.segment.shape import menu_shaped

    assert menu_shaped(row) is menu


def test_a_menu_shaped_row_above_the_headline_is_furniture_not_the_title():
    row = "Government  |  Residents  |  Visitors  |  Business"
    doc = _doc(row, TITLE, "Date: 2024-03-05", PROSE + " Residents, visitors and business owners joined in.", PROSE_2)
    assert doc.title.text == TITLE
    assert any(f.rule == "furniture" and f.before == row for f in doc.fixes)


def test_a_last_word_the_text_uses_whole_is_no_fragment_of_a_longer_one():
    from bulletin_tools.passes.truncation import check_title

    body = ["The herders of Qinghe fenced the grassland in spring.", "The county's grasslands cover 400 square kilometres."]
    assert not check_title("Herders of Qinghe restore the grassland", body).truncated


def test_a_cut_word_the_text_only_uses_longer_is_still_a_fragment():
    from bulletin_tools.passes.truncation import check_title

    body = ["The herders of Qinghe fenced the grasslands in spring.", "The county's grasslands cover 400 square kilometres."]
    assert check_title("Herders of Qinghe restore the grassla", body).truncated


def test_the_label_row_under_a_headline_taken_from_the_text_goes_to_the_metadata():
    from bulletin_tools.segment.lines import Line
    from bulletin_tools.segment.title_evidence import headline_by_recurrence
    from bulletin_tools.segment.zones import ZonesBuilder
    from bulletin_tools.textmap import MappedText

    headline = "Dongpo Village Volunteers Clear the Irrigation Channels and Check the Sluice Gates"
    row = "Source: Lingxi Town Office    Release time: 2024-03-05"
    z = ZonesBuilder()
    z.title = MappedText.identity("The people of Hexi and the news")
    z.body.extend(Line(k, MappedText.identity(t)) for k, t in enumerate([headline, row, PROSE, PROSE_2], 3))
    headline_by_recurrence(z)
    assert z.title.text == headline
    assert {(lv.field, lv.value.text) for lv in z.labels} == {("source", "Lingxi Town Office"), ("date", "2024-03-05")}
    assert [ln.s for ln in z.body] == [PROSE, PROSE_2]


BLURB = "The latest news of Lingxi Town is collected here. Pictures and texts are updated in real time."


def test_a_headline_with_a_label_row_under_it_below_a_site_blurb_is_the_title():
    doc = _doc(BLURB, TITLE, "Posted on 2024-03-05 View 214 times", PROSE, PROSE_2)
    assert doc.title.text == TITLE
    assert (doc.metadata.date, doc.metadata.views) == ("2024-03-05", 214)
    assert BLURB in _body(doc)  # the blurb stays where the page printed it


def test_a_short_line_with_no_label_row_under_it_stays_in_the_text():
    doc = _doc(BLURB, TITLE, PROSE, PROSE_2)
    assert doc.title is None  # (it heads a section of the text instead)


@pytest.mark.parametrize("row, date", [
    ("Posted On Oct 12 2023 by", "2023-10-12"),
    ("Published August 17, 2021", "2021-08-17"),
    ("Added on July 17, 2017", "2017-07-17"),
    ("Posted on 12 October 2023", "2023-10-12"),
])
def test_a_date_label_needs_no_colon_before_a_date_with_a_month_name(row, date):
    doc = _doc(TITLE, row, PROSE, PROSE_2)
    assert doc.metadata.date == date
    assert doc.sections[0].blocks[0].text == PROSE


def test_a_sentence_with_published_and_a_month_stays_text():
    line = "Published in May 2017 by the county, the plan set out the new sluice gates."
    assert not is_label_line(line)


@pytest.mark.parametrize("text, date, time", [
    ("01-May-2020", "2020-05-01", None),
    ("Updated 13:50, 01-May-2020", "2020-05-01", "13:50"),
    ("5-Jan-2019 10:00", "2019-01-05", "10:00"),
])
def test_a_date_with_the_months_name_between_hyphens(text, date, time):
    from bulletin_tools.fields import find_datetime

    found = find_datetime(text)
    assert (found.date, found.time) == (date, time)


def test_a_hyphenated_word_with_a_month_inside_is_no_date():
    from bulletin_tools.fields import find_datetime

    assert find_datetime("the 2-Mar-ket road") is None


def test_a_salutation_above_the_headline_no_longer_hides_it():
    # (a known failure until the headline-over-a-label-row evidence: tests/known_failures.jsonl)
    doc = _doc("Home > News", "Dear residents:", "Notice on the Spring Vaccination of Dogs", "Release time: 2024-03-02",
               "The village clinic will vaccinate dogs against rabies from 5 to 9 March. Please bring your dog on a leash.")
    assert doc.title.text == "Notice on the Spring Vaccination of Dogs"
    assert doc.metadata.date == "2024-03-02"


@pytest.mark.parametrize("junk", ["A", "+86 139 0571 2846", "2024", "※"])
def test_a_title_without_words_goes_to_the_masthead(junk):
    from bulletin_tools.segment.title_evidence import wordless_title
    from bulletin_tools.segment.zones import ZonesBuilder
    from bulletin_tools.textmap import MappedText

    z = ZonesBuilder()
    z.title = MappedText.identity(junk)
    wordless_title(z)
    assert z.title is None
    assert [ln.s for ln in z.masthead] == [junk]  # kept in the masthead: nothing lost


@pytest.mark.parametrize("title", ["Qi", "东山", "Go"])
def test_a_short_title_with_words_stands(title):
    from bulletin_tools.segment.title_evidence import wordless_title
    from bulletin_tools.segment.zones import ZonesBuilder
    from bulletin_tools.textmap import MappedText

    z = ZonesBuilder()
    z.title = MappedText.identity(title)
    wordless_title(z)
    assert z.title is not None and z.title.text == title



@pytest.mark.parametrize("row", ["//lanxi.gov.cn 2021-06-14 09:05:40", "http://lanxi.gov.cn 2021-06-14 09:05:40",
                                 "https://www.lanxi.gov.cn | 2021-06-14 09:05:40"])
def test_a_site_address_with_its_scheme_before_the_date_is_a_date_row(row):
    from bulletin_tools.segment.header import date_line

    found = date_line(row)
    assert found is not None and (found[0].date, found[0].time) == ("2021-06-14", "09:05:40")


def test_a_bare_double_slash_is_no_site_address():
    from bulletin_tools.segment.header import named_outlet

    assert not named_outlet("//")


@pytest.mark.parametrize("line, agency", [
    ("Xinhua News Agency, Lanxi, March 14th", "Xinhua News Agency"),
    ("Xinhua News Agency, Hexi, August 2, by wire", "Xinhua News Agency"),
    ("China News Agency, Lanzhou, Mar. 4", "China News Agency"),
])
def test_a_chinese_wire_dateline_names_its_agency(line, agency):
    from bulletin_tools.segment.body_dates import agency_dateline

    span = agency_dateline(line)
    assert span is not None and line[span[0]:span[1]] == agency


@pytest.mark.parametrize("line", ["Xinhua News Agency reporters Lin Qiao and Wen Shu",
                                  "The news agency in Lanxi opened on March 14th"])
def test_other_lines_naming_an_agency_are_no_dateline(line):
    from bulletin_tools.segment.body_dates import agency_dateline

    assert agency_dateline(line) is None
