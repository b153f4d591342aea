"""Segmentation: the seed's structure, and the header/body/footer readers on small cases."""

from __future__ import annotations

import pytest

import bulletin_tools
from bulletin_tools import lexicon
from bulletin_tools.segment.body import marker
from bulletin_tools.segment.header import find_labels, is_label_line, parse_breadcrumb
from bulletin_tools.textmap import MappedText


def test_seed_structure(seed_bytes):
    doc = bulletin_tools.clean_bytes(seed_bytes, input="seed.txt")
    text = seed_bytes.decode("utf-8")
    assert doc.breadcrumb == ("Home", "Party building")
    assert doc.metadata.date == "2023-08-08"
    assert doc.metadata.author == "Editor"
    assert doc.metadata.source is None and doc.metadata.views is None
    assert [s.heading is None for s in doc.sections] == [True, False, False, False]
    assert [sum(b.kind == "item" for b in s.blocks) for s in doc.sections] == [0, 5, 4, 0]
    assert doc.footer.address.startswith("Hejing County, Bayingolin")
    assert doc.footer.copyright == "Bayinbuluke Scenic Area Management Committee, Hejing County"
    assert doc.footer.icp.record == "新ICP备18000738号-1"
    # spans point at the right text
    a, b = doc.title.span
    assert text[a:b].startswith("He Jing: Take multiple measures")
    a, b = doc.sections[1].blocks[0].span
    assert text[a:b].startswith("The first is to carry out")
    a, b = doc.footer.span
    assert "Address:" in text[a:b] and text[a:b].rstrip().endswith("18000738-1")


@pytest.mark.parametrize(
    "line, crumbs",
    [
        ("Position: Home > Party building", ["Home", "Party building"]),
        ("Current location：Home»News»Notices", ["Home", "News", "Notices"]),
        ("Home / News Center / District Dynamics", ["Home", "News Center", "District Dynamics"]),
        ("Home | Party Building | Grassroots |", ["Home", "Party Building", "Grassroots"]),
        ("> Government Information > Environment", ["Government Information", "Environment"]),
        ("You are here: home > news > Text", ["Home", "news", "Text"]),
        # after the first arrow, a dash or a bar is part of a crumb's name; before it, a separator
        ("Position: Home > Songyang - Lishui > County news", ["Home", "Songyang - Lishui", "County news"]),
        ("Position: Home | News > Rural Revitalization", ["Home", "News", "Rural Revitalization"]),
        ("Position: Home >> Villages | Towns >> Notices", ["Home", "Villages | Towns", "Notices"]),
        # a label no list names, before a trail from Home with arrows: the trail's shape is the evidence
        ("Where you stand: Home > County Affairs > Notices", ["Home", "County Affairs", "Notices"]),
        ("Now:HOME > SERVICE >Activities", ["Home", "SERVICE", "Activities"]),
        ("Home>>", ["Home"]),  # the first crumb and its arrow, the others left out by the page
    ],
)
def test_breadcrumbs(line, crumbs):
    assert parse_breadcrumb(line) == crumbs


@pytest.mark.parametrize("line", [
    "The town held a meeting on 5 May and 1/2 of the villagers came.",
    "Zhuwan Village Hardens 6.8 Kilometers of Roads",
    "Source: Xinhua > News",  # a labelled trail must start at Home
    "Note: home is where > the heart is",
])
def test_not_breadcrumbs(line):
    assert parse_breadcrumb(line) is None


def _labels(s):
    return [(lv.field, lv.value.text) for lv in find_labels(MappedText.identity(s), lexicon.header_labels())]


def test_jammed_labels_with_empty_values():
    assert _labels("Source:Author:小编Click: Time:2023-08-08") == [
        ("source", ""), ("author", "小编"), ("views", ""), ("date", "2023-08-08")]


def test_labels_glued_to_previous_value():
    assert _labels("Source:Xiliu Bureau OfficeAuthor:Tang YuRelease time:2023-07-31Views:") == [
        ("source", "Xiliu Bureau Office"), ("author", "Tang Yu"), ("date", "2023-07-31"), ("views", "")]


def test_view_counter_without_colon():
    assert _labels("Author:Editor  Time:2024.03.05  Viewd 2318") == [
        ("author", "Editor"), ("date", "2024.03.05"), ("views", "2318")]


