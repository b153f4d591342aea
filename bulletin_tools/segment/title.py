"""Title finding: split fields glued after a headline, drop a site-name
suffix and injected spam words from the title."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..chardata import HAN_COMMON
from ..lazyre import lazy_compile
from .. import lexicon
from ..model import Edit
from ..textmap import MappedText
from .header import LabelValue
from .lines import Line
from .shape import _MASTHEAD, _ORG_NAME
from .zones import ZonesBuilder


#: A headline is at least this long before fields glued after it are split off.
MIN_TITLE_BEFORE_FIELDS = 20
_EMPTY_LABEL_TAIL = lazy_compile(r"\s(?:[A-Z][A-Za-z]{0,15}\s?){1,2}[:：]\s*$")
_SPACED_TAIL = lazy_compile(r"\s{3,}(?P<tail>\S[^\n]{0,40})$")
#: `… learning and education 2021-05-10 14:29:00`: a numeric date (and time)
#: glued after one space; no headline ends that way.
_DATE_TAIL = lazy_compile(r"\s(?P<tail>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$")


def _glued_label(s: str, at: int) -> bool:
    """A label glued to the headline's last word (`…of Party CoursesPublish Time:`):
    a capital right after a lower-case letter."""
    return s[at - 1].islower() and s[at].isupper()


def _split_title_fields(ln: Line) -> tuple[Line, Line | None]:
    """`Headline … campuses By: Date: 2021-04-19` / `Headline   2016-07-25` /
    `Headline 2021-05-10 14:29:00`: split a title line where label fields (or
    a lone date after a run of spaces, or a numeric date after one) begin,
    when enough headline stands before them."""
    s = ln.s.rstrip()
    cut = None
    labels = lexicon.header_labels()
    if labels.may_match(s):
        for m in labels.pattern.finditer(s):
            if m.start() >= MIN_TITLE_BEFORE_FIELDS and lexicon.is_label_start(s, m.start()) \
                    and m.groupdict().get("label") and (s[m.start() - 1] == " " or _glued_label(s, m.start())):
                cut = m.start()
                empty = _EMPTY_LABEL_TAIL.search(s, 0, cut)
                if empty is not None and empty.start() >= MIN_TITLE_BEFORE_FIELDS:
                    cut = empty.start() + 1  # an empty label (`By:`) right before goes with the fields
                break
    if cut is None:
        cut = _credit_tail(s)
    if cut is None:
        tail = _SPACED_TAIL.search(s) or (_DATE_TAIL.search(s) if s[-1:].isdigit() else None)
        if tail is not None and tail.start() >= MIN_TITLE_BEFORE_FIELDS:
            from ..fields import find_datetime

            dt = find_datetime(tail.group("tail"))
            if dt is not None and dt.date and dt.start == 0 and dt.end == len(tail.group("tail")):
                cut = tail.start("tail")
    if cut is None:
        return ln, None
    return Line(ln.number, ln.text.slice(0, cut).strip()), Line(ln.number, ln.text.slice(cut, len(ln.s)).strip())


#: `… in Ningxia's Lingwu city by Huang Sicheng, July 29, 2021`: a magazine's credit after the headline.
_BY_TAIL = lazy_compile(r"\s(?P<credit>[Bb]y\s+[A-Z][^,|·]{2,40}?(?:[,|·]|\son\s)\s*\S.{5,40})$")


def _credit_tail(s: str) -> int | None:
    from .lead import by_credit

    m = _BY_TAIL.search(s)
    if m is None or m.start() < MIN_TITLE_BEFORE_FIELDS:
        return None
    return m.start("credit") if by_credit(MappedText.identity(m.group("credit"))) is not None else None


#: A title left with fewer words than this after removing spam keeps the spam
#: (flagged by the body check instead): the words were more than an insertion.
MIN_TITLE_WORDS_AFTER_SPAM = 3


def _drop_title_spam(z: ZonesBuilder, title: MappedText) -> MappedText:
    """`Sugar dating’s “rural news officer” system helps …`: a spam word injected
    into a headline is removed (as a ``title-spam`` fix, so it is not lost);
    spam is flagged in the body but never kept in a title."""
    pattern = lexicon.spam_pattern()
    glued = _GLUED_DOMAIN.search(title.text)
    if glued is None and not pattern.search(title.text):
        return title
    edits = [Edit(glued.start(), glued.end(), "", "title-spam")] if glued else []
    for m in pattern.finditer(title.text):
        if glued and m.start() >= glued.start():
            continue
        end = m.end()
        tail = _SPAM_TAIL.match(title.text, end)
        end = tail.end() if tail else end
        start = m.start()
        token_start = title.text.rfind(" ", 0, start) + 1
        hyphen = title.text.find("-", token_start, start)
        if hyphen > token_start and not title.text[m.end():].strip(_TOKEN_CHARS):
            # `… promotion work-m6米乐app`: the spam glued on with a hyphen goes whole
            start, end = hyphen, len(title.text)
        if start > 0 and end == len(title.text):
            while start > 0 and title.text[start - 1] in " \t":
                start -= 1
        edits.append(Edit(start, end, "", "title-spam"))
    new, fixes = title.apply(edits)
    if len(new.text.split()) < MIN_TITLE_WORDS_AFTER_SPAM:
        return title
    z.fixes.extend(fixes)
    return new.strip()


#: `… will be held in Kaihua guitarpro5`, `… willingness to fkzww`, `… Beijing – in pgd-426`:
#: a keyword-stuffing token glued to a mirrored headline's end.
_TAIL_TOKEN = lazy_compile(r"\s+(?:[-–—]\s+(?:in\s+)?)?(?P<token>[a-z][a-z0-9]*(?:-[a-z0-9]+)?)$")
_WORD_RE = lazy_compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
#: A token this long with no vowel is no word (`fkzww`); shorter ones may be
#: abbreviations (`pcs`, `km`).
MIN_VOICELESS_TOKEN = 4


def _drop_tail_token(z: ZonesBuilder, title: MappedText, page_text: Callable[[], str]) -> MappedText:
    """A lower-case token ending the headline that cannot be a word (letters
    mixed with digits, or four letters and more without a vowel) and that
    the page's text never uses is removed as ``title-spam``; the headline
    keeps at least :data:`MIN_TITLE_WORDS_AFTER_SPAM` words.  ``page_text``
    gives the page's other lines, joined only when a token is in question."""
    from ..english import is_english_word, is_pinyin

    m = _TAIL_TOKEN.search(title.text)
    if m is None:
        return title
    token = m.group("token")
    letters = token.replace("-", "")
    mixed = any(c.isdigit() for c in letters) and not letters.isdigit()
    voiceless = len(letters) >= MIN_VOICELESS_TOKEN and not any(c in "aeiouy" for c in letters)
    if not (mixed or voiceless) or is_english_word(token) or is_pinyin(token):
        return title  # (a word the English list lacks, or one cut short, ends many real headlines)
    if token in {w.lower() for w in _WORD_RE.findall(page_text())}:
        return title  # the text uses it (`covid-19`): a word of the article
    new, fixes = title.apply([Edit(m.start(), m.end(), "", "title-spam")])
    if len(new.text.split()) < MIN_TITLE_WORDS_AFTER_SPAM:
        return title
    z.fixes.extend(fixes)
    return new.strip()


