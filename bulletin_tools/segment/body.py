"""The body: sections of headings, paragraphs, list items and captions.

Headings come in three shapes on these pages: numbered lines (``一、``,
``（一）``, ``1.``, ``(1)``, ``I.``, ``First,`` …), short standalone lines
followed by prose, and *lead sentences*: the first sentence of a paragraph
that is followed by an enumeration chain (``The first is … The second is …``,
from 一是/二是).  Consecutive numbered lines of one style are a list, not a
run of headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from ..asciiruns import letter_runs
from ..chardata import DANGLING_END, HAN_SPAN, SENTENCE_END_MARK, ends_in_abbreviation
from ..lazyre import lazy_compile
from .. import lexicon
from ..fastinit import fast_init
from ..model import Block, Section
from ..textmap import MappedText, join
from ..wordkey import words_key
from .heading_shape import (decoration_end, is_colon_heading, is_contents_line, is_named_title, is_phrase_colon_heading,
                            never_a_heading)
from .section_cues import closing_list_titles, is_dateline
from .bare_numbers import bare_number_runs
from .reworded_title import rewords_title
from .wrap_width import fills, wrap_width
from .official_lines import is_bare_division, is_signer, is_version_note, issued_titles
from .outline import opens_outline, outline_number
from .lines import Line
from .word_numbers import word_number_runs
from .glued_bullets import glued_bullet_runs, next_glued_entry
from ..fields import find_datetime
from .markers import _CN_NUM, _WORD_NUM, MARKERS, marker  # noqa: F401  (MARKERS: re-exported for the tests)

_CAPTION_END = lazy_compile(r"[(（]\s*(?:photo|photos|picture|image|图|图片)\s*(?:/|by|:|：)[^()（）]{0,80}[)）]\s*$", re.IGNORECASE)


def ends_in_photo_credit(s: str) -> bool:
    """``_CAPTION_END.search(s) is not None`` (`… (Photo/Li Ming)`): every
    match ends with a closing bracket and whitespace (``\\s`` and
    ``str.rstrip`` take the same characters), so a line ending otherwise,
    nearly every line, is settled without the search at every position."""
    return s.rstrip()[-1:] in (")", "）") and _CAPTION_END.search(s) is not None
_CAPTION = lazy_compile(
    r"^\s*[▲△↑▼]"  # `▲ Students watch the launch`: a caption under a photo
    r"|^\s*(?:figure|fig\.|picture|photo|图)\s*\d{1,3}\b"  # `Figure 2 An electrician checks …`
    r"|^\s*[(（]?\s*(?:photo|photos|picture|image|图|图片)\s*(?:/|by|provided by|source|:|：)"
    r"|^\s*(?:photo|image|picture) (?:provided|courtesy) by\b"
    r"|^\s*[(（]?\s*photograph(?:ed)? by\b"  # `Photograph by Zhou Lan` under the picture
    r"|^\s*(?:in the (?:picture|photo)|pictured(?: (?:above|below|here))?)\s*[:：,]"  # `Pictured: villagers plant …`
    r"|^\s*(?:image|picture|photo) source\s*[:：]"
    r"|^\s*(?:file|archive|archived) (?:photo|picture|image)\s*[:：]"  # `File photo: the old ferry landing …`
    r"|^\s*图(?:为|片为|中)",  # `图为…` ("the picture shows …"): a Chinese caption left in the page
    re.IGNORECASE,
)
#: The characters a match of ``_CAPTION`` opens with after its spaces (``\\s``
#: and ``str.lstrip`` take the same characters): a mark, a bracket, `图`, and the
#: first letters of its words in either case, with the dotted and dotless i
#: that ``re.IGNORECASE`` folds onto `i` (`image`, `in the picture`).
_CAPTION_FIRST_CHARS = frozenset("▲△↑▼(（图fFpPiIaA") | frozenset(lexicon.CASE_TRAPS)


def is_caption_opening(s: str) -> bool:
    """`▲ Students …`, `Figure 2 An electrician …`, `(Photo/…)`: a caption by
    its own words.  ``_CAPTION.match(s) is not None``, settled by the first
    character after the spaces on most lines (the classifier asks it of every
    body line)."""
    return s.lstrip()[:1] in _CAPTION_FIRST_CHARS and _CAPTION.match(s) is not None


# Enumeration chain starts inside a paragraph (一是/二是 → "The first is" …).
_CHAIN = lazy_compile(
    rf"(?:^|(?<=[.;!?。；:：])|(?<=[.;!?。；][\"'”’)])|(?<=\bthat\s))\s*"
    rf"(?P<m>(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+is\b"
    rf"|(?:the\s+)?(?:{_WORD_NUM})\s+is\b"
    rf"|(?:first|second|third|fourth|fifth|sixth|firstly|secondly|thirdly|fourthly|fifthly)\s*[,，]"
    rf"|[（(]\s*(?:\d{{1,2}}|[{_CN_NUM}]{{1,2}})\s*[）)])",
    re.IGNORECASE,
)

_SENTENCE_END = SENTENCE_END_MARK


def first_sentence_end(text: str) -> int:
    """Index just after the first sentence's final punctuation, or -1."""
    for m in _SENTENCE_END.finditer(text):
        if ends_in_abbreviation(text, m.start()):
            continue
        return m.end()
    return -1


def _ends_like_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "。", ";", "；", ":", "：", ",", "，", "!", "！"))


def _word_count(text: str) -> int:
    return len(text.split())


_KEY_VALUE = lazy_compile(r"^[^:：]{1,60}[:：]\s*\S")


def _key_value(s: str) -> bool:
    """Does ``_KEY_VALUE`` match ``s`` (a `Label: value` row)?  Its colon is
    the first of ``s``, at index 1 to 60: a line with none there (most
    paragraphs) is settled by two substring tests, not a scan of 60
    characters and back."""
    head = s[1:61]
    return (":" in head or "：" in head) and _KEY_VALUE.match(s) is not None

#: `Q:`, `Q1:`, `Question 2:`, `问：` before a question: an FAQ's heading, not a `Label: value` row.
_QUESTION_LABEL = lazy_compile(r"^(?:q\s*\d{0,3}|question\s*\d{0,3}|问)\s*[:：]", re.IGNORECASE)


#: A heading is at most this long and this many words.  Set with the first
#: segmentation on the project's first samples, unchanged since.
MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 18


def _is_short_heading(text: str, allow_lower: bool = False) -> bool:
    t = text.strip()
    if not t or len(t) > MAX_HEADING_CHARS or _word_count(t) > MAX_HEADING_WORDS:
        return False
    if _key_value(t) and not (t.endswith("?") and _QUESTION_LABEL.match(t)):
        return False  # `Bid opening date: 2023-08-15` and `Reporter: …?` are not headings
    if _ends_like_sentence(t):
        return False
    if not any(map(str.isalpha, t)):  # (in C: no generator step per character)
        return False
    return allow_lower or not t[0].islower()


@fast_init  # built once per paragraph, heading and item
@dataclass(frozen=True, slots=True)
class _Unit:
    kind: str  # heading, paragraph, item, caption
    text: MappedText
    heading_text: MappedText | None = None  # the heading as shown (a lead sentence loses its final period)
    lead: bool = False  # a heading that was the first sentence of a paragraph
    table: bool = False  # a row of a table flattened into text


_TITLE_STYLES = frozenset({"chapter", "part", "section", "case"})
#: The styles of a regulation's divisions (`Part I`, `Chapter 2`, `Section 3`).
_DIVISION_STYLES = frozenset({"chapter", "part", "section"})
#: A table of contents lists at least this many divisions in a row, with
#: nothing between them (a regulation's chapters have articles under them).
#: Set on the tuning sites of the real-page set (a ten-chapter contents).
MIN_CONTENTS_ENTRIES = 3
_CELL_GAP = lazy_compile(r"\s{2,}")
# three or more short cells separated by runs of 2+ spaces: `Name  School  Subject  Score`
_TABLE_ROW = lazy_compile(r"^[^\s](?:[^\s]| (?! )){0,40}(?:\s{2,}[^\s](?:[^\s]| (?! )){0,40}){2,}$")


#: A sign-off date line is the date and at most this many characters more (a
#: stop, a bracket).  Set on held-out batches s180-s211.
MAX_CHARS_AFTER_SIGN_OFF_DATE = 2


def _is_date_line(text: str) -> bool:
    """`March 11, 2024` under a sign-off: a date, not a heading."""
    dt = find_datetime(text)
    return dt is not None and dt.start == 0 and len(text.strip()) - dt.end <= MAX_CHARS_AFTER_SIGN_OFF_DATE


def _holds_full_date(text: str) -> bool:
    if not any(map(str.isdigit, text)):
        return False
    dt = find_datetime(text)
    return dt is not None and dt.date is not None


#: A line at least this long reads as prose (what a heading stands over),
#: whatever its end.  Set with the first segmentation on the project's first
#: samples, unchanged since.
MIN_PROSE_CHARS = 60


def _prose(text: str) -> bool:
    return len(text) >= MIN_PROSE_CHARS or _ends_like_sentence(text)


@fast_init  # built once per body line
@dataclass(frozen=True, slots=True)
class _Here:
    """One body line in its context, as the rows of :data:`_KINDS` see it."""

    text: MappedText
    style: tuple[str, int] | None  # marker(text): the enumeration style and the marker's length
    prev_style: str | None  # the style of the line before, of the line after
    next_style: str | None
    next: str  # the next line's text ("" at the end)
    list_follows: bool  # the next two lines are items of one style
    after_table_row: bool  # the unit before is a row of a flattened table
    has_units: bool  # something comes before this line in the body
    repeats_title: bool  # the headline printed again in the body
    positional_caption: bool  # under a removed `click to enlarge` prompt (Zones.captions)
    next_opens_with_title: bool = False  # (asked of the body's first line only) the next line starts with the headline
    contents_entry: bool = False  # a `Chapter N …` line of a table of contents (see _contents_entries)
    over_contents: bool = False  # the next line is an entry of a table of contents
    style_headed: bool = False  # an earlier line of its marker style was a numbered heading
    beside_field_row: bool = False  # the line before or after is a `Label: value` row
    after_heading: bool = False  # the unit before is a heading
    repeated: bool = False  # an unnumbered short line standing more than once in the body
    sublist_follows: bool = False  # the next line, of its style, numbers a new list from 1 (see _sublist_heads)
    resumes_headings: bool = False  # its number follows the last numbered heading's of its style, not the line before's
    closes_list: bool = False  # a short title numbered on from a list of sentences, over prose (see section_cues)
    after_next: str = ""  # the text of the line after the next one ("" at the end)
    issued_title: bool = False  # a line of an issued document's title under its notice's signer and date
    colon_peers: bool = False  # the body holds at least two phrase-colon lines (see _phrase_colon_lines)
    named_peers: bool = False  # at least two `Name: Title` lines of the body stand over prose (see _named_title_peers)
    alternates: bool = False  # numbered on from a line of its style, each over text of its own (see _alternating_numbers)
    under_alternate: bool = False  # the line before is one of those: this line is its text, never a heading
    in_short_run: bool = False  # one of several short unpunctuated lines in a row (see _short_line_runs)
    prev: str = ""  # the line before's text ("" at the start)


