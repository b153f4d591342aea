#!/usr/bin/env python3
"""Would a *learned* line labeller generalise to unseen sites better than hand rules?

Usage::

    python benchmarks/line_labeller_experiment.py DIR [DIR ...] [--groups c1-c5,...] [--no-tool]
        [--tool-root TREE] [--past-only] [--epochs N] [--transition-weight W]

    # e.g. (name every folder: never a glob that could reach a held-out collection)
    PYTHONPATH=. python benchmarks/line_labeller_experiment.py /work/realpages/c1 ... /work/realpages/c27

    # the tool as it stood before a group was collected, against a model trained on earlier groups only:
    git archive COMMIT | tar -x -C /tmp/tool_then
    PYTHONPATH=. python benchmarks/line_labeller_experiment.py DIRS... --tool-root /tmp/tool_then --past-only

Each DIR holds ``ID.txt``, ``ID.gold.json`` and ``ID.lines.tsv`` (one label
per non-blank line: chrome breadcrumb title meta description heading para
item caption footer), as ``evaluate_real.py`` reads them.  Nothing is
written: no page text, no features, no model leaves the process.  It takes
about half a minute for 1,800 pages (pure Python, no numpy).

What it measures, per held-out group of collections (``--groups``, default
c1-c5, c6-c9, c10-c13, c14-c17, c18-c22, c23-c27: leave-one-group-out):

* **the model**: a multinomial logistic regression over 76 named line
  features (the chrome classifier's shape features from ``segment.chrome``,
  the package's vocabulary readers as yes/no cues, position on the page, and
  the same cues of the previous and next line), fitted by SGD in pure Python
  on every other group (pages of a site that also appears in the held group
  are dropped from training, so the held sites are truly unseen), then
  smoothed by a Viterbi pass over label transitions counted on the training
  pages (``model``; ``model-raw`` without it; ``model-cautious`` removes a
  line only at P(removed) >= 0.8);
* **the tool**: the library's own output on the same held pages (or, with
  ``--tool-root``, the output of another source tree: an older commit),
  scored with ``evaluate_real.py``'s line checks and its ``title`` and
  ``first_paragraph_startswith`` field checks.

Figures compared like with like (the model's labels mapped to what the tool
does with a line):

* chrome removed: a gold chrome line the model labels chrome, breadcrumb,
  meta or footer (all of which leave the body) / the tool's text under the
  headline no longer holds it (``chrome as chrome``: the model said chrome);
* body kept: a gold heading/para/item/caption line the model labels with a
  body label (title description heading para item caption) / the tool's
  Markdown still holds it;
* title chosen: per page, the line the model finds likeliest to be the title
  is a gold title line / the tool's title shares 60% of its words with a gold
  title line (``title field``: the tool's title equals the gold title, the
  stricter field check; ``title labelled``: the model labels the first gold
  title line title);
* first paragraph (page): the first line the model labels para is the first
  gold para line / the tool's first paragraph starts with the gold opening
  (``first para line``: the model labels the first gold para line para).

The current tool was tuned on these collections, while the model never sees
the held group: that comparison favours the tool.  Two rows restore the
balance: ``model-insample`` (fitted on every page, as the tool was tuned) and,
with ``--tool-root`` and ``--past-only``, a tool from before a group was
collected against a model trained only on the groups before it.
``model-train`` is the model's score on its own training pages.

The test ``tests/test_line_labeller_experiment.py`` runs the same code on
synthetic pages written for the project.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bulletin_tools.segment import chrome  # noqa: E402
from bulletin_tools.segment.footer import looks_like_footer  # noqa: E402
from bulletin_tools.segment.furniture import is_furniture_line  # noqa: E402
from bulletin_tools.segment.header import credit_line, date_line, is_label_line, parse_breadcrumb  # noqa: E402
from bulletin_tools.segment.removal import judgeable  # noqa: E402
from bulletin_tools.segment.shape import is_photo_caption  # noqa: E402

LABELS = ("chrome", "breadcrumb", "title", "meta", "description", "heading", "para", "item", "caption", "footer")
#: Labels whose lines leave the body (what the tool does with chrome, crumbs, header fields, footers).
REMOVED = frozenset({"chrome", "breadcrumb", "meta", "footer"})
#: Gold labels the evaluator checks are kept (``evaluate_real.BODY_LABELS``).
BODY = frozenset({"heading", "para", "item", "caption"})

DEFAULT_GROUPS = "c1-c5,c6-c9,c10-c13,c14-c17,c18-c22,c23-c27"

#: SGD settings: the features lie in [0, 1], so a plain decaying step converges.
EPOCHS = 8
LEARNING_RATE = 0.2
L2 = 1e-5
SEED = 11
#: Weight of the transition log-probabilities against the model's own in the Viterbi pass.
TRANSITION_WEIGHT = 0.4
#: Add-k smoothing of the transition counts.
TRANSITION_SMOOTHING = 0.5

_MARKER = re.compile(r"^\s*(?:[-–•·*●■▪◆]\s|\(?\d{1,2}[.)、．]\s?|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.]|[IVX]{1,4}\.\s)")
_LENGTH_SCALE = math.log(1000)


@dataclass
class LabelledPage:
    """One page's non-blank lines and their gold labels; ``collection`` and ``domain`` decide the folds."""

    id: str
    collection: str
    domain: str
    lines: list[tuple[str, str]]  # (label, text)
    gold: dict = field(default_factory=dict)
    txt: Path | None = None


