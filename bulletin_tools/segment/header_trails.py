"""The page's trail (breadcrumb) in the header, in every form a header row
gives it: `Home > News` on a line, a looser path right above the headline,
`Current position:` with the trail on the next line, a numbered or bulleted
list of crumbs one a line.  A reader of :mod:`.header_reader`."""

from __future__ import annotations

from ..chardata import LINE_BULLETS
from ..lazyre import lazy_compile
from ..model import Fix
from .furniture import furniture_fix, strip_inline_furniture
from .header import ARROW_ENDS, date_line, is_home_crumb, is_label_line, numbered_crumbs, parse_breadcrumb, parse_path, unknown_trail_label
from .header_reading import Reading
from .lines import Line, next_nonblank
from .shape import _MASTHEAD, MAX_LONE_CRUMB_CHARS, _empty_prefix, _next_is_header, _next_is_title, _title_candidate, is_org_name
from .title_wrap import MIN_WORDS_OF_COMPLETE_HEADLINE

#: A bullet before a line's text (group 1: the sign itself).
LINE_BULLET = lazy_compile(rf"^\s*([{LINE_BULLETS}])\s+(?=\S)")
#: A trail's crumbs may be a list's items under the dash an HTML list
#: becomes in a page's text (`- Home >` / `- News >` / `- The headline`).
_TRAIL_BULLETS = LINE_BULLETS + "-"
_TRAIL_BULLET = lazy_compile(rf"^\s*([{_TRAIL_BULLETS}])\s+(?=\S)")


def read_trail(r: Reading, i: int) -> int | None:
    """`Home > News` (or a loose path right above the title); lines above it
    are the site's masthead, not the title.  Only the first breadcrumb, and
    not once a title has labels or a description was read (a label row above
    the breadcrumb is the site's own date line, not the article's header)."""
    z = r.z
    s = r.kept[i].s
    if z.breadcrumb and "furniture" not in z.skip:
        again = parse_breadcrumb(s)
        if again is not None and r.trail_line is not None and _home_trail_after_menu(r, again):
            # `> Search  > English` / … / `Home > Fuzhou Today` / the headline: the menu's row read as a
            # trail first is furniture (recorded), the trail from Home over the headline the breadcrumb
            z.fixes.append(furniture_fix(r.trail_line))
            z.breadcrumb = list(again)
            r.trail_line = r.kept[i]
            return i + 1
        if (not r.title_parts and _same_trail(again, z.breadcrumb)) or _second_trail(again, z.breadcrumb):
            # `Where you are: Home >> Updates` / `Home > Updates` (the headline was glued after it),
            # or a second trail from Home under the headline or its date row (a template's
            # trail over the text, the site's over the page): recorded as furniture (nothing is lost)
            z.fixes.append(furniture_fix(r.kept[i]))
            return i + 1
    if z.breadcrumb or (z.labels and r.title_parts) or z.description is not None:
        return None
    crumbs = parse_breadcrumb(s)
    fixes: list[Fix] = []
    if crumbs is not None and "furniture" not in z.skip:
        # `Home / China / Local News Tools: Save | Print`: a tool row glued on
        cleaned, fixes = strip_inline_furniture(r.kept[i])
        if fixes:
            crumbs = parse_breadcrumb(cleaned.s)
    if crumbs is None and _next_is_title(r.kept, i + 1):
        crumbs = parse_path(s)
    if not crumbs and _empty_prefix(s):
        after = _trail_below(r, i)
        if after is not None:
            return after
    if crumbs is None and s.lstrip().startswith(("1.", "1、")):
        after = _numbered_trail(r, i)
        if after is not None:
            return after
    if crumbs is None and s.lstrip()[:1] in _TRAIL_BULLETS:
        after = _bulleted_trail(r, i)
        if after is not None:
            return after
    if crumbs is None:
        return None
    if not _headline_over_its_trail(r, crumbs, i):
        r.demote_title()
    z.breadcrumb = crumbs + _headline_cut_from_trail(r, i)
    r.trail_line = r.kept[i]
    z.fixes.extend(fixes)
    label = unknown_trail_label(s)
    if label is not None:
        # `You are at:` before the trail: a label no list names, recorded (nothing is lost)
        z.fixes.append(furniture_fix(Line(r.kept[i].number, r.kept[i].text.slice(*label))))
    return i + 1


