"""One story in every combination of page frame around it: a frame above the
headline (a site's name, a welcome line, a column's name, a menu, a trail …),
a header shape (date above or below the headline, a field row, a `By` credit
row, none), two date forms and a frame below the text.  In each, the headline
is the title, the text's first sentence is the first paragraph, no sentence of
the text is lost, and the date is read.  The frames are those of real pages;
every one of them is read alone by other tests; here they meet."""

from __future__ import annotations

import itertools

import pytest

import bulletin_tools

HEADLINE = "Qiaotou opens a night market by the old bridge"
FIRST = ("Qiaotou town opened a night market by the old bridge on Friday, with sixty stalls selling snacks, "
         "tea and farm produce until eleven at night.")
SECOND = "The town will keep the market open every weekend until the end of October."
ABOVE = ["", "Qiaotou Town People's Government\n", "Skip to main content\nHome | News | Services | Contact Us\n",
         "Latest News\n", "Town News\n", "Qiaotou Online\nWelcome to Qiaotou Online!\n",
         "Current location: Home > News > Town News\n", "Home > News\n", "Search\n", "中文 | English\n",
         "Font size: Large Medium Small\n"]
HEADERS = ["{H}\n{D}\n", "{H}\n\n{D}\n\n", "{D}\n{H}\n", "{H}\nSource: Qiaotou Daily  Date: {D}  Views: 12\n",
           "{H}\nRelease time: {D}\n", "{H}\n{D}  Source: Town Office\n", "{H}\nBy Li Na | {D}\n", "{H}\n"]
DATES = ["2024-06-14", "June 14, 2024"]
BELOW = ["", "Print | Close\n", "Related news\nQiaotou repaves its main street\nTown holds a tea fair\n",
         "Copyright © 2024 Qiaotou Town People's Government\nICP No. 12345678\n",
         "Previous: Town holds a tea fair\nNext: Bridge repairs finish\n", "Share to: WeChat Weibo\n"]


def _read(above: str, header: str, date: str, below: str) -> list[str]:
    text = above + header.format(H=HEADLINE, D=date) + FIRST + "\n" + SECOND + "\n" + below
    out = bulletin_tools.to_json_dict(bulletin_tools.clean(text))
    paragraphs = [b["text"] for s in out["sections"] for b in s.get("blocks", []) if b["kind"] == "paragraph"]
    wrong = []
    if (out["title"] or {}).get("text") != HEADLINE:
        wrong.append(f"title {(out['title'] or {}).get('text')!r}")
    if not paragraphs or paragraphs[0] != FIRST:
        wrong.append(f"first paragraph {paragraphs[:1]!r}")
    if SECOND not in paragraphs:
        wrong.append("second paragraph lost")
    if "{D}" in header and out["metadata"]["date"] != "2024-06-14":
        wrong.append(f"date {out['metadata']['date']!r}")
    return wrong


@pytest.mark.parametrize("above", ABOVE)
def test_every_frame_around_the_story_reads_the_same(above):
    failures = {(header, date, below): wrong
                for header, date, below in itertools.product(HEADERS, DATES, BELOW)
                if (wrong := _read(above, header, date, below))}
    assert not failures, f"{len(failures)} layouts under {above!r} read wrong, e.g. {next(iter(failures.items()))}"


ABOVE_2 = ["", "Qiaotou Town People's Government\n", "Latest News\n", "Qiaotou Online\n", "Home > News > Town News\n",
           "Home\nNews\nServices\nContact Us\n", "Login | Register\n", "Today is Friday, June 14, 2024\n",
           "手机版 | English\n"]
HEADERS_2 = ["{H}\n{D}\n", "{H}\nSource: Qiaotou Daily  Date: {D}  Views: 12\n",
             "{H}\n  • Date: {D}\n  • Source: Town Office\n", "{H}\nAuthor: Li Na\nDate: {D}\n", "{H}\n[{D}]\n",
             "{H}\n{D} | Qiaotou Daily\n", "{H}\nPosted by admin on {D}\n", "{H}\nTime: {D} Font size: Large Medium Small\n"]
BETWEEN = ["", "Share to: WeChat Weibo\n", "[Print] [Close]\n", "Font size: Large Medium Small\n",
           "Photo: The night market on its opening evening.\n", "Abstract: The market has sixty stalls.\n"]


