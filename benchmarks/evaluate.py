#!/usr/bin/env python3
"""Score bulletin-tools output against ``NAME.expected.json`` files.

Usage::

    python benchmarks/evaluate.py [DIR ...] [--json] [--verbose] [--min-accuracy X]

For every ``NAME.expected.json`` that sits beside a ``NAME.txt`` (in each DIR
and in ``DIR/bad/``) the library is run on the bytes of ``NAME.txt`` and each
key of the expected file is scored as ``/work/shared/corpus/FORMAT.md`` and the
corpus README describe.  Why a separate scorer instead of golden-file diffs:
the expectations constrain only what an editor is *sure* about, so the tool
may change everything else (wording of messages, extra findings, rendering
details) without breaking the benchmark.

Counting: every scalar key is one check; every element of a list key is one
check (each ``must_fix`` pair, each ``must_contain`` string ...).  The
structural lists (``breadcrumb``, ``section_headings``,
``items_per_section``) get one more check for their length, so that an empty
expected list (``"breadcrumb": []``) still tests something.

The comparison helpers are pure functions so that ``tests/test_evaluate.py``
can pin them down without running the tool.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

REPO_ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Normalisation helpers
# ---------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def collapse(text: Any) -> Any:
    """Collapse every whitespace run to one space and strip the ends.

    Non-strings pass through unchanged so that ``None`` and integers can be
    compared with the same call.
    """
    if not isinstance(text, str):
        return text
    return _WS.sub(" ", text).strip()


_CJK_NUM = "一二三四五六七八九十百零〇两"
_ROMAN = "IVXLC"
_ORDINAL_WORDS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    "eleventh|twelfth|finally|lastly"
)
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

# Every alternative is anchored at the start and built from bounded or
# single-class runs, so a match attempt is linear in the length of the line.
_MARKER_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 一、  十二、
    re.compile(rf"^[{_CJK_NUM}]{{1,4}}\s*[、.．，,]\s*"),
    # （一） (一) （1） (1) (two)
    re.compile(rf"^[（(]\s*(?:[{_CJK_NUM}]{{1,4}}|\d{{1,3}}|[a-zA-Z]|{_NUMBER_WORDS})\s*[）)]\s*", re.I),
    # 1、 1. 1, 1) 1．  and 1.About (no space)
    re.compile(r"^\d{1,3}\s*[、.．,，)）:：]\s*(?!\d)"),
    # 1 Points for applicants (a bare number, then a capitalised heading)
    re.compile(r"^\d{1,2}\s+(?=[A-Z])"),
    # I.  IV、  (upper-case roman numerals; require the punctuation)
    re.compile(rf"^[{_ROMAN}]{{1,5}}\s*[.、．]\s*"),
    # i. ii) iv.  (lower-case roman, only the common small ones)
    re.compile(r"^(?:iii|ii|iv|ix|vi{1,3}|i|v|x)\s*[.)]\s+"),
    # Chapter 1 / Chapter I / Chapter One / Article 1 / Article 1Objectives / PART 1: / Section 2
    re.compile(
        rf"^(?:chapter|article|part|section|item)\s*(?:\d{{1,3}}|[{_ROMAN}]{{1,5}}\b|{_NUMBER_WORDS}\b)\s*[:：.、]?\s*",
        re.I,
    ),
    # 第一章 第3条
    re.compile(rf"^第\s*(?:[{_CJK_NUM}]{{1,4}}|\d{{1,3}})\s*[章条节部分]{{1,2}}\s*"),
    # First, / Second: / Finally,
    re.compile(rf"^(?:{_ORDINAL_WORDS})\s*[,，:：]\s*", re.I),
    # Three. / Two、 (spelled numbers used as markers)
    re.compile(rf"^(?:{_NUMBER_WORDS})\s*[.、．]\s*", re.I),
    # Q: / Question: / 问： (questions in a Q&A page are numbered by their marker)
    re.compile(r"^(?:q|question|问)\s*\d{0,3}\s*[:：.]\s*", re.I),
    # a. b. bullets • - *
    re.compile(r"^[a-z]\s*[.)]\s+"),
    re.compile(r"^[•·▪●◆■\-–—*]\s*"),
)


def strip_marker(heading: str) -> str:
    """Remove one leading enumeration marker (``一、`` ``（一）`` ``1.`` ``I.`` ``First,`` ...).

    Applied to the *tool's* heading only: the expected headings are already
    written without their marker, and stripping them again could eat a real
    first word.  Two passes cover stacked markers such as ``PART 1: 1.``.
    """
    text = collapse(heading)
    for _ in range(2):
        for pattern in _MARKER_PATTERNS:
            m = pattern.match(text)
            if m and m.end() < len(text):
                text = text[m.end():]
                break
        else:
            break
    return text


_FULLWIDTH_PUNCT = str.maketrans({"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"})
_AROUND_PUNCT = re.compile(r"\s*([,.;:!?()])\s*")
_DASH_RUN = re.compile(r"[—–]{2,}")


def punctuation_key(text: Any) -> Any:
    """``text`` as the tool prints punctuation: full-width commas, colons,
    brackets and marks in ASCII, a doubled dash single, and no space either side
    of a mark (the ``fullwidth-punctuation``, ``doubled-punctuation`` and
    ``punctuation-spacing`` fixes).  A gold record gives a headline or an
    opening as printed (`birthplace , Science`, `China——Introduction`); the
    tool's normalised text says the same."""
    if not isinstance(text, str):
        return text
    return _AROUND_PUNCT.sub(r"\1", _DASH_RUN.sub("—", text.translate(_FULLWIDTH_PUNCT)))


