"""The page title's pieces around the headline: a site's name after it
(`… - Lanxiu County People's Government`, `…_Rural Revival Online`), a site, column or
menu before it (`Pinecrest County Government - Work Updates - …`,
`Party Building News | …`, `English About … Latest News …`), and the
Chinese original beside an English headline.  Each piece goes to the
masthead (or to ``extra.title_chinese``) as a ``title-site-suffix`` fix, in
the order of :data:`PIECES`, so nothing is lost."""

from __future__ import annotations

import re

from ..chardata import HAN_COMMON, words_of_kind
from ..lazyre import lazy_compile
from ..outlets import is_outlet, is_site_url
from .. import lexicon
from ..model import Edit
from ..textmap import MappedText
from .header import LabelValue
from .lead import writer_names
from .lines import Line
from .shape import _MASTHEAD, _ORG_NAME, ends_in_masthead_word
from .title import MIN_TITLE_WORDS_AFTER_SPAM
from .zones import ZonesBuilder


_SITE_SUFFIX = lazy_compile(r"(?:\s+[-–—_|｜]{1,2}\s+|\s*(?:--|——|—)\s*)(?P<site>[^-–—_|｜]{4,80})$")
#: `…Working Day-Hexi Online`: a known outlet's name glued on with a hyphen.
_GLUED_OUTLET_SUFFIX = lazy_compile(r"(?<=[a-z])-(?P<site>[A-Z][^-–—_|｜]{3,60})$")
#: A page title carries at most this many site pieces (`… - Hexi Daily - hexinews.cn`).
MAX_SITE_SUFFIXES = 3
#: A ` - Site Name` suffix is dropped only after at least this much headline.
#: Set on held-out batch s80-s95, where page titles carry the site's name.
MIN_TITLE_BEFORE_SITE_SUFFIX = 20


def _cut(z: ZonesBuilder, title: MappedText, start: int, end: int) -> MappedText:
    """``title`` without ``title[start:end]``, the cut recorded as a ``title-site-suffix`` fix."""
    new, fixes = title.apply([Edit(start, end, "", "title-site-suffix")])
    z.fixes.extend(fixes)
    return new


#: `Pinecrest County Government - Work Updates - The headline`: the site's
#: name and a column before the headline, each a few words.
_SITE_PREFIX = lazy_compile(
    r"^(?P<site>[^-–—_|｜]{4,80}?)\s+[-–—|｜]\s+(?:(?P<column>[^-–—_|｜]{2,40}?)\s+[-–—|｜]\s+)?(?=\S)")
#: A site name or a column before the headline has at most this many words.
MAX_PREFIX_SEGMENT_WORDS = 6
#: A one-word name (`Hospital - …`) is too little to call a site.
MIN_SITE_PREFIX_WORDS = 2


def _drop_site_prefix(z: ZonesBuilder, title: MappedText) -> MappedText:
    """`Pinecrest County Government - Work Updates - The headline`: the site
    name (and the column) printed before the headline.  Dropped as a
    ``title-site-suffix`` fix only when the first piece reads as a site name
    and enough headline follows; the masthead keeps the words."""
    m = _SITE_PREFIX.match(title.text)
    if m is None or len(title.text) - m.end() < MIN_TITLE_BEFORE_SITE_SUFFIX:
        return title
    site, column = m.group("site").strip(), (m.group("column") or "").strip()
    if not MIN_SITE_PREFIX_WORDS <= len(site.split()) <= MAX_PREFIX_SEGMENT_WORDS \
            or len(column.split()) > MAX_PREFIX_SEGMENT_WORDS:
        return title
    if not (_MASTHEAD.search(site) or _ORG_NAME.search(site)):
        return title
    z.masthead.append(Line(0, title.slice(m.start("site"), m.end("column") if column else m.end("site"))))
    return _cut(z, title, 0, m.end())


#: A site's menu run into the headline has at least this many known entries
#: (menu_words.tsv, or `About <Place>`) before it; an entry has at most
#: MAX_MENU_ENTRY_WORDS words.
MIN_MENU_PREFIX_ENTRIES = 3
MAX_MENU_ENTRY_WORDS = 4


