"""Line splits and joins before zoning: the page's lines as printed are not
always one part each.  A header flattened onto one line, a path glued to its
headline, a trail broken after `Home` or ending in the headline, a column's
name before the trail's prefix, a notice glued after the last sentence, the
text's first sentence glued to a field's value: each is cut into (or joined
from) lines of its own, every piece keeping its map into the input, so the
readers after it judge each part alone and spans stay exact.
:func:`prepare_lines` runs them in order."""

from __future__ import annotations

import re

from .. import lexicon
from ..chardata import HAN_BMP_CHAR, SENTENCE_END
from ..lazyre import lazy_compile
from ..textmap import MappedText, join
from .chrome import is_prose
from .header import date_line, is_label_line, is_trail_head, parse_breadcrumb, parse_path
from .lines import Line
from .shape import _title_candidate, ends_in_masthead_word


#: A header flattened onto one line is looked for among the first lines only.
#: Set on held-out batch s60-s75, whose one-line headers open the page.
ONE_LINE_HEADER_WITHIN = 8


def _split_line(lines: list[Line], idx: int, pieces: list[MappedText]) -> list[Line]:
    """``lines`` with line ``idx`` replaced by ``pieces`` of it, each a line of
    its own under the same number (each keeps its map into the input)."""
    number = lines[idx].number
    return lines[:idx] + [Line(number, piece) for piece in pieces] + lines[idx + 1:]


def _expand_one_line_header(lines: list[Line]) -> list[Line]:
    """`Position: Home > News  The Title  Source: X  Time: …` on one line → three lines.

    Only a line that starts with a breadcrumb prefix and has its fields
    separated by runs of two or more spaces is split; each piece keeps its
    map into the input, so spans stay exact.
    """
    for idx, line in enumerate(lines[:ONE_LINE_HEADER_WITHIN]):
        if line.blank:
            continue
        s = line.s
        m = lexicon.breadcrumb_pattern().match(s)
        if not m:
            continue
        gaps = [g for g in re.finditer(r"\s{2,}", s) if g.start() > m.end()]
        if not gaps:
            return lines
        pieces = []
        pos = 0
        for g in gaps:
            pieces.append((pos, g.start()))
            pos = g.end()
        pieces.append((pos, len(s)))
        first_label = next((i for i, (a, b) in enumerate(pieces) if i > 0 and is_label_line(s[a:b])), None)
        if first_label is None or first_label < 2:
            return lines
        crumb = line.text.slice(*pieces[0])
        title = line.text.slice(pieces[1][0], pieces[first_label - 1][1])
        labels = line.text.slice(pieces[first_label][0], len(s))
        if parse_breadcrumb(crumb.text) is None or not _title_candidate(title.text):
            return lines
        return _split_line(lines, idx, [crumb, title, labels])
    return lines


#: `Business Card of CityHome > Urban Information > Business Card of City`:
#: a path opening with Home glued after the headline it ends with (case is the
#: evidence, so Home is spelt out here; see data/home_words.tsv for the rest).
_GLUED_HOME = lazy_compile(r"(?<=[a-z0-9)）])(?=(?:Home|HOME|首页)\s*(?:>|＞|»|›)\s*\S)")


def _split_glued_path(lines: list[Line]) -> list[Line]:
    """The headline, then the path glued to it, as two lines (each mapped
    into the input); only when the path's last crumb is that headline."""
    for idx, line in enumerate(lines[:ONE_LINE_HEADER_WITHIN]):
        if line.blank or "ome" not in line.s and "首页" not in line.s:
            continue
        m = _GLUED_HOME.search(line.s)
        if m is None:
            continue
        head, path = line.s[: m.start()].strip(), line.s[m.start():]
        crumbs = parse_breadcrumb(path)
        if not head or not crumbs or crumbs[-1].strip().lower() != head.lower():
            continue
        title = line.text.slice(0, m.start()).strip()
        return _split_line(lines, idx, [title, line.text.slice(m.start(), len(line.s)).strip()])
    return lines