def _spaced(text: str, style: str) -> str:
    """The page as printed with a blank line after every line, or with every line indented."""
    lines = text.split("\n")
    if style == "blank":
        return "\n\n".join(lines)
    return "\n".join("    " + ln if ln else ln for ln in lines) if style == "indent" else text


@pytest.mark.parametrize("style", ["plain", "blank", "indent"])
@pytest.mark.parametrize("above", ABOVE_2)
def test_every_spacing_of_the_frame_reads_the_same(above, style):
    failures = {}
    for header, between in itertools.product(HEADERS_2, BETWEEN):
        text = _spaced(above + header.format(H=HEADLINE, D="2024-06-14") + between + FIRST + "\n" + SECOND + "\n", style)
        out = bulletin_tools.to_json_dict(bulletin_tools.clean(text))
        paragraphs = [b["text"] for s in out["sections"] for b in s.get("blocks", []) if b["kind"] == "paragraph"]
        wrong = [(out["title"] or {}).get("text") != HEADLINE, paragraphs[:1] != [FIRST], SECOND not in paragraphs,
                 out["metadata"]["date"] != "2024-06-14"]
        if any(wrong):
            failures[(header, between)] = wrong
    assert not failures, f"{len(failures)} layouts read wrong, e.g. {next(iter(failures.items()))}"


CREDITS = ["", "(Editor: Li Na)\n", "Editor: Li Na\n", "Source: Qiaotou Daily\n", "(Source: Qiaotou Daily)\n",
           "Responsible editor: Li Na\n", "[Editor: Li Na]\n", "Author: Wang Bo  Editor: Li Na\n"]
TAILS = ["", "Related news\nQiaotou repaves its main street\nTown holds a tea fair\n",
         "Leave a Reply\nYour email address will not be published. Required fields are marked *\nComment\nName *\nEmail *\n"
         "Post Comment\n",
         "Share this:\nFacebook\nTwitter\nWhatsApp\n",
         "Previous article\nTown holds a tea fair\nNext article\nBridge repairs finish\n",
         "You may also like\nQiaotou repaves its main street\nTown holds a tea fair\n",
         "Tags: night market, Qiaotou\n", "Print this page | Back to top\n",
         "- Qiaotou repaves its main street (06-10)\n- Town holds a tea fair (06-02)\n- Bridge repairs finish (05-28)\n"]
FOOTERS = ["", "Copyright © 2024 Qiaotou Town People's Government. All rights reserved.\nICP No. 12345678-1\n",
           "About Us | Contact Us | Sitemap\nAddress: 1 Bridge Street, Qiaotou  Tel: 0571-12345678\n",
           "Sponsored by: Qiaotou Town People's Government\nTechnical support: Qiaotou Network Co.\n"]


@pytest.mark.parametrize("style", ["plain", "blank"])
@pytest.mark.parametrize("tail", TAILS)
def test_every_frame_under_the_text_goes(tail, style):
    """Under the text: a closing credit, then links, a comment form, a share row or a pager, then a footer.
    The text ends with its last sentence, the credit is read, the copyright found."""
    failures = {}
    for credit, footer in itertools.product(CREDITS, FOOTERS):
        text = _spaced(HEADLINE + "\nDate: 2024-06-14\n" + FIRST + "\n" + SECOND + "\n" + credit + tail + footer, style)
        out = bulletin_tools.to_json_dict(bulletin_tools.clean(text))
        blocks = [b["text"] for s in out["sections"] for b in s.get("blocks", [])]
        wrong = [blocks[:1] != [FIRST], blocks[-1:] != [SECOND], any(s.get("heading") for s in out["sections"]),
                 "Li Na" in credit and out["metadata"]["editor"] != "Li Na",
                 "Qiaotou Daily" in credit and out["metadata"]["source"] != "Qiaotou Daily",
                 "Copyright" in footer and out["footer"]["copyright"] is None]
        if any(wrong):
            failures[(credit, footer)] = wrong
    assert not failures, f"{len(failures)} layouts read wrong, e.g. {next(iter(failures.items()))}"


LEADS = ["", "Reporter Li Na\n", "By Li Na\n", "(Reporter: Li Na)\n", "Text/Photo: Li Na\n", "Qiaotou Daily reporter Li Na\n",
         "IMG_2034.jpg\n", "Photo: Stalls at the night market on its opening evening.\n", "▲ Stalls at the night market.\n",
         "Abstract: The town's new night market has sixty stalls.\n", "Summary: The town's new night market has sixty stalls.\n",
         "Editor's note: This is the first night market in the town.\n", "[Image]\n", "QIAOTOU, June 14 (Xinhua) --\n",
         "Source: Qiaotou Daily\n", "Author: Li Na\n"]


