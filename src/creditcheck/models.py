"""Immutable records shared by the core, the documents reader and the reporters."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Verdict(str, Enum):
    TRUE = "true"
    FALSE = "false"
    MISLEADING = "misleading"
    UNVERIFIED = "unverified"

    def __str__(self) -> str:  # so f-strings print "false", not "Verdict.FALSE"
        return self.value


@dataclass(frozen=True)
class Location:
    """Where something was defined: a file and a 1-based line (0 when unknown)."""

    path: str
    line: int = 0

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Source:
    title: str
    author: str
    publisher: str
    date: str
    url: str
    passage: str
    archive: str | None = None

    def to_dict(self) -> dict[str, str]:
        return {
            "title": self.title,
            "author": self.author,
            "publisher": self.publisher,
            "date": self.date,
            "url": self.url,
            "passage": self.passage,
        }


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Variant:
    """A false or misleading phrasing of a fact, with the reason it is wrong."""

    text: str
    why: str


@dataclass(frozen=True)
class Fact:
    id: str
    topic: str
    statement: str
    entities: tuple[str, ...]
    confirms: tuple[str, ...]
    refutes: tuple[Variant, ...]
    source: Source
    misleading: tuple[Variant, ...] = ()
    numbers: tuple[float, ...] = ()
    as_of: str | None = None
    origin: Location = field(default=Location("<unknown>"), compare=False)

    def phrasings(self) -> list[tuple[str, Verdict, str]]:
        """Every phrasing with the verdict it carries and the reason (empty for true ones)."""
        out: list[tuple[str, Verdict, str]] = [(self.statement, Verdict.TRUE, "")]
        out += [(text, Verdict.TRUE, "") for text in self.confirms]
        out += [(v.text, Verdict.FALSE, v.why) for v in self.refutes]
        out += [(v.text, Verdict.MISLEADING, v.why) for v in self.misleading]
        return out


@dataclass(frozen=True)
class Match:
    """A candidate fact for a claim: the phrasing that matched best and its score (0-100)."""

    fact: Fact
    phrasing: str
    kind: Verdict  #: the verdict that phrasing carries
    why: str
    score: float


@dataclass(frozen=True)
class Result:
    """The verdict on one claim."""

    claim: str
    verdict: Verdict
    score: float
    explanation: str
    match: Match | None = None  #: the deciding match (None when nothing decides)
    runner_up: Match | None = None

    @property
    def fact(self) -> Fact | None:
        return self.match.fact if self.match else None

    def to_dict(self) -> dict[str, Any]:
        fact = self.fact
        return {
            "claim": self.claim,
            "verdict": self.verdict.value,
            "fact": {"id": fact.id, "statement": fact.statement} if fact else None,
            "score": round(self.score, 1),
            "explanation": self.explanation,
            "source": fact.source.to_dict() if fact else None,
        }


@dataclass(frozen=True)
class Span:
    """A 1-based position range in a file, counted in characters (paragraphs for .docx)."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Finding:
    """A checked sentence of a document, with where it stands."""

    path: str
    span: Span
    text: str  #: the sentence as written
    result: Result

    def to_dict(self) -> dict[str, Any]:
        out = self.result.to_dict()
        out.update(
            path=self.path,
            line=self.span.line,
            column=self.span.column,
            end_line=self.span.end_line,
            end_column=self.span.end_column,
            text=self.text,
        )
        return out
