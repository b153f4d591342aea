"""Header metadata patterns first seen on real machine-translated pages
(issue 11), each pinned in words written for this project; whole pages are
pinned by samples s450-s479."""

from __future__ import annotations

from page_text import PROSE, PROSE_2, TITLE

from bulletin_tools.pipeline import clean_text


def _page(*top: str) -> str:
    return "\n".join([*top, "", PROSE, "", PROSE_2, ""])


def test_an_outlet_a_single_space_after_a_date_row_is_the_source():
    doc = clean_text(_page(TITLE, "2024-03-05 10:22:31 Riverside Net"))
    assert (doc.metadata.date, doc.metadata.time) == ("2024-03-05", "10:22:31")
    assert doc.metadata.source == "Riverside Net"


def test_a_site_address_after_a_date_row_is_the_source():
    doc = clean_text(_page(TITLE, "2024-03-05 10:22 lingxinews.com.cn"))
    assert doc.metadata.source == "lingxinews.com.cn"


def test_an_unknown_word_after_a_date_row_is_kept_not_lost():
    doc = clean_text(_page(TITLE, "2024-03-05 10:22 QXZ"))
    assert doc.metadata.extra.get("unlabelled") == "QXZ"
    assert doc.metadata.author is None


def test_a_cms_account_after_a_date_row_is_the_author():
    doc = clean_text(_page(TITLE, "2024-03-05 10:22:31 admin"))
    assert doc.metadata.author == "admin"
    assert doc.metadata.source is None