# --------------------------------------------------------------------------- features

def _own_cues(t: str, shape: chrome.LineShape, prose: bool) -> dict[str, float]:
    """The line's shape (``chrome.features``) plus the package's vocabulary readers as yes/no cues."""
    f = chrome.features(shape)
    s = t.strip()
    words = s.split()
    f.update({
        "prose": 1.0 if prose else 0.0,
        "long_length": min(math.log1p(len(s)) / _LENGTH_SCALE, 1.0),
        "label_line": 1.0 if is_label_line(s) else 0.0,
        "breadcrumb": 1.0 if parse_breadcrumb(s) is not None else 0.0,
        "date_line": 1.0 if date_line(s) is not None else 0.0,
        "footer_lexicon": 1.0 if looks_like_footer(s) else 0.0,
        "furniture_lexicon": 1.0 if is_furniture_line(s) else 0.0,
        "credit_line": 1.0 if credit_line(s) else 0.0,
        "photo_caption": 1.0 if is_photo_caption(s) else 0.0,
        "judgeable": 1.0 if judgeable(s) else 0.0,
        "ends_colon": 1.0 if s.endswith((":", "：")) else 0.0,
        "starts_marker": 1.0 if _MARKER.match(s) else 0.0,
        "starts_lower": 1.0 if s[:1].islower() else 0.0,
        "all_caps": 1.0 if len(words) >= 2 and s.isupper() else 0.0,
    })
    return f


#: The cues that say a vocabulary reader of the package claims the line.
VOCABULARY_CUES = ("label_line", "breadcrumb", "date_line", "footer_lexicon", "furniture_lexicon", "credit_line",
                   "photo_caption")

#: Cues of the neighbours worth copying (prefixed ``prev_`` / ``next_``).
NEIGHBOUR_CUES = ("prose", "long_length", "stop_share", "sentence_end", "few_words", "label_line", "breadcrumb",
                  "date_line", "footer_lexicon", "recurrence", "starts_marker", "cap_share", "top", "tail")


