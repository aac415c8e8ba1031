"""Claims read in parts: several sentences, statements joined by "and" or "while", an aside
after the subject. Each part is decided on its own (:func:`.verdict.decide`) and the parts'
verdicts are combined: false if one is false, misleading if one is and none false, true only
if all are true; anything else leaves the whole claim to be decided as one.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from . import relations as rel
from .asides import ASIDE, POSSESSIVE_ASIDE, RELATIVE, relative_said
from .discourse import INTERJECTIONS
from .lazyre import lazy_compile
from .matching import Index
from .models import Result, Verdict
from .normalize import Analysis
from .quantities import extract_quantities


def decide(index: Index, text: str, claim: Analysis) -> Result:
    """:func:`.verdict.decide`, imported on first use (it reads claims in parts through here)."""
    from .verdict import decide as decide_claim

    return decide_claim(index, text, claim)


#: where one statement ends and another begins: "NIFA holds 36% of Baihang, while eight firms hold 8% each"
_JOIN = lazy_compile(r"\s*(?:(?:;|,(?!\s*\d{4}\b))\s*(?:and|but|while|whereas)?|\s(?:while|whereas))\s+", re.IGNORECASE)
#: ...where nothing else suggests two statements, only a conjunction does (a bare comma may
#: list names: "Pengyuan, China Chengxin and Intellicredit sit on ...")
JOINED = lazy_compile(r"\s*(?:;|,\s*(?:and|but|while|whereas)|\s(?:while|whereas))\s+", re.IGNORECASE)


#: ...and where the two are set against each other ("those who care for their parents gain, while ...")
CONTRASTED = lazy_compile(r"\s*[,;]?\s+(?:while|whereas)\s+", re.IGNORECASE)
#: ...or the first is set against the second before it: "While five took seats among the directors, ..."
LEADING_CONTRAST = lazy_compile(r"^\s*(?:while|whereas|where)\s+([^,;]{8,200}),\s*([^;]{8,})$", re.IGNORECASE)


def each_part(index: Index, text: str, join: re.Pattern[str] = _JOIN) -> Result | None:
    """A claim that joins statements, judged one by one: false if one is, true if all are."""
    parts = [p for p in join.split(text) if p.strip() and not _INTERJECTION.match(p)]  # ("Ugh, ...")
    said = [_appositive(index, parts[i - 1], p) if i else p for i, p in enumerate(parts)]
    # what an appositive describes comes last: when all holds, the main statement's fact is the one cited
    parts = [p for p, q in zip(said, parts) if p == q] + [p for p, q in zip(said, parts) if p != q]
    name = _subject_name(index, parts[0]) if len(parts) > 1 else None
    if name:  # "... is hardly a novelty; it began operating in 2006": "it" is the first part's name
        parts = [parts[0], *(_PRONOUN_START.sub(name, p.lstrip(), count=1) for p in parts[1:])]
        # ("Qianhai Credit, one of the eight pilot firms, has its headquarters in Beijing": so is a verb's missing subject)
        parts = [parts[0], *(f"{name} {p.lstrip()}" if _VERB_START.match(p.lstrip()) else p for p in parts[1:])]
    return judge_parts(index, text, parts)


def speaks_of(index: Index, part: Analysis, result: Result) -> bool:
    """Is the fact that decided this part about a name the part gives (or about the score a company
    it names makes)? A part that names nothing is taken as it was decided."""
    fact = result.match.fact if result.match else None
    if fact is None or not fact.entities or not part.entities:
        return True
    lead, made = fact.entities[0], rel.products(index)
    return lead in part.entities or any(made.get(e) == lead for e in part.entities)


def _subject_name(index: Index, text: str) -> str | None:
    """The first name in ``text`` when it can be the subject: not one a preposition governs
    ("The most widely used iPhone 12 hashtag on Weibo, ..., racked up 9 billion views": the
    hashtag racked them up, not Weibo)."""
    found = index.aliases.find(text)
    if not found or _GOVERNED.search(text, 0, found[0][0]):
        return None
    return text[found[0][0] : found[0][1]]


#: a preposition right before a name, which makes it no subject
_GOVERNED = lazy_compile(r"\b(?:on|in|of|at|for|from|with|by|about|to|into|through|across|over|under|behind|like)\s+(?:the\s+)?$", re.IGNORECASE)


def first_name(index: Index, text: str) -> str | None:
    """The first name the fact base knows in ``text``, as written there."""
    found = index.aliases.find(text)
    return text[found[0][0] : found[0][1]] if found else None


#: a part that opens with its verb, its subject left to the part before: "..., has its headquarters in Beijing"
_VERB_START = lazy_compile(
    r"(?:has|have|had|is|are|was|were|will|would|can|could|does|did|owns|runs|holds|operates|sits|became|becomes|remains|lies|"
    r"began|begins|started|starts|launched|offers|uses|draws|counts|lists|gives|scores|rates)\b"
    r"|(?!(?:its|his|hers|this|thus|as|yes|us|less|unless|towards|besides|across|perhaps|always|sometimes|whereas|plus|"
    r"news|series|species|indeed|need|speed|seed|feed|bed|red)\b)[a-z]+(?:s|ed)\b"
)
#: a part that only describes what the part before it ends with: "..., a former Huida executive"
_DESCRIBES = lazy_compile(r"^\s*(?:an?|the|one\s+of\s+the)\s+(?!\d)", re.IGNORECASE)
#: ...and such a part, after a comma
APPOSITIVE = lazy_compile(r",\s*(?:an?|the|one\s+of\s+the)\s+(?!\d)", re.IGNORECASE)


def _appositive(index: Index, before: str, part: str) -> str:
    """"Zhu Huanqi, a former Huida executive" says "Zhu Huanqi is a former Huida executive";
    "Qianhai Credit, whose CEO is Qiu Han" says "Qianhai Credit's CEO is Qiu Han"."""
    relative = RELATIVE.match(part)
    if not relative and not _DESCRIBES.match(part):
        return part
    names = index.aliases.find(before)
    if not names or names[-1][1] < len(before.rstrip(" .")):
        return part
    start, end, _ = names[-1]
    if _GOVERNED.search(before, 0, start):
        return part  # "36% of Baihang, a stake well above ...": the aside describes the stake
    if relative:
        return relative_said(before[start:end], part) or part
    return f"{before[start:end]} is {part.strip()}"


#: (but the name an agent's "by" gives is described: "set up by Lakala, a company based in Shenzhen")
_GOVERNED = lazy_compile(r"\b(?:of|in|to|for|with|from|at|on|than)\s+(?:the\s+)?$", re.IGNORECASE)


def aside_parts(index: Index, text: str) -> Result | None:
    """A claim with an aside after its subject, judged as two statements: "Tencent Credit,
    trialled in January 2018, works with a 300-850 scale" is "Tencent Credit trialled in
    January 2018" and "Tencent Credit works with a 300-850 scale"."""
    split = split_aside(text)
    # (the main clause first: when both hold, its fact is the one cited)
    return judge_parts(index, text, [split[1], split[0]]) if split else None


