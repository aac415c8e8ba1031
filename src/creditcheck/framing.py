"""Framing checks: claims whose parts may each be true but whose framing is not.

The error foreign coverage makes most often is conflation: presenting a commercial, opt-in
score (Sesame Credit, Tencent Credit) or its company as the government's Social Credit System
or a state rating of citizens. Word overlap cannot see it: "Sesame Credit is the government's
official rating" shares most of its words with facts about Sesame Credit. These checks read
the claim's shape instead, and only call a claim ``misleading`` when the fact base itself
says the two are distinct: a "distinction fact" names the commercial entity and the
government in one statement with a cue such as "separate", "independent" or "not".

They also catch the overgeneralised case ("anywhere in China", "anyone") of a fact the
source limits to some places or one person.
"""

from __future__ import annotations

import dataclasses
import re
import weakref
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .asides import without_asides
from .lazyre import lazy_compile
from .matching import Index, entity_term, term_entity
from .models import Fact
from .normalize import AliasIndex, Analysis, expand_contractions, stem

COMMERCIAL_KINDS = frozenset({"credit-score", "company"})
STATE_KINDS = frozenset({"government"})
REGULATOR_KINDS = frozenset({"regulator"})


def _owned(tokens: list[str]) -> str:
    """A regulator's own score, rating or system: "ent_pboc's own credit score"."""
    names = "|".join(re.escape(t) for t in tokens)
    return (
        rf"\b(?:{names})(?:'s)?\s+(?:own\s+|official\s+)?(?:[\w-]+\s+)?"
        r"(?:scores?|ratings?|system|scheme|product|tool|arm|bureau|agency|registry)\b"
    )

#: words that keep two things apart: a claim using one is drawing the distinction, not blurring it
_DISTINCTION = lazy_compile(
    r"\b(?:separate(?:ly)?|independent(?:ly)?|distinct|different|differs?|unlike|compared\s+(?:with|to)|in\s+contrast\s+to|not|no|never|nothing|"
    r"neither|nor|rather than|instead of|versus|vs|whereas|while|confus\w*|conflat\w*|mistak\w*|wrongly|"
    r"myths?|misconceptions?|misunderst\w*|misreport\w*|commercial|private|corporate|both)\b|n't\b",
    re.IGNORECASE,
)
_STATE = r"(?:government|state|official|national|communist\s+party|party|authorities|(?:ent_)?beijing)"
_STATE_WORDS = frozenset(stem(w) for w in ("government", "state", "official", "national", "party", "authority", "run", "own"))
#: what makes a predicate the state's: its score, system or rating, or something it runs or owns
_STATE_THING = lazy_compile(
    _STATE + r"(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:scores?|scoring|ratings?|systems?|schemes?|tools?|agents?|programs?|programmes?|arms?|bureaus?|agenc(?:y|ies)|departments?|"
    r"minimum|threshold|benchmark|requirement|standard|pass\s+mark|blacklists?|apparatus|machinery|regime|framework|infrastructure|"
    r"mechanisms?|database|(?:way|means|method|instrument)\s+(?:of|for)\s+(?:scoring|rating|grading|ranking|judging|measuring|tracking)|"
    r"answer\s+to|versions?|equivalent|counterpart|creation|invention|brainchild|projects?|initiatives?|products?)\b"
    r"|\b(?:government|state)[\s-](?:run|owned|controlled|backed|operated|issued|sanctioned|mandated)\b"
    r"|\b(?:government|state|authorities|party|(?:ent_)?beijing)\s+(?:uses?|used|relies\s+on)\s+(?:\w+\s+)?(?:to\s+)?(?:rate|score|grade|rank|judge)\b"
    r"|\b(?:government|state|authorities|party|(?:ent_)?beijing)\s+(?:grading|rating|scoring|ranking|judging|tracking|monitoring|watching|spying\s+on)\b"
    r"|\b(?:arm|agent|agency|tool|instrument|branch|department|extension|mouthpiece|organ|wing)\s+of\s+(?:the\s+)?(?:chinese\s+)?"
    r"(?:government|state|communist\s+party|party|authorities)\b"
    r"|\b(?:government|state|authorities|party|(?:ent_)?beijing)\s+(?:has\s+|have\s+|had\s+)?(?:set|sets|requires?|required|mandated|mandates|demands?|"
    r"demanded|imposed|imposes)\b"
    r"|\b(?:run|operated|controlled|owned|issued|managed|calculated|administered|created|developed|made|built|designed|"
    r"launched|introduced|set\s+up|rolled\s+out|founded)\s+by\s+(?:the\s+)?(?:chinese\s+)?"
    + _STATE + r"\b",
    re.IGNORECASE,
)
#: the words for people a claim may say "every" or "each" of
_PEOPLE = r"(?:citizens?|persons?|people|individuals?|residents?|consumers?|customers?|shoppers?|users?|adults?|netizens?)"
#: everyone in the country: "every person in China", "each Chinese citizen", "all Chinese", "every Alibaba customer"
_EVERYONE = lazy_compile(
    rf"\b(?:every|each|all)\s+(?:single\s+)?(?:chinese\s+|[\w-]+\s+)?{_PEOPLE}\b(?!\s+(?:who|with))"
    r"|\ball\s+chinese\b(?=\s*(?:[,.;]|$|(?:will|are|is|must|have|has|get|now)\b))"
    r"|\beveryone\s+in\s+china\b|\bthe\s+(?:whole|entire)\s+(?:population|country)\b",
    re.IGNORECASE,
)
#: a score one joins by choice
_OPT_IN = lazy_compile(r"\b(?:opt-in|opt\s+in|not\s+mandatory|voluntary|by\s+choice)\b", re.IGNORECASE)
#: the state named in a claim (its media excepted: "state newspapers reported")
_STATE_MARK = lazy_compile(
    r"\b(?:government|state(?![\s-](?:media|newspapers?|press|broadcasters?|television|tv|news|outlets?|papers?))|official(?!ly)|"
    r"authorities|communist\s+party|ent_beijing)\b"
)
#: phrases that make whatever the clause's subject does an act of the state's
_ON_BEHALF = lazy_compile(
    r"\bon\s+(?:the\s+)?(?:state|government|party|(?:ent_)?beijing|authorities)'s?\s+behalf\b"
    r"|\bon\s+behalf\s+of\s+(?:the\s+)?(?:chinese\s+)?(?:state|government|communist\s+party|party|(?:ent_)?beijing|authorities)\b"
    r"|\bunder\s+(?:state|government|party)\s+control\b|\bfor\s+the\s+(?:state|government|party)\b",
    re.IGNORECASE,
)
#: a verb that makes what follows say what the subject is or does for whom
_COPULA = lazy_compile(
    r"\b(?:is|are|was|were|serves\s+as|acts\s+as|works\s+as|functions\s+as|forms|became|becomes|become|remains|served\s+as|acted\s+as|functioned\s+as|"
    r"supplies|supplied|provides|provided|powers|powered|feeds|fed|underpins|runs|operates|calculates|computes|"
    r"determines|compiles|builds|drives)\b"
    r"|\b(?:endorsed|recogni[sz]ed|designated|certified|adopted|chosen|named|approved)\b(?:\s+[\w'-]+){0,4}?\s+as\b"
)
_PREDICATE_WORDS = 8
#: the first of two verbs that share their agent: "created and " in "created and run by the state"
_SHARED_AGENT = lazy_compile(r"\b\w+ed\s+(?:and|or)\s+(?=(?:[\w-]+\s+){1,2}by\b)")
_SCORING = lazy_compile(r"\b(?:scores?|scored|grades?|graded|rates?|rated|ranks?|ranked|rating|ranking|grading|scoring)\b")
_UNDER = r"\b(?:under|within|as\s+part\s+of|part\s+of|for)\s+(?:the\s+)?(?:chinese\s+|china's\s+)?"
#: placed inside the state's system, whatever it does there
_WITHIN = r"\b(?:under|within|as\s+part\s+of|part\s+of)\s+(?:the\s+)?(?:chinese\s+|china's\s+)?(?:state\s+|government\s+|national\s+)?"
#: the state hands out the score
_STATE_ASSIGNS = lazy_compile(
    r"\b(?:government|state|authorities|party|(?:ent_)?beijing)\b[^,;]{0,30}\b(?:assigns?|gives?|issues?|awards?|hands?)\b[^,;]{0,30}$"
)
#: the state makes the score its instrument: "Beijing uses Sesame Credit to ..."
_STATE_USES = lazy_compile(
    r"\b(?:government|state|authorities|party|(?:ent_)?beijing)\s+(?:now\s+|already\s+)?(?:uses?|used|relies\s+on|relied\s+on|employs?|employed|"
    r"deploys?|deployed|turns\s+to|turned\s+to)\s+(?:the\s+)?$"
)
#: "<state> ... calculated by / scores residents through <company>"
_AGENT_BEFORE = lazy_compile(
    r"(?:\b(?:run|operated|calculated|managed|administered|powered|implemented|built|developed|designed|issued|"
    r"compiled|outsourced)\s+(?:\w+\s+)?(?:by|to)|\bthrough|\bvia|\busing|\brel(?:y|ies)\s+on|\bwith\s+the\s+help\s+of)"
    r"\s+(?:the\s+)?(?:ent_\w+\s+)?$"
)
#: the state's, said of the name that follows: "the government-run Sesame Credit"
_STATE_ATTRIBUTE = lazy_compile(
    r"\b(?:government|state|party)[\s-](?:run|owned|controlled|operated|issued|sanctioned|mandated)\s+(?:\w+\s+)?$"
)
#: "<the state's rating>, better known as <company's score>"
_KNOWN_AS = lazy_compile(
    r"(?:,\s*)?(?:better\s+|also\s+|commonly\s+|widely\s+|otherwise\s+)?(?:known\s+as|called|dubbed|aka|a\.k\.a\.)\s+(?:the\s+)?$"
)
#: an aside that says what the subject is or has done, between it and its verb
_PARTICIPLE = lazy_compile(
    r"\s*,\s*(?:having|after|despite|thanks\s+to|the|a|an|ent_\w+|china's|one\s+of|launched|founded|established|set\s+up|created|"
    r"started|based|run|owned|backed|which|who|whose|with|known|dubbed|once|now|formerly|previously)\b[^,;]*,"
)
_CLAUSE_END = lazy_compile(r"[,;:()]|\b(?:than|unlike|like|whereas|while|but|compared|versus|although|though)\b")