#: `> Government > Laws` under `Home`: the rest of a trail the page broke after its first crumb.
_SEPARATOR_FIRST = lazy_compile(r"^\s*(?:>>?|»|›|→)\s*\S")


#: The arrows a trail prints between its crumbs on one line.
_TRAIL_ARROW = r">>?|＞|»|›|→"
#: A trail's separator printed alone on its line (`Home` / `>` / `News`).
_SEPARATOR_ALONE = lazy_compile(rf"^\s*(?:{_TRAIL_ARROW}|/|\\)\s*$")
#: A piece of a trail that ends in its separator (`Home >` / `News >` / `Press`).
_SEPARATOR_LAST = lazy_compile(rf"(?:{_TRAIL_ARROW})\s*$")
#: A trail broken over lines has at most this many pieces (crumbs and separators).
MAX_TRAIL_PIECES = 12
#: A crumb on its own line after a separator has at most this many words (`Public
#: Information`); a longer line there is the headline under a trail of Home alone.
MAX_BROKEN_CRUMB_WORDS = 4


def _join_broken_trail(lines: list[Line]) -> list[Line]:
    """A trail the page broke over lines, from its first crumb (`Home`,
    `Current page: Home`): `Home` / `> Government > Policies`, `Home` / `>` /
    `News` / `>` / `Press`, `Home >` / `News >` / `Press` (a blank line
    between pieces at most) → one trail line, mapped into the input (each
    piece keeps its span), so the trail reader sees the whole path.  A
    piece goes on the trail when the one before ends in a separator or it
    opens with one; the joined line must read as a trail."""
    for idx, line in enumerate(lines[:ONE_LINE_HEADER_WITHIN]):
        if line.blank or not is_trail_head(line.s):
            continue
        pieces, last = [line], idx
        nxt = idx + 1
        while len(pieces) < MAX_TRAIL_PIECES:
            if nxt < len(lines) and lines[nxt].blank:
                nxt += 1
            if nxt >= len(lines) or lines[nxt].blank:
                break
            s, before = lines[nxt].s, pieces[-1].s
            after_separator = _SEPARATOR_ALONE.match(before) or _SEPARATOR_LAST.search(before)
            if not (_SEPARATOR_FIRST.match(s) or _SEPARATOR_ALONE.match(s)
                    or after_separator and len(s.split()) <= MAX_BROKEN_CRUMB_WORDS):
                break  # (`Home>>` / the headline: a trail of Home alone over the title)
            pieces.append(lines[nxt])
            last = nxt
            nxt += 1
        if len(pieces) == 1:
            return lines
        joined = join([p.text.strip() for p in pieces], " ")
        if parse_breadcrumb(joined.text) is None:
            return lines
        return lines[:idx] + [Line(line.number, joined)] + lines[last + 1:]
    return lines


#: `Home >> Press Center >> Company News >> County leaders visit the aluminium works …`:
#: a trail whose last crumb is the headline (at least this many words), with
#: no headline line of its own under it.
MIN_HEADLINE_WORDS_ENDING_TRAIL = 6
#: `… > Township News  Date: 2024-03-05`: two or more spaces (or a tab) between parts of a line.
_WIDE_GAP = lazy_compile(r"\s{2,}|\t")
_PATH_FROM_HOME = lazy_compile(lambda: rf"^\s*(?:{lexicon.home_alternation()})\s*(?P<sep>{_TRAIL_ARROW})\s*\S", re.IGNORECASE)


#: `Hexi News Network > …`: a path that opens with the site's name (see shape.ends_in_masthead_word) instead of Home.
_PATH_FROM_SITE = lazy_compile(rf"^\s*(?P<site>[A-Z][\w'’ .-]{{2,40}}?)\s*(?P<sep>{_TRAIL_ARROW})\s*\S")
#: An arrow of ``_TRAIL_ARROW``, one of which every match of ``_PATH_FROM_SITE`` holds.
_TRAIL_ARROW_CHARS = (">", "＞", "»", "›", "→")


