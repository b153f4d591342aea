"""A deck printed between the headline and the date row is the description,
whatever the headline's case (docs/labelling.md)."""

from __future__ import annotations

from bulletin_tools.pipeline import clean_text
from bulletin_tools.segment.title_case import deck_under_any_headline, unstopped_deck_under

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


ORIGINAL = "Village chess tournament in Xiling draws players to the town square"
REPOST = ("{headline}\n\n{deck}\n\nDate: 2024-07-14 | Source: Xiling County Media Centre\n\n"
          "Sixty-four players from the villages of Xiling county sat down at the boards in the town square on "
          "Saturday morning, when the tournament got under way.\n\n"
          "It runs for three weekends, and the best player of each township goes through to a final in August.\n")


def test_the_original_headline_under_a_repost_headline_is_the_deck() -> None:
    headline = "Xiling County Hosts a Village Chess Tournament to Bring Neighbours Together"
    doc = clean_text(REPOST.format(headline=headline, deck=ORIGINAL))
    assert doc.title is not None and doc.title.text == headline
    assert doc.description is not None and doc.description.text == ORIGINAL


def test_a_site_name_over_an_unstopped_headline_is_no_headline_over_a_deck() -> None:
    assert not unstopped_deck_under("XILING REGIONAL WIRE", ORIGINAL)  # (capitals only: the page's frame)
    assert not unstopped_deck_under("Text: | Print |", ORIGINAL)
    assert not unstopped_deck_under("Hexi Daily Online Edition", ORIGINAL)  # (no word of the story shared)
    assert unstopped_deck_under("Xiling County Hosts a Village Chess Tournament", ORIGINAL)
