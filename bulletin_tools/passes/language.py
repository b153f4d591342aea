"""Which language is this document in, and which paragraphs were left untranslated?

Cheap first, because a batch may hold millions of paragraphs:

1. **Script counting** decides every paragraph written mostly in Chinese
   characters (``zh``) without any model: that is the case this toolkit
   exists for (a Chinese paragraph the translator skipped).
2. **An English stop-word share** clears ordinary English prose: machine
   translations are full of "the", "of", "and", "to".
3. **A common-word share** clears English without many function words (a
   list item, a table row, "Fake job-hunting apps that steal bank card
   information."): nearly every lower-case word of three letters or more is
   in the 4,600-word English list that truncation detection uses, where
   pinyin and other languages score far lower.
4. Only a Latin-script paragraph that fails those tests (a list of names, an
   address, a headline-like sentence, or really another language) is
   *doubtful* and goes to langdetect.  Its profiles load on first use (about
   a second), from a private, seeded factory so that results are
   deterministic and no global state of the library is touched.

A langdetect verdict other than English only counts when it is confident and
the paragraph is long enough; a short or uncertain guess is "unknown", never
an error, because ``untranslated-paragraph`` is error-severity and fails
``bulletin check``.
"""

from __future__ import annotations

import operator
import re
from functools import cache
from typing import Callable, Iterable, Sequence

from ..asciiruns import letter_runs
from ..chardata import EMAIL_ADDRESS, HAN_BMP, HAN_BMP_CHAR
from ..lazyre import lazy_compile
from ..lexicon import stop_words
from ..model import ERROR, Finding, Section

_WORD = lazy_compile(r"[A-Za-z]+")
_ADDRESS = lazy_compile(rf"(?:https?://|www\.)[^\s，。；]+|{EMAIL_ADDRESS}")
_KANA = lazy_compile(r"[\u3040-\u30ff]")
# letters of any script other than ASCII Latin and Han (accented Latin counts: é, ü …)
@cache
def _other_letter() -> re.Pattern[str]:
    """Compiled on first use, like :func:`_han`."""
    return re.compile(rf"[^\W\d_A-Za-z{HAN_BMP}]")

#: a paragraph with at least this many Han characters, making up at least
#: ``HAN_SHARE`` of its letters, is Chinese without asking langdetect.
MIN_HAN = 8
HAN_SHARE = 0.5
#: fewer Latin words than this: too short to judge (headings, list stubs).
MIN_WORDS = 8
#: at least this share of English function words: English, no model needed.
STOPWORD_SHARE = 0.12
#: or at least this share of the lower-case words of 3+ letters (at least
#: ``MIN_COMMON_WORDS`` of them) in the common-English list: English too.
COMMON_SHARE = 0.8
MIN_COMMON_WORDS = 3
#: a non-English langdetect verdict needs this many words and this probability.
MIN_WORDS_FOREIGN = 12
MIN_PROBABILITY = 0.9
#: characters of Chinese/Japanese/Korean count this much when weighing languages
CJK_WEIGHT = 3
#: langdetect sees at most this many characters of a paragraph (cost cap).
DETECT_CHARS = 600

_NAMES = {
    "en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "fr": "French",
    "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "ru": "Russian",
    "vi": "Vietnamese", "id": "Indonesian", "nl": "Dutch",
}


def language_name(code: str) -> str:
    """'Chinese (zh)' for a message; the bare code when the name is not known."""
    name = _NAMES.get(code)
    return f"{name} ({code})" if name else f"'{code}'"


def han_count(text: str) -> int:
    return 0 if text.isascii() else len(HAN_BMP_CHAR.findall(text))  # no Han in ASCII


def _stop_share(words: list[str]) -> float:
    if not words:
        return 0.0
    stops = stop_words()  # function words make up a large share of any English sentence
    return sum(map(stops.__contains__, map(str.lower, words))) / len(words)


_FIRST_CHAR = operator.itemgetter(0)


class _Profile:
    """What the cheap tests need, counted once per paragraph with C-speed regexes."""

    __slots__ = ("han", "latin", "other", "words", "_stop", "_common")

    def __init__(self, text: str) -> None:
        self.han = 0 if text.isascii() else len(HAN_BMP_CHAR.findall(text))  # no Han in ASCII
        # Web and mail addresses are in no language ("www", "gov", "zwgk" …):
        # left in, they made a contact row look like foreign prose.
        # (_WORD.findall, without the regex engine: see asciiruns)
        self.words = letter_runs(_ADDRESS.sub(" ", text) if ("@" in text or "www" in text or "://" in text) else text)
        self.latin = sum(map(len, self.words))
        self.other = 0 if text.isascii() else len(_other_letter().findall(text))
        self._stop: float | None = None
        self._common: bool | None = None

    def stop_share(self) -> float:
        """:func:`_stop_share` of the words, counted once (the gate and the verdict both ask)."""
        if self._stop is None:
            self._stop = _stop_share(self.words)
        return self._stop

    def common_english(self) -> bool:
        """:func:`_common_english` of the lower-case words, decided once."""
        if self._common is None:
            self._common = _common_english([w for w in self.words if w[0].islower()])
        return self._common

    @property
    def chinese(self) -> bool:
        """Mostly Han characters, and enough of them to mean a sentence, not a name."""
        return self.han >= MIN_HAN and self.han >= HAN_SHARE * (self.han + self.latin + self.other)

    @property
    def doubtful(self) -> bool:
        if self.chinese:
            return False
        if self.other > self.latin and self.other >= 20:
            return True  # another script (Cyrillic, Arabic, kana …): only the model can tell
        if len(self.words) < MIN_WORDS:
            return False
        if sum(map(str.islower, map(_FIRST_CHAR, self.words))) < MIN_WORDS // 2:  # (w[0].islower(), in C)
            return False  # names, titles, addresses: Capitalised words carry no language evidence
        return self.stop_share() < STOPWORD_SHARE and not self.common_english()