def _menu_prefix_end(words: list[str]) -> int:
    """How many of ``words`` (from the start) are a run of menu entries, entry by entry; 0 for too few."""
    entries = lexicon.menu_words()[1]
    at = count = 0
    while at < len(words):
        for n in range(min(MAX_MENU_ENTRY_WORDS, len(words) - at), 0, -1):
            entry = " ".join(words[at:at + n]).lower()
            if entry in entries or (n == 2 and words[at] == "About" and words[at + 1][:1].isupper()):
                at, count = at + n, count + 1
                break
        else:
            break
    return at if count >= MIN_MENU_PREFIX_ENTRIES else 0


def _drop_menu_prefix(z: ZonesBuilder, title: MappedText) -> MappedText:
    """`English About Lanzhou Mayor's Mailbox Government Bulletin Latest News
    Laws and Regulations A Letter to Travellers …`: the site's menu run into the headline
    goes to the masthead; the headline after it stays."""
    words = title.text.split(" ")
    n = _menu_prefix_end(words)
    if not n or n >= len(words) or not words[n][:1].isupper():
        return title
    cut = len(" ".join(words[:n]))
    if len(title.text) - cut < MIN_TITLE_BEFORE_SITE_SUFFIX:
        return title
    z.masthead.append(Line(0, title.slice(0, cut)))
    return _cut(z, title, 0, cut + 1)


#: `Party Building News | Anhui Fuyin Party Branch holds …`, `China丨Haikou plays …`:
#: a column's name and a bar before the headline.
_COLUMN_PREFIX = lazy_compile(r"^(?P<column>[A-Z][\w’'&. -]{1,40}?)\s*[|｜丨]\s*(?=[A-Z\d“\"])")
#: The bars one of which every match of ``_COLUMN_PREFIX`` holds: most
#: headlines hold none, and the pattern's lazy run was tried before saying so.
_COLUMN_BARS = ("|", "｜", "丨")


def column_prefix(text: str) -> re.Match[str] | None:
    """``_COLUMN_PREFIX.match(text)``, settled by substring tests when ``text`` holds no bar."""
    return _COLUMN_PREFIX.match(text) if any(map(text.__contains__, _COLUMN_BARS)) else None
#: A column before a bar is at most this many words.
MAX_COLUMN_PREFIX_WORDS = 4


def _drop_column_prefix(z: ZonesBuilder, title: MappedText) -> MappedText:
    """A column's name before a bar goes to the masthead when it reads as a
    column: one word, a known menu entry (menu_words.tsv) or a name ending in
    `News`; the headline after it stays."""
    m = column_prefix(title.text)
    if m is None or len(title.text) - m.end() < MIN_TITLE_BEFORE_SITE_SUFFIX:
        return title
    column = m.group("column").strip()
    words = column.split()
    if len(words) > MAX_COLUMN_PREFIX_WORDS or not (
            len(words) == 1 or column.lower() in lexicon.menu_words()[1] or words[-1].lower() == "news"):
        return title
    z.masthead.append(Line(0, title.slice(m.start("column"), m.start("column") + len(column))))
    return _cut(z, title, 0, m.end())


def _drop_writer_prefix(z: ZonesBuilder, title: MappedText) -> MappedText:
    """`Tan Meixiu | On the role of village elders …`: the writer's name before
    a bar (an essay's page title) is the author, when the page names no
    other; the headline after it stays."""
    m = column_prefix(title.text)
    if m is None or len(title.text) - m.end() < MIN_TITLE_BEFORE_SITE_SUFFIX:
        return title
    names = m.group("column").strip()
    if not writer_names(names):
        return title
    if not any(lv.field == "author" for lv in z.labels):
        z.labels.append(LabelValue("author", "", title.slice(0, 0), title.slice(0, len(names))))
    return _cut(z, title, 0, m.end())


