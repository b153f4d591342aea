"""A copyright line with short notes under it closes the page (segment/zoning._copyright_above),
and the holder is read before `All rights reserved` whatever follows it."""

from __future__ import annotations

import pytest

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text


def _doc(*tail: str):
    return clean_text("\n\n".join([TITLE, "Release time: 2024-03-18", PROSE, PROSE_2, *tail]) + "\n")


def _blocks(doc) -> list[str]:
    return [b.text for s in doc.sections for b in s.blocks]


@pytest.mark.parametrize("notes", [
    ("Presented by China Daily.",),
    ("Reproduction in whole or in part without permission is prohibited.",),
    ("feedback@lanxi.gov.cn Your kindly feedback will be highly expected.", "www.lanxi.gov.cn"),
])
def test_notes_under_the_copyright_line_are_footer(notes):
    doc = _doc("Copyright © Lanxi County Government. All rights reserved.", *notes)
    assert doc.footer.copyright == "Lanxi County Government"
    assert not any(n in _blocks(doc) for n in notes)
    assert _blocks(doc)[-1] == PROSE_2


def test_a_paragraph_under_a_copyright_mention_stays_in_the_body():
    last = ("The photographs of the exhibition will stay on show in the hall of the county library until the "
            "end of June, and school classes can book a guided visit on weekdays.")
    doc = _doc("Copyright © Lanxi County Government. All rights reserved.", last)
    assert _blocks(doc)[-1] == last


@pytest.mark.parametrize("line, holder", [
    ("All rights are reserved by the ACFIC", "ACFIC"),
    ("Lanxi Daily Group. All rights reserved. Presented by lanxinews.cn", "Lanxi Daily Group"),
    ("Copyright © 1999-2024 Lanxi Daily. All rights reserved. Best viewed at 1024x768", "Lanxi Daily"),
])
def test_the_holder_comes_before_all_rights_reserved(line, holder):
    assert _doc(line).footer.copyright == holder


def test_an_editor_credit_alone_under_the_text_is_the_articles():
    doc = _doc("Editor: Zhou Min")
    assert doc.metadata.editor == "Zhou Min"
    assert doc.footer.lines == ()


def test_a_site_footer_keeps_its_editor_row():
    doc = _doc("Editor: Zhou Min", "Copyright © Lanxi County Government. All rights reserved.")
    assert doc.footer.copyright == "Lanxi County Government"


def test_a_labelled_date_row_closing_the_text_is_the_date():
    doc = clean_text("\n\n".join([TITLE, PROSE, PROSE_2, "Date:2011-3-2 11:28:22"]) + "\n")
    assert (doc.metadata.date, doc.metadata.time) == ("2011-03-02", "11:28:22")
    assert [b.text for s in doc.sections for b in s.blocks][-1] == PROSE_2


@pytest.mark.parametrize("line, holder", [
    ("Copyright ? 2019 Lanxi Teachers College.", "Lanxi Teachers College"),
    ("Copyright ? lanxi-daily.cn   |  Contact us", "lanxi-daily.cn"),
])
def test_a_question_mark_after_copyright_is_the_lost_sign(line, holder):
    """`Copyright ? X`: the © became `?` in the page's encoding; it is no part of the holder's name."""
    assert _doc(line).footer.copyright == holder


@pytest.mark.parametrize("line, holder", [
    ("Dongling Town People's Government Copyright", "Dongling Town People's Government"),
    ("Dongling Town Government Office Copyright © 2024", "Dongling Town Government Office"),
    ("Beishan Daily ©2023", "Beishan Daily"),
])
def test_a_holder_named_before_the_copyright_word(line, holder):
    from bulletin_tools.segment.footer import is_copyright_line
    assert is_copyright_line(line)
    doc = clean_text("\n".join(["Beishan Opens a Reading Room", "", "Date: 2024-02-02", "",
                                "The new reading room of Beishan opened on Friday with two thousand books for children.",
                                "", line, ""]))
    assert doc.footer.copyright == holder


@pytest.mark.parametrize("line", ["Hexi Court Protects Copyright", "The county protects copyright"])
def test_a_headline_or_a_sentence_about_copyright_names_no_holder(line):
    from bulletin_tools.segment.footer import is_copyright_line
    assert not is_copyright_line(line)


def test_a_phone_number_under_a_label_no_table_knows():
    doc = clean_text("\n".join(["Beishan Opens a Reading Room", "", "Date: 2024-02-02", "",
                                "The new reading room of Beishan opened on Friday with two thousand books for children.",
                                "", "Copyright © 2024 Beishan Town", "Contact us: 0573-5550188", ""]))
    assert doc.footer.phone == "0573-5550188"
