"""``line``: one finding per line, ``path:line:col: verdict: explanation [fact-id]``.

The shape compilers use, so editors (Vim quickfix, Emacs compile mode, VS Code
problem matchers) can jump to each sentence and ``grep`` can filter by verdict.
No colour, no summary (the command line prints that on stderr).  Every field is
squeezed onto one line and control characters are made visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from creditcheck.models import Finding, Result
from creditcheck.reporters._text import one_line
from creditcheck.reporters.interface import Reporter

if TYPE_CHECKING:
    from creditcheck.reporters import Summary


def _verdict_text(result: Result) -> str:
    """``verdict: explanation [fact-id]`` on one line."""
    fact = result.fact
    explanation = result.explanation or (fact.statement if fact else "")
    text = f"{result.verdict.value}: {one_line(explanation)}"
    if fact is not None:
        text += f" [{one_line(fact.id)}]"
    return text


class LineReporter(Reporter):
    supports_result: ClassVar[bool] = True

    def render_result(self, result: Result, *, explain: bool = False) -> str:
        """``verdict: explanation [fact-id]`` (``explain`` adds nothing: one line only)."""
        return _verdict_text(result) + "\n"

    def render_findings(self, findings: Sequence[Finding], summary: Summary) -> str:
        lines = [
            f"{one_line(f.path)}:{f.span.line}:{f.span.column}: {_verdict_text(f.result)}"
            for f in findings
        ]
        return "".join(line + "\n" for line in lines)
