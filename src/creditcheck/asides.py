"""Asides: the parts of a claim set off by commas that describe rather than claim.

"Baihang, which opened in May 2018, is owned by the state" says something of Baihang after its
aside; "As China's first unified credit firm, Baihang ..." and "..., exactly like Tencent
Credit's" frame it. The verdict rules take them off to judge the main clause alone. Pure
patterns: nothing here needs the fact base.
"""

from __future__ import annotations

import re

from .lazyre import lazy_compile


#: verbs that make a phrase led by "the" a clause of its own (", the top spot went to X,"), not an
#: appositive, when they come within its first words and no "that" or "which" comes between
#: a finite verb or an auxiliary: what makes words a clause rather than a description
FINITE = (
    r"(?:is|are|was|were|went|goes|has|have|had|came|comes|took|takes|became|becomes|fell|falls|rose|rises|remains|remained|"
    r"can|cannot|could|will|would|may|might|must|should|does|do|did)"  # (", a user can read, ..." is a clause, no aside)
)
#: an aside set off by commas: ", launched in 2015,", ", which opened in May 2018,"
ASIDE = lazy_compile(
    r",\s*(?:which|who|whose|where|launched|founded|established|set\s+up|created|started|based|headquartered|"
    rf"known|dubbed|once|now|(?:a|an|the|one|its)\b(?!(?:\s+(?!(?:that|which|who)\b)[\w'-]+){{1,2}}\s+{FINITE}\b)|running|operating|trialled|trialed|piloted|opened|formerly|previously|"
    r"hailed|billed|touted|described|called|labelled|labeled|regarded|celebrated|marketed|praised|"
    r"run|owned|backed|with|like|unlike|having|much\s+like|just\s+like|not\s+unlike|as\s+with|similar\s+to|"
    # (any participle with what, when or by whom: ", unveiled with great fanfare in 2018,")
    # (the comma of a figure's thousands is inside the aside: ", with 83,883,937 followers")
    r"\w+ed\s+(?=(?:in|on|by|with|at|under|during|back|amid)\b))\b(?:[^,;]|,\s*(?=\d{4}\b)|(?<=\d),(?=\d{3}\b))*,(?!\d{3}\b)"
)


#: "as" that opens a description or a cause, not a time ("as of December 2016", "as early as 2014")
AS_CAUSE = r"as(?!\s+(?:of|early|late|recently|far\s+back|long\s+ago|soon)\b)"
#: a phrase set before the subject that describes it: "As China's first unified credit firm, Baihang ..."
FRONTED_ASIDE = lazy_compile(
    r"^\s*(?:" + AS_CAUSE + r"|being|with|(?:billed|hailed|touted|described|dubbed|known|called|seen|regarded|branded|marketed)\s+as)\b[^,;]{3,80},\s*",
    re.IGNORECASE,
)


ACCORDING = lazy_compile(r",?\s*\baccording\s+to\s+[^,;.]*,?\s*", re.IGNORECASE)


#: a comparison set before the subject: "Just like Tencent Credit, America's FICO scores ..."
FRONTED_LIKE = lazy_compile(r"^\s*(?:just\s+|much\s+)?(?:un)?like\b[^,;]{3,80},\s*", re.IGNORECASE)


#: an appositive led by a possessive: "Baihang, China's first unified credit firm, now ..."
POSSESSIVE_ASIDE = lazy_compile(r",\s*(?:[A-Z][\w-]*|[\u4e00-\u9fff]+)(?:'s|’s)\s+[^,;]*,")


#: a comparison that ends the sentence: "..., exactly like Tencent Credit's."
TRAILING_COMPARISON = lazy_compile(r",\s*(?:just\s+|exactly\s+|much\s+)?(?:like|unlike|as\s+with|similar\s+to)\b[^,;]*$", re.IGNORECASE)


#: a subordinate clause put first, whose closing comma opens the main clause, not an aside:
#: "While Alibaba's tops out at 950, the rival scheme run by Tencent ..."
LEADING_CLAUSE = lazy_compile(
    r"^\s*(?:while|whereas|where|when|whenever|although|though|even\s+though|since|because|if|unless|after|before|once)\b[^,;]{3,150},\s*",
    re.IGNORECASE,
)


def without_asides(text: str) -> str:
    """The text with its asides set off by commas taken out."""
    fronted = LEADING_CLAUSE.match(text)
    if fronted:  # (the main clause's own asides only)
        return f"{text[: fronted.end()]}{without_asides(text[fronted.end() :])}"
    text = TRAILING_COMPARISON.sub("", FRONTED_ASIDE.sub("", text))
    text = POSSESSIVE_ASIDE.sub(" ", text)
    return " ".join(ASIDE.sub(" ", text).split())


#: a relative clause that describes the name before it: ", whose CEO is Qiu Han", ", which opened in 2018"
RELATIVE = lazy_compile(r"^\s*(whose|which|who)\s+(?=\w)", re.IGNORECASE)
#: ...whose own subject comes first, so that the name it describes is its object: "which Tencent launched"
_OBJECT_FIRST = lazy_compile(r"(?:[A-Z\u4e00-\u9fff]|(?:the|a|an|its|it|they|he|she|we|you|many|most|some|few|critics|people|officials)\b)")


def relative_said(name: str, clause: str) -> str | None:
    """What a relative clause says of the name it describes, as a statement: "Qianhai Credit" with
    "whose CEO is Qiu Han" says "Qianhai Credit's CEO is Qiu Han"; with "which Ping An launched",
    "Ping An launched Qianhai Credit"; with "which opened in 2015", "Qianhai Credit opened in
    2015". None when the clause is not a relative one."""
    m = RELATIVE.match(clause)
    if m is None:
        return None
    rest = clause[m.end() :].strip()
    if m.group(1).lower() == "whose":
        return f"{name}'s {rest}"
    return f"{rest} {name}" if _OBJECT_FIRST.match(rest) else f"{name} {rest}"
