"""Expanding paths, folders and globs into the drafts to check."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from creditcheck.discovery import discover


def tree(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Sesame Credit runs from 350 to 950.\n", encoding="utf-8")


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A drafts folder, with the working directory at its parent (paths as a user types them)."""
    tree(
        tmp_path,
        "drafts/b.md",
        "drafts/a.txt",
        "drafts/page.HTML",
        "drafts/report.docx",
        "drafts/old/c.markdown",
        "drafts/old/deep/d.htm",
        "drafts/image.png",
        "drafts/notes",
        "drafts/.hidden.md",
        "drafts/.git/e.md",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path / "drafts"


def test_folder_is_searched_recursively_and_sorted(drafts: Path) -> None:
    files, errors, warnings = discover(["drafts"])
    assert files == [
        "drafts/a.txt",
        "drafts/b.md",
        "drafts/old/c.markdown",
        "drafts/old/deep/d.htm",
        "drafts/page.HTML",
        "drafts/report.docx",
    ]
    assert errors == []
    assert warnings == []


def test_files_and_folders_are_deduplicated(drafts: Path) -> None:
    files, _, _ = discover(["drafts/old", "./drafts/b.md", "drafts/old/c.markdown", "drafts//b.md"])
    assert files == ["drafts/b.md", "drafts/old/c.markdown", "drafts/old/deep/d.htm"]


def test_explicit_hidden_file_is_checked(drafts: Path) -> None:
    assert discover(["drafts/.hidden.md"])[0] == ["drafts/.hidden.md"]


TOP = ["drafts/a.txt", "drafts/b.md", "drafts/page.HTML", "drafts/report.docx"]


@pytest.mark.parametrize(
    ("include", "exclude", "expected"),
    [
        (["*.md"], [], ["drafts/b.md"]),
        (["*.md", "*.txt"], [], ["drafts/a.txt", "drafts/b.md"]),
        ([], ["drafts/old/*"], TOP),  # against the path as displayed
        ([], ["old"], TOP),  # an excluded folder is not entered
        ([], ["old/deep/*", "*.docx"], sorted([*TOP[:3], "drafts/old/c.markdown"])),
        (["old/*"], ["*.htm"], ["drafts/old/c.markdown"]),  # relative to the folder given
    ],
)
def test_include_and_exclude(
    drafts: Path, include: list[str], exclude: list[str], expected: list[str]
) -> None:
    files, errors, warnings = discover(["drafts"], include, exclude)
    assert (files, errors, warnings) == (expected, [], [])


def test_exclude_applies_to_files_named_explicitly(drafts: Path) -> None:
    assert discover(["drafts/b.md", "drafts/a.txt"], exclude=["*.txt"])[0] == ["drafts/b.md"]


def test_missing_path(drafts: Path) -> None:
    files, errors, _ = discover(["drafts/b.md", "drafts/gone.md"])
    assert files == ["drafts/b.md"]
    assert [str(error) for error in errors] == ["drafts/gone.md: no such file or directory"]


def test_explicit_file_of_unknown_type(drafts: Path) -> None:
    files, errors, _ = discover(["drafts/image.png", "drafts/notes"])
    assert files == []
    assert [str(error) for error in errors] == [
        "drafts/image.png: unsupported file type .png "
        "(supported: .md, .markdown, .txt, .html, .htm, .docx)",
        "drafts/notes: unsupported file type (no suffix) "
        "(supported: .md, .markdown, .txt, .html, .htm, .docx)",
    ]


def test_folder_without_drafts_is_a_warning(tmp_path: Path) -> None:
    tree(tmp_path, "empty/picture.png", "empty/.git/x.md")
    files, errors, warnings = discover([str(tmp_path / "empty")])
    assert (files, errors) == ([], [])
    assert warnings == [
        f"{tmp_path / 'empty'}: no draft files found (.md, .markdown, .txt, .html, .htm, .docx)"
    ]


def test_folder_whose_drafts_are_all_excluded_is_a_warning(drafts: Path) -> None:
    _, _, warnings = discover(["drafts/old"], exclude=["*.markdown", "*.htm"])
    assert warnings == [
        "drafts/old: no draft files matching --include/--exclude found "
        "(.md, .markdown, .txt, .html, .htm, .docx)"
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loop_is_a_warning_not_a_hang(drafts: Path) -> None:
    (drafts / "old" / "loop").symlink_to(drafts, target_is_directory=True)
    (drafts / "self").symlink_to("self")  # a link to itself: skipped
    files, errors, warnings = discover(["drafts"])
    assert "drafts/b.md" in files
    assert not any("loop" in name for name in files)
    assert errors == []
    assert warnings == ["drafts/old/loop: symbolic link loop, skipped"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_linked_folder_is_searched_once(drafts: Path) -> None:
    (drafts / "again").symlink_to(drafts / "old" / "deep", target_is_directory=True)
    files, _, warnings = discover(["drafts"])
    assert [name for name in files if name.endswith("d.htm")] == ["drafts/again/d.htm"]
    assert warnings == []
