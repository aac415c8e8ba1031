"""Cache the compiled index on disk, keyed by the fact files' paths and contents.

Parsing YAML and analysing every phrasing dominates start-up; a pickled :class:`Index`
loads in a few milliseconds. Any change to a fact file (or to creditcheck itself) makes a new
key, so a stale cache is never used. Set ``CREDITCHECK_NO_CACHE=1`` to bypass it; an
unwritable cache folder is silently skipped.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from pathlib import Path
from typing import Sequence

from .factbase import builtin_facts_path, expand_fact_paths, load_factbase
from .matching import Index

CACHE_FORMAT = 2


def cache_dir() -> Path:
    base = os.environ.get("CREDITCHECK_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    return root if os.environ.get("CREDITCHECK_CACHE_DIR") else root / "creditcheck"


def _key(files: Sequence[Path]) -> str:
    # two 32-bit checksums of every file's path, size and mtime: zlib imports in a fraction of
    # the time hashlib takes, and start-up time is what a single claim pays for
    text = f"{CACHE_FORMAT}:{sys.version_info[:2]}\n"
    for path in files:  # fact files by content: an edit within the clock's resolution still counts
        text += f"{path.resolve()}:{zlib.crc32(path.read_bytes()):08x}\n"
    for path in sorted(Path(__file__).parent.glob("*.py")):
        st = path.stat()
        text += f"{path.resolve()}:{st.st_size}:{st.st_mtime_ns}\n"
    data = text.encode()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def load_index(paths: Sequence[str | os.PathLike[str]] = (), *, builtin: bool = True, use_cache: bool = True) -> Index:
    """The index for these fact files, from the cache when it is fresh."""
    use_cache = use_cache and not os.environ.get("CREDITCHECK_NO_CACHE")
    if not use_cache:
        return Index(load_factbase(paths, builtin=builtin))
    files = ([builtin_facts_path()] if builtin else []) + expand_fact_paths(paths)
    try:
        target = cache_dir() / f"index-{_key(files)}.pickle"
        with open(target, "rb") as fh:
            index = pickle.load(fh)
        if isinstance(index, Index):
            return index
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    index = Index(load_factbase(paths, builtin=builtin))
    from .framing import framing_checks

    framing_checks(index).distinctions  # worked out once, stored with the index  # noqa: B018
    _store(index, files)
    return index


def _store(index: Index, files: Sequence[Path]) -> None:
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"index-{_key(files)}.pickle"
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
        _prune(folder, keep=target)
    except (OSError, pickle.PickleError, TypeError, AttributeError):
        pass


KEEP = 8  #: cached indexes kept; every edit of a fact file makes a new one


def _prune(folder: Path, keep: Path) -> None:
    """Remove all but the KEEP most recently used indexes, so the cache does not grow forever."""
    found = sorted(folder.glob("index-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in found[KEEP:]:
        if old != keep:
            old.unlink(missing_ok=True)
