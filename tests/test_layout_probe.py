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
