"""Context smoothing at the page's end: the short lines below the prose that
run to the end of the page, none ending like a sentence, are one block; when
one of them is judged chrome, the whole block goes (each line recorded as a
fix that says why).  Pinned by sample s571."""

from __future__ import annotations

import bulletin_tools
from conftest import SAMPLES

STORY = SAMPLES / "s571-college-news-closing-story-links.txt"
LINKS = ("Riverside Polytechnic robotics team wins provincial prize",
         "Spring job fair brings three hundred employers to campus",
         "Library opens a quiet reading room for night study")


def _clean(text: str):
    return bulletin_tools.clean_bytes(text.encode("utf-8"), input="page.txt")


def test_headlines_of_other_stories_go_with_the_closing_chrome():
    doc = bulletin_tools.clean_bytes(STORY.read_bytes(), input=STORY.name)
    md = bulletin_tools.to_markdown(doc)
    assert "the college plans to hold the event again next year." in md
    for link in LINKS:
        assert link not in md
    removed = {f.before: f for f in doc.fixes if f.rule == "chrome"}
    for link in LINKS:
        assert link in removed
    # a line the classifier alone was unsure of says it went with its block
    assert any("below the text with chrome judged in it" in removed[link].why for link in LINKS)


def test_a_block_with_no_chrome_in_it_stays():
    # the same headlines with no chrome line above them: nothing is judged
    # chrome, so the smoothing has nothing to go by, and they stay
    text = STORY.read_text(encoding="utf-8")
    for gone in ("From the Series\n", "Campus Life\n", "Proofread ByZhou Mingyu\n"):
        text = text.replace(gone, "")
    md = bulletin_tools.to_markdown(_clean(text))
    assert all(link in md for link in LINKS)


def test_text_rows_of_a_form_stay_below_a_cut_chrome_line():
    # rows scoring as text (well under the block's floor) stop the block
    text = STORY.read_text(encoding="utf-8").split("From the Series")[0] + (
        "Certificate needed for approval\nProject record of the college\nMatters needing attent\n")
    md = bulletin_tools.to_markdown(_clean(text))
    assert "Certificate needed for approval" in md and "Project record of the college" in md


def test_two_lines_make_a_block():
    # a column's name judged chrome and one story headline under it
    text = STORY.read_text(encoding="utf-8").split("From the Series")[0] + (
        "Campus Life\nLibrary opens a quiet reading room for night study\n")
    md = bulletin_tools.to_markdown(_clean(text))
    assert "Campus Life" not in md and "quiet reading room" not in md


def test_an_unsure_row_right_above_removed_chrome_goes_with_it():
    path = SAMPLES / "s572-province-portal-about-row-over-menu.txt"
    doc = bulletin_tools.clean_bytes(path.read_bytes(), input=path.name)
    md = bulletin_tools.to_markdown(doc)
    assert "About Lishan" not in md and "Opening Up" not in md
    assert "packing training to cooperatives during the winter." in md
    fix = next(f for f in doc.fixes if f.rule == "chrome" and f.before == "About Lishan")
    assert "below the text with chrome judged in it" in fix.why
