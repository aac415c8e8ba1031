"""``sarif``: a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.

* one rule (``reportingDescriptor``) per distinct fact id: ``shortDescription`` is
  the fact statement, ``helpUri`` the source url, ``properties`` the source
  (passage, title, author, publisher, date); findings with no fact share the rule
  ``"unverified"``;
* one result per finding; level ``error`` for false, ``warning`` for misleading,
  ``note`` for true and unverified;
* locations are relative to ``%SRCROOT%`` (the directory checked from, by default
  the current one), with forward slashes and percent-encoding;
* ``partialFingerprints`` hash path, fact id and sentence text, so a finding keeps
  its identity when lines move.

Columns: :class:`~creditcheck.models.Span` counts 1-based characters and its
``end_column`` is taken to be *exclusive* (the column just after the sentence),
which is exactly SARIF's ``region.endColumn``, so spans are copied unchanged and
``run.columnKind`` is ``unicodeCodePoints``.  Should spans ever become
end-inclusive, :data:`END_COLUMN_OFFSET` is the one place to change.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from creditcheck.models import Finding, Verdict
from creditcheck.reporters._text import dump_json
from creditcheck.reporters.interface import Reporter

if TYPE_CHECKING:
    from creditcheck.reporters import Summary

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
UNVERIFIED_RULE = "unverified"
#: Added to Span.end_column to get SARIF's exclusive endColumn (0: Span is exclusive too).
END_COLUMN_OFFSET = 0

LEVELS = {
    Verdict.FALSE: "error",
    Verdict.MISLEADING: "warning",
    Verdict.TRUE: "note",
    Verdict.UNVERIFIED: "note",
}


def tool_version() -> str:
    """``creditcheck.__version__``, else the installed distribution's version, else ``"0"``."""
    import creditcheck

    version = getattr(creditcheck, "__version__", None)
    if version:
        return str(version)
    try:
        from importlib.metadata import version as dist_version

        return dist_version("creditcheck")
    except Exception:  # not installed (e.g. run from a source tree)
        return "0"


def information_uri() -> str | None:
    """The project's home page from the installed metadata (``[project.urls]``), if any."""
    try:
        from importlib.metadata import metadata

        urls = metadata("creditcheck").get_all("Project-URL") or []
    except Exception:
        return None
    for entry in urls:  # "Label, https://..."
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository"} and url.strip():
            return url.strip()
    return None


def artifact_location(path: str, root: Path) -> dict[str, str]:
    """``artifactLocation`` for ``path``: relative to ``%SRCROOT%`` when possible.

    Relative paths and absolute paths under ``root`` become a forward-slash,
    percent-encoded relative reference; other absolute paths a ``file:`` URI.
    """
    pure = PurePath(path)
    if pure.is_absolute():
        try:
            pure = Path(path).resolve().relative_to(root.resolve())
        except ValueError:
            return {"uri": Path(path).resolve().as_uri()}
    relative = pure.as_posix()
    while relative.startswith("./"):
        relative = relative[2:]
    return {"uri": quote(relative, safe="/"), "uriBaseId": SRCROOT}


def region(finding: Finding) -> dict[str, Any] | None:
    """``region`` from the finding's span, leaving out values SARIF would reject (< 1)."""
    span = finding.span
    if span.line < 1:
        return None
    out: dict[str, Any] = {"startLine": span.line}
    if span.column >= 1:
        out["startColumn"] = span.column
    if span.end_line >= span.line:
        out["endLine"] = span.end_line
        end_column = span.end_column + END_COLUMN_OFFSET
        if end_column >= 1 and (span.end_line > span.line or end_column >= out.get("startColumn", 1)):
            out["endColumn"] = end_column
    return out


def fingerprint(uri: str, rule_id: str, text: str) -> str:
    """Stable hash of where (path), what (fact id) and the sentence (white space folded)."""
    key = "\0".join([uri, rule_id, " ".join(text.split())])
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def _rule(finding: Finding) -> dict[str, Any]:
    fact = finding.result.fact
    if fact is None:
        return {
            "id": UNVERIFIED_RULE,
            "name": "Unverified",
            "shortDescription": {"text": "No fact in the fact base confirms or refutes this sentence."},
        }
    source = fact.source
    rule: dict[str, Any] = {
        "id": fact.id,
        "shortDescription": {"text": fact.statement},
    }
    if source.url.startswith(("http://", "https://")):
        rule["helpUri"] = source.url
    rule["properties"] = {"topic": fact.topic, "source": source.to_dict(), "passage": source.passage}
    return rule


class SarifReporter(Reporter):
    """Writes one SARIF run; ``root`` is the directory ``%SRCROOT%`` stands for."""

    def __init__(self, *, root: str | os.PathLike[str] | None = None, **options: Any) -> None:
        super().__init__(**options)
        self.root = Path(root) if root is not None else Path.cwd()

    def render_findings(self, findings: Sequence[Finding], summary: Summary) -> str:
        return dump_json(self.log(findings), indent=2) + "\n"

    def log(self, findings: Sequence[Finding]) -> dict[str, Any]:
        """The SARIF log as a dict (for callers that want to merge or inspect it)."""
        rules: list[dict[str, Any]] = []
        index: dict[str, int] = {}
        results = []
        for finding in findings:
            fact = finding.result.fact
            rule_id = fact.id if fact is not None else UNVERIFIED_RULE
            if rule_id not in index:
                index[rule_id] = len(rules)
                rules.append(_rule(finding))
            results.append(self._result(finding, rule_id, index[rule_id]))
        driver: dict[str, Any] = {"name": "creditcheck", "version": tool_version()}
        uri = information_uri()
        if uri:
            driver["informationUri"] = uri
        driver["rules"] = rules
        run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
        return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}

    def _result(self, finding: Finding, rule_id: str, rule_index: int) -> dict[str, Any]:
        result = finding.result
        artifact = artifact_location(finding.path, self.root)
        physical: dict[str, Any] = {"artifactLocation": artifact}
        where = region(finding)
        if where is not None:
            where["snippet"] = {"text": finding.text}
            physical["region"] = where
        explanation = result.explanation or (result.fact.statement if result.fact else "")
        return {
            "ruleId": rule_id,
            "ruleIndex": rule_index,
            "level": LEVELS[result.verdict],
            "message": {"text": f"{result.verdict.value.capitalize()}: {explanation}"},
            "locations": [{"physicalLocation": physical}],
            "partialFingerprints": {
                "creditcheck/v1": fingerprint(artifact["uri"], rule_id, finding.text)
            },
            "properties": {"verdict": result.verdict.value, "score": round(result.score, 1)},
        }
