"""Output formats: one :class:`Reporter` per :class:`OutputFormat`.

Pick one with :func:`get_reporter`; each lives in its own module (``pretty``,
``line``, ``json``, ``jsonl``, ``sarif``, ``github``) and is imported only when
asked for, so ``import creditcheck.reporters`` stays cheap and never imports rich.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from creditcheck.reporters._text import sanitize
from creditcheck.reporters.interface import Reporter

__all__ = ["OutputFormat", "Reporter", "Summary", "get_reporter", "sanitize"]


class OutputFormat(str, Enum):
    """The ``--format`` choices."""

    PRETTY = "pretty"  #: coloured, grouped by file, for people (rich)
    LINE = "line"  #: ``path:line:col: verdict: explanation [fact-id]``, for editors and grep
    JSON = "json"  #: one JSON document
    JSONL = "jsonl"  #: one JSON object per finding
    SARIF = "sarif"  #: SARIF 2.1.0, for code-scanning dashboards
    GITHUB = "github"  #: GitHub Actions workflow commands (annotations)

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Summary:
    """Totals of one ``creditcheck check`` run."""

    files: int
    sentences: int
    findings: int
    errors: int
    by_verdict: dict[str, int] = field(default_factory=dict)  #: verdict value -> findings
    fail_on: tuple[str, ...] = ()  #: verdict values that make the run fail
    failed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "sentences": self.sentences,
            "findings": self.findings,
            "errors": self.errors,
            "by_verdict": dict(self.by_verdict),
            "fail_on": list(self.fail_on),
            "failed": self.failed,
        }

    def describe(self) -> str:
        """One plain line, e.g. ``2 files, 40 sentences, 3 findings (2 false, 1 misleading), 0 errors``."""

        def count(n: int, word: str) -> str:
            return f"{n} {word}{'' if n == 1 else 's'}"

        counts = ", ".join(f"{n} {sanitize(v)}" for v, n in self.by_verdict.items() if n)
        findings = count(self.findings, "finding") + (f" ({counts})" if counts else "")
        text = ", ".join(
            [count(self.files, "file"), count(self.sentences, "sentence"), findings, count(self.errors, "error")]
        )
        if self.failed:
            text += f"; failed (fail on: {', '.join(sanitize(v) for v in self.fail_on)})"
        return text


#: format -> (module in this package, class name); imported on demand.
_REPORTERS: dict[OutputFormat, tuple[str, str]] = {
    OutputFormat.PRETTY: ("pretty", "PrettyReporter"),
    OutputFormat.LINE: ("line", "LineReporter"),
    OutputFormat.JSON: ("json", "JsonReporter"),
    OutputFormat.JSONL: ("jsonl", "JsonlReporter"),
    OutputFormat.SARIF: ("sarif", "SarifReporter"),
    OutputFormat.GITHUB: ("github", "GithubReporter"),
}


def get_reporter(
    fmt: OutputFormat | str, *, color: bool | None = None, show_source: bool = True
) -> Reporter:
    """Return the reporter for ``fmt`` (an :class:`OutputFormat` or its value).

    ``color`` only matters to ``pretty``: ``True``/``False`` force it on or off,
    ``None`` decides from ``NO_COLOR``/``FORCE_COLOR`` and whether stdout is a
    terminal.  ``show_source=False`` leaves out the quoted passage and citation in
    the human formats (``pretty``, ``github``); machine formats always carry them.
    Raises :class:`ValueError` for an unknown format name.
    """
    module_name, class_name = _REPORTERS[OutputFormat(fmt)]
    module = importlib.import_module(f"{__name__}.{module_name}")
    cls = getattr(module, class_name)
    return cls(color=color, show_source=show_source)