#: `沪郑合作 共同发展 丨Zhengzhou eyes …`, `英语文摘:China's villages …`: a column's
#: Chinese name, untranslated, before an English headline.
_CHINESE_PREFIX = lazy_compile(rf"^(?P<column>[{HAN_COMMON}][{HAN_COMMON}\d\s·]{{1,30}}?)\s*[丨|｜:：]\s*(?=[A-Za-z])")


def _drop_chinese_prefix(z: ZonesBuilder, title: MappedText) -> MappedText:
    """The untranslated column name before an English headline goes to the
    masthead, as a ``title-site-suffix`` fix, when enough headline follows."""
    m = _CHINESE_PREFIX.match(title.text)
    if m is None or len(title.text) - m.end() < MIN_TITLE_BEFORE_SITE_SUFFIX:
        return title
    z.masthead.append(Line(0, title.slice(m.start("column"), m.end("column"))))
    return _cut(z, title, 0, m.end())


#: A bilingual page title: the Chinese original (at least this many Han
#: characters) beside its English headline, before or after it
#: (`灵溪镇志愿者春播前清理灌渠 Lingxi Town volunteers …`, `A Notice to Foreign Residents … | 致外籍居民的台风季节提示`,
#: `境外人员住宿登记须知 (Accommodation Registration)`, a service page's usual heading).
MIN_CHINESE_ORIGINAL_CHARS = 6
#: The English in brackets after the original is its translation from two words on.
MIN_TRANSLATION_WORDS_IN_BRACKETS = 2
_HAN_RUN = rf"[{HAN_COMMON}][{HAN_COMMON}\s·，、：:“”\d]*[{HAN_COMMON}”]"
#: (`2024年寒假安全提示 Safety Tips for …`: the original may open with a year or a number)
_CHINESE_BEFORE = lazy_compile(rf"^(?P<zh>(?:\d{{1,4}}\s*)?{_HAN_RUN})\s*[丨|｜]?\s+(?=[A-Z])")
_CHINESE_AFTER = lazy_compile(rf"(?<=[A-Za-z.?!)’”])\s*(?:\s|[丨|｜])\s*(?P<zh>{_HAN_RUN})$")
#: `Hexi County (Hexi xian)【河西县的英文版介绍】`: the Chinese original in brackets after the English.
_CHINESE_BRACKETED_AFTER = lazy_compile(rf"(?<=[A-Za-z.?!)’”])\s*[【〖\[](?P<zh>{_HAN_RUN})[】〗\]]$")
_ENGLISH_IN_BRACKETS = lazy_compile(rf"^(?P<zh>{_HAN_RUN})\s*[(（](?P<en>[A-Z][^()（）{HAN_COMMON}]{{3,120}})[)）]$")


def _drop_chinese_original(z: ZonesBuilder, title: MappedText) -> MappedText:
    """The Chinese original beside an English headline goes to
    ``extra.title_chinese``; the English headline stays the title (a
    ``title-site-suffix`` fix records the cut, so nothing is lost)."""
    s = title.text
    if s.isascii():
        return title  # (every pattern below needs a Han character)
    m = _ENGLISH_IN_BRACKETS.match(s)
    min_words = MIN_TRANSLATION_WORDS_IN_BRACKETS
    if m is not None:
        keep = (m.start("en"), m.end("en"))
    else:
        min_words = MIN_TITLE_WORDS_AFTER_SPAM + 1
        m = _CHINESE_BEFORE.match(s) or _CHINESE_AFTER.search(s)
        if m is None:
            m = _CHINESE_BRACKETED_AFTER.search(s)
            min_words = MIN_TRANSLATION_WORDS_IN_BRACKETS  # (the brackets mark it off: a short name will do)
        if m is None:
            return title
        keep = (m.end(), len(s)) if m.start() == 0 else (0, m.start())
    zh = m.group("zh")
    if sum(1 for c in zh if not c.isspace() and not c.isascii()) < MIN_CHINESE_ORIGINAL_CHARS \
            or len(s[keep[0]:keep[1]].split()) < min_words:
        return title
    z.labels.append(LabelValue("extra:title_chinese", "", title.slice(0, 0), title.slice(m.start("zh"), m.end("zh"))))
    edits = [Edit(0, keep[0], "", "title-site-suffix")] if keep[0] else []
    if keep[1] < len(s):
        edits.append(Edit(keep[1], len(s), "", "title-site-suffix"))
    new, fixes = title.apply(edits)
    z.fixes.extend(fixes)
    return new


