"""Character classes and small word sets that several modules share: one home each.

In the manner of ftfy's ``chardata.py``: a module that only *names* things
(character ranges, sentence punctuation, the patterns built from the word
tables in ``data/``), so that a change to what counts as "Han" or "the end of
a sentence" is made once.  Where two modules deliberately use different
definitions, both live here under different names, each saying why, so the
difference is visible instead of accidental.

Nothing here reads a table at import: the word-set accessors are cached and
the table-built patterns compile on first use (``lazy_compile`` with a
builder), so importing this module costs nothing measurable.
"""

from __future__ import annotations

import re
from functools import cache

from .lazyre import lazy_compile
from .tables import read_rows

# --------------------------------------------------------------------------
# Han (Chinese) characters: the contents of a ``[...]`` class, without brackets.

#: Han ideographs everywhere Unicode puts them: CJK unified ideographs and
#: extension A, the compatibility ideographs, and the supplementary planes
#: (extension B onwards, U+20000-U+3134F).  The residue rule uses it: a rare
#: character of a person's or place's name left untranslated is residue
#: wherever it is encoded.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"

#: :data:`HAN` without the supplementary planes.  The language scores
#: (``language.py``: the Han share of a paragraph, the "other letters" count)
#: and the chrome-line shape features were tuned on it; counting extension B
#: there would change which paragraphs are judged untranslated, so the two
#: stay apart until evidence says they may be one.
HAN_BMP = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

#: The one contiguous span U+3400-U+9FFF (extension A, the Yijing hexagram
#: symbols between, and the unified ideographs): the cheap test used where a
#: token is split into Latin and Chinese runs (record numbers, chrome tokens).
HAN_SPAN = "\u3400-\u9fff"

#: The CJK Unified Ideographs block only (U+4E00-U+9FFF): the common
#: characters, used where a rare one would be noise (mojibake scores, a label
#: written in Chinese).
HAN_COMMON = "\u4e00-\u9fff"

#: One Han character, by :data:`HAN` (every plane) and by :data:`HAN_BMP`:
#: the compiled patterns the repairers and readers share (``match``,
#: ``search``, ``findall``), each compiled on first use.
HAN_CHAR = lazy_compile(f"[{HAN}]")
HAN_BMP_CHAR = lazy_compile(f"[{HAN_BMP}]")


def is_han_common(ch: str) -> bool:
    """Is ``ch`` in :data:`HAN_COMMON`?

    >>> is_han_common("农"), is_han_common("a"), is_han_common("\u3400")
    (True, False, False)
    """
    return "\u4e00" <= ch <= "\u9fff"


def is_han_span(ch: str) -> bool:
    """Is ``ch`` in :data:`HAN_SPAN`?

    >>> is_han_span("\u3400"), is_han_span("。")
    (True, False)
    """
    return "\u3400" <= ch <= "\u9fff"


# --------------------------------------------------------------------------
# Sentences

#: Characters that end a sentence, Latin and full-width.
SENTENCE_END = ".!?\u3002\uff01\uff1f"
#: Characters that end a phrase: a sentence end, or a comma, semicolon, colon
#: or enumeration comma (``、``), Latin and full-width.
PHRASE_END = SENTENCE_END + ",;:\uff0c\uff1b\uff1a\u3001"
#: What may follow a sentence end and still belong to the sentence.
CLOSING_AFTER_END = "\"'\u201d\u2019)\uff09"
#: The last characters of a line that reads as prose (the chrome classifier):
#: a sentence end, a semicolon, or a closing quote or bracket, Latin and full-width.
PROSE_LINE_END = SENTENCE_END + "\u201d\"\uff1b;)\uff09"


@cache
def abbreviations(kind: str) -> tuple[str, ...]:
    """The abbreviations of ``data/abbreviations.tsv`` of one ``kind``, in table order.

    Two kinds, because two questions are asked: ``sentence`` (a paragraph is
    not split into sentences after ``Mr.``; compared as written, case
    matters) and ``word`` (a title ending in ``Dept.`` is not cut off;
    compared in lower case).

    >>> "Mr" in abbreviations("sentence"), "dept" in abbreviations("word")
    (True, True)
    """
    return tuple(row[0] for row in read_rows("abbreviations.tsv") if row[1] == kind)


@cache
def word_abbreviations() -> frozenset[str]:
    """The ``word`` abbreviations (lower case) as a set, for look-ups."""
    return frozenset(abbreviations("word"))


def _abbreviation_before_source() -> str:
    words = "|".join(re.escape(w) for w in abbreviations("sentence"))
    return rf"(?:\b(?:{words})|\b[A-Z])$"


#: A full stop that may end a sentence: sentence-end punctuation, then
#: (after an optional closing quote or bracket) space and a capital, or the end.
#: An ellipsis closing a text (`… received a total […]`, `…`, `...`): the
#: site's own mark that a summary or teaser was cut.
#: An e-mail address (a pattern's source); the look-behind starts a match only
#: at the start of a run of the local part's characters, so each run is tried
#: once (linear time).
EMAIL_ADDRESS = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
CUT_MARK = lazy_compile(r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…+|\.{3,})\s*$")
#: What a text ending in a ``CUT_MARK`` ends with once its whitespace is cut.
_CUT_MARK_ENDS = ("…", "...", "]")


