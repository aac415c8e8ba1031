"""Names the fact base does not know, in a claim it might otherwise confirm.

"Huawei Credit is implemented by Ant Financial" puts a stranger where the phrasing names Sesame
Credit; "Chen Kun ranks second" puts one in He Jiong's place; "... jumped the barriers at
Taiyuan Station" speaks of a station the confirming fact never mentions. Each reading finds the
name (capitalised words that are no alias, no sentence opener and no title) and says whom or
what it stands in for.
"""

from __future__ import annotations

import re

from .asides import ACCORDING, FRONTED_LIKE, without_asides
from .lazyre import lazy_compile
from .matching import SUBJECT_KINDS, Entry, Index
from .models import Fact
from .normalize import STOPWORDS, Analysis


#: a person the claim names by role: "Actor Chen Kun", "comedian Papi Jiang", "CEO Li Xuan"
_ROLE_NAME = lazy_compile(
    r"\b(?i:actor|actress|singer|host|comedian|star|celebrity|ceo|chief|executive|founder|scholar|professor|"
    r"spokes(?:man|woman|person)|analyst|blogger|influencer|journalist|researcher|director)\s+"
    r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
)


#: ...or by the place in a ranking the claim gives them: "Angelababy claimed first place, edging out Xie Na"
_RANK_HOLDER = lazy_compile(
    r"\b([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+(?:claimed|took|won|grabbed|came|ranked|ranks|was|is|topped|tops|led|leads)\s+"
    r"(?=(?:the\s+)?(?:first|top|number\s+(?:one|1)|no\.\s*1|second|third|runner-up)\b)"
)


def unknown_person(index: Index, claim: Analysis, fact: Fact) -> str | None:
    """A person the claim names by role whom the fact base does not know, when the fact's own
    subject comes after them: "Actor Chen Kun was runner-up, ahead of He Jiong" is about Chen Kun,
    not He Jiong's second place."""
    lead = fact.entities[0] if fact.entities else None
    for m in sorted([*_ROLE_NAME.finditer(claim.text), *_RANK_HOLDER.finditer(claim.text)], key=lambda m: m.start()):
        name = m.group(1)
        if index.aliases.find(name) or name.lower() in _NOT_NAMES:
            continue
        before = {e for _, _, e in index.aliases.find(claim.text[: m.start()])}
        if lead not in before:
            return name
        break
    return None


#: a run of capitalised words: a name ("Huawei Credit", "Wang Lei", "the Ministry of Finance")
_CAPITALISED = lazy_compile(r"\b[A-Z][\w'&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'&.-]*)*")


#: words that open a sentence or a phrase, never a name: "If China Money Network is to be believed"
_FUNCTION_WORDS = frozenset(
    """a an the in on at as by for from of to and or but if it its this that these those there their they he she
    his her we our you your i my since after before when while although though despite under with without
    according however meanwhile also yet still now today until unlike like both each every all some many most
    no not none never neither nor only even just so then thus hence here where what which who whom whose why how""".split()
)