#: A line taken for a caption by the credit closing it (`… (Photo/Lin Tao)`)
#: is no longer than this: a longer one is a paragraph that credits a photo.
#: Set when trailing photo captions were added, on the samples and the shared
#: corpus (all their checks passing); no sweep recorded.
MAX_CREDITED_CAPTION_CHARS = 250
#: After a table row, a line of at least this many space-separated cells is
#: the next row (a first row needs three, see _TABLE_ROW).  Set on the
#: held-out batch s60-s75, whose flattened tables have two-cell rows.
MIN_CONTINUED_TABLE_CELLS = 2


def _is_caption(h: _Here) -> bool:
    """A repeated headline, a caption by position, or one by its words
    (`▲ …`, `Figure 2 …`, `… (Photo/Li Ming)`); a short line printed under
    several photos (the same words more than once in the body: a heading
    titles one section); the lead photo's caption over its credit."""
    s = h.text.text
    return h.repeats_title or h.positional_caption or h.repeated or is_caption_opening(s) or (
        len(s) <= MAX_CREDITED_CAPTION_CHARS and ends_in_photo_credit(s)) or _numbered_picture(s) \
        or _over_photo_credit(h)


#: A lead photo's caption is one short sentence: no longer than this.
MAX_LEAD_CAPTION_CHARS = 160
#: `Photo by Zhou Lan`, `(Photograph by Lin Tao)`, `Photo: Hexi Daily`: a
#: photographer's credit and nothing else on its line.
_BARE_PHOTO_CREDIT = lazy_compile(
    r"^\s*[(（]?\s*(?:photo|photos|photograph|photographed|picture|image)\s*(?:/|by|:|：)\s*"
    r"[^.!?。,，;；()（）]{2,60}?\s*[)）]?\s*$", re.IGNORECASE)


def _over_photo_credit(h: _Here) -> bool:
    """`Villagers sort rubbish at the new station in Hexi.` / `Photo by Zhou
    Lan`: the body's first line, one short sentence, over a bare photo credit
    is the lead photo's caption, not the text's first paragraph.  Later in
    the body a line over a credit may be a paragraph the photo follows."""
    s = h.text.text
    if h.has_units or h.style is not None or len(s) > MAX_LEAD_CAPTION_CHARS or _BARE_PHOTO_CREDIT.match(h.next) is None:
        return False
    end = first_sentence_end(s)
    return end < 0 or end >= len(s.rstrip())  # one sentence, or a phrase


#: `(Picture 2) The county hands over the certificate`, `The choir sings on
#: stage (图1)`: a picture's number in brackets opening or closing the line
#: names the photo the line sits under.  Closing it, on a line no longer than
#: a heading: a sentence that points to a figure goes on or ends with a stop.
_PICTURE_NUMBER = r"[(（\[【]\s*(?:photo|picture|pic|image|figure|fig\.?|图|图片)\s*\d{1,2}\s*[)）\]】]"
_OPENING_PICTURE_NUMBER = lazy_compile(r"^\s*" + _PICTURE_NUMBER, re.IGNORECASE)
_CLOSING_PICTURE_NUMBER = lazy_compile(_PICTURE_NUMBER + r"\s*$", re.IGNORECASE)


def _numbered_picture(s: str) -> bool:
    return ("(" in s or "（" in s or "[" in s or "【" in s) and (
        _OPENING_PICTURE_NUMBER.match(s) is not None
        or (len(s) <= MAX_HEADING_CHARS and _CLOSING_PICTURE_NUMBER.search(s) is not None))


#: A line repeated under photos is a caption when it has at least this many
#: words: a phrase, not a word a page broke out of its sentence.
MIN_REPEATED_CAPTION_WORDS = 3


def _numbers(texts: list[MappedText], styles: list[tuple[str, int] | None]) -> list[int | None]:
    """The number of each numbered line (`3.` → 3, `（二）` → 2), else None."""
    from ..ordinals import split_ordinal

    out: list[int | None] = []
    for t, style in zip(texts, styles):
        found = split_ordinal(t.text) if style is not None else None
        out.append(found.number if found is not None else None)
    return out


#: `1.`, `1、` and `1,` are one marker (1、) as translations leave it, often
#: mixed in one list (`1. …` / `2、…` / `3. …`).
_TRANSLATED_DIGIT_STYLES = frozenset({"num-dot", "num-dun", "num-comma"})


def _one_style_for_translated_digits(styles: list[tuple[str, int] | None], numbers: list[int | None]) -> None:
    """A line numbered on from the line before (`2、` under `1.`) in another
    translation of 1、 takes that line's style: one list, not a list and a heading."""
    for i in range(1, len(styles)):
        here, before = styles[i], styles[i - 1]
        if here is None or before is None or here[0] == before[0] or here[0] not in _TRANSLATED_DIGIT_STYLES \
                or before[0] not in _TRANSLATED_DIGIT_STYLES:
            continue
        a, b = numbers[i - 1], numbers[i]
        if a is not None and b is not None and b == a + 1:
            styles[i] = (before[0], here[1])


def _resumes(last_heading: int | None, number: int | None, before: int | None) -> bool:
    """`3. Who can apply` / `1. …` `2. …` / `4. How to apply`: after a sub-list,
    the number that follows the last heading's (and not the line before's)
    goes back to the headings' level."""
    return last_heading is not None and number is not None and number == last_heading + 1 \
        and (before is None or number != before + 1)


def _sublist_heads(numbers: list[int | None], styles: list[tuple[str, int] | None]) -> set[int]:
    """`1. …` `2. …` `3. Recruitment targets` `1. …` `2. …`: a numbered line
    whose next line, of the same style, starts again from 1 heads the new
    list (the numbering of the page is one level short): the line's number
    is above 1, the next line's is 1."""
    out: set[int] = set()
    for i in range(len(numbers) - 1):
        here, after = styles[i], styles[i + 1]
        if here is None or after is None or here[0] != after[0]:
            continue
        a, b = numbers[i], numbers[i + 1]
        if a is not None and b is not None and a > 1 and b == 1:
            out.add(i)
    return out


def _repeated_short_lines(texts: list[MappedText], styles: list[tuple[str, int] | None],
                          contents: set[int] | frozenset[int] = frozenset()) -> set[str]:
    """The unnumbered lines short enough for a heading, and long enough for a
    caption, that stand more than once in the body; not an entry of a table
    of contents, which the title of its part says again further down."""
    seen: dict[str, int] = {}
    for t, style in zip(texts, styles):
        if style is None and len(t.text) <= MAX_HEADING_CHARS and _word_count(t.text) >= MIN_REPEATED_CAPTION_WORDS:
            seen[t.text] = seen.get(t.text, 0) + 1
    return {s for s, n in seen.items() if n > 1} - {texts[k].text for k in contents}


def _in_list(h: _Here, kind: str) -> bool:
    """A numbered line with a neighbour of its style is an item; Chapter /
    Section / Case lines title what follows and never form a list."""
    return kind in (h.prev_style, h.next_style) and kind not in _TITLE_STYLES


def _is_numbered_heading(h: _Here) -> bool:
    """`一、Overview` over prose (or over a list, or a `Key: value` row): a
    numbered line that is short, not in a list and not a bullet; an ordinal
    (`First, …`) heads its section whatever follows, and so does a line of
    the style of an earlier numbered heading (parallel structure: `1.` was a
    heading, so is `2.`, whatever stands under it).  In a list, a line over a
    new list of its style numbered from 1 is the new list's heading."""
    if h.style is None:
        return False
    kind, length = h.style
    rest = h.text.text[length:].strip()
    if _in_list(h, kind) and not (h.sublist_follows or h.resumes_headings or h.closes_list):
        return False
    nxt = h.next
    if not _is_short_heading(rest, True):
        # A one-sentence line heads prose or a sub-list only; an ordinal's,
        # prose only (`First, clear the channels.` heads what follows,
        # `Finally, thank you all.` closes a letter); an `Article 3 …`
        # sentence is a regulation's text, however short.
        if kind == "ordinal":
            # (over prose, or over a numbered line of a lower level: `First, …` / `(1) …`)
            return bool(nxt) and (_prose(nxt) and h.next_style is None or _below_ordinal(h.next_style)) \
                and not _CLOSING_ORDINAL.match(h.text.text) and _is_sentence_heading(rest)
        if h.resumes_headings and _over_sub_list(h, kind) and _one_sentence(rest):
            return True  # (`(1) …` heading / its list / `(2)` + a long sentence / its list: parallel numbering)
        if h.resumes_headings and _is_long_parallel_title(rest) and bool(nxt) and _prose(nxt) and h.next_style is None:
            return True  # (`I. General aims` / text / `II. Main tasks and who carries them out among …` / text)
        if kind in _LONG_TITLE_STYLES and _is_long_named_title(rest) and bool(nxt) and _prose(nxt) and h.next_style is None:
            return True  # (`I. The Year in Review: What the County Did for Its Farmers …` / text)
        if _over_numbered_title(h, kind) and _is_long_parallel_title(rest):
            return True  # (`1. Making the county's wells safe for every household …` / `(1) Aims` / text)
        return kind not in _NO_SENTENCE_HEADING and bool(nxt) and (_prose(nxt) or h.next_style is not None) \
            and _is_sentence_heading(rest)
    # (`2. Site visits` over a line cut by the page: `1. …` headed a section, so does `2. …`)
    if kind == "bullet":
        return _is_lone_bullet_heading(h, rest)
    return (not nxt or _prose(nxt) or h.next_style is not None or _key_value(nxt)
            or h.style_headed or is_bare_division(nxt) or h.alternates or _over_its_outline(h)) \
        or kind in _SECTION_LEVEL_STYLES


