"""Detect and repair truncated titles, descriptions and headings.

Machine-translated bulletins often arrive with their header parts cut off:
a title that stops after a function word (``…learning and``) or in the
middle of a word (``…Publicity Month Activi``), a ``Description:`` that is a
prefix of the first paragraph cut mid-word (``…enriched learning c``), a
title that is the first body sentence chopped at a fixed length
(docs/input-patterns.md, "Titles and descriptions").

Two principles shape everything here:

* **Precision before recall.**  A complete title must never be touched, so
  every detection test has guards against the usual false positives
  (``… Plan``, ``… (Phase II)``, ``… "August 1st"``, questions, acronyms,
  romanised names).
* **Repair only from evidence** (docs/output.md: "a repair uses only words that occur
  in the same document").  A repair copies words from the body at a place
  that is anchored by a long enough piece of the part itself; a short anchor
  such as ``of the`` or ``Enter the`` proves nothing, and several places
  with different continuations mean we would be guessing.  Without evidence
  the part is returned byte-identical with ``truncated=True,
  repaired=False`` so the caller can flag it.

All functions are pure; the word tables are data files loaded once, lazily.
The only regular expression is a single character class (``[^\\W_]+``);
everything else is a single-pass scanner or ``str.find``, so a 2 MB
paragraph of spaces, colons or digits costs well under a second.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from ..chardata import (CLOSING_AFTER_END, PHRASE_END, SENTENCE_END, WORD_JOINERS, cut_mark, word_abbreviations,
                       words_of_kind)
from ..english import english_sorted, is_english_word, looks_complete
from ..lazyre import lazy_compile

__all__ = [
    "Truncation",
    "check_title",
    "check_description",
    "check_heading",
    "document_vocabulary",
    "Vocabulary",
    "PreparedBody",
    "REASONS",
]

REASONS = (
    "function-word",
    "word-fragment",
    "unbalanced",
    "leading-fragment",
    "prefix-of-paragraph",
    "chopped-first-sentence",
)

#: Paragraph index used in ``evidence`` when a heading was repaired from the
#: text that follows it (``following``) rather than from ``body``.
FOLLOWING = -1


@dataclass(frozen=True)
class Truncation:
    """The verdict on one part.

    ``text`` is the repaired text, or ``original`` unchanged when the part is
    complete or cannot be repaired.  ``evidence`` is ``(paragraph index,
    char offset)`` of the first body character that was copied into the
    repair, so the fix record can point at its source.
    """

    text: str
    original: str
    truncated: bool
    repaired: bool
    reason: str | None
    evidence: tuple[int, int] | None


# --------------------------------------------------------------------------
# data tables


@functools.cache
def _words(kind: str) -> frozenset[str]:
    """The words of one kind of ``data/truncation_words.tsv`` (see :func:`chardata.words_of_kind`)."""
    return frozenset(words_of_kind(kind))


def _function_words() -> frozenset[str]:
    return _words("function")


def _clause_words() -> frozenset[str]:
    return _words("clause")


def _label_words() -> frozenset[str]:
    return _words("label")


# --------------------------------------------------------------------------
# characters and tokens

_QUOTE_MAP = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "}
_OPEN_CLOSE = {"(": ")", "\uff08": "\uff09", "[": "]", "\u3010": "\u3011", "\u300a": "\u300b",
               "\u300c": "\u300d", "\u3016": "\u3017", "\u201c": "\u201d"}


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


_ALNUM_RUN = lazy_compile(r"[^\W_]+")  # a run of str.isalnum() characters
#: ``_tokens`` of an ASCII text in one pattern: there ``str.isalnum`` and
#: ``str.isdigit`` are ``[A-Za-z0-9]`` and ``[0-9]``, and a joiner is one of
#: the ASCII ``WORD_JOINERS`` or ``.``/``,`` between digits.
_ASCII_TOKEN = lazy_compile(lambda: (
    "[A-Za-z0-9]+(?:(?:[" + re.escape("".join(c for c in WORD_JOINERS if c.isascii()))
    + "]|(?<=[0-9])[.,](?=[0-9]))[A-Za-z0-9]+)*"))
#: Texts whose token spans are remembered: the checks of one title or
#: heading ask for the spans of the same text several times in a row (its
#: first and last words, its style, its fragment test: over half the calls
#: on bench_throughput's corpus).  Few, so a text is only remembered while
#: its own part is checked.
TOKEN_CACHE_SIZE = 8


_SPAN = re.Match.span


@functools.lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _tokens(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of word tokens: alphanumeric runs, joined across an inner
    hyphen or apostrophe (``door-to-door``, ``people's``) and across ``.``/``,``
    between digits (``3,000``, ``6.8``)."""
    if text.isascii():
        return tuple(map(_SPAN, _ASCII_TOKEN.finditer(text)))  # (map over a C method: no generator step per token)
    return tuple(_token_spans(text))


