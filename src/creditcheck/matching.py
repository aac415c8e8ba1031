"""Candidate search: which fact phrasings a claim is about, scored 0-100.

Every phrasing of every fact (statement, confirms, refutes, misleading) becomes an
:class:`Entry` of stemmed content words plus entity tokens. A claim is scored against the
entries that share a word with it (an inverted index prunes the rest, so cost stays flat as
the base grows) by an IDF-weighted F-score that favours covering the phrasing. rapidfuzz
maps misspelt claim words onto the base's vocabulary. Entries that name a different
company or product than the claim (Tencent for Sesame) are never candidates.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from .factbase import FactBase
from .lazyre import LazyPattern, lazy_compile
from .models import Fact, Verdict
from .normalize import AliasIndex, Analysis, analyse, stem
from .quantities import Quantity

BETA2 = 1.5**2  #: recall (covering the phrasing) weighs more than precision
TYPO_CUTOFF = 86  #: rapidfuzz ratio for a misspelt word to count as a known one
NAME_TYPO_CUTOFF = 80  #: ...and for a capitalised word to count as no unknown name
MIN_TYPO_LEN = 5
PRUNE_SCORE = 30.0  #: searches with this minimum score or higher skip entries that share only names...
#: ...unless names make up this share of the entry: below it, recall stays under what an F-beta
#: of PRUNE_SCORE needs however precise the match (F <= (1 + b^2) R / b^2)
HEAVY_SHARE = PRUNE_SCORE / 100 * BETA2 / (1 + BETA2)
PLACE_SWAP_COVER = 0.6  #: the share of a one-place claim's words a phrasing about another place must say for a swap
PER_FACT = 3  #: candidates kept from any one fact, so the next-closest facts are still weighed
ENTITY_WEIGHT = 0.5  #: an entity name says what a claim is about, not what it claims
#: entity kinds where naming another one of the same kind means a different subject
#: kinds that fill the same slot in a swap: a company, a regulator or a government body can found, own or run something
_SLOT_KIND = {"company": "body", "regulator": "body", "government": "government", "credit-score": "credit-score", "platform": "platform",
              "person": "person", "place": "place"}
SUBJECT_KINDS = frozenset({"credit-score", "company", "regulator", "platform", "person", "place", "government"})


_REPORTING = re.compile(r"\b(?:says?|said|announced|reports?|reported|claims?|claimed|according|told|stated|argues?|argued)\b", re.I)
#: names said alike of one thing: "Koala Credit and Ant Financial both launched in 2015" swaps nothing
_JOINTLY = lazy_compile(r"\b(?:both|alike|as\s+well\s+as|each\s+(?:launched|started|began|was|were))\b", re.IGNORECASE)
#: names that span the members of a set ("the eight partners, from giant Sesame Credit to
#: little-known Intellicredit, hold ..."): examples of the set, no slot of their own to swap
_MEMBERS_SPANNED = lazy_compile(r"\w+s,\s*from\s+(?![\d$\u00a5])[^,;]{2,60}?\s+to\s+(?![\d$\u00a5])[^,;]{2,60},", re.IGNORECASE)


#: words that doubt what their phrasing goes on to say
_DOUBTS = frozenset(stem(w) for w in ("unlikely", "doubt", "improbable"))


@dataclass(frozen=True)
class Entry:
    """One phrasing of one fact, analysed."""

    fact: Fact
    text: str
    kind: Verdict
    why: str
    analysis: Analysis
    terms: frozenset[str]  #: content stems and ``ent_`` tokens
    subjects: frozenset[str]  #: entities the phrasing names (the fact's, if it names none)
    weight: float = 0.0


@dataclass(frozen=True)
class Candidate:
    entry: Entry
    score: float
    #: for a swapped slot: the claim's entities that stand where the phrasing names others
    swapped: frozenset[str] = frozenset()
    replaced: frozenset[str] = frozenset()  #: ...and the phrasing's entities they replace


def figure_term(q: Quantity) -> str:
    """A figure's value and kind: 8% and "eight firms" are different figures."""
    return f"num_{q.kind}_{q.value:g}"


def entity_term(eid: str) -> str:
    return "ent_" + eid.replace("-", "_")


def term_entity(term: str) -> str:
    """The entity id a term stands for (the inverse of :func:`entity_term`)."""
    return term[4:].replace("_", "-")


