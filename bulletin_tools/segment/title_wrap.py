"""Does a line go on with the headline above it, or is it something else?

A headline wrapped over two lines reads on: the second half starts in lower
case or with a dash, a bracket or a comma (`Notice of the Lanxi County Water
Bureau` / `on Clearing Irrigation Channels …`), the first half stops on a
word that cannot end a title (`… Vice Director of` / `High-Tech Zone …`), or
one of them names an issuing body (`Dongshan County People's Government
Office` / `Notice on …`, the way a red-header notice prints its title).

A capitalised line under a complete headline that does not read on is no half
of it when it says what it is: a credit and a date (`Ruth Ames | 05/13/2019`),
a document number (`He Fu Gui [2024] No. 3`), or the headline again with more
words (the page's summary).  Joining them glued a byline, a document number
or a summary to the title on several sites of the real-page tuning set.  A
capitalised line without such evidence keeps the old reading (joined): it
may be a headline's second half, and on the tuning set stopping there cost
more first paragraphs than it won titles.

Only a first half that reads as a headline of its own is judged: a short
line (a column's or a site's name, `Chinese |`) or a run of menu entries
keeps the reading it had (the header's demotion rules judge those)."""

from __future__ import annotations

import re

from ..chardata import HAN_COMMON, words_of_kind
from ..lazyre import lazy_compile
from .header import date_line, is_label_line
from .shape import _is_document_number_line, _same_words, is_org_name
from .title_pieces import _menu_prefix_end


#: A first half with fewer words than this is not judged: a column's or a
#: site's name over the headline is read by the demotion rules.  Set on the
#: tuning sites of the real-page set (the shortest complete headline glued to
#: a credit under it had six words).
MIN_WORDS_OF_COMPLETE_HEADLINE = 4
#: A second half that starts with one of these goes on with the first.
_READS_ON_START = "—–-(（“\"‘'”’)）,，:：;；&/|[【《·…"
#: `【Town News】`, `[Party Building]` opening a line, a headline after it: the column's tag.
_COLUMN_TAG = lazy_compile(rf"[\[【][^\]】\d]{{2,16}}[\]】]\s*[A-Z{HAN_COMMON}“\"]")
#: A first half that ends with one of these is continued by the next line.
_READS_ON_END = ",，:：;；—–-&/|(（“\"‘《[【>»·…"


def reads_on(above: str, line: str) -> bool:
    """``line`` continues the headline ``above`` (see the module's docstring)."""
    above, line = above.strip(), line.strip()
    if not above or not line:
        return True
    words = above.split()
    if len(words) < MIN_WORDS_OF_COMPLETE_HEADLINE or _menu_prefix_end(words) == len(words):
        return True
    first = line[0]
    if first in "[【" and _COLUMN_TAG.match(line):
        return False  # (`【Town News】Qiaotou opens …`: a headline opening with its column's tag stands alone)
    if first.islower() or first in _READS_ON_START or not (first.isalpha() or first.isdigit()):
        return True
    if above[-1] in _READS_ON_END or words[-1].lower().strip("“”\"'‘’") in words_of_kind("function"):
        return True
    return is_org_name(above) and _DOCUMENT_OPENING.match(line) is not None or is_org_name(line) and not organisation_alone(line)
    # (an issuing body over its document, or named under it; over a story's headline,
    # `Hexi County People's Government` / `Lanxi Volunteers Clear …`, it is the site's name)


#: The words that name an official document's kind (`Notice`, `Opinions`, `Work Report`): one home for
#: the tests that ask whether a line opens with one (below) or ends with one (the header reader's).
DOCUMENT_KINDS = (r"notices?|circulars?|announcements?|bulletins?|opinions?|decisions?|measures|regulations|rules"
                  r"|provisions|plans?|programmes?|programs?|schemes?|replies|reply|reports?|letters?|orders?|guidelines?")
#: `Notice on …`, `Several Opinions of …`, `on Clearing …`: the second half of
#: an issuing body's title opens with the document's kind (or its `on`), which
#: a story's headline under a site's name does not.
_DOCUMENT_OPENING = lazy_compile(
    r"(?:several\s+|interim\s+|detailed\s+|implementation\s+|official\s+|public\s+)?"
    rf"(?:{DOCUMENT_KINDS}|notifications?|on|about|regarding|concerning)\b", re.IGNORECASE)


#: `PR10442`: a release wire's number for the story, a line of its own under the headline.
_RELEASE_NUMBER = lazy_compile(r"[A-Z]{1,4}-?\d{3,10}")


#: An organisation's name alone on its line has at most this many words (a longer line is a sentence about it).
MAX_ORGANISATION_LINE_WORDS = 10


def organisation_alone(line: str) -> bool:
    """`The Party Committee of Lanxi Water Bureau`, `Office of Rural
    Affairs`: a line that is an organisation's name and nothing else (no
    field, no figure, no sentence's end, not a document's `Order of …` or
    `Notice on …`, nor an office's title of a document, `… Office on
    Printing …`)."""
    s = line.strip()
    return is_org_name(s) and len(s.split()) <= MAX_ORGANISATION_LINE_WORDS and not any(c.isdigit() for c in s) \
        and not any(c in s for c in ":：|｜") and s[-1:] not in _SENTENCE_ENDS and _DOCUMENT_OPENING.match(s) is None \
        and _ORDER_OPENING.match(s) is None and _SUBJECT_WORD.search(s) is None


