"""The command line: parse, call the library, pick a reporter, map errors to exit codes.

Any first argument that is not a subcommand is a claim: ``creditcheck "Sesame Credit is
mandatory"`` is ``creditcheck claim "Sesame Credit is mandatory"``. Reports go to stdout;
summaries, warnings and progress to stderr. Exit codes: 0 fine, 1 a verdict or finding to
act on, 2 usage, input, configuration or fact-base errors.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .errors import CreditcheckError, ExitCode, InputError

from .quick import SUBCOMMANDS
_VALUE_OPTIONS = {"--format", "-f", "--facts"}

app = typer.Typer(
    name="creditcheck",
    help=(
        "Fact-check claims about China's credit systems (Sesame/Zhima Credit, Tencent Credit, Baihang, "
        "the PBOC and the government's Social Credit System) against a curated, sourced fact base.\n\n"
        'Check one claim:   creditcheck "Sesame Credit is mandatory for all Chinese citizens"\n\n'
        "Check drafts:      creditcheck check drafts/ --format line\n\n"
        "Verdicts: true, false, misleading (a true core that conflates or overstates), unverified (the fact "
        "base cannot decide). Exit codes: 0 true/unverified or nothing to fail on, 1 false/misleading "
        "(see --fail-on), 2 usage, input or fact-base errors."
    ),
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
facts_app = typer.Typer(help="Browse, search, validate and export the fact base.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(facts_app, name="facts")


class ClaimFormat(str, Enum):
    pretty = "pretty"
    json = "json"


class ReportFormat(str, Enum):
    pretty = "pretty"
    line = "line"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"


class TableFormat(str, Enum):
    pretty = "pretty"
    json = "json"


class ExportFormat(str, Enum):
    claimreview = "claimreview"
    csv = "csv"


FactsOpt = typer.Option(None, "--facts", help="Extra fact file or folder (repeatable); merged with the built-in base.")
NoBuiltinOpt = typer.Option(False, "--no-builtin", help="Use only the --facts files, not the built-in base.")


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _color() -> bool:
    from .reporters.pretty import detect_color

    return detect_color(sys.stdout)


def _checker(facts: Optional[List[Path]], no_builtin: bool):  # noqa: ANN202 - lazy import of Checker
    from .checker import Checker

    return Checker.load([str(p) for p in facts or ()], builtin=not no_builtin)


# -- claim -------------------------------------------------------------------------------------


@app.command("claim")
def claim_cmd(
    claim: str = typer.Argument(..., help="The claim to check, in quotes; '-' reads it from standard input."),
    fmt: ClaimFormat = typer.Option(ClaimFormat.pretty, "--format", "-f", help="pretty for people, json for scripts (one object)."),
    explain: bool = typer.Option(False, "--explain", help="Also show the matched phrasing, its score and the runner-up fact."),
    facts: Optional[List[Path]] = FactsOpt,
    no_builtin: bool = NoBuiltinOpt,
) -> None:
    """Check one claim and print its verdict, the deciding fact, why, and the source passage.

    Exit code 0 for true or unverified, 1 for false or misleading, 2 for errors.
    """
    from .quick import run_claim

    code = run_claim(claim, fmt.value, explain=explain, facts=[str(p) for p in facts or ()], builtin=not no_builtin)
    raise typer.Exit(code)


# -- check -------------------------------------------------------------------------------------


@app.command("check")
def check_cmd(
    paths: List[str] = typer.Argument(..., help="Draft files or folders (.md, .markdown, .txt, .html, .htm, .docx); '-' reads standard input."),
    fmt: Optional[ReportFormat] = typer.Option(None, "--format", "-f", help="pretty (default), line, json, jsonl, sarif or github."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="Comma-separated verdicts that make the exit code 1 [default: false,misleading]."),
    include: Optional[List[str]] = typer.Option(None, "--include", help="Only check files matching this glob (repeatable)."),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", help="Skip files matching this glob (repeatable)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Never report this fact id (repeatable)."),
    show_unverified: Optional[bool] = typer.Option(None, "--show-unverified/--hide-unverified", help="Also report on-topic sentences nothing decides."),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", help="Name (and format, by suffix) to report for '-'."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Check files in this many processes; one long draft is split among them [default: 1]."),
    config_path: Optional[Path] = typer.Option(None, "--config", help="Use this config file instead of searching for one."),
    facts: Optional[List[Path]] = FactsOpt,
    no_builtin: Optional[bool] = typer.Option(None, "--no-builtin", help="Use only the --facts files, not the built-in base."),
) -> None:
    """Check article drafts and report the sentences whose claims are false, misleading or true.

    Off-topic sentences are never reported. Silence a region with <!-- creditcheck-disable -->
    ... <!-- creditcheck-enable -->, one line with <!-- creditcheck-disable-next-line -->, or only
    some facts by adding their ids. Settings come from [tool.creditcheck] in pyproject.toml or
    .creditcheck.toml; flags win. Exit code 1 when a finding's verdict is in --fail-on, 2 when a
    file could not be read (after checking all the others).
    """
    from .batch import run_check
    from .config import load_config

    config = load_config(path=config_path).with_overrides(
        format=fmt.value if fmt else None,
        fail_on=fail_on,
        include=include or None,
        exclude=exclude or None,
        ignore=ignore or None,
        show_unverified=show_unverified,
        jobs=jobs,
        facts=[str(p) for p in facts] if facts else None,
        no_builtin=no_builtin,
    )
    code = run_check(paths, config, stdin_filename=stdin_filename, color=_color(), out=_out, err=_err)
    raise typer.Exit(code)


# -- eval --------------------------------------------------------------------------------------


@app.command("eval")
def eval_cmd(
    files: List[Path] = typer.Argument(..., help="Labelled claim sets (YAML: claims: [{claim, verdict, fact}])."),
    min_accuracy: float = typer.Option(0.0, "--min-accuracy", min=0.0, max=1.0, help="Exit 1 below this accuracy (0-1)."),
    fmt: TableFormat = typer.Option(TableFormat.pretty, "--format", "-f", help="pretty or json."),
    facts: Optional[List[Path]] = FactsOpt,
    no_builtin: bool = NoBuiltinOpt,
) -> None:
    """Measure the engine on labelled claims: accuracy, confusion matrix and every miss.

    Exit code 1 below --min-accuracy or whenever a true claim is called false or the reverse.
    """
    from .evaluate import evaluate, load_claims
    from .tables import render_evaluation

    claims = [c for f in files for c in load_claims(f)]
    ev = evaluate(_checker(facts, no_builtin), claims)
    _out(render_evaluation(ev, fmt.value, color=_color()))
    failed = ev.accuracy < min_accuracy or ev.swaps > 0
    _err(f"{ev.correct}/{ev.total} correct ({ev.accuracy:.1%}), {ev.swaps} true/false swaps" + (" - FAILED" if failed else ""))
    raise typer.Exit(ExitCode.FINDINGS if failed else ExitCode.OK)


# -- config ------------------------------------------------------------------------------------


@app.command("config")
def config_cmd(config_path: Optional[Path] = typer.Option(None, "--config", help="Read this config file instead of searching.")) -> None:
    """Print the settings in force and where each one comes from."""
    from .config import load_config
    from .tables import render_config

    _out(render_config(load_config(path=config_path)))


# -- facts -------------------------------------------------------------------------------------


@facts_app.command("list")
def facts_list(
    topic: Optional[str] = typer.Option(None, "--topic", help="Only facts of this topic."),
    entity: Optional[str] = typer.Option(None, "--entity", help="Only facts about this entity (id or any alias)."),
    fmt: TableFormat = typer.Option(TableFormat.pretty, "--format", "-f"),
    facts: Optional[List[Path]] = FactsOpt,
    no_builtin: bool = NoBuiltinOpt,
) -> None:
    """List facts (id, topic, statement), optionally filtered."""
    from .tables import render_fact_list, select_facts

    checker = _checker(facts, no_builtin)
    _out(render_fact_list(select_facts(checker.index, topic=topic, entity=entity), fmt.value, color=_color()))


@facts_app.command("show")
def facts_show(
    fact_id: str = typer.Argument(..., help="The fact id, e.g. sesame-score-range."),
    fmt: TableFormat = typer.Option(TableFormat.pretty, "--format", "-f"),
    facts: Optional[List[Path]] = FactsOpt,
    no_builtin: bool = NoBuiltinOpt,
) -> None:
    """Show everything about one fact: phrasings, figures and source."""
    from .tables import render_fact

    checker = _checker(facts, no_builtin)
    fact = checker.factbase.get(fact_id)
    if fact is None:
        import difflib

        close = difflib.get_close_matches(fact_id, list(checker.factbase.positions), n=1)  # type: ignore[attr-defined]
        hint = f" (did you mean {close[0]}?)" if close else " (see `creditcheck facts list`)"
        raise InputError(f"no fact with id '{fact_id}'{hint}")
    _out(render_fact(fact, fmt.value, color=_color()))


@facts_app.command("search")
def facts_search(
    text: str = typer.Argument(..., help="A claim or phrase; shows which facts it would match and how well."),
    limit: int = typer.Option(10, "--limit", min=1, help="How many matches to show."),
    fmt: TableFormat = typer.Option(TableFormat.pretty, "--format", "-f"),
    facts: Optional[List[Path]] = FactsOpt,
    no_builtin: bool = NoBuiltinOpt,
) -> None:
    """Show the facts a text would match, best first, with scores."""
    from .tables import render_search

    checker = _checker(facts, no_builtin)
    index = checker.index
    candidates = index.search(index.analyse(text), limit=limit, min_score=1.0)
    _out(render_search(candidates, fmt.value, color=_color()))


@facts_app.command("validate")
def facts_validate(
    examples: bool = typer.Option(False, "--examples", help="Also check the engine rates every confirm true and every refute false."),
    facts: Optional[List[Path]] = FactsOpt,
    no_builtin: bool = NoBuiltinOpt,
) -> None:
    """Validate fact files: schema, unique and sorted ids, phrasings that collide with an opposite verdict.

    Exit code 2 when there are errors; warnings alone exit 0.
    """
    from .validate import check_examples, validate_factbase

    checker = _checker(facts, no_builtin)
    problems = validate_factbase(checker.factbase)
    if examples:
        problems += check_examples(checker.factbase, checker)
    _report_problems(problems, f"{len(checker.factbase)} facts in {len(checker.factbase.files)} file(s)")


@facts_app.command("verify")
def facts_verify(
    sources: Path = typer.Option(..., "--sources", help="Folder of archived article texts (e.g. ../shared/sources)."),
    facts: Optional[List[Path]] = FactsOpt,
    no_builtin: bool = NoBuiltinOpt,
) -> None:
    """Check every passage appears verbatim (white space and quote style aside) in its archived article."""
    from .verify import verify_passages

    checker = _checker(facts, no_builtin)
    _report_problems(verify_passages(checker.factbase, sources), f"{len(checker.factbase)} passages checked")


@facts_app.command("export")
def facts_export(
    fmt: ExportFormat = typer.Option(ExportFormat.claimreview, "--format", "-f", help="claimreview (schema.org JSON-LD) or csv."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output."),
    facts: Optional[List[Path]] = FactsOpt,
    no_builtin: bool = NoBuiltinOpt,
) -> None:
    """Export the myths as schema.org ClaimReview JSON-LD, or every fact as CSV."""
    from .export import to_csv, to_jsonld_document

    factbase = _checker(facts, no_builtin).factbase
    text = to_jsonld_document(factbase) if fmt is ExportFormat.claimreview else to_csv(factbase)
    if output is None:
        _out(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path=str(output)) from None
    _err(f"wrote {output}")


def _report_problems(problems: list, summary: str) -> None:  # type: ignore[type-arg]
    from .reporters import sanitize

    errors = [p for p in problems if p.level == "error"]
    for p in problems:
        where = f"{p.path}:{p.line}: " if p.line else (f"{p.path}: " if p.path else "")
        fid = f" [{p.fact_id}]" if p.fact_id else ""
        _out(sanitize(f"{where}{p.level}: {p.message}{fid}"))
    _err(f"{summary}: {len(errors)} error(s), {len(problems) - len(errors)} warning(s)")
    if errors:
        raise typer.Exit(ExitCode.ERROR)


# -- entry point -------------------------------------------------------------------------------


def _with_implicit_claim(argv: list[str]) -> list[str]:
    """Insert ``claim`` when the first positional argument is not a subcommand."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("-h", "--help", "--version"):
            return argv
        if arg == "--":
            return ["claim", *argv]
        if arg.startswith("-") and arg != "-":
            i += 1 if "=" in arg or arg not in _VALUE_OPTIONS else 2
            continue
        return argv if arg in SUBCOMMANDS else ["claim", *argv]
    return argv if not argv else ["claim", *argv]


