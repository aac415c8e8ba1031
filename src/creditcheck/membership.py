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


#: a name said to be left out of a group: "Pengyuan Credit was left out of the eight firms"
_LEFT_OUT_OF = lazy_compile(
    r"(?:'s)?(?:\s+[a-z][\w-]*){0,2}?\s*(?:,[^,]{0,40},\s*)?(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:not\s+(?:one\s+of|among|part\s+of|in|on)|never\s+(?:one\s+of|among|part\s+of|on)|left\s+out\s+of|excluded\s+from|"
    r"missing\s+from|absent\s+from|left\s+off)\b",
    re.IGNORECASE,
)


def left_out_of_the_list(index: Index, claim: Analysis) -> tuple[Fact, str, bool] | None:
    """(the fact that lists a group in full, the name the claim leaves out of it, whether the list
    has it) for "Pengyuan Credit was left out of the eight firms the central bank picked"."""
    low = claim.text.lower()
    if not any(w in low for w in ("not", "never", "left", "exclud", "missing", "absent")):
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
    spans = index.aliases.find(claim.text)
    # the name must be the one counted in (or out): "Baidu was one of ...", "... included Baidu Credit"
    members = [e for e in members if any(said(claim.text, i, j) for i, j, f in spans if f == e)]
    for fid, names in index.statement_entities.items():
        fact = index.factbase.get(fid)
        listed = [e for e in fact.entities if kinds.get(e) == "credit-score"]
        if len(listed) < 4 or not any(g in names for g in groups):
            continue
        for e in members:
            inside = e in listed or made.get(e) in listed or any(index.linked(e, frozenset({m})) for m in listed)
            return fact, index.factbase.entities[e].name, inside
    return None