def test_label_line_detection():
    assert is_label_line("Source: Heqiao District Taxation Bureau  Editor: Li")
    assert not is_label_line("The source of the river is in the mountains.")


@pytest.mark.parametrize("text, style", [
    ("一、Insured objects", "cn"), ("（二）Payment", "cn-paren"), ("(3) Transfer", "num-paren"),
    ("1、Adhere to", "num-dun"), ("2. Who can apply?", "num-dot"), ("1.About the Office", "num-dot"),
    ("IV. Deadline", "roman"), ("Article 1Objectives", "article"), ("Chapter 2 Assets", "chapter"), ("First, expand", "ordinal"),
])
def test_markers(text, style):
    assert marker(text)[0] == style


def test_numbers_are_not_markers():
    assert marker("3.6% more grain than last year") is None


def test_numbered_lines_in_a_row_are_items_single_ones_headings():
    text = (
        "A Title Of The Notice\n\nThe town announces the following matters about the project today.\n\n"
        "I. Basic information\n1. Project number: X-1\n2. Budget: 3,000 yuan\n\n"
        "II. Requirements\nSuppliers shall meet the conditions of the law and the rules of the town.\n"
    )
    doc = bulletin_tools.clean(text)
    # the numbers are data (marker, number), the heading is the words (issue 12)
    assert [s.heading for s in doc.sections] == [None, "Basic information", "Requirements"]
    assert [(s.marker, s.number) for s in doc.sections] == [(None, None), ("I.", 1), ("II.", 2)]
    assert [sum(b.kind == "item" for b in s.blocks) for s in doc.sections] == [0, 2, 0]


def test_furniture_removed_and_recorded():
    text = "A Title Here\n\nThe body paragraph says what happened in the town this week.\n\n[Print]  [Close]\n"
    doc = bulletin_tools.clean(text)
    md = bulletin_tools.to_markdown(doc)
    assert "[Print]" not in md and "Print" not in md
    assert any(f.rule == "furniture" and "[Print]" in f.before for f in doc.fixes)


MASTHEAD_CASES = [
    "Lingxi County People's Government\n\nPosition: Home > News\n\n",
    "Serve the people wholeheartedly\n\n",
    "Win money at the online casino today\n\n",
]


@pytest.mark.parametrize("top", MASTHEAD_CASES)
def test_site_name_slogan_or_spam_above_title_is_not_the_title(top):
    text = top + (
        "Lingxi County Opens a New Library for Villagers\n\n"
        "Source: County Culture Bureau  Date: 2023-04-02\n\n"
        "The new library opened on Monday with 12,000 books and a reading room for children of the villages.\n"
    )
    doc = bulletin_tools.clean(text)
    assert doc.title.text == "Lingxi County Opens a New Library for Villagers"
    first_line = top.splitlines()[0]
    assert first_line in doc.metadata.extra["masthead"]
    assert doc.metadata.date == "2023-04-02"


def test_title_split_over_two_lines_is_joined():
    text = ("Notice of the Lingxi County Education Bureau\non the Autumn Enrolment of Primary Schools\n\n"
            "Date: 2023-08-01\n\nAll schools shall complete the enrolment before the end of August this year.\n")
    doc = bulletin_tools.clean(text)
    assert doc.title.text == ("Notice of the Lingxi County Education Bureau "
                              "on the Autumn Enrolment of Primary Schools")


def test_hard_wrapped_paragraph_is_joined_not_cut_into_headings():
    text = ("Lingxi County Opens a New Library for Villagers\n\nDate: 2023-04-02\n\n"
            "The new library opened on Monday with 12,000 books and a reading room for\n"
            "children of the villages. The county invested 3 million yuan in the\n"
            "building, which has two floors and a small garden.\n")
    doc = bulletin_tools.clean(text)
    assert len(doc.sections) == 1 and doc.sections[0].heading is None
    assert [b.text for b in doc.sections[0].blocks] == [
        "The new library opened on Monday with 12,000 books and a reading room for children of the villages. "
        "The county invested 3 million yuan in the building, which has two floors and a small garden."]


