"""``creditcheck check``: discover drafts, check them, report, and choose the exit code."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence

from .config import Config
from .errors import ExitCode, InputError
from .models import Finding, Verdict
from .runner import CheckOptions, FileOutcome, check_file, check_files

PROGRESS_MIN_FILES = 20


def parse_verdicts(value: object) -> frozenset[Verdict]:
    items = value.split(",") if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    out = set()
    for item in items:
        item = str(item).strip().lower()
        if not item:
            continue
        try:
            out.add(Verdict(item))
        except ValueError:
            raise InputError(f"unknown verdict '{item}' in --fail-on (use true, false, misleading, unverified)") from None
    return frozenset(out)


def run_check(
    paths: Sequence[str],
    config: Config,
    *,
    stdin_filename: str | None,
    color: bool,
    out: Callable[[str], None],
    err: Callable[[str], None],
) -> int:
    from .checker import Checker
    from .discovery import discover
    from .documents import detect_format
    from .reporters import OutputFormat, Summary, get_reporter, sanitize

    fail_on = parse_verdicts(config["fail_on"])
    report = {Verdict.TRUE, Verdict.FALSE, Verdict.MISLEADING} | ({Verdict.UNVERIFIED} if config["show_unverified"] else set())
    options = CheckOptions(
        report=frozenset(report),
        ignore=frozenset(config["ignore"] or ()),  # type: ignore[arg-type]
        facts=tuple(config["facts"] or ()),  # type: ignore[arg-type]
        builtin=not config["no_builtin"],
    )
    checker = Checker.load(options.facts, builtin=options.builtin)
    files = [p for p in paths if p != "-"]
    found, errors, warnings = discover(files, config["include"] or (), config["exclude"] or ()) if files else ([], [], [])  # type: ignore[arg-type]
    for w in warnings:
        err(sanitize(f"creditcheck: warning: {w}"))
    outcomes: list[FileOutcome] = [FileOutcome(e.path or "?", error=str(e)) for e in errors]
    if "-" in paths:
        name = stdin_filename or "<stdin>"
        data = sys.stdin.buffer.read() if sys.stdin else b""
        outcomes.append(check_file(checker, name, options, data=data, fmt=detect_format(name) or "text"))
    progress = _progress(len(found), err)
    outcomes += check_files(checker, found, options, jobs=int(config["jobs"] or 1), progress=progress)  # type: ignore[call-overload]
    if progress:
        progress(None)

    findings: list[Finding] = [f for o in outcomes for f in o.findings]
    failed_files = [o for o in outcomes if o.error]
    for o in outcomes:
        for w in o.warnings:
            err(sanitize(f"creditcheck: warning: {o.path}: {w}"))
    for o in failed_files:
        err(sanitize(f"creditcheck: error: {o.error}"))
    by_verdict = Counter(f.result.verdict.value for f in findings)
    failed = any(f.result.verdict in fail_on for f in findings)
    summary = Summary(
        files=len(outcomes) - len(failed_files),
        sentences=sum(o.sentences for o in outcomes),
        findings=len(findings),
        errors=len(failed_files),
        by_verdict=dict(by_verdict),
        fail_on=tuple(sorted(v.value for v in fail_on)),
        failed=failed,
    )
    fmt = OutputFormat(config["format"])
    rendered = get_reporter(fmt, color=color).render_findings(findings, summary)
    if rendered:
        out(rendered)
    counts = ", ".join(f"{n} {v}" for v, n in sorted(by_verdict.items())) or "no findings"
    err(f"creditcheck: {summary.files} file(s), {summary.sentences} sentence(s): {counts}" + (f"; {len(failed_files)} file(s) could not be read" if failed_files else ""))
    if not outcomes:
        err("creditcheck: error: no drafts to check")
        return ExitCode.ERROR
    if failed_files:
        return ExitCode.ERROR
    return ExitCode.FINDINGS if failed else ExitCode.OK


def _progress(total: int, err: Callable[[str], None]) -> Callable[[FileOutcome | None], None] | None:
    """A progress bar on an interactive stderr for long runs; nothing in pipes or CI."""
    if total < PROGRESS_MIN_FILES or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    from rich.console import Console
    from rich.progress import Progress

    bar = Progress(console=Console(stderr=True), transient=True)
    task = bar.add_task("checking", total=total)
    bar.start()

    def step(outcome: FileOutcome | None) -> None:
        if outcome is None:
            bar.stop()
        else:
            bar.advance(task)

    return step
