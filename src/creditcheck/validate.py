"""Checks on a loaded fact base beyond what the loader enforces (``creditcheck facts validate``).

The loader (:mod:`creditcheck.factbase`) refuses what cannot be read: bad YAML, missing
fields, unknown entities or sources, duplicate ids. This module checks what makes a base
*good*: enough phrasings, one-sentence statements, sorted ids, no phrasing twice and no
true phrasing that reads the same as a false or misleading one. Every check returns plain
:class:`Problem` records; nothing here prints or exits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from .factbase import FactBase
from .models import Fact, Verdict
from .normalize import Analysis, clean
from .quantities import Quantity, extract_quantities

if TYPE_CHECKING:  # pragma: no cover
    from .checker import Checker
    from .matching import Entry, Index

ERROR = "error"
WARNING = "warning"

MIN_CONFIRMS = 2
MIN_REFUTES = 1
MAX_PASSAGE_SENTENCES = 2
MAX_PASSAGE_CHARS = 600

#: words that mark a figure that changes over time (an audience or user count), so it needs ``as_of``
TIME_BOUND_WORDS = re.compile(
    r"\b(?:users?|fans|followers|subscribers|members|accounts|active|registered|monthly|daily|mau|dau)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Problem:
    """One finding about the fact base, located at the fact it concerns."""

    path: str
    line: int
    fact_id: str | None
    message: str
    level: str  #: "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        what = f" {self.fact_id}:" if self.fact_id else ""
        return f"{where}: {self.level}:{what} {self.message}"

    def to_dict(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "fact_id": self.fact_id, "message": self.message, "level": self.level}


def _problem(fact: Fact, message: str, level: str = ERROR) -> Problem:
    return Problem(fact.origin.path, fact.origin.line, fact.id, message, level)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in file order (stable, so checks on one fact keep their order)."""
    return sorted(problems, key=lambda p: (p.path, p.line))


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- sentences ---------------------------------------------------------------------------------