def split_aside(text: str) -> tuple[str, str] | None:
    """(the subject with its aside, the subject with the rest) for a claim with an aside after
    its subject; None for any other claim."""
    m = ASIDE.search(text) or POSSESSIVE_ASIDE.search(text)  # (", China's leading microblogging site,")
    if m is None or len(text[: m.start()].split()) > _SUBJECT_WORDS:
        return None
    subject = text[: m.start()]
    aside = text[m.start() + 1 : m.end() - 1].strip()
    # a noun phrase says what the subject is: "Koala Credit, one of the eight pilot firms, ..."
    said = f"{subject} is {aside}" if _DESCRIBES.match(aside) else f"{subject} {aside}"
    return said, f"{subject} {text[m.end() :].strip()}"


_SUBJECT_WORDS = 6  #: an aside this early in the claim describes its subject


#: a part that is only an exclamation: "Ugh", "Lol", "Wow"
_AN_EXCLAMATION = rf"(?:{INTERJECTIONS}|ok|okay|well|so|guys|folks|people|yes|yeah|nope|honestly)"
_INTERJECTION = lazy_compile(rf"^\s*{_AN_EXCLAMATION}\s*[!.?]*\s*$", re.IGNORECASE)
#: a part that tells the reader what to do asserts nothing: "Lol stop bragging about a 1000 Zhima score"
_COMMAND = lazy_compile(
    rf"^\s*(?:{_AN_EXCLAMATION}\s*[,!.]*\s+)*(?:stop|quit|don't|do\s+not|forget|ignore|imagine|never\s+mind)\b",
    re.IGNORECASE,
)


