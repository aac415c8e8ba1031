"""The decision: from the best candidate phrasings to a verdict and the reason for it.

Fuzzy scores find what a claim is about; they cannot tell "is" from "is not" or 350 from
300. :func:`decide` runs, in order: the framing checks (a commercial score presented as the
state's, see :mod:`.framing`); the best candidate's proposal (:func:`propose`: reported
myths, opposite words, figures against the fact's, negation, names the fact never mentions);
a close fact that pins figures the best one does not; rivals that disagree; a true phrasing
with one name swapped; the state credited with a commercial score's feature; a fact widened
to all of China. Anything it cannot settle is ``unverified``: a confident wrong verdict is
worse than none.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import Callable
from dataclasses import dataclass

from .framing import Framing, as_done, china_wide, framing_checks, sweeping
from .matching import SUBJECT_KINDS, Candidate, Entry, Index, entity_term
from .models import Fact, Match, Result, Verdict
from .figures import DATES, as_of, check_numbers, fact_figures, fmt, group
from .normalize import Analysis, Quantity, extract_quantities, head, stem, touches

DECIDE_SCORE = 55.0  #: below this no candidate decides anything
NUMBER_SCORE = 45.0  #: an amount, or a word opposite to one a true phrasing uses, decides from this match score up
DATE_SCORE = 50.0  #: ...and a date from this one
ANONYMOUS_SCORE = 55.0  #: a claim naming nothing known must match this closely to be called misleading
SWAP_SCORE = 50.0  #: a true phrasing with one name swapped decides "false" from this score up
AMBIGUITY_MARGIN = 6.0  #: rival candidates this close with the opposite verdict -> unverified
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


_ANTONYMS = tuple(
    (stem(a), stem(b))
    for a, b in (("more", "less"), ("more", "fewer"), ("higher", "lower"), ("increase", "decrease"), ("before", "after"),
                 ("rise", "fall"), ("oldest", "youngest"), ("first", "last"), ("better", "worse"), ("better", "lower"),
                 ("raise", "lower"), ("boost", "lower"), ("same", "separate"), ("same", "differ"), ("same", "different"),
                 ("earlier", "later"), ("largest", "smallest"), ("most", "least"), ("likely", "unlikely"))
)  # fmt: skip
#: ranks a true phrasing depends on: "He Jiong is the second most-followed" is no "most-followed"
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})
_REPORTS = re.compile(r"\b(?:warn(?:s|ed)?|claim(?:s|ed)?|sa(?:y|ys|id)|report(?:s|ed)?|argu(?:e|es|ed)|predict(?:s|ed)?|alleg(?:e|es|ed)|suggest(?:s|ed)?)\b", re.I)
_RANKING = frozenset({"biggest", "largest", "highest", "top", "popular", "followed", "best"})
#: the phrasing reports a claim the source calls false ("the ACLU wrongly claimed ...")
_REPORTED_MYTH_WORDS = r"\b(?:wrongly|falsely|mistakenly|erroneously|incorrectly|myths?|misconceptions?)\b"
_REPORTED_MYTH = re.compile(_REPORTED_MYTH_WORDS, re.IGNORECASE)
#: the claim itself calls what it reports false ("the ACLU's warning ... was, the article says, false")
_CALLED_FALSE = re.compile(
    _REPORTED_MYTH_WORDS + r"|\b(?:false|untrue|inaccurate|incorrect|wrong|debunked|baseless|unfounded|exaggerated|overblown)\b",
    re.IGNORECASE,
)


def _superlatives(text: Analysis) -> set[str]:
    """Words that rank ("most-followed", "biggest", "largest"): with an ordinal they say which place."""
    return {t for t in text.tokens if t.startswith("most") or t in _RANKING}


def _contrasted(claim: Analysis, entry_terms: frozenset[str]) -> tuple[str, str] | None:
    """A pair of opposites that the claim uses both of, one of which the phrasing relies on."""
    words = set(claim.tokens)
    for a, b in _ANTONYMS:
        if a in words and b in words and (a in entry_terms or b in entry_terms):
            return a, b
    return None


def _opposed(claim: Analysis, entry: Analysis) -> tuple[str, str] | None:
    """A word of the claim whose opposite the phrasing uses instead ("lowers" for "better")."""
    mine, theirs = set(claim.tokens), set(entry.tokens)
    for pair in _ANTONYMS:
        for a, b in (pair, pair[::-1]):
            if a in mine and b in theirs and b not in mine and a not in theirs:
                return a, b
    return None


def _claims_other_time(claim: Analysis, fact: Fact) -> bool:
    """The claim dates its figure to a year other than the one the fact's figure is stated for."""
    year = float(fact.as_of[:4]) if fact.as_of else None
    return any(q.kind == "year" and q.value != year for q in claim.quantities)


