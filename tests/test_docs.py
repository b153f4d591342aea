"""docs/ is the user-facing contract: it must name every finding code, fix
rule and exit code the code has, and every docs/ path a code comment points
at must exist."""

from __future__ import annotations

import re
from pathlib import Path

from bulletin_tools.render.check_report import KNOWN_CODES
from bulletin_tools.errors import InputError, UsageError
from bulletin_tools.tables import read_rows

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _codes_in(page: str) -> set[str]:
    """Names written as table cells: | `name` | …"""
    return set(re.findall(r"^\| `([a-z-]+)` \|", (DOCS / page).read_text(encoding="utf-8"), re.MULTILINE))


def test_findings_page_names_every_code_and_rule():
    documented = _codes_in("findings.md")
    rules = {row[0] for row in read_rows("rules.tsv")}
    missing = (set(KNOWN_CODES) | rules) - documented
    assert not missing, f"docs/findings.md does not explain: {sorted(missing)}"
    unknown = documented - set(KNOWN_CODES) - rules
    assert not unknown, f"docs/findings.md names codes the tool does not have: {sorted(unknown)}"


def test_exit_codes_page_has_the_codes_the_errors_carry():
    text = (DOCS / "exit-codes.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| (\d) \|", text, re.MULTILINE))
    assert rows == {"0", "1", "2", "3"}
    assert {str(UsageError.exit_code), str(InputError.exit_code)} <= rows


def test_docs_paths_named_in_the_code_exist():
    named = set()
    for path in (ROOT / "bulletin_tools").rglob("*"):
        if path.is_file() and path.suffix in (".py", ".tsv", ".txt"):
            named |= set(re.findall(r"docs/[\w.-]+\.md", path.read_text(encoding="utf-8")))
    assert named, "no code comment points at docs/"
    missing = sorted(n for n in named if not (ROOT / n).is_file())
    assert not missing, missing


def test_docs_sections_named_in_the_code_exist():
    """A comment like (docs/input-patterns.md, "Record numbers") names a heading of that page."""
    for path in (ROOT / "bulletin_tools").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for page, heading in re.findall(r'(docs/[\w.-]+\.md),\s+"([^"]+)"', text):
            headings = re.findall(r"^#+ (.+)$", (ROOT / page).read_text(encoding="utf-8"), re.MULTILINE)
            assert heading in headings, f"{path.name}: {page} has no heading {heading!r}"


def test_no_comment_points_outside_the_repository():
    """SPEC, PATTERNS.md and issue numbers live outside the repo: point at docs/ instead."""
    offenders = []
    for path in (ROOT / "bulletin_tools").rglob("*"):
        if path.is_file() and path.suffix in (".py", ".tsv", ".txt"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if re.search(r"\bPATTERNS\b|\bSPEC\b|\(issue\b|\bissue \d+", line):
                    offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
