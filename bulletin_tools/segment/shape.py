"""Line-shape predicates the zoner asks: is this line a title candidate, a
photo caption, a document number, prose, a site's name?"""

from __future__ import annotations

import re
from functools import lru_cache

from ..chardata import ends_in_abbreviation
from ..lazyre import lazy_compile
from .. import lexicon
from ..wordkey import first_word, words_key
from . import captions
from .markers import marker
from .header import date_line, description_value, is_label_line
from .lines import Line


_TITLE_END_BAD = ("。", ";", "；", ":", "：")


#: A photo credit closing a line (`… on Dec 15. [Photo/panzhihua.gov.cn]`,
#: `(Photo by Li Ming)`): the line is a picture's caption.
PHOTO_CREDIT = lazy_compile(
    r"[\[(（【]\s*(?:photos?|pictures?|images?|图|图片|摄影?)\s*(?:[/:：]|by\b|provided\b|courtesy\b|from\b|source\b)"
    r"[^\[\]()（）【】]{0,100}[\])）】]\s*$"
    # a wire's photo credit: `(Xinhua/Li Ming)`, `(Xinhuanet Photo)`, `(China Daily/Li Ming)`
    r"|[\[(（【]\s*(?:xinhua(?:net)?|china daily|chinanews|ecns|cns|people['’]s daily|cgtn|vcg|cfp)"
    r"\s*(?:/\s*[^\[\]()（）【】/]{2,40}|\s+photos?)\s*[\])）】]\s*$",
    re.IGNORECASE,
)
#: A caption is no longer than this.
MAX_CAPTION_CHARS = 400
_CLOSING_BRACKETS = ("]", ")", "）", "】")


#: `An aerial photo shows …`, `Photo taken on May 5 shows …`: a line that
#: describes a picture.
PHOTO_DESCRIPTION = lazy_compile(
    r"^(?:an? |the )?(?:aerial |file |undated )?(?:photo|picture|image)(?: taken (?:\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\. |[^.]|\.(?! )){0,60}?)? shows\b", re.IGNORECASE)
#: `▲ Group photo of the winners`: Chinese pages point at the picture above.
_CAPTION_ARROWS = ("▲", "△", "↑")
#: A describing line is a caption only when this short (a long one is the article).
MAX_DESCRIBING_CAPTION_CHARS = 250


#: `… plant willows on the dike. Provided to Lingxi Daily |`: a newspaper's
#: caption credit without brackets, after the caption's last sentence (and
#: perhaps the bar of the table cell that held the picture).
PROVIDED_CREDIT = lazy_compile(r"[.。]\s+(?:[Pp]hoto |[Pp]icture )?[Pp]rovided to (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}\s*[|｜]?$")


def has_photo_credit(t: str) -> bool:
    """``t`` (stripped) closes with a photo credit; only a line ending in a
    bracket (or in a newspaper's unbracketed `… Provided to X`) can, so most
    lines are not searched."""
    if len(t) > MAX_CAPTION_CHARS:
        return False
    if t.endswith(_CLOSING_BRACKETS):
        return PHOTO_CREDIT.search(t) is not None
    return "rovided to" in t and PROVIDED_CREDIT.search(t) is not None


#: Distinct lines whose :func:`is_photo_caption` and :func:`_title_candidate`
#: answers are remembered: the furniture, chrome, header and body passes ask
#: both of the same lines of a page (a third of the caption calls, and two
#: thirds of the candidate calls, repeat one).  A page's lines are far fewer.
LINE_CACHE_SIZE = 1024


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_photo_caption(s: str) -> bool:
    t = s.strip()
    if len(t) <= MAX_DESCRIBING_CAPTION_CHARS and (PHOTO_DESCRIPTION.match(t) or t.startswith(_CAPTION_ARROWS)):
        return True
    return has_photo_credit(t) or captions.has_closing_credit(t) or captions.is_scene_caption(t) \
        or captions.has_picture_position(t)


#: A headline is no longer than this; one ending in a full stop no longer
#: than the second value (a longer one is a sentence of prose), and a
#: numbered line (`一、…`, `1.`) is a headline only when shorter than the third.
#: All three set with the first zoner on the project's first samples, and
#: unchanged through the held-out batches since.
MAX_TITLE_CHARS = 300
MAX_TITLE_CHARS_ENDING_IN_STOP = 160
NUMBERED_TITLE_CHARS_BELOW = 200


#: `Government  |  Residents  |  Visitors  |  Business`: a row of short items
#: between bars is a site's menu (a headline has one bar at most, after a column's name).
_BAR = lazy_compile(r"\s[|｜]\s")
MIN_MENU_SHAPED_ITEMS = 3
MAX_MENU_SHAPED_ITEM_WORDS = 3