#: Without its spam words, a spammed headline is at least this share Latin
#: letters (a spam line is mostly Han).  Set with the real-page work, on the
#: tuning sites of the real-page set.
MIN_LATIN_SHARE_OF_SPAMMED_HEADLINE = 0.8


def _headline_with_spam(s: str) -> bool:
    """A headline with a spam word injected (kept as the title, the word then
    removed), rather than a spam line (`无码…,91…`): what is left without the
    spam is several English words and little else."""
    rest = lexicon.spam_pattern().sub(" ", s)
    latin = sum(len(w) for w in re.findall(r"[A-Za-z]+", rest))
    letters = sum(1 for c in rest if c.isalpha())
    return len(re.findall(r"[A-Za-z]{2,}", rest)) >= MIN_TITLE_WORDS_AFTER_SPAM + 1 \
        and latin >= MIN_LATIN_SHARE_OF_SPAMMED_HEADLINE * max(letters, 1)


_SPAM_TAIL = lazy_compile(r"(?:['’]s)?[ \t]*")
#: `… add new-pay.91860.net`: a spam site's address glued to the headline's last word.
_GLUED_DOMAIN = lazy_compile(r"(?<=[A-Za-z])-(?:[a-z0-9]+[.-])*[a-z0-9]+\.(?:net|com|cn|top|vip|xyz|cc|info)$")
#: Letters and digits of a glued spam token's rest (`app` in `m6米乐app`).
_TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


