"""The title by the document's own evidence: a headline's words recur in the
text under it; a column's name, a site's slogan, a deck or a credit taken
for the title do not.  When the title the header read is such a line and a
headline-shaped line near it (the first body line, or a line read as the
masthead) is echoed by the text, that line is the headline; when no title
was read, the same evidence (and a label row under a line) finds it in the
text.  Vocabulary decides nothing here: only the page's own words."""

from __future__ import annotations

import re

from ..chardata import HAN_COMMON, SENTENCE_END
from ..lazyre import lazy_compile
from .markers import marker
from .chrome import content_words, is_prose, is_sentence
from .. import lexicon
from .header import LabelValue, find_labels, is_label_line
from .header_reader import MAX_LONG_HEADLINE_CHARS
from .lines import Line
from .shape import _title_candidate, is_org_name, is_photo_caption
from .zones import ZonesBuilder


_HAN_RUN = lazy_compile(rf"[{HAN_COMMON}]{{4,}}")
#: The title's words recur in the text below it at least this much (a share of
#: its content words) for the title to stand; under it, a headline-shaped first
#: line whose words recur at least the second share is the headline instead.
MIN_TITLE_RECURRENCE = 0.25
MIN_HEADLINE_RECURRENCE = 0.5


#: What a headline may open with before its first word: a quotation mark
#: (`"Review a century …" theme day`), a column tag's bracket (`[Work Safety] …`).
_OPENING_MARKS = "\"'“‘[【(（「『"

#: A headline of two short sentences (`Hexi caps rents. One family, one stall.`) is at most this long.
MAX_TWO_SENTENCE_HEADLINE_CHARS = 120


#: A headline taken from the text has at most this many label rows under it.
MAX_FIELD_ROWS_UNDER_HEADLINE = 2


def _read_fields_under(z: ZonesBuilder, number: int) -> None:
    """The label rows right under line ``number`` (a headline taken from the
    text) are its header's, as they would be under a headline the header
    read: their fields go to the metadata."""
    for _ in range(MAX_FIELD_ROWS_UNDER_HEADLINE):
        row = next((ln for ln in z.body if not ln.blank and ln.number > number), None)
        if row is None or not is_label_line(row.s):
            return
        fields = find_labels(row.text.strip(), lexicon.header_labels())
        if not fields:
            return
        z.labels.extend(fields)
        z.label_lines.append(row)
        z.body[:] = [ln for ln in z.body if ln.number != row.number]


def _recurrence(line: str, vocabulary: set[str]) -> float:
    words = content_words(line)
    return sum(w in vocabulary for w in words) / len(words) if words else 0.0


#: A masthead line that takes the title's place has at least this many words.
MIN_MASTHEAD_HEADLINE_WORDS = 3


def _headline_shaped(s: str) -> bool:
    return _title_candidate(s) and not s.rstrip().endswith((".", "。", ":", "：", ",")) and not is_photo_caption(s) \
        and marker(s.strip()) is None  # (`I. Regulations Abolished`: a section's heading)


#: A headline has at least this many letters (of any script): a lone letter or
#: a phone number read at the top of the page is the page's frame, not its headline.
MIN_HEADLINE_LETTERS = 2


def wordless_title(z: ZonesBuilder) -> None:
    """A title with no words (`A`, `+86 133 …`: a stray letter or a phone
    number over the headline) is no headline: it goes to the masthead, and
    the page is read as untitled, so that the evidence of the text finds its
    headline (:func:`headline_of_untitled`)."""
    if z.title is None or sum(map(str.isalpha, z.title.text)) >= MIN_HEADLINE_LETTERS:
        return
    z.masthead.append(Line(0, z.title))
    z.title = None


