"""The decision: from the best candidate phrasings to a verdict and the reason for it.

Fuzzy scores find what a claim is about; they cannot tell "is" from "is not" or 350 from
300. :func:`decide` runs, in order: the framing checks (a commercial score presented as the
state's, see :mod:`.framing`); the best candidate's proposal (:func:`.proposal.propose`:
reported myths, opposite words, figures against the fact's, negation, names the fact never
mentions); a claim read in parts where it joins statements (:mod:`.parts`) or by its clauses
(:mod:`.clauses`);
a close fact that pins figures the best one does not; rivals that disagree; a true phrasing
with one name swapped; the state credited with a commercial score's feature; a fact widened
to all of China. Anything it cannot settle is ``unverified``: a confident wrong verdict is
worse than none. What each rule asks of a claim and a phrasing lives in :mod:`.relations`.
"""

from __future__ import annotations

import dataclasses
import re

from . import relations as rel
from .asides import AS_CAUSE, ASIDE, FRONTED_LIKE, LEADING_CLAUSE, relative_said, without_asides
from .clauses import (
    BACK_REFERENCE, CLEFT_CONTRAST, CONCEDING_WORDS, FRONTED_CLAUSE, FRONTED_WORDS, LIKENESS_FIRST, NOT_ANOTHERS, after_the_colon, apposed_contrast,
    bound_subjects_main, cleft_contrast, closing_bracket, closing_contrast, fronted_and_main, likened_first, main_point, not_but,
)
from .dates import FOUNDING, comes_before, event_date, fits_the_gap, relative_time, start_of, wrong_founding
from .figures import DATES, as_of, check_numbers, fact_figures, fmt, stated_range
from .framing import (
    STATE_KINDS, Framing, all_of_china, as_done, asserts_one_score, framing_checks, localised, presented_as_done, set_in_china, sweeping, sweeps,
    sweeps_things,
)
from .lazyre import lazy_compile
from .matching import Candidate, Index, entity_term, figure_term
from .membership import all_of_more_than_the_list, counted_in, left_out_of_the_list, only_some_of_the_list
from .models import Fact, Match, Result, Verdict
from .names import blank_known_names, named_beside, stands_in_for, unknown_name
from .normalize import STOPWORDS, Analysis, stem
from . import discourse
from .parts import (
    CONTRASTED, JOINED, LEADING_CONTRAST, SENTENCE_END, aside_parts, each_part, each_sentence, core, judge_parts, mere_colour, part_decides,
    possessive_named, speaks_of, split_aside, without_opener, without_strangers,
)
from .proposal import DECIDE_SCORE, NUMBER_SCORE, REPORTED_MYTH, SOME, Proposal, loose_conflict, loose_objection, names_of, propose
from .quantities import Quantity, extract_quantities
from .shapes import loosely_overstated, misstated_shape

ANONYMOUS_SCORE = 55.0  #: a claim naming nothing known must match this closely to be called misleading
SWAP_SCORE = 50.0  #: a true phrasing with one name swapped decides "false" from this score up
AMBIGUITY_MARGIN = 6.0  #: rival candidates this close with the opposite verdict -> unverified
RIVAL_OWN_WORDS = 2  #: words a rival fact must share with the claim, which the closest fact never uses, to be heard on other figures
TIE_MARGIN = 1.0  #: candidates this close are tied: what the claim names breaks the tie
DONE_SCORE = 25.0  #: how near a nationwide plan a claim presenting it as done must come
HANDED_OVER_COVER = 0.5  #: the share of a claim's words a looser phrasing, handed the claim, must say to confirm it
RIDER_WORDS = 3  #: ...and how many words it must add
RIDER_MARGIN = 10.0  #: how far below the confirming phrasing a false variant of another fact may match and still speak to what the claim adds
RIDER_FALSE_COVER = 0.4  #: ...and the share of what the claim adds it must say
RIDER_COVER = 0.6  #: the share of what a claim adds to a confirmed fact that a false variant must say, to make it an overstatement
RIDER_SEARCH_SCORE = 30.0  #: how loosely what a claim adds to its core may match the fact it is searched for in
SECOND_FACT_WORDS = 2  #: words of the claim another fact says, and the confirming one does not, that make it a second claim
FULLER_MARGIN = 0.1  #: how much more of the claim's words (by weight) a rival confirming fact must say to be cited instead
#: candidates below this score cannot decide anything, nor stand within AMBIGUITY_MARGIN of one
#: that does: searching no lower lets the search skip more phrasings
SEARCH_FLOOR = NUMBER_SCORE - AMBIGUITY_MARGIN
PINNING_MARGIN = 15.0  #: how far below the closest fact one that pins the claim's figures may be...
PINNING_SCORE = 50.0  #: ...and how loosely it may match, when it is about the claim's subject
def _without_description(index: Index, text: str, claim: Analysis) -> Result | None:
    """The claim decided without an aside that only describes ("Zhima Credit, the scoring service
    most often cited abroad, is run by Ant Financial"), or without the scene a feature writer sets
    around it, when the whole matches too loosely."""
    return _without_asides(index, text, claim) or _without_scenery(index, text)


def _without_scenery(index: Index, text: str) -> Result | None:
    """The claim decided without an opener or a closing description that names nothing, gives no
    figure and denies nothing ("Unlike its southern rivals, ...", "..., a reach few loyalty schemes
    could match"): feature prose dilutes the match with words no fact could check."""
    core, dropped = rel.without_scenery(index, text)
    result = decide(index, core, index.analyse(core)) if dropped else None
    if result is None or result.verdict is Verdict.UNVERIFIED:
        # (what a name is said to be, only when the rest does not decide: "the dating site Baihe.com" is the fact's own words)
        core, described = rel.without_descriptions(index, core)
        if not described:
            return None
        dropped = [*dropped, *described]
        result = decide(index, core, index.analyse(core))
        if result.verdict is Verdict.UNVERIFIED:
            return None
    quoted = " and ".join(f"'{d}'" for d in dropped)
    note = f" (The scene-setting {quoted} is not checked.)"
    return dataclasses.replace(result, claim=text, explanation=result.explanation + note)


def _without_asides(index: Index, text: str, claim: Analysis) -> Result | None:
    main = without_asides(claim.text)
    fronted = LEADING_CLAUSE.match(claim.text)  # (its closing comma opens the main clause, no aside)
    asides = [m.group(0) for m in ASIDE.finditer(claim.text, fronted.end() - 1 if fronted else 0)]
    if " ".join(main.split()) == " ".join(claim.text.split()):
        asides = []
    found = _main_decided(index, text, asides, main) if asides else None
    closing = _CLOSING_ASIDE.search(main)
    if found is None and closing and len(main[: closing.start()].split()) >= 4:
        # "..., the southern tech hub that is also home to Qianhai Credit.": a closing aside says
        # something of its own, so without it the rest can only show the claim false; one that
        # only describes the time just given ("in 2009, a year that proved pivotal") may be left out
        # when it is not false itself
        when = _OF_THE_TIME.match(closing.group(0))
        found = _main_decided(
            index, text, [*asides, closing.group(0)], main[: closing.start()] + ".", only_false=not when, described=closing.group(0) if when else None
        )
        if found is not None and when:
            said = decide(index, closing.group(0).strip(" ,."), index.analyse(closing.group(0).strip(" ,.")))
            found = None if said.verdict is Verdict.FALSE else found
    return found


#: a closing aside that describes the time just given: ", a year that turned out to be pivotal ..."
_OF_THE_TIME = lazy_compile(
    r",\s*(?:a|an|the)\s+(?:\w+\s+)?(?:year|month|time|period|era|moment)\s+(?:that|when|which|in\s+which|of|the|many|some|often)\b", re.IGNORECASE
)


def _main_decided(
    index: Index, text: str, asides: list[str], main: str, *, only_false: bool = False, described: str | None = None
) -> Result | None:
    # an aside with a figure or a name may be a claim of its own: the main clause alone can then
    # only show the whole false ("Rongcheng, China's social credit laboratory, lies in Guangdong")
    # (unless it only describes a time the main clause gives, and is checked on its own: ``described``)
    main_claim = index.analyse(main)
    lead = main_claim.entity_order[0] if main_claim.entity_order else None
    # (an aside that denies something says something too: "which never shares data with the police")
    said = [a for a in asides if a != described and (_figures(a) or index.aliases.find(a) or _DENIES.search(a))]
    holding = {a: _aside_holds(index, text, a, lead) for a in said}
    held = [a for a, by in holding.items() if by]
    # an aside that only names something, which the base neither confirms nor denies, is left
    # unchecked ("Qianhai Credit, one of the eight contenders in the pilot, owes its launch to Ping An")
    claims_more = only_false or any(by is None or (by is False and not _only_names(index, a)) for a, by in holding.items())
    result = decide(index, main, main_claim)
    if result.verdict is Verdict.UNVERIFIED or (claims_more and result.verdict is not Verdict.FALSE):
        return None
    told = [f for f in holding.values() if isinstance(f, Fact) and f.misleading and f.entities[:1] == (lead,)]
    if result.verdict is Verdict.MISLEADING and told and result.fact is not told[0]:
        # "Baihang, the so-called trust alliance of state and commercial bodies, is simply the
        # government's system": what the aside rightly says is what the rest misstates
        return stated(text, told[0], Verdict.MISLEADING, f"{result.explanation} What the source says of it: {told[0].statement}", result.score)
    unchecked = [a for a in asides if a not in held]
    if result.verdict is Verdict.TRUE:
        for a in unchecked:
            # "Sesame Credit, the score through which the Chinese state rates its citizens, was
            # launched in 2015": a true point, and a description that misleads
            statement = _aside_statement(index, text, a, lead) if _SAYS_OF_IT.search(a) else None
            framed = decide(index, statement, index.analyse(statement)) if statement else None
            if framed is not None and framed.verdict is Verdict.MISLEADING:
                return dataclasses.replace(framed, claim=text, explanation=f"The description '{a.strip(' ,')}' misleads. {framed.explanation}")
    note = " (The description {} is not checked.)".format(" and ".join(f"'{a.strip(' ,')}'" for a in unchecked)) if unchecked else ""
    return dataclasses.replace(result, claim=text, explanation=result.explanation + note)


ASIDE_SUBJECT_WORDS = 6  #: the most words a subject may have for its aside to be read as said of it
_DENIES = lazy_compile(r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without)\b|n't\b", re.IGNORECASE)


def _figures(aside: str) -> list[Quantity]:
    """The figures an aside gives, leaving out shares of what the story itself is about ("the
    microblog where most of these debates now unfold"), which no fact could check."""
    return [q for q in extract_quantities(aside) if not _OF_THE_STORY.match(aside, max(aside.find(q.text), 0) + len(q.text))]


_OF_THE_STORY = lazy_compile(r"\s*(?:these|those)\b", re.IGNORECASE)


#: the kinds of name an aside gives as a checkable attribute: where the subject is, who leads it
_ATTRIBUTE_KINDS = frozenset({"place", "person", "company"})


def _only_names(index: Index, aside: str) -> bool:
    """Does an aside only name something ("one of the eight contenders in the central bank's
    pilot"): no figure, no denial, no place, person or company it could put the subject in,
    under or with?"""
    if _figures(aside) or _DENIES.search(aside):
        return False
    entities = index.factbase.entities
    return not any(entities[e].kind in _ATTRIBUTE_KINDS for _, _, e in index.aliases.find(aside))


#: what opens a phrase put before the subject, not the subject itself: "Like Sinoway, ..."
_NOT_A_SUBJECT = lazy_compile(r"(?:like|unlike|as|with|after|before|when|while|although|though|since)\b", re.IGNORECASE)


