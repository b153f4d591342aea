"""A red-header document's formal title and number at the top of the text (segment/document_head.py)."""

from __future__ import annotations

from bulletin_tools.pipeline import clean_text

TITLE = "Notice on Issuing the Measures for Village Road Maintenance"
FORMAL = "Notice of the Lanxi County Transport Bureau on Printing and Distributing the Measures for Village Road Maintenance"
NUMBER = "Lan Jiao Fa [2024] No. 12"
ADDRESSEE = "All township governments and relevant county departments:"
PARA = ("The Measures for Village Road Maintenance have been approved by the county government and are hereby "
        "printed and distributed to you. Please implement them carefully.")


def _doc(*top: str):
    return clean_text("\n\n".join([TITLE, "Release time: 2024-05-06", *top, ADDRESSEE, PARA]) + "\n")


def _first(doc) -> str:
    return next(b.text for s in doc.sections for b in s.blocks)


def test_formal_title_and_number_go_to_the_header():
    doc = _doc(FORMAL, NUMBER)
    assert doc.metadata.extra["document_title"] == FORMAL
    assert doc.metadata.extra["document_number"] == NUMBER
    assert _first(doc) == ADDRESSEE


def test_a_number_alone_goes_to_the_header():
    doc = _doc(NUMBER)
    assert doc.metadata.extra["document_number"] == NUMBER
    assert "document_title" not in doc.metadata.extra
    assert _first(doc) == ADDRESSEE


def test_a_title_like_line_without_a_number_stays_in_the_text():
    doc = _doc(FORMAL)
    assert "document_title" not in doc.metadata.extra
    assert _first(doc) == FORMAL


ISSUER = "Lanxi County People's Government Office"
PLAN = "Plan of Lanxi County for Village Road Maintenance in 2024"


def _head(*lines: str):
    from bulletin_tools.segment.document_head import _issuer_head
    from bulletin_tools.textmap import MappedText

    return _issuer_head([MappedText.identity(s) for s in lines], TITLE)


def test_issuer_title_and_kind_make_a_head():
    assert _head(ISSUER, PLAN, "Public Notice", ADDRESSEE) == ["extra:issuer", "extra:document_title", "extra:document_kind"]
    assert _head(ISSUER, PLAN, "Public Notice", "Details") is None  # (prose must follow the head)


def test_issuer_over_a_title_that_says_the_headline_again_goes_to_the_header():
    restated = "Measures for the Maintenance of Village Roads"
    doc = _doc(ISSUER, restated)
    assert doc.metadata.extra["issuer"] == ISSUER
    assert doc.metadata.extra["document_title"] == restated
    assert _first(doc) == ADDRESSEE
    assert all(s.heading is None for s in doc.sections)


def test_issuer_over_an_unrelated_line_stays_in_the_text():
    doc = _doc(ISSUER, "Spring Planting Along the River Dykes")
    assert "issuer" not in doc.metadata.extra
    assert _first(doc) == ISSUER


def _first_paragraph(doc) -> str:
    return next(b.text for s in doc.sections for b in s.blocks if b.kind == "paragraph")


def test_a_number_under_the_headline_printed_again_goes_to_the_header():
    doc = _doc(TITLE, NUMBER)
    assert doc.metadata.extra["document_number"] == NUMBER
    assert _first_paragraph(doc) == ADDRESSEE


def test_an_enactment_note_under_the_headline_printed_again_goes_to_the_header():
    note = "(Adopted on 14 November 2022 at the ninth sitting of the county congress's Standing Committee in Lanxi)"
    doc = _doc(TITLE, note)
    assert doc.metadata.extra["enactment"].startswith("Adopted on 14 November 2022")
    assert _first_paragraph(doc) == ADDRESSEE
