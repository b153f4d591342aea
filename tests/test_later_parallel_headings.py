"""A line of a heading's shape that the other rules left as a paragraph (no
blank line around it, one entry under it) heads its text when the body's
other unnumbered headings share its shape: parallel structure is the
evidence (segment/body._later_parallel_headings).  Whole page: sample s1456."""

from __future__ import annotations

from bulletin_tools.pipeline import clean_text

TITLE = "Dongpo Township Scheme for Winter Heating Grants"
LEAD = ("The township pays a heating grant to households on the minimum living allowance, so that no family "
        "goes through the winter in a cold house.")
PURPOSE = ("The grant helps poor households buy coal or pay the heating company, and it is paid before the "
           "first frost of the year.")


def _headings(*lines: str) -> list[str | None]:
    doc = clean_text("\n".join([TITLE, LEAD, *lines]) + "\n")
    return [s.heading for s in doc.sections]


def test_a_heading_shaped_line_over_one_entry_heads_it_when_its_peers_are_headings():
    assert _headings("Purpose", PURPOSE,
                     "Eligible Households", "- Households on the minimum living allowance for at least six months.",
                     "Grant and Payment", "- 800 yuan for the winter, paid in November.",
                     "- A second payment of 300 yuan when the winter is long.",
                     "Enquiries", "- The township civil affairs office answers questions on weekdays.") == \
        [None, "Purpose", "Eligible Households", "Grant and Payment", "Enquiries"]


def test_a_lone_line_of_that_shape_without_peers_stays_text():
    headings = _headings(PURPOSE, "Eligible Households", "- Households on the minimum living allowance for at least six months.")
    assert "Eligible Households" not in headings


def test_a_signers_post_over_the_date_is_no_heading_however_many_peers():
    headings = _headings("Purpose", PURPOSE, "Grant and Payment", "- 800 yuan for the winter, paid in November.",
                         "- A second payment of 300 yuan when the winter is long.",
                         "Enquiries", "- The township civil affairs office answers questions on weekdays.",
                         "Qiao Lanying", "Head of Dongpo Township", "November 3, 2025")
    assert "Head of Dongpo Township" not in headings