def _version_callback(value: bool) -> None:
    if value:
        from . import __version__

        _out(f"creditcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version_callback, is_eager=True, help="Print the version and exit."),
) -> None:
    pass


def run(argv: list[str]) -> int:
    """Run the command line and return the exit code; never lets a traceback reach the user."""
    try:
        rv = app(args=_with_implicit_claim(list(argv)), prog_name="creditcheck", standalone_mode=False)
        return rv if isinstance(rv, int) else ExitCode.OK
    except typer.Exit as exc:
        return int(exc.exit_code)
    except CreditcheckError as exc:
        _err_safe(f"creditcheck: error: {exc}")
        return ExitCode.ERROR
    except KeyboardInterrupt:
        _err_safe("creditcheck: interrupted")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return ExitCode.OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, no traceback
        return _report_unexpected(exc)
    finally:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()


def _report_unexpected(exc: Exception) -> int:
    """Usage errors of click (or the click copy newer typer carries), else an internal error."""
    name = type(exc).__name__
    ctx = getattr(exc, "ctx", None)
    if name == "NoArgsIsHelpError" and ctx is not None:
        sys.stderr.write(ctx.get_help() + "\n")
        return ExitCode.ERROR
    if name == "Abort":
        _err_safe("creditcheck: aborted")
        return 130
    if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        _err_safe(f"creditcheck: error: {exc.format_message()}{hint}")
        return ExitCode.ERROR
    if os.environ.get("CREDITCHECK_DEBUG"):
        raise exc
    _err_safe(f"creditcheck: internal error: {name}: {exc} (set CREDITCHECK_DEBUG=1 for a traceback)")
    return ExitCode.ERROR


def _err_safe(text: str) -> None:
    from .reporters import sanitize

    _err(sanitize(text))


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