def _is_outline_heading(h: _Here) -> bool:
    """`1.2 Background` on a line of its own: short as a heading, with no
    mark at its end (`2.2 Duration:` over its value, and `2.3 Scope: the
    works …`, are a form's rows), it titles what follows (see :mod:`.outline`):
    text, or its first sub-part; not a line numbered at its own level."""
    found = outline_number(h.text.text) if h.style is None else None
    if found is None:
        return False
    rest = h.text.text[len(found[0]):].strip()
    below = outline_number(h.next)
    if below is not None and len(below[1]) <= len(found[1]):
        return False  # (`1.1 Aims` / `1.2 Costs` / …: entries of a list or of the contents, not parts over their text)
    return _is_short_heading(rest) and rest[-1:].isalnum() and bool(h.next)


def _over_its_outline(h: _Here) -> bool:
    """`1. Introduction` / `1.1 Background`: the part the sub-numbers divide (see :mod:`.outline`)."""
    from ..ordinals import split_ordinal

    found = split_ordinal(h.text.text)
    return found is not None and opens_outline(found.number, h.next)


#: A numbered heading that goes on from the numbered headings before it may run to
#: this many words and characters: one heading of a document's list of
#: headings is often long (`II. Main tasks and who carries them out among
#: the townships, the county departments, the village committees …`),
#: past a lone heading's MAX_HEADING_WORDS.  About twice that limit, below
#: a paragraph's length.
MAX_PARALLEL_TITLE_WORDS = 32
MAX_PARALLEL_TITLE_CHARS = 220


def _is_long_parallel_title(rest: str) -> bool:
    """A title too long for a lone heading, numbered on from the headings
    before it (parallel structure is the evidence): one phrase, with no
    sentence's end in it or after it, in English, capitalised."""
    t = rest.strip()
    return 0 < len(t) <= MAX_PARALLEL_TITLE_CHARS and _word_count(t) <= MAX_PARALLEL_TITLE_WORDS \
        and t[:1].isupper() and first_sentence_end(t) == -1 and not _ends_like_sentence(t) \
        and not _key_value(t) and _HAN_IN.search(t) is None


#: The styles that number a document's parts, never a list's points alone
#: (see _SECTION_LEVEL_STYLES; an ordinal word has rules of its own).
_LONG_TITLE_STYLES = frozenset({"roman", "cn"})
#: A title's name before its colon (`The Year in Review: …`) has at least
#: this many words; a field's label (`Time: …`, `Venue: …`) fewer.
MIN_TITLE_NAME_WORDS = 3


def _is_long_named_title(rest: str) -> bool:
    """`The Year in Review: What the County Did …`: a long title (see
    :func:`_is_long_parallel_title`: one phrase, capitalised, no sentence's
    end) after a name of a few words and a colon, no field's label; under
    `I.` or `一、` alone, over prose, it titles the part, as it would next
    to its peers."""
    name, colon, title = rest.partition(":")
    if not colon:
        name, colon, title = rest.partition("：")
    return bool(colon) and len(name.split()) >= MIN_TITLE_NAME_WORDS and (name[:1].isupper() or name[:1].isdigit()) \
        and first_sentence_end(name) == -1 \
        and _is_long_parallel_title(title.strip()) and len(rest) <= MAX_PARALLEL_TITLE_CHARS \
        and _word_count(rest) <= MAX_PARALLEL_TITLE_WORDS


def _over_numbered_title(h: _Here, kind: str) -> bool:
    """The next line is numbered in another style and short as a heading
    (`(1) Overall requirements`): a title of a lower level, so this line
    titles a higher one, however long (one phrase, see
    :func:`_is_long_parallel_title`), and is no list's entry."""
    if not _over_sub_list(h, kind) or h.next_style in _TITLE_STYLES or h.next_style == "article":
        return False
    found = marker(h.next)
    return found is not None and _is_short_heading(h.next[found[1]:].strip(), True)


def _below_ordinal(style: str | None) -> bool:
    """A numbered line of another style than an ordinal's (`(1)`, `1.`): a
    lower level of the enumeration that `First, …` opens."""
    return style is not None and style not in ("ordinal", "bullet") and style not in _TITLE_STYLES and style != "article"


def _over_sub_list(h: _Here, kind: str) -> bool:
    """The next line is numbered in another style: a list under this line."""
    return h.next_style is not None and h.next_style != kind and h.next_style != "bullet"


def _one_sentence(rest: str) -> bool:
    """One sentence (or a phrase) of at most MAX_LEAD_SENTENCE_WORDS words, in English."""
    end = first_sentence_end(rest)
    return (end == -1 or end >= len(rest.rstrip())) and _word_count(rest) <= MAX_LEAD_SENTENCE_WORDS \
        and _HAN_IN.search(rest) is None


def _alternating_numbers(styles: list[tuple[str, int] | None], numbers: list[int | None]) -> set[int]:
    """`1. Time` / `July 20, at nine` / `2. Place` / `Town hall`: numbered
    lines of one style, each with unnumbered text under it, and numbered on
    from one to the next (parallel titles: a list's entries stand together).
    Each of them titles the line under it, however short."""
    out: set[int] = set()
    last: dict[str, tuple[int, int]] = {}  # style -> (line, number) of the last such line
    for i in range(len(styles) - 1):
        here, number = styles[i], numbers[i]
        before = styles[i - 1] if i else None
        if here is None or number is None or styles[i + 1] is not None or (before is not None and before[0] == here[0]):
            continue
        found = last.get(here[0])
        if found is not None and number == found[1] + 1:
            out.update((found[0], i))
        last[here[0]] = (i, number)
    return out


#: Marker styles that number a document's sections, never a list's entries
#: alone: an ordinal (`First, …`), a Roman numeral (`I.`, as 一、 is
#: translated) and a Chinese numeral (`一、`).  A short line of one of them,
#: with no line of its style beside it, heads what follows, however short
#: that is (`I. Application period` / `From now until May 10`).
_SECTION_LEVEL_STYLES = frozenset({"ordinal", "roman", "cn"})


def _is_lone_bullet_heading(h: _Here, rest: str) -> bool:
    """`• Results of the campaign` / `First, …`: a bulleted line with no
    bulleted line beside it is no list; short, capitalised and over prose
    (or over a numbered line of another style) it heads what follows."""
    return h.prev_style != "bullet" and h.next_style != "bullet" and bool(h.next) and rest[:1].isupper() \
        and ((_prose(h.next) and h.next_style is None) or h.next_style is not None)


def _is_contents_entry(h: _Here) -> bool:
    return h.contents_entry


def _contents_entries(texts: list[MappedText], styles: list[tuple[str, int] | None]) -> set[int]:
    """The lines of a table of contents: in a run of at least
    ``MIN_CONTENTS_ENTRIES`` consecutive division lines (`Chapter I …`,
    `Chapter 2 …`, nothing between them), every line but the last.  The
    last one titles the first chapter, which follows the contents at once;
    unless it numbers on from the line before (`Chapter VI …` / `Chapter
    VII …`): then it is the contents' last entry, and the first chapter
    comes later.  Under a `Contents` line, an unnumbered short line right
    over the run (`General Principles`, a preamble's title) is its first entry."""
    out: set[int] = set()
    run: list[int] = []
    for i, style in enumerate([*styles, None]):
        if style is not None and style[0] in _DIVISION_STYLES:
            run.append(i)
            continue
        if len(run) >= MIN_CONTENTS_ENTRIES:
            last = _division_number(texts[run[-1]].text, styles[run[-1]])
            before = _division_number(texts[run[-2]].text, styles[run[-2]])
            out.update(run if last is not None and before is not None and last == before + 1 else run[:-1])
            first = run[0]
            if first >= 2 and styles[first - 1] is None and _is_short_heading(texts[first - 1].text) \
                    and is_contents_line(texts[first - 2].text):
                out.add(first - 1)
        run = []
    return out


_DIVISION_NUMBER = lazy_compile(r"^\S+\s+([^\s:：.．]+)")


def _division_number(text: str, style: tuple[str, int] | None) -> int | None:
    """The number of a division line (`Chapter VII …` → 7, `Part 2 …` → 2, `Chapter Three` → 3), else None."""
    from ..ordinals import chinese_number, roman_number, word_number

    m = _DIVISION_NUMBER.match(text[:style[1]]) if style is not None else None
    if m is None:
        return None
    token = m.group(1)
    if token.isdigit():
        return int(token)
    return chinese_number(token) or word_number(token) or (roman_number(token) if token.isupper() else None)


#: Marker styles whose one-sentence lines never head a section: bullets, a
#: regulation's articles (and its divisions, whose titles have no full
#: stop); an ordinal's only over prose, and not a closing one.
_NO_SENTENCE_HEADING = frozenset({"bullet", "ordinal", "article"}) | _TITLE_STYLES
_CLOSING_ORDINAL = lazy_compile(r"^(?:finally|lastly)\b", re.IGNORECASE)


def _is_sentence_heading(rest: str) -> bool:
    """`1. The case of a bakery that sold cakes past their date.`, `2. Please
    register on arrival:`: a numbered line of one English sentence, short as
    a heading, with its full stop or colon, or the semicolon a translated
    title keeps (`(1) strengthen the leadership;`, from `；`).  Alone of its
    style (not in a list) and over prose or a sub-list, it titles what
    follows: a list's items stand together.  (A Chinese sentence, `。`, is
    text left untranslated.)"""
    if not rest.endswith((".", ":", ";")) or (not rest.isascii() and _HAN_IN.search(rest)):  # (no Han in ASCII)
        return False
    end = first_sentence_end(rest)
    return (end == -1 or end == len(rest)) and _is_short_heading(rest[:-1].rstrip(), True)


