"""``json``: one JSON document (UTF-8, indented).

* ``creditcheck check``: ``{"version": 1, "findings": [...], "summary": {...}}``
  where each finding is :meth:`Finding.to_dict` and the summary
  :meth:`Summary.to_dict`;
* ``creditcheck claim``: exactly :meth:`Result.to_dict`.

``version`` is bumped only when a key changes meaning or disappears.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from creditcheck.models import Finding, Result
from creditcheck.reporters._text import dump_json
from creditcheck.reporters.interface import Reporter

if TYPE_CHECKING:
    from creditcheck.reporters import Summary

#: Version of the ``check`` document layout.
JSON_VERSION = 1


class JsonReporter(Reporter):
    supports_result: ClassVar[bool] = True

    def render_result(self, result: Result, *, explain: bool = False) -> str:
        """:meth:`Result.to_dict` as one object (``explain`` does not change the contract)."""
        return dump_json(result.to_dict(), indent=2) + "\n"

    def render_findings(self, findings: Sequence[Finding], summary: Summary) -> str:
        document = {
            "version": JSON_VERSION,
            "findings": [finding.to_dict() for finding in findings],
            "summary": summary.to_dict(),
        }
        return dump_json(document, indent=2) + "\n"
