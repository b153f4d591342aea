"""Tests for repair/residue.py: glossary loading and the ``cjk-residue`` rule."""

from __future__ import annotations

import subprocess
import sys
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin_tools.errors import UsageError
from bulletin_tools.model import INFO, WARNING
from bulletin_tools.repair import residue
from bulletin_tools.repair.base import Context
from bulletin_tools.repair.residue import (
    RULES,
    default_glossary,
    load_glossary,
    merge_glossaries,
    translate_residue,
)
from bulletin_tools.textmap import MappedText

from adversarial_inputs import RESIDUE_TEXTS, Repeat  # tests/: the inputs and the counted-work check
from counted_work import assert_linear

EMPTY = Context()


def apply_rule(text: str, ctx: Context = EMPTY) -> tuple[str, list]:
    edits, flags = translate_residue(text, ctx)
    out, fixes = MappedText.identity(text).apply(edits)
    assert len(fixes) == len(edits), "edits overlapped"
    return out.text, list(flags)


# --------------------------------------------------------------------------
# the rule: (before, after) table


TRANSLATED = [
    ("Source:Author:小编Click: Time:2023-08-08", "Source:Author:Editor Click: Time:2023-08-08"),
    ("Author:管理员  Release date:2024/05/05", "Author:Administrator  Release date:2024/05/05"),
    ("Author:佚名  Source:Caoxi County", "Author:Anonymous  Source:Caoxi County"),
    ("Source:本站原创  Views:12", "Source:this site (original)  Views:12"),
    ("Source:本站  Views:12", "Source:this site  Views:12"),
    ("发布时间：2023-06-12 作者：小编 点击：356", "Release time:2023-06-12 Author:Editor Clicks:356"),
    ("信息来源：Qingshui County Office", "Source of information:Qingshui County Office"),
    ("责任编辑：Lin Hua", "Responsible editor:Lin Hua"),
    ("点击数:88 then more text", "Clicks:88 then more text"),
    ("Mirror Lake County 网站标识码 3307830011", "Mirror Lake County Website identification code 3307830011"),
    ("主办单位：Mirror Lake County Office", "Host unit:Mirror Lake County Office"),
    ("首页 > News > 正文", "Home > News > Text"),
    # English landing between Latin letters must not glue words together
    ("Posted by小编today", "Posted by Editor today"),
    ("Views:12小编", "Views:12 Editor"),
    # a run made entirely of glossary words is translated word by word
    ("来源小编 wrote this", "Source Editor wrote this"),
]


@pytest.mark.parametrize("before, after", TRANSLATED)
def test_glossary_words_are_translated(before: str, after: str) -> None:
    out, flags = apply_rule(before)
    assert out == after
    assert flags and all(f.code == "cjk-residue" and f.severity == INFO for f in flags)


def test_info_flag_names_both_words_and_the_span() -> None:
    text = "Author:小编 Time:2023-08-08"
    _, flags = apply_rule(text)
    assert len(flags) == 1
    flag = flags[0]
    assert flag.message.startswith("untranslated '小编' translated as 'Editor'; ")
    assert "--glossary" in flag.message
    assert text[flag.start:flag.end] == "小编"


def test_longest_key_wins() -> None:
    out, _ = apply_rule("Source:本站原创")
    assert out == "Source:this site (original)"


def test_unknown_name_is_kept_and_flagged_with_pinyin() -> None:
    text = "Source: Heqiao District Taxation Bureau  Editor: 周丽娟  Release time: 09-14-2023"
    out, flags = apply_rule(text)
    assert out == text
    assert len(flags) == 1
    flag = flags[0]
    assert flag.severity == WARNING
    assert flag.message == (
        "untranslated Chinese '周丽娟' (pinyin: zhōu lì juān); "
        "translate it or add it to a glossary with --glossary"
    )
    assert text[flag.start:flag.end] == "周丽娟"


def test_partly_known_run_is_kept_whole() -> None:
    # 王芳 is unknown: translating only 编辑 would split a name from its role.
    text = "Photo by 王芳编辑 yesterday"
    out, flags = apply_rule(text)
    assert out == text
    assert [f.severity for f in flags] == [WARNING]


def test_middle_dot_name_is_one_run() -> None:
    text = "Speech by 阿依·买买提 at the meeting"
    out, flags = apply_rule(text)
    assert out == text
    assert len(flags) == 1
    assert text[flags[0].start:flags[0].end] == "阿依·买买提"


MUST_NOT_CHANGE = [
    "浙ICP备10023456号-1    浙公网安备 33078302000214号",
    "粤ICP证030173号",
    "鄂公网安备42011202000571号",
    "Publish date：2023年11月15日  Source：Qingmu County",
    "Time: 6月8日 and 10时30分",
    "（一）The individual payment standard",
    "一、Insured objects",
    "The Xi锟斤拷 Stone Factory",
    # a whole untranslated paragraph is the untranslated-paragraph check's business
    "本次活动共吸引了来自全县各乡镇的三百多名群众参加，现场气氛热烈，作者认为效果很好。",
    "Plain ASCII line: nothing to do here.",
    "",
]


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text: str) -> None:
    out, flags = apply_rule(text)
    assert out == text
    assert flags == []


