"""Beyond one machine: the CLI and the library on a real Dask LocalCluster, against one machine.

A real ``distributed.LocalCluster`` (two worker processes, TCP on loopback)
is started once for the module.  The corpus: 2,000 generated records (with
bad records mixed in) in four shards, ``.jsonl``, ``.jsonl.gz``, ``.jsonl``
and ``.parquet``.  The reference is ``bulletin clean SHARD --input-format
jsonl --format jsonl`` on one machine, shard by shard; the Parquet shard's
reference is the same rows as an NDJSON file.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from bulletin_tools.cli import app  # noqa: E402
from bulletin_tools.pipeline import Options  # noqa: E402
from bulletin_tools.shards import Shard, ShardJob, output_name, plan_shards, process_shard  # noqa: E402
from bulletin_tools.stream import StreamJob  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RECORDS_PER_SHARD = 500
runner = CliRunner()

# --- a generated corpus (text written for this test) ---------------------------

TOWNS = ["Qinghe", "Shuangshan", "Liangting", "Baishui", "Dongpo", "Hualin", "Yuxi", "Nanling"]
TOPICS = [
    ("Holds Training on Safe Use of Farm Machinery", "farm machinery", "drivers"),
    ("Inspects Flood Control Works Before the Rainy Season", "flood control works", "dike patrols"),
    ("Organizes Volunteers to Visit Elderly Residents", "elderly care visits", "volunteers"),
    ("Promotes Garbage Sorting in Residential Communities", "garbage sorting", "community workers"),
    ("Checks Fire Safety in Small Shops and Workshops", "fire safety checks", "shop owners"),
]
AUTHORS = ["Editor: Lin Xiaoyu", "Author:小编", "Author: Zhou Ming", "Author: He Jing"]


def bulletin_text(k: int) -> str:
    """The k-th generated bulletin: short, varied, with a few defects the cleaner fixes."""
    rng = random.Random(k)
    town = TOWNS[k % len(TOWNS)]
    title, topic, people = TOPICS[(k // len(TOWNS)) % len(TOPICS)]
    n, m = rng.randint(3, 90), rng.randint(100, 5000)
    date = f"2023-{1 + k % 12:02d}-{1 + k % 28:02d}"
    doubled = "the the " if k % 7 == 0 else "the "
    return (
        f"Position: Home > Town News > {town}\n\n"
        f"{town} Town {title}\n\n"
        f"{AUTHORS[k % len(AUTHORS)]}  Release time: {date}  Views: {m}\n\n"
        f"   On {date}, {town} Town organized {n} {people} to carry out {topic} in record {k}. "
        f"The work covered {doubled}whole town and {m} households took part.\n\n"
        f"   The first is to make clear who is responsible. Each village named a person in charge of {topic}. "
        f"The second is to check again after one week, so that no problem is left open.\n\n"
        f"[Print] [Close]\n\n"
        f"Copyright © {town} Town People's Government\n"
    )


def records_for(shard: int) -> list[dict]:
    """RECORDS_PER_SHARD records, with the bad records of the issue mixed into every shard."""
    base = shard * RECORDS_PER_SHARD
    recs: list[dict] = [{"id": base + i, "text": bulletin_text(base + i), "meta": {"shard": shard}}
                        for i in range(RECORDS_PER_SHARD)]
    recs[7] = {"id": base + 7, "text": "\x00\x01\x02\x03binary\x00\x04\x05", "meta": {"shard": shard}}  # binary text
    recs[50] = {"id": base + 50, "text": "", "meta": {"shard": shard}}  # empty text
    recs[120] = {"id": base + 120, "text": None, "meta": {"shard": shard}}  # null: missing in a table
    return recs


def _with_json_only_bad(recs: list[dict]) -> list[dict]:
    """NDJSON can also hold a record without the field, or with a number in it (Parquet cannot)."""
    recs = list(recs)
    recs[200] = {"id": recs[200]["id"], "meta": recs[200]["meta"]}  # missing field
    recs[300] = {"id": recs[300]["id"], "text": 12345, "meta": recs[300]["meta"]}  # not a string
    return recs


def _ndjson(recs: list[dict]) -> bytes:
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in recs]
    lines.insert(len(lines) // 3, "\n")  # a blank line: not a record, but it counts in the line numbers
    return "".join(lines).encode("utf-8")


def _run_one_machine(shard: Path) -> tuple[bytes, list[str]]:
    proc = subprocess.run([sys.executable, "-m", "bulletin_tools", "clean", str(shard), "--input-format", "jsonl",
                           "--format", "jsonl", "--jobs", "2"], capture_output=True, timeout=600)
    assert proc.returncode in (0, 3), proc.stderr.decode()
    return proc.stdout, proc.stderr.decode().splitlines()


def _summary(lines: list[str]) -> tuple[int, int, int, int]:
    m = re.fullmatch(r"bulletin: (\d+) processed, (\d+) failed, (\d+) fixes, (\d+) findings", lines[-1])
    assert m, lines[-1:]
    return tuple(int(x) for x in m.groups())  # type: ignore[return-value]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The four shards, and each one's one-machine output (bytes) and stderr lines."""
    root = tmp_path_factory.mktemp("dask")
    shard_dir, ref_dir = root / "shards", root / "ref"
    shard_dir.mkdir()
    ref_dir.mkdir()
    (shard_dir / "s0.jsonl").write_bytes(_ndjson(_with_json_only_bad(records_for(0))))
    with gzip.open(shard_dir / "s1.jsonl.gz", "wb") as fh:
        fh.write(_ndjson(_with_json_only_bad(records_for(1))))
    (shard_dir / "s2.jsonl").write_bytes(_ndjson(records_for(2)))
    rows = records_for(3)
    pq.write_table(pa.Table.from_pylist(rows), shard_dir / "s3.parquet", row_group_size=300)
    # The Parquet shard's rows as NDJSON (no blank line: a row number is a line number).
    (ref_dir / "s3.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    refs = {}
    for src in [shard_dir / "s0.jsonl", shard_dir / "s1.jsonl.gz", shard_dir / "s2.jsonl", ref_dir / "s3.jsonl"]:
        refs[src.name] = _run_one_machine(src)
    return {"root": root, "shards": shard_dir, "ref": refs}


@pytest.fixture(scope="module")
def cluster():
    """A real LocalCluster: two worker processes, one thread each, TCP on loopback."""
    import logging

    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as lc, Client(lc) as client:
        assert lc.scheduler_address.startswith("tcp://127.0.0.1:")
        yield lc, client


def _dask_cli(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bulletin_tools", "clean", *args], capture_output=True,
                          timeout=600)


def _read(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()


def _parquet_ref_lines(corpus) -> bytes:
    """The one-machine output for s3's rows, named as the Parquet shard is named."""
    ref_name = str(corpus["root"] / "ref" / "s3.jsonl")
    return corpus["ref"]["s3.jsonl"][0].replace(f'"input":"{ref_name}:'.encode(),
                                                 f'"input":"{corpus["shards"] / "s3.parquet"}:'.encode())


# --- the CLI on the cluster ----------------------------------------------------


def test_cli_jsonl_shards_byte_identical_to_one_machine(corpus, cluster, tmp_path):
    lc, _ = cluster
    out = tmp_path / "out"
    proc = _dask_cli([str(corpus["shards"] / "*.jsonl*"), "--input-format", "jsonl", "--format", "jsonl",
                      "--out-dir", str(out), "--scheduler", lc.scheduler_address])
    assert proc.returncode == 3  # bad records: exit 3, as on one machine
    assert sorted(p.name for p in out.iterdir()) == ["s0.jsonl", "s1.jsonl.gz", "s2.jsonl"]
    for name in ("s0.jsonl", "s1.jsonl.gz", "s2.jsonl"):
        assert _read(out / name) == corpus["ref"][name][0], name
    assert len(_read(out / "s0.jsonl").splitlines()) == RECORDS_PER_SHARD
    # the same messages (one per bad record) and the same summary as one machine
    err = proc.stderr.decode().splitlines()
    ref_err = [line for name in ("s0.jsonl", "s1.jsonl.gz", "s2.jsonl") for line in corpus["ref"][name][1][:-1]]
    assert sorted(err[:-1]) == sorted(ref_err)
    assert len(ref_err) == 5 + 5 + 3
    expected = [sum(x) for x in zip(*(_summary(corpus["ref"][n][1]) for n in ("s0.jsonl", "s1.jsonl.gz", "s2.jsonl")))]
    assert _summary(err) == tuple(expected)
    assert "Traceback" not in proc.stderr.decode()


def test_cli_parquet_to_jsonl_same_records_as_one_machine(corpus, cluster, tmp_path):
    lc, _ = cluster
    proc = _dask_cli([str(corpus["shards"] / "s3.parquet"), "--input-format", "parquet", "--format", "jsonl",
                      "--out-dir", str(tmp_path), "--scheduler", lc.scheduler_address])
    assert proc.returncode == 3
    assert (tmp_path / "s3.jsonl").read_bytes() == _parquet_ref_lines(corpus)
    assert _summary(proc.stderr.decode().splitlines()) == _summary(corpus["ref"]["s3.jsonl"][1])


def _expected_columns(ref_line: bytes) -> dict:
    rec = json.loads(ref_line)
    if "error" in rec:
        return {"title": None, "date": None, "source": None, "author": None, "language": None, "sections": None,
                "fix_count": None, "finding_count": None, "error": rec["error"]}
    return {"title": rec["title"]["text"] if rec["title"] else None, "date": rec["metadata"]["date"],
            "source": rec["metadata"]["source"], "author": rec["metadata"]["author"], "language": rec["language"],
            "sections": json.dumps(rec["sections"], ensure_ascii=False, separators=(",", ":")),
            "fix_count": len(rec["fixes"]), "finding_count": len(rec["findings"]), "error": None}


def test_cli_parquet_to_parquet_and_clean_dataframe_agree_with_one_machine(corpus, cluster, tmp_path):
    import dask.dataframe as dd

    import bulletin_tools
    from bulletin_tools.dask import clean_dataframe

    lc, client = cluster
    src = corpus["shards"] / "s3.parquet"
    proc = _dask_cli([str(src), "--input-format", "parquet", "--format", "parquet", "--out-dir", str(tmp_path),
                      "--scheduler", lc.scheduler_address])
    assert proc.returncode == 3, proc.stderr.decode()
    table = pq.read_table(tmp_path / "s3.parquet")
    assert table.column_names == ["id", "text", "meta", "title", "date", "source", "author", "language", "sections",
                                  "markdown", "fix_count", "finding_count", "error"]
    rows = table.to_pylist()
    ref_lines = corpus["ref"]["s3.jsonl"][0].splitlines()
    assert len(rows) == len(ref_lines) == RECORDS_PER_SHARD
    inputs = records_for(3)
    for i, (row, ref) in enumerate(zip(rows, ref_lines)):
        assert row["id"] == inputs[i]["id"] and row["meta"] == inputs[i]["meta"] and row["text"] == inputs[i]["text"]
        assert {k: v for k, v in row.items() if k not in ("id", "text", "meta", "markdown")} == _expected_columns(ref), i
    for i in range(0, RECORDS_PER_SHARD, 25):  # Markdown: as --format md renders it
        if rows[i]["error"] is None:
            assert rows[i]["markdown"] == bulletin_tools.to_markdown(bulletin_tools.clean(inputs[i]["text"]))
    assert rows[7]["error"] == "binary data (NUL bytes)" and rows[7]["markdown"] is None
    # the library gives the same columns on the cluster
    ddf = dd.read_parquet(str(src))
    cleaned = clean_dataframe(ddf).compute(scheduler=client.get)
    assert list(cleaned.columns) == table.column_names
    for col in table.column_names:
        assert _plain(cleaned[col]) == table.column(col).to_pylist(), col


def _plain(series) -> list:
    import pandas as pd

    return [None if v is pd.NA else v for v in series.tolist()]


def test_library_clean_bag_gives_the_cli_lines(corpus, cluster):
    import dask.bag as db

    from bulletin_tools.dask import clean_bag

    _, client = cluster
    paths = [str(corpus["shards"] / "s0.jsonl"), str(corpus["shards"] / "s1.jsonl.gz")]
    bag = db.read_text(paths, include_path=True)
    lines = clean_bag(bag, as_lines=True).compute(scheduler=client.get)
    assert len(lines) == 2 * RECORDS_PER_SHARD
    joined = ("\n".join(lines) + "\n").encode("utf-8")
    assert joined == corpus["ref"]["s0.jsonl"][0] + corpus["ref"]["s1.jsonl.gz"][0]
    records = clean_bag(db.read_text(paths[:1], include_path=True)).compute(scheduler=client.get)
    assert records == [json.loads(x) for x in corpus["ref"]["s0.jsonl"][0].splitlines()]
    assert records[7] == {"error": "binary data (NUL bytes)", "line": 8, "id": 7, "meta": {"shard": 0}}


def test_library_clean_bag_of_dicts_never_raises():
    import dask.bag as db

    from bulletin_tools.dask import clean_bag

    items = [{"text": bulletin_text(1), "id": 1}, {"id": 2}, {"text": 3}, {"text": "\x00\x00\x00"}, "not json", ""]
    out = clean_bag(db.from_sequence(items, npartitions=2)).compute(scheduler="sync")
    assert [r.get("error") for r in out] == [None, "no 'text' field", "field 'text' is not a string (got number)",
                                              "binary data (NUL bytes)", "not JSON (Expecting value at column 1)"]
    assert out[0]["input"] == "partition-0:1" and out[0]["id"] == 1


def test_clean_dataframe_meta_is_explicit_nothing_computed():
    import dask
    import dask.dataframe as dd
    import pandas as pd

    from bulletin_tools.dask import clean_dataframe

    @dask.delayed
    def never() -> pd.DataFrame:
        raise AssertionError("computed to guess the schema")

    meta = pd.DataFrame({"id": pd.Series([], dtype="int64"), "text": pd.Series([], dtype=pd.StringDtype())})
    ddf = dd.from_delayed([never()], meta=meta)
    out = clean_dataframe(ddf)
    assert list(out.columns) == ["id", "text", "title", "date", "source", "author", "language", "sections",
                                 "markdown", "fix_count", "finding_count", "error"]
    assert str(out.dtypes["fix_count"]) == "Int64" and str(out.dtypes["title"]) == "string"
    with pytest.raises(ValueError, match="no column 'body'"):
        clean_dataframe(ddf, text_column="body")
    with pytest.raises(ValueError, match="title"):
        clean_dataframe(ddf.rename(columns={"id": "title"}))
    # computed (without a cluster), the dtypes are the meta's
    small = dd.from_pandas(pd.DataFrame({"id": [1, 2], "text": [bulletin_text(3), None]}), npartitions=1)
    got = clean_dataframe(small).compute(scheduler="sync")
    assert got.dtypes.to_dict() == clean_dataframe(small)._meta.dtypes.to_dict()
    assert got["error"].tolist()[1] == "field 'text' is not a string (got null)"


# --- interruption and resume ---------------------------------------------------


def test_resume_recomputes_only_the_missing_shard(corpus, cluster, tmp_path):
    lc, _ = cluster
    out = tmp_path / "out"
    args = [str(corpus["shards"]), "--input-format", "jsonl", "--format", "jsonl", "--out-dir", str(out),
            "--scheduler", lc.scheduler_address]
    assert _dask_cli(args).returncode == 3
    before = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.iterdir()}
    assert sorted(before) == ["s0.jsonl", "s1.jsonl.gz", "s2.jsonl"]
    (out / "s1.jsonl.gz").unlink()
    (out / ".s1.jsonl.gz.0123abcd.tmp").write_bytes(b"half a shard")  # an interrupted attempt: never taken as done
    proc = _dask_cli(args)
    assert proc.returncode == 3
    err = proc.stderr.decode()
    assert "2 of 3 shards already done (output exists), skipped" in err
    assert all(line.startswith(("bulletin: " + str(corpus["shards"] / "s1.jsonl.gz"), "bulletin: 2 of 3"))
               for line in err.splitlines()[:-1])  # only s1's bad records were seen again
    after = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.iterdir()}
    assert sorted(after) == ["s0.jsonl", "s1.jsonl.gz", "s2.jsonl"]  # the stale temporary file is gone
    assert after["s0.jsonl"] == before["s0.jsonl"] and after["s2.jsonl"] == before["s2.jsonl"]
    assert after["s1.jsonl.gz"] != before["s1.jsonl.gz"]
    assert _read(out / "s1.jsonl.gz") == corpus["ref"]["s1.jsonl.gz"][0]
    assert _summary(err.splitlines()) == _summary(corpus["ref"]["s1.jsonl.gz"][1])


