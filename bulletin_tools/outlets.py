"""An outlet credited after an author's name: `Cao Yu | China Daily`,
`Cui Jia (China Daily)`.

Reposted news keeps the byline of the paper it came from, with the paper's
name glued after the writer's.  The writer is the author; the paper is the
source (or, when the page names a source of its own, an extra field), so
nothing is lost and neither field holds the other's words.
"""

from __future__ import annotations

import functools

from .lazyre import lazy_compile
from .tables import read_words

#: An outlet's name is a few capitalised words.
MAX_OUTLET_WORDS = 6

_PIPE = lazy_compile(r"^(?P<name>[^|｜]+?)\s*[|｜]\s*(?P<outlet>[^|｜]+?)\s*$")
_PARENS = lazy_compile(r"^(?P<name>[^()（）]+?)\s*[(（]\s*(?P<outlet>[^()（）]+?)\s*[)）]\s*$")


@functools.cache
def outlet_words() -> frozenset[str]:
    return frozenset(read_words("outlet_words.txt"))


def is_outlet(text: str) -> bool:
    """`China Daily`, `Xinhua`, `Hubei Daily Media Group`: capitalised words, the last an outlet word."""
    words = text.split()
    if not words or len(words) > MAX_OUTLET_WORDS or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    return any(w.lower().strip(".,") in outlet_words() for w in words)


_ADDRESS = lazy_compile(r"(?:www\.)?(?P<name>[a-z0-9-]+)(?:\.[a-z0-9-]+)+")


def is_outlet_address(text: str) -> bool:
    """`chinadaily.com.cn`, `www.xinhuanet.com`: an outlet's web address standing for its name."""
    m = _ADDRESS.fullmatch(text.strip().lower())
    if m is None or "." not in text:
        return False
    name = m.group("name")
    return name in outlet_words() or any(w in name for w in outlet_words() if len(w) >= 4)


#: `equanzhou.com`, `ehainan.gov.cn`: any site's address, alone in a header
#: row, names the site the article is from.
_SITE = r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org)(?:\.cn)?"
_SITE_ADDRESS = lazy_compile(rf"(?i:{_SITE})")
_SITE_URL = lazy_compile(rf"(?i:(?:https?://)?{_SITE}/?)")


def is_site_url(text: str) -> bool:
    """`www.yw.gov.cn`, `http://www.yw.gov.cn/`: a site's address, as a link may print it."""
    return _SITE_URL.fullmatch(text) is not None


def outlet_named(text: str) -> str | None:
    """The outlet a stray header value names, bracket-free, or None: a name
    (`Xinhua`, `China Daily`), a bare outlet word (`chinadaily`) or a web
    address (`(chinadaily.com.cn)`, `ehainan.gov.cn`, `http://www.hexi.gov.cn`)."""
    bare = text.strip("()（） ")
    if is_outlet(bare) or is_outlet_address(bare) or bare.lower() in outlet_words() \
            or _SITE_URL.fullmatch(bare):
        return bare
    return None


def is_bare_address(name: str) -> bool:
    """`ehainan.gov.cn`: a site's address that names no known outlet (a
    known outlet's name, wherever the page gives it, is the better source)."""
    return _SITE_ADDRESS.fullmatch(name) is not None and not is_outlet_address(name)


#: `Zhou Lan / Hexi Daily`: the writer, a slash, the paper.
_SLASH = lazy_compile(r"^(?P<name>[^/]+?)\s*/\s*(?P<outlet>[^/]+?)\s*$")
#: `Zhou Lan, Hexi Daily`: the writer, a comma, the paper (a known outlet's name only).
_COMMA = lazy_compile(r"^(?P<name>[^,，]+?)\s*[,，]\s*(?P<outlet>[^,，]+?)\s*$")


def split_outlet(value: str) -> tuple[str, str] | None:
    """`Cao Yu | China Daily` → (`Cao Yu`, `China Daily`), `Li Na (chinadaily.com.cn)` → (`Li Na`,
    `chinadaily.com.cn`), `Zhou Lan, Hexi Daily` → (`Zhou Lan`, `Hexi Daily`); None
    when no outlet is glued on."""
    if ("," in value or "，" in value) and (m := _COMMA.match(value)) is not None \
            and m.group("name").strip() and is_outlet(m.group("outlet")):
        return m.group("name").strip(), m.group("outlet").strip()
    if "|" not in value and "｜" not in value and "/" not in value and not value.endswith((")", "）")):
        return None
    for pattern in (_PIPE, _PARENS, _SLASH):
        m = pattern.match(value)
        if m and m.group("name").strip() and (is_outlet(m.group("outlet")) or _SITE_ADDRESS.fullmatch(m.group("outlet"))):
            return m.group("name").strip(), m.group("outlet").strip()
    return None
