"""The lead of a body: lines between the header and the first paragraph that
belong to the header although no label says so.

Real pages put two such things there, and each is read only from evidence
in the same page:

- a **teaser**: the opening of the first paragraph printed once more above
  it, cut off (`… received a total […]`), sometimes after a date label
  (`Last Updated: 2024/05/16, …`): the description, truncated.  It is a
  teaser only when the paragraph under it goes on with the same words;
- an **unlabelled byline** (`This newspaper reporter Chen Xiaoyu
  correspondent Luo Jian`): reporter and correspondent fields; or the
  source said in a sentence (`This article is from Hunan Provincial
  Government.`), which also closes a body (see :func:`source_sentence`).

Each is taken off the body and kept in the header, so nothing is lost.
"""

from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher
from itertools import islice

from .. import lexicon
from ..chardata import LINE_BULLETS, SENTENCE_END, cut_mark
from ..lazyre import lazy_compile
from ..textmap import MappedText
from ..english import is_english_word, is_pinyin
from .header import LabelValue, find_labels
from .lines import Line
from .shape import is_photo_caption
from ..fields import find_datetime, whole_date
from ..outlets import is_outlet
from ..wordkey import folded_words

#: A teaser repeats at least this many words of the paragraph under it.
MIN_TEASER_WORDS = 8
#: Share of the teaser's words that must agree, in order, with the opening of
#: the paragraph under it: translation of the two copies differs a little on
#: real pages (a place name spelled two ways, quotes added).
MIN_TEASER_AGREEMENT = 0.9
#: A teaser this long need not end on the paragraph's word at the same
#: place: a second translation of a long opening drifts by a word or two
#: (`… villages round Lingxi, now` over `… in the villages of Lingxi,
#: more …`), and so many words agreeing in order are evidence enough.
MIN_LOOSE_TEASER_WORDS = 30
#: A subtitle or a byline is a short line.
MAX_SUBTITLE_CHARS = 200
MAX_BYLINE_CHARS = 100
#: How many lines at the top of a body are searched for a lead.
LEAD_LINES = 3

_DASH_RUN = lazy_compile(r"^\s*(?:——|—|--|–|－－)+\s*(?=\S)")
#: `Last Updated: 2024/09/19, ` before a teaser: the page's date, glued on.
_DATE_PREFIX = lazy_compile(
    r"^\s*(?:(?:last\s+updated|updated|update\s+time|release\s+time|published|posted|time|date)\s*[:：]\s*)?"
    r"(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*[,，]?\s*",
    re.IGNORECASE,
)
_WORD = lazy_compile(r"\w+")
_SENTENCE_END = tuple(SENTENCE_END + "\"”)）")  # a sentence end, or a closing quote or bracket after one

#: `all-media reporter`, `integrated media reporter` (全媒体记者, 融媒体记者): a newspaper's reporter who
#: also films and posts, a role named before the name as `reporter` is.
_MEDIA_ROLE_PREFIX = r"(?:(?:all|full|integrated|converged|convergence|financial)[- ]?media\s+)"
_ROLE = rf"(?:{_MEDIA_ROLE_PREFIX}?reporters?|correspondents?|journalists?|interns?|photographers?|photo|text)"


def _role_key(role: str) -> str:
    """A role as :data:`_ROLE_FIELD` knows it: lower case, singular, without its media prefix."""
    return role.lower().split()[-1].split("-")[-1].rstrip("s")


#: `This newspaper reporter Chen Xiaoyu correspondent Luo Jian`,
#: `Our station reporter Li Na`, `County Media Centre reporter Wang Wei`.
_BYLINE = lazy_compile(
    r"^(?P<by>(?i:written|reported|text)\s+by\s+)?"  # `Written by Beishan Daily all-media reporter Ruan Ping`
    r"(?:(?i:this|our)\s+(?i:newspaper|paper|magazine|journal|station|website|site|network|media)(?:'s)?\s+"
    rf"|(?i:our|this)\s+(?=(?i:{_ROLE})\s)"  # `Our reporter Qiao Lan` (本报记者)
    r"|(?:[A-Z][\w.'’-]*\s+){1,5}?)??"  # (no prefix tried first: `Reporter Li Na Correspondent …` opens with its role)
    rf"(?P<role>(?i:{_ROLE}))(?:\s*/\s*|\s+)(?P<rest>[A-Z].*)$"  # (`Text/Dai Lan`: 文/ as printed, a slash for the space)
)
_ROLE_SPLIT = lazy_compile(rf"\s+(?P<role>(?i:{_ROLE}))(?:\s*/\s*|\s+)(?=[A-Z])")
#: A name in a byline: one to four capitalised words (`Chen Xiaoyu`, `Ouyang Li Na`);
#: several are joined by commas, `and`, or both (`Li Na, Wang Bo, and Chen Hui`).
_NAMES = lazy_compile(r"^[A-Z][a-zA-Z'’-]*(?:\s+[A-Z][a-zA-Z'’-]*){0,3}(?:\s*(?:,\s*and|,|、|and)\s*[A-Z][a-zA-Z'’-]*(?:\s+[A-Z][a-zA-Z'’-]*){0,3})*$")
_ROLE_FIELD = {"reporter": "extra:reporter", "correspondent": "extra:correspondent", "journalist": "extra:reporter",
               "intern": "extra:intern", "photographer": "extra:photographer", "photo": "extra:photographer",
               "text": "extra:reporter", "author": "author"}


