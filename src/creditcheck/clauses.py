"""How a claim's clauses are read when the whole is not decided as one: what follows a colon, a
likeness put first, a clause fronted before the main one, "did not A but B", a closing bracket,
and one name set against another ("it is X rather than Y that ...", "X, not Y, ..."). Each
reads the parts with :func:`.verdict.decide` and says what they make of the whole; :func:`.verdict.decide`
picks which to ask.
"""

from __future__ import annotations

import dataclasses
import re

from . import relations as rel
from .asides import FINITE
from .dates import comes_before, event_date
from .lazyre import lazy_compile
from .matching import Index
from .models import Fact, Result, Verdict
from .parts import decide, first_name, judge_parts, part_decides
from .proposal import DECIDE_SCORE
from .quantities import MONTH_WORD, extract_quantities


def stated(text: str, fact: Fact, verdict: Verdict, why: str, score: float) -> Result:
    """:func:`.verdict.stated`, imported on first use."""
    from .verdict import stated as stated_claim

    return stated_claim(text, fact, verdict, why, score)


#: words that refer back to something named before: "the company", "the programme", "its"
_REFERRING = lazy_compile(
    r"\b(?:the\s+(?:company|firm|programme|program|scheme|service|platform|app|score|bureau|centre|center|site)|its|it)\b", re.IGNORECASE
)
#: a finite verb: what makes the words after a colon a clause of their own, not a description
_A_CLAUSE = lazy_compile(rf"\b{FINITE}\b", re.IGNORECASE)


def after_the_colon(index: Index, text: str) -> Result | None:
    """A claim set up by a sentence of colour and told after a colon ("Brevity is enforced, much as
    on Twitter: every Weibo post must fit within 140 characters"): what follows the colon decides,
    when it names what it speaks of; what comes before may only show it false or agree."""
    before, _, after = text.partition(": ")
    if len(before.split()) < 4 or extract_quantities(before) or not _A_CLAUSE.search(after):
        return None  # (not a date or a label that sets the time: "February 2: the hashtag ...", "2017: Yao Chen ...")
    rest = index.analyse(after)
    named = index.aliases.find(before)  # (the names that set it up, looked up once)
    if not rest.entities and len({e for _, _, e in named}) == 1:
        # "Tencent Credit's debut proved fleeting: ... the company pulled it": what it speaks of is named before
        i, j, _ = named[0]
        after = _REFERRING.sub(lambda m: f"{before[i:j]}'s" if m.group(0).lower() == "its" else before[i:j], after, count=1)
        rest = index.analyse(after)
    if len(after.split()) < 5 or not rest.entities or ":" in after:
        return None
    told = decide(index, after, rest)
    if told.verdict is Verdict.UNVERIFIED:
        return None
    setup = decide(index, before, index.analyse(before)) if named else None
    if setup is not None and setup.verdict is Verdict.FALSE:
        return dataclasses.replace(setup, claim=text)
    if setup is not None and setup.verdict not in (Verdict.UNVERIFIED, told.verdict):
        return None
    return dataclasses.replace(told, claim=text)


#: another's figure or thing set against the claim's with "not": ", not Sesame's 350-950", "(not Alibaba's)"
NOT_ANOTHERS = lazy_compile(r"([,(]\s*)not\s+(?=(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:'s|’s)\s)")


#: a likeness put first: "Like Sesame Credit, ...", "Taking a leaf out of Sesame Credit's book, ...",
#: "Following Alibaba's lead, ..."; or a name set aside first: "Apart from NIFA, each of ..."
LIKENESS_FIRST = lazy_compile(
    r"^\s*(?:(?:just\s+|much\s+)?like|taking\s+a\s+(?:leaf|page)\s+(?:out\s+of|from)|following(?:\s+in)?|in\s+the\s+footsteps\s+of|"
    r"taking\s+(?:its|a)\s+cue\s+from|modell?ed\s+on|copying|imitating|"
    r"(?:apart|aside)\s+from|besides|except\s+for|other\s+than|excluding)\b[^,;]{3,80},\s*(?=\S)",
    re.IGNORECASE,
)