def page_features(texts: list[str]) -> list[dict[str, float]]:
    """Named features of every line of one page (its non-blank lines, in order)."""
    n = len(texts)
    flags = [chrome.is_prose(t) for t in texts]
    zones = chrome.zones_of(flags)
    counts = chrome._prose_counts(texts, flags)
    repeats = Counter(t.strip() for t in texts)
    first_prose = flags.index(True) if any(flags) else None
    own = []
    for t, prose, zone in zip(texts, flags, zones):
        shape = chrome.line_shape(t, zone, counts, own=chrome.content_words(t) if prose else None,
                                  repeats=repeats[t.strip()])
        own.append(_own_cues(t, shape, prose))
    top_lengths = [len(t.strip()) if z == "top" and not p else 0 for t, p, z in zip(texts, flags, zones)]
    longest_top = max(range(n), key=top_lengths.__getitem__) if n and max(top_lengths) else None
    out = []
    for i, f in enumerate(own):
        row = dict(f)
        row.update({
            "rel_index": i / (n - 1) if n > 1 else 0.0,
            "line_1": 1.0 if i == 0 else 0.0,
            "line_2": 1.0 if i == 1 else 0.0,
            "line_3": 1.0 if i == 2 else 0.0,
            "last_line": 1.0 if i == n - 1 else 0.0,
            "from_top": min(i, 10) / 10,
            "from_bottom": min(n - 1 - i, 10) / 10,
            "no_prose_on_page": 1.0 if first_prose is None else 0.0,
            "first_prose": 1.0 if i == first_prose else 0.0,
            "just_above_first_prose": 1.0 if first_prose is not None and i == first_prose - 1 else 0.0,
            "lines_above_first_prose": min(max(first_prose - i, 0), 10) / 10 if first_prose is not None else 0.0,
            "longest_top_line": 1.0 if i == longest_top else 0.0,
            "top_recurring": f["top"] * f["recurrence"],
        })
        for side, j in (("prev", i - 1), ("next", i + 1)):
            if 0 <= j < n:
                row.update({f"{side}_{k}": own[j][k] for k in NEIGHBOUR_CUES})
            else:
                row[f"{side}_none"] = 1.0
        out.append(row)
    return out


# --------------------------------------------------------------------------- model

@dataclass
class Model:
    names: list[str]
    weights: list[list[float]]  # per label, per feature
    transitions: list[list[float]]  # log P(label j | label i)
    start: list[float]  # log P(first label)
    transition_weight: float = TRANSITION_WEIGHT

    def index(self, feats: dict[str, float]) -> list[tuple[int, float]]:
        pos = self._pos
        return [(pos[k], v) for k, v in feats.items() if v and k in pos]

    @property
    def _pos(self) -> dict[str, int]:
        cached = getattr(self, "_pos_cache", None)
        if cached is None:
            cached = {k: i for i, k in enumerate(self.names)}
            self._pos_cache = cached
        return cached

    def log_probs(self, x: list[tuple[int, float]]) -> list[float]:
        z = [sum(w[j] * v for j, v in x) for w in self.weights]
        top = max(z)
        total = math.log(sum(math.exp(a - top) for a in z)) + top
        return [a - total for a in z]

    def label_page(self, feats: list[dict[str, float]], smooth: bool = True) -> tuple[list[str], list[list[float]]]:
        """The labels of one page's lines (Viterbi-smoothed or not), and every line's log-probabilities."""
        lps = [self.log_probs(self.index(f)) for f in feats]
        if not smooth or not lps:
            return [LABELS[max(range(len(LABELS)), key=lp.__getitem__)] for lp in lps], lps
        k = len(LABELS)
        tw = self.transition_weight
        score = [self.start[c] * tw + lps[0][c] for c in range(k)]
        back = []
        for lp in lps[1:]:
            ptr, new = [], []
            for c in range(k):
                best = max(range(k), key=lambda a: score[a] + tw * self.transitions[a][c])
                ptr.append(best)
                new.append(score[best] + tw * self.transitions[best][c] + lp[c])
            back.append(ptr)
            score = new
        c = max(range(k), key=score.__getitem__)
        path = [c]
        for ptr in reversed(back):
            c = ptr[c]
            path.append(c)
        return [LABELS[c] for c in reversed(path)], lps


def fit(pages: list[tuple[list[dict[str, float]], list[str]]], epochs: int = EPOCHS) -> Model:
    """Multinomial logistic regression by SGD (pure Python), plus label transitions counted on the same pages."""
    names = sorted({k for feats, _ in pages for f in feats for k in f})
    pos = {k: i for i, k in enumerate(names)}
    rows = [([(pos[k], v) for k, v in f.items() if v], LABELS.index(y)) for feats, ys in pages for f, y in zip(feats, ys)]
    k, m = len(LABELS), len(names)
    w = [[0.0] * m for _ in range(k)]
    rng = random.Random(SEED)
    for epoch in range(epochs):
        rng.shuffle(rows)
        lr = LEARNING_RATE / (1 + epoch)
        for x, y in rows:
            z = [sum(wc[j] * v for j, v in x) for wc in w]
            top = max(z)
            e = [math.exp(a - top) for a in z]
            total = sum(e)
            for c in range(k):
                g = e[c] / total - (c == y)
                wc = w[c]
                for j, v in x:
                    wc[j] -= lr * (g * v + L2 * wc[j])
    trans = [[TRANSITION_SMOOTHING] * k for _ in range(k)]
    start = [TRANSITION_SMOOTHING] * k
    for _, ys in pages:
        if ys:
            start[LABELS.index(ys[0])] += 1
        for a, b in zip(ys, ys[1:]):
            trans[LABELS.index(a)][LABELS.index(b)] += 1
    trans = [[math.log(v / sum(row)) for v in row] for row in trans]
    start = [math.log(v / sum(start)) for v in start]
    return Model(names, w, trans, start)


