"""Figures: what a fact pins (years, months, days, counts, shares, thresholds) and how a claim's compare.

A figure is compared only with the fact's figures of its own group: a year with years, a
share or a count with amounts, "over 600" with thresholds. Figures the fact does not speak
to are reported separately, since they make a claim say more than the fact does.
"""

from __future__ import annotations

import re

from .lazyre import lazy_compile
from .models import Fact
from .quantities import Quantity, extract_quantities, quantity_kind

DATES = frozenset({"year", "month", "day"})
_MONTH_NAMES = "January February March April May June July August September October November December".split()


def fmt(value: float, kinds: set[str] | frozenset[str] = frozenset()) -> str:
    if "rank" in kinds:
        return f"number {value:g}"
    if kinds == {"percent"}:
        return f"{value:g}%"
    if kinds == {"duration"} and value.is_integer() and value > 0:
        # durations are counted in days: say them in whole years where they are ("57 years", "180 days")
        for days, unit in ((365, "year"), (1, "day")):
            if value % days == 0:
                n = int(value // days)
                return f"{n} {unit}{'s' if n != 1 else ''}"
    if "month" in kinds and value.is_integer() and 1 <= value <= 12:
        return _MONTH_NAMES[int(value) - 1]
    if quantity_kind(value) == "year":
        return f"{value:.0f}"
    if value >= 1e9 and value % 1e7 == 0:
        return f"{value / 1e9:g} billion"
    if value >= 1e6 and value % 1e4 == 0:
        return f"{value / 1e6:g} million"
    return f"{value:,.0f}" if value.is_integer() else f"{value:g}"


def as_of(fact: Fact) -> str:
    return f" (as of {fact.as_of})" if fact.as_of else ""


def group(kind: str) -> str:
    return "amount" if kind in ("count", "percent") else kind


_FIGURES: dict[int, tuple[Fact, dict[str, set[float]]]] = {}


def fact_figures(fact: Fact) -> dict[str, set[float]]:
    """What the fact pins, by kind: its numbers plus the figures in its true phrasings (cached per fact)."""
    hit = _FIGURES.get(id(fact))
    if hit is None or hit[0] is not fact:
        hit = _FIGURES[id(fact)] = (fact, _fact_figures(fact))
    return hit[1]


def _fact_figures(fact: Fact) -> dict[str, set[float]]:
    out: dict[str, set[float]] = {}
    # a pinned number is of the kind the statement gives it ("May 23, 2018": 23 is a day, not a count)
    read = [extract_quantities(text) for text in (fact.statement, *fact.confirms)]
    stated = {q.value: q.kind for q in read[0] if q.comparator is None}
    for v in fact.numbers:
        kind = stated.get(v) or quantity_kind(v)
        out.setdefault(group(kind), set()).add(v)
        if kind in ("count", "percent"):
            out.setdefault(kind, set()).add(v)
    for i, quantities in enumerate(read):
        for q in quantities:
            if q.comparator is None:
                out.setdefault(group(q.kind), set()).add(q.value)
                if q.kind in ("count", "percent"):
                    out.setdefault(q.kind, set()).add(q.value)
            elif i == 0:
                # a threshold ("a score over 650") is what the statement says; a confirm's hedge
                # ("more than half a billion users") does not turn a count into one
                out.setdefault("threshold", set()).add(q.value)
                if q.comparator in ("gt", "ge"):
                    out.setdefault("floor", set()).add(q.value)  # "over 650": from there up
                elif q.comparator in ("lt", "le"):
                    out.setdefault("ceiling", set()).add(q.value)
    if fact.as_of:
        out.setdefault("year", set()).add(float(fact.as_of[:4]))
    return out


def turned(q: Quantity, figures: dict[str, set[float]]) -> bool:
    """Does the claim turn a threshold around: "a score under 650" for the source's "over 650"?"""
    if q.comparator in ("lt", "le"):
        return any(_exactly(q, v) for v in figures.get("floor", ()))
    if q.comparator in ("gt", "ge"):
        return any(_exactly(q, v) for v in figures.get("ceiling", ()))
    return False


def _exactly(q: Quantity, value: float) -> bool:
    """Does the figure agree with the value, its hedge aside ("over 600" against a threshold of 600)?"""
    return Quantity(q.value, q.kind, None, q.text).agrees_with(value)


def _apart(value: float, other: float) -> bool:
    """Are two figures a thousand times apart or more, too far to be two readings of one figure?"""
    low, high = sorted((abs(value), abs(other)))
    return low > 0 and high / low >= 1000


def _of_another_order(q: Quantity, values: set[float]) -> bool:
    """Is the figure a thousand times or more apart from every value, one of each pair small?"""
    return all(_apart(q.value, v) and min(q.value, v) < 1000 for v in values)


def of_another_order(wrong: list[Quantity], figures: dict[str, set[float]]) -> bool:
    """Is each wrong figure a bounded count of another order than every amount the fact gives:
    "more than a million books" against a score of 600? Figures of different things, which cannot
    contradict each other."""
    values = figures.get("amount", set())
    return bool(wrong and values) and all(q.kind == "count" and q.comparator in ("gt", "ge", "lt", "le") and _of_another_order(q, values) for q in wrong)


def check_numbers(quantities: tuple[Quantity, ...], figures: dict[str, set[float]]) -> tuple[str, list[Quantity], list[Quantity]]:
    """('agree' | 'conflict' | 'none', figures that disagree, figures the fact does not speak to)."""
    wrong, uncovered, relevant = [], [], 0
    # (a count beside a share of the claim's own may be its shorthand: "50.10 and 49.90 percent")
    shares_only = "count" not in figures and not any(q.kind == "percent" for q in quantities)
    for q in quantities:
        values = figures.get(group(q.kind))
        if not values:
            if not (q.kind == "month" and q.comparator == "approx"):  # "mid-2018" adds nothing a year does not say
                uncovered.append(q)
            continue
        if q.kind == "percent" and "percent" not in figures and "threshold" not in figures and any(c.isdigit() for c in q.text):
            # "fewer than 1% of users reached 950" against a scale of 350 to 950: a share of what
            # the source gives no share of ("most of its people" is the overstatement a framing reads)
            uncovered.append(q)
            continue
        if q.kind == "count" and (
            (q.comparator is None and (shares_only or all(_apart(q.value, v) for v in values)))
            # (a hedged count too, against a small one: "roughly 520 million users" against "eight firms";
            # "half a million users" against "520 million" is the same count, wrong)
            or (q.comparator == "approx" and _of_another_order(q, values))
        ):
            # "a score of 680" against "520 million users", "a scale from 300 to 850" against "55% of
            # mobile usage": figures of different things
            uncovered.append(q)
            continue
        relevant += 1
        if q.comparator is not None and q.kind == "count":
            # "fewer than 300 million users" is weighed against the 503 million, not the three years
            # beside it: a bound agrees with any figure on the right side of it
            values = {v for v in values if not _apart(q.value, v)} or values
        thresholds = figures.get("threshold", set())  # "over 600" vs a threshold of "over 700": the figures alone
        if not any(_exactly(q, v) if v in thresholds else q.agrees_with(v) for v in values) or turned(q, figures):
            wrong.append(q)
    if wrong and all(q.definite for q in wrong) and relevant > len(wrong):
        # "36% of Baihang, well above any of the eight shareholders": a group named by its size
        # says nothing against the figure the claim gives right
        uncovered += wrong
        relevant -= len(wrong)
        wrong = []
    status = "conflict" if wrong else "agree" if relevant else "none"
    return status, wrong, uncovered


#: words just before a figure that make it one end of a range
_TOP_END = r"up\s+to|tops?\s+(?:out\s+)?at|topped\s+out\s+at|max(?:es|ed)?\s+out\s+at|maximum|max|highest|ceiling|peaks?\s+at|caps?\s+at|capped\s+at|as\s+high\s+as|no\s+higher\s+than|(?:climb|go|rise)\s+no\s+higher\s+than"
_LOW_END = r"start(?:s|ing)?\s+at|begins?\s+at|lowest|minimum|min|floor|bottoms?\s+(?:out\s+)?at|as\s+low\s+as|no\s+lower\s+than|(?:fall|drop|sink)\s+no\s+lower\s+than"
_END_BEFORE = lazy_compile(rf"\b(?:(?P<top>{_TOP_END})|(?P<low>{_LOW_END}))\b(?:\s+[\w'-]+){{0,4}}?\s*(?:is\s+|of\s+|at\s+)?$", re.IGNORECASE)
#: a range: "from 350 to 950", "350-950", "between 300 and 850"
_RANGE = lazy_compile(r"\b(?:between\s+)?(\d[\d,]*)\s*(?:-|\u2013|to|and)\s*(\d[\d,]*)\b")


def stated_range(text: str) -> tuple[float, float] | None:
    """The (low, high) ends of the first range the text gives ("350-950", "from 300 to 850")."""
    for m in _RANGE.finditer(text):
        if " and " in m.group(0) and not m.group(0).lower().startswith("between"):
            continue  # ("350 and 950" only as "between 350 and 950")
        low, high = sorted(float(g.replace(",", "")) for g in m.groups())
        if low != high:
            return low, high
    return None


def range_end_turned(text: str, quantities: tuple[Quantity, ...], fact: Fact) -> tuple[Quantity, str, float, float] | None:
    """(the figure, "top" or "bottom", the range's ends) when the claim gives one end of the fact's
    range as the other: "Sesame scores top out at 350" where they run from 350 to 950."""
    ends = stated_range(fact.statement)
    if ends is None:
        return None
    low, high = ends
    if {low, high} <= {q.value for q in quantities}:
        return None  # (a claim that gives both ends places each itself)
    for q in quantities:
        if q.value not in (low, high):
            continue
        at = text.find(q.text)
        cue = _END_BEFORE.search(text[:at]) if at > 0 else None
        if cue and cue.group("top") and q.value == low:
            return q, "top", low, high
        if cue and cue.group("low") and q.value == high:
            return q, "bottom", low, high
    return None
