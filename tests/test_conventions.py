"""The conventions of well-liked CLIs (issue 12): config files, --exclude and hidden
folders, --skip comma lists, --stdin-filename, shell completion, ``bulletin rules``."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from bulletin_tools import config as cfg
from bulletin_tools.cli import app
from bulletin_tools.errors import UsageError

runner = CliRunner()

# cjk-residue fixes 小编; doubled-word flags 'cadres cadres'; punctuation-spacing fixes ' ,'
PAGE = (
    "Qingshui Town holds a meeting on winter heating\n"
    "Author:小编  Release time: 2023-11-02\n"
    "\n"
    "The town organized cadres cadres to visit the villages , and the heads of the villages reported on their plans.\n"
)


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder of bulletins with no config file above it, as the current folder."""
    root = tmp_path / "repo"
    (root / "pages").mkdir(parents=True)
    (root / "pages" / "a.txt").write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(root)
    assert cfg.find_config(root) is None or not str(cfg.find_config(root)).startswith(str(tmp_path)), \
        "a config file above the test folder would change these tests"
    return root


def _rules(result) -> set[str]:
    data = json.loads(result.stdout)
    docs = data if isinstance(data, list) else [data]
    return {f["rule"] for d in docs for f in d["fixes"]}


# --- config files -------------------------------------------------------------


def test_pyproject_tool_bulletin_is_found_upward(project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.bulletin]\nskip = ["cjk-residue"]\n')
    sub = project / "pages"
    import os

    os.chdir(sub)
    result = runner.invoke(app, ["clean", "-f", "json", "a.txt"])
    assert result.exit_code == 0, result.stderr
    assert "cjk-residue" not in _rules(result)
    assert "punctuation-spacing" in _rules(result)


# Every way of writing the table's name that TOML allows, and project files without it.
_WITH_TABLE = (
    '[tool.bulletin]\nskip = []\n',
    '[ tool . "bulletin" ]\nskip = []\n',
    "[ 'tool' . 'bulletin' . check ]\nskip = []\n",
    'tool.bulletin.skip = []\n',
    'tool . bulletin = { skip = [] }\n',
    '[tool]\nbulletin = { skip = [] }\n',
    '[tool]\nbulletin.skip = []\n',
    'tool = { bulletin = { skip = [] } }\n',
    '"tool" = { "bulletin" = {} }\n',
    '[tool."bull\\u0065tin"]\nskip = []\n',
    '["t\\u006Fol".bulletin]\nskip = []\n',
    '[[tool.bulletin]]\nskip = []\n',
)
_WITHOUT_TABLE = (
    '[project]\nname = "bulletin-tools"\n[project.scripts]\nbulletin = "x:main"\n[tool.ruff]\nline-length = 99\n',
    '[tool.black]\nline-length = 99\n# a bulletin linter\n',
    '[tool.bulletins]\nskip = []\n',
    '[tooling.bulletin]\nskip = []\n',
    '[tool]\nruff = {}\n',
    'not toml at all [[[\n',
    '',
)


@pytest.mark.parametrize("text", _WITH_TABLE + _WITHOUT_TABLE)
def test_the_table_name_search_never_skips_a_file_that_has_the_table(tmp_path, text):
    """Issue 13 (cold start): a pyproject.toml that the byte search rules out is not
    parsed; it must be one whose parse would find no [tool.bulletin] table."""
    import tomllib

    path = tmp_path / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    try:
        data = tomllib.loads(text)
        has = isinstance(data.get("tool"), dict) and "bulletin" in data["tool"]
    except tomllib.TOMLDecodeError:
        has = False
    assert has == (text in _WITH_TABLE), "the example is listed on the wrong side"
    assert cfg._has_tool_table(path) == has
    if has:
        assert cfg._MAY_OPEN_TOOL_BULLETIN.search(text.encode())


def test_a_project_file_without_the_table_is_not_parsed(tmp_path, monkeypatch):
    path = tmp_path / "pyproject.toml"
    path.write_text(_WITHOUT_TABLE[0], encoding="utf-8")
    monkeypatch.setattr(cfg, "_read_toml", lambda p: pytest.fail("parsed a file the search ruled out"))
    assert cfg._has_tool_table(path) is False