def path_from_site(s: str) -> re.Match[str] | None:
    """``_PATH_FROM_SITE.match(s)``, settled by substring tests when ``s`` holds
    no arrow (most lines: the pattern's lazy run was tried before saying so)."""
    return _PATH_FROM_SITE.match(s) if any(map(s.__contains__, _TRAIL_ARROW_CHARS)) else None


def _split_trail_ending_in_headline(lines: list[Line]) -> list[Line]:
    """The trail from Home, then its last crumb as a line of its own when that
    crumb reads as a headline (long, and the line under it is prose, not a
    headline), each mapped into the input."""
    for idx, line in enumerate(lines[:ONE_LINE_HEADER_WITHIN]):
        if line.blank:
            continue
        prefix = lexicon.breadcrumb_pattern().match(line.s)  # (`Current location: Home > …`)
        m = _PATH_FROM_HOME.match(line.s[prefix.end():] if prefix else line.s)
        site = None
        if m is None and prefix is None:
            # `Hexi News Network > Town News > The headline`: the path from the site's name
            site = path_from_site(line.s)
            m = site if site is not None and ends_in_masthead_word(site.group("site")) else None
        if m is None:
            continue
        cut = line.s.rfind(m.group("sep"))
        head, last = line.s[:cut].rstrip(), line.s[cut + len(m.group("sep")):].strip()
        crumbs = parse_breadcrumb(head) if site is None else parse_path(head)
        if not crumbs or len(last.split()) < MIN_HEADLINE_WORDS_ENDING_TRAIL or not _title_candidate(last):
            return lines
        nxt = next((ln for ln in lines[idx + 1:] if not ln.blank), None)
        if nxt is None or _title_candidate(nxt.s) and not is_prose(nxt.s) and not _field_row(nxt.s):
            return lines  # (a field row under it, `2024-03-05 09:30  Source: …`, is the headline's own)
        start = cut + len(m.group("sep"))
        gap = _WIDE_GAP.search(line.s, start)
        if gap is not None and gap.end() < len(line.s.rstrip()):
            # `Home > News > Town Affairs  The headline`: the last crumb, then the headline apart from the path
            return _split_line(lines, idx, [line.text.slice(0, gap.start()).strip(), line.text.slice(gap.end(), len(line.s)).strip()])
        # (the arrow stays with the trail: the path goes on into the headline, its last crumb)
        return _split_line(lines, idx, [line.text.slice(0, start).strip(), line.text.slice(start, len(line.s)).strip()])
    return lines


#: `Home Notices Qingshan Town finishes …` over `Qingshan Town finishes …`,
#: or `Home > Updates Community clinic opens …` under `Where you are: Home >> Updates`: the
#: page's trail printed again with the headline glued after it, in at most
#: this many words before the headline ...
MAX_GLUED_TRAIL_WORDS = 5
#: ... which has at least this many words (a headline, not a last crumb).
MIN_GLUED_HEADLINE_WORDS = 4
#: A line that opens with Home (data/home_words.tsv, `Index` too).
_HOME_FIRST = lazy_compile(lambda: rf"^\s*(?:{lexicon.home_alternation(with_index=True)})(?![\w-])", re.IGNORECASE)
_CRUMB_GAP = r"\s*(?:>>|>|»|›|→|/|\\)?\s*"


def _field_row(s: str) -> bool:
    """`2024-03-05 09:30  Source: …`, `Author: …`: a header's field row."""
    return is_label_line(s) or date_line(s) is not None