#: `·CBS    ·中文版`: a row of items each opened by a middle dot (at least this many).
MIN_DOTTED_MENU_ITEMS = 2
_DOT_ITEM = lazy_compile(r"[·•]\s*(?P<item>[^·•]+)")


def _dotted_menu(s: str) -> bool:
    """``s`` (stripped, opening with a dot) is only items of a few words, each
    opened by a middle dot or a bullet."""
    found = list(_DOT_ITEM.finditer(s))
    items = [m.group("item").strip() for m in found]
    return len(items) >= MIN_DOTTED_MENU_ITEMS and sum(len(m.group()) for m in found) == len(s) \
        and all(i and len(i.split()) <= MAX_MENU_SHAPED_ITEM_WORDS and i[-1] not in ".,;:!?。，；：" for i in items)


def menu_shaped(t: str) -> bool:
    """``t`` is a row of three or more items of a few words each between bars,
    or of two or more each opened by a middle dot (`·CBS ·中文版`)."""
    if t.lstrip()[:1] in "·•" and _dotted_menu(t.strip()):
        return True
    if t.count("|") + t.count("｜") < MIN_MENU_SHAPED_ITEMS - 1:
        return False
    items = [p.strip() for p in _BAR.split(t)]
    return len(items) >= MIN_MENU_SHAPED_ITEMS and all(
        p and len(p.split()) <= MAX_MENU_SHAPED_ITEM_WORDS and p[-1] not in ".,;:!?。，；：" for p in items)


def _inner_sentence_end(t: str) -> bool:
    """``t`` has a full stop and a space inside it that ends a sentence: not
    one after an abbreviation or an initial (`Mr. Jin visited …`, `No. 3`)."""
    at = t.find(". ")
    while at != -1:
        if not ends_in_abbreviation(t, at):
            return True
        at = t.find(". ", at + 1)
    return False


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _title_candidate(s: str) -> bool:
    t = s.strip()
    if not t or len(t) > MAX_TITLE_CHARS or menu_shaped(t):
        return False
    if t.endswith(_CLOSING_BRACKETS) and is_photo_caption(t) or has_photo_credit(t):
        return False
    if t.endswith(_TITLE_END_BAD):
        return False
    if t.endswith(".") and (len(t) > MAX_TITLE_CHARS_ENDING_IN_STOP or _inner_sentence_end(t)):
        return False
    return marker(t) is None or len(t) < NUMBERED_TITLE_CHARS_BELOW


#: A column's name over a headline (`Party building`) has at most this many
#: words, and the headline under it at least the second value (a wrapped
#: headline's halves are of a length).  Set on the tuning sites of the
#: real-page set.
MAX_COLUMN_WORDS = 2
MIN_HEADLINE_WORDS_UNDER_COLUMN = 8


def _column_over(above: str, headline: str) -> bool:
    """``above`` is a column's name over ``headline``, not its first half."""
    return len(above.split()) <= MAX_COLUMN_WORDS and len(headline.split()) >= MIN_HEADLINE_WORDS_UNDER_COLUMN \
        and not headline.lstrip()[:1].islower()


#: A document number: `Lu Zheng Ban Fa [2023] No. 9`, `Xiangnongfa〔2022〕34号`.
DOCUMENT_NUMBER = lazy_compile(r"[\[〔【(（]\s*(?:19|20)\d{2}\s*[\]〕】)）]\s*(?:No\.?\s*)?\d{1,4}")


_MASTHEAD_WORDS = ("portal", "website", "web site", "official site", "government network", "government online", "news network",
                   "门户网站", "政府网", "网站", "人民政府")
_MASTHEAD = lazy_compile(rf"(?:{'|'.join(_MASTHEAD_WORDS)})\s*[!！]?$", re.IGNORECASE)  # (`Welcome to … website !`)
#: The longest of them (each of its characters matches one character).
_MASTHEAD_WORD_CHARS = max(map(len, _MASTHEAD_WORDS))


_ORG_WORDS = ("bureau", "government", "committee", "commission", "office", "school", "university", "college", "hospital",
              "center", "centre", "station", "court", "procuratorate", "network", "portal", "website", "federation",
              "association", "company", "group", "administration")
_ORG_NAME = lazy_compile(rf"(?:{'|'.join(_ORG_WORDS)})$", re.IGNORECASE)


#: `Property Management Office of Osmanthus Garden`: an office named before its owner.
_ORG_HEAD = lazy_compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,4}(?:bureau|government|committee|commission|office|department|center|centre|station|company|group)"
    r"\s+of\s+[A-Z]", re.IGNORECASE)


#: Where a match of ``_ORG_NAME`` can start, counted back from the text's end:
#: its longest word (every pattern character matches one character), and
#: the final newline ``$`` may stand before.
_ORG_NAME_TAIL = len("administration") + 1
#: The last letters of the words of ``_ORG_NAME``: a match ends with one, in
#: either case, or with a character ``re.IGNORECASE`` folds onto an ASCII letter.
_ORG_WORD_LAST_LETTERS = frozenset(w[-1] for w in _ORG_WORDS)


