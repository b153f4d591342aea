"""A site's profile: the frame lines learnt from several pages of one site
(bulletin_tools/site_profile.py, `bulletin profile`, `--site-profile`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bulletin_tools.pipeline import Options, clean_text
from bulletin_tools.site_profile import (MIN_PROFILE_PAGES, ProfileError, SiteProfile, build_profile, dump_profile,
                                         load_profile)

STORIES = [
    ("Dongpo Township Repairs the Old River Dyke",
     "The township repaired two kilometres of the old dyke along the river this week, before the summer floods."),
    ("Hexi Opens a Library in Its Mountain Villages",
     "The county opened a library branch in Dongpo village on Monday, the first of six planned in the hills."),
    ("Lanxi Holds Its Spring Tea Fair",
     "The county held its spring tea fair on Saturday, with growers from nine townships showing their teas."),
    ("Xishan Volunteers Clear the Irrigation Canals",
     "Volunteers cleared the irrigation canals of Xishan township on Sunday, before the rice is planted in April."),
]


def _page(k: int, title: str, text: str) -> str:
    return (f"Lanxi County Portal\nServing the people of Lanxi\n\n{title}\n\n"
            f"Release time: 2025-04-0{k + 1}   Source: Lanxi Daily\n\n{text}\n\n"
            "Suggest to a Friend:\nScan the code to follow us\n\nCopyright © 2025 Lanxi County People's Government\n")


PAGES = [_page(k, t, x) for k, (t, x) in enumerate(STORIES)]
FRAME = {"Lanxi County Portal", "Serving the people of Lanxi", "Suggest to a Friend:", "Scan the code to follow us"}


def test_the_lines_most_pages_print_are_the_profile():
    profile = build_profile(PAGES)
    assert profile.pages == 4
    assert set(profile.shown.values()) == FRAME
    assert all(n == 4 for n in profile.lines.values())


def test_label_rows_and_footer_rows_are_never_frame_however_often_printed():
    shown = set(build_profile(PAGES).shown.values())
    assert not any(s.startswith(("Release time", "Copyright")) for s in shown)


def test_a_line_on_fewer_than_min_pages_or_half_the_pages_is_not_frame():
    assert MIN_PROFILE_PAGES == 3
    assert build_profile(PAGES[:2]).lines == {}  # two pages share lines by chance
    extra = [PAGES[0].replace("Suggest to a Friend:", "Read the county's yearbook online")]
    others = [_page(k, f"Story {k} of the Valley Villages", f"Work of week {k} went on in the valley villages "
                    "of the county, the office said on its page.") for k in range(4, 8)]
    profile = build_profile(extra + PAGES[1:] + others)
    assert "read the county's yearbook online" not in profile.lines  # on 1 of 8 pages


def test_the_same_article_twice_counts_once():
    twice = [PAGES[0], PAGES[0].replace("Lanxi County Portal", "Lanxi News Mirror"), PAGES[1]]
    profile = build_profile(twice)
    assert profile.pages == 2 and profile.lines == {}


def test_a_profile_removes_its_lines_as_chrome_saying_why():
    profile = build_profile(PAGES)
    doc = clean_text(PAGES[2], options=Options(site_profile=profile))
    removed = {f.before: f.why for f in doc.fixes if f.rule in ("chrome", "furniture")}
    assert set(removed) == FRAME  # (`Scan the code …`: the vocabulary's furniture already)
    assert removed["Suggest to a Friend:"] == "printed on 4 of the 4 pages of the site profile"
    assert doc.title.text == STORIES[2][0]
    assert [b.text for s in doc.sections for b in s.blocks] == [STORIES[2][1]]
    assert doc.metadata.source == "Lanxi Daily" and doc.footer.lines


def test_without_a_profile_the_widget_lines_stay_in_the_text():
    doc = clean_text(PAGES[2])
    assert "Suggest to a Friend:" in [b.text for s in doc.sections for b in s.blocks]


def test_skip_chrome_keeps_the_profiles_lines_too():
    doc = clean_text(PAGES[2], options=Options(site_profile=build_profile(PAGES), skip=frozenset({"chrome"})))
    assert "Suggest to a Friend:" in [b.text for s in doc.sections for b in s.blocks]


def test_a_profile_line_the_pages_prose_repeats_is_kept():
    # a site's "top story" box prints one headline on every page: on the story's own page it is the headline
    profile = SiteProfile(5, {"lanxi holds its spring tea fair": 5})
    doc = clean_text(PAGES[2], options=Options(site_profile=profile))
    assert doc.title.text == STORIES[2][0]


def test_a_profile_round_trips_through_its_file(tmp_path):
    profile = build_profile(PAGES)
    path = tmp_path / "site.json"
    path.write_text(dump_profile(profile), encoding="utf-8")
    again = load_profile(path)
    assert again == profile and dict(again.shown) == dict(profile.shown)
    rows = json.loads(path.read_text(encoding="utf-8"))["lines"]
    assert {r["text"] for r in rows} == FRAME  # as printed, for the editor
    assert len(path.read_text(encoding="utf-8").splitlines()) == 9 + len(FRAME)  # one line per entry


@pytest.mark.parametrize("content, reason", [
    ("{not json", "not a JSON file"),
    ('{"format": "other"}', "not a site profile"),
    ('{"format": "bulletin-site-profile", "version": 9, "pages": 3, "lines": []}', "version 9"),
    ('{"format": "bulletin-site-profile", "version": 1, "pages": 3, "lines": [{"text": 5}]}', '"lines" a list'),
])
def test_a_bad_profile_file_is_refused_with_its_reason(tmp_path, content, reason):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProfileError, match=reason):
        load_profile(path)


def _bulletin(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "bulletin_tools", *args], capture_output=True, text=True, cwd=cwd,
                          env=env)


def test_the_cli_learns_a_profile_and_cleans_with_it(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for k, page in enumerate(PAGES):
        (site / f"p{k}.txt").write_text(page, encoding="utf-8")
    made = _bulletin("profile", str(site), "-o", "site.json", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "4 frame lines from 4 pages" in made.stderr
    out = _bulletin("segment", str(site / "p1.txt"), "--site-profile", "site.json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert {f["before"] for f in doc["fixes"] if f["rule"] in ("chrome", "furniture")} == FRAME


def test_the_cli_refuses_a_missing_profile_and_a_single_page(tmp_path):
    (tmp_path / "p.txt").write_text(PAGES[0], encoding="utf-8")
    missing = _bulletin("clean", "p.txt", "--site-profile", "nowhere.json", cwd=tmp_path)
    assert missing.returncode == 2 and "--site-profile nowhere.json:" in missing.stderr
    assert "Traceback" not in missing.stderr
    alone = _bulletin("profile", "p.txt", cwd=tmp_path)
    assert alone.returncode == 2 and "needs several pages of one site" in alone.stderr


def test_the_profile_command_reads_a_jsonl_stream_and_reports_a_bad_record(tmp_path):
    rows = [json.dumps({"text": p}) for p in PAGES] + ["{broken", json.dumps({"body": PAGES[0]})]
    (tmp_path / "site.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    made = _bulletin("profile", "site.jsonl", "--input-format", "jsonl", "-o", "site.json", cwd=tmp_path)
    assert made.returncode == 3 and "site.jsonl:5:" in made.stderr  # the batch goes on; exit 3 at the end
    assert "site.jsonl:6: no 'text' field" in made.stderr and "Traceback" not in made.stderr  # one line, as `clean` says it
    assert len(json.loads((tmp_path / "site.json").read_text(encoding="utf-8"))["lines"]) == len(FRAME)


def test_the_profile_command_refuses_parquet(tmp_path):
    refused = _bulletin("profile", "shards/", "--input-format", "parquet", cwd=tmp_path)
    assert refused.returncode == 2 and "text files or jsonl streams" in refused.stderr


def test_a_profile_reaches_every_worker_process(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for k, page in enumerate(PAGES):
        (site / f"p{k}.txt").write_text(page, encoding="utf-8")
    assert _bulletin("profile", str(site), "-o", "site.json", cwd=tmp_path).returncode == 0
    run = _bulletin("clean", str(site), "--site-profile", "site.json", "--jobs", "2", "-f", "json", "--out-dir", "out",
                    cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    for k in range(len(PAGES)):
        doc = json.loads((tmp_path / "out" / f"p{k}.json").read_text(encoding="utf-8"))
        assert "Suggest to a Friend:" in {f["before"] for f in doc["fixes"] if f["rule"] == "chrome"}