#: `… scenic areas in Hexi-申威1600`: a short Chinese tag (a site's, a keyword
#: farm's) glued after an English headline with a dash.
_HAN_TAG_AFTER = lazy_compile(rf"(?<=[A-Za-z0-9.)’”])\s*[-–—_]\s*(?P<tag>[{HAN_COMMON}][{HAN_COMMON}\w]{{0,15}})$")


def _drop_han_tag(z: ZonesBuilder, title: MappedText) -> MappedText:
    """A short Chinese tag glued after an English headline with a dash goes
    to the masthead, as a site's name after a dash does (a ``title-site-suffix``
    fix); a longer Chinese original is :func:`_drop_chinese_original`'s."""
    # (the tag opens with a Han character: an ASCII headline holds none, and the
    # pattern was tried at every position of it)
    m = None if title.text.isascii() else _HAN_TAG_AFTER.search(title.text)
    if m is None or len(title.text[: m.start()].split()) <= MIN_TITLE_WORDS_AFTER_SPAM:
        return title
    z.masthead.append(Line(0, title.slice(m.start("tag"), m.end("tag"))))
    return _cut(z, title, m.start(), m.end())


#: `Tianjin district assists Gansu counties –`: the separator of a site name
#: the page left out.
_BARE_SEPARATOR = lazy_compile(r"\s+[-–—_|｜][\s|｜]*$")  # (`… | |||||`: a table's empty cells too)


#: `…into a market town_Rural Revival Online`: a page title's `headline_site`
#: (the underscore of a Chinese `<title>`), glued or after one space.  No
#: headline writes an underscore, so the separator is evidence enough when a
#: capitalised name of a few words follows it.
_UNDERSCORE_SITE = lazy_compile(rf" ?_(?P<site>[A-Z][^_|｜?!。]{{1,60}}|[{HAN_COMMON}]{{2,20}}(?:网|网站|政府|门户))$")


def _drop_underscore_sites(z: ZonesBuilder, title: MappedText) -> MappedText:
    """Drop each `_Site Name` the page title appends (`…_Rural Revival
    Online_Hexi Poverty Relief Portal`) to the masthead."""
    sites: list[Line] = []
    while (m := _UNDERSCORE_SITE.search(title.text)) is not None and m.start() >= MIN_TITLE_BEFORE_SITE_SUFFIX \
            and len(m.group("site").split()) <= MAX_PREFIX_SEGMENT_WORDS:
        sites.insert(0, Line(0, title.slice(m.start("site"), m.end("site"))))
        title = _cut(z, title, m.start(), m.end())
    z.masthead.extend(sites)
    return title


def _drop_site_suffix(z: ZonesBuilder, title: MappedText) -> MappedText:
    """`Notice on … - Lanxiu County People's Government`: the page title's site
    name is not part of the headline.  Dropped (as a fix) only when it repeats
    the masthead or reads as a site name; the masthead keeps the words.  A
    separator left bare at the end goes too."""
    title = _drop_underscore_sites(z, title)
    bare = _BARE_SEPARATOR.search(title.text)
    if bare is not None and bare.start() >= MIN_TITLE_BEFORE_SITE_SUFFIX:
        title = _cut(z, title, bare.start(), bare.end())
    for _ in range(MAX_SITE_SUFFIXES):
        cut = _site_suffix(z, title)
        if cut is None:
            break
        title = cut
    title = _drop_masthead_words(z, title)
    m = _BRACKETED_SITE.search(title.text) if title.text.endswith((")", "）")) else None
    if m is not None and m.start() >= MIN_TITLE_BEFORE_SITE_SUFFIX and (ends_in_masthead_word(m.group("site")) or is_site_url(m.group("site"))):
        # `… by the old bridge (Hexi News Network)`: the site's name in brackets after the headline
        z.masthead.append(Line(0, title.slice(m.start("site"), m.end("site"))))
        title = _cut(z, title, m.start(), m.end())
    return title