#: words followed by a full stop that do not end a sentence
_ABBREVIATIONS = frozenset(
    """e.g i.e vs mr mrs ms dr prof inc ltd co corp st no nos jr sr approx est fig dept gov govt
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n p.r.c a.m p.m""".split()
)
_BOUNDARY = re.compile(
    r"""(?P<end>[.!?]+)["'”’)\]]*\s+(?=["'“‘(\[《「『]?[A-Z0-9\u3400-\u9fff])"""  # ". The", "?” 2016", ...
    r"""|(?P<cjk>[。！？]+)["'”’」』）)]*""",  # Chinese full stops need no space after them
)


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences (a light splitter that knows common abbreviations)."""
    text = clean(text)
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.group("end")
        if end is not None:
            if "..." in end:
                continue  # an ellipsis, not a full stop
            if end == ".":
                word = re.search(r"(\S+)$", text[: m.start()])
                token = word.group(1).lstrip("\"'“‘([").lower() if word else ""
                if token in _ABBREVIATIONS or re.fullmatch(r"[a-z]|(?:[a-z]\.)+[a-z]", token):
                    continue  # "e.g.", "Mr.", "J. Smith", "U.S."
        piece = text[start : m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return [s for s in out if re.search(r"\w", s)]


# -- normalised phrasings ------------------------------------------------------------------------


def normalise_phrasing(text: str) -> str:
    """The text two phrasings are compared by for duplicates: case, punctuation and spacing aside."""
    text = clean(text).casefold()
    text = re.sub(r"(?<=\d)[.,](?=\d)", "", text)  # 240,000 == 240000 (3.5 -> 35 is harmless here)
    return " ".join(re.findall(r"[\w%]+", text))


def _numbers_key(quantities: tuple[Quantity, ...]) -> tuple[tuple[float, str, str], ...]:
    return tuple(sorted((q.value, q.kind, q.comparator or "") for q in quantities))


def content_key(analysis: Analysis) -> tuple[object, ...]:
    """What two phrasings must share to say the same thing to the engine.

    Same content words (as a set), same entities, same negation parity and the same figures
    (with their hedges): phrasings that differ only by a figure or by a negation are what
    refutes are made of, so they do not collide.
    """
    return (frozenset(analysis.tokens), analysis.entities, analysis.negated, _numbers_key(analysis.quantities))


# -- the checks ----------------------------------------------------------------------------------


def validate_factbase(fb: FactBase, *, index: "Index | None" = None) -> list[Problem]:
    """Every problem with ``fb`` the loader does not already refuse, in file order.

    ``index`` (optional) is the engine's :class:`~creditcheck.matching.Index` for ``fb``;
    pass it when you have one to avoid analysing every phrasing twice.
    """
    if index is None:
        from .matching import Index

        index = Index(fb)
    problems: list[Problem] = []
    for fact in fb.facts:
        problems += _check_fact(fact)
    problems += _check_order(fb)
    problems += _check_duplicates(fb)
    problems += _check_collisions(index)
    return sort_problems(problems)


def _check_fact(fact: Fact) -> list[Problem]:
    out: list[Problem] = []
    if len(fact.confirms) < MIN_CONFIRMS:
        out.append(_problem(fact, f"has {len(fact.confirms)} confirms; at least {MIN_CONFIRMS} are needed"))
    if len(fact.refutes) < MIN_REFUTES:
        out.append(_problem(fact, f"has {len(fact.refutes)} refutes; at least {MIN_REFUTES} is needed"))
    for what, variants in (("refute", fact.refutes), ("misleading variant", fact.misleading)):
        for v in variants:
            if not v.why.strip():
                out.append(_problem(fact, f"{what} '{_short(v.text)}' has no 'why'"))
            if not v.text.strip():
                out.append(_problem(fact, f"a {what} has no 'text'"))
    for text in fact.confirms:
        if not text.strip():
            out.append(_problem(fact, "a confirm is empty"))
    if not fact.topic.strip():
        out.append(_problem(fact, "has an empty 'topic'"))
    if not fact.statement.strip():
        out.append(_problem(fact, "has an empty 'statement'"))
    else:
        n = len(sentences(fact.statement))
        if n > 1:
            out.append(_problem(fact, f"'statement' must be one sentence; it has {n}"))
    out += _check_as_of(fact)
    out += _check_confirm_figures(fact)
    passage = fact.source.passage
    n = len(sentences(passage))
    if n > MAX_PASSAGE_SENTENCES:
        out.append(_problem(fact, f"passage has {n} sentences; quote at most {MAX_PASSAGE_SENTENCES}", WARNING))
    if len(passage) > MAX_PASSAGE_CHARS:
        out.append(_problem(fact, f"passage is {len(passage)} characters; keep it under {MAX_PASSAGE_CHARS}", WARNING))
    return out


def _pins(q: Quantity) -> bool:
    """Does this figure in a true phrasing pin an amount? (A small count is most often how many
    things it names: "two of the eight firms", "six other companies".)"""
    return q.comparator is None and (q.kind in ("percent", "duration") or (q.kind == "count" and q.value >= 10))


def _check_confirm_figures(fact: Fact) -> list[Problem]:
    """A true phrasing must not give an amount the fact does not: the engine reads every figure a
    confirm gives as one the fact pins ("one-hundred-and-eighty-day", misread, pinned 80 days)."""
    pinned = set(fact.numbers) | {q.value for q in extract_quantities(fact.statement)}
    out = []
    for text in fact.confirms:
        stray = [q.text for q in extract_quantities(text) if _pins(q) and q.value not in pinned]
        if stray:
            out.append(_problem(fact, f"confirm '{_short(text)}' gives {', '.join(stray)}, which the statement and numbers do not", WARNING))
    return out


def _is_audience_figure(q: Quantity) -> bool:
    """A percentage or a count large enough to be an audience (not a score such as 650)."""
    return q.kind == "percent" or (q.kind == "count" and q.value >= 1000)


def _check_as_of(fact: Fact) -> list[Problem]:
    if fact.as_of:
        return []
    for text, _, _ in fact.phrasings():
        if TIME_BOUND_WORDS.search(text) and any(_is_audience_figure(q) for q in extract_quantities(clean(text))):
            return [
                _problem(
                    fact,
                    f"gives a user or audience figure ('{_short(text, 60)}') without 'as_of'; say when it was stated",
                    WARNING,
                )
            ]
    return []


def _check_order(fb: FactBase) -> list[Problem]:
    """Within each file, the ids of one topic must be in sorted order (as the file lists them)."""
    out: list[Problem] = []
    last: dict[tuple[str, str], Fact] = {}
    for fact in fb.facts:  # facts keep file order, files keep load order
        key = (fact.origin.path, fact.topic)
        prev = last.get(key)
        if prev is not None and fact.id < prev.id:
            out.append(
                _problem(
                    fact,
                    f"ids are not sorted in topic '{fact.topic}': '{fact.id}' comes after '{prev.id}' "
                    f"(line {prev.origin.line}) but sorts before it",
                )
            )
        last[key] = fact
    return out


_KIND_NAME = {Verdict.TRUE: "true", Verdict.FALSE: "false", Verdict.MISLEADING: "misleading"}
_FIELD = {Verdict.TRUE: "confirm", Verdict.FALSE: "refute", Verdict.MISLEADING: "misleading variant"}


def _field(fact: Fact, text: str, kind: Verdict) -> str:
    return "statement" if kind is Verdict.TRUE and text == fact.statement else _FIELD[kind]


def _check_duplicates(fb: FactBase) -> list[Problem]:
    """No phrasing (statement, confirm, refute, misleading) may appear twice, anywhere."""
    out: list[Problem] = []
    seen: dict[str, tuple[Fact, str, Verdict]] = {}
    for fact in fb.facts:
        for text, kind, _ in fact.phrasings():
            key = normalise_phrasing(text)
            if not key:
                continue
            if key not in seen:
                seen[key] = (fact, text, kind)
                continue
            first, first_text, first_kind = seen[key]
            where = "this fact" if first.id == fact.id else f"fact '{first.id}' ({first.origin})"
            out.append(
                _problem(
                    fact,
                    f"{_field(fact, text, kind)} '{_short(text)}' repeats the {_field(first, first_text, first_kind)} "
                    f"of {where}" + (" with the opposite verdict" if (kind is Verdict.TRUE) != (first_kind is Verdict.TRUE) else ""),
                )
            )
    return out


def _check_collisions(index: "Index") -> list[Problem]:
    """A true phrasing must not read, to the engine, the same as a false or misleading one."""
    out: list[Problem] = []
    reported: set[tuple[str, str]] = set()
    groups: dict[tuple[object, ...], list[Entry]] = {}
    for entry in index.entries:
        groups.setdefault(content_key(entry.analysis), []).append(entry)
    for entries in groups.values():
        trues = [e for e in entries if e.kind is Verdict.TRUE]
        wrongs = [e for e in entries if e.kind is not Verdict.TRUE]
        out += _restatements(trues, reported)
        if not trues or not wrongs:
            continue
        for wrong in wrongs:
            same = [t for t in trues if normalise_phrasing(t.text) != normalise_phrasing(wrong.text)]
            if not same:
                continue  # the same text: already reported as a duplicate
            true = next((t for t in same if t.fact.id == wrong.fact.id), same[0])
            where = "this fact's" if true.fact.id == wrong.fact.id else f"fact '{true.fact.id}' ({true.fact.origin})"
            more = f" (and {len(same) - 1} more true phrasing{'s' if len(same) > 2 else ''})" if len(same) > 1 else ""
            out.append(
                _problem(
                    wrong.fact,
                    f"{_KIND_NAME[wrong.kind]} phrasing '{_short(wrong.text)}' collides with {where} "
                    f"{_field(true.fact, true.text, true.kind)} '{_short(true.text)}'{more}: same words, entities, "
                    "figures and negation, so the engine cannot tell them apart",
                )
            )
    return out


def _restatements(trues: list[Entry], reported: set[tuple[str, str]]) -> list[Problem]:
    """True phrasings of two facts that read the same: probably one fact entered twice (a warning)."""
    out: list[Problem] = []
    for i, later in enumerate(trues):
        for earlier in trues[:i]:
            pair = (earlier.fact.id, later.fact.id)
            if earlier.fact.id == later.fact.id or pair in reported:
                continue
            if normalise_phrasing(earlier.text) == normalise_phrasing(later.text):
                continue  # the same text: already reported as a duplicate
            reported.add(pair)
            out.append(
                _problem(
                    later.fact,
                    f"{_field(later.fact, later.text, later.kind)} '{_short(later.text)}' says what fact '{earlier.fact.id}' "
                    f"({earlier.fact.origin}) says in '{_short(earlier.text)}': is this the same fact twice?",
                    WARNING,
                )
            )
    return out


# -- examples through the engine -----------------------------------------------------------------


def example_count(fb: FactBase) -> int:
    """How many examples :func:`check_examples` runs (every confirm and every refute)."""
    return sum(len(f.confirms) + len(f.refutes) for f in fb.facts)


def check_examples(fb: FactBase, checker: "Checker") -> list[Problem]:
    """Run every confirm and refute through the engine alone; warn where it does not rate it as intended.

    Confirms should come back ``true`` and refutes ``false``. A mismatch is a warning that
    names the verdict the engine gave (and the fact it matched, when that is another one).
    """
    out: list[Problem] = []
    for fact in fb.facts:
        cases = [(t, Verdict.TRUE, "confirm") for t in fact.confirms]
        cases += [(v.text, Verdict.FALSE, "refute") for v in fact.refutes]
        for text, want, what in cases:
            result = checker.check_claim(text)
            if result.verdict is want:
                continue
            got = result.fact
            via = f" via fact '{got.id}'" if got is not None and got.id != fact.id else ""
            out.append(
                _problem(
                    fact,
                    f"{what} '{_short(text)}' is rated {result.verdict.value}{via}, not {want.value}",
                    WARNING,
                )
            )
    return out