def test_bulletin_toml_wins_over_pyproject_in_the_same_folder(project):
    (project / "pyproject.toml").write_text('[tool.bulletin]\nskip = ["cjk-residue"]\n')
    (project / "bulletin.toml").write_text('skip = ["punctuation-spacing"]\n')
    result = runner.invoke(app, ["clean", "-f", "json", "pages/a.txt"])
    assert _rules(result) >= {"cjk-residue"} and "punctuation-spacing" not in _rules(result)


def test_command_line_overrides_the_config(project):
    (project / "bulletin.toml").write_text('skip = ["cjk-residue"]\n')
    result = runner.invoke(app, ["clean", "-f", "json", "--skip", "punctuation-spacing", "pages/a.txt"])
    assert "cjk-residue" in _rules(result) and "punctuation-spacing" not in _rules(result)


def test_no_config_and_config_file(project, tmp_path):
    (project / "bulletin.toml").write_text('skip = ["cjk-residue"]\n')
    ignored = runner.invoke(app, ["clean", "-f", "json", "--no-config", "pages/a.txt"])
    assert "cjk-residue" in _rules(ignored)
    other = tmp_path / "other.toml"
    other.write_text('skip = ["punctuation-spacing"]\n')
    named = runner.invoke(app, ["clean", "-f", "json", "--config", str(other), "pages/a.txt"])
    assert "cjk-residue" in _rules(named) and "punctuation-spacing" not in _rules(named)


def test_config_severity_select_and_command_table(project):
    (project / "bulletin.toml").write_text(
        'ignore = ["cjk-residue"]\n[check]\nseverity = "warning"\nselect = ["doubled-word", "cjk-residue"]\n')
    result = runner.invoke(app, ["check", "pages/a.txt"])
    assert result.exit_code == 1  # doubled-word is a warning, and severity = warning fails on it
    assert "doubled-word" in result.stdout and "cjk-residue" not in result.stdout
    loose = runner.invoke(app, ["check", "--severity", "error", "pages/a.txt"])
    assert loose.exit_code == 0


