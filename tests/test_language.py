"""Language of documents and paragraphs: the cheap gate, langdetect, the finding."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bulletin_tools.passes import language
from bulletin_tools.model import ERROR, Block, Section

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_517fc5acc2ab6940.txt"

EN_PROSE = (
    "The county held a meeting on the work of the spring season, and the leaders of each "
    "township reported on the progress of their plans for the year."
)
ZH_PROSE = "全县各乡镇认真落实春季农业生产工作部署，确保各项任务按时完成。"
# Latin text with few English function words: only langdetect can tell.
EN_TERSE = (
    "training covered budget management, procurement rules, archive keeping, contract review, "
    "fixed asset registers and audit preparation"
)
PINYIN_PROSE = "xiang li zu zhi gan bu dao cun li jin xing huan jing zheng zhi he nong tian shui li xun cha"
FR_PROSE = (
    "Les habitants du village ont participé nombreux à la journée de plantation organisée "
    "par la mairie, malgré une pluie fine tombée toute la matinée sur les collines voisines."
)
JA_PROSE = "町の住民は春の植樹活動に参加しました。これからも緑を守る取り組みを続けます。"
ADDRESS = "Address: No. 12 Renmin Road, Qingshui County  Tel: 0931-5551234  Contact: Mr. Zhang Wei"


@pytest.mark.parametrize(
    "text, expected",
    [
        (EN_PROSE, "en"),
        (ZH_PROSE, "zh"),
        (JA_PROSE, "ja"),
        (EN_TERSE, "en"),
        (FR_PROSE, "fr"),
        ("Too short to judge.", None),
        ("王芳", None),  # a name, not an untranslated paragraph
        (ADDRESS, None),  # capitalised names and numbers carry no language evidence
        ("", None),
    ],
)
def test_paragraph_language(text, expected):
    assert language.paragraph_language(text) == expected


@pytest.mark.parametrize(
    "text, doubtful",
    [
        (EN_PROSE, False),  # English stop words clear it
        (ZH_PROSE, False),  # script counting decides it
        (EN_TERSE, False),  # few stop words, but nearly every word is common English
        (FR_PROSE, True),
        (PINYIN_PROSE, True),  # lower-case Latin words, hardly any of them English: only the model can tell
        (ADDRESS, False),
        ("short line", False),
    ],
)
def test_cheap_gate(text, doubtful):
    assert language.is_doubtful(text) is doubtful


def test_common_word_gate_needs_enough_words():
    # Two common words out of two are too little evidence to skip the model.
    assert language._common_english(["budget", "review"]) is False
    assert language._common_english(["budget", "review", "rules"]) is True
    assert language._common_english(["budget", "xiang", "zhen", "cun"]) is False


def test_detect_is_deterministic():
    first = language.detect(EN_TERSE)
    assert first and first[0][0] == "en"
    assert all(language.detect(EN_TERSE) == first for _ in range(3))


def test_detect_without_features_returns_empty():
    assert language.detect("12345 67890 !!!") == []


def _sections(*texts: str) -> list[Section]:
    blocks, pos = [], 0
    for t in texts:
        blocks.append(Block("paragraph", t, (pos, pos + len(t))))
        pos += len(t) + 2
    return [Section(None, False, (0, pos), tuple(blocks))]


def test_chinese_paragraph_among_english_is_an_error():
    sections = _sections(EN_PROSE, ZH_PROSE, EN_PROSE)
    lang, findings = language.check_language(sections, lambda offset: 100 + offset)
    assert lang == "en"
    assert len(findings) == 1
    f = findings[0]
    assert (f.code, f.severity) == ("untranslated-paragraph", ERROR)
    assert f.span == sections[0].blocks[1].span
    assert f.line == 100 + f.span[0]
    assert "Chinese" in f.message and "translate it" in f.message


def test_english_document_has_no_finding():
    lang, findings = language.check_language(_sections(EN_PROSE, EN_TERSE, ADDRESS), lambda o: 1)
    assert (lang, findings) == ("en", [])


def test_chinese_document_flags_the_english_paragraph():
    lang, findings = language.check_language(_sections(ZH_PROSE, ZH_PROSE + ZH_PROSE, EN_PROSE), lambda o: 1)
    assert lang == "zh"
    assert [f.span for f in findings] == [_sections(ZH_PROSE, ZH_PROSE + ZH_PROSE, EN_PROSE)[0].blocks[2].span]


def test_short_paragraphs_are_judged_together():
    lang, findings = language.check_language(
        _sections("The meeting was held in the hall.", "All of the members were there.", "It ended at noon."),
        lambda o: 1,
    )
    assert lang == "en" and findings == []


def test_nothing_to_judge():
    assert language.check_language([], lambda o: 1) == (None, [])


def test_import_does_not_load_langdetect():
    code = "import sys, bulletin_tools; print('langdetect' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_plain_english_document_never_loads_langdetect():
    """The gate clears ordinary English paragraphs, so the profiles never load."""
    code = (
        "import sys, bulletin_tools\n"
        f"doc = bulletin_tools.clean({('Council notice' + chr(10) * 2 + EN_PROSE + chr(10) * 2 + EN_PROSE + chr(10))!r})\n"
        "print(doc.language, 'langdetect' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["en", "False"]


def test_seed_is_english_without_untranslated_paragraphs():
    if not SEED.exists():
        pytest.skip("../shared/seeds is not present")
    import bulletin_tools

    doc = bulletin_tools.clean_bytes(SEED.read_bytes(), input=str(SEED))
    assert doc.language == "en"
    assert [f for f in doc.findings if f.code == "untranslated-paragraph"] == []


def test_language_off_gives_null_language():
    import bulletin_tools
    from bulletin_tools.pipeline import Options

    text = "Council notice\n\n" + EN_PROSE + "\n\n" + ZH_PROSE + "\n"
    on = bulletin_tools.clean(text)
    off = bulletin_tools.clean(text, options=Options(check_language=False))
    assert on.language == "en"
    assert any(f.code == "untranslated-paragraph" for f in on.findings)
    assert off.language is None
    assert not any(f.code == "untranslated-paragraph" for f in off.findings)


def test_addresses_are_not_language_evidence():
    # A contact row or a link: web and mail addresses are in no language, and
    # left in they sent these rows to langdetect (which guessed Romanian for the link).
    assert not language.is_doubtful("Contact person: Shen Qiao    Tel: 0913-4821570    E-mail: dfrsj_jn@126.com")
    assert not language.is_doubtful("Article link: http://www.yanhe.gov.cn/zwgk/tzgg/202403/t20240311_58213.html")
    assert language._Profile("see www.example.gov.cn or mail a.b@c.org now").words == ["see", "or", "mail", "now"]
