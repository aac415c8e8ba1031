"""Claims that misstate a fact of a telling shape, however loosely they word it.

Some facts have a shape that tells what a claim gets wrong about them, even when no phrasing
comes close: an effect the source says will come, presented as happening now; a score people
strive for, made a requirement; what many did, said of all; a trial presented as a full launch; a punishment given another
reason; a former employer replaced; someone else ranked first on the same dated list; a body
said to be the opposite kind; the whole of a thing said to move where only part of it does; one side of
something the source says is both, said to be all of it. Each check finds the facts of its shape
(:meth:`.Index.facts_stating`) and decides only when the claim plainly speaks of one of them.
"""

from __future__ import annotations

import re

from . import relations as rel
from .figures import check_numbers, fact_figures
from .framing import as_done, presented_as_done, sweeps
from .lazyre import LazyPattern, lazy_compile
from .matching import Index
from .models import Fact, Match, Result, Verdict
from .names import first_unknown_name, unsaid_person
from .normalize import Analysis, stem
from .proposal import DECIDE_SCORE


def _stated(text: str, fact: Fact, verdict: Verdict, why: str, score: float) -> Result:
    """A verdict reached from the fact as a whole: its statement is the phrasing cited."""
    return Result(text, verdict, score, why, match=Match(fact=fact, phrasing=fact.statement, kind=verdict, why=why, score=score))


#: a fact about an effect still to come: "will also influence people's personal credit in the future"
_FUTURE_EFFECT = lazy_compile(r"\bin\s+(?:the\s+)?future\b", re.IGNORECASE)
#: a fact about what people strive for: "a score of approximately 650 is something people strive for"
_ASPIRED = lazy_compile(r"\b(?:strive[sd]?|striving|aim(?:s|ed)?\s+for|goal|try\s+to\s+reach)\b", re.IGNORECASE)
#: ...and a claim that makes it a requirement: "need a score of about 650 to get by", "the official pass mark"
_REQUIRED = lazy_compile(
    r"\b(?:needs?|needed|must|required?|requires|mandatory|obliged|unless|minimum|pass\s+mark|threshold|cut-?off|benchmark|bar)\b"
    r"|\bcan(?:'t|not)\b",
    re.IGNORECASE,
)
#: a fact about a trial launched at a time: "launched a trial of its score programme in January 2018"
_A_TRIAL = lazy_compile(r"\blaunch\w*\s+(?:a|its)\s+trial\b", re.IGNORECASE)
#: ...and a claim that has it running in full since: "has been scoring users since", "went live", "in full use"
_RUNNING = lazy_compile(r"\b(?:has|have)\s+been\s+\w+ing\b|\bwent\s+live\b|\bin\s+(?:full\s+)?use\b|\brolled\s+out\b|\bever\s+since\b", re.IGNORECASE)
#: a fact about what many did: "many Rongcheng citizens have embraced the Social Credit pilot"
_MANY = lazy_compile(r"\bmany\s+(?!of\s+the\s+\w+\s+(?:firms|companies))", re.IGNORECASE)
ALL_OF_MANY_COVER = 0.5  #: the share of the claim's own words (names and "all" aside) the fact of many must say
LOOSE_SHAPE_SCORE = 35.0  #: how near such a fact a claim that overstates it must come
LOOSE_SHAPE_WORDS = 2  #: ...and how many of its words the claim must use