def _compound(index: Index, claim: Analysis, wrong: list[Quantity], uncovered: list[Quantity], fact: Fact) -> bool:
    """Some figures agree with the fact and the others are pinned by another fact: two claims in one."""
    kinds = {q.kind for q in wrong}  # "eight shareholders own 12 percent": a count agreeing is no excuse for a share
    agreeing = [q for q in claim.quantities if q not in wrong and q not in uncovered and q.kind in kinds]
    return bool(agreeing) and bool(index.facts_with_numbers(wrong, exclude=fact.id))


#: a dated claim is judged by a phrasing only if the words they share make up this much of the
#: claim's words, or of the phrasing's (when the claim adds much the phrasing does not say)
DATED_CLAIM_COVER = 0.34
DATED_PHRASING_COVER = 0.5


def _name_and_date_only(index: Index, claim: Analysis, entry: Entry) -> bool:
    """Does the claim meet the phrasing only in names and a date, give or take a word? "Weibo
    moved its offices in 2009" is not "Weibo was launched in 2009", nor its denial: a year says
    when, not what happened."""
    if not claim.quantities or not all(q.kind in DATES for q in claim.quantities):
        return False
    if any(q.kind == "day" for q in claim.quantities):
        return False  # "opened its doors on May 23rd, 2018": a full date is itself a close match
    mine = [t for t in index.terms(claim) if not t.startswith("ent_")]
    theirs = [t for t in entry.terms if not t.startswith("ent_")]
    if not mine or not theirs:
        return False
    idf, unknown = index.idf, index.unknown_idf
    shared = sum(idf.get(t, unknown) for t in mine if t in entry.terms)
    claim_cover = shared / sum(idf.get(t, unknown) for t in mine)
    phrasing_cover = shared / sum(idf.get(t, unknown) for t in theirs)
    return claim_cover < DATED_CLAIM_COVER and phrasing_cover < DATED_PHRASING_COVER


def _misses_the_error(index: Index, claim: Analysis, entry: Entry) -> bool:
    """Does the claim leave out every word that sets this false variant apart from the fact's
    true phrasings? "313 million used Weibo every month" is not "313 million daily users": the
    variant is wrong in "daily", which the claim does not say. (Wrong figures are weighed apart.)"""
    if check_numbers(entry.analysis.quantities, fact_figures(entry.fact))[0] == "conflict":
        return False  # the variant is wrong in a figure: that is weighed with the claim's figures
    true_terms = index.true_terms(entry.fact.id)
    distinct = {t for t in entry.terms if t not in true_terms}
    return bool(distinct) and distinct.isdisjoint(index.terms(claim))


def _unexplained_negation(index: Index, claim: Analysis, entry: Entry) -> bool:
    """A cue in the claim that denies words neither this phrasing nor a negated phrasing of its fact uses."""
    negated_terms = frozenset().union(
        *(e.terms for e in index.entries_of(entry.fact.id) if e.kind is Verdict.TRUE and e.analysis.negated)
    )
    return any(
        scope and not touches(scope, entry.terms) and not touches(scope, negated_terms) for scope in claim.negation_scopes
    )


#: an aside set off by commas: ", launched in 2015,", ", which opened in May 2018,"
_ASIDE = re.compile(
    r",\s*(?:which|who|whose|where|launched|founded|established|set\s+up|created|started|based|headquartered|"
    r"known|dubbed|once|now|a|an|the|one|its)\b[^,;]*,"
)
MAIN_CLAUSE_COVER = 0.5  #: the share of the main clause's words a confirming phrasing must cover