def _clause_after(body: str, end: int) -> str:
    m = _CLAUSE_END.search(body, end)
    return body[end : m.start() if m else len(body)]


def _clause_before(body: str, start: int) -> str:
    cut = max((m.end() for m in _CLAUSE_END.finditer(body, 0, start)), default=0)
    return body[cut:start]


#: the claim speaks of all of China or everyone, not some places or one person
_UNIVERSAL = lazy_compile(
    r"\b(?:any\s*where|every\s*where|any\s*one|every\s*one|anybody|everybody|all\s+(?:chinese|citizens|people|adults)|"
    r"all\s+(?:of\s+)?(?:its|their|the\s+country's|china's)\s+(?:citizens|people|residents|population)|"
    r"(?:every|each)\s+(?:single\s+|last\s+)?(?:local\s+)?(?:chinese|citizen|person|adult|city|province|resident|commenter|user|government)|unanimous(?:ly)?|universally|"
    r"(?:every|each)\s+(?:internet|online|web|mobile|smartphone)\s+users?|every\s+netizen|"
    r"all\s+(?:of\s+)?(?:china's\s+|the\s+country's\s+)?(?:chinese\s+)?(?:internet|online|web|mobile)\s+users|"
    r"the\s+(?:entire|whole)\s+(?:population|citizenry)|(?:have|are|were|had)\s+all\s+(?=\w+ed\b)|"
    r"without\s+(?:a\s+single\s+|any\s+)?(?:exception|dissenting\s+voices?|dissent\w*|complaint|reservation|objection)s?|all\s+(?:of\s+)?(?:the\s+)?[\w-]+'s\s+(?:citizens|people|residents)|"
    r"all\s+(?:the\s+)?(?:residents|citizens|people|inhabitants)|to\s+a\s+(?:man|person|woman)|(?:were|are|was|stood|stand)\s+united\s+in|with\s+one\s+voice|(?:citizens|residents|people|netizens|commenters|users)\s+(?:(?:have|are|were|had)\s+)?all(?!\s+(?:of|the|over)\b)|nation\s*-?wide|across\s+(?:all\s+of\s+)?china|"
    r"throughout\s+china|all\s+over\s+china|the\s+whole\s+(?:country|of\s+china)|all\s+(?:of\s+)?china|"
    r"(?:across|throughout|all\s+over)\s+the\s+(?:whole\s+|entire\s+)?country|"
    r"(?:wherever|no\s+matter\s+where)\s+(?:you|one|people|they)\b[^,;]{0,30}?\bin\s+(?:china|the\s+country)|"
    r"any\s+[\w-]+(?:\s+[\w-]+){0,2}\s+in\s+(?:china|the\s+country)|any\s+(?:chinese\s+)?(?:city|town|province|place|region)|"
    r"chinese\s+(?:citizens|people|cities|hospitals|libraries|residents|users|police|authorities|courts)|"
    r"(?:people|citizens|residents|cities|hospitals|libraries)\s+(?:in|across|throughout)\s+china)\b",
    re.IGNORECASE,
)
_NOT_BEFORE = lazy_compile(r"\b(?:not|never|hardly|nor)\s+(?:[\w-]+\s+){0,2}$|n't\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: the whole country, as the reach of a rule the source gives for one place
_COUNTRYWIDE = lazy_compile(
    r"\b(?:nation\s*-?wide|(?:across|throughout|all\s+over)\s+(?:all\s+of\s+)?(?:china|the\s+(?:whole\s+|entire\s+)?(?:country|nation))|"
    r"(?:in|across)\s+every\s+(?:province|region|corner)\b|(?:services?|firms?|companies|operators?|cities|provinces)\s+in\s+china)\b",
    re.IGNORECASE,
)
#: ...unless only hoped or called for: "in a move one commenter hoped would spread across the country"
_WISHED = lazy_compile(r"\b(?:hop\w*|wish\w*|want\w*|urg\w*|call\w*\s+for|would|could|should|might|may)\b", re.IGNORECASE)


def _carried_across(text: str) -> bool:
    """Does the text carry something across the whole country, in a clause that asserts it?"""
    m = _COUNTRYWIDE.search(text)
    if m is None:
        return False
    start, end = text.rfind(",", 0, m.start()) + 1, text.find(",", m.end())
    return not _WISHED.search(text[start : end if end >= 0 else len(text)])


#: the claim sets itself in China as a whole
_CHINA_WIDE = lazy_compile(r"\b(?:china(?:'s)?|chinese|national(?:ly)?|the\s+country(?:'s)?)\b", re.IGNORECASE)
#: the source's own words that limit a statement to some places, cases or people
_LIMITED = lazy_compile(
    r"\b(?:some|many|most|such\s+as|certain|depending|in\s+places|pilots?|local|one|a\s+(?:man|woman|person|user)|"
    r"the\s+(?:[\w-]+\s+){0,3}(?:man|woman|person|user)(?!s)|"
    r"several|selected|a\s+few|dozens|hundreds|a\s+number\s+of|for\s+example|e\.g\.|experiments?|experimental|trials?|other\s+(?:cities|places|regions))\b",
    re.IGNORECASE,
)


#: two things said to be one
_SAME = lazy_compile(
    # ("identical" of the two, not of what each holds: "an identical 8 percent", "identical stakes")
    r"\b(?:one\s+and\s+the\s+same|the\s+same\s+(?:thing|system|scheme|score)|identical(?!\s+(?:\d|[\w-]+\s+(?:percent|per\s+cent|%)|stakes?|shares?|holdings?|slices?|amounts?))|interchangeable|"
    r"one\s+(?:unified|single)\s+(?:system|scheme))\b",
    re.IGNORECASE,
)
#: one social credit system said to exist (in a claim whose names are ``ent_`` tokens)
_ONE_SYSTEM = lazy_compile(
    r"\b(?:one|a\s+single|single|just\s+one|only\s+one)\s+(?:[\w-]+,?\s+){0,3}?['\"‘“]?\s*ent_social_credit_system\b"
    r"|\bent_social_credit_system\s*['\"’”]?\s+(?:is|as)\s+(?:a\s+|one\s+)(?:single|unified|giant|big)\b"
    r"|\bone\s+(?:big\s+|giant\s+|single\s+|unified\s+|all-encompassing\s+|overarching\s+)?(?:system|scheme|apparatus)\b",
    re.IGNORECASE,
)
#: ...and the words that doubt or deny it ("not one system but two", "the misconception that ...")
_DOUBTED_ONE = lazy_compile(
    r"\b(?:not|no|never|myths?|misconceptions?|rather\s+than|far\s+from|contrary|instead\s+of|mistaken\w*|wrongly|falsely)\b|n't\b",
    re.IGNORECASE,
)
#: a statement that there is no one system: "China has no single 'social credit system'"
_ONE_SYSTEM_DENIED = lazy_compile(r"\bno\s+(?:single|one)\b[^.;]*\bsystem\b|\bnot\s+(?:just\s+)?one\b[^.;]*\bsystem\b", re.IGNORECASE)
#: the source speaks of a plan, a promise or what will happen
_FUTURE = lazy_compile(
    r"\b(?:will|would|plans?|planned|promised?|promises|aims?|aimed|targets?|intends?|intended|outlined|"
    r"in\s+the\s+future|expected|set\s+to|going\s+to|to\s+be\s+\w+ed)\b",
    re.IGNORECASE,
)
#: the claim itself speaks of what is still to come ("as promised" is past; "will" is not)
_STILL_TO_COME = lazy_compile(
    r"\b(?:will|would|plans?\s+to|aims?\s+to|set\s+to|going\s+to|expected\s+to|(?:is|are)\s+to\s+be|in\s+the\s+future|"
    r"by\s+20\d\d)\b",
    re.IGNORECASE,
)
#: the claim presents something as done
_DONE = lazy_compile(
    r"\b(?:now|already|up\s+and\s+running|fully|completed?|finished|in\s+place|(?:a\s+)?reality|in\s+force|"
    r"today|has\s+become|have\s+become|(?:put|brought|came|went)\s+(?:\w+\s+){0,5}?into\s+(?:operation|effect|force)|(?:that|the)\s+(?:very|same)\s+year|has\s+been\s+(?:rolled|implemented|completed|\w+ing)|ever\s+since|"
    r"(?:has|have)\s+(?:now\s+|already\s+|fully\s+|finally\s+)?(?:rolled\s+out|implemented|completed|introduced|delivered)|"
    # (a nationwide system said to have been started, where a plan was announced: "in 2014 the State Council launched a nationwide ...")
    r"(?:launched|rolled\s+out|introduced|implemented|switched\s+on|put\s+in\s+place)\s+(?:a|the|its)\s+(?:single\s+|unified\s+)?(?:nationwide|national|country-?wide))\b",
    re.IGNORECASE,
)


#: the source speaks of an experiment still under way
_TRIAL = lazy_compile(r"\b(?:experiment\w*|pilots?|piloting|trials?|tested|testing)\b", re.IGNORECASE)
#: the claim says the work is over, not merely under way
_FINISHED = lazy_compile(r"\b(?:completed?|finished|fully\s+(?:\w+ed|in\s+place|operational)|up\s+and\s+running|in\s+full\s+force)\b", re.IGNORECASE)


#: a trial said to be over: "the experiment is finished", "the test phase is done", "completed its pilot"
_TRIAL_OVER = lazy_compile(
    r"\b(?:experiment\w*|pilots?|trials?|test(?:ing)?\s+phase)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?"
    r"(?:finished|completed?|over|done|concluded)\b|\b(?:finished|completed?|concluded)\s+(?:its|their|the)\s+"
    r"(?:experiment\w*|pilots?|trials?)\b",
    re.IGNORECASE,
)


#: one score, number or rating said to sum a person up: the myth the source itself refutes
_ONE_SCORE = lazy_compile(
    r"\b(?:single|one|unified|overall|all-encompassing|all-in-one)\s+(?:(?!of\b|or\b|and\b)[\w-]+\s+){0,2}?(?:scores?|numbers?|ratings?)\b",
    re.IGNORECASE,
)
#: ...and the words of a fact that doubts or denies it
_DOUBTED = lazy_compile(r"\b(?:unlikely|not|no|never|doubt\w*)\b", re.IGNORECASE)
#: ...for everyone: "every citizen", "each person's", "per citizen", "for each Chinese"
_EACH_PERSON = lazy_compile(
    rf"\b(?:every|each|all|per)\s+(?:single\s+)?(?:chinese\s+)?(?:{_PEOPLE}|chinese)\b"
    r"|\b(?:citizens?|person|individual|resident)'s?\b|\beveryone\b|\beverybody\b|\bthe\s+(?:whole|entire)\s+population\b"
    r"|\b(?:on|about|of)\s+(?:a|any)\s+(?:person|citizen|individual|resident)\b"
    r"|\b(?:about|on)\s+you\b|\byour\s+(?:whole\s+)?(?:life|data|behaviou?r)\b",
    re.IGNORECASE,
)
#: a claim that doubts, denies or reports the myth does not assert it
_NOT_ASSERTED = lazy_compile(
    r"\b(?:unlikely|doubt\w*|myths?|misconception\w*|wrongly|falsely|claimed|claims?|suggest\w*|fear\w*|worr\w*|reported|"
    r"not|no|never|nor|neither|despite|contrary|rather\s+than|instead\s+of|may|might|could|whether|if)\b|n't\b",
    re.IGNORECASE,
)


def asserts_one_score(text: str) -> bool:
    """Does the text say outright that each person is summed up in one score ("every citizen
    will be given one single national score")? The source calls that unlikely."""
    return bool(_ONE_SCORE.search(text) and _EACH_PERSON.search(text)) and not _NOT_ASSERTED.search(text)


def as_done(claim_text: str, fact: Fact, score: float) -> "Framing | None":
    """A plan or a future effect the source reports, presented as done ("is now up and running
    across the whole country" for "promised to roll it out nationally by 2020"), or an experiment
    presented as finished ("have completed their social credit systems" for "experiments")."""
    if still_to_come(claim_text):
        return None
    if _FUTURE.search(fact.statement) and _DONE.search(claim_text):
        why = f"The source reports a plan or a future effect; the claim presents it as done: {fact.statement}"
        return Framing(fact, why, score)
    finished = _FINISHED.search(claim_text)
    # ("the experiment is finished" says the trial is over; "finished piloting" too; "not finished" does not)
    over = finished and not _NOT_BEFORE.search(claim_text[: finished.start()])
    if _TRIAL.search(fact.statement) and over and (not _TRIAL.search(claim_text) or _TRIAL_OVER.search(claim_text)):
        why = f"The source reports experiments under way; the claim presents them as finished: {fact.statement}"
        return Framing(fact, why, score)
    return None


@dataclass(frozen=True)
class Framing:
    """A misleading framing found in a claim: the fact that shows it and why."""

    fact: Fact
    explanation: str
    score: float


def china_wide(text: str) -> bool:
    """Does the text set itself in China as a whole ("China's top-scoring citizens")?"""
    return bool(_CHINA_WIDE.search(text))


def localised(text: str, place: str) -> str:
    """The text said of one place instead of all of China or everyone: "In China, top scorers are
    put on a public board" -> "In Rongcheng, top scorers are put on a public board"."""
    return _CHINA_WIDE.sub(place, _UNIVERSAL.sub(place, text))


_SETTING = lazy_compile(r"\b(?:in|across|throughout|all\s+over)\s+(?:all\s+of\s+)?china\b", re.IGNORECASE)


def set_in_china(text: str) -> bool:
    """Does the text set itself in all of China: its subject is China-wide ("Chinese people ...",
    "China's top scorers ...", "Everyone ...") or it says where ("in China")? "India is building
    a system modelled on China's" is not set in China."""
    first = _UNIVERSAL.search(text) or _CHINA_WIDE.search(text)
    if first is None:
        return False
    return len(text[: first.start()].split()) <= 3 or bool(_SETTING.search(text))


def all_of_china(text: str) -> bool:
    """Does the text speak of everyone or of China as a whole (so that it may widen a fact)?"""
    return sweeping(text) or china_wide(text)


def speaks_of_a_plan(statement: str) -> bool:
    """Does a fact speak of a plan, a promise or what will happen ("promised to roll it out by 2020")?"""
    return bool(_FUTURE.search(statement))


def still_to_come(text: str) -> bool:
    """Does the text speak of what is still to come ("will", "plans to", "by 2020")? (A plan it
    reports, "having promised a rollout by 2020, Beijing now runs ...", is past.)"""
    if not _STILL_TO_COME.search(text):
        return False
    if not _DONE.search(text):
        return True
    rest = _REPORTED_PLAN.sub(" ", text)
    return not (_DONE.search(rest) and not _STILL_TO_COME.search(rest))


def presented_as_done(text: str) -> bool:
    """Does the text say something is done ("now", "already", "up and running")?"""
    return bool(_DONE.search(text)) and not still_to_come(text)


#: a plan the claim reports beside what it claims: "Having promised a rollout by 2020, ...", "..., as
#: the government promised it would", "..., as it had pledged"
_REPORTED_PLAN = lazy_compile(
    r"\b(?:promis\w*|pledg\w*|vow\w*|plann\w*|target\w*|outlined)\b[^,;.:]*?\bby\s+20\d\d\b"
    r"|\b(?:promised|pledged|vowed|planned|said)\s+(?:that\s+)?(?:it|they|he|she)\s+would\b"
    r"|\bas\s+(?:(?:it|they|the\s+\w+|beijing)\s+)?(?:had\s+)?(?:promised|pledged|vowed|planned)\b"
    r"(?:\s+(?:that\s+)?(?:it|they|he|she)\s+would\b|[^,;.:]*?\bby\s+20\d\d\b)?",
    re.IGNORECASE,
)


#: words that limit a plural to some of it: "several Chinese cities" is not all of them
_SOME_OF = lazy_compile(
    r"\b(?:some|several|many|few|certain|a\s+number\s+of|dozens\s+of|a\s+handful\s+of|other|(?!(?:19|20)\d\d\b)\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve)\s+$",
    re.IGNORECASE,
)


def sweeping(text: str) -> bool:
    """Does the text speak of all of China or everyone ("anyone who...", "Chinese cities"), and
    not of some of it ("several Chinese cities")?"""
    return _sweep(text) is not None


def _sweep(text: str) -> "re.Match[str] | None":
    """The first words that speak of everyone, unless limited to some."""
    return next(iter(sweeps(text)), None)


def sweeps(text: str) -> list["re.Match[str]"]:
    """Every stretch of words that speaks of everyone ("every single resident", "without
    exception"), unless limited to some."""
    return [m for m in _UNIVERSAL.finditer(text) if not _SOME_OF.search(text, 0, m.start())]


#: a sweep over places or things: "everywhere in China", "for anything", "any service"
_EVERY_THING = lazy_compile(
    r"\b(?:(?:any|every)\s*where\s+(?:in|across)\s+(?:china|the\s+country)|"
    r"(?:for|on)\s+(?:almost\s+|just\s+)?anything|anything\s+(?:in|across)\s+(?:china|the\s+country)|(?:any|every)\s+(?:(?:car|bike|hotel|flat|home|house|phone|power[\s-]bank)\s+)?(?:service|shop|store|business|purchase|booking|rental|"
    r"transaction|app|platform|loan|occasion|situation)s?|all\s+(?:services|shops|stores|businesses|purchases|bookings|rentals|transactions)|"
    # ("at every car rental firm, bike service and hotel in China")
    r"every\s+(?:[\w-]+\s+){0,2}?(?:hotel|firm|company|operator|provider|landlord|restaurant|hospital|lender|bank|shop|store|outlet|hostel|library)s?\b"
    r"(?=[^.;]{0,60}\b(?:in|across)\s+(?:china|the\s+country)\b))\b",
    re.IGNORECASE,
)


#: a time set before the claim by what else happened then: "Long before any app promised free umbrellas, ..."
_FRONTED_TIME = lazy_compile(r"^\s*(?:long|well|years|decades|shortly|just|soon)\s+(?:before|after)\s+[^,;]{4,100},\s*", re.IGNORECASE)


def sweeps_things(text: str) -> "re.Match[str] | None":
    """The words that sweep over every place or thing ("everywhere in China", "for anything"),
    where :func:`sweeps` finds those that sweep over everyone. (Not in a time set by what else
    happened then: "Long before any app promised free umbrellas, ...")"""
    fronted = _FRONTED_TIME.match(text)
    return _EVERY_THING.search(text, fronted.end() if fronted else 0)


class FramingChecks:
    """Built once per index: which facts draw the line between commercial scores and the state."""

    def __init__(self, index: Index) -> None:
        self.index = index

    @cached_property
    def distinctions(self) -> dict[str, tuple[int, ...]]:
        """Commercial entity id -> positions of the facts whose statement sets it apart from the state.

        Kept with the index in the cache (``index.derived``): finding them reads every fact that
        names the state, which a large base should not pay for on every start.
        """
        found = self.index.derived.get("distinctions")
        if found is None:
            found = self.index.derived["distinctions"] = self._find_distinctions()
        return found  # type: ignore[return-value]

    def _find_distinctions(self) -> dict[str, tuple[int, ...]]:
        out: dict[str, list[int]] = {}
        index, kinds = self.index, self.index.kinds
        # only facts that name the state or say "government" can draw the line
        state = {e for e, kind in kinds.items() if kind in STATE_KINDS}
        where = {index.factbase.position(fid) for fid, names in index.known.items() if not state.isdisjoint(names)}
        where |= index.facts_with_term(stem("government"))
        for f in sorted(where):
            fact = index.factbase.facts[f]
            text = fact.statement
            names = set(index.statement_entities.get(fact.id, ())) | set(fact.entities)
            has_state = any(kinds.get(e) in STATE_KINDS for e in names) or re.search(r"\bgovernment\b", text, re.I)
            if not has_state or not _DISTINCTION.search(text):
                continue
            for e in names:
                if kinds.get(e) in COMMERCIAL_KINDS and f not in out.setdefault(e, []):
                    out[e].append(f)
        return {e: tuple(fs) for e, fs in out.items()}

    def distinction_facts(self, entity: str) -> list[Fact]:
        return [self.index.factbase.facts[f] for f in self.distinctions.get(entity, ())]

    def closest_distinction(self, claim: Analysis, entity: str) -> Fact:
        """Of the facts that set this commercial name apart from the state, the one closest to the claim."""
        return self._closest(claim, self.distinction_facts(entity))[0]

    def one_score_denials(self) -> list[Fact]:
        """The facts that doubt or deny that people are summed up in one single score."""
        return [f for f in self.index.facts_stating(_ONE_SCORE) if _DOUBTED.search(f.statement)]

    def one_score_alone(self, claim: Analysis) -> Fact | None:
        """The fact that refutes a claim saying, of the state's system, that each person gets one
        single score, when nothing closer decides it ("everything the state knows about you gets
        merged into one single score")."""
        if claim.negation_scopes or not asserts_one_score(claim.text) or not self._of_the_state(claim):
            return None
        denials = self.one_score_denials()
        return self._closest(claim, denials)[0] if denials else None

    def named_subject_fact(self, claim: Analysis) -> Fact | None:
        """The closest fact about the company or score the claim leads with ("Baihang Credit ...
        gives every citizen one national score" misleads about Baihang)."""
        lead = next((e for e in claim.entity_order if self.index.kinds.get(e) in COMMERCIAL_KINDS), None)
        own = self.index.facts_led_by(lead) if lead else []
        return self._closest(claim, own)[0] if own else None

    def _of_the_state(self, claim: Analysis) -> bool:
        """Does the claim speak of the state: a name of its kind, or a word for it?"""
        kinds = self.index.kinds
        return any(kinds.get(e) in STATE_KINDS for e in claim.entities) or bool(re.search(r"\b" + _STATE + r"\b", claim.text, re.I))

    def one_score(self, claim: Analysis, confirmed: Fact, score: float) -> Framing | None:
        """A claim confirmed in its core that also says each person gets one single score: its
        core holds, what it adds is the myth a fact refutes."""
        if not asserts_one_score(claim.text):
            return None
        denials = self.one_score_denials()
        if not denials or confirmed in denials:
            return None
        if not self._of_the_state(claim):
            return None  # one score a company gives its users is no myth
        fact, _ = self._closest(claim, denials)
        why = f"The claim's core holds ({confirmed.statement}), but it adds that each person gets one single score: {fact.statement}"
        return Framing(fact, why, score)

    def state_rider(self, claim: Analysis, confirmed: Fact, score: float) -> Framing | None:
        """A claim confirmed about a commercial score that adds the state to it ("..., which means
        the Chinese state is scoring every online shopper", "... on behalf of the government's
        Social Credit System"): the core holds, the conflation is what it adds."""
        kinds = self.index.kinds
        who = next((e for e in confirmed.entities if e in self.distinctions), None)
        if who is None or confirmed in self.distinction_facts(who) or _DISTINCTION.search(claim.text):
            return None
        if self._denies_the_frame(claim):
            return None
        body = _named_body(self.index.aliases, claim.text)
        said = self.index.true_terms(confirmed.id)
        added = [m.group(0) for m in _STATE_MARK.finditer(body) if stem(m.group(0).split()[-1]) not in said and m.group(0) not in said]
        added += [entity_term(e) for e in claim.entities if kinds.get(e) in STATE_KINDS and entity_term(e) not in said]
        if not added:
            return None
        line, _ = self._closest(claim, self.distinction_facts(who))
        name = self.index.factbase.entities[who].name
        # (the fact the claim builds on is the one it misleads about; the distinction says how)
        why = f"The claim's core holds ({confirmed.statement}), but it presents {name} as the state's: {line.statement}"
        return Framing(confirmed, why, score)

    def everyone_scored(self, claim: Analysis, confirmed: Fact, score: float) -> Framing | None:
        """A claim confirmed about an opt-in score that has it score everyone ("Sesame Credit gives
        every person in China a score between 350 and 950"): only those who join are scored."""
        m = _EVERYONE.search(claim.text)
        if m is None or _NOT_BEFORE.search(claim.text, 0, m.start()) or _UNIVERSAL.search(confirmed.statement):
            return None
        who = next((e for e in confirmed.entities if self.index.kinds.get(e) in COMMERCIAL_KINDS), None)
        opt_in = [f for f in self.index.facts_led_by(who) if _OPT_IN.search(f.statement)] if who else []
        if not opt_in or confirmed in opt_in:
            return None
        if any(e == who for _, _, e in self.index.aliases.find(m.group(0))):
            return None  # ("every Sesame user" is everyone who joined)
        fact = opt_in[0]
        return Framing(fact, f"The claim's core holds ({confirmed.statement}), but it has everyone scored: {fact.statement}", score)

    def conflation(self, claim: Analysis) -> Framing | None:
        """A commercial score or company presented as the state's own system, rating or agent."""
        kinds = self.index.kinds
        commercial = [e for e in claim.entity_order if kinds.get(e) in COMMERCIAL_KINDS and e in self.distinctions]
        if not commercial or _DISTINCTION.search(claim.text) or self._denies_the_frame(claim):
            return None
        body = _named_body(self.index.aliases, claim.text)
        state_tokens = {entity_term(e) for e in claim.entities if kinds.get(e) in STATE_KINDS}
        # a regulator counts only where its own score or system is meant ("the central bank's own credit score")
        regulators = [entity_term(e) for e in claim.entities if kinds.get(e) in REGULATOR_KINDS]
        owned = re.compile(_owned(regulators)) if regulators else None
        for who in commercial:
            for m in re.finditer(re.escape(entity_term(who)) + r"\b", body):
                if self._frames(body, m.start(), m.end(), state_tokens, owned):
                    facts = self.distinction_facts(who)
                    # the fact about this name itself, where there is one, says it best; one that
                    # ties it to the regulator or the place the claim names says what the tie really is
                    own = [f for f in facts if f.entities and f.entities[0] == who]
                    places = {e for e in claim.entities if kinds.get(e) in REGULATOR_KINDS | {"place"}}
                    tied = [f for c in commercial for f in self._tied(c, places)]
                    fact, score = self._closest(claim, tied or own or facts)
                    name = self.index.factbase.entities[who].name
                    why = f"The claim presents {name} as the state's. {fact.statement}"
                    if tied:  # what the tie is, and that the score is still not the state's
                        line, _ = self._closest(claim, own or facts)
                        why += f" {line.statement}"
                    return Framing(fact, why, score)
        return None

    def _denies_the_frame(self, claim: Analysis) -> bool:
        """Does a negation touch the names or the state ("Sesame Credit is not the state's score")?
        One elsewhere ("lets you rent bikes without a deposit") leaves the framing standing."""
        kinds = self.index.kinds
        names = {entity_term(e) for e in claim.entities if kinds.get(e) in COMMERCIAL_KINDS | STATE_KINDS | REGULATOR_KINDS}
        for scope in claim.negation_scopes:
            if not scope or scope & names or scope & _STATE_WORDS:
                return True
        return False

    @staticmethod
    def _frames(body: str, start: int, end: int, state_tokens: set[str], owned: re.Pattern[str] | None = None) -> bool:
        """Does the clause around this mention make it the state's (or a regulator's own score)?"""

        def states(text: str) -> bool:
            return bool(_STATE_THING.search(text) or any(t in text for t in state_tokens) or (owned and owned.search(text)))

        aside = _PARTICIPLE.match(body, end)  # ", having won the central bank's permission, is ..."
        after = _clause_after(body, aside.end() if aside else end)
        if _ON_BEHALF.search(after):
            return True
        copula = _COPULA.search(after)
        if copula:
            # what the subject is: the words right after the verb, up to the next "and"
            # (two verbs sharing their agent count as the last: "created and run by the government")
            said = _SHARED_AGENT.sub("", after[copula.end() :])
            predicate = " ".join(re.split(r"\band\b", said)[0].split()[:_PREDICATE_WORDS])
            if states(predicate):
                return True
        # (a name in the appositive has lost its "'s" to the name: ", ent_beijing ent_social_credit_system,")
        appositive = re.match(r"\s*,\s*(?:the|a|an|china's|one\s+of|(?:now\s+|a\s+)?part\s+of)\b[^,;:()]*|\s*,\s*ent_\w+\s[^,;:()]*(?=,)", body[end:])
        if appositive and states(appositive.group(0)):
            return True  # "Sesame Credit, the government's social credit score, ..."
        head = body[:start]
        if _STATE_ATTRIBUTE.search(head):
            return True  # "your government-run Sesame Credit rating"
        closes = re.match(r"\s*(?:[.;:)!?,]|$)", body[end:])
        if closes and re.search(r",\s*$", head) and states(_clause_before(body, len(head.rstrip()) - 1)):
            return True  # "... rated by Beijing's social credit score, Zhima Credit."
        named = _KNOWN_AS.search(head)
        if named and states(_clause_before(body, named.start())):
            return True  # "Beijing's official citizen rating, better known as Zhima Credit, ..."
        if _SCORING.search(after) and any(re.search(_UNDER + re.escape(t), head) for t in state_tokens):
            return True  # "Under China's social credit system, Tencent grades citizens ..."
        if any(re.search(_WITHIN + re.escape(t), head) for t in state_tokens):
            return True  # "Under China's state social credit rating, a Zhima score above 650 lets you ..."
        if _STATE_USES.search(_clause_before(body, start)):
            return True  # "Beijing uses Sesame Credit to decide who may board trains"
        if _STATE_ASSIGNS.search(_clause_before(body, start)):
            return True  # "The Chinese government assigns each citizen a Sesame Credit score"
        clause = _clause_before(body, start)
        if re.search(r"\b" + _STATE + r"(?:'s)?\s+(?:\w+\s+)?" + _SCORING.pattern, clause):
            return True  # "The government rates every citizen on Tencent Credit's scale"
        if _AGENT_BEFORE.search(head):
            # "<the state's system> ..., run through / calculated by <company>"
            return bool(re.search(r"\b" + _STATE + r"\b", head)) or any(t in head for t in state_tokens)
        return False

    def as_the_system(self, claim: Analysis) -> Framing | None:
        """A company, score or regulator presented as the state's Social Credit System itself
        ("Baihang Credit is China's national Social Credit System", "the PBOC's Credit Reference
        Center runs China's social credit system"), which no fact says it is."""
        kinds, entities = self.index.kinds, self.index.factbase.entities
        systems = [e for e in claim.entities if kinds.get(e) in STATE_KINDS and "credit" in entities[e].name.lower()]
        subjects = [e for e in claim.entity_order if kinds.get(e) in COMMERCIAL_KINDS | REGULATOR_KINDS]
        if not systems or not subjects or claim.negation_scopes:
            return None
        if _DISTINCTION.search(without_asides(claim.text)):  # (an aside may describe it: "'trust alliance' of state and commercial bodies")
            return None
        body = _named_body(self.index.aliases, claim.text)
        who = subjects[0]
        owned = re.match(re.escape(entity_term(who)) + r"\s+(ent_\w+)", body[body.find(entity_term(who)) :])
        if owned and term_entity(owned.group(1)) in subjects:
            who = term_entity(owned.group(1))  # "the PBOC's Credit Reference Center": the centre
        said = re.search(
            re.escape(entity_term(who)) + r"\b[^.;]*?\b(?:is|are|was|were|runs?|operates?|constitutes?|amounts?\s+to|serves?\s+as|"
            r"acts?\s+as|becomes?|became|means|powers|administers|manages)\b[^.;]*?\b(?:"
            + "|".join(re.escape(entity_term(e)) for e in systems) + r")\b",
            body,
        )
        if said is None:
            return None
        own = self.index.facts_led_by(who)
        if not own or any(e in self.index.known.get(f.id, ()) for f in own for e in systems):
            return None  # a fact that ties the two together speaks for itself
        # what the name is, not when it started: a fact that pins no figure, or no start
        plain = [f for f in own if not f.numbers] or [f for f in own if not _STARTED.search(f.statement)] or own
        fact, score = self._closest(claim, plain)
        name = self.index.factbase.entities[who].name
        return Framing(fact, f"The source does not say {name} is the state's Social Credit System: {fact.statement}", score)

    def merged(self, claim: Analysis) -> Framing | None:
        """A commercial score and the state's system said to be one and the same: the myth the
        distinction facts refute ("Zhima Credit and Beijing's Social Credit System are, in
        reality, one and the same thing")."""
        commercial = [e for e in claim.entity_order if e in self.distinctions]
        if not commercial or claim.negation_scopes or not _SAME.search(claim.text) or not self._of_the_state(claim):
            return None
        fact, score = self._closest(claim, self.distinction_facts(commercial[0]))
        return Framing(fact, f"The source says they are separate: {fact.statement}", score)

    def one_system(self, claim: Analysis) -> Framing | None:
        """One social credit system said to take in a commercial score ("China has one social
        credit system, and Sesame Credit is part of it"): the misconception a distinction fact
        corrects. Misleading, not false: the score and the state's system both exist; it is their
        being one that is wrong (saying they are the same thing is for :meth:`merged`)."""
        low = claim.text.lower()
        if claim.negation_scopes or not any(w in low for w in ("one", "single", "unified")):
            return None
        if _DOUBTED_ONE.search(claim.text) or _SAME.search(claim.text):
            return None
        commercial = [e for e in claim.entity_order if e in self.distinctions]
        if not commercial or not _ONE_SYSTEM.search(_named_body(self.index.aliases, claim.text)):
            return None
        denials = [f for f in self.distinction_facts(commercial[0]) if _ONE_SYSTEM_DENIED.search(f.statement)]
        if not denials:
            return None
        fact, score = self._closest(claim, denials)
        return Framing(fact, f"The claim speaks of one social credit system taking in {self.index.factbase.entities[commercial[0]].name}; "
                       f"the source says there are two: {fact.statement}", score)

    def unnamed_as_state(self, claim: Analysis, fact: Fact, score: float) -> Framing | None:
        """A commercial score's feature credited to a state rating the claim does not name as
        that score ("at Zhejiang University Hospital, a state credit rating above 650 means...")."""
        if any(e in self.distinctions for e in claim.entities):
            return None  # the claim names the commercial score itself: conflation() reads that
        subject = next((e for e in fact.entities if e in self.distinctions), None)
        if subject is None:
            return None
        if not _STATE_THING.search(_named_body(self.index.aliases, claim.text)):
            return None
        line = self.distinction_facts(subject)[0]
        name = self.index.factbase.entities[subject].name
        return Framing(line, f"This is true of {name}, a commercial score, not of a state rating: {fact.statement} {line.statement}", score)

    def as_commercial(self, claim: Analysis) -> list[tuple[str, Analysis]]:
        """The claim read as if about each commercial score, when it names the state's system instead.

        "China's social credit system lets singles link dating profiles to their score" is
        true of Sesame Credit; the state's system is credited with a commercial score's feature.
        """
        kinds = self.index.kinds
        state = [e for e in claim.entity_order if kinds.get(e) in STATE_KINDS]
        if not state or any(e in self.distinctions for e in claim.entities):
            # a commercial score named already is judged as it stands (Ford or Mobrella, named as
            # the partner, are no such score); a negation is fine: the reading cannot come out true
            return []
        if _DISTINCTION.search(claim.text):
            return []  # "commercial scores and the state's system are separate" draws the line itself
        out = []
        for who in sorted(e for e in self.distinctions if kinds.get(e) == "credit-score"):
            entities = (claim.entities - set(state)) | {who}
            order = tuple(dict.fromkeys(who if e in state else e for e in claim.entity_order))
            out.append((who, dataclasses.replace(claim, entities=frozenset(entities), entity_order=order)))
        return out

    def overgeneralised(self, claim: Analysis, fact: Fact, phrasing: str, score: float) -> Framing | None:
        """A claim that extends to all of China what the source limits to some places or cases.

        Either it says so ("anyone", "across China"), or it drops the one place the fact is
        about and speaks of China instead ("under China's social credit system" for Rongcheng).
        """
        kinds = self.index.kinds
        universal = _sweep(claim.text)
        # "not everyone in China ..." limits the claim itself; a negation elsewhere ("without a deposit")
        # was already weighed in the verdict this check refines
        # (a fact or phrasing that only seems to sweep, "dozens of Chinese cities", limits itself)
        if (universal and _NOT_BEFORE.search(claim.text, 0, universal.start())) or _sweep(fact.statement) or (
            # a phrasing that is itself sweeping, unless it names the place it sweeps ("anyone ... in Guangdong")
            _sweep(phrasing) and not any(kinds.get(e) == "place" for _, _, e in self.index.aliases.find(phrasing))
        ):
            return None
        own = {e for e in fact.entities if kinds.get(e) == "place"}
        places = own - claim.entities
        named_place = any(kinds.get(e) == "place" for e in claim.entities)
        if universal:
            # (or it names the one place and carries it across the country: "Guangdong's blacklist
            # bans vandals from every bike-sharing service across the country")
            if not (_LIMITED.search(fact.statement) or places or (len(own) == 1 and _carried_across(claim.text))):
                return None
        elif claim.negation_scopes or not (places and not named_place and _CHINA_WIDE.search(claim.text)):
            return None
        return Framing(fact, f"The source does not say this holds everywhere or for everyone: {fact.statement}", score)

    def _tied(self, who: str, others: set[str]) -> list[Fact]:
        """The facts that tie ``who`` to one of these regulators or places, by their statement."""
        index = self.index
        if not others:
            return []
        return [
            index.factbase.get(fid)
            for fid, names in index.statement_entities.items()
            if who in names and not others.isdisjoint(names) and index.fact_leads[index.factbase.position(fid)] in others | {who}
        ]

    def _closest(self, claim: Analysis, facts: list[Fact]) -> tuple[Fact, float]:
        """The distinction fact the claim is closest to, and its match score."""
        found = self.index.closest_of(claim, [f.id for f in facts])
        if found is None:
            return facts[0], 0.0
        fid, score = found
        return next(f for f in facts if f.id == fid), score


_STARTED = lazy_compile(r"\b(?:launched|established|founded|set\s+up|created|began\s+operating|opened)\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _named_body(aliases: AliasIndex, text: str) -> str:
    """The text lower-cased with each name as one ``ent_`` token (worked out once per claim:
    several checks read it, one of them for each loosely matching fact)."""
    body, _ = aliases.replace(expand_contractions(text))
    return " ".join(body.lower().split())


_CHECKS: "weakref.WeakKeyDictionary[Index, FramingChecks]" = weakref.WeakKeyDictionary()


def framing_checks(index: Index) -> FramingChecks:
    """The checks for this index, built on first use."""
    checks = _CHECKS.get(index)
    if checks is None:
        checks = _CHECKS[index] = FramingChecks(index)
    return checks
