"""The sentence splitter: where sentences end, and where they must not."""

from __future__ import annotations

import time

import pytest

from creditcheck.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]),
        ("It rose… Then it fell.", ["It rose…", "Then it fell."]),
        ("He waited... Nothing came.", ["He waited...", "Nothing came."]),
        ("Really?! Yes.", ["Really?!", "Yes."]),
        ("Scores rose in 2017. 2018 was flat.", ["Scores rose in 2017.", "2018 was flat."]),
        # closing quotes and brackets stay with their sentence
        ('He said "Go." Then he left.', ['He said "Go."', "Then he left."]),
        ("(See below.) Next one.", ["(See below.)", "Next one."]),
        ("It ended. “A new one” began.", ["It ended.", "“A new one” began."]),
        # a sentence may run over lines
        ("It runs\nover lines. Next\none.", ["It runs\nover lines.", "Next\none."]),
    ],
)
def test_splits_at_terminators(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Ma and Mrs. Ma met Dr. Smith and Prof. Lee on St. James St. yesterday.",
        "Ant Group Inc. Ltd. Co. and Tencent Holdings were compared.",
        "It works in the U.S. Army and U.K. Parliament.",
        "Some systems, e.g. Sesame, i.e. Ant's, vs. Tencent, etc. Compared.",
        "It launched on Jan. 5 and closed on Dec. 31 of that year.",
        "See No. 5 and Fig. 2 for the figures.",
        "J. Daum and J.R.R. Tolkien wrote about it.",
        "Scores rose by 3.5 points in version 1.2.3 of the model.",
        "Over 1,000,000 people used it.",
        "Visit www.example.com or mail press@example.com today.",
        "It rose… and then it fell… slowly.",
        "He asked why? and nobody answered.",
    ],
)
def test_does_not_split_inside_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_abbreviation_case_matters_for_no() -> None:
    assert sentences("He said no. Then he left.") == ["He said no.", "Then he left."]


def test_lower_case_after_a_period_continues_the_sentence() -> None:
    assert sentences("Scores are 350 to 950. they said.") == ["Scores are 350 to 950. they said."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "芝麻信用分是350到950分。腾讯信用分由腾讯推出。",
            ["芝麻信用分是350到950分。", "腾讯信用分由腾讯推出。"],
        ),
        ("真的吗？是的！好。", ["真的吗？", "是的！", "好。"]),
        ("他说：“你好。”然后走了。", ["他说：“你好。”", "然后走了。"]),
        ("信用分……还在计算中。", ["信用分……还在计算中。"]),
        ("Really?真的。", ["Really?", "真的。"]),
        ("Sesame launched. 芝麻信用上线了。", ["Sesame launched.", "芝麻信用上线了。"]),
        ("分数是3.5分。", ["分数是3.5分。"]),
    ],
)
def test_chinese(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_are_trimmed_and_exclusive() -> None:
    text = "  First one.   Second one.  \n"
    assert split_sentences(text) == [(2, 12), (15, 26)]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


def test_text_without_terminator_is_one_sentence() -> None:
    assert sentences("Sesame Credit and Tencent Credit") == ["Sesame Credit and Tencent Credit"]


def test_linear_and_fast_on_a_megabyte() -> None:
    text = "Sesame Credit scores run from 350 to 950, e.g. in 2017. Mr. Ma agreed! " * 14_000
    started = time.perf_counter()
    spans = split_sentences(text)
    elapsed = time.perf_counter() - started
    assert len(spans) == 28_000
    assert elapsed < 0.5  # about 0.05 s on a laptop
