"""A site's profile: the lines its frame prints on page after page.

One page alone does not say whether a short line above the headline is the
site's name or the article's kicker, or whether `Suggest to a Friend:` under
the text is a widget or the writer's last words.  Several pages of one site
do: the frame is printed on every page, the article on one.  A profile is
built from a batch of one site's pages (``bulletin profile``) and lists the
lines printed on at least half of them (and on at least
:data:`MIN_PROFILE_PAGES`); given back to ``clean``, ``segment`` or
``check`` (``--site-profile``), it lets the chrome judge remove those lines
from every page of the site, each as a ``chrome`` fix that says on how many
pages the line was printed, so nothing is lost and every removal is
explained.

Only lines the chrome judge may judge enter a profile
(:func:`.segment.removal.judgeable`): label rows, breadcrumbs, date rows,
footer rows, credits and numbered items are read by their own readers on
every page, however often they repeat.  A page that opens with the same
sentences as one already counted (the same article twice in a batch) is not
counted again, so that an article printed twice does not become the site's
frame; and the line the judge keeps as the headline candidate is never
removed.

The profile is a JSON file an editor can read and edit: delete a line from
it and that line stays in the text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

#: A line enters the profile when printed on at least this many pages: two
#: pages may share a line by chance (two notices of one office).
MIN_PROFILE_PAGES = 3
#: … and on at least this share of the site's pages: a site's frame is on
#: (nearly) every page; a phrase some articles share is not.
MIN_PROFILE_SHARE = 0.5

PROFILE_FORMAT = "bulletin-site-profile"
PROFILE_VERSION = 1


@dataclass(frozen=True)
class SiteProfile:
    """The lines a site prints on its pages (by :func:`line_key`), with the
    number of pages each was printed on, out of ``pages``."""

    pages: int
    lines: Mapping[str, int] = field(default_factory=dict)
    #: a key → the line as a page printed it (what ``bulletin profile`` shows the editor)
    shown: Mapping[str, str] = field(default_factory=dict, compare=False)

    def printed_on(self, line: str) -> int:
        """How many of the profile's pages printed ``line`` (0: none, or not a frame line)."""
        return self.lines.get(line_key(line), 0)

    def why(self, line: str) -> str:
        return f"printed on {self.printed_on(line)} of the {self.pages} pages of the site profile"


def line_key(line: str) -> str:
    """A line as a profile compares it: case and spacing aside."""
    return " ".join(line.split()).casefold()


#: A page's article is known by its lines of at least this many words (the
#: same article posted twice prints the same sentences; the site's frame is
#: the same on every page anyway).
FINGERPRINT_WORDS = 8


def frame_lines(text: str) -> tuple[dict[str, str], frozenset[str]]:
    """The lines of ``text`` that could be frame, by key (repaired as the
    pipeline repairs them, and only those the chrome judge may judge), and
    the page's fingerprint: the keys of its lines of FINGERPRINT_WORDS words or more."""
    from .pipeline import DEFAULT_OPTIONS, repair_lines
    from .segment.lines import split_lines
    from .segment.removal import judgeable
    from .textmap import MappedText

    items = [(n, MappedText.identity(text[a:b], a)) for n, (a, b) in enumerate(split_lines(text), start=1)]
    lines, _, _ = repair_lines(items, DEFAULT_OPTIONS)
    frame: dict[str, str] = {}
    prose: set[str] = set()
    for ln in lines:
        if ln.blank:
            continue
        if judgeable(ln.s):
            frame.setdefault(line_key(ln.s), ln.s.strip())
        if len(ln.s.split()) >= FINGERPRINT_WORDS:
            prose.add(line_key(ln.s))
    return frame, frozenset(prose)


def build_profile(texts: Iterable[str]) -> SiteProfile:
    """The profile of a batch of one site's pages (see the module docstring).
    One pass, memory for the distinct frame lines only: a batch of any size."""
    totals: dict[str, int] = {}
    shown: dict[str, str] = {}
    seen: set[frozenset[str]] = set()
    pages = 0
    for text in texts:
        frame, fingerprint = frame_lines(text)
        if fingerprint:
            if fingerprint in seen:
                continue  # the same article again
            seen.add(fingerprint)
        pages += 1
        for key, line in frame.items():
            totals[key] = totals.get(key, 0) + 1
            shown.setdefault(key, line)
    needed = max(MIN_PROFILE_PAGES, MIN_PROFILE_SHARE * pages)
    lines = {k: n for k, n in sorted(totals.items()) if n >= needed}
    return SiteProfile(pages, lines, {k: shown[k] for k in lines})


def dump_profile(profile: SiteProfile) -> str:
    """The profile as JSON, most-printed lines first, each as one page printed
    it (for the editor's eyes; case and spacing do not count)."""
    rows = sorted(profile.lines.items(), key=lambda kv: (-kv[1], kv[0]))
    head = {"format": PROFILE_FORMAT, "version": PROFILE_VERSION, "pages": profile.pages,
            "min_pages": MIN_PROFILE_PAGES, "min_share": MIN_PROFILE_SHARE}
    entries = [json.dumps({"text": profile.shown.get(k, k), "pages": n}, ensure_ascii=False) for k, n in rows]
    fields = [f" {json.dumps(k)}: {json.dumps(v)}" for k, v in head.items()]
    lines = ' "lines": [' + ("\n  " + ",\n  ".join(entries) + "\n ]" if entries else "]")
    return "{\n" + ",\n".join([*fields, lines]) + "\n}\n"  # (one line per entry: an editor deletes a line to keep it)


class ProfileError(ValueError):
    """A profile file that cannot be read: the message names the reason."""


def load_profile(path: Path) -> SiteProfile:
    """A profile written by :func:`dump_profile` (and perhaps edited by hand)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProfileError(exc.strerror or str(exc)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProfileError(f"not a JSON file ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != PROFILE_FORMAT:
        raise ProfileError(f"not a site profile (no \"format\": \"{PROFILE_FORMAT}\"; make one with 'bulletin profile')")
    if data.get("version") != PROFILE_VERSION:
        raise ProfileError(f"site profile version {data.get('version')!r}; this bulletin reads version {PROFILE_VERSION}")
    rows = data.get("lines")
    pages = data.get("pages")
    if not isinstance(pages, int) or not isinstance(rows, list) or not all(
            isinstance(r, dict) and isinstance(r.get("text"), str) and isinstance(r.get("pages"), int) for r in rows):
        raise ProfileError("\"pages\" must be a number and \"lines\" a list of {\"text\": …, \"pages\": N}")
    return SiteProfile(pages, {line_key(r["text"]): r["pages"] for r in rows},
                       {line_key(r["text"]): r["text"] for r in rows})
