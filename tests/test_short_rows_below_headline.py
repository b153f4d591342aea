"""A site's column menu printed between the headline and the article's label rows
(`Group Updates` / `Safety work` / `Crew Life` / `Author:`): one row is judged
chrome, and the short rows in the same unbroken run go with it, each as a chrome
fix that names the evidence.  A longer row (a deck) and a run with no chrome row
stay.  Pinned by s774.  Text written for this project."""

from __future__ import annotations

from page_clean import clean_page, chrome_removed
from conftest import SAMPLES
from bulletin_tools.segment.chrome_context import BELOW_HEADLINE_REASON

SAMPLE = SAMPLES / "s774-bridge-crew-column-menu-under-headline.txt"




def test_the_menu_rows_under_the_headline_go_with_the_row_judged_chrome():
    doc = clean_page(SAMPLE.read_text(encoding="utf-8"))
    removed = chrome_removed(doc)
    assert "Group Updates" in removed and "Skills training" in removed  # judged chrome on their own
    for row in ("Safety work", "Crew Life"):  # too short for their shape alone: they go with the run
        assert BELOW_HEADLINE_REASON in removed[row]
        assert "chrome p=" in removed[row]  # the classifier's own evidence is named too
    assert doc.title.text == "The bridge maintenance crew held a study session on winter work safety"
    assert doc.metadata.date == "2023-11-20"


def test_a_longer_row_in_the_run_stays():
    text = SAMPLE.read_text(encoding="utf-8").replace("Crew Life\n", "Crews on four bridges get ready for ice\n")
    doc = clean_page(text)
    assert "Crews on four bridges get ready for ice" not in chrome_removed(doc)
    assert "Safety work" in chrome_removed(doc)


def test_a_run_with_no_chrome_row_stays():
    # a blank line parts the short rows from the menu rows judged chrome
    text = SAMPLE.read_text(encoding="utf-8").replace("Group Updates\n", "").replace(
        "Skills training\n", "").replace("Category:\n", "Category:\nGroup Updates\nSkills training\n\n")
    removed = chrome_removed(clean_page(text))
    assert "Group Updates" in removed
    assert "Safety work" not in removed and "Crew Life" not in removed