@pytest.mark.parametrize("style", ["plain", "blank"])
@pytest.mark.parametrize("lead", LEADS)
def test_every_line_between_the_header_and_the_text_stays_out_of_the_first_paragraph(lead, style):
    """A credit, a picture's file name or caption, a summary, a placeholder or a wire's dateline on its
    own line over the text is no first paragraph; a summary is the description; a credit is read."""
    failures = {}
    for header in ["{H}\nDate: 2024-06-14\n", "{H}\n2024-06-14 10:30  Source: Qiaotou Daily\n"]:
        text = _spaced(header.format(H=HEADLINE) + lead + FIRST + "\n" + SECOND + "\n", style)
        out = bulletin_tools.to_json_dict(bulletin_tools.clean(text))
        paragraphs = [b["text"] for s in out["sections"] for b in s.get("blocks", []) if b["kind"] == "paragraph"]
        wrong = [(out["title"] or {}).get("text") != HEADLINE, paragraphs[:1] != [FIRST], SECOND not in paragraphs,
                 out["metadata"]["date"] != "2024-06-14",
                 lead.startswith(("Abstract", "Summary")) and not out["description"],
                 "Li Na" in lead and "Li Na" not in str(out["metadata"])]
        if any(wrong):
            failures[header] = wrong
    assert not failures, f"{len(failures)} layouts read wrong: {failures}"


ABOVE_ZH = ["", "首页 | 新闻中心 | 政务公开 | 办事服务\n", "当前位置：首页 > 新闻中心 > 乡镇动态\n", "乔头镇人民政府\n",
            "欢迎访问乔头镇人民政府网站！\n", "无障碍 | 长者模式 | 繁體 | English\n", "设为首页 | 加入收藏\n",
            "今天是：2024年6月14日 星期五\n", "搜索\n", "Home > 新闻中心 > Town News\n"]
HEADERS_ZH = ["{H}\n发布时间：2024-06-14  来源：乔头镇\n",
              "{H}\nRelease time: 2024-06-14 Source: Qiaotou Town  Font: [Large Medium Small]\n",
              "{H}\n2024-06-14 10:30 来源：乔头日报 浏览次数：123\n", "{H}\n【字体：大 中 小】 2024-06-14\n"]
TAILS_ZH = ["", "【打印本页】【关闭窗口】\n", "分享到：微信 微博 QQ空间\n", "上一篇：镇里举办茶叶节\n下一篇：古桥修缮完工\n",
            "责任编辑：李娜\n"]


@pytest.mark.parametrize("style", ["plain", "blank"])
@pytest.mark.parametrize("above", ABOVE_ZH)
def test_a_frame_left_in_chinese_reads_as_the_english_one(above, style):
    """The frame of a mainland page left untranslated around an English story."""
    failures = {}
    for header, tail in itertools.product(HEADERS_ZH, TAILS_ZH):
        text = _spaced(above + header.format(H=HEADLINE) + FIRST + "\n" + SECOND + "\n" + tail, style)
        out = bulletin_tools.to_json_dict(bulletin_tools.clean(text))
        blocks = [b["text"] for s in out["sections"] for b in s.get("blocks", [])]
        wrong = [(out["title"] or {}).get("text") != HEADLINE, blocks[:1] != [FIRST], blocks[-1:] != [SECOND],
                 out["metadata"]["date"] != "2024-06-14", "李娜" in tail and not out["metadata"]["editor"]]
        if any(wrong):
            failures[(header, tail)] = wrong
    assert not failures, f"{len(failures)} layouts read wrong, e.g. {next(iter(failures.items()))}"


PAGE_TITLES = ["{H} - Hexi News Network", "{H}_Hexi News Network", "{H} | Hexi News Network", "{H}——Hexi News Network",
               "【Hexi News Network】{H}", "{H} (Hexi News Network)", "{H}-Hexi News Network", "[Town News] {H}",
               "Town News | {H}", "{H} - Town News - Hexi News Network", "{H}_Town News_Hexi County People's Government",
               "Hexi News Network > Town News > {H}", "{H}\n{H}"]


