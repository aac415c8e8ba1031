"""Batch-check drafts: files in, findings and per-file errors out; one bad file never hides the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .checker import Checker
from .errors import CreditcheckError
from .models import Finding, Verdict


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


def check_files(
    checker: Checker,
    paths: Sequence[str],
    options: CheckOptions,
    *,
    jobs: int = 1,
    progress: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
    """Check every file, in order; with ``jobs`` > 1 files are spread over processes."""
    outcomes: list[FileOutcome] = []
    if jobs <= 1 or len(paths) < 2:
        for path in paths:
            outcomes.append(check_file(checker, path, options))
            if progress:
                progress(outcomes[-1])
        return outcomes
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(options.facts, options.builtin)) as pool:
        for outcome in pool.map(_work, [(p, options) for p in paths], chunksize=max(1, len(paths) // (jobs * 4))):
            outcomes.append(outcome)
            if progress:
                progress(outcome)
    return outcomes