def headline_by_recurrence(z: ZonesBuilder) -> None:
    """A title whose words the text hardly uses (a column's or a site's
    line) yields to a headline-shaped line whose words the text does use:
    the first body line, or a line the header read as the masthead.  The
    old title goes to the masthead."""
    if z.title is None or z.description is not None:
        return
    lines = [ln for ln in z.body if not ln.blank]
    if len(lines) < 3:
        return
    first = lines[0]
    below_first = content_words("\n".join(ln.s for ln in lines[1:]))
    vocabulary = below_first | content_words(first.s)
    if _recurrence(z.title.text, vocabulary) >= MIN_TITLE_RECURRENCE:
        return
    chinese_title = not any("a" <= c.lower() <= "z" for c in z.title.text) and _HAN_RUN.search(z.title.text) is not None
    shaped = _headline_shaped(first.s) or chinese_title and _title_candidate(first.s) and marker(first.s.strip()) is None
    # (under a Chinese title the English line needs only the words a standing title needs)
    wanted = MIN_TITLE_RECURRENCE if chinese_title else MIN_HEADLINE_RECURRENCE
    if shaped and _recurrence(first.s, below_first) >= wanted:
        if chinese_title:
            # `【消防演练简讯】` over `Brief news of a fire drill: …`: the Chinese original of the English headline
            z.labels.append(LabelValue("extra:title_chinese", "", z.title.slice(0, 0), z.title))
        else:
            z.masthead.append(Line(0, z.title))
        _take_title(z, first)
        return
    scored = [(_recurrence(ln.s, vocabulary), k) for k, ln in enumerate(z.masthead)
              if len(ln.s.split()) >= MIN_MASTHEAD_HEADLINE_WORDS and _headline_shaped(ln.s)]
    best = max(scored, default=None)
    if best is None or best[0] < MIN_HEADLINE_RECURRENCE:
        return
    headline = z.masthead.pop(best[1])
    z.masthead.append(Line(0, z.title))
    z.title = headline.text.strip()


#: `Qiaotou Online`, `Hexi News Network`: a site's name, by its last word.
_SITE_NAME = lazy_compile(r"\b(?:online|net|network|news|portal|website)$", re.IGNORECASE)
#: Where a match of ``_SITE_NAME`` can start, counted back from the end: its
#: longest word (each pattern character matches one character, case aside)
#: and the final newline ``$`` may stand before.
_SITE_NAME_TAIL = len("network") + 1


def ends_in_site_word(name: str) -> bool:
    """``_SITE_NAME.search(name) is not None``, tried from the tail only (the
    ``\\b`` still reads the character before the starting position)."""
    return _SITE_NAME.search(name, max(0, len(name) - _SITE_NAME_TAIL)) is not None


def column_name_title(z: ZonesBuilder) -> None:
    """A column's or a site's name read as the title (`Town News`, a menu
    entry of menu_words.tsv; `Qiaotou Online`; `Qiaotou Town People's
    Government`, an office's name) with the page's date row under
    it, and then the headline as the text's first line: a headline-shaped line
    of at least MIN_MASTHEAD_HEADLINE_WORDS words whose words the text under it
    uses, over a paragraph of prose.  The name goes to the masthead."""
    if z.title is None or z.description is not None:
        return
    name = z.title.text.strip()
    office = is_org_name(name) and " of " not in name  # (`Work of the County Water Bureau` is a headline about one)
    if name.lower() not in lexicon.menu_words()[1] and not ends_in_site_word(name) and not office:
        return
    lines = [ln for ln in z.body if not ln.blank]
    if len(lines) < 2:
        return
    first = lines[0]
    if len(first.s.split()) < MIN_MASTHEAD_HEADLINE_WORDS or not _headline_shaped(first.s) or not _running_text(lines[1].s):
        return
    if _recurrence(first.s, content_words("\n".join(ln.s for ln in lines[1:]))) < MIN_HEADLINE_RECURRENCE:
        return
    z.masthead.append(Line(0, z.title))
    _take_title(z, first)


