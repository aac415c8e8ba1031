"""The interface every output format implements.

A reporter turns verdicts into text and returns it; it never writes to a stream,
so the command line decides where output goes (stdout, a file, a pager) and tests
can compare strings.  Returned text ends with a newline unless it is empty (e.g.
JSON Lines with no findings); write it as is, without adding another newline::

    sys.stdout.write(get_reporter(OutputFormat.JSON).render_findings(findings, summary))
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from creditcheck.models import Finding, Result

if TYPE_CHECKING:  # no runtime import: creditcheck.reporters imports this module
    from creditcheck.reporters import Summary


class Reporter(ABC):
    """Base class of the output formats (one subclass per :class:`OutputFormat`)."""

    #: True when :meth:`render_result` works (a format tied to file positions,
    #: such as SARIF or GitHub annotations, cannot show a lone claim).
    supports_result: ClassVar[bool] = False

    def __init__(self, *, color: bool | None = None, show_source: bool = True) -> None:
        self.color = color  #: pretty only: force colour on/off, None = detect
        self.show_source = show_source  #: human formats: quote the source passage

    def render_result(self, result: Result, *, explain: bool = False) -> str:
        """Render the verdict on one claim (``creditcheck claim``).

        ``explain`` adds, where the format has room for it, the deciding match and
        the runner-up.  Formats with ``supports_result = False`` raise
        :class:`NotImplementedError`.
        """
        raise NotImplementedError(f"{type(self).__name__} cannot render a single claim")

    @abstractmethod
    def render_findings(self, findings: Sequence[Finding], summary: Summary) -> str:
        """Render the findings of ``creditcheck check`` and, where the format has one, the summary."""