def _main_clause(index: Index, claim: Analysis, entry: Entry) -> Analysis | None:
    """The claim without its asides, when the phrasing speaks only to an aside; else None.

    "Baihang, which opened in May 2018, is owned entirely by the state": the launch fact
    confirms the aside; the main clause says something it does not, and is judged alone."""
    main = " ".join(_ASIDE.sub(" ", claim.text).split())
    if main == claim.text:
        return None
    analysis = index.analyse(main)
    words = [t for t in index.terms(analysis) if not t.startswith("ent_")]
    weight = sum(index.idf.get(t, index.unknown_idf) for t in words)
    if len(words) < 2 or not weight:
        return None
    covered = sum(index.idf.get(t, index.unknown_idf) for t in words if t in entry.terms)
    return None if covered / weight >= MAIN_CLAUSE_COVER else analysis


def _without_description(index: Index, text: str, claim: Analysis) -> Result | None:
    """The claim decided without an aside that only describes ("Zhima Credit, the scoring service
    most often cited abroad, is run by Ant Financial"), when the whole matches too loosely. An
    aside with a figure or a name may be a claim of its own, so it is never dropped."""
    asides = [m.group(0) for m in _ASIDE.finditer(claim.text)]
    if not asides:
        return None
    for aside in asides:
        if extract_quantities(aside) or index.aliases.find(aside):
            return None
    main = " ".join(_ASIDE.sub(" ", claim.text).split())
    result = decide(index, main, index.analyse(main))
    if result.verdict is Verdict.UNVERIFIED:
        return None
    quoted = " and ".join(f"'{a.strip(' ,')}'" for a in asides)
    note = f" (The description {quoted} is not checked.)"
    return dataclasses.replace(result, claim=text, explanation=result.explanation + note)


def _gives_group(claim: Analysis, figures: list[Quantity]) -> bool:
    """Does the claim give a figure of each group (years, amounts...) these figures are of?"""
    return {group(q.kind) for q in figures} <= {group(q.kind) for q in claim.quantities}


def _about_another(index: Index, claim: Analysis, fact: Fact) -> str | None:
    """The claim's name when it leaves out what the fact is about for another of that kind
    ("Tencent pulled the Sesame Credit trial" against a fact about Tencent Credit)."""
    main = fact.entities[0] if fact.entities else None
    if main is None or main in claim.entities:
        return None
    kind = index.kinds.get(main)
    other = next(
        (
            e
            for e in claim.entity_order
            if e != main and index.kinds.get(e) == kind and kind in SUBJECT_KINDS and not _own_arm(index, e, main)
        ),
        None,
    )
    return index.factbase.entities[other].name if other else None


def _draws_the_line(index: Index, claim: Analysis, fact: Fact) -> bool:
    """Is the fact one that sets a commercial score the claim names apart from the state's system?"""
    checks = framing_checks(index)
    position = index.factbase.position(fact.id)
    return any(position in checks.distinctions.get(e, ()) for e in claim.entities)


def _own_arm(index: Index, a: str, b: str) -> bool:
    """Is one a body and the other its own arm (the PBOC and its Credit Reference Center)? Such a
    pair is one subject; two scores or companies named together (rivals, mostly) are not."""
    return index.kinds.get(a) in ("regulator", "government") and index.linked(a, frozenset({b}))


def _another_of_its_kind(index: Index, claim: Analysis, entry: Entry) -> tuple[str, str] | None:
    """(claim's name, phrasing's name) when the claim puts another person, company or place of
    the same kind where the phrasing has one ("Yao Chen" for "Xie Na is the most-followed"):
    even a name the fact mentions elsewhere cannot confirm a phrasing about someone else."""
    kinds = index.kinds
    mine = {e for e in claim.entities if kinds.get(e) in SUBJECT_KINDS} - frozenset().union(*claim.negation_scopes)
    theirs = {e for e in entry.analysis.entities if kinds.get(e) in SUBJECT_KINDS}
    for e in sorted(theirs - mine):
        rivals = sorted(x for x in mine - theirs if kinds.get(x) == kinds.get(e) and not _own_arm(index, x, e))
        if rivals:
            names = index.factbase.entities
            return names[rivals[0]].name, names[e].name
    return None