def _aside_statement(index: Index, text: str, aside: str, lead: str | None) -> str | None:
    """The aside said of the claim's subject on its own ("Sesame Credit, the best-known score, ..."
    gives "Sesame Credit is the best-known score."), or None when what comes before it is not a
    short subject that names the claim's lead."""
    subject = text[: text.find(aside)].strip()
    if lead is None or not subject or _NOT_A_SUBJECT.match(subject) or len(subject.split()) > ASIDE_SUBJECT_WORDS or lead not in {e for _, _, e in index.aliases.find(subject)}:
        return None
    body = aside.strip(" ,")
    verb = "is" if re.match(r"(?:the|a|an|one|its)\b", body, re.IGNORECASE) else "was" if re.match(r"\w+ed\b", body) else ""
    said = f"{subject} {verb} {body}" if verb else relative_said(subject, body)
    return f"{said}." if said else None


def _aside_holds(index: Index, text: str, aside: str, lead: str | None) -> Fact | bool | None:
    """Does an aside with a figure or a name hold of the claim's subject? Either it names nothing
    and gives only figures the base gives of the subject ("Baihang Credit, unveiled with great
    fanfare in 2018, ..."), or, said of the subject on its own ("Sesame Credit was cleared by
    the PBOC to test credit reporting"), it is true. The fact it holds by, True for the
    figures alone, False when the base does not decide it, None when it does not hold."""
    if lead is None:
        return None
    figures = extract_quantities(aside)
    if figures and not index.aliases.find(aside) and not _DENIES.search(aside):
        known: dict[str, set[float]] = {}
        for fact in index.facts_led_by(lead):
            for kind, values in fact_figures(fact).items():
                known.setdefault(kind, set()).update(values)
        if all(q.value in known.get(q.kind, ()) for q in figures):
            return True
    statement = _aside_statement(index, text, aside, lead)
    if statement is None:
        return None
    found = decide(index, statement, index.analyse(statement))
    if found.verdict is Verdict.UNVERIFIED:
        return False
    return found.fact if found.verdict is Verdict.TRUE else None


#: an aside that closes the claim, describing what comes before it
_CLOSING_ASIDE = lazy_compile(
    r",\s*(?:the|a|an|which|who|whose|where|leaving|twice|alongside|according\s+to|"
    # (a comparison with something else: ", double the old Twitter limit", ", much as on Twitter")
    r"double|half|triple|unlike|much\s+as|just\s+as|far\s+(?:more|less|fewer|above|below)|"
    # (a time told against another event: ", barely three years before the pilots were approved", ", long after ...")
    r"(?:(?:barely|just|only|some|nearly|almost|long|well|shortly|soon|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?|decades?))\s+)+(?:before|after))\b[^,;]*$",
    re.IGNORECASE,
)


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


SWAP_MARGIN = 15.0  #: how far below a confirming phrasing another fact may match and still show a name swapped in the claim


def _named_swap(index: Index, claim: Analysis, candidates: list[Candidate], best: Candidate) -> tuple[Proposal, Candidate] | None:
    """A close fact about something else the claim also says, whose name the claim replaces with
    one of its own kind ("Taiyuan Station" where that fact says "Yangling Station"): the part
    confirmed does not make the swapped part right."""
    for c in candidates:
        if best.score - c.score > SWAP_MARGIN:
            break
        if c.entry.fact.id == best.entry.fact.id or c.entry.kind is not Verdict.TRUE or c.score < DECIDE_SCORE:
            continue
        name = unknown_name(index, claim, c.entry)
        if name and stands_in_for(index, claim, c.entry, name):
            return propose(index, claim, c), c
    return None


#: a range of figures: "from 300 to 850", "between 350 and 950", "300-850"
_RANGE = lazy_compile(r"\bfrom\s+\S+\s+(?:up\s+)?to\s+\S*\d|\bbetween\s+\S*\d\S*\s+and\s+\S*\d|\d\s*[-–]\s*\d", re.IGNORECASE)


def _about_the_body(index: Index, claim: Analysis, candidates: list[Candidate], chosen: Proposal, best: Candidate) -> tuple[Proposal, Candidate]:
    """Of two facts that find a claim false equally closely, the one about the body the claim
    names: "Qiu Han was appointed CEO of Baihang" is corrected by Baihang's CEO, not Qianhai's;
    and for a range, the fact that gives one."""

    ranged = bool(_RANGE.search(claim.text))

    def fit(c: Candidate) -> tuple[int, bool]:
        # the body the claim names, then (for a claim that gives a range) a fact that gives one:
        # "run from 300 to 850" is corrected by the 350-950 range, not by two example scores
        bodies = sum(1 for e in c.entry.fact.entities if e in claim.entities and index.kinds.get(e) != "person")
        return bodies, ranged and bool(_RANGE.search(c.entry.fact.statement))

    for rival in candidates:
        if best.score - rival.score > TIE_MARGIN:
            break
        if rival.entry.fact.id != best.entry.fact.id and fit(rival) > fit(best):
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
    if len(left) >= RIDER_WORDS and not claim.negation_scopes:
        for c in candidates:
            if c.entry.kind is not Verdict.TRUE and c.entry.fact.id != best.entry.fact.id and index.covered(left, c.entry.terms) >= RIDER_COVER:
                # what the claim adds to a confirmed core is a myth the base refutes ("..., due to go
                # nationwide by 2020, will give each citizen one single score"): the claim overstates
                why = f"The claim's core holds ({best.entry.fact.statement}), but it adds what the source says is wrong: {c.entry.why}"
                return Proposal(Verdict.MISLEADING, why, c), c
    for c in candidates:
        if best.score - c.score > RIDER_MARGIN:
            break
        if c.entry.kind is Verdict.FALSE and c.entry.fact.id != best.entry.fact.id and c.score >= DECIDE_SCORE:
            error = rel.error_words(index, c.entry)
            if error and error <= index.terms(claim) and index.covered(left, c.entry.terms) >= RIDER_FALSE_COVER and propose(index, claim, c).verdict is Verdict.FALSE:
                # "has kept its January 2018 trial running ever since": the launch holds, what the
                # claim says of it after is the false variant of the fact that it was taken down
                why = f"The claim's core holds ({best.entry.fact.statement}), but what it adds is wrong: {c.entry.why}"
                return Proposal(Verdict.FALSE, why, c), c
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
    else:
        # (a claim that also sweeps across China is the overgeneralisation check's to frame)
        if (
            chosen.verdict is Verdict.TRUE and len(left) >= RIDER_WORDS and not claim.negation_scopes and presented_as_done(claim.text)
            and not all_of_china(claim.text) and not sweeping(claim.text)
        ):
            return _done_rider(index, claim, left, chosen, best)
    return chosen, best


def _done_rider(index: Index, claim: Analysis, left: list[str], chosen: Proposal, best: Candidate) -> tuple[Proposal, Candidate]:
    """What the claim adds to its confirmed core, searched for on its own words, when it is a
    future effect presented as done: "Jaywalkers caught on Shenzhen's cameras already see their
    personal credit scores cut" adds to the camera experiment what state papers said will come."""
    own = set(left)
    rider = dataclasses.replace(claim, tokens=tuple(t for t in claim.tokens if t in own))
    for c in index.search(rider, min_score=RIDER_SEARCH_SCORE):
        fact = c.entry.fact
        if fact.id == best.entry.fact.id or sum(1 for w in left if w in index.true_terms(fact.id)) < SECOND_FACT_WORDS:
            continue
        framed = as_done(claim.text, fact, c.score)
        if framed:
            why = f"The claim's core holds ({best.entry.fact.statement}), but {framed.explanation[0].lower()}{framed.explanation[1:]}"
            return Proposal(Verdict.MISLEADING, why, c), c
        break
    return chosen, best


def _speaks_of_the_denial(
    index: Index, claim: Analysis, candidates: list[Candidate], chosen: Proposal, best: Candidate
) -> tuple[Proposal, Candidate]:
    """A claim that denies what the closest fact does not speak of is decided by a close fact that
    does: "Tencent Credit's January 2018 trial has run without interruption" is the taken-down
    fact's to decide, not the launch fact's."""
    denied = frozenset().union(*claim.negation_scopes) - {t for t in index.terms(claim) if t.startswith("ent_")}
    for c in candidates:
        fact = c.entry.fact
        if fact.id == best.entry.fact.id or c.entry.kind is not Verdict.TRUE or c.score < DECIDE_SCORE:
            continue
        said = index.true_terms(fact.id)
        # (every denied word, or all but strays that neither fact uses: "running for the rest of 2018")
        if not denied & said or (denied - said) & index.true_terms(best.entry.fact.id):
            continue
        other = propose(index, claim, c)
        if other.verdict in (Verdict.TRUE, Verdict.FALSE):
            return other, c
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
    said = index.true_terms(best.entry.fact.id)
    mine = index.covered(words, said)
    for rival in candidates[1:]:
        if best.score - rival.score > PINNING_MARGIN:
            break
        fid = rival.entry.fact.id
        if fid == best.entry.fact.id or rival.entry.kind is not Verdict.TRUE:
            continue
        theirs = index.true_terms(fid)
        # close: says clearly more; further off: says all the closer fact says of the claim, and more
        fuller = (
            index.covered(words, theirs) > mine + FULLER_MARGIN
            if best.score - rival.score <= AMBIGUITY_MARGIN
            else {w for w in words if w in said} < {w for w in words if w in theirs}
        )
        if fuller:
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


SOME_MARGIN = 20.0  #: how far below the confirming phrasing a fact that speaks of some may match and still limit a claim that says all


def _said_of_some(index: Index, claim: Analysis, candidates: list[Candidate], best: Candidate) -> tuple[Fact, str] | None:
    """(a close fact about the claim's subject that speaks of some, the claim's words for all):
    "a significant majority of China's internet users" where the claim, confirmed on another
    point, says "503 million users meant that practically every internet user had signed up"."""
    said = sweeps(claim.text)
    if not said or sweeping(best.entry.text) or sweeping(best.entry.fact.statement):
        return None
    swept = set(index.terms(index.analyse(said[0].group(0) + " " + claim.text[said[0].end() :][:30])))
    for c in candidates[1:]:
        if c.score < PINNING_SCORE or best.score - c.score > SOME_MARGIN:
            break
        fact = c.entry.fact
        if best.score - c.score > PINNING_MARGIN and (SOME.search(best.entry.fact.statement) or swept.isdisjoint(c.entry.terms)):
            continue  # (further down, only a fact about the very group the claim sweeps over: "every Chinese internet user")
        if fact.id != best.entry.fact.id and SOME.search(fact.statement) and rel.about_lead(index, claim, fact):
            return fact, said[0].group(0)
    return None


def _pins_all(claim: Analysis, fact: Fact) -> bool:
    """Does the fact pin every figure the claim gives (two at least: one alone is too common)?"""
    status, _, uncovered = check_numbers(claim.quantities, fact_figures(fact))
    return len(claim.quantities) >= 2 and status == "agree" and not uncovered


def _dated_alike(index: Index, claim: Analysis, best: Candidate, rival: Candidate, alone: "list[Result | None]") -> bool:
    """Do the closest fact and a false variant of another fact both give every figure the claim
    does, with the clause that gives them, alone, false by that variant's fact? ("Baihang threw
    open its doors for business in February 2018, the week its licence came through")

    ``alone`` holds that clause's verdict once it has been asked for: it depends on the claim and
    the closest fact only, not on the rival, so it is decided at most once for all of them."""
    said = {(q.kind, q.value) for q in claim.quantities}
    if rival.entry.kind is not Verdict.FALSE or rival.entry.fact.id == best.entry.fact.id:
        return False
    if not said or not said <= {(q.kind, q.value) for q in rival.entry.analysis.quantities}:
        return False
    if not alone:
        alone.append(_figure_clause_alone(index, claim, best, said))
    clause = alone[0]
    return clause is not None and clause.verdict is Verdict.FALSE and clause.fact is rival.entry.fact


