"""Title finding: split fields glued after a headline, drop injected spam
words and keyword tokens from the title (the site's and column's pieces
around it: :mod:`.title_pieces`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..chardata import HAN_COMMON
from ..lazyre import lazy_compile
from .. import lexicon
from ..model import Edit
from ..textmap import MappedText
from .lines import Line
from .zones import ZonesBuilder
from .lead import by_credit
from .title_tails import date_tail_start, glued_label_before_date
from ..english import is_english_word, is_pinyin


#: A headline is at least this long before fields glued after it are split off.
MIN_TITLE_BEFORE_FIELDS = 20
_EMPTY_LABEL_TAIL = lazy_compile(r"\s(?:[A-Z][A-Za-z]{0,15}\s?){1,2}[:：]\s*$")
_SPACED_TAIL = lazy_compile(r"\s{3,}(?P<tail>\S[^\n]{0,40})$")
#: `… learning and education 2021-05-10 14:29:00` (or month first, `… buildings
#: 06-21-2019 10:05`): a numeric date (and time) glued after one space; no
#: headline ends that way.
_DATE_TAIL = lazy_compile(r"\s(?P<tail>[(（]?(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})"
                          r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[)）]?)$")
#: The brackets a page prints around a date after its headline (`… New Term (2022-08-29 16:05:12)`).
_DATE_BRACKETS = "()（）[]【】 "


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
            if m.start() >= MIN_TITLE_BEFORE_FIELDS and m.groupdict().get("label") and (
                    lexicon.is_label_start(s, m.start()) and (s[m.start() - 1] == " " or _glued_label(s, m.start()))
                    or glued_label_before_date(s, m)):
                cut = m.start()
                empty = _EMPTY_LABEL_TAIL.search(s, 0, cut)
                if empty is not None and empty.start() >= MIN_TITLE_BEFORE_FIELDS:
                    cut = empty.start() + 1  # an empty label (`By:`) right before goes with the fields
                break
    if cut is None:
        cut = _credit_tail(s)
    if cut is None:
        tail = _SPACED_TAIL.search(s) or (_DATE_TAIL.search(s) if s[-1:].isdigit() or s[-1:] in ")）" else None)
        if tail is not None and tail.start() >= MIN_TITLE_BEFORE_FIELDS:
            from ..fields import whole_date

            if whole_date(tail.group("tail").strip(_DATE_BRACKETS)) is not None:
                cut = tail.start("tail")
    if cut is None:
        date_at = date_tail_start(s)
        cut = date_at if date_at is not None and date_at >= MIN_TITLE_BEFORE_FIELDS else None
    if cut is None:
        return ln, None
    return Line(ln.number, ln.text.slice(0, cut).strip()), Line(ln.number, ln.text.slice(cut, len(ln.s)).strip())


#: `… of Hexi county by Lin Qiao, May 6, 2022`: a magazine's credit after the headline.
_BY_TAIL = lazy_compile(r"\s(?P<credit>[Bb]y\s+[A-Z][^,|·]{2,40}?(?:[,|·]|\son\s)\s*\S.{5,40})$")


def _credit_tail(s: str) -> int | None:
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
    glued = _glued_domain(title.text)
    if glued is None and not lexicon.has_spam(title.text):
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
        else:
            piece = _spam_piece_start(title.text, start)
            if piece is not None:
                # `… for Villagers-best online casino bonus`: the piece after the
                # separator holding the spam goes whole, not the spam words alone
                start, end = piece, len(title.text)
        if start > 0 and end == len(title.text):
            while start > 0 and title.text[start - 1] in " \t":
                start -= 1
        edits.append(Edit(start, end, "", "title-spam"))
    new, fixes = title.apply(edits)
    if len(new.text.split()) < MIN_TITLE_WORDS_AFTER_SPAM:
        return title
    z.fixes.extend(fixes)
    return new.strip()


#: A spam piece glued after the headline (`…-best online casino bonus`, `…_亚博体育app`)
#: has at most this many words.
MAX_SPAM_PIECE_WORDS = 6
#: The separator before such a piece: a hyphen or underscore glued to the headline's
#: last word, or a bar or dash between spaces.
_PIECE_SEPARATOR = lazy_compile(rf"(?<=[A-Za-z])[-_](?=[A-Za-z{HAN_COMMON}])|\s[|｜–—-]\s")


def _spam_piece_start(text: str, spam_start: int) -> int | None:
    """Where the piece holding the spam at ``spam_start`` starts, when the spam sits
    in a short piece after a separator at the headline's end; else None."""
    last = None
    for m in _PIECE_SEPARATOR.finditer(text, 0, spam_start):
        last = m
    if last is None or len(text[last.end():].split()) > MAX_SPAM_PIECE_WORDS:
        return None
    return last.start()