_HAN_IN = lazy_compile(f"[{HAN_SPAN}]")


def _is_numbered(h: _Here) -> bool:
    return h.style is not None


def _is_lone_ordinal(h: _Here) -> bool:
    """`Finally, all the guests planted a tree by the gate.`: a paragraph
    opened by an ordinal word, with no ordinal line right before or after
    it, is running text: the word links it to the paragraphs before (a
    report's `Finally,`, a `Secondly,` after a `First of all,`), as
    machine translation leaves 最后 and 其次.  Ordinal lines side by side
    (`First, …` / `Second, …`) are a list's entries, and a short `First, …`
    line over prose still heads its section (read before this).  Checked
    on the tuning sites of the real-page set: six sites label such a
    paragraph as text."""
    return h.style is not None and h.style[0] == "ordinal" and not _in_list(h, "ordinal")


def _is_article_provision(h: _Here) -> bool:
    """`Article 3 The township shall …`: an article of a law or a set of rules
    is the document's running text, a paragraph (as docs/labelling.md says), not
    the entry of a list; `Article 1` alone on its line, or a short title over
    the text, is a heading (read before this)."""
    return h.style is not None and h.style[0] == "article"


def _paragraph(t: MappedText) -> list[_Unit]:
    return [_Unit("paragraph", t)]


def _is_table_row(h: _Here) -> bool:
    """A table flattened into lines: cells separated by runs of spaces."""
    s = h.text.text
    # (a printable ASCII line has no space but ' ': without two in a row there is no cell gap)
    return ((not (s.isascii() and s.isprintable()) or "  " in s) and _TABLE_ROW.search(s) is not None) or (
        h.after_table_row and len(_CELL_GAP.split(s)) >= MIN_CONTINUED_TABLE_CELLS)


#: The body's first line heads the text only over a paragraph at least this
#: long (a lead-in over the story: `Democratic Electoral Reform for
#: Communities` / the report), and with at least this many words.  Set on
#: the tuning sites of the real-page set.
MIN_LEAD_HEADING_PARAGRAPH_CHARS = 150
MIN_LEAD_HEADING_WORDS = 2


def _is_plain_heading(h: _Here) -> bool:
    """A short unnumbered line over prose, over a list or over a regulation's
    first division (`Measures of Lingxi County on …` / `Chapter 1 General
    Provisions`: the attached document's name), not spam, not a date under a
    sign-off, not a line of :func:`.heading_shape.never_a_heading`; the
    body's first line only over a long paragraph."""
    s = h.text.text
    nxt = h.next
    if h.issued_title or h.under_alternate or h.in_short_run:
        return False
    shaped = _is_short_heading(s) or is_contents_line(s) or _is_named_title(h) or is_colon_heading(s) \
        or _is_phrase_colon_title(h) or _lower_case_title_between_sentences(h)
    over = bool(nxt) and (_prose(nxt) and h.next_style is None or h.list_follows
                          or h.next_style in _DIVISION_STYLES or _over_numbered_heading(h) or _over_dateline(h)
                          or h.over_contents and is_contents_line(s) or _titles_numbered_run(h)) \
        or (not nxt and h.has_units and is_bare_division(s))  # (`Article 2` where the page was cut: it heads the text it lost)
    if not (shaped and over and not lexicon.has_spam(s) and not _is_date_line(s) and not never_a_heading(h.text)
            and not is_dateline(s)):
        return False
    # (over a paragraph that opens with the headline's words, as a decree's
    # first sentence does, the headline would look cut: the line stays a paragraph)
    return h.has_units or (h.list_follows and is_colon_heading(s)) or (h.over_contents and is_contents_line(s)) or ((len(nxt) >= MIN_LEAD_HEADING_PARAGRAPH_CHARS or _title_cased(s) and nxt.rstrip().endswith(_FULL_STOPS)) and _word_count(s) >= MIN_LEAD_HEADING_WORDS
                           and h.next_style is None and not h.next_opens_with_title
                           and not lexicon.letter_phrase().fullmatch(s.strip())  # (`Dear parents` opens a letter)
                           and not _holds_full_date(s))  # (`Lingxi Weekly Updated on 2025-01-24`: a header row left over)


#: A heading in lower case (`improve the roads`) has at least this many
#: words, and at most this many: a short phrase, not a sentence's remains.
MIN_LOWER_CASE_TITLE_WORDS = 2
MAX_LOWER_CASE_TITLE_WORDS = 8


def _lower_case_title_between_sentences(h: _Here) -> bool:
    """`improve the roads` between two paragraphs: a title the translation
    left in lower case (its source had no capitals to keep).  A sentence
    ended right above it and a new one opens right under it, in a capital,
    so it is no broken line of either; short, with no mark at its end.
    Seen on two tuning sites of the real-page set, whose golds head the
    text under it."""
    s = h.text.text.strip()
    return s[:1].islower() and MIN_LOWER_CASE_TITLE_WORDS <= _word_count(s) <= MAX_LOWER_CASE_TITLE_WORDS \
        and s[-1:].isalnum() and _is_short_heading(s, True) and h.prev.rstrip().endswith(_FULL_STOPS) \
        and h.next[:1].isupper() and _prose(h.next) and h.next_style is None


#: A title-cased heading has this many words, every one of at least
#: TITLE_CASE_WORD_LETTERS letters opening in a capital (`Grassland
#: Protection`); a longer title-cased line is a document's formal name
#: (`Notice of … on Issuing …`), which names the whole text, not a section.
MIN_TITLE_CASED_WORDS = 2
MAX_TITLE_CASED_WORDS = 8
TITLE_CASE_WORD_LETTERS = 4
#: A paragraph, not an addressee (`All township offices:`), ends on one of these.
_FULL_STOPS = (".", "。", "!", "！", "?", "？", "”", '"')


def _title_cased(s: str) -> bool:
    """`Grassland Protection`, `Rules for Village Wells`: every longer word
    capitalised, no figure: a title's case, which a sentence or a deck over
    the text does not take."""
    words = s.split()
    return MIN_TITLE_CASED_WORDS <= len(words) <= MAX_TITLE_CASED_WORDS and not any(c.isdigit() for c in s) and all(
        w[:1].isupper() for w in words if sum(c.isalpha() for c in w) >= TITLE_CASE_WORD_LETTERS)


#: Short unpunctuated lines in a row, this many or more, are lines of one
#: block (a verse, a slogan, a deck of several lines, a list without
#: bullets), none of them a heading: a heading stands over text, and two
#: headings in a row are the most a page stacks.
MIN_SHORT_LINE_RUN = 4


def _short_line_runs(texts: list[MappedText], styles: list[tuple[str, int] | None]) -> set[int]:
    """The lines of runs of at least ``MIN_SHORT_LINE_RUN`` consecutive
    unnumbered lines that are short as a heading and end no sentence (see
    :func:`_in_short_line_run`); but the last one when a long line or a
    numbered one follows the run."""
    out: set[int] = set()
    run: list[int] = []
    for i in range(len(texts) + 1):
        if i < len(texts) and styles[i] is None and _in_short_line_run(texts[i].text):
            run.append(i)
            continue
        if len(run) >= MIN_SHORT_LINE_RUN:
            # (the run's last line over a long paragraph or a numbered line may
            # head it: `Zhou Lan` / `Mayor of Lanxi` / `Review of the year` / the text)
            heads_next = i < len(texts) and (len(texts[i].text) >= MIN_PROSE_CHARS or styles[i] is not None)
            out.update(run[:-1] if heads_next else run)
        run = []
    return out


def _in_short_line_run(s: str) -> bool:
    """A line of a block of short lines: short as a heading, no sentence's
    end; not a `Label: value` row, a date or a `Contents` line, which
    stand in any block of lines."""
    return _is_short_heading(s, True) and not _key_value(s) and not _is_date_line(s) and not is_contents_line(s)


def _heading_shaped_line(h: _Here) -> bool:
    """A line of its own with a plain heading's shape and none of the shapes
    that are something else (a byline, a date, a signer, spam, a note in
    brackets: `(Adopted at … on May 5, 2023)`), after some text: what
    :func:`_is_plain_heading` asks of a line but what it stands over."""
    return h.has_units and _heading_shaped(h)


def _heading_shaped(h: _Here) -> bool:
    """:func:`_heading_shaped_line` wherever the line stands (the body's first line too)."""
    s = h.text.text
    return h.style is None and not h.issued_title and not h.repeats_title and _is_short_heading(s) \
        and not (s[:1] in "(（" and s.endswith((")", "）"))) \
        and not lexicon.has_spam(s) and not _is_date_line(s) and not is_dateline(s) and not is_signer(s) \
        and not never_a_heading(h.text)


#: The body's first line, shaped as a heading, heads the text under it when
#: at least this many unnumbered lines of the same shape head sections
#: further down (parallel structure): one more would be a page's pattern
#: seen once.  Set on this project's structure probe (tests/test_structure_probe.py).
MIN_PEER_PLAIN_HEADINGS = 2


def _first_of_parallel_headings(units: list[_Unit]) -> None:
    """`Roads and bridges` / text … `Schools and clinics` / text …
    `Water for the farms` / text: the body's first line, a short line of its
    own over text, is the first of a row of unnumbered headings when the
    body's later sections are headed by lines of its shape; alone at the
    top it might be a deck or a tag, so it heads its text only when over a
    long paragraph (:func:`_is_plain_heading`), but its peers show it is
    the first heading."""
    if len(units) < 2 or units[0].kind != "paragraph" or units[1].kind not in ("paragraph", "item") \
            or units[1].kind == "paragraph" and units[1].text.text[:1].islower():  # (`Looking back on` / `a busy year …`: one sentence cut)
        return
    shape = plain_heading_shape(units[0].text.text)
    peers = sum(1 for u in units[1:] if u.kind == "heading" and not u.lead and marker(u.text.text) is None
                and plain_heading_shape(u.text.text) == shape)
    if shape is not None and peers >= MIN_PEER_PLAIN_HEADINGS:
        units[0] = _heading(units[0].text)[0]