def _figure_clause_alone(index: Index, claim: Analysis, best: Candidate, said: set[tuple[str, float]]) -> Result | None:
    """The one comma-bounded clause that gives all the claim's figures (``said``), decided on its
    own, when the closest fact agrees with every figure (None otherwise)."""
    status, _, uncovered = check_numbers(claim.quantities, fact_figures(best.entry.fact))
    if status != "agree" or uncovered:
        return None
    clauses = [c.strip() for c in claim.text.split(",")]
    figured = [c for c in clauses if {(q.kind, q.value) for q in extract_quantities(c)} == said]
    if len(clauses) < 2 or len(figured) != 1:
        return None
    said_alone = figured[0]
    subject = index.aliases.find(clauses[0])
    if said_alone != clauses[0] and not index.aliases.find(said_alone) and subject and subject[0][0] <= 4 and subject[0][1] >= len(clauses[0]) - 1:
        # the clause goes on from the subject the claim opens with: "Baihang Credit, fresh from its
        # licence, opened its doors in February 2018" -> "Baihang Credit opened its doors in February 2018"
        said_alone = f"{clauses[0]} {said_alone}"
    return decide(index, said_alone, index.analyse(said_alone))


def _match(c: Candidate) -> Match:
    e = c.entry
    return Match(fact=e.fact, phrasing=e.text, kind=e.kind, why=e.why, score=c.score)


def _decided(text: str, c: Candidate, verdict: Verdict, why: str) -> Result:
    """The claim given a verdict of its own by a candidate phrasing, the match citing that verdict."""
    return Result(text, verdict, c.score, why, match=dataclasses.replace(_match(c), kind=verdict, why=why))


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
        why = f"The source names {names_of(index, c.replaced)}, not {names_of(index, c.swapped)}: {fact.statement}{as_of(fact)}"
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
    r"showing\s+that|meaning\s+that|evidence\s+that|a\s+sign\s+that|(?:and\s+)?so(?:\s+that)?(?=\s+(?:it|they|this|the|its|every|all|china|chinese)\b)|"
    r"therefore|hence|thus)\s+",
    re.IGNORECASE,
)
#: a premise given after its conclusion: "Sesame Credit is a central bank programme, since the PBOC ..."
_PREMISE_AFTER = lazy_compile(
    # ("closed down in 2018 because it did not get a licence": "because" needs no comma)
    r",\s*(?:since|given\s+that)\s+(?!\d)(?!(?:early|late|mid|at\s+least)\b)|,?\s+because\s+(?!of\b)"
    # ("... has been dying since 2015 rules forced users to register": a "since" with a verb of its own is a cause)
    r"|\s+since\s+(?=(?:the\s+)?(?:\d{4}\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+(?:forced|required|made|led|caused|banned|"
    r"introduced|pushed|drove|prompted)\b)",
    re.IGNORECASE,
)
#: a premise set before its conclusion: "Since Tencent hosts 55% of China's mobile internet, ..."
_PREMISE_FIRST = lazy_compile(
    # ("With Tencent hosting 55% of ..., Tencent Credit already ...": a with-clause with a verb is a premise,
    # as is one with a plan: "With the national rollout due by 2020, every citizen will ...";
    # "With a score above 700, users can ..." sets a condition)
    # (with a figure set off inside it: "Because more than half of China's mobile internet activity, some 55 percent, runs ...")
    r"^\s*(?:since|because|" + AS_CAUSE + r"|given\s+that|now\s+that|with(?=[^,]{0,60}\b(?:\w{3,}ing|due|scheduled|slated|promised|pledged|planned|under\s*way|in\s+place)\b))\s+(?!\d)(?![a-z]+\s+\d{4}\b)[^,]{8,120}"
    r"(?:,\s*(?:some|about|around|roughly|nearly|almost|just\s+over|over)\s+[^,]{1,30},[^,]{3,80})?,\s*",
    re.IGNORECASE,
)
_PRONOUN = lazy_compile(r"^(?:it|they|this)\b", re.IGNORECASE)  #: the claim's subject, named again
#: a premise made to show its conclusion: "Sesame Credit's 520 million users show that the state ..."
_SHOWS = lazy_compile(
    r"^\s*(?!it\b|this\b)[^,;]{8,120}?\s+(?:shows?|showed|proves?|proved|demonstrates?|demonstrated|(?:means|meant)(?!\s+(?:to|for)\b)|"
    r"is\s+(?:proof|evidence|a\s+sign)|are\s+(?:proof|evidence|a\s+sign))\s+(?:that\s+)?(?=\w)",
    re.IGNORECASE,
)


def _drawn_from_premise(index: Index, text: str, result: Result) -> Result | None:
    """"Since Tencent hosts 55% of China's mobile internet, Tencent Credit already scores half the
    nation": a true premise vouches for nothing it is made to lead to. The conclusion decides:
    misleading when the source contradicts it, unverified when the source does not say it."""
    m = _PREMISE_FIRST.match(text) or _SHOWS.match(text)
    after = None if m else _PREMISE_AFTER.search(text)
    conclusion = text[m.end() :] if m else text[: after.start()] + "." if after else ""
    drawn = decide(index, conclusion, index.analyse(conclusion)) if conclusion else None
    if drawn is None or drawn.verdict is Verdict.TRUE:
        return None
    if drawn.verdict is Verdict.UNVERIFIED:
        premise = text[: m.end()] if m else text[after.end() :] if after else ""
        if result.match and _says_the_conclusion(index, premise, conclusion, result.match.fact):
            return None  # the source draws it too: "..., giving Tencent Credit an enormous amount of data"
        if _only_colour(index, conclusion):
            return None  # "Even romance has been drawn into the scheme, since from 2015 Baihe.com ...": it names nothing to check
        why = f"The premise is true, but the source does not say what the claim draws from it: {conclusion.rstrip('.')}"
        return _withheld(text, result, why)
    why = f"The claim concludes that {conclusion.rstrip('.')}; the source does not support that. {drawn.explanation}"
    return Result(text, Verdict.MISLEADING, drawn.score, why, match=drawn.match)


#: a predicate that only colours its subject: "has become something of a showcase", "sits on a data mountain"
_COLOUR_PREDICATE = lazy_compile(
    r"\s*(?:(?:has|have)\s+(?:long\s+)?become|(?:is|are)\s+(?:hardly|now|still|sitting|something|one|the|a|an)\b|sits|remains|serves|stands|"
    r"has\s+turned\s+into|draws|attracts|looks|feels)\b",
    re.IGNORECASE,
)


def _told_in_the_aside(index: Index, text: str, claim: Analysis) -> Result | None:
    """A claim whose one aside says what the base confirms of its subject, and whose rest is only
    colour ("Rongcheng, a county-level city in Shandong province, has become something of a
    showcase for visiting reporters"): the aside is the claim's checkable point, so it decides."""
    asides = list(ASIDE.finditer(text))
    if len(asides) != 1:
        return None
    aside = asides[0]
    lead = claim.entity_order[0] if claim.entity_order else None
    if lead is None or index.kinds.get(lead) == "person":
        return None  # ("Zhu Huanqi, who leads Baihang, studied economics at Peking University": a life, not colour)
    rest = text[aside.end() :]
    if not _COLOUR_PREDICATE.match(rest) or not _only_colour(index, rest) or _unknown_capital(index, rest):
        return None
    statement = _aside_statement(index, text, aside.group(0), lead)
    if statement is None:
        return None
    said = decide(index, statement, index.analyse(statement))
    if said.verdict is not Verdict.TRUE:
        return None
    note = f" (The rest, '{rest.strip().rstrip('.')}', is description the source does not weigh.)"
    return dataclasses.replace(said, claim=text, explanation=said.explanation + note)


def _only_colour(index: Index, text: str) -> bool:
    """Does a part name nothing the base knows, give no figure and deny nothing: the colour a
    feature writer adds ("Even romance has been drawn into the scheme")?"""
    return not (index.aliases.find(text) or extract_quantities(text) or _DENIES.search(text) or _SAYS_OF_IT.search(text))


#: words that make a part say something of the subject or of everyone: "it is a licensed bureau",
#: "those accounts draw crowds", "meant virtually every internet user was on it"
_SAYS_OF_IT = lazy_compile(r"\b(?:it|its|they|their|those|these|this|every|everyone|all|whole|entire|entirely|completely|most|nobody|anyone|government|state|official)\b", re.IGNORECASE)


def _says_the_conclusion(index: Index, premise: str, conclusion: str, fact: Fact) -> bool:
    """Does the fact that confirms the premise draw the conclusion too ("Because Tencent hosts 55%
    ..., Tencent Credit has an enormous amount of data"), in most of the conclusion's words? Only
    its phrasings that draw one count: another that merely shares a word ("more than half") does not."""
    drawn = [e.terms for e in index.entries_of(fact.id) if e.kind is Verdict.TRUE and _DRAWS.search(e.text)]
    # (a word the premise says too, "China's mobile users" after "China's mobile internet", is the premise's)
    words = rel.content_words(index, index.terms(index.analyse(conclusion)), skip=index.terms(index.analyse(premise)))
    return bool(drawn) and len(words) >= 2 and index.covered(words, frozenset().union(*drawn)) >= CONCLUSION_COVER


#: a phrasing that draws a conclusion from a premise ("a high score means no deposits")
_DRAWS = lazy_compile(r"\b(?:because|since|giving|gives|given|thanks\s+to|so\s+that|therefore|hence|with|means|meant)\b", re.IGNORECASE)


CONCLUSION_COVER = 0.5  #: the share of a conclusion's words the premise's fact must say for it to vouch for both


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


LIST_COVER = 0.75  #: the share of a claim's words a list must say for the claim to say no more than that a name is on it


def _only_the_list(index: Index, claim: Analysis, fact: Fact) -> bool:
    """Does the claim say nothing but that a name is on the fact's list (no figure of its own, no
    word the list's phrasings do not use)?"""
    if any(q.kind != "count" for q in claim.quantities):
        return False
    known = index.known.get(fact.id, frozenset(fact.entities))
    if any(e not in known and index.kinds.get(e) != "other" for e in claim.entities):
        return False  # "Qianhai Credit, one of the eight pilot firms, has its headquarters in Beijing"
    # (the words that put a name on a list say nothing more: "one of the eight firms admitted to the pilot")
    said = rel.content_words(index, index.terms(claim))
    words = [w for w in said if w not in _ON_A_LIST]
    return index.covered(words, index.true_terms(fact.id)) >= LIST_COVER if words else bool(said)


#: the words that put a name on a list: "one of", "among", "admitted to", "picked for"
_ON_A_LIST = frozenset(
    stem(w) for w in ("one", "among", "amongst", "admitted", "picked", "selected", "chosen", "approved", "named", "listed", "included", "cleared")
)


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
    da, db = event_date(a), event_date(b)
    earlier = comes_before(da, db) if a.id != b.id and da and db else None
    if earlier is None:
        return None
    score = min(first_result.score, second_result.score)
    if earlier == (m.group("order") == "before"):  # both true, in the right order
        why = f"{first_result.explanation} {second_result.explanation}"
        return Result(text, Verdict.TRUE, score, why, match=first_result.match)
    why = f"The claim puts these in the wrong order: {a.statement} {b.statement}"
    return Result(text, Verdict.FALSE, score, why, match=first_result.match)