_SITE_SUFFIX = lazy_compile(r"\s+[-–—_|｜]\s+(?P<site>[^-–—_|｜]{4,80})$")
#: A ` - Site Name` suffix is dropped only after at least this much headline.
#: Set on held-out batch s80-s95, where page titles carry the site's name.
MIN_TITLE_BEFORE_SITE_SUFFIX = 20


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
    new, fixes = title.apply([Edit(0, m.end(), "", "title-site-suffix")])
    z.fixes.extend(fixes)
    return new


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
    """`English About Changzhou Mayor’s Mailbox Government Bulletin Latest News
    Laws and Regulations Chen Jinhu: …`: the site's menu run into the headline
    goes to the masthead; the headline after it stays."""
    words = title.text.split(" ")
    n = _menu_prefix_end(words)
    if not n or n >= len(words) or not words[n][:1].isupper():
        return title
    cut = len(" ".join(words[:n]))
    if len(title.text) - cut < MIN_TITLE_BEFORE_SITE_SUFFIX:
        return title
    z.masthead.append(Line(0, title.slice(0, cut)))
    new, fixes = title.apply([Edit(0, cut + 1, "", "title-site-suffix")])
    z.fixes.extend(fixes)
    return new


#: `Party Building News | Anhui Fuyin Party Branch holds …`, `China丨Haikou plays …`:
#: a column's name and a bar before the headline.
_COLUMN_PREFIX = lazy_compile(r"^(?P<column>[A-Z][\w’'&. -]{1,40}?)\s*[|｜丨]\s*(?=[A-Z\d“\"])")
#: A column before a bar is at most this many words.
MAX_COLUMN_PREFIX_WORDS = 4


def _drop_column_prefix(z: ZonesBuilder, title: MappedText) -> MappedText:
    """A column's name before a bar goes to the masthead when it reads as a
    column: one word, a known menu entry (menu_words.tsv) or a name ending in
    `News`; the headline after it stays."""
    m = _COLUMN_PREFIX.match(title.text)
    if m is None or len(title.text) - m.end() < MIN_TITLE_BEFORE_SITE_SUFFIX:
        return title
    column = m.group("column").strip()
    words = column.split()
    if len(words) > MAX_COLUMN_PREFIX_WORDS or not (
            len(words) == 1 or column.lower() in lexicon.menu_words()[1] or words[-1].lower() == "news"):
        return title
    z.masthead.append(Line(0, title.slice(m.start("column"), m.start("column") + len(column))))
    new, fixes = title.apply([Edit(0, m.end(), "", "title-site-suffix")])
    z.fixes.extend(fixes)
    return new


#: `沪郑合作 共同发展 丨Zhengzhou eyes …`, `英语文摘:China's villages …`: a column's
#: Chinese name, untranslated, before an English headline.
_CHINESE_PREFIX = lazy_compile(rf"^(?P<column>[{HAN_COMMON}][{HAN_COMMON}\s·]{{1,30}}?)\s*[丨|｜:：]\s*(?=[A-Za-z])")


def _drop_chinese_prefix(z: ZonesBuilder, title: MappedText) -> MappedText:
    """The untranslated column name before an English headline goes to the
    masthead, as a ``title-site-suffix`` fix, when enough headline follows."""
    m = _CHINESE_PREFIX.match(title.text)
    if m is None or len(title.text) - m.end() < MIN_TITLE_BEFORE_SITE_SUFFIX:
        return title
    z.masthead.append(Line(0, title.slice(m.start("column"), m.end("column"))))
    new, fixes = title.apply([Edit(0, m.end(), "", "title-site-suffix")])
    z.fixes.extend(fixes)
    return new


