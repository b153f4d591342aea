"""The speed-ups must not change a single result.

Each cheap gate added for speed claims to be a *necessary condition* of the
expensive test it spares (a regex search, a per-character loop).  These
tests check the claim directly: the gate never says "no" where the old test
finds something, and the fast paths give exactly what the slow paths give.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools import chardata, lexicon
from bulletin_tools.passes import truncation
from bulletin_tools.repair import encoding, records, spacing
from bulletin_tools.segment import body, footer, header, header_reader, lead, shape, title, title_pieces, title_wrap

# Characters that matter to the gates: ASCII letters of the key words, the
# joiners and marks, spaces of several kinds, Han, and the characters that
# re.IGNORECASE folds onto ASCII letters (İ ı ſ K).
ALPHABET = list("abceginoprstuwyzICPGSW ,.;:!?'’-\"“”‘\u00a0\t\u3000²١ΣσK_0123中文公网安备标识码") + [
    "\u0130", "\u0131", "\u017f", "\u212a", "  ", "ICP", "gong", "security", "website", "the the",
    "Views", "Clicks 12", "From;", "From", "；", "By ", "By\t", "Source:", "first is", "door-to-door", "3,000", "6.8",
]
texts = st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join)

CASES = [
    "",
    "the the county",
    "The the County",
    "work in in the village",
    "step by step by step",
    "ſecurity",  # long s: IGNORECASE folds it onto 's'
    "\u212aey \u212aey",  # Kelvin sign folds onto 'k'
    "Public Security No. 33078302000214",
    "浙ICP备10023456号-1",
    "Gong Wang An Bei 11010502030143",
    "Website identification code 3300000012",
    "Clicks 1,032",
    "From; Fuxing Town",
    "From \t；Fuxing Town",
    "Notes From ; the town",
    "By Gu Xiaolan  Date: 2023-01-02",
    "Author:小编",
    "a people's  door-to-door campaign, 3,000 households and 6.8%",
    "ΑΣ Σ σ İstanbul",
]


# --------------------------------------------------------------------------
# spacing: doubled-word gate


@pytest.mark.parametrize("text", CASES)
def test_doubled_word_gate_examples(text: str) -> None:
    if spacing._ANY_REPEAT.search(text) is not None:
        assert spacing._may_repeat(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_doubled_word_gate_is_necessary(text: str) -> None:
    if spacing._ANY_REPEAT.search(text) is not None:
        assert spacing._may_repeat(text)


def test_doubled_word_gate_says_no_to_plain_prose() -> None:
    assert not spacing._may_repeat("The town organised 46 technicians into 8 service groups.")
    assert spacing._may_repeat("The town organised organised 46 technicians.")


# --------------------------------------------------------------------------
# footer: a copyright holder before the word

HOLDER_PIECES = ["Lanxi", "County", "Government", "of", "the", "Bureau", "Copyright", "COPYRIGHT", "cOpYrIgHt", "copy right",
                 "Copyrights", "©", "(c)", "2024", "-", "2019", " ", "  ", ".", "All rights reserved", "中", "\u017f", "\u212a"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(HOLDER_PIECES), max_size=12).map(" ".join) | texts)
def test_holder_first_gate_is_necessary(text: str) -> None:
    if footer._HOLDER_FIRST.match(text) is not None:
        assert footer._may_name_holder_first(text)


@pytest.mark.parametrize("text", ["Lanxi County Government Copyright © 2024", "Hexi Daily Press COPYRIGHT 2019-2024",
                                  "Lanxi County Bureau cOpYrIgHt", "Wulin Town Government ©"])
def test_holder_first_gate_examples(text: str) -> None:
    assert footer._HOLDER_FIRST.match(text) is not None and footer._may_name_holder_first(text)


# --------------------------------------------------------------------------
# footer: `All rights reserved` and a postal address's place word; a spam domain glued to a headline

def _copyright_reference(s: str) -> bool:
    """footer.is_copyright_line as it was before its `erv` gate."""
    return "©" in s or footer._RIGHTS_RESERVED.search(s) is not None or footer._COPYRIGHT.match(s) is not None \
        or (("opy" in s or "OPY" in s) and footer._HOLDER_FIRST.match(s) is not None)


def _postal_reference(s: str) -> bool:
    """footer.is_postal_address as it was before its place-word gate."""
    t = s.strip()
    if len(t) > footer.MAX_POSTAL_ADDRESS_CHARS or not any(map(str.isdigit, t)) or ":" in t or "：" in t \
            or "©" in t or footer._OTHER_FOOTER_WORDS.search(t):
        return False
    if footer._NUMBERED_STREET.search(t) is None or footer._PLACE_UNIT.search(t) is None:
        return False
    lower = [w for w in footer._WORDS.findall(t) if w.islower() and w not in footer._ADDRESS_SMALL_WORDS]
    return len(lower) <= footer.MAX_ADDRESS_LOWER_WORDS and not t.endswith(("!", "?", "。"))


FOOTER_PIECES = ["All", "all", "ALL", "rights", "Right", "RIGHTS", "copy", "reserved", "Reserved", "RESERVED", "reservce",
                 "re\u017ferved", "are", "No.26", "No. 8", "12B", "88", "Wenhua", "Road", "Rd", "road", "Avenue", "East",
                 "District", "DISTRICT", "Di\u017ftrict", "City", "C\u0131ty", "Cİty", "Province", "County", "Township",
                 "Town", "Zone", "P.R. China", "Lanxi", "P R China", ",", "PRChina", "china", "CHINA", ".", " ", "  ", "321100",
                 "ServiceDistrict", "erv", "\u212a", "中", "版权", "©", "Copyright", "2024"]
footer_texts = st.lists(st.sampled_from(FOOTER_PIECES), max_size=14).map(" ".join)


@settings(max_examples=1500, deadline=None)
@given(footer_texts | texts)
def test_rights_reserved_and_place_gates(text: str) -> None:
    assert footer.is_copyright_line(text) == _copyright_reference(text)
    if footer._RIGHTS_RESERVED.search(text) is not None:
        assert footer._may_reserve(text)
    assert footer.is_postal_address(text) == _postal_reference(text)
    if footer._PLACE_UNIT.search(text) is not None:
        assert footer._may_name_place(text)


@pytest.mark.parametrize("text", ["All Rights Reserved", "ALL RIGHTS ARE RESERVED.", "all copy rights reservce",
                                  "All rights re\u017ferved", "No.26 Wenhua Road, Xicheng District, Lanxi, P.R. China 321100",
                                  "12B Heping Avenue, Hexi City, China 321200", "Binjiang Road East 88, Lanxi TOWNSHIP",
                                  "12B Heping Avenue, Hexi C\u0131ty 321200", "No.8 Lake Road, Di\u017ftrict 9"])
def test_rights_reserved_and_place_gate_examples(text: str) -> None:
    assert footer.is_copyright_line(text) == _copyright_reference(text)
    assert footer.is_postal_address(text) == _postal_reference(text)
    assert footer._RIGHTS_RESERVED.search(text) is None or footer._may_reserve(text)
    assert footer._PLACE_UNIT.search(text) is None or footer._may_name_place(text)


DOMAIN_PIECES = ["Lanxi", "fair", "buy", "-", "now", ".", "55217", "net", "com", "cn", "top", "vip", "xyz", "cc", "info", "NET",
                 "\n", " ", "a", "9", "_", "org"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(DOMAIN_PIECES), max_size=12).map("".join) | texts)
def test_glued_domain_gate(text: str) -> None:
    found, reference = title._glued_domain(text), title._GLUED_DOMAIN.search(text)
    assert (found and found.span()) == (reference and reference.span())


@pytest.mark.parametrize("text", ["Tea fair opens buy-now.55217.net", "Lanxi news-a.b.cn\n", "Lanxi-9.top", "Lanxi-x.info",
                                  "Lanxi-x.info\n", "Lanxi-x.org", "Lanxi-x.cc.", "Lanxi-x.net\n\n"])
def test_glued_domain_gate_examples(text: str) -> None:
    found, reference = title._glued_domain(text), title._GLUED_DOMAIN.search(text)
    assert (found and found.span()) == (reference and reference.span())


# --------------------------------------------------------------------------
# patterns behind a first-character gate; substring gates of leading brackets and separators

GATED = [
    (header._BREADCRUMB_SEPARATORS, header._BREADCRUMB_SEPARATORS_SOURCE, 0),
    (header._ARROWS, header._ARROWS_SOURCE, 0),
    (footer._RECORD_HINT, footer._RECORD_HINT_SOURCE, re.IGNORECASE),
]
PATH_PIECES = ["Home", "News", " > ", ">", ">>", "->", "-->", " - ", "-", "/", " / ", "|", "\\", "»", "›", "→", "＞", "≫", "〉",
               " ", "  ", "\t", "\u3000", "ICP", "icp", "Public  Security", "gong an", "wangan", "公网安备", "网站标识码",
               "Website identification", "\u017fecurity", "(", "（", "[", "【", "Figure", "photos", "图", ")", "】", "·", "2024-05-06"]
path_texts = st.lists(st.sampled_from(PATH_PIECES), max_size=16).map("".join)


def _all_of(pattern, text: str):
    return ([(m.span(), m.groups()) for m in pattern.finditer(text)], pattern.split(text))


@settings(max_examples=500, deadline=None)
@given(path_texts | texts)
def test_gated_patterns_match_like_the_plain_ones(text: str) -> None:
    for gated_pattern, source, flags in GATED:
        assert _all_of(gated_pattern, text) == _all_of(re.compile(source, flags), text), source


@settings(max_examples=500, deadline=None)
@given(path_texts | texts)
def test_substring_gates_of_picture_marks_and_credit_dates(text: str) -> None:
    if title_pieces._PICTURE_MARK.search(text) is not None:
        assert any(map(text.__contains__, title_pieces._PICTURE_MARK_OPENERS))
    if title_wrap._CREDIT_THEN_DATE.match(text.strip()) is not None:
        assert any(map(text.__contains__, title_wrap._CREDIT_DATE_SEPARATORS))


TITLE_PIECES = ["Spring", "sowing", "in", "Lanxi", "By", "BY", "by", "bY", "Qiao", "Lan", "河西县", "春耕", "2024年", "|", "丨", " ",
                "  ", "\n", "\t", "[", "【", "〖", "]", "】", "(", ")", "（", "）", "News", "2023-10-12", "09:30", ".", "”", "5", "²"]
title_texts = st.lists(st.sampled_from(TITLE_PIECES), max_size=12).map("".join)


@settings(max_examples=800, deadline=None)
@given(title_texts | st.lists(st.sampled_from(TITLE_PIECES), max_size=10).map(" ".join))
def test_first_and_last_character_gates(text: str) -> None:
    for pattern in (title_pieces._ENGLISH_IN_BRACKETS, title_pieces._CHINESE_BEFORE, title_pieces._CHINESE_AFTER,
                    title_pieces._CHINESE_BRACKETED_AFTER, body._HAN_IN):
        if pattern.search(text) is not None:
            assert not text.isascii()
    if header_reader._GLUED_DATE_TAIL.search(text) is not None:
        assert text.rstrip()[-1:].isdigit()
    if title_pieces._BRACKET_TAG.match(text) is not None:
        assert text[:1] in title_pieces._BRACKET_TAG_OPENERS
    if lead._BY_CREDIT.match(text) is not None:
        assert text[:2].lower() == "by"


def test_first_and_last_character_gate_examples() -> None:
    assert title_pieces._CHINESE_AFTER.search("Spring sowing in Lanxi 河西县春耕") is not None
    assert header_reader._GLUED_DATE_TAIL.search("Teachers Training Class2015-10-16  ") is not None
    assert title_pieces._BRACKET_TAG.match("[News] Spring sowing") is not None
    assert lead._BY_CREDIT.match("BY QIAO LAN") is not None


TAIL_PIECES = ["Mr", "Mrs", "No", "Dr", "St", "e.g", "Fig", "A", "Z", "x", "word", ".", ". ", " ", "  ", "\n", "\t", "!", "！", "website",
               "WEBSITE", "web site", "government network", "Government", "Bureau", "office", "Administration", "网站", "人民政府",
               "\u017f", "\u212a", "portal", "中", "3", max(chardata.abbreviations("sentence"), key=len)]
tail_texts = st.lists(st.sampled_from(TAIL_PIECES), max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(tail_texts | st.lists(st.sampled_from(TAIL_PIECES), max_size=10).map(" ".join))
def test_tail_searches_match_the_whole_ones(text: str) -> None:
    for end in range(len(text) + 1):
        want = chardata.ABBREVIATION_BEFORE.search(text[:end]) is not None
        assert chardata.ends_in_abbreviation(text, end) == want == (chardata.ABBREVIATION_BEFORE.search(text, 0, end) is not None)
    assert shape.ends_in_org_word(text) == (shape._ORG_NAME.search(text) is not None)
    assert shape.ends_in_masthead_word(text) == (shape._MASTHEAD.search(text) is not None)


@pytest.mark.parametrize("text", ["Welcome to the Lanxi County website !", "Lanxi website!\n", "Lanxi website \n", "website\n!",
                                  "Lanxi portal" + " " * 40 + "!", "Lanxi Water Resources Bureau", "x" * 300 + " government network"])
def test_tail_search_examples(text: str) -> None:
    longest = max(chardata.abbreviations("sentence"), key=len)
    for probe in (f"see {longest}\n", f"({longest}", longest):
        assert chardata.ends_in_abbreviation(probe, len(probe)) == (chardata.ABBREVIATION_BEFORE.search(probe) is not None)
    assert shape.ends_in_masthead_word(text) == (shape._MASTHEAD.search(text) is not None)
    assert shape.ends_in_org_word(text) == (shape._ORG_NAME.search(text) is not None)


def test_substring_gate_examples() -> None:
    assert title_pieces._PICTURE_MARK.search("Spring sowing in Lanxi (Figure)") is not None
    assert title_wrap.credit_date_row("Ruth Ames | 05/13/2019") is not None
    assert title_wrap.credit_date_row("Ruth Ames 05/13/2019") is None


# --------------------------------------------------------------------------
# records: key gate


@settings(max_examples=400, deadline=None)
@given(texts)
def test_record_key_gate_is_necessary(text: str) -> None:
    key = records._regexes()[0]
    if key.search(text) is not None:
        assert records._may_have_key(text)


@pytest.mark.parametrize("text", CASES)
def test_record_key_gate_examples(text: str) -> None:
    if records._regexes()[0].search(text) is not None:
        assert records._may_have_key(text)


def test_record_key_gate_says_no_to_prose() -> None:
    assert not records._may_have_key("The village committee held a meeting on the new road.")


# --------------------------------------------------------------------------
# lexicon: label gate and the furniture alternation


@settings(max_examples=400, deadline=None)
@given(texts)
def test_label_gate_is_necessary(text: str) -> None:
    for labels in (lexicon.header_labels(), lexicon.footer_labels()):
        if labels.pattern.search(text) is not None:
            assert labels.may_match(text)


@pytest.mark.parametrize("text", CASES)
def test_label_gate_examples(text: str) -> None:
    for labels in (lexicon.header_labels(), lexicon.footer_labels()):
        if labels.pattern.search(text) is not None:
            assert labels.may_match(text)


def test_label_gate_says_no_to_prose() -> None:
    assert not lexicon.header_labels().may_match("The service groups set up 12 demonstration points.")


FURNITURE_LINES = [
    "Print", "[Print] [Close]", "Share to: WeChat", "Previous article: A notice", "Next: x",
    "Font size: Large Medium Small", "Comments (3)", "Powered by WordPress", "Submit Reset",
    "The town held a meeting.", "Print the notice and post it", "", "Back to top",
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_furniture_alternation_equals_any_pattern(line: str) -> None:
    table = lexicon.read_table("furniture.tsv")
    separate = [re.compile(p, re.IGNORECASE) for kind, p, *_ in table if kind in ("line", "image")]
    assert lexicon.furniture().is_line(line) == any(p.fullmatch(line) for p in separate)


# --------------------------------------------------------------------------
# truncation: token scanner, normaliser, vocabulary


def _tokens_reference(text: str) -> list[tuple[int, int]]:
    """The character loop the regex version replaced."""
    spans = []
    i, n = 0, len(text)
    while i < n:
        if not text[i].isalnum():
            i += 1
            continue
        start = i
        while i < n:
            if text[i].isalnum():
                i += 1
            elif i + 1 < n and text[i + 1].isalnum() and (
                text[i] in "-'\u2019" or (text[i] in ".," and text[i - 1].isdigit() and text[i + 1].isdigit())
            ):
                i += 1
            else:
                break
        spans.append((start, i))
    return spans


def _normalize_reference(text: str, lower: bool = True) -> tuple[str, list[int]]:
    """The character loop that is now only the slow path."""
    quote = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "}
    out, index, previous_space = [], [], False
    for i, ch in enumerate(text):
        ch = quote.get(ch, ch)
        if ch.isspace():
            if previous_space:
                continue
            previous_space = True
            out.append(" ")
            index.append(i)
            continue
        previous_space = False
        if lower:
            low = ch.lower()
            ch = low if len(low) == 1 else ch
        out.append(ch)
        index.append(i)
    index.append(len(text))
    return "".join(out), index


@settings(max_examples=500, deadline=None)
@given(texts)
def test_tokens_match_reference(text: str) -> None:
    assert list(truncation._tokens(text)) == _tokens_reference(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([a for a in ALPHABET if a.isascii()] + ["_", "a.b", "9.x", "x-", "-y"]),
                max_size=40).map("".join))
def test_ascii_tokens_match_reference(text: str) -> None:
    """ASCII text takes one pattern instead of the run-joining loop (issue 13)."""
    assert list(truncation._tokens(text)) == _tokens_reference(text) == truncation._token_spans(text)


@settings(max_examples=500, deadline=None)
@given(texts, st.booleans())
def test_normalize_matches_reference(text: str, lower: bool) -> None:
    assert truncation._normalize(text, lower) == _normalize_reference(text, lower)


@pytest.mark.parametrize("text", CASES)
def test_normalize_and_tokens_examples(text: str) -> None:
    assert list(truncation._tokens(text)) == _tokens_reference(text)
    for lower in (True, False):
        assert truncation._normalize(text, lower) == _normalize_reference(text, lower)


def _vocabulary_reference(texts_: list[str]) -> frozenset[str]:
    words: set[str] = set()
    for text in texts_:
        low = text.lower()
        words.update(re.findall(r"[^\W_]+", low))
        if "-" in low or "'" in low or "\u2019" in low:
            for chunk in low.split():
                token = chunk.strip("\"'\u2019\u201c\u201d()[],.;:!?")
                pieces = [p for p in token.replace("'", "-").replace("\u2019", "-").split("-") if p]
                if any(j in token for j in "-'\u2019") and all(p.isalnum() for p in pieces):
                    words.add(token)
    return frozenset(words)


@settings(max_examples=400, deadline=None)
@given(st.lists(texts, max_size=3))
def test_document_vocabulary_matches_reference(parts: list[str]) -> None:
    assert truncation.document_vocabulary(parts) == _vocabulary_reference(parts)


# --------------------------------------------------------------------------
# encoding: the UTF-8-lead set without the whole GBK table


def test_utf8_cjk_starts_equal_the_table_derived_set() -> None:
    from_table = frozenset(ch for ch, pair in encoding._gbk_table().items() if 0xE0 <= pair[0] <= 0xEF)
    assert encoding._utf8_cjk_starts() == from_table


# Pieces that make and nearly make inline furniture: its words in several
# cases, brackets, colons, counts, and characters IGNORECASE folds onto ASCII.
_INLINE_PIECES = [
    "print", "Print", "PRINT", "close", "Close this window", "back to top", "Back To Top", "favorite", "打印", "关闭",
    "font", "Font size", "fonts", "字体", "字号", "big", "medium", "small", "large", "a", "大", "中", "小",
    "enlarged font", "enlarge font", " narrowed font", "narrow font", "share to", "Share To", "wechat", "qq",
    "powered by wordpress", "Powered by WordPress.", "visitors", "Visitor", "total visits", "访问量",
    "[", "]", "【", "】", "〖", "〗", ":", "：", " ", "  ", "12,345", "x", "The town", "prınt", "ſhare to",
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_INLINE_PIECES), min_size=1, max_size=8))
def test_inline_furniture_needles_are_necessary(pieces):
    """Whenever the inline alternation matches, the needle gate must have said yes."""
    text = "".join(pieces)
    furniture = lexicon.furniture()
    if furniture.inline.search(text):
        assert furniture.may_have_inline(text), text


#: Besides: a Kelvin sign (lower-cased, the letter k), a tool row's words and a line's edges.
_MEMO_PIECES = ["\u212a", "k", "tool", "kool", "\u212aool", "Tools:", "min", "mİn", "\t"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_INLINE_PIECES + _MEMO_PIECES), min_size=1, max_size=6).map("".join),
                min_size=1, max_size=12),
       st.randoms(use_true_random=False))
def test_inline_in_remembered_is_asked_afresh(texts, rnd):
    """``inline_in`` remembered by text answers as a fresh :meth:`_inline_in` does, in any order
    of asking, texts asked again and texts alike but for case or spaces among them."""
    furniture = lexicon.furniture()
    asked = texts + [t.upper() for t in texts] + [" " + t for t in texts] + texts
    rnd.shuffle(asked)
    for text in asked:
        assert furniture.inline_in(text) is furniture._inline_in(text), text


def test_inline_in_memory_is_bounded() -> None:
    furniture = lexicon.furniture()
    for k in range(lexicon.INLINE_MEMO_SIZE + 10):
        furniture.inline_in(f"print row {k}")
    assert len(furniture._inline_memo) <= lexicon.INLINE_MEMO_SIZE
    assert furniture.inline_in("Print") is furniture._inline_in("Print") is not None
    assert furniture.inline_in("print row 3") is furniture._inline_in("print row 3")


# --------------------------------------------------------------------------
# needle gates: one search of a literal trie for "does the text hold a needle?"

_NEEDLE_CHARS = ["a", "b", "ab", "ba", " ", ".", "*", "(", "\\", "|", "中", "文", "?"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_NEEDLE_CHARS), min_size=1, max_size=4).map("".join), max_size=8),
       st.lists(st.sampled_from(_NEEDLE_CHARS), max_size=12).map("".join))
def test_needle_search_finds_exactly_a_needle(needles, text):
    found = lexicon.needle_search(tuple(needles)).search(text) is not None
    assert found == any(n in text for n in needles), (needles, text)


def test_needle_search_edges() -> None:
    assert lexicon.needle_search(()).search("anything") is None
    assert lexicon.needle_search(("",)).search("") is not None
    assert lexicon.needle_search(("ab", "abc", "b.")).search("xxabx") is not None
    assert lexicon.needle_search(("abc", "b.")).search("abx bx") is None
    assert lexicon.needle_search(("l m s", "{{")).search("[l m s]") is not None


def _old_may_have_spam(text: str) -> bool:
    """``may_have_spam`` as it was: a substring test per needle (the reference)."""
    if text.isascii():
        return any(map(text.lower().__contains__, lexicon._spam_tests()[0]))
    if lexicon.has_case_trap(text):
        return True
    return any(map(text.lower().__contains__, lexicon._spam_tests()[1]))


_SPAM_PIECES = ["Casino", "casin", "ONLINE", "onlin", "uk", "U", "k", "sg", "s", "g", "m88", "w8", "8", "Sugar", "slot",
                "久久", "久", "博彩", "彩", "The town", " ", ".", "\u212a", "ı", "é", "Viagra"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SPAM_PIECES), max_size=8).map("".join))
def test_spam_gate_is_the_substring_test(text: str) -> None:
    assert lexicon.may_have_spam(text) == _old_may_have_spam(text), text


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_INLINE_PIECES + _MEMO_PIECES), max_size=8).map("".join))
def test_inline_gate_is_the_substring_test(text: str) -> None:
    """``may_have_inline`` (and so ``inline_in``'s first test) answers as a substring test per needle did."""
    furniture = lexicon.furniture()
    old = lexicon.has_case_trap(text) or any(
        map(text.lower().__contains__, furniture.inline_gates[0 if text.isascii() else 1]))
    assert furniture.may_have_inline(text) == old, text
    assert (furniture._inline_in(text) is None) == (not old), text


def test_inline_needle_gate_says_no_to_prose() -> None:
    assert lexicon.furniture().inline_needles
    assert not lexicon.furniture().may_have_inline("Source: Xiashan Town Agricultural Service Center")


@pytest.mark.parametrize("tail", [
    "Declaration: The copyright of this article belongs to the original author, contact us.",
    "Statement：the copyright of the works belongs to the town",
    "The copyright belongs to the original author, salute the original",
])
def test_glued_tail_needles_let_every_match_through(tail):
    pattern, needles = lexicon.glued_tail()
    text = "The channels were cleared on time." + tail
    assert pattern.search(text)
    assert any(n in text.lower() for n in needles)
