#!/usr/bin/env python3
"""Score a sibling set (several real pages of each site) with and without a site profile.

Usage::

    python benchmarks/evaluate_sites.py DIR [DIR ...] [--json]

The folders hold pages and gold records as for ``evaluate_real.py``
(``ID.txt``, ``ID.gold.json``, ``ID.lines.tsv``), several pages per domain.
For each site with at least ``site_profile.MIN_PROFILE_PAGES`` pages, two
profiles are built and each page is scored three times:

* **alone**: no profile (what every other benchmark measures);
* **batch**: the profile of all the site's pages, the page included (an
  editor's folder of one site: ``bulletin profile pages/`` then
  ``bulletin clean pages/ --site-profile …``);
* **new page**: the profile of the site's *other* pages only (a pipeline that
  learnt the profile once and meets a page it was not built from); only for
  sites with one page more than a profile needs.

It prints, per field and for the chrome and body lines, the three scores side
by side. Counts only: no page text.

Why: one page per site, as the real-page sets hold, cannot show what several
pages of a site show; this is the measurement for ``--site-profile``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import evaluate_real as er  # noqa: E402

from bulletin_tools.pipeline import Options  # noqa: E402
from bulletin_tools.site_profile import MIN_PROFILE_PAGES, SiteProfile, build_profile  # noqa: E402

MODES = ("alone", "batch", "new page")


def _text(page: er.Page) -> str:
    return page.txt.read_bytes().decode("utf-8", "replace")


def profiles(pages: list[er.Page]) -> tuple[dict[str, list[er.Page]], dict[str, SiteProfile], dict[str, SiteProfile]]:
    """The sites with enough pages, their batch profiles, and per page the profile of the site's other pages."""
    by_site: dict[str, list[er.Page]] = defaultdict(list)
    for page in pages:
        by_site[page.domain].append(page)
    sites = {d: ps for d, ps in sorted(by_site.items()) if len(ps) >= MIN_PROFILE_PAGES}
    batch = {d: build_profile(_text(p) for p in ps) for d, ps in sites.items()}
    others = {p.id: build_profile(_text(q) for q in ps if q is not p)
              for ps in sites.values() if len(ps) > MIN_PROFILE_PAGES for p in ps}
    return sites, batch, others


def score(pages: list[er.Page]) -> dict:
    sites, batch, others = profiles(pages)
    chosen = [p for ps in sites.values() for p in ps]
    loo = [p for p in chosen if p.id in others]
    for p in chosen:
        p.side = "tune"  # (one report per mode: the side is not what is compared here)
    runs = {
        "alone": er.evaluate(chosen)["tune"],
        "batch": er.evaluate(chosen, lambda p: Options(site_profile=batch[p.domain]))["tune"],
        "new page": er.evaluate(loo, lambda p: Options(site_profile=others[p.id]))["tune"],
        "alone (new-page set)": er.evaluate(loo)["tune"],
    }
    return {
        "sites": len(sites), "pages": len(chosen), "new-page pages": len(loo),
        "profile lines per site": {d: len(p.lines) for d, p in batch.items()},
        "fields": {mode: dict(rep.field_totals()) for mode, rep in runs.items()},
        "lines": {mode: dict(rep.line_totals()) for mode, rep in runs.items()},
        "overall": {mode: rep.overall() for mode, rep in runs.items()},
    }


def _cell(pair) -> str:
    ok, total = pair
    return f"{ok}/{total}" if total else "-"


def render(result: dict) -> str:
    out = [f"{result['sites']} sites, {result['pages']} pages ({result['new-page pages']} on sites with a page to spare)"]
    lines_per_site = sorted(result["profile lines per site"].values())
    out.append(f"profile lines per site: {lines_per_site}")
    cols = ("alone", "batch", "alone (new-page set)", "new page")
    out.append("  " + "field".ljust(32) + "".join(c.rjust(22) for c in cols))
    families = sorted({f for mode in result["fields"].values() for f in mode})
    for f in families:
        out.append("  " + f.ljust(32) + "".join(_cell(result["fields"][c].get(f, (0, 0))).rjust(22) for c in cols))
    for f in sorted({f for mode in result["lines"].values() for f in mode}):
        out.append("  " + f.ljust(32) + "".join(_cell(result["lines"][c].get(f, (0, 0))).rjust(22) for c in cols))
    out.append("  " + "OVERALL (fields)".ljust(32) + "".join(_cell(result["overall"][c]).rjust(22) for c in cols))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    pages = er.find_pages(args.dirs, {})
    result = score(pages)
    print(json.dumps(result, indent=1) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