def subtitle(text: MappedText) -> MappedText | None:
    """`——Pingshan County CPPCC holds a consultation meeting`: the line, as
    printed, or None.  A subtitle is part of the title (joined by its dashes);
    the header reader asks, to see that a title goes on below a line."""
    s = text.text
    if len(s) > MAX_SUBTITLE_CHARS or not s.lstrip()[:1] in ("—", "-", "–", "－"):
        return None
    m = _DASH_RUN.match(s)
    if m is None or not any(ch.isalpha() for ch in s[m.end():]):
        return None
    return text.strip()  # the dashes stay: they are how the page marks a subtitle


def teaser(text: MappedText, paragraph: str) -> tuple[MappedText, MappedText | None] | None:
    """``text`` repeats the opening of ``paragraph`` and stops short: return
    the teaser (without a date glued before it) and that date, else None."""
    s = text.text
    m = _DATE_PREFIX.match(s)
    start = m.end() if m else 0
    date = text.slice(m.start("date"), m.end("date")) if m else None
    body = s[start:]
    cut = cut_mark(body)
    words = folded_words(body[: cut.start()] if cut else body, str.lower)  # ([w.lower() for w in _WORD.findall(…)])
    if len(words) < MIN_TEASER_WORDS:
        return None
    # Only the paragraph's first len(words) + 1 words are read below (and
    # whether it has more words than the teaser): a long paragraph is not
    # read to its end.
    para_words = [m.group().lower() for m in islice(_WORD.finditer(paragraph), len(words) + 1)]
    if len(words) >= len(para_words):
        return None
    if cut is None and body.rstrip().endswith(_SENTENCE_END) and not _ends_inside_word(words[-1], para_words, len(words)):
        return None  # a whole sentence: a paragraph of its own, not a cut copy
    last = words[-1]
    head = para_words[: len(words)]
    if not para_words[len(words) - 1].startswith(last) and len(words) < MIN_LOOSE_TEASER_WORDS:
        return None  # `… and listed the probl` goes on as `problems`; anything else is another text
    agreement = SequenceMatcher(None, words[:-1], head[:-1], autojunk=False).ratio()
    if agreement < MIN_TEASER_AGREEMENT:
        return None
    return text.slice(start, len(s)).strip(), date


def _ends_inside_word(last: str, para_words: list[str], n: int) -> bool:
    return len(para_words) >= n and para_words[n - 1] != last and para_words[n - 1].startswith(last)


def byline(text: MappedText) -> list[LabelValue] | None:
    """`This newspaper reporter Chen Xiaoyu correspondent Luo Jian` → one
    field per role; None unless the whole line is roles and names."""
    s = text.text.rstrip()
    if len(s) > MAX_BYLINE_CHARS or s.endswith((".", "。", "!", "?", ",", ":", "：")):
        return None
    m = _BYLINE.match(s)
    if m is None:
        return None
    pieces: list[tuple[str, int, int, int]] = []  # role, role start, names start, names end
    role, role_start, pos = m.group("role"), m.start("role"), m.start("rest")
    for split in _ROLE_SPLIT.finditer(s, pos):
        pieces.append((role, role_start, pos, split.start()))
        role, role_start, pos = split.group("role"), split.start("role"), split.end()
    pieces.append((role, role_start, pos, len(s)))
    out = []
    opening = m.end("by") if m.group("by") else 0
    if m.start("role") > opening and s[opening: m.start("role")].strip().lower() not in ("our", "this"):
        # `This newspaper`, `County Media Centre` before the first role: kept as a stray value
        # (`Our reporter Li Na`: `our` names no one; the line is kept as a header line)
        before = text.slice(opening, m.start("role")).strip()
        out.append(LabelValue("stray", "", before.slice(0, 0), before))
    for role, role_start, a, b in pieces:
        b = a + len(s[a:b].rstrip().rstrip(",，;；"))  # `Correspondent Qiao Lan, Reporter Ruan Ping`: a comma between credits
        names = s[a:b].strip()
        if not _NAMES.match(names):
            return None
        field = _ROLE_FIELD.get(_role_key(role))  # `reporters`, `all-media reporter` → reporter
        if field is None:
            return None
        out.append(LabelValue(field, role, text.slice(role_start, role_start + len(role)),
                              text.slice(a, b).strip()))
    return out


#: `By Xinhua writer Qiao Lan`, `By Cao Yin and Li Na`, `by admin`, `By ( chinadaily.com.cn )`, `ByChen Haiping`, `By Li Na ( )` (an empty link):
#: a credit with no colon, on a line of its own.
_BY_CREDIT = lazy_compile(
    r"^(?:[Bb][Yy]\s+|By(?=[A-Z][a-z]))(?:\(\s*(?P<paren>[\w.-]{2,60}?)\s*\)"
    r"|(?P<desk>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+(?:writers?|reporters?|correspondents?|journalists?)\s+)?"
    # (`By ZHOU LAN in Baise and QIN HAO in Nanning`: where each writer filed from)
    r"(?P<who>[A-Z][a-zA-Z'’-]*(?:\s+[A-Z][a-zA-Z'’-]*){0,3}(?:\s+in\s+[A-Z][a-zA-Z'’-]+(?:\s+(?:county|city|district|province|prefecture|town|township|village))?)?"
    r"(?:\s*(?:,|and|&)\s*[A-Z][a-zA-Z'’-]*(?:\s+[A-Z][a-zA-Z'’-]*){0,3}(?:\s+in\s+[A-Z][a-zA-Z'’-]+(?:\s+(?:county|city|district|province|prefecture|town|township|village))?)?)*"
    r"|[a-z][a-z0-9_]{1,19}))"
    # `by Wen Qi from the Youth League Committee`: the writer's unit after `from`
    r"(?:\s+from\s+(?P<unit>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,8}))?\s*(?:[(（]\s*[)）]\s*)?$"
)