#: a subject that denies what its verb says: "Nobody", "No one", "None of them"
_DENYING_SUBJECT = lazy_compile(r"(?:nobody|no\s+one|none(?:\s+of\s+(?:them|these|those|us))?|nothing|neither|few)", re.IGNORECASE)


def judge_parts(index: Index, text: str, parts: list[str], *, point_first: bool = False) -> Result | None:
    """False if a part is; true if all are. With ``point_first``, the first part is the claim's
    point, the rest set it up: misleading if the point is and no part is false."""
    if len(parts) < 2 or _DENYING_SUBJECT.fullmatch(parts[0].strip(" ,;")):
        return None  # ("Nobody, it should be stressed, is forced to join": the rest alone would lose the denial)
    told = [p for p in parts if not _COMMAND.match(p)]
    if told and len(told) < len(parts):
        parts = told  # (what the writer tells the reader to stop believing is no claim of theirs)
        if len(parts) == 1:
            alone = decide(index, parts[0], index.analyse(parts[0]))
            return None if alone.verdict is Verdict.UNVERIFIED else dataclasses.replace(alone, claim=text)
    analyses = [index.analyse(p) for p in parts]
    if any(a.entities and not a.tokens and not a.quantities for a in analyses[1:]):
        return None  # "..., NIFA and China UnionPay": a list of names went on past the comma
    # a part that only names one thing ("Baihang, which opened in 2017, ...") states nothing to judge on its
    # own; one that ties two names together ("Rongcheng is in Guangdong province") does
    judged = [(decide(index, p, a), a) for p, a in zip(parts, analyses) if a.tokens or a.quantities or len(a.entities) > 1]
    results = [r for r, _ in judged]
    if not results:
        return None
    # a part is false only by a fact about what it speaks of: "Sesame Credit is the service that drew
    # much attention" is not contradicted by "Baihang has not become much discussed"
    wrong = next((r for r, a in judged if r.verdict is Verdict.FALSE and speaks_of(index, a, r)), None)
    if wrong is not None:
        return part_decides(text, wrong.claim, wrong)
    if all(r.verdict is Verdict.TRUE for r in results):
        first = results[0]
        why = " ".join(r.explanation for r in results)
        return dataclasses.replace(first, claim=text, explanation=why, score=min(r.score for r in results))
    if point_first and judged[0][1] is analyses[0] and results[0].verdict is Verdict.MISLEADING:
        return dataclasses.replace(results[0], claim=text)
    return None


#: where one sentence of a claim ends and the next begins ("... opt-in. You choose to join.")
SENTENCE_END = lazy_compile(r"(?<=[a-z0-9)'\"”’][.!?])\s+(?=[A-Z\"'“‘])")
#: a sentence that refers back to the first one's subject
_PRONOUN_START = lazy_compile(r"^(?:it|they|he|she|this)\b", re.IGNORECASE)


def each_sentence(index: Index, text: str, sentences: list[str]) -> Result | None:
    """A claim of several sentences, each judged (a pronoun opening one stands for the first
    sentence's first name): false if one is, misleading if one is and none false, true if all are."""
    subject = first_name(index, sentences[0])
    if len(sentences) == 2 and _YES_NO_QUESTION.match(sentences[0]) and _REPLY.match(sentences[1]):
        return _answered(index, text, sentences[0], sentences[1], subject)
    parts = [_PRONOUN_START.sub(subject, s_, count=1) if subject else s_ for s_ in sentences]
    # a question claims nothing ("Who runs Sesame Credit? It is run by Ant Financial."): the answer does
    parts = [p_ for p_ in parts if not p_.rstrip().endswith("?")] or parts
    analysed = [(p_, a) for p_ in parts if (a := index.analyse(p_)).tokens or a.quantities]
    if any(a.entities for _, a in analysed):
        # a sentence that names nothing and gives no figure is comment ("Big Brother is real")
        analysed = [(p_, a) for p_, a in analysed if a.entities or a.quantities]
    results = [decide(index, p_, a) for p_, a in analysed]
    if len(results) == 1 and len(sentences) > 1 and results[0].verdict is not Verdict.UNVERIFIED:
        return dataclasses.replace(results[0], claim=text)
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


