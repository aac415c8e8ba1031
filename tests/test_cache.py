"""The on-disk index cache: used when fresh, never when stale, bounded, and harmless when broken."""

from __future__ import annotations

import pytest

from creditcheck import cache
from creditcheck.checker import Checker

NEWSROOM = """\
version: 1
sources:
  memo:
    title: Desk memo
    author: Desk
    publisher: Newsroom
    date: "2024"
    url: https://example.org/memo
entities:
  acme-score:
    name: Acme Score
    kind: credit-score
    aliases: [Acme]
facts:
  - id: acme-range
    topic: acme
    statement: Acme Score runs from 100 to 200.
    entities: [acme-score]
    numbers: [100, 200]
    confirms: [Acme Score goes from 100 to 200, The Acme scale spans 100 to 200 points]
    refutes:
      - text: Acme Score runs from 300 to 850
        why: Acme Score runs from 100 to 200.
    source: {ref: memo, passage: Acme Score runs from 100 to 200.}
"""


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CREDITCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("CREDITCHECK_NO_CACHE", raising=False)
    return folder


def test_the_index_is_stored_and_reused(cache_dir):
    first = Checker.load().check_claim("Tencent Credit scores run from 350 to 950")
    stored = list(cache_dir.glob("index-*.pickle"))
    assert len(stored) == 1
    again = Checker.load().check_claim("Tencent Credit scores run from 350 to 950")
    assert (again.verdict, again.fact.id, again.explanation) == (first.verdict, first.fact.id, first.explanation)
    assert list(cache_dir.glob("index-*.pickle")) == stored


def test_an_edited_fact_file_is_never_served_stale(cache_dir, tmp_path):
    own = tmp_path / "own.yaml"
    own.write_text(NEWSROOM, encoding="utf-8")
    assert Checker.load([own], builtin=False).check_claim("Acme Score goes from 100 to 200").verdict.value == "true"
    own.write_text(NEWSROOM.replace("100 to 200", "100 to 250").replace("200]", "250]"), encoding="utf-8")
    result = Checker.load([own], builtin=False).check_claim("Acme Score goes from 100 to 200")
    assert result.verdict.value == "false"  # the edited file, not the cached index, decides


def test_a_broken_cache_file_is_rebuilt_silently(cache_dir):
    Checker.load()
    (stored,) = cache_dir.glob("index-*.pickle")
    stored.write_bytes(b"not a pickle")
    assert Checker.load().check_claim("Sesame Credit isn't mandatory").verdict.value == "true"


def test_the_cache_keeps_only_the_most_recent_indexes(cache_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 2)
    own = tmp_path / "own.yaml"
    for n in range(4):
        own.write_text(NEWSROOM.replace("Desk memo", f"Desk memo {n}"), encoding="utf-8")
        Checker.load([own], builtin=False)
    assert len(list(cache_dir.glob("index-*.pickle"))) == 2