def norm_title(text: Any) -> Any:
    """Titles and headings: collapse whitespace, ignore case and a final period
    (so a trailing `...` too, and its one-character form `…`: a gold record
    gives a cut headline without it, docs/labelling.md)."""
    if not isinstance(text, str):
        return text
    t = punctuation_key(collapse(text)).casefold()
    while t.endswith((".", "。", "…")):
        t = t[:-1].rstrip()
    return t


def same_title(expected: Any, got: Any) -> bool:
    return norm_title(expected) == norm_title(got)


def same_heading(expected: Any, got: Any) -> bool:
    """Compare an expected heading with the tool's, the tool's marker stripped
    or not (a gold record may keep the marker the page prints: `Chapter I
    Infrastructure`), a final colon ignored as a final period is (`Main
    Duties:` and `Main Duties` head the same section)."""
    if expected is None or got is None:
        return expected is None and got is None
    want = _heading_key(expected)
    return want == _heading_key(got) or want == _heading_key(strip_marker(got))


def _heading_key(text: str) -> str:
    t = norm_title(text)
    while t.endswith((":", "：")):
        t = norm_title(t[:-1])
    return t


#: The words around a copyright holder's name in a footer line: the sign and
#: word, years, and the reservation (`Copyright © 2009-2017 X All Rights Reserved.`);
#: a `?` right after the word is the sign lost to the page's encoding (`Copyright ? X`).
_COPYRIGHT_WORDS = re.compile(
    r"copyrights?\s*\?|copyrights?|©|\(c\)|\b(?:19|20)\d{2}\b|all rights? reserved?\.?|rights reserved\.?|reserved\.?|\bby\b|[-–,:.：，]",
    re.IGNORECASE,
)


def same_copyright(expected: Any, got: Any) -> bool:
    """``footer.copyright`` is the holder (SPEC: "copyright holder"); a gold
    record written as the whole footer line (`Copyright © 2011 X All Rights
    Reserved`) names the same holder when its other words are the notice's
    own: the sign, the years, the reservation."""
    if same_value(expected, got):
        return True
    if not isinstance(expected, str) or not isinstance(got, str):
        return False
    holder = collapse(_COPYRIGHT_WORDS.sub(" ", expected)).casefold()
    return bool(holder) and holder == collapse(_COPYRIGHT_WORDS.sub(" ", got)).casefold()