#: a question to be answered yes or no: "Is Sesame Credit optional?", "Can people in China use Twitter?"
_YES_NO_QUESTION = lazy_compile(
    r"^\s*(?P<aux>is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|must)\s+(?P<rest>[^?]+)\?\s*$", re.IGNORECASE
)
#: ...and its answer: "No, Alibaba users are required to join it.", "Yes."
_REPLY = lazy_compile(r"^\s*(?:(?P<yes>yes|yep|yeah|indeed|correct)|(?P<no>no|nope))\b\s*[,.!:;-]*\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_LEADING_THE = lazy_compile(r"^(?:the\s+)?", re.IGNORECASE)


def _asked(index: Index, question: str) -> str:
    """The statement a yes-no question asks about: "Is Sesame Credit optional?" asks whether
    "Sesame Credit is optional"; a question whose subject the base does not name loses its
    auxiliary ("Can people in China use Twitter?": "people in China use Twitter")."""
    m = _YES_NO_QUESTION.match(question)
    assert m is not None
    aux, rest = m.group("aux").lower(), m.group("rest").strip()
    names = index.aliases.find(rest)
    lead = _LEADING_THE.match(rest).end()  # type: ignore[union-attr]
    if names and names[0][0] == lead and aux not in ("does", "do", "did"):
        end = names[0][1]
        return f"{rest[:end]} {aux} {rest[end:].strip()}"
    return rest


def _answered(index: Index, text: str, question: str, reply: str, subject: str | None) -> Result:
    """"Is Sesame Credit optional? No, Alibaba users are required to join it.": the answer claims.
    A "yes" says what the question asks; a "no" denies it, so the source's verdict on the question
    turns round (true becomes false, false true); whatever the answer goes on to say is judged too."""
    m = _REPLY.match(reply)
    assert m is not None
    asked = _asked(index, question)
    said = decide(index, asked, index.analyse(asked))
    results = []
    if m.group("yes"):
        results.append(said)
    elif said.verdict in (Verdict.TRUE, Verdict.FALSE):
        turned = Verdict.FALSE if said.verdict is Verdict.TRUE else Verdict.TRUE
        if turned is Verdict.FALSE:
            why = f"The claim answers no to '{question.strip()}'; the source says yes: {said.fact.statement if said.fact else said.explanation}"
        else:
            why = f"The claim answers no to '{question.strip()}', as the source does: {said.explanation}"
        match = dataclasses.replace(said.match, kind=turned, why=why) if said.match else None
        results.append(dataclasses.replace(said, verdict=turned, explanation=why, match=match))
    rest = m.group("rest").strip()
    if rest and len(rest.split()) >= 2:
        rest = rest[0].upper() + rest[1:]
        if subject:
            rest = _PRONOUN_START.sub(subject, rest, count=1)
            rest = re.sub(r"\b(?:it|them)(?=\W*$)", subject, rest, count=1)  # "... are required to join it."
        answer = index.analyse(rest)
        judged = decide(index, rest, answer)
        if judged.verdict is not Verdict.UNVERIFIED or answer.entities or answer.quantities or not results:
            results.append(judged)  # ("No, users choose to join": what names nothing only restates the no)
    decided = [r for r in results if r.verdict is not Verdict.UNVERIFIED]
    for verdict in (Verdict.FALSE, Verdict.MISLEADING, Verdict.TRUE):
        found = next((r for r in decided if r.verdict is verdict), None)
        if found is not None and (verdict is not Verdict.TRUE or len(decided) == len(results)):
            return dataclasses.replace(found, claim=text)
    best = max(results, key=lambda r: r.score, default=said)
    return Result(text, Verdict.UNVERIFIED, best.score, "The answer to the question is not decided by the fact base.")


#: where a claim's parts are set off: commas, semicolons, brackets, dashes
_SEGMENT_BREAK = lazy_compile(r"\s*(?:[,;()\u2013\u2014]|\s-\s)\s*")
#: a part that leans on the rest of the sentence: a scene, a comparison, a relative clause, an appositive
_SUBORDINATE = lazy_compile(
    r"^(?:(?:much|just|even|not\s+long|shortly|soon|long|well)\s+)?(?:as|like|unlike|after|before|since|when|while|whereas|although|though|under|of|for|"
    r"amid|among|following|despite|with|without|in|on|at|during|which|who|whose|where|that|one\s+of|an?|the|its|their|his|her|"
    r"having|being|once|now|then)\b",
    re.IGNORECASE,
)
#: words that restate the claim's point in other words: what follows them is no scene
_RESTATES = lazy_compile(
    r"\b(?:in\s+other\s+words|in\s+essence|that\s+is(?:\s+to\s+say)?|i\.e\.|namely|in\s+effect|in\s+short|effectively|essentially|"
    r"basically|or\s+rather|which\s+is\s+to\s+say|meaning)\b",
    re.IGNORECASE,
)
#: a text that stops short of what it says: "... is", "... became", "... run by"
_UNFINISHED = lazy_compile(r"\b(?:is|are|was|were|be|been|being|become|becomes|became|remains?|means?|as|of|to|and|or|by|than|for|with)$", re.IGNORECASE)
_MIN_REST_WORDS = 5  #: the fewest words the rest of a claim must keep to be judged without a part


def without_strangers(index: Index, text: str, strangers: list[str]) -> Result | None:
    """The claim judged without the parts that name what its closest fact does not, when those
    parts only set a scene or describe ("Much as Alibaba's programme does, Tencent Credit rates
    people on a 300-850 scale"): true if the rest is and no part is false on its own."""
    found = [(i, j) for i, j, e in index.aliases.find(text) if e in strangers]
    if not found:
        return None
    segments = _segments(text)
    dropped = [(a, b) for a, b in segments if any(a <= i < b for i, _ in found)]
    return _judged_without(index, text, segments, dropped, strangers)


def without_opener(index: Index, text: str) -> Result | None:
    """The claim judged without the phrase it opens with, when that only sets a scene or concedes
    something and gives no figure ("Although most people think of it simply as an Alibaba product,
    Sesame Credit is in fact run by Ant Financial"): as :func:`without_strangers`."""
    segments = _segments(text)
    if len(segments) < 2:
        return None
    a, b = segments[0]
    opener = text[a:b]
    concedes = _OPENS_A_SCENE.match(opener.strip()) is not None
    if extract_quantities(opener) or not (concedes or _SETS_THE_SCENE.match(opener.strip())):
        return None
    if rel.names_a_venue(index, opener):
        return None  # "In a People's Daily column, ...": where it was said may be wrong
    rest_names = {e for i, _, e in index.aliases.find(text) if i >= b}
    strangers = [e for _, _, e in index.aliases.find(opener) if e not in rest_names]
    if strangers and not concedes:
        return None  # "At the helm of Qianhai Credit, ... sits Li Xuan": the scene names the subject
    return _judged_without(index, text, segments, [(a, b)], strangers)


def _segments(text: str) -> list[tuple[int, int]]:
    """Where the parts of a text set off by commas, semicolons, brackets or dashes start and end."""
    cuts = [0, *(x for m in _SEGMENT_BREAK.finditer(text) for x in (m.start(), m.end())), len(text)]
    return [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2) if text[cuts[k] : cuts[k + 1]].strip(" .")]