def _token_spans(text: str) -> list[tuple[int, int]]:
    """:func:`_tokens` for any text.  One linear pass: the regex finds the
    runs, and a run one character after the previous token joins it when
    that character is such a joiner."""
    spans: list[tuple[int, int]] = []
    last_end = -2
    for m in _ALNUM_RUN.finditer(text):
        start, end = m.span()
        if start == last_end + 1:
            j = text[last_end]
            if j in WORD_JOINERS or (j in ".," and text[last_end - 1].isdigit() and text[start].isdigit()):
                spans[-1] = (spans[-1][0], end)
                last_end = end
                continue
        spans.append((start, end))
        last_end = end
    return spans


def _normalize(text: str, lower: bool = True) -> tuple[str, list[int]]:
    """Collapse whitespace runs to one space, straighten curly quotes and
    (optionally) lower-case, keeping for every output character the index of
    its source character (plus a sentinel at the end) so that matches found
    in the normalised text can be mapped back."""
    straight = text.translate(_QUOTE_TABLE)
    fast: str | None = straight
    if lower:
        low = straight.lower()
        # Same length: every character lowered to one character, as the loop
        # below does; a capital sigma is lowered by context, so it takes the loop.
        fast = low if len(low) == len(straight) and "\u03a3" not in straight else None
    if fast is not None and "  " not in fast and not _OTHER_SPACE.search(fast):
        # Nothing to collapse: one output character per input character.
        return fast, list(range(len(text) + 1))
    out: list[str] = []
    index: list[int] = []
    previous_space = False
    for i, ch in enumerate(text):
        ch = _QUOTE_MAP.get(ch, ch)
        if ch.isspace():
            if previous_space:
                continue
            previous_space = True
            out.append(" ")
            index.append(i)
            continue
        previous_space = False
        if lower:
            low = ch.lower()
            ch = low if len(low) == 1 else ch
        out.append(ch)
        index.append(i)
    index.append(len(text))
    return "".join(out), index


_QUOTE_TABLE = str.maketrans(_QUOTE_MAP)
_OTHER_SPACE = lazy_compile(r"[^\S ]")  # whitespace (str.isspace) other than a plain space


_FAST_TABLE = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                             "\u00a0": " ", "\t": " ", "\n": " ", "\r": " ", "\u3000": " "})


class _Source:
    """A paragraph prepared for case-insensitive search: its normalised form
    and the way back to original offsets.  Cleaned paragraphs usually need
    only a same-length translation (fast, no index list); the general
    per-character path is used only when whitespace runs must be collapsed."""

    __slots__ = ("index", "text", "norm", "_mapping")

    def __init__(self, index: int, text: str, lower: bool = True) -> None:
        self.index, self.text = index, text
        fast = text.translate(_FAST_TABLE)
        if lower:
            fast = fast.lower()
        if len(fast) == len(text) and "  " not in fast and not any(
            ch.isspace() and ch != " " for ch in set(fast)
        ):
            self.norm, self._mapping = fast, None
        else:
            self.norm, self._mapping = _normalize(text, lower)

    def original(self, i: int) -> int:
        """Offset in ``text`` of normalised offset ``i`` (``len(norm)`` allowed)."""
        return i if self._mapping is None else self._mapping[i]


#: From this many paragraphs on, a body searched for evidence is indexed by
#: word (one pass) instead of scanned whole for every anchor: a long
#: document with many cut headings would otherwise cost headings x body.
_INDEX_MIN_PARAGRAPHS = 32


class _SourceSet:
    """The searchable paragraphs of a body, in order, and (for a long body)
    an index from each word (a maximal alphanumeric run of ``norm``) to the
    paragraphs holding it.

    A word of an anchor bounded on both sides can only match where that
    word stands whole, so :meth:`holding` may skip every paragraph without
    it.  Paragraphs come in body order, so the first evidence found and
    the ambiguity test see exactly what a full scan would see.
    """

    __slots__ = ("all", "_index")

    def __init__(self, sources: Sequence["_Source"]) -> None:
        self.all = sources
        self._index: dict[str, list[int]] | None = None

    def _word_index(self) -> dict[str, list[int]]:
        if self._index is None:
            index: dict[str, list[int]] = {}
            for k, source in enumerate(self.all):
                for run in set(_ALNUM_RUN.findall(source.norm)):
                    index.setdefault(run, []).append(k)
            self._index = index
        return self._index

    def holding(self, needle: str, starts_word: bool, ends_word: bool) -> Sequence["_Source"]:
        """Paragraphs that may hold ``needle`` (matched at a word start if
        ``starts_word``, ending at a word end if ``ends_word``).

        Every word of the needle that is bounded on both sides (by a
        non-word character inside it, or by the required word boundary)
        stands whole in a paragraph holding such a match; the paragraphs
        holding the rarest of those words are the only candidates (a first
        word such as ``the`` is in every paragraph).
        """
        if len(self.all) < _INDEX_MIN_PARAGRAPHS:
            return self.all
        words = [m.group() for m in _ALNUM_RUN.finditer(needle)
                 if (m.start() > 0 or starts_word) and (m.end() < len(needle) or ends_word)]
        if not words:
            return self.all
        index = self._word_index()
        rarest = min(words, key=lambda w: len(index.get(w, ())))
        return [self.all[k] for k in index.get(rarest, ())]

    def holding_last(self, needle: str) -> Sequence["_Source"]:
        """Paragraphs that may hold ``needle`` ending at a word end."""
        return self.holding(needle, False, True)


