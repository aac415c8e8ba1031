"""Membership of a group the fact base lists in full: the eight pilot firms, the 2018 list of
top test cities. "Baidu was one of the eight companies the central bank picked" counts in a
name the list leaves out (false); "Pengyuan Credit was left out of the eight" leaves out one it
has (false); "Beijing was on the 2018 list" counts in a place it does not have.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lazyre import lazy_compile
from .matching import Index
from .models import Fact
from .normalize import Analysis
from .quantities import extract_quantities
from .relations import products


_MEMBERSHIP_HINTS = ("one of", "among", "includ", "compris", "was in", "were in", "part of", "on the", "on a ", "appear", "feature", "listed", "made it on")


_MEMBERSHIP = lazy_compile(
    r"\b(?:one\s+of|among|amongst|included|includes|including|comprised|was\s+in|were\s+in|part\s+of|on\s+(?:the|a|its|this|that)\b[^.;]{0,60}?\blist|"
    r"(?:appears?|appeared|features?|featured|listed|made\s+it)\s+(?:on|in|among|onto)\b[^.;]{0,60}\blist)\b",
    re.IGNORECASE,
)


#: a name followed by its being counted in ("Baidu's credit unit was one of"), or preceded ("included JD Finance and")
_COUNTED_IN_AFTER = lazy_compile(
    r"(?:'s)?(?:\s+[a-z][\w-]*){0,2}?\s*(?:,[^,]{0,40},\s*)?(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:one\s+of|among|amongst|part\s+of|on\s+(?=[^.;]{0,60}\blist\b)|listed\s+(?:on|in|among))"
    # ("Beijing appears on the NDRC and PBOC list of top cities")
    r"|(?:also\s+)?(?:appears?|appeared|features?|featured|made\s+it)\s+(?:on|in|among|onto)(?=[^.;]{0,60}\blist\b))\b",
    re.IGNORECASE,
)


_COUNTED_IN_BEFORE = lazy_compile(
    r"\b(?:including|included|include|comprised|comprising|such\s+as|lists|listed|names|named|counts|counted)\s*(?:,?\s*inter\s+alia,?)?\s+(?:[\w.'-]+\s+){0,6}$",
    re.IGNORECASE,
)


#: a name said to be left out of a group: "Pengyuan Credit was left out of the eight firms" (or "was left
#: out when the central bank picked eight firms": the choice the clause goes on to tell)
_LEFT_OUT_OF = lazy_compile(
    r"(?:'s)?(?:\s+[a-z][\w-]*){0,2}?\s*(?:,[^,]{0,40},\s*)?(?:(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:not\s+(?:one\s+of|among|part\s+of|in|on)|never\s+(?:one\s+of|among|part\s+of|on)|left\s+out\s+(?:of|when)|excluded\s+(?:from|when)|"
    r"passed\s+over\s+when|missing\s+from|absent\s+from|left\s+off)|missed\s+out\s+(?:on\s+a\s+place\s+among|when))\b",
    re.IGNORECASE,
)


def left_out_of_the_list(index: Index, claim: Analysis) -> tuple[Fact, str, bool] | None:
    """(the fact that lists a group in full, the name the claim leaves out of it, whether the list
    has it) for "Pengyuan Credit was left out of the eight firms the central bank picked"."""
    low = claim.text.lower()
    if not any(w in low for w in ("not", "never", "left", "exclud", "missing", "absent", "passed over", "missed out")):
        return None
    return _in_the_list(index, claim, lambda text, i, j: bool(_LEFT_OUT_OF.match(text, j)))


def counted_in(index: Index, claim: Analysis) -> tuple[Fact, str, bool] | None:
    """(the fact that lists a group in full, the name the claim counts in it, whether the list has it)
    for a claim that counts a company or score among a group: "Koala Credit was one of the eight"."""
    low = claim.text.lower()
    if not any(w in low for w in _MEMBERSHIP_HINTS) or not _MEMBERSHIP.search(claim.text):
        return None
    return _in_the_list(
        index, claim, lambda text, i, j: bool(_COUNTED_IN_AFTER.match(text, j) or _COUNTED_IN_BEFORE.search(text[:i]))
    )


def _place_in_a_list(index: Index, claim: Analysis, said: "Callable[[str, int, int], bool]") -> tuple[Fact, str, bool] | None:
    """(the fact that names a list of places, the place the claim counts in or out of it, whether
    the list has it): "Beijing was one of the cities on the 2018 list of top test cities"."""
    kinds = index.kinds
    if "list" not in claim.text.lower():
        return None
    spans = [(i, j, e) for i, j, e in index.aliases.find(claim.text) if kinds.get(e) == "place"]
    members = [e for i, j, e in spans if said(claim.text, i, j)]
    if not members:
        return None
    words = set(claim.tokens)
    for fact in index.factbase.facts:
        listed = [e for e in fact.entities if kinds.get(e) == "place"]
        if len(listed) < 4 or "list" not in fact.statement.lower():
            continue
        # the claim must speak of this list ("top social credit test cities"), not of any other
        statement = index.entries[index.fact_slices[fact.id][0]]  # (a fact's first phrasing is its statement)
        if len(words & set(statement.analysis.tokens)) < _LIST_WORDS:
            continue
        return fact, index.factbase.entities[members[0]].name, members[0] in listed
    return None


_LIST_WORDS = 3  #: content words a claim must share with a list of places to be counting a place in it


#: what sets a name apart from the list it stands beside: "Unlike Baidu Credit, Sesame Credit and ..."
_SET_APART = lazy_compile(r"\b(?:unlike|except|excluding|besides|apart\s+from|other\s+than|not|nor|rather\s+than|instead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _in_the_list(index: Index, claim: Analysis, said: "Callable[[str, int, int], bool]") -> tuple[Fact, str, bool] | None:
    """(the fact that lists a group the claim names in full, the first company or score ``said``
    places with respect to it, whether the list has it)."""
    kinds = index.kinds
    places = _place_in_a_list(index, claim, said)
    if places is not None:
        return places
    groups = [e for e in claim.entities if kinds.get(e) == "other"]
    members = [e for e in claim.entity_order if kinds.get(e) in ("company", "credit-score")]
    if not groups or not members:
        return None
    made = products(index)
    spans = [(i, j, e) for i, j, e in index.aliases.find(claim.text) if e in members]
    # the name must be the one counted in (or out): "Baidu was one of ...", "... included Baidu Credit",
    # or listed with it: "... included Sesame Credit, Tencent Credit, Baidu Credit and ..."
    counted = {e for i, j, e in spans if said(claim.text, i, j)}
    for run in _runs(claim.text, spans):
        if not counted.isdisjoint(e for _, _, e in run) and not _SET_APART.search(claim.text[: run[0][0]]):
            counted.update(e for _, _, e in run)
    members = [e for e in members if e in counted]
    if not members:
        return None
    for fid, names in index.statement_entities.items():
        fact = index.factbase.get(fid)
        listed = [e for e in fact.entities if kinds.get(e) == "credit-score"]
        if len(listed) < 4 or not any(g in names for g in groups):
            continue
        # (a name the list leaves out decides, wherever it stands among them)
        outside = next((e for e in members if not _listed(index, e, listed, made)), None)
        return fact, index.factbase.entities[outside or members[0]].name, outside is None
    return None


def _listed(index: Index, e: str, listed: list[str], made: dict[str, str]) -> bool:
    """Is ``e`` on the list, itself, as the company that makes a listed score, or linked to one?"""
    return e in listed or made.get(e) in listed or any(index.linked(e, frozenset({m})) for m in listed)


#: a claim that gives its names as the whole of a group: "only Sesame Credit and Tencent Credit",
#: "Sesame Credit and Tencent Credit were the only firms", "... alone"
_ONLY_BEFORE = lazy_compile(r"\b(?:only|solely|just|exclusively)\s+(?:the\s+)?$", re.IGNORECASE)
_ONLY_AFTER = lazy_compile(
    r"^(?:\s+alone\b|\s+(?:were|are|was|is|became|remain(?:ed)?)\s+the\s+only\b(?!\s+(?:one|ones)\s+(?:of|to)\b))", re.IGNORECASE
)
_LISTED = lazy_compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)$")


def only_some_of_the_list(index: Index, claim: Analysis, fact: Fact) -> list[str] | None:
    """The names the fact lists beside those a claim gives as the whole group ("Only Sesame Credit
    and Tencent Credit got seats on Baihang's board", where the source names five), or None when
    the claim does not say "only" of its names or the fact gives them in no longer list."""
    low = claim.text.lower()
    if not any(w in low for w in ("only", "solely", "just", "exclusively", "alone")):
        return None
    kinds = index.kinds
    spans = [(i, j, e) for i, j, e in index.aliases.find(claim.text) if kinds.get(e) in ("company", "credit-score")]
    if not spans:
        return None
    # the names the claim gives as the whole group, in one run joined by "and" or commas
    text = claim.text
    run = next((r for r in _runs(text, spans) if _ONLY_BEFORE.search(text[: r[0][0]]) or _ONLY_AFTER.match(text[r[-1][1] :])), None)
    if run is None:
        return None
    named = {e for _, _, e in run}
    listed = _statement_list(index, fact, {kinds[e] for e in named})
    if len(listed) < 3 or not named < set(listed):
        return None
    return [index.factbase.entities[e].name for e in listed if e not in named]


def _runs(text: str, spans: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """The name spans in runs, each run joined by commas or "and" ("A, B, C and D")."""
    runs: list[list[tuple[int, int, str]]] = []
    for span in spans:
        if runs and _LISTED.match(text[runs[-1][-1][1] : span[0]]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def _statement_list(index: Index, fact: Fact, kinds: set[str]) -> list[str]:
    """The names of ``kinds`` the fact's statement gives in one list ("A, B, C and D"), in order."""
    text = fact.statement
    spans = [(i, j, e) for i, j, e in index.aliases.find(text) if index.kinds.get(e) in kinds]
    longest = max(_runs(text, spans), key=len, default=[])  # (the first of the longest)
    return list(dict.fromkeys(e for _, _, e in longest))


#: a claim that counts the whole of a group in: "all eight pilot firms", "each of the eight"
_ALL_OF = lazy_compile(r"\b(?:all|every\s+one\s+of|each\s+of|each\s+and\s+every\s+one\s+of)\s+(?:the\s+|its\s+|their\s+)?(?=\w+\s+\w)", re.IGNORECASE)


def all_of_more_than_the_list(index: Index, claim: Analysis, fact: Fact) -> list[str] | None:
    """The names the fact lists, when the claim counts a larger group in whole ("All eight pilot
    firms sit on Baihang's board of directors", where the source names five); else None."""
    m = _ALL_OF.search(claim.text) if "all" in claim.text.lower() or "each" in claim.text.lower() else None
    if m is None:
        return None
    said = extract_quantities(claim.text[m.end() : m.end() + 25])
    # (the count must follow at once: "all eight pilot firms", not "all of them, eight years on")
    if not said or said[0].kind != "count" or not claim.text[m.end() :].lower().startswith(said[0].text.lower()):
        return None
    listed = _statement_list(index, fact, {"company", "credit-score"})
    if not 3 <= len(listed) < said[0].value:
        return None
    return [index.factbase.entities[e].name for e in listed]
