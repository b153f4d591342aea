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
