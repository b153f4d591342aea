"""The preface of a speech or a government work report, above its text.

A published speech opens with lines no label names, between the headline
and the speaker's first words:

- the occasion: `Delivered at the Third Session of the 17th Chengdu
  Municipal People's Congress on January 27, 2026`, often wrapped over two
  lines, or `Remarks by Liu Xin, Deputy Director of …`;
- the speaker: `Luo Qiang, Mayor of Chengdu`;
- sometimes the headline once more, above them.

They are the header's, not the first paragraph: the occasion and the
speaker become ``extra.occasion`` and ``extra.speaker``, a repeated headline
a ``chrome`` fix, and the lines are kept as header lines, so nothing is
lost.  The salutation below (`Fellow Deputies,`) is the speech's own first
words and stays in the body.
"""

from __future__ import annotations

from ..lazyre import lazy_compile
from ..lexicon import letter_phrase_kind
from ..model import Fix
from ..textmap import MappedText, join
from .header import LabelValue
from .lines import Line
from .shape import _same_words
from ..wordkey import folded_words

#: A preface is at most this many lines (the headline again, the occasion
#: wrapped over two, the speaker, a date).
MAX_PREFACE_LINES = 5
MAX_PREFACE_LINE_CHARS = 220

#: The occasion a speech was given at: `Delivered at the Third Session …`,
#: `Remarks by Liu Xin, Deputy Director …` (a capital after `by`: a name).
_OCCASION = lazy_compile(
    r"^(?:[-—–]{1,3}\s*|[(（]\s*)?(?:(?:[Dd]elivered|[Mm]ade|[Pp]resented)\s+(?:at|on|to)\s+\S"
    r"|(?:[Rr]emarks|[Ss]peech|[Aa]ddress|[Kk]eynote (?:speech|address)|[Oo]pening remarks|[Cc]losing remarks)\s+(?:by|of|from)\s+[A-Z])",
)
#: `Luo Qiang, Mayor of Chengdu`, `Liu Xiaoming, Governor of Hainan Province`.
_ROLES = (r"(?:(?:Deputy|Vice|Executive|Acting|Former)\s+)?"
          r"(?:Mayor|Governor|Secretary|Chairman|Chairwoman|Chair|Director|President|Head|Chief|Commissioner|Magistrate"
          r"|Premier)")
#: `District Mayor Lin Haoran`, `Governor Liu Xiaoming`: the role first, then the name.
_ROLE_THEN_NAME_SOURCE = rf"^(?:[A-Z][a-z]+\s+){{0,2}}{_ROLES}\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}$"
_SPEAKER = lazy_compile(rf"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}},\s+{_ROLES}\b[^.!?]{{0,160}}$|{_ROLE_THEN_NAME_SOURCE}")
#: The same under a headline, the role in any case (`Wang Cuilan, secretary of the Party Branch of …`).
_PERSON_UNDER_TITLE = lazy_compile(rf"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}},\s+(?i:{_ROLES})\s+of\b[^.!?]{{0,160}}$")
#: `Lyu Hai, an official with the county's water bureau and first Party
#: secretary in Rela village between 2017 and 2019`: a name and what the
#: person is, in a phrase with no verb and no full stop, under a headline
#: that quotes them (`What they say`).
_PERSON_DESCRIBED = lazy_compile(
    r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+an?\s+[a-z]+(?:\s+[a-z]+)?\s+(?:with|of|at|from|in)\s+[^.!?]{10,260}$"
)


#: A speaker's name alone on its line (`Zhou Lan`, `Qiao Ming`), over the office on the next.
_NAME_ALONE = lazy_compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}$")
#: `Mayor of Lanxi Municipal People's Government`: an office alone on its line.
_ROLE_LINE = lazy_compile(rf"^(?i:{_ROLES})\s+of\s+[A-Z][^.!?]{{2,160}}$")


def person_under_title(s: str) -> bool:
    """`Name, secretary of …` on a line of its own: who tells the story (or
    speaks); `Premier Li Qiang`, `County Magistrate Zhou Lan` (the role
    first, the name closing the line) under a report's title: who gives it."""
    t = s.strip()
    return _PERSON_UNDER_TITLE.match(t) is not None or _PERSON_DESCRIBED.match(t) is not None \
        or _ROLE_THEN_NAME.match(t) is not None


#: `County Magistrate Zhou Lan`: ``_SPEAKER``'s second form alone.
_ROLE_THEN_NAME = lazy_compile(_ROLE_THEN_NAME_SOURCE)


