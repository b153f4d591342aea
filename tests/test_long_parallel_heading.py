"""One heading of a numbered list of headings may be long: numbered on from
the headings before it, over text, it heads its section too."""

from __future__ import annotations

from bulletin_tools.pipeline import clean_text

HEAD = "Hexi County Work Plan for Village Roads\n\nRelease time: 2024-02-20\n\nThe county makes this plan for its roads.\n\n"
TEXT = "Every one of the villages takes part, and the work has to be done by December."
LONG = ("Main tasks and who carries them out among the townships, the county departments, the village "
        "committees and the cooperatives of each village")


def _headings(*lines: str) -> list[str | None]:
    return [s.heading for s in clean_text(HEAD + "\n\n".join(lines) + "\n").sections]


def test_a_long_heading_numbered_on_from_the_headings_heads_its_section() -> None:
    assert _headings("I. General aims", TEXT, f"II. {LONG}", TEXT, "III. Money and checks", TEXT) == [
        None, "General aims", LONG, "Money and checks"]


def test_a_long_sentence_numbered_on_stays_an_item() -> None:
    sentence = "II. The townships draw up their lists of villages and projects and report them to the county bureau."
    doc = clean_text(HEAD + "\n\n".join(["I. General aims", TEXT, sentence + " " + TEXT]) + "\n")
    assert [s.heading for s in doc.sections] == [None, "General aims"]
    assert [b.kind for b in doc.sections[1].blocks] == ["paragraph", "item"]