#: A line leaves the body only when the model gives its removed labels together at least this
#: probability: "when unsure between chrome and body, keep the line" (issue 11).
CAUTIOUS_REMOVE = 0.8


def cautious(labels: list[str], lps: list[list[float]]) -> list[str]:
    """``labels`` with every removal the model is unsure of turned into its likeliest kept label."""
    removed = [LABELS.index(lab) for lab in REMOVED]
    out = []
    for lab, lp in zip(labels, lps):
        if lab in REMOVED and sum(math.exp(lp[c]) for c in removed) < CAUTIOUS_REMOVE:
            lab = LABELS[max((c for c in range(len(LABELS)) if c not in removed), key=lp.__getitem__)]
        out.append(lab)
    return out


# --------------------------------------------------------------------------- folds

def parse_groups(spec: str) -> list[tuple[str, frozenset[str]]]:
    """``c1-c5,c6-c9`` -> ``[("c1-c5", {"c1",...,"c5"}), ...]``."""
    out = []
    for part in spec.split(","):
        a, _, b = part.strip().partition("-")
        lo, hi = int(a.lstrip("c")), int((b or a).lstrip("c"))
        out.append((part.strip(), frozenset(f"c{i}" for i in range(lo, hi + 1))))
    return out


def _number(collection: str) -> int:
    return int(collection.lstrip("c"))


def folds(pages: list[LabelledPage], groups: list[tuple[str, frozenset[str]]], past_only: bool = False):
    """Per group: (name, training pages, held pages).  Training never holds a page of a held
    collection, nor of a site (domain) that the held group also has; with ``past_only``, nor a page
    of a collection gathered after the group (numbered higher), as the tool of that day had not."""
    for name, held in groups:
        test = [p for p in pages if p.collection in held]
        held_sites = {p.domain for p in test}
        first = min(map(_number, held))
        train = [p for p in pages if p.collection not in held and p.domain not in held_sites
                 and not (past_only and _number(p.collection) > first)]
        yield name, train, test


# --------------------------------------------------------------------------- scoring

@dataclass
class Tally:
    counts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def add(self, key: str, ok: bool) -> None:
        t = self.counts[key]
        t[0] += bool(ok)
        t[1] += 1

    def pct(self, key: str) -> str:
        ok, n = self.counts.get(key, (0, 0))
        return f"{100 * ok / n:5.1f}%" if n else "   - "


def first_index(labels: list[str], want: str) -> int | None:
    return labels.index(want) if want in labels else None


def score_model_page(tally: Tally, gold: list[str], pred: list[str], lps: list[list[float]], conf: Counter) -> dict:
    """Line and page figures of the model on one page; returns per-line outcomes (and ``title``) for the comparison."""
    outcome: dict = {}
    for i, (g, p) in enumerate(zip(gold, pred)):
        conf[g, p] += 1
        tally.add("accuracy", g == p)
        if g == "chrome":
            outcome[i] = p in REMOVED
            tally.add("chrome removed", p in REMOVED)
            tally.add("chrome as chrome", p == "chrome")
        elif g in BODY:
            outcome[i] = p not in REMOVED
            tally.add("body kept", p not in REMOVED)
    t = LABELS.index("title")
    if "title" in gold:
        pick = max(range(len(lps)), key=lambda i: lps[i][t])
        outcome["title"] = gold[pick] == "title"
        tally.add("title chosen", outcome["title"])
        tally.add("title labelled", pred[first_index(gold, "title")] == "title")
    if "para" in gold:
        tally.add("first para (page)", first_index(pred, "para") == first_index(gold, "para"))
        tally.add("first para line", pred[first_index(gold, "para")] == "para")
    return outcome