#: A masthead closing the headline with no separator has at least this many
#: words (`… in Q1 lanxi harbour news`): one word is too often the headline's own.
MIN_MASTHEAD_TAIL_WORDS = 2
#: A site's name ends in a letter: the test that most headlines fail at once.
_MASTHEAD_TAIL_END = tuple("abcdefghijklmnopqrstuvwxyz")


def _drop_masthead_words(z: ZonesBuilder, title: MappedText) -> MappedText:
    """`Lanxi port opens a berth lanxi harbour news` under the masthead
    `LANXI HARBOUR NEWS`: the site's name printed after the headline with no
    separator, all in lower case, is no word of it (a headline writes a name
    with its capitals: `… Return to the Lanxi County Library` keeps the
    library).  The masthead's own line above the headline (kept as the
    masthead, or removed as chrome) is the evidence, so nothing but its words
    goes."""
    low = title.text.lower()
    if not low.endswith(_MASTHEAD_TAIL_END):
        return title
    at = title.span()[0]
    names = [ln.text.text for ln in z.masthead] + [f.before for f in z.fixes if f.rule == "chrome" and f.span[1] <= at]
    for name in names:
        site = " ".join(name.split())
        if len(site.split()) < MIN_MASTHEAD_TAIL_WORDS or not low.endswith(" " + site.lower()):
            continue
        start = len(title.text) - len(site) - 1
        tail = title.text[start + 1:]
        if start >= MIN_TITLE_BEFORE_SITE_SUFFIX and tail.islower() and not site.islower() \
                and " ".join(tail.split()) == site.lower():
            return _cut(z, title, start, len(title.text))
    return title


#: `… trains village volunteers Print`, `… by the old bridge print`: a page's print (or
#: close, share) button glued after the headline on its line.
_BUTTON_TAIL = lazy_compile(r"\s+[\[【]?\s*(?i:print|close|share)\s*[\]】]?$")


def _drop_button_tail(z: ZonesBuilder, title: MappedText) -> MappedText:
    """The headline without a button's word after it (recorded as a
    ``furniture`` fix); kept after a function word (`… ready to print`)."""
    last = title.text.rstrip()[-1:].lower()
    m = _BUTTON_TAIL.search(title.text) if last in ("t", "e", "]", "】") else None  # (print, close, share)
    if m is None or m.start() < MIN_TITLE_BEFORE_SITE_SUFFIX:
        return title
    before = title.text[: m.start()].split()
    if not before or before[-1].lower() in words_of_kind("function"):
        return title
    new, fixes = title.apply([Edit(m.start(), m.end(), "", "furniture")])
    z.fixes.extend(fixes)
    return new


#: `… (Hexi News Network)`: a name in brackets closing the page's title.
_BRACKETED_SITE = lazy_compile(r"\s*[(（]\s*(?P<site>[^()（）]{2,60}?)\s*[)）]$")


#: The function words an organisation's name writes are data/truncation_words.tsv's
#: kind `name` (`Office of … and …`); any other (`… Camp Held at … University`,
#: `… Rail Held in … Station`) makes the piece a clause of the headline that
#: happens to end in a name.
#: Quotation marks: a headline quotes a name, a site's name quotes nothing
#: (the single marks are left out: `’` is an apostrophe more often, `People’s`).
_QUOTES = frozenset("\"“”「」『』《》")


def _name_words(site: str) -> bool:
    """``site`` reads as an organisation's name: no quotation marks, and no
    function word but the small words of a name (a translator may write the
    name's other words in lower case: `People's network`)."""
    function = words_of_kind("function")
    return not any(c in _QUOTES for c in site) and not any(
        w in function and w not in words_of_kind("name") for w in site.split())


