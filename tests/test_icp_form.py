"""The ICP footer field in one documented English form, whatever style the page used (issue 12)."""

from __future__ import annotations

import doctest

import pytest

import bulletin_tools
from bulletin_tools import icp_form

BODY = (
    "Notice on the Gas Safety Inspection of Catering Units\n"
    "Release time: 2023-11-02 Source: County Emergency Bureau\n"
    "\n"
    "The county carries out a special inspection of gas safety in catering units this winter.\n"
    "\n"
    "Sponsored by: Anji County People's Government Office    Undertaken by: Anji County Information Center\n"
    "Postcode: 313300    E-mail: office@anji-county.gov.cn\n"
)


@pytest.mark.parametrize("line", [
    "Zhe ICP Bei 13007712 Hao-1",
    "Zhe ICP No. 13007712-1",
    "浙ICP备13007712号-1",
])
def test_three_styles_give_one_form(line):
    doc = bulletin_tools.clean(BODY + line + "\n")
    assert doc.footer.icp is not None
    assert doc.footer.icp.record == "浙ICP备13007712号-1"
    assert doc.footer.icp.text == "Zhe ICP No. 13007712-1"
    md = bulletin_tools.to_markdown(doc)
    assert "  icp: Zhe ICP No. 13007712-1\n" in md
    assert "  icp_record: 浙ICP备13007712号-1\n" in md
    assert any(line.split()[0] in kept for kept in doc.footer.lines)  # the line as written is still there


def test_shared_syllable_names_the_province():
    assert icp_form.english_icp("赣ICP备12000001号") == "Gan (Jiangxi) ICP No. 12000001"


def test_unknown_record_keeps_the_text():
    assert icp_form.english_icp("not a record") is None


def test_doctests_pass():
    assert doctest.testmod(icp_form).failed == 0
