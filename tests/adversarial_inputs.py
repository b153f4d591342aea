"""The adversarial inputs, in one place: a repeated unit at any size.

SPEC "Bad input" asks that no step take more than linear time.  The inputs
that probe it (one long line of a single repeated unit, many short lines of
one unit) were spread over the test files with a wall-clock limit each.  A
clock in a test flakes on a loaded machine, so the two sides are now apart:

- the tests (test_adversarial.py and the ``*_linear`` tests beside each
  module's own tests) feed every input below at a small size ``n`` and at
  ``4 * n`` and compare *counted work* (``counted_work.py``): deterministic,
  and it fails on any superlinear Python loop;
- ``benchmarks/bench_adversarial.py`` feeds the same inputs at the sizes the
  timed tests used (``Repeat.times``), beside a quarter of that size in the
  same run, and prints the time ratios: the side a catastrophic regex shows
  on (one C call, invisible to counted work).

Each family names the function it probes; the tests call the same function
(often with extra checks on its result).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bulletin_tools.batch import MAX_LINE_CHARS


@dataclass(frozen=True)
class Repeat:
    """``head + unit * times + tail``: an input built from one repeated unit."""

    unit: str
    times: int
    head: str = ""
    tail: str = ""

    def text(self, times: int | None = None) -> str:
        return self.head + self.unit * (self.times if times is None else times) + self.tail

    def sized(self, chars: int) -> str:
        """The same input with about ``chars`` characters of repeated unit."""
        return self.text(max(1, chars // len(self.unit)))

    @property
    def label(self) -> str:
        return repr(self.head + self.unit + self.tail)[:40]


def _per(unit: str, chars: int, head: str = "", tail: str = "") -> Repeat:
    return Repeat(unit, max(1, chars // len(unit)), head, tail)


# --- every line rule on one long line -------------------------------------------------

UNITS = [
    " ", "\t ", ":", "：", "1", "2023-", "1,", ">", " > ", "»", "* ", "* * * ", "Author: ", "Source:Author:",
    "Release time: ", "the ", "cadres cadres ", "a", "(1)", "1.", "一、", "锟斤拷", "\ufffd", "?", "â€", "Ã©",
    "小编", "（", "。", "ICP No. ", "New ICP No. 1", "Public security ", "a@", "http://", "www.", "Tel: 0",
    "【Print】", "Home > News ", "Hejing He Jing ", "-", "—", "_", "·", "|", "\u3000",
]

RULE_LINES = [_per(unit, 1_000_000) for unit in UNITS]

# --- the whole pipeline -----------------------------------------------------------------

# One line as long as the CLI accepts, of each unit; one long word next to an
# '@' or 'www' (the address pattern of the language check must stay linear).
PIPELINE_LINES = [_per(unit, MAX_LINE_CHARS - 10) for unit in UNITS] + [
    Repeat("a", MAX_LINE_CHARS - 10, "Title\n\nwrite to @ ", " www"),
]
# Many short lines under a title: label lines, separators, blank lines, list
# markers, headings, one-token lines.
PIPELINE_MANY_LINES = [
    _per(unit, 200_000, head="Title\n\n")
    for unit in ("Author:\n", "\n", " \n", "* * *\n", ">\n", "1.\n", "(1) Title\n", "Copyright ©\n",
                 "Source: x Author: y\n", "The first is to work.\n", "Home > A > B\n", "小编\n")
]

# --- single modules -----------------------------------------------------------------------

ENCODING_LINES = [
    Repeat(" :>0123456789", 160_000), Repeat("a?", 1_000_000), Repeat("é ", 1_000_000),
    Repeat("灏忕紪", 600_000), Repeat("×÷Õß", 500_000), Repeat("â€", 1_000_000),
]
FIELD_TEXTS = [
    Repeat("0123456789-/:", 80_000), Repeat("1", 1_000_000), Repeat("2023-13-45 ", 90_000),
    Repeat("12-99 ", 170_000), Repeat(":", 1_000_000), Repeat(" ", 2_000_000), Repeat("9/", 500_000),
    Repeat("2023年13月", 120_000), Repeat("Sunday, Jan ", 90_000),
]
RECORD_TEXTS = [
    Repeat(" ", 2_000_000), Repeat("0123456789-/:>", 100_000), Repeat("ICP ", 300_000),
    Repeat("ICP No. ", 200_000), Repeat("Public Security ", 100_000), Repeat("Ji (Jilin) ", 100_000),
    Repeat("a", 1_000_000, tail=" ICP No. 12345678"), Repeat("New ICP No. 18000738-1 ", 40_000),
]
RESIDUE_TEXTS = [Repeat("小", 500_000), Repeat("a小编", 100_000), Repeat("浙ICP备", 200_000), Repeat("1年", 500_000)]
SPACING_TEXTS = [
    Repeat(" ", 2_000_000, tail="x"), Repeat(" :", 1_000_000), Repeat("9", 2_000_000), Repeat(">", 2_000_000),
    Repeat(". ", 1_000_000), Repeat("\u3000", 1_000_000, tail="a"), Repeat("*", 2_000_000), Repeat("a-", 1_000_000),
    Repeat("Source:Author:Click: The first is to carry out cadres cadres * * * work , and  the x ", 20_000),
]
TRUNCATION_FILLERS = [_per(filler, 2_000_000) for filler in (" ", ":", ">", "7", "ab ", "of the ")]
DECODE_TEXTS = [Repeat("Position: Home > News  Author:小编  Clicks:1,286\n", 400_000)]
# Two long lines of label-like text; a finding every REPORT_FINDING_STEP characters.
REPORT_TEXTS = [Repeat("a: b > 1 ", 250_000, tail="\n")]
REPORT_FINDING_STEP = 2_000


# --- the functions each family probes ---------------------------------------------------


def run_rules(line: str) -> None:
    from bulletin_tools.repair import Context, all_rules
    from bulletin_tools.repair.residue import default_glossary

    ctx = Context(glossary=default_glossary())
    for rule in all_rules():
        rule.apply(line, ctx)


def run_pipeline(text: str) -> None:
    from bulletin_tools.pipeline import clean_text
    from bulletin_tools.render.json import to_json
    from bulletin_tools.render.markdown import to_markdown

    doc = clean_text(text)
    to_json(doc)
    to_markdown(doc)


def run_encoding(line: str) -> None:
    from bulletin_tools.repair.base import Context
    from bulletin_tools.repair.encoding import RULES

    for rule in RULES:
        rule.apply(line, Context())


def run_fields(text: str) -> None:
    from bulletin_tools.fields import find_datetime, parse_views

    find_datetime(text)
    parse_views(text)


def run_records(text: str) -> None:
    from bulletin_tools.repair.base import Context
    from bulletin_tools.repair.records import RULES

    RULES[0].apply(text, Context())


def run_residue(text: str) -> None:
    from bulletin_tools.repair.base import Context
    from bulletin_tools.repair.residue import translate_residue

    translate_residue(text, Context())


def run_spacing(text: str) -> None:
    from bulletin_tools.repair import spacing
    from bulletin_tools.repair.base import Context
    from bulletin_tools.textmap import MappedText

    mapped = MappedText.identity(text)
    for rule in spacing.RULES:
        edits, _ = rule.apply(mapped.text, Context())
        mapped, _ = mapped.apply(edits)


def run_truncation(paragraph: str) -> None:
    from bulletin_tools.passes.truncation import check_description, check_heading, check_title

    body = [paragraph]
    check_title("Report on the work of the", body)
    check_description(paragraph[:300] + " of", body)
    check_heading("Report of the", body, paragraph)


def run_decode(text: str) -> None:
    from bulletin_tools.decode import decode_bytes

    decode_bytes(text.encode("utf-8"))


def report_findings(text: str) -> list:
    from bulletin_tools.model import WARNING, Finding

    return [Finding("empty-field", WARNING, "m", 1, (i, i + 3)) for i in range(0, len(text) - 3, REPORT_FINDING_STEP)]


def run_report(line: str) -> str:
    from bulletin_tools.render import check_report

    text = line * 2
    return check_report.format_text("big.txt", text, report_findings(text), carets=True)


FAMILIES: dict[str, tuple[list[Repeat], Callable[[str], object]]] = {
    "rules": (RULE_LINES, run_rules),
    "pipeline-line": (PIPELINE_LINES, run_pipeline),
    "pipeline-lines": (PIPELINE_MANY_LINES, run_pipeline),
    "encoding": (ENCODING_LINES, run_encoding),
    "fields": (FIELD_TEXTS, run_fields),
    "records": (RECORD_TEXTS, run_records),
    "residue": (RESIDUE_TEXTS, run_residue),
    "spacing": (SPACING_TEXTS, run_spacing),
    "truncation": (TRUNCATION_FILLERS, run_truncation),
    "decode": (DECODE_TEXTS, run_decode),
    "check-report": (REPORT_TEXTS, run_report),
}