#: `Zhou Lanying and Ma Wenjie`: names of two or three capitalised words, joined by `and`, `&` or commas.
_NAMES_JOINED = lazy_compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?:\s*(?:,|，|、|/|and|&)\s*[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}){0,3}$")
_NAME_SPLIT = lazy_compile(r"[\s,，、/&]+")


def pinyin_names(s: str) -> bool:
    """`Lin Qiaoyun`, `Zhou Lanying and Ma Wenjie`: a line of people's names only,
    every word of them pinyin (a place or an office, `Hexi County`, has an
    English word): a credit, never chrome, the writers when under a headline."""
    t = s.strip()
    if _NAMES_JOINED.match(t) is None:
        return False
    return all(is_pinyin(w.lower()) for w in _NAME_SPLIT.split(t) if w and w != "and")


def writer_names(value: str) -> bool:
    """`Zhou Lanying`, `Qiao Lan and Ma Wenjie` beside a date or before a
    headline's bar: people's names in pinyin.  Many English words also
    split into pinyin syllables (`Release` is re-le-a-se), so after each
    name's first word (the surname: `Fang`, `Long` are English words too) no
    word may be an English one: `Shuangmiao Release` is an account's name,
    not a writer's; nor may `China` (`Zhaoqing China` is a city's site,
    whose words are pinyin)."""
    if not pinyin_names(value):
        return False
    words = [w.lower() for w in _NAME_SPLIT.split(value) if w and w != "and"]
    if "".join(words[-2:]) in PINYIN_OUTLET_ENDINGS:
        return False  # `Hexi Ri Bao` (河西日报): a paper's name left in pinyin
    return "china" not in words and not any(is_english_word(w) for w in words[1:])


def pinyin_outlet(value: str) -> bool:
    """`Hexi Ri Bao`, `Lanxi Cai Jing`: a paper's or a site's name left in
    pinyin (capitalised pinyin words, the last two a paper's word)."""
    words = value.split()
    if not 2 <= len(words) <= MAX_PINYIN_OUTLET_WORDS or "".join(words[-2:]).lower() not in PINYIN_OUTLET_ENDINGS:
        return False
    return all(w[:1].isupper() and is_pinyin(w.lower()) for w in words)


#: A paper's name in pinyin has at most this many words (`Xiao Xiang Chen Bao`, a city's and the paper's).
MAX_PINYIN_OUTLET_WORDS = 6
#: The last two syllables of a paper's or a site's name left in pinyin
#: (日报 daily, 晚报 evening paper, 新闻 news, 财经 finance, 周报 weekly, 时报 times).
PINYIN_OUTLET_ENDINGS = frozenset({"ribao", "wanbao", "xinwen", "caijing", "zhoubao", "shibao"})


#: `By Sheena on September 05,2016`, `by Lin Qiao, May 6, 2022`: a
#: blog's or a magazine's credit, the author and the date.
_BY_ON = lazy_compile(
    r"^[Bb]y\s+(?P<who>[A-Z][a-zA-Z'’-]*(?:\s+[A-Z][a-zA-Z'’-]*){0,3}|[a-z][a-z0-9_]{1,19})(?:\s+on\s+|\s*[,|·]\s*)(?P<date>\S.{5,40})$")


def _by_on(text: MappedText) -> list[LabelValue] | None:
    m = _BY_ON.match(text.text.rstrip())
    if m is None:
        return None
    dt = whole_date(m.group("date"))
    if dt is None:
        return None
    return [LabelValue("author", "By", text.slice(0, 2), text.slice(m.start("who"), m.end("who"))),
            LabelValue("date", "on", text.slice(0, 0), text.slice(m.start("date"), m.start("date") + dt.end))]


def bracketed_by_credit(text: MappedText) -> list[LabelValue] | None:
    """`(by Zhou Lan)` closing the text: the writer's by-credit in brackets
    (:func:`by_credit` of what the brackets hold), else None."""
    if text.text[:1] not in "(（" or text.text[-1:] not in ")）":
        return None
    return by_credit(text.slice(1, len(text.text) - 1).strip())


def by_credit(text: MappedText) -> list[LabelValue] | None:
    """`By Xinhua writer Qiao Lan` → the author (`Qiao Lan`); the line's other
    words stay in the header line it is kept as.  None for anything else
    (`By the end of May, …` is a sentence)."""
    s = text.text.rstrip()
    if len(s) > MAX_BYLINE_CHARS:
        return None
    m = _BY_CREDIT.match(s) if s[:2].lower() == "by" else None  # (every match opens with By in some case)
    if m is None:
        return _by_outlet(text) or _by_on(text) or _by_office(text)  # `By Sheena on September 05,2016`
    group = "paren" if m.group("paren") else "who"
    if m.group(group).islower() and is_english_word(m.group(group)):
        return None  # `By then`: a user name is no English word
    author = [LabelValue("author", s[:2], text.slice(0, 2), text.slice(m.start(group), m.end(group)))]
    if m.group("desk"):
        # `Xinhua writers` before the names: the desk they write for, kept (no word is lost)
        desk = text.slice(m.start("desk"), m.end("desk")).strip()
        author.append(LabelValue("stray", "", desk.slice(0, 0), desk))
    if m.group("unit"):
        author.append(LabelValue("extra:author_unit", "", text.slice(0, 0), text.slice(m.start("unit"), m.end("unit"))))
    return author


def is_by_credit(s: str) -> bool:
    """``s`` (stripped) is a by-credit line (:func:`by_credit`), asked only of
    a line that opens with `By`: the one test the chrome judge, the heading
    shapes and the headline's field rows share."""
    t = s.strip()
    return t[:2] in ("By", "by", "BY") and by_credit(MappedText.identity(t)) is not None


#: `By Lu Ming and Tan Jia (China Daily)`: a credit closed by its outlet in brackets.
_TRAILING_OUTLET = lazy_compile(r"\s*[(（]\s*(?P<outlet>[^()（）]{2,40}?)\s*[)）]\s*$")