def test_worker_killed_mid_run_output_still_complete_and_identical(corpus, cluster, tmp_path):
    lc, client = cluster
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "bulletin_tools", "clean", str(corpus["shards"] / "*.jsonl*"),
                             "--input-format", "jsonl", "--format", "jsonl", "--out-dir", str(out),
                             "--scheduler", lc.scheduler_address], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    killed = None
    deadline = time.monotonic() + 120
    while killed is None and time.monotonic() < deadline and proc.poll() is None:
        busy = [addr for addr, keys in client.processing().items() if any("process_shard" in str(k) for k in keys)]
        started = out.is_dir() and any(p.name.endswith(".tmp") for p in out.iterdir())
        if busy and started:
            pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed = busy[0]
        else:
            time.sleep(0.02)
    stdout, stderr = proc.communicate(timeout=600)
    assert killed is not None, "no shard task was seen running"
    assert proc.returncode == 3, stderr.decode()
    assert sorted(p.name for p in out.iterdir()) == ["s0.jsonl", "s1.jsonl.gz", "s2.jsonl"]  # no temporary left
    for name in ("s0.jsonl", "s1.jsonl.gz", "s2.jsonl"):
        assert _read(out / name) == corpus["ref"][name][0], name
    client.wait_for_workers(2, timeout=60)  # the nanny restarted it, for the tests after this one


