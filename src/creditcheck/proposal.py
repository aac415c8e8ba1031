"""What one candidate phrasing says about a claim: :func:`propose`.

A phrasing is true, false or misleading of its fact; the claim may agree with it, deny it, give
other figures, name someone the fact does not, drop a qualifier the fact depends on or repeat
a myth the source reports. :func:`propose` weighs all of that for one phrasing and returns a
:class:`Proposal`; :mod:`.verdict` weighs the proposals of the closest phrasings against each
other. What each rule asks of a claim and a phrasing lives in :mod:`.relations`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import relations as rel
from .asides import without_asides
from .parts import APPOSITIVE
from .dates import dated_by_the_story, measured_from_its_start
from .figures import DATES, as_of, check_numbers, fact_figures, fmt, group, of_another_order, range_end_turned, turned
from .framing import presented_as_done, speaks_of_a_plan, still_to_come, sweeping
from .lazyre import lazy_compile
from .matching import Candidate, Index
from .names import led_by_a_stranger, named_elsewhere, stands_in_for, unknown_name, unknown_person
from .models import Verdict
from .normalize import Analysis
from .quantities import Quantity

DECIDE_SCORE = 55.0  #: below this no candidate decides anything
NUMBER_SCORE = 45.0  #: an amount, or a word opposite to one a true phrasing uses, decides from this match score up
CROSSED_SCORE = 40.0  #: ...and a crossed denial, which says both sides, from this one
DATE_SCORE = 50.0  #: ...and a date from this one
DATED_EVENT_SCORE = 70.0  #: how close a claim giving only a date must be to a dated fact to contradict its date
OBJECTION_SCORE = 52.0  #: a match this close may find a claim false or misleading, though not confirm it


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
    denies_more: bool = False  #: undecided because the claim denies what this fact does not speak of: a fact that does may decide
    strangers: tuple[str, ...] = ()  #: undecided because the claim names these, which this fact does not: without them it may be decided


#: the claim vouches for what it reports ("as the ACLU correctly reported, ...")
_ENDORSES = re.compile(
    r"\b(?:correctly|rightly|accurately|"
    r"(?:was|were|is|are|proved|proven|turned\s+out\s+to\s+be)\s+(?:right|correct|accurate|true|spot\s+on)|(?:had|got)\s+it\s+right)\b",
    re.I,
)
#: ...or has the state itself announce it ("Beijing has announced that every citizen will ..."),
#: where no one is said to report it
_STATE_ANNOUNCED = re.compile(r"\b(?:announc|decree|declar|ordered|ordain|legislat)\w*", re.I)
_REPORTS = re.compile(r"\b(?:warn(?:s|ed)?|claim(?:s|ed)?|sa(?:y|ys|id)|report(?:s|ed)?|argu(?:e|es|ed)|predict(?:s|ed)?|alleg(?:e|es|ed)|suggest(?:s|ed)?)\b", re.I)
#: the phrasing reports a claim the source calls false ("the ACLU wrongly claimed ...")
_REPORTED_MYTH_WORDS = r"\b(?:wrongly|falsely|mistakenly|erroneously|incorrectly|myths?|misconceptions?|debunk(?:s|ed|ing)?)\b"
REPORTED_MYTH = re.compile(_REPORTED_MYTH_WORDS, re.IGNORECASE)
#: the claim itself calls what it reports false ("the ACLU's warning ... was, the article says, false")
_CALLED_FALSE = re.compile(
    _REPORTED_MYTH_WORDS + r"|\b(?:false|untrue|inaccurate|incorrect|wrong|debunked|baseless|unfounded|exaggerated|overblown)\b",
    re.IGNORECASE,
)


#: a date that bounds a denial ("no account before 2018") rather than placing it ("not in 2016")
_BOUNDING_DATE = lazy_compile(r"\b(?:before|after|until|till|since|by|prior\s+to)\s+(?:\w+\s+)?\d{4}\b", re.IGNORECASE)
#: the clauses of a claim, and a denial in one ("did not receive its licence in 2016")
_CLAUSES = lazy_compile(r"[,;:]|\band\b|\bbut\b", re.IGNORECASE)
_DENIED_IN_ITS_CLAUSE = lazy_compile(r"\b(?:not|never|no|none|neither|nor|without)\b|n't\b", re.IGNORECASE)
#: a fact that denies of a whole group ("none of the eight firms had a licence")
#: an aside about the writer's own figure or story: ", a figure the alarmists rarely mention,"
_COMMENT_ASIDE = lazy_compile(r",\s*(?:a|an)\s+(?:[\w'-]+\s+){0,2}?(?:figure|number|fact|detail|point|statistic)\b[^,;]*,", re.IGNORECASE)
#: the source's words for part of a group: "many Rongcheng citizens"
SOME = lazy_compile(r"\b(?:many|some|most|several|a\s+few|certain|a\s+number\s+of|a\s+majority\s+of|(?:\w+\s+)?majority)\b", re.IGNORECASE)
#: a share of a group said in words: "most of", "the majority of", "more than half of"
_SHARE_OF_GROUP = lazy_compile(r"\b(?:most|majority|half|many)\b", re.IGNORECASE)
#: "has not yet gone national", "has yet to": not done so far, which a plan for later does not deny
_NOT_YET = lazy_compile(r"\b(?:not\s+yet|yet\s+to|still\s+to)\b|n't\s+yet\b", re.IGNORECASE)
_DENIES_ALL = lazy_compile(r"\b(?:none|no\s+one|nobody|not\s+one|not\s+a\s+single|neither)\b", re.IGNORECASE)


#: a figure the claim sets aside for another: "rather than two systems", "instead of two"
_SET_ASIDE = lazy_compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:just\s+|only\s+)?$", re.IGNORECASE)


def _set_aside_figure(claim: Analysis, figures: dict[str, set[float]]) -> Quantity | None:
    """A figure of the source's that the claim puts right after "rather than" or "instead of"."""
    for q in claim.quantities:
        at = q.found_in(claim.text)
        if at > 0 and _SET_ASIDE.search(claim.text, 0, at) and q.value in figures.get(group(q.kind), ()):
            return q
    return None


