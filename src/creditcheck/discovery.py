"""Expand the paths given on the command line into the draft files to check.

Folders are searched recursively, in sorted order, for files with a supported suffix
(:data:`creditcheck.documents.FORMATS`); hidden files and folders (name starting with ".") and
other suffixes are skipped silently there. A file named explicitly must have a supported suffix.

``include`` and ``exclude`` are fnmatch globs (``*`` also matches "/"). A file is checked when it
matches some include (or none is given) and no exclude. Each glob is tried against the file's
path as displayed (``drafts/old/a.md``), its path relative to the folder given
(``old/a.md``) and its name (``a.md``); an excluded folder is not entered.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from fnmatch import fnmatch

from .documents import FORMATS, detect_format, unsupported_type
from .errors import DocumentError


def discover(
    paths: Sequence[str], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> tuple[list[str], list[DocumentError], list[str]]:
    """The files to check (sorted, deduplicated), errors (missing or unreadable paths, files of
    unsupported type) and warnings (symbolic link loops, folders without matching files)."""
    found = _Search(include, exclude)
    for path in paths:
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            found.errors.append(DocumentError("no such file or directory", path=path))
            continue
        except OSError as exc:
            found.errors.append(DocumentError(f"cannot access: {exc.strerror or exc}", path=path))
            continue
        if stat.S_ISDIR(mode):
            found.folder(path)
        elif stat.S_ISREG(mode):
            found.file(path)
        else:
            found.errors.append(DocumentError("not a regular file", path=path))
    return sorted(found.files), found.errors, found.warnings


class _Search:
    """Files, errors and warnings collected while expanding paths."""

    def __init__(self, include: Sequence[str], exclude: Sequence[str]) -> None:
        self.include = include
        self.exclude = exclude
        self.files: set[str] = set()
        self.errors: list[DocumentError] = []
        self.warnings: list[str] = []
        self._visited: set[tuple[int, int]] = set()  # folders of this root, by (device, inode)
        self._matched = 0  # files of this root

    def file(self, path: str) -> None:
        """A file named explicitly."""
        path = os.path.normpath(path)
        if _matches(self.exclude, path, path) or not self._included(path, path):
            return
        if detect_format(path) is None:
            self.errors.append(unsupported_type(path))
        else:
            self.files.add(path)

    def _included(self, path: str, relative: str) -> bool:
        return not self.include or _matches(self.include, path, relative)

    def folder(self, root: str) -> None:
        """A folder named explicitly: add its draft files, recursively."""
        self._visited.clear()
        self._matched = 0
        self._walk(root, "", ())
        if not self._matched:
            filtered = " matching --include/--exclude" if self.include or self.exclude else ""
            suffixes = ", ".join(FORMATS)
            self.warnings.append(f"{root}: no draft files{filtered} found ({suffixes})")

    def _walk(self, folder: str, relative: str, ancestors: tuple[tuple[int, int], ...]) -> None:
        """Add the files of folder (whose path relative to the root given is relative)."""
        try:
            info = os.stat(folder)
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            self.errors.append(DocumentError(f"cannot read folder: {exc.strerror}", path=folder))
            return
        key = (info.st_dev, info.st_ino)
        if key in ancestors:
            self.warnings.append(f"{folder}: symbolic link loop, skipped")
            return
        if key in self._visited:  # reached again through a symbolic link
            return
        self._visited.add(key)
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = os.path.normpath(os.path.join(folder, entry.name))
            path_in_root = f"{relative}/{entry.name}" if relative else entry.name
            try:
                is_folder = entry.is_dir()
                is_file = not is_folder and entry.is_file()
            except OSError:
                continue
            if _matches(self.exclude, path, path_in_root):
                continue
            if is_folder:
                self._walk(path, path_in_root, (*ancestors, key))
            elif is_file and detect_format(entry.name) and self._included(path, path_in_root):
                self.files.add(path)
                self._matched += 1


def _matches(globs: Sequence[str], path: str, relative: str) -> bool:
    """Whether a glob matches the path as displayed, relative to its root, or the name."""
    candidates = {p.replace(os.sep, "/") for p in (path, relative, os.path.basename(path))}
    return any(fnmatch(candidate, glob) for glob in globs for candidate in candidates)