def test_record_number_next_to_a_label_is_untouched() -> None:
    text = "地址：No. 3 Fuqian Road    浙ICP备10023456号-1"
    out, _ = apply_rule(text)
    assert out == "Address:No. 3 Fuqian Road    浙ICP备10023456号-1"


def test_short_chinese_label_line_is_translated_not_skipped() -> None:
    text = "发布时间：2023-06-12 09:00:00  作者：小编  点击：356"
    out, _ = apply_rule(text)
    assert out == "Release time:2023-06-12 09:00:00  Author:Editor  Clicks:356"


def test_user_glossary_in_context_is_used() -> None:
    ctx = Context(glossary=MappingProxyType(merge_glossaries(default_glossary(), {"周丽娟": "Zhou Lijuan"})))
    out, flags = apply_rule("Editor: 周丽娟  Author:小编", ctx)
    assert out == "Editor: Zhou Lijuan  Author:Editor"
    assert all(f.severity == INFO for f in flags)


def test_user_glossary_overrides_default() -> None:
    ctx = Context(glossary=merge_glossaries(default_glossary(), {"小编": "Site editor"}))
    out, _ = apply_rule("Author:小编", ctx)
    assert out == "Author:Site editor"


def test_rules_tuple() -> None:
    assert [r.name for r in RULES] == ["cjk-residue"]
    assert RULES[0].apply is translate_residue
    assert RULES[0].doc


# --------------------------------------------------------------------------
# glossaries


def test_default_glossary_has_the_core_entries_and_is_cached() -> None:
    g = default_glossary()
    assert g is default_glossary()
    expected = {
        "小编": "Editor", "管理员": "Administrator", "佚名": "Anonymous",
        "本站原创": "this site (original)", "本站": "this site", "来源": "Source",
        "信息来源": "Source of information", "文章来源": "Article source", "作者": "Author",
        "编辑": "Editor", "责任编辑": "Responsible editor", "发布时间": "Release time",
        "发布日期": "Release date", "时间": "Time", "日期": "Date", "点击": "Clicks",
        "点击数": "Clicks", "浏览次数": "Views", "字体": "Font", "分享到": "Share to",
        "打印": "Print", "关闭": "Close", "首页": "Home", "当前位置": "Current location",
        "网站标识码": "Website identification code", "主办单位": "Host unit",
        "承办单位": "Undertaken by", "地址": "Address", "电话": "Tel", "邮编": "Postcode",
        "正文": "Text",
    }
    for zh, en in expected.items():
        assert g[zh] == en, zh
    with pytest.raises(TypeError):
        g["新"] = "x"  # type: ignore[index]


