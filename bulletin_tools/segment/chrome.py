"""Site chrome by shape: judge a line without knowing its words.

Vocabulary (``data/furniture.tsv``) removes the furniture somebody has seen
before.  Sites never seen before bring chrome no list names: menus in a mix
of English and untranslated Chinese, portal paths, widget captions, link
rows.  What they share is their *shape*, as boilerplate-removal research
(jusText, trafilatura's fallbacks) has long used:

* a real English sentence is 30-50% function words; a menu row is near 0%;
* chrome is short, full of separators (``| > / ·``), capitals and digits,
  and does not end like a sentence;
* chrome sits above the first paragraph of prose or after the last one;
* the words of the headline recur in the body; the words of a menu do not.

:func:`line_shape` measures those as named features, :func:`judge` weighs
them with a small logistic model whose weights are data
(``data/chrome_weights.tsv``, fitted on labelled lines by
``benchmarks/fit_chrome.py``), and every verdict carries its reasons in
words, for ``--explain`` and ``segment --view``.  Which lines are judged at
all, and what happens to them, is decided in :mod:`bulletin_tools.segment`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress, repeat
from operator import itemgetter, mul
from typing import Callable

from ..asciiruns import ascii_latin_tokens
from ..chardata import HAN_BMP_CHAR, HAN_SPAN, PROSE_LINE_END, SENTENCE_END
from ..fastinit import fast_init
from ..lazyre import lazy_compile
from ..lexicon import stop_words
from ..tables import read_rows

#: Lines at least this long, with at least ``PROSE_MIN_STOP`` function words,
#: ending like a sentence, are prose: they fence the top and tail zones.
PROSE_MIN_CHARS = 150
PROSE_MIN_STOP = 0.18
#: ... and a line this long is prose whatever it ends with.
PROSE_ANY_END_CHARS = 200

#: At or above this probability a line in the top or tail zone is chrome and
#: is removed (as a ``chrome`` fix carrying its reasons).
CHROME_REMOVE = 0.85
#: Between this and ``CHROME_REMOVE`` the line is kept and flagged
#: (``possible-chrome``): when unsure, nothing is lost.  Raised from 0.6
#: with the refit on 869 tuning lines: below 0.7 a flag was wrong one time
#: in three there, and fell on the closing sentences and list lines of the
#: project's samples; above it, seven flags in eight name real chrome.
CHROME_UNSURE = 0.7
#: Below this share of its words recurring in the prose, a line is foreign to the text.
LOW_RECURRENCE = 0.34
#: Lines longer than this are never judged: chrome rows are short.
MAX_CHROME_CHARS = 200

_TOKEN = lazy_compile(rf"[A-Za-z]+(?:['’][A-Za-z]+)?|\d+(?:[.,:/-]\d+)*|[{HAN_SPAN}]+")
#: The Latin words among ``_TOKEN``'s tokens (digits and Han never hold a letter, so
#: the matches are the same).
_LATIN = lazy_compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_SEPARATOR = lazy_compile(r"[|｜>»›/·•◆■▪●\\_]|&gt;|--|::")
_SENTENCE_END = tuple(PROSE_LINE_END)
_DOMAIN = lazy_compile(r"(?:https?://)?[\w.-]+\.(?:com|cn|net|org|gov|edu)(?:\.cn)?\b\S*", re.IGNORECASE)
#: What every ``_DOMAIN`` match holds: searched first, it spares the costly substitution.
_TLD = lazy_compile(r"\.(?:com|cn|net|org|gov|edu)", re.IGNORECASE)
_ADDRESS = lazy_compile(r"https?://|www\.|\.(?:com|cn|net|org|gov)\b", re.IGNORECASE)


@fast_init
@dataclass(frozen=True, slots=True)
class LineShape:
    """What the classifier sees of one line; every field is a named feature."""

    chars: int
    words: int  # Latin words
    stop_share: float  # share of Latin words that are function words
    separators: int
    cap_share: float  # share of Latin words written with a capital
    digit_share: float  # share of non-space characters that are digits
    cjk_share: float  # share of non-space characters that are Han
    single_letters: float  # share of tokens that are one letter (font rows: `A A A`)
    sentence_end: bool
    address: bool  # holds a web address
    recurrence: float  # share of its content words found in the page's prose elsewhere
    zone: str  # "top" (above the first prose), "tail" (below the last), "body"
    repeats: int = 1  # how many times the same line stands in the page


def _tokens(s: str) -> list[str]:
    return _TOKEN.findall(s)


def content_words(s: str) -> set[str]:
    """Lower-case words of 3+ letters that are not function words.

    Web addresses are left out: a site's domain in a photo credit says
    nothing about whether a line belongs to the article.
    """
    if "." in s and _TLD.search(s) is not None:  # (every address holds one: most lines need no substitution)
        s = _DOMAIN.sub(" ", s)
    if s.isascii():
        # Lower-casing ASCII text first changes no token boundary, and only the
        # Latin tokens start with a letter: one lower() for the whole text.  A
        # token shorter than 3 is one or two letters (one with an apostrophe
        # has 3 or more): one set difference drops them with the function words.
        return set(ascii_latin_tokens(s.lower(), _LATIN)) - _short_or_stop_words()
    # Distinct tokens first: a paragraph repeats its words, and the set is the same.
    words = {w.lower() for w in set(_TOKEN.findall(s)) if len(w) >= 3 and w[0].isalpha()}
    return words - stop_words() if words else words


@cache
def _short_or_stop_words() -> frozenset[str]:
    """The function words and every word of one or two ASCII small letters: what
    :func:`content_words` leaves out of an ASCII text's lower-cased tokens."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return stop_words() | frozenset(letters) | frozenset(a + b for a in letters for b in letters)