def _dated_by_a_start(index: Index, text: str) -> Result | None:
    """The claim with an aside that dates it by another name's start ("On 20 March 2006, more than
    twelve years before Baihang arrived, the PBOC ..."): the rest decides it, and the aside holds
    when the base dates both and they stand that way round, that far apart."""
    relative = relative_time(index, text)
    if relative is None:
        return None
    result = decide(index, relative.core, index.analyse(relative.core))
    if result.match is None or result.verdict is Verdict.UNVERIFIED:
        return None
    if result.verdict is Verdict.FALSE:  # false without the aside, false with it
        return dataclasses.replace(result, claim=text, explanation=f"{result.explanation} (The aside '{relative.aside}' is not checked.)")
    fact, started = result.match.fact, start_of(index, relative.entity)
    when = event_date(fact)
    if started is None or when is None or (relative.bare and not FOUNDING.search(fact.statement)):
        return None  # ("two years after Sesame Credit" is after its start only when the claim dates a start)
    fits = fits_the_gap(when, started[1], relative)
    if fits is None:
        return None
    if fits:
        return dataclasses.replace(result, claim=text, explanation=f"{result.explanation} And '{relative.aside}' holds: {started[0].statement}")
    why = f"The claim dates it {relative.aside}; the source dates them otherwise: {fact.statement} {started[0].statement}"
    return stated(text, fact, Verdict.FALSE, why, result.score)


#: what follows a name and a colon to say what it is: "Sesame Credit: that's ..."
_RESTATED = lazy_compile(r"(?:that|it|this)(?:'s|\s+is)\s+", re.IGNORECASE)
#: a label set before the claim: "BREAKING:", "Op-ed:", "Heads up if you're visiting China:"
_LABEL = lazy_compile(r"^\s*[^:;,.!?\d]{2,50}:\s+(?=\S)")
#: what follows a headline's colon when it says what the label is: "a Ping An creation", "China's Twitter clone"
_NOUN_PHRASE = lazy_compile(r"\s*(?:an?|the|ex-|former|just|only|merely|official|state|government|[\w-]+'s)\b", re.IGNORECASE)
#: a cleft sentence, which asserts who does it: "It is Sesame Credit that strips debtors of benefits"
_CLEFT = lazy_compile(r"^\s*it\s+(?:is|was|'s)\s+(?!not\b)(?P<who>[^,;]{2,60}?)\s+(?:that|who|which)\b", re.IGNORECASE)


def judge(index: Index, text: str, claim: Analysis) -> Result:
    """The verdict on a claim as a reader gives it: :func:`decide`, and, where that leaves it
    undecided, by what its description of an unnamed subject fits (:func:`_nameless`), or by its
    core without a reporter's colour (:func:`.parts.core`). Where it is found true, what the
    whole says is shared or hired, and the main clause of a subject bound by a relative clause
    (:func:`.clauses.bound_subjects_main`), may still make it false. (Only here, once per claim:
    the parts :func:`decide` reads are not searched again.)"""
    result = decide(index, text, claim)
    if result.verdict is Verdict.UNVERIFIED and not claim.entities and not sweeping(text) and not set_in_china(text):
        result = _nameless(index, text, claim) or result
    if result.verdict is Verdict.UNVERIFIED and "," in text:
        return core(index, text) or result
    if result.verdict is Verdict.TRUE and result.fact is not None:
        # (what the whole says of the service, though a part confirmed: "Mobrella, a bike-sharing firm, ...")
        shared = rel.another_shared_thing(claim, result.fact)
        if shared:
            fact = result.fact
            why = f"The claim speaks of {shared[0]}; the source of {shared[1]}: {fact.statement}{as_of(fact)}"
            return stated(text, fact, Verdict.FALSE, why, result.score)
    if result.verdict is Verdict.TRUE and (" who " in text or " that " in text or " which " in text):
        return bound_subjects_main(index, text, result) or result
    return result


def decide(index: Index, text: str, claim: Analysis) -> Result:
    """The verdict on one analysed claim."""
    plain = discourse.core(text)
    if plain != text:  # "It is worth remembering that ...", "..., officials say": judged without the frame
        bare = index.analyse(plain)
        if bare.entities or not claim.entities:
            return dataclasses.replace(decide(index, plain, bare), claim=text)
    result = _decide_claim(index, text, claim)
    if result.verdict is Verdict.TRUE and _LIKE_FIRST.match(text) and (likened := LIKENESS_FIRST.match(text)):
        # "Like Twitter users, Weibo users post about 11% less on weekends": confirmed of what it
        # likens its subject to, false of the subject itself
        main = text[likened.end() :]
        main = main[0].upper() + main[1:]
        own = decide(index, main, index.analyse(main))
        if own.verdict is Verdict.FALSE:
            return part_decides(text, main, own)
        opener = {e for _, _, e in index.aliases.find(text[: len(text) - len(main)])}
        if own.verdict is not Verdict.TRUE and result.fact is not None and result.fact.entities[:1] and result.fact.entities[0] in opener:
            # ("Like Twitter users, Weibo users are active on weekends": Twitter's fact says nothing of Weibo)
            return dataclasses.replace(own, claim=text)
    if result.verdict is Verdict.FALSE and LIKENESS_FIRST.match(text):
        likened = likened_first(index, text)  # "Like Sesame Credit, Tencent's own product rates users from 300 to 850"
        if likened is not None:
            return likened
    if result.verdict is Verdict.FALSE and (m := NOT_ANOTHERS.search(text)):
        # "Tencent Credit scores from 300 to 850 (not Sesame's 350-950)": what another name has is
        # set against the claim's own, as "unlike" would; it denies nothing of the subject
        close = text.find(")", m.end()) if "(" in m.group(1) else -1  # ("(not Sesame's 350-950)" as ", unlike Sesame's 350-950")
        rest = text[m.end() :] if close < 0 else text[m.end() : close] + text[close + 1 :]
        contrasted = _as_unlike(index, text, text[: m.start()], rest)
        if contrasted is not None:
            return contrasted
    if result.verdict is Verdict.FALSE and (m := _NOT_AS_THERE.search(text)) and index.aliases.find(text[m.end() :]):
        # "mostly linked to fun extras on Weibo, not in the gloomy way it is discussed on Twitter":
        # what is said of another name closing the claim is set against it, as "unlike" would be
        contrasted = _as_unlike(index, text, text[: m.start()], text[m.end() :])
        if contrasted is not None:
            return contrasted
    if result.verdict is not Verdict.FALSE and (", not " in text or ", rather than " in text or ", instead of " in text):
        apposed = apposed_contrast(index, text)  # "He Jiong, not Xie Na, tops the ranking": said of one, denied of the other
        if apposed is not None:
            return apposed
    if text.rstrip().rstrip(".!").endswith(")"):
        # "... sit on Baihang's board of supervisors (the other five hold director seats).", "Weibo is simply China's Twitter (140 characters a post)."
        closing = closing_bracket(index, text, result)
        if closing is not None:
            return closing
    if result.verdict is Verdict.TRUE and text.lstrip()[:7].lower().startswith(FRONTED_WORDS) and FRONTED_CLAUSE.match(text):
        result = main_point(index, text, result)
    if result.verdict is Verdict.UNVERIFIED and text.lstrip()[:7].lower().startswith(FRONTED_WORDS + CONCEDING_WORDS):
        both = fronted_and_main(index, text)  # "Before he took the helm at Baihang, Zhu Huanqi had worked at Huida"
        if both is not None:
            return both
    if result.verdict is Verdict.UNVERIFIED and "," in text and claim.entities:
        # the scene a feature writer sets, or an aside, may hide a claim the base decides, however
        # close the whole came ("Drawing wide attention on social media, it was police in Guangzhou who ...")
        staged = (_without_scenery(index, text) if _SCENE_OPENER.match(text) else None) or (
            # (not where a "while" sets two statements side by side: "While five took seats ..., the remaining three, ...")
            _without_asides(index, text, claim) if ASIDE.search(claim.text) and not LEADING_CONTRAST.match(text) else None
        )
        if staged is not None:
            return staged
        if ASIDE.search(text):
            aside = _false_aside(index, text)  # "Sesame Credit, which Alibaba launched in 2013, had a head start": false in the aside
            if aside is not None:
                return aside
            told = _told_in_the_aside(index, text, claim)  # "Rongcheng, a county-level city in Shandong, has become a showcase"
            if told is not None:
                return told
    if result.verdict is Verdict.UNVERIFIED and ": " in text:
        told = after_the_colon(index, text)  # "Car lovers were quick to spot the offer: anyone with a score above 700 ..."
        if told is not None:
            return told
    if result.verdict is Verdict.UNVERIFIED and " but " in text and claim.negation_scopes:
        contrasted = not_but(index, text)  # "did not emerge from the tech world but was launched by Ping An"
        if contrasted is not None:
            return contrasted
    if result.verdict is Verdict.UNVERIFIED and " than " in text and CLEFT_CONTRAST.match(text):
        turned = cleft_contrast(index, text)  # "it is Nanjing rather than Hangzhou that leads the way"
        if turned is not None:
            return turned
    if result.verdict is Verdict.UNVERIFIED and (" rather than " in text or " instead of " in text):
        set_against = closing_contrast(index, text)  # "... operated by Tencent's payments division rather than by anything in the Alibaba orbit"
        if set_against is not None:
            return set_against
    if result.verdict is Verdict.FALSE and result.fact is not None and asserts_one_score(text):
        checks = framing_checks(index)
        if result.fact in checks.one_score_denials() and checks.one_score_alone(claim) is not None:
            # the state does gather the data; one score for each person is the overstatement
            why = f"The claim says each person is summed up in one single score; the source finds that unlikely: {result.fact.statement}"
            return _turned(result, Verdict.MISLEADING, why)
    checks = framing_checks(index) if result.verdict is Verdict.UNVERIFIED else None
    if checks is not None:
        myth = checks.one_score_alone(claim)
        if myth is not None:  # "everything the state knows about you gets merged into one single score"
            # (the data gathering is real; the single score is the overstatement, so misleading)
            why = f"The claim says each person is summed up in one single score; the source finds that unlikely: {myth.statement}"
            subject = checks.named_subject_fact(claim)
            if subject is not None:  # "Baihang Credit ... gives every citizen one national score": what it says of Baihang
                why = f"{why} What the source says of it: {subject.statement}"
            return stated(text, subject or myth, Verdict.MISLEADING, why, result.score)
    if result.verdict is Verdict.TRUE and result.match and _REGISTERED.search(result.match.fact.statement):
        active = _ACTIVE_USE.search(text)
        fact = result.match.fact
        if active and not any(_ACTIVE_USE.search(t) for t in (fact.statement, *fact.confirms)):
            # "Weibo's 500 million registered users, every one of them active": registered is not active
            why = f"The source counts registered users; the claim has them '{active.group(0)}': {fact.statement}{as_of(fact)}"
            return _turned(result, Verdict.MISLEADING, why)
    if result.verdict is Verdict.FALSE and result.fact is not None and claim.quantities and (
        m := _DESCRIBED_SUBJECT.match(text) or _RELATED_SUBJECT.match(text)
    ):
        other = _dates_another(index, text, m, result.fact, claim)
        if other is not None:
            return other
    if result.verdict is Verdict.TRUE and result.fact is not None and _STATE_RUN.search(text):
        fact = result.fact
        owner_kind = index.kinds.get(fact.entities[0]) if fact.entities else None
        # (of a company, a score or a platform: the Social Credit System is the government's)
        if owner_kind in _NOT_THE_STATES and not any(_STATE_RUN.search(t) for t in (fact.statement, *fact.confirms)):
            # "Sina Weibo, built to track and block sensitive posts, was launched by the Chinese
            # government as a state-run propaganda channel": the state's, which the fact never says
            why = f"The claim makes it the state's, which the source does not say: {fact.statement}{as_of(fact)}"
            return _withheld(text, result, why)
    if result.verdict is Verdict.TRUE and result.match and result.match.kind is Verdict.FALSE and (m := _DENIED_WHOLLY.search(text)):
        stated_of = index.analyse(result.match.fact.statement)
        noun = stem(m.group("noun").lower())
        if noun in stated_of.tokens and noun not in stated_of.denied:
            # "the three firms left off the board of directors ... with no seat on any board": denying
            # a false variant ("has a seat on the board of directors") is not denying every board,
            # where the fact gives them one ("join Baihang's board of supervisors")
            why = f"The claim denies '{m.group(0)}'; the source gives one: {result.match.fact.statement}{as_of(result.match.fact)}"
            return _withheld(text, result, why)
    if result.verdict is Verdict.TRUE and result.fact is not None and (doer := _DONE_BY.search(text)):
        named, said = _party(index, doer.group("who"), result.fact)
        # "Beijing Sinoway Credit was set up in 2013 by a single insurer": the year confirmed, the
        # founder the claim adds is not what the fact says (a doer the base knows is a swap, weighed elsewhere)
        if not named and not said:
            fact = result.fact
            return _withheld(text, result, f"The claim says it was done by {doer.group('who').strip()}, which the source does not: {fact.statement}{as_of(fact)}")
    if result.verdict is Verdict.TRUE and result.fact is not None and (partner := _PARTNER.search(text)):
        partnered = _partner_added(index, text, result, result.fact, partner.group("who"))  # "set up by the eight pilot firms together with China's banking regulator"
        if partnered is not None:
            return partnered
    if result.verdict is Verdict.TRUE and (", who " in text or ", which " in text):
        closing = _false_closing_clause(index, text)  # "..., one commenter fumed about the Shanxi man, who had been blacklisted for debt"
        if closing is not None:
            return closing
    if result.verdict is Verdict.TRUE and result.fact is not None and result.match:
        others = only_some_of_the_list(index, claim, result.fact)
        if others:  # "Only Sesame Credit and Tencent Credit got seats on Baihang's board", of five
            why = f"The claim gives only some of those the source names; it also names {', '.join(others)}: {result.fact.statement}"
            return _turned(result, Verdict.FALSE, why)
        listed = all_of_more_than_the_list(index, claim, result.fact)
        if listed:  # "All eight pilot firms sit on Baihang's board of directors", of which the source names five
            why = f"The claim counts them all in; the source names only {len(listed)}, {', '.join(listed)}: {result.fact.statement}"
            return _turned(result, Verdict.MISLEADING, why)
    cleft = _CLEFT.match(text) if result.verdict is Verdict.MISLEADING else None
    named = [index.factbase.entities[e].name for _, _, e in index.aliases.find(cleft.group("who"))] if cleft else []
    if named and result.match and any(re.search(rf"\bnot\s+(?:the\s+)?{re.escape(n)}", result.explanation, re.I) for n in named):
        # what would be a conflation said in passing is a wrong answer to "who does it", when
        # the source says it is not them
        who = cleft.group("who")  # type: ignore[union-attr]
        why = f"The claim says it is {who}; the source says otherwise. {result.explanation}"
        return _turned(result, Verdict.FALSE, why)
    return result


