"""Fact-base validation (creditcheck.validate) and the loader's errors (creditcheck.factbase)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from creditcheck.checker import Checker
from creditcheck.errors import FactBaseError
from creditcheck.factbase import MAX_DEPTH, load_factbase
from creditcheck.validate import (
    ERROR,
    WARNING,
    Problem,
    check_examples,
    example_count,
    normalise_phrasing,
    sentences,
    validate_factbase,
)

DATA = Path(__file__).parent / "data" / "facts"

HEADER = """\
version: 1
sources:
  art:
    title: An article
    author: A. Writer
    publisher: Example News
    date: "2018"
    url: https://example.org/a
entities:
  sesame-credit:
    name: Sesame Credit
    kind: credit-score
    aliases: [Zhima Credit]
  sina-weibo:
    name: Sina Weibo
    kind: platform
    aliases: [Weibo]
facts:
"""


def fact_yaml(
    fid: str = "sesame-score-range",
    *,
    topic: str = "sesame-credit",
    statement: str = "Sesame Credit scores range from 350 to 950.",
    entities: str = "[sesame-credit]",
    confirms: tuple[str, ...] = ("Sesame Credit scores go from 350 to 950", "Zhima Credit uses a 350-950 scale"),
    refutes: tuple[str, ...] = ("Sesame Credit scores range from 300 to 850",),
    extra: str = "",
    passage: str = "Scores go from 350 to 950.",
) -> str:
    lines = [
        f"  - id: {fid}",
        f"    topic: {topic}",
        f"    statement: {statement}",
        f"    entities: {entities}",
        "    confirms:",
        *[f"      - {c}" for c in confirms],
        "    refutes:",
        *[f"      - {{text: {r}, why: the article says otherwise}}" for r in refutes],
    ]
    if extra:
        lines += ["    " + line for line in textwrap.dedent(extra).strip().splitlines()]
    lines += ["    source:", "      ref: art", f"      passage: {passage}"]
    return "\n".join(lines) + "\n"


def write(tmp_path: Path, body: str, name: str = "facts.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def load(*paths: Path):
    return load_factbase(list(paths), builtin=False)


def line_of(path: Path, needle: str) -> int:
    """1-based line of the first line containing ``needle``."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not in {path}")


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.level == ERROR]


# -- validation: the fixtures under tests/data/facts -----------------------------------------------


def test_minimal_fixture_has_no_problems() -> None:
    fb = load(DATA / "minimal.yaml")
    assert validate_factbase(fb) == []


def test_missing_confirms_and_refutes_are_errors() -> None:
    path = DATA / "missing-confirms.yaml"
    problems = validate_factbase(load(path))
    assert [p.level for p in problems] == [ERROR, ERROR]
    assert "1 confirms" in problems[0].message and "at least 2" in problems[0].message
    assert "0 refutes" in problems[1].message
    for p in problems:  # located at the fact
        assert (p.path, p.line, p.fact_id) == (str(path), line_of(path, "- id: sesame-score-range"), "sesame-score-range")


def test_collision_between_true_and_false_phrasings_is_an_error() -> None:
    path = DATA / "collision.yaml"
    problems = validate_factbase(load(path))
    assert len(problems) == 1, problems
    (p,) = problems
    assert p.level == ERROR and p.fact_id == "sesame-opt-in"
    assert "Scores of Zhima Credit range from 350 to 950" in p.message
    assert "sesame-score-range" in p.message and "collides" in p.message
    assert (p.path, p.line) == (str(path), line_of(path, "- id: sesame-opt-in"))


def test_refutes_that_change_only_a_figure_or_a_negation_do_not_collide() -> None:
    # collision.yaml's sesame-score-range has "... from 300 to 850" and "... do not range from 350 to 950":
    problems = validate_factbase(load(DATA / "collision.yaml"))
    assert not any("300 to 850" in p.message or "do not range" in p.message for p in problems)


def test_misleading_phrasing_colliding_with_a_confirm_is_an_error(tmp_path: Path) -> None:
    body = HEADER + fact_yaml(
        extra="""
        misleading:
          - {text: Sesame Credit scores run from 350 to 950, why: the same as a confirm}
        """,
        confirms=("Sesame Credit scores run from 350 to 950", "Zhima Credit uses a 350-950 scale"),
    )
    problems = errors(validate_factbase(load(write(tmp_path, body))))
    # the identical text is a duplicate (reported once, as such), not also a collision
    assert len(problems) == 1 and "repeats" in problems[0].message and "opposite verdict" in problems[0].message