def _strangers(index: Index, claim: Analysis, fact: Fact) -> list[str]:
    """Names in the claim (companies, people, places...) that the fact never mentions.

    A name another true fact ties to what the claim is about ("Lakala's Koala Credit",
    "Shenzhen-based") is context, not a stranger.
    """
    known = index.known.get(fact.id, frozenset(fact.entities))
    denied = frozenset().union(*claim.negation_scopes)  # "..., not Tencent" names Tencent only to rule it out
    # tied to what the fact is about, not merely to something it mentions: the PBOC licenses Baihang,
    # but "Zhu Huanqi came to Baihang from the PBOC" is not explained by a fact about Zhu's past
    # (or to a name so tied)
    candidates = [
        e for e in claim.entity_order if e not in known and index.kinds.get(e) in SUBJECT_KINDS and entity_term(e) not in denied
    ]
    # a place may be tied to any name the fact knows ("the Shenzhen-based Lakala")
    context = set(fact.entities[:1]) or set(known)
    changed = True
    while changed:
        changed = False
        for e in candidates:
            ties = context | known if index.kinds.get(e) == "place" else context
            if e not in context and index.linked(e, frozenset(ties)):
                context.add(e)
                changed = True
    return [e for e in candidates if e not in context]


def _negation_flips(index: Index, claim: Analysis, candidate: Candidate) -> bool | None:
    """Do claim and phrasing differ in polarity? None when the readings of that disagree.

    Negation is read four ways: by clause (does a cue on one side touch the other's words, any
    of them or the most distinctive word it governs) and by word (:attr:`Analysis.denied`,
    over every word both use or only those that head a negation: "no personal credit licence"
    is about the licence; "can not rent without a deposit" denies renting twice-denying the
    deposit). Only when all readings agree is a claim told true or false on that basis.
    """
    entry = candidate.entry.analysis
    # by clause: does a cue in each touch the other's words (any word, or the scope's head)?
    claim_terms = index.terms(claim)
    # a word the claim also uses outside any negation ("the board of supervisors, not the board
    # of directors") cannot carry the denial
    counts = Counter(claim.tokens)
    affirmed = {t for t, n in counts.items() if n > sum(t in scope for scope in claim.negation_scopes)}
    mine = claim.negated_within(candidate.entry.terms - affirmed)
    by_clause = {mine != entry.negated_within(claim_terms), mine != entry.negated_within(claim_terms, index.idf)}
    # by word: are the words both use denied on one side only?
    shared = (frozenset(claim.tokens) | {entity_term(e) for e in claim.entities}) & candidate.entry.terms
    differ = {t for t in shared if (t in claim.denied) != (t in entry.denied)}
    heads = {head(scope & side.denied, index.idf) for side in (claim, entry) for scope in side.negation_scopes} - {None}
    by_word = {bool(differ & heads)}  # every shared word would make a stray word in a long scope decide
    readings = by_clause | by_word
    return readings.pop() if len(readings) == 1 else None