def test_tables_load_once_per_worker_process(corpus, cluster):
    """After thousands of records, each worker built its rule chain and glossary at most once."""
    from bulletin_tools.dask import clean_bag
    import dask.bag as db

    _, client = cluster
    bag = db.read_text([str(corpus["shards"] / "s0.jsonl"), str(corpus["shards"] / "s2.jsonl")], include_path=True)
    assert len(clean_bag(bag).compute(scheduler=client.get)) == 2 * RECORDS_PER_SHARD
    loads = client.run(_table_loads)
    assert len(loads) == 2
    assert all(rules <= 1 and glossary <= 1 for rules, glossary, _ in loads.values()), loads
    assert sum(hits for _, _, hits in loads.values()) >= RECORDS_PER_SHARD  # the tables were used, from the cache


def _table_loads() -> tuple[int, int, int]:
    from bulletin_tools.pipeline import _default_context
    from bulletin_tools.repair import all_rules
    from bulletin_tools.repair.residue import default_glossary

    # (the rules' context holding the glossary is itself built once per process:
    # its hits are the documents that used the cached tables)
    return all_rules.cache_info().misses, default_glossary.cache_info().misses, _default_context.cache_info().hits


def test_scheduler_local_starts_its_own_cluster(tmp_path):
    for k in range(2):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"p{k}.jsonl").write_text(
            "".join(json.dumps({"id": i, "text": bulletin_text(i)}) + "\n" for i in range(k * 5, k * 5 + 5)),
            encoding="utf-8")
    proc = _dask_cli([str(tmp_path / "in"), "--input-format", "jsonl", "-f", "jsonl", "--out-dir", str(tmp_path / "out"),
                      "--scheduler", "local", "--jobs", "1"])
    assert proc.returncode == 0, proc.stderr.decode()
    for k in range(2):
        ref = _run_one_machine(tmp_path / "in" / f"p{k}.jsonl")[0]
        assert (tmp_path / "out" / f"p{k}.jsonl").read_bytes() == ref
    assert proc.stderr.decode().splitlines()[-1].startswith("bulletin: 10 processed, 0 failed, ")