def _running_text(s: str) -> bool:
    t = s.strip()
    return is_prose(t) or is_sentence(t)


def headline_of_untitled(z: ZonesBuilder) -> None:
    """No title was read.  In this order, the headline is:

    - a headline-shaped line among the text's first lines with a label row
      right under it (`Tea cooperative raises incomes …` / `Source: … |
      2018-05-18`), under a caption or a site's blurb the header could not
      place: the row says where the article's header is;
    - the text's first line when it is one short sentence the lines under
      it echo, above a longer line: the page printed its headline without a
      header around it.  A lead sentence of a story is no shorter than its
      next paragraph as a rule, and a first paragraph is seldom one sentence
      the text repeats.  The sentence is at most a long headline's length
      (the header reader's MAX_LONG_HEADLINE_CHARS)."""
    if z.title is not None or z.description is not None:
        return
    lines = [ln for ln in z.body if not ln.blank]
    if len(lines) < 3:
        return
    over_fields = _headline_over_fields(z, lines)
    if over_fields is not None:
        _take_title(z, over_fields)
        _frame_above(z, over_fields.number)
        return
    first = lines[0]
    s = first.s.strip()
    inner_stops = 1 if len(s) <= MAX_TWO_SENTENCE_HEADLINE_CHARS else 0  # (a short headline may hold two sentences)
    if len(s) > MAX_LONG_HEADLINE_CHARS or s.count(". ") > inner_stops or not s.lstrip(_OPENING_MARKS)[:1].isupper() \
            or len(lines[1].s.strip()) <= len(s) \
            or is_photo_caption(s) or marker(s) is not None:
        return
    if _recurrence(s, content_words("\n".join(ln.s for ln in lines[1:]))) < MIN_HEADLINE_RECURRENCE:
        return
    _take_title(z, first)


#: A headline with a label row under it is among the text's first this many lines.
HEADLINE_OVER_FIELDS_WITHIN = 3


def _headline_over_fields(z: ZonesBuilder, lines: list[Line]) -> Line | None:
    """A headline-shaped line among the text's first lines (``lines``, the
    non-blank body) with a label row right under it, in the text still or
    read as a label row already."""
    for k, ln in enumerate(lines[:HEADLINE_OVER_FIELDS_WITHIN]):
        below = lines[k + 1].number if k + 1 < len(lines) else None
        fields_below = below is not None and is_label_line(lines[k + 1].s) or any(
            ln.number < row.number and (below is None or row.number < below) for row in z.label_lines)
        if fields_below and _headline_shaped(ln.s) and len(ln.s.split()) >= MIN_MASTHEAD_HEADLINE_WORDS \
                and not is_label_line(ln.s):
            return ln
    return None


def _frame_above(z: ZonesBuilder, number: int) -> None:
    """The short rows left above a headline found over its label row
    (`news information` over the headline and its `Date … Source …` row) are
    the page's frame: they go to the masthead, as rows above a headline the
    header read do.  A sentence or a photo caption stays in the text."""
    above = [ln for ln in z.body if not ln.blank and ln.number < number]
    if any(ln.s.rstrip().endswith(_SENTENCE_ENDS) or is_photo_caption(ln.s) for ln in above):
        return
    z.masthead.extend(above)
    z.body[:] = [ln for ln in z.body if ln.number > number]


_SENTENCE_ENDS = tuple(SENTENCE_END + ":：")


def _take_title(z: ZonesBuilder, line: Line) -> None:
    """``line`` of the text is the headline; the label rows under it are its
    header's.  The page title's pieces around it (`【Town News】`, `(photos)`,
    a site's name) go as from a headline the header read."""
    z.title = line.text.strip()
    if "title-site-suffix" not in z.skip:
        from .title_pieces import drop_page_title_pieces

        z.title = drop_page_title_pieces(z, z.title)
    z.body[:] = [ln for ln in z.body if ln.number != line.number]
    _read_fields_under(z, line.number)
