"""Evidence about one short body line, for the heading rules of :mod:`.body`.

A short line between paragraphs looks like a heading by its length alone;
real pages put other short lines there too.  Each test here names a shape
that a heading never has, or one it has although it looks like something
else, so the body's rules stay readable:

* a **byline** (`Xinhua News Agency reporters Li Na, Wang Bo, and Chen Hui`)
  credits people: it is the header's, never a section's title;
* a **document number** (`Lu Fa [2022] No. 51`) is metadata, and so is a
  label before a bar (`Source | Lingxi Radio`);
* a quoted sentence (`"We are ready," she said.`) is text;
* a line ending in an article or `that` (`According to the`, `Since the`) is
  a sentence cut by the page, going on in the next line;
* a label and its number apart by a run of spaces (`Applications  9`) is
  a row of a table;
* a **name before a colon** (`Dongling Street: Old wells and a night market …`) heads a
  section although it has the shape of a `Label: value` row, when the name
  is no known label and the rest is a title;
* a **table of contents** is a run of `Chapter N …` lines with nothing
  between them (see :func:`.body._contents_entries`): its lines are
  entries of a list, and the chapters' own headings come after it; the line
  naming it (`Table of Contents`) is its heading, however chrome-like its
  shape.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..textmap import MappedText

#: The last word of a sentence cut by the page: an article or `that`
#: (`According to the`, `It is reported that`).  A heading names something;
#: it never stops there.  Not every dangling word of
#: data/truncation_words.tsv: a heading may end on a preposition
#: (`… makes the city yearn for`, `Things to pay attention to`); with `to`
#: and `of` the held-out real pages lost a heading.
CUT_SENTENCE_LAST_WORDS = frozenset({"the", "a", "an", "that"})
#: The line's last word, a whole word (`Xi'an` does not end in `an`).
_LAST_WORD = lazy_compile(r"(?<![\w'’-])([A-Za-z]+)\s*$")


def ends_dangling(s: str) -> bool:
    """`According to the`: the line stops on a word that needs more after it."""
    m = _LAST_WORD.search(s)
    return m is not None and m.group(1).lower() in CUT_SENTENCE_LAST_WORDS


def is_byline(text: MappedText) -> bool:
    """A line of roles and names only (see :func:`.lead.byline`), a line of
    people's names in pinyin (`Zhou Lanying and Ma Wenjie`: the writers or a
    photographer, see :func:`.lead.writer_names`), or a writer's credit (`By
    Lin Qiao`, `Text by Reporter Wen Hao`): never a heading."""
    from .lead import byline, is_by_credit, role_by_credit, writer_names

    if byline(text) is not None or writer_names(text.text.strip()):
        return True
    t = text.strip()
    return is_by_credit(t.text) or (" by " in t.text[:24] and role_by_credit(t) is not None)


def is_document_number(s: str) -> bool:
    """`Yue Fu [2022] No.51` standing alone (see :func:`.shape._is_document_number_line`)."""
    from .shape import _is_document_number_line

    return _is_document_number_line(s)


#: `New applications this year  9`: a label and its number, kept apart by a
#: run of spaces: a row of a table flattened into text.
_NUMBER_CELL_ROW = lazy_compile(r"\S\s{2,}[-+]?\d[\d.,%]*\s*$")


def is_number_cell_row(s: str) -> bool:
    return "  " in s and _NUMBER_CELL_ROW.search(s) is not None


#: `Source | Lingxi Radio`, `Editor | Zhao Min  Producer | Peng Lei`: a
#: label, a bar, a value (a credit block of a reposted article).
_BAR_FIELD = lazy_compile(r"^(?P<label>[A-Za-z][A-Za-z -]{0,30}?)\s*[|｜]\s*\S")


def is_bar_field(s: str) -> bool:
    """A known header label before a bar, then its value."""
    from .. import lexicon

    m = _BAR_FIELD.match(s.strip()) if ("|" in s or "｜" in s) else None
    return m is not None and lexicon.header_labels().known_field(m.group("label")) is not None


#: `"We plan every meal for them," the cook said. "They need it."`: a quoted
#: sentence ends with its stop inside the quotes.  A heading that quotes
#: (`“Crossing the gate, you are a native”`) has no stop there.
_QUOTED_SENTENCE_END = lazy_compile(r"[.!?。！？…][”\"’']+\s*$")


def ends_quoted_sentence(s: str) -> bool:
    return _QUOTED_SENTENCE_END.search(s) is not None


#: A web address: a scheme, `www.`, or a host under a common top-level name
#: (`gwy.example.gov.cn`, `example.com`).
#: (A fixed-width look-behind: linear time, whatever the line.)
_WEB_ADDRESS = lazy_compile(r"https?://|www\.|(?<=[a-z0-9])\.(?:com|net|org|gov|edu|cn)\b", re.IGNORECASE)


def holds_web_address(s: str) -> bool:
    """`Water Office of Lanxi (water.lanxi.gov.cn)`: a line naming a site by
    its address is a link, or one of the sites a page points to, never a heading."""
    return "." in s and _WEB_ADDRESS.search(s) is not None


def never_a_heading(text: MappedText) -> bool:
    """A short line that is something else: a byline, a document number, a
    cut sentence, a quoted sentence, a table row of a label and its number,
    a `Label | value` credit, a site's name and address."""
    s = text.text
    start = decoration_end(s)  # (`■ Text by Reporter Wen Hao`: a credit behind a bullet is still a credit)
    return ends_dangling(s) or ends_quoted_sentence(s) or is_document_number(s) or is_number_cell_row(s) \
        or is_bar_field(s) or holds_web_address(s) or is_byline(text.slice(start, len(s)) if start else text)


#: `Table of Contents`, `Contents`, `目录` on a line of its own: the heading
#: of a regulation's contents, never site chrome.
_CONTENTS_LINE = lazy_compile(r"(?:table\s+of\s+)?contents|目\s*录", re.IGNORECASE)


def is_contents_line(s: str) -> bool:
    return _CONTENTS_LINE.fullmatch(s.strip()) is not None


#: `Dongling Street: Old wells and a night market bring the street together`,
#: `The first stop: A visit to the old farmers' association`: a place or a
#: stage named before a colon, then a title.  Shaped like a `Label: value`
#: row, but the label is no label the page's readers know, and the value is
#: a title: several words, opening with a capital or a quote, no sentence end.
_NAMED_TITLE = lazy_compile(r"^(?P<name>[A-Z“\"‘'][^:：]{0,60}?)\s*[:：]\s*(?P<title>[A-Za-z“\"‘'].*)$")
#: The name before the colon has at most this many words (and, in the
#: pattern above, 61 characters: four long words, `Provincial Rural
#: Revitalisation Representative`), the title after it
#: at least this many.  Set on the tuning sites of the real-page set: names
#: of one to three words, titles of eight to ten; the five-word values there
#: were a related link and an attachment's name, not titles.
MAX_NAME_WORDS = 4
#: A line alone between two paragraphs of prose may name more before its colon
#: (`Seven words naming the stage of the work: the title`).
MAX_BETWEEN_PROSE_NAME_WORDS = 8
MIN_NAMED_TITLE_WORDS = 6
#: A title after the colon may open in lower case, as machine translation
#: often leaves it (`The road to the summit: the county race becomes …`),
#: when the name before it has at least this many words: a one-word name
#: before a lower-case sentence is a label and its value.  Set on the
#: tuning sites of the real-page set.
MIN_NAME_WORDS_BEFORE_LOWER_TITLE = 2


