"""Photo captions that carry no `[Photo/…]` credit, recognised by shape.

Chinese bulletins caption their photos in two ways that survive machine
translation without any credit in brackets:

- the **scene** caption, a few words naming the event and the place of the
  picture (会议现场 → `Meeting site`, 活动现场 → `Activity scene`,
  `Scene of the signing ceremony`), standing alone between paragraphs;
- a caption closed by a **credit in capitals** (`… at the centre. WANG LEI /
  QINGHE STREET MEDIA`) or by the outlet's name in brackets after the last
  sentence (`… for the elderly. [Lanxi Daily]`).

- a caption that places the people **in the picture** (`Li Na (second from
  left) hands …`, `Wang Bo (centre), mayor of …`): prose has no left or
  right to point at.

Each test looks at one line only and starts with a cheap check, because it
runs on every body line.
"""

from __future__ import annotations

import functools
import re

from ..lazyre import lazy_compile
from ..tables import read_words

#: A scene caption is a short line: a few words, no sentence.
MAX_SCENE_CAPTION_WORDS = 8
MAX_SCENE_CAPTION_CHARS = 60
#: `Scene of …` names the event and may name its place too.
MAX_SCENE_OF_WORDS = 10
#: A caption closed by a credit is no longer than this.
MAX_CREDITED_CAPTION_CHARS = 400
#: A caption closed by a paper's credit in brackets has fewer sentences than
#: this, and at most this many characters (a describing caption's length,
#: shape.MAX_DESCRIBING_CAPTION_CHARS): a story's paragraph is longer.
MAX_CREDITED_CAPTION_SENTENCES = 2
MAX_PAPER_CREDITED_CAPTION_CHARS = 250

_SCENE_OF = lazy_compile(r"^(?:the\s+)?(?:scene|site)s?\s+of\s+\S")
#: Letters, spaces, hyphens and apostrophes only: digits or other marks make
#: a heading or a list item, not a scene caption.
_PLAIN_WORDS = lazy_compile(r"[A-Za-z][A-Za-z'’ -]*")
#: `WANG LEI / QINGHE STREET MEDIA` (a name and an outlet in capitals) after a sentence.
_UPPER_CREDIT = lazy_compile(
    r"[.!?。”\"]\s+[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}\s*/\s*[A-Z][A-Z'’.&-]+(?:\s+[A-Z][A-Z'’.&-]+){0,4}\s*$"
)
_UPPER_OUTLET = lazy_compile(r"[.!?。”\"]\s+(?P<outlet>[A-Z][A-Z'’.&-]+(?:\s+[A-Z][A-Z'’.&-]+){0,4})\s*$")
#: `[China Women's News]`: an outlet's name in brackets after the last sentence.
_BRACKET_OUTLET = lazy_compile(
    r"[.!?。”\"]\s*\[(?:[A-Z][\w'’.&-]*)(?:\s+[A-Z][\w'’.&-]*){0,5}"
    r"(?:\s*/\s*(?:[Ff]or\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5})?\]\s*$"  # `[Chen Yalin/For China Daily]`
)


#: `(Beishan Daily/Ruan Ping)`, `(Ruan Ping/For Beishan Daily)`: a paper and its
#: photographer in brackets after the caption's last sentence (one must be an outlet).
_PAREN_OUTLET_CREDIT = lazy_compile(
    r"[.!?。”\"]\s*[(（]\s*(?P<a>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5})"
    r"\s*/\s*(?:[Ff]or\s+)?(?P<b>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5})\s*[)）]\s*$"
)


#: `… Lanxi County, on May 20 (XINHUA)`, `… at the Lanxi fair (ZHOU LAN)`: a
#: known outlet or a photographer's pinyin name, in capitals and alone in
#: brackets, straight after the caption's last words (no full stop between:
#: a story's paragraph closed by its paper's name ends its sentence first).
#: Capitals, as the credits of ``_UPPER_CREDIT`` are: a name in the text's
#: case is a gloss (`the Xiaoping bridge (Xiao Ping Qiao)`, a place's pinyin)
#: or the paper a sentence of the story credits (`… approved by the county
#: (Xinhua)`).
_PAREN_NAME_CREDIT = lazy_compile(
    r"[^\s.!?。”\"]\s*[(（]\s*(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s*[)）]\s*$"
)


def _paren_name_credit(t: str) -> bool:
    """`… on May 20 (XINHUA)`: a caption closed by a known outlet or by a
    photographer's pinyin name, in capitals and in brackets after its last word."""
    m = _PAREN_NAME_CREDIT.search(t)
    if m is None or len(t) > MAX_PAPER_CREDITED_CAPTION_CHARS or t[:m.start()].count(". ") >= MAX_CREDITED_CAPTION_SENTENCES:
        return False
    from ..outlets import is_outlet
    from .lead import writer_names

    name = m.group("name")
    return name.isupper() and (is_outlet(name) or (" " in name and writer_names(name.title())))


@functools.cache
def scene_words() -> frozenset[str]:
    return frozenset(read_words("caption_scenes.txt"))


