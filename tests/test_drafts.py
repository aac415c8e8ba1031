"""Golden test: the example drafts report exactly the expected findings, at their lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from creditcheck.batch import run_check
from creditcheck.config import load_config

ROOT = Path(__file__).resolve().parents[1]
DRAFTS = ROOT / "claims" / "drafts"


def _check(monkeypatch, fmt: str, *extra_paths: str, **overrides):
    monkeypatch.chdir(ROOT)
    out, err = [], []
    config = load_config(path=None, start=ROOT).with_overrides(format=fmt, **overrides)
    code = run_check([str(p) for p in extra_paths] or ["claims/drafts"], config, stdin_filename=None, color=False, out=out.append, err=err.append)
    return code, "".join(out), "\n".join(err)


def test_drafts_match_the_golden_file(monkeypatch):
    code, out, _ = _check(monkeypatch, "line")
    got = [re.sub(r": (true|false|misleading|unverified): .* \[", r": \1 [", line) for line in out.splitlines()]
    assert got == (DRAFTS / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert code == 1  # planted false claims fail the default --fail-on


def test_code_suppressed_and_off_topic_sentences_are_never_reported(monkeypatch):
    _, out, _ = _check(monkeypatch, "jsonl")
    texts = [json.loads(line)["text"] for line in out.splitlines()]
    assert not any("2013, our columnist" in t for t in texts)  # disable-next-line
    assert not any("weather" in t or "noodle" in t or "bubble tea" in t for t in texts)  # off topic
    assert not any(t.startswith("Sesame Credit is mandatory for all") and "html" in t for t in texts)
    assert sum("Sesame Credit was launched in 2013" in t for t in texts) == 0  # code and link target


def test_fail_on_decides_the_exit_code(monkeypatch):
    assert _check(monkeypatch, "line", fail_on="unverified")[0] == 0  # the drafts hold no unverified finding
    assert _check(monkeypatch, "line", fail_on="misleading")[0] == 1
    assert _check(monkeypatch, "line", fail_on="true")[0] == 1


def test_an_unreadable_file_does_not_hide_the_others(monkeypatch, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"this is not a zip file")
    code, out, err = _check(monkeypatch, "line", "claims/drafts", str(broken))
    assert code == 2
    assert "broken.docx" in err
    assert "sesame-not-mandatory" in out  # findings of the good files are still reported


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "pretty", "line", "jsonl"])
def test_every_format_renders(monkeypatch, fmt):
    code, out, _ = _check(monkeypatch, fmt)
    assert code == 1 and out.strip()
