"""``bulletin review`` in a real browser: Debian's headless Chromium driven by Playwright.

Never a downloaded browser: Playwright is pointed at the system Chromium
(``/usr/bin/chromium``, or ``$BULLETIN_CHROMIUM``).  Without Chromium or the
``playwright`` package (the ``review`` extra) these tests skip with the
reason; with ``BULLETIN_REQUIRE_BROWSER=1`` (set by ``.ci/run``) they fail
instead, so CI cannot pass them silently.

The site is served by a local static server and every request is
intercepted: the page documents the tests open are let through, anything
else (a script, style, font, image, fetch) is aborted and fails the test.
Console errors and page errors fail the test too.  Screenshots of a
document page and the index go to ``test-artifacts/`` (git-ignored).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bulletin_tools import clean_bytes, to_json_dict
from bulletin_tools.cli import app
from conftest import ROOT, SAMPLES, SEED
from review_helpers import json_part_count

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
#: every Nth sample is opened in the browser (with the seed): a batch across the sample kinds
SAMPLE_STRIDE = 10
#: WCAG AA for normal text
MIN_CONTRAST = 4.5


def _chromium() -> str | None:
    for candidate in (os.environ.get("BULLETIN_CHROMIUM"), shutil.which("chromium"),
                      shutil.which("chromium-browser"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def _unavailable(reason: str):
    if os.environ.get("BULLETIN_REQUIRE_BROWSER"):
        pytest.fail(f"browser tests required (BULLETIN_REQUIRE_BROWSER) but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[review]')")
    executable = _chromium()
    if executable is None:
        _unavailable("no Chromium found (apt-get install chromium, or set BULLETIN_CHROMIUM)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _inputs() -> list[Path]:
    samples = sorted(SAMPLES.glob("*.txt"))[::SAMPLE_STRIDE]
    return ([SEED] if SEED.exists() else []) + samples


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The review site for the seed and every SAMPLE_STRIDE-th sample, and each input's page and JSON."""
    tmp = tmp_path_factory.mktemp("review")
    out = tmp / "site"
    inputs = _inputs()
    broken = tmp / "broken-scan.txt"  # a failed input: a row in the index, no page
    broken.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    result = CliRunner().invoke(app, ["review", *map(str, inputs[:2]), str(broken), *map(str, inputs[2:]),
                                      "-o", str(out), "--quiet"])
    assert result.exit_code == 3, result.output
    assert result.stderr.count("\n") == 1 and str(broken) in result.stderr
    docs = sorted((out / "docs").glob("*.html"))
    assert len(docs) == len(inputs)
    pages = {}
    for path in inputs:
        data = to_json_dict(clean_bytes(path.read_bytes(), input=str(path)))
        stem = path.stem
        page = next(d for d in docs if d.stem == stem)
        pages[path] = (page.relative_to(out).as_posix(), data)
    return out, pages


@pytest.fixture(scope="module")
def server(site):
    out, _ = site
    handler = functools.partial(_QuietHandler, directory=str(out))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest's output clean
        pass