def _headline_cut_from_trail(r: Reading, i: int) -> list[str]:
    """`Home > Education > Fenmoor School Opens …` cut in two before zoning
    (line_splits): the headline, the next piece of the same printed line, is
    the path's last crumb too, as printed (docs/labelling.md: the headline
    included when the path ends in it)."""
    kept, nxt = r.kept, i + 1
    if nxt >= len(kept) or kept[nxt].blank or kept[nxt].number != kept[i].number:
        return []
    piece = kept[nxt].s.strip()
    if not _title_candidate(piece) or is_label_line(piece) or date_line(piece) is not None:
        return []  # (`Home > News > Clinic News  2024-07-02`: the date cut off the trail)
    if nxt + 1 < len(kept) and kept[nxt + 1].number == kept[i].number:
        return []  # (`Position: Home > News  The headline  Source: …`: a header on one line, the path not ending in it)
    trail = kept[i].s.rstrip()
    # (a trail cut before its headline ends with an arrow, `Home > News >`; one glued
    # to the headline by a space alone, `Home Notices The headline`, has none)
    if not trail.endswith(ARROW_ENDS) and any(c in trail for c in ARROW_ENDS):
        return []  # (`Home > News > Town Affairs  The headline`: the path ended before the gap)
    return [piece]


def _second_trail(crumbs: list[str] | None, read: list[str]) -> bool:
    """A trail from Home (`Home > News Center > Text`) when one was read already:
    a page has one breadcrumb, and a second path from Home is no headline."""
    return crumbs is not None and len(crumbs) >= 2 and is_home_crumb(crumbs[0]) and bool(read)


def _home_trail_after_menu(r: Reading, crumbs: list[str] | None) -> bool:
    """A trail from Home above the headline, when the trail read before it
    does not start at Home (a menu's row of arrows, `> Search > English`):
    the page's breadcrumb is the one from Home."""
    return crumbs is not None and len(crumbs) >= 2 and is_home_crumb(crumbs[0]) and not r.title_parts \
        and bool(r.z.breadcrumb) and not is_home_crumb(r.z.breadcrumb[0]) and not r.z.labels


def _same_trail(crumbs: list[str] | None, read: list[str]) -> bool:
    """The crumbs of a trail already read, letter case aside."""
    return crumbs is not None and [c.strip().lower() for c in crumbs] == [c.strip().lower() for c in read]


def _headline_over_its_trail(r: Reading, crumbs: list[str], i: int) -> bool:
    """`Business Card of City` over `Home > … > Business Card of City`, the
    text (or a header row) right under them: the line above the path is the
    headline the path ends with, not the masthead."""
    if not crumbs or not r.title_parts or (_next_is_title(r.kept, i + 1) and not _next_is_header(r.kept, i + 1)):
        return False  # (no crumb: a lone arrow, `»{`, read as an empty path)
    head = " ".join(ln.s.strip() for ln in r.title_parts)
    if head.lower() != crumbs[-1].strip().lower() and not _headline_over_trail_and_fields(r, head, i):
        return False
    r.end_title()
    return True


def _headline_over_trail_and_fields(r: Reading, head: str, i: int) -> bool:
    """`Lanxi Volunteers Clear the Riverbank` / `Current location: Home > News`
    / the date row: a complete headline (no organisation's or site's name) with
    the trail and then the article's field row under it is the headline, the
    trail printed between them; a site's name over a trail has no field row
    right under the trail."""
    return _next_is_header(r.kept, i + 1) and len(head.split()) >= MIN_WORDS_OF_COMPLETE_HEADLINE \
        and not is_org_name(head) and not _MASTHEAD.search(head)