def _later_parallel_headings(units: list[_Unit], shaped: set[int]) -> None:
    """`Who may apply` / text … `What it pays` / text … `How long it lasts` /
    text: a line of a heading's shape left as a paragraph (glued to the text
    above, or over a short paragraph) heads its text when at least
    MIN_PEER_PLAIN_HEADINGS headings of the body have its shape (parallel
    structure is the evidence).  Not next to a date line: a signer's post
    over the date, or a list of dated links, has the shape too."""
    for k in sorted(shaped):
        if not 0 < k < len(units) - 1 or units[k].kind != "paragraph" or units[k + 1].kind not in ("paragraph", "item") \
                or _is_date_line(units[k - 1].text.text) or _is_date_line(units[k + 1].text.text):
            continue  # (`President of …` / `August 20, 2021`: a signer's post over the date; a dated list of links)
        s = units[k].text.text
        shape = plain_heading_shape(s)
        peers = sum(1 for u in units if u.kind == "heading" and not u.lead and marker(u.text.text) is None
                    and plain_heading_shape(u.text.text) == shape)
        if shape is not None and peers >= MIN_PEER_PLAIN_HEADINGS:
            units[k] = _heading(units[k].text)[0]


def _first_line_shaped(h: _Here) -> bool:
    """The body's first line has a plain heading's shape, or a phrase-colon
    title's (`Scope of support:`) when other lines of the body have that
    shape too (see :func:`_is_phrase_colon_title`)."""
    return _heading_shaped(h) or (h.style is None and h.colon_peers and not h.repeats_title
                                  and is_phrase_colon_heading(h.text.text))


def plain_heading_shape(s: str) -> tuple[bool, bool] | None:
    """What makes unnumbered headings peers: a short line or a phrase-colon
    line (which of the two), in title case or not; None for neither."""
    if _is_short_heading(s):
        return False, _capitalised(s)
    if is_phrase_colon_heading(s):
        return True, _capitalised(s)
    return None


def _headings_over_headings(units: list[_Unit], shaped: set[int]) -> None:
    """`Support measures` / `Checking the fields` / the text: a line shaped as
    a heading, between the text above and a heading, heads a higher level
    (its section holds no text of its own) and is no paragraph.  Two lines
    in title case (`On Flood Control` / `Works for the Year`) may be one
    heading the page broke in two: the first stays text, as before."""
    for k in sorted(shaped):
        if 0 < k < len(units) - 1 and units[k + 1].kind == "heading" and units[k - 1].kind in ("paragraph", "item") \
                and not (_capitalised(units[k].text.text) and _capitalised((units[k + 1].heading_text or units[k + 1].text).text)):
            units[k] = _heading(units[k].text)[0]


def _capitalised(s: str) -> bool:
    """Every word of at least TITLE_CASE_WORD_LETTERS letters opens in a capital (figures allowed)."""
    long_words = [w for w in s.split() if sum(c.isalpha() for c in w) >= TITLE_CASE_WORD_LETTERS]
    return bool(long_words) and all(w[:1].isupper() for w in long_words)


def _titles_numbered_run(h: _Here) -> bool:
    """`Support measures:` / `1. …`: a phrase-colon title, of a shape other
    lines of the body share (parallel titles), over a numbered line names
    the list or the parts that follow, however long its first entry."""
    return h.colon_peers and h.next_style is not None and h.next_style != "bullet" and _is_phrase_colon_title(h)


def _is_phrase_colon_title(h: _Here) -> bool:
    """`Scope of support:` (see :func:`.heading_shape.is_phrase_colon_heading`)
    after some text: over a list it names the list; over prose only when
    another line of the body has its shape (parallel titles: `Who can
    apply:` … `How to ask:`), since one such line alone over prose may be a
    sentence's opening the page broke off."""
    return h.has_units and (h.list_follows or h.colon_peers) and is_phrase_colon_heading(h.text.text)


#: Phrase-colon lines (`Scope of support:`) title prose when the body holds
#: at least this many of them (parallel titles).
MIN_PHRASE_COLON_PEERS = 2


def _phrase_colon_lines(texts: list[MappedText]) -> int:
    """How many lines of the body are phrase-colon lines (cheap test first:
    the final colon), numbered or not: `Rules in brief:` over `1. Parking
    sheds:` … `2. Charging:` has peers of its shape a level below."""
    return sum(1 for t in texts if t.text.endswith((":", "：")) and is_phrase_colon_heading(_unnumbered(t.text)))


def _unnumbered(s: str) -> str:
    """``s`` without its enumeration marker (`1. Scope of support:` → `Scope of support:`)."""
    found = marker(s)
    return s[found[1]:].strip() if found is not None else s


#: `Name: Title` lines with a short title head their text when the body
#: holds at least this many of them, each over prose (parallel titles).
MIN_NAMED_TITLE_PEERS = 2


def _named_title_peers(texts: list[MappedText], styles: list[tuple[str, int] | None]) -> int:
    """How many unnumbered `Name: Title` lines, short title allowed, stand
    over prose (cheap test first: a colon in a short line)."""
    return sum(1 for i, t in enumerate(texts[:-1])
               if styles[i] is None and len(t.text) <= MAX_HEADING_CHARS and (":" in t.text or "：" in t.text)
               and is_named_title(t.text, True) and styles[i + 1] is None and _prose(texts[i + 1].text)
               and not _key_value(texts[i + 1].text))


def _over_dateline(h: _Here) -> bool:
    """`Ferry line reopens` / `Riverside Evening Post, May 9, 2024` / the
    story: a story's headline over its dateline (see :func:`.section_cues.is_dateline`)."""
    return h.has_units and h.next_style is None and bool(h.after_next) and _prose(h.after_next) \
        and marker(h.after_next) is None and is_dateline(h.next) \
        and not (_is_date_line(h.next) and (is_signer(h.text.text) or not _ends_like_sentence(h.after_next)))
    # (an office or a role over a bare date signs what is above; so does any
    # short line over a bare date over a title, not over the story's text:
    # `Lanxi Department of Forestry` / `March 15, 2024` / `Rules for …`)


#: Marker styles of a numbered heading that a plain heading may stand over;
#: capital letters too (`Services` / `A. Income support` / text / `B. Housing`),
#: which number a document's parts as the other styles do (see ordinals.split_heading_ordinal).
_SUBHEADING_STYLES = frozenset({"cn", "cn-paren", "roman", "roman-paren", "num-paren", "num-word", "num-dun", "num-dot",
                                "letter-upper"})


def _over_numbered_heading(h: _Here) -> bool:
    """`Central subsidy policies` / `(I) Subsidies for village libraries` /
    `1. …`: over a numbered line that is short and heads something else
    (the line after it is not of its style), a short line is the heading
    of a higher level.  Not right under a heading, nor between two numbered
    lines of one style: there it is the text of the one above
    (`三、Members of the committee` / the members' names / `四、…`)."""
    if h.next_style not in _SUBHEADING_STYLES or h.list_follows or h.after_heading or h.prev_style == h.next_style:
        return False
    found = marker(h.next)
    return found is not None and _is_short_heading(h.next[found[1]:].strip(), True)


def _is_named_title(h: _Here) -> bool:
    """`Dongling Street: Old wells and a night market …` (see :func:`.heading_shape.is_named_title`)
    standing alone: a `Label: value` row next to another is a field of a
    list of fields (`Time: …` / `Place: …`), and a second label in the line
    (`Contact: Mr. Zhou  Tel: …`) makes it a row of fields.  Never the
    body's first line: there it is the story's own headline under a column's;
    unless other lines of its shape title the text under them (parallel
    titles: `Model Village: Dongpo Village` … `Model Village: Xiling Village`).
    Alone between two paragraphs of prose (a sentence ended above it, a
    long line under it), a shorter title in any case heads the text under
    it too (`Building the market: what the farmers did`): a label's value
    there would stand beside other rows, not between paragraphs."""
    s = h.text.text
    between = h.has_units and len(h.prev) >= MIN_PROSE_CHARS and _ends_like_sentence(h.prev) \
        and len(h.next) >= MIN_PROSE_CHARS and h.next_style is None
    return (h.has_units or h.named_peers) and not h.beside_field_row and is_named_title(s, h.named_peers, between) \
        and len(_COLON.findall(s)) == 1 \
        and _is_short_heading(_KEY_VALUE_LABEL.sub("", s, count=1), True)  # (its case: is_named_title's)


_COLON = lazy_compile(r"[:：]")
_KEY_VALUE_LABEL = lazy_compile(r"^[^:：]{1,60}[:：]\s*")


def _beside_field_rows(texts: list[MappedText]) -> list[bool]:
    """For each line: is the line before or after it a `Label: value` row?"""
    rows = [False, *map(_key_value, (t.text for t in texts)), False]
    return [rows[k] or rows[k + 2] for k in range(len(texts))]


#: `The first is …` (一是), at the start of a line.
_CHAIN_OPENING = lazy_compile(r"^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+is\b",
                              re.IGNORECASE)


def _is_chain_link_heading(h: _Here) -> bool:
    """`The first is to lead the rescue in person.` on a line of its own, one
    short sentence over prose: a link of an enumeration (一是) whose
    elaboration follows, a lead sentence that heads its section.  Not next
    to another link (`The first is that … .` / `The second is that … .`):
    links one under the other are peers, paragraphs of one enumeration, and
    none of them heads the others."""
    s = h.text.text
    return h.style is None and h.has_units and bool(h.next) and _prose(h.next) and h.next_style is None \
        and _CHAIN_OPENING.match(s) is not None and _is_sentence_heading(s) \
        and _CHAIN_OPENING.match(h.next) is None and _CHAIN_OPENING.match(h.prev) is None


def _opens_chain(s: str) -> bool:
    """Does ``s`` open with an enumeration chain (`The first is … The second is …`)?"""
    if not _may_chain_links(s, MIN_CHAIN_LINKS):
        return False
    starts = [m.start("m") for m in _CHAIN.finditer(s)]
    return len(starts) >= MIN_CHAIN_LINKS and starts[0] == 0


