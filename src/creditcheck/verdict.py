"""The decision: from the best candidate phrasings to a verdict and the reason for it.

Fuzzy scores find what a claim is about; they cannot tell "is" from "is not" or 350 from
300. :func:`decide` runs, in order: the framing checks (a commercial score presented as the
state's, see :mod:`.framing`); the best candidate's proposal (:func:`propose`: reported
myths, opposite words, figures against the fact's, negation, names the fact never mentions);
a close fact that pins figures the best one does not; rivals that disagree; a true phrasing
with one name swapped; the state credited with a commercial score's feature; a fact widened
to all of China. Anything it cannot settle is ``unverified``: a confident wrong verdict is
worse than none. What each rule asks of a claim and a phrasing lives in :mod:`.relations`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from . import relations as rel
from .figures import DATES, as_of, check_numbers, fact_figures, fmt, group, turned
from .framing import Framing, all_of_china, as_done, framing_checks, localised, presented_as_done, set_in_china
from .lazyre import lazy_compile
from .matching import Candidate, Index
from .models import Fact, Match, Result, Verdict
from .normalize import Analysis
from .quantities import Quantity, extract_quantities

DECIDE_SCORE = 55.0  #: below this no candidate decides anything
NUMBER_SCORE = 45.0  #: an amount, or a word opposite to one a true phrasing uses, decides from this match score up
DATE_SCORE = 50.0  #: ...and a date from this one
ANONYMOUS_SCORE = 55.0  #: a claim naming nothing known must match this closely to be called misleading
SWAP_SCORE = 50.0  #: a true phrasing with one name swapped decides "false" from this score up
AMBIGUITY_MARGIN = 6.0  #: rival candidates this close with the opposite verdict -> unverified
DATED_EVENT_SCORE = 70.0  #: how close a claim giving only a date must be to a dated fact to contradict its date
OBJECTION_SCORE = 52.0  #: a match this close may find a claim false or misleading, though not confirm it
TIE_MARGIN = 1.0  #: candidates this close are tied: what the claim names breaks the tie
DONE_SCORE = 25.0  #: how near a nationwide plan a claim presenting it as done must come
SECOND_FACT_WORDS = 2  #: words of the claim another fact says, and the confirming one does not, that make it a second claim
FULLER_MARGIN = 0.1  #: how much more of the claim's words (by weight) a rival confirming fact must say to be cited instead
#: candidates below this score cannot decide anything, nor stand within AMBIGUITY_MARGIN of one
#: that does: searching no lower lets the search skip more phrasings
SEARCH_FLOOR = NUMBER_SCORE - AMBIGUITY_MARGIN
PINNING_MARGIN = 15.0  #: how far below the closest fact one that pins the claim's figures may be...
PINNING_SCORE = 50.0  #: ...and how loosely it may match, when it is about the claim's subject
_FLIP = {Verdict.TRUE: Verdict.FALSE, Verdict.FALSE: Verdict.TRUE, Verdict.MISLEADING: Verdict.UNVERIFIED}


@dataclass(frozen=True)
class Proposal:
    verdict: Verdict
    explanation: str
    candidate: Candidate
    #: undecided only because the claim's figures belong to another fact: a close one may decide
    uncovered: bool = False
    main_clause: Analysis | None = None  #: undecided because this fact speaks to an aside: judge this instead
    compound: bool = False  #: undecided because the claim joins two statements: judge each
    inapplicable: bool = False  #: this phrasing does not bear on the claim at all: the next one may
    doubtful: bool = False  #: undecided only because its negation may be read two ways: its fact's other phrasings may agree


#: the claim vouches for what it reports ("as the ACLU correctly reported, ...")
_ENDORSES = re.compile(
    r"\b(?:correctly|rightly|accurately|as\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:reported|warned|said|predicted)|"
    r"(?:was|were|is|are|proved|proven)\s+(?:right|correct)|(?:had|got)\s+it\s+right)\b",
    re.I,
)
_REPORTS = re.compile(r"\b(?:warn(?:s|ed)?|claim(?:s|ed)?|sa(?:y|ys|id)|report(?:s|ed)?|argu(?:e|es|ed)|predict(?:s|ed)?|alleg(?:e|es|ed)|suggest(?:s|ed)?)\b", re.I)
#: the phrasing reports a claim the source calls false ("the ACLU wrongly claimed ...")
_REPORTED_MYTH_WORDS = r"\b(?:wrongly|falsely|mistakenly|erroneously|incorrectly|myths?|misconceptions?|debunk(?:s|ed|ing)?)\b"
_REPORTED_MYTH = re.compile(_REPORTED_MYTH_WORDS, re.IGNORECASE)
#: the claim itself calls what it reports false ("the ACLU's warning ... was, the article says, false")
_CALLED_FALSE = re.compile(
    _REPORTED_MYTH_WORDS + r"|\b(?:false|untrue|inaccurate|incorrect|wrong|debunked|baseless|unfounded|exaggerated|overblown)\b",
    re.IGNORECASE,
)


def _without_description(index: Index, text: str, claim: Analysis) -> Result | None:
    """The claim decided without an aside that only describes ("Zhima Credit, the scoring service
    most often cited abroad, is run by Ant Financial"), when the whole matches too loosely."""
    asides = [m.group(0) for m in rel.ASIDE.finditer(claim.text)]
    if not asides:
        return None
    # an aside with a figure or a name may be a claim of its own: the main clause alone can then
    # only show the whole false ("Rongcheng, China's social credit laboratory, lies in Guangdong")
    claims_more = any(extract_quantities(aside) or index.aliases.find(aside) for aside in asides)
    main = rel.without_asides(claim.text)
    result = decide(index, main, index.analyse(main))
    if result.verdict is Verdict.UNVERIFIED or (claims_more and result.verdict is not Verdict.FALSE):
        return None
    quoted = " and ".join(f"'{a.strip(' ,')}'" for a in asides)
    note = f" (The description {quoted} is not checked.)"
    return dataclasses.replace(result, claim=text, explanation=result.explanation + note)


#: a fact that denies of a whole group ("none of the eight firms had a licence")
_DENIES_ALL = lazy_compile(r"\b(?:none|no\s+one|nobody|not\s+one|not\s+a\s+single|neither)\b", re.IGNORECASE)


def propose(index: Index, claim: Analysis, candidate: Candidate, *, number_score: float | None = None) -> Proposal:
    """What this one candidate says about the claim."""
    entry = candidate.entry
    fact = entry.fact
    verdict, why = entry.kind, entry.why
    if rel.name_and_date_only(index, claim, entry):
        return Proposal(Verdict.UNVERIFIED, f"The claim shares only names and a date with the closest fact: {fact.statement}", candidate)
    if rel.shares_no_words(index, claim, entry):
        return Proposal(
            Verdict.UNVERIFIED, f"The claim meets the closest phrasing only in names: {fact.statement}", candidate, inapplicable=True
        )
    if verdict is Verdict.FALSE and rel.misses_the_error(index, claim, entry):
        return Proposal(
            Verdict.UNVERIFIED, f"The claim does not repeat what makes the closest false variant wrong: {fact.statement}", candidate,
            inapplicable=True,
        )
    if verdict is Verdict.MISLEADING and rel.misses_the_framing(claim, entry):
        return Proposal(
            Verdict.UNVERIFIED, f"The claim does not make the move that makes the closest framing misleading: {fact.statement}", candidate,
            inapplicable=True,
        )
    contrast = rel.contrasted(claim, entry.terms)
    if contrast and verdict is not Verdict.TRUE:
        said = [rel.as_written(claim.text, w) for w in contrast]
        return Proposal(Verdict.UNVERIFIED, f"The claim contrasts '{said[0]}' and '{said[1]}'; it needs a human check.", candidate)
    if verdict is Verdict.TRUE and _REPORTED_MYTH.search(entry.text) and not _CALLED_FALSE.search(claim.text):
        if _REPORTS.search(claim.text) and not _ENDORSES.search(claim.text):
            # "the ACLU warned that ...": true that it was said, silent that it was wrong
            return Proposal(Verdict.MISLEADING, f"The claim repeats what the source calls false without saying so: {fact.statement}", candidate)
        return Proposal(Verdict.FALSE, f"The source reports this as a false claim: {fact.statement}", candidate)
    opposed = rel.opposed(claim, entry.analysis)
    if not opposed and verdict is Verdict.TRUE:
        # a word whose opposite the fact affirms in another phrasing ("private" against "state-level")
        opposed = rel.opposed_terms(claim, index.true_terms(fact.id))
    if opposed:
        if verdict is not Verdict.TRUE:
            return Proposal(
                Verdict.UNVERIFIED,
                f"The claim says '{rel.as_written(claim.text, opposed[0])}' where the closest phrasing says "
                f"'{rel.as_written(entry.text, opposed[1])}'; it needs a human check.",
                candidate,
            )
        return Proposal(
            Verdict.FALSE, f"The claim says '{rel.as_written(claim.text, opposed[0])}'; the source says the opposite: {fact.statement}{as_of(fact)}",
            candidate,
        )
    figures = fact_figures(fact)
    status, wrong, uncovered = check_numbers(claim.quantities, figures)
    entry_status, entry_wrong, _ = check_numbers(entry.analysis.quantities, figures)
    flips = rel.negation_flips(index, claim, candidate)
    if flips is None:
        return Proposal(
            Verdict.UNVERIFIED, "The phrasing's negation may or may not bear on the claim; it needs a human check.", candidate,
            doubtful=True,
        )
    if flips and any(q.comparator in ("gt", "ge", "lt", "le") for q in claim.quantities):
        # "no firm holds more than 8%" denies a comparison, not the fact's figure
        return Proposal(Verdict.UNVERIFIED, "The claim denies a comparison with a figure; it needs a human check.", candidate)
    if status == "conflict" and flips:
        return Proposal(Verdict.UNVERIFIED, "The claim negates a statement whose figures also differ; it needs a human check.", candidate)
    if status == "conflict" and fact.as_of and rel.claims_other_time(claim, fact, close=candidate.score >= DATED_EVENT_SCORE):
        return Proposal(
            Verdict.UNVERIFIED,
            f"The source's figure is as of {fact.as_of}; the claim speaks of another time: {fact.statement}",
            candidate,
        )
    if status == "conflict" and rel.inside_range(claim, wrong, fact):
        return Proposal(Verdict.UNVERIFIED, f"The claim's figure lies inside the range the source gives, which pins no point in it: {fact.statement}", candidate, True)
    if status == "conflict" and not rel.about_lead(index, claim, fact):
        return Proposal(Verdict.UNVERIFIED, f"The claim's figures differ from a fact about something else: {fact.statement}", candidate, True)
    if status == "conflict" and rel.compound(index, claim, wrong, uncovered, fact):
        return Proposal(
            Verdict.UNVERIFIED, "The claim combines figures that belong to different facts; it needs a human check.", candidate, compound=True
        )
    if status == "conflict" and candidate.score >= (number_score or _conflict_floor(wrong)):
        said = ", ".join(dict.fromkeys(q.text for q in wrong))
        kinds = {q.kind for q in wrong}
        pinned = ", ".join(fmt(v, kinds) for v in sorted({v for q in wrong for v in figures[group(q.kind)]}))
        why = f"The claim says {said}; the source gives {pinned}: {fact.statement}{as_of(fact)}"
        if any(turned(q, figures) for q in wrong):
            way = "below" if any(q.comparator in ("lt", "le") for q in wrong) else "above"
            why = f"The claim says {way} {said}; the source sets the threshold the other way: {fact.statement}{as_of(fact)}"
        kind = index.kinds.get(fact.entities[0])
        # the fact of the same kind that pins just these figures
        other = next((f for f in index.facts_with_numbers(wrong, exclude=fact.id) if index.kinds.get(index.fact_leads[f]) == kind), None)
        if other is not None:
            why += f" ({said} belongs to another fact: {index.factbase.facts[other].statement})"
        verdict = Verdict.FALSE
    elif (
        status == "agree" and verdict is Verdict.FALSE and entry_status == "conflict" and rel.gives_group(claim, entry_wrong)
        and not _DENIES_ALL.search(fact.statement)
    ):
        # the claim matches a wrong-number variant but gives the right figures (those the variant
        # gets wrong: "by 2017" agreeing is no answer to "covered all 1.4 billion"); not for a fact
        # that denies ("none of the eight firms had a licence"): "all eight had one" is no correction
        verdict, why = Verdict.TRUE, ""
    elif verdict is Verdict.FALSE and entry_status == "conflict" and not flips and not rel.gives_group(claim, entry_wrong):
        # a variant wrong only in its figures ("named 10 top cities") says nothing against a
        # claim that gives no such figure ("named Xiamen and Chengdu among the top cities")
        return Proposal(Verdict.UNVERIFIED, f"The closest false variant is wrong in a figure the claim does not give: {fact.statement}", candidate)
    elif status == "conflict":
        return Proposal(Verdict.UNVERIFIED, "The figures in the claim do not match what the closest fact pins.", candidate)
    if flips and entry.kind is Verdict.FALSE and entry_status == "conflict" and status != "agree":
        # denying a variant that is wrong only in its figures denies the fact itself
        return Proposal(Verdict.FALSE, f"The claim denies the fact: {fact.statement}{as_of(fact)}", candidate)
    if flips:
        flipped = _FLIP[verdict]
        if verdict is Verdict.TRUE:
            why = f"The claim denies the fact: {fact.statement}{as_of(fact)}"
        elif verdict is Verdict.FALSE:
            why = ""
        elif rel.draws_the_line(index, claim, fact):
            # "Sesame Credit isn't part of the government's system": the fact says just that
            flipped, why = Verdict.TRUE, f"Matches the fact: {fact.statement}{as_of(fact)}"
        else:
            why = "The claim negates a misleading framing; the fact base does not settle the rest."
        verdict = flipped
    holders = rel.other_rank_holder(index, claim, fact) if verdict is Verdict.TRUE and status == "agree" else None
    if holders:
        names = index.factbase.entities
        return Proposal(
            Verdict.FALSE, f"The source gives that place to {names[holders[1]].name}, not {names[holders[0]].name}: {fact.statement}{as_of(fact)}",
            candidate,
        )
    if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE and " than " in claim.text and rel.turned_comparison(claim, index, fact):
        return Proposal(Verdict.FALSE, f"The claim turns the source's comparison around: {fact.statement}", candidate)
    crossed = rel.misplaced_opposite(index, claim, fact) if verdict is Verdict.TRUE else None
    if crossed:
        return Proposal(
            Verdict.FALSE, f"The claim says '{crossed[0]}' of {crossed[1]}; the source says the opposite of them: {fact.statement}", candidate
        )
    misplaced = rel.misplaced_figure(index, claim, fact) if verdict is Verdict.TRUE and status == "agree" else None
    if misplaced:
        return Proposal(
            Verdict.FALSE, f"The claim puts {misplaced[0]} with '{misplaced[1]}'; the source gives it for something else: {fact.statement}",
            candidate,
        )
    strangers = rel.strangers(index, claim, fact) if verdict is Verdict.TRUE else []
    if strangers:
        swap = index.swap(claim, entry) if entry.kind is Verdict.TRUE and not flips else None
        if swap and swap[0] == frozenset(strangers) and status != "conflict":
            # "founded by the eight firms and China UnionPay": the name in NIFA's place
            why = f"The source names {_names(index, swap[1])}, not {_names(index, swap[0])}: {fact.statement}{as_of(fact)}"
            return Proposal(Verdict.FALSE, why, candidate)
        names = " and ".join(index.factbase.entities[e].name for e in strangers)
        # the names may stand in the main clause, the fact confirming only an aside: that clause decides
        main = rel.main_clause(index, claim, entry) if not flips else None
        # (or they stand in an aside, which may then be judged on its own: compound)
        return Proposal(
            Verdict.UNVERIFIED, f"The claim also names {names}, which the closest fact does not: {fact.statement}", candidate,
            main_clause=main, compound=main is None and rel.without_asides(claim.text) != claim.text,
        )
    main = rel.main_clause(index, claim, entry) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else None
    if main:
        return Proposal(
            Verdict.UNVERIFIED, f"The fact bears on an aside of the claim, not on its main point: {fact.statement}", candidate, main_clause=main
        )
    someone = rel.about_someone_else(index, claim, entry) if verdict is Verdict.TRUE else None
    if someone:
        theirs, mine = (index.factbase.entities[e].name for e in someone)
        return Proposal(
            Verdict.UNVERIFIED, f"The closest phrasing is about {theirs}; the claim is about {mine}: {fact.statement}", candidate,
            inapplicable=True,
        )
    stranger = rel.unknown_person(index, claim, fact) if verdict is Verdict.TRUE else None
    if stranger:
        return Proposal(Verdict.UNVERIFIED, f"The claim is about {stranger}, whom the fact base does not know: {fact.statement}", candidate)
    body = rel.unknown_name(index, claim, entry) if verdict is Verdict.TRUE else None
    if body:
        return Proposal(Verdict.UNVERIFIED, f"The claim names {body}, which the fact base does not know, where the source names another: {fact.statement}", candidate)
    elsewhere = rel.about_another(index, claim, fact) if verdict is Verdict.TRUE else None
    if elsewhere:
        name = index.factbase.entities[fact.entities[0]].name
        return Proposal(Verdict.UNVERIFIED, f"The claim is about {elsewhere}; the closest fact is about {name}: {fact.statement}", candidate)
    other = rel.another_of_its_kind(index, claim, entry) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else None
    if other:
        said, source = other
        return Proposal(
            Verdict.UNVERIFIED, f"The claim names {said} where this phrasing names {source}: {fact.statement}", candidate,
            inapplicable=True,  # another phrasing, about the claim's own name, may decide
        )
    ranked = any(q.kind == "rank" for q in claim.quantities)  # a place the claim gives was weighed with the figures
    ordinal = rel.other_ordinal(claim, entry) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE and not ranked else None
    if ordinal:
        return Proposal(Verdict.FALSE, f"The claim says '{ordinal[0]}'; the source says '{ordinal[1]}': {fact.statement}{as_of(fact)}", candidate)
    dropped = rel.ORDINALS & set(entry.analysis.tokens) - set(claim.tokens) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE and not ranked else set()
    if dropped:
        rank = sorted(dropped)[0]
        if rel.superlatives(claim) & rel.superlatives(entry.analysis):
            # "He Jiong is the most-followed" against "the second most-followed": first is not second
            return Proposal(Verdict.FALSE, f"The source ranks it {rank}, not first: {fact.statement}{as_of(fact)}", candidate)
        return Proposal(Verdict.UNVERIFIED, f"The claim leaves out '{rank}', on which the fact depends: {fact.statement}", candidate)
    hedge = rel.HEDGES & set(entry.analysis.tokens) - set(claim.tokens) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else set()
    if hedge:
        return Proposal(Verdict.UNVERIFIED, f"The claim leaves out '{sorted(hedge)[0]}', on which the fact depends: {fact.statement}", candidate)
    trial = rel.drops_the_trial(claim, entry) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else None
    if trial:
        return Proposal(
            Verdict.MISLEADING, f"The source speaks of a {trial}; the claim presents it as a full launch: {fact.statement}{as_of(fact)}", candidate
        )
    total = rel.overstates(claim, entry) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else None
    if total:
        return Proposal(Verdict.UNVERIFIED, f"The claim says '{total}', which the source does not: {fact.statement}", candidate)
    if verdict is Verdict.TRUE and rel.unexplained_negation(index, claim, entry):
        return Proposal(Verdict.UNVERIFIED, f"The claim also denies something the closest fact does not cover: {fact.statement}", candidate)
    if uncovered and (verdict is Verdict.TRUE or (entry.kind is Verdict.FALSE and not entry.analysis.quantities)):
        # a refute without figures ("based only on payment history") cannot settle a claim
        # that adds one ("payment history is 35% of the score")
        said = ", ".join(q.text for q in uncovered)
        return Proposal(Verdict.UNVERIFIED, f"The claim gives figures ({said}) that the closest fact does not pin: {fact.statement}", candidate, True)
    if verdict is Verdict.TRUE and not why:
        why = f"Matches the fact: {fact.statement}{as_of(fact)}"
    return Proposal(verdict, why, candidate)


def _loose_conflict(index: Index, claim: Analysis, candidate: Candidate) -> bool:
    """A looser match may still decide when the claim is about the fact's subject and contradicts
    it outright: a figure that differs, or the opposite word ("lowers" for "better")."""
    if candidate.score < NUMBER_SCORE:
        return False
    fact = candidate.entry.fact
    if not rel.about_lead(index, claim, fact):
        return False
    if candidate.entry.kind is Verdict.TRUE and rel.opposed(claim, candidate.entry.analysis):
        return True
    if candidate.entry.kind is Verdict.MISLEADING and rel.makes_the_framing(claim, candidate.entry):
        return True  # a framing the fact base calls misleading, whose move the claim makes ("now", "every city")
    if candidate.entry.kind is Verdict.FALSE:
        # a false variant that puts a wrong name in the fact ("Koala Credit is a subsidiary of
        # Ant Financial"), which the claim repeats, decides like a swapped name does
        wrong = candidate.entry.analysis.entities - index.known.get(fact.id, frozenset(fact.entities))
        if wrong and wrong <= claim.entities:
            return True
    status, wrong, _ = check_numbers(claim.quantities, fact_figures(fact))
    return status == "conflict" and candidate.score >= _conflict_floor(wrong)


def _loose_objection(index: Index, claim: Analysis, candidate: Candidate) -> bool:
    """A match just short of deciding may still object (false or misleading, never true): what
    it finds wrong with the claim is its own evidence ("the tenth person" for "the first")."""
    return candidate.score >= OBJECTION_SCORE and propose(index, claim, candidate).verdict in (Verdict.FALSE, Verdict.MISLEADING)


def _conflict_floor(wrong: list[Quantity]) -> float:
    """The match score from which these contradicting figures decide: dates need a closer match,
    since a year in a loosely matched claim often dates another event ("first reports in 2019")."""
    return DATE_SCORE if any(q.kind in DATES for q in wrong) else NUMBER_SCORE


AGREEING = 2  #: how many of a fact's close phrasings must read the claim alike to settle a doubtful negation


def _agreed(index: Index, claim: Analysis, candidates: list[Candidate], chosen: Proposal, best: Candidate) -> tuple[Proposal, Candidate]:
    """A negation the closest phrasing may read two ways is settled when the fact's next close
    phrasings all read it alike, two at least ("not one of the eight firms had been granted a
    licence" against "none of the eight firms had received a licence")."""
    fact = best.entry.fact.id
    close = [c for c in candidates if c is not best and c.entry.fact.id == fact and best.score - c.score <= AMBIGUITY_MARGIN]
    if len(close) < AGREEING or close[0].score < DECIDE_SCORE:
        return chosen, best
    readings = [(propose(index, claim, c), c) for c in close]
    verdicts = {p.verdict for p, _ in readings}
    if len(verdicts) == 1 and verdicts <= {Verdict.TRUE, Verdict.FALSE}:
        return readings[0]
    return chosen, best


def _about_the_body(index: Index, claim: Analysis, candidates: list[Candidate], chosen: Proposal, best: Candidate) -> tuple[Proposal, Candidate]:
    """Of two facts that find a claim false equally closely, the one about the body the claim
    names: "Qiu Han was appointed CEO of Baihang" is corrected by Baihang's CEO, not Qianhai's."""

    def bodies(c: Candidate) -> int:
        return sum(1 for e in c.entry.fact.entities if e in claim.entities and index.kinds.get(e) != "person")

    for rival in candidates:
        if best.score - rival.score > TIE_MARGIN:
            break
        if rival.entry.fact.id != best.entry.fact.id and bodies(rival) > bodies(best):
            other = propose(index, claim, rival)
            if other.verdict is Verdict.FALSE:
                return other, rival
    return chosen, best


def _second_fact(index: Index, claim: Analysis, candidates: list[Candidate], chosen: Proposal, best: Candidate) -> tuple[Proposal, Candidate]:
    """A claim that also says what another fact is about must hold under that fact too:
    "Jaywalkers caught by Shenzhen police's cameras are now having their personal credit
    docked" is the facial recognition experiment's, and the future effect on credit presented
    as done."""
    words = rel.content_words(index, index.terms(claim))
    left = [w for w in words if w not in index.true_terms(best.entry.fact.id)]
    if len(left) < SECOND_FACT_WORDS:
        return chosen, best
    for c in candidates:
        fact = c.entry.fact
        if fact.id == best.entry.fact.id or c.score < NUMBER_SCORE:
            continue
        if sum(1 for w in left if w in index.true_terms(fact.id)) < SECOND_FACT_WORDS:
            continue
        other = propose(index, claim, c)
        if other.verdict is Verdict.MISLEADING:
            return other, c
        framed = as_done(claim.text, fact, c.score) if other.verdict is Verdict.TRUE and not claim.negation_scopes else None
        if framed:
            return Proposal(Verdict.MISLEADING, framed.explanation, c), c
        break
    return chosen, best


def _framed_rival(index: Index, claim: Analysis, candidates: list[Candidate], chosen: Proposal, best: Candidate) -> tuple[Proposal, Candidate]:
    """A misleading framing of the same fact, as close as the phrasing that confirms the claim,
    whose move the claim makes ("every Chinese citizen needs a 650 score"): the framing decides."""
    for rival in candidates:
        if best.score - rival.score > AMBIGUITY_MARGIN:
            break
        entry = rival.entry
        if entry.kind is Verdict.MISLEADING and entry.fact.id == best.entry.fact.id and rel.makes_the_framing(claim, entry):
            other = propose(index, claim, rival)
            if other.verdict is Verdict.MISLEADING:
                return other, rival
    return chosen, best


def _fuller(index: Index, claim: Analysis, candidates: list[Candidate], chosen: Proposal, best: Candidate) -> tuple[Proposal, Candidate]:
    """Of two close facts that both confirm the claim, the one that says more of it: "Tencent
    launched a trial in January 2018 but pulled it soon after" is the taken-down fact's, which
    also says when it launched, more than the launch fact's."""
    words = rel.content_words(index, index.terms(claim))
    mine = rel.covered(index, words, index.true_terms(best.entry.fact.id))
    for rival in candidates[1:]:
        if best.score - rival.score > AMBIGUITY_MARGIN:
            break
        fid = rival.entry.fact.id
        if fid == best.entry.fact.id or rival.entry.kind is not Verdict.TRUE:
            continue
        if rel.covered(index, words, index.true_terms(fid)) > mine + FULLER_MARGIN:
            other = propose(index, claim, rival)
            if other.verdict is Verdict.TRUE:
                return other, rival
    return chosen, best


def _pinning(index: Index, claim: Analysis, candidates: list[Candidate], chosen: Proposal, best: Candidate) -> tuple[Proposal, Candidate]:
    """When the closest fact does not pin the claim's figures, a close one that does may decide.

    "The Shanxi man who jumped the barriers was banned for 90 days": the closest fact tells
    of the barriers, the next one of the 180-day ban.
    """
    for c in candidates[1:]:
        if c.score < PINNING_SCORE or best.score - c.score > PINNING_MARGIN:
            break
        fact = c.entry.fact
        if fact.id == best.entry.fact.id or not rel.about_lead(index, claim, fact):
            continue
        status, _, uncovered = check_numbers(claim.quantities, fact_figures(fact))
        if status == "none" or uncovered:
            continue
        other = propose(index, claim, c, number_score=PINNING_SCORE)
        if other.verdict is not Verdict.UNVERIFIED:
            return other, c
    return chosen, best


#: where one statement ends and another begins: "NIFA holds 36% of Baihang, while eight firms hold 8% each"
_JOIN = lazy_compile(r"\s*(?:(?:;|,(?!\s*\d{4}\b))\s*(?:and|but|while|whereas)?|\s(?:while|whereas))\s+", re.IGNORECASE)
#: ...where nothing else suggests two statements, only a conjunction does (a bare comma may
#: list names: "Pengyuan, China Chengxin and Intellicredit sit on ...")
_JOINED = lazy_compile(r"\s*(?:;|,\s*(?:and|but|while|whereas)|\s(?:while|whereas))\s+", re.IGNORECASE)


#: ...and where the two are set against each other ("those who care for their parents gain, while ...")
_CONTRASTED = lazy_compile(r"\s*[,;]?\s+(?:while|whereas)\s+", re.IGNORECASE)


def _each_part(index: Index, text: str, join: re.Pattern[str] = _JOIN) -> Result | None:
    """A claim that joins statements, judged one by one: false if one is, true if all are."""
    return _judge_parts(index, text, [p for p in join.split(text) if p.strip()])


def _aside_parts(index: Index, text: str) -> Result | None:
    """A claim with an aside after its subject, judged as two statements: "Tencent Credit,
    trialled in January 2018, works with a 300-850 scale" is "Tencent Credit trialled in
    January 2018" and "Tencent Credit works with a 300-850 scale"."""
    m = rel.ASIDE.search(text)
    if m is None or len(text[: m.start()].split()) > _SUBJECT_WORDS:
        return None
    subject = text[: m.start()]
    aside = f"{subject} {text[m.start() + 1 : m.end() - 1].strip()}"
    return _judge_parts(index, text, [aside, f"{subject} {text[m.end() :].strip()}"])


_SUBJECT_WORDS = 6  #: an aside this early in the claim describes its subject


def _judge_parts(index: Index, text: str, parts: list[str]) -> Result | None:
    if len(parts) < 2:
        return None
    analyses = [index.analyse(p) for p in parts]
    # a part that only names ("Baihang, which opened in 2017, ...") states nothing to judge on its own
    results = [decide(index, p, a) for p, a in zip(parts, analyses) if a.tokens or a.quantities]
    if not results:
        return None
    wrong = next((r for r in results if r.verdict is Verdict.FALSE), None)
    if wrong is not None:
        return dataclasses.replace(wrong, claim=text, explanation=f"'{wrong.claim}' is false. {wrong.explanation}")
    if all(r.verdict is Verdict.TRUE for r in results):
        first = results[0]
        why = " ".join(r.explanation for r in results)
        return dataclasses.replace(first, claim=text, explanation=why, score=min(r.score for r in results))
    return None


def _pins_all(claim: Analysis, fact: Fact) -> bool:
    """Does the fact pin every figure the claim gives (two at least: one alone is too common)?"""
    status, _, uncovered = check_numbers(claim.quantities, fact_figures(fact))
    return len(claim.quantities) >= 2 and status == "agree" and not uncovered


def _match(c: Candidate) -> Match:
    e = c.entry
    return Match(fact=e.fact, phrasing=e.text, kind=e.kind, why=e.why, score=c.score)


def _names(index: Index, ids: frozenset[str]) -> str:
    return " and ".join(sorted(index.factbase.entities[e].name for e in ids))


def _swap_result(index: Index, text: str, claim: Analysis, swaps: list[Candidate]) -> Result | None:
    """False when the claim keeps a true phrasing's subject and wording but swaps a name in it.

    Where a claim could have swapped either the person or the body ("Baihang's CEO is Li Xuan":
    Li Xuan for Zhu Huanqi, or Baihang for Intellicredit), the fact about the body it names
    corrects it: the swapped person is preferred."""
    close = [c for c in swaps if c.score >= SWAP_SCORE]
    people = [c for c in close if all(index.kinds.get(e) == "person" for e in c.swapped)]
    for c in people + [c for c in close if c not in people]:
        if claim.negated_within(c.entry.terms) or c.entry.analysis.negated:
            continue  # "is not run by Tencent" contradicts nothing
        status, _, _ = check_numbers(claim.quantities, fact_figures(c.entry.fact))
        if status == "conflict":
            continue
        fact = c.entry.fact
        why = f"The source names {_names(index, c.replaced)}, not {_names(index, c.swapped)}: {fact.statement}{as_of(fact)}"
        return Result(text, Verdict.FALSE, c.score, why, match=_match(c))
    return None


_STATE_WORDS = re.compile(r"\b(?:government|state|official|national|authorities|beijing's)\b", re.IGNORECASE)
#: who says so: "..., according to the Baihang backgrounder" names a source, not a subject
_ATTRIBUTION = lazy_compile(
    r",?\s*\baccording\s+to\s+[^,;.]*|^according\s+to\s+[^,;]*,\s*"
    r"|,\s*[^,;]{2,60}?\s+(?:reported|reports|said|says|notes|noted|observes|observed|writes|wrote)(?:\s+in\s+\d{4})?(?=\s*[.!]?\s*$)",
    re.IGNORECASE,
)


#: where a claim draws a conclusion from what it states: "..., which makes it in effect the state's rating"
_CONCLUSION = lazy_compile(
    r"\s*(?:[,;:]|\s[-–—])\s*(?:which\s+(?:makes|means|proves|shows)|(?:a\s+)?proof\s+(?:that|of)|proving\s+that|"
    r"showing\s+that|meaning\s+that|evidence\s+that|a\s+sign\s+that)\s+",
    re.IGNORECASE,
)
_PRONOUN = lazy_compile(r"^(?:it|they|this)\b", re.IGNORECASE)  #: the claim's subject, named again


def _concluded(index: Index, text: str, claim: Analysis) -> Result | None:
    """A claim whose conclusion the source contradicts or calls misleading is misleading, whatever
    it concludes from ("Sesame Credit operates with the PBOC's blessing, which makes it in effect
    the state's official rating"): the conclusion is what the reader takes away."""
    m = _CONCLUSION.search(text)
    if m is None:
        return None
    conclusion = text[m.end() :]
    if claim.entity_order:  # "which makes it ...": it is the premise's subject
        name = index.factbase.entities[claim.entity_order[0]].name
        made = "makes" in m.group(0).lower()  # "which makes it the state's rating": it is the state's rating
        conclusion = _PRONOUN.sub(name + (" is" if made else ""), conclusion.strip())
    drawn = decide(index, conclusion, index.analyse(conclusion))
    if drawn.verdict not in (Verdict.FALSE, Verdict.MISLEADING):
        return None
    why = f"The claim concludes that {conclusion.rstrip('.')}; the source does not support that. {drawn.explanation}"
    return Result(text, Verdict.MISLEADING, drawn.score, why, match=drawn.match)


#: one event set before or after another: "Baihang began operating before it had been granted a licence"
_ORDERED = lazy_compile(
    r"^(?P<first>.+?),?\s+(?:(?:[\w-]+\s+){1,2}(?:days?|weeks?|months?|years?)\s+)?(?P<order>before|after)\s+"
    r"(?P<second>(?:it|they|he|she|its|the|[A-Z])\b.*)$"
)


def _event_date(fact: Fact) -> tuple[float, ...] | None:
    """(year, month, day) as far as the fact pins one of each, when it pins one date."""
    figures = fact_figures(fact)
    parts = []
    for kind in ("year", "month", "day"):
        values = figures.get(kind, set())
        if len(values) != 1:
            break
        parts.append(next(iter(values)))
    return tuple(parts) or None


def _out_of_order(index: Index, text: str, claim: Analysis) -> Result | None:
    """False when the claim puts one dated event before (or after) another that the fact base
    dates the other way round ("Baihang began operating in May 2018 before it had been granted a
    licence": it was licensed in February); true when both are true in that order."""
    m = _ORDERED.match(text.strip().rstrip("."))
    if m is None or not claim.entity_order:
        return None
    name = index.factbase.entities[claim.entity_order[0]].name
    second = _PRONOUN.sub(name, m.group("second"))
    first_result = decide(index, m.group("first"), index.analyse(m.group("first")))
    second_result = decide(index, second, index.analyse(second))
    if first_result.verdict is not Verdict.TRUE or second_result.verdict is not Verdict.TRUE:
        return None
    a, b = first_result.match.fact, second_result.match.fact  # type: ignore[union-attr]
    da, db = _event_date(a), _event_date(b)
    if a.id == b.id or da is None or db is None:
        return None
    n = min(len(da), len(db))
    if da[:n] == db[:n]:
        return None
    score = min(first_result.score, second_result.score)
    if (da[:n] < db[:n]) == (m.group("order") == "before"):  # both true, in the right order
        why = f"{first_result.explanation} {second_result.explanation}"
        return Result(text, Verdict.TRUE, score, why, match=first_result.match)
    why = f"The claim puts these in the wrong order: {a.statement} {b.statement}"
    return Result(text, Verdict.FALSE, score, why, match=first_result.match)


#: where one sentence of a claim ends and the next begins ("... opt-in. You choose to join.")
_SENTENCE_END = lazy_compile(r"(?<=[a-z0-9)'\"”’][.!?])\s+(?=[A-Z\"'“‘])")
#: a sentence that refers back to the first one's subject
_PRONOUN_START = lazy_compile(r"^(?:it|they|he|she|this)\b", re.IGNORECASE)


def _each_sentence(index: Index, text: str, sentences: list[str]) -> Result | None:
    """A claim of several sentences, each judged (a pronoun opening one stands for the first
    sentence's first name): false if one is, misleading if one is and none false, true if all are."""
    first = index.aliases.find(sentences[0])
    subject = sentences[0][first[0][0] : first[0][1]] if first else None
    parts = [_PRONOUN_START.sub(subject, s_, count=1) if subject else s_ for s_ in sentences]
    results = [decide(index, p_, a) for p_ in parts if (a := index.analyse(p_)).tokens or a.quantities]
    if len(results) < 2:
        return None
    for verdict in (Verdict.FALSE, Verdict.MISLEADING):
        found = next((r for r in results if r.verdict is verdict), None)
        if found is not None:
            return dataclasses.replace(found, claim=text, explanation=f"'{found.claim}': {found.explanation}")
    if all(r.verdict is Verdict.TRUE for r in results):
        why = " ".join(r.explanation for r in results)
        return dataclasses.replace(results[0], claim=text, explanation=why, score=min(r.score for r in results))
    return None


#: what follows a name and a colon to say what it is: "Sesame Credit: that's ..."
_RESTATED = lazy_compile(r"(?:that|it|this)(?:'s|\s+is)\s+", re.IGNORECASE)
#: a label set before the claim: "BREAKING:", "Op-ed:", "Heads up if you're visiting China:"
_LABEL = lazy_compile(r"^\s*[^:;,.!?\d]{2,50}:\s+(?=\S)")
#: a cleft sentence, which asserts who does it: "It is Sesame Credit that strips debtors of benefits"
_CLEFT = lazy_compile(r"^\s*it\s+(?:is|was|'s)\s+(?!not\b)(?P<who>[^,;]{2,60}?)\s+(?:that|who|which)\b", re.IGNORECASE)


def decide(index: Index, text: str, claim: Analysis) -> Result:
    """The verdict on one analysed claim."""
    result = _decide_claim(index, text, claim)
    cleft = _CLEFT.match(text) if result.verdict is Verdict.MISLEADING else None
    named = [index.factbase.entities[e].name for _, _, e in index.aliases.find(cleft.group("who"))] if cleft else []
    if named and result.match and any(re.search(rf"\bnot\s+(?:the\s+)?{re.escape(n)}", result.explanation, re.I) for n in named):
        # what would be a conflation said in passing is a wrong answer to "who does it", when
        # the source says it is not them
        who = cleft.group("who")  # type: ignore[union-attr]
        why = f"The claim says it is {who}; the source says otherwise. {result.explanation}"
        match = dataclasses.replace(result.match, kind=Verdict.FALSE, why=why)
        return dataclasses.replace(result, verdict=Verdict.FALSE, explanation=why, match=match)
    return result


def _decide_claim(index: Index, text: str, claim: Analysis) -> Result:
    concluded = _concluded(index, text, claim)
    if concluded is not None:
        return concluded
    if " before " in text or " after " in text:
        ordered = _out_of_order(index, text, claim)
        if ordered is not None:
            return ordered
    sentences = _SENTENCE_END.split(text.strip())
    if len(sentences) > 1:
        judged = _each_sentence(index, text, sentences)
        if judged is not None:
            return judged
    label = _LABEL.match(text)
    restated = _RESTATED.match(text, label.end()) if label else None
    if label and restated and index.aliases.find(label.group(0)):
        # "Sesame Credit: that's the government's score" says "Sesame Credit is the government's score"
        said = f"{label.group(0).rstrip().rstrip(':')} is {text[restated.end():]}"
        return dataclasses.replace(decide(index, said, index.analyse(said)), claim=text)
    if label and not index.aliases.find(label.group(0)):
        # "Heads up if you're visiting China: jaywalking now ...": the label says nothing of its own
        rest = text[label.end() :]
        plain = index.analyse(rest)
        if plain.entities:
            return dataclasses.replace(decide(index, rest, plain), claim=text)
    attributed = _ATTRIBUTION.search(claim.text)
    if attributed and index.aliases.find(attributed.group(0)):  # a named source is no subject of the claim
        said = " ".join(_ATTRIBUTION.sub(" ", claim.text).split())
        unattributed = index.analyse(said)
        if unattributed.entities:
            return dataclasses.replace(decide(index, said, unattributed), claim=text)
    denied = _denied_link(index, text, claim) if claim.negation_scopes else None
    if denied is not None:
        return denied
    checks = framing_checks(index)
    merged = checks.merged(claim)
    if merged:
        match = Match(fact=merged.fact, phrasing=merged.fact.statement, kind=Verdict.FALSE, why=merged.explanation, score=merged.score)
        return Result(text, Verdict.FALSE, merged.score, merged.explanation, match=match)
    conflation = checks.conflation(claim)
    if conflation:
        return _framed(text, conflation)
    if not claim.entities:
        return _anonymous(index, text, claim)
    candidates, swaps = index.search_with_swaps(claim, min_score=SEARCH_FLOOR)
    only_places = all(index.kinds.get(e) == "place" for e in claim.entities)
    if not candidates and only_places:
        return _anonymous(index, text, claim)  # a place only sets the scene ("which Beijing made mandatory")
    result = _decide(index, text, claim, candidates)
    if result.verdict is Verdict.UNVERIFIED and only_places:
        nameless = _anonymous(index, text, claim)
        if nameless.verdict is not Verdict.UNVERIFIED:
            return nameless
    if result.verdict is Verdict.UNVERIFIED and swaps:
        return _swap_result(index, text, claim, swaps) or _said_of_the_state(index, text, claim) or result
    if result.verdict is Verdict.UNVERIFIED or (result.match and not rel.about_lead(index, claim, result.match.fact)):
        credited = _misattributed(index, text, claim)
        if credited:
            return credited
    if result.verdict is Verdict.TRUE and result.match:
        fact = result.match.fact
        framed = (
            checks.overgeneralised(claim, fact, result.match.phrasing, result.score)
            or as_done(claim.text, fact, result.score)
            or checks.unnamed_as_state(claim, fact, result.score)
        )
        if framed:
            return _framed(text, framed)
    if result.verdict is Verdict.UNVERIFIED:
        framed = _loosely_framed(index, claim, candidates)
        if framed:
            return _framed(text, framed)
        credited = _said_of_the_state(index, text, claim) or _done_too_soon(index, text, claim)
        if credited:
            return credited
        compared = _FRONTED_COMPARISON.match(text)
        if compared:
            # "Like Sesame, Tencent Credit rates people on a 350-950 scale": what it says of its
            # subject may be false on its own (true, it may still compare wrongly)
            rest = text[compared.end() :]
            alone = decide(index, rest, index.analyse(rest))
            if alone.verdict is Verdict.FALSE:
                return dataclasses.replace(alone, claim=text)
    return result


#: the state's score or system, named as such
_STATE_SCORE = lazy_compile(
    r"\b(?:the\s+)?(?:chinese\s+|china's\s+)?(?:(?:government|state|beijing|party|official|national)(?:'s)?[\s-]+(?:run\s+)?)?"
    r"(?:social[\s-]credit|state\s+credit|government\s+credit)\s+(?:system|score|scale|rating|ranking|scheme)s?\b",
    re.IGNORECASE,
)
_DENIAL = lazy_compile(r"\b(?:not|no(?!\s+(?:\w+\s+)?deposits?\b)|never|none|neither|nor|nothing)\b|n't\b", re.IGNORECASE)
#: the commercial scores a state rating is most often mistaken for
_STAND_INS = ("Sesame Credit", "Tencent Credit")


def _done_too_soon(index: Index, text: str, claim: Analysis) -> Result | None:
    """A nationwide plan presented as done, however loosely the claim words it: "Social credit has
    become a nationwide reality in China" is what the source says was promised for 2020."""
    if claim.negation_scopes or not presented_as_done(text) or not (all_of_china(text) or "nation" in claim.tokens):
        return None
    plans = []
    for fid, names in index.statement_entities.items():
        lead = index.fact_leads[index.factbase.position(fid)]
        if lead in claim.entities and lead in names:
            fact = index.factbase.get(fid)
            if fact is not None and as_done(text, fact, 0.0) and "nation" in index.analyse(fact.statement).tokens:
                plans.append(fid)
    found = index.closest_of(claim, plans) if plans else None
    if found is None or found[1] < DONE_SCORE:
        return None
    fact = index.factbase.get(found[0])
    return _framed(text, as_done(text, fact, found[1]))  # type: ignore[arg-type]


def _said_of_the_state(index: Index, text: str, claim: Analysis) -> Result | None:
    """A commercial score's feature credited to the state's system: "Beijing's social credit
    score lets high scorers rent bikes without deposits" is true of Sesame Credit, which the
    fact base says is separate from the government's system, so the claim is misleading."""
    distinctions = framing_checks(index).distinctions
    if _DENIAL.search(text) or any(e in distinctions for e in claim.entities):
        return None  # ("without a deposit" is a perk, not a denial; a claim naming Sesame Credit itself is another case)
    m = _STATE_SCORE.search(text)
    if m is None:
        return None
    for name in _STAND_INS:
        swapped = f"{text[: m.start()]}{name}{text[m.end() :]}"
        result = decide(index, swapped, index.analyse(swapped))
        fact = result.fact
        stand_in = next((e for _, _, e in index.aliases.find(name)), None)
        if result.verdict is Verdict.TRUE and fact and stand_in in fact.entities and distinctions.get(stand_in):
            why = (
                f"That holds for {name}, a commercial score, which the source keeps apart from the government's "
                f"Social Credit System: {fact.statement}"
            )
            return _framed(text, Framing(fact, why, result.score))
    return None


#: a comparison set before the subject: "Like Sesame Credit, ...", "Unlike Weibo, ..."
_FRONTED_COMPARISON = lazy_compile(r"^\s*(?:just\s+)?(?:un)?like\s+[^,]{1,40},\s*", re.IGNORECASE)


LOOSE_SCORE = NUMBER_SCORE  #: how loosely a claim may match what its framing (all China, already, the state's) adds to


def _loosely_framed(index: Index, claim: Analysis, candidates: list[Candidate]) -> Framing | None:
    """What a claim adds to a fact it matches too loosely to be confirmed by it: that addition
    is what is wrong, so it is misleading even so.

    The closest true phrasing that would confirm it shows a widening ("anyone in China who
    jumps a ticket barrier..."), a plan presented as done, or a commercial feature credited to
    a state rating; failing that, a claim that speaks of the state or all of China may meet a
    framing the fact base itself calls misleading ("Across China, top scorers are displayed on
    public boards"): it makes the same move, for the same reason.
    """
    checks = framing_checks(index)
    wide = all_of_china(claim.text)
    if claim.negation_scopes and not wide:
        return None
    loose = [c for c in candidates if c.score >= LOOSE_SCORE]
    confirming = next((c for c in loose if c.entry.kind is Verdict.TRUE and propose(index, claim, c).verdict is Verdict.TRUE), None)
    if confirming is not None:
        fact, score = confirming.entry.fact, confirming.score
        widened = checks.overgeneralised(claim, fact, confirming.entry.text, score) if wide else None
        if widened:
            return widened
        if not claim.negation_scopes:
            done = as_done(claim.text, fact, score) or checks.unnamed_as_state(claim, fact, score)
            if done:
                return done
    if wide and not claim.negation_scopes and set_in_china(claim.text):
        local = _said_of_one_place(index, claim, candidates)
        if local:
            return local
    if claim.negation_scopes or not (wide or _STATE_WORDS.search(claim.text) or rel.ABSOLUTE.search(claim.text)):
        return None
    for c in loose:
        if c.entry.kind is Verdict.MISLEADING and propose(index, claim, c).verdict is Verdict.MISLEADING:
            return Framing(c.entry.fact, c.entry.why, c.score)
    return None


def _anonymous(index: Index, text: str, claim: Analysis) -> Result:
    """A claim naming nothing the base knows is unverified, unless it sweepingly widens a fact
    or repeats a sweeping myth.

    "In China, anyone who jumps a ticket barrier is banned from trains for 180 days" names no
    company or place, yet plainly stretches the one Shanxi case to everyone. Only a close
    match to a true phrasing counts: of a fact the source limits (misleading), or of a claim
    the source reports as false ("every citizen gets a 350-950 score": false).
    """
    unknown = Result(text, Verdict.UNVERIFIED, 0.0, "The claim names nothing the fact base covers.")
    if not all_of_china(claim.text):
        return unknown
    candidates, _ = index.search_with_swaps(claim, anonymous=True)
    if not candidates or candidates[0].score < ANONYMOUS_SCORE:
        # "In China, anyone who jumps a ticket barrier gets a 180-day train ban": said of the one
        # place a loosely matching fact is about, the fact may confirm it
        local = _said_of_one_place(index, claim, candidates) if set_in_china(claim.text) and not claim.negation_scopes else None
        return _framed(text, local) if local else unknown
    best = candidates[0]
    proposal = propose(index, claim, best)
    if proposal.verdict is Verdict.FALSE and _REPORTED_MYTH.search(best.entry.text):
        # "every Chinese citizen gets a 350-950 score" repeats, all but word for word, a claim the source calls false
        return Result(text, Verdict.FALSE, best.score, proposal.explanation, match=_match(best))
    if proposal.verdict is not Verdict.TRUE:
        return unknown
    wider = framing_checks(index).overgeneralised(claim, best.entry.fact, best.entry.text, best.score)
    wider = wider or as_done(claim.text, best.entry.fact, best.score)
    return _framed(text, wider) if wider else unknown


MISATTRIBUTED_COVER = 0.5  #: the share of the claim's words a commercial score's phrasing must share to be its feature


LOCAL_TRIES = 3  #: how many of the closest facts about one place a China-wide claim is read against


def _said_of_one_place(index: Index, claim: Analysis, candidates: list[Candidate]) -> Framing | None:
    """A China-wide claim that, said of the one place a close fact is about, that fact confirms.

    "In China, citizens with the best social credit get their names put up on public boards"
    matches the Rongcheng fact too loosely, for Rongcheng is not China; read as "In Rongcheng,
    ...", it is confirmed, so what it adds is the widening: misleading.
    """
    kinds = index.kinds
    if any(kinds.get(e) == "place" for e in claim.entities):
        return None  # it names its own place
    tried: set[str] = set()
    for c in candidates:
        fact = c.entry.fact
        if fact.id in tried:
            continue
        tried.add(fact.id)
        if len(tried) > LOCAL_TRIES:
            break
        places = [e for e in fact.entities if kinds.get(e) == "place"]
        if len(places) != 1 or all_of_china(fact.statement):
            continue  # "Chinese authorities blocked Twitter after the Urumqi riots" is said of China
        name = index.factbase.entities[places[0]].name
        text = localised(claim.text, name)
        reading = index.analyse(text)
        found = index.search(reading, min_score=SEARCH_FLOOR)
        verdicts = [(f, propose(index, reading, f).verdict) for f in found]
        if any(v is Verdict.FALSE for _, v in verdicts):
            continue
        if any(f.entry.fact.id == fact.id and f.entry.kind is Verdict.TRUE and v is Verdict.TRUE for f, v in verdicts):
            why = f"The source says this of {name} only, not of all of China: {fact.statement}"
            return Framing(fact, why, c.score)
    return None


_FOUNDING = lazy_compile(r"\b(?:was|were)\s+(?:launched|established|founded|set\s+up|created|born)\b", re.IGNORECASE)


#: a claim that denies any tie between what comes before and what comes after
_NO_LINK = lazy_compile(
    r"\b(?:ha(?:s|ve|d)\s+nothing\s+to\s+do\s+with|(?:has|have|had|with)\s+no\s+(?:\w+\s+)?(?:links?|ties|connections?|relationship)\s+(?:to|with)|"
    r"(?:is|are|was|were)\s+(?:entirely\s+|completely\s+|wholly\s+)?(?:unconnected|unrelated)\s+to)\b",
    re.IGNORECASE,
)
#: what ties one name to another by origin or ownership, standing between the two names
_TIES = lazy_compile(
    r"\b(?:initiative\s+(?:by|of)|initiated\s+by|owns|owned\s+by|holds|stake\s+in|shareholders?\s+(?:of|in)|"
    r"(?:founded|established|set\s+up|launched|run|backed|created)\s+by|establishment\s+of|subsidiary\s+of|arm\s+of|part\s+of)\b",
    re.IGNORECASE,
)


def _denied_link(index: Index, text: str, claim: Analysis) -> Result | None:
    """False when the claim says two names have nothing to do with each other and a fact ties
    them by origin or ownership: "NIFA has nothing to do with the People's Bank of China"
    against "NIFA is an initiative by the People's Bank of China"."""
    m = _NO_LINK.search(text)
    if m is None:
        return None
    before = {e for _, _, e in index.aliases.find(text[: m.start()])}
    after = {e for _, _, e in index.aliases.find(text[m.end() :])}
    if not before or not after:
        return None
    for fid, known in index.known.items():
        if before.isdisjoint(known) or after.isdisjoint(known):
            continue
        fact = index.factbase.get(fid)
        statement = fact.statement
        spans = {e: (i, j) for i, j, e in index.aliases.find(statement)}
        for a in before & spans.keys():
            for b in after & spans.keys():
                lo, hi = sorted((spans[a], spans[b]))
                between = statement[lo[1] : hi[0]]
                if a != b and _TIES.search(between) and not re.search(r"[,;]", between) and not _SEPARATE.search(between):
                    names = index.factbase.entities
                    why = f"The source ties {names[a].name} to {names[b].name}: {statement}{as_of(fact)}"
                    match = Match(fact=fact, phrasing=statement, kind=Verdict.FALSE, why=why, score=DECIDE_SCORE)
                    return Result(text, Verdict.FALSE, DECIDE_SCORE, why, match=match)
    return None


_SEPARATE = lazy_compile(r"\b(?:separate|independent(?:ly)?|distinct|not|no)\b", re.IGNORECASE)


def _misattributed(index: Index, text: str, claim: Analysis) -> Result | None:
    """Misleading when the state's system is credited with what a commercial score does."""
    for who, reading in framing_checks(index).as_commercial(claim):
        candidates = index.search(reading, min_score=SEARCH_FLOOR)
        if not candidates or candidates[0].score < DECIDE_SCORE:
            continue
        best, proposal = candidates[0], propose(index, reading, candidates[0])
        for c in candidates[1:]:  # a framing the reading does not make hands over to the next close phrasing
            if not proposal.inapplicable or c.score < DECIDE_SCORE:
                break
            best, proposal = c, propose(index, reading, c)
        if who not in best.entry.fact.entities or proposal.verdict not in (Verdict.TRUE, Verdict.MISLEADING):
            continue
        if rel.word_cover(index, reading, best.entry) < MISATTRIBUTED_COVER:
            continue  # the commercial score's name carries the match: "city governments run accounts" is no Sesame feature
        if _FOUNDING.search(best.entry.fact.statement):
            continue  # a score's founding (Sesame Credit's 2015 launch) is no feature the state could be credited with
        fact = best.entry.fact
        name = index.factbase.entities[who].name
        why = f"This is true of {name}, a commercial score, not of the government's Social Credit System: {fact.statement}"
        return _framed(text, Framing(fact, why, best.score))
    return None


def _framed(text: str, framing: Framing) -> Result:
    fact = framing.fact
    match = Match(fact=fact, phrasing=fact.statement, kind=Verdict.MISLEADING, why=framing.explanation, score=framing.score)
    return Result(text, Verdict.MISLEADING, framing.score, framing.explanation, match=match)


def _decide(index: Index, text: str, claim: Analysis, candidates: list[Candidate]) -> Result:
    if not candidates and _JOINED.search(text):
        parts = _each_part(index, text, _JOINED)  # "Pengyuan sits on the board of directors, while Sesame is a supervisor"
        if parts:
            return parts
    if not candidates:
        described = _without_description(index, text, claim) if claim.entities else None
        if described is not None:
            return described
        reason = (
            "The claim names nothing the fact base covers."
            if not claim.entities
            else "No fact in the base is close enough to decide this claim."
        )
        return Result(text, Verdict.UNVERIFIED, 0.0, reason)
    best = candidates[0]
    runner = next((c for c in candidates[1:] if c.entry.fact.id != best.entry.fact.id), None)
    if best.score < DECIDE_SCORE and not _loose_conflict(index, claim, best) and not _loose_objection(index, claim, best):
        described = _without_description(index, text, claim)
        if described is not None:
            return described
        return Result(
            text,
            Verdict.UNVERIFIED,
            best.score,
            f"Nothing in the fact base decides this claim; the closest fact ({best.entry.fact.id}) matches too loosely.",
            runner_up=_match(best),
        )
    chosen = propose(index, claim, best)
    first = best
    for c in candidates[1:]:  # a phrasing that does not bear on the claim hands over to the next close one
        # (a close false variant whose error the claim leaves out hands over to its own fact's looser phrasings)
        floor = NUMBER_SCORE if first.entry.kind is Verdict.FALSE and c.entry.fact.id == first.entry.fact.id else DECIDE_SCORE
        if not chosen.inapplicable or c.score < floor:
            break
        chosen, best = propose(index, claim, c), c
    if chosen.doubtful:
        chosen, best = _agreed(index, claim, candidates, chosen, best)
    if chosen.uncovered:
        chosen, best = _pinning(index, claim, candidates, chosen, best)
    if chosen.main_clause:
        main = decide(index, chosen.main_clause.text, chosen.main_clause)
        if main.verdict is not Verdict.UNVERIFIED:  # the aside was confirmed; the main clause decides
            return dataclasses.replace(main, claim=text)
    if chosen.compound or (chosen.uncovered and chosen.verdict is Verdict.UNVERIFIED):
        parts = _each_part(index, text) or _aside_parts(index, text)
        if parts:
            return parts
    if chosen.verdict is Verdict.FALSE and not _pins_all(claim, best.entry.fact):
        # "313 million in December 2016" is wrong for September's fact and right for December's:
        # a close fact that pins every figure the claim gives speaks for it
        for c in candidates[1:]:
            if best.score - c.score > PINNING_MARGIN:
                break
            if c.entry.fact.id != best.entry.fact.id and _pins_all(claim, c.entry.fact):
                other = propose(index, claim, c)
                if other.verdict is not Verdict.UNVERIFIED:
                    chosen, best = other, c
                break
    if chosen.verdict is Verdict.FALSE and _CONTRASTED.search(text):
        # "those who care for their parents move up, while those who abuse relatives lose credit":
        # the words of both statements together may spell a false variant neither says
        parts = _each_part(index, text, _CONTRASTED)
        if parts is None or parts.verdict is not Verdict.FALSE:
            why = "The claim contrasts two statements and neither is false on its own; it needs a human check."
            return Result(text, Verdict.UNVERIFIED, best.score, why, runner_up=_match(best))
    if chosen.verdict is Verdict.FALSE:
        chosen, best = _about_the_body(index, claim, candidates, chosen, best)
    if chosen.verdict is Verdict.TRUE:
        chosen, best = _fuller(index, claim, candidates, chosen, best)
        chosen, best = _framed_rival(index, claim, candidates, chosen, best)
        chosen, best = _second_fact(index, claim, candidates, chosen, best)
    if chosen.verdict in (Verdict.TRUE, Verdict.FALSE):
        pinned = _pins_all(claim, best.entry.fact)
        for rival in candidates[1:]:
            if best.score - rival.score > AMBIGUITY_MARGIN:
                break
            if pinned and rival.entry.fact.id != best.entry.fact.id and not _pins_all(claim, rival.entry.fact):
                continue  # the claim's figures (313 million, December 2016) are this fact's, not the rival's
            other = propose(index, claim, rival)
            if {other.verdict, chosen.verdict} == {Verdict.TRUE, Verdict.FALSE}:
                same = rival.entry.fact.id == best.entry.fact.id
                why = (
                    f"Close phrasings of {best.entry.fact.id} disagree"
                    if same
                    else f"Close facts disagree ({best.entry.fact.id}, {rival.entry.fact.id})"
                )
                return Result(text, Verdict.UNVERIFIED, best.score, f"{why}; the claim needs a human check.", runner_up=_match(best))
    if chosen.verdict is Verdict.UNVERIFIED:  # nothing decides it: show the closest fact only as a runner-up
        return Result(text, chosen.verdict, best.score, chosen.explanation, runner_up=_match(best))
    return Result(text, chosen.verdict, best.score, chosen.explanation, match=_match(best), runner_up=_match(runner) if runner else None)