def loosely_overstated(index: Index, text: str, claim: Analysis) -> Result | None:
    """A claim that overstates a fact of a telling shape, however loosely it words it: an effect the
    source says will come, presented as happening now ("Jaywalking already drags down the personal
    credit of Chinese pedestrians"); a score people strive for, made a requirement ("Chinese people
    need a Sesame Credit score of about 650 to access everyday services")."""
    all_of_many = _all_of_many(index, text, claim)
    if all_of_many is not None:
        return all_of_many
    if claim.negation_scopes:
        return None
    if presented_as_done(text):
        found = _closest_shaped(index, claim, _FUTURE_EFFECT)
        framing = as_done(text, found, 0.0) if found else None
        if framing is not None:
            return _stated(text, framing.fact, Verdict.MISLEADING, framing.explanation, framing.score)
    dated = [q for q in claim.quantities if q.kind in ("year", "month")]
    if dated and rel.TRIAL_WORDS.isdisjoint(claim.tokens) and (_RUNNING.search(text) or not rel.LAUNCH.isdisjoint(claim.tokens)):
        found = _closest_shaped(index, claim, _A_TRIAL)
        if found is not None and check_numbers(tuple(dated), fact_figures(found))[0] == "agree":
            # "Tencent Credit has been scoring users across China since January 2018": a trial, launched then
            return _stated(text, found, Verdict.MISLEADING, f"The source speaks of a trial; the claim presents it as a full launch: {found.statement}", LOOSE_SHAPE_SCORE)
    if _REQUIRED.search(text) and claim.quantities:
        found = _closest_shaped(index, claim, _ASPIRED)
        if found is not None and check_numbers(claim.quantities, fact_figures(found))[0] == "agree":
            return _stated(text, found, Verdict.MISLEADING, f"The source says people strive for it; the claim makes it a requirement: {found.statement}", LOOSE_SHAPE_SCORE)
    return None


def _all_of_many(index: Index, text: str, claim: Analysis) -> Result | None:
    """What the source says many did, said of all ("Every single resident of Rongcheng has welcomed
    the Social Credit pilot", where many embraced it): an overstatement, so misleading. The claim
    may deny nothing but its own "without exception"."""
    said_all = sweeps(text)
    if not said_all:
        return None
    all_words = {stem(w) for m in said_all for w in re.findall(r"\w+", m.group(0))}
    if any(not scope <= all_words for scope in claim.negation_scopes):
        return None
    kept, at = [], 0
    for m in said_all:
        kept.append(text[at : m.start()])
        at = m.end()
    plain = index.analyse(" ".join(" ".join([*kept, text[at:]]).split()))  # read without the "all", which dilutes it
    found = _closest_shaped(index, plain, _MANY)
    if found is None or (claim.quantities and check_numbers(claim.quantities, fact_figures(found))[0] != "agree"):
        return None  # (figures the fact does not give are a claim of their own: "a 180-day ban for anyone who ...")
    words = rel.content_words(index, index.terms(plain))
    if not words or index.covered(words, index.true_terms(found.id)) < ALL_OF_MANY_COVER:
        return None
    return _stated(text, found, Verdict.MISLEADING, f"The source says many, not all: {found.statement}", LOOSE_SHAPE_SCORE)


#: what someone was punished for: "was blacklisted after jumping over the ticket barriers", "landed on the blacklist over an unpaid loan"
_PUNISHED_FOR = lazy_compile(
    r"\b(?:blacklisted|banned|punished|fined|(?:put|placed|landed|ended\s+up)\s+on\s+(?:the\s+|a\s+)?(?:[\w'\"-]+\s+){0,4}?blacklist|"
    r"ended\s+up\s+blacklisted|(?:ended\s+up|landed|was\s+put|got\s+put)\s+there)\b(?:\s+in\s+\w+)?\s*,?\s+(?:for|after|because(?:\s+of)?|over|due\s+to)\s+"
    # (how long is no reason: "banned for life", "for 180 days", "for good")
    r"(?!(?:life|good|ever|a\s+(?:year|month|week|day)|(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?))\b)(?P<cause>[^,.;]+)",
    re.IGNORECASE,
)


def other_reason(index: Index, text: str, claim: Analysis) -> Result | None:
    """A reason for a punishment other than the one the source gives for the same person ("The
    Shanxi man was blacklisted for vandalising a shared bike", where he jumped ticket barriers)."""
    low = text.lower()
    m = _PUNISHED_FOR.search(text) if any(w in low for w in ("blacklist", "banned", "punished", "fined", " there ")) else None
    if m is None or re.search(r"\b(?:not|never|no)\b|n't\b", text[: m.start()], re.IGNORECASE):
        return None
    kinds = index.kinds
    who = {e for e in claim.entities if kinds.get(e) in ("place", "person")}
    for fact in index.facts_stating(_PUNISHED_FOR):
        fid = fact.id
        if who.isdisjoint(fact.entities) or not who <= set(index.known.get(fid, fact.entities)):
            continue
        said = [w for w in index.analyse(m.group("cause")).tokens if len(w) > 2]
        if said and not any(w in index.true_terms(fid) for w in said):
            return _stated(text, fact, Verdict.FALSE, f"The source gives another reason: {fact.statement}", DECIDE_SCORE)
    return None


