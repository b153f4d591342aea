"""Chinese left behind in English text: translate what a glossary knows, flag the rest.

Machine translation leaves Chinese in predictable places (docs/input-patterns.md,
"Untranslated Chinese"): byline values (``小编``, ``管理员``, ``佚名``, ``本站原创``), whole label
rows (``发布时间：… 作者：…``), footer labels (``网站标识码``, ``主办单位``)
and personal or place names it could not render.  The first three are a
closed vocabulary, so they are translated from a glossary held as data
(``data/glossary.tsv``, extendable with ``--glossary``).  Names are not: a
guess would be invented content, so an unknown run is kept and flagged with
a pinyin hint that tells the editor how it reads.

What is deliberately left alone:

* ``锟斤拷`` (lost characters, not words: another check flags them);
* ICP and public-security record numbers (``浙ICP备10023456号-1``,
  ``浙公网安备 33078302000214号``) and Chinese dates (``2023年11月15日``):
  other modules parse them from their Chinese form;
* enumeration markers at the start of a line (``一、``, ``（二）``): the
  segmenter reads them;
* a line that is mostly Chinese (a whole untranslated paragraph): a check
  flags it as ``untranslated-paragraph``; translating three words of it would
  only hide the problem.

A full-width colon right after a translated word is turned into ``:`` here
(``发布时间：`` → ``Release time:``), so the result does not depend on whether
the spacing rules run before or after this one.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from ..chardata import HAN, HAN_CHAR, HAN_COMMON
from ..lazyre import lazy_compile
from ..tables import data_text
from ..errors import UsageError
from ..model import INFO, WARNING, Edit, Flag
from .base import Context, Rule

RULE = "cjk-residue"

#: A run of Han characters and the middle dot used inside transliterated names.
#: Only used with finditer, where a greedy run always starts after a non-run
#: character (a look-behind would add nothing but a second 28,000-character
#: class to compile).
_RUN = lazy_compile(f"[{HAN}·]+")
_NUMERALS = "一二三四五六七八九十百"
#: Chinese text that other modules read in its Chinese form: never touch it.
_PROTECTED = lazy_compile(
    # (One Han class shared by both record forms: each such class costs ~1 ms
    # to compile; the two alternatives begin with different characters, so the
    # matches are those of writing the class once per form.)
    rf"[{HAN}]{{0,2}}(?:ICP ?[备证備證] ?[0-9]{{0,20}} ?[号號]?(?:-[0-9]{{1,4}})?"
    rf"|公[网網]安[备備] ?[0-9]{{0,20}} ?[号號]?)"
    rf"|[0-9]{{1,4}} ?年(?: ?[0-9]{{1,2}} ?月)?(?: ?[0-9]{{1,2}} ?[日号])?(?: ?(?:星期|周)[一二三四五六日天])?"
    rf"|[0-9]{{1,2}} ?月 ?[0-9]{{1,2}} ?[日号]"
    rf"|[0-9]{{1,2}} ?[时点] ?[0-9]{{1,2}} ?分(?: ?[0-9]{{1,2}} ?秒)?"
    # U+FFFD read back as GBK: characters lost before us, the lost-characters check's business
    r"|锟斤拷"
)
#: Enumeration markers the segmenter strips: ``一、``, ``（一）``, ``第一章``.
_MARKER = lazy_compile(
    rf"\s*(?:[（(][{_NUMERALS}]{{1,4}}[）)]|[{_NUMERALS}]{{1,4}}、|第[{_NUMERALS}0-9]{{1,4}}[章条节部分])"
)
#: A "whole untranslated paragraph" has more Han characters than this ...
_PARAGRAPH_MIN_HAN = 20
_MAX_GREEDY = 24


# --------------------------------------------------------------------------
# glossaries


@cache
def default_glossary() -> Mapping[str, str]:
    """The shipped glossary (``data/glossary.tsv``), read once and frozen."""
    text = data_text("glossary.tsv")
    return MappingProxyType(_parse_tsv(text, "bulletin_tools/data/glossary.tsv"))


def load_glossary(path: str | Path) -> dict[str, str]:
    """Read a user glossary: TSV (``zh<TAB>en``, ``#`` comments) or TOML (``.toml``).

    TOML may hold a ``[glossary]`` table or top-level ``"zh" = "en"`` pairs.
    Every entry is validated, because a silently ignored line would leave the
    user wondering why a word was not translated: a bad line raises
    :class:`UsageError` as ``path:line: reason``; a missing or unreadable file
    as ``path: reason``.
    """
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{name}: no such glossary file") from None
    except IsADirectoryError:
        raise UsageError(f"{name}: is a directory, not a glossary file") from None
    except OSError as exc:
        raise UsageError(f"{name}: cannot read glossary ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{name}: glossary is not UTF-8 (bad byte at offset {exc.start})") from None
    if name.lower().endswith(".toml"):
        return _parse_toml(text, name)
    return _parse_tsv(text, name)


def merge_glossaries(base: Mapping[str, str], extra: Mapping[str, str]) -> dict[str, str]:
    """``base`` with ``extra`` on top: a user's entry overrides the shipped one."""
    merged = dict(base)
    merged.update(extra)
    return merged


def _check_entry(zh: str, en: str) -> str | None:
    """Why ``zh → en`` cannot be a glossary entry, or None when it can."""
    if not zh:
        return "empty Chinese side"
    if not en:
        return f"empty English side for '{zh}'"
    if not HAN_CHAR.search(zh):
        return f"left side '{zh}' has no Chinese (Han) character"
    stray = [c for c in zh if c != "·" and not HAN_CHAR.match(c)]
    if stray:
        return (
            f"left side '{zh}' holds '{stray[0]}'; only Chinese characters (and '·') "
            "can be matched in the text"
        )
    if "\t" in en or "\n" in en:
        return f"English side for '{zh}' holds a tab or line break"
    return None


def _parse_tsv(text: str, name: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cells = raw.rstrip("\r\n").split("\t")
        if len(cells) < 2:
            raise UsageError(f"{name}:{lineno}: missing tab between Chinese and English")
        if len(cells) > 2:
            raise UsageError(f"{name}:{lineno}: expected 2 tab-separated columns, found {len(cells)}")
        zh, en = cells[0].strip(), cells[1].strip()
        reason = _check_entry(zh, en)
        if reason:
            raise UsageError(f"{name}:{lineno}: {reason}")
        if zh in entries:
            raise UsageError(f"{name}:{lineno}: '{zh}' is already defined on line {first_line[zh]}")
        entries[zh] = en
        first_line[zh] = lineno
    return entries


def _parse_toml(text: str, name: str) -> dict[str, str]:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        where = f"{name}:{found.group(1)}" if found else name
        hint = ""
        if found:
            lines = text.splitlines()
            bad_line = int(found.group(1))
            if 0 < bad_line <= len(lines) and not lines[bad_line - 1].lstrip()[:1].isascii():
                hint = '; Chinese keys must be quoted: "小编" = "Editor"'
        raise UsageError(f"{where}: invalid TOML ({exc}){hint}") from None
    table = data.get("glossary", data) if isinstance(data.get("glossary"), dict) else data
    lines = text.splitlines()
    entries: dict[str, str] = {}
    for zh, en in table.items():
        lineno = _toml_line(lines, zh)
        where = f"{name}:{lineno}" if lineno else name
        if not isinstance(en, str):
            raise UsageError(f"{where}: value of '{zh}' must be a string, not {type(en).__name__}")
        reason = _check_entry(zh.strip(), en.strip())
        if reason:
            raise UsageError(f"{where}: {reason}")
        entries[zh.strip()] = en.strip()
    return entries


def _toml_line(lines: list[str], key: str) -> int | None:
    """Best-effort line number of ``key`` (tomllib does not report positions of values)."""
    for lineno, line in enumerate(lines, start=1):
        stripped = line.lstrip()
        if stripped.startswith((f'"{key}"', f"'{key}'", f"{key} ", f"{key}=")):
            return lineno
    return None


# --------------------------------------------------------------------------
# the rule


def _segment(run: str, glossary: Mapping[str, str], longest: int) -> list[str] | None:
    """English for each glossary key the run is made of (greedy, longest first), or None."""
    whole = glossary.get(run)
    if whole is not None:
        return [whole]
    out: list[str] = []
    i = 0
    while i < len(run):
        for size in range(min(longest, len(run) - i), 0, -1):
            english = glossary.get(run[i:i + size])
            if english is not None:
                out.append(english)
                i += size
                break
        else:
            return None
    return out


def pinyin_hint(run: str) -> str:
    """Tone-marked pinyin, syllables separated by spaces (``周丽娟`` → ``zhōu lì juān``)."""
    from pypinyin import pinyin  # heavy: load only when there is residue to explain

    return " ".join(item[0] for item in pinyin(run) if item and item[0].strip())


def _is_chinese_paragraph(text: str) -> bool:
    han = len(HAN_CHAR.findall(text))
    if han <= _PARAGRAPH_MIN_HAN:
        return False
    if len(_LABEL_COLON.findall(text)) >= 2:
        return False  # a row of Chinese labels (`发布时间：… 来源：…`) is a header, not prose
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return han > latin


#: A short Han run closed by a full-width or ASCII colon: a label.
_LABEL_COLON = lazy_compile(rf"[{HAN_COMMON}]{{2,6}}[：:]")


def _protected_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _PROTECTED.finditer(text) if HAN_CHAR.search(m.group())]
    marker = _MARKER.match(text)
    if marker:
        spans.insert(0, marker.span())
    return spans


@cache
def _language_names_han() -> frozenset[str]:
    """The Chinese names of a language switch's entries (data/menu_words.tsv, kind
    ``language``: 中文, 简体, 中文版 …).  A switch is the page's chrome, never its
    text: its Chinese entry is not residue to translate or flag."""
    from .. import lexicon

    return frozenset(name for name in lexicon.language_names() if HAN_CHAR.search(name))


#: A line of a switch's entry alone is this short (`中文版`, `Mobile 中文`).
MAX_SWITCH_ALONE_WORDS = 2
_SWITCH_SPLIT = lazy_compile(r"[\s|｜/]+")


def _in_language_switch(text: str, run: str) -> bool:
    """``run`` (a language's Chinese name) sits in a language switch: beside
    another language's name, or on a line of its own."""
    from .. import lexicon

    names = lexicon.language_names()
    tokens = [t for t in _SWITCH_SPLIT.split(text.lower()) if t]
    return len(tokens) <= MAX_SWITCH_ALONE_WORDS or any(t != run and t in names for t in tokens)


def translate_residue(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Rule ``cjk-residue``: translate glossary words, keep and flag unknown Chinese."""
    if text.isascii() or not HAN_CHAR.search(text):
        return [], []
    if _is_chinese_paragraph(text):
        return [], []
    glossary = ctx.glossary or default_glossary()
    protected = _protected_spans(text)
    longest = 0
    edits: list[Edit] = []
    flags: list[Flag] = []
    p = 0
    for match in _RUN.finditer(text):
        start, end = match.span()
        while start < end and text[start] == "·":
            start += 1
        while end > start and text[end - 1] == "·":
            end -= 1
        if start == end:
            continue
        while p < len(protected) and protected[p][1] <= start:
            p += 1
        if p < len(protected) and protected[p][0] < end:
            continue  # part of a record number, a Chinese date or a list marker
        run = text[start:end]
        if run in _language_names_han() and _in_language_switch(text, run):
            continue  # `English | 中文 | 日本語`: a switch names each language in its own script
        if not longest:
            longest = min(_MAX_GREEDY, max(map(len, glossary), default=1))
        pieces = _segment(run, glossary, longest)
        if pieces is None:
            flags.append(Flag(
                RULE, WARNING,
                f"untranslated Chinese '{run}' (pinyin: {pinyin_hint(run)}); "
                "translate it or add it to a glossary with --glossary",
                start, end,
            ))
            continue
        english = " ".join(pieces)
        stop = end
        if stop < len(text) and text[stop] == "：":
            english += ":"
            stop += 1
        elif stop < len(text) and text[stop].isalnum() and not HAN_CHAR.match(text[stop]):
            english += " "
        if start > 0 and text[start - 1].isalnum() and not HAN_CHAR.match(text[start - 1]):
            english = " " + english
        edits.append(Edit(start, stop, english, RULE))
        flags.append(Flag(RULE, INFO, f"untranslated '{run}' translated as '{' '.join(pieces)}'; check the translation, or override it with --glossary", start, end))
    return edits, flags


def _has_han(text: str) -> bool:
    """The rule's trigger (a function, so the Han class compiles on the first non-ASCII line, not at import)."""
    return HAN_CHAR.search(text) is not None


RULES: tuple[Rule, ...] = (
    Rule(
        RULE,
        translate_residue,
        "Translate Chinese words left in English text from the glossary; keep and flag unknown ones with a pinyin hint.",
        # Both edits and flags come from runs of Han characters.
        trigger=_has_han,
        non_ascii_only=True,
    ),
)
