"""Spam-farm tokens injected into a paragraph, removed.

Hijacked mirrors of news and government pages keep the article and sow
tokens of a dating or escort farm into its sentences: `… the tea
harvest Sugar Daddy of Lingxi came early this year`, glued to a word as
often as not (`… the villageMalaysia Sugar mountain`).  They are no word of
the article: a reader skips them, and so does the tool, recording each as a
``text-spam`` fix (nothing is lost).

The tokens have a small grammar (``data/spam_injections.tsv``): a token
that is spam anywhere (`Sugar Daddy`), or a place word before a head that
alone is a plain word (`KL Escorts`, but `police escort`, `sugar cane`).
Only what reads as an insertion goes:

* written capitalised, as the farms write them (`a sugar daddy` in lower
  case is somebody's sentence, `UK sugar imports` a trade report: flagged
  by the spam check or left alone, kept);
* inside a paragraph that is still prose without it (at least
  ``MIN_HOST_WORDS`` English words, a sentence's share of function words;
  a token glued to the word before it needs only a line of words):
  a short spam line is the chrome and spam readers' business, a headline
  the title's (``title-spam``).
"""

from __future__ import annotations

import re
from functools import cache

from ..lazyre import lazy_compile
from ..lexicon import stop_words
from ..model import Edit
from ..tables import read_rows
from .chrome import PROSE_MIN_STOP
from .lines import Line

#: A paragraph keeps at least this many English words once the tokens are out
#: (this many, and no share of function words, when every token is glued on).
MIN_HOST_WORDS = 8
MIN_GLUED_HOST_WORDS = 5

_LATIN = lazy_compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def _words(kind: str) -> list[str]:
    return [row[1] for row in read_rows("spam_injections.tsv") if row[0] == kind]


def _phrase(words: list[str]) -> str:
    """Alternatives, longest first, a space standing for an optional one (`Sugardaddy`)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in sorted(words, key=len, reverse=True))


@cache
def token_pattern() -> re.Pattern[str]:
    """A token: a start (no letter before it, or glued after a small letter), a
    capital, then the token or a place word before a head, an optional tail."""
    token, head = _phrase(_words("token")), _phrase(_words("head"))
    place, tail = _phrase(_words("place")), _phrase(_words("tail"))
    capital_token = rf"(?=[A-Z])(?i:{token})"
    placed = rf"(?:{place})(?:\s(?:{place}))*\s(?=[A-Z])(?i:{token}|{head})"
    body = rf"(?:{placed}|{capital_token})(?:\s(?i:{tail}))?"
    # Apart, nothing but a capital may follow it (`… Sugar Daddy is`, `Sugar babyRecently`);
    # glued after a small letter (`the villageMalaysia Sugar`) it may be glued on both sides
    # (`the previous twoMalaysian Sugardaddyyears`).
    return re.compile(rf"(?<![A-Za-z]){body}(?:(?![A-Za-z])|(?=[A-Z]))|(?<=[a-z]){body}")


def strip_spam_tokens(line: Line) -> tuple[Line, list]:
    """``line`` without the injected tokens (and their fixes), or ``line`` as it was."""
    s = line.s
    if "ugar" not in s and "scort" not in s and "appa" not in s:
        return line, []  # (every token holds one of these: most lines need no regex)
    matches = list(token_pattern().finditer(s))
    if not matches:
        return line, []
    glued = all(m.start() and s[m.start() - 1].islower() for m in matches)
    if not _prose_without(s, matches, glued):
        return line, []
    text, fixes = line.text.apply([_gap_edit(s, m.start(), m.end()) for m in matches])
    return Line(line.number, text), fixes


def _prose_without(s: str, matches: list[re.Match[str]], glued: bool) -> bool:
    """Is the line still text without the tokens?  Tokens glued to the word
    before them are evidence enough of an insertion: then a caption full of
    names will do (`… Zunyi CityTanzania Escort. Photo by …`)."""
    rest = s
    for m in reversed(matches):
        rest = rest[: m.start()] + " " + rest[m.end():]
    words = [w.lower() for w in _LATIN.findall(rest)]
    if glued:
        return len(words) >= MIN_GLUED_HOST_WORDS
    return len(words) >= MIN_HOST_WORDS and sum(w in stop_words() for w in words) / len(words) >= PROSE_MIN_STOP


def _gap_edit(s: str, start: int, end: int) -> Edit:
    """Remove ``s[start:end]`` with one gap beside it; glued between two words, leave a space."""
    before = s[start - 1] if start else ""
    after = s[end] if end < len(s) else ""
    if before.isalpha() and after.isalpha():
        return Edit(start, end, " ", "text-spam")  # `villagesSugar babyRevitalization`
    if after == " " and (not before or before == " "):
        return Edit(start, end + 1, "", "text-spam")
    if before == " " and (not after or not after.isalnum()):
        return Edit(start - 1, end, "", "text-spam")  # `… supports Suiker Pappa,` → `… supports,`
    return Edit(start, end, "", "text-spam")


def strip_body_spam(lines: list[Line]) -> tuple[list[Line], list]:
    """Every body line without its injected tokens, and the fixes."""
    out, fixes = [], []
    for ln in lines:
        if ln.blank:
            out.append(ln)
            continue
        cleaned, found = strip_spam_tokens(ln)
        out.append(cleaned)
        fixes.extend(found)
    return out, fixes