_NOT_THE_STATES = frozenset({"company", "credit-score", "platform"})  #: kinds of thing no fact calls the state's own
_LIKE_FIRST = lazy_compile(r"^\s*(?:just\s+|much\s+)?like\b", re.IGNORECASE)  #: a likeness, not a setting aside ("apart from")
#: a denial of every one: "no seat on any board", "shut out altogether"
_DENIED_WHOLLY = lazy_compile(r"\b(?:no|not|never|without)\b[^,;.]{0,40}?\b(?:any|either)\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE)
#: what makes a thing the state's own: "a state-run propaganda channel", "launched by the Chinese government"
_STATE_RUN = lazy_compile(
    r"\b(?:state|government)[\s-](?:run|owned|controlled|operated)\b|\bpropaganda\b|"
    r"\b(?:launched|run|owned|created|set\s+up|operated|founded|built)\s+by\s+(?:the\s+)?(?:chinese\s+|central\s+|national\s+)?(?:government|state|communist\s+party|party)\b",
    re.IGNORECASE,
)
#: who did it: "set up in 2013 by a single insurer"
_DONE_BY = lazy_compile(
    r"\b(?:set\s+up|founded|established|launched|created|started)\s+(?:in\s+\d{4}\s+)?by\s+(?P<who>(?:an?\s+|the\s+)?[^,;]{3,100}?)(?=[,;]|[.!]?\s*$)",  # ("financial services co. Lakala")
    re.IGNORECASE,
)
#: a partner joined to the doer: "set up by the eight firms together with the banking regulator"
_PARTNER = lazy_compile(
    r"\b(?:together\s+with|along\s+with|jointly\s+with|in\s+(?:partnership|tandem|concert)\s+with|teamed\s+up\s+with|"
    r"with\s+the\s+(?:help|backing|support)\s+of)\s+(?P<who>[^,;.]{3,60})",
    re.IGNORECASE,
)
#: a fact that lists who did it jointly names them all
_JOINT = lazy_compile(r"\b(?:joint(?:ly)?|together|co-?found\w*|founders?)\b", re.IGNORECASE)


PARTY_COVER = 0.5  #: the share of a party's words, by weight, the fact's true phrasings must say for it to be theirs


def _party(index: Index, who: str, fact: Fact) -> tuple[set[str], bool]:
    """(the names the base knows in a party the claim gives, "a single insurer" or "the central
    bank", and whether the fact's true phrasings say most of its words)."""
    named = {eid for _, _, eid in index.aliases.find(who)}
    words = rel.content_words(index, index.terms(index.analyse(who)))
    return named, not words or index.covered(words, index.true_terms(fact.id)) >= PARTY_COVER


def _partner_added(index: Index, text: str, result: Result, fact: Fact, who: str) -> Result | None:
    """A confirmed claim that joins a partner (``who``) to the doer its fact does not name: false
    where the fact lists those who did it jointly and the partner is a name the base knows, else
    unverified."""
    named, said = _party(index, who, fact)
    if (named and named <= set(fact.entities)) or (not named and said):
        return None
    if named and _JOINT.search(fact.statement):
        why = f"The source names who did it together, and not {who.strip()}: {fact.statement}{as_of(fact)}"
        return _turned(result, Verdict.FALSE, why)
    why = f"The claim adds a partner, {who.strip()}, the source does not name: {fact.statement}{as_of(fact)}"
    return _withheld(text, result, why)


def _as_unlike(index: Index, text: str, said: str, other: str) -> Result | None:
    """The claim true when read as "``said``, unlike ``other``": its closing "not ..." sets
    another name against its own and denies nothing of its subject (None otherwise)."""
    unlike = f"{said.rstrip()}, unlike {other}"
    contrasted = decide(index, unlike, index.analyse(unlike))
    return dataclasses.replace(contrasted, claim=text) if contrasted.verdict is Verdict.TRUE else None


#: a closing ", not in/on/as ..." that sets how another name fares against the claim's own
_NOT_AS_THERE = lazy_compile(r",\s*not\s+(?=(?:in|on|as|at|with|the|a|an|its)\b[^,;]*$)", re.IGNORECASE)


_SETS_AGAINST = lazy_compile(r"\b(?:while|whereas|but)\b", re.IGNORECASE)


#: the words of a reduction, as the analysis reads them: "nothing more than", "simply", "merely"
_REDUCING = frozenset(
    stem(w)
    for w in (
        "more", "simply", "merely", "purely", "basically", "essentially", "really", "short", "put", "nutshell", "core",
        "summed", "sums", "sum", "word", "boils", "boiled", "down",  # ("can be summed up as", "in a word", "boils down to")
        "full", "stop", "period",  # ("China's Twitter, full stop")
    )
)


def _reduces_only(claim: Analysis) -> bool:
    """Is the claim's only denial the "nothing" of "nothing more than", which reduces and denies nothing?"""
    names = {entity_term(e) for e in claim.entities}
    return all(scope <= _REDUCING | names for scope in claim.negation_scopes) and (
        not claim.negation_scopes or bool(_NOTHING_MORE.search(claim.text))
    )


_NOTHING_MORE = lazy_compile(r"\bnothing\s+more(?:\s+than|\s+to\s+it)?\b|\bnot\s+much\s+more\b", re.IGNORECASE)


#: an opener that sets a scene rather than naming the subject: a participle, a preposition, an adverb
_SCENE_OPENER = lazy_compile(
    r"^\s*(?:\w+ing|\w+ly|in|on|at|for|with|by|during|amid|across|behind|from|under|over|to|far|long|much)\b", re.IGNORECASE
)


#: the users a fact counts as signed up, and the words that make them users who are active
_REGISTERED = lazy_compile(r"\bregistered\s+(?:users|accounts)\b", re.IGNORECASE)
_ACTIVE_USE = lazy_compile(
    r"\b(?:active(?:ly)?|daily|every\s+day|each\s+day|every\s+month|each\s+month|monthly|log(?:s|ged)?\s+(?:on|in))\b", re.IGNORECASE
)


def _decide_claim(index: Index, text: str, claim: Analysis) -> Result:
    concluded = _concluded(index, text, claim)
    if concluded is not None:
        return concluded
    founded = wrong_founding(index, text)
    if founded is not None:  # "Beijing Sinoway Credit was founded in 2005 by ...", whatever else it says
        fact, year = founded
        return stated(text, fact, Verdict.FALSE, f"The claim dates it to {year}; the source says: {fact.statement}", DECIDE_SCORE)
    # a name counted in a group the base lists in full (worked out once: read again below)
    listed = counted_in(index, claim) if not claim.negation_scopes else None
    if listed is not None and not listed[2]:  # "Baidu was one of the eight companies the central bank picked"
        fact, name, _ = listed
        return stated(text, fact, Verdict.FALSE, f"The source's list leaves out {name}: {fact.statement}", DECIDE_SCORE)
    if listed is not None and _only_the_list(index, claim, listed[0]):
        # "Beijing Sinoway Credit is one of the eight firms picked for the central bank's pilots":
        # no other member's fact (Pengyuan's "one of the eight, dating from 2005") speaks against it
        fact, name, _ = listed
        return stated(text, fact, Verdict.TRUE, f"The source's list includes {name}: {fact.statement}", DECIDE_SCORE)
    left_out = left_out_of_the_list(index, claim)  # (it reads only claims that deny or leave something out)
    if left_out is not None:  # "Pengyuan Credit was left out of the eight firms", "Baidu was not one of the eight"
        fact, name, listed = left_out
        if listed:
            return stated(text, fact, Verdict.FALSE, f"The source's list includes {name}: {fact.statement}", DECIDE_SCORE)
        return stated(text, fact, Verdict.TRUE, f"The source's list leaves out {name}: {fact.statement}", DECIDE_SCORE)
    if " before " in text or " after " in text:
        ordered = _out_of_order(index, text, claim) or _dated_by_a_start(index, text)
        if ordered is not None:
            return ordered
    lead = LEADING_CONTRAST.match(text) if text.lstrip()[:8].lower().startswith(("while", "whereas", "where ")) else None
    split = [lead.group(2), lead.group(1)] if lead else CONTRASTED.split(text, maxsplit=1) if " while " in text or " whereas " in text else []
    if len(split) == 2:
        # "While Sesame Credit took a seat among the directors, Tencent Credit was made a supervisor": each is
        # a statement, unless the fact that finds one false sets two things against each other itself
        # ("caring for your parents can raise your ranking" is no denial of "abuse lowers it, while care raises it")
        parts = judge_parts(index, text, [possessive_named(index, split[0], split[1]), possessive_named(index, split[1], split[0])])
        if parts is not None and not (parts.verdict is Verdict.FALSE and parts.fact and _SETS_AGAINST.search(parts.fact.statement)):
            return parts
        if lead and parts is None and not index.analyse(lead.group(1)).entities:
            # "Where foreign outlets reach for 'creepy', Chinese media speak of safety": what the
            # main clause is set against names nothing the base knows, so the main clause decides
            main = decide(index, lead.group(2), index.analyse(lead.group(2)))
            if main.verdict is Verdict.TRUE:
                return dataclasses.replace(main, claim=text)
    sentences = SENTENCE_END.split(text.strip())
    if len(sentences) > 1:
        judged = each_sentence(index, text, sentences)
        if judged is not None:
            return judged
    label = _LABEL.match(text)
    labelled = bool(label and index.aliases.find(label.group(0)))  # the label names something the base knows
    restated = _RESTATED.match(text, label.end()) if label else None
    if labelled and not restated and _NOUN_PHRASE.match(text, label.end()):
        # "Tencent Credit: government's 300-850 citizen score" says what Tencent Credit is
        said = f"{label.group(0).rstrip().rstrip(':')} is {text[label.end():]}"
        return dataclasses.replace(decide(index, said, index.analyse(said)), claim=text)
    if labelled and restated:
        # "Sesame Credit: that's the government's score" says "Sesame Credit is the government's score"
        said = f"{label.group(0).rstrip().rstrip(':')} is {text[restated.end():]}"
        return dataclasses.replace(decide(index, said, index.analyse(said)), claim=text)
    if label and not labelled:
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
        return stated(text, merged.fact, Verdict.FALSE, merged.explanation, merged.score)
    one = checks.one_system(claim)
    if one:
        return _framed(text, one)
    shaped = misstated_shape(index, text, claim)
    if shaped is not None:  # "Chen Kun topped Weibo's 2017 celebrity list", "... was blacklisted for vandalising a bike"
        return shaped
    conflation = checks.conflation(claim)
    if conflation:
        return _framed(text, conflation)
    if not claim.entities:
        return _anonymous(index, text, claim)
    if len(claim.entities) == 1 and set(claim.tokens) <= _REDUCING and not claim.quantities and _reduces_only(claim):
        # "Weibo is just (nothing more than) the Chinese Twitter": the nickname is one of its names, so only the reduction is left to read
        lead = next(iter(claim.entities))
        reduced = next((f for f in index.facts_led_by(lead) if rel.reduces(claim, f)), None)
        if reduced is not None:
            return stated(text, reduced, Verdict.MISLEADING, f"The claim reduces it to less than the source says it is: {reduced.statement}", DECIDE_SCORE)
    candidates, swaps = index.search_with_swaps(claim, min_score=SEARCH_FLOOR)
    only_places = all(index.kinds.get(e) == "place" for e in claim.entities)
    if not candidates and only_places and not swaps:
        return _anonymous(index, text, claim)  # a place only sets the scene ("which Beijing made mandatory")
    result = _decide(index, text, claim, candidates)
    if result.verdict is Verdict.FALSE and result.match and listed is not None:
        if listed[0] is result.match.fact and result.match.phrasing != listed[0].statement:
            # "Koala Credit was one of the eight pilot firms": the list has it, whatever a variant says
            # (not what a rule found from the list itself: "... and the search giant Baidu's credit service")
            fact, name, _ = listed
            return stated(text, fact, Verdict.TRUE, f"The source lists {name} among them: {fact.statement}", result.score)
    if result.verdict is Verdict.UNVERIFIED and only_places:
        nameless = _anonymous(index, text, claim)
        if nameless.verdict is not Verdict.UNVERIFIED:
            return nameless
    if result.verdict is Verdict.UNVERIFIED and not candidates:
        product = rel.as_its_product(index, text, claim)
        if product is not None:  # "Tencent's rival credit score runs from 300 to 850" is about Tencent Credit
            read = decide(index, product, index.analyse(product))
            if read.verdict is not Verdict.UNVERIFIED:
                return dataclasses.replace(read, claim=text)
    if result.verdict is Verdict.UNVERIFIED and swaps and not _confirmed_closer(index, claim, candidates, swaps[0]):
        return _swap_result(index, text, claim, swaps) or _said_of_the_state(index, text, claim) or result
    if result.verdict is Verdict.UNVERIFIED or (result.match and not rel.about_lead(index, claim, result.match.fact)):
        credited = _misattributed(index, text, claim)
        if credited:
            return credited
        own = _own_figure(index, text, claim) if result.verdict is Verdict.TRUE else _own_range(index, text, claim) if result.verdict is Verdict.UNVERIFIED else None
        if own is not None:
            return own
    if result.verdict is Verdict.TRUE and (_PREMISE_FIRST.match(text) or _PREMISE_AFTER.search(text) or _SHOWS.match(text)):
        drawn = _drawn_from_premise(index, text, result)
        if drawn is not None:
            return drawn
    if result.verdict is Verdict.TRUE and result.match:
        credited = _state_act_credited(index, text, claim, result)
        if credited is not None:  # "Sesame Credit blacklisted a young Shanxi man and banned him from trains"
            return credited
        fact = result.match.fact
        framed = (
            checks.overgeneralised(claim, fact, result.match.phrasing, result.score)
            or as_done(claim.text, fact, result.score)
            or checks.unnamed_as_state(claim, fact, result.score)
        )
        if framed:
            return _framed(text, _fuller_framing(index, claim, candidates, framed))
    if result.verdict is Verdict.UNVERIFIED:
        framed = _loosely_framed(index, claim, candidates) or checks.as_the_system(claim)
        if framed:
            return _framed(text, framed)
        credited = _said_of_the_state(index, text, claim) or _done_too_soon(index, text, claim) or loosely_overstated(index, text, claim)
        if credited:
            return credited
        scene = _SCENE.match(text)
        if scene and not index.aliases.find(scene.group(0)) and not any(ch.isdigit() for ch in scene.group(0)) and not rel.names_a_venue(index, scene.group(0)):
            # "Behind the checkout screens of China's online malls, it is Ant Financial that ...":
            # a scene that names nothing the base knows sets the claim, it claims nothing
            rest = text[scene.end() :]
            staged = decide(index, rest, index.analyse(rest))
            if staged.verdict is not Verdict.UNVERIFIED:
                return dataclasses.replace(staged, claim=text)
        # what the claim says of its subject, without a comparison put first ("Like Sesame, Tencent
        # Credit rates people on a 350-950 scale") or its asides ("Sina Weibo, the platform on which
        # ..., went live in 2012"), may be false on its own (true, the rest may still be wrong)
        compared = FRONTED_LIKE.match(text)
        ruled_out = _RULED_OUT.search(text)
        if ruled_out and index.aliases.find(ruled_out.group(1)):
            # "the authorities in Shanghai, not Guangdong, announced ...": what it says of the name it keeps
            rest = f"{text[: ruled_out.start()]} {text[ruled_out.end() :]}"
        else:
            rest = text[compared.end() :] if compared else without_asides(text)
        return _false_alone(index, text, rest) or result
    return result


def _opening_subject(index: Index, text: str, claim: Analysis) -> str | None:
    """The name the claim opens on, as its subject (not "While Twitter quietens down, ...", "the Twitter-like Weibo")."""
    lead = claim.entity_order[0] if claim.entity_order else None
    spans = index.aliases.find(text)
    if lead is None or not spans or spans[0][2] != lead or text[: spans[0][0]].strip().lower() not in ("", "the"):
        return None
    return lead


#: a subject and a description of it that names something else: "Lakala, the company behind Koala Credit, ..."
_DESCRIBED_SUBJECT = lazy_compile(r"^\s*(?P<subject>[^,;]{2,60}?)\s*,\s*(?P<aside>(?:the|a|an|which|who|whose)\b[^,;]{3,120}),\s*\S")
#: ...or one named by its tie to something else: "Weibo's parent company Sina was founded in 1998"
_RELATED_SUBJECT = lazy_compile(
    r"^\s*(?P<aside>(?:the\s+)?[^,;]{2,40}?(?:'s|’s)\s+(?:parent(?:\s+(?:company|firm|group))?|owner|operator|creator|maker|founder))\s*,?\s+"
    r"(?P<subject>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\b"
)


def _dates_another(index: Index, text: str, described: re.Match[str], fact: Fact, claim: Analysis) -> Result | None:
    """Unverified, for a date the claim gives its subject when the fact dates only what the
    description names: "Lakala, the company behind Koala Credit, was founded in 2005" is no claim
    about Koala Credit's launch (but "..., launched it in 2013" is)."""
    if not all(q.kind in DATES for q in claim.quantities) or not fact.entities or BACK_REFERENCE.search(text, max(described.end("aside"), described.end("subject"))):
        return None
    subject, aside, lead = described.group("subject"), described.group("aside"), fact.entities[0]
    spans = [(i, j) for i, j, e in index.aliases.find(aside) if e == lead]
    if not spans or lead in {e for _, _, e in index.aliases.find(subject)}:
        return None
    # (an aside that is only the name is the subject named: "The central bank's own registry, the
    # Credit Reference Center, ..."; one that ties the subject to it describes another thing)
    outside = aside
    for i, j in reversed(spans):
        outside = outside[:i] + outside[j:]
    rest = re.findall(r"[a-z]{3,}", outside)
    if len([w for w in rest if w not in ("the", "its", "own", "and")]) < 2:
        return None
    name = index.factbase.entities[lead].name
    why = f"The claim gives a date for {subject.strip()}; the source's date is for {name}, which the claim names only to describe it: {fact.statement}{as_of(fact)}"
    return stated(text, fact, Verdict.UNVERIFIED, why, 0.0)


def _own_range(index: Index, text: str, claim: Analysis) -> Result | None:
    """False when a claim the base cannot place gives its subject a range of scores that the
    subject's own fact contradicts: "Tencent Credit scores on the same 350-950 scale as Sesame"."""
    said = stated_range(text)
    lead = _opening_subject(index, text, claim) if said and not _SET_AGAINST.search(text) and not claim.negation_scopes else None
    for fact in index.facts_led_by(lead) if lead else ():
        ends = stated_range(fact.statement)
        if ends is not None and ends != said:
            why = f"The claim gives it {fmt(said[0])}-{fmt(said[1])}; the source says: {fact.statement}{as_of(fact)}"
            return stated(text, fact, Verdict.FALSE, why, DECIDE_SCORE)
    return None


#: words that set one thing against another, whose range the claim may be giving
_SET_AGAINST = lazy_compile(r"\b(?:unlike|than|while|whereas|rather|instead|compared|against|versus|vs)\b", re.IGNORECASE)


def _own_figure(index: Index, text: str, claim: Analysis) -> Result | None:
    """False when a claim confirmed by a fact about something else gives its subject a share the
    subject's own fact contradicts: "NIFA holds the same 8% stake in Baihang as each of the eight
    firms" is true of the eight, and NIFA holds 36%."""
    shares = tuple(q for q in claim.quantities if q.kind == "percent")
    lead = _opening_subject(index, text, claim) if shares else None
    if lead is None:
        return None
    others = {e for e in claim.entities if e != lead and index.kinds.get(e) not in ("place", "other")}
    for fact in index.facts_led_by(lead):
        figures = fact_figures(fact)
        if "amount" not in figures or not others <= set(fact.entities):
            continue  # (the subject's share of the same thing: NIFA's stake in Baihang)
        status, wrong, _ = check_numbers(shares, figures)
        if status == "conflict":
            said = ", ".join(q.text for q in wrong)
            return stated(text, fact, Verdict.FALSE, f"The claim gives it {said}; the source says: {fact.statement}{as_of(fact)}", DECIDE_SCORE)
    return None


def _false_alone(index: Index, text: str, rest: str, *, misleading: bool = False) -> Result | None:
    """The claim false by what ``rest``, a part of it, says alone (a false part makes it false);
    with ``misleading``, also misleading by it."""
    if rest == text or not rest.strip():
        return None
    alone = decide(index, rest, index.analyse(rest))
    wrong = alone.verdict is Verdict.FALSE or (misleading and alone.verdict is Verdict.MISLEADING)
    return dataclasses.replace(alone, claim=text) if wrong else None


#: a scene set before the claim: "Behind the checkout screens of China's online malls, ..."
_SCENE = lazy_compile(
    r"^\s*(?:behind|inside|outside|beyond|across|along|amid|amidst|among|on|in|at|over|under|near|around|for|from|with)\s+"
    r"[^,;:]{3,80},\s*(?=\w)",
    re.IGNORECASE,
)
#: a reason a claim gives for what happened: "blacklisted for vandalising a shared bicycle"
_REASON = lazy_compile(r"\b(?:for|over)\s+(?:allegedly\s+|repeatedly\s+)?([a-z]{4,}ing)\s+(?:a|an|the|his|her|their|its|on|at|in)\b", re.IGNORECASE)
#: a name the claim rules out in passing: ", not Guangdong,", ", rather than Hangzhou,"
_RULED_OUT = lazy_compile(r"\s*,\s*(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:the\s+|by\s+|in\s+)?([^,;]{1,40}),", re.IGNORECASE)


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
    plans: dict[str, Framing] = {}
    for fid, names in index.statement_entities.items():
        lead = index.fact_leads[index.factbase.position(fid)]
        if lead in claim.entities and lead in names:
            statement = index.entries[index.fact_slices[fid][0]]  # a fact's first phrasing is its statement
            framing = as_done(text, statement.fact, 0.0) if "nation" in statement.analysis.tokens else None
            if framing is not None:
                plans[fid] = framing
    found = index.closest_of(claim, plans) if plans else None
    if found is None or found[1] < DONE_SCORE:
        return None
    return _framed(text, dataclasses.replace(plans[found[0]], score=found[1]))


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
    if proposal.verdict is Verdict.FALSE and REPORTED_MYTH.search(best.entry.text):
        # "every Chinese citizen gets a 350-950 score" repeats, all but word for word, a claim the source calls false
        return Result(text, Verdict.FALSE, best.score, proposal.explanation, match=_match(best))
    if proposal.verdict is Verdict.MISLEADING and best.entry.kind is Verdict.TRUE:
        # "anyone ... is now automatically banned": a close true phrasing made certain or total
        return _decided(text, best, Verdict.MISLEADING, proposal.explanation)
    if proposal.verdict is not Verdict.TRUE:
        return unknown
    wider = framing_checks(index).overgeneralised(claim, best.entry.fact, best.entry.text, best.score)
    wider = wider or as_done(claim.text, best.entry.fact, best.score)
    return _framed(text, wider) if wider else unknown


NAMELESS_SCORE = 55.0  #: a claim whose subject is only "the platform" or "its scores" must match this closely...
NAMELESS_COVER = 0.3  #: ...with this share of its words, by weight, said by the phrasing...
NAMELESS_MARGIN = 10.0  #: ...and no other fact's phrasing within this score confirming what the closest denies
#: a capitalised word inside the claim (not after a full stop, colon or opening quote): a name
_INNER_CAPITAL = re.compile(
    r"(?<![.:;!?\"“‘'(]\s)(?<!^)\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|China|Chinese)[a-z]*\b)[A-Z][a-z]"
)


def _unknown_capital(index: Index, text: str) -> bool:
    """Does the text give a capitalised word, inside it, that is none of the base's names?"""
    return bool(_INNER_CAPITAL.search(blank_known_names(index, text)))


def _colour_round(index: Index, best: Candidate, main: Analysis) -> bool:
    """Is the main clause round an aside ``best`` confirms only colour: no name the fact does not
    give, known or unknown, and nothing :func:`.parts.mere_colour` refuses?"""
    named = main.entities <= best.entry.analysis.entities | set(best.entry.fact.entities)
    return named and mere_colour(main) and not _unknown_capital(index, main.text)


def _lower_words(index: Index) -> frozenset[str]:
    """Every word the base's phrasings write in lower case (so not a name)."""
    words = index.derived.get("lower_words")
    if words is None:
        words = index.derived["lower_words"] = frozenset(
            w for e in index.entries for w in re.findall(r"\b[a-z][a-z'-]*", e.text)
        )
    return words  # type: ignore[return-value]


def _nameless(index: Index, text: str, claim: Analysis) -> Result | None:
    """A claim whose subject is only a description ("the platform", "that centre", "its
    users") that one fact, and no other, says all but word for word.

    Feature prose names its subject in one sentence and describes it in the next: "By December
    2016 the platform counted 313 million monthly active users" can only be about Weibo. Left
    alone when the claim gives a name the base does not know ("Alipay was launched in 2004"),
    when another fact comes close, or when the figures it gives are another fact's known error
    ("its scale runs from 300 to 850" may be said of Sesame Credit, wrongly, as well as of Tencent
    Credit): a description cannot tell which of them is meant.
    """
    if claim.entities or _unknown_capital(index, text):
        return None
    first = text.split(maxsplit=1)[0].strip("\"“‘'(,") if text.strip() else ""
    if first[:1].isupper() and first.lower() not in STOPWORDS and first.lower() not in _lower_words(index):
        return None  # it opens on a name ("Xiaomi was founded in 2010", "Alipay was launched in 2004")
    candidates, _ = index.search_with_swaps(claim, anonymous=True)
    if not candidates or candidates[0].score < NAMELESS_SCORE:
        return None
    best = candidates[0]
    if index.covered(rel.content_words(index, index.terms(claim)), best.entry.terms) < NAMELESS_COVER:
        return None  # a year and a word or two in common ("The word 'netizen' dates from 1984")
    figures = {figure_term(q) for q in claim.quantities}
    if figures:  # the phrasings that give every figure the claim gives: is one another fact's false variant?
        giving = frozenset.intersection(*(frozenset(index.figure_postings.get(t, ())) for t in figures))
        if any(index.entries[i].kind is Verdict.FALSE and index.entries[i].fact.id != best.entry.fact.id for i in giving):
            return None
    proposal = propose(index, claim, best)
    if proposal.verdict is not Verdict.TRUE and not (proposal.verdict is Verdict.FALSE and figures):
        return None  # (a description is wrong only by its figures: what else it says may be of something else)
    for c in candidates[1:] if proposal.verdict is Verdict.FALSE else ():
        if c.score <= best.score - NAMELESS_MARGIN:
            break
        if c.entry.fact.id != best.entry.fact.id and propose(index, claim, c).verdict is Verdict.TRUE:
            return None  # another fact, nearly as close, confirms it: which one is meant?
    return _decided(text, best, proposal.verdict, proposal.explanation)


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
                    return stated(text, fact, Verdict.FALSE, why, DECIDE_SCORE)
    return None


_SEPARATE = lazy_compile(r"\b(?:separate|independent(?:ly)?|distinct|not|no)\b", re.IGNORECASE)


_A_SOURCE = lazy_compile(r"\s+(?:article|report|piece|story|backgrounder|column|post|feature)s?\b", re.IGNORECASE)


def _state_act_credited(index: Index, text: str, claim: Analysis, result: Result) -> Result | None:
    """Misleading when a commercial score is made the subject of what the state or its lists did:
    "Sesame Credit blacklisted a young Shanxi man and banned him from trains" is true of the
    courts' blacklist under the Social Credit System, which the base keeps apart from Sesame Credit."""
    fact, kinds = result.match.fact, index.kinds  # type: ignore[union-attr]
    names = [e for e in claim.entity_order if kinds.get(e) != "place"]
    checks = framing_checks(index)
    lead = names[0] if names else None
    if lead is None or not checks.distinctions.get(lead) or claim.negation_scopes:
        return None
    mentions = [j for _, j, e in index.aliases.find(text) if e == lead]
    if all(_A_SOURCE.match(text, j) for j in mentions):
        return None  # "the Open Sesame article argues ...": a source named, not the subject
    if lead in fact.entities or lead in index.known.get(fact.id, ()):
        return None  # the fact speaks of the score itself ("Sesame Credit takes in the court blacklist")
    if not any(kinds.get(e) in STATE_KINDS | {"list"} for e in fact.entities):
        return None
    line = checks.closest_distinction(claim, lead)
    name = index.factbase.entities[lead].name
    why = f"The source tells this of the state's lists and system, not of {name}: {fact.statement} {line.statement}"
    return _framed(text, Framing(fact, why, result.score))


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
        if FOUNDING.search(best.entry.fact.statement):
            continue  # a score's founding (Sesame Credit's 2015 launch) is no feature the state could be credited with
        fact = best.entry.fact
        name = index.factbase.entities[who].name
        why = f"This is true of {name}, a commercial score, not of the government's Social Credit System: {fact.statement}"
        return _framed(text, Framing(fact, why, best.score))
    return None


def _confirmed_closer(index: Index, claim: Analysis, candidates: list[Candidate], swap: Candidate) -> bool:
    """Does a phrasing much closer than the swapped one confirm the claim? Its fact's own doubts
    leave the claim unverified; a looser phrasing of another fact does not make it false."""
    return bool(candidates) and candidates[0].score - swap.score > AMBIGUITY_MARGIN and (
        propose(index, claim, candidates[0]).verdict is Verdict.TRUE
    )


def _fuller_framing(index: Index, claim: Analysis, candidates: list[Candidate], framing: Framing) -> Framing:
    """Of two facts the claim frames misleadingly, the one that says more of it: "jaywalkers are
    caught on cameras and docked credit points" widens the Shenzhen experiment, but what it presents
    as done is the credit effect the state newspapers said was to come."""
    if as_done(claim.text, framing.fact, framing.score) is not None:
        return framing  # already the plan presented as done
    cover = max((rel.word_cover(index, claim, c.entry) for c in candidates if c.entry.fact is framing.fact), default=0.0)
    for c in candidates:
        if c.entry.fact is framing.fact or c.entry.kind is not Verdict.TRUE:
            continue
        other = as_done(claim.text, c.entry.fact, c.score)
        if other is not None and rel.word_cover(index, claim, c.entry) >= cover:
            return other  # (a widening that also presents a plan as done is first of all the plan)
    return framing


def _false_aside(index: Index, text: str) -> Result | None:
    """The claim's aside about its subject, when that is false on its own: a confirmed main
    clause does not make "founded in 2015" right."""
    split = split_aside(text)
    if split is None:
        return None
    said = split[0]
    alone = index.analyse(said)
    if not alone.tokens and not alone.quantities:
        return None
    judged = decide(index, said, alone)
    if judged.verdict is not Verdict.FALSE or not speaks_of(index, alone, judged):
        return None  # (a fact about another name says nothing of the aside's subject)
    return part_decides(text, said, judged)


#: a relative clause that ends the claim, and the words before it that name what it is said of
_CLOSING_RELATIVE = lazy_compile(r"(?P<head>(?:[\w'’-]+\s+){0,4}[\w'’-]+),\s*(?:who|which)\s+(?P<rest>[^,;()]{8,}?)[.!]?\s*$")
_HEAD_START = lazy_compile(r"\b(?:the|a|an|this|that)\s+|\b(?=[A-Z])")


def _false_closing_clause(index: Index, text: str) -> Result | None:
    """False, when a relative clause that ends a confirmed claim is false of what it is said of:
    a confirmed quote does not make "the Shanxi man, who had been blacklisted for debt" right."""
    m = _CLOSING_RELATIVE.search(text)
    start = _HEAD_START.search(m.group("head")) if m else None
    if m is None or start is None:
        return None
    said = f"{m.group('head')[start.start():]} {m.group('rest')}"
    alone = index.analyse(said)
    if not alone.entities:
        return None
    judged = decide(index, said, alone)
    # (the fact that decides it must name what it is said of: "the Shanxi man")
    if judged.verdict is not Verdict.FALSE or judged.fact is None or alone.entities.isdisjoint(judged.fact.entities):
        return None
    return part_decides(text, said, judged)


RESCUE_SCORE = 40.0  #: a claim this close to a phrasing may be decided if the fact's phrasings together say all of it...
RESCUE_COVER = 0.75  #: ...this share of its words, by weight


def _said_across(index: Index, claim: Analysis, best: Candidate) -> bool:
    """Do the closest fact's true phrasings, taken together, say (nearly) every word of a claim
    that matches each of them only loosely? A paraphrase spreads over the ways a fact is put."""
    if best.score < RESCUE_SCORE or best.entry.kind is not Verdict.TRUE:
        return False
    if not claim.entities <= index.known.get(best.entry.fact.id, frozenset()):
        return False  # (every name the claim gives must be one the fact's phrasings give: no swap slips in)
    words = rel.content_words(index, index.terms(claim))
    return len(words) >= 3 and index.covered(words, index.true_terms(best.entry.fact.id)) >= RESCUE_COVER


def _framed(text: str, framing: Framing) -> Result:
    return stated(text, framing.fact, Verdict.MISLEADING, framing.explanation, framing.score)


def _withheld(text: str, result: Result, why: str) -> Result:
    """The claim left unverified for ``why``: what would have decided it is cited as the runner-up."""
    return Result(text, Verdict.UNVERIFIED, result.score, why, runner_up=result.match)


def _turned(result: Result, verdict: Verdict, why: str) -> Result:
    """The result, and the match it cites, given another verdict and the reason for it."""
    match = dataclasses.replace(result.match, kind=verdict, why=why) if result.match else None
    return dataclasses.replace(result, verdict=verdict, explanation=why, match=match)


def stated(text: str, fact: Fact, verdict: Verdict, why: str, score: float) -> Result:
    """A verdict a rule reached from the fact as a whole: its statement is the phrasing cited."""
    match = Match(fact=fact, phrasing=fact.statement, kind=verdict, why=why, score=score)
    return Result(text, verdict, score, why, match=match)


def _decide(index: Index, text: str, claim: Analysis, candidates: list[Candidate]) -> Result:
    if not candidates and JOINED.search(text):
        parts = each_part(index, text, JOINED)  # "Pengyuan sits on the board of directors, while Sesame is a supervisor"
        if parts:
            return parts
    if not candidates:
        described = (_without_description(index, text, claim) or without_opener(index, text)) if claim.entities else None
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
    if best.score < DECIDE_SCORE and not loose_conflict(index, claim, best) and not loose_objection(index, claim, best) and not _said_across(index, claim, best):
        described = _without_description(index, text, claim) or without_opener(index, text)
        if described is not None:
            return described
        aside = _false_aside(index, text) if ASIDE.search(text) else None
        if aside is not None:  # "Pengyuan Credit is the baby of the group, founded only in 2015, ..."
            return aside
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
        if chosen.verdict is Verdict.TRUE and c.score < DECIDE_SCORE and rel.word_cover(index, claim, c.entry) < HANDED_OVER_COVER:
            # a looser phrasing handed the claim confirms it only if it says what the claim says:
            # "blacklisted for vandalizing a shared bicycle" is not "blacklisted after jumping barriers"
            why = f"The claim says what the closest fact does not: {c.entry.fact.statement}"
            chosen = Proposal(Verdict.UNVERIFIED, why, c)
            break
    if chosen.doubtful:
        chosen, best = _agreed(index, claim, candidates, chosen, best)
    if chosen.denies_more:
        chosen, best = _speaks_of_the_denial(index, claim, candidates, chosen, best)
    if chosen.uncovered:
        chosen, best = _pinning(index, claim, candidates, chosen, best)
    if chosen.main_clause:
        main = decide(index, chosen.main_clause.text, chosen.main_clause)
        # (a main clause confirmed by another fact does not make its aside right: "Intellicredit, a
        # registry headquartered in Shenzhen, prides itself on its independence")
        # (nor, when the rest is colour, does the fact it matches: "Intellicredit, an independent
        # registry based in Shanghai, prides itself on its anti-fraud work")
        colour = chosen.verdict is Verdict.UNVERIFIED and main.verdict is Verdict.UNVERIFIED and not main.match
        aside = _false_aside(index, text) if (main.verdict is Verdict.TRUE or colour) and ASIDE.search(text) else None
        if aside is not None:
            return aside
        if main.verdict is not Verdict.UNVERIFIED:  # the aside was confirmed; the main clause decides
            return dataclasses.replace(main, claim=text)
        if colour and _colour_round(index, best, chosen.main_clause):
            fact = best.entry.fact
            why = f"Matches the fact; the rest is description the source does not weigh: {fact.statement}{as_of(fact)}"
            return _decided(text, best, Verdict.TRUE, why)
    if chosen.compound or ((chosen.uncovered or chosen.doubtful or chosen.main_clause) and chosen.verdict is Verdict.UNVERIFIED):
        parts = each_part(index, text) or aside_parts(index, text)
        if parts:
            return parts
    if chosen.verdict is Verdict.UNVERIFIED and chosen.strangers:
        scene = without_strangers(index, text, chosen.strangers)
        if scene is not None:
            return scene
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
    if chosen.verdict is Verdict.FALSE and best.entry.kind is Verdict.FALSE and ASIDE.search(text):
        # "NIFA, which sits alongside the eight firms as a shareholder, is an initiative of the PBOC":
        # a false variant's words ("an initiative of the eight firms") spread over the aside and the main clause
        split = split_aside(text)
        said = [decide(index, p, index.analyse(p)) for p in split] if split else []
        if said and all(r.verdict is Verdict.TRUE for r in said):
            why = " ".join(r.explanation for r in reversed(said))  # (the main clause first)
            return dataclasses.replace(said[1], claim=text, explanation=why, score=min(r.score for r in said))
    if chosen.verdict is Verdict.FALSE and CONTRASTED.search(text):
        # "those who care for their parents move up, while those who abuse relatives lose credit":
        # the words of both statements together may spell a false variant neither says
        parts = each_part(index, text, CONTRASTED)
        if parts is not None and parts.verdict is Verdict.TRUE:
            return parts  # "Pengyuan, Chengxin and Intellicredit sit on the supervisors' board, while five took seats among the directors"
        if parts is None or parts.verdict is not Verdict.FALSE:
            why = "The claim contrasts two statements and neither is false on its own; it needs a human check."
            return Result(text, Verdict.UNVERIFIED, best.score, why, runner_up=_match(best))
    if chosen.verdict is Verdict.FALSE:
        chosen, best = _about_the_body(index, claim, candidates, chosen, best)
    if chosen.verdict is Verdict.TRUE and ASIDE.search(text):
        aside = _false_aside(index, text)  # "Pengyuan Credit, founded in 2015, is one of the eight firms"
        if aside is not None:
            return aside
        if not rel.about_lead(index, claim, best.entry.fact) and not LEADING_CONTRAST.match(text):
            # a fact about a name in an aside confirms the aside, not what the claim says of its
            # subject: "Sesame Credit scores, like those of Tencent Credit, run from 300 to 850"
            # (a name in a leading "while" clause is not the subject: "While Alibaba's tops out at 950, Tencent's ...")
            # ("Baihang Credit, backed by the state-level NIFA, is a government-run credit bureau": NIFA's fact
            # confirms the aside; what the claim says of Baihang is the conflation)
            alone = _false_alone(index, text, without_asides(text), misleading=True)
            if alone is not None:
                return alone
    if chosen.verdict is Verdict.TRUE:
        reason = _REASON.search(text)
        given = stem(reason.group(1).lower()) if reason else ""
        if reason and not any(given in index.true_terms(c.entry.fact.id) for c in candidates):
            # "... was put there for vandalising a shared bicycle": a reason the fact does not give
            why = f"The claim gives a reason ('{reason.group(0).strip()}') the closest fact does not: {best.entry.fact.statement}"
            return Result(text, Verdict.UNVERIFIED, best.score, why, runner_up=_match(best))
        checks = framing_checks(index)
        added = (
            checks.one_score(claim, best.entry.fact, best.score)
            or checks.state_rider(claim, best.entry.fact, best.score)
            or checks.everyone_scored(claim, best.entry.fact, best.score)
        )
        if added is not None:  # "..., due nationwide by 2020, will give every citizen one score"
            return _framed(text, added)
        some = _said_of_some(index, claim, candidates, best)
        if some is not None:
            fact, said = some
            why = f"The claim says '{said}'; the source speaks of some, not all: {fact.statement}{as_of(fact)}"
            return stated(text, fact, Verdict.MISLEADING, why, best.score)
        every = sweeps_things(text)
        if every and not any(sweeps_things(t) or sweeping(t) for t in (best.entry.text, best.entry.fact.statement)):
            # "a high score frees users from deposits everywhere in China": the source names some services
            fact = best.entry.fact
            why = f"The claim says '{every.group(0)}'; the source names particular cases: {fact.statement}{as_of(fact)}"
            return stated(text, fact, Verdict.MISLEADING, why, best.score)
        chosen, best = _fuller(index, claim, candidates, chosen, best)
        chosen, best = _framed_rival(index, claim, candidates, chosen, best)
        chosen, best = _second_fact(index, claim, candidates, chosen, best)
    swapped = _named_swap(index, claim, candidates, best) if chosen.verdict is Verdict.TRUE else None
    if swapped is not None:  # "... landed there after jumping the barriers at Taiyuan Station"
        chosen, best = swapped
    if chosen.verdict is Verdict.TRUE:
        stranger = named_beside(index, claim, best.entry.fact)
        if stranger is not None:  # "... got there by jumping the barriers at Xianyang Station"
            why = f"The claim also speaks of {stranger}, which the fact that confirms the rest does not: {best.entry.fact.statement}"
            return Result(text, Verdict.UNVERIFIED, best.score, why, runner_up=_match(best))
        instead = rel.put_in_place_of(index, claim, best.entry.fact)
        if instead is not None:  # "a special blacklist for the food-delivery industry"
            mine, theirs = (rel.as_written(claim.text, instead[0]), rel.as_written(best.entry.fact.statement, instead[1]))
            why = f"The claim says '{mine}' where the source says '{theirs}': {best.entry.fact.statement}"
            return Result(text, Verdict.UNVERIFIED, best.score, why, runner_up=_match(best))
    if chosen.verdict in (Verdict.TRUE, Verdict.FALSE):
        pinned = _pins_all(claim, best.entry.fact)
        figure_clause: list[Result | None] = []  # (decided once, for the first rival that asks)
        for rival in candidates[1:]:
            if best.score - rival.score > PINNING_MARGIN:
                break
            # a rival further off than the ambiguity margin, or one that does not pin the claim's
            # figures where the closest fact does ("313 million, December 2016" are this fact's),
            # is passed over, unless it is a false variant of another fact that gives the same
            # figures: "opened for business in February 2018, the week its licence came through"
            # dates the opening as the launch's false variant does, and the licence as the
            # licence's fact does
            far = best.score - rival.score > AMBIGUITY_MARGIN
            unpinned = pinned and rival.entry.fact.id != best.entry.fact.id and not _pins_all(claim, rival.entry.fact)
            if (
                not far and chosen.verdict is Verdict.TRUE and rival.entry.kind is Verdict.FALSE and rival.entry.fact.id != best.entry.fact.id
                and len(rel.content_words(index, (index.terms(claim) & rival.entry.terms) - index.true_terms(best.entry.fact.id))) >= RIVAL_OWN_WORDS
            ):
                # a false variant of another fact, as close, speaks to what the confirming fact never
                # mentions: "most commenters sided with the Shanxi man, condemning his 180-day ban"
                why = f"Close facts disagree ({best.entry.fact.id}, {rival.entry.fact.id}); the claim needs a human check."
                return Result(text, Verdict.UNVERIFIED, best.score, why, runner_up=_match(best))
            if (far or unpinned) and not _dated_alike(index, claim, best, rival, figure_clause):
                continue
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
