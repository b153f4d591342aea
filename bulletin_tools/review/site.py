"""A batch of inputs → a review site: ``index.html`` and ``docs/NAME.html`` per input.

The work per input (decode, clean, render the page) runs in the ordered
parallel map behind ``--jobs``, like ``clean``; this process only names the
pages, writes them and keeps the index rows.  Every file is written
atomically (temporary file, then rename), so a rerun replaces the site page
by page and an interrupted run leaves no half-written page.

A page's "next" link is known only when the next input has been processed,
so each page waits, alone, until its successor arrives: memory stays
bounded however long the batch (the index rows are small).  Nothing here
prints; :func:`build` yields events for the CLI to report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..batch import STDIN, InputRef, Problem, expand, load_text, read_bytes, write_atomic
from ..errors import BulletinError, UsageError
from .index import DocSummary, failed, render_index, summarize
from .page import Nav, PageBody, assemble, render_body

DOCS_DIR = "docs"
INDEX = "index.html"
#: longest page name before the extension (file systems cap names at 255 bytes)
MAX_SLUG = 120
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class ReviewJob:
    """What every worker needs (picklable)."""

    options: Any
    encoding: str | None = None
    text_field: str = "text"


@dataclass(frozen=True)
class Rendered:
    """One input's outcome: its page body and JSON, or the problem; and its index row."""

    seq: int
    name: str
    slug: str
    summary: DocSummary
    body: PageBody | None = None
    json: str | None = None
    problem: Problem | None = None


def slug_for(name: str, used: set[str]) -> str:
    """A file-system- and URL-safe page name for an input, unique in this batch.

    Only ``[A-Za-z0-9._-]`` survives (so a hostile file name cannot become
    markup or a path); a clash (also by case, for case-insensitive file
    systems) gets ``-2``, ``-3`` …
    """
    base = _UNSAFE.sub("_", name.replace("\\", "/").replace("/", "__")).strip("._") or "input"
    if base.lower().endswith(".txt"):
        base = base[:-4]
    base = base[:MAX_SLUG]
    slug, n = base, 1
    while slug.lower() in used:
        n += 1
        slug = f"{base}-{n}"
    used.add(slug.lower())
    return slug


def _render(seq: int, name: str, slug: str, text: str, job: ReviewJob, encoding: str | None,
            decoded: Any = None) -> Rendered:
    """Clean ``text`` and render its page.  A file's ``decoded`` input goes
    through the pipeline's own entry (``clean_decoded``), so a guessed
    encoding is a finding on the page as it is in ``segment``'s JSON."""
    from ..pipeline import clean_decoded, clean_text
    from ..render.json import to_json

    source = None if name == STDIN else name
    doc = clean_decoded(decoded, input=source, options=job.options) if decoded is not None else \
        clean_text(text, input=source, encoding=encoding, options=job.options)
    body = render_body(text, doc, name)
    return Rendered(seq, name, slug, summarize(doc, name, f"{DOCS_DIR}/{slug}.html"), body, to_json(doc) + "\n")


def _guarded(seq: int, name: str, slug: str, work) -> Rendered:
    """Run ``work()``; a bad input (or a bug) becomes a failed row, never an exception."""
    try:
        return work()
    except BulletinError as exc:
        reason, code = str(exc), exc.exit_code
    except RecursionError:
        reason, code = "internal error (recursion too deep)", 3
    except Exception as exc:  # a bug must not stop the batch: reported, exit 3
        reason, code = f"internal error ({type(exc).__name__}: {exc})", 3
    return Rendered(seq, name, slug, failed(name, reason), problem=Problem(name, reason, code))


def render_file(job: ReviewJob, item: tuple[int, InputRef, str, bytes | None]) -> Rendered:
    """One text input (in a worker): decode, clean, render."""
    seq, ref, slug, data = item

    def work() -> Rendered:
        decoded = load_text(ref, data, job.encoding)
        return _render(seq, ref.name, slug, decoded.text, job, decoded.encoding, decoded)

    return _guarded(seq, ref.name, slug, work)


