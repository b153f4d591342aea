"""A press release's media-contact card (`Media Contact` over `Company Name: …`,
`Email: Send Email`, `Country: …` rows to the end of the page) is the
distributor's furniture: it goes, each row recorded as a fix.  A heading over a
sentence, or contact rows with no such heading (a notice's own `Contact:` line),
stay.  Pinned by s773.  Text written for this project."""

from __future__ import annotations

import bulletin_tools
from page_clean import clean_page
import pytest
from conftest import SAMPLES
from bulletin_tools.segment.lines import Line
from bulletin_tools.segment.press_contact import press_contact_block
from bulletin_tools.textmap import MappedText

SAMPLE = SAMPLES / "s773-tea-expo-press-release-media-contact-card.txt"



def test_the_card_goes_as_furniture_and_the_release_stays():
    doc = clean_page(SAMPLE.read_text(encoding="utf-8"))
    removed = [f.before for f in doc.fixes if f.rule == "furniture"]
    for row in ("Media Contact", "Company Name: Eastgate Wire Services", "Contact Person: Hana Ortiz",
                "Email: Send Email", "Country: Canada"):
        assert row in removed
    md = bulletin_tools.to_markdown(doc)
    assert "when the spring teas are ready." in md
    assert "Hana Ortiz" not in md


def _card(*rows: str) -> str:
    body = SAMPLE.read_text(encoding="utf-8").split("\n\nMedia Contact\n")[0]
    return body + "\n\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize("rows", [
    # a heading over a sentence: the release's own words
    ("Media contact", "Reporters who wish to visit the gardens can call the county office before June 10."),
    # one field row only
    ("Media contact", "Email: press@lanxi.example"),
])
def test_not_a_card(rows):
    doc = clean_page(_card(*rows))
    assert not any(f.rule == "furniture" and f.before == rows[0] for f in doc.fixes)


def test_contact_rows_without_the_heading_stay():
    text = _card("Contact: Wang Li", "Organiser: Lanxi County Tea Office")
    doc = clean_page(text)
    assert "Organiser: Lanxi County Tea Office" not in [f.before for f in doc.fixes if f.rule == "furniture"]


def _lines(*rows: str) -> list[Line]:
    return [Line(k + 1, MappedText.identity(t)) for k, t in enumerate(rows)]


def test_the_block_stops_at_the_site_footer():
    lines = _lines("The expo closed on June 2.", "Media Contacts:", "Company Name: Eastgate Wire",
                   "Country: Canada", "Copyright © 2024 Lanxi County. All rights reserved.")
    assert press_contact_block(lines) == {1, 2, 3}
