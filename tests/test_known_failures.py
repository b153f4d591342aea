"""Known failures, as data: inputs the tool is known to get wrong, with the right answer.

Each line of ``tests/known_failures.jsonl`` is one case (in the manner of
ftfy's test cases): a ``label``, ``why`` it is wrong today, the ``input``
text (written for this project), and ``checks`` on the JSON output, each a
``path`` into it (dotted; a number indexes a list, ``*`` takes every item)
and one of ``equals``, ``startswith`` or ``excludes`` (no item equals it).

Every case runs as ``xfail(strict=True, raises=AssertionError)``: while the
tool is wrong it shows as an expected failure (``x``); a change that fixes
one makes it pass, and strict turns that XPASS into a failure until the case
is moved out of this file into a real test, so a fix is seen, never silent.
A malformed case (a path the output does not have, an unknown operation)
raises something other than AssertionError, so it fails loudly rather than
counting as "still wrong".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import bulletin_tools

CASES_FILE = Path(__file__).resolve().parent / "known_failures.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
OPERATIONS = {"equals", "startswith", "excludes"}


class BadCase(Exception):  # not an AssertionError: never an expected failure
    """The case itself is malformed (an unknown path or operation)."""


def _values(node: Any, parts: list[str]) -> list[Any]:
    """Every value at the dotted ``parts`` under ``node`` (``*`` fans out over a list)."""
    if not parts:
        return [node]
    head, rest = parts[0], parts[1:]
    if head == "*":
        if not isinstance(node, list):
            raise BadCase(f"'*' on a {type(node).__name__}")
        return [v for item in node for v in _values(item, rest)]
    if isinstance(node, list):
        if not head.isdigit():
            raise BadCase(f"{head!r} on a list")
        return _values(node[int(head)], rest) if int(head) < len(node) else [_Missing]
    if isinstance(node, dict):
        if head not in node:
            raise BadCase(f"no field {head!r}")
        return _values(node[head], rest)
    return [_Missing]  # a null part (no title): the check fails as wrong output


class _Missing:
    """Stands for a value the output does not have (a null title, a list too short)."""


def _failures(doc: dict, checks: list[dict]) -> list[str]:
    failed = []
    for check in checks:
        op = (set(check) & OPERATIONS)
        if len(op) != 1 or set(check) - OPERATIONS != {"path"}:
            raise BadCase(f"a check needs 'path' and one of {sorted(OPERATIONS)}: {check}")
        (name,) = op
        want = check[name]
        got = _values(doc, check["path"].split("."))
        if name == "equals":
            ok = got == [want]
        elif name == "startswith":
            ok = len(got) == 1 and isinstance(got[0], str) and got[0].startswith(want)
        else:
            ok = want not in got
        if not ok:
            failed.append(f"{check['path']} {name} {want!r}: got {got!r}")
    return failed


def _case(case: dict) -> Any:
    mark = pytest.mark.xfail(strict=True, raises=AssertionError, reason=case.get("why", ""))
    return pytest.param(case, marks=mark, id=case.get("label"))


@pytest.mark.parametrize("case", [_case(c) for c in CASES])
def test_known_failure(case):
    if set(case) != {"label", "why", "input", "checks"}:
        raise BadCase(f"fields must be label, why, input, checks: {sorted(case)}")
    doc = bulletin_tools.to_json_dict(bulletin_tools.clean_bytes(case["input"].encode("utf-8"), input="case.txt"))
    failed = _failures(doc, case["checks"])
    assert not failed, "; ".join(failed)


def test_known_failure_labels_are_distinct():
    """Each label is a test id and names one weakness."""
    labels = [c["label"] for c in CASES]
    assert CASES and len(set(labels)) == len(labels)


def test_the_checker_can_tell_right_from_wrong():
    """The machinery itself: a right answer passes, a wrong one fails, a bad path is an error."""
    doc = {"title": {"text": "A"}, "findings": [{"code": "x"}], "sections": [{"blocks": [{"text": "On it"}]}]}
    assert _failures(doc, [{"path": "title.text", "equals": "A"},
                           {"path": "findings.*.code", "excludes": "y"},
                           {"path": "sections.0.blocks.0.text", "startswith": "On"}]) == []
    assert len(_failures(doc, [{"path": "title.text", "equals": "B"},
                               {"path": "findings.*.code", "excludes": "x"}])) == 2
    with pytest.raises(BadCase):
        _failures(doc, [{"path": "titel.text", "equals": "A"}])