def render_record(job: ReviewJob, item: tuple[int, Any, str]) -> Rendered:
    """One NDJSON record (in a worker): its text field, cleaned and rendered."""
    from ..stream import line_text

    seq, rec, slug = item
    name = f"{rec.name}:{rec.line}"
    return _guarded(seq, name, slug, lambda: _render(seq, name, slug, line_text(rec, job.text_field), job, "utf-8"))


@dataclass(frozen=True)
class Written:
    """Event: a page was written (``summary`` is its index row)."""

    summary: DocSummary


class SiteWriter:
    """Writes pages as they come, each once its successor is known; the index at the end."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._rows: dict[int, DocSummary] = {}
        self._pending: tuple[int, Rendered, str | None, str | None] | None = None
        self._last: tuple[str, str] | None = None  # (slug, name) of the previous page

    @property
    def rows(self) -> list[DocSummary]:
        """The index rows so far, in input order."""
        return [self._rows[k] for k in sorted(self._rows)]

    def fail(self, seq: int, name: str, reason: str) -> None:
        """An input that never reached a worker (missing, unreadable): a row that says why."""
        self._rows[seq] = failed(name, reason)

    def add(self, r: Rendered) -> list[Problem]:
        """Record ``r``'s index row; write its JSON now and the page before it."""
        self._rows[r.seq] = r.summary
        if r.body is None:
            return []
        problems = self._write(f"{r.slug}.json", r.json or "", r.seq)
        if self._pending is not None:
            problems += self._flush(next_page=r)
        prev = self._last
        self._pending = (r.seq, r, prev[0] if prev else None, prev[1] if prev else None)
        self._last = (r.slug, r.name)
        return problems

    def close(self, title: str = "Bulletin review") -> list[Problem]:
        """Write the last page and the index."""
        problems = self._flush(next_page=None) if self._pending is not None else []
        target = self.out_dir / INDEX
        try:
            write_atomic(target, render_index(self.rows, title), make_parents=True)
        except OSError as exc:
            problems.append(Problem(str(target), f"cannot write ({exc.strerror or exc})", 3))
        return problems

    def _flush(self, next_page: Rendered | None) -> list[Problem]:
        assert self._pending is not None
        row, r, prev, prev_name = self._pending
        self._pending = None
        nav = Nav(
            index=f"../{INDEX}",
            prev=f"{prev}.html" if prev else None, prev_name=prev_name,
            next=f"{next_page.slug}.html" if next_page else None, next_name=next_page.name if next_page else None,
            json=f"{r.slug}.json",
        )
        assert r.body is not None
        return self._write(f"{r.slug}.html", assemble(r.body, nav), row)

    def _write(self, filename: str, data: str, row: int) -> list[Problem]:
        target = self.out_dir / DOCS_DIR / filename
        try:
            write_atomic(target, data, make_parents=True)
        except OSError as exc:
            reason = f"cannot write ({exc.strerror or exc})"
            self._rows[row] = failed(self._rows[row].name, f"{target}: {reason}")
            return [Problem(str(target), reason, 3)]
        return []