#: capitalised words that name no one: sentence openers, months, titles, generic words
_NOT_NAMES = _FUNCTION_WORDS | frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    ceo cfo president chairman chief executive director founder scholar professor actor actress host op-ed
    china chinese beijing western foreign english communist party state council government national people
    american british european japanese korean taiwanese russian indian german french us uk eu
    report reports reported news breaking update fact check claim
    fyi psa btw imo imho tbh lol omg ok okay nb ps faq aka ama eli5 tldr""".split()
)


def unknown_name(index: Index, claim: Analysis, entry: Entry) -> str | None:
    """A name the fact base does not know, in a claim that leaves out a name the phrasing gives:
    "Huawei Credit is implemented by Alibaba's Ant Financial" puts an unknown name where the
    phrasing has Sesame Credit. It may be a swap or a name the base lacks: either way the
    phrasing cannot confirm the claim."""
    # (a name only in an aside, "like Tencent Credit's", leaves the main clause without it)
    main = without_asides(FRONTED_LIKE.sub("", ACCORDING.sub(" ", claim.text)))  # who says so is no stranger
    named = index.analyse(main).entities if main != claim.text else claim.entities
    missing = [e for e in _given(index, entry) if e not in named and index.kinds.get(e) in SUBJECT_KINDS]
    if not missing:
        return None
    stranger = first_unknown_name(index, main)
    if stranger is None and any(index.kinds.get(e) == "person" for e in missing):
        # a person's name the base mentions elsewhere, but not this fact ("Chen Kun ranks second"
        # where the fact's second is He Jiong): still another person than the one it names
        stranger = unsaid_person(index, main, entry.fact)
    return stranger


def unsaid_person(index: Index, text: str, fact: Fact) -> str | None:
    """A person's name in ``text`` (two or three capitalised words, or one inside the sentence, as
    a stage name goes: "Angelababy") that neither the fact nor its passage gives."""
    said = _said(fact)
    return next((n for n in _person_names(index, text, single=True) if n.lower() not in said), None)


def named_beside(index: Index, claim: Analysis, fact: Fact) -> str | None:
    """A name of two or three capitalised words ("Xianyang Station", "Zhang Ziyi"), or of one beside
    a fact about a person, that the base does not know and the confirming fact never mentions:
    what the claim says of it is unchecked. (Who reports it, "according to Reuters" or "...,
    Xinhua reported", is no part of the claim.)"""
    text = _REPORTED_BY.sub(" ", ACCORDING.sub(" ", claim.text))
    said = set(re.findall(r"[a-z]+", _said(fact)))
    # (beside a fact about a person, one word inside the sentence is a name too, as a stage name
    # goes: "the 'Queen of Weibo' was Angelababy")
    single = bool(fact.entities) and index.kinds.get(fact.entities[0]) == "person"
    # (every word of it in the fact is enough: "the Civil Affairs Ministry" is the "Ministry of Civil Affairs")
    return next((n for n in _person_names(index, text, single) if not set(n.lower().split()) <= said and not index.known_name(n)), None)


#: who says so, at the end: ", Xinhua reported", ", Foreign Policy wrote"
_REPORTED_BY = lazy_compile(r",?\s*(?:[A-Z][\w'&.-]*\s+){1,4}(?:said|says|reported|reports|wrote|writes|noted|notes|found|finds)\b[^,;]*$")


def _person_names(index: Index, text: str, single: bool = False) -> list[str]:
    """Runs of two or three capitalised words that are no name the base knows: "Chen Kun"; with
    ``single``, also one such word inside the sentence, as a stage name goes ("Angelababy")."""
    text = blank_known_names(index, text)
    opening = len(text) - len(text.lstrip())
    found = []
    for m in (_ONE_OR_MORE_NAMES if single else _PERSON_NAME).finditer(text):
        name = _ROLE_FIRST.sub("", m.group(0))  # "Actor Chen Kun" is Chen Kun
        # ("China Life", "China Mobile": a company's name may begin with the country's)
        if (" " in name or (single and m.start() != opening)) and not any(
            w.lower() in _NOT_NAMES or w.lower() in STOPWORDS for w in _COUNTRY_FIRST.sub("", name).split()
        ):
            found.append(name)
    return found


_COUNTRY_FIRST = lazy_compile(r"^China\s+(?=\S)")
#: a role before a person's name: "Actor Chen Kun", "Host He Jiong"
_ROLE_FIRST = lazy_compile(r"^(?:(?:Actor|Actress|Singer|Host|Presenter|Comedian|Star|Scholar|Professor|President|Chairman|CEO|Director|Founder)\s+)+(?=[A-Z])")


_PERSON_NAME = lazy_compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\b")
_ONE_OR_MORE_NAMES = lazy_compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b")


def stands_in_for(index: Index, claim: Analysis, entry: Entry, name: str) -> str | None:
    """The name the phrasing gives, and the claim leaves out, that an unknown name plainly replaces:
    one of the same kind of thing, told by its last word ("Taiyuan Station" for "Yangling Station",
    "Huawei Credit" for "Sesame Credit"), sharing no other word with it."""
    words = name.lower().split()
    if len(words) < 2:
        return None
    for e in _given(index, entry) - claim.entities:
        known = index.factbase.entities[e].name
        theirs = known.lower().split()
        if len(theirs) >= 2 and theirs[-1] == words[-1] and not set(theirs[:-1]) & set(words[:-1]):
            return known
    return None


def first_unknown_name(index: Index, text: str, before: int | None = None) -> str | None:
    """The first capitalised name in ``text`` (up to ``before``) that the fact base does not know."""
    named = text
    text = blank_known_names(index, text)  # known names are no strangers
    if before is not None:
        text = text[:before]
    for m in _CAPITALISED.finditer(text):
        if m.start() == len(text) - len(text.lstrip()) and " " not in m.group(0) and not m.group(0).rstrip("'s").isupper():
            # one capitalised word opening the sentence ("Nationwide, ...") is no name to go by (FICO
            # is, and so is one paired with a name the base knows: "Volkswagen and Alibaba offered ...")
            paired = _PAIRED.match(named, m.end())
            if not (paired and any(i == paired.end() for i, _, _ in index.aliases.find(named))):
                continue
        words = [
            w for w in re.split(r"\s+", m.group(0))
            if w.lower().strip("'.") not in _NOT_NAMES and w.lower() not in STOPWORDS
        ]
        if not words:
            continue
        # (the words as the matcher reads them: "Plenum" is the base's "plenary session")
        unknown = [t for t in index.analyse(" ".join(words)).tokens if not index.known_word(t, strict=True)]
        if unknown or _BODY.search(m.group(0)):
            name = m.group(0).split()
            while len(name) > 1 and name[0].lower() in _FUNCTION_WORDS:
                name = name[1:]  # "If China Money Network": the name is "China Money Network"
            return " ".join(name).rstrip(".,;:!?'")
    return None


_PAIRED = lazy_compile(r"\s+(?:and|&)\s+")


#: what a body's name ends in: "the China Banking Association", "the Ministry of Finance"
_BODY = lazy_compile(
    r"\b(?:Association|Bank|Commission|Council|Group|Corporation|Company|Institute|Bureau|Ministry|Agency|"
    r"Federation|Administration|Authority|Fund|Holdings|Exchange|University|Society|Union|"
    r"Daily|Times|Post|News|Journal|Review|Herald|Weekly|Press|Network|Magazine|Tribune|Gazette)\b"
)


_HANDLE = lazy_compile(r"[@#][^\s,.;:!?)]+")


def named_elsewhere(index: Index, claim: Analysis, fact: Fact) -> str | None:
    """A handle, hashtag or name the claim gives that neither the fact nor its passage mentions:
    the claim's figures are then about that, not the fact's subject."""
    said = _said(fact)
    for m in _HANDLE.finditer(claim.text) if "@" in claim.text or "#" in claim.text else ():
        if m.group(0).lower() not in said:
            return m.group(0)
    text = blank_known_names(index, claim.text)
    if not any(ch.isupper() for ch in text.lstrip()[1:]):
        return None  # no capitalised word but the first and the known names: no stranger to find
    main = without_asides(ACCORDING.sub(" ", claim.text))
    name = first_unknown_name(index, main) or _full_name_first(blank_known_names(index, main), said)
    return name if name and name.lower() not in said else None


#: two or more capitalised words opening the claim: a full name ("Papi Jiang has 30m Weibo followers"),
#: whose words the base may know from elsewhere
_FULL_NAME_FIRST = lazy_compile(r"\s*([A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)+)(?!['\u2019\w])")


def _full_name_first(text: str, said: str) -> str | None:
    """The full name the claim opens with, when the fact says none of its words and none is a
    title, month or nationality ("Free Ford Explorer test drive" is the fact's Ford Explorer)."""
    m = _FULL_NAME_FIRST.match(text)
    words = m.group(1).lower().split() if m else []
    if not words or any(w in _NOT_NAMES or re.search(rf"\b{re.escape(w)}\b", said) for w in words):
        return None
    return m.group(1)


def led_by_a_stranger(index: Index, claim: Analysis, fact: Fact) -> str | None:
    """An unknown name before any name the base knows: "America's FICO scores range from 300 to
    850, like Tencent Credit's" is about FICO, which no fact covers. A name the fact itself gives
    ("If China Money Network is to be believed, ..." for a fact it reports) is no stranger."""
    names = index.aliases.find(claim.text)
    if not names:
        return None
    main = claim.text[: names[0][0]]
    if FRONTED_LIKE.match(claim.text) or ACCORDING.search(main):
        return None
    name = first_unknown_name(index, claim.text, names[0][0])
    return name if name and name.lower() not in _said(fact) else None


def blank_known_names(index: Index, text: str) -> str:
    """The text with every name the base knows blanked out, each character kept in place."""
    for start, end, _ in index.aliases.find(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _given(index: Index, entry: Entry) -> set[str]:
    """The names a phrasing gives, and those of its fact's statement ("in a Caixin column")."""
    return set(entry.analysis.entities) | set(index.statement_entities.get(entry.fact.id, ()))


def _said(fact: Fact) -> str:
    """What the fact and its source passage say, lower-cased: where a name they give is found."""
    return " ".join((fact.statement, *fact.confirms, fact.source.passage)).lower()
