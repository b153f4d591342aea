"""Widget rows printed between and after the paragraphs (issue 11, second chrome
round): an editor's or camera's default picture name (`IMG_256`, `DSC_0418`), a
blog's post footer and comment rows (`Bookmark the permalink`, `… at 8:42 am -
Reply`), an `ALSO READ:` teaser, and pop-ups (ad-blocker notice, newsletter box,
`Do not show again for 7 days`).  Each goes as a furniture fix; the paragraphs
around stay.  Pinned by s770 and s771; the vocabulary is data (data/furniture.tsv).
Text written for this project."""

from __future__ import annotations

import bulletin_tools
from page_clean import clean_page
import pytest
from conftest import SAMPLES

BLOG = SAMPLES / "s770-orchard-blog-repost-image-names-permalink-replies.txt"
FERRY = SAMPLES / "s771-harbour-ferry-adblock-newsletter-popups.txt"



def _removed(doc) -> list[str]:
    return [f.before.strip() for f in doc.fixes if f.rule == "furniture"]


@pytest.mark.parametrize("row", [
    "IMG_256",
    "DSC_0418",
    "3f9a1c07be5d42e8a6b0c4d7e21f9a53",
    "ALSO READ: Hillside villages of Shuanghe share one tractor fleet",
    "opens in a new window or tab",
    "This entry was posted in Rural Economy. Bookmark the permalink.",
    "1. Meilin Zhou March 15, 2024 at 8:42 am - Reply",
])
def test_blog_rows_are_removed_as_furniture(row):
    doc = clean_page(BLOG.read_text(encoding="utf-8"))
    assert row in _removed(doc)
    md = bulletin_tools.to_markdown(doc)
    assert row not in md
    assert "The store holds about 600 tonnes of fruit in six rooms." in md


@pytest.mark.parametrize("row", [
    "Sign up for our weekly newsletter and get the harbour news in your inbox every Friday",
    "Subscribe I am already a subscriber",
    "You are using an adblocker extension that hides the notices on this page.",
    "Please disable your adblocker for this site, or click here for a guide.",
    "Summer timetable (full text in Chinese only) Do not show again for 7 days ×",
])
def test_pop_up_rows_between_paragraphs_are_removed(row):
    doc = clean_page(FERRY.read_text(encoding="utf-8"))
    assert row in _removed(doc)
    assert doc.title.text == "Harbour ferry line to Xiaoyu Island adds evening trips"
    assert "The evening boats are the older ships of the fleet" in bulletin_tools.to_markdown(doc)


@pytest.mark.parametrize("line", [
    # a sentence of the text that names the words, not a widget row
    "The council will publish an image of the new bridge at 9:00 am on Monday, residents said in reply to the survey.",
    "Readers said they would also read the full plan when it is published in May.",
    "The new hall opens in a new wing of the school next spring.",
    "Image 12 shows the flooded road near the school gate.",
    "Batch 3f9a1c07be5d42e8 went to the market in Lanxi on Monday.",  # a code inside a sentence
])
def test_text_that_names_the_words_stays(line):
    text = BLOG.read_text(encoding="utf-8").split("\n\n")
    page = "\n\n".join(text[:3] + [line] + text[3:4])
    doc = clean_page(page)
    assert line not in _removed(doc)
    assert line in bulletin_tools.to_markdown(doc)


GLUED = SAMPLES / "s772-wetland-count-credit-glued-chinese-related-label.txt"


def test_a_chinese_related_label_glued_to_a_closing_credit_is_split_off():
    # (`… Editor: Luo Peiqi相关的主题文章:`: no sentence end before the label, the
    # change of script is the boundary; the credit goes to metadata, the label as furniture)
    doc = clean_page(GLUED.read_text(encoding="utf-8"))
    assert doc.metadata.editor == "Luo Peiqi"
    assert any("相关的主题文章" in f.before for f in doc.fixes if f.rule == "furniture")
    assert "相关" not in bulletin_tools.to_markdown(doc)


def test_chinese_glued_to_english_that_is_no_notice_stays():
    text = GLUED.read_text(encoding="utf-8").replace("相关的主题文章:", "青湖")
    doc = clean_page(text)
    assert not any("青湖" in f.before for f in doc.fixes if f.rule == "furniture")


ERRORS = SAMPLES / "s776-library-hours-missing-picture-database-error.txt"


@pytest.mark.parametrize("row", [
    "Sorry! The picture does not exist!",
    "Cannot open database \"citylib_web\" requested by the login. The login failed. Login failed for user 'citylib_reader'.",
])
def test_error_messages_printed_into_the_page_go(row):
    doc = clean_page(ERRORS.read_text(encoding="utf-8"))
    assert row in _removed(doc)
    assert "the library cafe will sell tea" in bulletin_tools.to_markdown(doc)


def test_a_database_login_error_left_in_chinese_goes():
    text = ERRORS.read_text(encoding="utf-8") + "\n无法打开登录所请求的数据库 \"citylib_web\"。登录失败。\n"
    assert any(r.startswith("无法打开登录所请求的数据库") for r in _removed(clean_page(text)))