def _check_arguments(paths: list[str], out_dir: Path, glob: str, input_format: str,
                     text_field: str) -> list[InputRef | Problem]:
    """The inputs :func:`build` will read, once the arguments are known to work.

    Raises :class:`UsageError` before anything is read, so a batch that
    cannot work ('-' twice; an output folder that is a file) writes nothing.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"-o {out_dir}: exists and is not a folder")
    if not text_field:
        raise UsageError("--text-field must not be empty")
    stream = input_format == "jsonl"
    found = list(expand(paths, "*.jsonl" if stream and glob == "*.txt" else glob))
    if sum(1 for x in found if isinstance(x, InputRef) and x.path is None) > 1:
        raise UsageError("'-' (stdin) may be given only once")
    return found


class _Feed:
    """The work items of a batch, numbered and named in input order, for the ordered map.

    The items are generated lazily, as the map pulls them, so page names
    (``slug_for``) are given in input order whatever ``--jobs`` is.  An input
    refused before it reaches a worker (missing, unreadable) gets its index
    row at once and its problem in :attr:`early`, which :func:`build` yields
    before the next result, so problems are reported in input order.
    """

    def __init__(self, found: list[InputRef | Problem], writer: SiteWriter, n_jobs: int) -> None:
        self.found = found
        self.writer = writer
        self.n_jobs = n_jobs
        self.early: list[Problem] = []
        self._used: set[str] = {INDEX[:-5]}
        self._counter = iter(range(1 << 62))

    def _refuse(self, name: str, reason: str, code: int = 3) -> None:
        self.early.append(Problem(name, reason, code))
        self.writer.fail(next(self._counter), name, reason)

    def files(self) -> Iterator[tuple[int, InputRef, str, bytes | None]]:
        """One item per text input; stdin is read here when workers cannot read it."""
        for x in self.found:
            if isinstance(x, Problem):
                self._refuse(x.name, x.reason, x.exit_code)
                continue
            slug = slug_for(str(x.relative) if x.path is not None else "stdin", self._used)
            data = None
            if x.path is None and self.n_jobs > 1:  # a worker cannot read our stdin
                try:
                    data = read_bytes(x)
                except BulletinError as exc:
                    self._refuse(x.name, str(exc), exc.exit_code)
                    continue
            yield next(self._counter), x, slug, data

    def records(self) -> Iterator[tuple[int, Any, str]]:
        """One item per NDJSON record of every input, read in this process."""
        import sys

        from ..stream import read_records

        for x in self.found:
            if isinstance(x, Problem):
                self._refuse(x.name, x.reason, x.exit_code)
                continue
            if x.path is None:
                records: Iterable[Any] = read_records(sys.stdin.buffer, STDIN)
                for rec in records:
                    yield next(self._counter), rec, slug_for(f"stdin-{rec.line}", self._used)
                continue
            try:
                fh = open(x.path, "rb")
            except OSError as exc:
                self._refuse(x.name, f"cannot read ({exc.strerror or exc})")
                continue
            with fh:
                for rec in read_records(fh, x.name):
                    yield next(self._counter), rec, slug_for(f"{x.relative}-{rec.line}", self._used)


def _events(results: Iterable[Rendered], feed: _Feed, writer: SiteWriter,
            title: str) -> Iterator[Rendered | Problem | Written]:
    """Write each result as it comes; yield it, its problems and the feed's, in input order."""
    early = feed.early
    for r in results:
        while early:  # problems met while feeding the map, in order
            yield early.pop(0)
        yield r
        if r.problem is not None:
            yield r.problem
        yield from writer.add(r)
        if r.body is not None:
            yield Written(r.summary)
    while early:
        yield early.pop(0)
    yield from writer.close(title)


def build(paths: list[str], out_dir: Path, *, options: Any, glob: str = "*.txt", encoding: str | None = None,
          jobs: int | None = None, input_format: str = "text", text_field: str = "text",
          title: str = "Bulletin review") -> Iterator[Rendered | Problem | Written]:
    """Build the site; yields each input's outcome and every problem (input or output) as it happens.

    Raises :class:`UsageError` before reading anything when the arguments
    cannot work ('-' twice; an output folder that is a file).
    """
    from ..parallel import default_jobs, ordered_map, picklable_options, warm_up

    found = _check_arguments(paths, out_dir, glob, input_format, text_field)
    stream = input_format == "jsonl"
    writer = SiteWriter(out_dir)
    n_jobs = max(1, jobs or default_jobs(len(found) > 1 or stream))
    job = ReviewJob(picklable_options(options) if n_jobs > 1 else options, encoding, text_field)
    feed = _Feed(found, writer, n_jobs)
    if n_jobs > 1:
        warm_up("jsonl")
    results = ordered_map(render_record, job, feed.records(), n_jobs) if stream \
        else ordered_map(render_file, job, feed.files(), n_jobs, chunk_items=4)
    yield from _events(results, feed, writer, title)