def likened_first(index: Index, text: str) -> Result | None:
    """A claim found false by the fact of the name it likens its subject to (or sets aside:
    "Apart from NIFA, each of Baihang's eight shareholders owns 8%"), whose main clause holds of
    its own subject: what the opening names is not what the claim says it of."""
    m = LIKENESS_FIRST.match(text)
    assert m is not None
    main = text[m.end() :]
    main = main[0].upper() + main[1:]
    said = decide(index, main, index.analyse(main))
    if said.verdict is not Verdict.TRUE:
        return None
    note = f" (The opening '{text[: m.end()].strip(' ,')}' is not checked.)"
    return dataclasses.replace(said, claim=text, explanation=said.explanation + note)


#: how soon before or after: "even before", "long after", "shortly before"
_LEAD_IN = r"(?:even|long|shortly|just|well|soon|only)\s+"
#: a clause set before the main one that tells what came first: "Having been granted permission by
#: the PBOC, ...", "After he became the first local person on the blacklist, ..."
FRONTED_CLAUSE = lazy_compile(
    # (a clause, with a verb: "After the 2009 riots in Urumqi, ..." only dates what follows)
    # (a participle with what it was founded in or by is one too: "Founded in 2013, Qianhai Credit ...")
    r"^\s*(?:(?:launched|founded|established|set\s+up|backed|created|started)\s+(?:with|by|as|in|on|under|at)\s+(?=[^,;]{2,150},)|"
    r"(?:having\s+|(?:" + _LEAD_IN + r")?(?:after|once|before|upon)\s+(?=[^,;]*\b(?:\w+ed|\w+ing|became|was|were|had|got|won|began|took|made)\b))"
    r"(?!(?:early|late|mid|the\s+end\s+of\s+)?(?:\d{4}|" + MONTH_WORD + r")\b)(?=[^,;]{5,150},))[^,;]+,\s*(?=\S)",
    re.IGNORECASE,
)


MAIN_POINT_SHARE = 0.25  #: ...and the least share of it that fact must say for an undecided main clause to be its
MAIN_POINT_COVER = 0.6  #: the share of a main clause's words the fact that confirms the whole claim must say to speak for it


FRONTED_WORDS = (
    "having", "after", "once", "before", "upon", "launche", "founded", "establi", "set up", "backed", "created", "started",
    "even be", "even af", "long be", "long af", "shortly", "just be", "just af", "well be", "well af", "soon af", "only af",
)


CONCEDING_WORDS = ("althoug", "though", "even th")
#: a concession set before the main clause, which the claim asserts as well: "Although Chinese media covered it widely, ..."
_CONCESSION = lazy_compile(r"^\s*(?:although|though|even\s+though)\s+(?=[^,;]{5,150},)[^,;]+,\s*(?=\S)", re.IGNORECASE)
#: how a fronted clause's own words become a statement: "Having won" -> "has won", "Founded in" -> "was founded in"
_FRONTED_LEAD = lazy_compile(
    r"^\s*(?:(?:" + _LEAD_IN + r"(?=after|once|before|upon))?(?P<sub>after|once|before|upon|although|though|even\s+though)\s+|"
    r"(?P<having>having)\s+|(?=\w+ed\b))",
    re.IGNORECASE,
)


def fronted_and_main(index: Index, text: str) -> Result | None:
    """A claim whose fronted clause ("Before he took the helm at Baihang", "Although Chinese media
    covered it widely", "Founded in 2013") and main clause each say something: both are judged,
    with the one subject they share; false if either is, true if both are and any dates they
    carry stand in the order the claim gives them."""
    m = FRONTED_CLAUSE.match(text) or _CONCESSION.match(text)
    if m is None:
        return None
    main = text[m.end() :]
    fronted = text[: m.end()].strip().rstrip(",").strip()
    lead = _FRONTED_LEAD.match(fronted)
    if lead is None:
        return None
    name = first_name(index, main) or first_name(index, fronted)
    if name is None:
        return None
    body = fronted[lead.end() :]
    if lead.group("sub"):
        statement = re.sub(r"^(?:it|they|he|she)\b", name, body, count=1, flags=re.IGNORECASE)
    elif lead.group("having"):
        statement = f"{name} has {body}"
    else:
        statement = f"{name} was {body}"
    main = re.sub(r"^(?:it|they|he|she)\b", name, main, count=1, flags=re.IGNORECASE)
    main = main[0].upper() + main[1:]
    both = judge_parts(index, text, [main, statement[0].upper() + statement[1:] + "."], point_first=True)
    word = (lead.group("sub") or "").lower()
    if both is None or both.verdict is not Verdict.TRUE or word not in _ORDER_WORDS:
        return both
    # (each part's fact, read again only to put their dates in order)
    main_fact = decide(index, main, index.analyse(main)).fact
    fronted_fact = decide(index, statement, index.analyse(statement)).fact
    return _in_the_order(text, word, main_fact, fronted_fact) or both