def test_portal_name_then_label_row_then_title():
    text = ("Lingxi Town People's Government Portal\nRelease time: 2023-05-17 10:42   Views: 388\n\n"
            "Lingxi Town Launches a Month of River Patrols\n\n"
            "From May 8, the town organized cadres and volunteers to patrol the river and its tributaries.\n")
    doc = bulletin_tools.clean(text)
    assert doc.title.text == "Lingxi Town Launches a Month of River Patrols"
    assert doc.metadata.extra["masthead"] == "Lingxi Town People's Government Portal"
    assert doc.metadata.views == 388


def test_chain_that_starts_after_that():
    text = ("A Title For The Meeting\n\nThe meeting was held on Monday in the town hall with all cadres.\n\n"
            "Work is deployed in three parts. The meeting required that one is to patrol the river; "
            "two is to clean the banks; three is to report problems.\n")
    doc = bulletin_tools.clean(text)
    assert [sum(b.kind == "item" for b in s.blocks) for s in doc.sections] == [0, 3]


def test_ambiguous_icp_syllable_resolved_by_province_in_footer():
    text = ("A Title For The Meeting\n\nThe meeting was held on Monday in the town hall with all cadres.\n\n"
            "Address: No. 9 Jianshe Road, Jiaxi County, Hebei Province   Tel: 0317-5521409\n"
            "Ji ICP Bei 13007712 Hao-1\n")
    doc = bulletin_tools.clean(text)
    assert doc.footer.icp.record == "冀ICP备13007712号-1"
    assert doc.footer.icp.region == "Hebei"


def test_ambiguous_icp_syllable_without_evidence_is_not_guessed():
    text = ("A Title For The Meeting\n\nThe meeting was held on Monday in the town hall with all cadres.\n\n"
            "Address: No. 9 Jianshe Road, Jiaxi County   Tel: 0317-5521409\nJi ICP Bei 13007712 Hao-1\n")
    doc = bulletin_tools.clean(text)
    assert doc.footer.icp.record is None


BODY = "The county held the meeting on Monday, and more than 200 people from all towns attended it.\n"


def test_whole_header_on_one_line_is_split_on_runs_of_spaces():
    text = ("Position: Home > County News  Huangpo County Holds a Spring Job Fair  Source: County Bureau  "
            "Time: 2023-02-06\n\n" + BODY)
    doc = bulletin_tools.clean(text)
    assert doc.breadcrumb == ("Home", "County News")
    assert doc.title.text == "Huangpo County Holds a Spring Job Fair"
    assert doc.metadata.source == "County Bureau" and doc.metadata.date == "2023-02-06"
    a, b = doc.title.span
    assert text[a:b] == "Huangpo County Holds a Spring Job Fair"


def test_record_split_over_two_lines_and_qr_caption():
    text = ("A Title For The Meeting\n\n" + BODY + "\nAddress: No. 3 Jianshe Road\n豫ICP备18007731号-2\n豫公网安备\n"
            "41010502003876号\n[QR code of the official account]\nScan the code to follow\n")
    doc = bulletin_tools.clean(text)
    assert doc.footer.address == "No. 3 Jianshe Road"
    assert doc.footer.public_security == "豫公网安备 41010502003876号"
    assert "QR code" not in bulletin_tools.to_markdown(doc)


def test_flattened_table_rows_are_not_headings():
    text = ("A Title For The Meeting\n\n" + BODY + "\nName  School  Score\nLi Ming  No. 2 School  96.5\n"
            "Zhou Ting  Central School  95.8\n\nThe prizes were handed out by the head of the bureau after the contest.\n")
    doc = bulletin_tools.clean(text)
    assert [s.heading for s in doc.sections] == [None]


def test_related_reading_box_between_rules_is_furniture():
    text = ("A Title For The Meeting\n\n" + BODY + "\n------\nRelated reading\nAnother Town Opens a Library\n"
            "   This summer another town held 32 reading activities for children in its villages and schools.\n"
            "------\n\nThe meeting ended with a speech by the county head about the plans for next year.\n")
    doc = bulletin_tools.clean(text)
    md = bulletin_tools.to_markdown(doc)
    assert "32 reading activities" not in md and "Related reading" not in md
    assert any(f.rule == "furniture" and "32 reading activities" in f.before for f in doc.fixes)
    assert "plans for next year" in md


def test_time_without_date():
    doc = bulletin_tools.clean("A Title For The Meeting\n\nTime: 9:20  Source: Town Office\n\n" + BODY)
    assert doc.metadata.time == "09:20" and doc.metadata.date is None