#: `… will be held in Kaihua guitarpro5`, `… willingness to fkzww`, `… Beijing – in pgd-426`,
#: `… 18 degrees Celsius 9c8996`: a keyword-stuffing token (or a mirror's hash) glued to a
#: mirrored headline's end; one that opens with a figure holds letters too and has four
#: characters or more (`5g` is no such token).
_TAIL_TOKEN = lazy_compile(r"\s+(?:[-–—]\s+(?:in\s+)?)?(?P<token>[a-z][a-z0-9]*(?:-[a-z0-9]+)?|\d(?=[a-z0-9]*[a-z])[a-z0-9]{3,})$")
_WORD_RE = lazy_compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")


def words_of(text: str) -> set[str]:
    """The words of ``text``, lower case, as the title's tail tests compare them with a tail."""
    return {w.lower() for w in _WORD_RE.findall(text)}
#: A token this long with no vowel is no word (`fkzww`); shorter ones may be
#: abbreviations (`pcs`, `km`).
MIN_VOICELESS_TOKEN = 4


def _drop_tail_token(z: ZonesBuilder, title: MappedText, page_words: Callable[[], set[str]]) -> MappedText:
    """A lower-case token ending the headline that cannot be a word (letters
    mixed with digits, or four letters and more without a vowel) and that
    the page's text never uses is removed as ``title-spam``; the headline
    keeps at least :data:`MIN_TITLE_WORDS_AFTER_SPAM` words.  ``page_words``
    gives the words of the page's other lines, read only when a token is in question."""
    m = _TAIL_TOKEN.search(title.text)
    if m is None:
        return title
    token = m.group("token")
    letters = token.replace("-", "")
    mixed = any(c.isdigit() for c in letters) and not letters.isdigit()
    voiceless = len(letters) >= MIN_VOICELESS_TOKEN and not any(c in "aeiouy" for c in letters)
    if not (mixed or voiceless) or is_english_word(token) or is_pinyin(token):
        return title  # (a word the English list lacks, or one cut short, ends many real headlines)
    if token in page_words():
        return title  # the text uses it (`covid-19`): a word of the article
    new, fixes = title.apply([Edit(m.start(), m.end(), "", "title-spam")])
    if len(new.text.split()) < MIN_TITLE_WORDS_AFTER_SPAM:
        return title
    z.fixes.extend(fixes)
    return new.strip()


#: `… before the rains – melo kinsa-dav`: a
#: content farm's tag after a spaced dash closing the headline (a hyphen or
#: a bar too: `… Riverbank - news`, `… Riverbank | Local`, a column's name).
_DASH_TAIL = lazy_compile(r"\s+[–—|｜-]\s+(?P<tail>[^–—|｜\s-][^–—|｜]{1,40})$")
#: A dash tail is at most this many words.
MAX_DASH_TAIL_WORDS = 4


def _drop_foreign_dash_tail(z: ZonesBuilder, title: MappedText, page_words: Callable[[], set[str]]) -> MappedText:
    """A few words after a spaced dash ending the headline, not one of which
    the page's text uses anywhere, are no part of the headline: a farm's tag
    or a site's name.  Cut as ``title-site-suffix`` fixes (a tail whose words
    the text uses is a subtitle and stays), at most twice."""
    for _ in range(2):
        m = _DASH_TAIL.search(title.text)
        if m is None or m.start() < MIN_TITLE_BEFORE_FIELDS:
            return title
        words = [w.lower() for w in _WORD_RE.findall(m.group("tail"))]
        if not words or len(m.group("tail").split()) > MAX_DASH_TAIL_WORDS:
            return title
        if title.text[m.start():m.start("tail")].strip() in ("-", "|", "｜") and any(c.isdigit() for c in m.group("tail")):
            return title  # (`Daily Briefing - March 5`, `… - Part 2`: the headline's own date or number)
        used = page_words()
        if any(w in used for w in words):
            return title
        new, fixes = title.apply([Edit(m.start(), m.end(), "", "title-site-suffix")])
        z.fixes.extend(fixes)
        title = new
    return title


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
#: How a title that ``_GLUED_DOMAIN`` matches ends (its ``$`` allows a final
#: newline): a cheap test before a search tried at every hyphen of the title.
_GLUED_DOMAIN_TLDS = (".net", ".com", ".cn", ".top", ".vip", ".xyz", ".cc", ".info")
_GLUED_DOMAIN_ENDS = _GLUED_DOMAIN_TLDS + tuple(tld + "\n" for tld in _GLUED_DOMAIN_TLDS)


def _glued_domain(text: str) -> re.Match[str] | None:
    """``_GLUED_DOMAIN.search(text)``, tried only on a text ending as a match must."""
    return _GLUED_DOMAIN.search(text) if text.endswith(_GLUED_DOMAIN_ENDS) else None
#: Letters and digits of a glued spam token's rest (`app` in `m6米乐app`).
_TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