def is_salutation(s: str) -> bool:
    """`Dear Deputies,`, `Fellow Members:`: a speech's or a letter's first
    words, which open its text; never a headline's second half."""
    t = s.strip()
    return len(t) <= MAX_SALUTATION_CHARS and letter_phrase_kind(t) == "salutation"


#: A salutation line is short (`Dear fellow villagers and friends,`).
MAX_SALUTATION_CHARS = 60
#: A wrapped occasion line stops on one of these (`… Third Session of the`).
_OPEN_END = (" of", " of the", " the", " at", " on", " to", " and", " for", " in")


#: A repeated headline keeps at least this many of its words (`Report on the
#: Work of the Government` under `Report on the Work of the Government——February 24, 2021`,
#: `Government Work Report` under `Government Work Report 2025 (…)`).  The
#: occasion must stand right under it, which is the evidence; set to three
#: on the tuning sites of the real-page set (a report's three-word name).
MIN_REPEATED_TITLE_WORDS = 3


def _repeats_title(line: str, title: str) -> bool:
    if _same_words(line, title):
        return True
    words, title_words = _casefold_words(line), _casefold_words(title)
    return len(words) >= MIN_REPEATED_TITLE_WORDS and title_words[: len(words)] == words


_WORD = lazy_compile(r"\w+")


def _casefold_words(s: str) -> list[str]:
    """``_WORD.findall(s.casefold())``; on ASCII text (casefold is the lower case there) without the regex engine."""
    return folded_words(s) if s.isascii() else _WORD.findall(s.casefold())


def is_occasion(s: str) -> bool:
    """`---Delivered at the 4th Session of …`: the occasion of a speech or report."""
    return _occasion(s.strip())


def _occasion(s: str) -> bool:
    return len(s) <= MAX_PREFACE_LINE_CHARS and _OCCASION.match(s) is not None and not s.endswith((".", "!", "?"))


def read_preface(body: list[Line], title: MappedText | None) -> tuple[list[Line], list[LabelValue], list[Line], list[Fix]]:
    """Take a speech's preface off the top of ``body``: the body left, the
    fields, the lines taken, and a fix for a repeated headline."""
    if title is None:
        return body, [], [], []
    top = [k for k, ln in enumerate(body) if not ln.blank][:MAX_PREFACE_LINES]
    texts = [body[k].text.strip() for k in top]
    start = 1 if texts and _repeats_title(texts[0].text, title.text) else 0
    if start >= len(texts) or not _occasion(texts[start].text):
        return body, [], [], []
    fields: list[LabelValue] = []
    fixes: list[Fix] = []
    taken = [body[k] for k in top[: start + 1]]
    if start:
        fixes.append(Fix("chrome", texts[0].text, "", texts[0].span(), "repeats the headline above a speech's preface"))
    occasion = [texts[start]]
    pos = start + 1
    # a wrapped occasion: the first line stops on `of the`, or the next one goes on in lower case (`on Jan 20, 2015`)
    while pos < len(texts) and (occasion[-1].text.endswith(_OPEN_END) or texts[pos].text[:1].islower()) \
            and not _SPEAKER.match(texts[pos].text) \
            and len(texts[pos].text) <= MAX_PREFACE_LINE_CHARS and not texts[pos].text.endswith((".", ",", ":")):
        occasion.append(texts[pos])
        taken.append(body[top[pos]])
        pos += 1
    value = join(occasion, " ")
    if value.text[:1] in "(（" and value.text[-1:] in ")）":
        value = value.slice(1, len(value.text) - 1).strip()  # (`(Delivered at …)`: the brackets are the page's)
    fields.append(LabelValue("extra:occasion", "", value.slice(0, 0), value))
    if pos < len(texts) and _SPEAKER.match(texts[pos].text):
        fields.append(LabelValue("extra:speaker", "", texts[pos].slice(0, 0), texts[pos]))
        taken.append(body[top[pos]])
    elif pos + 1 < len(texts) and _NAME_ALONE.match(texts[pos].text) and _ROLE_LINE.match(texts[pos + 1].text):
        # `Zhou Lan` / `Mayor of Lanxi Municipal People's Government`: the speaker's name, then the office
        speaker = join([texts[pos], texts[pos + 1]], ", ")
        fields.append(LabelValue("extra:speaker", "", texts[pos].slice(0, 0), speaker))
        taken.extend([body[top[pos]], body[top[pos + 1]]])
    numbers = {ln.number for ln in taken}
    return [ln for ln in body if ln.number not in numbers], fields, taken, fixes
