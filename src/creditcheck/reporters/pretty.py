"""``pretty``: the human format, rendered with rich.

A claim gets a coloured verdict badge, the fact it was checked against, the
explanation and the quoted source with its citation; ``check`` findings are
grouped under a heading per file, each as ``line:col  VERDICT  sentence`` with
the same details indented beneath, followed by the summary.

Safety: every piece of user text is sanitized (control characters made
visible) and handed to rich as :class:`rich.text.Text`, never as a markup
string, so ``[bold]`` in a draft prints literally.  rich is imported only when a
pretty report is actually rendered.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TextIO

from creditcheck.models import Finding, Match, Result, Verdict
from creditcheck.reporters._text import citation, one_line
from creditcheck.reporters.interface import Reporter

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

    from creditcheck.reporters import Summary

DEFAULT_WIDTH = 100
MIN_WIDTH = 40

#: Badge style per verdict (foreground on background); UNVERIFIED is dim.
BADGE_STYLES = {
    Verdict.TRUE: "bold black on green",
    Verdict.FALSE: "bold white on red",
    Verdict.MISLEADING: "bold black on yellow",
    Verdict.UNVERIFIED: "dim reverse",
}
_BADGE_WIDTH = max(len(v.value) for v in Verdict) + 2


def detect_color(stream: TextIO | None = None) -> bool:
    """Colour by default only on a terminal; ``NO_COLOR`` and ``FORCE_COLOR`` win."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "0") not in ("", "0"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    stream = stream if stream is not None else sys.stdout
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):  # closed or replaced stream
        return False


def terminal_width() -> int:
    """``COLUMNS`` or the terminal's width, else :data:`DEFAULT_WIDTH`."""
    columns = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return max(MIN_WIDTH, columns) if columns > 0 else DEFAULT_WIDTH


def _text(text: str = "", style: str = "") -> Text:
    from rich.text import Text

    # Plain text, never parsed as markup.  The style goes on a span rather than on
    # the Text itself, so the padding rich adds when wrapping stays unstyled.
    line = Text()
    line.append(text, style=style or None)
    return line


def _labelled(label: str, value: str) -> Text:
    """``Label: value`` with a bold label; ``value`` must already be sanitized."""
    line = _text()
    line.append(f"{label}: ", style="bold")
    line.append(value)
    return line


def badge(verdict: Verdict) -> Text:
    """The verdict in capitals on a coloured background, padded to a common width."""
    line = _text()
    line.append(f" {verdict.value.upper()} ".center(_BADGE_WIDTH), style=BADGE_STYLES[verdict])
    return line


class PrettyReporter(Reporter):
    supports_result: ClassVar[bool] = True

    def __init__(self, *, width: int | None = None, **options: Any) -> None:
        super().__init__(**options)
        self.width = width

    # -- rendering helpers -------------------------------------------------

    def _render(self, renderables: Sequence[RenderableType]) -> str:
        from rich.console import Console

        color = detect_color() if self.color is None else self.color
        buffer = io.StringIO()
        console: Console = Console(
            file=buffer,
            force_terminal=color,
            color_system="standard" if color else None,
            no_color=not color,
            width=self.width or terminal_width(),
            markup=False,
            emoji=False,
            highlight=False,
            legacy_windows=False,
            force_jupyter=False,
            force_interactive=False,
        )
        for renderable in renderables:
            console.print(renderable)
        # rich pads table cells and padded blocks to the full width: drop the
        # trailing (unstyled) spaces so piped output diffs and copies cleanly.
        lines = buffer.getvalue().split("\n")
        if lines and not lines[-1]:
            lines.pop()
        return "".join(line.rstrip(" ") + "\n" for line in lines)

    def _details(self, result: Result) -> list[RenderableType]:
        """Fact, why, and (if wanted) the quoted passage with its citation."""
        from rich.padding import Padding

        fact = result.fact
        out: list[RenderableType] = []
        if fact is not None:
            line = _labelled("Fact", one_line(fact.statement))
            line.append(f" [{one_line(fact.id)}]", style="cyan")
            out.append(line)
        if result.explanation:
            out.append(_labelled("Why", one_line(result.explanation)))
        if fact is not None and self.show_source:
            source = fact.source
            if source.passage.strip():
                out.append(Padding(_text(f"“{one_line(source.passage)}”", "italic"), (0, 0, 0, 2)))
            cited = citation(source)
            if cited:
                out.append(Padding(_text(f"— {one_line(cited)}", "dim"), (0, 0, 0, 2)))
        return out

    @staticmethod
    def _match_line(label: str, match: Match, *, with_fact: bool) -> Text:
        line = _labelled(label, "")
        if with_fact:
            line.append(f"[{one_line(match.fact.id)}] ", style="cyan")
        line.append(f"“{one_line(match.phrasing)}”")
        line.append(f" ({match.kind.value}, score {match.score:.1f})", style="dim")
        return line

    # -- Reporter -----------------------------------------------------------

    def render_result(self, result: Result, *, explain: bool = False) -> str:
        head = badge(result.verdict)
        head.append(" ")
        head.append(one_line(result.claim), style="bold")
        parts: list[RenderableType] = [head, *self._details(result)]
        if explain:
            if result.match is not None:
                parts.append(self._match_line("Match", result.match, with_fact=False))
            else:
                parts.append(_labelled("Match", "none"))
            if result.runner_up is not None:
                parts.append(self._match_line("Runner-up", result.runner_up, with_fact=True))
            parts.append(_text(f"Score: {result.score:.1f}", "dim"))
        return self._render(parts)

    def render_findings(self, findings: Sequence[Finding], summary: Summary) -> str:
        from rich.console import Group
        from rich.table import Table

        by_file: dict[str, list[Finding]] = {}
        for finding in findings:
            by_file.setdefault(finding.path, []).append(finding)

        parts: list[RenderableType] = []
        for path, items in by_file.items():
            if parts:
                parts.append(_text())
            parts.append(_text(one_line(path), "bold underline"))
            grid = Table.grid(padding=(0, 1, 1, 0))
            grid.add_column(no_wrap=True, justify="right")
            grid.add_column(no_wrap=True)
            grid.add_column(ratio=1)
            for finding in sorted(items, key=lambda f: (f.span.line, f.span.column)):
                where = _text(f"{finding.span.line}:{finding.span.column}", "dim")
                sentence = _text(one_line(finding.text))
                grid.add_row(where, badge(finding.result.verdict), Group(sentence, *self._details(finding.result)))
            parts.append(grid)
        if not findings:
            parts.append(_text("No findings."))
        parts.append(_text())
        style = "bold red" if summary.failed else "bold"
        parts.append(_text(summary.describe(), style))
        return self._render(parts)