#: Distinct lines whose :func:`is_prose` answer is remembered: the chrome
#: classifier and the link-list pass both ask it about every line of a page
#: (half the calls repeat one), and the label and footer tests ask again.
PROSE_CACHE_SIZE = 2048


#: A sentence of running text has at least this many words and ends with a
#: stop (chrome's lines are shorter: a site's welcome, a menu, a notice bar).
MIN_SENTENCE_WORDS = 12


def is_sentence(t: str) -> bool:
    """`On May 10, the new service hall … opened to the public.`: ``t`` (stripped) is a sentence of running text."""
    return t[-1:] in SENTENCE_END and len(t.split()) >= MIN_SENTENCE_WORDS


@lru_cache(maxsize=PROSE_CACHE_SIZE)
def is_prose(s: str) -> bool:
    """A paragraph of running text: long, rich in function words, ending like a
    sentence (or too long to be anything else: a cut-off excerpt, a notice
    ending in its date)."""
    t = s.strip()
    if len(t) < PROSE_MIN_CHARS:
        return False
    if len(t) < PROSE_ANY_END_CHARS and not t.endswith(_SENTENCE_END):
        return False  # a long headline or a site's name, not a paragraph
    # (the Latin tokens of _TOKEN; in an ASCII line every token is ASCII, and filter() runs in C)
    latin = ascii_latin_tokens(t, _LATIN) if t.isascii() else list(filter(str.isascii, _LATIN.findall(t)))
    if len(latin) < 8:
        return HAN_BMP_CHAR.search(t) is not None and len(t) >= PROSE_MIN_CHARS and t.endswith(_SENTENCE_END)
    share = sum(map(stop_words().__contains__, map(str.lower, latin))) / len(latin)
    return share >= PROSE_MIN_STOP


_FIRST = itemgetter(0)
#: ``n > 0`` for a count (``(0).__lt__``, a C method: no Python frame per word).
_POSITIVE = (0).__lt__