@pytest.mark.parametrize("style", ["plain", "blank"])
@pytest.mark.parametrize("page_title", PAGE_TITLES)
def test_the_page_title_around_the_headline_goes(page_title, style):
    """The site's and the column's names printed around the headline, before or after it, in brackets
    or behind separators, or as a path ending in it: the title is the headline alone."""
    failures = {}
    for header in ["Date: 2024-06-14\n", "2024-06-14 10:30 Source: Hexi News Network\n"]:
        text = _spaced(page_title.format(H=HEADLINE) + "\n" + header + FIRST + "\n" + SECOND + "\n", style)
        out = bulletin_tools.to_json_dict(bulletin_tools.clean(text))
        blocks = [b["text"] for s in out["sections"] for b in s.get("blocks", [])]
        wrong = [(out["title"] or {}).get("text") != HEADLINE, blocks[:1] != [FIRST]]
        if any(wrong):
            failures[header] = ((out["title"] or {}).get("text"), blocks[:1])
    assert not failures, f"read wrong: {failures}"


ABOVE_3 = ["", "Enter the content block\n:::\n", "- You are here:\n- Home >\n- News >\n",
           "Warning: Undefined variable $x in /var/www/html/a.php on line 3\n", "QIAOTOU NEWS\n",
           "English | 中文 | Español | Mobile\n", "Login | Register | Subscribe\n", "Home  -  Latest > text\n",
           "Qiaotou Town People's Government\nHome > News > Town News\n", "Central content\n", "Town News\nMore >>\n",
           "2024-06-15 Saturday Sunny 25°C\n"]
HEADERS_3 = ["{H}\n{D}\n", "{H}\nQiaotou Town Government {D} 316\n", "{H}\n瀏覽人次:15 人 更新日期:{D}\n",
             "{H}\nReported by Li Na in Qiaotou\n{D}\n", "{H}\n{D}  Views: 12  [Print] [Close]\n", "{H} Print\n{D}\n",
             "{H}\n【{D}】【Qiaotou Daily】\n", "{H}\nPublished: {D} | Updated: {D}\n", "{H}\n{D} | Reading time: 2 min\n",
             "{H}\nBy Li Na, Qiaotou Daily | Updated: {D}\n", "{H}\n{D} Source: Qiaotou Daily Author: Li Na Editor: Wang Bo\n",
             "{H}\nTime：{D}  Source：Qiaotou Daily\n", "{H}\nAuthor: Li Na  Date: {D}  Hits: 316\n",
             "{H}\nRelease Date: {D}  Unit: Town Office\n", "{H}\n{D}  Qiaotou Daily\n",
             "{H}\nDate: {D}\nSource: Qiaotou Daily\nViews: 12\n"]
BELOW_3 = ["", "The views expressed in this post are the writer's own.\n",
           "This site uses Akismet to reduce spam. Learn how your comment data is processed.\n",
           "Popular posts from this blog\nTown holds a tea fair\nBridge repairs finish\n", "瀏覽人次:15 人 更新日期:2024-06-14\n",
           "Qiaotou Town People's Government\nNo.1 Bridge Road, Qiaotou District, Hexi City, China 321000\n",
           "Related Posts\nTown holds a tea fair\nQiaotou Daily2024-06-10\nBridge repairs finish\nQiaotou Daily2024-06-02\n",
           "Tags: night market\nCategories: Town News\n", "Back to top\n", "Hits: 12\n", "【Print】【Close】\n",
           "Editor: Li Na\nCopyright © 2024 Qiaotou Town\n"]


@pytest.mark.parametrize("style", ["plain", "blank"])
@pytest.mark.parametrize("above", ABOVE_3)
def test_frames_of_the_sixteenth_round_read_the_same(above, style):
    """The frames the sixteenth round of real pages showed (accessibility anchors, a trail as a dash list,
    a server's PHP warning, a Taiwanese office's date-and-count row and its counter under the text, a
    role's credit with its place, WordPress's and Blogger's tails, an unlabelled postal address), each
    with the others: the headline is the title, the text starts and ends with its own sentences, the
    date is read."""
    failures = {}
    for header, date, below in itertools.product(HEADERS_3, DATES, BELOW_3):
        text = _spaced(above + header.format(H=HEADLINE, D=date) + FIRST + "\n" + SECOND + "\n" + below, style)
        out = bulletin_tools.to_json_dict(bulletin_tools.clean(text))
        blocks = [b["text"] for s in out["sections"] for b in s.get("blocks", [])]
        wrong = [(out["title"] or {}).get("text") != HEADLINE, blocks[:1] != [FIRST], blocks[-1:] != [SECOND],
                 out["metadata"]["date"] != "2024-06-14"]
        if any(wrong):
            failures[(header, date, below)] = wrong
    assert not failures, f"{len(failures)} layouts read wrong, e.g. {next(iter(failures.items()))}"