def same_icp_record(expected: Any, doc: dict) -> bool:
    """``footer.icp_record`` is the record in its Chinese form (FORMAT.md).  A
    page that prints only a romanised record whose province cannot be told
    (`Ji ICP No. 31415926-1`: 冀 or 吉; `ICP 27182818`) gets no record, by
    design (a repair is exact or none); a gold record written as printed,
    with no Chinese in it, then names the line the tool read as the ICP line."""
    if same_value(expected, footer_value(doc, "icp_record")):
        return True
    icp = _part(doc, "footer").get("icp")
    if not isinstance(expected, str) or not isinstance(icp, dict) or icp.get("record") is not None:
        return False
    return not any("\u4e00" <= c <= "\u9fff" for c in expected) and same_value(expected, icp.get("text"))


def same_value(expected: Any, got: Any) -> bool:
    """Scalars: strings after whitespace collapse; numbers and None exactly.

    A view count given as ``"1,286"`` by the tool is accepted as 1286 because
    the contract says integer but a string of digits is an honest near miss
    only in type, and the scorer is about content.
    """
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected is got
    if isinstance(expected, int) and isinstance(got, str):
        digits = got.replace(",", "").strip()
        return digits.isdigit() and int(digits) == expected
    return collapse(expected) == collapse(got)


def same_printed(expected: Any, got: Any) -> bool:
    """:func:`same_value`, strings compared as the tool prints punctuation
    (:func:`punctuation_key`): a gold value copied as printed (`Guo Hongyan,Luo
    Zelong`, `Tianjin , P.R. China`) names what the tool's normalised text does."""
    if same_value(expected, got):
        return True
    return isinstance(expected, str) and isinstance(got, str) \
        and punctuation_key(collapse(expected)) == punctuation_key(collapse(got))


def split_front_matter(markdown: str) -> tuple[str, str]:
    """Return ``(front_matter, body)``; the body is what follows the closing ``---``."""
    text = markdown.lstrip("\ufeff")
    if not text.startswith("---"):
        return "", markdown
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return "", markdown
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return "".join(lines[: i + 1]), "".join(lines[i + 1:])
    return "", markdown


_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def unescape_md(markdown: str) -> str:
    """Drop CommonMark backslash escapes (``\\[`` -> ``[``).

    The renderer must escape ``[``, ``*``, ``_`` ... to keep the text literal;
    the expectations are about the text a reader sees, so ``must_contain
    "[2023] No. 21"`` is satisfied by ``\\[2023\\] No. 21``.
    """
    return _MD_ESCAPE.sub(r"\1", markdown)


def contains(haystack: str, needle: str) -> bool:
    """Substring test on the raw and the unescaped Markdown, also whitespace-collapsed."""
    for text in (haystack, unescape_md(haystack)):
        if needle in text or collapse(needle) in collapse(text):
            return True
    return False


def absent(haystack: str, needle: str) -> bool:
    """``needle`` occurs neither as written nor after unescaping (exact characters)."""
    return needle not in haystack and needle not in unescape_md(haystack)


def must_fix_ok(markdown: str, before: str, after: str) -> tuple[bool, str]:
    """A required repair: ``before`` is gone from the output and ``after`` is there."""
    gone = absent(markdown, before) and not any(
        collapse(before) in collapse(text) for text in (markdown, unescape_md(markdown))
    )
    there = contains(markdown, after)
    if gone and there:
        return True, "ok"
    parts = []
    if not gone:
        parts.append(f"{before!r} still present")
    if not there:
        parts.append(f"{after!r} missing")
    return False, "; ".join(parts)


def flag_codes(doc: dict) -> list[str]:
    """All finding codes and fix rule names of a JSON document."""
    codes = [str(f.get("code", "")) for f in doc.get("findings") or [] if isinstance(f, dict)]
    codes += [str(f.get("rule", "")) for f in doc.get("fixes") or [] if isinstance(f, dict)]
    return codes


def has_flag(doc: dict, code: str) -> bool:
    """``code`` counts when some finding code or fix rule equals it or starts with it."""
    return any(c == code or c.startswith(code) for c in flag_codes(doc))


def first_paragraph(doc: dict) -> str | None:
    for section in doc.get("sections") or []:
        for block in section.get("blocks") or []:
            if block.get("kind") == "paragraph":
                return block.get("text")
    return None