def line_shape(s: str, zone: str, prose_words: dict[str, int], own: set[str] | None = None,
               repeats: int = 1) -> LineShape:
    """Measure one line.  ``prose_words`` counts, per content word, the prose
    lines holding it; the line's own contribution (``own``, when the line is
    itself prose) is taken out, so a line never vouches for itself."""
    t = s.strip()
    tokens = _tokens(t)
    # (the counts below run in C: map, compress and count instead of a Python
    # test per token; every count is the same integer, so every share the same float)
    ascii_text = t.isascii()
    if ascii_text:
        latin = list(compress(tokens, map(str.isalpha, map(_FIRST, tokens))))  # (every token is ASCII)
        digits = sum(map(t.count, "0123456789"))  # (the ASCII characters str.isdigit takes)
        han = 0
    else:
        latin = [w for w in tokens if w[0].isalpha() and w.isascii()]
        digits = sum(map(str.isdigit, t))
        han = len(HAN_BMP_CHAR.findall(t))
    stops = stop_words()
    nonspace = len("".join(t.split())) or 1  # (split() cuts at exactly the str.isspace characters)
    # The content words: an ASCII line without a dot holds no address, and its
    # Latin tokens lower-cased are those of the lower-cased line.
    words = set(map(str.lower, latin)) - _short_or_stop_words() if ascii_text and "." not in t else content_words(t)
    if words and own is None:
        recurrence = sum(map(_POSITIVE, map(prose_words.get, words, repeat(0)))) / len(words)
    elif words:
        found = sum(1 for w in words if prose_words.get(w, 0) - (1 if own is not None and w in own else 0) > 0)
        recurrence = found / len(words)
    else:
        recurrence = 0.0
    return LineShape(
        chars=len(t),
        words=len(latin),
        stop_share=(sum(map(stops.__contains__, map(str.lower, latin))) / len(latin)) if latin else 0.0,
        separators=len(_SEPARATOR.findall(t)),
        cap_share=(sum(map(str.isupper, map(_FIRST, latin))) / len(latin)) if latin else 0.0,
        digit_share=digits / nonspace,
        cjk_share=han / nonspace,
        single_letters=(list(map(len, tokens)).count(1) / len(tokens)) if tokens else 0.0,
        sentence_end=t.endswith(_SENTENCE_END),
        address=("." in t or ":" in t) and _ADDRESS.search(t) is not None,  # (every match holds one)
        recurrence=recurrence,
        zone=zone,
        repeats=repeats,
    )


def features(shape: LineShape) -> dict[str, float]:
    """The model's inputs, by name (the names in ``data/chrome_weights.tsv``)."""
    return {
        "bias": 1.0,
        "length": min(math.log1p(shape.chars) / math.log(MAX_CHROME_CHARS), 1.0),
        "few_words": 1.0 if shape.words <= 3 else 0.0,
        "stop_share": shape.stop_share,
        "no_stop_words": 1.0 if shape.words >= 2 and shape.stop_share == 0.0 else 0.0,
        "separators": min(shape.separators, 6) / 6,
        "cap_share": shape.cap_share,
        "digit_share": shape.digit_share,
        "cjk_share": shape.cjk_share,
        "single_letters": shape.single_letters,
        "sentence_end": 1.0 if shape.sentence_end else 0.0,
        "address": 1.0 if shape.address else 0.0,
        "recurrence": shape.recurrence,
        "no_recurrence": 1.0 if shape.recurrence == 0.0 else 0.0,
        "low_recurrence": 1.0 if shape.recurrence < LOW_RECURRENCE else 0.0,
        "title_case_row": 1.0 if shape.words >= 6 and shape.cap_share >= 0.8 and shape.stop_share < 0.15 else 0.0,
        "repeated": 1.0 if shape.repeats > 1 else 0.0,
        "top": 1.0 if shape.zone == "top" else 0.0,
        "tail": 1.0 if shape.zone == "tail" else 0.0,
    }


