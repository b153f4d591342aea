"""benchmarks/line_labeller_experiment.py on synthetic labelled pages written for this project."""

from __future__ import annotations

import math
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import line_labeller_experiment as lx  # noqa: E402

MENUS = ["Home | About | Services | Contact Us", "Search", "Font size: A A A", "Share to: Moments Weibo QQ",
         "Login Register", "Back to top", "Print this page | Close window"]
CRUMBS = ["Home > News > Town Notices", "Home > Services > Permits", "Current location: Home > Updates"]
TITLES = ["Maple Valley Opens a New Reading Room for Retired Farmers",
          "River Bend Township Repairs Two Bridges Before the Rainy Season",
          "Hillcrest District Trains Volunteers in First Aid",
          "Stonebrook County Publishes Its Plan for Cleaner Ponds"]
METAS = ["Date: 2025-04-{:02d}  Source: County Information Office", "Release time: 2025-05-{:02d} 09:30",
         "Author: Lin Qiao  Date: 2025-06-{:02d}"]
SENTENCES = ["The township invited residents to a meeting in the hall of the old school, where the officials explained "
             "how the new rules will change the way that the weekly market is run.",
             "According to the plan, the work will be finished by the end of the summer, and the county will check the "
             "quality of every section before it is opened to the public.",
             "Many of the farmers said that they had waited for this for a long time, and they thanked the volunteers "
             "who came from the city to help them with the applications.",
             "In the next step, the district will continue to improve the service and will publish the results of "
             "the inspection on its website so that everyone can read them."]
FOOTERS = ["Copyright © 2025 Maple Valley People's Government. All rights reserved.",
           "Sponsor: River Bend Township Office  ICP record 12345678"]


def synthetic_page(rng: random.Random, pid: str, collection: str, domain: str) -> lx.LabelledPage:
    lines = [("chrome", rng.choice(MENUS)) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.6:
        lines.append(("breadcrumb", rng.choice(CRUMBS)))
    lines.append(("title", rng.choice(TITLES)))
    lines.append(("meta", rng.choice(METAS).format(rng.randint(1, 28))))
    lines += [("para", s) for s in rng.sample(SENTENCES, rng.randint(2, 4))]
    lines += [("chrome", rng.choice(MENUS)) for _ in range(rng.randint(0, 2))]
    lines.append(("footer", rng.choice(FOOTERS)))
    return lx.LabelledPage(pid, collection, domain, lines)


def corpus(seed: int = 3) -> list[lx.LabelledPage]:
    rng = random.Random(seed)
    pages = []
    for c in range(1, 5):
        for k in range(12):
            # one site (shared.example) appears in every collection: the folds must keep it on one side
            domain = "shared.example" if k == 0 else f"site{c}-{k % 4}.example"
            pages.append(synthetic_page(rng, f"s{c}-{k:03d}", f"c{c}", domain))
    return pages


def test_groups_parse_into_collection_names():
    groups = lx.parse_groups("c1-c2,c3-c4,c7")
    assert groups == [("c1-c2", frozenset({"c1", "c2"})), ("c3-c4", frozenset({"c3", "c4"})), ("c7", frozenset({"c7"}))]


def test_folds_never_mix_collections_or_sites():
    pages = corpus()
    seen = 0
    for name, train, test in lx.folds(pages, lx.parse_groups("c1-c2,c3-c4")):
        held = {p.collection for p in test}
        assert held and not held & {p.collection for p in train}
        assert not {p.domain for p in test} & {p.domain for p in train}
        # every page not held is in training unless its site is held
        dropped = [p for p in pages if p.collection not in held and p not in train]
        assert dropped and all(p.domain == "shared.example" for p in dropped)
        seen += 1
    assert seen == 2


def test_fit_beats_the_majority_label_on_held_collections():
    pages = corpus()
    (_, train, test), = lx.folds(pages, lx.parse_groups("c4"))
    feats = {p.id: lx.page_features([t for _, t in p.lines]) for p in pages}
    model = lx.fit([(feats[p.id], [lab for lab, _ in p.lines]) for p in train], epochs=4)
    majority = Counter(lab for p in train for lab, _ in p.lines).most_common(1)[0][0]
    gold = [lab for p in test for lab, _ in p.lines]
    predicted = [lab for p in test for lab in model.label_page(feats[p.id])[0]]
    raw = [lab for p in test for lab in model.label_page(feats[p.id], smooth=False)[0]]
    baseline = sum(g == majority for g in gold) / len(gold)
    accuracy = sum(g == p for g, p in zip(gold, predicted)) / len(gold)
    assert baseline < 0.5
    assert accuracy > baseline + 0.3
    assert sum(g == p for g, p in zip(gold, raw)) / len(gold) > baseline + 0.3


def test_page_features_name_position_and_neighbours():
    page = synthetic_page(random.Random(1), "x", "c1", "a.example")
    feats = lx.page_features([t for _, t in page.lines])
    assert len(feats) == len(page.lines)
    assert feats[0]["line_1"] == 1.0 and feats[0]["prev_none"] == 1.0 and "next_prose" in feats[0]
    assert feats[-1]["last_line"] == 1.0 and feats[-1]["next_none"] == 1.0
    paras = [i for i, (lab, _) in enumerate(page.lines) if lab == "para"]
    assert feats[paras[0]]["first_prose"] == 1.0 and feats[paras[0]]["prose"] == 1.0


def test_run_reports_every_held_group_without_the_tool():
    printed: list[str] = []
    groups = lx.parse_groups("c1-c2,c3-c4")
    results = lx.run(corpus(), groups, epochs=2, with_tool=False, out=printed.append)
    assert set(results) == {"c1-c2", "c3-c4"}
    for name, held in groups:
        res = results[name]
        # every line of every held page is scored once, and nothing else
        assert res["model"].counts["accuracy"][1] == sum(len(p.lines) for p in corpus() if p.collection in held)
        assert res["tool"].counts == {}
    assert any(line.startswith("ALL") for line in printed)


def test_unknown_labels_are_refused():
    page = lx.LabelledPage("bad", "c1", "a.example", [("sidebar", "Weather today")])
    try:
        lx.run([page], lx.parse_groups("c1"), with_tool=False, out=lambda s: None)
    except ValueError as exc:
        assert "sidebar" in str(exc)
    else:
        raise AssertionError("an unknown label was accepted")


def test_past_only_folds_train_on_earlier_collections_only():
    pages = corpus()
    (_, train, test), = lx.folds(pages, lx.parse_groups("c3"), past_only=True)
    assert {p.collection for p in test} == {"c3"}
    assert {p.collection for p in train} == {"c1", "c2"}
    (_, everything_else, _), = lx.folds(pages, lx.parse_groups("c3"))
    assert "c4" in {p.collection for p in everything_else}


def test_cautious_keeps_a_line_the_model_is_unsure_of():
    def log_probs(**share):
        rest = (1.0 - sum(share.values())) / (len(lx.LABELS) - len(share))
        return [math.log(share.get(lab, rest)) for lab in lx.LABELS]

    unsure = log_probs(chrome=0.55, para=0.3)
    sure = log_probs(chrome=0.7, meta=0.2)  # removed labels together: 0.9
    assert lx.cautious(["chrome", "chrome", "para"], [unsure, sure, log_probs(para=0.9)]) == ["para", "chrome", "para"]