def items_per_section(doc: dict) -> list[int]:
    return [
        sum(1 for b in section.get("blocks") or [] if b.get("kind") == "item")
        for section in doc.get("sections") or []
    ]


def headings(doc: dict) -> list[str | None]:
    return [section.get("heading") for section in doc.get("sections") or []]


def _part(doc: dict, name: str) -> dict:
    value = doc.get(name)
    return value if isinstance(value, dict) else {}


def footer_value(doc: dict, key: str) -> Any:
    footer = _part(doc, "footer")
    if key in ("icp_record", "icp_region"):
        icp = footer.get("icp")
        if not isinstance(icp, dict):
            return None
        return icp.get("record" if key == "icp_record" else "region")
    return footer.get(key)


# ---------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    """One scored comparison."""

    family: str  # the key family for per-field accuracy, e.g. "metadata.date"
    key: str  # the precise key, e.g. "section_headings[2]"
    passed: bool
    expected: Any
    got: Any


@dataclass
class Output:
    """What the tool produced for one file; ``error`` set when it failed."""

    doc: dict | None = None
    markdown: str | None = None
    error: str | None = None
    rejected: bool = False


def _list_checks(
    family: str,
    expected: list,
    got: list | None,
    same: Callable[[Any, Any], bool],
) -> list[Check]:
    got = got if isinstance(got, list) else []
    checks = [
        Check(family, f"{family}[{i}]", i < len(got) and same(e, got[i]), e, got[i] if i < len(got) else "<missing>")
        for i, e in enumerate(expected)
    ]
    checks.append(Check(family, f"{family}.length", len(got) == len(expected), len(expected), len(got)))
    return checks


def score(expected: dict, out: Output) -> list[Check]:
    """Score one expected dict against one tool output (JSON dict + Markdown).

    With no output at all (the tool rejected the file or crashed) every check
    is produced with ``got`` set to the error and counted as a miss, so the
    number of checks of a file never depends on the tool.
    """
    doc = out.doc if out.doc is not None else {}
    md = out.markdown
    failed = out.doc is None
    md_missing = md is None
    md = md or ""
    _, body = split_front_matter(md)
    err = out.error or "<no output>"
    checks: list[Check] = []

    def add(family: str, key: str, ok: Callable[[], bool], exp: Any, got: Callable[[], Any], needs_md: bool = False) -> None:
        if failed or (needs_md and md_missing):
            checks.append(Check(family, key, False, exp, err))
            return
        checks.append(Check(family, key, bool(ok()), exp, got()))

    title = _part(doc, "title")
    desc = _part(doc, "description")
    meta = _part(doc, "metadata")

    for key, exp in expected.items():
        if key == "title":
            got_title = title.get("text") if doc.get("title") is not None else None
            add("title", key, lambda: same_title(exp, got_title), exp, lambda: got_title)
        elif key == "title_truncated":
            add(key, key, lambda: same_value(exp, bool(title.get("truncated"))), exp, lambda: title.get("truncated"))
        elif key == "title_repairable":
            add(key, key, lambda: same_value(exp, bool(title.get("repaired"))), exp, lambda: title.get("repaired"))
        elif key == "description_truncated":
            add(key, key, lambda: same_value(exp, bool(desc.get("truncated"))), exp, lambda: desc.get("truncated"))
        elif key == "description_startswith":
            text = collapse(desc.get("text") or "")
            add(key, key, lambda: punctuation_key(text).startswith(punctuation_key(collapse(exp))), exp, lambda: text[:80])
        elif key == "description_repaired_endswith":
            text = collapse(desc.get("text") or "")
            add(key, key, lambda: text.endswith(collapse(exp)), exp, lambda: text[-80:])
        elif key == "first_paragraph_startswith":
            para = collapse(first_paragraph(doc) or "")
            add(key, key, lambda: punctuation_key(para).startswith(punctuation_key(collapse(exp))), exp, lambda: para[:80])
        elif key in ("breadcrumb", "section_headings", "items_per_section"):
            if failed:
                for i, e in enumerate(exp):
                    checks.append(Check(key, f"{key}[{i}]", False, e, err))
                checks.append(Check(key, f"{key}.length", False, len(exp), err))
                continue
            if key == "breadcrumb":
                got_list, same = list(doc.get("breadcrumb") or []), same_printed
            elif key == "section_headings":
                got_list, same = headings(doc), same_heading
            else:
                got_list, same = items_per_section(doc), same_value
            checks.extend(_list_checks(key, exp, got_list, same))
        elif key == "metadata":
            for sub, e in exp.items():
                add(f"metadata.{sub}", f"metadata.{sub}", lambda s=sub, e=e: same_printed(e, meta.get(s)), e, lambda s=sub: meta.get(s))
        elif key == "footer":
            for sub, e in exp.items():
                add(
                    f"footer.{sub}",
                    f"footer.{sub}",
                    lambda s=sub, e=e: same_icp_record(e, doc) if s == "icp_record"
                    else (same_copyright if s == "copyright" else same_printed)(e, footer_value(doc, s)),
                    e,
                    lambda s=sub: footer_value(doc, s),
                )
        elif key == "must_fix":
            for before, after in exp:
                result = must_fix_ok(md, before, after) if not failed else (False, err)
                add(key, f"must_fix[{before!r}]", lambda r=result: r[0], [before, after], lambda r=result: r[1], needs_md=True)
        elif key == "must_flag":
            codes = flag_codes(doc)
            for code in exp:
                add(key, f"must_flag[{code}]", lambda c=code: has_flag(doc, c), code, lambda: sorted(set(codes)))
        elif key in ("must_not_contain", "furniture"):
            for s in exp:
                add(key, f"{key}[{s!r}]", lambda s=s: absent(body, s), s, lambda s=s: "absent" if absent(body, s) else "present", needs_md=True)
        elif key == "must_contain":
            for s in exp:
                add(key, f"must_contain[{s!r}]", lambda s=s: contains(md, s), s, lambda s=s: "present" if contains(md, s) else "absent", needs_md=True)
        elif key == "cjk_in_english":
            add(key, key, lambda: has_flag(doc, "cjk-residue") == bool(exp), exp, lambda: has_flag(doc, "cjk-residue"))
        else:
            print(f"warning: unknown expected key {key!r} ignored", file=sys.stderr)
    return checks


