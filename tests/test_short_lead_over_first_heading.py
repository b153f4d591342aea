"""A headline with its field row, a first paragraph too short to count as
prose, then a section's heading: the heading's words recur most in the text,
but the headline over its fields stays the title."""

from __future__ import annotations

import pytest

from bulletin_tools.pipeline import clean_text

LEAD = "The new market hall of Dongpo village opened on Saturday, after two years of work paid for by the village."
REST = ("A hall for forty stalls\n\nThe hall has room for forty stalls under one roof, with running water and drains "
        "for the fish and meat sellers, and a cold room that the stallholders share.\n\nRents kept low\n\n"
        "Stallholders pay 80 yuan a month for a stall, and the money goes to the upkeep of the hall.\n")


def test_the_headline_over_its_fields_stays_the_title() -> None:
    doc = clean_text(f"Dongpo Village Builds a New Market Hall\n\n2024-05-08 10:21 Source: Hexi Daily\n\n{LEAD}\n\n{REST}")
    assert doc.title is not None and doc.title.text == "Dongpo Village Builds a New Market Hall"
    assert [s.heading for s in doc.sections] == [None, "A hall for forty stalls", "Rents kept low"]


@pytest.mark.parametrize("top, headline, fields", [
    # a heading with its own date row is the headline under a site's name and its welcome sentence
    ("Dongpo Village Online\n\n2024-05-08\n\n"
     "Welcome to the village's own website, where the committee posts its news and notices.\n\n",
     "A hall for forty stalls opens in Dongpo", "Release time: 2024-05-08 10:21\n\n"),
    # a portal's name over its clock and a welcome sentence is no headline
    ("Dongpo Town People's Government\n\n2024-05-08\n\n"
     "Welcome to the town government's own site, where the town posts its news and notices.\n\n",
     "A hall for forty stalls opens in Dongpo town", ""),
])
def test_the_headline_under_a_site_name_its_clock_and_its_welcome(top: str, headline: str, fields: str) -> None:
    doc = clean_text(top + headline + "\n\n" + fields + REST.split("\n\n", 1)[1])
    assert doc.title is not None and doc.title.text == headline
