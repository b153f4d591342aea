"""``bulletin review``: pages built from the document model, escaping, the batch and its bad inputs.

These need no browser; tests/test_review_browser.py checks the same site in Chromium.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bulletin_tools import clean_bytes, to_json_dict
from bulletin_tools.cli import app
from bulletin_tools.model import Block, Bulletin, Finding, Fix, Footer, Metadata, RecordNumber, Section, TextPart
from bulletin_tools.review.index import render_index, summarize
from bulletin_tools.review.page import Nav, assemble, render_body
from bulletin_tools.review.site import slug_for
from conftest import SAMPLES, SEED
from review_helpers import fix_ids, json_part_count, panes, parse, part_ids

runner = CliRunner()
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
BIDI = "\u202e\u2066\u200f"


def page_for(path: Path) -> tuple[str, dict]:
    data = path.read_bytes()
    doc = clean_bytes(data, input=str(path))
    from bulletin_tools.batch import InputRef, load_text

    text = load_text(InputRef(str(path), path), None, None).text
    html = assemble(render_body(text, doc, str(path)), Nav(index="../index.html"))
    return html, to_json_dict(doc)


# ---------------------------------------------------------------------------
# the page shows exactly the model's parts and fixes


@pytest.mark.parametrize("path", [SEED, *SAMPLE_FILES], ids=lambda p: p.stem[:40])
def test_every_json_part_is_tinted_in_both_panes_and_every_fix_marked(path):
    if not path.exists():
        pytest.skip("../shared/seeds is not present")
    html, data = page_for(path)
    source, result = panes(html)
    expected = json_part_count(data)
    assert len(part_ids(source)) == expected
    assert part_ids(result) == part_ids(source)
    everything = set(range(len(data["fixes"])))
    assert fix_ids(source) == everything
    assert fix_ids(result) == everything
    assert html.count('class="finding ') == len(data["findings"])


def test_seed_title_completion_shows_added_words_and_their_source():
    if not SEED.exists():
        pytest.skip("../shared/seeds is not present")
    html, data = page_for(SEED)
    fix = next(f for f in data["fixes"] if f["rule"] == "truncated-title")
    added = fix["after"][len(fix["before"]):]
    n = data["fixes"].index(fix)
    source, result = panes(html)
    assert f'<ins class="fx" data-fix="{n}"' in source
    assert re.search(rf'<ins class="fx" data-fix="{n}"[^>]*>{re.escape(added)}</ins>', result)
    # the words are marked where they came from: a body block, linked from the fix
    mark = re.search(rf'<mark class="ev" id="ev-{n}"[^>]*>([^<]*)</mark>', result)
    assert mark and mark.group(1) == added.strip()
    assert f'href="#ev-{n}"' in source


def test_invisible_characters_are_shown_by_name():
    if not SEED.exists():
        pytest.skip("../shared/seeds is not present")
    html, data = page_for(SEED)
    assert any(f["before"] == "\u00a0" for f in data["fixes"])
    assert '<span class="inv" title="U+00A0 no-break space">NBSP</span>' in html
    assert "\u00a0" not in panes(html)[0]


# ---------------------------------------------------------------------------
# escaping: hostile input in every field

HOSTILE = '<script>alert("x")</script> & "q" \'s\' <img src=x onerror=alert(1)> ' + BIDI + " end"


def hostile(n: int) -> str:
    """The hostile text, tagged with a field number so each field can be found on the page."""
    return f"{HOSTILE} #{n}#"


def hostile_doc() -> tuple[str, Bulletin]:
    h = hostile
    lines = [f"Home > {h(0)}", f"Title {h(0)}", f"Author: {h(0)}", f"Summary: {h(0)}", f"Heading {h(0)}",
             f"Para {h(0)}", f"Foot {h(0)}"]
    text = "\n".join(lines) + "\n"
    starts = [text.index(line) for line in lines]
    span = [(s, s + len(line)) for s, line in zip(starts, lines)]
    doc = Bulletin(
        input=h(1), encoding=h(2), language=h(3), breadcrumb=("Home", h(4)),
        title=TextPart(h(5), h(6), True, True, span[1]),
        metadata=Metadata(source=h(7), author=h(8), editor=h(9), date=h(10), time=h(11), views=7,
                          extra={h(12): h(13)}, span=span[2]),
        description=TextPart(h(14), h(15), False, False, span[3]),
        sections=(Section(h(16), True, (span[4][0], span[5][1]),
                          (Block("paragraph", h(17), span[5]), Block("item", h(18), span[5]))),),
        footer=Footer(address=h(19), phone=h(20), postcode=h(21), email=h(22), copyright=h(23), sponsor=h(24),
                      icp=RecordNumber(h(25), h(26), h(27)), public_security=h(28), extra={h(29): [h(30), h(31)]},
                      lines=(h(32), h(33)), span=span[6]),
        fixes=(Fix(h(34), h(35), h(17), span[5]), Fix(h(36), h(37), "", span[0]),
               Fix("truncated-title", h(38), h(38) + " more " + h(39), span[1])),
        findings=(Finding(h(40), h(41), h(42), 1, span[5]), Finding("x", "warning", h(43), 1, span[2])),
    )
    return text, doc


#: fields the page does not show as such: the originals (a fix shows what was replaced)
NOT_SHOWN = {6, 15}


def assert_inert(html: str, script_count: int = 1) -> None:
    """No markup came from the data: our own tags only, no handlers, no bidi controls, no URL schemes."""
    tags = parse(html)
    assert sum(1 for t, _ in tags.tags if t == "script") == script_count
    assert not [t for t, _ in tags.tags if t in ("img", "iframe", "object", "embed", "base", "link", "form") and t != "form"]
    for tag, attrs in tags.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert name != "src", (tag, name)
            if name == "href" and value:
                assert not re.match(r"\s*[a-z]+:", value, re.I) or value.startswith("http://www.w3.org/"), value
    for ch in BIDI:
        assert ch not in html
    assert "<script>alert" not in html
    assert "onerror=alert" not in html or "onerror=alert(1)&gt;" in html


def test_hostile_text_in_every_field_of_the_model_is_escaped():
    text, doc = hostile_doc()
    body = render_body(text, doc, hostile(1))
    html = assemble(body, Nav(index="../index.html", prev="a.html", prev_name=hostile(44), next="b.html",
                              next_name=hostile(45), json="x.json"))
    assert_inert(html)
    index = render_index([summarize(doc, hostile(1), "docs/x.html")], title=hostile(46))
    assert_inert(index)
    shown = "".join(parse(html).text) + "".join(parse(index).text)
    attrs = " ".join(str(v) for _, a in parse(html).tags + parse(index).tags for v in a.values())
    prefix = HOSTILE.split(BIDI)[0]
    for n in range(47):
        if n in NOT_SHOWN:
            continue
        # shown as text (the bidi controls as visible badges), or, for link titles, as an escaped attribute
        as_text = f"{prefix}U+202EU+2066U+200F end #{n}#"
        as_attr = f"{prefix}\\u202e\\u2066\\u200f end #{n}#"
        assert as_text in shown or as_attr in attrs, n


def test_hostile_text_through_the_pipeline_is_escaped():
    h = HOSTILE
    raw = (f"Position: Home > {h}\n\n{h} notice\n\nAuthor: {h}  Release time: 2024-01-02\n\n"
           f"Summary: {h}\n\nFirst {h}.\n\nOne is {h} cadres cadres.\n\nCopyright {h}\n").encode("utf-8")
    doc = clean_bytes(raw, input=h)
    text = raw.decode("utf-8")
    assert_inert(assemble(render_body(text, doc, h), Nav(index="../index.html")))
    assert_inert(render_index([summarize(doc, h, "docs/x.html")], title=h))


def test_hostile_file_name_becomes_a_safe_page_name():
    used: set[str] = set()
    slug = slug_for('dir/<script>"a"&' + BIDI + ".txt", used)
    assert re.fullmatch(r"[A-Za-z0-9._-]+", slug)
    assert slug_for('dir/<script>"a"&' + BIDI + ".txt", used) == slug + "-2"
    assert slug_for("A.txt", used) != slug_for("a.txt", used)  # case-insensitive file systems


# ---------------------------------------------------------------------------
# the command


def build(tmp_path: Path, *inputs: str, extra: tuple[str, ...] = ()):
    out = tmp_path / "site"
    result = runner.invoke(app, ["review", *inputs, "-o", str(out), "--jobs", "1", *extra])
    return result, out


def test_review_writes_index_and_linked_pages(tmp_path):
    files = [str(p) for p in SAMPLE_FILES[:3]]
    result, out = build(tmp_path, *files)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    index = (out / "index.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'<td class="name" data-v="[^"]*"><a href="([^"]+)"', index)
    assert len(hrefs) == 3
    pages = [out / h for h in hrefs]
    assert all(p.exists() for p in pages)
    # next/previous follow the index order; the ends have no link
    htmls = [p.read_text(encoding="utf-8") for p in pages]
    assert 'rel="prev"' not in htmls[0] and f'href="{pages[1].name}" rel="next"' in htmls[0]
    assert f'href="{pages[0].name}" rel="prev"' in htmls[1] and f'href="{pages[2].name}" rel="next"' in htmls[1]
    assert 'rel="next"' not in htmls[2]
    # the JSON beside each page is the JSON output
    for p, f in zip(pages, files):
        assert json.loads(p.with_suffix(".json").read_text(encoding="utf-8")) == json.loads(
            runner.invoke(app, ["segment", f]).stdout)
    for html in htmls + [index]:
        assert "Content-Security-Policy" in html
        assert not re.search(r'\s(src|href)="(https?:)?//', html)
        assert "@import" not in html and "url(" not in html


def test_bad_inputs_get_one_line_exit_3_and_an_index_row(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = SAMPLE_FILES[0]
    result, out = build(tmp_path, str(binary), str(good), str(empty))
    assert result.exit_code == 3
    clean = runner.invoke(app, ["clean", str(binary), str(empty)])
    assert clean.exit_code == 3
    errors = [line for line in result.stderr.splitlines() if not line.startswith("bulletin: review site")
              and "processed" not in line]
    assert errors == [line for line in clean.stderr.splitlines() if "processed" not in line]
    assert len(errors) == 2 and "Traceback" not in result.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r"<tr class=\"([a-z-]+)\".*?</tr>", index)
    assert rows == ["failed", "clean" if "clean" in rows[1] else rows[1], "failed"]
    for line in errors:
        reason = line.split(": ", 2)[2]
        assert reason in index
    assert not (out / "docs" / "photo.html").exists()


def test_rerun_replaces_pages_atomically(tmp_path):
    result, out = build(tmp_path, str(SAMPLE_FILES[0]))
    assert result.exit_code == 0
    page = next((out / "docs").glob("*.html"))
    page.write_text("stale", encoding="utf-8")
    os.chmod(page, 0o640)
    result, out = build(tmp_path, str(SAMPLE_FILES[0]))
    assert result.exit_code == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (page.stat().st_mode & 0o777) == 0o640  # replaced in place, mode kept
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_site_files_get_the_usual_mode(tmp_path):
    old = os.umask(0o022)
    try:
        result, out = build(tmp_path, str(SAMPLE_FILES[0]))
    finally:
        os.umask(old)
    assert result.exit_code == 0
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) == 3  # index, page, JSON
    assert {p.stat().st_mode & 0o777 for p in files} == {0o644}


def test_output_folder_that_is_a_file_is_a_usage_error(tmp_path):
    target = tmp_path / "site"
    target.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["review", str(SAMPLE_FILES[0]), "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("bulletin: error: -o")


def test_jsonl_records_each_get_a_page_and_a_bad_one_a_row(tmp_path):
    text = SAMPLE_FILES[0].read_text(encoding="utf-8")
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": 1, "text": text}) + "\n" + "{not json\n"
                       + json.dumps({"id": 3, "text": text}) + "\n", encoding="utf-8")
    result, out = build(tmp_path, str(records), extra=("--input-format", "jsonl"))
    assert result.exit_code == 3
    assert f"{records}:2: not JSON" in result.stderr
    pages = sorted((out / "docs").glob("*.html"))
    assert len(pages) == 2
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count('<tr class="failed"') == 1


def test_stdin_input(tmp_path):
    out = tmp_path / "site"
    result = runner.invoke(app, ["review", "-", "-o", str(out)], input=SAMPLE_FILES[0].read_bytes())
    assert result.exit_code == 0, result.output
    assert (out / "docs" / "stdin.html").exists()


def test_parallel_build_matches_serial(tmp_path):
    files = [str(p) for p in SAMPLE_FILES[:6]] + [str(tmp_path / "missing.txt")]
    one = runner.invoke(app, ["review", *files, "-o", str(tmp_path / "a"), "--jobs", "1"])
    two = runner.invoke(app, ["review", *files, "-o", str(tmp_path / "b"), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 2  # a missing path is a usage error, as for clean
    for p in (tmp_path / "a").rglob("*.*"):
        assert p.read_bytes() == (tmp_path / "b" / p.relative_to(tmp_path / "a")).read_bytes(), p


def test_completed_heading_shows_its_added_words_at_the_heading_not_the_section_end():
    path = SAMPLES / "s109-party-building-work-heading-cut-and-improve-the.txt"
    html, data = page_for(path)
    n, fix = next((i, f) for i, f in enumerate(data["fixes"]) if f["rule"] == "truncated-heading")
    added = re.escape(fix["after"][len(fix["before"]):])
    source, result = panes(html)
    # the fix holds the heading as printed; the section holds its number apart (marker)
    heading = next(k for k, s in enumerate(data["sections"], start=1)
                   if s["heading"] and (s.get("marker") or "") + s["heading"] in (fix["after"], fix["after"].strip()))
    # source: inside the heading's run, not after the section's last paragraph
    start = source.index(f'data-part="s{heading}-h"')
    run = source[start:source.index("</div>", start)]  # the heading's line
    assert "data-part=" not in run[len("data-part="):].split(f'data-fix="{n}"')[0]
    assert re.search(rf'<ins class="fx" data-fix="{n}"[^>]*>{added}</ins>', run)
    assert re.search(rf'<h2 class="pt k-heading" data-part="s{heading}-h"[^>]*>[^<]*<ins class="fx" data-fix="{n}"', result)
    assert f'<mark class="ev" id="ev-{n}"' in result


def test_a_guessed_encoding_is_a_finding_on_the_review_page_too(tmp_path):
    """The review decodes a file itself; its page and JSON carry the same findings as `segment`."""
    src = tmp_path / "gbk-notice.txt"
    src.write_bytes("Town notice\n\n作者：小编  来源：本站原创\n\nThe town held a meeting on the work of the year, "
                    "and the heads of the villages reported on their plans.\n".encode("gbk"))
    out = tmp_path / "site"
    result = CliRunner().invoke(app, ["review", str(src), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    page_json = json.loads((out / "docs" / "gbk-notice.json").read_text(encoding="utf-8"))
    expected = to_json_dict(clean_bytes(src.read_bytes(), input=str(src)))
    assert [f["code"] for f in page_json["findings"]] == [f["code"] for f in expected["findings"]]
    assert "encoding-guessed" in [f["code"] for f in page_json["findings"]]