def _by_outlet(text: MappedText) -> list[LabelValue] | None:
    """A by-credit with an outlet in brackets after it (a known outlet's name or a
    site's address, `(chinadaily.com.cn)`): the writers and the source."""
    from ..outlets import outlet_named

    m = _TRAILING_OUTLET.search(text.text)
    if m is None or m.start() == 0 or outlet_named(m.group("outlet")) is None:
        return None
    credit = by_credit(text.slice(0, m.start()))
    if credit is None:
        return None
    return credit + [LabelValue("source", "", text.slice(0, 0), text.slice(m.start("outlet"), m.end("outlet")))]


#: `By General Office of Lanxi County People's Government`: an office as the writer.
_BY_OFFICE = lazy_compile(r"^[Bb]y\s+(?P<org>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for)){1,10})\s*$")


def _by_office(text: MappedText) -> list[LabelValue] | None:
    """A by-credit naming an office (:func:`.shape.is_org_name`): the office wrote the page."""
    from .shape import is_org_name

    m = _BY_OFFICE.match(text.text)
    if m is None or not is_org_name(m.group("org")):
        return None
    return [LabelValue("author", text.text[:2], text.slice(0, 2), text.slice(m.start("org"), m.end("org")))]


def split_teaser_label(labels: list[LabelValue], paragraph: str) -> tuple[list[LabelValue], MappedText | None]:
    """`Last Updated: 2024/05/16, Before the flood season arrives, … the probl`:
    a date label whose value goes on with a teaser of the first paragraph.
    Return the labels with that value cut back to its date, and the teaser."""
    for k, lv in enumerate(labels):
        if lv.field != "date" or len(lv.value.text) < MIN_TEASER_WORDS * 2:
            continue
        found = teaser(lv.value, paragraph)
        if found is None:
            continue
        text, date = found
        if date is None:
            continue
        return labels[:k] + [LabelValue(lv.field, lv.label, lv.label_text, date)] + labels[k + 1:], text
    return labels, None


#: `This article is from`, said before a source's name.
_FROM = r"(?i:this\s+(?:article|news|story)\s+(?:is|comes)\s+from)"
#: `This article is from Hunan Provincial Government.`: the source, said in a sentence.
_SOURCE_SENTENCE = lazy_compile(
    rf"^(?:{_FROM}|(?i:(?:article\s+)?reprinted\s+from))\s*[:：]?\s*"
    r"(?P<source>(?:the\s+)?[A-Z][^.。:：;；!?]{1,80}?)[.。]?\s*$"
)
#: A source named in such a sentence is a name: a few words.
MAX_SOURCE_WORDS = 8


#: `This article is from: Maple Creek Township Emergency Office  On the morning …`:
#: the source label glued before the lead, the two kept apart by a run of spaces.
_GLUED_SOURCE = lazy_compile(
    rf"^{_FROM}\s*[:：]\s*"
    r"(?P<source>[A-Z][^.。:：;；!?]{1,80}?)\s{2,}(?P<rest>\S)"
)


def glued_source(text: MappedText) -> tuple[LabelValue, MappedText, MappedText] | None:
    """The source label glued before the first paragraph: (the source field,
    the label part of the line, the paragraph)."""
    s = text.text
    if not s[:1] in "Tt":
        return None
    m = _GLUED_SOURCE.match(s)
    field = _source_field(text, m)
    if m is None or field is None:
        return None
    return field, text.slice(0, m.end("source")), text.slice(m.start("rest"), len(s))


#: `Coast DailyDonghai city opened …`: an outlet's name glued to the
#: first word of the text (the two were separate elements of the page).
_GLUED_OUTLET = lazy_compile(r"^(?P<outlet>(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+)(?=[A-Z][a-z]+\s)")


def glued_outlet(text: MappedText) -> tuple[LabelValue, MappedText, MappedText] | None:
    """A known outlet's name glued before the first paragraph: (the source, the name, the paragraph)."""
    m = _GLUED_OUTLET.match(text.text)
    if m is None or not is_outlet(m.group("outlet")):
        return None
    name = text.slice(0, m.end("outlet"))
    return LabelValue("source", "", name.slice(0, 0), name), name, text.slice(m.end("outlet"), len(text.text))


#: `(Reporter Zhou Jing) On the morning of …`: a bracketed credit glued before
#: the first sentence of the text.
#: `(Reported byLi Weina)On April 12th …`: a role's `by`, the name glued to it or not.
_GLUED_CREDIT = lazy_compile(
    rf"^[(（]\s*(?P<role>(?i:(?:reported|written|text|photos?|edited)\s*by|{_ROLE}|authors?))\s*[:：]?\s*"
    rf"(?P<names>[A-Z][^()（）:：]{{1,60}}?)\s*[)）]\s*(?P<rest>[A-Z\"“])"
)


def _bracketed_names(s: str, pattern: re.Pattern[str], group: str) -> re.Match[str] | None:
    """``pattern``'s match of a line opening with a bracket, when its ``group`` holds names only."""
    if not s[:1] in "(（":
        return None
    m = pattern.match(s)
    return m if m is not None and _NAMES.match(m.group(group).strip()) else None


def glued_credit(text: MappedText) -> tuple[LabelValue, MappedText, MappedText] | None:
    """A bracketed credit glued before the first paragraph: (the field, the
    credit part of the line, the paragraph); None unless the brackets hold a
    role and names only."""
    s = text.text
    m = _bracketed_names(s, _GLUED_CREDIT, "names")
    if m is None:
        return None
    field = _ROLE_FIELD.get(_role_key(m.group("role"))) or lexicon.header_labels().known_field(re.sub(r"\s*by$", " by", m.group("role")))
    if field is None:
        return None
    names = text.slice(m.start("names"), m.end("names")).strip()
    value = LabelValue(field, m.group("role"), text.slice(m.start("role"), m.end("role")), names)
    return value, text.slice(0, m.start("rest")).strip(), text.slice(m.start("rest"), len(s))