#: A bilingual page title: the Chinese original (at least this many Han
#: characters) beside its English headline, before or after it
#: (`暴雨导致滑坡 怀化一地提前转移群众避险 Heavy rainfall …`, `An Open Letter … | 致在莞外籍人士的倡議書`,
#: `境外人员住宿登记须知 (Accommodation Registration)`).
MIN_CHINESE_ORIGINAL_CHARS = 6
#: The English in brackets after the original is its translation from two words on.
MIN_TRANSLATION_WORDS_IN_BRACKETS = 2
_HAN_RUN = rf"[{HAN_COMMON}][{HAN_COMMON}\s·，、：:“”\d]*[{HAN_COMMON}”]"
_CHINESE_BEFORE = lazy_compile(rf"^(?P<zh>{_HAN_RUN})\s*[丨|｜]?\s+(?=[A-Z])")
_CHINESE_AFTER = lazy_compile(rf"(?<=[A-Za-z.?!)’”])\s*(?:\s|[丨|｜])\s*(?P<zh>{_HAN_RUN})$")
_ENGLISH_IN_BRACKETS = lazy_compile(rf"^(?P<zh>{_HAN_RUN})\s*[(（](?P<en>[A-Z][^()（）{HAN_COMMON}]{{3,120}})[)）]$")


def _drop_chinese_original(z: ZonesBuilder, title: MappedText) -> MappedText:
    """The Chinese original beside an English headline goes to
    ``extra.title_chinese``; the English headline stays the title (a
    ``title-site-suffix`` fix records the cut, so nothing is lost)."""
    s = title.text
    m = _ENGLISH_IN_BRACKETS.match(s)
    min_words = MIN_TRANSLATION_WORDS_IN_BRACKETS
    if m is not None:
        keep = (m.start("en"), m.end("en"))
    else:
        min_words = MIN_TITLE_WORDS_AFTER_SPAM + 1
        m = _CHINESE_BEFORE.match(s) or _CHINESE_AFTER.search(s)
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


#: `Tianjin district assists Gansu counties –`: the separator of a site name
#: the page left out.
_BARE_SEPARATOR = lazy_compile(r"\s+[-–—_|｜]$")


#: `…on the road to revitalization_China Net`: a page title's `headline_site`
#: (the underscore of a Chinese `<title>`), glued or after one space.  No
#: headline writes an underscore, so the separator is evidence enough when a
#: capitalised name of a few words follows it.
_UNDERSCORE_SITE = lazy_compile(r" ?_(?P<site>[A-Z][^_|｜?!。]{1,60})$")


def _drop_underscore_sites(z: ZonesBuilder, title: MappedText) -> MappedText:
    """Drop each `_Site Name` the page title appends (`…_China Poverty
    Alleviation Online_National Poverty Alleviation Portal`) to the masthead."""
    sites: list[Line] = []
    while (m := _UNDERSCORE_SITE.search(title.text)) is not None and m.start() >= MIN_TITLE_BEFORE_SITE_SUFFIX \
            and len(m.group("site").split()) <= MAX_PREFIX_SEGMENT_WORDS:
        sites.insert(0, Line(0, title.slice(m.start("site"), m.end("site"))))
        title, fixes = title.apply([Edit(m.start(), m.end(), "", "title-site-suffix")])
        z.fixes.extend(fixes)
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
        title, fixes = title.apply([Edit(bare.start(), bare.end(), "", "title-site-suffix")])
        z.fixes.extend(fixes)
    m = _SITE_SUFFIX.search(title.text)
    if m is None or m.start() < MIN_TITLE_BEFORE_SITE_SUFFIX:
        return title
    site = m.group("site").strip()
    mastheads = {ln.text.strip().text.lower() for ln in z.masthead}
    if site.lower() not in mastheads and not _MASTHEAD.search(site):
        return title
    if site.lower() not in mastheads:
        z.masthead.append(Line(0, title.slice(m.start("site"), m.end("site"))))
    new, fixes = title.apply([Edit(m.start(), m.end(), "", "title-site-suffix")])
    z.fixes.extend(fixes)
    return new
