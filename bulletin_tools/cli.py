"""The ``bulletin`` command: a thin typer layer over :mod:`bulletin_tools.batch`.

This is the only module that prints or exits.  stdout carries data only;
every message goes to stderr, coloured only on a terminal and never with
``NO_COLOR``.  Bad input never produces a traceback: each failing input gets
one line naming it and the reason, and the batch goes on.

Exit codes: 0 all inputs processed; 1 ``check`` found an error-severity
finding (or ``clean --check`` would change something); 2 usage error (bad
option, missing file); 3 some inputs could not be processed.
"""

from __future__ import annotations

import difflib
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .batch import STDIN, InputRef, Problem, expand, out_path, position, read_bytes, render, write_atomic
from .errors import BulletinError, UsageError

EXIT_CODES_HELP = (
    "Exit codes: 0 all inputs processed; 1 check found error-severity findings "
    "(or clean --check would change a file); 2 usage error (bad option, missing file); "
    "3 some inputs could not be processed (binary, empty, undecodable, unreadable)."
)

app = typer.Typer(
    name="bulletin",
    help=(
        "Clean, segment and render machine-translated government bulletins.\n\n"
        "Repairs mojibake and untranslated Chinese, completes truncated titles from the body, "
        "fixes spacing, removes page furniture (recording every fix), and emits Markdown or JSON.\n\n"
        + EXIT_CODES_HELP
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class CleanFormat(str, Enum):
    md = "md"
    json = "json"
    jsonl = "jsonl"


class SegmentFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


# ---------------------------------------------------------------------------
# shared plumbing


class Reporter:
    """Messages to stderr; remembers the worst exit code seen."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.exit_code = 0
        self.processed = 0
        self.failed = 0
        self.fixes = 0
        self.findings = 0

    def problem(self, problem: Problem) -> None:
        print(f"bulletin: {problem.line()}", file=sys.stderr)
        self.failed += 1
        self.bump(problem.exit_code)

    def bump(self, code: int) -> None:
        order = {0: 0, 1: 1, 3: 2, 2: 3}
        if order.get(code, 0) > order.get(self.exit_code, 0):
            self.exit_code = code

    def info(self, message: str) -> None:
        if not self.quiet:
            print(message, file=sys.stderr)

    def summary(self, total: int) -> None:
        if total > 1:
            self.info(
                f"bulletin: {self.processed} processed, {self.failed} failed, "
                f"{self.fixes} fixes, {self.findings} findings"
            )


def _options(skip: list[str], glossary: Optional[Path], no_repair: bool):
    from .pipeline import Options
    from .repair import rule_names

    known = set(rule_names())
    for name in skip:
        if name not in known:
            raise UsageError(f"--skip: unknown rule '{name}' (known: {', '.join(sorted(known))})")
    extra = {}
    if glossary is not None:
        from .repair.residue import default_glossary, load_glossary, merge_glossaries

        extra = merge_glossaries(default_glossary(), load_glossary(glossary))
    return Options(skip=frozenset(skip), glossary=extra, repair_truncation=not no_repair)


def _process(ref: InputRef, encoding: Optional[str], options):
    """(document, decoded text) for one input; raises BulletinError on bad input."""
    from .decode import decode_bytes
    from .pipeline import clean_text

    data = read_bytes(ref)
    decoded = decode_bytes(data, encoding=encoding, name=ref.name)
    doc = clean_text(decoded.text, input=None if ref.path is None else ref.name,
                     encoding=decoded.encoding, options=options)
    return doc, decoded.text


def _inputs(paths: list[str], glob: str, reporter: Reporter) -> list[InputRef]:
    refs: list[InputRef] = []
    for item in expand(paths, glob):
        if isinstance(item, Problem):
            reporter.problem(item)
        else:
            refs.append(item)
    if sum(1 for r in refs if r.path is None) > 1:
        raise UsageError("'-' (stdin) may be given only once")
    return refs


def _explain(ref: InputRef, text: str, doc) -> None:
    for fix in doc.fixes:
        line, col = position(text, fix.span[0])
        print(f"{ref.name}:{line}:{col}: fix {fix.rule}: {fix.before!r} -> {fix.after!r}", file=sys.stderr)


def _usage_guard(fn):
    """Turn a UsageError raised before any input is read into exit 2."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except UsageError as exc:
            print(f"bulletin: error: {exc}", file=sys.stderr)
            raise typer.Exit(2) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        print(f"bulletin-tools {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Clean, segment and render machine-translated government bulletins."""


PathsArg = Annotated[list[str], typer.Argument(help="Files, folders (walked recursively) or '-' for stdin.", show_default=False)]
GlobOpt = Annotated[str, typer.Option("--glob", help="File pattern when walking folders.")]
EncodingOpt = Annotated[Optional[str], typer.Option("--encoding", help="Force an input encoding (e.g. gbk, big5, utf-16); default: detect.")]
GlossaryOpt = Annotated[Optional[Path], typer.Option("--glossary", help="Extra Chinese→English terms (TSV 'zh<TAB>en' or TOML).")]
SkipOpt = Annotated[list[str], typer.Option("--skip", help="Switch off a fix rule (repeatable), e.g. --skip doubled-word.")]
NoRepairOpt = Annotated[bool, typer.Option("--no-repair", help="Flag truncated titles/descriptions/headings but keep them as they were.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr (errors still print).")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write all output to this file (atomically) instead of stdout.")]
OutDirOpt = Annotated[Optional[Path], typer.Option("--out-dir", help="Write one output file per input here, mirroring the input tree.")]
ExplainOpt = Annotated[bool, typer.Option("--explain", help="List every fix on stderr (rule, before, after, position).")]


def _emit(chunks: list[str], output: Optional[Path]) -> None:
    data = "".join(chunks)
    if output is not None:
        write_atomic(output, data)
    else:
        sys.stdout.write(data)
        sys.stdout.flush()


def _run_documents(
    paths: list[str], fmt: str, *, glob: str, encoding: Optional[str], options, output: Optional[Path],
    out_dir: Optional[Path], in_place: bool, explain: bool, diff: bool, check_only: bool, quiet: bool,
) -> int:
    reporter = Reporter(quiet)
    refs = _inputs(paths, glob, reporter)
    if in_place and any(r.path is None for r in refs):
        raise UsageError("--in-place cannot write back to stdin")
    chunks: list[str] = []
    changed = 0
    for ref in refs:
        try:
            doc, text = _process(ref, encoding, options)
            rendered = render(doc, fmt)
        except BulletinError as exc:
            reporter.problem(Problem(ref.name, str(exc), exc.exit_code))
            continue
        reporter.processed += 1
        reporter.fixes += len(doc.fixes)
        reporter.findings += len(doc.findings)
        if explain:
            _explain(ref, text, doc)
        if diff or check_only:
            if rendered != text:
                changed += 1
                if diff:
                    label = ref.name if ref.path is not None else "stdin"
                    sys.stdout.writelines(difflib.unified_diff(
                        text.splitlines(keepends=True), rendered.splitlines(keepends=True),
                        fromfile=f"{label}\t(input)", tofile=f"{label}\t(cleaned)"))
                if check_only:
                    reporter.info(f"bulletin: {ref.name}: would be changed")
            continue
        if in_place:
            try:
                write_atomic(ref.path, rendered)  # type: ignore[arg-type]
            except OSError as exc:
                reporter.problem(Problem(ref.name, f"cannot write ({exc.strerror or exc})", 3))
            continue
        if out_dir is not None:
            target = out_path(ref, out_dir, fmt)
            try:
                write_atomic(target, rendered)
            except OSError as exc:
                reporter.problem(Problem(str(target), f"cannot write ({exc.strerror or exc})", 3))
            continue
        chunks.append(rendered)
    if fmt == "json" and len(chunks) > 1:
        chunks = ["[\n" + ",\n".join(c.rstrip("\n") for c in chunks) + "\n]\n"]
    if chunks:
        _emit(chunks, output)
    reporter.summary(len(refs))
    if check_only and changed:
        reporter.bump(1)
    return reporter.exit_code


def _conflicts(output: Optional[Path], out_dir: Optional[Path], in_place: bool) -> None:
    given = [name for name, on in (("--output", output is not None), ("--out-dir", out_dir is not None), ("--in-place", in_place)) if on]
    if len(given) > 1:
        raise UsageError(f"{' and '.join(given)} cannot be used together")


@app.command()
@_usage_guard
def clean(
    paths: PathsArg,
    format: Annotated[CleanFormat, typer.Option("--format", "-f", help="Output format.")] = CleanFormat.md,
    output: OutputOpt = None,
    out_dir: OutDirOpt = None,
    in_place: Annotated[bool, typer.Option("--in-place", help="Replace each input file with its cleaned form (atomic rename).")] = False,
    explain: ExplainOpt = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff of the cleaned output against the input; write nothing.")] = False,
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 if cleaning would change any input.")] = False,
    glob: GlobOpt = "*.txt",
    encoding: EncodingOpt = None,
    glossary: GlossaryOpt = None,
    skip: SkipOpt = [],
    no_repair: NoRepairOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Repair, segment and render bulletins (Markdown by default).

    Examples:

      bulletin clean page.txt                  # Markdown on stdout

      cat page.txt | bulletin clean - -f json  # JSON from stdin

      bulletin clean pages/ --out-dir clean/   # a folder, mirrored
    """
    _conflicts(output, out_dir, in_place)
    options = _options(skip, glossary, no_repair)
    code = _run_documents(paths, format.value, glob=glob, encoding=encoding, options=options, output=output,
                          out_dir=out_dir, in_place=in_place, explain=explain, diff=diff, check_only=check, quiet=quiet)
    raise typer.Exit(code)


@app.command()
@_usage_guard
def segment(
    paths: PathsArg,
    format: Annotated[SegmentFormat, typer.Option("--format", "-f", help="Output format.")] = SegmentFormat.json,
    output: OutputOpt = None,
    out_dir: OutDirOpt = None,
    explain: ExplainOpt = False,
    glob: GlobOpt = "*.txt",
    encoding: EncodingOpt = None,
    glossary: GlossaryOpt = None,
    skip: SkipOpt = [],
    no_repair: NoRepairOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Show how bulletins were cut up: breadcrumb, title, metadata, sections, footer (JSON)."""
    _conflicts(output, out_dir, False)
    options = _options(skip, glossary, no_repair)
    code = _run_documents(paths, format.value, glob=glob, encoding=encoding, options=options, output=output,
                          out_dir=out_dir, in_place=False, explain=explain, diff=False, check_only=False, quiet=quiet)
    raise typer.Exit(code)


@app.command()
@_usage_guard
def check(
    paths: PathsArg,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="text (FILE:LINE:COL: severity code message), json, or github annotations.")] = CheckFormat.text,
    glob: GlobOpt = "*.txt",
    encoding: EncodingOpt = None,
    glossary: GlossaryOpt = None,
    skip: SkipOpt = [],
    quiet: QuietOpt = False,
) -> None:
    """Report findings without writing anything; exit 1 on any error-severity finding."""
    import json

    options = _options(skip, glossary, False)
    reporter = Reporter(quiet)
    refs = _inputs(paths, glob, reporter)
    has_error = False
    collected = []
    for ref in refs:
        try:
            doc, text = _process(ref, encoding, options)
        except BulletinError as exc:
            reporter.problem(Problem(ref.name, str(exc), exc.exit_code))
            continue
        reporter.processed += 1
        reporter.findings += len(doc.findings)
        entries = []
        for f in doc.findings:
            line, col = position(text, f.span[0])
            has_error = has_error or f.severity == "error"
            entries.append({"code": f.code, "severity": f.severity, "message": f.message,
                            "line": line, "column": col, "span": [f.span[0], f.span[1]]})
            if format == CheckFormat.text:
                sys.stdout.write(f"{ref.name}:{line}:{col}: {f.severity} {f.code} {f.message}\n")
            elif format == CheckFormat.github:
                level = {"error": "error", "warning": "warning"}.get(f.severity, "notice")
                msg = f.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
                sys.stdout.write(f"::{level} file={ref.name},line={line},col={col},title={f.code}::{msg}\n")
        collected.append({"input": ref.name, "findings": entries})
    if format == CheckFormat.json:
        sys.stdout.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
    reporter.summary(len(refs))
    if has_error:
        reporter.bump(1)
    raise typer.Exit(reporter.exit_code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON output."""
    from importlib import resources

    sys.stdout.write(resources.files("bulletin_tools.render").joinpath("schema.json").read_text(encoding="utf-8"))


def main() -> None:
    """Console entry point; keeps tracebacks away from users."""
    try:
        app()
    except KeyboardInterrupt:
        print("bulletin: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        # `bulletin clean … | head` closed the pipe: not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
