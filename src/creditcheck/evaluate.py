"""Score the engine on labelled claim sets: accuracy, a confusion matrix and every miss."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from .checker import Checker
from .errors import InputError
from .models import Result, Verdict

VERDICTS = tuple(v.value for v in Verdict)


@dataclass(frozen=True)
class LabelledClaim:
    claim: str
    verdict: Verdict
    fact: str | None
    path: str
    line: int


@dataclass(frozen=True)
class Miss:
    item: LabelledClaim
    result: Result
    reason: str  #: "verdict" or "fact"


@dataclass
class Evaluation:
    total: int = 0
    correct: int = 0
    matrix: dict[str, dict[str, int]] = field(default_factory=lambda: {e: {g: 0 for g in VERDICTS} for e in VERDICTS})
    misses: list[Miss] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def swaps(self) -> int:
        """True claims called false and false claims called true: the worst failure."""
        return self.matrix["true"]["false"] + self.matrix["false"]["true"]

    def to_dict(self) -> dict[str, object]:
        return {
            "total": self.total,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "swaps": self.swaps,
            "matrix": self.matrix,
            "misses": [
                {
                    "path": m.item.path,
                    "line": m.item.line,
                    "claim": m.item.claim,
                    "expected": m.item.verdict.value,
                    "expected_fact": m.item.fact,
                    "got": m.result.verdict.value,
                    "got_fact": m.result.fact.id if m.result.fact else None,
                    "reason": m.reason,
                }
                for m in self.misses
            ],
        }


def load_claims(path: str | os.PathLike[str]) -> list[LabelledClaim]:
    """Read a claim set: ``claims: [{claim, verdict, fact?}]``; errors name file and line."""
    import yaml

    name = str(path)
    try:
        text = open(path, encoding="utf-8").read()
    except OSError as exc:
        raise InputError(f"cannot read claim set: {exc.strerror or exc}", path=name) from None
    except UnicodeDecodeError:
        raise InputError("claim set is not UTF-8 text", path=name) from None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path=name, line=mark.line + 1 if mark else None) from None
    finally:
        loader.dispose()
    items = data.get("claims") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError("a claim set is a mapping with a 'claims' list", path=name, line=1)
    seq = next(v for k, v in root.value if k.value == "claims")
    out = []
    for item, node in zip(items, seq.value):
        line = node.start_mark.line + 1
        if not isinstance(item, dict) or not isinstance(item.get("claim"), str):
            raise InputError("each item needs a 'claim' string", path=name, line=line)
        raw = item.get("verdict")
        raw = str(raw).lower() if isinstance(raw, bool) else raw  # `verdict: true` unquoted
        if raw not in VERDICTS:
            raise InputError(f"verdict must be one of {', '.join(VERDICTS)}, not {raw!r}", path=name, line=line)
        out.append(LabelledClaim(item["claim"], Verdict(raw), item.get("fact"), name, line))
    return out


def evaluate(checker: Checker, claims: Sequence[LabelledClaim]) -> Evaluation:
    ev = Evaluation()
    for item in claims:
        result = checker.check_claim(item.claim)
        ev.total += 1
        ev.matrix[item.verdict.value][result.verdict.value] += 1
        got_fact = result.fact.id if result.fact else None
        if result.verdict is not item.verdict:
            ev.misses.append(Miss(item, result, "verdict"))
        elif item.fact and item.verdict is not Verdict.UNVERIFIED and got_fact != item.fact:
            ev.misses.append(Miss(item, result, "fact"))
        else:
            ev.correct += 1
    return ev
