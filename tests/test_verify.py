"""Passages must be verbatim in the archived articles (creditcheck.verify)."""

from __future__ import annotations

from pathlib import Path

import pytest

from creditcheck.factbase import load_factbase
from creditcheck.validate import ERROR
from creditcheck.verify import fold, passage_in, verify_passages

DATA = Path(__file__).parent / "data" / "facts"
SOURCES = DATA / "sources"

ARTICLE = "Sesame Credit, run by Alibaba\u2019s Ant Financial, is an\nopt-in program \u2013 scores go from 350\u00a0to 950.\n"


def base(tmp_path: Path, *passages: str, archive: str | None = "article.txt", name: str = "facts.yaml"):
    """A fact file with one fact per passage, citing ``archive`` (or no archive)."""
    lines = [
        "version: 1",
        "sources:",
        "  art:",
        "    title: An article",
        "    author: A. Writer",
        "    publisher: Example News",
        '    date: "2018"',
        "    url: https://example.org/a",
    ]
    if archive is not None:
        lines.append(f"    archive: '{archive}'")
    lines += ["entities:", "  sesame-credit: {name: Sesame Credit, kind: credit-score}", "facts:"]
    for n, passage in enumerate(passages):
        quoted = passage.replace("'", "''")
        lines += [
            f"  - id: fact-{n}",
            "    topic: t",
            "    statement: Sesame Credit is opt-in.",
            "    entities: [sesame-credit]",
            "    confirms: [a, b]",
            "    refutes: [{text: c, why: d}]",
            f"    source: {{ref: art, passage: '{quoted}'}}",
        ]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_factbase([path], builtin=False), path


def sources(tmp_path: Path, **articles: str) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name.replace("_", ".")).write_text(text, encoding="utf-8")
    return folder


def test_fixture_passages_verify() -> None:
    fb = load_factbase([DATA / "minimal.yaml"], builtin=False)
    assert verify_passages(fb, SOURCES) == []


@pytest.mark.parametrize(
    "passage",
    [
        "Sesame Credit, run by Alibaba's Ant Financial, is an opt-in program - scores go from 350 to 950.",
        "Sesame Credit, run by Alibaba\u2019s Ant Financial, is an opt\u2011in program \u2014 scores go from 350 to 950.",
        "run by  Alibaba's\nAnt Financial",
        "an opt-in program \u2013 scores go from 350\u00a0to 950.",
        "Sesame Credit, run by Alibaba's Ant Financial ... scores go from 350 to 950.",
        "Sesame Credit [...] scores go from 350 to 950.",
    ],
)
def test_white_space_quotes_dashes_and_elisions_are_ignored(passage: str) -> None:
    assert passage_in(passage, fold(ARTICLE))


@pytest.mark.parametrize(
    "passage",
    [
        "Sesame Credit, run by Alibaba's Ant Financial, is an opt-in program - scores go from 300 to 950.",
        "sesame credit, run by Alibaba's Ant Financial",  # case counts
        "Sesame Credit, run by Alibaba's Ant Financial; is an opt-in program",  # punctuation counts
        "scores go from 350 to 950 ... Sesame Credit, run by Alibaba's",  # elided parts must be in order
        "Sesame Credit, run by ... Nowhere",
    ],
)
def test_other_differences_count(passage: str) -> None:
    assert not passage_in(passage, fold(ARTICLE))


def test_an_elision_skips_words_not_pages() -> None:
    article = fold("Sesame Credit is opt-in. " + "Filler words here. " * 50 + "Scores go from 350 to 950. Sesame Credit again.")
    assert not passage_in("Sesame Credit is opt-in ... Scores go from 350 to 950.", article)
    assert passage_in("Sesame Credit ... again.", article)  # the nearer occurrence of the first part counts


def test_changed_word_is_reported_with_where_it_diverges(tmp_path: Path) -> None:
    fb, path = base(tmp_path, "an opt-in program - scores go from 350 to 950.", "Sesame Credit, run by Tencent, is an opt-in program.")
    problems = verify_passages(fb, sources(tmp_path, article_txt=ARTICLE))
    assert len(problems) == 1
    (p,) = problems
    assert (p.path, p.line, p.fact_id, p.level) == (str(path), fb.get("fact-1").origin.line, "fact-1", ERROR)
    assert "not verbatim in article.txt" in p.message
    assert "Sesame Credit, run by" in p.message and "Tencent, is an" in p.message


def test_passage_in_another_article_gets_a_hint(tmp_path: Path) -> None:
    fb, _ = base(tmp_path, "Tencent Credit runs from 300 to 850.")
    folder = sources(tmp_path, article_txt=ARTICLE, other_txt="Intro. Tencent Credit runs from 300 to 850. End.")
    (p,) = verify_passages(fb, folder)
    assert "it is in other.txt" in p.message


def test_without_archive_every_txt_is_searched(tmp_path: Path) -> None:
    fb, _ = base(tmp_path, "Tencent Credit runs from 300 to 850.", "scores go from 350 to 950", "Nowhere to be found.", archive=None)
    folder = sources(tmp_path, article_txt=ARTICLE, other_txt="Tencent Credit runs from\n300 to 850.", notes_md="Nowhere to be found.")
    problems = verify_passages(fb, folder)
    assert [p.fact_id for p in problems] == ["fact-2"]  # .md files are not articles
    assert "any .txt article" in problems[0].message


def test_missing_folder_is_one_problem(tmp_path: Path) -> None:
    fb, _ = base(tmp_path, "Sesame Credit")
    problems = verify_passages(fb, tmp_path / "nope")
    assert len(problems) == 1
    assert (problems[0].path, problems[0].line, problems[0].fact_id) == (str(tmp_path / "nope"), 0, None)
    assert "not found" in problems[0].message


def test_missing_archive_file_is_one_problem_at_the_first_fact(tmp_path: Path) -> None:
    fb, path = base(tmp_path, "Sesame Credit", "Ant Financial", "opt-in", archive="gone.txt")
    problems = verify_passages(fb, sources(tmp_path, article_txt=ARTICLE))
    assert len(problems) == 1
    (p,) = problems
    assert (p.path, p.line, p.fact_id) == (str(path), fb.get("fact-0").origin.line, "fact-0")
    assert "gone.txt" in p.message and "cited by 3 facts" in p.message


def test_archive_must_be_a_plain_file_name(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("Sesame Credit", encoding="utf-8")
    fb, _ = base(tmp_path, "Sesame Credit", archive="../secret.txt")
    (p,) = verify_passages(fb, sources(tmp_path, article_txt=ARTICLE))
    assert "plain file name" in p.message


def test_non_utf8_archive_is_a_problem(tmp_path: Path) -> None:
    folder = sources(tmp_path)
    (folder / "article.txt").write_bytes("Sesame Credit caf\u00e9".encode("latin-1"))
    fb, _ = base(tmp_path, "Sesame Credit")
    (p,) = verify_passages(fb, folder)
    assert "not UTF-8" in p.message


def test_each_article_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fb, _ = base(tmp_path, *[f"Sesame Credit{', run by' if i % 2 else ''}" for i in range(20)])
    folder = sources(tmp_path, article_txt=ARTICLE)
    fb2, _ = base(tmp_path, *["Ant Financial"] * 5, archive=None, name="more.yaml")
    reads: list[Path] = []
    original = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    assert verify_passages(fb, folder) == []
    assert verify_passages(fb2, folder) == []
    assert reads == [folder / "article.txt", folder / "article.txt"]  # once per call