def test_parenthesised_chain_inside_a_sentence_is_items():
    text = ("A Title For The Meeting\n\n" + BODY + "\nApplicants must meet the following conditions: (1) live in the town; "
            "(2) be between 18 and 60 years old; (3) have cooked for banquets for a year.\n")
    doc = bulletin_tools.clean(text)
    blocks = doc.sections[-1].blocks
    assert [b.kind for b in blocks][-3:] == ["item", "item", "item"]
    assert blocks[-4].text == "Applicants must meet the following conditions:"


def test_space_inside_a_word_joined_only_with_evidence():
    doc = bulletin_tools.clean("A Title For The Meeting\n\nThe town gov ernment met on Monday. "
                               "The government approved the plan to build a round road in to the hills.\n")
    text = " ".join(b.text for s in doc.sections for b in s.blocks)
    assert "town government met" in text
    assert "a round road in to the hills" in text  # two real words: never joined
    assert any(f.rule == "split-word" and f.before == "gov ernment" for f in doc.fixes)


def test_whole_word_lost_as_question_marks_is_flagged():
    doc = bulletin_tools.clean("A Title For The Meeting\n\nComrade ??, head of the station, said the roads will be built.\n")
    assert any(f.code == "lost-characters" for f in doc.findings)


def test_footer_row_with_a_name_before_the_labels_and_pipes():
    text = ("A Title For The Meeting\n\n" + BODY + "\nHongling Middle School    Address: No. 2 Xueyuan Road    "
            "Tel: 0518-86120331\nRong Media Center | Hotline: 400-836-2719 | 鲁ICP备18022456号-2\n"
            "About Us | Contact Us | Site Map\nBest viewed with Chrome at 1920×1080\n")
    doc = bulletin_tools.clean(text)
    assert doc.footer.address == "No. 2 Xueyuan Road"
    assert doc.footer.phone == "0518-86120331"
    assert doc.footer.icp.record == "鲁ICP备18022456号-2"
    assert "Site Map" not in bulletin_tools.to_markdown(doc)


def test_body_field_rows_are_neither_headings_nor_footer():
    text = ("A Title For The Meeting\n\n" + BODY + "\nProject name: Classroom air conditioners\n"
            "Bid opening date: 2023-08-15\nAmount: 2,386,400.00 yuan\n\nContact information\n\n"
            "Purchaser: Lianqiao County Education Bureau  Contact person: Mr. Zhou  Tel: 0736-6212098\n\n[Print]  [Close]\n\n"
            "Sponsored by: County Trading Center  Tel: 0736-6200001\n")
    doc = bulletin_tools.clean(text)
    assert [s.heading for s in doc.sections] == [None, "Contact information"]
    assert doc.footer.phone == "0736-6200001"


def test_lower_case_roman_items_captions_and_furniture_rows():
    text = ("A Title For The Meeting\n\n" + BODY + "\n(i) check the wards;\n(ii) train the nurses;\n"
            "(iii) report weekly.\n\n▲ Nurses at the training class\n\n[Font size: Large Medium Small]  Share to:\n\n"
            "The hospital will report the results to the county health commission every month.\n")
    doc = bulletin_tools.clean(text)
    kinds = [b.kind for s in doc.sections for b in s.blocks]
    assert kinds.count("item") == 3 and kinds.count("caption") == 1
    assert "Font size" not in bulletin_tools.to_markdown(doc)


def test_date_among_fields_and_site_suffix_on_title():
    text = ("Lanxiu County People's Government\nCurrent location: Home > Notices\n\n"
            "Index number: 11411726/2023-00214    Classification: Notices\n\n"
            "Notice on the Safety Inspection of Elevators - Lanxiu County People's Government\n\n"
            "Original  Songlin Release  2023-08-04 18:30  Posted in Hebei\n\n" + BODY)
    doc = bulletin_tools.clean(text)
    assert doc.title.text == "Notice on the Safety Inspection of Elevators"
    assert any(f.rule == "title-site-suffix" for f in doc.fixes)
    assert doc.metadata.extra["index_number"] == "11411726/2023-00214"
    assert (doc.metadata.date, doc.metadata.time) == ("2023-08-04", "18:30")
    assert "Posted in Hebei" in doc.metadata.extra["unlabelled"]