#: a fact about where someone worked before: "Zhu Huanqi previously worked at Huida Asset Management"
_PREVIOUSLY = lazy_compile(r"\b(?:previously|formerly|former)\b", re.IGNORECASE)
#: ...and a claim that says where they came from: "came to Baihang from Ant Financial", "ex-Ant Financial executive"
_CAME_FROM = lazy_compile(
    r"\b(?:came|joined|moved|arrived|switched|jumped)\b[^.;]*?\bfrom\b|\b(?:former|formerly|previously|earlier)\b|\bex-|"
    r"\bbefore\b[^.;]*\b(?:worked|career|executive|was\s+at|stint)\b|\b(?:made|built|spent)\s+(?:his|her)\s+career\b",
    re.IGNORECASE,
)


def came_from_elsewhere(index: Index, text: str, claim: Analysis) -> Result | None:
    """Someone's former employer other than the one the source gives ("Zhu Huanqi came to Baihang
    from Ant Financial", where he previously worked at Huida Asset Management)."""
    kinds = index.kinds
    people = {e for e in claim.entities if kinds.get(e) == "person"}
    if claim.negation_scopes or not people or not _CAME_FROM.search(text):
        return None
    for fact in index.facts_stating(_PREVIOUSLY):
        if people.isdisjoint(fact.entities) or not any(kinds.get(e) == "company" for e in fact.entities):
            continue
        known = set(index.known.get(fact.id, fact.entities))
        # (in the claim's order: a set's order would change the name from run to run)
        others = [e for e in claim.entity_order if kinds.get(e) in ("company", "credit-score") and e not in known and not index.linked(e, frozenset(known))]
        if others:
            name = index.factbase.entities[others[0]].name
            return _stated(text, fact, Verdict.FALSE, f"The source names another former employer, not {name}: {fact.statement}", DECIDE_SCORE)
    return None


#: a fact that ranks someone first: "actress Xie Na is the number 1 Weibo celebrity in the 2017 list"
_RANKED_FIRST = lazy_compile(r"\b(?:number\s+(?:1|one)|no\.\s*1|first|top(?:s|ped)?|most[\s-]followed)\b", re.IGNORECASE)
#: a fact that ranks someone second: "He Jiong is number two on Weibo's 2017 list"
_RANKED_SECOND = lazy_compile(r"\b(?:number\s+(?:2|two)|no\.\s*2)\b", re.IGNORECASE)
#: ...and a claim that does: "ranks second", "in second place", "the runner-up" (a claim's "No. 2"
#: is "number 2" once cleaned)
_SECOND_PLACE = lazy_compile(
    r"\b(?:number\s+(?:2|two)|second\s+place|in\s+second|(?:came|comes|ranks?|ranked|placed|finished)\s+second|runner-up|second\s+on)\b",
    re.IGNORECASE,
)
#: ...and a claim that ranks someone first: "tops the 2017 list", "came first", "claimed first place"
_FIRST_PLACE = lazy_compile(
    r"\b(?:tops|topped|topping|top\s+(?:spot|place)|number\s+(?:1|one)|first\s+place|came\s+first|ranked\s+first|"
    r"most[\s-]followed|in\s+first|(?:led|leads|heads|headed)\s+(?:the|its|[\w-]+'s))\b",
    re.IGNORECASE,
)


#: a fact that says what kind of body its subject is: "..., is a state-level organization."
_KIND_OF_BODY = lazy_compile(r"\bis\s+an?\s+([\w-]+)\s+(?:organi[sz]ation|body|association|agency|firm|company|institution|platform)\b", re.IGNORECASE)


def body_of_another_kind(index: Index, text: str, claim: Analysis) -> Result | None:
    """A body said to be the opposite kind of the one the source says it is ("NIFA is a private
    industry lobby with no links to the state", where it is a state-level organization)."""
    lead = next((e for e in claim.entity_order if index.kinds.get(e) != "place"), None)
    if lead is None or not rel.says_an_opposite(claim):
        return None
    predicate = _PREDICATE.search(text)
    if predicate is None:
        return None
    words = set(index.analyse(predicate.group(1)).tokens) - claim.denied  # what the claim says its subject is
    for fact in index.facts_led_by(lead):
        m = _KIND_OF_BODY.search(fact.statement)
        kind = stem(m.group(1).lower()) if m else None
        opposite = rel.opposite_of(kind) if kind else set()
        said = sorted(opposite & words)
        if said and kind not in words:
            return _stated(text, fact, Verdict.FALSE, f"The claim says '{rel.as_written(text, said[0])}'; the source says the opposite: {fact.statement}", DECIDE_SCORE)
    return None


