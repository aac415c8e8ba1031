"""creditcheck: fact-check claims about China's credit systems against a sourced fact base.

The library API is small::

    import creditcheck
    checker = creditcheck.load_facts()             # the built-in base (+ your files)
    result = creditcheck.check_claim("Sesame Credit isn't mandatory", checker)
    result.verdict, result.explanation, result.fact.source.url
    findings = creditcheck.check_text(draft_text, checker, fmt="markdown")

Names are imported lazily so that ``import creditcheck`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Checker", "Verdict", "Result", "Finding", "load_facts", "check_claim", "check_text", "__version__"]

if TYPE_CHECKING:
    import os
    from collections.abc import Sequence

    from .checker import Checker
    from .models import Finding, Result, Verdict


def load_facts(paths: "Sequence[str | os.PathLike[str]]" = (), *, builtin: bool = True) -> "Checker":
    """A :class:`Checker` over the built-in fact base plus ``paths`` (files or folders)."""
    from .checker import Checker

    return Checker.load(paths, builtin=builtin)


def check_claim(claim: str, checker: "Checker | None" = None) -> "Result":
    """The verdict on one claim (loads the built-in base when no checker is given)."""
    return (checker or load_facts()).check_claim(claim)


def check_text(text: str, checker: "Checker | None" = None, *, fmt: str = "text", name: str = "<text>") -> "list[Finding]":
    """Findings for each on-topic sentence of a text ("text", "markdown" or "html")."""
    return (checker or load_facts()).check_text(text, fmt=fmt, name=name)


def __getattr__(name: str) -> Any:
    if name == "Checker":
        from .checker import Checker

        return Checker
    if name in ("Verdict", "Result", "Finding"):
        from . import models

        return getattr(models, name)
    raise AttributeError(f"module 'creditcheck' has no attribute {name!r}")