def propose(index: Index, claim: Analysis, candidate: Candidate, *, number_score: float | None = None) -> Proposal:
    """What this one candidate says about the claim."""
    entry = candidate.entry
    fact = entry.fact
    verdict, why = entry.kind, entry.why
    if _name_and_date_only(index, claim, entry):
        return Proposal(Verdict.UNVERIFIED, f"The claim shares only names and a date with the closest fact: {fact.statement}", candidate)
    if verdict is Verdict.FALSE and _misses_the_error(index, claim, entry):
        return Proposal(
            Verdict.UNVERIFIED, f"The claim does not repeat what makes the closest false variant wrong: {fact.statement}", candidate,
            inapplicable=True,
        )
    contrast = _contrasted(claim, entry.terms)
    if contrast and verdict is not Verdict.TRUE:
        return Proposal(Verdict.UNVERIFIED, f"The claim contrasts '{contrast[0]}' and '{contrast[1]}'; it needs a human check.", candidate)
    if verdict is Verdict.TRUE and _REPORTED_MYTH.search(entry.text) and not _CALLED_FALSE.search(claim.text):
        if _REPORTS.search(claim.text):  # "the ACLU warned that ...": true that it was said, silent that it was wrong
            return Proposal(Verdict.MISLEADING, f"The claim repeats what the source calls false without saying so: {fact.statement}", candidate)
        return Proposal(Verdict.FALSE, f"The source reports this as a false claim: {fact.statement}", candidate)
    opposed = _opposed(claim, entry.analysis)
    if opposed:
        if verdict is not Verdict.TRUE:
            return Proposal(Verdict.UNVERIFIED, f"The claim says '{opposed[0]}' where the closest phrasing says '{opposed[1]}'; it needs a human check.", candidate)
        return Proposal(Verdict.FALSE, f"The claim says '{opposed[0]}'; the source says the opposite: {fact.statement}{as_of(fact)}", candidate)
    figures = fact_figures(fact)
    status, wrong, uncovered = check_numbers(claim.quantities, figures)
    entry_status, entry_wrong, _ = check_numbers(entry.analysis.quantities, figures)
    flips = _negation_flips(index, claim, candidate)
    if flips is None:
        return Proposal(Verdict.UNVERIFIED, "The phrasing's negation may or may not bear on the claim; it needs a human check.", candidate)
    if status == "conflict" and flips:
        return Proposal(Verdict.UNVERIFIED, "The claim negates a statement whose figures also differ; it needs a human check.", candidate)
    if status == "conflict" and fact.as_of and _claims_other_time(claim, fact):
        return Proposal(
            Verdict.UNVERIFIED,
            f"The source's figure is as of {fact.as_of}; the claim speaks of another time: {fact.statement}",
            candidate,
        )
    if status == "conflict" and not _about_lead(index, claim, fact):
        return Proposal(Verdict.UNVERIFIED, f"The claim's figures differ from a fact about something else: {fact.statement}", candidate, True)
    if status == "conflict" and _compound(index, claim, wrong, uncovered, fact):
        return Proposal(
            Verdict.UNVERIFIED, "The claim combines figures that belong to different facts; it needs a human check.", candidate, compound=True
        )
    if status == "conflict" and candidate.score >= (number_score or _conflict_floor(wrong)):
        said = ", ".join(dict.fromkeys(q.text for q in wrong))
        kinds = {q.kind for q in wrong}
        pinned = ", ".join(fmt(v, kinds) for v in sorted({v for q in wrong for v in figures[group(q.kind)]}))
        why = f"The claim says {said}; the source gives {pinned}: {fact.statement}{as_of(fact)}"
        kind = index.kinds.get(fact.entities[0])
        # the fact of the same kind that pins just these figures
        other = next((f for f in index.facts_with_numbers(wrong, exclude=fact.id) if index.kinds.get(index.fact_leads[f]) == kind), None)
        if other is not None:
            why += f" ({said} belongs to another fact: {index.factbase.facts[other].statement})"
        verdict = Verdict.FALSE
    elif status == "agree" and verdict is Verdict.FALSE and entry_status == "conflict" and _gives_group(claim, entry_wrong):
        # the claim matches a wrong-number variant but gives the right figures (those the variant
        # gets wrong: "by 2017" agreeing is no answer to "covered all 1.4 billion")
        verdict, why = Verdict.TRUE, ""
    elif verdict is Verdict.FALSE and entry_status == "conflict" and not flips and not _gives_group(claim, entry_wrong):
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
        elif _draws_the_line(index, claim, fact):
            # "Sesame Credit isn't part of the government's system": the fact says just that
            flipped, why = Verdict.TRUE, f"Matches the fact: {fact.statement}{as_of(fact)}"
        else:
            why = "The claim negates a misleading framing; the fact base does not settle the rest."
        verdict = flipped
    strangers = _strangers(index, claim, fact) if verdict is Verdict.TRUE else []
    if strangers:
        names = " and ".join(index.factbase.entities[e].name for e in strangers)
        return Proposal(Verdict.UNVERIFIED, f"The claim also names {names}, which the closest fact does not: {fact.statement}", candidate)
    main = _main_clause(index, claim, entry) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else None
    if main:
        return Proposal(
            Verdict.UNVERIFIED, f"The fact bears on an aside of the claim, not on its main point: {fact.statement}", candidate, main_clause=main
        )
    elsewhere = _about_another(index, claim, fact) if verdict is Verdict.TRUE else None
    if elsewhere:
        name = index.factbase.entities[fact.entities[0]].name
        return Proposal(Verdict.UNVERIFIED, f"The claim is about {elsewhere}; the closest fact is about {name}: {fact.statement}", candidate)
    other = _another_of_its_kind(index, claim, entry) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else None
    if other:
        said, source = other
        return Proposal(Verdict.UNVERIFIED, f"The claim names {said} where this phrasing names {source}: {fact.statement}", candidate)
    ranked = any(q.kind == "rank" for q in claim.quantities)  # a place the claim gives was weighed with the figures
    dropped = _ORDINALS & set(entry.analysis.tokens) - set(claim.tokens) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE and not ranked else set()
    if dropped:
        rank = sorted(dropped)[0]
        if _superlatives(claim) & _superlatives(entry.analysis):
            # "He Jiong is the most-followed" against "the second most-followed": first is not second
            return Proposal(Verdict.FALSE, f"The source ranks it {rank}, not first: {fact.statement}{as_of(fact)}", candidate)
        return Proposal(Verdict.UNVERIFIED, f"The claim leaves out '{rank}', on which the fact depends: {fact.statement}", candidate)
    if verdict is Verdict.TRUE and _unexplained_negation(index, claim, entry):
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
    if not _about_lead(index, claim, fact):
        return False
    if candidate.entry.kind is Verdict.TRUE and _opposed(claim, candidate.entry.analysis):
        return True
    status, wrong, _ = check_numbers(claim.quantities, fact_figures(fact))
    return status == "conflict" and candidate.score >= _conflict_floor(wrong)


