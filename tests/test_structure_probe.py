"""One county work report whose body is printed in every combination of the forms real machine-translated
bulletins use for its structure (docs/input-patterns.md): heading markers (`一、` `（一）` `1.` `1、` `1 `
`(1)` `I.` `Part 1:` `Chapter 1` `First,` `One is` `The first is`, none, all capitals, a question, a final
colon …), item markers (`1.` `(1)` `①` `•` `-` `a)` `First,` …, or none), a lead sentence under each heading
or not, items closed by `;` or `.`, text before the first heading or not, and three spacings.  In each, the
headings are read as docs/labelling.md says a gold record gives them (as printed, without their numbering;
`One is …` kept whole, as the golds keep it), the items are counted per section, every sentence is kept.
Then: slogan-like lead sentences (a paragraph stays one unless an enumeration follows in it), nested
numbering (`一、` over `（一）` over `1.`) and chapters over articles.  The forms are those of real pages;
every one of them is read alone by other tests; here they meet."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import pytest

import bulletin_tools

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "evaluate.py"
_spec = importlib.util.spec_from_file_location("bench_evaluate", _PATH)
ev = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("bench_evaluate", ev)
_spec.loader.exec_module(ev)

TITLE = "Hexi County work plan for 2024"
DATE = "2024-03-01"
OPEN = ["In 2023 Hexi kept most of what it had promised its residents.",
        "This year it will spend more on roads, schools and water, as the county congress asked."]
HEADS = ["Roads and bridges", "Schools and clinics", "Water for the farms"]
QUESTIONS = ["Where will the new roads go?", "Who will teach in the new schools?", "How will the farms get water?"]
LEADS = ["The county will spend 80 million yuan on roads this year.",
         "Schools and clinics will get 60 million yuan.",
         "The dry north of the county needs water most."]
ITEMS = [["The road from Qiaotou to Hexi will be widened by the end of May",
          "Two old bridges over the river will be rebuilt before the rainy season",
          "Every village will have a paved lane to its school"],
         ["A new primary school will open in Dongtan in September",
          "Each township clinic will hire a second doctor",
          "Residents over sixty will get free health checks"],
         ["Three reservoirs in the north will be dredged",
          "Farmers will be paid to lay drip pipes in their orchards",
          "Four pumping stations will be repaired before summer"]]

NUM_ZH = "一二三"
ROMAN = ["I", "II", "III"]
WORDS = ["First", "Second", "Third"]
ONE = ["One", "Two", "Three"]
ORD = ["first", "second", "third"]


def _lower(s: str) -> str:
    return s[0].lower() + s[1:]


HEAD_FORMS = {
    "zh-dun": lambda i, h: f"{NUM_ZH[i]}、{h}",
    "zh-paren": lambda i, h: f"（{NUM_ZH[i]}）{h}",
    "(一)": lambda i, h: f"({NUM_ZH[i]}) {h}",
    "1.": lambda i, h: f"{i + 1}. {h}",
    "1.glued": lambda i, h: f"{i + 1}.{h}",
    "1、": lambda i, h: f"{i + 1}、{h}",
    "1 ": lambda i, h: f"{i + 1} {h}",
    "1)": lambda i, h: f"{i + 1}) {h}",
    "(1)": lambda i, h: f"({i + 1}) {h}",
    "I.": lambda i, h: f"{ROMAN[i]}. {h}",
    "Ⅰ.": lambda i, h: f"{'ⅠⅡⅢ'[i]}. {h}",
    "One.": lambda i, h: f"{ONE[i]}. {h}",
    "mixed": lambda i, h: ["I. ", "Second, ", "Three. "][i] + (_lower(h) if i == 1 else h),
    "Part 1:": lambda i, h: f"Part {i + 1}: {h}",
    "Chapter 1": lambda i, h: f"Chapter {i + 1} {h}",
    "Section 1": lambda i, h: f"Section {i + 1} {h}",
    "First,": lambda i, h: f"{WORDS[i]}, {_lower(h)}",
    "One is": lambda i, h: f"{ONE[i]} is {_lower(h)}",
    "The first is": lambda i, h: f"The {ORD[i]} is {_lower(h)}",
    "bare": lambda i, h: h,
    "caps": lambda i, h: h.upper(),
    "question": lambda i, h: QUESTIONS[i],
    "colon": lambda i, h: f"{h}:",
}
CIRCLED = "①②③"
LETTERS = "abc"
ITEM_FORMS = {
    "1.": lambda j, t: f"{j + 1}. {t}",
    "1)": lambda j, t: f"{j + 1}) {t}",
    "1、": lambda j, t: f"{j + 1}、{t}",
    "(1)": lambda j, t: f"({j + 1}) {t}",
    "circled": lambda j, t: f"{CIRCLED[j]}{t}",
    "a)": lambda j, t: f"{LETTERS[j]}) {t}",
    "(a)": lambda j, t: f"({LETTERS[j]}) {t}",
    "i.": lambda j, t: f"{['i', 'ii', 'iii'][j]}. {t}",
    "bullet": lambda j, t: f"• {t}",
    "middot": lambda j, t: f"· {t}",
    "dash": lambda j, t: f"- {t}",
    "star": lambda j, t: f"* {t}",
    "square": lambda j, t: f"▪ {t}",
    "First,": lambda j, t: f"{WORDS[j]}, {_lower(t)}",
    # (`The first is that …` lines one under another are paragraphs in the golds, two sites)
    "The first is": lambda j, t: f"The {ORD[j]} is that {_lower(t)}",
    "none": lambda j, t: t,
}
PARAGRAPH_ITEMS = ("none", "The first is")
#: Heading and items numbered alike (`1.` over `1.`), or a heading style a list of items continues: ambiguous.
AMBIGUOUS = {("1.", "1."), ("1.", "1、"), ("1、", "1."), ("1、", "1、"), ("1 ", "1."), ("1 ", "1、"), ("1.glued", "1."),
             ("1.glued", "1、"), ("1)", "1)"), ("1)", "1."), ("1)", "1、"), ("1)", "a)"), ("(1)", "(1)"), ("(1)", "(a)"),
             ("(一)", "(1)"), ("I.", "i."), ("First,", "First,"), ("mixed", "First,"), ("The first is", "The first is"),
             ("One is", "First,"), ("One is", "The first is")}


def _spaced(text: str, style: str) -> str:
    lines = text.split("\n")
    if style == "blank":
        return "\n\n".join(lines)
    return "\n".join("    " + ln if ln else ln for ln in lines) if style == "indent" else text


def _expected_heading(form: str, i: int) -> str:
    if form == "question":
        return QUESTIONS[i]
    if form == "caps":
        return HEADS[i].upper()
    if form == "First," or form == "mixed" and i == 1:
        return _lower(HEADS[i])
    if form in ("One is", "The first is"):  # (the golds keep such a heading whole, its words a sentence's subject)
        return HEAD_FORMS[form](i, HEADS[i])
    return HEADS[i]


def _same_headings(want: list, got: list) -> bool:
    return len(want) == len(got) and all(ev.same_heading(w, g) if w is not None else g is None for w, g in zip(want, got))


def _report(head: str, item: str, end: str, lead: bool, opening: str, spacing: str) -> str:
    lines = [TITLE, DATE] + (OPEN if opening == "text" else [])
    for i in range(3):
        lines.append(HEAD_FORMS[head](i, HEADS[i]))
        lines += [LEADS[i]] if lead else []
        lines += [ITEM_FORMS[item](j, t) + ("." if end == "." or j == 2 else ";") for j, t in enumerate(ITEMS[i])]
    return _spaced("\n".join(lines) + "\n", spacing)


def _read_report(head: str, item: str, end: str, lead: bool, opening: str, spacing: str) -> list[str]:
    out = bulletin_tools.to_json_dict(bulletin_tools.clean(_report(head, item, end, lead, opening, spacing)))
    before = [None] if opening == "text" else []
    n = 0 if item in PARAGRAPH_ITEMS else 3
    wrong = []
    if (out["title"] or {}).get("text") != TITLE:
        wrong.append("title")
    if not _same_headings(before + [_expected_heading(head, i) for i in range(3)], ev.headings(out)):
        wrong.append(f"headings {ev.headings(out)}")
    if ev.items_per_section(out) != ([0] if before else []) + [n, n, n]:
        wrong.append(f"items {ev.items_per_section(out)}")
    blocks = " ".join(b["text"] for s in out["sections"] for b in s["blocks"]).lower()
    if any(t.lower() not in blocks for t in (OPEN if before else []) + (LEADS if lead else []) + sum(ITEMS, [])):
        wrong.append("a sentence lost")
    paragraphs = [b["text"] for s in out["sections"] for b in s["blocks"] if b["kind"] == "paragraph"]
    if lead and not all(lead_text in paragraphs for lead_text in LEADS):
        wrong.append("a lead sentence is no paragraph")
    return wrong


@pytest.mark.parametrize("head", HEAD_FORMS)
def test_every_heading_form_over_every_item_form_reads_the_same(head):
    """Headings as printed without their numbering, three items a section (none for unmarked lines, which
    are paragraphs), every sentence kept: under each heading form, for every item form, item end, lead
    sentence, opening and spacing."""
    failures = {}
    for item, end, lead, opening, spacing in itertools.product(ITEM_FORMS, ".;", (True, False), ("text", "heading"),
                                                                ("plain", "blank", "indent")):
        if (head, item) in AMBIGUOUS or item == "none" and end == ";":
            continue
        if wrong := _read_report(head, item, end, lead, opening, spacing):
            failures[(item, end, lead, opening, spacing)] = wrong
    assert not failures, f"{len(failures)} layouts read wrong, e.g. {next(iter(failures.items()))}"


LEAD_HEADS = [["Mend the roads.", "Build schools and clinics.", "Bring water to the farms."],
              ["“Smooth roads” bring the villages closer.", "“Good schools” keep young families at home.",
               "“Full reservoirs” carry the farms through summer."],
              ["Give village teams more say.", "Improve public services.", "Protect the water supply."]]
ELABORATIONS = [["The county will spend 80 million yuan on roads this year, most of it on village lanes.",
                 "Schools and clinics will get 60 million yuan, and the county will hire forty teachers.",
                 "The dry north of the county needs water most, and work there starts in April."],
                ["Work on the Qiaotou road starts in March and should end before the rains.",
                 "The new school in Dongtan will take its first pupils in September.",
                 "Three reservoirs will be dredged and four pumping stations repaired."]]
CHAINS = [" The first is to widen the Qiaotou road. The second is to rebuild the two old bridges.",
          " The first is to open the Dongtan school. The second is to hire a second doctor for each clinic.",
          " The first is to dredge three reservoirs in spring. The second is to repair the pumping stations."]
MORE = "Progress will be reported to the county congress every three months."


@pytest.mark.parametrize("spacing", ["plain", "blank", "indent"])
@pytest.mark.parametrize("after", ["nothing", "items 1.", "items (1)", "a paragraph", "an enumeration"])
def test_a_slogan_sentence_heads_a_paragraph_only_over_an_enumeration(after, spacing):
    """`Mend the roads. The county will …` is one paragraph (a heading is a short line of its own,
    docs/labelling.md), whatever follows it; with `The first is … The second is …` in the same paragraph,
    its first sentence heads the enumeration (the contract's example)."""
    failures = {}
    for form, elaborations, opening in itertools.product(range(3), (1, 2), ("text", "heading")):
        lines = [TITLE, DATE] + (OPEN if opening == "text" else [])
        for i in range(3):
            paragraph = LEAD_HEADS[form][i] + " " + " ".join(ELABORATIONS[k][i] for k in range(elaborations))
            lines.append(paragraph + (CHAINS[i] if after == "an enumeration" else ""))
            if after.startswith("items"):
                lines += [(f"{j + 1}. " if after == "items 1." else f"({j + 1}) ") + t + "." for j, t in enumerate(ITEMS[i])]
            elif after == "a paragraph":
                lines.append(MORE)
        out = bulletin_tools.to_json_dict(bulletin_tools.clean(_spaced("\n".join(lines) + "\n", spacing)))
        if after == "an enumeration":
            want_h = ([None] if opening == "text" else []) + LEAD_HEADS[form]
            want_i = ([0] if opening == "text" else []) + [2, 2, 2]
            starts = [e for e in ELABORATIONS[0]]
        else:
            want_h, want_i, starts = [None], [9 if after.startswith("items") else 0], LEAD_HEADS[form]
        paragraphs = [b["text"] for s in out["sections"] for b in s["blocks"] if b["kind"] == "paragraph"]
        wrong = [not _same_headings(want_h, ev.headings(out)), ev.items_per_section(out) != want_i,
                 not all(any(p.startswith(s) for p in paragraphs) for s in starts)]
        if any(wrong):
            failures[(form, elaborations, opening)] = (ev.headings(out), ev.items_per_section(out))
    assert not failures, f"{len(failures)} layouts read wrong, e.g. {next(iter(failures.items()))}"


SUBHEADS = [["Village lanes", "Bridges"], ["Schools", "Clinics"], ["Reservoirs", "Pumps"]]
NESTS = {
    "一、 over （一） over 1.": (lambda i, h: f"{NUM_ZH[i]}、{h}", lambda k, h: f"（{NUM_ZH[k]}）{h}", lambda j, t: f"{j + 1}. {t}"),
    "一、 over （一） over 1、": (lambda i, h: f"{NUM_ZH[i]}、{h}", lambda k, h: f"（{NUM_ZH[k]}）{h}", lambda j, t: f"{j + 1}、{t}"),
    "I. over 1. over (1)": (lambda i, h: f"{ROMAN[i]}. {h}", lambda k, h: f"{k + 1}. {h}", lambda j, t: f"({j + 1}) {t}"),
    "Part 1: over 1. over (1)": (lambda i, h: f"Part {i + 1}: {h}", lambda k, h: f"{k + 1}. {h}", lambda j, t: f"({j + 1}) {t}"),
    "一、 over 1. over (1)": (lambda i, h: f"{NUM_ZH[i]}、{h}", lambda k, h: f"{k + 1}. {h}", lambda j, t: f"({j + 1}) {t}"),
}


@pytest.mark.parametrize("nest", NESTS)
def test_nested_numbering_heads_two_levels(nest):
    """Three headings, each over two numbered subheadings over two items: every heading of both levels is a
    heading, the items are the subsections'."""
    top, sub, item = NESTS[nest]
    failures = {}
    for lead, opening, spacing in itertools.product((True, False), ("text", "heading"), ("plain", "blank", "indent")):
        lines = [TITLE, DATE] + (OPEN if opening == "text" else [])
        want_h, want_i = ([None], [0]) if opening == "text" else ([], [])
        for i in range(3):
            lines.append(top(i, HEADS[i]))
            lines += [LEADS[i]] if lead else []
            for k in range(2):
                lines.append(sub(k, SUBHEADS[i][k]))
                lines += [item(j, ITEMS[i][j + k]) + "." for j in range(2)]
            want_h += [HEADS[i]] + SUBHEADS[i]
            want_i += [0, 2, 2]
        out = bulletin_tools.to_json_dict(bulletin_tools.clean(_spaced("\n".join(lines) + "\n", spacing)))
        if not _same_headings(want_h, ev.headings(out)) or ev.items_per_section(out) != want_i:
            failures[(lead, opening, spacing)] = (ev.headings(out), ev.items_per_section(out))
    assert not failures, f"{len(failures)} layouts read wrong, e.g. {next(iter(failures.items()))}"


CHAPTERS = ["General provisions", "Duties of the villages", "Supplementary provisions"]
ARTICLES = [["These rules aim at clean rivers across Hexi.", "They apply to every village on the Qiaotou river."],
            ["Each village shall name a keeper for its stretch of river.", "The keeper shall walk the bank once a week and report:"],
            ["The county water bureau explains these rules.", "These rules take effect on May 1, 2024."]]
POINTS = ["rubbish left on the bank", "pipes that empty into the river", "dead fish or foam on the water"]
CHAPTER_FORMS = {"Chapter 1": lambda i: f"Chapter {i + 1} ", "Chapter One": lambda i: f"Chapter {ONE[i]} ",
                 "第一章": lambda i: f"第{NUM_ZH[i]}章 ", "CHAPTER I": lambda i: f"CHAPTER {ROMAN[i]} "}
ARTICLE_FORMS = {"Article 1": lambda n: f"Article {n} ", "Article 1.": lambda n: f"Article {n}. ",
                 "第一条": lambda n: f"第{'一二三四五六'[n - 1]}条 ", "Art. 1": lambda n: f"Art. {n} "}


@pytest.mark.parametrize("chapter", CHAPTER_FORMS)
def test_chapters_head_articles_that_stay_paragraphs(chapter):
    """A set of rules: the chapters are the headings, the articles paragraphs (docs/labelling.md), the
    numbered points inside an article its items."""
    failures = {}
    for article, opening, spacing in itertools.product(ARTICLE_FORMS, ("text", "heading"), ("plain", "blank", "indent")):
        lines = ["Qiaotou River keeping rules", DATE] + (OPEN[:1] if opening == "text" else [])
        n = 0
        for i in range(3):
            lines.append(CHAPTER_FORMS[chapter](i) + CHAPTERS[i])
            for a in ARTICLES[i]:
                n += 1
                lines.append(ARTICLE_FORMS[article](n) + a)
                if a.endswith(":"):
                    lines += [f"({j + 1}) {t}" + (";" if j < 2 else ".") for j, t in enumerate(POINTS)]
        out = bulletin_tools.to_json_dict(bulletin_tools.clean(_spaced("\n".join(lines) + "\n", spacing)))
        before = [None] if opening == "text" else []
        paragraphs = " ".join(b["text"] for s in out["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        if not _same_headings(before + CHAPTERS, ev.headings(out)) \
                or ev.items_per_section(out) != ([0] if before else []) + [0, 3, 0] \
                or any(a not in paragraphs for arts in ARTICLES for a in arts):
            failures[(article, opening, spacing)] = (ev.headings(out), ev.items_per_section(out))
    assert not failures, f"{len(failures)} layouts read wrong, e.g. {next(iter(failures.items()))}"
