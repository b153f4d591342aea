"""Headings on real pages: short lines that are not headings, and headings
that do not look like one at first (issue 11; whole pages pinned by samples
s420-s449).  All text written for this project."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.heading_shape import ends_dangling, is_named_title, is_phrase_colon_heading, never_a_heading
from bulletin_tools.segment.body import marker
from bulletin_tools.segment.lead import byline
from bulletin_tools.textmap import MappedText


def _headings(text: str) -> list[str | None]:
    return [s.heading for s in clean_text(text).sections]


def _between_paragraphs(line: str) -> str:
    return "\n".join([TITLE, "", PROSE, "", line, "", PROSE_2, ""])


def test_a_byline_naming_three_people_with_a_serial_comma_is_read_as_a_byline():
    fields = byline(MappedText.identity("County Radio reporters Zhao Min, Peng Lei, and Xu Dan"))
    assert fields is not None
    assert [(f.field, f.value.text) for f in fields][-1] == ("extra:reporter", "Zhao Min, Peng Lei, and Xu Dan")


@pytest.mark.parametrize("line", [
    "Evening News reporters Zhao Min, Peng Lei, and Xu Dan",  # a byline
    "Ling Shui Ban [2024] No. 17",  # a document number
    "According to the",  # a sentence cut by the page
    "It is reported that",
    "By Lin Qiao",  # a writer's credit (sample s792)
    "Text by Reporter Wen Hao",
    "Lanxi Water Office (water.lanxi.gov.cn)",  # a site's name and address (sample s1604)
    "Visit www.lanxi-fair.cn for tickets",
])
def test_short_lines_between_paragraphs_that_are_not_headings(line):
    assert never_a_heading(MappedText.identity(line))
    assert _headings(_between_paragraphs(line)) == [None]


@pytest.mark.parametrize("line", ["Work progress", "Things to pay attention to", "A visit to Tai'an", "Help for",
                                  "By the riverside", "Costs of the new clinic, Phase 2"])
def test_headings_that_end_on_a_preposition_or_a_place_stay_headings(line):
    assert not never_a_heading(MappedText.identity(line))
    assert _headings(_between_paragraphs(line)) == [None, line]


def test_ends_dangling_needs_a_whole_last_word():
    assert ends_dangling("Since the")
    assert not ends_dangling("Kindergartens open again in Xi'an")
    assert not ends_dangling("What is the plan?")


def test_chapters_numbered_in_words_are_division_headings():
    from bulletin_tools.segment.body import marker

    assert marker("Chapter One General Provisions") == ("chapter", 12)
    assert marker("Section Twelve Fees") == ("section", 15)
    assert marker("Part of the money was spent on roads") is None


def _regulation(*lines: str) -> str:
    return "\n\n".join([TITLE, PROSE, *lines, ""])


ARTICLE_1 = "Article 1 These Rules are made to keep the village ponds clean and safe for children and for livestock."
ARTICLE_2 = "Article 2 Each village names a keeper for every pond, who walks round it once a week and clears it."


def test_a_run_of_chapters_with_nothing_between_is_a_table_of_contents():
    doc = clean_text(_regulation("Contents", "Chapter One General Provisions", "Chapter Two Daily Care",
                                 "Chapter Three Supervision", "Chapter One General Provisions", ARTICLE_1,
                                 "Chapter Two Daily Care", ARTICLE_2))
    assert [s.heading for s in doc.sections] == [None, "Contents", "Chapter One General Provisions", "Chapter Two Daily Care"]
    assert [b.kind for b in doc.sections[1].blocks] == ["item"] * 3


def test_a_contents_whose_last_entry_numbers_on_keeps_it_as_an_entry():
    doc = clean_text(_regulation("Contents", "Chapter I Pond Keepers", "Chapter II Daily Care",
                                 "Chapter III Supervision", "Chapter I", "Pond Keepers", ARTICLE_1, ARTICLE_2))
    assert [s.heading for s in doc.sections][:2] == [None, "Contents"]
    assert [b.kind for b in doc.sections[1].blocks][:3] == ["item"] * 3


def test_an_unnumbered_first_entry_under_contents_is_an_entry_not_a_heading():
    doc = clean_text(_regulation("Contents", "Aims of the Pond Keepers", "Chapter 1 Keepers", "Chapter 2 Daily Care",
                                 "Chapter 3 Supervision", "Aims of the Pond Keepers", PROSE_2, "Chapter 1 Keepers",
                                 ARTICLE_1))
    assert [s.heading for s in doc.sections] == [None, "Contents", "Aims of the Pond Keepers", "Chapter 1 Keepers"]
    assert [b.kind for b in doc.sections[1].blocks] == ["item"] * 4


def test_two_chapters_in_a_row_are_not_yet_a_table_of_contents():
    doc = clean_text(_regulation("Part One Villages", "Chapter One General Provisions", ARTICLE_1))
    assert [s.heading for s in doc.sections] == [None, "Part One Villages", "Chapter One General Provisions"]


def test_the_name_of_an_attached_regulation_over_its_first_chapter_is_a_heading():
    name = "Rules for the Care of Village Ponds of Lingxi Town"
    assert _headings(_regulation(name, "Chapter 1 General Provisions", ARTICLE_1)) == [
        None, name, "Chapter 1 General Provisions"]


def test_a_line_in_brackets_is_not_joined_to_a_lower_case_line_under_it():
    adopted = "(Adopted at the 6th meeting of the Lingxi Town Government on February 27, 2024)"
    doc = clean_text(_regulation(adopted, "table of Contents", "Chapter 1 General Provisions", "Chapter 2 Care",
                                 "Chapter 3 Supervision", "Chapter 1 General Provisions", ARTICLE_1))
    assert [s.heading for s in doc.sections][:2] == [None, "table of Contents"]
    assert doc.sections[0].blocks[-1].text == adopted


CASE_TEXT = ("Inspectors found eleven boxes of cakes past their shelf life on the shelves of the bakery, "
             "and the bureau fined the bakery 5,000 yuan.")


@pytest.mark.parametrize("line", [
    "1. The case of a bakery selling cakes past their shelf life.",
    "2. Please register your health information on arrival:",
])
def test_a_numbered_sentence_alone_of_its_style_over_prose_is_a_heading(line):
    assert _headings("\n\n".join([TITLE, PROSE, line, CASE_TEXT, ""])) == [None, line[3:]]


def test_numbered_sentences_that_stand_together_are_items_and_a_closing_ordinal_is_not_a_heading():
    doc = clean_text("\n\n".join([TITLE, PROSE, "1. The bakery was fined.", "2. The shop was warned.", CASE_TEXT,
                                  "Finally, thank you all for your support.", CASE_TEXT, ""]))
    assert [s.heading for s in doc.sections] == [None]
    assert [b.kind for b in doc.sections[0].blocks][1:3] == ["item", "item"]


def test_a_numbered_line_of_the_style_of_an_earlier_heading_is_a_heading_over_a_cut_line():
    text = "\n\n".join([TITLE, PROSE, "1. Site visits", CASE_TEXT, "2. Follow-up checks", "On the morning of May 3, the", ""])
    assert _headings(text) == [None, "Site visits", "Follow-up checks"]


def test_a_label_and_its_number_apart_by_spaces_is_a_table_row_not_a_heading():
    assert _headings(_between_paragraphs("Cases handled in the year  48")) == [None]
    assert _headings(_between_paragraphs("Cases handled in the year")) == [None, "Cases handled in the year"]


@pytest.mark.parametrize("line", [
    "Dongling: Old wells and a night market bring the whole street together",
    "The first stop: Shuikou Town keeps its paper lantern workshop open all year",
])
def test_a_name_before_a_colon_then_a_title_is_a_heading(line):
    assert _headings(_between_paragraphs(line)) == [None, line]


@pytest.mark.parametrize("line", [
    "Source: Lingxi Town Government Office of the county",  # a known label
    "Related: Volunteers visit the folk museum",  # a short value
    "Contact person: Mr. Zhou of the town office  Tel: 0736-6212098",  # two labels
    "Notice: The water will be cut off on Friday morning.",  # a sentence
])
def test_label_value_rows_stay_paragraphs(line):
    assert _headings(_between_paragraphs(line)) == [None]


def test_a_named_title_among_field_rows_is_a_field():
    text = "\n".join([TITLE, "", PROSE, "", "Time: Friday, 9:00 in the morning",
                      "Host: Lingxi Town volunteers and the water station staff", "", PROSE_2, ""])
    assert _headings(text) == [None]


def test_upper_case_roman_numerals_in_brackets_and_numbers_in_words_are_markers():
    from bulletin_tools.segment.body import marker

    assert marker("(IV) Subsidies for village libraries") == ("roman-paren", 5)
    assert marker("Three. Office that takes the applications") == ("num-word", 7)
    assert marker("Ten.5 percent of the money") is None
    assert marker("One of the villages") is None


def test_a_numbered_word_heading_over_field_rows():
    text = "\n".join([TITLE, "", PROSE, "", "Three. Office that takes the applications", "",
                      "Name of office: Lingxi Town Water Station", "Opening hours: 9:00-17:00 on workdays", ""])
    assert _headings(text) == [None, "Office that takes the applications"]  # (its word is its marker: `Three.`, number 3)


def test_a_label_before_a_bar_is_a_credit_not_a_heading():
    assert _headings(_between_paragraphs("Source | Lingxi Town Radio")) == [None]
    assert _headings(_between_paragraphs("Ponds | Wells")) == [None, "Ponds | Wells"]


def test_a_short_line_over_a_numbered_heading_heads_a_higher_level():
    item = "1. What it pays for: new books and lamps for the reading rooms of the villages."
    text = "\n\n".join([TITLE, PROSE, "Subsidies from the county budget", "(I) Subsidies for village libraries",
                        item, "2. How much: up to 20,000 yuan for each village.", ""])
    assert _headings(text) == [None, "Subsidies from the county budget", "Subsidies for village libraries"]


def test_a_line_right_under_a_numbered_heading_is_its_text_not_a_higher_heading():
    text = "\n\n".join([TITLE, PROSE, "三、Members of the committee", "Wang Li, Zhao Min, Peng Lei",
                        "四、Announcement period", PROSE_2, ""])
    assert [h for h in _headings(text) if h and "Wang Li" in h] == []


def test_a_quoted_sentence_between_paragraphs_is_text():
    quoted = '"Some of them cannot eat salt," the cook said. "We write every meal down."'
    assert _headings(_between_paragraphs(quoted)) == [None]
    assert _headings(_between_paragraphs("“Crossing the old gate, you are one of us”")) == [
        None, "“Crossing the old gate, you are one of us”"]


def test_a_short_line_printed_under_several_photos_is_a_caption_not_a_heading():
    caption = "Volunteers clear the channels of Dongpo Village"
    doc = clean_text("\n\n".join([TITLE, PROSE, caption, PROSE_2, caption, PROSE, ""]))
    assert [s.heading for s in doc.sections] == [None]
    assert "caption" in [b.kind for b in doc.sections[0].blocks]


def test_a_repeated_word_is_not_taken_for_a_caption():
    from bulletin_tools.segment.body import _repeated_short_lines
    from bulletin_tools.textmap import MappedText as M

    texts = [M.identity(t) for t in ("the", "party", "the", "Volunteers clear the channels", "Volunteers clear the channels")]
    assert _repeated_short_lines(texts, [None] * len(texts)) == {"Volunteers clear the channels"}


def test_one_character_roman_numerals_number_headings():
    from bulletin_tools.ordinals import split_ordinal

    found = split_ordinal("Ⅳ. How to apply")
    assert found is not None and (found.number, found.style, found.text) == (4, "roman", "How to apply")
    text = "\n\n".join([TITLE, PROSE, "Ⅰ. Scope of the fund", "1. Seedlings along roads.\n2. Seedlings on slopes.",
                        "Ⅱ. How to apply", PROSE_2, ""])
    assert _headings(text) == [None, "Scope of the fund", "How to apply"]


def test_a_numbered_line_over_a_list_that_starts_again_from_one_heads_it_and_the_next_number_resumes():
    text = "\n".join([TITLE, "", PROSE, "", "1. Posts for middle schools: 40.", "2. Posts for primary schools: 80.",
                      "3. Who can apply", "1. Graduates with a teacher's certificate.", "2. Teachers under forty.", "",
                      "4. How to apply", "", PROSE_2, ""])
    doc = clean_text(text)
    assert [s.heading for s in doc.sections] == [None, "Who can apply", "How to apply"]
    assert [sum(b.kind == "item" for b in s.blocks) for s in doc.sections] == [2, 2, 0]


def test_a_plural_role_in_a_byline_is_kept_as_a_label():
    from bulletin_tools import lexicon

    assert lexicon.header_labels().known_field("Reporters") == "extra:reporter"


@pytest.mark.parametrize("line", ["The first is to send the county leaders to the front line.",
                                  "Second, open the shelters before the water rises."])
def test_an_enumeration_link_alone_over_its_elaboration_is_a_heading(line):
    assert _headings(_between_paragraphs(line)) == [None, line]


def test_a_closing_ordinal_sentence_is_not_a_heading():
    assert _headings(_between_paragraphs("Finally, thank you to all the volunteers.")) == [None]


_SHORT_TEXT = "Since 2020 the county has replanted 400 hectares of reed beds along the river."


@pytest.mark.parametrize(("first", "heads"), [
    ("Reed Bed Restoration", True),  # title case: a heading, over a short paragraph too (sample s952)
    ("Rules for Village Wells", True),
    ("Reeds are back along the river", False),  # a sentence's case: the text's first line
    ("Reed Beds 2024", False),  # a figure: a label or a row, not a title
    # a document's formal name, long: it names the whole text (tests/test_document_head.py)
    ("Notice of the Hallam County Water Office on Issuing the Rules for Reed Beds", False),
])
def test_the_body_s_first_line_heads_a_short_paragraph_only_in_title_case(first, heads):
    text = "\n".join([TITLE, "", first, "", _SHORT_TEXT, "", "Herons nest in the beds again.", ""])
    assert (_headings(text)[0] == first) is heads


@pytest.mark.parametrize("line", ["Qiao Lanying and Ma Wenjie", "Zhou Lan"])
def test_a_line_of_people_s_names_between_paragraphs_is_no_heading(line):
    # (sample s955: a writers' or a photographer's credit without `By`)
    assert never_a_heading(MappedText.identity(line))
    assert _headings(_between_paragraphs(line)) == [None]


def test_a_place_s_name_of_two_words_still_heads_a_section():
    assert _headings(_between_paragraphs("Hexi Harbour")) == [None, "Hexi Harbour"]


@pytest.mark.parametrize("line, heads", [
    ("Scope of support:", True),  # a noun phrase in sentence case
    ("Use of the money：", True),  # a full-width colon
    ("The fund supports the following households:", False),  # a sentence announcing a list
    ("Our goals include:", False),  # a verb and a pronoun
    ("A market town with:", False),  # a sentence cut before its list
    ("Source:", False),  # one word: a label
    ("Release time:", False),  # a known field label
    ("In addition:", False),  # links between sentences, not names
    ("For example:", False),
    ("Steps as below:", False),
    ("Please note:", False),
])
def test_a_noun_phrase_and_a_colon_is_a_phrase_colon_heading(line, heads):
    assert is_phrase_colon_heading(line) is heads


def test_a_phrase_colon_line_heads_the_list_under_it_but_a_sentence_over_a_list_does_not():
    lines = [TITLE, "", PROSE, "", "Scope of support:", "", "1. Grain farms.", "2. Cooperatives.", "",
             "The office checks these papers:", "", "1. A land contract.", "2. A bank card.", ""]
    assert _headings("\n".join(lines)) == [None, "Scope of support:"]


def test_phrase_colon_lines_head_prose_only_when_there_are_two_of_them():
    one = "\n".join([TITLE, "", PROSE, "", "Checking the fields:", "", PROSE_2, ""])
    two = "\n".join([TITLE, "", PROSE, "", "Checking the fields:", "", PROSE_2, "", "Help for villagers:", "", PROSE, ""])
    assert _headings(one) == [None]
    assert _headings(two) == [None, "Checking the fields:", "Help for villagers:"]


def test_a_short_line_over_a_heading_heads_a_higher_level():
    lines = [TITLE, "", PROSE, "", "Work before the rains", "", "Checking the dykes", "", PROSE_2, ""]
    assert _headings("\n".join(lines)) == [None, "Work before the rains", "Checking the dykes"]


def test_two_title_case_lines_over_text_are_not_read_as_two_levels():
    lines = [TITLE, "", PROSE, "", "On Flood Control", "", "Works for the Year", "", PROSE_2, ""]
    assert _headings("\n".join(lines)) == [None, "Works for the Year"]


@pytest.mark.parametrize("line, style", [
    ("Ⅱ, Selling the leaves", "roman"),  # Ⅱ、 with its mark repaired to a comma
    ("Ⅱ、Selling the leaves", "roman"),
    ("Step 2: Filing the form", "step"),
    ("STEP THREE. Waiting for the result", "step"),
    ("Steps to take before filing", None),
    ("Step by step, the village grew", None),
])
def test_one_character_roman_numerals_with_a_comma_and_steps_are_markers(line, style):
    found = marker(line)
    assert (found[0] if found else None) == style


def test_a_run_of_steps_is_a_list_and_a_lone_step_over_prose_a_heading():
    lines = [TITLE, "", PROSE, "", "Step 1: Opening an account", "", PROSE_2, "",
             "Step 2: Fill in the form.", "Step 3: Send the form.", "",
             "The town office answers questions about the form on working days, by phone or at its front desk.", ""]
    doc = clean_text("\n".join(lines))
    assert [s.heading for s in doc.sections] == [None, "Step 1: Opening an account"]
    assert [b.kind for b in doc.sections[1].blocks] == ["paragraph", "item", "item", "paragraph"]


def test_short_named_titles_head_their_text_when_several_stand_over_prose():
    one = [TITLE, "", PROSE, "", "Model Village: Dongpo Village", "", "Open to visitors every day.", ""]
    two = one + ["Special Town: Beishan Town", "",
                 "Beishan Town has opened its tea drying houses to visitors, who can pick leaves and learn the craft.", ""]
    assert _headings("\n".join(one)) == [None]
    assert _headings("\n".join(two)) == [None, "Model Village: Dongpo Village", "Special Town: Beishan Town"]


@pytest.mark.parametrize("line", ["Model Village: Dongpo Village", "Building the market: what the farmers did",
                                  "Staying safe on the autumn holiday I: the roads"])
def test_a_short_named_title_alone_between_paragraphs_of_prose_heads_the_text_under_it(line):
    assert _headings("\n".join([TITLE, "", PROSE, "", line, "", PROSE_2, ""])) == [None, line]


@pytest.mark.parametrize("line", ["Note: see the map", "Model Village: Dongpo Village"])
def test_a_short_named_title_under_a_line_that_ends_no_sentence_stays_text(line):
    above = PROSE.rstrip(".") + " and"
    assert _headings("\n".join([TITLE, "", above, "", line, "", PROSE_2, ""])) == [None]


def test_short_values_after_labels_over_prose_are_not_named_titles():
    assert not is_named_title("Opening hours: 9 to 5", parallel=True)  # (a figure)
    assert not is_named_title("Contact: the village office", parallel=True)  # (not title case)


@pytest.mark.parametrize("line, style", [
    ("(a) keep the stall clean;", "letter-paren"),
    ("（b）show the prices;", "letter-paren"),
    ("ii. show the prices;", "roman-lower"),
    ("* keep the stall clean;", "bullet"),
    ("★ the fire exits;", "bullet"),
    ("· the bins at the gate;", "bullet"),
    ("(z) no such letter", None),
    ("iv.5 million", None),
    ("*Author: Lin Qiao", None),  # (a star glued to a label is no bullet)
])
def test_more_list_markers(line, style):
    found = marker(line)
    assert (found[0] if found else None) == style


def test_a_list_numbered_in_two_translations_of_the_same_mark_is_one_list():
    lines = [TITLE, "", PROSE, "", "1. The clinic opens at seven.", "2、The pharmacy keeps the same hours.",
             "3. A doctor stays on call at night.", "", PROSE_2, ""]
    doc = clean_text("\n".join(lines))
    assert [s.heading for s in doc.sections] == [None]
    assert [b.kind for b in doc.sections[0].blocks] == ["paragraph", "item", "item", "item", "paragraph"]


def test_numbered_short_lines_each_over_a_line_of_their_own_are_headings():
    lines = [TITLE, "", PROSE, "", "1. Time", "", "July 20, at nine in the morning", "", "2. Place", "",
             "Meeting room 2 of the town hall", "", PROSE_2, ""]
    assert _headings("\n".join(lines)) == [None, "Time", "Place"]


def test_numbered_lines_apart_but_not_numbered_on_stay_items():
    lines = [TITLE, "", PROSE, "", "1. Time", "", "July 20, at nine in the morning", "", "4. Place", "",
             "Meeting room 2 of the town hall", "", PROSE_2, ""]
    headings = _headings("\n".join(lines))
    assert "Time" not in headings and "Place" not in headings


CHAIN_1 = "The first is to set up a road group in each village. The second is to name a road keeper who reports every week."
CHAIN_2 = "The first is to ask the county for a share of its road fund. The second is to let villagers give labour."
LAST_TEXT = "The town will check every new road with the county's inspectors, and a failed road is rebuilt at the builder's cost."


def test_a_lead_sentence_on_its_own_line_heads_the_enumeration_under_it_and_the_last_one_heads_plain_text():
    lines = [TITLE, "", PROSE, "", "Raise the money for road work.", "", CHAIN_1, "", "Keep the roads in repair.", "", CHAIN_2,
             "", "Tighten supervision.", "", LAST_TEXT, ""]
    assert _headings("\n".join(lines)) == [None, "Raise the money for road work", "Keep the roads in repair",
                                           "Tighten supervision"]


def test_the_last_lead_sentence_in_a_paragraph_without_enumeration_heads_it_after_lead_sections():
    lines = [TITLE, "", PROSE, "", "Raise the money. " + CHAIN_1, "", "Keep the roads in repair. " + CHAIN_2, "",
             "Tighten supervision. " + LAST_TEXT, "", "We thank the villages for their help. The town reports again in May.", ""]
    assert _headings("\n".join(lines)) == [None, "Raise the money", "Keep the roads in repair", "Tighten supervision"]


def test_a_short_sentence_after_an_ordinary_list_is_no_lead_heading():
    lines = [TITLE, "", PROSE, "", "1. Clear the channels.", "2. Mend the gates.", "", "Tighten supervision.", "", LAST_TEXT, ""]
    assert _headings("\n".join(lines)) == [None]


GLUED_TEXT = "Each village will check its fields and channels before the end of the month, with help from the town."


def test_a_heading_glued_to_its_first_sentence_is_put_back_on_a_line_of_its_own():
    lines = [TITLE, "", PROSE, "", "Checking the fields" + GLUED_TEXT, "", PROSE_2, ""]
    doc = clean_text("\n".join(lines))
    assert [s.heading for s in doc.sections] == [None, "Checking the fields"]
    assert doc.sections[1].blocks[0].text == GLUED_TEXT


@pytest.mark.parametrize("line", [
    "Villagers can follow the town on WeChat and register before May 5 to take part in the clean-up of the river.",
    "The town held a meeting in the hall of Dongpo village and the heads of all eleven villagesThe county sent two "
    "officials to the meeting as well.",  # (a sentence that lost its stop, more than ten words in)
    "Checking the fields. Each village will check its fields and channels before the end of the month.",
])
def test_lines_that_are_no_glued_heading_stay_whole(line):
    lines = [TITLE, "", PROSE, "", line, "", PROSE_2, ""]
    doc = clean_text("\n".join(lines))
    assert [s.heading for s in doc.sections] == [None]
    assert any(b.text == line for b in doc.sections[0].blocks)


def test_a_name_of_four_long_words_before_the_colon_still_names_a_title():
    assert is_named_title("Provincial Rural Revitalisation Representative: Dongpo Village", parallel=True)
    assert not is_named_title("Provincial Rural Revitalisation Representative and Contact: Dongpo Village",
                              parallel=True)  # (five words: a sentence's opening, no name)


def test_roman_numerals_in_sentence_case_number_headings():
    from bulletin_tools.segment.body import marker
    from bulletin_tools.ordinals import split_ordinal

    assert marker("Vii. Contact details of the builder") == ("roman", 5)
    found = split_ordinal("Iii. How to comment")
    assert found is not None and found.number == 3 and found.text == "How to comment"
    assert marker("Xi. Jinping spoke") is None  # (a name, not the numeral 11)
    assert marker("Via. the old road") is None


def test_a_line_opening_with_a_comma_goes_on_from_the_line_above():
    text = "\n".join([TITLE, "", PROSE, "", "During the first week of the checks", "",
                      ", the inspectors found blocked exits in six shops and told the owners to clear them.", ""])
    doc = clean_text(text)
    assert [s.heading for s in doc.sections] == [None]
    assert doc.sections[0].blocks[-1].text.startswith("During the first week of the checks, the inspectors")


def test_short_lines_in_a_row_are_one_block_not_headings():
    verse = ["Through the long wet nights", "Lamps along the river bank",
             "You keep the water where it belongs and the fields of the valley dry", "Boots heavy with mud",
             "Thank you, wardens!"]
    assert _headings("\n\n".join([TITLE, "", PROSE, "", *verse, "", PROSE_2, ""])) == [None]


def test_the_last_of_several_short_lines_still_heads_the_long_text_under_it():
    lines = ["Zhou Lan", "Head of the Lanxi Water Bureau", "Speech at the spring meeting", "Review of the past year"]
    assert _headings("\n\n".join([TITLE, "", PROSE, "", *lines, "", PROSE_2, ""])) == [None, "Review of the past year"]


def test_a_long_numbered_title_over_a_short_numbered_heading_of_another_style_heads_a_higher_level():
    long_title = (
        "1. Keeping the ponds of every village of the town clean and safe for the children and the livestock "
        "in the years to come")
    text = "\n\n".join([TITLE, "", PROSE, "", long_title, "(1) Keepers", PROSE_2, "(2) Checks", PROSE, ""])
    assert _headings(text)[1:] == [long_title[3:], "Keepers", "Checks"]


def test_a_lower_case_title_between_two_sentences_heads_the_text_under_it():
    assert _headings(_between_paragraphs("checking the sluice gates")) == [None, "checking the sluice gates"]


@pytest.mark.parametrize("line", [
    "gates",  # one word
    "and then the volunteers went home to rest after a long day of work",  # too long for a title
    "checking the sluice gates.",  # a sentence's end
])
def test_other_lower_case_lines_between_paragraphs_stay_text(line):
    assert _headings(_between_paragraphs(line)) == [None]


def test_a_lower_case_line_over_a_line_in_lower_case_stays_text():
    text = "\n".join([TITLE, "", PROSE, "", "the volunteers", "also visited the elderly households of Dongpo Village, "
                      "repaired two footbridges and promised to come back after the sowing.", ""])
    assert _headings(text) == [None]
