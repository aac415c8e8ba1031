"""Tests for creditcheck.config: finding, parsing, checking and overriding settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from creditcheck.config import DEFAULTS, Config, Setting, find_config, load_config
from creditcheck.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A project root (with .git, so walks stop here) and a nested working folder."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "docs" / "drafts").mkdir(parents=True)
    return root.resolve()


def config_error(start: Path | None = None, **kwargs: object) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_config(start, **kwargs)  # type: ignore[arg-type]
    err = info.value
    assert "\n" not in str(err)
    return err


# --- finding ---------------------------------------------------------------------------------


def test_defaults_when_nothing_is_found(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "docs" / "drafts")
    assert find_config() is None
    config = load_config()
    assert config.path is None
    assert set(config.settings) == set(DEFAULTS)
    for name, value in DEFAULTS.items():
        assert config[name] == value
        assert config.settings[name] == Setting(name, value, "default")
    assert config["fail_on"] == ["false", "misleading"]
    assert config["format"] == "pretty"
    assert config["jobs"] == 1
    assert config["show_unverified"] is False


def test_defaults_are_not_shared_between_configs(repo: Path) -> None:
    first = load_config(repo)
    first["fail_on"].append("true")  # type: ignore[attr-defined]
    assert load_config(repo)["fail_on"] == ["false", "misleading"]
    assert DEFAULTS["fail_on"] == ["false", "misleading"]


def test_walk_up_finds_parent_creditcheck_toml(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = write(repo / ".creditcheck.toml", 'format = "json"\njobs = 4\n')
    monkeypatch.chdir(repo / "docs" / "drafts")
    assert find_config() == cfg
    config = load_config()
    assert config.path == str(cfg)
    assert config["format"] == "json"
    assert config["jobs"] == 4
    assert config.settings["jobs"].origin == str(cfg)
    assert config.settings["no_builtin"].origin == "default"


def test_explicit_start_folder(repo: Path) -> None:
    cfg = write(repo / "docs" / ".creditcheck.toml", "show_unverified = true\n")
    assert find_config(repo / "docs" / "drafts") == cfg
    assert load_config(repo / "docs" / "drafts")["show_unverified"] is True
    assert find_config(repo) is None


def test_pyproject_without_table_is_skipped(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = write(repo / "pyproject.toml", '[project]\nname = "x"\n\n[tool.creditcheck]\nformat = "line"\n')
    write(repo / "docs" / "pyproject.toml", '[project]\nname = "docs"\n[tool.other]\ncreditcheck = 1\n')
    write(repo / "docs" / "drafts" / "pyproject.toml", '[project]\nname = "drafts"\n')
    monkeypatch.chdir(repo / "docs" / "drafts")
    assert find_config() == cfg
    config = load_config()
    assert config["format"] == "line"
    assert config.path == str(cfg)


def test_creditcheck_toml_beats_pyproject_in_same_folder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / "pyproject.toml", '[tool.creditcheck]\nformat = "line"\n')
    cfg = write(repo / ".creditcheck.toml", 'format = "sarif"\n')
    monkeypatch.chdir(repo)
    assert find_config() == cfg
    assert load_config()["format"] == "sarif"


def test_nearest_folder_wins(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / ".creditcheck.toml", 'format = "sarif"\n')
    near = write(repo / "docs" / "pyproject.toml", '[tool.creditcheck]\nformat = "github"\n')
    monkeypatch.chdir(repo / "docs" / "drafts")
    assert find_config() == near
    assert load_config()["format"] == "github"


def test_walk_stops_at_git_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".creditcheck.toml", 'format = "json"\n')
    inner = tmp_path / "project"
    (inner / ".git").mkdir(parents=True)
    (inner / "sub").mkdir()
    monkeypatch.chdir(inner / "sub")
    assert find_config() is None
    # ... but the folder holding .git is itself checked.
    cfg = write(inner / ".creditcheck.toml", 'format = "line"\n')
    assert find_config() == cfg.resolve()


def test_git_file_also_stops_the_walk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".creditcheck.toml", 'format = "json"\n')
    write(tmp_path / "worktree" / ".git", "gitdir: /elsewhere\n")
    monkeypatch.chdir(tmp_path / "worktree")
    assert find_config() is None


# --- values ----------------------------------------------------------------------------------


def test_relative_facts_resolve_against_config_folder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    absolute = repo / "abs.yaml"
    write(repo / ".creditcheck.toml", f'facts = ["facts/extra.yaml", "more", {str(absolute)!r}]\n')
    monkeypatch.chdir(repo / "docs" / "drafts")
    assert load_config()["facts"] == [
        str(repo / "facts" / "extra.yaml"),
        str(repo / "more"),
        str(absolute),
    ]


def test_pyproject_facts_resolve_against_its_folder(repo: Path) -> None:
    write(repo / "docs" / "pyproject.toml", '[tool.creditcheck]\nfacts = ["local"]\n')
    assert load_config(repo / "docs" / "drafts")["facts"] == [str(repo / "docs" / "local")]


def test_all_settings_and_dash_spellings(repo: Path) -> None:
    write(
        repo / ".creditcheck.toml",
        """
        no-builtin = true
        fail-on = ["FALSE", "unverified", "false"]
        format = "JSONL"
        include = ["**/*.md"]
        exclude = ["drafts/old/**"]
        ignore = ["sesame-credit-score-range"]
        show_unverified = true
        jobs = 8
        """.replace("        ", ""),
    )
    config = load_config(repo)
    assert config["no_builtin"] is True
    assert config["fail_on"] == ["false", "unverified"]
    assert config["format"] == "jsonl"
    assert config["include"] == ["**/*.md"]
    assert config["exclude"] == ["drafts/old/**"]
    assert config["ignore"] == ["sesame-credit-score-range"]
    assert config["show_unverified"] is True
    assert config["jobs"] == 8


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('fail_on = "false"', ["false"]),
        ('fail_on = "false, misleading ,unverified"', ["false", "misleading", "unverified"]),
        ('fail_on = ""', []),
        ("fail_on = []", []),
    ],
)
def test_fail_on_accepts_comma_separated_string(repo: Path, toml: str, expected: list[str]) -> None:
    write(repo / ".creditcheck.toml", toml + "\n")
    assert load_config(repo)["fail_on"] == expected


def test_utf8_bom_is_accepted(repo: Path) -> None:
    (repo / ".creditcheck.toml").write_bytes('\ufeffjobs = 2\n'.encode("utf-8"))
    assert load_config(repo)["jobs"] == 2


# --- overrides -------------------------------------------------------------------------------


def test_overrides_win_and_report_command_line(repo: Path) -> None:
    cfg = write(repo / ".creditcheck.toml", 'format = "json"\njobs = 4\nfail_on = ["false"]\n')
    base = load_config(repo)
    config = base.with_overrides(format="sarif", jobs=None, fail_on="misleading", show_unverified=True)
    assert config["format"] == "sarif"
    assert config.settings["format"] == Setting("format", "sarif", "command line")
    assert config["fail_on"] == ["misleading"]
    assert config.settings["fail_on"].origin == "command line"
    assert config["show_unverified"] is True
    assert config.settings["show_unverified"].origin == "command line"
    # None leaves the file's value (and origin) alone.
    assert config["jobs"] == 4
    assert config.settings["jobs"].origin == str(cfg)
    assert config.settings["include"].origin == "default"
    assert config.path == str(cfg)
    # The original is unchanged.
    assert base["format"] == "json"
    assert isinstance(config, Config)


def test_override_accepts_dashed_names_and_keeps_cli_facts_as_given(repo: Path) -> None:
    config = load_config(repo).with_overrides(**{"no-builtin": True, "facts": ["rel/x.yaml"]})
    assert config["no_builtin"] is True
    assert config["facts"] == ["rel/x.yaml"]


def test_bad_override_value_is_config_error(repo: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(repo).with_overrides(jobs=0)
    assert info.value.path is None
    assert "command line" in str(info.value)
    with pytest.raises(ConfigError, match="did you mean \"json\""):
        load_config(repo).with_overrides(format="jsn")


def test_unknown_override_name_is_type_error(repo: Path) -> None:
    with pytest.raises(TypeError):
        load_config(repo).with_overrides(colour=True)


# --- explicit --config -----------------------------------------------------------------------


def test_explicit_config_path(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / ".creditcheck.toml", 'format = "json"\n')
    other = write(tmp_path / "elsewhere" / "ci.toml", 'format = "github"\nfacts = ["f"]\n')
    monkeypatch.chdir(repo)
    config = load_config(path=other)
    assert config.path == str(other)
    assert config["format"] == "github"
    assert config["facts"] == [str(tmp_path / "elsewhere" / "f")]


def test_explicit_pyproject_uses_its_table(tmp_path: Path) -> None:
    cfg = write(tmp_path / "pyproject.toml", '[tool.creditcheck]\njobs = 3\n')
    assert load_config(path=cfg)["jobs"] == 3


def test_explicit_pyproject_without_table_is_error(tmp_path: Path) -> None:
    cfg = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    err = config_error(path=cfg)
    assert err.path == str(cfg)
    assert "[tool.creditcheck]" in err.message


def test_missing_explicit_config_is_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    err = config_error(path=missing)
    assert err.path == str(missing)
    assert "not found" in err.message


def test_explicit_config_that_is_a_folder_is_error(tmp_path: Path) -> None:
    err = config_error(path=tmp_path)
    assert err.path == str(tmp_path)


# --- errors ----------------------------------------------------------------------------------


def test_invalid_toml_reports_line(repo: Path) -> None:
    cfg = write(repo / ".creditcheck.toml", 'format = "json"\njobs = 4 4\n')
    err = config_error(repo)
    assert err.path == str(cfg)
    assert err.line == 2
    assert err.message.startswith("invalid TOML:")
    assert "at line" not in err.message
    assert str(err).startswith(f"{cfg}:2: invalid TOML")


def test_invalid_toml_at_end_of_document(repo: Path) -> None:
    write(repo / ".creditcheck.toml", 'format = "json"\nfacts = ["a",\n')
    err = config_error(repo)
    assert err.line == 2


def test_invalid_pyproject_mentioning_creditcheck_is_error(repo: Path) -> None:
    cfg = write(repo / "pyproject.toml", "[tool.creditcheck]\njobs = = 2\n")
    err = config_error(repo)
    assert (err.path, err.line) == (str(cfg), 2)


def test_not_utf8_is_error(repo: Path) -> None:
    cfg = repo / ".creditcheck.toml"
    cfg.write_bytes(b'format = "json"\nignore = ["\xff"]\n')
    err = config_error(repo)
    assert (err.path, err.line) == (str(cfg), 2)


def test_unknown_key_names_it_suggests_and_lists_known(repo: Path) -> None:
    cfg = write(repo / ".creditcheck.toml", 'format = "json"\n\nfial_on = ["false"]\n')
    err = config_error(repo)
    assert (err.path, err.line) == (str(cfg), 3)
    assert '"fial_on"' in err.message
    assert 'did you mean "fail_on"' in err.message
    for name in DEFAULTS:
        assert name in err.message


def test_unknown_key_in_pyproject_reports_line_in_table(repo: Path) -> None:
    cfg = write(
        repo / "pyproject.toml",
        '[project]\nname = "x"\nversion = "1"\n\n[tool.creditcheck]\njobs = 2\nversion = 3\n',
    )
    err = config_error(repo)
    assert (err.path, err.line) == (str(cfg), 7)
    assert '"version"' in err.message


def test_unknown_sub_table_is_error(repo: Path) -> None:
    write(repo / ".creditcheck.toml", 'jobs = 2\n\n[tool.creditcheck]\nformat = "json"\n')
    err = config_error(repo)
    assert err.line == 3
    assert "top level" in err.message


def test_both_spellings_of_one_setting_is_error(repo: Path) -> None:
    write(repo / ".creditcheck.toml", 'fail_on = ["false"]\nfail-on = ["true"]\n')
    err = config_error(repo)
    assert "twice" in err.message
    assert err.line == 2


@pytest.mark.parametrize(
    ("toml", "line", "words"),
    [
        ('jobs = "x"', 2, ["jobs", "integer"]),
        ("jobs = 0", 2, ["jobs", "at least 1"]),
        ("jobs = true", 2, ["jobs", "integer"]),
        ("jobs = 2.5", 2, ["jobs", "integer"]),
        ('no_builtin = "yes"', 2, ["no_builtin", "true or false"]),
        ("show-unverified = 1", 2, ["show-unverified", "true or false"]),
        ("facts = 3", 2, ["facts", "list of strings"]),
        ('facts = ["a", 1]', 2, ["facts", "list of strings"]),
        ('include = [""]', 2, ["include", "empty"]),
        ("fail_on = 1", 2, ["fail_on", "list of strings"]),
        ('fail_on = ["false", "flase"]', 2, ["fail_on", "unknown verdict", '"flase"', 'did you mean "false"']),
        ('fail_on = "false,maybe"', 2, ["fail_on", "unknown verdict", '"maybe"', "true, false, misleading"]),
        ('format = "xml"', 2, ["format", "unknown format", '"xml"', "pretty, line, json"]),
        ("format = 1", 2, ["format", "string"]),
    ],
)
def test_wrong_values_are_config_errors(repo: Path, toml: str, line: int, words: list[str]) -> None:
    cfg = write(repo / ".creditcheck.toml", f"# creditcheck settings\n{toml}\n")
    err = config_error(repo)
    assert (err.path, err.line) == (str(cfg), line)
    for word in words:
        assert word in err.message


def test_wrong_value_in_multiline_array_points_at_key(repo: Path) -> None:
    cfg = write(repo / "pyproject.toml", '[tool.creditcheck]\njobs = 2\nfail_on = [\n  "false",\n  "nope",\n]\n')
    err = config_error(repo)
    assert (err.path, err.line) == (str(cfg), 3)


def test_tool_creditcheck_not_a_table_is_error(repo: Path) -> None:
    cfg = write(repo / "pyproject.toml", '[tool]\ncreditcheck = "json"\n')
    err = config_error(repo)
    assert (err.path, err.line) == (str(cfg), 2)


# --- Python 3.10: tomli fallback -------------------------------------------------------------


def test_python_310_falls_back_to_tomli(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import tomllib
    import types

    fake = types.ModuleType("tomli")
    fake.loads = tomllib.loads  # type: ignore[attr-defined]
    fake.TOMLDecodeError = tomllib.TOMLDecodeError  # type: ignore[attr-defined]
    monkeypatch.setattr(sys, "version_info", (3, 10, 0))
    monkeypatch.setitem(sys.modules, "tomli", fake)
    write(repo / ".creditcheck.toml", "jobs = 5\n")
    assert load_config(repo)["jobs"] == 5


def test_python_310_without_tomli_is_config_error(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "version_info", (3, 10, 0))
    monkeypatch.setitem(sys.modules, "tomli", None)  # makes "import tomli" fail
    cfg = write(repo / ".creditcheck.toml", "jobs = 5\n")
    err = config_error(repo)
    assert err.path == str(cfg)
    assert "tomli" in err.message
