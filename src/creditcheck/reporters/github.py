"""``github``: GitHub Actions workflow commands, one annotation per finding::

    ::error file=docs/a.md,line=3,col=5,endLine=3,endColumn=40,title=creditcheck%3A FALSE [fact-id]::Why...

``error`` for false, ``warning`` for misleading, ``notice`` for true and
unverified.  Values are escaped as the Actions runner expects (see
``escapeData``/``escapeProperty`` in ``@actions/core``): ``%``, CR and LF
everywhere, and also ``:`` and ``,`` in properties, so no text from a draft can
end the command early or start a new one.  Control characters other than line
breaks are made visible first.  The message holds the explanation, the fact and,
unless ``show_source`` is off, the citation, one per line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from creditcheck.models import Finding, Verdict
from creditcheck.reporters._text import citation, one_line, sanitize
from creditcheck.reporters.interface import Reporter

if TYPE_CHECKING:
    from creditcheck.reporters import Summary

COMMANDS = {
    Verdict.FALSE: "error",
    Verdict.MISLEADING: "warning",
    Verdict.TRUE: "notice",
    Verdict.UNVERIFIED: "notice",
}


def escape_data(text: str) -> str:
    """Escape a command's message (after ``::``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (``file=``, ``title=``...)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _message(finding: Finding, show_source: bool) -> str:
    result = finding.result
    fact = result.fact
    lines = [one_line(result.explanation) or result.verdict.value]
    if fact is not None:
        lines.append(f"Fact: {one_line(fact.statement)} [{one_line(fact.id)}]")
        if show_source:
            lines.append(f"Source: {one_line(citation(fact.source))}")
    return "\n".join(lines)


def annotation(finding: Finding, *, show_source: bool = True) -> str:
    """One ``::error ...::message`` line for ``finding`` (without the newline)."""
    span = finding.span
    fact = finding.result.fact
    title = f"creditcheck: {finding.result.verdict.value.upper()}"
    if fact is not None:
        title += f" [{one_line(fact.id)}]"
    # The path keeps its line breaks (escaped below, so the annotation still finds
    # the file); other control characters are made visible.
    properties = [("file", sanitize(finding.path, keep="\r\n"))]
    for name, value in (
        ("line", span.line),
        ("col", span.column),
        ("endLine", span.end_line),
        ("endColumn", span.end_column),
    ):
        if value >= 1:
            properties.append((name, str(value)))
    properties.append(("title", title))
    props = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    command = COMMANDS[finding.result.verdict]
    return f"::{command} {props}::{escape_data(_message(finding, show_source))}"


class GithubReporter(Reporter):
    def render_findings(self, findings: Sequence[Finding], summary: Summary) -> str:
        return "".join(annotation(f, show_source=self.show_source) + "\n" for f in findings)
