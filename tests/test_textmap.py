"""MappedText keeps spans pointing into the input through any chain of edits."""

from hypothesis import given, strategies as st

from bulletin_tools.model import Edit
from bulletin_tools.textmap import MappedText, join


def test_identity_span_is_offset_by_origin():
    mt = MappedText.identity("hello world", 100)
    assert mt.span(6, 11) == (106, 111)
    assert mt.full_span == (100, 111)


def test_replacement_maps_to_whole_original_range_and_records_fix():
    src = "Author:灏忕紪 Click:12"
    mt = MappedText.identity(src)
    new, fixes = mt.apply([Edit(7, 10, "小编", "mojibake")])
    assert new.text == "Author:小编 Click:12"
    assert fixes[0].before == "灏忕紪" and fixes[0].span == (7, 10)
    # the text after the replacement still maps one to one
    start = new.text.index("Click")
    assert new.span(start, start + 5) == (src.index("Click"), src.index("Click") + 5)


def test_chained_edits_keep_the_input_span():
    src = "xx 灏忕紪 yy"
    mt, _ = MappedText.identity(src).apply([Edit(3, 6, "小编", "mojibake")])
    mt2, fixes = mt.apply([Edit(3, 5, "Editor", "cjk-residue")])
    assert mt2.text == "xx Editor yy"
    assert fixes[0].span == (3, 6)
    assert mt2.span(3, 9) == (3, 6)


def test_deletion_and_slice():
    src = "Title  [Print]  more"
    mt, fixes = MappedText.identity(src).apply([Edit(7, 14, "", "furniture")])
    assert mt.text == "Title    more"
    assert fixes[0].before == "[Print]"
    tail = mt.slice(9, len(mt.text))
    assert tail.text == "more" and tail.span() == (16, 20)


def test_overlapping_edit_is_dropped_not_corrupting():
    mt, fixes = MappedText.identity("abcdef").apply([Edit(0, 3, "X", "r"), Edit(2, 4, "Y", "r")])
    assert mt.text == "Xdef"
    assert len(fixes) == 1


def test_join_maps_separator_to_gap():
    a = MappedText.identity("first", 0)
    b = MappedText.identity("second", 7)
    j = join([a, b], " ")
    assert j.text == "first second"
    assert j.span() == (0, 13)
    assert j.span(6, 12) == (7, 13)


@given(st.text(min_size=1, max_size=60), st.data())
def test_spans_stay_in_bounds_and_ordered(text, data):
    mt = MappedText.identity(text, 5)
    n = len(text)
    cuts = sorted(data.draw(st.lists(st.integers(0, n), min_size=2, max_size=6)))
    edits = [Edit(cuts[i], cuts[i + 1], data.draw(st.text(max_size=3)), "r") for i in range(0, len(cuts) - 1, 2)]
    new, fixes = mt.apply(edits)
    for f in fixes:
        assert 5 <= f.span[0] <= f.span[1] <= 5 + n
        assert text[f.span[0] - 5:f.span[1] - 5] == f.before
    for i in range(len(new.text)):
        a, b = new.span(i, i + 1)
        assert 5 <= a <= b <= 5 + n


def _slice_reference(mt, start, end):
    """The general piece loop of MappedText.slice, as an oracle for its one-piece fast path."""
    from bulletin_tools.textmap import MappedText, Piece

    start, end = max(0, start), min(len(mt.text), end)
    if start >= end:
        return MappedText("", (), ())
    out = []
    for p in mt.pieces:
        a, b = max(p.cur_start, start), min(p.cur_end, end)
        if a < b:
            oa, ob = ((p.orig_start + a - p.cur_start, p.orig_start + b - p.cur_start) if p.linear
                      else (p.orig_start, p.orig_end))
            out.append(Piece(a - start, b - start, oa, ob, p.linear))
    return MappedText(mt.text[start:end], tuple(out), tuple(p.cur_start for p in out))


from hypothesis import given, strategies as st  # noqa: E402


@given(st.text(min_size=1, max_size=30), st.integers(0, 50), st.integers(-3, 35), st.integers(-3, 35), st.booleans())
def test_one_piece_slice_equals_the_general_loop(text, origin, a, b, replaced):
    from bulletin_tools.model import Edit
    from bulletin_tools.textmap import MappedText

    mt = MappedText.identity(text, origin)
    if replaced:  # one non-linear piece: the whole text replaced
        mt, _ = mt.apply([Edit(0, len(text), "xyz", "test")])
    assert len(mt.pieces) == 1
    assert mt.slice(a, b) == _slice_reference(mt, a, b)
