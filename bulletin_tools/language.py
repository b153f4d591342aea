"""Which language is this text in, and which paragraphs were left untranslated?

Cheap first: script counting catches Chinese (or any non-Latin) paragraphs,
and an English stop-word share clears ordinary English prose.  Only a Latin
paragraph that fails the stop-word test is sent to langdetect, whose
profiles are loaded lazily (and seeded, so results are deterministic).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Callable, Sequence

from .model import ERROR, Finding, Section

_STOP = frozenset(
    "the of and to in a is that for on with as by at from this be are was were it an or "
    "has have had will which their its all not been also more than into they we our".split()
)
_WORD = re.compile(r"[A-Za-z]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def han_share(text: str) -> float:
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return 0.0
    return len(_HAN.findall(text)) / letters


def stopword_share(text: str) -> float:
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    return sum(1 for w in words if w in _STOP) / len(words)


@cache
def _detector_ready() -> bool:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    return True


def detect(text: str) -> str | None:
    """langdetect's guess (deterministic), or None when it cannot tell."""
    _detector_ready()
    from langdetect import detect as _detect
    from langdetect.lang_detect_exception import LangDetectException

    try:
        return _detect(text)
    except LangDetectException:
        return None


def paragraph_language(text: str) -> str | None:
    """'en', 'zh', another code, or None for text too short to judge."""
    if han_share(text) > 0.5 and len(_HAN.findall(text)) >= 10:
        return "zh"
    words = _WORD.findall(text)
    if len(words) < 8:
        return None
    if stopword_share(text) >= 0.12:
        return "en"
    guess = detect(text)
    if guess and guess.startswith("zh"):
        return "zh"
    return guess


def check_language(sections: Sequence[Section], line_no: Callable[[int], int]) -> tuple[str | None, list[Finding]]:
    """The document language and an ``untranslated-paragraph`` finding per stray paragraph."""
    counts: dict[str, int] = {}
    per_block: list[tuple[str | None, object]] = []
    for sec in sections:
        for block in sec.blocks:
            lang = paragraph_language(block.text)
            per_block.append((lang, block))
            if lang:
                counts[lang] = counts.get(lang, 0) + len(block.text)
    if not counts:
        return None, []
    main = max(counts, key=lambda k: counts[k])
    findings = []
    for lang, block in per_block:
        if lang and lang != main:
            findings.append(Finding(
                "untranslated-paragraph", ERROR,
                f"paragraph is in '{lang}', the document in '{main}': translate it or remove it",
                line_no(block.span[0]), block.span))  # type: ignore[attr-defined]
    return main, findings