#: `2. News`: one crumb of a path printed as a numbered list, a line each.
_NUMBERED_LINE = lazy_compile(r"^\s*\d{1,2}[.、]\s*\S")


def _numbered_trail(r: Reading, i: int) -> int | None:
    """`1. Home` / `2. News`, one crumb a line, right above the title: the
    path of :func:`parse_path`'s numbered form, printed as a list."""
    kept = r.kept
    end = i + 1
    while end < len(kept) and not kept[end].blank and _NUMBERED_LINE.match(kept[end].s):
        end += 1
    joined = " ".join(kept[k].s.strip() for k in range(i, end))
    crumbs = parse_path(joined) if end > i + 1 else None
    if not crumbs and end > i + 1:
        crumbs = _numbered_ending_in_headline(joined, kept, end)
    if not crumbs or not _next_is_title(kept, end):
        return None
    r.demote_title()
    r.z.breadcrumb = crumbs
    return end


def _numbered_ending_in_headline(joined: str, kept: list[Line], end: int) -> list[str] | None:
    """`1. Students` / `2. Events` / `3. The headline`, then the headline on a
    line of its own: a numbered list whose last item repeats the next line is
    the page's path to that headline, whatever its first crumb."""
    crumbs = numbered_crumbs(joined)
    nxt = next_nonblank(kept, end)
    if not crumbs or nxt is None or " ".join(crumbs[-1].split()).casefold() != " ".join(kept[nxt].s.split()).casefold():
        return None
    return crumbs


#: A crumb of a bulleted trail is at most this long (the last may be the headline).
MAX_BULLETED_CRUMB_CHARS = 200


def _bulleted_trail(r: Reading, i: int) -> int | None:
    """`• Home` / `  • News` / `  • The headline`, one crumb a bulleted line
    from `Home` on, up to a blank line: the page's path printed as a list
    (its label may be an item before it, an arrow may close each crumb)."""
    kept = r.kept
    lines: list[str] = []
    end = i
    while end < len(kept) and not kept[end].blank:
        m = _TRAIL_BULLET.match(kept[end].s)
        if m is None and len(lines) >= 2 and _next_is_title(kept, end):
            break  # (`• Home` / `• News` / the headline right under them, no blank between)
        if m is None or len(kept[end].s.strip()) > MAX_BULLETED_CRUMB_CHARS:
            return None
        crumb = kept[end].s[m.end():].strip()
        if not lines and _empty_prefix(crumb):
            end += 1  # (`- You are here:` / `- Home >` / …: the trail's label, an item of its own)
            continue
        crumb = crumb.rstrip("".join(ARROW_ENDS) + " ")  # (`- Home >`: the arrow printed after each crumb)
        if any(c.isalnum() for c in crumb):
            lines.append(crumb)  # (`• >`, a separator printed as an item of its own, is no crumb)
        end += 1
    if len(lines) < 2 or not is_home_crumb(lines[0]):
        return None
    r.demote_title()
    r.z.breadcrumb = lines
    return end


def _trail_below(r: Reading, i: int) -> int | None:
    """`Current position:` with the trail on the next line, the title below it."""
    kept = r.kept
    nxt = next_nonblank(kept, i + 1)
    below = kept[nxt].s.strip() if nxt is not None else ""
    trail = parse_breadcrumb(below) or parse_path(below) or (
        [below] if 0 < len(below) <= MAX_LONE_CRUMB_CHARS and not below.endswith((".", "。")) else None)
    if not (trail and nxt is not None and _next_is_title(kept, nxt + 1)):
        return None
    r.demote_title()
    r.z.breadcrumb = trail
    r.z.label_lines.append(kept[i])
    return nxt + 1