#: Run in a child process whose ``PYTHONPATH`` is another source tree (``--tool-root``): the
#: tool as it stood at an older commit, cleaning the pages named on stdin, one JSON line each.
_CHILD = r"""
import json, sys, time
import bulletin_tools
from bulletin_tools.errors import InputError
for line in sys.stdin:
    path = line.rstrip("\n")
    rec = {}
    start = time.perf_counter()
    try:
        obj = bulletin_tools.clean_bytes(open(path, "rb").read(), input=path)
        rec["doc"] = bulletin_tools.to_json_dict(obj)
        rec["markdown"] = bulletin_tools.to_markdown(obj)
    except InputError as exc:
        rec["error"], rec["rejected"] = f"InputError: {exc}", True
    except Exception as exc:  # a crash on one page is a result to score (as evaluate.run_tool does)
        rec["error"] = f"{type(exc).__name__}: {exc}"
    rec["seconds"] = time.perf_counter() - start
    print(json.dumps(rec), flush=True)
"""


def tool_outputs_from(root: Path, pages: list[LabelledPage]) -> dict[str, tuple[object, float]]:
    """The outputs of the tool in source tree ``root`` (e.g. ``git archive COMMIT`` unpacked), by page id."""
    import os
    import subprocess

    import evaluate as ev

    env = {**os.environ, "PYTHONPATH": str(root.resolve())}
    done = subprocess.run([sys.executable, "-c", _CHILD], input="".join(f"{p.txt}\n" for p in pages), env=env,
                          cwd=root, capture_output=True, text=True, check=True)
    outputs = {}
    for page, row in zip(pages, done.stdout.splitlines(), strict=True):
        rec = json.loads(row)
        outputs[page.id] = (ev.Output(rec.get("doc"), rec.get("markdown"), rec.get("error"), rec.get("rejected", False)),
                            rec["seconds"])
    return outputs


def tool_page(page: LabelledPage, tally: Tally, given=None) -> tuple[dict, float]:
    """The tool's figures on one page, by ``evaluate_real``'s own checks; per-line outcomes and seconds.

    ``given``: the output and seconds already computed (by an older tool, :func:`tool_outputs_from`)."""
    import evaluate as ev
    import evaluate_real as er

    if given is None:
        start = time.perf_counter()
        out = ev.run_tool(page.txt)
        seconds = time.perf_counter() - start
    else:
        out, seconds = given
    er_page = er.Page(page.id, page.txt, page.gold, page.domain, "tune", page.lines)
    checks = iter(er.line_checks(er_page, out))
    outcome: dict = {}
    for i, (label, text) in enumerate(page.lines):
        if not er.words(text) or (label != "chrome" and label not in BODY):
            continue
        c = next(checks)
        outcome[i] = c.passed
        tally.add("chrome removed" if label == "chrome" else "body kept", c.passed)
    expected = {k: v for k, v in page.gold.items() if k not in er.NOT_SCORED}
    fields = {c.family: c.passed for c in (er.relax(c, expected) for c in ev.score(expected, out))
              if c.family in ("title", "first_paragraph_startswith")}
    labels = [label for label, _ in page.lines]
    if "title" in labels and "title" in fields:
        got = er.words(str((out.doc or {}).get("title") or ""))
        outcome["title"] = title_line_found(got, [er.words(t) for lab, t in page.lines if lab == "title"])
        tally.add("title chosen", outcome["title"])
        tally.add("title field", fields["title"])
    if "para" in labels and "first_paragraph_startswith" in fields:
        tally.add("first para (page)", fields["first_paragraph_startswith"])
    return outcome, seconds


#: Share of a gold title line's words the tool's title must hold (or the reverse) for the tool to
#: have found the title line, whatever it then cut or joined.
TITLE_LINE_OVERLAP = 0.6


def title_line_found(got: str, gold_lines: list[str]) -> bool:
    """Did the tool's title come from a gold title line?  Word overlap either way, so a cut
    site suffix or a joined second line still counts: the model's "title line" is a choice of line."""
    if not got:
        return False
    mine = set(got.split())
    for gold in gold_lines:
        theirs = set(gold.split())
        if theirs and len(mine & theirs) >= TITLE_LINE_OVERLAP * min(len(mine), len(theirs)):
            return True
    return False