def _split_trail_glued_to_headline(lines: list[Line]) -> list[Line]:
    """A line from Home whose end is the headline: the trail and the headline,
    each a line of its own (mapped into the input).  Only on the evidence of
    the same page: the line under it is that headline alone, or a trail read
    above it has exactly the crumbs before the headline."""
    trails: list[list[str]] = []
    for idx, line in enumerate(lines[:ONE_LINE_HEADER_WITHIN]):
        if line.blank:
            continue
        if _HOME_FIRST.match(line.s):
            below = next((ln.s for ln in lines[idx + 1:] if not ln.blank), "")
            cut = _glued_trail_end(line.s, trails, below)
            if cut is not None:
                return _split_line(lines, idx, [line.text.slice(0, cut).strip(), line.text.slice(cut, len(line.s)).strip()])
        crumbs = parse_breadcrumb(line.s)
        if crumbs:
            trails.append(crumbs)
    return lines


def _glued_trail_end(s: str, trails: list[list[str]], below: str) -> int | None:
    """Where the headline starts in ``s``, a trail printed before it, or None."""
    text, head = s.rstrip(), below.strip()
    if len(head.split()) >= MIN_GLUED_HEADLINE_WORDS and text.endswith(head) and len(text) > len(head):
        cut = len(text) - len(head)
        prefix = text[:cut].rstrip()
        # (`Home/Blog/Winter coats …`: a last crumb after its separator is the trail's own, not glued on)
        if text[cut - 1].isspace() and 1 <= len(prefix.split()) <= MAX_GLUED_TRAIL_WORDS and prefix[-1:].isalnum():
            return cut
    for crumbs in trails:
        m = re.match(r"\s*" + _CRUMB_GAP.join(map(re.escape, crumbs)) + r"\s+", text, re.IGNORECASE)
        if m is not None and len(crumbs) <= MAX_GLUED_TRAIL_WORDS:
            rest = text[m.end():]
            if len(rest.split()) >= MIN_GLUED_HEADLINE_WORDS and _title_candidate(rest):
                return m.end()
    return None


#: `Media focus Current Location: News > Media focus`: a column's name (at most
#: this many words) printed before the trail's prefix on its line.
MAX_COLUMN_WORDS_BEFORE_TRAIL = 4


def _split_column_before_trail(lines: list[Line]) -> list[Line]:
    """The column's name, then the trail with its prefix, as two lines (each
    mapped into the input), when the trail parses."""
    pattern = lexicon.breadcrumb_pattern()
    for idx, line in enumerate(lines[:ONE_LINE_HEADER_WITHIN]):
        if line.blank or ":" not in line.s and "：" not in line.s:
            continue
        s = line.s
        at = 0
        for _ in range(MAX_COLUMN_WORDS_BEFORE_TRAIL):
            at = s.find(" ", at + 1)
            if at < 0:
                break
            if pattern.match(s[at:]) and parse_breadcrumb(s[at:]):
                column = s[:at].strip()
                if not column or not column[:1].isalpha() or pattern.match(s):
                    break
                return _split_line(lines, idx, [line.text.slice(0, at).strip(), line.text.slice(at, len(s)).strip()])
    return lines


#: A notice glued to the text is looked for in the last lines that hold words.
GLUED_TAIL_WITHIN = 3
_SENTENCE_CLOSE = SENTENCE_END + "\"”’)）"  # a sentence's end, or a quote or bracket closing after one


def _split_glued_tail(lines: list[Line]) -> list[Line]:
    """`…at the front line.Declaration: The copyright of this article belongs
    to …` → the paragraph, then the notice as a line of its own (same line
    number, each piece mapped into the input), so the furniture reader can
    judge the notice alone.  Only a split right after a sentence's end."""
    pattern, needles = lexicon.glued_tail()
    seen = 0
    for idx in range(len(lines) - 1, -1, -1):
        line = lines[idx]
        if line.blank:
            continue
        seen += 1
        if seen > GLUED_TAIL_WITHIN:
            break
        lowered = line.s.lower()
        if needles and not any(map(lowered.__contains__, needles)):
            continue
        m = pattern.search(line.s)
        if m is None or m.start() == 0 or not (line.s[: m.start()].rstrip()[-1:] in _SENTENCE_CLOSE
                                               or _latin_then_han(line.s, m.start())):
            continue
        head = line.text.slice(0, len(line.s[: m.start()].rstrip()))
        return _split_line(lines, idx, [head, line.text.slice(m.start(), len(line.s))])
    return lines