def is_scene_caption(t: str) -> bool:
    """`Meeting site`, `Training scene`, `Scene of the practical exercise`."""
    if len(t) > MAX_SCENE_CAPTION_CHARS or not t or t[-1] in ".。:：;；,，!?" or not t[0].isalpha():
        return False
    if _SCENE_OF.match(t.lower()) is not None:
        # `Scene of Kindred meeting in Shunde, Guangdong Province`: a place may follow, with its comma
        return _PLAIN_WORDS.fullmatch(t.replace(",", "")) is not None and len(t.split()) <= MAX_SCENE_OF_WORDS
    if _PLAIN_WORDS.fullmatch(t) is None:
        return False
    lower = t.lower().split()
    if len(lower) > MAX_SCENE_CAPTION_WORDS:
        return False
    if lower[-1] in ("site", "scene"):  # `Construction sites` (plural) heads a section
        head = lower[1:-1] if lower[0] == "the" else lower[:-1]
        return 0 < len(head) <= 2 and all(w in scene_words() for w in head)
    return False


#: `… along the dike. Photo by Li Na`, `… the new market. Zhou Bin photo`,
#: `… at the fair. Photo: Lingxi Daily`,
#: `… to the villagers. Photographed by Lanxi Daily reporter Fang Yu.`: the
#: photographer named in a sentence of its own, the caption's last.
_CREDIT_SENTENCE = lazy_compile(
    r"[.!?。”\"]\s*(?:"
    r"(?:[Pp]hotos?|[Pp]ictures?|[Pp]hotographed|[Pp]hotography)\s+by\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,5}"
    r"(?:\s*/\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\s+(?:photo|photography)"
    # `… on livestream. Photo: Courtesy of Lin Mei`, `… plan. Photo/Xinhua` (a semicolon typed for the colon too)
    r"|(?:[Pp]hotos?|[Pp]ictures?)\s*[:：/;]\s*(?:[Cc]ourtesy\s+of\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}"
    r")\s*\.?\s*$"
)
#: The credit is at most this long, so only the end of a line is searched.
MAX_CREDIT_SENTENCE_CHARS = 80


def has_credit_sentence(t: str) -> bool:
    """`… along the dike. Photo by Li Na`: a caption closed by its photographer."""
    if len(t) > MAX_CREDITED_CAPTION_CHARS or "hoto" not in t[-MAX_CREDIT_SENTENCE_CHARS:]:
        return False
    return _CREDIT_SENTENCE.search(t[-MAX_CREDIT_SENTENCE_CHARS - 1:]) is not None


def has_closing_credit(t: str) -> bool:
    """`… at the centre. WANG LEI / QINGHE STREET MEDIA`, `… elderly. [Lanxi Daily]`,
    `… factory. [Li Na/For Lanxi Daily]` or `… along the dike. Photo by Li Na`."""
    if len(t) > MAX_CREDITED_CAPTION_CHARS or not t:
        return False
    if has_credit_sentence(t):
        return True
    last = t[-1]
    if last == "]":
        return _BRACKET_OUTLET.search(t) is not None
    if last in ")）":
        m = _PAREN_OUTLET_CREDIT.search(t)  # `… on March 4, 2024. (Beishan Daily/Ruan Ping)`
        if m is None:
            return _paren_name_credit(t)  # `… on May 20 (XINHUA)`
        from ..outlets import is_outlet

        # (a caption is a sentence or two; a paragraph of the story ending in its paper's credit is longer)
        return (is_outlet(m.group("a")) or is_outlet(m.group("b"))) \
                and t[:m.start()].count(". ") < MAX_CREDITED_CAPTION_SENTENCES and len(t) <= MAX_PAPER_CREDITED_CAPTION_CHARS
    if last.isupper():
        if "/" in t:
            return _UPPER_CREDIT.search(t) is not None
        m = _UPPER_OUTLET.search(t)  # `… in Sishui county. HEXI DAILY`: a known outlet in capitals
        if m is not None:
            from ..outlets import is_outlet

            return is_outlet(m.group("outlet"))
    return False


#: Where a person stands in the picture: `left`, `centre`, `front`, `second
#: from right`, `2nd L`, and two of them (`1st R, front`).
_POSITION = (r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|[4-9]th)\s+(?:from\s+(?:the\s+)?)?(?:left|right)"
             r"|[1-9](?:st|nd|rd|th)\s*[LR]|left|right|cent(?:re|er)|middle|front)")
#: The place follows a name (a word, not a sentence's start) and stands in brackets of its own.
_PICTURE_POSITION = lazy_compile(rf"\w\s*[(（]\s*{_POSITION}(?:\s*[,，]\s*{_POSITION})?\s*[)）]", re.IGNORECASE)
#: A caption that places its people is no longer than this (a longer line is the story).
MAX_POSITION_CAPTION_CHARS = 250


def has_picture_position(t: str) -> bool:
    """`Li Na (second from left) hands out …`: a line that says where its people
    stand in the picture."""
    if len(t) > MAX_POSITION_CAPTION_CHARS or ("(" not in t and "（" not in t):
        return False
    return _PICTURE_POSITION.search(t) is not None
