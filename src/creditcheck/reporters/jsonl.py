"""``jsonl``: JSON Lines, one compact :meth:`Finding.to_dict` object per line.

No summary line, so every line has the same shape and tools such as ``jq -c``
or pandas can stream it; the command line prints the summary on stderr.
No findings means empty output.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from creditcheck.models import Finding, Result
from creditcheck.reporters._text import dump_json
from creditcheck.reporters.interface import Reporter

if TYPE_CHECKING:
    from creditcheck.reporters import Summary


class JsonlReporter(Reporter):
    supports_result: ClassVar[bool] = True

    def render_result(self, result: Result, *, explain: bool = False) -> str:
        """:meth:`Result.to_dict` on one line."""
        return dump_json(result.to_dict()) + "\n"

    def render_findings(self, findings: Sequence[Finding], summary: Summary) -> str:
        return "".join(dump_json(finding.to_dict()) + "\n" for finding in findings)