#: `General Office of the County Government on Printing …`: an office, then what its document is about.
_SUBJECT_WORD = lazy_compile(r"\b(?:on|about|regarding|concerning)\b", re.IGNORECASE)
#: `Order of the Lanxi County People's Government`: a decree's heading names its issuer too.
_ORDER_OPENING = lazy_compile(r"(?:decree|order|announcement)\s+(?:no\.?\s*\d+\s+)?of\b", re.IGNORECASE)


def line_under_headline(above: str, line: str) -> str | None:
    """What ``line``, under the complete headline ``above``, is when it does
    not read on and says so itself: ``"date"`` (a credit and a date, see
    :func:`credit_date_row`), ``"document-number"`` (`Hexi Fu Gui [2023] No. 2`)
    or ``"restatement"`` (the headline again, with more words after it: the
    page's summary).  None when it may be the headline's second half."""
    if reads_on(above, line):
        return None
    if credit_date_row(line) is not None:
        return "date"
    if (_is_document_number_line(line) or _RELEASE_NUMBER.fullmatch(line.strip())) and not is_label_line(line):
        return "document-number"  # (`PR99188`, a release wire's number for the story, too)
    if _same_words(line[:len(above.strip())], above) and len(line.split()) > len(above.split()):
        return "restatement"
    if organisation_alone(line):
        return "organisation"
    return None


#: `Ruth Ames | 05/13/2019`: a credit and a date between a bar or a slash;
#: the credit may be cells of its own (`Qiao Lan · Hexi Daily · 2024-05-06`).
_CREDIT_THEN_DATE = lazy_compile(r"^(?P<credit>[^|｜·]{2,60}?(?:\s+[|｜/·]\s+[^|｜·]{2,60}?){0,2})\s+[|｜/·]\s+(?P<date>[^\s|｜·][^|｜·]{5,29})$")
#: The separators of ``_CREDIT_THEN_DATE`` (``[|｜/·]``): one of them is in every match.
_CREDIT_DATE_SEPARATORS = ("|", "｜", "/", "·")


def credit_date_row(line: str):
    """``line`` read as a date row (``header.date_line``'s value) when it is a
    credit and a date between a separator (`Ruth Ames | 05/13/2019`), under a
    complete headline; else None."""
    s = line.strip()
    # (every match holds a separator: most lines hold none, and the pattern's
    # lazy cells backtrack through all of a line before failing)
    m = _CREDIT_THEN_DATE.match(s) if any(map(s.__contains__, _CREDIT_DATE_SEPARATORS)) else None
    if m is None:
        return None
    dl = date_line(m.group("date"))
    if dl is None or dl[1]:
        return None
    dt = dl[0]
    at = m.start("date")
    return type(dt)(dt.date, dt.time, dt.start + at, dt.end + at, dt.partial), ""


#: A section heading that a headline's second half could be mistaken for has
#: at most this many words (`Water for the terraces`, `Who pays`): a longer
#: capitalised line under a headline keeps the old reading (its second half).
#: Set on the tuning sites of the real-page set (headings of two and three
#: words under a headline; no title there was lost) and the samples.
MAX_PARALLEL_HEADING_WORDS = 5
#: A line is the text a heading stands over when it is longer than the
#: caller's prose length (shape.PROSE_LINE_CHARS) and ends like a sentence.
_SENTENCE_ENDS = (".", "。", "!", "?", "”", '"')


def _short_heading_shape(s: str) -> bool:
    """A few words, capitalised, no figure, no final mark: a heading's shape."""
    words = s.split()
    return 1 <= len(words) <= MAX_PARALLEL_HEADING_WORDS and s[:1].isupper() and s[-1:].isalpha() \
        and not any(c.isdigit() for c in s)


def _prose_line(s: str, min_chars: int) -> bool:
    return len(s) > min_chars and s.endswith(_SENTENCE_ENDS)


def heads_a_section(texts: list[str], i: int, min_prose_chars: int) -> bool:
    """``texts[i]`` (the page's non-blank lines, stripped), under a complete
    headline, is the text's first section heading rather than the
    headline's second half: it is short and stands over prose, and a later
    line of the same shape stands between prose and prose (parallel
    headings: `Water for the terraces` / the text … `Who farms them` / the
    text).  A wrapped headline's second half has no such twin below."""
    if i + 1 >= len(texts):
        return False  # (nothing under it: the page ends there)
    s = texts[i]
    if not _short_heading_shape(s) or not _prose_line(texts[i + 1], min_prose_chars):
        return False
    return any(_short_heading_shape(texts[j]) and _prose_line(texts[j - 1], min_prose_chars)
               and _prose_line(texts[j + 1], min_prose_chars)
               for j in range(i + 2, len(texts) - 1))