#: one bit per kind of figure: a text's figure slots, the kinds of figure it gives
SLOT_BITS = {"year": 1, "month": 2, "day": 4, "percent": 8, "count": 16, "duration": 32, "rank": 64, "age": 128}


def figure_slots(analysis: Analysis) -> int:
    """The kinds of figure the text gives, as bits: a claim giving a range matches a phrasing that
    gives one, whatever its values, better than one that gives a year or none."""
    mask = 0
    for q in analysis.quantities:
        mask |= SLOT_BITS.get(q.kind, 0)
    return mask


class Entries(Sequence[Entry]):
    """The index's phrasings, analysed on first use after the index is loaded from the cache.

    Unpickling tens of thousands of analysed phrasings costs seconds for a large base, while a
    claim looks at a few dozen: the cache keeps only where each phrasing comes from, and the
    search runs on the postings and weights the index keeps beside it.
    """

    def __init__(self, index: "Index", refs: list[tuple[int, int]], built: list[Entry]) -> None:
        self._index = index
        self._facts = array("I", (f for f, _ in refs))  #: entry -> position of its fact
        self._phrasings = array("I", (j for _, j in refs))  #: entry -> position among the fact's phrasings
        self._cache: dict[int, Entry] = dict(enumerate(built))

    def __len__(self) -> int:
        return len(self._facts)

    def __getitem__(self, i: int) -> Entry:  # type: ignore[override]
        entry = self._cache.get(i)
        if entry is None:
            if not 0 <= i < len(self._facts):
                raise IndexError(i)
            entry = self._cache[i] = self._index.make_entry(i, self.ref(i))
        return entry

    def __iter__(self) -> Iterator[Entry]:
        return (self[i] for i in range(len(self._facts)))

    def fact_position(self, i: int) -> int:
        """The position of entry ``i``'s fact, without analysing the entry."""
        return self._facts[i]

    def ref(self, i: int) -> tuple[int, int]:
        """(fact position, phrasing position) of entry ``i``."""
        return self._facts[i], self._phrasings[i]

    def __getstate__(self) -> dict[str, object]:
        return {"_index": self._index, "_facts": self._facts, "_phrasings": self._phrasings, "_cache": {}}