def test_a_title_ending_in_portal_is_not_swapped_for_the_first_paragraph():
    text = "Lingxi Opens the New Service Portal\n\n" + BODY
    doc = bulletin_tools.clean(text)
    assert doc.title.text == "Lingxi Opens the New Service Portal"
    assert doc.sections[0].blocks[0].text == BODY.strip()


def test_skip_furniture_keeps_page_furniture_in_the_text():
    from bulletin_tools.pipeline import Options

    text = "A Title For The Meeting\n\n" + BODY + "\n[Print]  [Close]\n"
    kept = bulletin_tools.clean(text, options=Options(skip=frozenset({"furniture"})))
    assert "[Print]" in " ".join(b.text for s in kept.sections for b in s.blocks)
    assert not any(f.rule == "furniture" for f in kept.fixes)


def test_numbered_heading_cut_off_is_completed_after_its_number():
    text = ("A Title For The Meeting\n\n" + BODY + "\n二、Strengthen the organizations and improve the\n"
            "   Strengthen the organizations and improve the service capacity of community party "
            "organizations. Each community will set up a service post.\n")
    doc = bulletin_tools.clean(text)
    assert doc.sections[-1].heading == ("Strengthen the organizations and improve the service capacity "
                                        "of community party organizations")
    assert doc.sections[-1].marker == "二、"


def test_title_cut_in_a_pinyin_looking_fragment_is_flagged():
    doc = bulletin_tools.clean("Chengnan Street Answers Questions on Kindergarten Enrolment Poli\n\n" + BODY)
    assert doc.title.truncated and not doc.title.repaired
    assert doc.title.text.endswith("Enrolment Poli")


def test_tied_name_spellings_are_flagged_and_kept():
    doc = bulletin_tools.clean("A Title For The Meeting\n\nShiqiao Village held a meeting. Shi Qiao Village is "
                               "near Shiqiao Lake and Shi Qiao Road.\n")
    text = " ".join(b.text for s in doc.sections for b in s.blocks)
    assert "Shi Qiao Road" in text and "Shiqiao Lake" in text
    assert any(f.code == "name-inconsistent" for f in doc.findings)


def test_chinese_label_row_values_are_translated_or_flagged():
    doc = bulletin_tools.clean("A Title For The Meeting On Grassland\n\n发布时间：2023-08-03 16:20  来源：本站原创  "
                               "作者：  责任编辑：其其格  点击：87\n\n" + BODY)
    assert doc.metadata.editor == "其其格" and doc.metadata.source == "this site (original)"
    assert any(f.code == "cjk-residue" and "其其格" in f.message for f in doc.findings)


def test_labelled_title_in_a_flattened_table_header():
    text = ("Jinhe Township People's Government Portal\nHome > Township News\n\n"
            "Title:  Jinhe Township Repairs 36 Rural Bridges\nDate:  2024-04-18 10:05\nFont:  Large  Medium  Small\n\n"
            + BODY + "\nHost: Jinhe Township People's Government   Tel: 0745-6621034\n")
    doc = bulletin_tools.clean(text)
    assert doc.title.text == "Jinhe Township Repairs 36 Rural Bridges"
    assert doc.metadata.date == "2024-04-18" and doc.footer.phone == "0745-6621034"
    assert doc.footer.sponsor == "Jinhe Township People's Government"


def test_breadcrumb_printed_below_the_article_and_figure_captions():
    text = ("A Title For The Festival\n\nPublish time: 2023-05-26   Publisher: School Office   Reading: 2,208\n\n"
            + BODY + "\nFigure 1 Pupils launch a water rocket\n\nCurrent location: Home > Campus News > Activities\n")
    doc = bulletin_tools.clean(text)
    assert doc.breadcrumb == ("Home", "Campus News", "Activities")
    assert doc.metadata.source == "School Office" and doc.metadata.views == 2208
    assert [b.kind for b in doc.sections[-1].blocks][-1] == "caption"
    assert "Current location" not in bulletin_tools.to_markdown(doc).split("---", 2)[2]