def is_org_name(text: str) -> bool:
    """`… Town Government`, `Foreign Affairs Office of Hexi`: an organisation's name."""
    # (searched from the tail only: tried at every position of a long line, the
    # case-insensitive alternation cost more than all its other tests)
    return ends_in_org_word(text) or _ORG_HEAD.match(text) is not None


def ends_in_org_word(text: str) -> bool:
    """``_ORG_NAME.search(text) is not None`` (`… Town Government`), searched from the tail only."""
    end = text[:-1] if text.endswith("\n") else text  # (``$`` may stand before a final newline)
    last = end[-1:]
    if last.lower() not in _ORG_WORD_LAST_LETTERS and last not in lexicon.CASE_TRAPS:
        return False  # (most lines end with a stop, a digit or another letter: no search)
    return _ORG_NAME.search(text, max(0, len(text) - _ORG_NAME_TAIL)) is not None


def ends_in_masthead_word(text: str) -> bool:
    """``_MASTHEAD.search(text) is not None`` (`Welcome to … website !`), searched
    from where its word can start: the word ends where the text does, once a
    final newline, one exclamation mark after it and the spaces before that
    are cut (the word itself ends in a letter)."""
    end = text[:-1] if text.endswith("\n") else text
    if end.endswith(("!", "！")):
        end = end[:-1]
    return _MASTHEAD.search(text, max(0, len(end.rstrip()) - _MASTHEAD_WORD_CHARS)) is not None


#: A header line longer than this is prose: the body has begun.  Set with
#: the first zoner on the project's first samples; the site-name-above-
#: headline rule (samples and corpus all passing) reused it.
PROSE_LINE_CHARS = 120


def _next_is_prose(lines: list[Line], start: int) -> bool:
    for ln in lines[start:]:
        if ln.blank:
            continue
        t = ln.s.strip()
        return len(t) > PROSE_LINE_CHARS and t.endswith((".", "。", "”", '"', ":", "："))  # (a paragraph may announce a list)
    return False


#: A lone crumb under an empty `Current position:` is no longer than this.
MAX_LONE_CRUMB_CHARS = 60


#: A document number standing alone on a line is no longer than this, and
#: is followed by at most this many characters (a closing bracket, a stray
#: stop).  Set with the document-number rule, on sample s310.
MAX_DOCUMENT_NUMBER_CHARS = 60
MAX_CHARS_AFTER_DOCUMENT_NUMBER = 2


def _is_document_number_line(s: str) -> bool:
    t = s.strip()
    m = DOCUMENT_NUMBER.search(t) if len(t) <= MAX_DOCUMENT_NUMBER_CHARS else None
    return m is not None and len(t) - m.end() <= MAX_CHARS_AFTER_DOCUMENT_NUMBER and not t.endswith((".", "。")) or bool(
        m and t[m.end():].strip() in ("号", "號"))


def _same_words(a: str, b: str) -> bool:
    """``a`` and ``b`` have the same words, case aside (:func:`.wordkey.words_key`).

    Most pairs asked (a paragraph and the title) differ in their first word,
    which settles them without reading either text on: the keys' words are
    single-spaced and case folding puts no space into a word, so equal keys
    begin with equal first words.
    """
    if first_word(a).casefold() != first_word(b).casefold():
        return False
    return words_key(a).casefold() == words_key(b).casefold()


def _empty_prefix(s: str) -> bool:
    m = lexicon.breadcrumb_pattern().match(s)
    return m is not None and not s[m.end():].strip()


def _next_is_title(lines: list[Line], start: int) -> bool:
    """Is the next non-blank line a headline candidate (and not prose)?"""
    for ln in lines[start:]:
        if ln.blank:
            continue
        t = ln.s.strip()
        return _title_candidate(t) and not t.endswith((".", "。", ":", "：")) and not is_label_line(t) \
            and date_line(t) is None  # (`Headline - Site name` over `2024-05-06`: the page's title over its date, no path)
    return False


def _next_is_header(lines: list[Line], start: int) -> bool:
    """Is the next non-blank line a label row, a description (labelled, or a
    subtitle opened by dashes), a date row or another field row (a `By` credit,
    a bulleted label row: :func:`.title_fields_under.is_field_row`)?"""
    from .lead import subtitle

    from .title_fields_under import is_field_row

    for ln in lines[start:]:
        if ln.blank:
            continue
        # (a field row: a label or date row, a `By` credit, bulleted or not)
        return is_field_row(ln.s) or description_value(ln.text) is not None or subtitle(ln.text.strip()) is not None
    return False


def _looks_like_body_start(s: str) -> bool:
    t = s.strip()
    return len(t) > PROSE_LINE_CHARS or t.endswith((".", "。", ":", "："))