def _myth_repeated(claim: Analysis, candidate: Candidate) -> Proposal:
    """A claim that says what the fact reports as a myth, without calling it one."""
    fact = candidate.entry.fact
    if _ENDORSES.search(claim.text) or (_STATE_ANNOUNCED.search(claim.text) and not _REPORTS.search(claim.text)):
        # "the ACLU rightly warned that ...", "Beijing has announced that ...": what the source calls false, vouched for
        return Proposal(Verdict.FALSE, f"The source reports this as a false claim: {fact.statement}", candidate)
    # "the ACLU warned that ...", or the warning told as fact: the myth repeated without saying it
    # is one, which is how a misconception spreads (its figures are real, said of something else)
    return Proposal(Verdict.MISLEADING, f"The claim repeats what the source calls false without saying so: {fact.statement}", candidate)


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
    sided = rel.one_sided(claim, fact) if not claim.negation_scopes else None
    if sided:
        # "Rongcheng's credit system is purely a tool for punishing" where it has both rewards and punishments
        return Proposal(Verdict.MISLEADING, f"The source speaks of both {sided[1]} and {sided[0]}; the claim of {sided[0]} alone: {fact.statement}", candidate)
    if rel.reduces(claim, fact):
        # "Sesame Credit is just a loyalty program": the comparison is the source's, the "just" is not
        return Proposal(Verdict.MISLEADING, f"The claim reduces it to less than the source says it is: {fact.statement}", candidate)
    if verdict is Verdict.FALSE and still_to_come(claim.text) and presented_as_done(entry.text):
        # "will cover foreign firms from 2020" is no answer to "already covered everyone in 2018"
        return Proposal(
            Verdict.UNVERIFIED, f"The claim speaks of what is to come; the closest false variant of what was already done: {fact.statement}",
            candidate, inapplicable=True,
        )
    only = rel.made_the_only(claim, fact) if not claim.negation_scopes else None
    if only and verdict is Verdict.FALSE and not rel.misses_the_error(index, claim, entry):
        only = None  # the false variant the claim repeats says what is wrong with it
    if only:  # "Sina Weibo is the one and only micro-blogging service in China" where several sites offer it
        return Proposal(Verdict.MISLEADING, f"The claim says '{only}'; the source speaks of others too: {fact.statement}{as_of(fact)}", candidate)
    if verdict is Verdict.FALSE and " than " in claim.text and rel.turns_the_variant(index, claim.text, entry):
        return Proposal(
            Verdict.UNVERIFIED, f"The claim says the opposite of the closest false variant: {fact.statement}", candidate, inapplicable=True
        )
    if verdict is not Verdict.TRUE and rel.drops_the_only(index, claim, entry):
        return Proposal(
            Verdict.UNVERIFIED, f"The claim does not say 'only', which is what makes the closest variant wrong: {fact.statement}", candidate,
            inapplicable=True,
        )
    if verdict is Verdict.FALSE and rel.misses_the_error(index, claim, entry):
        return Proposal(
            Verdict.UNVERIFIED, f"The claim does not repeat what makes the closest false variant wrong: {fact.statement}", candidate,
            inapplicable=True,
        )
    if verdict is Verdict.MISLEADING and not claim.quantities and rel.misreads_a_figure(entry):
        # "Weibo users post 19% more than Twitter users" misreads a figure; a claim without one does not
        return Proposal(
            Verdict.UNVERIFIED, f"The claim gives none of the figures the closest framing misreads: {fact.statement}", candidate,
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
    if verdict is Verdict.TRUE and REPORTED_MYTH.search(entry.text) and not _CALLED_FALSE.search(claim.text):
        return _myth_repeated(claim, candidate)
    opposed = rel.opposed(claim, entry.analysis)
    if not opposed and verdict is Verdict.TRUE:
        # a word whose opposite the fact affirms in another phrasing ("private" against "state-level")
        opposed = rel.opposed_terms(claim, index.true_terms(fact.id))
        if opposed and opposed[0] in rel.COMPARATIVES and (rel.compares_names(index, claim.text) or any(
            opposed[1] in e.analysis.tokens and rel.compared_the_other_way(claim.text, e.text) for e in index.entries_of(fact.id)
        )):
            # "X is discussed less than Y" may be another phrasing's "Y is discussed more than X":
            # a comparison turned around is for turned_comparison, which reads both sides, to find
            opposed = None
    if opposed and opposed[0] in rel.COMPARATIVES and " than " in claim.text and rel.names_compared_alike(index, claim.text, fact):
        opposed = None  # "Twitter users post less than Sina Weibo users": the names turned round with the word
    if opposed and verdict is Verdict.TRUE and rel.said_of_its_own_side(index, claim, fact, *opposed):
        opposed = None  # "those who look after their parents climb the rankings": the source's "better rankings", not its "lowers"
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
    both = rel.both_ways(claim, index.true_terms(fact.id)) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else None
    if both:  # "more guarded than Twitter users, revealing less personal information": which is the source's?
        return Proposal(
            Verdict.UNVERIFIED,
            f"The claim says both '{rel.as_written(claim.text, both[0])}' and '{rel.as_written(claim.text, both[1])}' where the source says only "
            f"'{rel.as_written(fact.statement, both[0])}'; it needs a human check.",
            candidate,
        )
    figures = fact_figures(fact)
    status, wrong, uncovered = check_numbers(rel.as_the_limit(rel.without_start_years(claim), fact), figures)
    miscounted = [q for q in uncovered if q.definite and rel.counted_otherwise(claim.text, q, fact)]
    if miscounted:  # "a list of the 30 top cities" for the 12 the source counts
        wrong, uncovered, status = [*wrong, *miscounted], [q for q in uncovered if q not in miscounted], "conflict"
    if status == "conflict" and len(wrong) < len(claim.quantities) - len(uncovered):
        # "36% of Baihang, the rest split among eight commercial shareholders": another group's count
        grouped = [q for q in wrong if rel.counts_another_group(index, claim.text, q, fact)]
        status, wrong, uncovered = _set_aside(grouped, status, wrong, uncovered)
    if status == "conflict":
        # "long before most of its rivals appeared" gives no figure a count of eight could contradict
        worded = [q for q in wrong if rel.share_of_no_share(q, fact)]
        status, wrong, uncovered = _set_aside(worded, status, wrong, uncovered)
    counted = next((n for q in wrong if (n := rel.counts_unsaid(index, claim.text, q, fact))), None) if status == "conflict" else None
    if counted:
        # "umbrellas in more than 40 Chinese cities" counts what the fact's 600 (a score) does not:
        # the claim's figures are about something else
        return Proposal(Verdict.UNVERIFIED, f"The claim counts {counted}, which the source does not: {fact.statement}", candidate, True)
    instance = rel.one_of_a_kind(claim.text, fact) if status == "conflict" else None
    if instance:
        # "the hashtag on nationally confirmed cases reached 13.5 billion views" against what "a
        # number one trending topic" can get: one particular post's figure, not the kind's
        return Proposal(Verdict.UNVERIFIED, f"The claim gives a figure for one particular {instance}; the source speaks of any: {fact.statement}", candidate, True)
    denied = [q for q in wrong if rel.denied_figure(claim.text, q)] if status == "conflict" else []
    if denied and len(denied) < len(claim.quantities) - len(uncovered):
        # "350 up to 950, so nobody has a perfect 1000": a figure the claim denies beside ones it gives
        wrong = [q for q in wrong if q not in denied]
        status = "conflict" if wrong else "agree"
    entry_status, entry_wrong, _ = check_numbers(entry.analysis.quantities, figures)
    if entry.kind is Verdict.TRUE and rel.crossed_denial(claim, entry, index):
        return Proposal(Verdict.FALSE, f"The claim turns the source around: {fact.statement}{as_of(fact)}", candidate)
    flips = rel.negation_flips(index, claim, candidate)
    set_aside = _set_aside_figure(claim, figures) if flips and entry.kind is Verdict.FALSE else None
    if set_aside is not None:
        # "one single system rather than two systems" denies the source's own count, not the variant
        return Proposal(Verdict.FALSE, f"The claim sets aside '{set_aside.text}', the figure the source gives: {fact.statement}{as_of(fact)}", candidate)
    if flips and rel.played_down_meaning(claim, fact):
        flips = False  # "Weibo means nothing more than 'micro-blog'": a meaning played down, not denied
    if flips and not claim.negation_scopes and rel.bound_denied_alike(claim, entry.text):
        flips = False  # "a post can be no longer than 140 characters" is "no single post may be longer than 140"
    partner = rel.figure_partner_swapped(claim, fact) if status == "agree" and not claim.negation_scopes else None
    # (a false variant whose figures the claim's agree with stands for the fact here: "the majority" is > 50 either way)
    larger = rel.majority_swapped(claim, fact) if partner is None and (verdict is Verdict.TRUE or status == "agree") and not claim.negation_scopes else None
    if partner or larger:
        mine, theirs = partner or larger  # type: ignore[misc]
        mine, theirs = rel.as_written(rel.normalized_words(claim.text), mine), rel.as_written(rel.normalized_words(fact.statement), theirs)
        what = "the figure" if partner else "the larger share"  # ("women make up a slight majority of Weibo's users")
        return Proposal(Verdict.FALSE, f"The claim gives '{mine}' {what} the source gives '{theirs}': {fact.statement}{as_of(fact)}", candidate)
    if flips and entry.kind is Verdict.FALSE and entry_status != "conflict" and rel.asserts_the_error(index, claim, entry):
        flips = False  # the denial is of something else; the variant's error is said outright
    if flips is None:
        rest = rel.without_contrast(index, claim.text, fact)  # "..., not its board of directors": what comes before decides
        return Proposal(
            Verdict.UNVERIFIED, "The phrasing's negation may or may not bear on the claim; it needs a human check.", candidate,
            doubtful=True, main_clause=index.analyse(rest) if rest else None,
        )
    if (
        flips and entry.kind is Verdict.TRUE and not claim.negation_scopes and _DENIES_ALL.search(fact.statement)
        and any(q.kind == "percent" and q.comparator in ("gt", "ge") and _SHARE_OF_GROUP.search(q.text) for q in claim.quantities)
    ):
        # "most of the eight firms had been granted licences" against "none of the eight had one"
        return Proposal(Verdict.FALSE, f"The source says none did: {fact.statement}{as_of(fact)}", candidate)
    if flips and any(q.comparator in ("gt", "ge", "lt", "le") for q in claim.quantities):
        # "no firm holds more than 8%" denies a comparison, not the fact's figure
        return Proposal(Verdict.UNVERIFIED, "The claim denies a comparison with a figure; it needs a human check.", candidate)
    if (
        status == "conflict" and not flips and entry.kind is Verdict.FALSE and all(q.kind in DATES for q in wrong)
        and not _BOUNDING_DATE.search(claim.text)
        and any(sc & theirs for sc in claim.negation_scopes for theirs in entry.analysis.negation_scopes)
        and any(_DENIED_IN_ITS_CLAUSE.search(clause) for q in wrong for clause in _CLAUSES.split(claim.text) if q.found_in(clause) >= 0)
    ):
        # "did not receive its licence in 2016" says what a denial without a date ("never received
        # a licence") says, with a date the fact does not give: true as worded, whatever the year
        return Proposal(Verdict.UNVERIFIED, "The claim denies something at a time the source does not give; it needs a human check.", candidate)
    if (
        status == "conflict" and flips and entry.kind is Verdict.TRUE and not claim.negation_scopes
        and _DENIES_ALL.search(fact.statement) and wrong and all(q.kind == "count" for q in wrong)
        and all(q.value < max(figures.get("amount") or {0.0}) for q in wrong)
    ):
        # "five of the eight firms had been granted licences" against "none of the eight had one":
        # what the source denies of the whole group, the claim affirms of some of it
        return Proposal(Verdict.FALSE, f"The source says none did: {fact.statement}{as_of(fact)}", candidate)
    if status == "conflict" and flips:
        # (a false variant without figures, "has never received a licence", does not bear on the
        # claim's figures: the next close phrasing, which gives them, may decide)
        return Proposal(
            Verdict.UNVERIFIED, "The claim negates a statement whose figures also differ; it needs a human check.", candidate,
            inapplicable=entry.kind is Verdict.FALSE and not entry.analysis.quantities,
        )
    if status == "conflict" and fact.as_of and rel.claims_other_time(claim, fact, close=candidate.score >= DATED_EVENT_SCORE):
        return Proposal(
            Verdict.UNVERIFIED,
            f"The source's figure is as of {fact.as_of}; the claim speaks of another time: {fact.statement}",
            candidate,
        )
    later = rel.changed_later(claim, fact) if status == "conflict" else None
    if later:  # "Sesame Credit raised its top score to 1,000 in 2019", after the 2018 article
        why = f"The claim speaks of a change in {later}, after the source was published ({fact.source.date}): {fact.statement}"
        return Proposal(Verdict.UNVERIFIED, why, candidate)
    if status == "conflict" and all(q.kind in DATES for q in wrong) and rel.dates_another_step(claim.text, fact.statement):
        # "the blacklist took effect on June 1" against "was announced on May 22": another step of the story
        return Proposal(Verdict.UNVERIFIED, f"The source dates another step (its announcement); the claim dates something else: {fact.statement}", candidate)
    if status == "conflict" and rel.inside_range(claim, wrong, fact):
        return Proposal(Verdict.UNVERIFIED, f"The claim's figure lies inside the range the source gives, which pins no point in it: {fact.statement}", candidate, True)
    if status == "conflict" and not rel.about_lead(index, claim, fact):
        return Proposal(Verdict.UNVERIFIED, f"The claim's figures differ from a fact about something else: {fact.statement}", candidate, True)
    other = named_elsewhere(index, claim, fact) if status == "conflict" else None
    if other:
        # "the Vivo X50 hashtag racked up 1.7 billion views", "@信用芜湖 has 3,000 followers": another thing's figure
        return Proposal(Verdict.UNVERIFIED, f"The claim's figures are about {other}, which the source does not mention: {fact.statement}", candidate, True)
    counted = rel.counts_other_things(index, claim, wrong, fact) if status == "conflict" else None
    if counted:
        return Proposal(Verdict.UNVERIFIED, f"The claim counts {counted}, which the source gives no figure for: {fact.statement}", candidate, True)
    if status == "conflict" and of_another_order(wrong, figures):
        return Proposal(Verdict.UNVERIFIED, f"The claim's figures are of another order than the source's, of something else: {fact.statement}", candidate, True)
    if status == "conflict" and rel.compound(index, claim, wrong, uncovered, fact):
        return Proposal(
            Verdict.UNVERIFIED, "The claim combines figures that belong to different facts; it needs a human check.", candidate, compound=True
        )
    if status == "conflict" and candidate.score >= (number_score or _conflict_floor(wrong)):
        said = ", ".join(dict.fromkeys(q.text for q in wrong))
        # each figure in the form of its own kind: "number 2", "83,883,937", "2017"
        pinned = ", ".join(
            dict.fromkeys(fmt(v, {q.kind}) for q in sorted(wrong, key=lambda q: q.kind) for v in sorted(figures[group(q.kind)]))
        )
        why = f"The claim says {said}; the source gives {pinned}: {fact.statement}{as_of(fact)}"
        if any(turned(q, figures) for q in wrong):
            way = "below" if any(q.comparator in ("lt", "le") for q in wrong) else "above"
            why = f"The claim says {way} {said}; the source sets the threshold the other way: {fact.statement}{as_of(fact)}"
        kind = index.kinds.get(fact.entities[0])
        # the fact of the same kind that pins just these figures
        other = next((f for f in index.facts_with_numbers(wrong, exclude=fact.id) if index.kinds.get(index.fact_leads[f]) == kind), None)
        if other is not None and len(wrong) > 1 and len({(q.kind, q.value) for q in wrong}) == 1:
            # "With more than 500 million registered accounts, Weibo has half a billion active users":
            # a figure the claim gives rightly of one thing, carried over to another
            why = f"The claim carries {wrong[0].text} over from another fact ({index.factbase.facts[other].statement}); the source says: {fact.statement}{as_of(fact)}"
            return Proposal(Verdict.MISLEADING, why, candidate)
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
        if REPORTED_MYTH.search(fact.statement) and not _CALLED_FALSE.search(claim.text):
            return _myth_repeated(claim, candidate)  # (the right figures of a myth are the myth's)
        verdict, why = Verdict.TRUE, ""
    elif verdict is Verdict.FALSE and entry_status == "conflict" and not flips and not rel.gives_group(claim, entry_wrong):
        # a variant wrong only in its figures ("named 10 top cities") says nothing against a
        # claim that gives no such figure ("named Xiamen and Chengdu among the top cities")
        return Proposal(Verdict.UNVERIFIED, f"The closest false variant is wrong in a figure the claim does not give: {fact.statement}", candidate)
    elif status == "conflict":
        return Proposal(Verdict.UNVERIFIED, "The figures in the claim do not match what the closest fact pins.", candidate)
    if flips and entry.kind is Verdict.TRUE and rel.denial_as_ban(index, claim, entry):
        flips = False  # "no train travel for 180 days" says what "banned from traveling by train for 180 days" says
    barred = rel.barred_from_what_it_has(index, claim, entry) if not flips and verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else None
    if barred:  # "were both barred from (kept off) Baihang's board" against "have seats on the board"
        return Proposal(Verdict.UNVERIFIED, f"The claim says '{barred}' where the closest phrasing bars nothing: {fact.statement}", candidate)
    doubt_denied = flips and entry.kind is Verdict.TRUE and rel.denial_as_doubt(claim, entry)
    if doubt_denied:
        flips = False  # "will probably not reduce their data to one single score" says what "unlikely to" says
    if flips and entry.kind is Verdict.TRUE and _NOT_YET.search(claim.text) and speaks_of_a_plan(fact.statement):
        # "has yet to go national" against "promised to roll it out nationally by 2020": not done yet is no denial of a plan
        return Proposal(Verdict.UNVERIFIED, f"The claim says it has not happened yet; the source speaks of a plan: {fact.statement}", candidate, inapplicable=True)
    if flips and entry.kind is Verdict.TRUE and not entry.analysis.negation_scopes and rel.denied_by_the_source(index, claim, entry):
        # "cannot be reached ..., where both are blocked": the source makes that denial itself elsewhere
        return Proposal(Verdict.UNVERIFIED, "The phrasing's negation may or may not bear on the claim; it needs a human check.", candidate, doubtful=True)
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
    if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE and rel.turned_direction(index, claim, fact):
        return Proposal(Verdict.FALSE, f"The claim moves the other way from the source: {fact.statement}", candidate)
    crossed = rel.misplaced_opposite(index, claim, fact) if verdict is Verdict.TRUE else None
    if crossed:
        return Proposal(
            Verdict.FALSE, f"The claim says '{crossed[0]}' of {crossed[1]}; the source says the opposite of them: {fact.statement}", candidate
        )
    people = rel.share_of_people(index, claim, fact) if verdict is Verdict.TRUE and status == "agree" else None
    if people:
        return Proposal(Verdict.UNVERIFIED, f"The claim gives a share of {people}; the source's is a share of something else: {fact.statement}", candidate, True)
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
            why = f"The source names {names_of(index, swap[1])}, not {names_of(index, swap[0])}: {fact.statement}{as_of(fact)}"
            return Proposal(Verdict.FALSE, why, candidate)
        names = " and ".join(index.factbase.entities[e].name for e in strangers)
        # the names may stand in the main clause, the fact confirming only an aside: that clause decides
        main = rel.main_clause(index, claim, entry) if not flips else None
        # (or they stand in an aside, which may then be judged on its own: compound)
        return Proposal(
            Verdict.UNVERIFIED, f"The claim also names {names}, which the closest fact does not: {fact.statement}", candidate,
            main_clause=main, compound=main is None and (without_asides(claim.text) != claim.text or bool(APPOSITIVE.search(claim.text))),
            strangers=tuple(strangers),
        )
    main = rel.main_clause(index, claim, entry) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else None
    if main:
        return Proposal(
            Verdict.UNVERIFIED, f"The fact bears on an aside of the claim, not on its main point: {fact.statement}", candidate, main_clause=main
        )
    share = rel.small_share_said_of_all(claim, fact) if verdict is Verdict.TRUE and status != "conflict" else None
    if share:
        return Proposal(Verdict.FALSE, f"The claim says '{share}'; the source gives a far smaller share: {fact.statement}{as_of(fact)}", candidate)
    most = rel.most_said_of_all(claim, fact) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE and not claim.negation_scopes else None
    if most:  # "practically every Chinese internet user had signed up" for "a significant majority"
        return Proposal(Verdict.MISLEADING, f"The claim says '{most[0]}'; the source says '{most[1]}': {fact.statement}{as_of(fact)}", candidate)
    stranger = led_by_a_stranger(index, claim, fact) if verdict is Verdict.TRUE else None
    if stranger:
        return Proposal(Verdict.UNVERIFIED, f"The claim is about {stranger}, which the fact base does not cover: {fact.statement}", candidate)
    someone = rel.about_someone_else(index, claim, entry) or rel.compared_with(index, claim, entry) if verdict is Verdict.TRUE else None
    if someone:
        theirs, mine = (index.factbase.entities[e].name for e in someone)
        return Proposal(
            Verdict.UNVERIFIED, f"The closest phrasing is about {theirs}; the claim is about {mine}: {fact.statement}", candidate,
            inapplicable=True,
        )
    stranger = unknown_person(index, claim, fact) if verdict is Verdict.TRUE else None
    if stranger:
        return Proposal(Verdict.UNVERIFIED, f"The claim is about {stranger}, whom the fact base does not know: {fact.statement}", candidate)
    body = unknown_name(index, claim, entry) if verdict is Verdict.TRUE else None
    replaced = stands_in_for(index, claim, entry, body) if body else None
    if replaced:
        return Proposal(Verdict.FALSE, f"The claim names {body} where the source names {replaced}: {fact.statement}{as_of(fact)}", candidate)
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
    # (a rank only: "the Third Plenum" names a meeting, "the second most-followed" ranks a star)
    ranking = rel.superlatives(entry.analysis) or any(q.kind == "rank" for q in entry.analysis.quantities)
    dropped = (
        rel.ORDINALS & set(entry.analysis.tokens) - set(claim.tokens)
        if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE and not ranked and ranking
        else set()
    )
    if dropped:
        rank = sorted(dropped)[0]
        if rel.superlatives(claim) & rel.superlatives(entry.analysis):
            # "He Jiong is the most-followed" against "the second most-followed": first is not second
            return Proposal(Verdict.FALSE, f"The source ranks it {rank}, not first: {fact.statement}{as_of(fact)}", candidate)
        return Proposal(Verdict.UNVERIFIED, f"The claim leaves out '{rank}', on which the fact depends: {fact.statement}", candidate)
    hedge = rel.HEDGES & set(entry.analysis.tokens) - set(claim.tokens) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE and not doubt_denied else set()
    if hedge and not claim.negation_scopes and not rel.HEDGED.search(claim.text):
        # "will be boiled down to one single number" asserts what the source finds unlikely
        return Proposal(Verdict.FALSE, f"The claim states as fact what the source finds unlikely: {fact.statement}", candidate)
    if hedge:
        return Proposal(Verdict.UNVERIFIED, f"The claim leaves out '{sorted(hedge)[0]}', on which the fact depends: {fact.statement}", candidate)
    trial = rel.drops_the_trial(claim, entry) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else None
    if trial:
        return Proposal(
            Verdict.MISLEADING, f"The source speaks of a {trial}; the claim presents it as a full launch: {fact.statement}{as_of(fact)}", candidate
        )
    meaning = rel.other_meaning(index, claim, fact) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else None
    if meaning:  # "'Weibo' literally translates as 'social network'"
        return Proposal(Verdict.FALSE, f"The source says it means '{meaning[1]}', not '{meaning[0]}': {fact.statement}", candidate)
    aimed = rel.other_object(index, claim, fact, entry.text) if verdict is Verdict.TRUE else None
    if aimed:  # "to catch drunk drivers" where the source says "to catch jaywalkers"
        return Proposal(Verdict.UNVERIFIED, f"The claim says '{aimed[0]}' where the source says '{aimed[1]}': {fact.statement}", candidate)
    if verdict is Verdict.TRUE and rel.compares_unsaid(index, claim, fact):
        return Proposal(Verdict.UNVERIFIED, f"The claim makes a comparison the source does not: {fact.statement}", candidate)
    certain = rel.made_certain(claim, entry) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE and not claim.negation_scopes else None
    if certain:  # "automatically banned for life" where the source says "could be banned"
        return Proposal(Verdict.MISLEADING, f"The claim says '{certain}'; the source says only that it could happen: {fact.statement}", candidate)
    rule = rel.ceiling_made_the_rule(claim, fact) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE and status == "agree" else None
    if rule:
        return Proposal(Verdict.MISLEADING, f"The source gives the figure as the most there can be; the claim says '{rule}': {fact.statement}{as_of(fact)}", candidate)
    total = rel.overstates(claim, entry) if verdict is Verdict.TRUE and entry.kind is Verdict.TRUE else None
    if total and sweeping(claim.text) and SOME.search(fact.statement):
        # "the entire population has embraced it, without a single dissenting voice" for "many citizens"
        return Proposal(Verdict.MISLEADING, f"The source speaks of some, not all: {fact.statement}{as_of(fact)}", candidate)
    if total:
        return Proposal(Verdict.UNVERIFIED, f"The claim says '{total}', which the source does not: {fact.statement}", candidate)
    if verdict is Verdict.TRUE and rel.unexplained_negation(index, claim, entry):
        # "Rongcheng is a county-level city in Shandong, not some big metropolis": the contrast
        # restates; what comes before it decides, unless it denies a name the fact gives
        rest = rel.without_contrast(index, claim.text, fact)
        if not rest:
            # a denial inside an aside ("By 2017, a figure the alarmists rarely mention, ...") is the
            # aside's: the claim without it may still be decided
            plain = _COMMENT_ASIDE.sub(" ", claim.text)  # (not "which never shares data": that says something of the subject)
            rest = plain if plain != claim.text and not index.analyse(plain).negation_scopes else None
        return Proposal(
            Verdict.UNVERIFIED, f"The claim also denies something the closest fact does not cover: {fact.statement}", candidate,
            main_clause=index.analyse(rest) if rest else None, denies_more=True,
        )
    if uncovered and (verdict is Verdict.TRUE or entry.kind is Verdict.MISLEADING):
        # ("one of the eight pilots" names a group by its size; it pins nothing)
        uncovered = [
            q for q in uncovered
            if not q.definite and not dated_by_the_story(index, fact, q) and not measured_from_its_start(index, claim, fact, q)
        ]
    if uncovered and (verdict is Verdict.TRUE or (entry.kind is not Verdict.TRUE and not entry.analysis.quantities)):
        # a refute or an overstatement without figures ("based only on payment history") cannot settle a claim
        # that adds one ("payment history is 35% of the score")
        said = ", ".join(q.text for q in uncovered)
        return Proposal(Verdict.UNVERIFIED, f"The claim gives figures ({said}) that the closest fact does not pin: {fact.statement}", candidate, True)
    undone = rel.undone_later(index, claim, fact) if verdict is Verdict.TRUE else None
    if undone:  # "the Shanxi man's train ban was later lifted": what became of it, which the source does not say
        return Proposal(Verdict.UNVERIFIED, f"The claim says it was {undone}; the source does not say so: {fact.statement}", candidate)
    everyone = rel.drops_the_threshold(claim, fact) if verdict is Verdict.TRUE and claim.entities else None
    if everyone:  # "any Sesame Credit user can borrow library books without a deposit"
        return Proposal(Verdict.MISLEADING, f"The claim says '{everyone}'; the source says only those with a high enough score: {fact.statement}", candidate)
    shared = rel.another_shared_thing(claim, fact) if verdict is Verdict.TRUE and not claim.negation_scopes else None
    shared = shared or (rel.other_rules(index, claim, fact, entry.text) if verdict is Verdict.TRUE and not claim.negation_scopes else None)
    if shared:  # "a blacklist for people who break the rules of umbrella-sharing services" (or "of online lending")
        return Proposal(Verdict.FALSE, f"The claim speaks of {shared[0]}; the source of {shared[1]}: {fact.statement}{as_of(fact)}", candidate)
    end = range_end_turned(claim.text, claim.quantities, fact) if verdict is Verdict.TRUE and status == "agree" and not claim.negation_scopes else None
    if end:  # "Sesame scores top out at 350": the bottom of the range given as its top
        q, said, low, high = end
        why = f"The claim gives {q.text} as the {said} of the range; the source's runs from {fmt(low)} to {fmt(high)}: {fact.statement}{as_of(fact)}"
        return Proposal(Verdict.FALSE, why, candidate)
    if verdict is Verdict.TRUE and not why:
        why = f"Matches the fact: {fact.statement}{as_of(fact)}"
    return Proposal(verdict, why, candidate)


def _set_aside(
    moved: list[Quantity], status: str, wrong: list[Quantity], uncovered: list[Quantity]
) -> tuple[str, list[Quantity], list[Quantity]]:
    """(status, wrong, uncovered) with the ``moved`` figures taken from the wrong ones to those the
    fact does not pin: they speak of something else, so they contradict nothing."""
    if not moved:
        return status, wrong, uncovered
    wrong = [q for q in wrong if q not in moved]
    return ("conflict" if wrong else "agree"), wrong, [*uncovered, *moved]


def loose_conflict(index: Index, claim: Analysis, candidate: Candidate) -> bool:
    """A looser match may still decide when the claim is about the fact's subject and contradicts
    it outright: a figure that differs, the opposite word ("lowers" for "better"), or the
    denial crossed ("the state's rather than a company's" for "a company's, not the state's")."""
    if candidate.score < CROSSED_SCORE:
        return False
    fact = candidate.entry.fact
    if not rel.about_lead(index, claim, fact):
        return False
    if candidate.entry.kind is Verdict.TRUE and rel.crossed_denial(claim, candidate.entry, index):
        return True
    if candidate.score < NUMBER_SCORE:
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


def loose_objection(index: Index, claim: Analysis, candidate: Candidate) -> bool:
    """A match just short of deciding may still object (false or misleading, never true): what
    it finds wrong with the claim is its own evidence ("the tenth person" for "the first")."""
    return candidate.score >= OBJECTION_SCORE and propose(index, claim, candidate).verdict in (Verdict.FALSE, Verdict.MISLEADING)


def _conflict_floor(wrong: list[Quantity]) -> float:
    """The match score from which these contradicting figures decide: dates need a closer match,
    since a year in a loosely matched claim often dates another event ("first reports in 2019")."""
    return DATE_SCORE if any(q.kind in DATES for q in wrong) else NUMBER_SCORE


def names_of(index: Index, ids: frozenset[str]) -> str:
    return " and ".join(sorted(index.factbase.entities[e].name for e in ids))