def _judged_without(
    index: Index, text: str, segments: list[tuple[int, int]], dropped: list[tuple[int, int]], strangers: list[str]
) -> Result | None:
    kept = [text[a:b].strip() for a, b in segments if (a, b) not in dropped]
    if not dropped or not kept or _RESTATES.search(text) or any(not _SUBORDINATE.match(text[a:b].strip()) for a, b in dropped):
        return None
    if any(_UNFINISHED.search(text[: a].rstrip(" ,;(-\u2013\u2014")) for a, _ in dropped):
        return None  # "... is, in essence, the government's system": the part finishes what comes before it
    rest = ", ".join(kept).rstrip(" .,") + "."
    rest = rest[0].upper() + rest[1:]
    if len(rest.split()) < _MIN_REST_WORDS:
        return None
    main = decide(index, rest, index.analyse(rest))
    if main.verdict is Verdict.UNVERIFIED:
        return None
    for a, b in dropped:
        part = text[a:b].strip()
        described = _appositive(index, text[:a].rstrip(" ,;(-\u2013\u2014"), part)
        if described != part:  # "Xinhai Liu, an associate researcher at Tencent Credit": what it says of him must hold
            said = decide(index, described, index.analyse(described))
            if said.verdict is not Verdict.TRUE:
                return dataclasses.replace(said, claim=text) if said.verdict is Verdict.FALSE else None
            continue
        alone = decide(index, part, index.analyse(part))
        if alone.verdict is Verdict.FALSE:
            return part_decides(text, part, alone)
        if _LIKENED.match(part) and not _OWN_CASE.search(rest) and not _likeness_holds(index, rest, part, strangers):
            return None  # "Much as Tencent's programme does, Sesame Credit rates people from 350 to 950" says it of Tencent too
    quoted = " and ".join(f"'{text[a:b].strip()}'" for a, b in dropped)
    return dataclasses.replace(main, claim=text, explanation=f"{main.explanation} (The part {quoted} is not checked.)")