#: `(Correspondent: Qiao Lan; Reporter: Ruan Ping) Lanxi …`, `[Reporter Qiao Lan] Lanxi …`:
#: a bracket of credits opening the line, then the paragraph (a capital or a quote).
_GLUED_CREDITS = lazy_compile(rf"^(?P<open>[(（\[【])(?P<inner>[^()（）\[\]【】]{{3,{MAX_BYLINE_CHARS}}})[)）\]】]\s*(?P<rest>[A-Z\"“])")
_CLOSING = {"(": ")）", "（": ")）", "[": "]】", "【": "]】"}
#: The fields a bracket of credits before the text may name.
_GLUED_CREDIT_FIELDS = frozenset({"author", "editor", "extra:reporter", "extra:correspondent", "extra:photographer",
                                  "extra:photo", "extra:reviewer", "extra:intern"})


def glued_credits(text: MappedText) -> tuple[list[LabelValue], MappedText, MappedText] | None:
    """A bracket of credits glued before the first paragraph, several or one
    in a form :func:`glued_credit` does not read (`(Correspondent: Qiao Lan;
    Reporter: Ruan Ping) …`, `[Reporter Qiao Lan] …`): (the fields, the credit
    part of the line, the paragraph); None unless the bracket holds nothing
    but people's credits, each naming people."""
    s = text.text
    m = _GLUED_CREDITS.match(s) if s[:1] in "(（[【" else None
    if m is None or s[m.end("inner")] not in _CLOSING[m.group("open")]:
        return None
    inner = text.slice(m.start("inner"), m.end("inner")).strip()
    found = byline(inner)
    if found is None:
        found = [lv for lv in find_labels(inner, lexicon.header_labels()) if lv.field != "stray" or lv.value.text.strip(" ;；,，")]
        if not found or not all(lv.field in _GLUED_CREDIT_FIELDS and _NAMES.match(lv.value.text.strip().rstrip(";；,，").strip())
                                for lv in found):
            return None
        found = [LabelValue(lv.field, lv.label, lv.label_text, _trimmed(lv.value)) for lv in found]
    return found, text.slice(0, m.start("rest")).strip(), text.slice(m.start("rest"), len(s))


#: `By Zhou Mei, Lanxi Daily Forty new village clinics …`, `Chen Bo, all-media
#: reporter of Lanxi Evening News According to …`: a writer's credit naming
#: the outlet, glued before the first sentence (a line break lost).
_GLUED_BY_HEAD = lazy_compile(
    r"^(?:By\s+(?P<by>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}),\s+"
    r"|(?P<named>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}),\s+(?:[a-z-]+\s+){0,3}(?:reporter|correspondent|journalist)\s+(?:of|from|with)\s+)")
#: An outlet's name has at most this many words.
MAX_GLUED_OUTLET_WORDS = 6
#: The sentence after such a credit has at least this many words.
MIN_TEXT_AFTER_CREDIT_WORDS = 8


def glued_byline(text: MappedText) -> tuple[list[LabelValue], MappedText, MappedText] | None:
    """A writer's credit naming a known outlet glued before the first
    paragraph: (the author and the source, the credit, the paragraph).  The
    outlet's name is the evidence where the credit ends: the longest known
    outlet (outlet_words.txt) after the names, then a capitalised word."""
    s = text.text
    m = _GLUED_BY_HEAD.match(s) if s[:1].isupper() else None
    if m is None:
        return None
    group = "by" if m.group("by") else "named"
    words = s[m.end():].split(" ")
    if len(words) < MIN_TEXT_AFTER_CREDIT_WORDS + 1:
        return None
    for n in range(min(MAX_GLUED_OUTLET_WORDS, len(words) - MIN_TEXT_AFTER_CREDIT_WORDS), 0, -1):
        name = " ".join(words[:n])
        if words[n][:1].isupper() or words[n][:1] in "“\"":
            if is_outlet(name):
                end = m.end() + len(name)
                fields = [LabelValue("author", "", text.slice(0, 0), text.slice(m.start(group), m.end(group))),
                          LabelValue("source", "", text.slice(0, 0), text.slice(m.end(), end))]
                return fields, text.slice(0, end), text.slice(end + 1, len(s))
    return None


def credits_before_text(text: MappedText, single=None) -> tuple[list[LabelValue], MappedText, MappedText] | None:
    """Credits glued before the first paragraph: :func:`glued_credits` first
    (it parts `Correspondent …, Reporter …` by role), else the first of the
    ``single`` readers (default :func:`glued_credit`) that reads one field,
    as a list of one.  (the fields, the credit part of the line, the paragraph)."""
    several = glued_credits(text)
    if several is not None:
        return several
    for read in single or (glued_credit,):
        one = read(text)
        if one is not None:
            return [one[0]], one[1], one[2]
    return None


def _trimmed(value: MappedText) -> MappedText:
    """``value`` without the separator a row printed after it (`Qiao Lan;`)."""
    s = value.text.rstrip().rstrip(";；,，").rstrip()
    return value.slice(0, len(s)).strip()


def _source_field(text: MappedText, m: re.Match[str] | None) -> LabelValue | None:
    """The source a `This article is from …` match names, if it is a name (a few words)."""
    if m is None or len(m.group("source").split()) > MAX_SOURCE_WORDS:
        return None
    return LabelValue("source", "", text.slice(0, m.start("source")), text.slice(m.start("source"), m.end("source")))


