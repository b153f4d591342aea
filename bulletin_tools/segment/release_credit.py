"""A press release's credit line after a wire dateline.

Release wires print a reposted story under a line of its own that names
where the story comes from (`LINGXI, China, May 4, 2023 /PRNewswire/ -- A
news report from lingxidaily.com:`), then the story.  That line announces the
story; it is not the story's first paragraph.  Its words are kept as a header
line, like a dateline alone (see :func:`.body_dates.read_dateline_alone`),
and the outlet it names is the page's source.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..textmap import MappedText

#: The credit is one short sentence: longer text after a dateline is the story.
MAX_RELEASE_CREDIT_CHARS = 120

#: `A report from …:`, `A news report from …:`, `This is a report from ….`
_RELEASE_CREDIT = lazy_compile(
    r"^\s*(?:(?i:a|this\s+is\s+a)\s+(?i:news\s+)?(?i:report)\s+(?i:from|by)\s+)"
    r"(?P<source>[^\s:：.]\S*?(?:\s+\S+?){0,8}?)\s*[:：.]?\s*$"
)


def release_credit_source(text: MappedText, start: int) -> MappedText | None:
    """The outlet a release credit names, when ``text`` from ``start`` (the
    end of its dateline) is that credit and nothing else; else None."""
    rest = text.text[start:]
    if len(rest) > MAX_RELEASE_CREDIT_CHARS or "report" not in rest[:20].lower():
        return None
    m = _RELEASE_CREDIT.match(rest)
    if m is None or not _names_an_outlet(m.group("source")):
        return None
    return text.slice(start + m.start("source"), start + m.end("source"))


#: Small words an outlet's name may hold between its capitalised words.
_NAME_LINKS = frozenset({"of", "the", "and", "for", "&"})
#: `lingxidaily.com`: a site's address.
_SITE = lazy_compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")


def _names_an_outlet(source: str) -> bool:
    """A site's address, or a name in capitalised words (`the Lingxi Office of
    Hexi Business News`): a sentence about a report (`the county shows that
    …`) has other words."""
    words = source.split()
    if len(words) == 1 and _SITE.fullmatch(words[0]) is not None:
        return True
    return words[-1][:1].isupper() and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)