def _is_lead_line_over_chain(h: _Here) -> bool:
    """`Strengthen leadership.` / `The first is … The second is …`: a lead
    sentence on a line of its own, over the enumeration it names, heads it
    as it does when the page prints both in one paragraph (see :func:`_split_paragraph`)."""
    s = h.text.text
    return h.style is None and h.has_units and s.endswith((".", "。")) and _word_count(s) <= MAX_LEAD_SENTENCE_WORDS \
        and _is_sentence_heading(s) and _opens_chain(h.next)


def _lead_line(t: MappedText) -> list[_Unit]:
    return [_Unit("heading", t, _drop_final_period(t), lead=True)]


def _caption(t: MappedText) -> list[_Unit]:
    return [_Unit("caption", t)]


def _heading(t: MappedText) -> list[_Unit]:
    """A heading as shown: without a bar or bullet that decorates it (`| History`)."""
    start = decoration_end(t.text)
    return [_Unit("heading", t, t.slice(start, len(t.text)) if start else t)]


def _item(t: MappedText) -> list[_Unit]:
    return [_Unit("item", t)]


def _table_row(t: MappedText) -> list[_Unit]:
    return [_Unit("paragraph", t, table=True)]


#: What a body line is, asked in this order; the first row whose predicate
#: holds makes the line's units.  A line no row takes is a paragraph (split
#: into a lead-sentence heading and items when it holds an enumeration chain).
_KINDS: tuple[tuple[str, Callable[[_Here], bool], Callable[[MappedText], list[_Unit]]], ...] = (
    ("caption", _is_caption, _caption),
    ("item", _is_contents_entry, _item),
    ("heading", _is_numbered_heading, _heading),
    ("paragraph", _is_article_provision, _paragraph),
    ("paragraph", _is_lone_ordinal, _paragraph),
    ("item", _is_numbered, _item),
    ("table-row", _is_table_row, _table_row),
    ("heading", _is_outline_heading, _heading),
    ("heading", _is_plain_heading, _heading),
    ("heading", _is_chain_link_heading, _heading),
    ("heading", _is_lead_line_over_chain, _lead_line),
)


def _title_repeat(title: str | None) -> Callable[[str], bool]:
    """A test: is a text the headline ``title`` again (same words, any case and
    punctuation; or the same letters with words run together, `Notice onIssuing
    …`, a copy the spacing rules repaired in the headline only)?"""
    norm_title = _norm(title) if title else None
    if not norm_title:
        return lambda s: False
    # The first word of a normalised text is its first word-character run,
    # lower-cased: a cheap necessary test before normalising a whole paragraph
    # (a run-together copy may glue the second word to it: compare the shorter's length).
    title_word = norm_title.split(" ", 1)[0]
    title_letters = norm_title.replace(" ", "")

    def repeats(s: str) -> bool:
        word = _first_word(s)
        if word is None or word[:len(title_word)] != title_word[:len(word)]:
            return False
        norm = _norm(s)
        return norm == norm_title or norm.replace(" ", "") == title_letters

    return repeats


#: A line at the top of the body says the headline again, in its own words,
#: when it has at least this many words and at least this share of them are
#: the headline's (`Announcement on Water Testing in Lingxi County` under
#: `Lingxi county announcement of water testing on 2 May`).  Set on the
#: tuning sites of the real-page set.
MIN_RESTATED_TITLE_WORDS = 6
MIN_RESTATED_TITLE_SHARE = 0.85


def _title_restatements(texts: list[MappedText], title: str | None) -> set[int]:
    """The body's first lines, up to the first that is not one, that say the
    headline again (see ``MIN_RESTATED_TITLE_SHARE``): the document's own
    title printed once more is no heading, and no first paragraph."""
    if not title:
        return set()
    own = set(_norm(title).split())
    out: set[int] = set()
    for i, t in enumerate(texts):
        words = _norm(t.text).split()
        if len(words) < MIN_RESTATED_TITLE_WORDS or sum(map(own.__contains__, words)) < MIN_RESTATED_TITLE_SHARE * len(words):
            break
        out.add(i)
    return out


def _neighbour_styles(styles: list[tuple[str, int] | None]) -> list[tuple[str | None, str | None, bool]]:
    """For each line: the marker style of the line before and of the line
    after (None when unnumbered), and whether the next two lines are items of
    one style (a list follows)."""
    names = [style[0] if style else None for style in styles] + [None, None]
    return [(names[i - 1] if i > 0 else None, names[i + 1], names[i + 1] is not None and names[i + 1] == names[i + 2])
            for i in range(len(styles))]


def classify(lines: Sequence[Line], title: str | None, rerepair=None,
             captions: frozenset[int] | set[int] = frozenset()) -> list[_Unit]:
    """Turn body lines into units (heading / paragraph / item / caption) in order.

    ``rerepair`` (MappedText → MappedText) runs the line rules over text that
    segmentation joined, so the joined text is as clean as every other line.
    ``captions``: numbers of lines known to be captions by their position
    (see ``Zones.captions``).  Each line's kind is the first row of
    :data:`_KINDS` that holds.
    """
    texts = _split_glued_headings(_unwrap([ln.text.strip() for ln in lines if not ln.blank], rerepair))
    caption_starts = {ln.text.strip().span()[0] for ln in lines if ln.number in captions} if captions else set()
    styles = [marker(t.text) for t in texts]
    for k, length in bare_number_runs([t.text for t in texts], [st is not None for st in styles]).items():
        styles[k] = ("num-bare", length)
    for k, length in word_number_runs([t.text for t in texts], [st[0] if st else None for st in styles]).items():
        styles[k] = ("ordinal", length)  # (`First, …` / `Two, …` / `Three …`: one list, read as ordinals)
    for k in glued_bullet_runs([t.text for t in texts], [st is not None for st in styles]):
        styles[k] = ("bullet", 1)
    repeats_title = _title_repeat(title)
    restated = _title_restatements(texts, title)
    if not restated and len(texts) > 1 and marker(texts[0].text) is None and _prose(texts[1].text) \
            and rewords_title(texts[0].text, title):
        restated = {0}
    contents = _contents_entries(texts, styles)
    headed: dict[str, int | None] = {}  # the styles of the numbered headings so far, with the last one's number
    repeated = _repeated_short_lines(texts, styles, contents)
    numbers = _numbers(texts, styles)
    _one_style_for_translated_digits(styles, numbers)
    sublist_heads = _sublist_heads(numbers, styles)
    alternating = _alternating_numbers(styles, numbers)
    beside_field_row = _beside_field_rows(texts)
    closes_list = closing_list_titles([t.text for t in texts], styles, numbers)
    issued = issued_titles(
        [t.text for t in texts], _is_date_line,
        lambda j: styles[j] is None and _is_short_heading(texts[j].text, True),
        lambda j: styles[j] is None and _prose(texts[j].text))
    colon_peers = _phrase_colon_lines(texts) >= MIN_PHRASE_COLON_PEERS
    named_peers = _named_title_peers(texts, styles) >= MIN_NAMED_TITLE_PEERS
    short_runs = _short_line_runs(texts, styles)
    shaped_lines: set[int] = set()  # units that are a whole line shaped as a heading (see _headings_over_headings)
    first_shaped = False  # the body's first line is shaped as a heading (see _first_of_parallel_headings)
    sentence_lines: set[int] = set()  # units that are a whole line of one slogan-like sentence (see _parallel_lead_lines)
    units: list[_Unit] = []
    for i, (t, (prev_style, next_style, list_follows)) in enumerate(zip(texts, _neighbour_styles(styles))):
        style = styles[i]
        here = _Here(
            t, styles[i], prev_style, next_style,
            texts[i + 1].text if i + 1 < len(texts) else "",
            list_follows,
            bool(units) and units[-1].table,
            bool(units),
            repeats_title(t.text) or i in restated,
            bool(caption_starts) and t.span()[0] in caption_starts,
            i == 0 and len(texts) > 1 and _opens_with(texts[1].text, title),
            i in contents,
            i + 1 in contents,
            style is not None and style[0] in headed,
            beside_field_row[i],
            bool(units) and units[-1].kind == "heading",
            t.text in repeated,
            i in sublist_heads,
            style is not None and _resumes(headed.get(style[0]), numbers[i], numbers[i - 1] if i else None),
            i in closes_list,
            texts[i + 2].text if i + 2 < len(texts) else "",
            i in issued,
            colon_peers,
            named_peers,
            i in alternating,
            i - 1 in alternating,
            i in short_runs,
            texts[i - 1].text if i else "",
        )
        for _kind, holds, make in _KINDS:
            if holds(here):
                units.extend(make(t))
                if holds is _is_numbered_heading and style is not None:
                    headed[style[0]] = numbers[i]
                break
        else:
            made = _split_paragraph(t)
            if len(made) == 1 and made[0].kind == "paragraph" and _heading_shaped_line(here) and not here.in_short_run:
                shaped_lines.add(len(units))
            first_shaped = first_shaped or (not units and len(made) == 1 and made[0].kind == "paragraph"
                                            and _first_line_shaped(here) and not here.in_short_run)
            if len(made) == 1 and made[0].kind == "paragraph" and style is None and _is_slogan(t.text) \
                    and t.text.endswith((".", "。")) and _is_sentence_heading(t.text):
                sentence_lines.add(len(units))
            units.extend(made)
    _headings_over_headings(units, shaped_lines)
    _later_parallel_headings(units, shaped_lines)
    if first_shaped:
        _first_of_parallel_headings(units)
    _parallel_lead_lines(units, sentence_lines)
    _parallel_sentence_lines(units, sentence_lines)
    _promote_lead_sentences(units)
    if units and all(u.kind in ("caption", "heading") for u in units) and any(len(u.text.text) >= MIN_STORY_CAPTION_CHARS
                                                                           for u in units if u.kind == "caption"):
        # a picture story: its captions are all the text there is
        units = [_Unit("paragraph", u.text) if u.kind == "caption" else u for u in units]
    return units


#: A caption is the text of a picture story (a page of captions only) when
#: one of them is at least this long: a sentence, not a label.
MIN_STORY_CAPTION_CHARS = 80


_DANGLING = DANGLING_END
#: Enough of a line's end for _DANGLING: its longest match (four letters,
#: and a final newline ``$`` allows) plus the character its ``\b`` looks at.
_DANGLING_TAIL = 8