# ---------------------------------------------------------------------------
# Running the tool
# ---------------------------------------------------------------------------


def run_tool(path: Path, options=None) -> Output:
    """Run the library on one file (with ``options``, a pipeline ``Options``,
    or the defaults); never raises for a per-file failure."""
    import bulletin_tools
    from bulletin_tools.errors import InputError

    data = path.read_bytes()
    try:
        doc_obj = bulletin_tools.clean_bytes(data, input=str(path)) if options is None else \
            bulletin_tools.clean_bytes(data, input=str(path), options=options)
    except InputError as exc:
        return Output(error=f"InputError: {exc}", rejected=True)
    except Exception as exc:  # a crash on one file is a result to report, not a reason to stop
        return Output(error=f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
    try:
        doc = bulletin_tools.to_json_dict(doc_obj)
    except Exception as exc:
        return Output(error=f"to_json_dict {type(exc).__name__}: {exc}\n{traceback.format_exc()}")
    try:
        markdown = bulletin_tools.to_markdown(doc_obj)
    except Exception as exc:
        return Output(doc=doc, error=f"to_markdown {type(exc).__name__}: {exc}")
    return Output(doc=doc, markdown=markdown)


def find_cases(dirs: Iterable[Path]) -> tuple[list[tuple[Path, Path]], list[Path]]:
    """``(txt, expected)`` pairs, and ``bad/`` inputs that have no expected file."""
    pairs: list[tuple[Path, Path]] = []
    bad_only: list[Path] = []
    for d in dirs:
        for folder in (d, d / "bad"):
            if not folder.is_dir():
                continue
            for txt in sorted(folder.glob("*.txt")):
                exp = txt.with_name(txt.name[: -len(".txt")] + ".expected.json")
                if exp.is_file():
                    pairs.append((txt, exp))
                elif folder.name == "bad":
                    bad_only.append(txt)
    return pairs, bad_only


@dataclass
class Report:
    files: dict[str, list[Check]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    bad_inputs: dict[str, str] = field(default_factory=dict)

    def totals(self) -> dict[str, list[int]]:
        fam: dict[str, list[int]] = {}
        for checks in self.files.values():
            for c in checks:
                t = fam.setdefault(c.family, [0, 0])
                t[0] += c.passed
                t[1] += 1
        return dict(sorted(fam.items()))

    def overall(self) -> tuple[int, int]:
        passed = sum(c.passed for cs in self.files.values() for c in cs)
        total = sum(len(cs) for cs in self.files.values())
        return passed, total

    def as_json(self) -> dict:
        passed, total = self.overall()
        return {
            "overall": {"passed": passed, "total": total, "accuracy": _ratio(passed, total)},
            "fields": {k: {"passed": p, "total": t, "accuracy": _ratio(p, t)} for k, (p, t) in self.totals().items()},
            "files": {
                name: {
                    "passed": sum(c.passed for c in cs),
                    "total": len(cs),
                    "accuracy": _ratio(sum(c.passed for c in cs), len(cs)),
                    **({"error": self.errors[name].splitlines()[0]} if name in self.errors else {}),
                }
                for name, cs in self.files.items()
            },
            "bad_inputs": self.bad_inputs,
        }


def _ratio(p: int, t: int) -> float:
    return round(p / t, 4) if t else 1.0


def evaluate(dirs: Iterable[Path]) -> Report:
    pairs, bad_only = find_cases(dirs)
    report = Report()
    for txt, exp_path in pairs:
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        out = run_tool(txt)
        name = _display(txt)
        if out.error:
            report.errors[name] = out.error
        report.files[name] = score(expected, out)
    for txt in bad_only:
        out = run_tool(txt)
        report.bad_inputs[_display(txt)] = "rejected" if out.rejected else ("crashed" if out.error else "accepted")
    return report


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO_ROOT.parent))
    except ValueError:
        return str(path)


