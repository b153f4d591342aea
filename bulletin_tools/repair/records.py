"""Website record numbers in footers: ICP filings and licences, public-security
filings, government website identification codes (docs/input-patterns.md, "Record numbers").

Why a module of its own: the one-character province abbreviation in front of
``ICP备`` / ``公网安备`` is what machine translation mangles (新 → "New",
京 → "Beijing", 云 → "Cloud"), and what a reader needs back is the canonical
Chinese record, which can be checked on the registry.  We rebuild it only
from evidence in the text:

* a Chinese abbreviation as written is kept as written;
* a romanised syllable or a mistranslated word maps to one character through
  ``data/provinces.tsv``; when the character is not the one real filings of
  that kind use (云 for Yunnan, whose filings use 滇) the record is ``None``;
* ambiguous syllables (``Ji`` 冀/吉, ``Jin`` 津/晋, ``Yu`` 豫/渝, ``Gan`` 赣/甘,
  ``Gui`` 桂/贵) are resolved only by a province code in the same line (the
  first two digits of a public-security number or a site code), or by the
  caller's ``hint_region``; otherwise they stay unresolved and are flagged.

Matching is keyword-first (``ICP``, ``公网安备``, ``Gong Wang An Bei``,
``Public (Network) Security``, ``网站标识码`` / ``Website identification code``)
followed by an anchored parse of the number and a short backward look for the
abbreviation, so every regex is bounded and the scan is linear; body text
that merely says ``No. 16`` or ``Jin`` never matches.

The cleaned wording is one romanised form, chosen so that parsing it again
gives the same record and region (the tool runs on its own output):
``Xin ICP No. 18000738-1``, ``Jing ICP Licence No. 030173``,
``Jing Public Security No. 11011502003456``; a syllable shared by two
provinces carries the province in brackets: ``Ji (Jilin) ICP No. 123456``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import lexicon
from ..chardata import HAN_SPAN, is_han_span
from ..lazyre import lazy_compile
from ..model import WARNING, Edit, Flag
from ..tables import read_rows
from .base import Context, Rule

RULE_NAME = "record-number"

ICP = "icp"
ICP_LICENCE = "icp-licence"
PUBLIC_SECURITY = "public-security"
SITE_CODE = "site-code"
KINDS = (ICP, ICP_LICENCE, PUBLIC_SECURITY, SITE_CODE)


@dataclass(frozen=True)
class Province:
    """One abbreviation character and what it stands for (a row of provinces.tsv)."""

    char: str
    pinyin: tuple[str, ...]
    names: tuple[str, ...]
    code: str
    icp: bool
    public_security: bool
    wrong: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.names[0]

    def valid_for(self, kind: str) -> bool:
        """Whether real records of ``kind`` use this character (so it may be rebuilt)."""
        if kind == PUBLIC_SECURITY:
            return self.public_security
        return self.icp


@dataclass(frozen=True)
class RecordMatch:
    """One record number found in a line.

    ``text`` is what to show (the cleaned romanised wording for a mistranslated
    record, else the match with whitespace collapsed); ``record`` is the
    canonical Chinese form (just the digits for a site code), ``None`` when it
    cannot be rebuilt without guessing; ``region`` is the English province.
    """

    kind: str
    start: int
    end: int
    text: str
    record: str | None
    region: str | None
    mistranslated: bool
    ambiguous: bool


# --------------------------------------------------------------------------- data


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip() and part.strip() != "-")


@cache
def provinces() -> tuple[Province, ...]:
    """The rows of ``data/provinces.tsv``, loaded once."""
    rows = []
    for char, pinyin, names, code, icp, ps, wrong in read_rows("provinces.tsv", strip=False):
        rows.append(
            Province(
                char=char.strip(),
                pinyin=_split(pinyin),
                names=_split(names),
                code=code.strip(),
                icp=icp.strip() == "yes",
                public_security=ps.strip() == "yes",
                wrong=_split(wrong),
            )
        )
    return tuple(rows)


@cache
def _lookup() -> dict[str, tuple[tuple[Province, str], ...]]:
    """Lower-cased token → ((province row, how it was spelled), …).

    ``how`` is ``char``, ``wrong`` (a word translation), ``pinyin`` or
    ``name``; a wrong word wins over a name ("Beijing" is both for 京).
    """
    table: dict[str, dict[str, tuple[Province, str]]] = {}

    def add(token: str, row: Province, how: str) -> None:
        key = " ".join(token.lower().split())
        slot = table.setdefault(key, {})
        if row.char not in slot:
            slot[row.char] = (row, how)

    for row in provinces():
        add(row.char, row, "char")
    for row in provinces():
        for word in row.wrong:
            add(word, row, "wrong")
    for row in provinces():
        for syllable in row.pinyin:
            add(syllable, row, "pinyin")
    for row in provinces():
        for name in row.names:
            add(name, row, "name")
    return {key: tuple(value.values()) for key, value in table.items()}


@cache
def _by_code() -> dict[str, str]:
    return {row.code: row.name for row in provinces()}


@cache
def _shared_pinyin() -> frozenset[str]:
    """Syllables printed for characters of more than one province (Ji, Jin, Yu, Gan, Gui)."""
    seen: dict[str, set[str]] = {}
    for row in provinces():
        for syllable in row.pinyin:
            seen.setdefault(syllable.lower(), set()).add(row.name)
    return frozenset(key for key, names in seen.items() if len(names) > 1)


@cache
def _region_names() -> dict[str, str]:
    return {" ".join(name.lower().split()): row.name for row in provinces() for name in row.names}


def region_for_code(digits: str) -> str | None:
    """The province whose 2-digit division code starts ``digits`` (``'33…'`` → Zhejiang)."""
    return _by_code().get(digits[:2]) if len(digits) >= 2 else None


# ------------------------------------------------------------------------ regexes

# The patterns are compiled on first use (see _regexes): most lines never
# reach them (see _may_have_key), and a process may clean no footer at all.
_KEY_SOURCE = (
    r"(?=[IGgPpNnWw公网])"  # cheap first-character gate before the alternation
    # upper-case ICP only; letters may be glued before it ("XinICP备…"), the
    # backward look reads them as the province token
    r"(?:(?P<icp>(?-i:ICP)(?![a-z]))"
    r"|(?P<ps_zh>公网安备)"
    r"|(?P<ps_py>(?<![A-Za-z])gong[ \t]?wang[ \t]?an[ \t]?bei(?![A-Za-z]))"
    r"|(?P<ps_en>(?<![A-Za-z])(?:public[ \t]{1,3}(?:(?:network|internet)[ \t]{1,3})?|(?:network|internet)[ \t]{1,3})"
    r"security(?![A-Za-z]))"
    r"|(?P<site>网站标识码|(?<![A-Za-z])website[ \t]{0,3}(?:identification|identity|identifier|id|logo)[ \t]{0,3}"
    r"code(?![A-Za-z])))"
)

_SEP = r"[ \t\u3000:：#.,，]{0,4}"
_HAO = r"(?:号|hao(?![A-Za-z]))"
_ICP_WORD = (
    r"(?:备案号|备案|许可证|备|证|beian|bei|zheng|preparation|prepared|prepare|prep|for|filed|recording|record|registration|filing"
    r"|licen[cs]e|permit|certificate|cert|number|num|no)(?![A-Za-z])"
)
_ICP_TAIL_SOURCE = (
    rf"(?P<words>(?:{_SEP}{_ICP_WORD}){{0,4}}){_SEP}(?P<num>\d{{4,20}})(?!\d)"
    rf"(?P<hao1>[ \t]?{_HAO})?(?P<sub>[ \t]?[-－–—][ \t]?\d{{1,3}}(?!\d))?(?P<hao2>[ \t]?{_HAO})?"
)
_PS_WORD = r"(?:备案号|备案|备|beian|bei|preparation|prepare|prep|recording|record|registration|filing|number|num|no)(?![A-Za-z])"
_PS_TAIL_SOURCE = (
    rf"(?P<words>(?:{_SEP}{_PS_WORD}){{0,4}}){_SEP}(?P<num>\d{{10,16}})(?!\d)(?P<hao1>[ \t]?{_HAO})?"
)


@cache
def _regexes() -> tuple[re.Pattern[str], ...]:
    """(key, ICP tail, public-security tail, site-code tail, word), compiled once."""
    # Each compiles when first used: a page with an ICP record only needs the first two.
    return (
        lazy_compile(_KEY_SOURCE, re.IGNORECASE),
        lazy_compile(_ICP_TAIL_SOURCE, re.IGNORECASE),
        lazy_compile(_PS_TAIL_SOURCE, re.IGNORECASE),
        lazy_compile(r"[ \t\u3000:：]{0,4}(?P<num>\d{10})(?!\d)"),
        lazy_compile(rf"[A-Za-z]+|[{HAN_SPAN}]+"),
    )

_LICENCE_WORDS = frozenset({"证", "许可证", "zheng", "licence", "license", "permit", "certificate", "cert"})
# Word translations of 备 (docs/input-patterns.md, "Record numbers": "Preparation", "Record"); "Bei",
# "Filing" and "No." are acceptable renderings and are left alone.
_WRONG_BEI = frozenset({"preparation", "prepare", "prep", "record", "recording", "registration"})

_SPACES = " \t\u3000"
_MAX_WORD = 24


_is_cjk = is_han_span


def _is_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


@dataclass(frozen=True)
class _Prefix:
    start: int
    token: str
    paren: str | None
    entries: tuple[tuple[Province, str], ...]


@dataclass(frozen=True)
class _Raw:
    kind: str
    start: int
    end: int
    prefix: _Prefix | None
    num: str
    sub: str
    wrong_word: bool


def _skip_spaces_back(text: str, i: int, floor: int, limit: int = 3) -> int:
    n = 0
    while i > floor and n < limit and text[i - 1] in _SPACES:
        i -= 1
        n += 1
    return i


def _word_back(text: str, i: int, floor: int) -> int:
    """Start of the run of ASCII letters ending at ``i`` (bounded: a long run is no token)."""
    j = i
    while j > floor and _is_letter(text[j - 1]) and i - j <= _MAX_WORD:
        j -= 1
    return j


def _prefix_before(text: str, pos: int, floor: int) -> _Prefix | None:
    """The province token just before ``pos``: a CJK character, one or two words,
    optionally followed by a bracketed province name (``Ji (Jilin)``)."""
    i = _skip_spaces_back(text, pos, floor)
    paren = None
    if i > floor and text[i - 1] == ")":
        j = text.rfind("(", max(floor, i - 32), i - 1)
        if j >= 0:
            candidate = " ".join(text[j + 1 : i - 1].split()).lower()
            if candidate in _region_names():
                paren = candidate
                i = _skip_spaces_back(text, j, floor)
    if i <= floor:
        return None
    if _is_cjk(text[i - 1]):
        entries = _lookup().get(text[i - 1])
        return _Prefix(i - 1, text[i - 1], paren, entries) if entries else None
    j = _word_back(text, i, floor)
    if j == i or i - j > _MAX_WORD or (j > floor and _is_letter(text[j - 1])):
        return None
    word = text[j:i]
    # a two-word name ("Inner Mongolia", "Nei Mongol")
    k = _skip_spaces_back(text, j, floor)
    if k < j:
        m = _word_back(text, k, floor)
        if m < k and not (m > floor and _is_letter(text[m - 1])):
            pair = f"{text[m:k]} {word}".lower()
            entries = _lookup().get(pair)
            if entries:
                return _Prefix(m, text[m:i], paren, entries)
    entries = _lookup().get(word.lower())
    return _Prefix(j, word, paren, entries) if entries else None


# With a character of lexicon.CASE_TRAPS in the line (non-ASCII, but matched by
# [A-Za-z] under re.IGNORECASE) a token test could disagree with the regex: the
# regex decides (lexicon.has_case_trap).


def _may_have_key(text: str) -> bool:
    """A necessary condition for a match of the key pattern (``_KEY_SOURCE``), by substring tests.

    Every alternative of the key pattern contains ``ICP``, ``公网安备``, ``网站标识码`` or
    (any case) ``gong``, ``security`` or ``website``; most lines hold none of
    them.  A line with a character that ``re.IGNORECASE`` folds onto an ASCII
    letter is left to the regex.
    """
    if "ICP" in text or "公网安备" in text or "网站标识码" in text:
        return True
    return lexicon.may_hold_any(text, _KEY_WORDS)


#: The words (any case) of the key pattern's other alternatives.
_KEY_WORDS = ("gong", "security", "website")


def _scan(text: str) -> list[_Raw]:
    found: list[_Raw] = []
    if not _may_have_key(text):
        return found
    floor = 0
    key_re, icp_tail, ps_tail, site_tail, word_re = _regexes()
    for key in key_re.finditer(text):
        if key.start() < floor:
            continue
        group = key.lastgroup
        if group == "site":
            tail = site_tail.match(text, key.end())
            if tail:
                found.append(_Raw(SITE_CODE, key.start(), tail.end(), None, tail["num"], "", False))
                floor = tail.end()
            continue
        is_icp = group == "icp"
        tail = (icp_tail if is_icp else ps_tail).match(text, key.end())
        if not tail:
            continue
        words = [w.lower() for w in word_re.findall(tail["words"])]
        if is_icp:
            kind = ICP_LICENCE if any(w in _LICENCE_WORDS for w in words) else ICP
            sub = re.sub(r"\D", "", tail["sub"] or "")
        else:
            kind, sub = PUBLIC_SECURITY, ""
        prefix = _prefix_before(text, key.start(), floor)
        start = prefix.start if prefix else key.start()
        found.append(
            _Raw(kind, start, tail.end(), prefix, tail["num"], sub, any(w in _WRONG_BEI for w in words))
        )
        floor = tail.end()
    return found


# --------------------------------------------------------------------- resolution


@dataclass(frozen=True)
class _Resolved:
    region: str | None
    spelled: Province | None  # the character the printed token stands for, if one
    record_char: str | None
    ambiguous: bool
    wrong_prefix: bool
    candidates: tuple[Province, ...]
    written: bool = False  # the abbreviation was printed in Chinese


def _resolve(raw: _Raw, evidence: frozenset[str], hint: str | None) -> _Resolved:
    prefix = raw.prefix
    if prefix is None:
        region = region_for_code(raw.num) if raw.kind == PUBLIC_SECURITY else None
        return _Resolved(region, None, None, False, False, ())
    entries = prefix.entries
    if prefix.paren:
        named = tuple(e for e in entries if _region_names()[prefix.paren] == e[0].name)
        entries = named or entries
    regions = {row.name for row, _ in entries}
    if len(regions) > 1:
        code_region = region_for_code(raw.num) if raw.kind == PUBLIC_SECURITY else None
        for chooser in (
            {code_region} if code_region else set(),
            set(evidence),
            {hint} if hint else set(),
        ):
            picked = regions & chooser
            if len(picked) == 1:
                regions = picked
                break
        entries = tuple(e for e in entries if e[0].name in regions)
    rows = tuple(row for row, _ in entries)
    if len(regions) != 1:
        return _Resolved(None, None, None, True, False, rows)
    wrong = any(how == "wrong" for _, how in entries)
    spelled = rows[0] if len({row.char for row in rows}) == 1 else None
    written = any(how == "char" for _, how in entries)
    if written:
        record_char: str | None = rows[0].char  # written in Chinese: kept as written
    else:
        valid = {row.char for row in rows if row.valid_for(raw.kind)}
        record_char = valid.pop() if len(valid) == 1 else None
    return _Resolved(next(iter(regions)), spelled, record_char, False, wrong, rows, written)


def _record(kind: str, char: str | None, num: str, sub: str) -> str | None:
    if kind == SITE_CODE:
        return num
    if char is None:
        return None
    tail = f"-{sub}" if sub else ""
    if kind == ICP:
        return f"{char}ICP备{num}号{tail}"
    if kind == ICP_LICENCE:
        return f"{char}ICP证{num}号{tail}"
    return f"{char}公网安备 {num}号"


def _display_prefix(res: _Resolved) -> str:
    if res.spelled is not None:
        syllable = res.spelled.pinyin[0]
        if syllable.lower() in _shared_pinyin():
            return f"{syllable} ({res.spelled.name})"
        return syllable
    return res.region or ""


def _display(kind: str, res: _Resolved, num: str, sub: str) -> str:
    if res.written:
        # the page printed the Chinese abbreviation (浙ICP Preparation No. …):
        # the canonical Chinese record keeps that character exactly
        record = _record(kind, res.record_char, num, sub)
        if record:
            return record
    tail = f"-{sub}" if sub else ""
    words = {ICP: "ICP No.", ICP_LICENCE: "ICP Licence No.", PUBLIC_SECURITY: "Public Security No."}[kind]
    return " ".join(part for part in (_display_prefix(res), words, f"{num}{tail}") if part)


def _collapse(s: str) -> str:
    return " ".join(s.split())


# Traditional characters of record numbers (Big5 pages) → the simplified
# canonical form; one character for one, so every offset stays valid.
_TRADITIONAL = str.maketrans("粵閩贛遼滬蘇魯陝貴雲瓊寧晉隴備號證網", "粤闽赣辽沪苏鲁陕贵云琼宁晋陇备号证网")


def _simplified(text: str) -> str:
    """``text`` with traditional record characters simplified (an ASCII line is its own result)."""
    return text if text.isascii() else text.translate(_TRADITIONAL)


def _may_have_record(text: str) -> bool:
    """Trigger of the rule: :func:`_may_have_key` of the text :func:`_matches` scans.

    Without translating it: of the Chinese keys' characters only 網 and 備
    have a traditional form in ``_TRADITIONAL``, so ``公网安备`` after the
    translation needs ``公`` before it and ``网站标识码`` needs ``站标识码``.
    """
    if "ICP" in text:
        return True
    if not text.isascii() and (
        "公" in text or "站标识码" in text or lexicon.has_case_trap(text)
    ):
        return True
    low = text.lower()
    return "gong" in low or "security" in low or "website" in low


#: Distinct (line, hint) pairs whose record matches are remembered.  A footer
#: line is scanned by the line rule, again by :func:`region_evidence` and again
#: while the footer is read; the answer is a pure function of the text.
_MATCHES_CACHE_SIZE = 512


def _matches(text: str, hint_region: str | None) -> tuple[tuple[RecordMatch, _Raw, _Resolved], ...]:
    text = _simplified(text)
    if not _may_have_key(text):
        return ()  # (the gate of _scan: most lines, and not worth a cache entry)
    return _matches_with_key(text, hint_region)


@lru_cache(maxsize=_MATCHES_CACHE_SIZE)
def _matches_with_key(text: str, hint_region: str | None) -> tuple[tuple[RecordMatch, _Raw, _Resolved], ...]:
    """:func:`_matches` of a line that passed the key gate (frozen values in a tuple, so sharing is safe)."""
    raws = _scan(text)
    if not raws:
        return ()
    evidence: set[str] = set()
    # A first resolution that is not ambiguous did not look at evidence or
    # hint (only a syllable of several provinces that the record's own code
    # does not settle gets that far), so the second pass below may reuse it.
    settled: list[_Resolved | None] = []
    for raw in raws:
        if raw.kind == SITE_CODE:
            region = region_for_code(raw.num)
            settled.append(None)
        else:
            initial = _resolve(raw, frozenset(), None)
            region = initial.region
            settled.append(None if initial.ambiguous else initial)
        if region:
            evidence.add(region)
    frozen = frozenset(evidence)
    out = []
    for raw, first in zip(raws, settled):
        original = text[raw.start : raw.end]
        if raw.kind == SITE_CODE:
            res = _Resolved(region_for_code(raw.num), None, None, False, False, ())
            match = RecordMatch(SITE_CODE, raw.start, raw.end, _collapse(original), raw.num, res.region, False, False)
            out.append((match, raw, res))
            continue
        res = first if first is not None else _resolve(raw, frozen, hint_region)
        mistranslated = res.wrong_prefix or raw.wrong_word
        shown = (
            _display(raw.kind, res, raw.num, raw.sub)
            if mistranslated and not res.ambiguous
            else _collapse(original)
        )
        record = None if res.ambiguous else _record(raw.kind, res.record_char, raw.num, raw.sub)
        if record and raw.kind == PUBLIC_SECURITY and res.written and "公网安备" in original:
            record = _collapse(original)  # a Chinese record is kept exactly as the page wrote it
        match = RecordMatch(
            kind=raw.kind,
            start=raw.start,
            end=raw.end,
            text=shown,
            record=record,
            region=res.region,
            mistranslated=mistranslated,
            ambiguous=res.ambiguous,
        )
        out.append((match, raw, res))
    return tuple(out)


def find_records(text: str, hint_region: str | None = None) -> list[RecordMatch]:
    """Every record number in one line, left to right.

    ``hint_region`` is an English province name known from elsewhere on the
    page (see :func:`region_evidence`); it only settles an ambiguous syllable.

    >>> [m.record for m in find_records("New ICP No. 18000738-1")]
    ['新ICP备18000738号-1']
    """
    return [match for match, _, _ in _matches(text, hint_region)]


def region_evidence(text: str) -> str | None:
    """The one province that the page's unambiguous records point to, else ``None``.

    Meant for the caller that sees the whole footer: pass the result as
    ``hint_region`` to :func:`find_records` for lines with an ambiguous syllable.
    """
    regions = {
        match.region
        for line in text.splitlines()
        for match in find_records(line)
        if match.region and not match.ambiguous
    }
    return regions.pop() if len(regions) == 1 else None


# -------------------------------------------------------------------------- rule

_LABELS = {
    ICP: "ICP record",
    ICP_LICENCE: "ICP licence",
    PUBLIC_SECURITY: "public-security record",
}


def _message(match: RecordMatch, original: str, res: _Resolved) -> str:
    label = _LABELS[match.kind]
    if match.ambiguous:
        options = " or ".join(f"{row.char} ({row.name})" for row in res.candidates)
        return (
            f"could not resolve {label} '{original}': the abbreviation may be {options}; "
            "kept as written, check the Chinese page"
        )
    if match.record:
        return f"mistranslated {label} '{original}' is {match.record} ({match.region}); rewritten as '{match.text}', check it against the original page"
    if match.region and res.spelled is not None:
        usual = [row.char for row in provinces() if row.name == match.region and row.valid_for(match.kind)]
        uses = f"{match.region} {label}s use {usual[0]}, not {res.spelled.char}" if usual else (
            f"{res.spelled.char} is not a {match.region} {label} prefix"
        )
        return (
            f"mistranslated {label} '{original}' points to {match.region}, but {uses}: the record cannot be "
            f"rebuilt without guessing; shown as '{match.text}': look the record up on the original page"
        )
    return f"mistranslated {label} '{original}': no province abbreviation to rebuild it from; shown as '{match.text}': look the record up on the original page"


def _apply(text: str, ctx: Context) -> tuple[list[Edit], list[Flag]]:
    """Rewrite mistranslated record wording; flag it, and flag unresolved syllables."""
    edits: list[Edit] = []
    flags: list[Flag] = []
    for match, raw, res in _matches(text, None):
        if match.kind == SITE_CODE:
            continue
        original = _collapse(text[raw.start : raw.end])
        if match.ambiguous:
            flags.append(Flag(RULE_NAME, WARNING, _message(match, original, res), match.start, match.end))
        elif match.mistranslated:
            if match.text != text[match.start : match.end]:
                edits.append(Edit(match.start, match.end, match.text, RULE_NAME))
            flags.append(Flag(RULE_NAME, WARNING, _message(match, original, res), match.start, match.end))
    return edits, flags


RULES: tuple[Rule, ...] = (
    Rule(
        RULE_NAME,
        _apply,
        "Rebuild mistranslated ICP / public-security record numbers (New ICP No. → Xin ICP No.) "
        "and flag abbreviations that cannot be resolved.",
        trigger=_may_have_record,
    ),
)

__all__ = [
    "RecordMatch",
    "Province",
    "find_records",
    "region_evidence",
    "region_for_code",
    "provinces",
    "RULES",
    "KINDS",
]
