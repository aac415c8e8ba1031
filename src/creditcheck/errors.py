"""Domain exceptions and exit codes.

The core raises these; only the command line turns them into messages and exit codes.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, shared by every command."""

    OK = 0  #: verdicts true/unverified; no finding to fail on
    FINDINGS = 1  #: a verdict or finding the caller asked to fail on
    ERROR = 2  #: usage, input, configuration or fact-base error


class CreditcheckError(Exception):
    """Base class: a problem the user can fix, reported as one line.

    ``path`` and ``line`` (1-based) locate the problem when there is a place to point at.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class FactBaseError(CreditcheckError):
    """The fact base could not be loaded or is invalid."""


class DocumentError(CreditcheckError):
    """A draft could not be read or parsed."""


class ConfigError(CreditcheckError):
    """A configuration file is malformed or has an unknown setting."""


class InputError(CreditcheckError):
    """A claim or other direct input is unusable (empty, too large, not UTF-8...)."""