#: `Model Village: Dongpo Village`: a shorter title after the name (down to
#: this many words) when the body holds several lines of this shape, each
#: over its text (parallel titles, see :func:`.body._named_title_peers`); the
#: title then in title case and without a figure.
MIN_PARALLEL_NAMED_TITLE_WORDS = 2


def is_named_title(s: str, parallel: bool = False, between_prose: bool = False) -> bool:
    """A heading of the shape `Name: Title` (see ``_NAMED_TITLE``); with
    ``parallel``, a title of a few capitalised words is enough; with
    ``between_prose`` (the line stands alone between two paragraphs of
    prose), a title of a few words in any case."""
    if ":" not in s and "：" not in s:
        return False  # (the pattern needs its colon: most lines are settled here, before the imports and the regex)
    from .. import lexicon
    from ..fields import find_datetime

    m = _NAMED_TITLE.match(s.strip())
    if m is None:
        return False
    name, title = m.group("name"), m.group("title").rstrip()
    if title[0].islower() and len(name.split()) < MIN_NAME_WORDS_BEFORE_LOWER_TITLE:
        return False  # (`Note: the hall opens at nine …`: a one-word label before a sentence)
    if len(name.split()) > (MAX_BETWEEN_PROSE_NAME_WORDS if between_prose else MAX_NAME_WORDS) or title.endswith((".", "。", ",", "，", ";", "；", ":", "：", "!", "?")):
        return False
    if len(title.split()) < MIN_NAMED_TITLE_WORDS and not (
            (parallel or between_prose) and len(title.split()) >= MIN_PARALLEL_NAMED_TITLE_WORDS and not any(map(str.isdigit, title))
            and (between_prose or all(w[:1].isupper() for w in title.split() if w.lower() not in _TITLE_SMALL_WORDS))):
        return False
    if lexicon.header_labels().known_field(name) is not None or lexicon.footer_labels().known_field(name) is not None:
        return False  # `Source: Lingxi County Government Office`: a field
    dt = find_datetime(title) if any(map(str.isdigit, title)) else None
    return dt is None or dt.date is None  # (`Updated: March 5, 2024`)