def source_sentence(text: MappedText) -> LabelValue | None:
    """`This article is from Hunan Provincial Government.` → a source field; None otherwise."""
    s = text.text
    if not s[:1] in "TtRr" or len(s) > MAX_BYLINE_CHARS + 20:
        return None
    return _source_field(text, _SOURCE_SENTENCE.match(s))


def _undecorated(text: MappedText) -> MappedText:
    """`■ Text by Reporter Wen Hao` → `Text by Reporter Wen Hao`: a bullet before a credit decorates it."""
    from .heading_shape import decoration_end

    start = decoration_end(text.text)
    return text.slice(start, len(text.text)) if start else text


def bracketed_byline(text: MappedText) -> list[LabelValue] | None:
    """`(Reporter Qiao Lan)`: a byline in brackets, alone on its line."""
    s = text.text.rstrip()
    if len(s) < 3 or s[0] not in "(（" or s[-1] not in ")）":
        return None
    return byline(text.slice(1, len(s) - 1).strip())


#: The roles of a newsroom's byline: a line of these roles and names is a
#: credit whatever its place (the byline reader's other roles, `Text` and
#: `Photo`, would read `Text Size Large` or `Photo Gallery` as names).
_NEWS_ROLES = frozenset({"reporter", "correspondent", "journalist"})
_NEWS_ROLE_WORDS = ("reporter", "correspondent", "journalist")


def newsroom_byline(text: MappedText) -> list[LabelValue] | None:
    """`Reporter Qiao Lan`, `(Beishan Daily correspondent Ruan Ping)`: a byline,
    bracketed or not, whose roles are all a newsroom's; else None."""
    s = text.text.strip()
    low = s.lower()
    if not any(map(low.__contains__, _NEWS_ROLE_WORDS)):
        return None  # (substring tests first: most lines name no reporter)
    found = bracketed_byline(text.strip()) if s[:1] in "(（" else byline(text)
    if found is None or not all(_role_key(lv.label) in _NEWS_ROLES for lv in found if lv.field != "stray"):
        return None
    return found


def writer_and_outlet(text: MappedText) -> list[LabelValue] | None:
    """`Qiao Lan / Hexi Daily`, `Qiao Lan, Hexi Daily`, `Qiao Lan | Hexi Daily`
    alone on a line: the writer (pinyin names) and the paper (a known
    outlet's name or a site's address)."""
    from ..outlets import split_outlet

    s = text.text.rstrip()
    if len(s) > MAX_BYLINE_CHARS:
        return None
    split = split_outlet(s)
    if split is None or not writer_names(split[0]):
        return None
    name, outlet = split
    a, o = s.index(name), s.rindex(outlet)
    return [LabelValue("author", "", text.slice(0, 0), text.slice(a, a + len(name))),
            LabelValue("source", "", text.slice(0, 0), text.slice(o, o + len(outlet)))]


def read_lead(body: list[Line], title: MappedText | None,
              has_description: bool) -> tuple[list[Line], MappedText | None, MappedText | None, list[LabelValue], list[Line]]:
    """Take a teaser and a byline off the top of ``body``.

    Returns the body left, the description found (or None), the date text
    glued before a teaser (or None), the byline fields, and the lines taken
    (kept by the caller as header lines, so nothing is lost).
    """
    if title is None:
        return body, None, None, [], []
    description: MappedText | None = None
    date: MappedText | None = None
    fields: list[LabelValue] = []
    taken: list[Line] = []
    nonblank = [k for k, ln in enumerate(body) if not ln.blank][: LEAD_LINES + 1]
    skipped = 0  # photo captions looked past (they stay in the body)
    over: Line | None = None  # a short line over the credit, taken with it
    for pos, k in enumerate(nonblank[:LEAD_LINES]):
        ln = body[k]
        text = ln.text.strip()
        if not fields and description is None and pos == len(taken) + skipped and is_photo_caption(text.text):
            # `Terraced orchards of Shuangfeng … (PHOTO: LANXI DAILY)` / `By QIAO Lan`: the lead photo's
            # caption printed between the headline and the byline
            skipped += 1
            continue
        if pos == 0 and _line_over_credit(text.text, body, nonblank):
            # `Hexi Review, Issue 2` / a second wording of the headline, then
            # `By Qiao Lan`: both are the header's (the short line kept as a stray value)
            over = ln
            continue
        if description is None and not has_description and pos == len(taken) + skipped:
            nxt = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
            found = teaser(text, body[nxt].s) if nxt is not None else None
            if found is not None:
                description, date = found
                taken.append(ln)
                continue
        bare = _undecorated(text)
        by = (byline(bare) or by_credit(bare) or role_by_credit(bare) or bracketed_byline(bare)
              or writer_and_outlet(bare) or (_names_credit(bare) if over is not None else None)) if not fields else None
        if by is None and not fields:
            said = source_sentence(text)
            by = [said] if said is not None else None
        if by is not None:
            fields = by
            taken.append(ln)
            continue
        several = (glued_byline(text) or credits_before_text(text, (glued_source, glued_credit, glued_outlet))) \
            if not fields else None
        if several is not None:
            # the label part goes to the header, the paragraph stays in the body
            credits, label_part, paragraph = several
            earlier = {t.number for t in taken}
            left = [Line(b.number, paragraph) if b.number == ln.number else b for b in body if b.number not in earlier]
            return left, description, date, credits, [*taken, Line(ln.number, label_part)]
        break
    if not taken:
        return body, None, None, [], []
    if over is not None and fields:
        stray = over.text.strip()
        fields = [LabelValue("stray", "", stray.slice(0, 0), stray), *fields]
        taken.insert(0, over)
    numbers = {ln.number for ln in taken}
    return [ln for ln in body if ln.number not in numbers], description, date, fields, taken