def test_site_link_bar_and_browser_advice_do_not_hide_the_footer():
    text = ("A Title For The Notice\n\n" + BODY + "\nHome | About Us | Government Information | Contact Us | Site Map\n"
            "Address: No. 1 Fuqian Road\n赣ICP备13005627号-1\n"
            "It is recommended to use IE9 or above, or Chrome, with a resolution of 1366×768\n")
    doc = bulletin_tools.clean(text)
    assert doc.footer.address == "No. 1 Fuqian Road" and doc.footer.icp.record == "赣ICP备13005627号-1"


def test_bare_date_line_above_the_title():
    text = ("Dongling County Public Security Bureau\nHome | Police News | Anti-fraud Publicity\n\n2024-02-26 17:40\n\n"
            "Police Remind: Beware of Fake Job Offers\n\n" + BODY + "\n鄂公网安备42011202000571号\n")
    doc = bulletin_tools.clean(text)
    assert doc.title.text == "Police Remind: Beware of Fake Job Offers"
    assert (doc.metadata.date, doc.metadata.time) == ("2024-02-26", "17:40")
    assert doc.footer.public_security == "鄂公网安备42011202000571号"  # as written


def test_roman_headings_followed_by_field_rows():
    text = ("A Procurement Announcement for Classroom Lamps\n\nRelease date: 2024-03-15   Number of visits: 356\n\n"
            + BODY + "\nI. Basic information of the project\nProject name: Classroom lighting\nBudget: 800,000 yuan\n\n"
            "II. Qualification requirements\nSuppliers shall meet the requirements of the law and hold valid licences.\n")
    doc = bulletin_tools.clean(text)
    assert [s.heading for s in doc.sections] == [None, "Basic information of the project",
                                                 "Qualification requirements"]
    assert [s.number for s in doc.sections] == [None, 1, 2]
    assert doc.metadata.views == 356


def test_chapter_and_section_lines_are_headings_even_back_to_back():
    text = ("A Five-Year Plan for the County\n\n" + BODY + "\nChapter I Development Foundation\n"
            "Section 1 Achievements in the Last Five Years\nThe output of grain rose by 12% and the income of farmers by 30%.\n"
            "Case 1: A Wage Dispute Was Resolved\nThe mediators met the workers and the company twice in one week.\n")
    doc = bulletin_tools.clean(text)
    assert [s.heading for s in doc.sections][1:] == [
        "Chapter I Development Foundation", "Section 1 Achievements in the Last Five Years",
        "Case 1: A Wage Dispute Was Resolved"]


def test_heading_followed_by_a_numbered_list_and_a_wrapped_item():
    text = ("A Title For The Meeting\n\n" + BODY + "\nMatters Decided at the Meeting\n"
            "1. The town will dredge the irrigation channels of\nShangping and Hexi villages;\n"
            "2. The town will repair 3 pumping stations before the flood season.\n")
    doc = bulletin_tools.clean(text)
    assert doc.sections[-1].heading == "Matters Decided at the Meeting"
    items = [b for b in doc.sections[-1].blocks if b.kind == "item"]
    assert items[0].text == "The town will dredge the irrigation channels of Shangping and Hexi villages;"
    assert [(b.marker, b.number) for b in items] == [("1.", 1), ("2.", 2)]


def test_site_chrome_above_the_breadcrumb_and_credits_below_the_body():
    text = ("Shuiyuan County People's Government\nHome  News  Government Affairs  Services  Interaction  Investment\n"
            "Please enter keywords  Search\nToday is Wednesday, March 6, 2024  Cloudy 3℃~12℃\n"
            "Current location: Home > Township News\n\nLongtan Town Protects Tea Gardens from Frost\n\n"
            "Release time: 2024-03-04 16:20    Source: Longtan Town People's Government\n\n" + BODY +
            "\nEditor in charge: Qiu Lanfang\n\nHot articles\nThe county holds a spring farming meeting\n\n"
            "Copyright: Shuiyuan County People's Government    Tel: 0797-5512306\nWebsite statistics  Visitors: 1234567\n")
    doc = bulletin_tools.clean(text)
    md = bulletin_tools.to_markdown(doc)
    assert doc.title.text == "Longtan Town Protects Tea Gardens from Frost"
    assert doc.metadata.date == "2024-03-04" and doc.metadata.editor == "Qiu Lanfang"
    assert doc.metadata.extra["masthead"] == "Shuiyuan County People's Government"
    for chrome in ("Please enter keywords", "Today is Wednesday", "Government Affairs", "Hot articles", "1234567"):
        assert chrome not in md
    assert doc.footer.phone == "0797-5512306"