def _collapse(text: str) -> str:
    return " ".join(text.split())


#: A whitespace-separated chunk that holds a joiner; it starts at a chunk
#: start (look-behind) and its first part cannot hold a joiner: linear.
_JOINED_CHUNK = lazy_compile(r"(?<!\S)[^\s'\u2019-]*['\u2019-]\S*")


def document_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Lower-cased words of the document, for the word-fragment test.

    Hyphenated and possessive tokens are entered whole and by their parts
    (``door-to-door`` gives ``door`` and ``to`` too), so a cut ``door-to-do``
    can still be recognised as a prefix of a document word.
    """
    words: set[str] = set()
    for text in texts:
        low = text.lower()
        words.update(_ALNUM_RUN.findall(low))
        if "-" in low or "'" in low or "\u2019" in low:
            # Only whitespace-separated chunks holding a joiner can add a word.
            for chunk in _JOINED_CHUNK.findall(low):
                token = chunk.strip("\"'\u2019\u201c\u201d()[],.;:!?")
                pieces = [p for p in token.replace("'", "-").replace("\u2019", "-").split("-") if p]
                if any(j in token for j in WORD_JOINERS) and all(p.isalnum() for p in pieces):
                    words.add(token)
    return frozenset(words)


# --------------------------------------------------------------------------
# word tests


def _has_longer(word: str, sorted_words: Sequence[str]) -> bool:
    """Some entry of ``sorted_words`` starts with ``word`` and is longer."""
    i = bisect.bisect_right(sorted_words, word)
    return i < len(sorted_words) and sorted_words[i].startswith(word)


class Vocabulary:
    """A document's words for the fragment tests, sorted at most once.

    The prefix test (``Activi`` <- ``activity``) needs the words in sorted
    order; sorting the whole document's words for every heading made a long
    document quadratic.  A section's extra words are layered over
    the body's (``Vocabulary(extra, base=body)``) instead of copied into a
    new set per heading: membership and the prefix test of the layers
    together are exactly those of their union (the first entry after
    ``word`` in the union starts with ``word`` iff some entry does, in one
    of the layers).
    """

    __slots__ = ("_words", "_texts", "base", "_ordered")

    def __init__(self, words: frozenset[str], base: "Vocabulary | None" = None) -> None:
        self._words: frozenset[str] | None = words
        self._texts: Sequence[str] = ()
        self.base = base
        self._ordered: list[str] | None = None

    @classmethod
    def of_texts(cls, texts: Sequence[str], base: "Vocabulary | None" = None) -> "Vocabulary":
        """The :func:`document_vocabulary` of ``texts``, collected on first use.

        Most titles and headings are judged complete before any vocabulary
        test (a final function word, a common English last word), so the
        document's words are usually never needed.
        """
        vocab = cls(frozenset(), base)
        vocab._words, vocab._texts = None, texts
        return vocab

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = document_vocabulary(self._texts)
            self._texts = ()
        return self._words

    def __contains__(self, word: object) -> bool:
        return word in self.words or (self.base is not None and word in self.base)

    def has_longer(self, word: str) -> bool:
        """Some word starts with ``word`` and is longer."""
        if self._ordered is None:
            self._ordered = sorted(self.words)
        return _has_longer(word, self._ordered) or (self.base is not None and self.base.has_longer(word))


def _as_vocabulary(vocabulary: "Vocabulary | Iterable[str]") -> Vocabulary:
    return vocabulary if isinstance(vocabulary, Vocabulary) else Vocabulary(frozenset(vocabulary))


def _is_fragment(token: str, vocabulary: Vocabulary) -> bool:
    """Is ``token`` (the last word of a part) a word cut short?

    (a) a proper prefix of a longer word of the same document that is not
        itself a common English word, nor a word the document uses whole
        (``Activi`` <- ``activity``; ``grassland`` beside ``grasslands`` and
        ``grassland`` is none, a name the page repeats neither);
    (b) neither a document word nor an English word, but the beginning of
        one (``Superv`` <- ``supervise``).  Requiring (b)'s token to start an
        English word keeps unknown names (``Kashgar``) from being flagged.
    Acronyms, numbers and single capital letters are never fragments; a
    romanised Chinese name is not one when the page uses it again.
    """
    part = token
    for joiner in WORD_JOINERS:
        part = part.rsplit(joiner, 1)[-1]
    if not part or not part.isalpha():
        return False
    if part.isupper() and (len(part) >= 2 or len(token) == 1):
        return False  # acronym, roman numeral, "Plan B"
    word = part.lower()
    if is_english_word(word) or looks_complete(word):
        return False
    if word in vocabulary:
        return False  # the text uses it whole: a word (`grassland` beside `grasslands`), or a name it repeats
    if vocabulary.has_longer(word):
        return True
    # A pinyin-looking last word is a name only if the page uses it again:
    # a name in a title recurs in the body, a cut `Poli(cy)` does not.
    return _has_longer(word, english_sorted())


def _last_token(text: str) -> tuple[int, int] | None:
    """The final token if it ends the text (no trailing punctuation).

    Tokens never hold whitespace (no joiner is a space), so only the last
    whitespace-free chunk is tokenised: a title costs its last word.
    """
    stripped = text.rstrip()
    if not stripped:
        return None
    k = len(stripped) - len(stripped.rsplit(None, 1)[-1])
    spans = _tokens(stripped[k:])
    if not spans or spans[-1][1] != len(stripped) - k:
        return None
    return spans[-1][0] + k, spans[-1][1] + k


def _ends_in_function_word(text: str) -> bool:
    stripped = text.rstrip()
    if stripped.endswith("&"):
        return True
    span = _last_token(stripped)
    if span is None:
        return False
    token = stripped[span[0] : span[1]]
    if token.lower() not in _function_words():
        return False
    spans = _tokens(stripped)
    previous = stripped[spans[-2][0] : spans[-2][1]].lower() if len(spans) >= 2 else ""
    if token == "A" and previous in _label_words():
        return False  # "Grade A", "Plan A"
    if token.lower() in _words("particle") and previous in _words("phrasal"):
        return False  # "Spirit Lives On": a particle
    return True


def _ends_in_fragment(text: str, vocabulary: "Vocabulary | frozenset[str]") -> bool:
    stripped = text.rstrip()
    span = _last_token(stripped)
    if span is None:
        return False
    return _is_fragment(stripped[span[0] : span[1]], _as_vocabulary(vocabulary))


def _ends_in_lone_letter(text: str) -> bool:
    """`… of the Party C`, `… Under Strict E`, `… environment bureau i`: a
    title ending in one letter after a word was cut a letter into its last
    word (a listing cuts at a fixed width).  Not the words `a`, `A` and `I`,
    nor a label's letter (`Plan B`, `Grade A`, `Vitamin C`: the ``label``
    words of data/truncation_words.tsv)."""
    stripped = text.rstrip()
    spans = _tokens(stripped)
    if len(spans) < 2 or spans[-1][1] != len(stripped):
        return False
    token = stripped[spans[-1][0]:spans[-1][1]]
    previous = stripped[spans[-2][0]:spans[-2][1]]
    return len(token) == 1 and token.isascii() and token.isalpha() and token not in "aAI" \
        and stripped[spans[-1][0] - 1] == " " and len(previous) >= 2 and previous.isalpha() \
        and previous.lower() not in _label_words()


def _unclosed(text: str) -> str | None:
    """The closing character an unbalanced part is missing, if any."""
    if text.count('"') % 2 == 1:
        return '"'
    for opener, closer in _OPEN_CLOSE.items():
        if text.count(opener) > text.count(closer):
            return closer
    return None


def _leading_fragment(text: str, vocabulary: "Vocabulary | frozenset[str]") -> bool:
    """Was the start cut off?  ``000 cadres…`` (thousands digits lost),
    ``n the thick…`` (lower-case mid-word start), or a start on closing
    punctuation.  A lower-case *word* at the start is normal machine
    translation, not a cut."""
    stripped = text.lstrip()
    if not stripped:
        return False
    if stripped[0] in ",.;:)]\uff09\u3011\u300b\u201d\uff0c\u3002\uff1b":
        return True
    spans = _tokens(stripped)
    if not spans or spans[0][0] != 0:
        return False
    token = stripped[spans[0][0] : spans[0][1]]
    if token.isdigit():
        return len(token) == 3 and token[0] == "0" and len(spans) > 1
    if not token[0].islower():
        return False
    word = token.lower()
    if len(word) == 1:
        return word not in ("a", "i")
    return not (word in vocabulary or is_english_word(word) or looks_complete(word))


def _style(words: list[str], title: str) -> list[str]:
    """Give added words the part's capitalisation: Title Case parts get
    capitalised content words, ALL-CAPS parts upper case, others as in the body."""
    letters = [ch for ch in title if ch.isalpha()]
    if len(letters) >= 6 and all(ch.isupper() for ch in letters):
        return [w.upper() for w in words]
    spans = _tokens(title)
    function = _function_words()
    content = [title[s:e] for s, e in spans[1:] if title[s:e].isalpha() and title[s:e].lower() not in function]
    if len(content) >= 2 and sum(w[0].isupper() for w in content) >= 0.75 * len(content):
        styled = []
        for w in words:
            if w.lower() in function:
                styled.append(w.lower() if w[0].islower() else w)
            elif w[:1].islower():
                styled.append(w[0].upper() + w[1:])
            else:
                styled.append(w)
        return styled
    return list(words)


# --------------------------------------------------------------------------
# evidence from the body

_AMBIGUOUS = object()
_MAX_ADDED_WORDS = 4
# A phrase may run a little longer when it plainly ends at punctuation
# (`… the High-Quality Development of Rural Tourism,`).
_MAX_PHRASE_WORDS = 6


def _anchor_is_strong(anchor: str, cut_mid_word: bool) -> bool:
    """A tail of the part counts as evidence only when it is long: at least
    three content-bearing words, or two and 20 characters.  ``of the`` or
    ``Enter the`` occur everywhere and prove nothing."""
    spans = _tokens(anchor)
    function = _function_words()
    content = 0
    for k, (s, e) in enumerate(spans):
        word = anchor[s:e].lower()
        if word in function:
            continue
        if k == len(spans) - 1 and cut_mid_word and len(word) < 3:
            continue
        content += 1
    return content >= 3 or (content >= 2 and len(anchor) >= 20)


def _read_word(text: str, i: int) -> int:
    """End of the token starting at ``i`` (same joining rules as _tokens)."""
    n = len(text)
    while i < n:
        if _is_word_char(text[i]):
            i += 1
        elif i + 1 < n and _is_word_char(text[i + 1]) and (
            text[i] in WORD_JOINERS or (text[i] in ".," and text[i - 1].isdigit() and text[i + 1].isdigit())
        ):
            i += 1
        else:
            break
    return i


def _ends_phrase(low: str, word: str) -> bool:
    return (
        (low.endswith("ed") and len(low) > 4)  # likely a verb: "the county organized"
        or (low.endswith("ly") and len(low) > 4)  # an adverb ends the phrase
        or word[0].isdigit()
    )


def _phrase_runs_to_punctuation(para: str, i: int, budget: int) -> bool:
    """Does the function word at ``i`` open a short noun phrase that ends at punctuation?

    Only one function word is allowed (the one at ``i``); the words after it
    must reach punctuation within ``budget`` words with no clause word, verb,
    adverb, number or further function word on the way (`of Rural Tourism,`
    yes; `in every street.` no).
    """
    clause, function = _clause_words(), _function_words()
    n = len(para)
    count = 0
    while count < budget:
        while i < n and para[i].isspace():
            i += 1
        if i >= n:
            return False
        if not _is_word_char(para[i]):
            return para[i] in ",.;:!?，。；：！？)）"
        end = _read_word(para, i)
        word = para[i:end]
        low = word.lower()
        if low in clause or _ends_phrase(low, word) or (count > 0 and low in function):
            return False
        count += 1
        i = end
    return False


def _continuation(
    para: str, pos: int, fragment: str | None, closer: str | None
) -> tuple[str, list[tuple[str, str]]] | None:
    """Read the body's words after an anchor match ending at ``pos``.

    Returns ``(completion, [(separator, word), …])``: the rest of a cut word
    and the added words, stopping at a phrase boundary — punctuation, a
    clause word (``are``, ``will``, …), a likely verb, or a function word once
    a content word was added.  ``learning and`` + ``education`` stops before
    ``are improved``.  ``None`` when the body offers nothing usable there.
    """
    function, clause = _function_words(), _clause_words()
    n = len(para)
    i = pos
    completion = ""
    need_content = True
    if fragment is not None:
        end = _read_word(para, i)
        completion = para[i:end]
        if not completion:
            return None
        i = end
        need_content = (fragment + completion).lower() in function
        if not need_content and closer is None:
            return completion, []
    added: list[tuple[str, str]] = []
    closed = False
    while len(added) <= _MAX_PHRASE_WORDS:
        j = i
        while j < n and para[j].isspace():
            j += 1
        if j >= n:
            break
        ch = _QUOTE_MAP.get(para[j], para[j])
        if closer is not None and (ch == closer or para[j] == closer):
            added.append(("", para[j]))
            closed = True
            break
        if not _is_word_char(para[j]):
            break
        end = _read_word(para, j)
        word = para[j:end]
        low = word.lower()
        if low in clause:
            break
        if not need_content and closer is None:
            if low in function and _phrase_runs_to_punctuation(para, j, _MAX_PHRASE_WORDS - len(added)):
                pass  # `Development of Rural Tourism,`: the phrase ends at the comma, not at `of`
            elif (
                low in function
                or _ends_phrase(low, word)
            ):
                break
        added.append((" " if j > i else "", word))
        i = end
        if low not in function:
            need_content = False
    else:
        return None  # no boundary within a few words: don't guess where the phrase ends
    if closer is not None and not closed:
        return None
    while added and not closed and added[-1][1].lower() in function:
        added.pop()
    if need_content and not (closed and added):
        return None
    if not completion and not added:
        return None
    return completion, added


def _extend_tail(
    part: str,
    sources: _SourceSet,
    cut_mid_word: bool,
    closer: str | None,
):
    """Find the longest tail of ``part`` that occurs in a source paragraph
    (case-insensitively, at word boundaries) and read the continuation there.

    Tails are tried longest first and the search stops at the first weak
    one (shorter tails are weaker still), so short anchors are never even
    looked up.  Returns ``((completion, added), evidence)``, ``_AMBIGUOUS``
    when the places found disagree, or ``None`` without strong evidence.
    """
    stripped = part.rstrip()
    spans = _tokens(stripped)
    if not spans:
        return None
    fragment = stripped[spans[-1][0] :] if cut_mid_word else None
    for start, _ in spans:
        anchor = stripped[start:]
        if not _anchor_is_strong(anchor, cut_mid_word):
            return None
        needle, _ = _normalize(anchor)
        first = None
        for source in sources.holding(needle, True, not cut_mid_word):
            norm = source.norm
            at = norm.find(needle)
            while at != -1:
                end = at + len(needle)
                before_ok = at == 0 or not _is_word_char(norm[at - 1])
                after_is_word = end < len(norm) and _is_word_char(norm[end])
                if before_ok and after_is_word == cut_mid_word:
                    pos = source.original(end)
                    cont = _continuation(source.text, pos, fragment, closer)
                    if cont is not None:
                        key = (cont[0].lower(), tuple((sep, w.lower()) for sep, w in cont[1]))
                        if first is None:
                            first = (key, cont, (source.index, pos))
                        elif key != first[0]:
                            return _AMBIGUOUS
                at = norm.find(needle, at + 1)
        if first is not None:
            return first[1], first[2]
    return None


_SEARCH_LIMIT = 1500


def _sentence_end(para: str, pos: int, stops: str, limit: int = _SEARCH_LIMIT) -> int:
    """Index just past the first sentence (or phrase) end at or after ``pos``:
    a stop character followed by space or the end (closing quotes kept),
    skipping abbreviations such as ``No.`` and numbers such as ``3.6``/``3,000``.
    The end of the paragraph counts as an end; -1 when neither comes within
    ``limit`` characters (a run-on text is no sentence to copy)."""
    n = len(para)
    for i in range(pos, min(n, pos + limit)):
        ch = para[i]
        if ch not in stops:
            continue
        nxt = para[i + 1] if i + 1 < n else ""
        if ch in ".," and nxt.isdigit() and i > 0 and para[i - 1].isdigit():
            continue
        if ch == ".":
            if nxt and not nxt.isspace() and nxt not in CLOSING_AFTER_END:
                continue
            k = i
            while k > 0 and para[k - 1].isalpha():
                k -= 1
            word = para[k:i]
            if word.lower() in word_abbreviations() or (len(word) == 1 and word.isupper()):
                continue
        j = i + 1
        if ch in SENTENCE_END:
            while j < n and para[j] in CLOSING_AFTER_END:
                j += 1
        return j
    return n if n <= pos + limit else -1


def _prefix_of(part: str, paragraph: str) -> tuple[int, str, str] | None:
    """If ``part`` (whitespace collapsed, quotes straightened, case kept) is a
    prefix of ``paragraph``, return ``(offset in paragraph just after it,
    the part's normalised text, the paragraph's next two normalised
    characters, '' at its end)``.  Only a window of the paragraph is
    normalised, so a huge paragraph costs no more than a short one."""
    norm_part, _ = _normalize(_collapse(part), lower=False)
    if not norm_part:
        return None
    offset = len(paragraph) - len(paragraph.lstrip())
    rest = paragraph[offset:]
    if rest[:1].translate(_QUOTE_TABLE) != norm_part[:1]:
        # The normalised paragraph opens with this character (quotes straightened;
        # no space, the paragraph is stripped): nine pairs in ten asked (a title
        # and its first paragraph) differ there, and no window is normalised.
        return None
    size = 2 * len(part) + 64
    while True:
        window = rest[:size]
        whole = len(window) == len(rest)
        norm_para, mapping = _normalize(window.rstrip() if whole else window, lower=False)
        if whole or len(norm_para) >= len(norm_part) + 2:
            break
        size *= 4
    if not norm_para.startswith(norm_part):
        return None
    nxt = norm_para[len(norm_part) : len(norm_part) + 2]
    return mapping[len(norm_part)] + offset, norm_part, nxt


#: The first sentence goes on past the title with one of these: the title is
#: the sentence's subject, a whole name (`The Hexi Water Office` / `The Hexi
#: Water Office is the county's office for …`), not a chopped phrase.
_PREDICATE_OPENERS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "shall", "serves", "refers"})


def _chopped(part: str, paragraph: str) -> tuple[str, int] | None:
    """``part`` is the start of ``paragraph`` cut inside a phrase (a site that
    makes its title from the first sentence chopped at a fixed length).
    Returns the text to add up to the end of that phrase, and its offset."""
    stripped = _collapse(part)
    if len(stripped) < 20 or len(_tokens(stripped)) < 4:
        return None
    found = _prefix_of(stripped, paragraph)
    if found is None:
        return None
    pos, norm_part, nxt = found
    if not nxt or not _is_word_char(norm_part[-1]):
        return None  # the whole paragraph, or ends on punctuation: not a chop
    mid_word = _is_word_char(nxt[0])
    next_word = nxt[0] == " " and len(nxt) > 1 and _is_word_char(nxt[1])
    if not (mid_word or next_word):
        return None
    end = _sentence_end(paragraph, pos, PHRASE_END, limit=300)
    if end < 0:
        return None
    while end > pos and (paragraph[end - 1] in PHRASE_END or paragraph[end - 1].isspace()):
        end -= 1
    addition = _collapse(paragraph[pos:end])
    if next_word and addition.split(" ", 1)[0].lower() in _PREDICATE_OPENERS:
        return None  # (`Hexi Rice Fair` / `Hexi Rice Fair is held by …`: the title is the subject)
    if not mid_word and addition:
        addition = " " + addition  # mid-word, the addition is glued to the cut word
    if not addition.strip() or len(_tokens(addition)) > 30:
        return None
    return addition, pos


# --------------------------------------------------------------------------
# public checks


def _unchanged(text: str, truncated: bool = False, reason: str | None = None) -> Truncation:
    return Truncation(text, text, truncated, False, reason, None)


def _through_cut_mark(text: str, check: Callable[[str], Truncation]) -> Truncation | None:
    """``text`` ending in a cut mark (`…`, `...`, `[…]`) after some words: cut,
    and completed as ``check`` completes the words before the mark (from the
    body they copy), if it can; None when ``text`` has no such mark."""
    mark = cut_mark(text)
    if mark is None or mark.start() == 0:
        return None
    before = check(text[: mark.start()])
    if before.repaired:
        return Truncation(before.text, text, True, True, "cut-mark", before.evidence)
    return _unchanged(text, True, "cut-mark")


def cut_reason(part: str, vocabulary: "Vocabulary | frozenset[str]") -> str | None:
    """Why ``part`` looks cut off at its end (``function-word``: `… the
    work of`; ``word-fragment``: `… the Activi`, `… Party C`; ``unbalanced``:
    a quotation or bracket left open), or None when it ends as a whole
    part may.  ``vocabulary`` is the document's words
    (:func:`document_vocabulary`)."""
    if _ends_in_function_word(part):
        return "function-word"
    if _ends_in_fragment(part, vocabulary) or _ends_in_lone_letter(part):
        return "word-fragment"
    if _unclosed(part) is not None:
        return "unbalanced"
    return None


def _check_part(
    part: str,
    sources_of: Callable[[], _SourceSet],
    chop_source: tuple[int, str] | None,
    vocabulary: "Vocabulary | frozenset[str]",
) -> Truncation:
    """Shared logic of titles and headings: detect, then repair every
    problem found from evidence or leave the part exactly as it was.
    ``sources_of`` gives the searchable paragraphs, only when a repair is
    tried (a prepared body builds them once per document)."""
    if not part.strip():
        return _unchanged(part)
    marked = _through_cut_mark(part, lambda before: _check_part(before, sources_of, chop_source, vocabulary))
    if marked is not None:
        return marked  # `… a Night Market Along the Old…`: the page marks the cut itself
    if chop_source is not None:
        chopped = _chopped(part, chop_source[1])
        if chopped is not None:
            addition, pos = chopped
            return Truncation(part.rstrip() + addition, part, True, True, "chopped-first-sentence",
                              (chop_source[0], pos))
    closer = _unclosed(part)
    reason = cut_reason(part, vocabulary)
    cut_mid_word = reason == "word-fragment"
    leading = _leading_fragment(part, vocabulary)
    if reason is None and not leading:
        return _unchanged(part)
    sources = sources_of()
    text, evidence = part, None
    if reason is not None:
        tail = _extend_tail(part, sources, cut_mid_word, closer)
        if tail is None or tail is _AMBIGUOUS:
            return _unchanged(part, True, reason)
        (completion, added), evidence = tail
        words = _style([w for _, w in added], part)
        text = part.rstrip() + completion + "".join(sep + w for (sep, _), w in zip(added, words))
    if leading:
        reason = reason or "leading-fragment"
        head = _extend_head(text, sources)
        if head is None or head is _AMBIGUOUS:
            return _unchanged(part, True, reason)
        prefix, head_evidence = head
        text = prefix + text.lstrip()
        evidence = evidence or head_evidence
    return Truncation(text, part, True, True, reason, evidence)


def _extend_head(part: str, sources: _SourceSet):
    """Mirror of _extend_tail for a cut start: the longest head of ``part``
    that occurs in the body, where the first token may be the end of a body
    token (``000`` in ``3,000``, ``n`` in ``In``); the body token's missing
    start is prepended.  Returns ``(prefix, evidence)``, ``_AMBIGUOUS`` or None."""
    stripped = part.lstrip()
    spans = _tokens(stripped)
    if len(spans) < 2 or spans[0][0] != 0:
        return None
    for _, end_of_head in reversed(spans):
        head = stripped[:end_of_head]
        if not _anchor_is_strong(head, False):
            return None
        needle, _ = _normalize(head)
        first = None
        for source in sources.holding_last(needle):
            norm, para = source.norm, source.text
            at = norm.find(needle)
            while at != -1:
                end = at + len(needle)
                if at > 0 and (end >= len(norm) or not _is_word_char(norm[end])):
                    start = source.original(at)
                    j = start
                    while j > 0 and (_is_word_char(para[j - 1]) or (
                        para[j - 1] in ".," and j >= 2 and para[j - 2].isdigit() and para[j].isdigit()
                    )):
                        j -= 1
                    if j < start:
                        prefix = para[j:start]
                        if first is None:
                            first = (prefix, (source.index, j))
                        elif prefix.lower() != first[0].lower():
                            return _AMBIGUOUS
                at = norm.find(needle, at + 1)
        if first is not None:
            prefix, evidence = first
            if stripped[:1].islower() and prefix[:1].islower():
                prefix = prefix[0].upper() + prefix[1:]
            return prefix, evidence
    return None


class PreparedBody(Sequence[str]):
    """The body paragraphs of one document, prepared for many checks.

    A document checks its title and every heading against the same body;
    building the searchable form (:class:`_Source`) of every paragraph, or
    copying the list, once per heading made a long document quadratic
    This builds each once, on first need; it is a read-only
    sequence of the paragraph texts, so it goes wherever ``body`` does.
    """

    __slots__ = ("texts", "_sources", "_vocabulary")

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts: tuple[str, ...] = tuple(texts)
        self._sources: _SourceSet | None = None
        self._vocabulary: Vocabulary | None = None

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i):
        return self.texts[i]

    def __iter__(self):
        return iter(self.texts)

    def sources(self) -> _SourceSet:
        if self._sources is None:
            self._sources = _SourceSet([_Source(index, text) for index, text in enumerate(self.texts)])
        return self._sources

    def vocabulary(self) -> Vocabulary:
        """:func:`document_vocabulary` of the paragraphs, computed once."""
        if self._vocabulary is None:
            self._vocabulary = Vocabulary.of_texts(self.texts)
        return self._vocabulary


def _body_sources(body: Sequence[str]) -> Callable[[], _SourceSet]:
    if isinstance(body, PreparedBody):
        return body.sources
    return lambda: _SourceSet([_Source(index, text) for index, text in enumerate(body)])


def check_title(title: str, body: Sequence[str], vocabulary: "Vocabulary | frozenset[str] | None" = None) -> Truncation:
    """Is ``title`` cut off, and can the body complete it?

    ``body`` are the cleaned body paragraphs and items in order.
    ``vocabulary`` are the document's lower-cased words *other than the
    title's own* (default: the body's); it decides whether a final token is
    a cut word.
    """
    vocab = Vocabulary.of_texts(body) if vocabulary is None else vocabulary
    chop = next(((i, p) for i, p in enumerate(body) if p.strip()), None)
    return _check_part(title, _body_sources(body), chop, vocab)


def check_heading(
    heading: str,
    body: Sequence[str],
    following: str = "",
    vocabulary: "Vocabulary | frozenset[str] | None" = None,
) -> Truncation:
    """Like :func:`check_title` for a section heading; the section's own text
    (``following``) is searched first, and evidence found there is reported
    with paragraph index ``FOLLOWING`` (-1).  Pass the body as a
    :class:`PreparedBody` when checking many headings of one document."""
    if vocabulary is None:
        vocab = Vocabulary.of_texts([following, *body] if following else body)
    else:
        vocab = _as_vocabulary(vocabulary)
    if following:
        first = _check_part(heading, lambda: _SourceSet([_Source(FOLLOWING, following)]), (FOLLOWING, following), vocab)
        if not first.truncated or first.repaired:
            return first
    return _check_part(heading, _body_sources(body), None, vocab)




def check_description(description: str, body: Sequence[str]) -> Truncation:
    """Is the description field a cut copy of a body paragraph?

    A proper prefix of a paragraph (after collapsing whitespace) is
    completed from it up to the end of that sentence; a description equal
    to the paragraph, or ending where a sentence of it ends, is complete.
    A description that is no prefix of the body but ends in a cut word or a
    function word is truncated without a repair.
    """
    if not description.strip():
        return _unchanged(description)
    marked = _through_cut_mark(description, lambda before: check_description(before, body))
    if marked is not None:
        return marked  # `… received a total […]`: the page marks the cut itself
    norm_desc, _ = _normalize(_collapse(description), lower=False)
    if len(norm_desc) >= 15 or len(_tokens(norm_desc)) >= 3:
        for index, para in enumerate(body):
            found = _prefix_of(description, para)
            if found is None:
                continue
            pos, _, nxt = found
            if not nxt:
                return _unchanged(description)  # the whole paragraph
            if norm_desc[-1] in SENTENCE_END and nxt[0] == " ":
                return _unchanged(description)  # one or more whole sentences
            end = _sentence_end(para, pos, SENTENCE_END)
            if end < 0:
                return _unchanged(description, True, "prefix-of-paragraph")
            addition = para[pos:end]
            lead = " " if addition[:1].isspace() else ""
            text = description.rstrip() + lead + _collapse(addition)
            return Truncation(text, description, True, True, "prefix-of-paragraph", (index, pos))
    vocab = body.vocabulary() if isinstance(body, PreparedBody) else Vocabulary.of_texts(body)
    if _ends_in_function_word(description):
        return _unchanged(description, True, "function-word")
    if _ends_in_fragment(description, vocab):
        return _unchanged(description, True, "word-fragment")
    if _unclosed(description) is not None:
        return _unchanged(description, True, "unbalanced")
    if _leading_fragment(description, vocab):
        return _unchanged(description, True, "leading-fragment")
    return _unchanged(description)