def _names_credit(text: MappedText) -> list[LabelValue] | None:
    """`Qiao Lan and Ma Wenjie` alone on a line: the writers."""
    return [LabelValue("author", "", text.slice(0, 0), text)] if writer_names(text.text) else None


#: A line looked past, over the credit under the headline, is at least this
#: long (a headline's second wording, a periodical's name and issue) and at
#: most a subtitle's length.
MIN_LINE_OVER_CREDIT_CHARS = 10


def _line_over_credit(s: str, body: list[Line], nonblank: list[int]) -> bool:
    """The body's first line is a short line with no stop at its end (no
    sentence, no list's lead-in), and the next is a writer's credit (`By
    Qiao Lan`, or names in pinyin alone): the credit belongs to the header."""
    t = s.strip()
    if len(nonblank) < 2 or not MIN_LINE_OVER_CREDIT_CHARS <= len(t) <= MAX_SUBTITLE_CHARS \
            or t.endswith((*_SENTENCE_END, ":", "：", ",", "，", ";", "；")):
        return False
    nxt = _undecorated(body[nonblank[1]].text.strip())
    if by_credit(nxt) is not None:
        return True
    # names alone must have running text under them: under a short line they
    # may open a list of people (`Prize winners` / `Zhou Lan` / `Ma Jie` …)
    after = body[nonblank[2]].s.strip() if len(nonblank) > 2 else ""
    return writer_names(nxt.text) and len(after) >= MIN_PARAGRAPH_UNDER_NAMES and after.endswith(_SENTENCE_END)


#: Running text under a names line taken as a credit is at least this long.
MIN_PARAGRAPH_UNDER_NAMES = 60


_BRACKETED_OUTLET = lazy_compile(r"^[(（]\s*(?P<outlet>[^()（）]{2,40}?)\s*[)）]$")
#: The last words of a paper's name that stands alone on a line without brackets
#: (`Hexi Daily`, `Lanxi Evening Times`); `News` is left out: `Company News` is a column.
BARE_OUTLET_LAST_WORDS = frozenset({"daily", "times", "post", "herald", "gazette", "review", "xinhua"})
#: A known outlet's name alone on a line, a few capitalised words (`Hexi Daily`).
_BARE_OUTLET = lazy_compile(r"^\s*(?P<outlet>[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){0,3})\s*$")


def bracketed_outlet(text: MappedText) -> LabelValue | None:
    """`(China Daily)` alone on a line: a known outlet's name in brackets, the
    source; also the name alone without brackets (`Hexi Daily` under the
    headline)."""
    from ..outlets import is_outlet

    m = _BRACKETED_OUTLET.match(text.text)
    if m is None:
        m = _BARE_OUTLET.match(text.text)
        if m is None or m.group("outlet").split()[-1].lower() not in BARE_OUTLET_LAST_WORDS:
            return None  # (`Company News` under a headline is its column, not a paper)
    if not is_outlet(m.group("outlet")):
        return None
    return LabelValue("source", "", text.slice(0, 0), text.slice(m.start("outlet"), m.end("outlet")))


def closing_outlet(text: MappedText) -> list[LabelValue] | None:
    """`(Hexi Daily)` closing the text: the outlet a repost came from, in
    brackets (the bare name is left to the page's other readers there)."""
    s = text.text.strip()
    if not s[:1] in "(（" or ":" in s or "：" in s:
        return None  # (`(Source: …)` is a label's, read as one)
    found = bracketed_outlet(text)
    return [found] if found is not None else None


#: `(CCTV September 16, 2009)`, `(Xinhua News Agency 2007-11-15)`: the outlet a
#: repost came from, and its date, closing the body in brackets.
_BRACKETED = lazy_compile(r"^[(（]\s*(?P<inner>[A-Z][^()（）]{6,90}?)\s*[)）]$")


def outlet_date_credit(text: MappedText) -> list[LabelValue] | None:
    """`(CCTV September 16, 2009)` → source and date; None unless the brackets
    hold exactly an outlet's name and then a full date."""
    s = text.text
    if not s[:1] in "(（" or len(s) > MAX_BYLINE_CHARS:
        return None
    m = _BRACKETED.match(s)
    if m is None:
        return None
    inner, base = m.group("inner"), m.start("inner")
    dt = find_datetime(inner)
    if dt is None or dt.date is None or dt.end != len(inner):
        return None
    outlet = inner[: dt.start].rstrip(" ,，")
    if not outlet or not is_outlet(outlet):
        return None
    return [LabelValue("source", "", text.slice(0, 0), text.slice(base, base + len(outlet))),
            LabelValue("date", "", text.slice(0, 0), text.slice(base + dt.start, base + dt.end))]


#: `Excerpt from: Lanxi Daily`, `From Hexi Evening News, June 1, 2024`,
#: `(Extracted from Lanxi Daily, reposted for study)`: the paper an
#: article was taken from, named after `from`, perhaps with its day and a
#: reposting site's note after commas, in brackets or not.
_FROM_CREDIT = lazy_compile(
    r"^(?P<open>[(（])?\s*(?:(?P<verb>(?i:excerpt(?:ed)?|extracted|reprinted|reproduced|taken|transferred))\s+)?(?i:from)\s*[:：]?\s*"
    r"(?P<outlet>[A-Z][^,，()（）:：]{1,60}?)\s*(?:[,，]\s*(?P<rest>[^()（）]{1,80}?))?\s*(?P<close>[)）])?$")