# --- usage errors and bad shards (no cluster needed) ----------------------------


@pytest.mark.parametrize("args, message", [
    (["--input-format", "parquet", "--format", "jsonl"], "Parquet input or output needs --scheduler"),
    (["--input-format", "jsonl", "--format", "jsonl", "--scheduler", "local"], "--scheduler needs --out-dir"),
    (["--input-format", "jsonl", "--format", "parquet", "--scheduler", "local", "--out-dir", "x"],
     "--format parquet needs --input-format parquet"),
    (["--format", "jsonl", "--scheduler", "local", "--out-dir", "x"], "give --input-format jsonl or parquet"),
    (["--input-format", "jsonl", "--scheduler", "local", "--out-dir", "x", "--explain"],
     "--explain cannot be used with --scheduler"),
])
def test_usage_errors_exit_2(args, message, tmp_path):
    result = runner.invoke(app, ["clean", str(tmp_path), *args])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_unreachable_scheduler_is_one_line_exit_2(tmp_path, monkeypatch):
    from bulletin_tools import dask as bdask

    monkeypatch.setattr(bdask, "CONNECT_TIMEOUT_S", 1)
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": bulletin_text(1)}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(tmp_path / "a.jsonl"), "--input-format", "jsonl", "-f", "jsonl",
                                 "--out-dir", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("bulletin: error: --scheduler: cannot reach tcp://127.0.0.1:9")
    assert not (tmp_path / "o").exists()