def test_load_tsv(tmp_path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("# names\n\n周丽娟\tZhou Lijuan\n 王芳 \t Wang Fang \r\n", encoding="utf-8")
    assert load_glossary(path) == {"周丽娟": "Zhou Lijuan", "王芳": "Wang Fang"}


def test_load_tsv_with_bom(tmp_path) -> None:
    path = tmp_path / "g.tsv"
    path.write_bytes("\ufeff周丽娟\tZhou Lijuan\n".encode("utf-8"))
    assert load_glossary(path) == {"周丽娟": "Zhou Lijuan"}


BAD_TSV = [
    ("周丽娟 Zhou Lijuan\n", 1, "missing tab"),
    ("# c\n周丽娟\t\n", 2, "empty English side"),
    ("\tZhou\n", 1, "empty Chinese side"),
    ("Zhou\tLijuan\n", 1, "no Chinese"),
    ("周 丽娟\tZhou Lijuan\n", 1, "only Chinese characters"),
    ("周丽娟\tZhou\tLijuan\n", 1, "expected 2 tab-separated columns, found 3"),
    ("周丽娟\tZhou\n周丽娟\tZhou Lijuan\n", 2, "already defined on line 1"),
]


@pytest.mark.parametrize("content, lineno, reason", BAD_TSV)
def test_bad_tsv_line_names_file_and_line(tmp_path, content: str, lineno: int, reason: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError) as info:
        load_glossary(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{lineno}: ")
    assert reason in message
    assert info.value.exit_code == 2


def test_missing_file(tmp_path) -> None:
    path = tmp_path / "nope.tsv"
    with pytest.raises(UsageError, match=r"nope\.tsv: no such glossary file"):
        load_glossary(path)


def test_directory_is_not_a_glossary(tmp_path) -> None:
    with pytest.raises(UsageError, match="is a directory"):
        load_glossary(tmp_path)


def test_not_utf8(tmp_path) -> None:
    path = tmp_path / "g.tsv"
    path.write_bytes("周丽娟\tZhou\n".encode("gbk"))
    with pytest.raises(UsageError, match=r"g\.tsv: glossary is not UTF-8"):
        load_glossary(path)


def test_load_toml_table(tmp_path) -> None:
    path = tmp_path / "g.toml"
    path.write_text('title = "mine"\n[glossary]\n"周丽娟" = "Zhou Lijuan"\n\'王芳\' = "Wang Fang"\n', encoding="utf-8")
    assert load_glossary(path) == {"周丽娟": "Zhou Lijuan", "王芳": "Wang Fang"}


def test_load_toml_top_level(tmp_path) -> None:
    path = tmp_path / "g.toml"
    path.write_text('"周丽娟" = "Zhou Lijuan"\n', encoding="utf-8")
    assert load_glossary(path) == {"周丽娟": "Zhou Lijuan"}


def test_toml_bad_value_names_line(tmp_path) -> None:
    path = tmp_path / "g.toml"
    path.write_text('[glossary]\n"周丽娟" = "Zhou Lijuan"\n"王芳" = 3\n', encoding="utf-8")
    with pytest.raises(UsageError) as info:
        load_glossary(path)
    assert str(info.value).startswith(f"{path}:3: ")
    assert "must be a string" in str(info.value)


def test_toml_syntax_error_names_line(tmp_path) -> None:
    path = tmp_path / "g.toml"
    path.write_text('"周丽娟" = "Zhou Lijuan"\n"王芳" = \n', encoding="utf-8")
    with pytest.raises(UsageError) as info:
        load_glossary(path)
    assert str(info.value).startswith(f"{path}:2: invalid TOML")


def test_toml_unquoted_chinese_key_gets_a_hint(tmp_path) -> None:
    path = tmp_path / "g.toml"
    path.write_text('[glossary]\n王芳 = "Wang Fang"\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"g\.toml:2: invalid TOML .*Chinese keys must be quoted"):
        load_glossary(path)


def test_toml_entry_without_han(tmp_path) -> None:
    path = tmp_path / "g.toml"
    path.write_text('[glossary]\nZhou = "Zhou"\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"g\.toml:2: left side 'Zhou' has no Chinese"):
        load_glossary(path)


def test_merge_extra_overrides_base_and_leaves_inputs_alone() -> None:
    base = {"小编": "Editor", "佚名": "Anonymous"}
    extra = {"小编": "Site editor", "王芳": "Wang Fang"}
    merged = merge_glossaries(base, extra)
    assert merged == {"小编": "Site editor", "佚名": "Anonymous", "王芳": "Wang Fang"}
    assert base == {"小编": "Editor", "佚名": "Anonymous"}


# --------------------------------------------------------------------------
# properties


def test_import_does_not_load_pypinyin() -> None:
    code = "import sys, bulletin_tools.repair.residue; print('pypinyin' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


PIECES = [
    "小编", "周", "丽娟", "作者", "：", ":", "本站", "原创", "·", " ", "  ", "Author", "Click",
    "2023", "年", "6月", "8日", "ICP备", "号", "-1", "浙", "公网安备", "（一）", "一、", "a", ".",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_rule_is_idempotent_and_edits_stay_in_bounds(text: str) -> None:
    edits, flags = translate_residue(text, EMPTY)
    last = 0
    for e in sorted(edits, key=lambda e: e.start):
        assert last <= e.start <= e.end <= len(text)
        last = e.end
    for f in flags:
        assert 0 <= f.start <= f.end <= len(text)
    once, _ = apply_rule(text)
    twice, _ = apply_rule(once)
    assert twice == once


@pytest.mark.parametrize("case", RESIDUE_TEXTS, ids=lambda c: c.label)
def test_long_lines_are_linear(case: Repeat) -> None:
    """Counted work at n and 4n (edits checked by apply_rule); the long lines are
    timed by benchmarks/bench_adversarial.py."""
    assert_linear(apply_rule, case.sized, 5_000, label=f"residue on {case.label}")


def test_module_constant_names_the_rule() -> None:
    assert residue.RULE == "cjk-residue"


def test_traditional_character_residue_from_big5_pages_is_translated() -> None:
    import bulletin_tools

    doc = bulletin_tools.clean("A Title For The Notice On Water\n\n來源：本站原創  作者：小編  發佈時間：2024-01-02\n\n"
                               "The county held the meeting on Monday, and more than 200 people from all towns attended it.\n")
    assert (doc.metadata.source, doc.metadata.author, doc.metadata.date) == ("this site (original)", "Editor", "2024-01-02")


@pytest.mark.parametrize("line", [
    "Nanchuan District Online   English  Français  中文  한국어  Mobile version",
    "English | 中文 | 日本語",
    "中文版",
    "简体 | 繁體",
])
def test_a_language_switch_entry_in_its_own_script_is_no_residue(line):
    from bulletin_tools.repair.base import Context

    assert residue.translate_residue(line, Context()) == ([], [])


def test_a_language_name_inside_a_sentence_is_still_residue():
    from bulletin_tools.repair.base import Context

    edits, flags = residue.translate_residue("Teachers of the county school read the 中文 version aloud to the pupils.", Context())
    assert flags
