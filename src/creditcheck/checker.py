"""The library entry point: a :class:`Checker` holds a fact base and its index."""

from __future__ import annotations

import dataclasses
import os
import re
from typing import TYPE_CHECKING, Iterable, Sequence

from .errors import InputError
from .factbase import FactBase
from .matching import Index
from .models import Finding, Result, Verdict
from .normalize import clean
from .parts import first_name
from .framing import all_of_china
from .verdict import judge

if TYPE_CHECKING:
    from .documents import Document

MAX_CLAIM_CHARS = 10_000


class Checker:
    """Check claims against one fact base. Build once; every check reuses the index."""

    def __init__(self, factbase: FactBase, index: Index | None = None) -> None:
        self.factbase = factbase
        self.index = index or Index(factbase)

    @classmethod
    def load(cls, paths: Sequence[str | os.PathLike[str]] = (), *, builtin: bool = True, cache: bool = True) -> "Checker":
        from .cache import load_index

        index = load_index(paths, builtin=builtin, use_cache=cache)
        return cls(index.factbase, index)

    def check_claim(self, claim: str) -> Result:
        """The verdict on one claim. Raises :class:`InputError` for an empty or huge claim."""
        text = clean(claim)
        if not text:
            raise InputError("the claim is empty")
        if len(text) > MAX_CLAIM_CHARS:
            raise InputError(f"the claim is {len(text):,} characters long; the limit is {MAX_CLAIM_CHARS:,} (use `creditcheck check` for documents)")
        return judge(self.index, text, self.index.analyse(text))

    def check_many(self, claims: Iterable[str]) -> list[Result]:
        return [self.check_claim(c) for c in claims]

    def check_document(
        self,
        document: "Document",
        *,
        report: Iterable[Verdict] = (Verdict.TRUE, Verdict.FALSE, Verdict.MISLEADING),
        ignore: Iterable[str] = (),
    ) -> list[Finding]:
        """Findings for the on-topic sentences of a read document, honouring suppressions."""
        wanted = frozenset(report)
        ignored = frozenset(ignore)
        findings = []
        previous: tuple[str, int] | None = None  #: the last sentence, when it names something, and the line it ended on
        for number, sentence in enumerate(document.sentences):
            text = clean(sentence.text)
            if sentence.suppress_all or not text or len(text) > MAX_CLAIM_CHARS:
                continue  # a "sentence" this long is a table or a list run together, not a claim
            analysis = self.index.analyse(text)  # once: it tells both whether and what to check
            said, named = text, bool(analysis.entities)
            # "Sesame Credit is opt-in. It launched in 2012.": in the same paragraph, "it" is Sesame Credit
            # (the name looked up only now: most sentences are never read this way)
            name = first_name(self.index, previous[0]) if not named and previous and sentence.span.line - previous[1] <= 1 else None
            if name:
                said = _standing_for(text, name)
                if said != text:
                    analysis = self.index.analyse(said)
            previous = (text, sentence.span.end_line) if named else None
            if number < document.lead_in:
                continue  # context only: the part before this one reports it
            if not analysis.entities and not all_of_china(said):
                continue  # off topic: names nothing the fact base knows (and claims nothing of all China)
            result = dataclasses.replace(judge(self.index, said, analysis), claim=text)
            fact_id = result.fact.id if result.fact else None
            if result.verdict not in wanted or (fact_id and (fact_id in ignored or fact_id in sentence.suppressed_ids)):
                continue
            findings.append(Finding(document.path, sentence.span, sentence.text, result))
        return findings

    def check_text(self, text: str, *, name: str = "<text>", fmt: str = "text", **options: object) -> list[Finding]:
        """Check every sentence of a string (plain text by default; "markdown" and "html" too)."""
        from .documents import parse_document

        return self.check_document(parse_document(text.encode("utf-8"), fmt, name), **options)  # type: ignore[arg-type]


#: a sentence opening on a pronoun or a bare description that stands for the last name
_STANDS_FOR = re.compile(r"^(?:it|they|the\s+(?:company|firm|service|score|platform|scheme|app|programme|program))\b(?!\s+is\s+(?:also\s+)?(?:said|thought|worth|true|clear|likely|unlikely)\b)", re.IGNORECASE)
_ITS = re.compile(r"^(?:its|their)\b", re.IGNORECASE)


def _standing_for(text: str, name: str) -> str:
    """The sentence with an opening "It", "Its" or "The company" put as the name it stands for."""
    if _ITS.match(text):
        return _ITS.sub(f"{name}'s", text, count=1)
    return _STANDS_FOR.sub(name, text, count=1)
