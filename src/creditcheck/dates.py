"""Dates of a start: when a name was founded, launched or set up, and what a claim's dates say of it.

"Beijing Sinoway Credit was founded in 2005" dates a founding the base dates otherwise;
"has been scoring consumers since 2010" and "did not have its own centre until 2015" date a
start too, whatever else they say; "on 22 May 2018" gives a year the reporting article gives;
"more than twelve years before Baihang arrived" dates an event by another name's start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figures import DATES, fact_figures
from .lazyre import lazy_compile
from .matching import Index
from .models import Fact
from .normalize import Analysis, in_brackets
from .quantities import MONTH_WORD, Quantity, extract_quantities


#: a fact that dates a founding: whatever a claim says its subject did, it did not do it before then
FOUNDING = lazy_compile(
    r"\b(?:(?:was|were)\s+(?:launched|established|founded|set\s+up|created|born)|began\s+operating)\b", re.IGNORECASE
)
_SINCE = lazy_compile(r"\b(?:since|as\s+(?:early|far\s+back)\s+as|back\s+in)\s+(?:(?:early|late|mid)[\s-]+)?(\d{4})\b", re.IGNORECASE)


_NOT_UNTIL = lazy_compile(
    rf"(?:\bnot|n't|\bnever)\b[^.;]*?\buntil\s+(?:(?:early|late|mid)[\s-]+)?(?:{MONTH_WORD}\s+)?(\d{{4}})\b",
    re.IGNORECASE,
)


def since_before_founding(claim: Analysis, fact: Fact) -> bool:
    """"Sesame Credit has been scoring consumers since 2010" dates the score's start, whatever it
    says the score did: a fact founding it in 2015 contradicts it. A later year says nothing."""
    if not FOUNDING.search(fact.statement):
        return False
    founded = fact_figures(fact).get("year")
    if not founded:
        return False
    if any(int(m.group(1)) < min(founded) for m in _SINCE.finditer(claim.text)):
        return True
    # "didn't have its own Credit Reference Center until 2015" dates the start exactly
    return any(int(m.group(1)) not in founded for m in _NOT_UNTIL.finditer(claim.text))


#: a founding with its year: "was founded in 2005", "went live in Oct. 2013", "born 2009"
_FOUNDED_IN = lazy_compile(
    r"\b(?:founded|established|set\s+up|launched|created|started|born|went\s+live|went\s+online|debuted|came\s+out|came\s+along|"
    r"got\s+started|opened\s+for\s+business|made\s+its\s+debut|rolled\s+out|up\s+and\s+running|been\s+around)\b"
    r"(?:\s+(?:back|only|first|officially|originally|initially|as\s+early\s+as|as\s+late\s+as|way\s+back))*"
    r"(?:\s+by(?:\s+the)?(?:\s+[A-Z][\w'.-]*){1,4}?(?=\s+in\b))?\s+"  # "set up by Tencent in 2016"
    rf"(?:in\s+|during\s+|since\s+)?(?:(?:early|late|mid)[\s-]+)?(?:{MONTH_WORD}\s+)?(?:of\s+)?(\d{{4}})\b",
    re.IGNORECASE,
)
#: what may stand between a name and the verb of its own founding: "Sinoway Credit (华道征信) was
#: only set up", "Pengyuan Credit, founded", never "Tencent Credit's trial was launched"
_FOUNDED_SUBJECT_GAP = lazy_compile(
    r"\s*(?:\([^)]*\)\s*)?(?:\s(?:is|was)\s+an?\s+[^,;.]{1,40},\s*|,\s*(?:which|that)?\s*|:\s*|(?:which|that|who)\s+)?"
    r"(?:(?:was|were|is|has\s+been|had\s+been|got|first|only|originally|"
    r"officially|initially|reportedly|actually|itself|already|quietly|formally|publicly)\s+){0,3}",
    re.IGNORECASE,
)


def wrong_founding(index: Index, text: str) -> tuple[Fact, int] | None:
    """(the fact dating a founding, the year the claim gives it) when the claim dates the founding
    of a name the base dates otherwise: "Beijing Sinoway Credit was founded in 2005"."""
    return next(((fact, year) for fact, year, right in dated_foundings(index, text) if not right), None)


def dated_foundings(index: Index, text: str) -> list[tuple[Fact, int, bool]]:
    """(fact dating a founding, the year the claim gives it, whether the fact gives that year) for
    each founding the claim dates of a name the base dates ("Sina Weibo: born 2009")."""
    low = text.lower()
    if not any(w in low for w in _FOUNDED_WORDS) or not _FOUNDED_HINT.search(text):
        return []
    names = index.aliases.find(text)
    out = []
    for m in _FOUNDED_IN.finditer(text):
        # (not a name inside brackets: "Lakala (Koala Credit's parent) was founded in 2005" dates Lakala)
        before = [(i, j, e) for i, j, e in names if j <= m.start() and not in_brackets(text, i)]
        if not before:
            continue
        start, end, subject = before[-1]
        if _OF_BEFORE.search(text, 0, start):
            continue  # "a trial of Tencent Credit went live": the trial's date, not the name's
        if _FOUNDED_SUBJECT_GAP.fullmatch(text, end, m.start()) is None:
            continue
        year = int(m.group(1))
        own = index.facts_led_by(subject)
        # a year another of its facts dates a start to ("Tencent Credit launched a trial in 2018") is no error
        started = {y for f in own if _FOUNDED_HINT.search(f.statement) for y in fact_figures(f).get("year", ())}
        for fact in own:
            founded = fact_figures(fact).get("year") if FOUNDING.search(fact.statement) else None
            if founded:
                out.append((fact, year, year in founded or year in started))
    return out


_OF_BEFORE = lazy_compile(r"\b(?:of|for|from|with|to|by|and|than|as)\s+(?:the\s+|its\s+)?$", re.IGNORECASE)
_FOUNDED_WORDS = ("found", "establish", "set up", "launch", "creat", "start", "born", "went", "debut", "came", "open", "rolled", "running", "around")
_FOUNDED_HINT = lazy_compile(
    r"\b(?:founded|established|set\s+up|launched|created|started|born|went|debuted|debut|came|opened|rolled\s+out|up\s+and\s+running|been\s+around)\b",
    re.IGNORECASE,
)


def dated_by_the_story(index: Index, fact: Fact, q: Quantity) -> bool:
    """Is a date the fact does not pin one its story gives: the year of the article reporting a
    "May 22" announcement, or the "early May" a fact about the same people dates?"""
    if q.kind not in DATES or q.comparator not in (None, "approx"):
        return False
    if q.kind == "year" and fact.source.date[:4].isdigit() and int(fact.source.date[:4]) == q.value:
        return True
    if len(fact.entities) < 2:
        return False  # a single name ("Sina Weibo") makes no story: its launch year dates nothing else
    story = [f for f in index.factbase.facts if f.entities == fact.entities and f is not fact]
    return any(q.value in fact_figures(f).get(q.kind, ()) for f in story)


#: a span measured from its subject's own start: "two years after its debut", "ten years after it was set up"
_SINCE_ITS_START = lazy_compile(
    r"\s+(?:after|since)\s+(?:its\s+(?:own\s+)?(?:launch|debut|founding|start|creation|inception|birth|opening)|"
    r"it\s+(?:was\s+|had\s+been\s+)?(?:launched|founded|established|set\s+up|created|started|opened|began))\b",
    re.IGNORECASE,
)


def measured_from_its_start(index: Index, claim: Analysis, fact: Fact, q: Quantity) -> bool:
    """Is a span the fact does not pin the time from its subject's start to the year the claim
    gives: "By 2017, barely two years after its debut, Sesame Credit had 520 million users",
    where the base dates Sesame Credit's launch to 2015?"""
    at = q.found_in(claim.text) if q.kind == "duration" and fact.entities else -1
    if at < 0 or not _SINCE_ITS_START.match(claim.text, at + len(q.text)):
        return False
    start = start_of(index, fact.entities[0])
    years = [y.value for y in claim.quantities if y.kind == "year"]
    if start is None or len(years) != 1:
        return False
    return abs(years[0] - start[1][0] - q.value / 365) <= 1