class Watch:
    """What a page did that it must not: requests beyond its documents, console errors."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []

    def route(self, route) -> None:
        req = route.request
        self.requests.append(req.url)
        if req.resource_type == "document" and req.url.startswith(self.base) and req.is_navigation_request():
            route.continue_()
        else:
            self.blocked.append(f"{req.resource_type} {req.url}")
            route.abort()

    def console(self, msg) -> None:
        if msg.type in ("error", "assert"):
            self.errors.append(msg.text)


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    watch = Watch(server)
    context.route("**/*", watch.route)
    pg = context.new_page()
    pg.on("console", watch.console)
    pg.on("pageerror", lambda exc: watch.errors.append(f"page error: {exc}"))
    pg.watch = watch  # type: ignore[attr-defined]
    yield pg
    context.close()
    assert watch.blocked == [], "the page asked for something beyond its own document"
    assert watch.errors == []


def _open(page, server: str, rel: str):
    page.goto(server + rel)
    page.wait_for_load_state("load")


def _in_view(page, selector: str) -> bool:
    """Whether the element is inside the viewport and inside its scrolling pane."""
    return page.eval_on_selector(selector, """el => {
        const r = el.getBoundingClientRect();
        const box = el.closest('.scroll') || document.documentElement;
        const b = box === document.documentElement ? {top: 0, bottom: innerHeight} : box.getBoundingClientRect();
        return r.bottom > Math.max(0, b.top) && r.top < Math.min(innerHeight, b.bottom);
    }""")


# ---------------------------------------------------------------------------


def test_tinted_parts_equal_json_parts(page, server, site):
    _, pages = site
    for path, (rel, data) in pages.items():
        _open(page, server, rel)
        counts = page.evaluate("""() => {
            const ids = sel => new Set([...document.querySelectorAll(sel)].map(e => e.dataset.part));
            const untinted = [...document.querySelectorAll('#source .pt, #result .pt')]
                .filter(e => getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)').length;
            return {source: ids('#source .pt[data-part]').size, result: ids('#result .pt[data-part]').size, untinted};
        }""")
        expected = json_part_count(data)
        assert counts == {"source": expected, "result": expected, "untinted": 0}, path.name
        assert page.locator("ol.findings li").count() == len(data["findings"])


def test_hovering_a_heading_highlights_its_counterpart(page, server, site):
    _, pages = site
    rel = next(rel for rel, data in pages.values() if sum(s["heading"] is not None for s in data["sections"]) >= 2)
    _open(page, server, rel)
    heading = page.locator("#result h2.pt").nth(1)
    part = heading.get_attribute("data-part")
    counterpart = f'#source .pt[data-part="{part}"]'
    assert "hl" not in (page.get_attribute(counterpart, "class") or "")
    heading.hover()
    assert "hl" in page.get_attribute(counterpart, "class").split()
    assert _in_view(page, counterpart)
    # and the other way round, by keyboard focus
    page.locator('#source .pt[data-part="title"]').first.focus()
    assert "hl" in page.get_attribute('#result .pt[data-part="title"]', "class").split()
    assert "hl" not in page.get_attribute(counterpart, "class").split()


def test_clicking_a_finding_scrolls_it_into_view(page, server, site):
    _, pages = site
    rel, data = max(pages.values(), key=lambda v: max((f["line"] for f in v[1]["findings"]), default=0))
    _open(page, server, rel)
    last = page.locator("ol.findings a.find").last
    target = "#" + last.get_attribute("data-line")
    assert not _in_view(page, target), "precondition: the finding's line starts out of view"
    last.click()
    assert _in_view(page, target)
    assert "current" in page.locator("ol.findings li").last.get_attribute("class").split()
    assert page.url.endswith("#f%d" % len(data["findings"]))


def test_index_filter_hides_rows_and_sorting_reorders(page, server, site):
    _open(page, server, "index.html")
    rows = page.locator("#docs tbody tr")
    total = rows.count()
    assert total == len(site[1]) + 1  # and the failed input
    assert page.locator("#docs tbody tr.failed").count() == 1
    page.select_option("#filter-code", page.eval_on_selector("#filter-code", "s => s.options[1].value"))
    code = page.input_value("#filter-code")
    visible = page.eval_on_selector_all("#docs tbody tr:not([hidden])", "rs => rs.map(r => r.dataset.codes)")
    assert 0 < len(visible) < total
    assert all(f" {code} " in codes for codes in visible)
    assert page.locator("#docs tbody tr[hidden]").first.is_hidden()
    assert page.text_content("#shown") == f"{len(visible)} of {total} shown"
    page.select_option("#filter-severity", "error")
    both = page.locator("#docs tbody tr:not([hidden])").count()
    assert both <= len(visible)
    page.click("form.filters button[type=reset]")
    # (a selector count, not wait_for_function: that evaluates a string in the
    # page, which the site's Content-Security-Policy rightly refuses)
    from playwright.sync_api import expect

    expect(page.locator("#docs tbody tr:not([hidden])")).to_have_count(total)
    page.click("#docs thead th:nth-child(6) button")  # Fixes, ascending
    fixes = [int(x) for x in page.eval_on_selector_all("#docs tbody tr td:nth-child(6)", "cs => cs.map(c => c.dataset.v)")]
    assert fixes == sorted(fixes)
    page.click("#docs thead th:nth-child(6) button")  # descending
    fixes = [int(x) for x in page.eval_on_selector_all("#docs tbody tr td:nth-child(6)", "cs => cs.map(c => c.dataset.v)")]
    assert fixes == sorted(fixes, reverse=True)


def test_keyboard_j_k_walk_findings_and_n_p_walk_documents(page, server, site):
    _, pages = site
    order = [rel for rel, _ in pages.values()]
    rel = next(rel for rel, data in list(pages.values())[1:-1] if len(data["findings"]) >= 2)
    _open(page, server, rel)
    current = "ol.findings li.current"
    assert page.locator(current).count() == 0
    page.keyboard.press("j")
    assert page.get_attribute(current, "id") == "f1"
    page.keyboard.press("j")
    assert page.get_attribute(current, "id") == "f2"
    assert _in_view(page, "#" + page.get_attribute(current + " a", "data-line"))
    page.keyboard.press("k")
    assert page.get_attribute(current, "id") == "f1"
    index_rows = _index_order(page, server)
    at = index_rows.index(rel)
    _open(page, server, rel)
    with page.expect_navigation():
        page.keyboard.press("n")
    assert page.url == server + index_rows[at + 1]
    with page.expect_navigation():
        page.keyboard.press("p")
    assert page.url == server + rel
    assert set(order) == set(index_rows)
    # on the index, j/k move through the rows
    _open(page, server, "index.html")
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.getAttribute('href')") == index_rows[1]


def _index_order(page, server) -> list[str]:
    _open(page, server, "index.html")
    return page.eval_on_selector_all("#docs tbody td.name a", "as => as.map(a => a.getAttribute('href'))")


def test_layout_side_by_side_wide_stacked_narrow_and_at_200_percent(browser, server, site):
    _, pages = site
    rel = next(iter(pages.values()))[0]
    geometry = """() => {
        const [a, b] = [...document.querySelectorAll('.pane')].map(p => p.getBoundingClientRect());
        return {side: Math.abs(a.top - b.top) < 2 && b.left >= a.right - 1, stacked: b.top >= a.bottom - 1,
                overflow: document.documentElement.scrollWidth > innerWidth + 1};
    }"""
    for viewport, scale, expect in (({"width": 1280, "height": 720}, 1, "side"),
                                    ({"width": 640, "height": 360}, 2, "stacked"),  # 1280x720 at 200%
                                    ({"width": 380, "height": 800}, 1, "stacked")):
        context = browser.new_context(viewport=viewport, device_scale_factor=scale)
        watch = Watch(server)
        context.route("**/*", watch.route)
        pg = context.new_page()
        pg.goto(server + rel)
        g = pg.evaluate(geometry)
        assert g[expect] and not g["overflow"], (viewport, g)
        if viewport["width"] == 380:
            ARTIFACTS.mkdir(exist_ok=True)
            pg.screenshot(path=str(ARTIFACTS / "review-document-narrow.png"))
        context.close()
        assert watch.blocked == []


def test_part_colours_have_text_labels_and_sufficient_contrast(page, server, site):
    _open(page, server, next(iter(site[1].values()))[0])
    ratios = page.evaluate("""() => {
        const lum = c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(x => x / 255)
            .map(x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));
            return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
        return [...document.querySelectorAll('ul.legend li')].map(li => {
            const s = getComputedStyle(li); const [a, b] = [lum(s.color), lum(s.backgroundColor)];
            return [li.textContent, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
        });
    }""")
    assert len(ratios) >= 9 and all(label.strip() for label, _ in ratios)
    assert all(r >= MIN_CONTRAST for _, r in ratios), ratios
    # every tinted source line says in words what it became
    labels = page.eval_on_selector_all("#source .ln:not(.k-blank) .lab", "ls => ls.map(l => l.textContent.trim())")
    assert labels and all(labels)


def test_opens_from_file_url_without_requests(browser, site):
    out, pages = site
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    pg = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    url = (out / next(iter(pages.values()))[0]).as_uri()
    pg.goto(url)
    pg.keyboard.press("j")
    assert pg.locator("ol.findings li.current").count() == (1 if pg.locator("ol.findings li").count() else 0)
    pg.goto((out / "index.html").as_uri())
    assert requests == [url, (out / "index.html").as_uri()]
    assert errors == []
    context.close()


def test_screenshots_of_a_document_page_and_the_index(page, server, site):
    """Not a check by itself: pictures for a human to look at (test-artifacts/, git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    _, pages = site
    rel = pages[SEED][0] if SEED in pages else next(iter(pages.values()))[0]
    _open(page, server, rel)
    page.screenshot(path=str(ARTIFACTS / "review-document.png"))
    page.locator("#result h2.pt").first.hover()
    page.screenshot(path=str(ARTIFACTS / "review-document-hover.png"))
    _open(page, server, "index.html")
    page.screenshot(path=str(ARTIFACTS / "review-index.png"), full_page=True)
    assert (ARTIFACTS / "review-document.png").stat().st_size > 10_000
    assert (ARTIFACTS / "review-index.png").stat().st_size > 10_000