def _conflict_floor(wrong: list[Quantity]) -> float:
    """The match score from which these contradicting figures decide: dates need a closer match,
    since a year in a loosely matched claim often dates another event ("first reports in 2019")."""
    return DATE_SCORE if any(q.kind in DATES for q in wrong) else NUMBER_SCORE


def _pinning(index: Index, claim: Analysis, candidates: list[Candidate], chosen: Proposal, best: Candidate) -> tuple[Proposal, Candidate]:
    """When the closest fact does not pin the claim's figures, a close one that does may decide.

    "The Shanxi man who jumped the barriers was banned for 90 days": the closest fact tells
    of the barriers, the next one of the 180-day ban.
    """
    for c in candidates[1:]:
        if c.score < PINNING_SCORE or best.score - c.score > PINNING_MARGIN:
            break
        fact = c.entry.fact
        if fact.id == best.entry.fact.id or not _about_lead(index, claim, fact):
            continue
        status, _, uncovered = check_numbers(claim.quantities, fact_figures(fact))
        if status == "none" or uncovered:
            continue
        other = propose(index, claim, c, number_score=PINNING_SCORE)
        if other.verdict is not Verdict.UNVERIFIED:
            return other, c
    return chosen, best


#: where one statement ends and another begins: "NIFA holds 36% of Baihang, while eight firms hold 8% each"
_JOIN = re.compile(r"\s*(?:[;,]\s*(?:and|but|while|whereas)?|\s(?:while|whereas))\s+", re.IGNORECASE)