def _site_suffix(z: ZonesBuilder, title: MappedText) -> MappedText | None:
    """``title`` without its last ` - Site Name` piece, or None when it has
    none: the piece must repeat the masthead or read as a site's name (a
    portal, a known outlet, a site's address, an organisation: `… - Hexi
    Daily`, `… - hexinews.cn`, `… —— Hexi County Water Bureau`)."""
    m = _SITE_SUFFIX.search(title.text)
    glued = m is None
    if glued:
        m = _GLUED_OUTLET_SUFFIX.search(title.text)
    if m is None or m.start() < MIN_TITLE_BEFORE_SITE_SUFFIX:
        return None
    site = m.group("site").strip()
    mastheads = {ln.text.strip().text.lower() for ln in z.masthead}
    if glued:
        if not is_outlet(site):
            return None  # (`Wuhan-Guangzhou Railway`: a hyphen inside the headline's own words)
    elif site.lower() not in mastheads and not (_MASTHEAD.search(site) or is_outlet(site) or is_site_url(site)
                                                 or (_ORG_NAME.search(site) and site[:1].isupper() and _name_words(site))):
        return None
    if site.lower() not in mastheads:
        z.masthead.append(Line(0, title.slice(m.start("site"), m.end("site"))))
    return _cut(z, title, m.start(), m.end())



#: `原标题：…`: a repost's label for the headline it copied.
_REPOST_LABEL = lazy_compile(r"^(?:original (?:title|headline)|原标题)\s*[:：]\s*(?=\S)", re.IGNORECASE)
#: `… in pastoral areas (Figure) – Site`: the Chinese headline's mark for an
#: article with pictures (图, 组图), translated, ends the headline; a site's
#: name after a dash may follow it.
_PICTURE_MARK = lazy_compile(r"\s*[(（\[【](?:figure|figures|photos?|pictures?|图|组图|图文)[)）\]】](?:\s+[-–—_|｜]\s+[^-–—_|｜]{2,60})?$",
                             re.IGNORECASE)
#: The brackets ``_PICTURE_MARK`` opens with: one is in every match.
_PICTURE_MARK_OPENERS = ("(", "（", "[", "【")


#: `… of Ancient Villages(2/3)`: the page of a long article split over
#: several, which the site adds to every page's headline.
_PAGE_OF = lazy_compile(r"\s*[(（]\s*(?P<page>\d{1,2})\s*/\s*(?P<pages>\d{1,2})\s*[)）]$")
#: `… village libraries open in the evening (3)`, `… of the Lanxi County Government(12)`,
#: `… [2]`: a bare number in brackets ending the headline, the page or part
#: number a site adds to a long article's headline (a year, four figures, is
#: the headline's own: `Work Plan (2024)`).
_PAGE_NUMBER = lazy_compile(r"\s*(?:[(（]\s*\d{1,2}\s*[)）]|[\[【]\s*\d{1,2}\s*[\]】])$")


def _drop_repost_marks(z: ZonesBuilder, title: MappedText) -> MappedText:
    """A repost's `Original title:` label before the headline, the picture
    mark `(Figure)` after it (with a site's name after that) and a page count
    `(1/4)` or number `(4)` ending it are not words of the headline: cut as
    ``title-site-suffix`` fixes."""
    m = _REPOST_LABEL.match(title.text)
    if m is not None and len(title.text) - m.end() >= MIN_TITLE_BEFORE_SITE_SUFFIX:
        title = _cut(z, title, 0, m.end())
    # (every mark opens with a bracket: most headlines hold none, and the
    # pattern's leading \s* is tried at every position)
    m = _PICTURE_MARK.search(title.text) if any(map(title.text.__contains__, _PICTURE_MARK_OPENERS)) else None
    if m is not None and m.start() >= MIN_TITLE_BEFORE_SITE_SUFFIX:
        title = _cut(z, title, m.start(), m.end())
    m = _PAGE_OF.search(title.text) if title.text.endswith((")", "）")) else None
    if m is not None and m.start() >= MIN_TITLE_BEFORE_SITE_SUFFIX and 1 <= int(m.group("page")) <= int(m.group("pages")):
        title = _cut(z, title, m.start(), m.end())
    m = _PAGE_NUMBER.search(title.text) if title.text.endswith((")", "）", "]", "】")) else None
    if m is not None and m.start() >= MIN_TITLE_BEFORE_SITE_SUFFIX:
        title = _cut(z, title, m.start(), m.end())
    return title