#: what a claim says its subject is, up to the end of that clause: "is in fact a private initiative"
_PREDICATE = lazy_compile(r"\b(?:is|was|remains)\s+([^,;:()]+)", re.IGNORECASE)
RANKED_COVER = 0.3  #: the share of a claim's words a ranking must say for the claim to speak of that ranking
#: a name opening a claim that ranks it: "Angelababy tops ...", "Actor Chen Kun topped ..."
_LEADING_NAME = lazy_compile(
    r"^\s*(?:(?:actor|actress|singer|host|comedian|star|presenter)\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:tops|topped|came|ranked|claimed|led|leads|heads|headed)\b"
)


def someone_else_first(index: Index, text: str, claim: Analysis) -> Result | None:
    """Someone other than the one the source ranks first (or second), ranked so on the same dated
    list ("Chen Kun topped Weibo's 2017 celebrity list", where Xie Na is number 1 in 2017; "Chen Kun
    ranks second", where He Jiong is number two): only one can be."""
    low = text.lower()
    if claim.negation_scopes:
        return None
    if any(w in low for w in ("top", "first", "number", "most", "lead", "led ", "head")) and _FIRST_PLACE.search(text):
        return _someone_else_at(index, text, claim, _RANKED_FIRST, "first", frozenset())
    if any(w in low for w in ("second", "two", "number 2", "runner")) and _SECOND_PLACE.search(text):
        # (the list's number one may be named beside: "Right behind Xie Na, in second place, comes Chen Kun")
        years = {q.value for q in claim.quantities if q.kind == "year"}
        firsts = frozenset(f.entities[0] for f in index.facts_stating(_RANKED_FIRST) if f.entities and fact_figures(f).get("year") == years)
        return _someone_else_at(index, text, claim, _RANKED_SECOND, "second", firsts)
    return None


def _someone_else_at(index: Index, text: str, claim: Analysis, shape: LazyPattern, place: str, beside: frozenset[str]) -> Result | None:
    years = {q.value for q in claim.quantities if q.kind == "year"}
    if len(years) != 1:
        return None
    kinds = index.kinds
    people = [e for e in claim.entity_order if kinds.get(e) == "person" and e not in beside]
    words = rel.content_words(index, index.terms(claim))
    for fact in index.facts_stating(shape):
        if fact_figures(fact).get("year") != years or index.covered(words, index.true_terms(fact.id)) < RANKED_COVER:
            continue
        ranked = fact.entities[0] if kinds.get(fact.entities[0]) == "person" else None
        named = people[0] if people else None
        other = index.factbase.entities[named].name if named and named != ranked else None
        if named is None:
            lead = _LEADING_NAME.match(text)  # ("Angelababy tops ...": one word opening the claim is a name here)
            other = lead.group(1) if lead and not index.aliases.find(lead.group(1)) else first_unknown_name(index, text) or unsaid_person(index, text, fact)
        if ranked is None or other is None:
            continue
        why = f"The source ranks {index.factbase.entities[ranked].name} {place}, not {other}: {fact.statement}"
        return _stated(text, fact, Verdict.FALSE, why, DECIDE_SCORE)
    return None


def _closest_shaped(index: Index, claim: Analysis, shape: LazyPattern) -> Fact | None:
    """The fact of this shape (its statement matches it) that names something the claim names and
    that the claim comes near enough, in its words, to be speaking of."""
    named = [f.id for f in index.facts_stating(shape) if not claim.entities.isdisjoint(f.entities)]
    found = index.closest_of(claim, named) if named else None
    if found is None or found[1] < LOOSE_SHAPE_SCORE:
        return None
    words = rel.content_words(index, index.terms(claim))
    return index.factbase.get(found[0]) if sum(1 for w in words if w in index.true_terms(found[0])) >= LOOSE_SHAPE_WORDS else None