def event_date(fact: Fact) -> tuple[int, ...] | None:
    """(year, month, day) as far as the fact pins one of each, when it pins one date."""
    figures = fact_figures(fact)
    parts = []
    for kind in ("year", "month", "day"):
        values = figures.get(kind, set())
        if len(values) != 1:
            break
        parts.append(int(next(iter(values))))
    return tuple(parts) or None


#: a fact that dates a start, a founding or an opening: "Baihang Credit officially opened for business on May 23, 2018"
_STARTS = lazy_compile(FOUNDING.pattern + r"|\bopened\s+for\s+business\b", re.IGNORECASE)


def start_of(index: Index, entity: str) -> tuple[Fact, tuple[int, ...]] | None:
    """The fact dating the name's start and its date, when the base dates its start to one year."""
    dated = [(f, d) for f in index.facts_led_by(entity) if _STARTS.search(f.statement) and (d := event_date(f))]
    if not dated or len({d[0] for _, d in dated}) != 1:
        return None
    return max(dated, key=lambda fd: len(fd[1]))


@dataclass(frozen=True)
class RelativeTime:
    """An aside that dates the claim by another name's start: "..., two years after Sesame Credit, ..."."""

    core: str  #: the claim without the aside
    aside: str
    entity: str  #: the name whose start it is dated by
    before: bool
    gap: Quantity | None  #: how long before or after, when it says
    bare: bool  #: the name alone ("after Sesame Credit"): its start only when the claim dates a start too