#: `… boosting rural development-Business news`: a column's name glued after
#: the headline with a hyphen; `… the spring fair www.lingxi88.com`: a web
#: address ending it.  Neither is a word of the headline.
_GLUED_COLUMN_SUFFIX = lazy_compile(r"(?<=[a-z])-(?P<column>(?:[A-Z][a-z]+ ){1,2}[Nn]ews)$")
_ADDRESS_SUFFIX = lazy_compile(r"\s+(?P<address>(?:https?://)?www\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}/?)$", re.IGNORECASE)


def _drop_column_and_address_suffixes(z: ZonesBuilder, title: MappedText) -> MappedText:
    """A glued `-Column news` goes to the masthead; a trailing web address is cut (both recorded)."""
    m = _GLUED_COLUMN_SUFFIX.search(title.text)
    if m is not None and m.start() >= MIN_TITLE_BEFORE_SITE_SUFFIX:
        z.masthead.append(Line(0, title.slice(m.start("column"), m.end("column"))))
        title = _cut(z, title, m.start(), m.end())
    m = _ADDRESS_SUFFIX.search(title.text)
    if m is not None and m.start() >= MIN_TITLE_BEFORE_SITE_SUFFIX:
        title = _cut(z, title, m.start(), m.end())
    return title


def _unwrap_brackets(z: ZonesBuilder, title: MappedText) -> MappedText:
    """`【2023.09.21 Safety Inspection Brief 】`: a headline the page wrapped
    whole in brackets; the brackets are markup, cut as fixes."""
    s = title.text
    if len(s) < MIN_TITLE_BEFORE_SITE_SUFFIX or s[0] not in "[【〖" or s[-1] not in "]】〗" \
            or any(c in s[1:-1] for c in "[]【】〖〗"):
        return title
    title = _cut(z, title, len(s) - 1, len(s))
    return _cut(z, title, 0, 1).strip()


#: `[News] Chifeng leaders visit …`, `[TEST]The university held …`: a tag in
#: square brackets before the headline.
_BRACKET_TAG = lazy_compile(r"^[\[【〖]\s*(?P<tag>[^\[\]【】〖〗]{1,30}?)\s*[\]】〗]\s*(?=[A-Z\d“\"])")
#: What a line ``_BRACKET_TAG`` matches opens with.
_BRACKET_TAG_OPENERS = "[【〖"


def _drop_bracket_tag(z: ZonesBuilder, title: MappedText) -> MappedText:
    """A one-word tag in square brackets before the headline (or a known
    menu entry) is the site's column or a template's marker: it goes to the
    masthead.  A longer one (`[Grassroots Voice] A Day with …`) names the
    article's own series and stays, as a bracketed headline does."""
    m = _BRACKET_TAG.match(title.text) if title.text[:1] in _BRACKET_TAG_OPENERS else None
    if m is None or len(title.text) - m.end() < MIN_TITLE_BEFORE_SITE_SUFFIX:
        return title
    tag = m.group("tag")
    if not (len(tag.split()) == 1 and tag.isalpha() or tag.lower() in lexicon.menu_words()[1]
            or ends_in_masthead_word(tag)):
        return title  # (`【Hexi News Network】…`: a site's name in the brackets goes too)
    z.masthead.append(Line(0, title.slice(m.start("tag"), m.end("tag"))))
    return _cut(z, title, 0, m.end())


#: The droppers, in the order they run (each sees what the one before left).
PIECES = (_drop_button_tail, _unwrap_brackets, _drop_bracket_tag, _drop_repost_marks, _drop_column_and_address_suffixes, _drop_site_suffix, _drop_site_prefix, _drop_menu_prefix, _drop_writer_prefix, _drop_column_prefix,
          _drop_chinese_prefix,
          _drop_chinese_original, _drop_han_tag)


def drop_page_title_pieces(z: ZonesBuilder, title: MappedText) -> MappedText:
    """The headline without the page title's pieces around it."""
    for drop in PIECES:
        title = drop(z, title)
    return title
