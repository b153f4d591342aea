"""Tests for bulletin_tools.repair.records: ICP / public-security / site-code record numbers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.model import WARNING, Edit
from bulletin_tools.repair.base import Context
from bulletin_tools.repair.records import (
    RULES,
    RecordMatch,
    find_records,
    provinces,
    region_evidence,
    region_for_code,
)

from adversarial_inputs import RECORD_TEXTS, Repeat, run_records  # tests/: the inputs and the counted-work check
from conftest import CORPUS  # ../shared/corpus beside the project, never an absolute path
from counted_work import assert_linear
RULE = RULES[0]


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, last = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        assert edit.start >= last, "edits overlap"
        out.append(text[last : edit.start])
        out.append(edit.after)
        last = edit.end
    out.append(text[last:])
    return "".join(out)


def run_rule(text: str) -> tuple[str, list]:
    edits, flags = RULE.apply(text, Context())
    return apply_edits(text, list(edits)), list(flags)


# (line, kind, record, region, mistranslated, ambiguous)
CASES = [
    # Chinese forms, as written
    ("浙ICP备10023456号-1", "icp", "浙ICP备10023456号-1", "Zhejiang", False, False),
    ("京ICP证030173号", "icp-licence", "京ICP证030173号", "Beijing", False, False),
    ("浙公网安备 33078302000214号", "public-security", "浙公网安备 33078302000214号", "Zhejiang", False, False),
    ("浙公网安备33078302000214号", "public-security", "浙公网安备33078302000214号", "Zhejiang", False, False),
    ("网站标识码 3307830011", "site-code", "3307830011", "Zhejiang", False, False),
    ("网站标识码：5325270002", "site-code", "5325270002", "Yunnan", False, False),
    ("Website identification code: 3307830011", "site-code", "3307830011", "Zhejiang", False, False),
    # romanised, already clean
    ("Zhe ICP Bei 13007712 Hao-1", "icp", "浙ICP备13007712号-1", "Zhejiang", False, False),
    ("Su ICP No. 11022334", "icp", "苏ICP备11022334号", "Jiangsu", False, False),
    ("ShangHai ICP NO. 05012345", "icp", "沪ICP备05012345号", "Shanghai", False, False),
    ("Su Gong Wang An Bei 32011502011287", "public-security", "苏公网安备 32011502011287号", "Jiangsu", False, False),
    ("Xin ICP No. 18000738-1", "icp", "新ICP备18000738号-1", "Xinjiang", False, False),
    ("Yue ICP No. 19045520-1", "icp", "粤ICP备19045520号-1", "Guangdong", False, False),
    ("Zhe ICP Zheng 120345 Hao", "icp-licence", "浙ICP证120345号", "Zhejiang", False, False),
    ("Jing ICP Licence No. 030173", "icp-licence", "京ICP证030173号", "Beijing", False, False),
    ("Zhejiang ICP No. 10023456", "icp", "浙ICP备10023456号", "Zhejiang", False, False),
    ("Inner Mongolia ICP No. 15001234", "icp", "蒙ICP备15001234号", "Inner Mongolia", False, False),
    ("Sichuan ICP No. 12345678", "icp", "蜀ICP备12345678号", "Sichuan", False, False),
    ("Shu ICP No. 12345678", "icp", "蜀ICP备12345678号", "Sichuan", False, False),
    ("E ICP Bei 16008812 Hao-3", "icp", "鄂ICP备16008812号-3", "Hubei", False, False),
    ("Gan Gong Wang An Bei 62010202000123", "public-security", "甘公网安备 62010202000123号", "Gansu", False, False),
    ("Gan Gong Wang An Bei 36010202000123", "public-security", "赣公网安备 36010202000123号", "Jiangxi", False, False),
    ("Yun ICP No. 17003215-1", "icp", None, "Yunnan", False, False),
    ("Chuan ICP No. 12345678", "icp", None, "Sichuan", False, False),  # 川 is for public security
    # translated as a word
    ("New ICP No. 18000738-1", "icp", "新ICP备18000738号-1", "Xinjiang", True, False),
    ("Xin ICP No. 18000738-1", "icp", "新ICP备18000738号-1", "Xinjiang", False, False),
    ("Beijing ICP Preparation No. 05034127", "icp", "京ICP备05034127号", "Beijing", True, False),
    ("Capital ICP Record No. 05034127", "icp", "京ICP备05034127号", "Beijing", True, False),
    ("Beijing Public Network Security No. 11011502003456", "public-security",
     "京公网安备 11011502003456号", "Beijing", True, False),
    ("Cloud ICP No. 17003215-1", "icp", None, "Yunnan", True, False),
    ("Lucky ICP No. 12003456", "icp", "吉ICP备12003456号", "Jilin", True, False),
    ("Black ICP Bei 09001234 Hao", "icp", "黑ICP备09001234号", "Heilongjiang", True, False),
    ("Green ICP No. 13000123-2", "icp", "青ICP备13000123号-2", "Qinghai", True, False),
    ("Sweet ICP No. 10000456", "icp", None, "Gansu", True, False),
    ("Sweet Public Network Security No. 62010202000123", "public-security",
     "甘公网安备 62010202000123号", "Gansu", True, False),
    ("Osmanthus ICP No. 14001234", "icp", "桂ICP备14001234号", "Guangxi", True, False),
    ("Zhe ICP Preparation No. 13007712", "icp", "浙ICP备13007712号", "Zhejiang", True, False),
    ("ICP Preparation No. 13007712", "icp", None, None, True, False),
    # 备 translated as `for` or `prepared`, the sub-number after a space (found by trying variants)
    ("Zhe ICP for 13007712 -1", "icp", "浙ICP备13007712号-1", "Zhejiang", False, False),
    ("Zhe ICP prepared No. 13007712-2", "icp", "浙ICP备13007712号-2", "Zhejiang", False, False),
    # ambiguous syllables without evidence
    ("Ji ICP No. 12003456", "icp", None, None, False, True),
    ("Jin ICP Bei 05001234 Hao", "icp", None, None, False, True),
    ("Yu ICP No. 17026543-1", "icp", None, None, False, True),
    ("Gan ICP No. 09012345", "icp", None, None, False, True),
    ("Gui ICP No. 09012345", "icp", None, None, False, True),
    # ... resolved by the division code of a number in the same form
    ("Ji Gong Wang An Bei 22010202000123", "public-security", "吉公网安备 22010202000123号", "Jilin", False, False),
    ("Yu Public Security No. 50010202000123", "public-security", "渝公网安备 50010202000123号", "Chongqing", False, False),
]


@pytest.mark.parametrize(("line", "kind", "record", "region", "mistranslated", "ambiguous"), CASES)
def test_find_records(line, kind, record, region, mistranslated, ambiguous) -> None:
    found = find_records(line)
    assert len(found) == 1, found
    match = found[0]
    assert (match.kind, match.record, match.region, match.mistranslated, match.ambiguous) == (
        kind,
        record,
        region,
        mistranslated,
        ambiguous,
    )
    assert (match.start, match.end) == (0, len(line))


@pytest.mark.parametrize(("line", "kind", "record", "region", "mistranslated", "ambiguous"), CASES)
def test_idempotent(line, kind, record, region, mistranslated, ambiguous) -> None:
    cleaned, _ = run_rule(line)
    again = find_records(cleaned)
    assert len(again) == 1
    assert (again[0].kind, again[0].record, again[0].region) == (kind, record, region)
    assert again[0].mistranslated is (mistranslated and ambiguous)  # only unresolved wording survives
    twice, flags = run_rule(cleaned)
    assert twice == cleaned
    assert all("mistranslated" not in flag.message for flag in flags)


def test_label_before_the_record_is_not_part_of_it() -> None:
    line = "ICP备案号：浙ICP备12008899号"
    (match,) = find_records(line)
    assert line[match.start : match.end] == "浙ICP备12008899号"
    assert (match.record, match.region) == ("浙ICP备12008899号", "Zhejiang")


def test_several_on_one_line() -> None:
    line = "浙ICP备10023456号-1    浙公网安备 33078302000214号    Website identification code: 3307830011"
    found = find_records(line)
    assert [m.kind for m in found] == ["icp", "public-security", "site-code"]
    assert [line[m.start : m.end] for m in found] == [
        "浙ICP备10023456号-1",
        "浙公网安备 33078302000214号",
        "Website identification code: 3307830011",
    ]
    assert {m.region for m in found} == {"Zhejiang"}


def test_offsets_inside_a_longer_line() -> None:
    line = "Copyright 2023 Yengisu County No. 2 Middle School  New ICP No. 19004512-2  All rights reserved"
    (match,) = find_records(line)
    assert line[match.start : match.end] == "New ICP No. 19004512-2"
    assert match.text == "Xin ICP No. 19004512-2"


def test_evidence_on_the_same_line_resolves_a_syllable() -> None:
    found = find_records("Ji ICP No. 12003456    Ji Gong Wang An Bei 22010202000123")
    assert [(m.record, m.region, m.ambiguous) for m in found] == [
        ("吉ICP备12003456号", "Jilin", False),
        ("吉公网安备 22010202000123号", "Jilin", False),
    ]
    found = find_records("Yu ICP No. 17026543-1    Website identification code: 4110250017")
    assert found[0].record == "豫ICP备17026543号-1" and found[0].region == "Henan"


def test_hint_region() -> None:
    (match,) = find_records("Ji ICP No. 12003456", hint_region="Hebei")
    assert (match.record, match.region, match.ambiguous) == ("冀ICP备12003456号", "Hebei", False)
    # a hint that is not one of the candidates settles nothing
    (match,) = find_records("Ji ICP No. 12003456", hint_region="Zhejiang")
    assert match.ambiguous and match.record is None


def test_region_evidence() -> None:
    page = "Address: No. 1 Road\n湘ICP备15003321号    湘公网安备 43118102000145号\n"
    assert region_evidence(page) == "Hunan"
    assert region_evidence("浙ICP备1234567号\n苏ICP备7654321号") is None
    assert region_evidence("no records at all") is None


NOT_RECORDS = [
    "No. 16 Xingnong Road, Tanbei Town",
    "Jin and Ji visited the Jin River on No. 3 street",
    "the Municipal Human Resources and Social Security Bureau No. 1234567890",
    "New policies No. 18000738 were issued",
    "ICP licence applications are handled by the bureau",
    "Public Security Bureau of Beijing",
    "the new ICP rules",
    "Website identification code: pending",
    "公网安备",
    "ICPS No. 12345678",
    "",
]


@pytest.mark.parametrize("line", NOT_RECORDS)
def test_not_a_record(line: str) -> None:
    assert find_records(line) == []
    assert RULE.apply(line, Context()) == ([], [])


# (before, after) for the rule
FIXES = [
    ("New ICP No. 18000738-1", "Xin ICP No. 18000738-1"),
    ("New ICP No. 19004512-2", "Xin ICP No. 19004512-2"),
    ("Beijing ICP Preparation No. 05034127", "Jing ICP No. 05034127"),
    (
        "Beijing ICP Preparation No. 05034127    Beijing Public Network Security No. 11011502003456",
        "Jing ICP No. 05034127    Jing Public Security No. 11011502003456",
    ),
    ("Cloud ICP No. 17003215-1    Website identification code: 5325270002",
     "Yun ICP No. 17003215-1    Website identification code: 5325270002"),
    ("Lucky ICP No. 12003456", "Ji (Jilin) ICP No. 12003456"),
    ("Osmanthus ICP No. 14001234", "Gui (Guangxi) ICP No. 14001234"),
    ("Sweet ICP No. 10000456", "Gan (Gansu) ICP No. 10000456"),
    ("Capital ICP Licence No. 030173", "Jing ICP Licence No. 030173"),
    ("Copyright 2024  New ICP No. 19004512-2  Tel: 0991-1234567", "Copyright 2024  Xin ICP No. 19004512-2  Tel: 0991-1234567"),
]


@pytest.mark.parametrize(("before", "after"), FIXES)
def test_rule_fixes(before: str, after: str) -> None:
    cleaned, flags = run_rule(before)
    assert cleaned == after
    assert flags and all(f.code == "record-number" and f.severity == WARNING for f in flags)
    for flag in flags:
        assert 0 <= flag.start < flag.end <= len(before)


def test_flag_message_names_the_record_and_region() -> None:
    _, (flag,) = run_rule("New ICP No. 18000738-1")
    assert flag.message.startswith("mistranslated ICP record 'New ICP No. 18000738-1' is 新ICP备18000738号-1 (Xinjiang); ")
    assert "check it against the original page" in flag.message
    assert (flag.start, flag.end) == (0, 22)


def test_cloud_is_not_rebuilt() -> None:
    cleaned, (flag,) = run_rule("Cloud ICP No. 17003215-1")
    assert "Cloud ICP" not in cleaned
    assert "cannot be rebuilt" in flag.message and "滇" in flag.message


@pytest.mark.parametrize(
    "line",
    [
        "浙ICP备10023456号-1    浙公网安备 33078302000214号    Website identification code: 3307830011",
        "Zhe ICP Bei 13007712 Hao-1    Website identification code: 3305230004",
        "苏ICP备11022334号    Su Gong Wang An Bei 32011502011287",
        "Xin ICP No. 18000738-1",
        "ShangHai ICP NO. 05012345",
    ],
)
def test_clean_forms_untouched(line: str) -> None:
    assert RULE.apply(line, Context()) == ([], [])


def test_ambiguous_is_flagged_not_edited() -> None:
    edits, flags = RULE.apply("Ji ICP No. 12003456", Context())
    assert edits == []
    (flag,) = flags
    assert "could not resolve" in flag.message
    assert "冀 (Hebei)" in flag.message and "吉 (Jilin)" in flag.message
    # with a wrong 备 word too: still no edit, because the province is unknown
    edits, flags = RULE.apply("Gan ICP Preparation No. 09012345", Context())
    assert edits == [] and len(flags) == 1


def test_public_security_record_in_chinese_is_kept_as_written() -> None:
    # corpus/README.md: a Chinese public-security record "is compared exactly as written there"
    (match,) = find_records("闽公网安备35042502000088号")
    assert match.record == "闽公网安备35042502000088号"
    (match,) = find_records("闽公网安备 35042502000088号")
    assert match.record == "闽公网安备 35042502000088号"


def test_public_security_record_rebuilt_from_romanised_form_has_one_space() -> None:
    (match,) = find_records("Min Gong Wang An Bei 35042502000088")
    assert match.record == "闽公网安备 35042502000088号"


def test_record_match_is_frozen() -> None:
    (match,) = find_records("Su ICP No. 11022334")
    assert isinstance(match, RecordMatch)
    with pytest.raises(AttributeError):
        match.record = "x"  # type: ignore[misc]


# --- the province table --------------------------------------------------------------

CODES = {
    "11": "Beijing", "12": "Tianjin", "13": "Hebei", "14": "Shanxi", "15": "Inner Mongolia",
    "21": "Liaoning", "22": "Jilin", "23": "Heilongjiang", "31": "Shanghai", "32": "Jiangsu",
    "33": "Zhejiang", "34": "Anhui", "35": "Fujian", "36": "Jiangxi", "37": "Shandong",
    "41": "Henan", "42": "Hubei", "43": "Hunan", "44": "Guangdong", "45": "Guangxi",
    "46": "Hainan", "50": "Chongqing", "51": "Sichuan", "52": "Guizhou", "53": "Yunnan",
    "54": "Tibet", "61": "Shaanxi", "62": "Gansu", "63": "Qinghai", "64": "Ningxia",
    "65": "Xinjiang",
}  # fmt: skip


@pytest.mark.parametrize(("code", "name"), sorted(CODES.items()))
def test_division_codes(code: str, name: str) -> None:
    assert region_for_code(code + "0102000123") == name


def test_table_is_consistent() -> None:
    rows = provinces()
    assert len({row.char for row in rows}) == len(rows)
    names_by_code: dict[str, set[str]] = {}
    for row in rows:
        names_by_code.setdefault(row.code, set()).add(row.name)
        assert row.pinyin and row.names
    assert all(len(names) == 1 for names in names_by_code.values())
    assert set(names_by_code) == set(CODES)
    # every province has exactly one character for ICP and one for public security
    for name in CODES.values():
        assert len([r for r in rows if r.name == name and r.icp]) == 1, name
        assert len([r for r in rows if r.name == name and r.public_security]) == 1, name


# --- idempotence over generated records -----------------------------------------------

_PREFIXES = sorted(
    {w for row in provinces() for w in (*row.pinyin, *row.wrong, *row.names, row.char)}
)
_FORMS = [
    "{p} ICP No. {n}",
    "{p} ICP Preparation No. {n}-2",
    "{p} ICP Bei {n} Hao-1",
    "{p}ICP备{n}号",
    "{p} ICP Licence No. {n}",
    "{p} Public Network Security No. {c}0102000123",
    "{p} Gong Wang An Bei {c}0102000123",
    "{p}公网安备 {c}0102000123号",
]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(_PREFIXES),
    st.sampled_from(_FORMS),
    st.integers(min_value=100000, max_value=99999999),
    st.sampled_from(sorted(CODES)),
    st.sampled_from(["", "Copyright 2024 ", "Tel: 0571-1234567    "]),
)
def test_generated_idempotence(prefix: str, form: str, number: int, code: str, lead: str) -> None:
    line = lead + form.format(p=prefix, n=number, c=code)
    first = find_records(line)
    assert len(first) == 1
    cleaned, _ = run_rule(line)
    second = find_records(cleaned)
    assert [(m.kind, m.record, m.region) for m in second] == [(m.kind, m.record, m.region) for m in first]
    assert run_rule(cleaned)[0] == cleaned
    if first[0].mistranslated and not first[0].ambiguous:
        assert not second[0].mistranslated
        for word in ("Preparation", "Network Security"):
            assert word not in cleaned


# --- performance ----------------------------------------------------------------------

@pytest.mark.parametrize("case", RECORD_TEXTS, ids=lambda c: c.label)
def test_linear_work(case: Repeat) -> None:
    """Counted work at n and 4n; the megabyte texts are timed by benchmarks/bench_adversarial.py."""
    assert_linear(run_records, case.sized, 20_000, label=f"records rule on {case.label}")


# --- the acceptance corpus ------------------------------------------------------------


def _corpus_cases() -> list[tuple[str, str]]:
    if not CORPUS.is_dir():
        return []
    names = [(p.name.removesuffix(".expected.json"), "utf-8-sig") for p in sorted(CORPUS.glob("d*.expected.json"))]
    return [*names, ("bad/gbk-encoded", "gbk")]


def _load(name: str, encoding: str) -> tuple[list[str], dict]:
    expected = json.loads((CORPUS / f"{name}.expected.json").read_text(encoding="utf-8"))
    lines = (CORPUS / f"{name}.txt").read_bytes().decode(encoding).splitlines()
    return lines, expected.get("footer") or {}


@pytest.mark.parametrize(("name", "encoding"), _corpus_cases() or [("missing", "utf-8")])
def test_corpus_footers(name: str, encoding: str) -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    lines, footer = _load(name, encoding)
    if not {"icp_record", "icp_region", "public_security"} & set(footer):
        pytest.skip("no record expectations")
    hint = region_evidence("\n".join(lines))
    found = [m for line in lines for m in find_records(line, hint_region=hint)]
    icp = next((m for m in found if m.kind in ("icp", "icp-licence")), None)
    security = next((m for m in found if m.kind == "public-security"), None)
    if "icp_record" in footer:
        assert (icp.record if icp else None) == footer["icp_record"]
    if "icp_region" in footer:
        assert (icp.region if icp else None) == footer["icp_region"]
    if "public_security" in footer:
        assert (security.record if security else None) == footer["public_security"]


@pytest.mark.parametrize(("name", "encoding"), _corpus_cases() or [("missing", "utf-8")])
def test_corpus_rule_is_idempotent(name: str, encoding: str) -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    lines, _ = _load(name, encoding)
    for line in lines:
        cleaned, _ = run_rule(line)
        for wrong in ("New ICP No.", "ICP Preparation", "Cloud ICP"):
            assert wrong not in cleaned
        assert [(m.record, m.region) for m in find_records(cleaned)] == [
            (m.record, m.region) for m in find_records(line)
        ]
        assert run_rule(cleaned)[0] == cleaned


def test_traditional_characters_give_the_simplified_canonical_record() -> None:
    icp, ps = find_records("粵ICP備16042217號    閩公網安備 35010202000123號")
    assert (icp.record, icp.region) == ("粤ICP备16042217号", "Guangdong")
    assert (ps.record, ps.region) == ("闽公网安备 35010202000123号", "Fujian")