#: "more than twelve years before Baihang arrived", "well over a decade before", "two full years after"
_RELATIVE = lazy_compile(
    r"(?P<gap>(?:(?:well|long|just|only|some|about|around|roughly|nearly|almost|more\s+than|over|less\s+than|under|close\s+to|"
    r"a\s+full|fully|barely)\s+)*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|a\s+few|"
    r"several|\d+)\s+(?:full\s+)?(?:years?|months?|weeks?|decades?)|a\s+decade|(?:long|well|shortly|soon|just|years|months|weeks)(?=\s))\s+)?"
    r"(?P<order>before|after)\s+(?P<event>[^,;()]{3,80}?)\s*(?=[,;)]|\.?\s*$)",
    re.IGNORECASE,
)
#: what a name did to start, right after it in the aside: "Baihang arrived", "Baihang was launched", "Baihang's launch"
_STARTED = lazy_compile(
    r"(?:(?:'s|’s)?\s+(?:launch|arrival|debut|founding|creation|birth|opening)|"
    # (the name may be said with what kind of thing it is: "the Baihang alliance took shape")
    r"(?:\s+(?:alliance|bureau|platform|scheme|programme|program|system|association|company|firm|service))?"
    r"\s+(?:was\s+|had\s+been\s+|first\s+|officially\s+|even\s+|ever\s+)*"
    r"(?:launched|founded|established|set\s+up|created|born|appeared|arrived|opened|debuted|went\s+live|came\s+along|existed|conceived|"
    r"took\s+shape|came\s+into\s+(?:being|existence)|"
    r"came\s+on(?:to)?\s+the\s+scene|emerged|started|began|showed\s+up|burst\s+onto\s+the\s+scene|entered\s+the\s+(?:scene|market)))\b.*$",
    re.IGNORECASE,
)


def relative_time(index: Index, text: str) -> RelativeTime | None:
    """The aside that dates the claim by another name's start, when the claim has one."""
    for m in _RELATIVE.finditer(text):
        start, end = m.start(), m.end()
        lead = text[:start].rstrip()
        if lead and not lead.endswith((",", "(", ";")):
            continue  # "began operating long before Baihang": the claim itself, not an aside
        event = m.group("event")
        names = index.aliases.find(event)
        if not names or re.sub(r"^(?:the|its)\s+", "", event[: names[0][0]], flags=re.IGNORECASE).strip():
            continue
        rest = event[names[0][1] :]
        bare = not rest.strip()
        if not bare and not _STARTED.match(rest):
            continue
        gap_text = re.sub(r"\bfull\s+", "", m.group("gap") or "", flags=re.IGNORECASE)
        gap_text = re.sub(r"\ba\s+decade\b|\bdecades\b", "ten years", gap_text, flags=re.IGNORECASE)
        gaps = [q for q in extract_quantities(gap_text) if q.kind == "duration"]
        if m.group("gap") and re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|decade)", m.group("gap"), re.I) and not gaps:
            continue  # a gap it gives but cannot be read
        before_text = text[:start].rstrip(" ,;(")
        after_text = text[end:].lstrip(" ,;)")
        if not before_text:
            core = after_text[:1].upper() + after_text[1:]
        else:  # "Arriving in 2017, two years after Sesame Credit, Tencent Credit ...": one comma stays
            between = ", " if lead.endswith(",") and text[end:].lstrip().startswith(",") and not after_text.startswith("that ") else " "
            core = (before_text + between + after_text).strip()
        core = re.sub(r"\s+([.,;])", r"\1", core)
        if len(core.split()) < 4:
            continue
        return RelativeTime(core, m.group(0).strip(), names[0][2], m.group("order").lower() == "before", gaps[0] if gaps else None, bare)
    return None


def comes_before(a: tuple[int, ...], b: tuple[int, ...]) -> bool | None:
    """Does date ``a`` come before date ``b``, as far as both pin them? None when they cannot be told apart."""
    n = min(len(a), len(b))
    return None if a[:n] == b[:n] else a[:n] < b[:n]


def fits_the_gap(when: tuple[int, ...], start: tuple[int, ...], relative: RelativeTime) -> bool | None:
    """Does the claim's date stand before (or after) the start, by the gap it gives? None when the
    dates are too coarse to tell."""
    earlier = comes_before(when, start)
    if earlier is None:
        return None
    if earlier != relative.before:
        return False
    n = min(len(when), len(start))
    days = _days(when, n) - _days(start, n)
    gap = relative.gap
    if gap is None:
        return True
    slack = (366, 31, 2)[n - 1]
    actual, said = abs(days), gap.value
    if gap.comparator == "gt":
        return actual >= said - slack
    if gap.comparator == "lt":
        return actual <= said + slack
    return abs(actual - said) <= max(slack, said / 4)


def _days(date: tuple[int, ...], n: int) -> int:
    year, month, day = (*date[:n], 1, 1)[:3] if n < 3 else date[:3]
    return year * 365 + (month - 1) * 30 + day