@cache
def weights() -> dict[str, float]:
    return {row[0]: float(row[1]) for row in read_rows("chrome_weights.tsv")}


@fast_init
@dataclass(frozen=True, slots=True)
class Verdict:
    """The classifier's answer for one line, with the evidence in words."""

    probability: float  # that the line is chrome
    reasons: tuple[str, ...]

    @property
    def chrome(self) -> bool:
        return self.probability >= CHROME_REMOVE

    @property
    def unsure(self) -> bool:
        return CHROME_UNSURE <= self.probability < CHROME_REMOVE

    def explain(self) -> str:
        return f"chrome p={self.probability:.2f}: " + ", ".join(self.reasons)


def judge(shape: LineShape) -> Verdict:
    """Weigh the features; the reasons name the strongest evidence for chrome."""
    w = weights()
    feats = features(shape)
    # (in C, in the same order: the same float additions as a loop over the items)
    z = sum(map(mul, map(w.get, feats, repeat(0.0)), feats.values()))
    p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
    return Verdict(round(p, 4), _reasons(shape))


def _reasons(shape: LineShape) -> tuple[str, ...]:
    out = [f"stop-word share {shape.stop_share:.2f}" if shape.words else "no English words"]
    if shape.separators:
        out.append(f"{shape.separators} separator{'s' if shape.separators > 1 else ''}")
    out.append(f"{shape.chars} characters")
    if shape.cjk_share >= 0.2:
        out.append(f"Chinese {shape.cjk_share:.0%}")
    if shape.single_letters >= 0.5:
        out.append("single letters")
    if shape.address:
        out.append("web address")
    if shape.repeats > 1:
        out.append(f"stands {shape.repeats} times in the page")
    out.append("words recur nowhere in the text" if shape.recurrence == 0.0 else f"{shape.recurrence:.0%} of its words recur in the text")
    out.append({"top": "above the first paragraph", "tail": "below the last paragraph"}.get(shape.zone, "among the paragraphs"))
    return tuple(out)


def prose_vocabulary(texts: list[str]) -> tuple[list[bool], dict[str, int]]:
    """Which of ``texts`` are prose, and per content word the number of prose lines holding it."""
    flags = [is_prose(t) for t in texts]
    return flags, _prose_counts(texts, flags)