def test_output_names_and_clashing_outputs(tmp_path):
    assert output_name("p-01.jsonl.gz", "jsonl", "jsonl") == "p-01.jsonl.gz"
    assert output_name("p-01.parquet", "parquet", "jsonl") == "p-01.jsonl"
    assert output_name("p-01.parquet", "parquet", "parquet") == "p-01.parquet"
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "x.jsonl").write_text("", encoding="utf-8")
    shards, problems = plan_shards([str(tmp_path / "*" / "x.jsonl")], "jsonl", "jsonl", tmp_path / "out")
    assert [s.name for s in shards] == [str(tmp_path / "a" / "x.jsonl")]
    assert len(problems) == 1 and "would overwrite the output of" in problems[0].reason
    shards, problems = plan_shards([str(tmp_path)], "jsonl", "jsonl", tmp_path / "out")  # a folder: tree mirrored
    assert [Path(s.out).relative_to(tmp_path / "out").as_posix() for s in shards] == ["a/x.jsonl", "b/x.jsonl"]
    assert problems == []
    shards, problems = plan_shards([str(tmp_path / "a")], "jsonl", "jsonl", tmp_path / "a")  # onto itself
    assert shards == [] and "would overwrite the input" in problems[0].reason


def test_truncated_gz_shard_writes_nothing_and_says_why(tmp_path):
    data = gzip.compress(_ndjson(records_for(0)[:50]))
    (tmp_path / "t.jsonl.gz").write_bytes(data[: len(data) // 2])
    shard = Shard("t.jsonl.gz", str(tmp_path / "t.jsonl.gz"), str(tmp_path / "out" / "t.jsonl.gz"))
    outcome = process_shard(ShardJob(StreamJob("jsonl", Options()), "jsonl"), shard)
    assert outcome.problem is not None and outcome.problem.reason.startswith("cannot read (")
    assert outcome.processed == 0
    assert list((tmp_path / "out").iterdir()) == []  # no output, no temporary file


def test_unwritable_output_is_a_problem_not_a_crash(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": bulletin_text(2)}) + "\n", encoding="utf-8")
    (tmp_path / "blocked").write_text("a file where the folder should be", encoding="utf-8")
    shard = Shard("a.jsonl", str(tmp_path / "a.jsonl"), str(tmp_path / "blocked" / "a.jsonl"))
    outcome = process_shard(ShardJob(StreamJob("jsonl", Options()), "jsonl"), shard)
    assert outcome.problem is not None and outcome.problem.name == shard.out
    assert outcome.problem.reason.startswith("cannot write (")


def test_skip_errors_drops_bad_rows_and_new_shards_get_the_usual_mode(tmp_path):
    rows = records_for(3)[:10]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "p.parquet")
    (tmp_path / "j.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    umask = os.umask(0)
    os.umask(umask)
    for src, input_format, fmt in (("p.parquet", "parquet", "parquet"), ("p.parquet", "parquet", "jsonl"),
                                   ("j.jsonl", "jsonl", "jsonl")):
        out = tmp_path / "out" / output_name(src, input_format, fmt)
        shard = Shard(src, str(tmp_path / src), str(out))
        outcome = process_shard(ShardJob(StreamJob(fmt, Options(), "text", True), input_format), shard)
        assert (outcome.processed, outcome.failed, outcome.problem) == (9, 1, None), (src, fmt)
        assert [where for where, _ in outcome.errors] == [f"{src}:8"]
        ids = pq.read_table(out).column("id").to_pylist() if fmt == "parquet" else \
            [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()]
        assert ids == [r["id"] for i, r in enumerate(rows) if i != 7]
        assert out.stat().st_mode & 0o777 == 0o666 & ~umask
        out.unlink()


def test_one_machine_reads_jsonl_gz_and_refuses_a_corrupt_one(tmp_path):
    recs = records_for(0)[:3]
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(_ndjson(recs)))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(_ndjson(recs))[:20])  # cut inside the stream
    result = runner.invoke(app, ["clean", str(tmp_path / "a.jsonl.gz"), str(tmp_path / "b.jsonl.gz"),
                                 "--input-format", "jsonl", "-f", "jsonl", "-j", "1"])
    assert result.exit_code == 3
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["id"] for r in out] == [0, 1, 2]
    assert out[0]["input"] == f"{tmp_path / 'a.jsonl.gz'}:1"
    # (compressed inputs are recognised by their first bytes, not their name)
    assert f"bulletin: {tmp_path / 'b.jsonl.gz'}: damaged compressed data (" in result.stderr


# --- cheap imports ------------------------------------------------------------------


def test_import_and_help_load_no_dask_or_pyarrow():
    code = (
        "import sys\n"
        "import bulletin_tools, bulletin_tools.cli\n"
        "sys.argv = ['bulletin', 'clean', '--help']\n"
        "try:\n    bulletin_tools.cli.main()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'pyarrow', 'pandas'))\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert "--scheduler" in proc.stdout  # the help was printed
    assert proc.stderr.strip().splitlines()[-1] == "HEAVY []"