def _common_english(lower_words: list[str]) -> bool:
    """Nearly all lower-case words of 3+ letters (at least ``MIN_COMMON_WORDS``) are common English words."""
    from ..english import is_english_word

    words = [w for w in lower_words if len(w) >= 3]
    if len(words) < MIN_COMMON_WORDS:
        return False
    return sum(1 for w in words if is_english_word(w.lower())) >= COMMON_SHARE * len(words)


def is_doubtful(text: str) -> bool:
    """True when only langdetect can tell: the cheap gate of :func:`paragraph_language`.

    Doubtful means: not mostly Chinese, and either mostly another non-Latin
    script, or Latin text of at least ``MIN_WORDS`` words, enough of them
    lower-case, with few English function words.  Exposed so the benchmark
    and the tests can count how many paragraphs reach the model.
    """
    return _Profile(text).doubtful


@cache
def _factory():
    """A private langdetect factory with every profile, seeded: loaded once, on first need."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


def detect(text: str) -> list[tuple[str, float]]:
    """langdetect's (language, probability) guesses, best first; [] when it cannot tell.

    Deterministic: the factory is seeded.  ``zh-cn``/``zh-tw`` become ``zh``.
    """
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    detector.append(text[:DETECT_CHARS])
    try:
        guesses = detector.get_probabilities()
    except LangDetectException:
        return []
    return [(g.lang.split("-")[0], g.prob) for g in guesses]


def paragraph_language(text: str) -> str | None:
    """'en', 'zh', another ISO 639-1 code, or None when the text is too short or unclear to judge."""
    prof = _Profile(text)
    if prof.chinese:
        return "ja" if len(_KANA.findall(text)) * 5 >= prof.han else "zh"
    if not prof.doubtful:
        if len(prof.words) >= MIN_WORDS and (prof.stop_share() >= STOPWORD_SHARE or prof.common_english()):
            return "en"
        return None
    guesses = detect(text)
    if not guesses:
        return None
    lang, prob = guesses[0]
    if lang == "en":
        return "en"
    if prob < MIN_PROBABILITY:
        return None
    if lang in ("zh", "ja", "ko") or prof.other > prof.latin:
        return lang
    if len(prof.words) < MIN_WORDS_FOREIGN:
        return None
    return lang


def document_language(texts: Iterable[str]) -> tuple[str | None, list[str | None]]:
    """The language holding most of the text, and each text's own language (None = not judged).

    When no single text is long enough to judge, the texts are judged
    together, so a document of short items still gets a language.
    """
    texts = list(texts)
    per_text = [paragraph_language(t) for t in texts]
    counts: dict[str, int] = {}
    for lang, text in zip(per_text, texts):
        if lang:
            # A Han character carries about as much as three Latin ones (an
            # English translation runs ~3x longer), so weigh the two alike.
            weight = CJK_WEIGHT if lang in ("zh", "ja", "ko") else 1
            counts[lang] = counts.get(lang, 0) + weight * len(text)
    if counts:
        return max(counts, key=lambda k: (counts[k], k == "en")), per_text
    whole = paragraph_language(" ".join(texts))
    return whole, per_text


def check_language(sections: Sequence[Section], line_no: Callable[[int], int]) -> tuple[str | None, list[Finding]]:
    """The document language and an ``untranslated-paragraph`` error per paragraph in another language.

    Paragraphs, items and captions are judged; headings are too short to
    judge and their stray Chinese is left to ``cjk-residue``.
    """
    blocks = [b for sec in sections for b in sec.blocks]
    main, per_block = document_language(b.text for b in blocks)
    if main is None:
        return None, []
    findings = []
    for lang, block in zip(per_block, blocks):
        if lang and lang != main:
            findings.append(Finding(
                "untranslated-paragraph", ERROR,
                f"{block.kind} is in {language_name(lang)} but the document is in {language_name(main)}: "
                "translate it, or remove it if it is a duplicate of the text around it",
                line_no(block.span[0]), block.span))
    return main, findings