def category(label: str, feats: dict[str, float]) -> str:
    """A content-free name for a line's kind: gold label, zone, and whether a vocabulary reader claims it."""
    zone = "top" if feats.get("top") else "tail" if feats.get("tail") else "body"
    vocab = "vocab" if any(feats.get(k) for k in VOCABULARY_CUES) else "no-vocab"
    return f"{label}/{zone}/{vocab}"


# --------------------------------------------------------------------------- driver

def load(dirs: list[Path]) -> list[LabelledPage]:
    import evaluate_real as er

    pages = []
    for d in dirs:
        for p in er.find_pages([d], {}):
            if p.lines:
                pages.append(LabelledPage(p.id, d.name, p.domain, [(lab, t) for lab, t in p.lines if t.strip()], p.gold, p.txt))
    return pages


def run(pages: list[LabelledPage], groups, epochs: int = EPOCHS, with_tool: bool = True, out=print,
        transition_weight: float = TRANSITION_WEIGHT, tool_root: Path | None = None, past_only: bool = False) -> dict:
    """The whole experiment; returns the tallies by group (``model``, ``model-raw``, ``tool``, ...)."""
    for p in pages:
        bad = {lab for lab, _ in p.lines} - set(LABELS)
        if bad:
            raise ValueError(f"{p.id}: unknown labels {sorted(bad)}")
    t0 = time.perf_counter()
    feats = {p.id: page_features([t for _, t in p.lines]) for p in pages}
    feature_seconds = time.perf_counter() - t0
    results: dict[str, dict[str, Tally]] = {}
    confusion: Counter = Counter()
    compare: dict[str, Counter] = defaultdict(Counter)
    label_seconds = 0.0
    tool_seconds = 0.0
    # The tool was tuned on every collection: its figures are in-sample.  A model fitted on every
    # page and scored on each group (``model-insample``) is the like-for-like comparison for that.
    everything = fit([(feats[p.id], [lab for lab, _ in p.lines]) for p in pages], epochs)
    everything.transition_weight = transition_weight
    given = tool_outputs_from(tool_root, [p for p in pages if p.txt is not None]) if with_tool and tool_root else {}
    for name, train, test in folds(pages, groups, past_only):
        if not test or not train:
            continue
        model = fit([(feats[p.id], [lab for lab, _ in p.lines]) for p in train], epochs)
        model.transition_weight = transition_weight
        res = results[name] = {w: Tally() for w in WHO}
        res["info"] = {"train_pages": len(train), "test_pages": len(test), "sites": len({p.domain for p in test}),
                       "features": len(model.names)}
        for p in train:
            gold = [lab for lab, _ in p.lines]
            pred, lps = model.label_page(feats[p.id])
            score_model_page(res["model-train"], gold, pred, lps, Counter())
        for p in test:
            gold = [lab for lab, _ in p.lines]
            pred, lps = everything.label_page(feats[p.id])
            score_model_page(res["model-insample"], gold, pred, lps, Counter())
            s = time.perf_counter()
            pred, lps = model.label_page(feats[p.id])
            label_seconds += time.perf_counter() - s
            raw = [LABELS[max(range(len(LABELS)), key=lp.__getitem__)] for lp in lps]
            score_model_page(res["model-raw"], gold, raw, lps, Counter())
            score_model_page(res["model-cautious"], gold, cautious(pred, lps), lps, Counter())
            mine = score_model_page(res["model"], gold, pred, lps, confusion)
            if with_tool and p.txt is not None:
                theirs, secs = tool_page(p, res["tool"], given.get(p.id))
                tool_seconds += secs
                for i, ok in mine.items():
                    if i in theirs and ok != theirs[i]:
                        kind = "title chosen" if i == "title" else category(gold[i], feats[p.id][i])
                        compare["model only" if ok else "tool only"][kind] += 1
                        compare["pages: " + ("model only" if ok else "tool only")][kind + " " + p.id] = 1
    report(results, confusion, compare, out)
    n_pages = sum(r["info"]["test_pages"] for r in results.values()) or 1
    out(f"\nrun-time cost: {max((r['info']['features'] for r in results.values()), default=0)} features per line; "
        f"features {1000 * feature_seconds / len(pages):.2f} ms/page + labelling (pure-Python dot products + Viterbi) "
        f"{1000 * label_seconds / n_pages:.2f} ms/page"
        + (f"; the tool's whole clean: {1000 * tool_seconds / n_pages:.2f} ms/page "
           f"(model/tool = {(feature_seconds / len(pages) + label_seconds / n_pages) / (tool_seconds / n_pages):.2f})"
           if tool_seconds else ""))
    return results