#: `Main Functions:`, `Sichuan Province:`: a name of a few capitalised words
#: closed by a colon, on a line of its own.  It heads what follows (the
#: office's functions, the province's losses) as a heading does; a sentence
#: that announces a list (`The details are as follows:`) has lower-case
#: words, and a field label (`Source:`, `Release time:`) is a known label.
#:
#: Words of a colon heading: at least two (`Note:`, `Attachment:` alone are
#: labels), at most four.  Set on the tuning sites of the real-page set: the
#: gold headings of this shape there have two words.
MIN_COLON_HEADING_WORDS = 2
MAX_COLON_HEADING_WORDS = 4
_COLON_HEADING = lazy_compile(
    r"^(?P<name>[A-Z][^\s:：]*(?:\s+[^\s:：]+){%d,%d})\s*[:：]$" % (MIN_COLON_HEADING_WORDS - 1, MAX_COLON_HEADING_WORDS - 1))
#: Words a title keeps in lower case (`Scope of Work:`).
_TITLE_SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "at", "by", "with"})


def is_colon_heading(s: str) -> bool:
    """`Main Functions:` (see ``_COLON_HEADING``): capitalised words, a final colon, no known label."""
    s = s.strip()
    if not s.endswith((":", "：")):
        return False
    from .. import lexicon

    m = _COLON_HEADING.match(s)
    if m is None:
        return False
    name = m.group("name")
    if any(not w[0].isupper() and w.lower() not in _TITLE_SMALL_WORDS for w in name.split()[1:]):
        return False
    return lexicon.header_labels().known_field(name) is None and lexicon.footer_labels().known_field(name) is None


#: `Scope of support:`, `Use of the money:`: a noun phrase in sentence case
#: closed by a colon, on a line of its own, names the list or the text under
#: it as `Main Functions:` does (see :func:`is_colon_heading`); a sentence
#: that announces a list (`The fund supports the following households:`,
#: `The goals include:`) has a verb, a determiner or a pronoun first, or ends
#: on a preposition (`… a hub with:`).  At most this many words: set on the
#: tuning sites of the real-page set (its gold heading of this shape has
#: seven words; the announcing sentence there, twelve and a verb).
MAX_PHRASE_COLON_WORDS = 7
_PHRASE_COLON = lazy_compile(r"^[A-Z][^\s:：,，;；.!?。\d]*(?:\s+[^\s:：,，;；.!?。\d]+){1,%d}\s*[:：]$" % (MAX_PHRASE_COLON_WORDS - 1))
#: Words that make a colon line a sentence, not a name: verbs that announce
#: what follows, and the words a sentence (never a heading) opens with.
_SENTENCE_VERBS = frozenset(
    "is are was were be been shall will would should must may can could include includes included including "
    "has have had need needs follow follows following apply applies contain contains cover covers "
    "mainly specifically namely".split())
_SENTENCE_OPENERS = frozenset("the this these those that it its we our you your they their he she his her i "
                              "all dear there here".split())
_CLOSING_PREPOSITIONS = frozenset("with into to of for as from by in on at about than".split())
#: A link between sentences before a colon (`In addition:`, `For example:`,
#: `Please note:`, `Steps as below:`) opens or holds one of these words: it
#: leads into the text, it does not name it.
_LINK_OPENERS = frozenset("in for at among please as such besides moreover meanwhile furthermore also "
                          "additionally especially including".split())
_LINK_WORDS = frozenset("below above follows example instance".split())


def is_phrase_colon_heading(s: str) -> bool:
    """`Scope of support:` (see ``_PHRASE_COLON``): a short noun phrase and a
    colon, no field label, no sentence's words."""
    s = s.strip()
    if not s.endswith((":", "：")) or _PHRASE_COLON.match(s) is None:
        return False
    words = s.rstrip(":： ").lower().split()
    if words[0] in _SENTENCE_OPENERS or words[0] in _LINK_OPENERS or words[-1] in _CLOSING_PREPOSITIONS \
            or any(w in _SENTENCE_VERBS or w in _LINK_WORDS for w in words):
        return False
    from .. import lexicon

    name = s.rstrip(":： ")
    return lexicon.header_labels().known_field(name) is None and lexicon.footer_labels().known_field(name) is None


#: `| History`, `• Main results of the year`: a bar or a bullet before a
#: short heading is its decoration, as a font's glyph would be; the heading
#: is the words after it.  (A number before a heading is its content, kept.)
_DECORATION = lazy_compile(r"^[|｜•●▪◆■◇○·★☆√✓✔→►▶➤]\s*(?=[^\s|｜])")


def decoration_end(s: str) -> int:
    """Where the words of `| History` start (0 when the line has no lone
    leading decoration: a row of bars, `|Home|News|`, is a menu, not a heading)."""
    m = _DECORATION.match(s)
    if m is None or "|" in s[m.end():] or "｜" in s[m.end():]:
        return 0
    return m.end()
