"""marker() tries only the patterns a line's first character allows: same answers as trying them all."""

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.segment import body


def marker_reference(text):
    """The plain loop over every marker, in order: what marker() must equal."""
    for style, pattern in body.MARKERS:
        m = pattern.match(text)
        if m and m.end() < len(text):
            return style, m.end()
    return None


WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth firstly secondly thirdly fourthly "
         "fifthly lastly finally chapter part section case article one two three four five six seven eight nine "
         "ten viii vii vi iv ix v x iii ii i XII XI X IX VIII VII VI V IV III II I a b c d e f g h").split()
PIECES = WORDS + [w.upper() for w in WORDS] + [w.capitalize() for w in WORDS] + list(
    "0123456789 .．、,，:：()（）-–•●一二三十ſKİı") + ["  ", "12", "3)", " text", "Body"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6))
def test_dispatch_equals_full_loop(pieces):
    text = "".join(pieces)
    assert body.marker(text) == marker_reference(text)


def test_every_first_character_of_every_example():
    examples = ["Firstly, x", "Eighth, x", "ninth: x", "Lastly, x", "Chapter 2: x", "PART II x", "Section 3 x",
                "case 4: x", "Article 5 x", "IV. x", "XII. x", "(3) x", "(iv) x", "(one) x", "（一）x", "1、x",
                "2. x", "3) x", "a) x", "h. x", "- x", "– x", "• x", "一、x"]
    for example in examples:
        for c in map(chr, range(0x20, 0x7F)):
            text = c + example[1:]
            assert body.marker(text) == marker_reference(text), text
        assert body.marker(example) is not None, example


CHAIN_PIECES = ["The first is", "the second is", "Third, ", "firstly，", "One is", "two is", "(1)", "（二）", "（3）",
                " ", ". ", "; ", "that ", "work", "one", "often", "someone", "Fifth", "FIRST", "ſecond is", "fırst is",
                "is", ",", "。", "：", "\"", "”", "tenth is", "ten is", "x",
                # the bracketed-number branch: brackets, digits and numerals apart, so they pair up freely
                "(", "（", ")", "）", "12", "7", "一", "十", "(x)", "( 2 )", "（ 四 ）", "(123)"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(CHAIN_PIECES), min_size=1, max_size=8))
def test_chain_gate_is_necessary(pieces):
    """Whenever the enumeration-chain pattern matches, the word gate must have said yes."""
    text = "".join(pieces)
    if body._CHAIN.search(text):
        assert body._may_chain_links(text, 1), text


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB1_ .,!?-\u00e9\u0130\u0131\u017f\u212a\u4e00\u3000\t")), min_size=1, max_size=20))
def test_first_word_is_the_first_token_of_norm(text):
    """classify() skips _norm when the first words differ: that must be a necessary test."""
    norm = body._norm(text)
    first = body._first_word(text)
    if norm:
        assert norm.split(" ", 1)[0] == first
    else:
        assert first is None


def _is_label_line_reference(s):
    """is_label_line as it was before it took its hits lazily (with the rules
    added since: prose is no label row, an outlet may stand before a date label): the oracle."""
    from bulletin_tools import lexicon
    from bulletin_tools.fields import find_datetime
    from bulletin_tools.segment import header
    from bulletin_tools.segment.chrome import is_prose

    stripped = s.strip().lstrip("[【〖(（ \t")  # (spaces inside the bracket, added since: `(   Updated : …`)
    if stripped[:2] in ("- ", "– "):
        stripped = stripped[2:].lstrip()  # (a row bulleted with a dash, added since)
    if not stripped:
        return False
    labels = lexicon.header_labels()
    if not labels.may_match(stripped):
        return False
    hits = [m for m in labels.pattern.finditer(stripped) if lexicon.is_label_start(stripped, m.start())]
    if not hits:
        return False
    if hits[0].start() == 0:
        return hits[0].groupdict().get("blabel") is None or len(hits) >= 2
    if len(hits) >= 2 and hits[0].start() <= 60:
        return not (len(stripped) > header.PROSE_ROW_CHARS and is_prose(stripped))
    prefix = stripped[: hits[0].start()].strip()
    dt = find_datetime(prefix) if prefix and len(prefix) <= 40 else None
    if dt is not None and (dt.date is not None or dt.time is not None):
        return True
    if prefix[:1].isdigit() and len(prefix) <= header.MAX_FIELD_ROW_CHARS and not is_prose(prefix):
        dt = find_datetime(prefix)  # (a row opening on its date, added since)
        if dt is not None and dt.date is not None and dt.start == 0 and len(prefix) - dt.end <= header.MAX_FIELD_CHARS:
            return True
    if hits[0].start() <= header.MAX_OUTLET_PREFIX and header._OUTLET_PREFIX.fullmatch(prefix):
        value = find_datetime(stripped[hits[0].end():])
        return value is not None and value.date is not None
    return False


def test_lazy_label_line_equals_reference():
    from pathlib import Path

    from bulletin_tools.segment.header import is_label_line

    root = Path(__file__).resolve().parent.parent
    from bulletin_tools.decode import decode_bytes
    from bulletin_tools.errors import BulletinError

    lines = []
    for path in sorted(root.glob("samples/*.txt")):
        try:
            lines += decode_bytes(path.read_bytes()).text.splitlines()
        except BulletinError:
            continue
    lines += ["By Gu Xiaolan", "By Gu Xiaolan  Date: 2023-01-02", "2014年8月31日星期日    Source of information: x",
              "Note that the town", "x" * 70 + " Author: a Source: b", "Time: 2023", "[Source: x]"]
    assert len(lines) > 1000
    for line in lines:
        assert is_label_line(line) == _is_label_line_reference(line), line