def test_collision_ignores_case_word_order_and_stop_words(tmp_path: Path) -> None:
    body = HEADER + fact_yaml(refutes=("Sesame Credit scores range from 300 to 850", "the 350 to 950 range of Sesame Credit scores"))
    problems = errors(validate_factbase(load(write(tmp_path, body))))
    assert len(problems) == 1 and "collides with this fact's statement" in problems[0].message


def test_unsorted_ids_are_an_error_at_the_out_of_order_fact() -> None:
    path = DATA / "unsorted.yaml"
    problems = validate_factbase(load(path))
    assert len(problems) == 1, problems
    (p,) = problems
    assert p.level == ERROR and p.fact_id == "sesame-a-range"
    assert "sesame-b-ant-financial" in p.message and "not sorted" in p.message
    assert (p.path, p.line) == (str(path), line_of(path, "- id: sesame-a-range"))


def test_sorting_is_checked_per_file(tmp_path: Path) -> None:
    a = write(tmp_path, HEADER + fact_yaml("sesame-z-last"), "a.yaml")
    b = write(tmp_path, "version: 1\nfacts:\n" + fact_yaml("sesame-a-first", statement="Sesame Credit is opt-in.",
              confirms=("Sesame Credit is an opt-in program", "Users choose to join Zhima Credit"),
              refutes=("Sesame Credit is compulsory",)), "b.yaml")
    assert errors(validate_factbase(load(a, b))) == []


def test_duplicate_phrasing_across_facts_names_both_places(tmp_path: Path) -> None:
    body = HEADER + fact_yaml() + fact_yaml(
        "sesame-uses-scale",
        statement="Sesame Credit uses a scale from 350 to 950.",
        confirms=("Sesame Credit scores go from 350 to 950.", "ZHIMA credit uses a 350 950 scale"),
        refutes=("Sesame Credit uses a 300 to 850 scale",),
    )
    path = write(tmp_path, body)
    problems = errors(validate_factbase(load(path)))
    assert len(problems) == 2, problems
    first = line_of(path, "- id: sesame-score-range")
    for p in problems:
        assert p.fact_id == "sesame-uses-scale" and "repeats" in p.message
        assert f"'sesame-score-range' ({path}:{first})" in p.message
    assert "opposite verdict" not in problems[0].message


def test_two_facts_saying_the_same_thing_is_a_warning(tmp_path: Path) -> None:
    body = HEADER + fact_yaml() + fact_yaml(
        "sesame-uses-scale",
        statement="Sesame Credit uses a scale from 350 to 950.",
        confirms=("Scores of Zhima Credit range from 350 to 950", "Sesame Credit ranges 350-950"),
        refutes=("Sesame Credit uses a 300 to 850 scale",),
    )
    path = write(tmp_path, body)
    problems = validate_factbase(load(path))
    assert [(p.level, p.fact_id) for p in problems] == [(WARNING, "sesame-uses-scale")]
    assert "same fact twice" in problems[0].message and "'sesame-score-range'" in problems[0].message


def test_statement_must_be_one_sentence(tmp_path: Path) -> None:
    body = HEADER + fact_yaml(statement="Sesame Credit scores range from 350 to 950. Tencent Credit uses 300 to 850.")
    problems = errors(validate_factbase(load(write(tmp_path, body))))
    assert len(problems) == 1 and "one sentence" in problems[0].message and "has 2" in problems[0].message


@pytest.mark.parametrize(
    "text, n",
    [
        ("Sesame Credit, e.g. Zhima, is run by Ant Financial Inc. in Hangzhou.", 1),
        ("The U.S. press calls it Orwellian; Dr. Daum does not.", 1),
        ("Scores range from 350 to 950... Users opt in.", 1),
        ("It was launched in 2015! Is it mandatory? No.", 3),
        ("“Big brother is watching.” Others disagree.", 2),
        ("芝麻信用很好。腾讯信用也是。", 2),
        ("", 0),
    ],
)
def test_sentences(text: str, n: int) -> None:
    assert len(sentences(text)) == n