def _each_part(index: Index, text: str) -> Result | None:
    """A claim that joins statements, judged one by one: false if one is, true if all are."""
    parts = [p for p in _JOIN.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    results = [decide(index, p, index.analyse(p)) for p in parts]
    wrong = next((r for r in results if r.verdict is Verdict.FALSE), None)
    if wrong is not None:
        return dataclasses.replace(wrong, claim=text, explanation=f"'{wrong.claim}' is false. {wrong.explanation}")
    if all(r.verdict is Verdict.TRUE for r in results):
        first = results[0]
        why = " ".join(r.explanation for r in results)
        return dataclasses.replace(first, claim=text, explanation=why, score=min(r.score for r in results))
    return None


def _match(c: Candidate) -> Match:
    e = c.entry
    return Match(fact=e.fact, phrasing=e.text, kind=e.kind, why=e.why, score=c.score)


def _names(index: Index, ids: frozenset[str]) -> str:
    return " and ".join(sorted(index.factbase.entities[e].name for e in ids))


def _swap_result(index: Index, text: str, claim: Analysis, swaps: list[Candidate]) -> Result | None:
    """False when the claim keeps a true phrasing's subject and wording but swaps a name in it."""
    for c in swaps:
        if c.score < SWAP_SCORE:
            return None
        if claim.negated_within(c.entry.terms) or c.entry.analysis.negated:
            continue  # "is not run by Tencent" contradicts nothing
        status, _, _ = check_numbers(claim.quantities, fact_figures(c.entry.fact))
        if status == "conflict":
            continue
        fact = c.entry.fact
        why = f"The source names {_names(index, c.replaced)}, not {_names(index, c.swapped)}: {fact.statement}{as_of(fact)}"
        return Result(text, Verdict.FALSE, c.score, why, match=_match(c))
    return None


def decide(index: Index, text: str, claim: Analysis) -> Result:
    """The verdict on one analysed claim."""
    checks = framing_checks(index)
    conflation = checks.conflation(claim)
    if conflation:
        return _framed(text, conflation)
    if not claim.entities:
        return _anonymous(index, text, claim)
    candidates, swaps = index.search_with_swaps(claim, min_score=SEARCH_FLOOR)
    result = _decide(index, text, claim, candidates)
    if result.verdict is Verdict.UNVERIFIED and swaps:
        return _swap_result(index, text, claim, swaps) or result
    if result.verdict is Verdict.UNVERIFIED or (result.match and not _about_lead(index, claim, result.match.fact)):
        credited = _misattributed(index, text, claim)
        if credited:
            return credited
    if result.verdict is Verdict.UNVERIFIED and (sweeping(claim.text) or china_wide(claim.text)):
        widened = _widened(index, claim, candidates)
        if widened:
            return _framed(text, widened)
    if result.verdict is Verdict.TRUE and result.match:
        wider = checks.overgeneralised(claim, result.match.fact, result.match.phrasing, result.score)
        done = wider or as_done(claim.text, result.match.fact, result.score) or checks.unnamed_as_state(claim, result.match.fact, result.score)
        if done:
            return _framed(text, done)
    if result.verdict is Verdict.UNVERIFIED and not claim.negation_scopes:
        done = _loosely(index, claim, candidates, lambda c: as_done(claim.text, c.entry.fact, c.score))
        if done:
            return _framed(text, done)
    return result


SWEEPING_SCORE = NUMBER_SCORE  #: a claim that says "anyone in China" may widen a fact it matches this loosely


def _widened(index: Index, claim: Analysis, candidates: list[Candidate]) -> Framing | None:
    """A sweeping claim ("anyone in China who jumps a ticket barrier...") that matches a true
    phrasing of a fact the source limits, too loosely to be confirmed by it: the widening is
    what the claim adds, so it is misleading on that fact even so."""
    checks = framing_checks(index)
    return _loosely(index, claim, candidates, lambda c: checks.overgeneralised(claim, c.entry.fact, c.entry.text, c.score))


def _loosely(index: Index, claim: Analysis, candidates: list[Candidate], framing: Callable[[Candidate], Framing | None]) -> Framing | None:
    """The framing found on the closest true phrasing that would confirm the claim but for a
    match too loose to decide on: what the claim adds (everywhere, already) is what is wrong."""
    for c in candidates:
        if c.score < SWEEPING_SCORE:
            break
        if c.entry.kind is Verdict.TRUE and propose(index, claim, c).verdict is Verdict.TRUE:
            return framing(c)
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
    if not sweeping(claim.text):
        return unknown
    candidates, _ = index.search_with_swaps(claim, anonymous=True)
    if not candidates or candidates[0].score < ANONYMOUS_SCORE:
        return unknown
    best = candidates[0]
    proposal = propose(index, claim, best)
    if proposal.verdict is Verdict.FALSE and _REPORTED_MYTH.search(best.entry.text):
        # "every Chinese citizen gets a 350-950 score" repeats, all but word for word, a claim the source calls false
        return Result(text, Verdict.FALSE, best.score, proposal.explanation, match=_match(best))
    if proposal.verdict is not Verdict.TRUE:
        return unknown
    wider = framing_checks(index).overgeneralised(claim, best.entry.fact, best.entry.text, best.score)
    return _framed(text, wider) if wider else unknown


def _about_lead(index: Index, claim: Analysis, fact: Fact) -> bool:
    """Is the fact about the first thing the claim names (places and groups aside)?

    An owner named first ("Alibaba's Sesame Credit") hands the lead to what it owns, when
    the fact base ties the two together.
    """
    # places and groups ("the eight pilot firms") set the scene; the subject is the first other name
    names = [e for e in claim.entity_order if index.kinds.get(e) not in ("place", "other")]
    if not names:  # only the scene: any of it will do ("At Yangling Station, a Shanxi man...")
        return not claim.entity_order or any(e in fact.entities for e in claim.entity_order)
    if names[0] in fact.entities:
        return True
    owner, owned = names[0], names[1] if len(names) > 1 else None
    if owned is None and _CREDIT_WORDS & set(claim.tokens):
        owned = fact.entities[0] if fact.entities else None  # "Tencent's consumer credit score": its own score
    return (
        owned in fact.entities
        and index.kinds.get(owner) == "company"
        and index.kinds.get(owned) in ("credit-score", "platform")
        and index.linked(owner, frozenset({owned}))
    )


_CREDIT_WORDS = frozenset({stem("score"), stem("credit"), stem("rating")})


MISATTRIBUTED_COVER = 0.5  #: the share of the claim's words a commercial score's phrasing must share to be its feature


#: words that frame a claim as the state's ("under China's government-run system, citizens ...")
_STATE_FRAMING = re.compile(r"govern|state|official|nation|china|chinese|citizen|party|authorit|beijing")
_COMPARING = frozenset({stem("more"), stem("less")})  #: "more than 650": the figure is what counts


def _word_cover(index: Index, claim: Analysis, entry: Entry) -> float:
    """The share of the claim's words (names and the state's framing aside), by weight, that the phrasing also uses."""
    words = [t for t in index.terms(claim) if not t.startswith("ent_") and t not in _COMPARING and not _STATE_FRAMING.search(t)]
    weight = sum(index.idf.get(t, index.unknown_idf) for t in words)
    shared = sum(index.idf.get(t, index.unknown_idf) for t in words if t in entry.terms)
    return shared / weight if weight else 0.0


def _misattributed(index: Index, text: str, claim: Analysis) -> Result | None:
    """Misleading when the state's system is credited with what a commercial score does."""
    for who, reading in framing_checks(index).as_commercial(claim):
        candidates = index.search(reading, min_score=SEARCH_FLOOR)
        if not candidates or candidates[0].score < DECIDE_SCORE:
            continue
        best = candidates[0]
        if who not in best.entry.fact.entities or propose(index, reading, best).verdict not in (Verdict.TRUE, Verdict.MISLEADING):
            continue
        if _word_cover(index, reading, best.entry) < MISATTRIBUTED_COVER:
            continue  # the commercial score's name carries the match: "city governments run accounts" is no Sesame feature
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
    if not candidates:
        reason = (
            "The claim names nothing the fact base covers."
            if not claim.entities
            else "No fact in the base is close enough to decide this claim."
        )
        return Result(text, Verdict.UNVERIFIED, 0.0, reason)
    best = candidates[0]
    runner = next((c for c in candidates[1:] if c.entry.fact.id != best.entry.fact.id), None)
    if best.score < DECIDE_SCORE and not _loose_conflict(index, claim, best):
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
    for c in candidates[1:]:  # a phrasing that does not bear on the claim hands over to the next close one
        if not chosen.inapplicable or c.score < DECIDE_SCORE:
            break
        chosen, best = propose(index, claim, c), c
    if chosen.uncovered:
        chosen, best = _pinning(index, claim, candidates, chosen, best)
    if chosen.main_clause:
        main = decide(index, chosen.main_clause.text, chosen.main_clause)
        if main.verdict is not Verdict.UNVERIFIED:  # the aside was confirmed; the main clause decides
            return dataclasses.replace(main, claim=text)
    if chosen.compound or (chosen.uncovered and chosen.verdict is Verdict.UNVERIFIED):
        parts = _each_part(index, text)
        if parts:
            return parts
    if chosen.verdict in (Verdict.TRUE, Verdict.FALSE):
        for rival in candidates[1:]:
            if best.score - rival.score > AMBIGUITY_MARGIN:
                break
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
