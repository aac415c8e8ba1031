"""The command line as users and scripts meet it: verdicts, JSON, exit codes, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from creditcheck.cli import _with_implicit_claim
from creditcheck.quick import SimpleClaim, parse_simple


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "creditcheck", *args], input=stdin, capture_output=True, env=env, timeout=120
    )
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def test_false_claim_explains_and_exits_1():
    p = run("Tencent Credit scores run from 350 to 950")
    assert p.returncode == 1
    assert "FALSE" in p.stdout and "300-850" in p.stdout
    assert "Manya Koetse" in p.stdout and "whatsonweibo.com" in p.stdout  # the citation


def test_json_is_one_object_with_the_contract_keys():
    p = run("Sesame Credit isn't mandatory", "--format", "json")
    assert p.returncode == 0
    data = json.loads(p.stdout)
    assert data["verdict"] == "true" and data["fact"]["id"] == "sesame-not-mandatory"
    assert set(data["source"]) == {"title", "author", "publisher", "date", "url", "passage"}


def test_off_topic_is_unverified_and_exits_0():
    p = run("FICO scores range from 300 to 850", "-f", "json")
    assert p.returncode == 0 and json.loads(p.stdout)["verdict"] == "unverified"


def test_explicit_claim_subcommand_and_stdin():
    p = run("claim", "-", "--format", "json", stdin="Sesame Credit is mandatory for all Chinese citizens".encode())
    assert p.returncode == 1 and json.loads(p.stdout)["verdict"] == "false"


def test_explain_shows_the_match_and_runner_up():
    p = run("Sesame Credit was launched in 2013", "--explain")
    assert p.returncode == 1
    assert "score" in p.stdout.lower()


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("",), None, "empty"),
        (("-",), b"\xff\xfe\xfa", "not valid UTF-8"),
        (("check", "--bogus"), None, "--bogus"),
        (("facts", "show", "no-such-fact"), None, "no fact with id"),
        (("Sesame", "--facts", "/no/such/file.yaml"), None, "no such fact file"),
    ],
)
def test_errors_are_one_line_with_exit_2(args, stdin, message):
    p = run(*args, stdin=stdin)
    assert p.returncode == 2
    assert message in p.stderr
    assert "Traceback" not in p.stderr + p.stdout
    assert len(p.stderr.strip().splitlines()) == 1


def test_markup_and_escapes_in_the_claim_are_never_interpreted():
    p = run("[bold]Sesame Credit[/bold] is run by \x1b[31mTencent")
    assert "[bold]Sesame Credit[/bold]" in p.stdout
    assert "\x1b" not in p.stdout


def test_malformed_facts_file_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nfacts:\n  - id: x\n    topic: [unclosed\n", encoding="utf-8")
    p = run("Sesame Credit", "--facts", str(bad))
    assert p.returncode == 2
    assert f"{bad}:" in p.stderr and "Traceback" not in p.stderr


def test_help_teaches_the_commands():
    p = run("--help")
    assert p.returncode == 0
    for word in ("check", "eval", "facts", "config", "Exit codes"):
        assert word in p.stdout


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["Sesame is mandatory"], ["claim", "Sesame is mandatory"]),
        (["--format", "json", "x"], ["claim", "--format", "json", "x"]),
        (["check", "drafts"], ["check", "drafts"]),
        (["facts", "list"], ["facts", "list"]),
        (["--help"], ["--help"]),
        (["-"], ["claim", "-"]),
    ],
)
def test_any_first_argument_that_is_not_a_subcommand_is_a_claim(argv, expected):
    assert _with_implicit_claim(argv) == expected


def test_quick_path_only_takes_plain_claims():
    assert parse_simple(["Sesame", "-f", "json"]) == SimpleClaim("Sesame", "json")
    assert parse_simple(["claim", "check"]) == SimpleClaim("check")
    assert parse_simple(["Sesame", "--facts", "x.yaml", "--facts=y", "--no-builtin"]) == SimpleClaim(
        "Sesame", facts=("x.yaml", "y"), builtin=False
    )
    assert parse_simple(["check"]) is None
    assert parse_simple(["Sesame", "-f", "sarif"]) is None
    assert parse_simple(["Sesame", "--facts"]) is None  # the full CLI reports the missing value


def test_quick_path_uses_only_a_newsroom_file_when_told(tmp_path):
    own = tmp_path / "own.yaml"
    own.write_text("version: 1\nsources: {}\nentities: {}\nfacts: []\n", encoding="utf-8")
    claim = "Sesame Credit scores range from 350 to 950"
    for extra, verdict in ((["--no-builtin"], "unverified"), ([], "true")):
        argv = [claim, "--facts", str(own), *extra, "-f", "json"]
        proc = subprocess.run([sys.executable, "-m", "creditcheck", *argv], capture_output=True, text=True, check=False)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["verdict"] == verdict