#: a fact that says only part of something goes somewhere: "all parts of the eight companies that
#: dealt with personal credit ratings will be incorporated into Baihang, while other parts can continue"
_ONLY_PART_MOVES = lazy_compile(r"\b(?:parts?|units?|divisions?|operations|business(?:es)?)\s+of\b[^.]*\b(?:while|whereas)\s+(?:the\s+)?other\s+(?:parts?|units?|divisions?)\b", re.IGNORECASE)
#: a claim that moves something into something else: "folded into", "swallowed whole by", "handed over to"
_MOVED_INTO = lazy_compile(
    r"\b(?:merg(?:e|ed|es|ing)|fold(?:ed|s|ing)?|absorb(?:ed|s|ing)?|swallow(?:ed|s|ing)?|incorporat(?:ed|es?|ing)|subsumed|"
    r"taken\s+over|took\s+over|hand(?:ed|s|ing)?|consolidat(?:ed|es?|ing)|integrat(?:ed|es?|ing)|wound\s+up|shut\s+down|closed\s+down)\b",
    re.IGNORECASE,
)
_MOVE_WORDS = ("merg", "fold", "absorb", "swallow", "incorporat", "subsum", "took over", "taken over", "hand", "consolidat",
               "integrat", "wound up", "shut down", "closed down")  # fmt: skip
#: ...and one that says which part moves
_WHICH_PART = lazy_compile(r"\bpersonal\s+credit\b|\b(?:parts?|units?|divisions?|arms?)\b", re.IGNORECASE)


def whole_for_part(index: Index, text: str, claim: Analysis) -> Result | None:
    """The whole of a thing said to move where the fact says only part of it does ("Sesame Credit
    has been folded entirely into Baihang", "the eight firms were absorbed into Baihang")."""
    low = claim.text.lower()
    if claim.negation_scopes or not any(w in low for w in _MOVE_WORDS):
        return None
    if not _MOVED_INTO.search(claim.text) or _WHICH_PART.search(claim.text):
        return None
    made = rel.products(index)
    into = _moved_into(index, claim.text)
    for fact in index.facts_stating(_ONLY_PART_MOVES):
        target, movers = fact.entities[0], set(fact.entities[1:])
        movers |= {e for e, p in made.items() if p in movers}
        if target in claim.entities and not movers.isdisjoint(claim.entities) and into in (None, target):
            return _stated(text, fact, Verdict.MISLEADING, f"The source says only part of it moves: {fact.statement}", DECIDE_SCORE)
    return None


def one_side_alone(index: Index, text: str, claim: Analysis) -> Result | None:
    """One side said to be all of a thing the source says is both ("Rongcheng's credit scheme is
    purely about punishing bad behaviour", where it is "one of both rewards and punishments"),
    however loosely worded: the fact must be about what the claim names first."""
    if claim.negation_scopes or not claim.entity_order or not rel.ALONE.search(text):
        return None
    lead = claim.entity_order[0]
    for fact in index.facts_stating(rel.BOTH):
        sided = rel.one_sided(claim, fact) if fact.entities and fact.entities[0] == lead else None
        if sided:
            why = f"The source speaks of both {sided[1]} and {sided[0]}; the claim of {sided[0]} alone: {fact.statement}"
            return _stated(text, fact, Verdict.MISLEADING, why, DECIDE_SCORE)
    return None


def _moved_into(index: Index, text: str) -> str | None:
    """The name a text moves something into ("folded into the People's Bank of China"), if it says."""
    into = re.search(r"\binto\b", text, re.IGNORECASE)
    after = [e for i, _, e in index.aliases.find(text) if into and i > into.end()] if into else []
    return after[0] if after else None


def misstated_shape(index: Index, text: str, claim: Analysis) -> Result | None:
    """The first of the checks above, in this order, that finds the claim misstating a fact of a
    telling shape (a loose overstatement aside, which is read only when nothing else decides)."""
    if not claim.negation_scopes or "no " in text.lower():
        body = body_of_another_kind(index, text, claim)  # "NIFA is a private industry lobby with no links to the state"
        if body is not None:
            return body
    for check in (someone_else_first, came_from_elsewhere, other_reason, whole_for_part, one_side_alone):
        found = check(index, text, claim)
        if found is not None:
            return found
    return None