def _latin_then_han(s: str, at: int) -> bool:
    """`…Editor: Lu Fang相关的主题文章:`: a notice left in Chinese glued to an
    English word has its own boundary, the change of script, with no sentence end
    before it (a closing credit's value)."""
    before = s[:at]
    return before[-1:].isascii() and before[-1:].isalpha() and HAN_BMP_CHAR.match(s, at) is not None




#: `… > Township News 2024-03-05` (a numeric date, perhaps its time, ending the line).
_DATE_ENDING = lazy_compile(r"(?<=\s)(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def _split_trail_date_tail(lines: list[Line]) -> list[Line]:
    """A trail with the page's date (or a field row) after its last crumb:
    the trail, and the date as a line of its own (each mapped into the
    input), so the crumb is the column's name and the date the article's."""
    for idx, line in enumerate(lines[:ONE_LINE_HEADER_WITHIN]):
        s = line.s
        if line.blank or not any(map(str.isdigit, s)) or parse_breadcrumb(s) is None:  # (map: the test runs in C)
            continue
        cut = None
        for gap in _WIDE_GAP.finditer(s.rstrip()):
            rest = s[gap.end():]
            if is_label_line(rest) or date_line(rest) is not None:
                cut = gap.start()
                break
        if cut is None and (m := _DATE_ENDING.search(s)) is not None and date_line(s[m.start():]) is not None:
            cut = m.start()
        if cut is None or parse_breadcrumb(s[:cut]) is None:
            return lines
        tail = len(s) - len(s[cut:].lstrip())
        return _split_line(lines, idx, [line.text.slice(0, cut).strip(), line.text.slice(tail, len(s)).strip()])
    return lines


#: `Author:Hexi Water BureauRecently, the county …`: a field's value whose
#: line break the page lost runs into the text's first sentence; the seam is
#: a lower-case letter right before a capitalised word.
_GLUED_SENTENCE_START = lazy_compile(r"(?<=[a-z])(?=[A-Z][a-z]+[ ,])")
#: The text glued after a field's value is a sentence of at least this many
#: characters (a name in camel case, `XinhuaNet`, leaves a short rest).
MIN_GLUED_TEXT_CHARS = 80


def _split_text_glued_to_field_row(lines: list[Line]) -> list[Line]:
    """A header row (`Author:…`, `Source:…`) whose value runs into the text's
    first sentence, the line break lost: the row, then the sentence as a line
    of its own (each mapped into the input), so the value is the field's and
    the sentence opens the text.  Only among the page's first lines, and only
    where what follows the seam is prose."""
    for idx, line in enumerate(lines[:ONE_LINE_HEADER_WITHIN]):
        s = line.s
        if line.blank or len(s) < MIN_GLUED_TEXT_CHARS or not is_label_line(s):
            continue
        for m in _GLUED_SENTENCE_START.finditer(s):
            rest = s[m.start():]
            if len(rest) >= MIN_GLUED_TEXT_CHARS and is_prose(rest) and is_label_line(s[:m.start()]):
                return _split_line(lines, idx, [line.text.slice(0, m.start()), line.text.slice(m.start(), len(s))])
    return lines


#: The splits and joins above, in the order each needs (each sees the lines the one before it made).
_STEPS = (_expand_one_line_header, _join_broken_trail, _split_column_before_trail, _split_trail_date_tail,
          _split_trail_ending_in_headline, _split_trail_glued_to_headline, _split_glued_path, _split_glued_tail,
          _split_text_glued_to_field_row)


def prepare_lines(lines: list[Line]) -> list[Line]:
    """The lines with every split and join above applied, in the order of :data:`_STEPS`."""
    for step in _STEPS:
        lines = step(lines)
    return lines
