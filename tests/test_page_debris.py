"""Patterns of real pages met in session 8 (samples s379 on): debris a page's
template leaves around the article (filler tags, empty table bars, slider
numbers, bare prompts) and the headline's own leftovers."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.furniture import is_furniture_line


def _doc(*parts: str):
    return clean_text("\n\n".join(parts) + "\n")


def _body(doc) -> str:
    return "\n".join(b.text for s in doc.sections for b in s.blocks)


def test_a_templates_filler_tags_are_markup_and_go():
    doc = _doc('<rp id="q1"><object id="q1"><acronym id="q1"></acronym></object></rp>', TITLE, PROSE)
    assert doc.title.text == TITLE
    removed = [f.before for f in doc.fixes if f.rule == "html-tag"]
    assert '<rp id="q1">' in removed and '<object id="q1">' in removed and "</acronym>" in removed


def test_an_unknown_tag_like_word_stays():
    # `<Lingxi>` names no HTML element: it may be the page's own text
    doc = _doc(TITLE, PROSE + " <Lingxi> was printed on the banner.")
    assert "<Lingxi>" in _body(doc)


@pytest.mark.parametrize("line", ["|", "||||||||", "| | |", "｜｜"])
def test_empty_table_bars_alone_are_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["Advertisement | |||||||||", "| Scroll down |", "|| Advertisement"])
def test_a_furniture_word_between_bars_is_furniture(line):
    assert is_furniture_line(line)


def test_a_sentence_between_bars_is_not_furniture():
    assert not is_furniture_line("| The county opened two new schools this year |")


@pytest.mark.parametrize("line", ["1 2 3 4 5", "1 2 3 5 6 7", "1 2 3"])
def test_a_sliders_numbers_from_one_are_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["1 2", "3 4 5", "1 2 3 apples", "10 20 30"])
def test_other_number_rows_are_not(line):
    assert not is_furniture_line(line)


@pytest.mark.parametrize("line", ["scroll down", "Scroll to top", "Advertisement", "ADS"])
def test_bare_prompts_and_ad_slots_are_furniture(line):
    assert is_furniture_line(line)


def test_a_sentence_about_advertising_is_not_furniture():
    assert not is_furniture_line("Advertisement of the tender is published on the county portal.")


@pytest.mark.parametrize("line", ["[Font size: Share", "【Font size: large medium small】 Print", "Adjust font size: A A A"])
def test_a_font_size_row_with_other_buttons_is_furniture(line):
    assert is_furniture_line(line)


def test_a_line_with_no_word_above_the_title_is_removed_and_recorded():
    doc = _doc("?", "•", TITLE, "Date: 2023-04-16", PROSE, PROSE_2)
    assert doc.title.text == TITLE and doc.metadata.date == "2023-04-16"
    assert [f.before for f in doc.fixes if f.rule == "furniture" and f.before in ("?", "•")] == ["?", "•"]


def test_slider_numbers_under_the_label_row_do_not_become_the_first_paragraph():
    doc = _doc(TITLE, "Updated: 2023-04-16\n1 2 3 4 5", PROSE, PROSE_2)
    assert doc.sections[0].blocks[0].text == PROSE


def test_a_newspapers_unbracketed_caption_credit_is_not_a_second_title_line():
    caption = "Volunteers plant willows on the dike of Dongpo Village in spring. Provided to Lingxi Daily |"
    doc = _doc(TITLE + "\n" + caption, PROSE)
    assert doc.title.text == TITLE
    assert doc.sections[0].blocks[0].kind == "caption"


def test_provided_to_inside_a_sentence_is_no_credit():
    from bulletin_tools.segment.shape import has_photo_credit

    assert not has_photo_credit("Seeds provided to Dongpo Village arrived on Monday.")
    assert has_photo_credit("Volunteers plant willows on the dike. Photo provided to Lingxi Daily")


def test_a_reposts_original_title_label_is_cut_from_the_headline():
    doc = _doc("Original title: " + TITLE, PROSE)
    assert doc.title.text == TITLE
    assert "Original title: " in [f.before for f in doc.fixes if f.rule == "title-site-suffix"]


@pytest.mark.parametrize("mark", [" (Figure)", " (Photos)", "（组图）", " (Figure) – Lingxi Daily", " [Photos]", "【图】"])
def test_a_picture_mark_ending_the_headline_is_cut(mark):
    doc = _doc(TITLE + mark, PROSE)
    assert doc.title.text == TITLE


@pytest.mark.parametrize("number", [" (4)", "(25)", " [2]", "【3】", "（2）"])
def test_a_page_number_in_brackets_ending_the_headline_is_cut(number):
    doc = _doc(TITLE + number, PROSE)
    assert doc.title.text == TITLE
    digits = "".join(c for c in number if c.isdigit())  # (full-width brackets are printed in ASCII before the cut)
    assert any(f.before.strip()[1:-1] == digits for f in doc.fixes if f.rule == "title-site-suffix")


@pytest.mark.parametrize("tail", [" (2024)", " (Trial)", " (I)"])
def test_a_year_or_a_word_in_brackets_ending_the_headline_stays(tail):
    assert _doc(TITLE + tail, PROSE).title.text == TITLE + tail


def test_a_bracket_inside_the_headline_stays():
    title = "Lingxi Town publishes the figures (in tonnes) of the spring harvest"
    assert _doc(title, PROSE).title.text == title


DATELINE_PARAGRAPH = "LINGXI, March 3 (Xinhua) -- " + PROSE


def test_a_wire_storys_caption_and_summary_above_its_dateline_are_not_the_first_paragraph():
    caption = "Volunteers clear a channel in Dongpo Village, March 2, 2023. (Xinhua/Li Ming)"
    summary = "Forty volunteers cleared the channels of Dongpo Village before the spring sowing."
    doc = _doc(TITLE, "Source: Xinhua| 2023-03-03 10:00:00|Editor: wang", caption, summary, DATELINE_PARAGRAPH, PROSE_2)
    assert doc.description is not None and doc.description.text == summary
    blocks = doc.sections[0].blocks
    assert (blocks[0].kind, blocks[0].text) == ("caption", caption)
    assert [b.text for b in blocks if b.kind == "paragraph"][0] == DATELINE_PARAGRAPH


def test_a_two_line_summary_above_the_dateline_is_one_description():
    one, two = "Forty volunteers cleared the channels.", "The sluice gates were checked as well."
    doc = _doc(TITLE, one, two, DATELINE_PARAGRAPH)
    assert doc.description.text == one + " " + two


def test_a_dateline_paragraph_far_down_the_text_changes_nothing():
    doc = _doc(TITLE, PROSE, PROSE_2, "The sowing starts next week.", "More news follows.", DATELINE_PARAGRAPH)
    assert doc.description is None and doc.sections[0].blocks[0].text == PROSE


@pytest.mark.parametrize("credit", ["(Xinhua/Li Ming)", "(Xinhuanet Photo)", "(China Daily/Li Ming)"])
def test_a_wires_photo_credit_makes_a_caption(credit):
    from bulletin_tools.segment.shape import is_photo_caption

    assert is_photo_caption("Volunteers clear a channel in Dongpo Village. " + credit)
    assert not is_photo_caption("The plan was approved by the county (Xinhua)")


def test_a_dash_tag_whose_words_the_page_never_uses_is_cut_from_the_headline():
    doc = _doc(TITLE + " – melo kinsa-dav", PROSE, PROSE_2)
    assert doc.title.text == TITLE
    assert "melo kinsa-dav" in " ".join(f.before for f in doc.fixes if f.rule == "title-site-suffix")


def test_a_dash_subtitle_whose_words_the_text_uses_stays():
    title = TITLE + " – sluice gates checked"
    assert _doc(title, PROSE, PROSE_2).title.text == title


def test_a_spaced_hyphen_is_a_dash_but_a_hyphen_inside_a_word_is_not():
    # (a column's or a farm's tag after a spaced hyphen goes, as after a dash: docs/labelling.md)
    assert _doc("Lingxi Town volunteers clear channels - zorbel", PROSE).title.text == "Lingxi Town volunteers clear channels"
    title = "Lingxi Town volunteers clear channels-zorbel"
    assert _doc(title, PROSE).title.text.startswith(title[:40])


def test_a_footer_printed_above_the_article_goes_to_the_footer_not_the_title():
    doc = _doc("Copyright © 2019 Lingxi Town Government 浙ICP备12345678号\n浙公网安备 33010602001234号", TITLE, PROSE)
    assert doc.title.text == TITLE
    assert doc.footer.icp.record == "浙ICP备12345678号" and doc.footer.public_security == "浙公网安备 33010602001234号"


def test_a_headline_naming_a_public_security_bureau_is_no_footer():
    title = "Lingxi Public Security Bureau opens a service hall for residents"
    doc = _doc(title, PROSE)
    assert doc.title.text == title and doc.footer.lines == ()


def test_a_footer_on_top_is_not_taken_when_the_page_has_one_at_the_end():
    doc = _doc("Copyright © 2019 Lingxi Town Government", TITLE, PROSE, "Copyright © 2019 Lingxi Town Government 浙ICP备12345678号")
    assert doc.title.text == TITLE
    assert doc.footer.lines == ("Copyright © 2019 Lingxi Town Government 浙ICP备12345678号",)


@pytest.mark.parametrize("line", ["Lingxi_s_Spring__Sowing_Begins", "(en.lingxi.gov.cn)", "Leave us a message", "Send us a message"])
def test_slugs_site_addresses_and_message_prompts_are_furniture(line):
    assert is_furniture_line(line)


def test_an_address_in_a_sentence_is_not_furniture():
    assert not is_furniture_line("(See the notice on en.lingxi.gov.cn for the timetable.)")


def test_a_bracketed_outlet_under_the_headline_is_the_source():
    doc = _doc(TITLE + "\n(China Daily)\nUpdated: 2006-04-11 08:52", PROSE)
    assert doc.title.text == TITLE and doc.metadata.source == "China Daily"


def test_a_bracketed_phrase_that_names_no_outlet_is_not_a_source():
    doc = _doc(TITLE + "\n(Second part)", PROSE)
    assert doc.metadata.source is None


def test_the_chinese_original_in_brackets_after_a_short_english_name_goes_to_title_chinese():
    doc = _doc("Hexi County (Hexi xian)【河西县的英文版介绍】", PROSE)
    assert doc.title.text == "Hexi County (Hexi xian)"
    assert doc.metadata.extra["title_chinese"] == "河西县的英文版介绍"


def test_a_chinese_column_with_digits_before_the_headline_goes_to_the_masthead():
    doc = _doc("河西11选五走势图:" + TITLE, PROSE)
    assert doc.title.text == TITLE


@pytest.mark.parametrize("tail", ["相关的主题文章:", " read more", " Read more >>"])
def test_a_related_heading_or_read_more_glued_after_the_last_sentence_is_split_off(tail):
    doc = _doc(TITLE, PROSE, PROSE_2 + tail)
    body = _body(doc)
    assert PROSE_2 in body and tail.strip() not in body
    assert tail.strip() in [f.before for f in doc.fixes if f.rule == "furniture"]


def test_read_more_inside_a_sentence_stays():
    line = "Villagers can read more about the plan at the town hall."
    assert line in _body(_doc(TITLE, PROSE, line))


def test_a_blogs_closed_comments_notice_is_furniture():
    assert is_furniture_line("Comments are closed, but trackbacks and pingbacks are open.")
    assert is_furniture_line("Comments are closed.")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_trail_broken_after_home_is_one_breadcrumb(gap):
    doc = clean_text("Home" + gap + "> Government > Policies\n\n" + TITLE + "\n\n" + PROSE + "\n")
    assert list(doc.breadcrumb) == ["Home", "Government", "Policies"] and doc.title.text == TITLE


def test_the_view_labels_both_halves_of_a_broken_trail():
    from bulletin_tools.render.segment_view import view_rows

    text = "Home\n> Government > Policies\n\n" + TITLE + "\n\n" + PROSE + "\n"
    rows = view_rows(text, clean_text(text))
    assert [r.label for r in rows[:2]] == ["breadcrumb", "breadcrumb"]


def test_home_alone_without_a_path_under_it_is_no_trail():
    doc = clean_text("Home\n\n" + TITLE + "\n\n" + PROSE + "\n")
    assert list(doc.breadcrumb) != ["Home", TITLE]


def test_a_trail_whose_last_crumb_is_the_headline_gives_breadcrumb_and_title():
    doc = _doc("Home >> Press Center >> Company News >> " + TITLE, PROSE, PROSE_2)
    # (the path ends in the headline: its last crumb, as docs/labelling.md writes it)
    assert list(doc.breadcrumb) == ["Home", "Press Center", "Company News", TITLE] and doc.title.text == TITLE


def test_a_trail_with_a_short_last_crumb_keeps_it():
    doc = _doc("Home >> Press Center >> Company News", TITLE, PROSE)
    assert list(doc.breadcrumb) == ["Home", "Press Center", "Company News"] and doc.title.text == TITLE


def test_a_column_name_before_the_trail_prefix_is_split_off():
    doc = _doc("Media focus Current Location:News > Media focus", TITLE, PROSE)
    assert list(doc.breadcrumb) == ["News", "Media focus"] and doc.title.text == TITLE
    assert "Current Location" not in _body(doc)


@pytest.mark.parametrize("line", ["• Detail", "[Detail]", "Newsletter", "Related: Hexi county plants a million trees",
                                  "Your email address will not be publi"])
def test_link_and_box_leftovers_are_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["Details of the plan are on the county portal.", "Related work units shall report by May 1."])
def test_sentences_starting_like_them_are_not(line):
    assert not is_furniture_line(line)


@pytest.mark.parametrize("note", [
    "(Adopted at the 12th Session of the Standing Committee of the 9th Hexi Municipal People's Congress on April 21, 2021)",
    "(Promulgated by Order No. 32 of the Lingxi Town Government on September 30, 2005)",
    "([2020] No. 10 issued by the Lingxi County Government)",
])
def test_a_regulations_enactment_note_under_its_title_goes_to_extra(note):
    doc = _doc(TITLE, note, PROSE)
    assert doc.metadata.extra["enactment"] == note[1:-1]
    assert doc.sections[0].blocks[0].text == PROSE


def test_a_bracketed_sentence_that_is_no_enactment_note_stays_in_the_text():
    line = "(The county adopted the plan after two public hearings.)"
    assert "enactment" not in _doc(TITLE, line, PROSE).metadata.extra


@pytest.mark.parametrize("line", ["(Summary description)" + PROSE, "[Introduction]:" + PROSE, "导语:" + PROSE])
def test_a_summary_label_in_brackets_or_in_chinese_opens_the_description(line):
    doc = _doc(TITLE, line, PROSE_2)
    assert doc.description is not None and doc.description.text == PROSE


def test_a_title_the_text_never_echoes_yields_to_a_headline_it_does():
    headline = "Dongpo Village Volunteers Clear the Irrigation Channels and Check the Sluice Gates"
    doc = _doc("The people of Hexi and the news", headline, PROSE, PROSE_2)
    assert doc.title.text == headline
    assert doc.metadata.extra["masthead"] == "The people of Hexi and the news"
    assert doc.sections[0].blocks[0].text == PROSE


def test_a_title_the_text_echoes_keeps_its_place():
    deck = "Dongpo Village Volunteers Clear the Irrigation Channels and Check the Sluice Gates"
    doc = _doc(TITLE, deck, PROSE, PROSE_2)
    assert doc.title.text == TITLE


def test_a_numbered_heading_under_the_title_never_takes_its_place():
    doc = _doc("Notice on the spring fair", "I. Volunteers of Dongpo Village Check the Sluice Gates", PROSE, PROSE_2)
    assert doc.title.text == "Notice on the spring fair"


@pytest.mark.parametrize("tail", ["    (2022-08-29 16:05:12)", " (2022-08-29)", " （2022-08-29 16:05）"])
def test_a_bracketed_date_after_the_headline_dates_the_page(tail):
    doc = _doc(TITLE + tail, PROSE)
    assert doc.title.text == TITLE and doc.metadata.date == "2022-08-29"


def test_a_glued_column_news_suffix_goes_to_the_masthead():
    doc = _doc(TITLE + "-Business news", PROSE)
    assert doc.title.text == TITLE and doc.metadata.extra["masthead"] == "Business news"


def test_a_web_address_ending_the_headline_is_cut():
    doc = _doc(TITLE + " www.lingxi88.com", PROSE)
    assert doc.title.text == TITLE
    assert "www.lingxi88.com" in " ".join(f.before for f in doc.fixes if f.rule == "title-site-suffix")


def test_a_hyphenated_word_ending_the_headline_stays():
    title = "Lingxi Town volunteers clear channels for the good-news"
    assert _doc(title, PROSE).title.text == title


def test_a_byline_with_the_writers_unit_gives_author_and_unit():
    doc = _doc(TITLE, "by Wen Qi from the Youth League Committee\nDate: 2017-07-02 10:20", PROSE)
    assert doc.metadata.author == "Wen Qi" and doc.metadata.extra["author_unit"] == "the Youth League Committee"
    assert doc.metadata.date == "2017-07-02" and doc.sections[0].blocks[0].text == PROSE


def test_by_and_from_in_a_sentence_is_no_byline():
    from bulletin_tools.segment.lead import by_credit
    from bulletin_tools.textmap import MappedText

    assert by_credit(MappedText.identity("By the end of May from the county")) is None


@pytest.mark.parametrize("row", ["( Updated: 2017-12-29 )", "(      Updated : 2017-12-29", "[ Source: Lingxi Daily ]"])
def test_a_label_row_opening_with_a_spaced_bracket_is_a_label_row(row):
    from bulletin_tools.segment.header import is_label_line

    assert is_label_line(row)
    doc = _doc(TITLE, row, PROSE)
    assert doc.sections[0].blocks[0].text == PROSE


def test_a_masthead_line_the_text_echoes_takes_the_place_of_a_title_it_does_not():
    from bulletin_tools.segment.lines import Line
    from bulletin_tools.segment.title_evidence import headline_by_recurrence as _headline_by_recurrence
    from bulletin_tools.segment.zones import ZonesBuilder
    from bulletin_tools.textmap import MappedText

    z = ZonesBuilder()
    z.title = MappedText.identity("Rooms booked out in spring, work found for neighbours")
    z.masthead.append(Line(1, MappedText.identity("Dongpo Village volunteers clear the irrigation channels")))
    z.body.extend(Line(k, MappedText.identity(t)) for k, t in enumerate([PROSE, PROSE_2, "The channels are clear."], 5))
    _headline_by_recurrence(z)
    assert z.title.text == "Dongpo Village volunteers clear the irrigation channels"
    assert [ln.s for ln in z.masthead] == ["Rooms booked out in spring, work found for neighbours"]


def test_a_title_the_text_echoes_keeps_its_place_over_the_masthead():
    from bulletin_tools.segment.lines import Line
    from bulletin_tools.segment.title_evidence import headline_by_recurrence as _headline_by_recurrence
    from bulletin_tools.segment.zones import ZonesBuilder
    from bulletin_tools.textmap import MappedText

    z = ZonesBuilder()
    z.title = MappedText.identity(TITLE)
    z.masthead.append(Line(1, MappedText.identity("Dongpo Village volunteers clear the irrigation channels")))
    z.body.extend(Line(k, MappedText.identity(t)) for k, t in enumerate([PROSE, PROSE_2, "The channels are clear."], 5))
    _headline_by_recurrence(z)
    assert z.title.text == TITLE


def test_the_view_labels_a_masthead_line_masthead_not_lost():
    from bulletin_tools.render.segment_view import view_rows

    headline = "Dongpo Village Volunteers Clear the Irrigation Channels and Check the Sluice Gates"
    text = "The people of Hexi and the news\n\n" + headline + "\n\n" + PROSE + "\n\n" + PROSE_2 + "\n"
    rows = view_rows(text, clean_text(text))
    assert rows[0].label == "masthead" and rows[2].label == "title"


def test_a_chinese_title_over_an_english_headline_is_its_original():
    headline = "Brief news of a fire drill: Dongpo Village volunteers check the sluice gates."
    doc = _doc("【灵溪镇志愿者清理灌渠简讯】", headline, PROSE, PROSE_2)
    assert doc.title.text.rstrip(".") == headline.rstrip(".")
    assert doc.metadata.extra["title_chinese"] == "灵溪镇志愿者清理灌渠简讯"


@pytest.mark.parametrize("line", ["Politics Tool: Save | Print | E-mail", "Tool: Save | Print"])
def test_a_tool_row_with_its_columns_name_is_furniture(line):
    assert is_furniture_line(line)


def test_a_summary_label_alone_on_its_line_takes_the_paragraph_under_it():
    doc = _doc(TITLE, "Date: 2023-05-16", "Editor's Note:", PROSE, PROSE_2)
    assert doc.description is not None and doc.description.text == PROSE
    assert doc.sections[0].blocks[0].text == PROSE_2


def test_a_caption_closed_by_a_known_outlet_in_capitals_is_a_caption():
    from bulletin_tools.segment.shape import is_photo_caption

    assert is_photo_caption("A view of Dongpo Village by the lake in Hexi county. CHINA DAILY")
    assert not is_photo_caption("The cooperative is registered in Hexi county. CO. LTD")
    doc = _doc(TITLE, "A view of Dongpo Village by the lake in Hexi county. CHINA DAILY", PROSE)
    assert doc.title.text == TITLE


def test_a_reports_occasion_after_dashes_under_its_title_is_the_occasion():
    doc = _doc("Report on the Work of the Lingxi Town Government in 2019\n---Delivered at the 3rd Session of the 9th "
               "People's Congress of Lingxi\non January 14, 2020", PROSE, PROSE_2)
    assert doc.title.text == "Report on the Work of the Lingxi Town Government in 2019"
    assert doc.metadata.extra["occasion"].startswith("---Delivered at the 3rd Session")
    assert doc.metadata.extra["occasion"].endswith("on January 14, 2020")


def test_a_headline_wrapped_whole_in_brackets_loses_them():
    doc = _doc("【" + TITLE + " 】", PROSE)
    assert doc.title.text == TITLE


def test_a_bracketed_column_before_the_headline_stays():
    title = "[Rural news] " + TITLE
    assert _doc(title, PROSE).title.text == title


# --- furniture met on the new real pages of session 11 (sample s787) -------------------

@pytest.mark.parametrize("line", ["×", "The next article", "previous post", "< 1 ... 4 5 6", "‹ 2 3 … 9 ›",
                                  "To read the whole story please click here", "Please click here."])
def test_session11_furniture_lines(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["× 3 units were delivered", "The next article of the regulation sets the fees.",
                                  "< 5 hectares", "Please click here to register for the training before May 5."])
def test_session11_furniture_leaves_text_alone(line):
    assert not is_furniture_line(line)


@pytest.mark.parametrize("line", ["The Youtube video is unavailable", "This video is unavailable",
                                  "Click here to leave a message", "Leave A Message",
                                  "English siteClick to enter the English website", "Chinese version"])
def test_video_placeholders_message_forms_and_language_links_are_furniture(line):
    from bulletin_tools.segment.furniture import is_furniture_line

    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["Villagers can leave a message for the county head at the service hall every Monday.",
                                  "The video of the meeting is available on the county's website."])
def test_sentences_about_messages_and_videos_are_not_furniture(line):
    from bulletin_tools.segment.furniture import is_furniture_line

    assert not is_furniture_line(line)


@pytest.mark.parametrize("line", ["(GMT+8:00) Beijing, Chongqing, Hong Kong SAR, Urumqi", "(UTC+08:00) Beijing, Chongqing"])
def test_a_time_zone_pickers_entry_is_furniture(line):
    from bulletin_tools.segment.furniture import is_furniture_line

    assert is_furniture_line(line)
    assert not is_furniture_line("The meeting starts at 9:00 (GMT+8) in Beijing, and the minutes will be posted online.")


@pytest.mark.parametrize("token", ["9c8996", "4f2a1b"])
def test_a_mirrors_hash_ending_the_headline_is_spam(token):
    doc = _doc(f"{TITLE} {token}", PROSE)
    assert doc.title.text == TITLE
    assert token in [f.before.strip() for f in doc.fixes if f.rule == "title-spam"]


@pytest.mark.parametrize("tail", ["5g", "2024", "3d"])
def test_a_short_figure_or_a_year_ending_the_headline_stays(tail):
    assert _doc(f"{TITLE} {tail}", PROSE).title.text == f"{TITLE} {tail}"


@pytest.mark.parametrize("line", ["Be the first to comment!", "How informative is this news?", "Was this article helpful?",
                                  "Recent Comments", "READ MORE: Lanxi ferry adds night trips"])
def test_blog_and_news_site_widgets_are_furniture(line):
    from bulletin_tools.segment.furniture import is_furniture_line

    assert is_furniture_line(line)


def test_a_comment_counter_beside_an_empty_byline_is_no_author():
    doc = _doc(TITLE, "By: | Comments: No Comments", PROSE)
    assert doc.metadata.author is None


@pytest.mark.parametrize("row, copyright, field, value", [
    ("Copyright © 2024 Lanxi Pump Works Tel: 0571-5550123", "Lanxi Pump Works", "phone", "0571-5550123"),
    ("All rights reserved:Lanxi Pump Works Address:No. 5 Riverside Road, Lanxi", "Lanxi Pump Works", "address",
     "No. 5 Riverside Road, Lanxi"),
])
def test_a_field_after_the_copyright_holder_with_one_space_between_is_its_own(row, copyright, field, value):
    doc = _doc(TITLE, PROSE, PROSE_2, row)
    assert doc.footer.copyright == copyright
    assert getattr(doc.footer, field) == value


@pytest.mark.parametrize("row", ["·CBS    ·中文版", "· Home · News · About us"])
def test_a_row_of_dotted_menu_items_over_the_headline_is_no_part_of_it(row):
    doc = _doc(row + "\n" + TITLE, PROSE)
    assert doc.title.text == TITLE


def test_a_dotted_sentence_is_no_menu():
    from bulletin_tools.segment.shape import menu_shaped

    assert not menu_shaped("· The county held a meeting on Monday.")
    assert not menu_shaped("·2024-03-04 09:15")


@pytest.mark.parametrize("line", [
    "This English version is for reference only. In case of any discrepancy, the Chinese version shall prevail.",
    "The English translation is provided for reference purposes only.",
    "In case of any inconsistency, the Chinese version shall prevail.",
    "text size: T | T",
])
def test_a_translations_note_and_a_text_size_row_are_furniture(line):
    # (whole pages: samples s1462, s1463)
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "The English version of the county's plan is for the investors who visit the park.",
    "The Chinese version of the law took effect in May.",
    "Text size matters for the elderly readers of the notice board.",
])
def test_sentences_about_versions_and_text_size_stay(line):
    assert not is_furniture_line(line)