#: an opening phrase that sets a scene or concedes: "Although most people ...", "Of the eight companies ...",
#: "For the time being, as visitors discover", "Among the programmes foreign correspondents scrutinise"
_OPENS_A_SCENE = lazy_compile(
    r"^(?:although|though|even\s+though|of\s+(?:all\s+)?the|among|amongst|for\s+the\s+time\s+being|for\s+now|to\s+outsiders|"
    r"in\s+the\s+eyes\s+of|as\s+(?:visitors|observers|critics|many|some|reporters|foreign)|much\s+(?:as|like)|just\s+(?:as|like)|like|unlike)\b",
    re.IGNORECASE,
)


#: an opening phrase that tells when or where, which can be left off when it names nothing the rest
#: does not: "When foreign reporters trace the programme back to its source, ...", "In the executive suite, ..."
_SETS_THE_SCENE = lazy_compile(
    r"^(?:when|whenever|as|ever\s+since|long\s+before|in|inside|at|over\s+at|for|on|with|across|behind|beyond)\b", re.IGNORECASE
)


#: a part that says the rest holds of something else too: "Much as Alibaba's programme does"
_LIKENED = lazy_compile(r"^(?:(?:much|just|exactly|very\s+much)\s+)?(?:as|like)\b", re.IGNORECASE)
#: ...unless the rest marks what is its own: "in its case", "for its part"
_OWN_CASE = lazy_compile(r"\b(?:in\s+its\s+case|for\s+its\s+part|its\s+own)\b", re.IGNORECASE)


def _likeness_holds(index: Index, rest: str, part: str, strangers: list[str]) -> bool:
    """Is the rest, said of the name the part likens it to, not false?"""
    other = next(((i, j) for i, j, e in index.aliases.find(part) if e in strangers), None)
    subject = index.aliases.find(rest)
    if other is None or not subject:
        return True
    i, j, _ = subject[0]
    said = rest[:i] + part[other[0] : other[1]] + rest[j:]
    return decide(index, said, index.analyse(said)).verdict is not Verdict.FALSE


def possessive_named(index: Index, text: str, other: str) -> str:
    """``text`` with "its" named from the other part, when that part names a possessor ("While five
    took seats among Baihang's directors, ... were assigned to its board": Baihang's board)."""
    its = re.search(r"\bits\b", text, re.IGNORECASE)
    mine = {e for _, _, e in index.aliases.find(text)}
    # (a part that names nothing speaks of the other's possessor too: "While five of the shareholders
    # took seats among the directors, ... were placed on Baihang's board": Baihang's shareholders)
    the = re.search(r"\bthe\b", text, re.IGNORECASE) if not its and not mine else None
    if not (its or the):
        return text
    owners = [
        re.sub(r"['’]s$", "", other[i:j]) for i, j, e in index.aliases.find(other)
        if e not in mine and (re.match(r"['’]s\b", other[j:]) or re.search(r"['’]s$", other[i:j]))
    ]
    word = r"\bits\b" if its else r"\bthe\b"
    return re.sub(word, f"{owners[-1]}'s", text, count=1, flags=re.IGNORECASE) if owners else text


