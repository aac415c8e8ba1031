"""Batch-check drafts: files in, findings and per-file errors out; one bad file never hides the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from typing import TYPE_CHECKING

from .checker import Checker
from .errors import CreditcheckError
from .models import Finding, Verdict

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from .documents import Document


@dataclass(frozen=True)
class CheckOptions:
    report: frozenset[Verdict] = frozenset({Verdict.TRUE, Verdict.FALSE, Verdict.MISLEADING})
    ignore: frozenset[str] = frozenset()
    facts: tuple[str, ...] = ()
    builtin: bool = True


@dataclass
class FileOutcome:
    path: str
    findings: list[Finding] = field(default_factory=list)
    sentences: int = 0
    error: str | None = None
    warnings: tuple[str, ...] = ()


def check_file(checker: Checker, path: str, options: CheckOptions, *, data: bytes | None = None, fmt: str | None = None) -> FileOutcome:
    """Read and check one draft; a read or parse problem becomes ``error``, never an exception."""
    from .documents import parse_document, read_document

    try:
        document = parse_document(data, fmt or "text", path) if data is not None else read_document(path)
        findings = checker.check_document(document, report=options.report, ignore=options.ignore)
    except CreditcheckError as exc:
        return FileOutcome(path, error=str(exc))
    return FileOutcome(path, findings, len(document.sentences), warnings=document.warnings)


_WORKER: Checker | None = None


def _init_worker(facts: tuple[str, ...], builtin: bool) -> None:
    global _WORKER
    _WORKER = Checker.load(facts, builtin=builtin)


def _work(args: tuple[str, CheckOptions]) -> FileOutcome:
    assert _WORKER is not None
    return check_file(_WORKER, *args)


def _work_part(args: tuple["Document", CheckOptions]) -> list[Finding]:
    assert _WORKER is not None
    document, options = args
    return _WORKER.check_document(document, report=options.report, ignore=options.ignore)


#: a draft with more sentences than this is split across the --jobs processes by itself
SPLIT_SENTENCES = 2_000


def _check_split(pool: "ProcessPoolExecutor", path: str, options: CheckOptions, jobs: int) -> FileOutcome:
    """One long draft, its sentences shared out among the processes and the findings put back in order."""
    from dataclasses import replace

    from .documents import read_document

    try:
        document = read_document(path)
    except CreditcheckError as exc:
        return FileOutcome(path, error=str(exc))
    sentences = document.sentences
    size = max(1, -(-len(sentences) // (jobs * 4)))
    # (each part but the first starts with the sentence before it, as context: see Document.lead_in)
    parts = [
        replace(document, sentences=sentences[max(0, i - 1) : i + size], lead_in=1 if i else 0) for i in range(0, len(sentences), size)
    ]
    findings = [f for part in pool.map(_work_part, [(p, options) for p in parts]) for f in part]
    return FileOutcome(path, findings, len(sentences), warnings=document.warnings)


def check_files(
    checker: Checker,
    paths: Sequence[str],
    options: CheckOptions,
    *,
    jobs: int = 1,
    progress: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
    """Check every file, in order; with ``jobs`` > 1 files are spread over processes, and a
    single long draft is split among them by sentences."""
    outcomes: list[FileOutcome] = []
    if jobs <= 1 or (len(paths) < 2 and not any(_long(p) for p in paths)):
        for path in paths:
            outcomes.append(check_file(checker, path, options))
            if progress:
                progress(outcomes[-1])
        return outcomes
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(options.facts, options.builtin)) as pool:
        if len(paths) == 1:
            outcomes.append(_check_split(pool, paths[0], options, jobs))
            if progress:
                progress(outcomes[-1])
            return outcomes
        for outcome in pool.map(_work, [(p, options) for p in paths], chunksize=max(1, len(paths) // (jobs * 4))):
            outcomes.append(outcome)
            if progress:
                progress(outcome)
    return outcomes


def _long(path: str) -> bool:
    """Is this draft long enough to be worth splitting (judged by size, before it is read)?"""
    import os

    try:
        return os.path.getsize(path) > SPLIT_SENTENCES * 60  # about 60 bytes a sentence
    except OSError:
        return False