_ORDER_WORDS = ("after", "before", "once", "upon")  #: the fronted words that put two events in order


def _in_the_order(text: str, word: str, main: Fact | None, fronted: Fact | None) -> Result | None:
    """False when a fronted "after" or "before" puts two dated facts the wrong way round ("After
    Baihang opened in May 2018, the PBOC began running its Credit Reference Center", which it
    did in 2006); None when they stand as the claim says, or cannot be told apart."""
    if word.lower() not in _ORDER_WORDS or main is None or fronted is None or main is fronted:
        return None
    a, b = event_date(main), event_date(fronted)
    if not a or not b or comes_before(a, b) == (word.lower() == "before"):
        return None
    why = f"The claim puts these in the wrong order: {fronted.statement} {main.statement}"
    return stated(text, main, Verdict.FALSE, why, DECIDE_SCORE)


def main_point(index: Index, text: str, result: Result) -> Result:
    """A true claim whose fronted clause holds must hold in its main clause too: "Having been
    granted permission by the PBOC to experiment, Sesame Credit now operates as a fully licensed
    bureau" is false in what it says now; when both hold, the main clause's fact is cited."""
    m = FRONTED_CLAUSE.match(text)
    assert m is not None
    main = text[m.end() :]
    name = first_name(index, text[: m.end()])
    if name:
        main = re.sub(r"^(?:it|they|he|she)\b", name, main, count=1, flags=re.IGNORECASE)
    main = main[0].upper() + main[1:]
    point = index.analyse(main)
    said = decide(index, main, point)
    if said.verdict is Verdict.UNVERIFIED:
        if not point.entities and not name:
            return result  # a main clause that names nothing leans on the opening for its subject
        fact = result.match.fact if result.match else None
        words = rel.content_words(index, index.terms(point))
        # (a main clause about another subject is not what the fact says: the PBOC's centre is not Baihang's launch)
        own = set(point.entity_order[:1]) <= set(fact.entities) if fact else False
        if fact is None or (own and not rel.strangers(index, point, fact) and index.covered(words, index.true_terms(fact.id)) >= MAIN_POINT_SHARE):
            return result  # "Having been set up in 2005, Pengyuan ranks among the veterans": the fact says both
        why = f"What comes first holds, but the source does not decide the main point: {main.rstrip('.')}"
        return Result(text, Verdict.UNVERIFIED, result.score, why, runner_up=result.match)
    if said.verdict is Verdict.TRUE and result.match and said.match and said.match.fact.id != result.match.fact.id:
        wrong_order = _in_the_order(text, m.group(0).split()[0], said.match.fact, result.match.fact)
        if wrong_order is not None:
            return wrong_order
        words = rel.content_words(index, index.terms(point))
        if index.covered(words, index.true_terms(result.match.fact.id)) >= MAIN_POINT_COVER:
            return result  # the fact that confirms the whole says what the main clause says too
        return dataclasses.replace(said, claim=text, explanation=f"{said.explanation} {result.explanation}")
    return dataclasses.replace(said, claim=text) if said.verdict is not Verdict.TRUE else result


#: "<subject> did not <A> but <B>": the claim's point is B, A the contrast it is drawn against
_NOT_BUT = lazy_compile(
    r"^(?P<subject>[^,;]+?)(?:,[^,;]*,)?\s+(?P<aux>did|does|do|is|was|were|are|has|had|have)\s+not\s+(?P<a>[^,;]+?)\s*,?\s+"
    r"but\s+(?:rather\s+|instead\s+)?(?P<b>[^;]+)$",
    re.IGNORECASE,
)
#: "it is <X> rather than <Y> that <does it>": the claim denies it of Y
CLEFT_CONTRAST = lazy_compile(
    r"^(?:[^,;]*,\s*)?it\s+(?:is|was|'s)\s+(?P<x>[^,;]+?),?\s+(?:rather\s+than|and\s+not|not)\s+(?P<y>[^,;]+?),?\s+(?:that|who|which)\s+(?P<rest>[^;]+)$",
    re.IGNORECASE,
)