def _prose_counts(texts: list[str], flags: list[bool]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for t, prose in zip(texts, flags):
        if prose:
            for w in content_words(t):
                counts[w] = counts.get(w, 0) + 1
    return counts


#: A line ending like this, right above prose, introduces it (`Dear parents:`,
#: `Fellow Deputies,`): it is never judged.
LEAD_IN_ENDS = (":", "：", ",", "，")


def page_shapes(texts: list[str], judgeable: Callable[[str], bool]) -> tuple[dict[int, LineShape], list[str]]:
    """Shapes of the lines of one page that are to be judged, by position, and every line's zone.

    ``texts`` are the page's non-blank lines in order; ``judgeable(line)``
    says whether no vocabulary reader claims it.  Prose lines and lines
    among the paragraphs are not judged; nor is a lead-in right above prose.
    ``judgeable`` is asked only about the lines still in question (it is the
    costly part: most lines are body lines).
    """
    flags = [is_prose(t) for t in texts]
    zones = zones_of(flags)
    # The prose vocabulary and the repeat counts are built when the first line
    # is measured: many pages have no line to judge (speed).
    counts: dict[str, int] | None = None
    repeats: dict[str, int] = {}
    out: dict[int, LineShape] = {}
    seen: dict[tuple[str, str], LineShape] = {}  # a page repeating one line measures it once
    for pos, (t, prose, where) in enumerate(zip(texts, flags, zones)):
        if prose or where == "body":
            continue
        if t.rstrip().endswith(LEAD_IN_ENDS) and pos + 1 < len(flags) and flags[pos + 1]:
            continue
        if pos and _continues(texts[pos - 1], t):
            continue
        if pos + 1 < len(texts) and _goes_on(t, texts[pos + 1]):
            continue
        if pos + 1 == len(texts) and pos and flags[pos - 1] and _cut_sentence(t):
            continue
        if pos + 1 < len(texts) and _chinese_over(t, texts[pos + 1], first=pos == 0):
            continue
        key = (t, where)
        if key not in seen:
            if not judgeable(t):
                continue
            if counts is None:
                # Only presence matters here (no line is asked to discount its own
                # words): one pass over all the prose, whose tokens never span a line.
                counts = dict.fromkeys(content_words("\n".join(t for t, p in zip(texts, flags) if p)), 1)
                for line in texts:
                    repeats[line.strip()] = repeats.get(line.strip(), 0) + 1
            seen[key] = line_shape(t, where, counts, repeats=repeats[t.strip()])
        out[pos] = seen[key]
    return out, zones


#: A line this long that does not end like a sentence was cut by the page's
#: width (text hard-wrapped at a fixed column): the next line goes on with it.
WRAPPED_LINE_MIN = 60


def _continues(above: str, t: str) -> bool:
    """`responsibility system; projects that fail …` under a long line cut mid-sentence:
    the second half of a wrapped sentence, not a line of its own to judge."""
    a = above.rstrip()
    return t.lstrip()[:1].islower() and len(a) >= WRAPPED_LINE_MIN and not a.endswith(_SENTENCE_END)


#: A line cut mid-sentence is mostly function words (`According to the`).
MIN_CUT_SENTENCE_STOP_SHARE = 0.5


def _goes_on(t: str, below: str) -> bool:
    """`According to the` / `province relocated students …`: the first half of
    a sentence cut by the page, going on in lower case on the next line."""
    a = t.rstrip()
    if not below.lstrip()[:1].islower() or a.endswith(_SENTENCE_END) or a.endswith((":", "：")):
        return False
    words = [w.lower() for w in _LATIN.findall(a)]
    return len(words) >= 2 and sum(w in stop_words() for w in words) / len(words) >= MIN_CUT_SENTENCE_STOP_SHARE


def _cut_sentence(t: str) -> bool:
    """`They lau` / `In addition` as the page's last line, right under a
    paragraph: the page was cut in the middle of its next sentence (a capital
    function word, then small letters only, no end), not a chrome row (`About
    Us`, `Read More`: capitals or a content word first)."""
    a = t.strip()
    if a.endswith(_SENTENCE_END) or a.endswith((":", "：")):
        return False
    words = _LATIN.findall(a)
    return len(words) >= 2 and a.startswith(words[0]) and words[0][0].isupper() \
        and words[0].lower() in stop_words() and all(w.islower() for w in words[1:])


def _chinese_over(t: str, below: str, first: bool) -> bool:
    """A line all in Chinese that heads what follows, not a Chinese chrome row:
    over a Chinese sentence (`…若干措施` over the Chinese half of a bilingual notice),
    or as the page's first line over its English (`境外人员住宿登记须知` over
    `(Accommodation Registration)`: the first half of a bilingual headline)."""
    if HAN_BMP_CHAR.search(t) is None or any(map(str.isascii, t.strip())):
        return False
    under = "".join(below.split())
    han = len(HAN_BMP_CHAR.findall(under))
    return (han * 2 > len(under) and (len(under) > MAX_CHINESE_ROW_CHARS or under.endswith(("。", "！", "？")))) \
        or (first and han == 0)


#: A Chinese line longer than this is text, not a row of a Chinese menu.
MAX_CHINESE_ROW_CHARS = 40


def zones_of(flags: list[bool]) -> list[str]:
    """``top`` before the first prose line, ``tail`` after the last, ``body`` between."""
    if not any(flags):
        return ["body"] * len(flags)
    first = flags.index(True)
    last = len(flags) - 1 - flags[::-1].index(True)
    return ["top" if k < first else "tail" if k > last else "body" for k in range(len(flags))]