def _short(value: Any, limit: int = 160) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_text(report: Report, verbose: bool, out=None) -> None:
    out = out or sys.stdout
    print("Per-field accuracy", file=out)
    for fam, (p, t) in report.totals().items():
        print(f"  {fam:<32} {p:>4}/{t:<4} {100 * _ratio(p, t):6.1f}%", file=out)
    print("\nPer-file score", file=out)
    for name, checks in report.files.items():
        p = sum(c.passed for c in checks)
        note = f"  [{report.errors[name].splitlines()[0]}]" if name in report.errors else ""
        print(f"  {name:<64} {p:>3}/{len(checks):<3} {100 * _ratio(p, len(checks)):6.1f}%{note}", file=out)
    if report.bad_inputs:
        print("\nbad/ inputs without expectations (not scored)", file=out)
        for name, status in report.bad_inputs.items():
            print(f"  {name:<64} {status}", file=out)
    passed, total = report.overall()
    print(f"\nOverall: {passed}/{total} = {100 * _ratio(passed, total):.1f}%", file=out)
    if verbose:
        print("\nMisses", file=out)
        for name, checks in report.files.items():
            for c in checks:
                if not c.passed:
                    print(f"  {name}  {c.key}\n      expected: {_short(c.expected)}\n      got:      {_short(c.got)}", file=out)
        for name, err in report.errors.items():
            if "\n" in err:
                print(f"\n{name}:\n{err}", file=out)


def default_dirs() -> list[Path]:
    dirs = []
    corpus = REPO_ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        dirs.append(corpus)
    dirs.append(REPO_ROOT / "samples")
    return dirs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="folders of NAME.txt + NAME.expected.json")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument("--min-accuracy", type=float, default=None, help="exit 1 when overall accuracy is below this (0-1)")
    args = parser.parse_args(argv)
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    report = evaluate(args.dirs or default_dirs())
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print_text(report, args.verbose)
    passed, total = report.overall()
    if args.min_accuracy is not None and _ratio(passed, total) < args.min_accuracy:
        print(f"accuracy {_ratio(passed, total):.4f} below --min-accuracy {args.min_accuracy}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