def not_but(index: Index, text: str) -> Result | None:
    """"Qianhai Credit did not emerge from the tech world but was launched by Ping An": B decides,
    unless the denial of A is itself false."""
    m = _NOT_BUT.match(text)
    if m is None:
        return None
    subject, aux = m.group("subject").strip(), m.group("aux")
    denial = f"{subject} {aux} not {m.group('a')}"
    denied = decide(index, denial, index.analyse(denial))
    if denied.verdict is Verdict.FALSE:
        return part_decides(text, denial, denied)
    point = f"{subject} {m.group('b')}"
    said = decide(index, point, index.analyse(point))
    if said.verdict not in (Verdict.TRUE, Verdict.FALSE):
        return None
    return dataclasses.replace(said, claim=text, explanation=f"The claim's point: '{point}'. {said.explanation}")


#: a claim that closes on a bracketed aside: "Pengyuan sits on the board of supervisors (the other five are directors)."
_CLOSING_BRACKET = lazy_compile(r"^(?P<main>[^()]{20,}?)\s*\((?P<aside>[^()]{8,})\)\s*[.!]?\s*$")
BACK_REFERENCE = lazy_compile(r"\b(?:it|its|they|them|their|he|his|she|her)\b", re.IGNORECASE)


def closing_bracket(index: Index, text: str, whole: Result) -> Result | None:
    """The main statement's verdict, when a closing bracket that names nothing the base knows (nor
    refers back to what the statement names) is what kept the whole from being confirmed: its
    words ("the other five hold director seats") pull in a fact the statement is not about. Or,
    where the whole is confirmed, the statement's own verdict when that is misleading."""
    m = _CLOSING_BRACKET.match(text)
    if m is None:
        return None
    main = m.group("main").rstrip(" ,;") + "."
    if whole.verdict is Verdict.TRUE:
        # a true detail in brackets does not mend a statement that misleads on its own
        said = decide(index, main, index.analyse(main))
        return dataclasses.replace(said, claim=text) if said.verdict is Verdict.MISLEADING else None
    aside = m.group("aside")
    if BACK_REFERENCE.search(aside) or index.aliases.find(aside):
        return None
    told = index.analyse(aside)
    if told.negation_scopes or any(q.kind != "count" for q in told.quantities):
        return None  # (a bracket that denies or dates or gives a share says something: "(about 11% more)", "(no score threshold)")
    said = decide(index, main, index.analyse(main))
    if said.verdict is not Verdict.TRUE or (whole.fact is said.fact and whole.verdict is Verdict.FALSE):
        return None  # (a bracket that turns the statement's own fact against it stands: "(not 2015)")
    return dataclasses.replace(said, claim=text)


def cleft_contrast(index: Index, text: str) -> Result | None:
    """"It is Nanjing rather than Hangzhou that leads the way": false if the source says Hangzhou does."""
    m = CLEFT_CONTRAST.match(text)
    return None if m is None else _set_against(index, text, m.group("x"), m.group("y"), m.group("rest"))


#: a claim that closes by setting what it says against another: "... is operated by Tencent's
#: payments division rather than by anything in the Alibaba orbit", "... run by Ant Financial rather than by any ministry"
CLOSING_CONTRAST = lazy_compile(
    r"^(?P<main>[^;]{15,}?),?\s+(?:rather\s+than|instead\s+of)\s+(?:by\s+|from\s+|in\s+|at\s+|to\s+)?(?P<y>[^,;]{2,80}?)[.!]?\s*$",
    re.IGNORECASE,
)