def from_credit(text: MappedText) -> list[LabelValue] | None:
    """`From Hexi Evening News, June 1, 2024` → the source (a known kind of
    outlet's name: :func:`..outlets.is_outlet`), and the paper's day when it
    follows whole (``extra.source_date``: the day of the paper, which need not
    be the page's); None otherwise.  What else follows the name (a
    reposting site's note) stays with the line, kept as a header line."""
    s = text.text.strip()
    if len(s) > MAX_BYLINE_CHARS or "rom" not in s[:20]:
        return None  # (a cheap test first: every match holds `from` near its start)
    m = _FROM_CREDIT.match(s)
    if m is None or bool(m.group("open")) != bool(m.group("close")) or not is_outlet(m.group("outlet").strip()):
        return None
    outlet = m.group("outlet").rstrip()
    found = [LabelValue("source", "", text.slice(0, 0), text.slice(m.start("outlet"), m.start("outlet") + len(outlet)))]
    verb = m.group("verb")
    if verb:
        # `Excerpted from`: how the paper is credited, kept (the label words of `From:` need no keeping)
        found.append(LabelValue("extra:source_label", "", text.slice(0, 0), text.slice(m.start("verb"), m.end("verb"))))
    rest = m.group("rest")
    if rest:
        at = m.start("rest")
        dt = find_datetime(rest)
        if dt is not None and dt.date is not None and dt.start == 0 and dt.end == len(rest.rstrip()):
            found.append(LabelValue("extra:source_date", "", text.slice(0, 0), text.slice(at, at + dt.end)))
        else:
            # `reposted for study`: the reposting site's note after the paper, kept
            found.append(LabelValue("stray", "", text.slice(0, 0), text.slice(at, at + len(rest.rstrip()))))
    return found


#: `(Written by Wang Fang Reviewed by Zeng Juan)`, `Photo by Li Na, text by Chen Wei`:
#: credits of the form "<role> by <names>", one after another.  The roles are
#: the labels of labels.tsv that end in "by", with the fields they feed.
_BY_LABEL = re.compile(r"\s+by$")


@functools.cache
def _role_by() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(one role and its `by`, a line of nothing but such credits)."""
    roles = {_BY_LABEL.sub("", label) for label in lexicon.header_labels().fields if _BY_LABEL.search(label)}
    alternation = "|".join(sorted(map(re.escape, roles), key=len, reverse=True))
    one = re.compile(rf"(?P<role>(?i:{alternation}))\s+(?i:by)\s*[:：]?\s*")
    line = re.compile(rf"^[(（]?\s*(?P<inner>(?i:{alternation})\s+(?i:by)\b[^()（）]{{2,150}}?)\s*[)）]?[.。]?$")
    return one, line


#: `… in Qiaotou` closing a credit's names: where the writer reported from, no name.
_IN_PLACE = lazy_compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")
#: `Reporter Wen Hao` after a credit's `by`: the writer's role before the name, not a word of it.
_ROLE_BEFORE_NAME = lazy_compile(rf"^(?i:{_ROLE})\s+(?=[A-Z])")


def role_by_credit(text: MappedText) -> list[LabelValue] | None:
    """`(Written by Wang Fang Reviewed by Zeng Juan)` → author and reviewer;
    None unless the line is nothing but such credits, each naming people."""
    s = text.text
    if s and s[0] in LINE_BULLETS:
        # `■ Text by Reporter Zhou Lan`: a bullet before the credit ("" is in every string: hence `s and`)
        bullet = len(s) - len(s[1:].lstrip())
        return role_by_credit(text.slice(bullet, len(s)))
    if len(s) > MAX_BYLINE_CHARS * 2 or not s.lstrip("(（ ")[:1].isalpha():
        return None
    one, line = _role_by()
    labels = lexicon.header_labels()
    m = line.match(s)
    opened, closed = s[:1] in "(（", s.rstrip("。. ")[-1:] in ")）"
    if m is None or closed and not opened:
        return None  # (`(Reported by Li Na and Wang Bo`: a bracket left open by the page is no matter)
    roles = list(one.finditer(s, m.start("inner"), m.end("inner")))
    if not roles or roles[0].start() != m.start("inner"):
        return None
    out = []
    for k, role in enumerate(roles):
        end = roles[k + 1].start() if k + 1 < len(roles) else m.end("inner")
        names = text.slice(role.end(), end).strip()
        names = names.slice(0, len(names.text.rstrip(",，;；/|、 ")))
        titled = _ROLE_BEFORE_NAME.match(names.text)
        if titled is not None:
            names = names.slice(titled.end(), len(names.text))  # (`Text by Reporter Wen Hao`: the name is Wen Hao)
        place = _IN_PLACE.search(names.text) if " in " in names.text else None
        if place is not None:
            names = names.slice(0, place.start())  # (`Reported by Li Na in Qiaotou`: where, as a By-line's `in Lhasa`)
        if not _NAMES.match(names.text):
            return None
        field = labels.known_field(role.group("role") + " by")  # (a role is a label less its "by")
        if field is None:
            return None
        out.append(LabelValue(field, role.group(0).strip(" :："), text.slice(role.start(), role.end()).strip(), names))
    return out


#: `(Wang Kun) (Editor: Gu Lanyun, Chen Kangqing).`: the writer's name in
#: brackets, then the other credits, closing the body.
_NAME_THEN_CREDIT = lazy_compile(r"^[(（](?P<name>[^()（）]{2,40})[)）]\s*(?P<credit>[(（][^()（）]{3,200}[)）])[.。]?$")


def name_then_credit(text: MappedText) -> tuple[LabelValue, MappedText] | None:
    """The author and the bracketed credit after it, or None."""
    m = _bracketed_names(text.text, _NAME_THEN_CREDIT, "name")
    if m is None:
        return None
    name = text.slice(m.start("name"), m.end("name")).strip()
    return LabelValue("author", "", name.slice(0, 0), name), text.slice(m.start("credit"), m.end("credit"))

