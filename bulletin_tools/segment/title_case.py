"""Title case: the evidence that tells a magazine's headline from the deck
printed under it."""

from __future__ import annotations

import re

#: A headline in title case has at least this many words; a deck under it at
#: least this many, and this share of its longer words in lower case.
MIN_TITLE_CASE_WORDS = 3
MIN_DECK_WORDS = 5
MIN_DECK_LOWER_SHARE = 0.6
#: Words of a title-case headline that stay in lower case.
_MINOR_WORDS = frozenset("a an and as at but by for from in into of on or the to with".split())


def deck_under(headline: str, line: str) -> bool:
    """``line`` is a deck (a summary line in sentence case) under a headline
    written in title case: every word but the minor ones capitalised, as
    magazines and China Daily print them (`Paving the Way to the Market` /
    `Villagers of a mountain county sell more since the new road opened`)."""
    words = headline.split()
    if len(words) < MIN_TITLE_CASE_WORDS or headline.rstrip()[-1:] in ".。:：,，" or words[-1].lower() in _MINOR_WORDS:
        return False
    if not all(w[:1].isupper() or w.lower() in _MINOR_WORDS or not w[:1].isalpha() for w in words):
        return False
    return deck_shape(line, _names(headline))


#: What a finished headline never ends with (a sentence's or a clause's mark).
_HEADLINE_NOT_ENDING = tuple(".。:：,，;；!！?？")


def unstopped_deck_under(headline: str, line: str) -> bool:
    """``line`` without a full stop is the deck under ``headline`` (the
    rewritten headline of a repost over the original's, `Hexi Town
    Stages Its First Dragon Boat Race …` / `Dragon boats race on the Hexi river
    for the first time`) when :func:`deck_under` holds and the pair shows itself as a
    headline and its deck, not a site's name over the headline: the
    headline has lower-case words and no colon or bar (`LANXI REGIONAL
    WIRE`, `Text: | Print|` are the page's frame), and the two share a word
    of the story."""
    h = headline.strip()
    if not deck_under(h, line) or not any(c.islower() for c in h) or any(c in h for c in ":：|｜"):
        return False
    own = {w.lower() for w in _WORD.findall(h) if len(w) >= 4}
    return any(w.lower() in own for w in _WORD.findall(line) if len(w) >= 4)


def deck_under_any_headline(headline: str, line: str) -> bool:
    """``line``, a sentence in sentence case *with its full stop*, under a
    headline in any case (`Grassland payments bring herders back` /
    `Steady subsidies are giving the pastures time to recover.`): a
    headline does not end in a stop, so a line that does is no half of it;
    over the date row it is the deck (docs/labelling.md: a deck printed
    between the headline and the date row is the description)."""
    h = headline.strip()
    return len(h.split()) >= MIN_TITLE_CASE_WORDS and not h.endswith(_HEADLINE_NOT_ENDING) \
        and line.rstrip().endswith((".", "。")) and deck_shape(line)


_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def _names(headline: str) -> frozenset[str]:
    """The capitalised words of a headline: in the deck under it, the same
    capitalised word is a name they share (`Hexi Town`, `Dragon
    Boat Race`), no sign of title case."""
    return frozenset(w for w in _WORD.findall(headline) if w[0].isupper())


def deck_shape(line: str, names: frozenset[str] = frozenset()) -> bool:
    """A deck's own shape: at least MIN_DECK_WORDS words in sentence case (most
    longer words in lower case, a capitalised word of ``names`` left out), no
    final colon."""
    deck = line.split()
    longer = [w for w in deck[1:] if len(w) >= 4 and w[:1].isalpha()
              and not (w[0].isupper() and (found := _WORD.match(w)) is not None and found.group() in names)]
    return len(deck) >= MIN_DECK_WORDS and deck[0][:1].isupper() and bool(longer) \
        and sum(w[:1].islower() for w in longer) >= MIN_DECK_LOWER_SHARE * len(longer) and line.rstrip()[-1:] not in ":："
