"""The single-claim path, kept free of typer/click so a claim answers fast.

``creditcheck "CLAIM"`` is the command people type most, and interpreter start-up dominates
it. :func:`try_quick` handles only the simplest argument shapes (a claim, ``--format
pretty|json``, ``--explain``, ``--facts``, ``--no-builtin``); anything else returns ``None`` and
the full typer CLI takes over, so every error message and ``--help`` still come from one place.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import CreditcheckError, ExitCode, InputError

SUBCOMMANDS = ("claim", "check", "eval", "facts", "config")


def run_claim(claim: str, fmt: str, *, explain: bool = False, facts: Sequence[str] = (), builtin: bool = True) -> int:
    """Check one claim, print the report on stdout and return the exit code."""
    from .checker import Checker
    from .models import Verdict
    from .reporters import OutputFormat, get_reporter

    text = read_stdin_text("the claim") if claim == "-" else claim
    result = Checker.load(facts, builtin=builtin).check_claim(text)
    # color=None: the reporter decides from the terminal, NO_COLOR and FORCE_COLOR
    sys.stdout.write(get_reporter(OutputFormat(fmt), color=None).render_result(result, explain=explain))
    return ExitCode.FINDINGS if result.verdict in (Verdict.FALSE, Verdict.MISLEADING) else ExitCode.OK


def read_stdin_text(what: str) -> str:
    data = sys.stdin.buffer.read() if sys.stdin else b""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} on standard input is not valid UTF-8 (byte {exc.start})") from None


@dataclass(frozen=True)
class SimpleClaim:
    claim: str
    fmt: str = "pretty"
    explain: bool = False
    facts: tuple[str, ...] = ()
    builtin: bool = True


def parse_simple(argv: Sequence[str]) -> SimpleClaim | None:
    """The invocation when argv is a plain claim (with --format, --explain, --facts, --no-builtin), else None."""
    args = list(argv)
    if args and args[0] == "claim":
        args = args[1:]
    claim: str | None = None
    fmt, explain, facts, builtin = "pretty", False, [], True
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--explain":
            explain = True
        elif arg == "--no-builtin":
            builtin = False
        elif arg in ("--format", "-f", "--facts") and i + 1 < len(args):
            if arg == "--facts":
                facts.append(args[i + 1])
            else:
                fmt = args[i + 1]
            i += 1
        elif arg.startswith("--format="):
            fmt = arg.split("=", 1)[1]
        elif arg.startswith("--facts="):
            facts.append(arg.split("=", 1)[1])
        elif (arg == "-" or not arg.startswith("-")) and claim is None:
            claim = arg
        else:
            return None
        i += 1
    if claim is None or fmt not in ("pretty", "json") or (argv and argv[0] != "claim" and claim in SUBCOMMANDS):
        return None
    return SimpleClaim(claim, fmt, explain, tuple(facts), builtin)


def try_quick(argv: Sequence[str]) -> int | None:
    parsed = parse_simple(argv)
    if parsed is None:
        return None
    try:
        return run_claim(parsed.claim, parsed.fmt, explain=parsed.explain, facts=parsed.facts, builtin=parsed.builtin)
    except CreditcheckError as exc:
        from .reporters import sanitize

        sys.stderr.write(sanitize(f"creditcheck: error: {exc}") + "\n")
        return ExitCode.ERROR
    except BrokenPipeError:
        return ExitCode.OK
    except KeyboardInterrupt:
        return 130
    except Exception:  # noqa: BLE001 - let the full CLI report it in its one-line way
        return None