HEADLINE_SHAPES = ["Qiaotou opens a night market by the old bridge", "Night market opens",
                   "QIAOTOU OPENS A NIGHT MARKET BY THE OLD BRIDGE", "Qiaotou Opens a Night Market by the Old Bridge",
                   "Qiaotou: a night market opens by the old bridge", "“Lights on the river”: Qiaotou opens a night market",
                   "Why is Qiaotou opening a night market?", "3 villages join Qiaotou's new night market",
                   "Qiaotou opens a night market on June 14", "Qiaotou Town: Night Market Opens", "Qiaotou night market",
                   ("【Town News】Qiaotou opens a night market", "Qiaotou opens a night market"),
                   ("Qiaotou opens a night market (photos)", "Qiaotou opens a night market"),
                   ("Night market by the old bridge——Qiaotou brings life back to its riverside",
                    "Night market by the old bridge—Qiaotou brings life back to its riverside")]
ABOVE_SHAPES = ["", "Qiaotou Town People's Government\n", "Home > News > Town News\n",
                "Skip to main content\nHome | News | Services\n", "Town News\n"]


@pytest.mark.parametrize("style", ["plain", "blank"])
@pytest.mark.parametrize("shape", HEADLINE_SHAPES)
def test_every_shape_of_headline_under_every_frame_is_the_title(shape, style):
    """Short, capitalised, questioning, numbered, tagged or subtitled headlines under an office's name, a trail,
    a menu or a column's name, each over a field row: the headline alone is the title."""
    printed, title = shape if isinstance(shape, tuple) else (shape, shape)
    failures = {}
    for above, header in itertools.product(ABOVE_SHAPES, ["{H}\n{D}\n", "{H}\nSource: Qiaotou Daily  Date: {D}  Views: 12\n",
                                                          "{H}\nBy Li Na | {D}\n"]):
        text = _spaced(above + header.format(H=printed, D="2024-06-14") + FIRST + "\n" + SECOND + "\n", style)
        out = bulletin_tools.to_json_dict(bulletin_tools.clean(text))
        blocks = [b["text"] for s in out["sections"] for b in s.get("blocks", [])]
        if (out["title"] or {}).get("text") != title or blocks[:1] != [FIRST] or out["metadata"]["date"] != "2024-06-14":
            failures[(above, header)] = ((out["title"] or {}).get("text"), blocks[:1])
    assert not failures, f"{len(failures)} layouts read wrong, e.g. {next(iter(failures.items()))}"


@pytest.mark.parametrize("shape", [shape for shape in HEADLINE_SHAPES
                                   if shape not in ("3 villages join Qiaotou's new night market", "Qiaotou Town: Night Market Opens")])
def test_every_shape_of_headline_under_its_date_is_the_title(shape):
    """The date printed over the headline, under an office's or a column's name (`Qiaotou Town People's Government` /
    `2024-06-14` / `Qiaotou: a night market opens …`): the headline is the title, with the page title's pieces
    around it dropped, and the name the masthead.  (Left out: a headline whose words the text hardly repeats
    under a name, and `Place Town: Title Case Words`, read as a field of the header.)"""
    printed, title = shape if isinstance(shape, tuple) else (shape, shape)
    failures = {}
    for above in ABOVE_SHAPES:
        text = above + "2024-06-14\n" + printed + "\n" + FIRST + "\n" + SECOND + "\n"
        out = bulletin_tools.to_json_dict(bulletin_tools.clean(text))
        blocks = [b["text"] for s in out["sections"] for b in s.get("blocks", [])]
        if (out["title"] or {}).get("text") != title or blocks[:1] != [FIRST] or out["metadata"]["date"] != "2024-06-14":
            failures[above] = ((out["title"] or {}).get("text"), blocks[:1])
    assert not failures, f"{len(failures)} layouts read wrong: {failures}"