def test_as_of_missing_on_a_user_count_is_a_warning(tmp_path: Path) -> None:
    weibo = dict(
        statement="In December 2016, Weibo had 313 million monthly active users.",
        entities="[sina-weibo]",
        topic="sina-weibo",
        confirms=("Weibo had 313 million monthly active users in December 2016", "Sina Weibo counted 313 million MAU"),
        refutes=("Weibo had 500 million monthly active users in December 2016",),
    )
    problems = validate_factbase(load(write(tmp_path, HEADER + fact_yaml("weibo-mau", **weibo))))
    assert [(p.level, p.fact_id) for p in problems] == [(WARNING, "weibo-mau")]
    assert "as_of" in problems[0].message
    dated = HEADER + fact_yaml("weibo-mau", extra='as_of: "2016-12"', **weibo)
    assert validate_factbase(load(write(tmp_path, dated))) == []


def test_a_score_threshold_is_not_a_user_count(tmp_path: Path) -> None:
    body = HEADER + fact_yaml(
        "sesame-perk",
        statement="Sesame Credit users with a score over 600 can rent umbrellas without a deposit.",
        confirms=("Sesame Credit users scoring over 600 skip umbrella deposits", "Zhima Credit users above 600 rent umbrellas deposit-free"),
        refutes=("Sesame Credit users need a score over 800 to skip umbrella deposits",),
    )
    assert validate_factbase(load(write(tmp_path, body))) == []


def test_long_passage_is_a_warning(tmp_path: Path) -> None:
    three = "Scores go from 350 to 950. Users opt in. Ant Financial runs it."
    long = "Scores go from 350 to 950 and " + "the program grows, " * 40 + "as users opt in."
    p3 = validate_factbase(load(write(tmp_path, HEADER + fact_yaml(passage=three))))
    assert [(p.level, "3 sentences" in p.message) for p in p3] == [(WARNING, True)]
    plong = validate_factbase(load(write(tmp_path, HEADER + fact_yaml(passage=long))))
    assert [(p.level, "characters" in p.message) for p in plong] == [(WARNING, True)]


def test_normalise_phrasing() -> None:
    assert normalise_phrasing("Sesame Credit’s  scores: 240,000!") == normalise_phrasing("sesame credit's scores 240000")
    assert normalise_phrasing("50% of users") != normalise_phrasing("50 of users")


def test_problem_str_names_file_line_and_fact() -> None:
    p = Problem("facts.yaml", 12, "sesame-score-range", "has 1 confirms", ERROR)
    assert str(p) == "facts.yaml:12: error: sesame-score-range: has 1 confirms"
    assert p.to_dict()["line"] == 12


# -- examples through the engine -------------------------------------------------------------------


def test_check_examples_reports_the_verdict_got(tmp_path: Path) -> None:
    fb = load(DATA / "minimal.yaml")
    assert check_examples(fb, Checker(fb)) == []
    assert example_count(fb) == 9
    # a confirm whose subject is a name the base does not know cannot be matched: the engine says unverified
    body = HEADER + fact_yaml(confirms=("Sesame Credit scores go from 350 to 950", "Acme scores go from 350 to 950"))
    fb = load(write(tmp_path, body))
    problems = check_examples(fb, Checker(fb))
    assert len(problems) == 1
    (p,) = problems
    assert p.level == WARNING and p.fact_id == "sesame-score-range"
    assert "'Acme scores go from 350 to 950' is rated unverified, not true" in p.message


# -- the loader's errors name file and line ------------------------------------------------------


def load_error(*paths: Path) -> FactBaseError:
    with pytest.raises(FactBaseError) as info:
        load(*paths)
    return info.value


def test_missing_field_names_file_and_line(tmp_path: Path) -> None:
    body = HEADER + fact_yaml().replace("    statement: Sesame Credit scores range from 350 to 950.\n", "")
    path = write(tmp_path, body)
    err = load_error(path)
    assert "missing required field 'statement'" in err.message
    assert (err.path, err.line) == (str(path), line_of(path, "- id: sesame-score-range"))
    assert str(err).startswith(f"{path}:{err.line}: ")


def test_missing_refutes_names_the_fact(tmp_path: Path) -> None:
    body = HEADER + fact_yaml().replace("    refutes:\n      - {text: Sesame Credit scores range from 300 to 850, why: the article says otherwise}\n", "")
    path = write(tmp_path, body)
    err = load_error(path)
    assert "'sesame-score-range' is missing required field 'refutes'" in err.message
    assert (err.path, err.line) == (str(path), line_of(path, "- id: sesame-score-range"))


