"""How a claim relates to one phrasing: what they share, whom they name, which way they point.

:mod:`.verdict` weighs these to decide; each answers one question about a claim and a
phrasing (or its fact) and decides nothing by itself. They are kept apart so each can be
read, and tested through the rules in ``tests/test_engine.py``, on its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from .asides import FINITE, without_asides
from .dates import dated_foundings, since_before_founding
from .figures import DATES, check_numbers, fact_figures, group
from .framing import COMMERCIAL_KINDS, framing_checks, presented_as_done, sweeping
from .lazyre import lazy_compile
from .matching import SUBJECT_KINDS, Candidate, Entry, Index, entity_term, term_entity
from .models import Fact, Verdict
from .names import first_unknown_name
from .normalize import NO_IDIOMS, NONE_OUTDOES, STOPWORDS, Analysis, expand_contractions, head, in_brackets, replace_synonyms, stem, touches
from .quantities import Quantity, extract_quantities, spell_out_digits, spelt

#: (as stems, once each: "opened" and "open" are one word to the analysis)
ANTONYMS = tuple(dict.fromkeys(
    (stem(a), stem(b))
    for a, b in (("more", "less"), ("more", "fewer"), ("higher", "lower"), ("increase", "decrease"), ("before", "after"),
                 ("rise", "fall"), ("oldest", "youngest"), ("first", "last"), ("better", "worse"), ("better", "lower"),
                 ("raise", "lower"), ("boost", "lower"), ("same", "separate"), ("same", "differ"), ("same", "different"),
                 ("earlier", "later"), ("largest", "smallest"), ("most", "least"), ("likely", "unlikely"),
                 ("boost", "hurt"), ("raise", "hurt"), ("better", "hurt"), ("improve", "hurt"), ("improve", "lower"),
                 ("private", "state-level"), ("private", "state-run"), ("private", "state-owned"), ("private", "state-backed"),
                 ("good", "bad"), ("good", "poor"), ("allow", "forbid"), ("allow", "prohibit"), ("commercial", "state-run"),
                 ("commercial", "state-owned"), ("male", "female"), ("merged", "separate"), ("combined", "separate"),
                 ("merged", "independently"), ("apart", "conflate"), ("distinguish", "conflate"), ("separate", "conflate"),
                 ("best", "worst"), ("top", "worst"), ("top", "bottom"), ("top", "lowest"), ("top", "low"), ("high", "bottom"), ("best", "lowest"), ("highest", "lowest"), ("praised", "criticised"),
                 ("free", "half-price"), ("free", "reduced"), ("free", "discounted"), ("free", "full-price"), ("discounted", "full-price"),
                 ("half-price", "full-price"), ("online", "offline"), ("grow", "fall"), ("grew", "fell"), ("grow", "fell"), ("grew", "fall"),
                 ("grow", "decline"), ("grew", "declined"), ("grow", "shrink"), ("grew", "shrank"), ("rise", "drop"), ("rose", "dropped"),
                 ("top", "slowest"), ("leading", "slowest"), ("fastest", "slowest"), ("top", "lagging"), ("leading", "lagging"),
                 ("top", "trails"), ("leading", "trails"), ("top", "behind"), ("leading", "behind"),
                 ("above", "below"), ("above", "fewer"), ("above", "less"), ("below", "more"),
                 ("avoid", "keen"), ("avoid", "keener"), ("avoid", "eager"), ("avoid", "love"),
                 ("higher", "fewer"), ("higher", "less"), ("stop", "open"), ("block", "open"),
                 ("stop", "unblock"), ("block", "unblock"), ("plug", "unblock"), ("ban", "lift"),
                 *(("embraced", down) for down in ("resented", "rejected", "opposed", "disliked", "resisted", "hated")),
                 *((up, down) for up in ("climb", "jump", "increase", "rise", "grow", "grew")
                   for down in ("fewer", "less", "fall", "drop", "decline", "lower", "contract", "shrank", "shrink", "shrunk")
                   if (up, down) not in (("increase", "decrease"), ("rise", "fall"), ("grow", "fall"), ("rise", "drop"), ("grow", "decline"))),
                 # (a standing made better, or falling: "caring for one's parents leads to better rankings")
                 *((up, down) for up in ("better", "raise", "boost", "improve") for down in ("fall", "drop", "decline", "sink", "slide", "cost", "costs")))
))  # fmt: skip
_OPPOSITES = frozenset(w for pair in ANTONYMS for w in pair)
_UNLIKELY = stem("unlikely")
_UNLIKE = re.compile(r"\bunlike\b", re.IGNORECASE)
#: each opposite word -> the words opposite to it
_PARTNERS = {w: frozenset(b for a, b in ANTONYMS if a == w) | frozenset(a for a, b in ANTONYMS if b == w) for w in _OPPOSITES}
#: the opposites that compare two things, whose order in the sentence says which way
_COMPARATIVE_WORDS = ("more", "less", "fewer", "higher", "lower", "better", "worse", "earlier", "later")
COMPARATIVES = frozenset(stem(w) for w in _COMPARATIVE_WORDS)
#: ranks a true phrasing depends on: "He Jiong is the second most-followed" is no "most-followed"
ORDINALS = frozenset(stem(w) for w in ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"))
#: every ordinal, first included: "the tenth person to be blacklisted" is not "the first"
ALL_ORDINALS = ORDINALS | {stem("first")}


#: a fact that dates an announcement, a report or a promise
_ANNOUNCED = lazy_compile(r"\b(?:announced|unveiled|released|published|reported|promised|proposed|said|declared)\b", re.IGNORECASE)
#: ...and a claim that dates what came of it: "took effect", "came into force", "was enforced"
_IN_FORCE = lazy_compile(
    r"\b(?:took\s+effect|takes\s+effect|came\s+into\s+(?:force|effect)|entered\s+into\s+(?:force|effect)|went\s+into\s+(?:force|effect)|"
    r"(?:was|were|began\s+to\s+be)\s+(?:enforced|implemented|applied)|began\s+(?:to\s+)?apply(?:ing)?)\b",
    re.IGNORECASE,
)


def dates_another_step(claim_text: str, statement: str) -> bool:
    """Does the claim date a thing coming into force where the fact dates its announcement ("the
    bike-sharing blacklist took effect on June 1" against "announced ... on May 22")?"""
    in_force = _IN_FORCE.search(claim_text)
    if not (in_force and _ANNOUNCED.search(statement)):
        return False
    # (an announcement the claim also mentions is another step only when the date is the coming
    # into force's: "took effect in July, two months after it was announced")
    return not _ANNOUNCED.search(claim_text) or bool(_DATED_HERE.match(claim_text, in_force.end()))


#: a date straight after the words it dates: " in July", " on June 1"
_DATED_HERE = lazy_compile(
    r"\s+(?:on|in|from|by)\s+(?:(?:early|late|mid)[\s-]+|the\s+\w+\s+of\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)


#: a word that forbids what it governs: "banned from traveling by train" is "may not travel by train"
#: ("train travel was denied to the man" forbids it too; "Alibaba denied that ..." forbids nothing;
#: and "cost the man 180 days of train travel" takes it away for a time)
_BAN = lazy_compile(
    r"\b(?:bann(?:ed|ing)|bans?|barr(?:ed|ing)|bars|prohibit\w*|forbid\w*|block(?:ed|s|ing)?|excluded|denied(?=\s+(?:to|access)\b)|"
    r"cost(?:s|ing)?\s+(?:[\w'-]+\s+){1,4}?[\d,]+(?:\s+|-)(?:days?|weeks?|months?|years?)\s+of)(?!\w)",
    re.IGNORECASE,
)


_PASSIVE_BEFORE = lazy_compile(r"\b(?:is|are|was|were|been|be|being|remains?|remained)\s+(?:\w+\s+)?$", re.IGNORECASE)


#: a purpose and what it is aimed at: "to catch jaywalkers", "to catch drunk drivers"
_PURPOSE = lazy_compile(r"\bto\s+([a-z]+)\s+((?:[a-z'-]+\s+){0,2}?[a-z'-]+?)(?=\s*(?:[,.;]|$|\s+(?:in|on|at|for|with|and|from|by)\b))", re.IGNORECASE)


_PARTICLE = lazy_compile(r"(?:in|into|on|onto|up|out|off|down|back|over|away|for|with|at|by)\b", re.IGNORECASE)


def other_object(index: Index, claim: Analysis, fact: Fact, phrasing: str) -> tuple[str, str] | None:
    """(the claim's object, the source's) when the claim gives the same purpose aimed at something
    the fact never names: "tried out facial recognition to catch drunk drivers" where the police
    used it "to catch jaywalkers" (in the matched ``phrasing``'s words too)."""
    if " to " not in claim.text:
        return None
    return _other_object(index, claim.text, (phrasing, fact.statement), fact.id, _PURPOSE, by_name=True)


def other_rules(index: Index, claim: Analysis, fact: Fact, phrasing: str) -> tuple[str, str] | None:
    """(the claim's, the source's) when the claim gives the rules of something the fact never
    names: "a blacklist for people who break the rules of online lending" where the rules are
    those of "the bike-sharing industry"."""
    text = claim.text
    if "rule" not in text and "regulation" not in text or _SHARED_OR_HIRED.search(text):
        return None  # (what is shared or hired is another_shared_thing's to weigh: "bicycle-sharing" is bike sharing)
    sources = (phrasing, fact.statement)
    if _RULES_AFTER.search(text) and not index.aliases.find(" ".join(m.group(0) for m in _RULES_AFTER.finditer(text))):
        # "break traffic rules" are the rules of traffic ("social credit rules" are a name's)
        text, sources = _RULES_AFTER.sub(r"\2 of \1", text), tuple(_RULES_AFTER.sub(r"\2 of \1", t) for t in sources)
    # (rules named after a name are that name's: "social credit rules")
    return _other_object(index, text, sources, fact.id, _RULES_OF, by_name=False)


#: a noun naming what rules are about, before them: "traffic rules", "bike-sharing regulations"
#: (not a word that only says which or what kind: "the new rules", "strict rules")
_RULES_AFTER = lazy_compile(
    r"\b(?!(?:the|its|their|his|her|our|new|old|strict|stricter|tough|tougher|special|own|same|other|such|these|those|local|"
    r"national|basic|official|existing|current|clear|any|all|some|many|few|several|two|three)\b)"
    r"((?:[a-z]+-[a-z-]+\s+)?[a-z][a-z'-]+)\s+(rules|regulations)\b"  # (with a compound before it: "real-name registration rules")
)


_SHARED_OR_HIRED = lazy_compile(r"\b(?:rules?|regulations?)\s+(?:of|on|for|governing)\s+(?:the\s+)?[^,.;]*?(?:shar|rent|hir)", re.IGNORECASE)


#: the rules something is about: "the rules of the bike-sharing industry", "regulations on online lending"
_RULES_OF = lazy_compile(
    r"\b(rules?|regulations?)\s+(?:of|on|for|governing)\s+(?:the\s+)?((?:[a-z'-]+\s+){0,2}?[a-z'-]+?)"
    r"(?=\s*(?:[,.;]|$|\s+(?:in|on|at|for|with|and|from|by)\b))",
    re.IGNORECASE,
)


def _other_object(
    index: Index, text: str, sources: tuple[str, ...], fact_id: str, pattern: "re.Pattern[str]", *, by_name: bool
) -> tuple[str, str] | None:
    """(the claim's object, the source's) of the same head ("to catch", "the rules of") in
    ``text`` and in the fact's ``sources``, when no word of the claim's is the fact's. With
    ``by_name``, a name is one of those words; without, an object that names something is no other."""
    # (and the matched phrasing's: "used facial recognition to identify jaywalkers" as well as "to catch")
    theirs = {stem(m.group(1).lower()): m.group(2) for said in sources for m in pattern.finditer(said)}
    if not theirs:
        return None
    said = index.true_terms(fact_id)
    for m in pattern.finditer(text):
        verb = stem(m.group(1).lower())
        if verb not in theirs or _PARTICLE.match(m.group(2)):
            continue  # (nor "to opt in yourself": a verb's particle, not what it is aimed at)
        mine = index.analyse(m.group(2))
        if mine.entities and not by_name:
            continue
        words = set(mine.tokens) | ({entity_term(e) for e in mine.entities} if by_name else set())
        if words and words.isdisjoint(said) and words.isdisjoint(index.analyse(theirs[verb]).tokens):
            return m.group(2), theirs[verb]
    return None


def denial_as_ban(index: Index, claim: Analysis, entry: Entry) -> bool:
    """Does the claim deny what the phrasing says is forbidden, without a ban of its own ("The
    Shanxi blacklistee: no train travel for 180 days" for "banned from traveling by train for 180
    days")? Then the two agree; "was not banned from train travel" still denies, and so does a
    denial of something else the phrasing says ("keep their social credit untouched")."""
    ban = _BAN.search(entry.text)
    # (a ban given as the reason, "..., because both are blocked there", is no ban of the claim's own)
    own = re.split(r",\s*(?:because|since|as|given\s+that)\b", claim.text, maxsplit=1, flags=re.IGNORECASE)[0]
    # (and one named after the denial, in a closing description of it, is the same ban said
    # again: "would not set foot on a train for 180 days, a ban handed down under ...")
    own = re.split(r",\s*(?:a|an|the)\s+(?=\S+\s+(?:handed|imposed|issued|ordered|given|meted)\b)", own, maxsplit=1, flags=re.IGNORECASE)[0]
    if ban is None or len(claim.negation_scopes) != 1 or entry.analysis.negation_scopes or _BAN.search(own):
        return False
    governed = re.split(r"\s+and\s+|[,;.]", entry.text[ban.end() :], maxsplit=1)[0]  # what is forbidden
    # (and for how long, where the ban says it: "cost the man 180 days of train travel")
    forbidden = set(index.analyse(f"{ban.group(0)} {governed}").tokens)
    before = index.analyse(re.split(r"[,;]", entry.text[: ban.start()])[-1])
    said_before = set(before.tokens) | {entity_term(e) for e in before.entities}
    scope = claim.negation_scopes[0]
    if _PASSIVE_BEFORE.search(entry.text[: ban.start()]):
        # "Twitter and Facebook are blocked in mainland China": what is blocked is the subject
        forbidden |= said_before
    else:
        # "Mainland China blocks both Twitter and Facebook": what is blocked is the object, and the
        # claim names it as its subject ("Twitter and Facebook cannot be used in mainland China")
        objects = {entity_term(e) for e in index.analyse(re.split(r"[,;.]", entry.text[ban.end() :], maxsplit=1)[0]).entities}
        # (or denies them outright: "Neither Twitter nor Facebook can be used")
        named = {entity_term(e) for e in claim.entities}
        if objects and objects <= named and all(t in said_before or t in objects or t not in entry.terms for t in scope):
            return True
    return bool(scope & forbidden) and all(t in forbidden or t not in entry.terms for t in scope)


def barred_from_what_it_has(index: Index, claim: Analysis, entry: Entry) -> str | None:
    """The claim's ban ("barred from", "kept off"), when it bars what a phrasing that denies
    nothing says is had or done ("have seats on the Baihang board of directors"), and no way
    the fact is put speaks of a ban."""
    ban = _BARRED.search(claim.text)
    if ban is None or claim.negation_scopes or entry.analysis.negation_scopes:
        return None
    if any(_BAN.search(said) for said in (entry.fact.statement, *entry.fact.confirms)):
        return None
    # (what is barred, up to a time or a reason: "trains | for 180 days after he jumped ...")
    governed = _BARRED_END.split(claim.text[ban.end() :], maxsplit=1)[0]
    words = set(index.analyse(governed).tokens)
    shared = words & entry.terms  # (it must be what the phrasing speaks of, not a word in passing)
    return ban.group(1) if len(shared) >= 2 and 2 * len(shared) >= len(words) else None


#: the subject barred from something: "were both kept off Baihang's board", "was shut out of the pilots"
_BARRED = lazy_compile(
    r"\b(?:is|are|was|were|be|been|being|got|get|gets)\s+(?:\w+\s+)?"
    r"((?:barred|banned|excluded|kept|shut|locked|left)\s+(?:from|off|out\s+of)|blocked\s+from)\s+",
    re.IGNORECASE,
)
_BARRED_END = lazy_compile(r"\s+(?:and|after|before|when|because|since|while|until|for|in|on|at|as|over)\s+|[,;.]", re.IGNORECASE)


def denial_as_doubt(claim: Analysis, entry: Entry) -> bool:
    """Does the claim deny, once, what the phrasing finds unlikely ("will probably not reduce a
    person's data to one single score" for "unlikely to reduce people's data to one single score")?
    Then the two agree; "is not unlikely to" doubts the doubt, and still denies."""
    return (
        len(claim.negation_scopes) == 1
        and not entry.analysis.negation_scopes
        and bool(HEDGES & set(entry.analysis.tokens))
        and not HEDGES & set(claim.tokens)
    )


def says_an_opposite(claim: Analysis) -> bool:
    """Does the claim use a word that has an opposite ("private", "higher", "separate")?"""
    return not _OPPOSITES.isdisjoint(claim.tokens)


def opposite_of(word: str) -> frozenset[str]:
    """The words opposite to this (stemmed) word."""
    return _PARTNERS.get(word, frozenset())


def other_ordinal(claim: Analysis, entry: Entry) -> tuple[str, str] | None:
    """(the claim's ordinal, the phrasing's) when both give one and they differ: in words
    ("the Fourth Plenum") or in figures ("the 19th CPC Congress", where the fact's is the 18th)."""
    pairs = (
        (ALL_ORDINALS.intersection(claim.tokens), ALL_ORDINALS.intersection(entry.analysis.tokens)),
        (_numbered(claim.text), _numbered(entry.text) or _numbered(entry.fact.statement)),
    )
    for mine, theirs in pairs:
        if mine and theirs and mine.isdisjoint(theirs):
            return sorted(mine)[0], sorted(theirs)[0]
    return None


_NUMBERED = lazy_compile(r"\b\d{1,3}(?:st|nd|rd|th)\b", re.IGNORECASE)


def _numbered(text: str) -> set[str]:
    """The ordinals in figures in the text: "18th", "3rd"."""
    return {m.group(0).lower() for m in _NUMBERED.finditer(text)}


#: hedges a true phrasing depends on: "unlikely to be reduced to one score" is no "reduced to one score"
HEDGES = frozenset({stem("unlikely")})
#: a claim that hedges itself does not state the myth outright: "could one day", "may", "might"
HEDGED = lazy_compile(r"\b(?:may|might|could|possibly|perhaps|maybe|likely|probably|if|whether|fear|fears|feared|worry|worries)\b", re.IGNORECASE)
#: what a trial is called: a claim that drops the word presents the trial as a full launch
TRIAL_WORDS = frozenset(stem(w) for w in ("trial", "pilot", "test", "experiment", "beta", "trialled", "piloted", "tested"))
LAUNCH = frozenset(stem(w) for w in ("launched", "approved", "licensed", "endorsed", "certified"))


def drops_the_trial(claim: Analysis, entry: Entry) -> str | None:
    """The word that makes the fact a trial, when the claim speaks of the launch without it:
    "Tencent rolled out its credit score to the public in January 2018" against "launched a
    trial of its score in January 2018"."""
    if claim.negation_scopes or LAUNCH.isdisjoint(claim.tokens) or not TRIAL_WORDS.isdisjoint(claim.tokens):
        return None
    said = [t for t in entry.analysis.tokens if t in TRIAL_WORDS]
    return said[0] if said and not (LAUNCH | _GRANTED).isdisjoint(entry.analysis.tokens) else None


_GRANTED = frozenset(stem(w) for w in ("permission", "permitted", "allowed", "granted"))


#: words that make a claim total: "folded into Baihang entirely" overstates "its personal credit parts"
ABSOLUTE = lazy_compile(
    # an adverb ending its clause ("folded into it entirely, and"), not one that intensifies ("entirely voluntary")
    r"\b(?:(?:altogether|entire|wholesale|outright|in\s+full|whole(?!\s+(?:country|of\s+china|nation))|"
    r"confined\s+to|exclusively|solely|(?:every|all|any)\s+(?:forms?|kinds?|types?|modes?|means)\s+of)\b|"
    r"(?:entirely|wholly|completely|totally)(?=\s*(?:[,.;:!?]|and\b|$))|"
    # (or one that makes a merger total: "wholly absorbed into Baihang")
    r"(?:entirely|wholly|completely|totally|fully)(?=\s+(?:absorbed|swallowed|folded|merged|incorporated|subsumed|taken\s+over)\b))",
    re.IGNORECASE,
)


#: what makes a possibility a certainty, or a ban permanent: "automatically banned for life"
_FOR_GOOD = lazy_compile(r"\b(?:for\s+life|for\s+good|permanently|forever|lifelong|life-long|lifetime|automatically|indefinitely)\b", re.IGNORECASE)
#: the source's own hedge: "could be banned", "may be affected"
_MAY = lazy_compile(r"\b(?:could|may|might|can\s+be|possibly)\b", re.IGNORECASE)


def made_certain(claim: Analysis, entry: Entry) -> str | None:
    """The claim's "for life" or "automatically" where the source says only that it could happen."""
    m = _FOR_GOOD.search(claim.text)
    if m is None or _FOR_GOOD.search(entry.text) or _FOR_GOOD.search(entry.fact.statement) or not _MAY.search(entry.fact.statement):
        return None
    return m.group(0)


def overstates(claim: Analysis, entry: Entry) -> str | None:
    """A word that makes the claim total, which neither the phrasing nor its fact uses."""
    m = ABSOLUTE.search(claim.text)
    if m is None or ABSOLUTE.search(entry.text) or ABSOLUTE.search(entry.fact.statement):
        return None
    return m.group(0)


#: a figure the source gives as the most there can be: "can still get up to 800 million page views"
_AT_MOST = lazy_compile(r"\b(?:up\s+to|as\s+many\s+as|as\s+much\s+as|at\s+most)\s+\d", re.IGNORECASE)
#: ...a claim that keeps it a possibility
_POSSIBLE = lazy_compile(r"\b(?:can|could|may|might|up\s+to|as\s+many\s+as|as\s+much\s+as|at\s+most)\b", re.IGNORECASE)
#: ...and one that makes it the rule
_EVERY = lazy_compile(r"\b(?:every|each|always|all|whenever|invariably)\b", re.IGNORECASE)


def ceiling_made_the_rule(claim: Analysis, fact: Fact) -> str | None:
    """The word that makes a most-there-can-be the rule: "every number one trending topic draws
    800 million page views" where one "can still get up to 800 million"."""
    low = fact.statement.lower()
    if not claim.quantities or not any(w in low for w in ("up to", "as many as", "as much as", "at most")):
        return None
    if not _AT_MOST.search(fact.statement) or _POSSIBLE.search(claim.text):
        return None
    m = _EVERY.search(claim.text)
    return m.group(0) if m else None


#: words that rank: with an ordinal they name a place in the ranking
RANKING = frozenset(stem(w) for w in ("biggest", "largest", "highest", "top", "popular", "followed", "best"))


def superlatives(text: Analysis) -> set[str]:
    """Words that rank ("most-followed", "biggest", "largest"): with an ordinal they say which place."""
    return {t for t in text.tokens if t.startswith("most") or t in RANKING}


def contrasted(claim: Analysis, entry_terms: frozenset[str]) -> tuple[str, str] | None:
    """A pair of opposites that the claim uses both of, one of which the phrasing relies on (one
    the claim denies, "a private group with no state-level standing", it does not use)."""
    words = set(claim.tokens) - claim.denied
    for a, b in ANTONYMS:
        if a in words and b in words and (a in entry_terms or b in entry_terms):
            return a, b
    return None


def opposed(claim: Analysis, entry: Analysis) -> tuple[str, str] | None:
    """A word of the claim whose opposite the phrasing uses instead ("lowers" for "better")."""
    return opposed_terms(claim, frozenset(entry.tokens))


_TOP = stem("top")
#: "top" that ranks ("tops the list", "the top spot", "came top"), not one that describes a plural
#: or a count ("top stars", "the top ten")
_TOP_RANK = lazy_compile(r"\btop(?!\s+(?:\d+|ten|five|three|twenty|hundred|[\w-]+s)\b)", re.IGNORECASE)


_BEHIND = stem("behind")
#: "behind" that ranks ("came second, behind Xie Na", "ranks just behind"), not who stands behind a
#: thing ("the state-level body behind the project") or what lies behind a scene ("Behind the ceremony lay ...")
_BEHIND_RANK = lazy_compile(
    r"(?:\b(?:second|third|fourth|fifth|sixth|ranks?|ranked|ranking|came|comes|trails?|trailed|sits?|sat|placed?|fell|falls|lags?|lagged|"
    r"just|well|far|only|slightly|right|closely|finished|finishes)\s+|,\s*)behind\b",
    re.IGNORECASE,
)


_BEST = stem("best")
#: "best" that says how a verb is done ("know best", "like it best", "works best"), not a ranking
_BEST_BY_VERB = lazy_compile(
    r"\b(?:know|knows|knew|known|like|likes|liked|love|loves|loved|remember|remembers|remembered|suit|suits|suited|"
    r"work|works|worked|serve|serves|served|understand|understands|understood)\s+(?:it\s+|them\s+|him\s+|her\s+)?best\b",
    re.IGNORECASE,
)


#: a verb of rising or falling that gives the end of a scale, not a change: "climbs no higher than
#: 950", "goes as low as 350"
_TO_THE_END = lazy_compile(
    r"\b((?:climb|rise|rose|ris|go|went|reach|fall|fell|drop|sink|dip)\w*)\s+(?:(?:only|just)\s+)?(?:no\s+(?:higher|lower)\s+than|as\s+(?:high|low)\s+as|"
    r"up\s+to|down\s+to|at\s+most|to\s+a\s+(?:maximum|minimum|ceiling|floor|high|low|top)\s+of)\b",
    re.IGNORECASE,
)


#: an end of a scale named beside its figure: "350 at the floor", "950 at the very top", "a low of
#: 350", "tops out at 950" (the scale's ends, not a ranking)
_SCALE_END = lazy_compile(
    r"\b\d[\d,]*\s+(?:points?\s+)?at\s+(?:the|its)\s+(?:very\s+)?(?:top|bottom|floor|low|high|lowest|highest)\b"
    r"|\b(?:an?|the|its)\s+(?:top|bottom|floor|low|high|lowest|highest)\s+(?:score\s+|end\s+)?of\s+\d"
    r"|\b(?:top|bottom)(?:s|ped|ping)?\s+out\s+at\s+\d",
    re.IGNORECASE,
)
#: "fall" that is no decrease: "fall quiet", "fell silent", "falls victim to"
_FALL_IDIOM = lazy_compile(r"\b(fall|falls|fell|fallen|falling)\s+(?:quiet|silent|asleep|ill|sick|victim|prey|apart|in\s+love|into\s+line)\b", re.IGNORECASE)
_SCALE_WORDS = frozenset(stem(w) for w in ("top", "bottom", "floor", "low", "high", "lowest", "highest", "ceiling"))


def opposed_terms(claim: Analysis, terms: frozenset[str]) -> tuple[str, str] | None:
    """A word of the claim whose opposite ``terms`` has and the claim does not."""
    mine, theirs = set(claim.tokens), terms
    if _UNLIKE.search(claim.text):
        mine.discard(_UNLIKELY)  # "unlike Twitter" compares; only "unlikely" doubts (both stem alike)
    if _TOP in mine and not _TOP_RANK.search(claim.text):
        mine.discard(_TOP)  # "came second in the ranking of top stars": "top" describes the stars, it ranks no one
    if _BEHIND in mine and not _BEHIND_RANK.search(claim.text):
        mine.discard(_BEHIND)
    if _BEST in mine and _BEST_BY_VERB.search(claim.text):
        mine.discard(_BEST)  # ("the rival that gamers tend to know best": how well they know it, no ranking)
    for m in _TO_THE_END.finditer(claim.text) if "no " in claim.text or " as " in claim.text or " to " in claim.text else ():
        mine.discard(stem(m.group(1).lower()))  # ("climbs no higher than 950": the top of the scale)
    for m in _FALL_IDIOM.finditer(claim.text) if "fall" in claim.text or "fell" in claim.text else ():
        mine.discard(stem(m.group(1).lower()))  # ("the days Twitter users fall quiet": no figure falls)
    if any(ch.isdigit() for ch in claim.text) and _SCALE_END.search(claim.text):
        mine -= _SCALE_WORDS  # ("350 at the floor to 950 at the top": the words name the scale's ends, all of them)
    if " than " in claim.text:  # ("far more than any of the private partners": what it is set against)
        mine -= _only_compared(claim.text)
    # an opposite the claim only denies ("a private body with no state-level standing") it does not say
    affirmed = mine - claim.denied
    for pair in ANTONYMS:
        for a, b in (pair, pair[::-1]):
            if a in affirmed and b in theirs and b not in affirmed and a not in theirs and _PARTNERS[a].isdisjoint(affirmed):
                # (a claim that says both ways, "caring raises it, while abuse lowers it", says
                # each of its own subject: misplaced_opposite reads that clause by clause)
                return a, b
    return None


#: what a comparison sets its subject against: "than any single one of the private partners"
_THAN_PHRASE = lazy_compile(r"\bthan\s+[^,;:.!?()]+")
_A_WORD = lazy_compile(r"[\w'-]+")


def _only_compared(text: str) -> set[str]:
    """The words (as stems) the claim uses only of what it compares its subject with."""
    after = {stem(w.lower()) for m in _THAN_PHRASE.finditer(text) for w in _A_WORD.findall(m.group(0)[5:])}
    return after - {stem(w.lower()) for w in _A_WORD.findall(_THAN_PHRASE.sub(" ", text))}


def both_ways(claim: Analysis, terms: frozenset[str]) -> tuple[str, str] | None:
    """(the source's word, its opposite) when the claim says a comparative both ways ("more
    guarded ..., revealing less") and the source ("disclose more") only one: a match on the word
    the source uses may be on the wrong half."""
    affirmed = set(claim.tokens) - claim.denied
    for pair in ANTONYMS:
        for a, b in (pair, pair[::-1]):
            if a in COMPARATIVES and a in affirmed and b in affirmed and a in terms and _PARTNERS[a].isdisjoint(terms):
                # (not where the source says both ways itself: "better rankings ..., while ... lowers it")
                return a, b
    return None


#: where one figure's clause ends and its partner's begins: "50.10% are male and 49.90% female",
#: "50.10 percent of users against 49.90 percent who are women"
_PAIRED_CLAUSES = lazy_compile(r"\s*(?:[,;()]|\band\b|\bwhile\b|\bwhereas\b|\bbut\b|\bagainst\b|\bversus\b|\bvs\b\.?)\s*", re.IGNORECASE)


def figure_partner_swapped(claim: Analysis, fact: Fact) -> tuple[str, str] | None:
    """(the claim's word, the source's) when the claim ties a figure to the opposite of what the
    fact's own clause ties it to: "Women make up 50.10%" where "50.10% are male and 49.90% female"."""
    clauses = [c for c in _PAIRED_CLAUSES.split(fact.statement) if c]
    if len(clauses) < 2 or not claim.quantities:
        return None
    figures = [(c, extract_quantities(c)) for c in clauses]  # (each clause's figures, read once)
    for q in claim.quantities:
        mine = next((c for c in _PAIRED_CLAUSES.split(claim.text) if q.found_in(c) >= 0), None)
        theirs = [c for c, fs in figures if any(abs(f.value - q.value) < 1e-9 and f.kind == q.kind for f in fs)]
        partners = [c for c, fs in figures if any(f.kind == q.kind for f in fs)]
        if mine is None or len(theirs) != 1 or len(partners) < 2:
            continue  # (only where the fact pairs figures of a kind with words of their own)
        words, own = _stems(mine), _stems(theirs[0])
        lone = sum(1 for o in claim.quantities if o.kind not in ("year", "month", "day") and any(ch.isdigit() for ch in o.text)) == 1
        if _OPPOSITES.isdisjoint(words) and lone:
            # a lone figure set apart from its side: "Women make up the majority, at 50.10 percent"
            # (not one of two: "men slightly ahead, 50.10 to 49.90 percent" gives each its side by order)
            words = _stems(claim.text)
        for a, b in _BANDS:
            for x, y in ((a, b), (b, a)):
                if x in words and y in own and x not in own and y not in words:
                    return x, y
    return None


#: opposites a figure is tied to, with the bands a score falls in ("731 in the low band" where "731 in the 'good' range")
_BANDS = (*ANTONYMS, (stem("good"), stem("low")))


#: a claim that gives one side the larger share: "women make up a slight majority", "most users are male"
_MAJORITY = lazy_compile(
    r"\b(?:majority|most|(?:more|just|slightly|a\s+little|a\s+bit)\s+(?:than|over|above)\s+half|over\s+half|"
    r"outnumber\w*|dominat\w*|predominantly|mostly)\b",
    re.IGNORECASE,
)


_OUTNUMBER = lazy_compile(r"\boutnumber(?:s|ing|ed)?\b(\s+by\b)?", re.IGNORECASE)


def majority_swapped(claim: Analysis, fact: Fact) -> tuple[str, str] | None:
    """(the claim's side, the source's) when the claim gives the larger share to the side the fact
    gives the smaller one: "women make up a slight majority" where "50.10% are male and 49.90% female"."""
    low = claim.text.lower()
    if not any(w in low for w in ("major", "most", "half", "outnumber", "domin", "predomin")):
        return None
    if any(any(c.isdigit() for c in q.text) for q in claim.quantities) or not _MAJORITY.search(claim.text):
        return None  # (figures of its own are figure_partner_swapped's to pair; "a majority of" is none)
    shares = []
    for clause in _PAIRED_CLAUSES.split(fact.statement):
        figures = [q.value for q in extract_quantities(clause) if q.kind == "percent"]
        if figures:
            shares.append((figures[0], _stems(clause)))
    if len(shares) < 2:
        return None
    larger = max(shares, key=lambda s: s[0])[1]
    smaller = min(shares, key=lambda s: s[0])[1]
    words = _stems(claim.text)
    ahead = _OUTNUMBER.search(claim.text)
    if ahead:  # the side that outnumbers is the one before the verb, or after "outnumbered by"
        words = _stems(claim.text[ahead.end() :] if ahead.group(1) else claim.text[: ahead.start()])
    for a, b in ANTONYMS:
        for x, y in ((a, b), (b, a)):
            if x in words and x in smaller and y in larger and y not in words:
                return x, y
    return None


def _stems(text: str) -> set[str]:
    """The stems of the text's words, as :func:`normalized_words` reads them."""
    return {stem(w) for w in re.findall(r"[a-z]+", normalized_words(text))}


def normalized_words(text: str) -> str:
    """The text lower-cased with its synonyms replaced, and the sexes named one way ("women" reads as "female")."""
    return _SEXES.sub(lambda m: _SEX[m.group(0)], replace_synonyms(expand_contractions(text).lower()))


#: a service named by what is shared or hired: "bike-sharing", "umbrella sharing", "car-rental"
#: (not when the thing follows: "brightly coloured rental bikes" are bikes, not coloured things hired)
_SHARED_THING = lazy_compile(r"\b([a-z]+)[- ](sharing|hailing|rental)\b(?!\s+(?:econom|(?:bikes?|bicycles?|cars?|umbrellas?|scooters?)\b))")
#: ...by other words for one thing
_SAME_THING = {"bicycle": "bike", "cycle": "bike", "ride": "car", "taxi": "car"}


def another_shared_thing(claim: Analysis, fact: Fact) -> tuple[str, str] | None:
    """(the claim's service, the source's) when the claim names a service by another thing shared
    or hired than every phrasing of the fact does: "break the rules of umbrella-sharing services"
    where the blacklist is for bike-sharing."""
    def things(text: str) -> set[tuple[str, str]]:
        found = _SHARED_THING.finditer(normalized_words(text))
        return {
            (_SAME_THING.get(m.group(1), m.group(1)), m.group(2)) for m in found if m.group(1) not in STOPWORDS and not m.group(1).endswith("ing")
        }

    # (a name before "sharing" is the operator, not the thing shared: "a Mobrella sharing umbrella")
    names = {w.lower() for w in _INNER_NAME.findall(claim.text)}
    mine = {(what, how) for what, how in things(claim.text) if what not in names}
    theirs = set().union(*(things(t) for t in (fact.statement, *fact.confirms))) if mine else set()
    own = {w for w, _ in theirs}
    for what, how in sorted(mine):
        if own and what not in own:  # (the thing, however it is had: "bike rental" is no other thing than "bike-sharing")
            return f"{what}-{how}", "-".join(sorted(theirs)[0])
    return None


_INNER_NAME = lazy_compile(r"(?<!^)(?<![.!?:]\s)\b[A-Z][a-z]+")
_SEX = {"women": "female", "woman": "female", "men": "male", "man": "male"}
_SEXES = lazy_compile(r"\b(?:wo)?m[ae]n\b")


#: words that make a figure an end of a range
_ENDPOINT = lazy_compile(
    r"\b(?:up\s+to|tops?\s+out|topped\s+out|max(?:imum)?|min(?:imum)?|highest|lowest|top|bottom|peaks?|ceiling|floor|"
    r"starts?|started|begins?|began|as\s+(?:low|high)\s+as|from|ranges?|ranging|runs?|running|between|scale|ends?|limit|cap)\b",
    re.IGNORECASE,
)
#: a range the fact states: "range from 350 to 950", "a 300-850 score system"
_RANGE = lazy_compile(r"\b(\d[\d,.]*)\s*(?:-|–|to|and)\s*(\d[\d,.]*)\b")


def inside_range(claim: Analysis, wrong: list[Quantity], fact: Fact) -> bool:
    """Does the claim give one figure that falls inside a range the fact states ("the average
    user sits at about 600" against "scores range from 350 to 950")? It speaks of a point in the
    range, which the fact does not pin, not of the range's ends."""
    if len(claim.quantities) != 1 or len(wrong) != 1 or _ENDPOINT.search(claim.text):
        return False  # ("tops out at 850" names an end of the range)
    value = wrong[0].value
    for m in _RANGE.finditer(fact.statement):
        try:
            lo, hi = (float(g.replace(",", "")) for g in m.groups())
        except ValueError:
            continue
        if lo < value < hi:
            return True
    return False


#: a comparison: "more on its punitive side than on the rewards", "more X than Y"
_MORE_THAN = lazy_compile(
    r"\bmore\s+(?:on\s+|about\s+|with\s+)?(?:its\s+|the\s+|their\s+)?([a-z][\w-]+)(?:\s+side)?\b[^,;.]{0,40}?\s+than\s+"
    r"(?:on\s+|about\s+|with\s+)?(?:its\s+|the\s+|their\s+)?([a-z][\w-]+)",
    re.IGNORECASE,
)


#: ...or put after the first side: "dwell on its rewards more than its penalties"
_SIDE_MORE_THAN = lazy_compile(
    r"\b(?:on\s+|about\s+)(?:its\s+|the\s+|their\s+)?([a-z][\w-]+)\s+more\s+than\s+(?:on\s+|about\s+)?(?:its\s+|the\s+|their\s+)?([a-z][\w-]+)",
    re.IGNORECASE,
)
_SIDE_WORDS = {"pena": "puni"}  #: (the first letters of words for one side: penalties are punishments)


def _compared(text: str) -> tuple[str, str] | None:
    m = _MORE_THAN.search(text) or _SIDE_MORE_THAN.search(text)
    if m is None:
        return None
    first, second = m.group(1).lower()[:4], m.group(2).lower()[:4]
    return _SIDE_WORDS.get(first, first), _SIDE_WORDS.get(second, second)


#: a comparison of two things (not a figure's bound): "more followers than Wenzhou's", "older than Baihang"
_COMPARES = lazy_compile(
    r"\b(?:more|less|fewer|(?!(?:oth|rath|wheth|eith|neith|nev|ov|und|aft|ev|howev)er\b)\w{3,}er)\b(?:\s+[\w'-]+){0,4}?\s+than\s+(?!\d|a\s+(?:third|quarter|half)|half\b|one\b|two\b|"
    r"three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|twenty\b|hundred\b|expected\b|ever\b|before\b)",
    re.IGNORECASE,
)


def compares_unsaid(index: Index, claim: Analysis, fact: Fact) -> bool:
    """Does the claim compare two things ("Suzhou's account has more followers than Wenzhou's")
    where none of the fact's true phrasings compares anything, or anything with what the claim does?"""
    # ("nothing more exotic than", "no more than a quarter" compare nothing; nor does "a choice rather than an
    # obligation", which the synonyms read as "not mandatory", or "something better than a discount", which the
    # analysis drops)
    # ("nobody has more followers than Xie Na" puts her at the top: a ranking, no comparison)
    said = _NO_COMPARISON.sub(" ", NONE_OUTDOES.sub(" ", normalized_words(claim.text)))
    m = _COMPARES.search(said)
    if m is None:
        return False
    than = _THAN_PHRASE.search(said, m.start())
    mine = _names_in(index, than.group(0)) if than else set()
    return not any(
        # (a phrasing that sets its subject against a name, where the claim sets it against no name: "more on weekends
        # than on weekdays" against "Weibo users post more than Twitter users" compares another thing)
        " than " in e.text and (mine or not _compared_with_a_name(index, e.text))
        for e in index.entries_of(fact.id) if e.kind is Verdict.TRUE
    )


def _compared_with_a_name(index: Index, phrasing: str) -> bool:
    """Does the phrasing set its subject against a name ("more than Twitter users")? Worked out
    once per phrasing and kept with the index, not again for every claim that compares."""
    known: dict[str, bool] = index.derived.setdefault("compared_with_a_name", {})  # type: ignore[assignment]
    found = known.get(phrasing)
    if found is None:
        found = known[phrasing] = bool(_names_in(index, " ".join(t.group(0) for t in _THAN_PHRASE.finditer(phrasing))))
    return found


def _names_in(index: Index, text: str) -> set[str]:
    """The entities a piece of text names."""
    return {e for _, _, e in index.aliases.find(text)}


_NOTHING_MORE_THAN = lazy_compile(r"\bnothing\s+(?:(?:more|else)(?:\s+[a-z-]+)?|[a-z]{2,}er)\s+than\b", re.IGNORECASE)
#: ...and a bound put on a figure: "no more than about a quarter"
_NO_COMPARISON = lazy_compile(
    _NOTHING_MORE_THAN.pattern + r"|\bno\s+(?:more|less|fewer)\s+than\b|\b(?:some|any)thing\s+[a-z]{2,}er\s+than\s+(?![\d$\u00a5])", re.IGNORECASE
)


_WORD4 = lazy_compile(r"[a-z]{4,}")
_COMPARATIVE_WORD = lazy_compile(r"\b(?:" + "|".join(_COMPARATIVE_WORDS) + r")\b", re.IGNORECASE)
_GLUE = frozenset({"about", "their", "with", "than", "that", "this", "from", "into", "over", "more", "less", "fewer"})


def _words(text: str) -> set[str]:
    return {w[:5] for w in _WORD4.findall(text.lower()) if w not in _GLUE}


def compared_the_other_way(text: str, phrasing: str) -> bool:
    """Does ``text`` set the two things it compares in the other order from ``phrasing``? ("less
    about the state's schemes than about Sesame" against "Sesame is discussed more than the state's
    system", or "..., who talk more about commercial scores"): then opposite comparatives agree."""
    low = text.lower()
    than = low.find(" than ")
    word = _COMPARATIVE_WORD.search(low, 0, than) if than > 0 else None
    if word is None:
        return False
    compared, other = _words(low[word.end() : than]), _words(low[than + 6 :])
    theirs = _COMPARATIVE_WORD.search(phrasing)
    if theirs is None:
        return False
    p_than = phrasing.lower().find(" than ", theirs.end())
    if p_than < 0:  # "talk more about commercial scores": what is said to get more is the claim's other side
        said = _words(phrasing[theirs.end() :])
        return len(other & said) > len(compared & said)
    p_compared, p_other = _words(phrasing[theirs.end() : p_than]), _words(phrasing[p_than + 6 :])
    return len(other & p_compared) + len(compared & p_other) > len(other & p_other) + len(compared & p_compared)


def compares_names(index: Index, text: str) -> bool:
    """Does the text compare something with a name ("less about the state's system than about
    Sesame Credit"), not with a time or a figure ("fewer at weekends than on weekdays")?"""
    than = text.lower().find(" than ")
    return than > 0 and any(start >= than for start, _, _ in index.aliases.find(text[: than + 60]))


def turned_comparison(claim: Analysis, index: Index, fact: Fact) -> bool:
    """Does the claim put the fact's comparison the other way round ("more on its rewards than
    its punishments" for "more on its punitive side than on the rewards")?"""
    if _names_turned(index, claim.text, fact):
        return True
    mine = _compared(claim.text)
    if mine is None or mine[0] == mine[1]:
        return False
    theirs = {_compared(e.text) for e in index.entries_of(fact.id) if e.kind is Verdict.TRUE} - {None}
    return mine[::-1] in theirs and mine not in theirs


#: a comparison that says the first side has less: "Twitter users post less than ..."
_LESSER = lazy_compile(r"\b(?:less|fewer|lower|smaller|worse|quieter|rarely)\b", re.IGNORECASE)


def _named_sides(index: Index, text: str) -> tuple[frozenset[str], frozenset[str], bool] | None:
    """(the names compared, the names they are compared with, whether the first have less) for
    a text that sets one name against another across "than"."""
    than = text.lower().find(" than ")
    if than < 0:
        return None
    found = index.aliases.find(text)
    clause = max((m.end() for m in re.finditer(r"[,;:]", text[:than])), default=0)
    before = frozenset(e for s, _, e in found if clause <= s < than) or frozenset(e for s, _, e in found if s < than)
    after = frozenset(e for s, _, e in found if s > than)
    if not before or not after or before & after:
        return None
    return before, after, bool(_LESSER.search(text, clause, than))


def _names_turned(index: Index, text: str, fact: Fact) -> bool:
    """Does the claim compare the fact's two names the other way round ("Twitter users publish
    more posts than users of Sina Weibo" for "Sina Weibo users publish more posts than Twitter users")?"""
    mine = _named_sides(index, text)
    if mine is None:
        return False
    read = _read_sides(index, mine, fact)
    return read.count(False) > read.count(True)


def names_compared_alike(index: Index, text: str, fact: Fact) -> bool:
    """Does the claim compare the fact's names as its true phrasings do, whichever way round it
    puts them ("Twitter users post less than Sina Weibo users" for "... more than Twitter users")?"""
    mine = _named_sides(index, text)
    read = _read_sides(index, mine, fact) if mine else []
    return read.count(True) > read.count(False)


def _read_sides(index: Index, mine: tuple[frozenset[str], frozenset[str], bool], fact: Fact) -> list[bool | None]:
    return [_sides_read(mine, _named_sides(index, e.text)) for e in index.entries_of(fact.id) if e.kind is Verdict.TRUE]


def turns_the_variant(index: Index, text: str, entry: Entry) -> bool:
    """Does the claim say the opposite of this false comparison ("Twitter users post less than
    Sina Weibo users" against "Weibo users post less often than people on Twitter")? Then the
    variant's error is not the claim's."""
    mine = _named_sides(index, text)
    return mine is not None and _sides_read(mine, _named_sides(index, entry.text)) is False


def _sides_read(mine: tuple[frozenset[str], frozenset[str], bool], theirs: tuple[frozenset[str], frozenset[str], bool] | None) -> bool | None:
    """True when two comparisons of the same names say the same, False when one turns the other
    round, None when they compare other names."""
    if theirs is None:
        return None
    swapped = mine[0] <= theirs[1] and mine[1] <= theirs[0]
    same = mine[0] <= theirs[0] and mine[1] <= theirs[1]
    if not (swapped or same):
        return None
    return same == (mine[2] == theirs[2])


#: a move from one thing to another: "shifting from traditional to online methods", "away from
#: the internet and back toward offline methods" (figures aside: "from 350 to 950" is a range)
_DIRECTION = lazy_compile(
    r"\b(?:away\s+from|from|off|out\s+of)\s+(?!\d)((?:[\w'-]+\s+){0,4}?[\w'-]+)\s*,?\s+(?:and\s+)?(?:back\s+)?"
    r"(?:to|toward|towards|into|in\s+favou?r\s+of)\s+(?!\d)((?:[\w'-]+\s*){1,4})",
    re.IGNORECASE,
)


#: words for the same end of a move: "off the Internet" is away from online
_ONE_END = {stem("internet"): stem("online"), stem("web"): stem("online"), stem("digital"): stem("online")}


def _directions(index: Index, text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(words of where it moves from, words of where to) for each move the text states."""
    out = []
    low = text.lower()
    for m in _DIRECTION.finditer(text) if "from" in low or "off " in low or "out of" in low else ():
        start, end = (frozenset(_ONE_END.get(t, t) for t in index.analyse(g).tokens) for g in m.groups())
        if start and end and not index.analyse(m.group(0)).quantities:
            out.append((start, end))
    return out


def turned_direction(index: Index, claim: Analysis, fact: Fact) -> bool:
    """Does the claim move the other way from the source ("from online back to offline methods"
    for "shifting from traditional to online methods")? Only the words that tell the two ends
    apart count, and an opposite of where the source moves to stands for where it moved from."""
    mine = _directions(index, claim.text)
    if not mine:
        return False
    theirs = [d for e in index.entries_of(fact.id) if e.kind is Verdict.TRUE for d in _directions(index, e.text)]
    for start, end in theirs:
        source, goal = start - end, end - start
        opposite = frozenset().union(*(_PARTNERS.get(w, frozenset()) for w in goal))
        for my_start, my_end in mine:
            if my_start & goal and not my_start & source and (my_end & source or my_end & opposite):
                return True
    return False


def _rank_holder(index: Index, text: str, quantities: tuple[Quantity, ...], value: float) -> str | None:
    """The person named just before a place in a ranking, in its clause ("Xie Na comes in second")."""
    for q in quantities:
        if q.kind != "rank" or q.value != value or not q.text:
            continue
        at = q.found_in(text)
        if at < 0:
            continue
        start = max((m.end() for m in re.finditer(r"[,;:]", text[:at])), default=0)
        people = [e for s, _, e in index.aliases.find(text) if start <= s < at and index.kinds.get(e) == "person"]
        return people[-1] if people else None
    return None


def other_rank_holder(index: Index, claim: Analysis, fact: Fact) -> tuple[str, str] | None:
    """(the claim's person, the source's) when the claim gives the place the fact gives someone
    else: "Xie Na comes in second" against "He Jiong is number two"."""
    for q in claim.quantities:
        if q.kind != "rank":
            continue
        mine = _rank_holder(index, claim.text, claim.quantities, q.value)
        if mine is None:
            continue
        for entry in index.entries_of(fact.id):
            if entry.kind is not Verdict.TRUE:
                continue
            theirs = _rank_holder(index, entry.text, entry.analysis.quantities, q.value)
            if theirs is not None:
                return (mine, theirs) if theirs != mine else None
    return None


def as_written(text: str, term: str) -> str:
    """The word of the text whose stem is ``term`` ("private" for "privat"), else the term."""
    return next((w for w in re.findall(r"[\w'-]+", text) if stem(w.lower()) == term), term)


_START_YEAR = lazy_compile(
    r"\b(?:its|their|the)\s+(\d{4})\s+(?:launch|founding|debut|start|inception|creation)\b"
    r"|\b(?:after|since)\s+(?:its|their)\s+(?:launch|founding|debut|start|inception|creation)\s+in\s+(\d{4})\b",
    re.IGNORECASE,
)


def without_start_years(claim: Analysis) -> tuple[Quantity, ...]:
    """The claim's figures without a year that dates its subject's own start ("three years after
    its 2009 launch, Weibo had 503 million users" gives a figure as of three years on)."""
    if not any(q.kind == "year" for q in claim.quantities):
        return claim.quantities
    starts = {float(m.group(1) or m.group(2)) for m in _START_YEAR.finditer(claim.text)}
    return tuple(q for q in claim.quantities if not (q.kind == "year" and q.value in starts)) if starts else claim.quantities


def share_of_no_share(q: Quantity, fact: Fact) -> bool:
    """Is this a share said in words ("most of", "half of") where no phrasing of the fact gives a
    share? It can only contradict a share, not a count ("the eight firms")."""
    if q.kind != "percent" or any(c.isdigit() for c in q.text):
        return False
    return not any(x.kind == "percent" for text in (fact.statement, *fact.confirms) for x in extract_quantities(text))


#: a fact that states a limit: "Weibo has a 140 character limit for each post"
_A_LIMIT = lazy_compile(r"\b(?:limit|limited|maximum|cap|capped)\b", re.IGNORECASE)


def as_the_limit(figures: tuple[Quantity, ...], fact: Fact) -> tuple[Quantity, ...]:
    """The claim's figures with an upper bound read as the limit itself, when the fact states a
    limit: "a post of no more than 280 characters" gives the limit as 280, not any figure below it."""
    if not any(q.comparator in ("le", "lt") for q in figures) or not _A_LIMIT.search(fact.statement):
        return figures
    return tuple(dataclasses.replace(q, comparator=None) if q.comparator in ("le", "lt") else q for q in figures)


#: a verb that changes a figure: "raised its top score", "cut the fee", "expanded the pilot"
_CHANGED = lazy_compile(
    r"\b(?:(?:rais|increas|reduc|chang|revis|updat|hik)(?:e|es|ed|ing)|(?:lower|narrow|doubl|tripl|halv)(?:s|es|ed|ing)|cut(?:s|ting)?|"
    r"(?:expand|extend|widen|overhaul|abolish)(?:s|es|ed|ing)?|scrap(?:s|ped|ping)?|"
    r"re-?(?:launch|start|open)(?:s|es|ed|ing)?|(?:resum|reviv|reinstat)(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)


#: one particular post or hashtag, named or described: "the hashtag on nationally confirmed cases",
#: "the 'Go Wuhan!' hashtag", "the iPhone 12 hashtag"
_PARTICULAR = lazy_compile(
    r"\b(?P<a>hashtag|topic|post|video)s?\s+(?:on|about|for|of|called|named|titled|dedicated\s+to)\s+(?!(?i:weibo|sina|twitter|the\s+platform|social\s+media)\b)"
    r"|['\"\u2018\u201c][^'\"\u2019\u201d]{2,40}['\"\u2019\u201d]\s+(?P<b>hashtag|topic)\b"
    r"|\b(?P<c>hashtag|topic)\s+['\"\u2018\u201c#]"
    r"|\b(?:[A-Z][\w-]*|\d+)(?:['\u2019]s)?\s+(?:[\w-]+\s+)?(?P<d>hashtag)\b(?<!Weibo hashtag)",
)
#: a fact about a kind of thing, not one of them: "A number one trending topic on Weibo can ..."
_ANY_OF_A_KIND = lazy_compile(r"^(?:an?|any|every)\s", re.IGNORECASE)


CORE_SHARE = 0.7  #: the share of a fact's true phrasings that must use a word for it to be what the fact is about


def _core_compounds(index: Index, fact_id: str) -> frozenset[str]:
    """The hyphened words that nearly every true phrasing of the fact uses: what it is about
    ("bike-sharing" for the Guangdong blacklist). Worked out once per fact."""
    cache: dict[str, frozenset[str]] = index.derived.setdefault("core_compounds", {})  # type: ignore[assignment]
    found = cache.get(fact_id)
    if found is None:
        phrasings = [e for e in index.entries_of(fact_id) if e.kind is Verdict.TRUE]
        counts = Counter(t for e in phrasings for t in set(e.analysis.tokens) if "-" in t)
        found = cache[fact_id] = frozenset(t for t, n in counts.items() if len(phrasings) >= 3 and n >= CORE_SHARE * len(phrasings))
    return found


def put_in_place_of(index: Index, claim: Analysis, fact: Fact) -> tuple[str, str] | None:
    """(a hyphened word the base does not know, or a thing it knows that no phrasing of the fact
    names, and the hyphened word nearly every phrasing of the fact uses) when the claim says the
    first and never the second, nor any part of it: "a blacklist for the food-delivery industry"
    against the bike-sharing industry's; "the blacklist ... was aimed at jaywalkers"."""
    mine = set(claim.tokens)
    missing = [t for t in _core_compounds(index, fact.id) if t not in mine and not any(p in m for p in t.split("-") if len(p) >= 4 for m in mine)]
    if not missing:
        return None
    strangers = [t for t in claim.tokens if "-" in t and not index.known_word(t)]
    if not strangers:
        named = set(fact.entities).union(*(e.analysis.entities for e in index.entries_of(fact.id)))
        strangers = [index.factbase.entities[e].name for e in claim.entity_order if e not in named and index.kinds.get(e) == "other"]
    return (strangers[0], missing[0]) if strangers else None


def one_of_a_kind(text: str, fact: Fact) -> str | None:
    """What the claim gives a figure for when it is one particular post or hashtag and the fact
    speaks of any of its kind ("a number one trending topic can get up to 800 million views")."""
    if not _ANY_OF_A_KIND.match(fact.statement):
        return None
    m = _PARTICULAR.search(text)
    return next((g for g in m.groups() if g), None) if m else None


def changed_later(claim: Analysis, fact: Fact) -> int | None:
    """The year of a change the claim reports after its source was published ("raised its top
    score to 1,000 in 2019" against a 2018 article): the source cannot speak to it."""
    published = fact.as_of or fact.source.date
    if not published[:4].isdigit() or not _CHANGED.search(claim.text):
        return None
    later = [int(q.value) for q in claim.quantities if q.kind == "year" and q.value > int(published[:4])]
    return later[0] if later else None


def claims_other_time(claim: Analysis, fact: Fact, *, close: bool = False) -> bool:
    """The claim dates its figure to a year other than the one the fact's figure is stated for.

    A claim ``close`` to the fact that gives only an earlier date ("published the list in 2016")
    dates the event the fact reports, and contradicts it."""
    year = float(fact.as_of[:4]) if fact.as_of else None
    # a year that dates the subject's own start ("three years after its 2009 launch") is no other time
    years = [q.value for q in without_start_years(claim) if q.kind == "year"]
    if close and year in fact.numbers and all(q.kind in DATES for q in claim.quantities) and all(y < year for y in years):
        # a date alone dates what the fact reports ("published the list in 2016"), not a figure;
        # a later one ("stepped down in 2020") speaks of a time the source could not see
        return False
    # (a year the fact itself gives is its time too: "grew 34% in 2015 compared with 2014")
    return any(y != year and y not in fact.numbers for y in years)


def compound(index: Index, claim: Analysis, wrong: list[Quantity], uncovered: list[Quantity], fact: Fact) -> bool:
    """Some figures agree with the fact and the others are pinned by another fact: two claims in one."""
    kinds = {q.kind for q in wrong}  # "eight shareholders own 12 percent": a count agreeing is no excuse for a share
    agreeing = [q for q in claim.quantities if q not in wrong and q not in uncovered and q.kind in kinds]
    if not agreeing:
        return False
    # (only a fact about something the claim names makes it a second claim: Weibo's December 2016
    # user count is no reading of "not until 2016 did the State Council issue its notice")
    others = index.facts_with_numbers(wrong, exclude=fact.id)
    if not others:
        return False
    said = index.covered(content_words(index, index.terms(claim)), index.true_terms(fact.id)) >= SAME_EVENT_COVER
    return not said or any(not claim.entities.isdisjoint(index.factbase.facts[f].entities) for f in others)


SAME_EVENT_COVER = 0.5  #: the share of a claim's words a fact must say for a wrong figure in it to be that fact's error


def content_words(index: Index, terms: frozenset[str] | list[str], skip: frozenset[str] = frozenset()) -> list[str]:
    """The words among ``terms`` (names aside, and ``skip``)."""
    return [t for t in terms if not t.startswith("ent_") and t not in skip]


#: a dated claim is judged by a phrasing only if the words they share make up this much of the
#: claim's words, or of the phrasing's (when the claim adds much the phrasing does not say)
DATED_CLAIM_COVER = 0.34


DATED_PHRASING_COVER = 0.5
_DATE_FRAMING = frozenset(stem(w) for w in ("far", "back", "early", "earlier", "long", "ago", "already"))


def name_and_date_only(index: Index, claim: Analysis, entry: Entry) -> bool:
    """Does the claim meet the phrasing only in names and a date, give or take a word? "Weibo
    moved its offices in 2009" is not "Weibo was launched in 2009", nor its denial: a year says
    when, not what happened."""
    if not any(q.kind in DATES for q in claim.quantities):
        return False
    if any(q.kind not in DATES for q in claim.quantities) and check_numbers(
        tuple(q for q in claim.quantities if q.kind not in DATES), fact_figures(entry.fact)
    )[0] != "none":
        return False  # an amount the fact pins is weighed with the figures
    if any(q.kind == "day" for q in claim.quantities):
        return False  # "opened its doors on May 23rd, 2018": a full date is itself a close match
    if since_before_founding(claim, entry.fact):
        return False
    if any(fact is entry.fact for fact, _, _ in dated_foundings(index, claim.text)):
        return False  # "Sina Weibo: born 2009" dates the very founding the fact dates
    # the domain's own words ("credit", "score") say what every fact is about, and words that
    # frame a date ("as far back as", "as early as") when: neither says what happened
    skip = CREDIT_WORDS | _DATE_FRAMING
    mine = content_words(index, index.terms(claim), skip)
    if not mine:
        return False
    theirs = content_words(index, entry.terms, skip)
    # (a phrasing of names and a date only says nothing the claim's words could meet: cover 0)
    return index.covered(mine, entry.terms) < DATED_CLAIM_COVER and index.covered(theirs, frozenset(mine)) < DATED_PHRASING_COVER


def shares_no_words(index: Index, claim: Analysis, entry: Entry) -> bool:
    """Does the claim say things in words, none of which the phrasing uses? "The eight pilot
    firms have a mobile app" meets "pilot programmes were opened to eight companies" only in
    names: a phrasing of names says nothing about what the claim says they did."""
    if any(q.kind != "count" or q.value > 10 for q in claim.quantities):
        return False  # figures ("300 to 850") say what words may put differently; "the eight firms" is a name
    mine = content_words(index, index.terms(claim), CREDIT_WORDS)
    if len({entity_term(e) for e in claim.entities} & entry.terms) > 1:
        # two names in common ("Intellicredit ... Shenzhen") are already a statement, unless the
        # claim says more in words no phrasing of the fact uses ("Baihang CEO Zhu Huanqi holds a
        # doctorate in economics": the names only make its subject)
        said = index.true_terms(entry.fact.id)
        return len(mine) >= 2 and not any(t in entry.terms or t in said for t in mine)
    return bool(mine) and not any(t in entry.terms for t in mine)


def misses_the_error(index: Index, claim: Analysis, entry: Entry) -> bool:
    """Does the claim leave out every word that sets this false variant apart from the fact's
    true phrasings? "313 million used Weibo every month" is not "313 million daily users": the
    variant is wrong in "daily", which the claim does not say. (Wrong figures are weighed apart.)"""
    if check_numbers(entry.analysis.quantities, fact_figures(entry.fact))[0] == "conflict":
        return False  # the variant is wrong in a figure: that is weighed with the claim's figures
    true_terms = index.true_terms(entry.fact.id)
    distinct = {t for t in entry.terms if t not in true_terms}
    mine = index.terms(claim)
    # an opposite the variant turns on ("its worst-ranked citizens" for the top rankers) is its
    # error: a claim that does not say it misses the error, whatever else the two share
    true_parts = {p for t in true_terms for p in t.split("-")}
    turned = {p for t in distinct for p in t.split("-") if _PARTNERS.get(p, frozenset()) & true_parts}
    if turned and turned.isdisjoint({p for t in mine for p in t.split("-")}):
        return True
    return bool(distinct) and distinct.isdisjoint(mine)


def drops_the_only(index: Index, claim: Analysis, entry: Entry) -> bool:
    """Is the variant wrong only in its "only" ("Sesame Credit scores are based only on payment
    history": every other word of it the fact says), which the claim does not say ("are based on
    payment history")? Where the variant also denies something ("waives deposits for bike rentals
    only, not for hotels or cars"), the claim must make none of its denials ("bike rentals and
    deposit-free hotel stays")."""
    if entry.kind is Verdict.TRUE or not ALONE.search(entry.text) or ALONE.search(claim.text) or error_words(index, entry):
        return False
    scopes = entry.analysis.negation_scopes
    if not claim.negation_scopes:
        return not scopes
    return any(not any(scope & mine for mine in claim.negation_scopes) for scope in scopes)


def asserts_the_error(index: Index, claim: Analysis, entry: Entry) -> bool:
    """Does the claim say, outside any denial, every word that sets this false variant apart from
    the fact's true phrasings? "were kept off the board of directors and relegated to its board of
    supervisors" denies the true part and asserts the variant's error ("relegated", "supervisors"):
    its denial does not turn the variant round."""
    if not claim.negation_scopes and entry.analysis.negation_scopes:
        return False  # the variant's error is its denial ("received little coverage"), which the claim does not make
    distinct = error_words(index, entry)
    if not distinct or any(distinct & scope for scope in entry.analysis.negation_scopes):
        return False
    return distinct <= index.terms(claim) and distinct.isdisjoint(claim.denied)


def error_words(index: Index, entry: Entry) -> set[str]:
    """The words that set a false variant apart from its fact's true phrasings (names aside)."""
    true_terms = index.true_terms(entry.fact.id)
    return {t for t in entry.terms if t not in true_terms and not t.startswith("ent_")}


#: a claim that reduces its subject to one thing: "nothing more than a loyalty program", "just Chinese Twitter"
_REDUCTIVE = lazy_compile(
    r"\b(?:nothing\s+(?:more|else)\s+than|nothing\s+(?:more\s+)?[a-z]{2,}(?:er|ous|ic)\s+than|nothing\s+but|no\s+more\s+than|little\s+more\s+than|"
    r"just|merely|simply|only|purely|"
    r"basically|essentially|in\s+essence|at\s+heart|at\s+bottom|in\s+effect|in\s+a\s+word|boils\s+down\s+to|in\s+short|"
    r"put\s+simply|simply\s+put|in\s+a\s+nutshell|at\s+its\s+core|"
    r"(?:and|,)\s*nothing\s+(?:more|else)|nothing\s+more\s+to\s+it|not\s+much\s+more|clone|knock-?off|(?:carbon\s+)?copy\s+of|"
    r",\s*full\s+stop|,\s*period(?=\s*[.!]?\s*$))\b",
    re.IGNORECASE,
)
#: ...and one that says it is more than that
_NOT_REDUCED = lazy_compile(
    r"\b(?:not|n't|never|more\s+than|beyond)\s+(?:just|merely|simply|only|purely)\b|(?<!nothing\s)(?<!\bno\s)(?<!little\s)\bmore\s+than\b",
    re.IGNORECASE,
)
#: a fact that says its subject is more than what it is compared to
_MORE_THAN_THAT = lazy_compile(
    r"\b(?:a\s+bit\s+|much\s+|far\s+|rather\s+)?more\s+than\s+(?:that|just|merely|a|an)\b|\bmore\s+versatile\b|\bnot\s+(?:just|only|merely)\b",
    re.IGNORECASE,
)


#: a fact that says its subject is two things at once: "one of both rewards and punishments"
BOTH = lazy_compile(r"\bboth\s+([a-z][\w-]*)\s+and\s+([a-z][\w-]*)", re.IGNORECASE)
#: ...and a claim that says it is one of them alone
#: (words that make one thing the whole of it: "based only on payment history", "solely", "nothing but")
ALONE = lazy_compile(
    r"\b(?:only|solely|exclusively|entirely|purely|merely|simply|just|alone|all\s+about|nothing\s+(?:but|more\s+than|else\s+than)|"
    r"no\s+more\s+than)\b",
    re.IGNORECASE,
)


def one_sided(claim: Analysis, fact: Fact) -> tuple[str, str] | None:
    """(the side the claim keeps, the one it drops) when the fact says "both A and B" and the
    claim says it is A alone ("purely a tool for punishing" for "both rewards and punishments"),
    without a word about B."""
    m = BOTH.search(fact.statement) if "both" in fact.statement.lower() else None
    if m is None or not ALONE.search(claim.text) or _NOT_REDUCED.search(claim.text):
        return None
    a, b = m.group(1), m.group(2)
    said = {t[:4] for t in claim.tokens}  # (by the first letters: "punitive" and "punishments" share no stem)
    if (a[:4].lower() in said) == (b[:4].lower() in said):
        return None
    return (a, b) if a[:4].lower() in said else (b, a)


def reduces(claim: Analysis, fact: Fact) -> bool:
    """Does the claim reduce its subject to what the fact says it is more than ("Sesame Credit is
    nothing more than a loyalty program" where "it is a bit more than that")?"""
    if not (_MORE_THAN_THAT.search(fact.statement) and _REDUCTIVE.search(claim.text)) or _NOT_REDUCED.search(claim.text):
        return False
    # a denial besides the reduction ("purely investors that contribute no data") is for the fact to answer
    rest = re.sub(r"\bnothing\s+(?:more|else)\b|\bnothing\s+but\b|\bno(?:t\s+much)?\s+more\b", " ", claim.text, flags=re.IGNORECASE)
    return not _DENYING.search(rest)


#: the moves a misleading framing makes: widening to everyone, presenting a plan as done,
#: making it total, making it the state's, making it one single score
_STATE_CUE = lazy_compile(r"\b(?:government|state|official|authorities|beijing's|party)\b", re.IGNORECASE)
_SINGLE_CUE = lazy_compile(r"\b(?:single|one\s+(?:national\s+|unified\s+)?(?:score|number|rating|system))\b", re.IGNORECASE)
_FRAMING_MOVES = (
    sweeping, presented_as_done, lambda t: bool(ABSOLUTE.search(t)), lambda t: bool(_STATE_CUE.search(t)),
    lambda t: bool(_SINGLE_CUE.search(t)),
)


def misses_the_framing(claim: Analysis, entry: Entry) -> bool:
    """Does the claim leave out every move this misleading framing makes? "Chinese city
    governments run social credit accounts on Weibo" does not say "every city now runs one"."""
    moves = [i for i, made in enumerate(_FRAMING_MOVES) if made(entry.text)]
    return bool(moves) and not any(_FRAMING_MOVES[i](claim.text) for i in moves)


def misreads_a_figure(entry: Entry) -> bool:
    """Is this framing misleading in how it reads a figure, by its own account ("The 19% is
    Weibo's weekend increase in posts, not a comparison with Twitter")?"""
    return any(
        q.kind in ("count", "percent") and any(c.isdigit() for c in q.text) and q.found_in(entry.why) >= 0
        for q in entry.analysis.quantities
    )


def makes_the_framing(claim: Analysis, entry: Entry) -> bool:
    """Does the claim make a move this misleading framing makes?"""
    return any(made(entry.text) and made(claim.text) for made in _FRAMING_MOVES)


def unexplained_negation(index: Index, claim: Analysis, entry: Entry) -> bool:
    """A cue in the claim that denies words neither this phrasing nor a negated phrasing of its fact uses."""
    negated_terms = frozenset().union(
        *(e.terms for e in index.entries_of(entry.fact.id) if e.kind is Verdict.TRUE and e.analysis.negated)
    )
    return any(
        scope and not touches(scope, entry.terms) and not touches(scope, negated_terms) for scope in claim.negation_scopes
    )


_MADE_BY = lazy_compile(r"\b(?:implemented|rolled\s+out|run|owned|established|launched|set\s+up|created|spun\s+off)\s+by\b", re.IGNORECASE)
_SCORING_WORDS = lazy_compile(r"\b(?:credit|scor\w*|scale|rating|grad(?:es|ed|ing)|rates|rated|trial\w*|points)\b", re.IGNORECASE)
_PRODUCTS: dict[int, dict[str, str]] = {}
#: a company's own founding, after its name: " was founded", ", set up in 1999,"
_ITSELF_FOUNDED = lazy_compile(
    r"\s*,?\s*(?:(?:was|were|is|has\s+been|had\s+been|first|originally|itself)\s+){0,2}"
    r"(?:founded|established|set\s+up|created|incorporated|born|started)\b",
    re.IGNORECASE,
)


def products(index: Index) -> dict[str, str]:
    """Company -> the credit score the base says it makes ("Sesame Credit is implemented by
    Alibaba's Ant Financial": Ant Financial and Alibaba -> Sesame Credit), for companies with one."""
    cached = _PRODUCTS.get(id(index))
    if cached is None:
        found: dict[str, set[str]] = {}
        kinds = index.kinds
        for fact in index.factbase.facts:
            m = _MADE_BY.search(fact.statement)
            if m is None or not fact.entities or kinds.get(fact.entities[0]) != "credit-score":
                continue
            for _, _, e in index.aliases.find(fact.statement[m.end() :]):
                if kinds.get(e) == "company":
                    found.setdefault(e, set()).add(fact.entities[0])
        cached = _PRODUCTS[id(index)] = {c: next(iter(p)) for c, p in found.items() if len(p) == 1}
    return cached


def as_its_product(index: Index, text: str, claim: Analysis) -> str | None:
    """The claim with the company it names put as the credit score it makes, when it speaks of
    scores and names no score: "Tencent's rival credit score runs from 300 to 850"."""
    if any(index.kinds.get(e) == "credit-score" for e in claim.entities) or not _SCORING_WORDS.search(text):
        return None
    if first_unknown_name(index, text):
        return None  # "Tencent copied its range from America's FICO score" is about more than Tencent Credit
    made = products(index)
    for start, end, e in index.aliases.find(text):
        product = made.get(e)
        if product and _ITSELF_FOUNDED.match(text, end):
            return None  # "Alibaba was founded by Jack Ma in 1999" dates the company, not its score
        if product:
            name = index.factbase.entities[product].name
            possessive = "'s" if text[start:end].lower().endswith(("'s", "\u2019s")) else ""
            return f"{text[:start]}{name}{possessive}{text[end:]}"
    return None


def counted_otherwise(text: str, q: Quantity, fact: Fact) -> bool:
    """Does the fact count the very thing a definite count of the claim counts, with another figure?
    "a list of the 30 top cities" against "a list of the 12 top cities": not a group named by its
    size, as "the eight shareholders" is, but a wrong count."""
    if q.kind != "count" or not q.text:
        return False
    at = q.found_in(text)
    # (the noun may come a few words on: "the 20 top social credit pilot cities")
    after = re.match(r"\s+((?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*s)\b", text[at + len(q.text) :]) if at >= 0 else None
    if after is None:
        return False
    noun = after.group(1).split()[-1].lower()
    for other in extract_quantities(fact.statement):
        where = other.found_in(fact.statement)
        if other.kind != "count" or where < 0 or other.value == q.value:
            continue
        if re.match(rf"\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b", fact.statement[where + len(other.text) :], re.IGNORECASE):
            return True
    return False


def counts_another_group(index: Index, text: str, q: Quantity, fact: Fact) -> bool:
    """Does a count name a group another fact counts the same way ("split among eight commercial
    shareholders", which the shareholders' own fact counts), rather than give the fact's figure?"""
    if q.kind != "count" or q.comparator is not None or not q.text:
        return False
    at = q.found_in(text)
    after = re.match(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b", text[at + len(q.text) :]) if at >= 0 else None
    if after is None:
        return False
    noun = after.group(1).split()[-1]
    said = "|".join(re.escape(w) for w in {q.text, f"{q.value:g}", spelt(q.value) or q.text})
    pattern = re.compile(rf"\b(?:{said})\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b", re.IGNORECASE)
    return any(pattern.search(f.statement) for f in index.factbase.facts if f is not fact)


#: words after a figure that say only what kind of figure it is, not what it counts
_MEASURE_WORDS = frozenset(stem(w) for w in ("points", "point", "score", "scores", "percent", "per", "times", "years", "year", "months", "days"))


def counts_unsaid(index: Index, text: str, q: Quantity, fact: Fact) -> str | None:
    """The noun a count in the claim counts, when the fact never speaks of it: "more than 40
    Chinese cities" is no answer to a Mobrella fact whose figure is a score of 600."""
    if q.kind != "count" or not q.text:
        return None
    at = q.found_in(text)
    if at < 0:  # (a figure in words, "a hundred phones", is read in digits)
        text = spell_out_digits(text)
        at = q.found_in(text)
    if at < 0:
        return None
    # what it counts: the first plural among the next few words ("40 Chinese cities", "seven
    # commercial firms"), before any word that ends the noun phrase ("800 before", "650 is")
    noun = None
    start = at + len(q.text)
    named = [(i, j) for i, j, _ in index.aliases.find(text) if j > start]
    for m in re.finditer(r"[A-Za-z][\w'-]*|[^\sA-Za-z]", text[start : start + 60]):
        w = m.group(0)
        if not w[0].isalpha() or "'" in w or (w.lower() in STOPWORDS and w.lower() not in _COUNT_SKIP):
            break
        if w[0].islower() and len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            noun = w
            if any(i <= start + m.start() < j for i, j in named):
                return None  # part of a name the base knows: "the seven other pilot firms"
            break
    if noun is None:
        return None
    terms = index.terms(index.analyse(noun))
    if not terms or terms & _MEASURE_WORDS:
        return None
    said = set(index.true_terms(fact.id)) | set(index.terms(index.analyse(fact.source.passage)))
    return None if terms & said else noun


#: words between a figure and what it counts
_COUNT_SKIP = frozenset("of the a an more than new other such as and or its their chinese".split())


_DENYING = lazy_compile(rf"(?:\b(?:not|no(?!\s+(?:{NO_IDIOMS})\b)|nobody|no\s+one|none|never|neither|nor)\b|n't\b)", re.IGNORECASE)


def denied_figure(text: str, q: Quantity) -> bool:
    """Does a denial in the figure's own clause come before it ("so nobody has a perfect 1000")?"""
    at = q.found_in(text)
    if at < 0 or not any(w in text[:at].lower() for w in ("no", "n't", "never", "neither", "nor")):
        return False
    start = max(text.rfind(c, 0, at) for c in ",;:") + 1
    cue = _DENYING.search(text, start, at)
    between = text[cue.end() : at] if cue is not None else ""
    # ("not until May 2017" dates it; "no more than 10%" bounds it)
    return cue is not None and not re.search(r"\buntil\b|^\s*(?:more|less|fewer|later|earlier)\s+than\b", between, re.IGNORECASE)


#: a contrast that closes a claim: ", not some big metropolis.", " - not the dark stuff you see on Twitter"
_CONTRAST_TAIL = lazy_compile(r"\s*(?:,|;|\s-)\s*(?:and\s+|but\s+)?not\s+(?!only\b|just\b|yet\b|until\b)[^,;.!?]{2,80}[.!]?\s*$", re.IGNORECASE)


#: a contrast inside the claim: "is no government agency but the creation of Lakala"
_CONTRAST_MIDDLE = lazy_compile(
    r"\b(is|are|was|were)\s+(?:no|not)\s+(?:an?\s+|the\s+|some\s+)?[^,;.]{1,60}?\s*,?\s+but\s+(?:rather\s+|instead\s+)?", re.IGNORECASE
)


def without_contrast(index: Index, text: str, fact: Fact) -> str | None:
    """The claim without a contrast closing it, when the contrast names nothing the fact names
    (denying the eight firms' partner NIFA in "founded by the eight firms, not NIFA" is no restatement)."""
    middle = _CONTRAST_MIDDLE.search(text)
    if middle is not None and not any(
        e in index.known.get(fact.id, frozenset(fact.entities)) for _, _, e in index.aliases.find(middle.group(0))
    ):
        return f"{text[: middle.start()]} {middle.group(1)} {text[middle.end() :]}"  # "is no government agency but the creation of Lakala"
    m = _CONTRAST_TAIL.search(text)
    if m is None or m.start() == 0:
        return None
    if any(e in index.known.get(fact.id, frozenset(fact.entities)) for _, _, e in index.aliases.find(m.group(0))):
        return None
    return text[: m.start()] + "."


def reductive(text: str) -> bool:
    """Does the text say something is no more than something ("simply", "in effect")?"""
    return bool(_REDUCTIVE.search(text))


MAIN_CLAUSE_COVER = 0.5  #: the share of the main clause's words a confirming phrasing must cover


def main_clause(index: Index, claim: Analysis, entry: Entry) -> Analysis | None:
    """The claim without its asides, when the phrasing speaks only to an aside; else None.

    "Baihang, which opened in May 2018, is owned entirely by the state": the launch fact
    confirms the aside; the main clause says something it does not, and is judged alone."""
    main = without_asides(claim.text)
    if main == claim.text:
        return None
    analysis = index.analyse(main)
    lead = entry.fact.entities[0] if entry.fact.entities else None
    if lead in claim.entities and lead not in analysis.entities:
        return None  # the aside names what the main clause describes: "the central bank's registry, the CRC, has run since 2006"
    words = content_words(index, index.terms(analysis))
    # names the main clause gives that the phrasing does not ("Hangzhou, dubbed 'Credit City', runs
    # its social credit system on Sesame Credit scores") say something of their own
    unnamed = analysis.entities - entry.analysis.entities - set(entry.fact.entities)
    # (one word may be the whole point when it says the thing is done: "has completed its system")
    done = presented_as_done(main) and not presented_as_done(entry.text)
    # (or that it is no more than something: "Sina Weibo, China's most popular microblog, is simply Chinese Twitter")
    reduced = bool(_REDUCTIVE.search(main)) and not _REDUCTIVE.search(entry.text)
    if len(words) < 2 and not unnamed and not done and not reduced:
        return None
    return None if index.covered(words, entry.terms) >= MAIN_CLAUSE_COVER and not unnamed and not done else analysis


#: an opener before the first comma or colon: "Unlike its southern rivals, ", "In a notable twist, "
_OPENER = lazy_compile(r"^\s*([^,;:]{3,110})[,:]\s+(?=\S)")  # (SCENERY_WORDS bounds it in words)
#: ...unless it sets a condition, a time or a cause the claim depends on
_CONDITION = lazy_compile(
    r"^\s*(?:if|unless|only|not|until|when|whenever|before|after|since|by|because|as|although|though|even|once|"
    r"without|except|under|in\s+(?:the\s+)?(?:past|future|early|late|mid))\b",
    re.IGNORECASE,
)
#: a closing description of what comes before it: "..., a reach few loyalty schemes could match",
#: "..., far from the Pearl River Delta", "..., a year that would prove pivotal"
_CLOSER = lazy_compile(r",\s*((?:an?|far\s+from|one\s+of)\s[^,;:]{3,90}?)\s*[.!]?\s*$", re.IGNORECASE)
SCENERY_WORDS = 16  #: an opener or closer longer than this is a statement of its own
_ENDS_IN_AUXILIARY = lazy_compile(rf"\b{FINITE}\s*$", re.IGNORECASE)


def _bare(index: Index, piece: str) -> bool:
    """Does this piece of scenery name nothing the base knows, give no figure and deny nothing?"""
    return (
        len(piece.split()) <= SCENERY_WORDS
        and not index.aliases.find(piece)
        # (nor where it was said, by a name the base does not know: "Writing in People's Daily", which may be wrong)
        and not names_a_venue(index, piece)
        and not extract_quantities(piece)
        and not index.analyse(piece).negation_scopes
        and not re.search(r"\b(?:not|no|never|nor|none|n't|without|but|yet|rather|instead|only)\b|n't\b", piece, re.IGNORECASE)
    )


def without_scenery(index: Index, text: str) -> tuple[str, list[str]]:
    """(the text without the scene set around it, what was taken off). Only words that name
    nothing the base knows, give no figure and deny nothing are taken off."""
    dropped: list[str] = []
    core = text
    m = _OPENER.match(core)
    # (not a subject cut off from its verb by an aside: "Alipay users who route their bills through the app can, ...")
    subject = m is not None and _ENDS_IN_AUXILIARY.search(m.group(1)) is not None
    if m and not subject and not _CONDITION.match(core) and _bare(index, m.group(1)) and len(core[m.end() :].split()) >= 4:
        dropped.append(m.group(1).strip())
        rest = core[m.end() :]
        core = rest[0].upper() + rest[1:]
    m = _CLOSER.search(core)
    # (one of a group is a rank when the group is ranked: ", one of the first firms to ...")
    ranked = m is not None and m.group(1).lower().startswith("one") and _CHARGED.search(m.group(1)) is not None
    if m and not ranked and _bare(index, m.group(1)) and len(core[: m.start()].split()) >= 4:
        dropped.append(m.group(1).strip())
        core = core[: m.start()] + "."
    return core, dropped


def without_descriptions(index: Index, text: str) -> tuple[str, list[str]]:
    """(the text without what its names are said to be before them, what was taken off): "set up
    by the insurance and finance heavyweight Ping An" is set up by Ping An. Scenery as
    :func:`without_scenery` takes it off, and never a word that ranks or says who runs it."""
    dropped: list[str] = []
    core = text
    for start, _, _ in reversed(index.aliases.find(core)):
        d = _DESCRIBED_NAME.search(core, 0, start)
        if d and d.end() == start and _bare(index, d.group(1)) and not _CHARGED.search(d.group(1)):
            dropped.append(d.group(1).strip())
            core = core[: d.start()] + " " + core[start:]
    return core, dropped


#: words before a name that only say what it is: "the insurance and finance heavyweight (Ping An)"
_DESCRIBED_NAME = lazy_compile(
    r"\b((?:the|its|their)\s+(?:[a-z][\w'-]*\s+){0,4}?(?:heavyweight|giant|behemoth|titan|conglomerate|powerhouse|juggernaut|"
    r"company|firm|insurer|lender|player|rival|upstart|start-?up|outfit|operator|platform|service|app|site|website))\s+$"
)
#: ...unless they say who owns or runs it, or rank it: "the state-run bureau Baihang" is a claim
_CHARGED = lazy_compile(
    r"\b(?:state|state-\w+|government|government-\w+|official|public|private|privately|commercial|independent|national|central|"
    r"run|owned|backed|controlled|only|sole|first|last|largest|biggest|smallest|oldest|newest|leading|top)\b",
    re.IGNORECASE,
)


def _counted(text: str) -> str | None:
    """The plural noun a figure counts, within three words after it: "more than 50 Chinese cities", "ten books"."""
    for word in re.findall(r"[\w-]+", text)[:3]:
        if len(word) > 3 and word.endswith("s") and word.islower() and word not in STOPWORDS:
            return None if word == "points" else word  # (points are what a score is counted in)
    return None



def counts_other_things(index: Index, claim: Analysis, wrong: list[Quantity], fact: Fact) -> str | None:
    """What the claim's count counts, when no phrasing of the fact gives a figure of it ("Mobrella
    runs stations in more than 50 Chinese cities" against "users with a score over 600"): the
    figures are of different things and cannot contradict each other."""
    counted = []
    for q in wrong:
        rest = q.said_after(claim.text) if q.kind == "count" else None
        noun = _counted(rest) if rest is not None else None
        if noun and not index.aliases.find(noun):
            counted.append(noun)
    if not counted:
        return None
    # the words around each figure the fact's phrasings give, as the analysis reads them ("fans" are "followers")
    around = set(index.terms(index.analyse(fact.statement)))  # (and anything the statement itself speaks of)
    for entry in index.entries_of(fact.id):
        for figure in extract_quantities(entry.text):
            at = figure.found_in(entry.text)
            if at >= 0:
                window = " ".join(entry.text[:at].split()[-3:] + entry.text[at + len(figure.text) :].split()[:5])
                around |= index.terms(index.analyse(window))
    return next((noun for noun in counted if index.terms(index.analyse(noun)).isdisjoint(around)), None)


#: the people a share may be of: "more than half of China's mobile internet users"
_PEOPLE = frozenset(
    ("users", "people", "citizens", "residents", "population", "consumers", "customers", "adults", "individuals", "netizens", "inhabitants")
)


def _people_after(text: str, q: Quantity) -> str | None:
    """The people a share is of, within six words after its figure: "half of the country's users"."""
    at = q.found_in(text) if q.kind == "percent" else -1
    if at < 0:
        return None
    rest = text[at + len(q.text) :]
    if not (q.text.lower().endswith(" of") or re.match(r"\s+of\b", rest)):
        return None
    return next((w for w in re.findall(r"[\w-]+", rest)[:7] if w.lower() in _PEOPLE), None)


def share_of_people(index: Index, claim: Analysis, fact: Fact) -> str | None:
    """The people the claim's share is of, when the fact's shares are of something else: "Tencent
    Credit scores more than half of China's mobile internet users" against "Tencent hosts 55% of
    China's mobile internet usage". A share of the usage is no share of the users."""
    people = next((w for q in claim.quantities if (w := _people_after(claim.text, q))), None)
    if people is None or not any(q.kind == "percent" for q in extract_quantities(fact.statement)):
        return None  # (a share the fact gives no figure of is the matcher's to weigh: "most of its people")
    for entry in index.entries_of(fact.id):
        if entry.kind is Verdict.TRUE and any(_people_after(entry.text, q) for q in entry.analysis.quantities):
            return None
    return people


def gives_group(claim: Analysis, figures: list[Quantity]) -> bool:
    """Does the claim give a figure of each group (years, amounts...) these figures are of?"""
    return {group(q.kind) for q in figures} <= {group(q.kind) for q in claim.quantities}


def about_another(index: Index, claim: Analysis, fact: Fact) -> str | None:
    """The claim's name when it leaves out what the fact is about for another of that kind
    ("Tencent pulled the Sesame Credit trial" against a fact about Tencent Credit)."""
    main = fact.entities[0] if fact.entities else None
    if main is None or main in claim.entities:
        return None
    if sum(e in claim.entities for e in fact.entities[1:]) >= 2:
        return None  # (the others the fact names, named together, are its subject too: "Pengyuan, China Chengxin and Intellicredit ...")
    kind = index.kinds.get(main)
    other = next(
        (
            e
            for e in claim.entity_order
            if e != main and index.kinds.get(e) == kind and kind in SUBJECT_KINDS and not own_arm(index, e, main)
        ),
        None,
    )
    return index.factbase.entities[other].name if other else None


def draws_the_line(index: Index, claim: Analysis, fact: Fact) -> bool:
    """Is the fact one that sets a commercial score the claim names apart from the state's system?"""
    checks = framing_checks(index)
    position = index.factbase.position(fact.id)
    return any(position in checks.distinctions.get(e, ()) for e in claim.entities)


def own_arm(index: Index, a: str, b: str) -> bool:
    """Is one a body and the other its own arm (the PBOC and its Credit Reference Center)? Such a
    pair is one subject; two scores or companies named together (rivals, mostly) are not."""
    return index.kinds.get(a) in ("regulator", "government") and index.linked(a, frozenset({b}))


def another_of_its_kind(index: Index, claim: Analysis, entry: Entry) -> tuple[str, str] | None:
    """(claim's name, phrasing's name) when the claim puts another person, company or place of
    the same kind where the phrasing has one ("Yao Chen" for "Xie Na is the most-followed"):
    even a name the fact mentions elsewhere cannot confirm a phrasing about someone else."""
    kinds = index.kinds
    mine = {e for e in claim.entities if kinds.get(e) in SUBJECT_KINDS} - frozenset().union(*claim.negation_scopes)
    theirs = {e for e in entry.analysis.entities if kinds.get(e) in SUBJECT_KINDS}
    for e in sorted(theirs - mine):
        rivals = sorted(x for x in mine - theirs if kinds.get(x) == kinds.get(e) and not own_arm(index, x, e))
        if rivals:
            names = index.factbase.entities
            return names[rivals[0]].name, names[e].name
    return None


def strangers(index: Index, claim: Analysis, fact: Fact) -> list[str]:
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
    if any(index.kinds.get(e) == "platform" for e in candidates):
        staged = talked_about_on(index, claim.text)  # "car lovers on Weibo were quick to spot ...": where it was said
        candidates = [e for e in candidates if e not in staged]
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


#: people who talk online, and what they do there
_TALKERS = r"(?:users?|netizens?|enthusiasts?|lovers?|buffs?|fans?|commenters?|posters?|bloggers?|followers?|readers?|onlookers?|observers?|people|crowds?)"
_TALK = (
    r"(?:discuss\w*|swap\w*|trad\w*|spott\w*|spot|notic\w*|talk\w*|chatter\w*|debat\w*|circulat\w*|post\w*|shar\w*|"
    r"trend\w*|buzz\w*|comment\w*|jok\w*|gush\w*|complain\w*|marvel\w*|rav\w*|hashtag\w*|viral|went\s+round|did\s+the\s+rounds)"
)
#: a platform named as the place where something was talked about: "car lovers on Weibo", "photos
#: circulated on Weibo", "Weibo users were quick to notice"
_ON_THE_PLATFORM = lazy_compile(rf"\b(?:{_TALKERS}\s+(?:on|across)|{_TALK}[^,.;:]{{0,40}}?\b(?:on|across))\s+(?:sina\s+)?$", re.IGNORECASE)
_GIVES_A_REASON = lazy_compile(r"\b(?:because|since|after|due\s+to|following|owing\s+to|thanks\s+to|when|once|until)\b[^,.;:]*$", re.IGNORECASE)
_PLATFORM_TALKERS = lazy_compile(rf"^(?:'s)?\s+{_TALKERS}\b[^,.;:]{{0,60}}?\b{_TALK}", re.IGNORECASE)


def talked_about_on(index: Index, text: str) -> frozenset[str]:
    """The platforms the text names only as where people talked about what it says: "car
    enthusiasts on Weibo have been swapping notes about ...", "Weibo users were quick to spot
    ..." (the platform sets the scene; the claim is about what they talked of)."""
    found = set()
    for start, end, e in index.aliases.find(text):
        if index.kinds.get(e) != "platform":
            continue
        before, after = text[max(0, start - 60) : start], text[end : end + 80]
        if _GIVES_A_REASON.search(before):
            continue  # ("took it down because WeChat users complained": the talk is the claim's reason)
        if _ON_THE_PLATFORM.search(before) or _PLATFORM_TALKERS.match(after):
            found.add(e)
    return frozenset(found)


def _affirmed(side: Analysis) -> set[str]:
    """The words a text uses outside its negations, whether or not it also uses them inside one."""
    counts = Counter(side.tokens)
    return {t for t, n in counts.items() if n > sum(t in scope for scope in side.negation_scopes)}


def negation_flips(index: Index, claim: Analysis, candidate: Candidate) -> bool | None:
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
    if not claim.negation_scopes and entry.negation_scopes:
        # a claim that denies nothing and meets the phrasing's denial only in words the phrasing
        # also says outside it ("You can follow someone on Weibo" against "users can follow
        # someone ... without being followed back") says what the phrasing affirms
        met = claim_terms & frozenset().union(*entry.negation_scopes)
        if met and met <= _affirmed(entry):
            return False
    # a word the claim also uses outside any negation ("the board of supervisors, not the board
    # of directors") cannot carry the denial
    mine = claim.negated_within(candidate.entry.terms - _affirmed(claim))
    by_clause = {mine != entry.negated_within(claim_terms), mine != entry.negated_within(claim_terms, index.idf)}
    # by word: are the words both use denied on one side only?
    shared = (frozenset(claim.tokens) | {entity_term(e) for e in claim.entities}) & candidate.entry.terms
    differ = {t for t in shared if (t in claim.denied) != (t in entry.denied)}
    heads = {head(scope & side.denied, index.idf) for side in (claim, entry) for scope in side.negation_scopes} - {None}
    by_word = {bool(differ & heads)}  # every shared word would make a stray word in a long scope decide
    readings = by_clause | by_word
    return readings.pop() if len(readings) == 1 else None


#: words that say where something happens, which a denial of something else takes into its scope
_SETTING_WORDS = frozenset(stem(w) for w in ("china", "chinese", "mainland", "country", "nation", "nationwide", "city", "cities"))


def denied_by_the_source(index: Index, claim: Analysis, closest: Entry) -> bool:
    """Does a true phrasing of the fact deny what the claim denies, in the words the claim uses
    ("users cannot reach Twitter or Facebook because both are blocked" for "Twitter and Facebook
    cannot be reached in mainland China, where both are blocked")? Then a closer phrasing that
    denies nothing cannot show the claim turned around."""
    terms = index.terms(claim)
    said = {t for t in set(closest.analysis.tokens) & set(claim.tokens) if not t.startswith("ent_")}
    if not said & _affirmed(claim) or not said & claim.denied <= _SETTING_WORDS:
        # the claim must affirm the phrasing's words, and deny of them only where it happens:
        # "cannot be reached in mainland China, where both are blocked"
        return False
    for entry in index.entries_of(closest.fact.id):
        if entry.kind is not Verdict.TRUE or not entry.analysis.negation_scopes:
            continue
        if claim.negated_within(entry.terms) and entry.analysis.negated_within(terms) and negation_flips(index, claim, Candidate(entry, 0.0)) is False:
            return True
    return False


def about_lead(index: Index, claim: Analysis, fact: Fact) -> bool:
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
    titled = _titled_person(index, claim.text)
    if titled is not None and titled in fact.entities:
        return True  # "Caixin columnist Xinhai Liu called ...": the person is the subject
    owner, owned = names[0], names[1] if len(names) > 1 else None
    if owned is None and CREDIT_WORDS & set(claim.tokens):
        owned = fact.entities[0] if fact.entities else None  # "Tencent's consumer credit score": its own score
    return (
        owned in fact.entities
        and index.kinds.get(owner) == "company"
        and index.kinds.get(owned) in ("credit-score", "platform")
        and (index.linked(owner, frozenset({owned})) or products(index).get(owner) == owned)
        # (not what a bracket says of the owner: "Lakala (Koala Credit's parent) was founded in 2005")
        and not _said_in_brackets(index, claim.text, owned)
    )


#: a role that a name before a person gives them: "Caixin columnist", "PBOC spokesperson", "Baihang's CEO"
_ROLE = lazy_compile(
    r"^(?:'s|’s)?\s+(?:\w+\s+)?(?:columnist|spokes(?:person|man|woman)|ceo|chief\s+executive|founder|researcher|editor|host|co-host|"
    r"reporter|analyst|head|chairman|chairwoman|director|official|economist|scholar|expert)\s+$",
    re.IGNORECASE,
)


def _titled_person(index: Index, text: str) -> str | None:
    """The person the claim's first name gives a role to, right before them: "Caixin columnist
    Xinhai Liu" is about Xinhai Liu."""
    found = index.aliases.find(text)
    if len(found) < 2:
        return None
    (_, end, _), (start, _, person) = found[0], found[1]
    return person if index.kinds.get(person) == "person" and _ROLE.match(text[end:start]) else None


def _said_in_brackets(index: Index, text: str, entity: str) -> bool:
    """Does the text name this only inside round brackets?"""
    at = [i for i, _, e in index.aliases.find(text) if e == entity]
    return bool(at) and all(in_brackets(text, i) for i in at)


CREDIT_WORDS = frozenset({stem("score"), stem("credit"), stem("rating")})


#: words that frame a claim as the state's ("under China's government-run system, citizens ...")
STATE_FRAMING = re.compile(r"govern|state|official|nation|china|chinese|citizen|party|authorit|beijing")


COMPARING = frozenset({stem("more"), stem("less")})  #: "more than 650": the figure is what counts


#: a denial of a figure's being passed: "no single post may be longer than 140", "not one firm holds more than 8%"
_DENIED_BOUND = lazy_compile(
    r"\b(?:no|not|never|none|nobody|nothing)\b[^.;]{0,60}?\b(?P<word>longer|more|higher|greater|bigger|later|shorter|less|fewer|lower|smaller|earlier)"
    r"\s+than\s+(?P<figure>[^,;]{1,25})",
    re.IGNORECASE,
)
_PAST_THE_TOP = ("longer", "more", "higher", "greater", "bigger", "later")


def bound_denied_alike(claim: Analysis, phrasing: str) -> bool:
    """Does a phrasing that denies a figure is passed ("no single post may be longer than 140")
    bound it as a claim's "no longer than 140" (or "at most 140") does, with no denial of its own?"""
    bounds = {(q.comparator, q.value) for q in claim.quantities if q.comparator in ("le", "ge")}
    for m in _DENIED_BOUND.finditer(phrasing) if bounds else ():
        comparator = "le" if m.group("word").lower() in _PAST_THE_TOP else "ge"
        if any((comparator, q.value) in bounds for q in extract_quantities(m.group("figure"))):
            return True
    return False


def word_cover(index: Index, claim: Analysis, entry: Entry) -> float:
    """The share of the claim's words (names and the state's framing aside), by weight, that the phrasing also uses."""
    words = [t for t in content_words(index, index.terms(claim), COMPARING) if not STATE_FRAMING.search(t)]
    return index.covered(words, entry.terms)


_NEAR_ALL = lazy_compile(
    r"\b(?:(?:nearly|almost|virtually|practically)\s+(?:all|every(?:one|body)?|the\s+(?:whole|entire))|"
    r"the\s+(?:whole|entire)\s+(?:population|country|nation)|every\s+(?:single\s+)?(?:person|citizen|chinese))\b",
    re.IGNORECASE,
)
_SHARE = lazy_compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


def small_share_said_of_all(claim: Analysis, fact: Fact) -> str | None:
    """The claim's "nearly every person" when the fact gives the share as a minority (25%)."""
    m = _NEAR_ALL.search(claim.text)
    if m is None:
        return None
    shares = [float(x) for x in _SHARE.findall(fact.statement)]
    return m.group(0) if shares and max(shares) < 50 else None


#: a fact that speaks of part of a whole, however large: "a significant majority of", "many", "most"
_PART_OF = lazy_compile(r"\b(?:(?:a\s+)?(?:significant|large|vast|clear|slim|narrow)\s+majority|majority\s+of|most\s+of|many|most)\b", re.IGNORECASE)


def most_said_of_all(claim: Analysis, fact: Fact) -> tuple[str, str] | None:
    """(the claim's "nearly all", the fact's "a significant majority") when the claim makes all of
    what the source says is most or many: "practically every Chinese internet user had signed up"."""
    m = _NEAR_ALL.search(claim.text)
    part = _PART_OF.search(fact.statement) if m else None
    return (m.group(0), part.group(0)) if m and part else None


#: a claim that makes its subject the only one of its kind: "the one and only microblogging service"
_THE_ONLY = lazy_compile(
    r"\b(?:the|its|china's|the\s+country's)\s+(?:one\s+and\s+)?only\b|\bone\s+and\s+only\b|\bthe\s+sole\b|\bonly\s+(?:one|city|company|firm|place)\b",
    re.IGNORECASE,
)
#: ...where the fact speaks of others beside it
_OTHERS_TOO = lazy_compile(r"\b(?:several|various|other|others|many|some|also|among|one\s+of|such\s+as)\b", re.IGNORECASE)
#: ...or calls it the best or biggest of its kind, which has others beside it ("the best-known commercial personal credit score")
_BEST_OF_ITS_KIND = lazy_compile(r"\b(?:best-known|most\s+[\w-]+|largest|biggest|leading)\b", re.IGNORECASE)


#: "only" or "alone" said of a name: "only Sesame Credit was criticised", "singled out Sesame Credit alone"
_ONLY_THE_NAME = lazy_compile(r"\b(?:[Oo]nly|[Ss]olely|[Ee]xclusively)\s+(?=[A-Z])[\w'’-]+(?:\s+[A-Z][\w'’-]*)*|\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+alone\b")


def made_the_only(claim: Analysis, fact: Fact) -> str | None:
    """The claim's "the only" (or "only Sesame Credit", "Sesame Credit alone") when the fact speaks
    of others beside its subject ("Several sites in China offer micro-blogging services, but Sina
    Weibo is the most popular one")."""
    low = claim.text.lower()
    if not ("only" in low or "sole" in low or "alone" in low) or _THE_ONLY.search(fact.statement):
        return None
    m = _THE_ONLY.search(claim.text)
    if m and (_OTHERS_TOO.search(fact.statement) or _BEST_OF_ITS_KIND.search(fact.statement)):
        return m.group(0)
    m = _ONLY_THE_NAME.search(claim.text)  # (not "the biggest star, trailing only Xie Na": only a list of others will do)
    return m.group(0) if m and _OTHERS_TOO.search(fact.statement) else None


#: a claim that grants something to every user, with no condition of its own
_EVERY_USER = lazy_compile(
    r"\b(?:any|every|all(?:\s+of)?(?:\s+its|\s+their)?|each)\s+(?:[\w-]+\s+){0,3}?(?:users?|members?|customers?|holders?|people|persons?|"
    r"borrowers?|patients?|drivers?|residents?|subscribers?|account\s+holders?)\b|\b(?:anyone|everyone|everybody)\b",
    re.IGNORECASE,
)
#: ...where the fact grants it only above a score: "users with a score of 600 or more", "users with higher credit scores"
_ABOVE_A_SCORE = lazy_compile(
    r"\b(?:scores?|ratings?)\s+(?:of|over|above)\s+(?:more\s+than\s+)?\d|\bhigh(?:er)?\s+(?:[\w-]+\s+){0,2}(?:scores?|ratings?)\b",
    re.IGNORECASE,
)
#: ...unless the claim sets a condition itself: "anyone with a score above 700", "any user whose score is high enough"
_A_CONDITION = lazy_compile(
    r"\d|\b(?:high|higher|highest|good|top|enough|whose|threshold|qualif\w*|eligible|depending|provided|if|when|once)\b|"
    r"\b(?:with|holding|having|scoring)\s+(?:a|an|their|the)?\s*(?:[\w-]+\s+){0,3}?(?:scores?|ratings?)\b",
    re.IGNORECASE,
)


#: what happened to a measure afterwards: "the ban was later lifted", "cut short", "overturned on appeal"
_UNDONE = lazy_compile(
    r"\b(?:lifted|cut\s+short|shortened|overturned|reversed|rescinded|revoked|quashed|struck\s+down|annulled|"
    r"appealed|challenged|commuted)\b",
    re.IGNORECASE,
)


def undone_later(index: Index, claim: Analysis, fact: Fact) -> str | None:
    """The claim's word for a measure undone or fought afterwards ("his train ban was later
    lifted") when no phrasing of the fact speaks of that: the source tells what was decided, the
    claim what became of it."""
    m = _UNDONE.search(claim.text)
    if m is None:
        return None
    said = index.true_terms(fact.id)  # (the statement's words among them)
    return None if any(stem(w) in said for w in m.group(0).lower().split()) else m.group(0)


def drops_the_threshold(claim: Analysis, fact: Fact) -> str | None:
    """The claim's "any Sesame Credit user" when the fact grants the thing only to those with a
    high enough score, and the claim sets no condition of its own."""
    m = _EVERY_USER.search(claim.text)
    if m is None or not _ABOVE_A_SCORE.search(fact.statement) or _A_CONDITION.search(claim.text):
        return None
    return m.group(0)


#: who runs a thing, as the words put it: a company or the state
_RUN_BY = {
    **{stem(w): "company" for w in ("company", "corporation", "corporate", "commercial", "private", "private-sector", "firm", "business")},
    **{stem(w): "state" for w in ("government", "state", "authorities", "state-run", "official", "ministry", "agency", "state-level")},
}


def _runners(tokens: Iterable[str]) -> set[str]:
    return {_RUN_BY[t] for t in tokens if t in _RUN_BY}


def _denied_company(index: Index, claim: Analysis) -> bool:
    """Does a denial of the claim's name only a company ("rolled out by the state, not by
    Tencent")? (The state's names stay out: "not just one social credit system" denies no state.)"""
    return any(
        scope and all(t.startswith("ent_") for t in scope)
        and any(index.kinds.get(term_entity(t)) in COMMERCIAL_KINDS for t in scope)
        for scope in claim.negation_scopes
    )


_INSTEAD_WORDS = r"rather\s+than|instead\s+of|in\s+place\s+of"
_INSTEAD = lazy_compile(rf"\b(?:{_INSTEAD_WORDS})\b", re.IGNORECASE)
#: a phrasing that sets one thing against another: "rather than", "not X but Y", "no X, only Y"
_SET_AGAINST = lazy_compile(
    rf"\b(?:{_INSTEAD_WORDS}|instead)\b|\b(?:not|no)\b[^.;]*?(?:\bbut\b|,\s*(?:only|just)\b|;\s*instead\b)",
    re.IGNORECASE,
)


def crossed_denial(claim: Analysis, entry: Entry, index: Index | None = None) -> bool:
    """Does the claim say "the state's, not a company's" where the phrasing says "a company's, not
    the state's" ("a score made by the government, not by a company")? With the index, a name
    denied counts for what it is ("rolled out by the state, not by Tencent")."""
    if not claim.negation_scopes or not entry.analysis.negation_scopes:
        return False
    denied = frozenset().union(*claim.negation_scopes)
    theirs = frozenset().union(*entry.analysis.negation_scopes)
    mine_no, mine_yes = _runners(denied), _runners(set(claim.tokens) - denied)
    if index is not None and _denied_company(index, claim):
        mine_no.add("company")
    their_no, their_yes = _runners(theirs), _runners(set(entry.analysis.tokens) - theirs)
    if mine_no & their_yes and mine_yes & their_no:
        return True
    # any words, each side denying what the other affirms, when both set one thing against
    # another: "traditional algorithms rather than data from its business" against "rather than
    # traditional algorithms, it relies on data from its business"
    if not (_INSTEAD.search(claim.text) and _SET_AGAINST.search(entry.text)):
        return False
    said, their_said = set(claim.tokens) - denied, set(entry.analysis.tokens) - theirs
    return bool((denied - said) & (their_said - theirs)) and bool((said - denied) & (theirs - their_said))


def about_someone_else(index: Index, claim: Analysis, entry: Entry) -> tuple[str, str] | None:
    """(the phrasing's subject, the claim's) when the phrasing is about a company, score, body or
    person the claim never names, and the claim about another ("the PBOC was launched in 2005"
    against "Pengyuan Credit opened for business in 2005")."""
    kinds = index.kinds
    subject, mine = first_subject(index, entry.analysis), first_subject(index, claim)
    lead = entry.fact.entities[0] if entry.fact.entities else None
    if (
        (subject is None or subject in claim.entities)
        and lead in entry.analysis.entities
        and lead not in claim.entities
        and kinds.get(lead) in ("regulator", "government")
    ):
        # "the central bank launched its Credit Reference Center in 2006" dates the centre, not the bank
        return (lead, mine) if mine is not None else None
    if subject is None or subject in claim.entities:
        return None
    if kinds.get(subject) == "person" and mine is not None:
        return subject, mine  # what a person did confirms nothing about a claim that never names them
    if mine is None or mine in entry.analysis.entities:
        return None
    bodies = ("regulator", "government")
    if kinds.get(mine) in bodies and kinds.get(subject) in bodies and (own_arm(index, mine, subject) or own_arm(index, subject, mine)):
        return None  # the PBOC and its Credit Reference Center
    return subject, mine


#: a phrasing that opens on what its subject is compared with: "Similar to Sesame Credit, Tencent's ..."
_COMPARED_FIRST = lazy_compile(r"^\s*(?:just\s+|much\s+)?(?:(?:un)?like|similar\s+to|as\s+with|compared\s+(?:with|to))\b[^,;]{3,80},\s*", re.IGNORECASE)


def compared_with(index: Index, claim: Analysis, entry: Entry) -> tuple[str, str] | None:
    """(the phrasing's subject, the claim's) when the claim is about what the phrasing only
    compares its subject with: "Sesame Credit scores run from 300 to 850, like Tencent Credit's"
    against "Similar to Sesame Credit, Tencent's system works with scores between 300 and 850"."""
    opening = _COMPARED_FIRST.match(entry.text)
    if opening is None:
        return None
    own = _COMPARED_FIRST.match(claim.text)  # (the claim's own subject, after its own comparison)
    mine = first_subject(index, index.analyse(claim.text[own.end() :]) if own else claim)
    if mine is None:
        return None
    compared = {e for _, _, e in index.aliases.find(opening.group(0))}
    subject = first_subject(index, index.analyse(entry.text[opening.end() :]))
    if mine in compared and subject is not None and subject != mine:
        return subject, mine
    return None


def first_subject(index: Index, text: Analysis) -> str | None:
    """The first company, score, body or person a text names (places aside)."""
    kinds = index.kinds
    return next((e for e in text.entity_order if kinds.get(e) in SUBJECT_KINDS and kinds.get(e) != "place"), None)


#: what sets one figure's clause apart from another's: "385 falls in the low range and 731 in the 'good' range"
_FIGURE_CLAUSES = lazy_compile(r"[,;]\s|(?<!hundred )(?<!thousand )\band\b|\b(?:while|whereas|but)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _clauses(index: Index, text: str) -> tuple[Analysis, ...]:
    """Each clause of the text, analysed (a phrasing's are read again for many claims)."""
    return tuple(index.analyse(part) for part in _FIGURE_CLAUSES.split(text))


def _figure_clauses(index: Index, text: str) -> list[tuple[tuple[Quantity, ...], frozenset[str]]]:
    """The figures of each clause of the text, with the clause's words."""
    return [(a.quantities, frozenset(a.tokens)) for a in _clauses(index, text) if a.quantities]


def _with_bare_dates_joined(
    clauses: list[tuple[tuple[Quantity, ...], frozenset[str]]],
) -> list[tuple[tuple[Quantity, ...], frozenset[str]]]:
    """A clause of figures alone ("..., in 2014, the State Council ...") belongs to the next one."""
    out: list[tuple[tuple[Quantity, ...], frozenset[str]]] = []
    held: tuple[Quantity, ...] = ()
    for figures, words in clauses:
        if not words:
            held += figures
            continue
        out.append((held + figures, words))
        held = ()
    if held and out:
        out[-1] = (out[-1][0] + held, out[-1][1])
    return out


_MEASURES = frozenset(stem(w) for w in ("score", "credit", "rating", "ranking", "rank", "societal", "social", "standing", "points"))


def misplaced_opposite(index: Index, claim: Analysis, fact: Fact) -> tuple[str, str] | None:
    """(claim's word, the words it belongs with) when the fact says one thing of some and the
    opposite of others, and the claim says it of the others: "caring for your parents drags your
    ranking down" against "defamation lowers one's credit, while caring for one's parents leads
    to better rankings". Decided only when no true phrasing reads it the claim's way."""
    mine = set(claim.tokens)
    if _OPPOSITES.isdisjoint(mine):
        return None
    # what the claim says each opposite of: the words of its own clause ("caring for your parents
    # can raise your ranking, while abuse can lower it" says both, each of its own subject)
    claim_clauses = [set(a.tokens) for a in _clauses(index, claim.text)]
    wrong: tuple[str, str] | None = None
    for entry in index.entries_of(fact.id):
        if entry.kind is not Verdict.TRUE or _OPPOSITES.isdisjoint(entry.analysis.tokens):
            continue
        clauses = [set(a.tokens) for a in _clauses(index, entry.text)]
        for a, b in ANTONYMS:
            for said, other in ((a, b), (b, a)):
                if said not in mine:
                    continue
                near = set().union(*(c for c in claim_clauses if said in c)) or mine
                if other in near:
                    continue
                own = [c for c in clauses if said in c]
                theirs = [c for c in clauses if other in c and said not in c]
                if not own or not theirs:
                    continue
                # (the measure an opposite moves, "societal credit" or "rankings", tells no subject apart)
                own_words = set().union(*own) - {said} - _MEASURES
                their_words = set().union(*theirs) - {other} - _MEASURES
                with_own = near & (own_words - their_words)
                with_theirs = near & (their_words - own_words)
                if with_own and not with_theirs:
                    return None  # a phrasing says it of the claim's subject
                if with_theirs and not with_own and wrong is None:
                    wrong = (as_written(claim.text, said), ", ".join(sorted(as_written(entry.text, w) for w in with_theirs)))
    return wrong


def said_of_its_own_side(index: Index, claim: Analysis, fact: Fact, word: str, opposite: str) -> bool:
    """Where the fact says one thing of some and the opposite of others ("abuse lowers one's
    credit, while caring for one's parents leads to better rankings"), does the claim say its
    ``word`` of those the fact moves that way ("residents who look after their parents climb the
    rankings"), rather than of those it moves the ``opposite`` way?"""
    same_way = _PARTNERS.get(opposite, frozenset()) - {word}
    if not same_way:
        return False
    near = set(claim.tokens) | {entity_term(e) for e in claim.entities}
    for entry in index.entries_of(fact.id):
        if entry.kind is not Verdict.TRUE or opposite not in entry.analysis.tokens:
            continue
        clauses = [set(a.tokens) | {entity_term(e) for e in a.entities} for a in _clauses(index, entry.text)]
        own = set().union(*(c for c in clauses if c & same_way and opposite not in c)) - same_way - _MEASURES
        theirs = set().union(*(c for c in clauses if opposite in c and not c & same_way)) - {opposite} - _MEASURES
        if own and theirs and near & (own - theirs) and not near & (theirs - own):
            return True
    return False


def misplaced_figure(index: Index, claim: Analysis, fact: Fact) -> tuple[str, str] | None:
    """(figure, word) when the claim gives a figure of the fact with the words the fact gives
    another of its figures of the same kind: "731 sits in the low range" where the source puts
    385 in the low range and 731 in the good one. Decided only when no true phrasing reads it
    the other way."""
    pinned = set(fact.numbers)
    if len(pinned) < 2 or _RANGE.search(fact.statement):
        return None  # (the ends of a range, "from 350 to 950", go with no words of their own)
    wrong: tuple[str, str] | None = None
    for entry in index.entries_of(fact.id):
        if entry.kind is not Verdict.TRUE or len(entry.analysis.quantities) < 2:
            continue
        theirs = [
            (qs, words) for qs, words in _figure_clauses(index, entry.text) if any(x.value in pinned for x in qs)
        ]
        if len(theirs) < 2:
            continue
        for figures, words in _with_bare_dates_joined(_figure_clauses(index, claim.text)):
            # (a year goes with the whole event, not with the words of one clause)
            figures = tuple(q for q in figures if q.kind not in DATES)
            if not figures:
                continue
            places = [
                i for i, (qs, _) in enumerate(theirs)
                if any(q.kind == x.kind and q.agrees_with(x.value) for q in figures for x in qs)
            ]
            if len(places) != 1:
                continue  # the clause gives figures of several of the fact's clauses, or none
            own = theirs[places[0]][1]
            kinds = {q.kind for q in figures}
            rivals = [w for i, (qs, w) in enumerate(theirs) if i != places[0] and any(x.kind in kinds and x.value in pinned for x in qs)]
            if not rivals:
                continue
            others = frozenset().union(*rivals)
            mine_hit, alien_hit = words & (own - others), words & (others - own)
            if mine_hit and not alien_hit:
                return None  # a phrasing puts the figure with the claim's words
            if alien_hit and not mine_hit and wrong is None:
                wrong = (figures[0].text, sorted(alien_hit)[0])
    return wrong


#: what a word is said to mean: "literally means 'micro-blog'", "translates as 'social network'"
_MEANS = lazy_compile(
    r"\b(?:means|meaning|meant|translates?\s+(?:as|to)|translated\s+(?:as|to)|stands?\s+for|is\s+short\s+for)\s+(?:simply\s+)?"
    r"['\"‘“]([^'\"’”]{2,40})['\"’”]",
    re.IGNORECASE,
)


def other_meaning(index: Index, claim: Analysis, fact: Fact) -> tuple[str, str] | None:
    """(the claim's meaning, the source's) when the claim gives a word a meaning that shares no
    word with the one the source gives it: "'Weibo' translates as 'social network'" where it
    "literally means 'micro-blog'"."""
    said, meanings = _meanings(claim, fact)
    if said is None or not meanings or _same_meaning(index, said, meanings):
        return None
    return said, meanings[0]


def played_down_meaning(claim: Analysis, fact: Fact) -> bool:
    """Does the claim give a word a meaning, only played down ("Weibo means nothing more than
    'micro-blog'"), where the source gives it one? Its "nothing" then denies nothing: the claim
    says what the word means, to be judged like any other meaning."""
    if not _NOTHING_MORE_THAN.search(claim.text):
        return False
    said, meanings = _meanings(claim, fact)
    return said is not None and bool(meanings)


def _meanings(claim: Analysis, fact: Fact) -> tuple[str | None, list[str]]:
    """(the meaning the claim gives a word, the meanings the source gives it)."""
    said = _MEANS.search(_NOTHING_MORE_THAN.sub("means", claim.text))
    if said is None:
        return None, []
    return said.group(1), [m.group(1) for t in (fact.statement, *fact.confirms) for m in _MEANS.finditer(t)]


def _same_meaning(index: Index, said: str, meanings: list[str]) -> bool:
    mine = set(index.analyse(said).tokens)
    squeezed = _squeezed(said)  # ("microblog" is "micro-blog")
    return not mine or any(mine & set(index.analyse(m).tokens) or squeezed in _squeezed(m) or _squeezed(m) in squeezed for m in meanings)


def _squeezed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


#: where something was published, by name: "in a People's Daily column", "writing in the Global Times"
_VENUE = lazy_compile(
    r"\b(?i:in|for|to)\s+(?i:an?\s+|the\s+)?((?:[A-Z][\w'’-]*\s+){1,4})(?i:column|article|op-ed|piece|interview|report|essay|editorial|blog\s+post)\b|"
    r"\b(?i:writing|published|speaking)\s+(?i:in|for|to)\s+(?i:the\s+)?((?:[A-Z][\w'’-]*\s*){1,4})"
)


def names_a_venue(index: Index, text: str) -> bool:
    """Does the text say where something was published, by a name the base does not know?"""
    m = _VENUE.search(text)
    return m is not None and not index.aliases.find(m.group(1) or m.group(2))
