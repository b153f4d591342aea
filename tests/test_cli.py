"""The bulletin command end to end: formats, stdin, -o, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from bulletin_tools.cli import app
from conftest import SAMPLES, SEED

runner = CliRunner()
SAMPLE = sorted(SAMPLES.glob("s01*.txt"))[0]


def test_clean_sample_to_markdown():
    result = runner.invoke(app, ["clean", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("---\ngenerator: bulletin-tools\n")
    assert "\n# " in result.stdout


def test_segment_json_has_contract_fields():
    result = runner.invoke(app, ["segment", str(SAMPLE)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    for key in ("schema_version", "input", "encoding", "language", "breadcrumb", "title", "metadata",
                "description", "sections", "footer", "fixes", "findings"):
        assert key in data
    assert data["encoding"] == "utf-8"


def test_stdin_dash_reads_standard_input():
    result = runner.invoke(app, ["clean", "-", "--format", "json"], input=SAMPLE.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["input"] is None


def test_output_file_written(tmp_path):
    out = tmp_path / "out.md"
    result = runner.invoke(app, ["clean", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("---\n")


def test_missing_file_is_usage_error_one_line(tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["clean", str(missing)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"bulletin: {missing}: no such file or directory"]


def test_empty_file_exit_3_and_batch_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["clean", str(empty), str(SAMPLE), "--format", "jsonl"])
    assert result.exit_code == 3
    assert "empty" in result.stderr and str(empty) in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stdout.strip().splitlines()) == 1


def test_unknown_skip_rule_is_usage_error():
    result = runner.invoke(app, ["clean", str(SAMPLE), "--skip", "no-such-rule"])
    assert result.exit_code == 2
    assert "unknown rule" in result.stderr


def test_conflicting_outputs_rejected(tmp_path):
    result = runner.invoke(app, ["clean", str(SAMPLE), "-o", str(tmp_path / "a"), "--in-place"])
    assert result.exit_code == 2


def test_schema_command_prints_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["$schema"].startswith("https://json-schema.org/")


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("bulletin-tools ")


def test_real_subprocess_pipe():
    if not SEED.exists():
        pytest.skip("../shared/seeds is not present")
    data = SEED.read_bytes()
    proc = subprocess.run([sys.executable, "-m", "bulletin_tools", "clean", "-", "--format", "json"],
                          input=data, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)
    assert doc["metadata"]["date"] == "2023-08-08"
    assert doc["breadcrumb"] == ["Home", "Party building"]


def test_directory_as_input_file_gives_clear_error(tmp_path):
    (tmp_path / "sub").mkdir()
    result = runner.invoke(app, ["clean", str(tmp_path / "sub")])
    assert result.exit_code == 3
    assert "no files matching" in result.stderr


def test_text_that_is_not_a_bulletin_is_processed_with_a_warning(tmp_path):
    recipe = tmp_path / "recipe.txt"
    recipe.write_text("Braised tofu\n\nYou need tofu, ginger and soy sauce.\n\nFry the tofu until golden, "
                      "add the sauce and simmer for ten minutes.\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(recipe), "-f", "json"])
    assert result.exit_code == 0
    assert f"bulletin: {recipe}: warning:" in result.stderr
    assert any(f["code"] == "not-a-bulletin" for f in json.loads(result.stdout)["findings"])


def test_bulletin_without_header_is_not_called_a_non_bulletin():
    result = runner.invoke(app, ["clean", "-", "-f", "json"], input=(
        "The township health center held free health checks for 300 elderly villagers on Monday.\n\n"
        "Doctors from the county hospital measured blood pressure and explained the results.\n").encode())
    assert result.exit_code == 0
    assert "warning" not in result.stderr
    assert all(f["code"] != "not-a-bulletin" for f in json.loads(result.stdout)["findings"])


def test_cli_annotations_are_not_strings():
    """typer evaluates string annotations on every start (~5 ms): cli.py must not postpone them."""
    import typing

    from bulletin_tools import cli

    hints = typing.get_type_hints(cli.clean, include_extras=True)
    assert hints
    assert all(not isinstance(a, str) for a in cli.clean.__annotations__.values())