#: Rows per group: the model (smoothed, raw, cautious: see :func:`cautious`), the model scored on its own training pages, the
#: model fitted on every page (in-sample, as the tool is), and the tool.
WHO = ("model", "model-raw", "model-cautious", "model-train", "model-insample", "tool")

KEYS = ("accuracy", "chrome removed", "chrome as chrome", "body kept", "title chosen", "title field", "title labelled",
        "first para (page)", "first para line")


def report(results: dict, confusion: Counter, compare: dict, out=print) -> None:
    out(f"{'held group':<10}{'pages':>6}{'sites':>6}  " + "".join(f"{k:>17}" for k in KEYS))
    for name, res in results.items():
        info = res["info"]
        for who in WHO:
            cells = "".join(f"{res[who].pct(k):>17}" for k in KEYS)
            out(f"{name if who == 'model' else '':<10}{info['test_pages'] if who == 'model' else '':>6}"
                f"{info['sites'] if who == 'model' else '':>6}  {cells}   {who}")
    totals: dict[str, Tally] = {w: Tally() for w in WHO}
    for res in results.values():
        for w, tally in totals.items():
            for k, (ok, n) in res[w].counts.items():
                tally.counts[k][0] += ok
                tally.counts[k][1] += n
    for who, tally in totals.items():
        out(f"{'ALL' if who == 'model' else '':<22}  " + "".join(f"{tally.pct(k):>17}" for k in KEYS) + f"   {who}")
    out("\nper label (model, held groups pooled): precision / recall / gold lines")
    for lab in LABELS:
        tp = confusion[lab, lab]
        pred = sum(v for (g, p), v in confusion.items() if p == lab)
        gold = sum(v for (g, p), v in confusion.items() if g == lab)
        out(f"  {lab:<12} {100 * tp / pred if pred else 0:5.1f}% / {100 * tp / gold if gold else 0:5.1f}% / {gold}")
    wrong = sorted(((k, v) for k, v in confusion.items() if k[0] != k[1]), key=lambda kv: -kv[1])
    out("\nmost frequent confusions (gold -> model): " + ", ".join(f"{g}->{p} {v}" for (g, p), v in wrong[:12]))
    for side in ("model only", "tool only"):
        if compare.get(side):
            pages = Counter(k.rsplit(" ", 1)[0] for k in compare["pages: " + side])
            out(f"\nright by the {side.split()[0]} only (gold label/zone/claimed by vocabulary?: lines, on pages): "
                + ", ".join(f"{k} {v}/{pages[k]}" for k, v in compare[side].most_common(14)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path, help="collection folders, named one by one")
    parser.add_argument("--groups", default=DEFAULT_GROUPS, help=f"held-out groups of collections (default {DEFAULT_GROUPS})")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--transition-weight", type=float, default=TRANSITION_WEIGHT,
                        help="weight of the label transitions in the Viterbi pass (0: none)")
    parser.add_argument("--tool-root", type=Path, default=None,
                        help="score the tool of another source tree (e.g. `git archive COMMIT` unpacked) instead of this one")
    parser.add_argument("--past-only", action="store_true",
                        help="train only on collections numbered below the held group (to compare with an old tool)")
    parser.add_argument("--no-tool", action="store_true", help="skip the tool's baseline (faster)")
    args = parser.parse_args(argv)
    pages = load(args.dirs)
    if not pages:
        print("no labelled pages found (ID.txt + ID.gold.json + ID.lines.tsv)", file=sys.stderr)
        return 2
    run(pages, parse_groups(args.groups), args.epochs, not args.no_tool, transition_weight=args.transition_weight,
        tool_root=args.tool_root, past_only=args.past_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