class Index:
    """The searchable form of a :class:`FactBase`; build once, query many times."""

    def __init__(self, factbase: FactBase) -> None:
        self.factbase = factbase
        self.kinds = {eid: e.kind for eid, e in factbase.entities.items()}
        self.aliases = AliasIndex({eid: e.names for eid, e in factbase.entities.items()})
        raw: list[Entry] = []
        refs: list[tuple[int, int]] = []  #: entry -> (fact index, phrasing index)
        for f, fact in enumerate(factbase.facts):
            for j, (text, kind, why) in enumerate(fact.phrasings()):
                raw.append(self._entry(fact, text, kind, why))
                refs.append((f, j))
        # document frequency counted per fact, so a word repeated in one fact's phrasings is not "common"
        df: dict[str, int] = {}
        for fact_terms in self._terms_by_fact(raw).values():
            for term in fact_terms:
                df[term] = df.get(term, 0) + 1
        n = max(len(factbase.facts), 1)
        self.idf = {
            t: (math.log((n + 1) / (c + 0.5)) + 0.1) * (ENTITY_WEIGHT if t.startswith("ent_") else 1.0)
            for t, c in df.items()
        }
        self.unknown_idf = math.log((n + 1) / 0.5) + 0.1
        # figure slots weigh like words, counted per fact; a table gives the weight of any set of them
        slots = [figure_slots(e.analysis) for e in raw]
        slot_df = {bit: len({e.fact.id for e, m in zip(raw, slots) if m & bit}) for bit in SLOT_BITS.values()}
        slot_idf = {bit: math.log((n + 1) / (c + 0.5)) + 0.1 for bit, c in slot_df.items()}
        self.slot_weight = array("d", (sum(w for bit, w in slot_idf.items() if mask & bit) for mask in range(2 ** len(SLOT_BITS))))
        self.slots = array("B", slots)
        built = [Entry(**{**e.__dict__, "weight": sum(self.idf[t] for t in e.terms) + self.slot_weight[m]}) for e, m in zip(raw, slots)]
        self.weights = array("d", (e.weight for e in built))
        self.entries = Entries(self, refs, built)
        self.fact_slices: dict[str, tuple[int, int]] = {}  #: fact id -> range of its entries
        for i, (f, _) in enumerate(refs):
            start, _stop = self.fact_slices.get(factbase.facts[f].id, (i, i))
            self.fact_slices[factbase.facts[f].id] = (start, i + 1)
        self.fact_numbers = tuple(f.numbers for f in factbase.facts)  #: what each fact pins, without loading it
        pairs = sorted((v, f) for f, numbers in enumerate(self.fact_numbers) for v in numbers)
        self.number_values = array("d", (v for v, _ in pairs))  #: every number a fact pins, sorted...
        self.number_facts = array("I", (f for _, f in pairs))  #: ...and the fact pinning it
        self.fact_leads = tuple(f.entities[0] if f.entities else "" for f in factbase.facts)  #: each fact's subject
        #: fact id -> the names its statement gives (the first phrasing of every fact)
        self.statement_entities = {fid: built[start].analysis.entities for fid, (start, _) in self.fact_slices.items()}
        self.known: dict[str, frozenset[str]] = {}  #: fact id -> every entity it or its true phrasings name
        for e in self.entries:
            if e.kind is Verdict.TRUE:
                self.known[e.fact.id] = self.known.get(e.fact.id, frozenset(e.fact.entities)) | e.analysis.entities
        self.word_weights = array(
            "d", (max(e.weight - sum(self.idf[t] for t in e.terms if t.startswith("ent_")), 1e-9) for e in built)
        )
        # entries whose names alone weigh enough to score PRUNE_SCORE (see _shared), and those
        # whose names do only with the figure slots they give
        heavy: dict[str, list[int]] = {}
        heavy_slotted: dict[str, list[int]] = {}
        for i, e in enumerate(self.entries):
            names = [t for t in e.terms if t.startswith("ent_")]
            weight = sum(self.idf[t] for t in names)
            if weight >= HEAVY_SHARE * e.weight:
                for t in names:
                    heavy.setdefault(t, []).append(i)
            elif weight + self.slot_weight[slots[i]] >= HEAVY_SHARE * e.weight:
                for t in names:
                    heavy_slotted.setdefault(t, []).append(i)
        self.heavy_postings = {t: array("I", ix) for t, ix in heavy.items()}
        self.heavy_slotted = {t: array("I", ix) for t, ix in heavy_slotted.items()}
        postings: dict[str, list[int]] = {}
        for i, entry in enumerate(self.entries):
            for term in entry.terms:
                postings.setdefault(term, []).append(i)
        self.postings = {t: array("I", ix) for t, ix in postings.items()}  # arrays unpickle far faster than tuples
        # figures: a bonus when claim and phrasing give the same one, never a penalty when they
        # differ (a wrong figure must still find its fact, so the verdict can say it is wrong)
        figures: dict[str, list[int]] = {}
        for i, entry in enumerate(self.entries):
            for term in {figure_term(q) for q in entry.analysis.quantities}:
                figures.setdefault(term, []).append(i)
        self.figure_postings = {t: array("I", ix) for t, ix in figures.items()}
        self.figure_idf = {t: math.log((n + 1) / (len({self.entries[i].fact.id for i in ix}) + 0.5)) + 0.1 for t, ix in figures.items()}
        self.vocabulary = tuple(sorted(t for t in self.idf if not t.startswith("ent_") and len(t) >= MIN_TYPO_LEN - 1))
        self._correct = lru_cache(maxsize=4096)(self._correct_uncached)
        self._pinning: dict[tuple[Quantity, ...], tuple[int, ...]] = {}  #: figures -> facts that pin them all
        self._sets: dict[str, frozenset[int]] = {}  #: term -> its postings as a set (see _members)
        self._true_terms: dict[str, frozenset[str]] = {}  #: fact id -> its true phrasings' terms
        self._naming: dict[tuple[str, frozenset[str]], bool] = {}  #: linked() answers, per process
        self.derived: dict[str, object] = {}  #: what other modules work out once per base, cached with it

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        for cache in ("_correct", "_pinning", "_sets", "_true_terms", "_naming"):
            del state[cache]  # per-process caches, rebuilt on load
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._correct = lru_cache(maxsize=4096)(self._correct_uncached)
        self._pinning: dict[tuple[Quantity, ...], tuple[int, ...]] = {}
        self._sets: dict[str, frozenset[int]] = {}
        self._true_terms: dict[str, frozenset[str]] = {}
        self._naming = {}

    @staticmethod
    def _terms_by_fact(entries: Iterable[Entry]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for e in entries:
            out.setdefault(e.fact.id, set()).update(e.terms)
        return out

    # -- claims --------------------------------------------------------------------------------

    def analyse(self, text: str) -> Analysis:
        return analyse(text, self.aliases)

    def terms(self, analysis: Analysis) -> frozenset[str]:
        """The claim's terms, with misspelt words mapped onto the base's vocabulary."""
        words = {self._correct(t) for t in analysis.tokens}
        for t in [w for w in words if "-" in w and w not in self.idf]:
            # a compound the base never uses is read as its parts: "male-dominated" speaks of men
            words.discard(t)
            words.update(self._correct(p) for p in t.split("-") if p)
        return frozenset(words) | {entity_term(e) for e in analysis.entities}

    def known_name(self, name: str) -> bool:
        """Is this name one of the sources' own (an author, a publisher, an outlet)?"""
        low = name.lower()
        return any(low in f"{s.author} {s.publisher} {s.title}".lower() for s in self.factbase.sources.values())

    def known_word(self, term: str, strict: bool = False) -> bool:
        """Does the base use this term, or one it is a likely misspelling of ("credti")? (With
        ``strict``, only as close as the matcher corrects: a capitalised "Mobike" is a name, not "mobile".)"""
        if term in self.idf or self._correct(term) in self.idf:
            return True
        if strict or len(term) < MIN_TYPO_LEN or not term.isascii():
            return False
        from rapidfuzz import fuzz, process

        # (looser than the matcher's own correction: a swapped pair of letters is still the word)
        return process.extractOne(term, self.vocabulary, scorer=fuzz.ratio, score_cutoff=NAME_TYPO_CUTOFF) is not None

    def _correct_uncached(self, word: str) -> str:
        if word in self.idf or len(word) < MIN_TYPO_LEN or not word.isascii():
            return word
        from rapidfuzz import fuzz, process

        best = process.extractOne(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
        return best[0] if best else word

    def search(self, analysis: Analysis, *, limit: int = 8, min_score: float = 30.0) -> list[Candidate]:
        """The best-scoring entries whose subject fits the claim's, best first."""
        return self.search_with_swaps(analysis, limit=limit, min_score=min_score)[0]

    def search_with_swaps(
        self, analysis: Analysis, *, limit: int = 8, min_score: float = 30.0, anonymous: bool = False
    ) -> tuple[list[Candidate], list[Candidate]]:
        """(entries that fit the claim, true entries the claim contradicts by swapping one name), best first.

        A claim that names nothing the base knows finds nothing, unless ``anonymous``: then only
        true phrasings are candidates, on their words alone.
        """
        terms = self.terms(analysis)
        if not terms or not (analysis.entities or anonymous):
            return [], []
        mask = figure_slots(analysis)
        claim_weight = sum(self.idf.get(t, self.unknown_idf) for t in terms) + self.slot_weight[mask]
        figures = {figure_term(q) for q in analysis.quantities}
        shared = self._shared(terms, figures, mask, prune=min_score >= PRUNE_SCORE)
        slots, slot_weight = self.slots, self.slot_weight
        bonus: dict[int, float] = {}
        for term in figures:
            for i in self.figure_postings.get(term, ()):
                if i in shared:
                    bonus[i] = bonus.get(i, 0.0) + self.figure_idf[term]
        scored = []
        weights = self.word_weights if anonymous else self.weights  # the phrasing's names cannot be matched
        # even a phrasing covered whole (recall 1) scores under min_score below this precision
        s = min_score / 100
        floor = claim_weight * s / (1 + BETA2 * (1 - s))
        bonus_of = bonus.get
        for i, w in shared.items():
            if mask:  # the kinds of figure both give count like shared words
                w += slot_weight[slots[i] & mask]
            b = bonus_of(i, 0.0) if bonus else 0.0
            if w < floor and not b:
                continue
            recall, precision = (w + b) / (weights[i] + b), (w + b) / (claim_weight + b)
            score = 100 * (1 + BETA2) * precision * recall / (BETA2 * precision + recall)
            if score >= min_score:
                # rounded: sums in another order must not reorder ties (set order varies by process)
                scored.append((round(score, 9), i))
        scored.sort(key=lambda s: (-s[0], s[1]))
        out: list[Candidate] = []
        swaps: list[Candidate] = []
        per_fact: dict[int, int] = {}  #: fact position -> candidates kept from it
        fact_of = self.entries.fact_position
        for score, i in scored:
            f = fact_of(i)
            if per_fact.get(f, 0) >= PER_FACT:
                continue  # a fact with many close phrasings must not crowd out the next fact
            entry = self.entries[i]
            if (entry.kind is Verdict.TRUE) if anonymous else self.compatible(analysis, entry):
                per_fact[f] = per_fact.get(f, 0) + 1
                out.append(Candidate(entry, score))
                if len(out) >= limit:
                    break
            elif len(swaps) < limit:
                swap = self.swap(analysis, entry)
                if swap:
                    swaps.append(Candidate(entry, score, *swap))
        return out, swaps

    def _shared(self, terms: frozenset[str], figures: set[str], mask: int, *, prune: bool) -> dict[int, float]:
        """Entry index -> IDF weight of the terms it shares with the claim, for every entry that can score.

        The hot loop of a batch check. Names have the longest postings (every phrasing of every
        Sesame fact names Sesame), so with ``prune`` an entry is reached through a name only
        when names make up enough of it to score ``PRUNE_SCORE`` on their own (or with the kinds
        of figure, ``mask``, it shares with the claim), or through a word or a figure it shares
        with the claim; the names are then added to it. That is exact:
        an entry reached by none of these scores below ``PRUNE_SCORE`` (see ``HEAVY_SHARE``).
        """
        shared: dict[int, float] = {}
        get, idf, postings = shared.get, self.idf, self.postings
        names = [t for t in terms if t.startswith("ent_") and t in idf] if prune else []
        for term in terms:
            w = idf.get(term)
            if w is None or term in names:
                continue
            for i in postings.get(term, ()):
                shared[i] = get(i, 0.0) + w
        if not names:
            return shared
        with_name = [(idf[t], self._members(t)) for t in names]
        reached = set(shared)
        for term in figures:
            reached.update(i for i in self.figure_postings.get(term, ()) if any(i in m for _, m in with_name))
        for term in names:
            reached.update(self.heavy_postings.get(term, ()))
            if mask:
                slots = self.slots
                reached.update(i for i in self.heavy_slotted.get(term, ()) if slots[i] & mask)
        for i in reached:
            w = 0.0
            for weight, members in with_name:
                if i in members:
                    w += weight
            if w:
                shared[i] = get(i, 0.0) + w
        return shared

    def _members(self, term: str) -> frozenset[int]:
        """The entries that use ``term``, as a set (built on first use in each process)."""
        members = self._sets.get(term)
        if members is None:
            members = self._sets[term] = frozenset(self.postings.get(term, ()))
        return members

    def compatible(self, claim: Analysis, entry: Entry) -> bool:
        """The claim is about the entry's subject, and does not swap it for another of its kind.

        A swap is a claim that names an entity the fact does not know, of the same kind as one
        the phrasing names and the claim leaves out (Tencent for Sesame, Ping An for Lakala),
        or that leads with another subject of that kind. A false or misleading phrasing is
        often wrong *because* of a name in it: it only applies when the claim names every
        subject that phrasing names.
        """
        claim_entities = claim.entities
        known = entry.subjects | set(entry.fact.entities)
        if not claim_entities & known:
            return False
        named = {e for e in entry.analysis.entities if self.kinds.get(e) in SUBJECT_KINDS}
        if entry.kind is not Verdict.TRUE and not named <= claim_entities:
            return False
        theirs = entry.analysis.entity_order[0] if entry.analysis.entity_order else None
        mine = claim.entity_order[0] if claim.entity_order else None
        if theirs not in claim_entities and mine not in entry.analysis.entities and self.kinds.get(theirs) == self.kinds.get(mine) == "person":
            return False  # a phrasing about another person ("Happy Camp host He Jiong has 84 million" for "Xie Na, the Happy Camp host, ...")
        if entry.kind is Verdict.MISLEADING and any(
            e in entry.fact.entities and e not in named and self.kinds.get(e) in SUBJECT_KINDS for e in claim_entities
        ):
            return False  # the claim restores the detail (the one hospital, the one city) the framing drops
        for e in named - claim_entities:
            kind = self.kinds.get(e)
            if any(self.kinds.get(x) == kind for x in claim_entities - known):
                return False
        main_kinds = {self.kinds.get(e) for e in entry.subjects} & SUBJECT_KINDS
        # another company or score of the fact's own kind, anywhere in the claim ("Like Sesame
        # Credit, Tencent Credit uses 350-950"): the claim may be about that one instead
        # (a place a fact ties to this one's subjects, Yangling Station in Shanxi, is only more detail)
        return not any(
            self.kinds.get(e) in main_kinds and not (self.kinds.get(e) == "place" and self.linked(e, frozenset(known)))
            for e in claim_entities - known
        )

    def swap(self, claim: Analysis, entry: Entry) -> tuple[frozenset[str], frozenset[str]] | None:
        """(claim's names, phrasing's names) when the claim keeps a true phrasing's subject but swaps one slot.

        "Qianhai Credit's CEO is Li Xuan" against "Qiu Han is Qianhai Credit's CEO": the claim
        leads with an entity the fact is about, and every name it gives of one kind (a person, a
        place, a company) is unknown to the fact while the phrasing names another of that kind
        that the claim leaves out. A claim that also keeps one of the phrasing's names of that
        kind ("Shanghai and Beijing" for "Shanghai, Hangzhou") is no swap: it may only add.
        """
        if entry.kind is not Verdict.TRUE:
            return None
        known = entry.subjects | set(entry.fact.entities)
        # the claim must be about what the fact is about (its first such name), not quote someone on it
        # (the first name it gives, or another that is no place: "Sinoway sits on Baihang's board", but
        # not "Koala Credit employs 1,000 at its Shenzhen base")
        subjects = [e for e in claim.entity_order if self.kinds.get(e) in SUBJECT_KINDS]
        lead = subjects[0] if subjects and subjects[0] in known else None
        if lead is None:
            lead = next((e for e in subjects if e in known and self.kinds.get(e) != "place"), None)
        if lead is None:
            # a list the fact is about ("a special blacklist ... announced by the Shanghai authorities")
            lead = next((e for e in claim.entity_order if self.kinds.get(e) == "list" and e in known), None)
        if lead is None and len(subjects) == 1 and self.kinds.get(subjects[0]) == "place" and entry.fact.entities:
            # a claim about one place, where the fact is about another ("Chinese media have nicknamed
            # Shenzhen 'Credit City'"): the place is the slot swapped, the rest of the claim the lead
            fact_lead = entry.fact.entities[0]
            places = {e for e in entry.analysis.entities if self.kinds.get(e) == "place"}
            # ("Shanghai police" for the "Shenzhen police" of a fact about jaywalking: the place in a name)
            places = places if places == {fact_lead} else self._place_in_a_name(claim, entry, set(subjects))
            words = [t for t in self.terms(claim) if not t.startswith("ent_")]
            # (only when the rest says what the phrasing says: a place in one slot, nothing else changed)
            if places and self.covered(words, entry.terms) >= PLACE_SWAP_COVER and not self.linked(subjects[0], frozenset(known)):
                return frozenset(subjects), frozenset(places)
        if lead is None or _JOINTLY.search(claim.text) or _MEMBERS_SPANNED.search(claim.text):
            return None
        if _REPORTING.search(claim.text) and not _REPORTING.search(entry.text):
            return None  # (unless the reporting is what the fact is about: "Guangdong announced a blacklist")
        named = {e for e in entry.analysis.entities if self.kinds.get(e) in SUBJECT_KINDS}
        claim_subjects = {e for e in claim.entities if self.kinds.get(e) in SUBJECT_KINDS}
        swapped: set[str] = set()
        replaced: set[str] = set()
        slot = _SLOT_KIND.get
        for kind in {slot(self.kinds.get(e)) for e in claim_subjects - known}:
            # the lead is what the claim is about, not a slot it fills: "Rongcheng is in Zhejiang",
            # "Ford teamed up with Tencent" (for Alibaba), "Sinoway sits on the board of supervisors"
            mine = {e for e in claim_subjects if slot(self.kinds.get(e)) == kind} - {lead}
            theirs = {e for e in named if slot(self.kinds.get(e)) == kind} or (
                self._place_in_a_name(claim, entry, mine) if kind == "place" else set()
            )
            if not theirs:
                continue  # a name of a kind the phrasing has none of describes or adds; another slot may be swapped
            if mine & known or not theirs - claim_subjects:
                return None  # the claim keeps or adds to this slot rather than swapping it
            if any(self.linked(e, frozenset(known)) for e in mine):
                return None  # "Tencent" for the Tencent Credit the fact names is no swap
            swapped |= mine
            replaced |= theirs - claim_subjects
        if swapped and subjects[0] in swapped:
            # a claim led by the swapped name that drops what the fact is about, and leaves it in
            # no slot, is about another thing ("Hello Bicycle is owned by Alibaba" against
            # "Sesame Credit is implemented by Alibaba's Ant Financial")
            about = entry.fact.entities[0] if entry.fact.entities else None
            if about is not None and about not in claim.entities and about not in replaced:
                return None
        return (frozenset(swapped), frozenset(replaced)) if swapped else None

    def weight(self, words: Iterable[str]) -> float:
        """The words' IDF weight (a word the base never uses weighs most)."""
        idf, unknown = self.idf, self.unknown_idf
        return sum(idf.get(t, unknown) for t in words)

    def covered(self, words: list[str], terms: frozenset[str]) -> float:
        """The share of the words, by weight, that ``terms`` also has (0 when there are none)."""
        total = self.weight(words)
        return self.weight([t for t in words if t in terms]) / total if total else 0.0

    def _place_in_a_name(self, claim: Analysis, entry: Entry, mine: set[str]) -> set[str]:
        """The place a name in the phrasing is made of, when the claim gives another place with the
        rest of that name: "Shanghai police" (or "police in Shanghai") where the phrasing names
        "Shenzhen police"."""
        entities = self.factbase.entities
        places = {e: entities[e].name for e in entry.fact.entities if self.kinds.get(e) == "place"}
        low = claim.text.lower()
        spans = [(i, j) for i, j, m in self.aliases.find(claim.text) if m in mine]  #: where the claim's places are
        for e in entry.analysis.entities:
            name = entities[e].name
            for place, place_name in places.items():
                rest = name[len(place_name) :].strip().lower() if name.startswith(place_name + " ") else ""
                if rest and any(
                    low[j : j + len(rest) + 1].strip() == rest or re.search(rf"\b{re.escape(rest)}\s+(?:in|of|from)\s+$", low[:i])
                    for i, j in spans
                ):
                    return {place}
        return set()

    def true_terms(self, fact_id: str) -> frozenset[str]:
        """Every term the fact's true phrasings affirm (worked out once per fact in each process)."""
        terms = self._true_terms.get(fact_id)
        if terms is None:
            # (a word a true phrasing denies, "not its board of directors", is no part of what it
            # affirms; nor is one it doubts: "unlikely to be reflected in one single score")
            terms = self._true_terms[fact_id] = frozenset().union(
                *(
                    e.terms - frozenset().union(*e.analysis.negation_scopes)
                    for e in self.entries_of(fact_id)
                    if e.kind is Verdict.TRUE and _DOUBTS.isdisjoint(e.analysis.tokens)
                )
            )
        return terms

    def closest_of(self, analysis: Analysis, fact_ids: Iterable[str]) -> tuple[str, float] | None:
        """(fact id, score) of the best-scoring phrasing, among these facts' alone, that fits the
        claim: what :meth:`search` would rank first of them, without scoring the whole base."""
        terms = self.terms(analysis)
        if not terms:
            return None
        mask = figure_slots(analysis)
        claim_weight = sum(self.idf.get(t, self.unknown_idf) for t in terms) + self.slot_weight[mask]
        figures = [figure_term(q) for q in analysis.quantities]
        idf, best = self.idf, None
        for fid in fact_ids:
            start, stop = self.fact_slices.get(fid, (0, 0))
            for i in range(start, stop):
                entry = self.entries[i]
                w = sum(idf[t] for t in terms & entry.terms if t in idf)
                if mask:
                    w += self.slot_weight[self.slots[i] & mask]
                b = sum(self.figure_idf[f] for f in figures if i in self.figure_postings.get(f, ()))
                if w + b <= 0 or not self.compatible(analysis, entry):
                    continue
                recall, precision = (w + b) / (self.weights[i] + b), (w + b) / (claim_weight + b)
                score = round(100 * (1 + BETA2) * precision * recall / (BETA2 * precision + recall), 9)
                if best is None or score > best[1] or (score == best[1] and i < best[2]):
                    best = (fid, score, i)
        return (best[0], best[1]) if best else None

    def facts_led_by(self, entity: str) -> list[Fact]:
        """The facts whose subject (first entity) is ``entity``, in the base's order."""
        facts = self.factbase.facts
        return [facts[i] for i, lead in enumerate(self.fact_leads) if lead == entity]

    def facts_stating(self, shape: LazyPattern) -> list[Fact]:
        """The facts whose statement matches ``shape`` (worked out once per base and pattern, and
        kept with the index: the checks that look for facts of a telling shape ask on every claim)."""
        key = f"stating:{shape.pattern}"
        found = self.derived.get(key)
        if found is None:
            found = self.derived[key] = tuple(i for i, f in enumerate(self.factbase.facts) if shape.search(f.statement))
        return [self.factbase.facts[i] for i in found]  # type: ignore[union-attr]

    def entries_of(self, fact_id: str) -> tuple[Entry, ...]:
        """Every phrasing of one fact."""
        start, stop = self.fact_slices.get(fact_id, (0, 0))
        return tuple(self.entries[i] for i in range(start, stop))

    def _entry(self, fact: Fact, text: str, kind: Verdict, why: str, weight: float = 0.0) -> Entry:
        a = analyse(text, self.aliases)
        terms = frozenset(a.tokens) | {entity_term(e) for e in a.entities}
        return Entry(fact, text, kind, why, a, terms, frozenset(a.entities or fact.entities), weight)

    def make_entry(self, i: int, ref: tuple[int, int]) -> Entry:
        """Entry ``i`` analysed afresh from its fact (see :class:`Entries`)."""
        fact = self.factbase.facts[ref[0]]
        text, kind, why = fact.phrasings()[ref[1]]
        return self._entry(fact, text, kind, why, self.weights[i])

    def facts_with_term(self, term: str) -> set[int]:
        """Positions of the facts with a phrasing that uses ``term`` (a stem or ``ent_`` name)."""
        return {self.entries.ref(i)[0] for i in self.postings.get(term, ())}

    def _near(self, qs: tuple[Quantity, ...]) -> set[int]:
        """Facts with a number near each of these figures (by bisecting the sorted numbers)."""
        out: set[int] | None = None
        for q in qs:
            lo, hi = q.bounds()
            start = bisect_left(self.number_values, lo)
            stop = bisect_right(self.number_values, hi)
            near = set(self.number_facts[start:stop])
            out = near if out is None else out & near
            if not out:
                break
        return out or set()

    def linked(self, entity: str, others: frozenset[str]) -> bool:
        """Is ``entity`` tied to ``others`` by a fact that names nothing else (places and groups aside)?

        "Koala Credit was launched by Lakala" ties Lakala to Koala Credit; "like Sesame Credit,
        Tencent Credit dates from 2015" names Tencent beside Sesame Credit but is about a third.
        """
        key = (entity, others)
        found = self._naming.get(key)  # asked again and again within a claim, and across a batch
        if found is None:
            found = self._naming[key] = any(
                entity in names
                and not others.isdisjoint(names)
                and all(n == entity or n in others or self.kinds.get(n) in ("place", "other") for n in names)
                for names in self.known.values()
            )
        return found

    def facts_with_numbers(self, quantities: Iterable[Quantity], exclude: str) -> list[int]:
        """Positions of the facts (other than ``exclude``) that pin every one of these figures,
        those pinning the fewest figures first. Facts are not loaded to find them."""
        qs = tuple(dict.fromkeys(quantities))
        if not qs:
            return []
        pinning = self._pinning.get(qs)
        if pinning is None:
            if len(self._pinning) > 10_000:
                self._pinning.clear()
            found = [f for f in self._near(qs) if all(any(q.agrees_with(v) for v in self.fact_numbers[f]) for q in qs)]
            pinning = self._pinning[qs] = tuple(sorted(found, key=lambda f: len(self.fact_numbers[f])))
        skip = self.factbase.positions.get(exclude)  # type: ignore[attr-defined]
        return [f for f in pinning if f != skip]