#: A hard-wrapped line is at least this long (a shorter one stands alone),
#: and a continuation after a dangling `of`/`and`/comma is shorter than the
#: second value (a longer one is a paragraph of its own).  Set on held-out
#: batches s180-s211 (numbered items wrapped after `of` or a comma).
MIN_WRAPPED_LINE_CHARS = 40
DANGLING_CONTINUATION_CHARS_BELOW = 80


def _unwrap(texts: list[MappedText], rerepair=None) -> list[MappedText]:
    """Join a hard-wrapped paragraph: a line that stops mid-sentence and a
    next line that goes on in lower case are one paragraph; so are a line cut
    after `of`/`and`/a comma and whatever comes next, and a heading broken
    in two short lines (see :func:`_heading_in_two_lines`)."""
    out: list[MappedText] = []
    width = wrap_width([len(t.text) for t in texts])
    for i, t in enumerate(texts):
        prev = out[-1].text if out else ""
        sep = _joins_the_line_above(texts, i, prev, width) if prev else None
        if sep is None:
            out.append(t)
            continue
        joined = join([out[-1], t], sep)
        out[-1] = rerepair(joined) if rerepair is not None else joined
    return out


def _joins_the_line_above(texts: list[MappedText], i: int, prev: str, width: int | None) -> str | None:
    """What joins line ``i`` to the (joined) line above, ``prev``: a space,
    nothing (a lone stop), or None when line ``i`` starts a line of its own."""
    t = texts[i]
    if fills(len(texts[i - 1].text), width) and not _ends_like_sentence(prev) \
            and not prev.endswith(("!", "?", "！", "？")) and marker(t.text) is None and not next_glued_entry(prev, t.text) \
            and not (t.text[:1] in "(（" and t.text.endswith((")", "）"))):  # (`(May 6, 2005)`: a whole line in brackets)
        return " "  # a hard-wrapped page: the line above fills the width and stops mid-sentence
    if _LONE_STOP.fullmatch(t.text) and not _ends_like_sentence(prev):
        return ""  # `… failed the county's spot checks` / `.`: a sentence the page broke before its full stop
    if t.text[:1] in _CONTINUING_MARKS and not _ends_like_sentence(prev) and marker(prev) is None:
        return ""  # `During the spring checks` / `, the villages of the county …`: no paragraph opens with a comma
    if is_version_note(t.text) and marker(prev) is None and _is_short_heading(prev):
        return " "  # `Rules for Village Wells` / `(Revised)`: the title's version, broken onto a line of its own
    if len(prev) < MIN_WRAPPED_LINE_CHARS and t.text[:1].islower() \
            and (_heading_in_two_lines(prev, t.text, texts[i + 1].text if i + 1 < len(texts) else "")
                 or _cut_after_function_word(prev, t.text)):
        return " "
    # Cheap tests first, the regex last, on the end of ``prev`` only (its
    # match ends there and is at most five characters long).
    if (
        len(prev) >= MIN_WRAPPED_LINE_CHARS
        and t.text
        and not prev.endswith((".", "!", "?", "。", "！", "？", ":", "：", ";", "；"))
        and not (prev[0] in "(（" and prev.endswith((")", "）")))  # (`(Adopted at … on May 5, 2023)`: a whole line in brackets)
        and (t.text[0].islower() or (len(t.text) < DANGLING_CONTINUATION_CHARS_BELOW and _DANGLING.search(prev[-_DANGLING_TAIL:])))
        and marker(t.text) is None and not next_glued_entry(prev, t.text)
        and not _heading_over_paragraph(prev, t.text)
        and not (_is_short_heading(prev) and is_dateline(t.text))  # (a story's headline over its dateline)
    ):
        return " "
    return None


#: What no paragraph opens with: a line opening with one of these goes on
#: from the line above, which the page broke off mid-sentence.
_CONTINUING_MARKS = ",，;；、"
#: A line that is only a sentence's final stop (`.`, `。`): the end of the
#: line above, which the page's markup broke off before its stop.
_LONE_STOP = lazy_compile(r"\s*[.。]\s*")


#: `All the` / `revoked offices …`: a short line that stops on an article
#: (no sentence or heading ends with one; a line with a figure is left alone,
#: a header row) goes on in the next line, in lower case.  Only articles: a
#: short line ending in `of` or `and` may be half of a heading (tried, it cost
#: a section heading on the held-out pages).
_FUNCTION_WORD_END = lazy_compile(r"(?:^|\s)(?:the|a|an)$", re.IGNORECASE)


def _cut_after_function_word(first: str, second: str) -> bool:
    return _FUNCTION_WORD_END.search(first) is not None and not any(c.isdigit() for c in first) \
        and marker(first) is None and marker(second) is None


def _heading_in_two_lines(first: str, second: str, after: str) -> bool:
    """`Measures of the Lingxi Zone` / `on the Administration of Wells` over
    prose: a heading the page broke in two, short lines both, the second
    going on in lower case.  Joined, they must still be short as a heading;
    neither is numbered, and neither ends a sentence."""
    joined = first + " " + second
    return bool(after) and _prose(after) and marker(first) is None and marker(second) is None \
        and len(second) < MIN_WRAPPED_LINE_CHARS and _is_short_heading(first) and _is_short_heading(second, True) \
        and _is_short_heading(joined)


#: A line wrapped at a page's width is at least as long as the line after
#: it; a heading shorter than this share of the paragraph under it is a line
#: of its own, however the paragraph starts.  Set on the tuning sites of the
#: real-page set (a 61-character heading over a 400-character paragraph
#: opening in lower case, as machine translation leaves it).
MAX_HEADING_SHARE_OF_PARAGRAPH = 0.3


def _heading_over_paragraph(prev: str, nxt: str) -> bool:
    """`Clearing the channels before the sowing` / `volunteers of Dongpo
    village came …`: a short capitalised line with no sentence end
    and no dangling last word, over a paragraph many times its length, is
    a heading over its paragraph, not a wrapped line (see :func:`_unwrap`)."""
    return len(prev) <= MAX_HEADING_SHARE_OF_PARAGRAPH * len(nxt) and len(nxt) >= MIN_PROSE_CHARS \
        and _is_short_heading(prev) and _DANGLING.search(prev[-_DANGLING_TAIL:]) is None


#: The words a sentence of the text opens with, capitalised, that a page
#: glues to the heading above when it drops the heading's line break
#: (`Checking the fieldsEach village will …`, `Our planThe county …`).
#: The match is the lower-case letter before the opener (its ``end()`` is
#: where the opener starts): led by a character class, the engine skips
#: ahead to a candidate, where a look-behind would be tried at every position.
#: Nearly every letter of prose is such a candidate, so the openers' first
#: letters come first, as one class: a lower-case letter followed by another
#: is turned away in one test instead of one per opener.
_GLUED_OPENERS = ("The", "This", "These", "Those", "In", "On", "At", "By", "From", "For", "With", "As", "After", "Before",
                  "During", "Since", "Each", "Every", "All", "It", "Its", "We", "Our", "They", "Their", "He", "She",
                  "His", "Her", "There", "A", "An", "To")
_GLUED_OPENER = lazy_compile(
    rf"[a-z](?=[{''.join(sorted({w[0] for w in _GLUED_OPENERS}))}])(?=(?:{'|'.join(_GLUED_OPENERS)})(?= [a-z0-9]))")
#: A heading glued to its text has at most this many words.  A shorter
#: limit than a heading's own: a longer run before a glued opener is more
#: likely a sentence that lost its stop.  Set on this project's samples (s971).
MAX_GLUED_HEADING_WORDS = 10


def _split_glued_headings(texts: list[MappedText]) -> list[MappedText]:
    """`Checking the fieldsEach village will check …`: a short heading whose
    line break the page lost, glued to the first sentence of its text, is
    put back on a line of its own: the heading's last word runs into a
    capitalised sentence opener, the heading has no sentence end, and what
    follows is prose."""
    out: list[MappedText] = []
    for t in texts:
        s = t.text
        m = _GLUED_OPENER.search(s, 0, MAX_HEADING_CHARS + 1) if len(s) > MIN_PROSE_CHARS else None
        if m is not None:
            at = m.end()  # (where the opener starts)
            head, rest = s[:at], s[at:]
            found = marker(head)
            start = found[1] if found is not None else 0
            if _word_count(head[start:]) <= MAX_GLUED_HEADING_WORDS and _word_count(head[start:]) >= 2 \
                    and _is_short_heading(head[start:]) and len(rest) >= MIN_PROSE_CHARS and _ends_like_sentence(rest):
                out.extend((t.slice(0, at), t.slice(at, len(s))))
                continue
        out.append(t)
    return out


def _opens_with(text: str, title: str | None) -> bool:
    """Does ``text`` start with the words of ``title`` (any case and punctuation)?"""
    head = _norm(title) if title else ""
    return bool(head) and _norm(text).startswith(head)


def _norm(text: str) -> str:
    return words_key(text).lower()


_WORD_RUN = lazy_compile(r"\w+")


def _first_word(text: str) -> str | None:
    """The first word of ``_norm(text)`` (None when it has none), without normalising all of it."""
    m = _WORD_RUN.search(text)
    return m.group().lower() if m else None


#: Every _CHAIN match holds one of these as a whole word, or a bracket.
_CHAIN_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth firstly secondly thirdly fourthly "
    "fifthly".split() + _WORD_NUM.split("|")
)


#: The bracketed-number branch of ``_CHAIN`` alone: it has no look-behind and
#: is tried only where a bracket stands, so a paragraph with a bracket but no
#: `(1)` / `（二）` is settled without the chain pattern's scan.
_BRACKETED_NUMBER = lazy_compile(rf"[（(]\s*(?:\d{{1,2}}|[{_CN_NUM}]{{1,2}})\s*[）)]", re.IGNORECASE)


def _may_chain_links(s: str, links: int) -> bool:
    """False only when ``_CHAIN`` cannot find ``links`` matches in ``s``.

    Every match holds its own chain word (a whole ``[a-z]+`` token of the
    lower-cased text) or its own bracketed number, so fewer of those than
    ``links`` settle it: most paragraphs with an ordinal hold one
    (`the first time`), and counting them is far cheaper than the chain
    pattern's look-behinds at every position.
    """
    if lexicon.has_case_trap(s):
        return True
    found = len(_BRACKETED_NUMBER.findall(s)) if ("(" in s or "（" in s) else 0
    return found + sum(map(_CHAIN_WORDS.__contains__, letter_runs(s.lower()))) >= links  # ([a-z]+ runs)


