"""The decision: from the best candidate phrasings to a verdict and the reason for it.

Fuzzy scores find what a claim is about; they cannot tell "is" from "is not" or 350 from
300. On top of the match this module checks, in order: the figures the claim gives against
the figures the fact pins, negation (only cues whose scope touches the matched words count),
and agreement between close candidates. Anything it cannot settle is ``unverified``: a
confident wrong verdict is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass

from .matching import Candidate, Index
from .models import Fact, Match, Result, Verdict
from .normalize import Analysis, Quantity, quantity_kind

DECIDE_SCORE = 62.0  #: below this no candidate decides anything
NUMBER_SCORE = 55.0  #: a figure that contradicts the fact counts from this match score up
AMBIGUITY_MARGIN = 6.0  #: rival candidates this close with the opposite verdict -> unverified
_FLIP = {Verdict.TRUE: Verdict.FALSE, Verdict.FALSE: Verdict.TRUE, Verdict.MISLEADING: Verdict.UNVERIFIED}


@dataclass(frozen=True)
class Proposal:
    verdict: Verdict
    explanation: str
    candidate: Candidate


def _fmt(value: float) -> str:
    if quantity_kind(value) == "year":
        return f"{value:.0f}"
    if value >= 1e9 and value % 1e7 == 0:
        return f"{value / 1e9:g} billion"
    if value >= 1e6 and value % 1e4 == 0:
        return f"{value / 1e6:g} million"
    return f"{value:,.0f}" if value.is_integer() else f"{value:g}"


def _as_of(fact: Fact) -> str:
    return f" (as of {fact.as_of})" if fact.as_of else ""


def _comparable(q: Quantity, value: float) -> bool:
    """Years are compared with years, other figures with other figures."""
    return (q.kind == "year") == (quantity_kind(value) == "year")


def check_numbers(quantities: tuple[Quantity, ...], fact: Fact) -> tuple[str, list[Quantity]]:
    """'agree', 'conflict' or 'none', and the claim's figures that disagree with the fact."""
    relevant = [q for q in quantities if any(_comparable(q, v) for v in fact.numbers)]
    if not relevant:
        return "none", []
    as_of_year = float(fact.as_of[:4]) if fact.as_of else None
    wrong = []
    for q in relevant:
        if any(_comparable(q, v) and q.agrees_with(v) for v in fact.numbers):
            continue
        if q.kind == "year" and as_of_year is not None and [v for v in fact.numbers if quantity_kind(v) == "year"] == [as_of_year]:
            continue  # another year for a figure stated "as of": not a contradiction, not a confirmation
        wrong.append(q)
    return ("conflict", wrong) if wrong else ("agree", [])


def _negation_flips(claim: Analysis, candidate: Candidate) -> bool:
    entry = candidate.entry.analysis
    return claim.negated != entry.negated


def propose(index: Index, claim: Analysis, candidate: Candidate) -> Proposal:
    """What this one candidate says about the claim."""
    entry = candidate.entry
    fact = entry.fact
    verdict, why = entry.kind, entry.why
    status, wrong = check_numbers(claim.quantities, fact)
    entry_status, _ = check_numbers(entry.analysis.quantities, fact)
    if status == "conflict" and candidate.score >= NUMBER_SCORE:
        said = ", ".join(q.text for q in wrong)
        pinned = ", ".join(_fmt(v) for v in fact.numbers)
        why = f"The claim says {said}; the source gives {pinned}: {fact.statement}{_as_of(fact)}"
        others = index.facts_with_numbers(wrong, exclude=fact.id)
        if len(others) == 1:
            why += f" ({said} belongs to another fact: {others[0].statement})"
        verdict = Verdict.FALSE if verdict is not Verdict.MISLEADING else Verdict.FALSE
    elif status == "agree" and verdict is Verdict.FALSE and entry_status == "conflict":
        # the claim matches a wrong-number variant but gives the right figures
        verdict, why = Verdict.TRUE, ""
    elif status == "conflict":
        return Proposal(Verdict.UNVERIFIED, "The figures in the claim do not match what the closest fact pins.", candidate)
    if _negation_flips(claim, candidate):
        flipped = _FLIP[verdict]
        if verdict is Verdict.TRUE:
            why = f"The claim denies the fact: {fact.statement}{_as_of(fact)}"
        elif verdict is Verdict.FALSE:
            why = ""
        else:
            why = "The claim negates a misleading framing; the fact base does not settle the rest."
        verdict = flipped
    if verdict is Verdict.TRUE and not why:
        why = f"Matches the fact: {fact.statement}{_as_of(fact)}"
    return Proposal(verdict, why, candidate)


def _match(c: Candidate) -> Match:
    e = c.entry
    return Match(fact=e.fact, phrasing=e.text, kind=e.kind, why=e.why, score=c.score)


def decide(index: Index, text: str, claim: Analysis) -> Result:
    """The verdict on one analysed claim."""
    candidates = index.search(claim)
    if not candidates:
        reason = (
            "The claim names nothing the fact base covers."
            if not claim.entities
            else "No fact in the base is close enough to decide this claim."
        )
        return Result(text, Verdict.UNVERIFIED, 0.0, reason)
    best = candidates[0]
    runner = next((c for c in candidates[1:] if c.entry.fact.id != best.entry.fact.id), None)
    if best.score < DECIDE_SCORE:
        return Result(
            text,
            Verdict.UNVERIFIED,
            best.score,
            f"Nothing in the fact base decides this claim; the closest fact ({best.entry.fact.id}) matches too loosely.",
            runner_up=_match(best),
        )
    chosen = propose(index, claim, best)
    if chosen.verdict in (Verdict.TRUE, Verdict.FALSE):
        for rival in candidates[1:]:
            if best.score - rival.score > AMBIGUITY_MARGIN:
                break
            if rival.entry.fact.id == best.entry.fact.id:
                continue
            other = propose(index, claim, rival)
            if {other.verdict, chosen.verdict} == {Verdict.TRUE, Verdict.FALSE}:
                return Result(
                    text,
                    Verdict.UNVERIFIED,
                    best.score,
                    f"Close facts disagree ({best.entry.fact.id}, {rival.entry.fact.id}); the claim needs a human check.",
                    runner_up=_match(best),
                )
    return Result(text, chosen.verdict, best.score, chosen.explanation, match=_match(best), runner_up=_match(runner) if runner else None)