def test_config_glossary_is_relative_to_the_file(project):
    (project / "terms.tsv").write_text("小编\tDesk editor\n", encoding="utf-8")
    (project / "bulletin.toml").write_text('glossary = "terms.tsv"\n')
    import os

    os.chdir(project / "pages")
    result = runner.invoke(app, ["clean", "-f", "json", "a.txt"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["metadata"]["author"] == "Desk editor"


def test_config_exclude(project):
    (project / "pages" / "drafts").mkdir()
    (project / "pages" / "drafts" / "b.txt").write_text(PAGE, encoding="utf-8")
    (project / "bulletin.toml").write_text('exclude = ["drafts"]\n')
    result = runner.invoke(app, ["check", "--severity", "info", "pages"])
    assert "a.txt" in result.stdout and "b.txt" not in result.stdout


@pytest.mark.parametrize("text, message", [
    ('skp = ["x"]\n', "unknown key 'skp'"),
    ('skip = 3\n', "'skip' must be a list of strings"),
    ('color = "sometimes"\n', "'color' must be one of auto, always, never"),
    ('skip = [\n', "not valid TOML"),
])
def test_bad_config_is_a_usage_error_naming_the_file(project, text, message):
    (project / "bulletin.toml").write_text(text)
    result = runner.invoke(app, ["clean", "pages/a.txt"])
    assert result.exit_code == 2
    assert "bulletin.toml" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr


def test_config_file_that_does_not_exist(project):
    result = runner.invoke(app, ["clean", "--config", "nope.toml", "pages/a.txt"])
    assert result.exit_code == 2 and "nope.toml" in result.stderr


def test_load_config_kebab_and_snake_keys(tmp_path):
    p = tmp_path / "bulletin.toml"
    p.write_text('no-repair = true\n[segment]\nno_repair = false\n')
    c = cfg.load_config(p)
    assert c.for_command("clean") == {"no_repair": True}
    assert c.for_command("segment") == {"no_repair": False}
    with pytest.raises(UsageError):
        cfg.resolve(p, True, tmp_path)


# --- walking folders ----------------------------------------------------------


def test_hidden_folders_are_skipped_and_exclude_drops_more(project):
    pages = project / "pages"
    (pages / ".git").mkdir()
    (pages / ".git" / "x.txt").write_text(PAGE, encoding="utf-8")
    (pages / ".hidden.txt").write_text(PAGE, encoding="utf-8")
    (pages / "old").mkdir()
    (pages / "old" / "c.txt").write_text(PAGE, encoding="utf-8")
    (pages / "d.bak.txt").write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["check", "--severity", "info", "pages"])
    named = {line.split(":")[0] for line in result.stdout.splitlines()}
    assert named == {"pages/a.txt", "pages/d.bak.txt", "pages/old/c.txt"}
    result = runner.invoke(app, ["check", "--severity", "info", "--exclude", "old,*.bak.txt", "pages"])
    assert {line.split(":")[0] for line in result.stdout.splitlines()} == {"pages/a.txt"}


def test_a_file_named_on_the_command_line_is_never_excluded(project):
    result = runner.invoke(app, ["check", "--exclude", "a.txt", "pages/a.txt"])
    assert "pages/a.txt" in result.stdout


# --- options ------------------------------------------------------------------


def test_skip_takes_a_comma_list(project):
    result = runner.invoke(app, ["clean", "-f", "json", "--skip", "cjk-residue,punctuation-spacing", "pages/a.txt"])
    assert result.exit_code == 0, result.stderr
    assert not _rules(result) & {"cjk-residue", "punctuation-spacing"}
    bad = runner.invoke(app, ["clean", "--skip", "cjk-residue,nope", "pages/a.txt"])
    assert bad.exit_code == 2 and "'nope'" in bad.stderr


def test_stdin_filename_names_findings_and_the_json_input(project):
    result = runner.invoke(app, ["check", "--stdin-filename", "news/today.txt", "-"], input=PAGE)
    assert result.stdout.splitlines() and all(line.startswith("news/today.txt:") for line in result.stdout.splitlines())
    js = runner.invoke(app, ["clean", "-f", "json", "--stdin-filename", "news/today.txt", "-"], input=PAGE)
    assert json.loads(js.stdout)["input"] == "news/today.txt"


def test_shell_completion_is_available():
    result = runner.invoke(app, ["--help"])
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout


# --- bulletin rules -----------------------------------------------------------


def test_rules_lists_every_rule_and_finding_code():
    from bulletin_tools.render.check_report import KNOWN_CODES
    from bulletin_tools.passes import skip_names

    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    listed = {line.split()[0] for line in result.stdout.splitlines() if line and not line.startswith("'")}
    assert listed == set(skip_names()) | set(KNOWN_CODES)


def test_rules_name_explains_one_with_an_example():
    result = runner.invoke(app, ["rules", "cjk-residue"])
    assert result.exit_code == 0
    assert result.stdout.startswith("cjk-residue (fix rule and finding code)")
    assert "--skip cjk-residue" in result.stdout and "--ignore cjk-residue" in result.stdout
    assert "Example input:" in result.stdout
    assert "fix cjk-residue: '小编' -> 'Editor'" in result.stdout


def test_rules_unknown_name_is_a_usage_error():
    result = runner.invoke(app, ["rules", "no-such-rule"])
    assert result.exit_code == 2 and "no-such-rule" in result.stderr


def test_every_rules_example_shows_its_rule():
    """The examples in data/rules.tsv really produce the fix or finding they illustrate."""
    import bulletin_tools
    from bulletin_tools.rules_doc import rule_docs

    for doc in rule_docs():
        result = doc.clean() if doc.data is not None else bulletin_tools.clean(doc.example)
        shown = {f.rule for f in result.fixes} | {f.code for f in result.findings}
        assert doc.name in shown, doc.name