def closing_contrast(index: Index, text: str) -> Result | None:
    """The main statement decides a claim that closes on what it is set against: false if the
    statement is false; true if it is true and the other names nothing the base knows (where it
    does, "run by Ant Financial rather than by Alibaba", the denial says something of its own)."""
    m = CLOSING_CONTRAST.match(text)
    if m is None:
        return None
    main = m.group("main").rstrip(" ,") + "."
    said = decide(index, main, index.analyse(main))
    if said.verdict is Verdict.FALSE:
        return part_decides(text, main, said)
    # (only a denied doer, "rather than by ...": "they dwell on its rewards rather than its punishments"
    # is not confirmed by a source that only speaks of the rewards)
    agent = m.group(0)[m.start("y") - 3 : m.start("y")] == "by "
    if said.verdict is Verdict.TRUE and agent and not index.aliases.find(m.group("y")) and not extract_quantities(m.group("y")):
        return dataclasses.replace(said, claim=text)
    return None


#: one name set against another in apposition: "He Jiong, not Xie Na, tops Weibo's 2017 ranking"
_APPOSED_CONTRAST = lazy_compile(
    r"^(?P<x>[^,;]{3,60}?),\s*(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?P<y>[^,;]{3,60}?),\s*(?P<rest>[^,;][^;]{7,})$",
    re.IGNORECASE,
)


def apposed_contrast(index: Index, text: str) -> Result | None:
    """"He Jiong, not Xie Na, tops the ranking": what is said of the first name, and denied of the second."""
    m = _APPOSED_CONTRAST.match(text)
    if m is None or not (index.aliases.find(m.group("x")) and index.aliases.find(m.group("y"))):
        return None
    return _set_against(index, text, m.group("x"), m.group("y"), m.group("rest"), first_decides=True)


def _set_against(index: Index, text: str, x: str, y: str, rest: str, *, first_decides: bool = False) -> Result | None:
    """A claim that says ``rest`` of ``x`` and not of ``y``: true if the source says it of ``x``,
    false if it says it of ``y`` (or, with ``first_decides``, finds it false of ``x``)."""
    if index.aliases.find(x):
        named = f"{x} {rest}"
        result = decide(index, named, index.analyse(named))
        if result.verdict is Verdict.TRUE:  # "it is Hangzhou rather than Wuhan that leads the way"
            return dataclasses.replace(result, claim=text)
        if first_decides and result.verdict is Verdict.FALSE:
            return part_decides(text, named, result)
    if not index.aliases.find(y):
        return None
    said = f"{y} {rest}"
    result = decide(index, said, index.analyse(said))
    if result.verdict is not Verdict.TRUE:
        return None
    why = f"The claim says it is not {y}; the source says it is. {result.explanation}"
    match = dataclasses.replace(result.match, kind=Verdict.FALSE, why=why) if result.match else None
    return dataclasses.replace(result, claim=text, verdict=Verdict.FALSE, explanation=why, match=match)


#: a subject bound by a relative clause with no commas: "The young Shanxi man who became the first
#: local person on the blacklist | earned his place there by ..."
_BOUND_SUBJECT = lazy_compile(r"^\W*(?P<subject>(?:the|a|an|this|that)\s+(?:[\w'-]+\s+){0,5}?)(?P<pronoun>who|that|which)\s+(?=\S)", re.IGNORECASE)
#: where the main clause's verb may begin, after the relative clause: a past tense or an auxiliary
_MAIN_VERB = lazy_compile(
    r"\s(?=(?:[a-z]+ed|is|was|are|were|has|had|got|won|ran|became|went|made|took|kept|lost|left|paid|spent|saw|drew)\s)", re.IGNORECASE
)
RELATIVE_MIN_WORDS = 3  #: the fewest words a relative clause has before the main verb can follow it


def bound_subjects_main(index: Index, text: str, whole: Result) -> Result | None:
    """A claim confirmed by what its subject's relative clause says is false if its main clause,
    said of that subject alone, is false of another fact: "The young Shanxi man who became the
    first local person on the blacklist earned his place there by smoking on a train" is true of
    who he was and false of why he was blacklisted."""
    m = _BOUND_SUBJECT.match(text)
    if m is None or whole.fact is None or "," in text[: m.end() + 80]:
        return None
    start = m.end()
    for verb in _MAIN_VERB.finditer(text, start):
        if len(text[start : verb.start()].split()) < RELATIVE_MIN_WORDS:
            continue
        main = f"{m.group('subject').strip()} {text[verb.end():].strip()}"
        judged = decide(index, main, index.analyse(main))
        if judged.verdict is Verdict.FALSE and judged.fact is not None and judged.fact.id != whole.fact.id:
            return part_decides(text, main, judged)
    return None