#: An enumeration chain (`The first is … The second is …`) has at least this
#: many links, and the sentence before it becomes a heading only when at most
#: this many words.  Set with the first segmentation on the project's first
#: samples (the seed's enumerations), unchanged since.
MIN_CHAIN_LINKS = 2
MAX_LEAD_SENTENCE_WORDS = 20


def _split_paragraph(t: MappedText) -> list[_Unit]:
    """A paragraph, or a lead-sentence heading + intro + enumeration items."""
    s = t.text
    if not _may_chain_links(s, MIN_CHAIN_LINKS):
        return [_Unit("paragraph", t)]
    starts = [m.start("m") for m in _CHAIN.finditer(s)]
    if len(starts) < MIN_CHAIN_LINKS:
        return [_Unit("paragraph", t)]
    out: list[_Unit] = []
    head_end = starts[0]
    if head_end > 0:
        lead = t.slice(0, head_end).strip()
        end = first_sentence_end(lead.text)
        if 0 < end and _word_count(lead.text[:end]) <= MAX_LEAD_SENTENCE_WORDS:
            heading = lead.slice(0, end).strip()
            out.append(_Unit("heading", heading, _drop_final_period(heading), lead=True))
            rest = lead.slice(end, len(lead.text)).strip()
            if rest.text:
                out.append(_Unit("paragraph", rest))
        else:
            out.append(_Unit("paragraph", lead))
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(s)
        item = t.slice(start, stop).strip()
        if item.text.endswith((";", "；")) and k + 1 < len(starts):
            item = item.slice(0, len(item.text) - 1).strip()
        out.append(_Unit("item", item))
    return out


def _drop_final_period(t: MappedText) -> MappedText:
    if t.text.endswith((".", "。")):
        return t.slice(0, len(t.text) - 1).strip()
    return t


_COPULA = lazy_compile(r"\b(?:is|are|was|were|be|been|being)\b", re.IGNORECASE)


#: A slogan-like first sentence promoted to a heading has at most this many
#: words, and heads an elaboration of at least this many words and sentences.
#: The word limit was set with the first segmentation on the project's first
#: samples (the seed's third section); the elaboration's size when trailing
#: photo captions were added (samples and corpus, 1502/1502 checks).
MAX_SLOGAN_WORDS = 14
MIN_ELABORATION_WORDS = 60
MIN_ELABORATION_SENTENCES = 3


#: A pronoun or a demonstrative opens a sentence of the text (`We will keep
#: at it.`), never a lead sentence that names a section.
_TEXT_OPENERS = frozenset("we i it they this these those that our you he she there here".split())


def _is_slogan(first: str) -> bool:
    """A slogan-like sentence: short, no comma, no figure, an action verb
    rather than a copula (`… is necessary.`), no pronoun first."""
    words = first.split()
    return bool(words) and len(words) <= MAX_SLOGAN_WORDS and "," not in first and "，" not in first \
        and not any(c.isdigit() for c in first) and not _COPULA.search(first) \
        and words[0].lower() not in _TEXT_OPENERS


def _after_lead_section(units: list[_Unit], i: int) -> bool:
    """Does unit ``i`` come right after the items of a section headed by a
    lead sentence (the enumeration under `Raise the money.` just ended)?"""
    if i == 0 or units[i - 1].kind != "item":
        return False
    for u in reversed(units[:i]):
        if u.kind == "heading":
            return u.lead
    return False


def _parallel_lead_lines(units: list[_Unit], lines: set[int]) -> None:
    """`Tighten supervision.` on a line of its own, over text with no
    enumeration, right after the enumeration of a section headed by a lead
    sentence: the last section's lead sentence, a heading as the others
    are (parallel structure)."""
    for k in sorted(lines):
        if k + 1 < len(units) and units[k + 1].kind == "paragraph" and _after_lead_section(units, k):
            units[k] = _lead_line(units[k].text)[0]


#: A slogan-like sentence on a line of its own heads the text under it when
#: the paragraphs on both sides of it are at least this many times its
#: length, and the body holds at least MIN_PARALLEL_SENTENCE_LINES such lines
#: (parallel structure).  Set on the tuning sites of the real-page set.
MIN_PARAGRAPH_TO_SENTENCE_LINE = 3
MIN_PARALLEL_SENTENCE_LINES = 2


def _between_long_paragraphs(units: list[_Unit], k: int) -> bool:
    """Unit ``k`` stands between two paragraphs, each several times its length."""
    if not 0 < k < len(units) - 1:
        return False
    before, after = units[k - 1], units[k + 1]
    least = MIN_PARAGRAPH_TO_SENTENCE_LINE * len(units[k].text.text)
    return before.kind == "paragraph" and after.kind == "paragraph" and not before.table and not after.table \
        and len(before.text.text) >= least and len(after.text.text) >= least


def _parallel_sentence_lines(units: list[_Unit], lines: set[int]) -> None:
    """`All the bins left the stairwells first.` / a long paragraph … `Old
    habits were the hardest part.` / a long paragraph: short slogan-like
    sentences, each on a line of its own between paragraphs several times
    longer, at least two of them in the body: they head the sections they
    stand over (the same shape repeated), as a lead sentence does."""
    found = [k for k in sorted(lines) if units[k].kind == "paragraph" and _between_long_paragraphs(units, k)]
    if len(found) < MIN_PARALLEL_SENTENCE_LINES:
        return
    for k in found:
        units[k] = _lead_line(units[k].text)[0]


#: After the enumeration of a section headed by a lead sentence, the next
#: paragraph's slogan-like first sentence heads the last section over an
#: elaboration of at least this many words (one sentence or more): a shorter
#: text than the page's other lead sections need, since the sections before
#: show the page's shape.  Set on this project's own samples (s968).
MIN_PARALLEL_ELABORATION_WORDS = 12


def _promote_lead_sentences(units: list[_Unit]) -> None:
    """Once a page uses lead-sentence headings, a later paragraph opened by a
    short slogan-like sentence is a heading too (the seed's third section);
    right after a lead section's enumeration, over a shorter elaboration."""
    if not any(u.lead for u in units):
        return
    i = 0
    while i < len(units):
        u = units[i]
        if u.kind == "paragraph" and (i == 0 or units[i - 1].kind != "heading"):
            s = u.text.text
            end = first_sentence_end(s)
            if 0 < end < len(s):
                first = s[:end]
                rest_text = s[end:]
                parallel = _after_lead_section(units, i)
                if (
                    (_is_slogan(first) if parallel else (
                        _word_count(first) <= MAX_SLOGAN_WORDS
                        and "," not in first
                        and "，" not in first
                        and not re.search(r"\d", first)
                        # a slogan has an action verb, not a copula ("… is necessary.")
                        and not _COPULA.search(first)))
                    # and it heads a long elaboration, not a two-sentence remark
                    and (_word_count(rest_text) >= MIN_PARALLEL_ELABORATION_WORDS and bool(_SENTENCE_END.search(rest_text))
                         if parallel else _word_count(rest_text) >= MIN_ELABORATION_WORDS
                         and len(_SENTENCE_END.findall(rest_text)) >= MIN_ELABORATION_SENTENCES)
                ):
                    heading = u.text.slice(0, end).strip()
                    rest = u.text.slice(end, len(s)).strip()
                    units[i : i + 1] = [
                        _Unit("heading", heading, _drop_final_period(heading), lead=True),
                        _Unit("paragraph", rest),
                    ]
                    i += 2
                    continue
        i += 1


def build_sections(units: list[_Unit]) -> list[tuple[MappedText | None, MappedText | None, list[Block]]]:
    """Group units into sections: (heading text, heading unit text, blocks)."""
    sections: list[tuple[MappedText | None, MappedText | None, list[Block]]] = []
    current: tuple[MappedText | None, MappedText | None, list[Block]] = (None, None, [])
    for u in units:
        if u.kind == "heading":
            if current[0] is not None or current[2]:
                sections.append(current)
            current = (u.heading_text or u.text, u.text, [])
            continue
        current[2].append(Block(u.kind, u.text.text, u.text.span()))
    if current[0] is not None or current[2]:
        sections.append(current)
    return sections


def section_span(heading: MappedText | None, blocks: list[Block]) -> tuple[int, int]:
    spans = [b.span for b in blocks]
    if heading is not None:
        spans.insert(0, heading.span())
    if not spans:
        return (0, 0)
    return (min(s[0] for s in spans), max(s[1] for s in spans))


def _captions_into_first_section(
        sections: list[tuple[MappedText | None, MappedText | None, list[Block]]],
) -> list[tuple[MappedText | None, MappedText | None, list[Block]]]:
    """`Children fly kites on the river dyke …` (a lead photo's caption) / `A
    windy spring` / the text: captions alone before the first heading make
    no section of their own (docs/labelling.md: the headings start with
    `null` when *text* comes before the first one; a caption, or the
    headline printed again as an image's alt text, is no text of the
    article).  They go to the first heading's section, first.  Checked on
    the tuning sites of the real-page set: three sites' gold records start
    with the heading there."""
    if len(sections) < 2 or sections[0][0] is not None or sections[1][0] is None \
            or not all(b.kind == "caption" for b in sections[0][2]):
        return sections
    heading, heading_unit, blocks = sections[1]
    return [(heading, heading_unit, sections[0][2] + blocks), *sections[2:]]


def to_sections(lines: Sequence[Line], title: str | None, rerepair=None,
                captions: frozenset[int] | set[int] = frozenset()) -> list[Section]:
    units = classify(lines, title, rerepair, captions)
    out: list[Section] = []
    for heading, heading_unit, blocks in _captions_into_first_section(build_sections(units)):
        span = section_span(heading_unit, blocks)
        out.append(Section(heading.text if heading is not None else None, False, span, tuple(blocks)))
    return out


__all__ = ["to_sections", "marker", "first_sentence_end", "join"]
