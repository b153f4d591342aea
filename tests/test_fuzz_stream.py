"""Fuzz: thousands of randomly damaged bulletins through ONE NDJSON stream.

No crash, one output record per input record (same order, foreign ``id``
passed through), and nothing lost: every word of the input text (a run of
2+ letters/digits, compared lowercase, Chinese and other scripts apart) is in the output record's text (a
label word may live on as its field's name, as SPEC allows) or inside the
span of a fix (so it is in that fix's ``before``).  Seeded, so a failure reproduces; the seed and the
damage done are in the assertion message.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys

N_RECORDS = 2000
SEED = 20240611
WORD = re.compile(r"[^\W_]{2,}")

VOCAB = (
    "township county village cadres masses party building service centre meeting notice inspection "
    "harvest grain farmers road bridge river safety fire drill school students teachers health clinic "
    "elderly volunteers environment rectification market supervision veterans visit festival culture "
    "water pipes heating winter spring summer autumn committee secretary director bureau office "
    "carry out promote improve ensure implement organise strengthen study learn education quality "
    "efficiency work practical things measures policy residents households enterprises project funds"
).split()
CJK = ["小编", "发布时间", "来源", "本站原创", "欧阳晓明", "河静县"]
JUNK = "#$%^&*~|\\`@…•■□◆▲†‡§¶"


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(VOCAB) for _ in range(rng.randint(6, 18))]
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice([".", ".", ";", "!", "。"])


def _bulletin(rng: random.Random, n: int) -> str:
    lines = [f"Position: Home > {rng.choice(VOCAB).capitalize()} > {rng.choice(VOCAB).capitalize()}", ""]
    lines.append(" ".join(rng.choice(VOCAB) for _ in range(rng.randint(4, 12))).capitalize())
    lines.append("")
    lines.append(f"Source: {rng.choice(VOCAB).capitalize()} Office Author: {rng.choice(['Editor', '小编', 'Li Ming'])} "
                 f"Release time: 2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} Views: {rng.randint(1, 9999)}")
    lines.append("")
    if rng.random() < 0.5:
        lines += ["Description: " + _sentence(rng)[:rng.randint(30, 80)], ""]
    for k in range(rng.randint(1, 5)):
        if rng.random() < 0.4:
            lines += [f"{'一二三四五'[k]}、{' '.join(rng.choice(VOCAB) for _ in range(4)).capitalize()}", ""]
        lines += [" ".join(_sentence(rng) for _ in range(rng.randint(1, 4))), ""]
        if rng.random() < 0.3:
            lines += [f"The first is to {_sentence(rng).lower()}", f"The second is to {_sentence(rng).lower()}", ""]
    lines += ["【Print】 【Close】", "", f"Address: No. {n} {rng.choice(VOCAB).capitalize()} Road",
              f"Copyright © {rng.choice(VOCAB).capitalize()} County People's Government",
              f"New ICP No. {rng.randint(10000000, 99999999)}-{rng.randint(1, 9)}"]
    return "\n".join(lines) + "\n"


def _damage(rng: random.Random, text: str) -> tuple[str, list[str]]:
    done: list[str] = []
    for _ in range(rng.randint(0, 3)):
        op = rng.choice(["junk", "cut", "shuffle", "nul", "bom", "mojibake", "crlf", "double", "mask", "cjk"])
        done.append(op)
        if op == "junk":
            for _ in range(rng.randint(1, 8)):
                at = rng.randrange(len(text) + 1)
                text = text[:at] + rng.choice(JUNK) * rng.randint(1, 3) + text[at:]
        elif op == "cut":
            text = text[: rng.randint(min(40, len(text)), len(text))]
        elif op == "shuffle":
            lines = text.split("\n")
            rng.shuffle(lines)
            text = "\n".join(lines)
        elif op == "nul" and rng.random() < 0.3:
            at = rng.randrange(len(text) + 1)
            text = text[:at] + "\x00" + text[at:]
        elif op == "bom":
            at = 0 if rng.random() < 0.5 else rng.randrange(len(text) + 1)
            text = text[:at] + "\ufeff" + text[at:]
        elif op == "mojibake":
            word = rng.choice(CJK + ["café", "–", "’"])
            codec = rng.choice(["gbk", "cp1252", "latin-1"])
            garbled = word.encode("utf-8").decode(codec, errors="ignore")
            at = rng.randrange(len(text) + 1)
            text = text[:at] + " " + garbled + " " + text[at:]
        elif op == "crlf":
            text = text.replace("\n", "\r\n")
        elif op == "double":
            words = text.split(" ")
            k = rng.randrange(len(words))
            words.insert(k, words[k])
            text = " ".join(words)
        elif op == "mask":
            at = rng.randrange(len(text) + 1)
            text = text[:at] + " * * * " + text[at:]
        elif op == "cjk":
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(CJK) + text[at:]
    return text, done


HAN_EDGE = re.compile(r"(?<=[\u3400-\u9fff])(?=[^\u3400-\u9fff])|(?<=[^\u3400-\u9fff])(?=[\u3400-\u9fff])")


def _words(text: str) -> set[str]:
    """Words, with Chinese and non-Chinese runs apart (``河静县2023`` is two words)."""
    return set(WORD.findall(HAN_EDGE.sub(" ", text.lower())))


def _label_words() -> set[str]:
    """SPEC: a label word may live on as the field it introduced (``Views: 12`` -> ``views``)."""
    from bulletin_tools import lexicon

    out: set[str] = set()
    for table in ("labels.tsv", "footer_labels.tsv", "description_labels.tsv", "breadcrumb_prefixes.tsv"):
        for row in lexicon.read_table(table):
            out |= _words(row[0])
    return out


def _output_text(value, bag: list[str]) -> None:
    """Every string, key and integer of an output record (findings excluded: they are not text)."""
    if isinstance(value, str):
        bag.append(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            if k != "findings":
                bag.append(str(k))
                _output_text(v, bag)
    elif isinstance(value, list):
        for v in value:
            _output_text(v, bag)
    elif isinstance(value, int) and not isinstance(value, bool):
        bag.append(str(value))


def _unfixed(text: str, fixes: list[dict]) -> str:
    """The input with every fix's span blanked: what must survive as it was.

    Spans are offsets into the decoded text, which has no leading BOM.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    chars = list(text)
    for fix in fixes:
        start, end = fix["span"]
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def test_fuzzed_stream_no_crash_one_record_each_nothing_lost(tmp_path):
    rng = random.Random(SEED)
    cases = []
    lines = []
    for i in range(N_RECORDS):
        text, done = _damage(rng, _bulletin(rng, i))
        cases.append((text, done))
        lines.append(json.dumps({"id": i, "text": text}, ensure_ascii=rng.random() < 0.5) + "\n")
    src = tmp_path / "fuzz.jsonl"
    src.write_text("".join(lines), encoding="utf-8")
    with src.open("rb") as stdin:
        proc = subprocess.run([sys.executable, "-m", "bulletin_tools", "clean", "-", "--input-format", "jsonl",
                               "-f", "jsonl", "-j", "2", "-q"], stdin=stdin, capture_output=True, timeout=300)
    assert proc.returncode in (0, 3), proc.stderr[-3000:]
    assert b"Traceback" not in proc.stderr
    out = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [r.get("id") for r in out] == list(range(N_RECORDS))

    labels = _label_words()
    failures = []
    for rec, (text, done) in zip(out, cases):
        if "error" in rec:
            # No damage here makes a record unusable: a stray NUL is removed and recorded as a fix.
            failures.append(f"id {rec['id']} ({done}): error {rec['error']!r}")
            continue
        if "\x00" in text:
            assert "\x00" not in json.dumps(rec, ensure_ascii=False).replace('"before":"\\u0000"', "")
            assert any(f["rule"] == "control-character" and "\x00" in f["before"] for f in rec["fixes"])
        bag: list[str] = []
        _output_text({k: v for k, v in rec.items() if k not in ("id", "input", "encoding", "schema_version")}, bag)
        joined = " ".join(bag).lower()
        have = _words(joined) | labels
        # A word cut by a fix (``cafÃ©`` -> ``caf`` + fixed ``Ã©``) survives as part of a word.
        # A removed control character joins the word it split ('Pos\x00ition' -> 'Position').
        fixes = [f for f in rec["fixes"] if f["rule"] != "control-character"]
        lost = sorted(w for w in _words(_unfixed(text, fixes).replace("\x00", "")) - have if w not in joined)
        if lost:
            failures.append(f"id {rec['id']} ({done}): lost {sorted(lost)[:8]}")
    assert not failures, f"{len(failures)} of {N_RECORDS} records (seed {SEED}):\n" + "\n".join(failures[:20])
