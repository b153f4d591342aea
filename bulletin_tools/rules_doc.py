"""``bulletin rules`` and ``bulletin rules NAME``: every fix rule and finding code, explained.

Why: a user who sees ``fix punctuation-spacing`` or ``warning censored-mask``
wants to know what it means and how to switch it off, without reading the
source (as ``ruff rule E501`` does).  The words live in ``data/rules.tsv``;
the example's *result* is not written there but produced by running the
pipeline on the example input, so it can never drift from what the tool does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .tables import read_rows

#: longest before/after text quoted from an example's fixes
_QUOTE = 70


@dataclass(frozen=True, slots=True)
class RuleDoc:
    name: str
    summary: str
    example: str  # input text, real newlines

    @property
    def data(self) -> bytes | None:
        """The example as bytes, for rules about decoding: written in the table as
        ``bytes:`` and a Python-escaped string (``Fran\\xe7ois``); else None."""
        if not self.example.startswith(BYTES_PREFIX):
            return None
        return self.example[len(BYTES_PREFIX):].encode("latin-1", "backslashreplace").decode("unicode_escape").encode("latin-1")

    def clean(self):
        """What cleaning the example gives (from its bytes for a decoding rule)."""
        from .pipeline import clean_bytes, clean_text

        data = self.data
        return clean_text(self.example) if data is None else clean_bytes(data)


#: An example written as escaped bytes (a decoding rule cannot be shown with text).
BYTES_PREFIX = "bytes:"


@cache
def rule_docs() -> tuple[RuleDoc, ...]:
    """The rows of ``data/rules.tsv``, in table order."""
    # not stripped: an example may open with the very whitespace its rule removes
    return tuple(RuleDoc(name.strip(), summary.strip(), example.rstrip("\r\n").replace("\\n", "\n"))
                 for name, summary, example in read_rows("rules.tsv", strip=False))


def kinds(name: str) -> list[str]:
    """``fix rule`` (a ``--skip`` name) and/or ``finding code`` (``--select``/``--ignore``)."""
    from .render.check_report import KNOWN_CODES
    from .passes import skip_names

    out = []
    if name in skip_names():
        out.append("fix rule")
    if name in KNOWN_CODES:
        out.append("finding code")
    return out


def find(name: str) -> RuleDoc | None:
    return next((doc for doc in rule_docs() if doc.name == name), None)


def listing() -> str:
    """One line per rule: name, kinds, summary."""
    docs = rule_docs()
    width = max(len(d.name) for d in docs)
    lines = []
    for d in docs:
        tags = "+".join("fix" if k == "fix rule" else "finding" for k in kinds(d.name))
        lines.append(f"{d.name:<{width}}  {tags:<11}  {d.summary}")
    lines.append("")
    lines.append("'bulletin rules NAME' explains one, with an example.")
    return "\n".join(lines) + "\n"


def _short(s: str) -> str:
    from .explain import visible

    s = s if len(s) <= _QUOTE else s[: _QUOTE - 1] + "…"
    return visible(s)


def describe(doc: RuleDoc) -> str:
    """The rule explained: what it is, how to switch it, an example input and what cleaning it gives."""
    result = doc.clean()
    fixes = [f for f in result.fixes if f.rule == doc.name]
    findings = [f for f in result.findings if f.code == doc.name]
    kind = kinds(doc.name)
    out = [f"{doc.name} ({' and '.join(kind)})", "", f"  {doc.summary}", ""]
    if "fix rule" in kind:
        out.append(f"  Switch it off: --skip {doc.name}  (or skip = [\"{doc.name}\"] in bulletin.toml)")
    if "finding code" in kind:
        out.append(f"  Filter it: bulletin check --select {doc.name} / --ignore {doc.name}")
    out += ["", "Example input:", ""]
    shown = doc.example if doc.data is None else doc.example[len(BYTES_PREFIX):] + "\n  (bytes, as Python escapes)"
    out += [f"  {line}".rstrip() for line in shown.splitlines()]
    out += ["", "What bulletin clean does with it:", ""]
    for f in fixes:
        after = _short(f.after) if f.after else "removed"
        why = f" ({f.why})" if f.why else ""
        out.append(f"  fix {f.rule}: {_short(f.before)} -> {after}{why}")
    for f in findings:
        out.append(f"  {f.severity} {f.code} (line {f.line}): {f.message}")
    return "\n".join(out) + "\n"
