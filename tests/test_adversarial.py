"""No regular expression may take more than linear time (SPEC "Bad input").

Each adversarial input runs in a subprocess with a generous timeout: a
catastrophic regex holds the GIL inside the C matcher, so an in-process
alarm could not interrupt it.  The timeouts are far above the linear cost
(a few seconds at most) and far below what a quadratic blow-up needs
(hours at these sizes), so the tests are not flaky and still bite.

Two levels:

- every line rule alone on a 1 MB single line of a repeated unit (and the
  corpus's 2 MB line through the whole pipeline);
- the whole pipeline (repair, segmentation, fields, truncation, findings,
  JSON) on ~100,000 characters: the longest line the CLI accepts
  (``batch.MAX_LINE_CHARS``), plus multi-line variants.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from bulletin_tools.batch import MAX_LINE_CHARS
from conftest import CORPUS

TIMEOUT = 20

UNITS = [
    " ", "\t ", ":", "：", "1", "2023-", "1,", ">", " > ", "»", "* ", "* * * ", "Author: ", "Source:Author:",
    "Release time: ", "the ", "cadres cadres ", "a", "(1)", "1.", "一、", "锟斤拷", "\ufffd", "?", "â€", "Ã©",
    "小编", "（", "。", "ICP No. ", "New ICP No. 1", "Public security ", "a@", "http://", "www.", "Tel: 0",
    "【Print】", "Home > News ", "Hejing He Jing ", "-", "—", "_", "·", "|", "\u3000",
]

RULES_SCRIPT = textwrap.dedent("""
    import json, sys, time
    from bulletin_tools.repair import all_rules, Context
    from bulletin_tools.repair.residue import default_glossary
    unit = json.loads(sys.stdin.read())
    line = unit * (1_000_000 // len(unit))
    ctx = Context(glossary=default_glossary())
    for rule in all_rules():
        rule.apply(line, ctx)
    print("ok")
""")

PIPELINE_SCRIPT = textwrap.dedent("""
    import json, sys
    from bulletin_tools.pipeline import clean_text
    from bulletin_tools.render.json import to_json
    from bulletin_tools.render.markdown import to_markdown
    text = json.loads(sys.stdin.read())
    doc = clean_text(text)
    to_json(doc)
    to_markdown(doc)
    print("ok")
""")


def _run(script: str, arg: str) -> None:
    try:
        proc = subprocess.run([sys.executable, "-c", script], input=arg, capture_output=True, text=True,
                              timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"took more than {TIMEOUT} s: a superlinear regex or loop?")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "ok"


@pytest.mark.parametrize("unit", UNITS)
def test_every_rule_linear_on_1mb_line(unit):
    _run(RULES_SCRIPT, json.dumps(unit))


def _pipeline_cases():
    n = MAX_LINE_CHARS - 10
    for unit in UNITS:
        yield f"line:{unit!r}", unit * (n // len(unit))
    # One long word next to an '@' or 'www': the address pattern of the language check must stay linear.
    yield "address-run", "Title\n\nwrite to @ " + "a" * n + " www"
    # Many short lines: label lines, separators, blank lines, list markers, headings.
    for unit in ("Author:\n", "\n", " \n", "* * *\n", ">\n", "1.\n", "(1) Title\n", "Copyright ©\n",
                 "Source: x Author: y\n", "The first is to work.\n", "Home > A > B\n", "小编\n"):
        yield f"lines:{unit!r}", "Title\n\n" + unit * (200_000 // len(unit))


@pytest.mark.parametrize("text", [t for _, t in _pipeline_cases()], ids=[i for i, _ in _pipeline_cases()])
def test_pipeline_linear(text):
    _run(PIPELINE_SCRIPT, json.dumps(text))


def test_corpus_2mb_line_through_pipeline():
    path = CORPUS / "bad" / "long-line-2mb.txt"
    if not path.exists():
        pytest.skip("../shared/corpus/bad/long-line-2mb.txt is not present")
    _run(PIPELINE_SCRIPT, json.dumps(path.read_text(encoding="utf-8")))


def test_corpus_2mb_line_cli_refuses_quickly():
    path = CORPUS / "bad" / "long-line-2mb.txt"
    if not path.exists():
        pytest.skip("../shared/corpus/bad/long-line-2mb.txt is not present")
    proc = subprocess.run([sys.executable, "-m", "bulletin_tools", "clean", str(path)],
                          capture_output=True, text=True, timeout=TIMEOUT)
    assert proc.returncode == 3
    assert proc.stderr == f"bulletin: {path}: a line of 2,097,151 characters (the limit is 100,000): not a bulletin\n"