def cut_mark(text: str) -> re.Match[str] | None:
    """``CUT_MARK.search(text)``, without the scan when the text cannot end in one.

    Why (speed): the pattern opens with ``\\s*``, so a search tries it at
    every position of the text; every match is the mark and whitespace up to
    the end (``\\s`` and ``str.isspace`` name the same characters), so the
    stripped text must end as the mark does.
    """
    if not text.rstrip().endswith(_CUT_MARK_ENDS):
        return None
    return CUT_MARK.search(text)
SENTENCE_END_MARK = lazy_compile(rf"[{SENTENCE_END}](?=[\"'”’)]?\s+[A-Z\"“(]|[\"'”’)]?$)")
#: Text that ends in a ``sentence`` abbreviation or a lone capital (an
#: initial): a full stop after it does not end the sentence.
ABBREVIATION_BEFORE = lazy_compile(_abbreviation_before_source)


@cache
def _abbreviation_reach() -> int:
    """How far back from where it ends a match of ``ABBREVIATION_BEFORE`` can
    start: its longest word (each character of a word matches one character;
    the initial is one), and one more for the final newline ``$`` may stand before."""
    return max(1, *map(len, abbreviations("sentence"))) + 1


def ends_in_abbreviation(text: str, end: int) -> bool:
    """``ABBREVIATION_BEFORE.search(text, 0, end) is not None``: ``text[:end]``
    ends in a ``sentence`` abbreviation or an initial.

    Searched only from where a match can start (the look-behind of ``\\b``
    still reads the character before, and nothing after ``end`` is read):
    the pattern ends in ``$``, and a search from the text's start tried it at
    every position of a paragraph, once per full stop.
    """
    return ABBREVIATION_BEFORE.search(text, max(0, end - _abbreviation_reach()), end) is not None


# --------------------------------------------------------------------------
# Function words (data/truncation_words.tsv)


@cache
def words_of_kind(kind: str) -> tuple[str, ...]:
    """The words of ``data/truncation_words.tsv`` of one ``kind``, lower case, in table order.

    >>> "of" in words_of_kind("function"), "of" in words_of_kind("dangling")
    (True, True)
    """
    return tuple(row[0].lower() for row in read_rows("truncation_words.tsv") if row[1] == kind)


def _dangling_source() -> str:
    return rf"(?:(?<![\'’])\b(?:{'|'.join(re.escape(w) for w in words_of_kind('dangling'))})|,)$"


#: A line that ends in a ``dangling`` word or a comma: a hard-wrapped line
#: whose sentence goes on in the next line.  Not a syllable after an
#: apostrophe: `Xi'an`, `Ji'an`, `Tai'an` end a name (pinyin marks a syllable
#: break so), never with the article `an`.
DANGLING_END = lazy_compile(_dangling_source, re.IGNORECASE)


# --------------------------------------------------------------------------
# View counts (data/fields_view_words.tsv)


@cache
def view_words(kind: str) -> tuple[str, ...]:
    """The words of ``data/fields_view_words.tsv`` of one ``kind`` (``lead``, ``unit`` or ``text``).

    >>> "viewers" in view_words("text")
    True
    """
    return tuple(row[1] for row in read_rows("fields_view_words.tsv") if row[0] == kind)


def _views_in_text_source() -> str:
    words = sorted(view_words("text"), key=lambda w: (-len(w), w))
    alternation = "|".join(re.escape(w) for w in words)
    # (second branch: `Read a total of[215]time`, a CMS's 共阅读[215]次: a count in
    # brackets, then the word for times; the brackets make the singular safe)
    return rf"(?<![\d,])(\d[\d,]*)\s*(?:{alternation})\b|[\[【]\s*(\d[\d,]*)\s*[\]】]\s*(?:time|{alternation})\b"


#: A view count inside a metadata value: ``1,286 views``, ``375 viewers``,
#: ``12次``, ``[215]time`` (the count in group 1, or in group 2 when bracketed).
VIEWS_IN_TEXT = lazy_compile(_views_in_text_source, re.IGNORECASE)


# --------------------------------------------------------------------------
# Words

#: Characters that join two alphanumeric runs into one word token
#: (``door-to-door``, ``people's``, ``people’s``).
WORD_JOINERS = "-'\u2019"

#: Where a small letter meets a capital: the word boundary left in text whose
#: spaces were lost (`HomeBusinessShunde`, `spiritofGeneralSecretary`).
CAMEL_BOUNDARY = lazy_compile(r"(?<=[a-z])(?=[A-Z])")

# --------------------------------------------------------------------------
# Bullets

#: The bullet signs a page puts before a line of a list, a menu or a form
#: (`• News`, `· Headlines`), as the contents of a ``[...]`` class.  The body
#: reader's list markers (segment/body.py) are their own set: it also takes
#: hollow bullets and dashes, and not the middle dot, which separates names.
LINE_BULLETS = "•·▪●◆■"