def test_site_name_then_headline_then_prose():
    text = ("Hezhou District Education Bureau\n\nHezhou District Launches Winter Campus Safety Inspection\n\n"
            "From November 20 to 24, the district Education Bureau organized 4 inspection teams to check the winter "
            "safety of 46 primary and secondary schools and kindergartens in the district.\n")
    doc = bulletin_tools.clean(text)
    assert doc.title.text == "Hezhou District Launches Winter Campus Safety Inspection"
    assert doc.metadata.extra["masthead"] == "Hezhou District Education Bureau"


def test_speaker_turn_questions_are_paragraphs_not_headings():
    text = ("A Press Conference on Heating Subsidies\n\n" + BODY + "\nReporter: Who can apply for the subsidy?\n"
            "Zhang Wei: Families with a resident permit in the district can apply from December 1 at the service hall.\n")
    doc = bulletin_tools.clean(text)
    assert [s.heading for s in doc.sections] == [None]


def test_a_last_paragraph_mentioning_public_security_stays_in_the_body():
    last = ("Residents who receive suspicious calls should hang up and report them at once, said an officer of the "
            "county public security bureau, who added that the bureau has opened a hotline for such reports.")
    doc = bulletin_tools.clean("A Title For The Anti-Fraud Week\n\n" + BODY + "\n" + last + "\n\nAddress: No. 3 Road\n")
    assert doc.sections[-1].blocks[-1].text == last
    assert doc.footer.address == "No. 3 Road"


def test_line_under_click_to_enlarge_is_a_caption():
    # The prompt is furniture; the short line under it captions the picture,
    # even when it looks like a heading (short, no final period, prose follows).
    import bulletin_tools

    text = ("Home > News\n\nVillage Stage Season Opens\n\nThe season opened on Friday with three troupes on stage.\n\n"
            "Click on the picture to view the larger image\nThe opening show in the village square\n\n"
            "Eleven troupes will perform in the villages until the end of November this year.\n")
    doc = bulletin_tools.clean(text)
    kinds = [(b.kind, b.text) for s in doc.sections for b in s.blocks]
    assert ("caption", "The opening show in the village square") in kinds
    assert all(s.heading != "The opening show in the village square" for s in doc.sections)
    assert not any("Click on the picture" in b.text for s in doc.sections for b in s.blocks)


def test_five_letter_split_word_is_joined_with_evidence():
    from bulletin_tools.passes.names import split_word_map

    texts = ["The rur al environment is improving.", "Rural roads were paved.", "The rural clinic opened."]
    assert split_word_map(texts) == {"rur al": "rural"}
    # Two real words that happen to join into a page word stay apart.
    assert split_word_map(["We walked in to the hall.", "It went into effect."]) == {}


def test_an_unlisted_trail_label_is_recorded_as_a_fix():
    from bulletin_tools.pipeline import clean_text

    doc = clean_text("Where you stand: Home > County Affairs > Notices\n\nFengqiao County extends the opening hours of"
                     " its hall\n\nFrom July 1, the administrative service hall of Fengqiao County will open from eight"
                     " in the morning until seven in the evening on weekdays, and on Saturday mornings too.\n")
    assert list(doc.breadcrumb) == ["Home", "County Affairs", "Notices"]
    assert any(f.rule == "furniture" and f.before == "Where you stand:" for f in doc.fixes)


def test_the_articles_of_rules_are_paragraphs_and_their_points_items():
    # docs/labelling.md: an article is the document's running text; the
    # numbered points inside it are its items
    text = ("Rules of Hexi County for the Care of Village Ponds\n\nChapter One General Provisions\n\n"
            "Article 1 These rules are made to keep the ponds of the villages of Hexi County clean and safe.\n"
            "Article 2 A village committee names one keeper for each pond, who shall:\n"
            "(1) walk round the pond once a week;\n(2) report a broken fence to the village committee.\n")
    doc = bulletin_tools.clean(text)
    kinds = [(b.kind, b.text[:9]) for s in doc.sections for b in s.blocks]
    assert kinds == [("paragraph", "Article 1"), ("paragraph", "Article 2"), ("item", "walk roun"), ("item", "report a ")]
