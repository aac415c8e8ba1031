"""Verdicts a reporter would check by hand: a table of claims per behaviour of the engine."""

from __future__ import annotations

import pytest

from creditcheck import load_facts
from creditcheck.errors import InputError
from creditcheck.models import Verdict


@pytest.fixture(scope="module")
def checker():
    return load_facts()


CASES = [
    # (claim, verdict, fact id or None)
    ("Tencent Credit scores run from 350 to 950", "false", "tencent-credit-score-range"),
    ("Sesame Credit isn't mandatory", "true", "sesame-not-mandatory"),
    ("Sesame Credit is mandatory for all Chinese citizens", "false", "sesame-not-mandatory"),
    ("Zhima Credit scores range from 350 to 950", "true", "sesame-score-range"),
    ("芝麻信用 scores range from 350 to 950", "true", "sesame-score-range"),
    ("Sesame Credit scores range from 300 to 850", "false", "sesame-score-range"),
    ("Sesame Credit was launched in 2013", "false", "sesame-launch-2015"),
    ("Baihang Credit opened for business on May 23, 2018", "true", "baihang-launch-date"),
    ("Baihang Credit opened for business on June 23, 2018", "false", "baihang-launch-date"),
    ("Sina Weibo was launched in 2009", "true", "weibo-launch-year"),
]

UNVERIFIED = [
    "FICO scores range from 300 to 850",
    "The Xiaomi 10 comes with a 4780 mAh battery.",
    "It will rain in Beijing tomorrow.",
    "Sesame Credit had 1 billion users in 2024.",  # another year than the source's "as of"
    "Koala Credit scores range from 300 to 900.",  # the sources never give Koala's range
]


@pytest.mark.parametrize(("claim", "verdict", "fact_id"), CASES)
def test_verdicts(checker, claim, verdict, fact_id):
    result = checker.check_claim(claim)
    assert result.verdict.value == verdict, result.explanation
    assert result.fact is not None and result.fact.id == fact_id


@pytest.mark.parametrize("claim", UNVERIFIED)
def test_off_topic_and_undecidable_claims_are_unverified(checker, claim):
    result = checker.check_claim(claim)
    assert result.verdict is Verdict.UNVERIFIED
    assert result.to_dict()["fact"] is None and result.to_dict()["source"] is None


def test_a_tencent_claim_is_never_confirmed_by_a_sesame_fact(checker):
    for claim in ("Tencent Credit scores range from 350 to 950", "Tencent Credit is implemented by Ant Financial"):
        result = checker.check_claim(claim)
        assert result.verdict is not Verdict.TRUE
        assert result.fact is None or "sesame" not in result.fact.id


def test_wrong_number_explanation_names_both_figures(checker):
    result = checker.check_claim("Tencent Credit scores run from 350 to 950")
    assert "300" in result.explanation and "850" in result.explanation
    assert "Sesame Credit" in result.explanation  # says whose range 350-950 is


def test_verdict_json_has_the_documented_shape(checker):
    data = checker.check_claim("Sesame Credit isn't mandatory").to_dict()
    assert set(data) == {"claim", "verdict", "fact", "score", "explanation", "source"}
    assert set(data["fact"]) == {"id", "statement"}
    assert set(data["source"]) == {"title", "author", "publisher", "date", "url", "passage"}
    assert 0 <= data["score"] <= 100


def test_as_of_figures_say_so(checker):
    result = checker.check_claim("Sesame Credit had 520 million users as of 2017")
    assert result.verdict is Verdict.TRUE
    assert "as of 2017" in result.explanation


@pytest.mark.parametrize("claim", ["", "   \n\t  "])
def test_empty_claims_are_input_errors(checker, claim):
    with pytest.raises(InputError):
        checker.check_claim(claim)


def test_huge_claim_is_an_input_error(checker):
    with pytest.raises(InputError, match="limit"):
        checker.check_claim("Sesame Credit " * 100_000)