def test_duplicate_id_across_two_files_names_both_places(tmp_path: Path) -> None:
    a = write(tmp_path, HEADER + fact_yaml(), "a.yaml")
    b = write(tmp_path, "version: 1\nfacts:\n\n" + fact_yaml(), "b.yaml")
    err = load_error(a, b)
    assert "duplicate fact id 'sesame-score-range'" in err.message
    assert (err.path, err.line) == (str(b), line_of(b, "- id: sesame-score-range"))
    assert f"{a}:{line_of(a, '- id: sesame-score-range')}" in err.message


def test_unknown_entity_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + fact_yaml(entities="[sesame-credit, tencent-credit]"))
    err = load_error(path)
    assert "unknown entity 'tencent-credit'" in err.message
    assert (err.path, err.line) == (str(path), line_of(path, "- id: sesame-score-range"))


def test_python_object_tag_is_refused_and_not_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    body = HEADER + fact_yaml(statement=f'!!python/object/apply:os.system ["touch {marker}"]')
    path = write(tmp_path, body)
    err = load_error(path)
    assert "python/object" in err.message
    assert (err.path, err.line) == (str(path), line_of(path, "!!python/object"))
    assert not marker.exists()


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    bomb = ["  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    bomb += [f"  - &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    body = "version: 1\nfacts:\n" + "\n".join(bomb) + "\n"
    path = write(tmp_path, body)
    err = load_error(path)
    assert "anchors and aliases" in err.message
    assert err.path == str(path)
    assert err.line in (line_of(path, "&a0"), line_of(path, "&a1"))


def test_nesting_deeper_than_the_limit_is_refused(tmp_path: Path) -> None:
    depth = MAX_DEPTH + 5
    body = HEADER + fact_yaml(extra="numbers: " + "[" * depth + "1" + "]" * depth)
    path = write(tmp_path, body)
    err = load_error(path)
    assert f"nested more than {MAX_DEPTH} levels" in err.message
    assert err.path == str(path) and err.line == line_of(path, "numbers: [[[")


def test_nesting_within_the_limit_is_not_refused_for_depth(tmp_path: Path) -> None:
    body = HEADER + fact_yaml(extra="numbers: [[1]]")
    err = load_error(write(tmp_path, body))
    assert "nested" not in err.message and "'numbers' must be a list of numbers" in err.message


def test_non_utf8_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes((HEADER + fact_yaml(statement="Sesame Credit is caf\u00e9 credit.")).encode("latin-1"))
    err = load_error(path)
    assert "not UTF-8" in err.message
    assert (err.path, err.line) == (str(path), line_of_bytes(path, b"caf\xe9"))


def line_of_bytes(path: Path, needle: bytes) -> int:
    data = path.read_bytes()
    return data[: data.index(needle)].count(b"\n") + 1


def test_folder_without_yaml_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "notes.txt").write_text("not facts", encoding="utf-8")
    err = load_error(folder)
    assert "no .yaml or .yml" in err.message and err.path == str(folder)


def test_folder_of_fixtures_loads_each_file(tmp_path: Path) -> None:
    folder = tmp_path / "facts"
    folder.mkdir()
    write(folder, HEADER + fact_yaml(), "a.yaml")
    fb = load(folder)
    assert [f.id for f in fb.facts] == ["sesame-score-range"]
    assert fb.facts[0].origin.path == str(folder / "a.yaml")


def test_a_confirm_giving_an_amount_the_fact_does_not_is_a_warning(tmp_path: Path) -> None:
    # the engine reads every figure a true phrasing gives as one the fact pins
    body = HEADER + fact_yaml(
        statement="Sesame Credit scores range from 350 to 950.",
        confirms=("Sesame Credit scores go from 350 to 950", "Seven in ten Zhima Credit users score from 350 to 950"),
    )
    problems = validate_factbase(load(write(tmp_path, body)))
    assert [p.level for p in problems] == [WARNING]
    assert "Seven in ten" in problems[0].message and problems[0].fact_id == "sesame-score-range"


def test_a_confirm_naming_how_many_things_it_lists_is_no_stray_amount(tmp_path: Path) -> None:
    body = HEADER + fact_yaml(confirms=("Sesame Credit scores go from 350 to 950", "Two of the scales, Zhima Credit's among them, run 350-950"))
    assert validate_factbase(load(write(tmp_path, body))) == []
