"""Cache the compiled index on disk, keyed by the fact files' paths, sizes and mtimes.

Parsing YAML and analysing every phrasing dominates start-up; a pickled :class:`Index`
loads in a few milliseconds. Any change to a fact file (or to creditcheck itself) makes a new
key, so a stale cache is never used. Set ``CREDITCHECK_NO_CACHE=1`` to bypass it; an
unwritable cache folder is silently skipped.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Sequence

from .factbase import builtin_facts_path, expand_fact_paths, load_factbase
from .matching import Index

CACHE_FORMAT = 1


def cache_dir() -> Path:
    base = os.environ.get("CREDITCHECK_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    return root if os.environ.get("CREDITCHECK_CACHE_DIR") else root / "creditcheck"


def _key(files: Sequence[Path]) -> str:
    h = hashlib.sha256(f"{CACHE_FORMAT}:{sys.version_info[:2]}".encode())
    code = Path(__file__).parent
    for path in [*files, *sorted(code.glob("*.py"))]:
        st = path.stat()
        h.update(f"{path.resolve()}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:32]


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
    except (OSError, pickle.PickleError, TypeError, AttributeError):
        pass