#: a part whose dropping could turn what the rest says round: a denial, a contrast, a condition,
#: a doubt, or a claim reported as someone else's
_TURNS = lazy_compile(
    r"\b(?:not|no|never|none|nor|nobody|nothing|without|rather|instead|unlike|except|but|yet|although|though|if|unless|until|only|"
    r"claims?|claimed|alleg\w*|rumou?r\w*|myths?|wrongly|falsely|mistaken\w*|supposed\w*|so-called|believ\w*|thinks?|thought|"
    r"imagin\w*|assum\w*|fear\w*|wrong|false|untrue|less|fewer|more)\b|n't\b",
    re.IGNORECASE,
)
_FRONTED = lazy_compile(
    r"^(?:(?:much|just|even|not\s+long|shortly|soon|long|well)\s+)?(?:as|like|unlike|after|before|since|when|whenever|while|whereas|"
    r"although|though|despite|without|with|if|unless|until|once|because|not|never|no|rather|instead|except|far\s+from|contrary|"
    r"in|on|at|for|by|from|during|amid|among|behind|under|over|\w+ing|\w+ed)\b",
    re.IGNORECASE,
)
CORE_SEGMENTS = 5  #: the most parts a claim may have for its core to be looked for by leaving some out
CORE_DROPPED = 2  #: ...and the most it leaves out


#: a part that frames what the rest says: the state's, all of it, no more than it
_FRAMES = lazy_compile(
    r"\b(?:all|every\w*|whole|entire\w*|nationwide|national|country|government\w*|state|official\w*|mandatory|compulsory|"
    r"required|forced|must|only|just|simply|merely|purely|effect|effectively|essentially|really|actually|fact|already|now|"
    r"citizens?|people|population|beijing|china|chinese|party|communist|surveil\w*|spy\w*|control\w*|punish\w*|reward\w*|"
    r"best|worst|most|least|largest|biggest|first|last|top|leading|ever|always)\b",
    re.IGNORECASE,
)


#: a part that says something of its own beside the rest: a comment on it, a second statement set against it
_COMMENT = lazy_compile(r"^(?:which|while|whereas|but|and|yet|so|or)\b", re.IGNORECASE)


def core(index: Index, text: str) -> Result | None:
    """The claim decided by its core: what it says without one or two of the parts set off by
    commas. False when a core without a reporter's colour is false ("Qianhai Credit, as its
    Shenzhen staff will tell you, was founded by JD.com"); else true when a core without plain
    description is true ("Sina Weibo arrived in 2009, a year in which, as one early user
    remembers, ..."); None otherwise. Each core is decided once, for both.

    A part that denies, contrasts, sets a condition, reports a doubt, gives a figure or names
    something (other than who tells it) is never left out (:func:`_colour`); nor is the first
    part, nor the main clause after a fronted one; and a core that denies is not read. For a true
    core the parts left out must also be plain (:func:`_plain`)."""
    segments = _segments(text)
    if not 2 <= len(segments) <= CORE_SEGMENTS or _RESTATES.search(text):
        return None
    # (a first part that leans on what follows, "When netizens talk about it", "Far from dominating
    # it", keeps the main clause after it too)
    first = text[segments[0][0] : segments[0][1]].strip()
    fronted = _FRONTED.match(first) is not None and not any(i == 0 for i, _, _ in index.aliases.find(first))  # (not "Beijing Sinoway")
    droppable = [k for k in range(1 + fronted, len(segments)) if _colour(index, text, *segments[k])]
    plain = {k for k in droppable if _plain(text[slice(*segments[k])])}
    held_true: Result | None = None  # (the first true core, given only if no core is false)
    for n in range(1, CORE_DROPPED + 1):
        for dropped in itertools.combinations(droppable, n):
            said = _without_segments(text, segments, dropped)
            alone = index.analyse(said)
            if not alone.entities or alone.negation_scopes or len(said.split()) < _MIN_REST_WORDS:
                continue
            judged = decide(index, said, alone)
            if judged.verdict is Verdict.FALSE and speaks_of(index, alone, judged):
                return part_decides(text, said, judged)
            if held_true is None and judged.verdict is Verdict.TRUE and plain.issuperset(dropped) and speaks_of(index, alone, judged):
                held_true = part_decides(text, said, judged)
    return held_true


