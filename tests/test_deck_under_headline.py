"""A deck printed between the headline and the date row is the description,
whatever the headline's case (docs/labelling.md)."""

from __future__ import annotations

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.title_case import deck_under_any_headline

TEXT = ("Home > Features >\n\n{headline}\n\n{deck}\n\nHexi Daily  Updated: June 3, 2024\n\n"
        "Herder Bater Wu used to move his sheep across the hills from April to November. Since the county paid "
        "him to keep the flock in pens, the grass on his pastures has grown back.\n\n"
        "The county began the grazing ban three years ago on the most worn pastures and pays each family a "
        "subsidy for every hectare left to rest.\n")
DECK = "Steady subsidies and a grazing ban are giving the pastures of the county time to recover."


def test_a_sentence_case_headline_keeps_its_deck_as_the_description() -> None:
    doc = clean_text(TEXT.format(headline="Grassland payments bring herders back to Xiling", deck=DECK))
    assert doc.title is not None and doc.title.text == "Grassland payments bring herders back to Xiling"
    assert doc.description is not None and doc.description.text == DECK


def test_the_deck_needs_a_headline_shape_above_it() -> None:
    assert deck_under_any_headline("Grassland payments bring herders back to Xiling", DECK)
    assert not deck_under_any_headline("The county pays herders to rest the grass.", DECK)  # (a stop: no headline)
    assert not deck_under_any_headline("Features", DECK)
    assert not deck_under_any_headline("Grassland payments bring herders back", "Steady Subsidies Give Pastures Time.")