def _plain(part: str) -> bool:
    """May this part be left out of a core that is then found true? Only a description or who
    tells it, leaning on the rest: never the main clause, nor a "which" that says what the rest
    explains, nor a "while" that sets a second statement beside it; and nothing that frames (the
    state's, all of China, no more than, the first or the biggest), for that would mislead."""
    part = part.strip()
    return not _FRAMES.search(part) and not _COMMENT.match(part) and bool(_SUBORDINATE.match(part) or _TELLING.match(part))


def mere_colour(main: Analysis) -> bool:
    """Is a main clause, which no fact bears on, only a writer's colour round an aside the
    source confirms ("Rongcheng, a county-level city in Shandong, has become something of a
    showcase")? Not if it denies, gives a figure, says it is done or no more than something, or
    frames (the state's, all of China, the first, the only)."""
    from .framing import presented_as_done, sweeping

    text = main.text
    return not (
        main.negation_scopes
        or main.quantities
        or _FRAMES.search(text)
        or _WHO_RUNS_IT.search(text)
        or rel.reductive(text)
        or presented_as_done(text)
        or sweeping(text)
    )


#: what a main clause may not say and still be colour: anywhere, never, who owns or runs it
_WHO_RUNS_IT = lazy_compile(
    r"\b(?:any\w*|never|independent\w*|private\w*|commercial\w*|public\w*|run|runs|owned|owns|controls?|controlled)\b", re.IGNORECASE
)


def part_decides(text: str, said: str, judged: Result) -> Result:
    """The whole claim with the verdict one part of it (``said``) got alone: "'...' is false. ..."."""
    return dataclasses.replace(judged, claim=text, explanation=f"'{said}' is {judged.verdict.value}. {judged.explanation}")


#: a part that says who tells it: "as its Shenzhen staff will tell you", "one analyst noted"
_TELLING = lazy_compile(
    r"^(?:as\s+)?[^,;]{0,60}?\b(?:say|says|said|tell|tells|told|put\s+it|puts\s+it|notes?|noted|recalls?|recalled|explains?|explained|"
    r"insists?|insisted|reminds?|reminded|points?\s+out|pointed\s+out)\b[^,;]{0,30}$",
    re.IGNORECASE,
)


def _colour(index: Index, text: str, a: int, b: int) -> bool:
    """May this part be left out in looking for what the claim says? Not where the rest leans
    on it ("... is, in essence, ..."), nor where it denies, contrasts or doubts, gives a figure or
    a date, names something (unless only to say who tells it) or follows a semicolon."""
    part = text[a:b]
    if _TURNS.search(part) or _UNFINISHED.search(text[:a].rstrip(" ,;()-\u2013\u2014")) or extract_quantities(part):
        return False
    if text[:a].rstrip().endswith(";"):
        return False  # a statement of its own: "...; defame someone online and, as one shopkeeper warned, it slides"
    return not index.aliases.find(part) or bool(_TELLING.match(part.strip()))


def _without_segments(text: str, segments: list[tuple[int, int]], dropped: tuple[int, ...]) -> str:
    """The text without the dropped segments: neighbours keep what stood between them, a gap
    closes with a space ("Qianhai Credit, as its staff say, was ..." -> "Qianhai Credit was ...")."""
    core, last = "", None
    for k, (a, b) in enumerate(segments):
        if k in dropped:
            continue
        core += text[a:b] if last is None else (text[segments[last][1] : a] if last == k - 1 else " ") + text[a:b]
        last = k
    return core.rstrip(" .,;") + "."
