"""Turn text into what the matcher compares: canonical entities, content words, numbers, negation.

Everything here is deterministic and cheap; it runs once per fact phrasing when the index is
built and once per claim.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping

# -- words -------------------------------------------------------------------------------------

NEGATIONS = frozenset(
    {"not", "no", "never", "none", "neither", "nor", "nobody", "nothing", "nowhere", "cannot", "without",
     # verbs that deny what follows: "ignores the blacklist" is "does not use the blacklist"
     "ignore", "ignores", "ignored", "lack", "lacks", "lacked", "fail", "fails", "failed", "refuse", "refuses", "refused"}
)

# Function words that carry no fact; removed before fuzzy scoring.
STOPWORDS = frozenset(
    """a an the and or but if then than that this these those there here of to in on at by for from with
    as into onto about over under after before since until while during through between among per via
    is are was were be been being am has have had having do does did doing will would shall should can
    could may might must it its it's they them their theirs he him his she her hers we us our you your
    i me my which who whom whose what when where why how also too very just only even still already
    yet so such both each every all any some many much other another own s t
    own up out off again further once according reportedly said says say called known aka
    """.split()
)

# Words that say the same thing for a fact-checker, mapped to one spelling.
SYNONYMS: Mapping[str, str] = {
    "compulsory": "mandatory",
    "obligatory": "mandatory",
    "required": "mandatory",
    "forced": "mandatory",
    "optional": "not mandatory",
    "voluntary": "not mandatory",
    "voluntarily": "not mandatory",
    "opt-in": "not mandatory",
    "centre": "center",
    "licence": "license",
    "licences": "license",
    "licensed": "license",
    "programme": "program",
    "programmes": "program",
    "organisation": "organization",
    "behaviour": "behavior",
    "founded": "established",
    "set up": "established",
    "started": "launched",
    "debuted": "launched",
    "introduced": "launched",
    "went live": "launched",
    "rolled out": "launched",
    "took down": "pulled",
    "taken down": "pulled",
    "switched off": "pulled",
    "shut down": "pulled",
    "withdrew": "pulled",
    "withdrawn": "pulled",
    "scrapped": "pulled",
    "and no more": "",
    "whether they like it or not": "mandatory",
    "like it or not": "mandatory",
    "whether or not": "",
    "opened": "launched",
    "began operating": "launched",
    "began operations": "launched",
    "started operating": "launched",
    "went into operation": "launched",
    "rolls out": "launched",
    "came online": "launched",
    "went online": "launched",
    "came into existence": "established",
    "came into being": "established",
    "go live": "launched",
    "goes live": "launched",
    "unveiled": "launched",
    "chief executive officer": "ceo",
    "chief executive": "ceo",
    "headquartered": "based",
    "has its headquarters in": "based in",
    "have their headquarters in": "based in",
    "headquarters are in": "based in",
    "has its base in": "based in",
    "dates back to": "dates from",
    "date back to": "dates from",
    "at no charge": "free",
    "at no cost": "free",
    "free of charge": "free",
    "law requires": "law mandatory",
    "laws require": "law mandatory",
    "located": "based",
    "operated": "run",
    "operates": "run",
    "operate": "run",
    "runs": "run",
    "implemented": "run",
    # the noun, not the verb: "an 8% share in Baihang" is a stake, "share data" is not
    "share in": "stake in",
    "shares in": "stake in",
    "share of": "stake of",
    "shares of": "stake of",
    "shareholding": "stake",
    "not long after": "soon after",
    "not long afterwards": "soon afterwards",
    "no later than": "by",
    "nationwide": "national",
    "nationally": "national",
    "obliged": "mandatory",
    "obligated": "mandatory",
    "legally required": "mandatory",
    "sign up": "join",
    "signs up": "join",
    "enrol": "join",
    "enroll": "join",
    "deposit-free": "without deposit",
    "deposit free": "without deposit",
    "waives": "without",
    "waive": "without",
    "waived": "without",
    "spares": "without",
    "spared": "without",
    "exempts": "without",
    "exempted from": "without",
    "exempt from": "without",
    "a product of": "run by",
    "product of": "run by",
    "owned by": "run by",
    "belongs to": "run by",
    "developed by": "run by",
    "created by": "run by",
    "firms": "companies",
    "firm": "company",
    "stakes": "stake",
    "percent": "",
    "not likely": "unlikely",
    "not very likely": "unlikely",
    "barred from": "banned from",
    "railways": "trains",
    "railway": "train",
    "rail travel": "train travel",
    "rather than": "not",
    "instead of": "not",
    "isnt": "is not",
    "doesnt": "does not",
    "dont": "do not",
    "didnt": "did not",
    "wasnt": "was not",
    "werent": "were not",
    "arent": "are not",
    "hasnt": "has not",
    "havent": "have not",
    "wont": "will not",
    "cant": "can not",
}

_CONTRACTION = re.compile(r"\b(\w+)n['’]t\b", re.IGNORECASE)
_SPECIAL_CONTRACTIONS = {"won": "will", "can": "can", "ain": "is", "shan": "shall"}
# applied to lower-cased text: no IGNORECASE, whose case tables for the CJK range cost
# milliseconds at every start-up
_TOKEN_OR_BREAK = re.compile(
    r"\band\s+(?=(?:was|is|are|were|has|have|had|will|would|can|could|it|they)\b)|"
    r"[a-z0-9_]+(?:[-'][a-z0-9_]+)*|[\u3400-\u9fff]+|[,;:()\[\]!?]|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b|\bwhich\b|\bwho\b"
)
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "[", "]", "!", "?", " - ", "but", "while", "whereas", "which", "who"})
NEGATION_SCOPE = 5
_SUBORDINATE = frozenset({"after", "before", "because", "although", "though", "unless", "once"})
_COMPLEMENT = frozenset({"to", "for", "that", "because", "since", "so", "when", "if"})
#: "did not open until | 2010": a time after "until" makes the negation a date ("until they repay" stays one)
_UNTIL_TIME = re.compile(
    r"\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)[\s-]+)?"
    r"(?:\d|last|this|next|january|february|march|april|may|june|july|august|september|october|november|december)"
)
_QUANTIFIER = re.compile(r"\s+(?:one|a\s+single|single)\s+of\b")
_NUMBERED = re.compile(r"\.\s*\d")
_BOUND = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|greater|later|earlier|longer|shorter|bigger|smaller)\s+than\s+"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|half|a\s+(?:quarter|third))\b)"
)
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "`": "'", "´": "'", "–": "-", "—": "-", "‑": "-"})


def clean(text: str) -> str:
    """NFKC, straight quotes and dashes, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.split())


def expand_contractions(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        stem = m.group(1)
        return f"{_SPECIAL_CONTRACTIONS.get(stem.lower(), stem)} not"

    return _CONTRACTION.sub(repl, text)


def stem(word: str) -> str:
    """A light suffix stripper: enough to meet 'scores'/'score', 'launched'/'launch'."""
    if len(word) <= 3 or not word.isascii() or word.isdigit():
        return word
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            if suffix == "es" and not word.endswith(("ches", "shes", "xes", "zes")):
                continue
            word = word[: len(word) - len(suffix)] + keep
            if suffix in ("ing", "ed") and len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # running -> run
            break
    if len(word) > 3 and word.endswith("e") and not word.endswith("ee"):
        word = word[:-1]  # score/scoring/scored all meet at "scor"
    return word


# -- numbers -----------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "half": 0.5,
}  # fmt: skip
_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "billion": 1e9,
    "bn": 1e9, "b": 1e9, "trillion": 1e12, "万": 1e4, "亿": 1e8,
}  # fmt: skip
_NUM = (
    r"(?<![\w.])(?P<num>\d{1,3}(?:[,.]\d{3})+(?![\d])|\d+(?:[.,]\d+)?|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")"
)
_NUMBER = re.compile(
    # a scale may follow with a space ("520 million") or glued to digits ("520m", "1.2bn", "240k")
    _NUM + r"(?:(?:\s*|(?<=\d))(?P<scale>thousand|million|billion|trillion|mln|mn|bn|[kmb](?![a-z])|万|亿))?(?![\w])"
    r"(?:\s*(?P<pct>%|percent|per cent|pct))?",
    re.IGNORECASE,
)
_UNITS = {w: n for w, n in _NUMBER_WORDS.items() if n < 20 and w not in ("dozen", "half")} | {"one": 1}
_TENS = {w: n for w, n in _NUMBER_WORDS.items() if 20 <= n < 100}
_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN_RE = "|".join(sorted(_TENS, key=len, reverse=True))
_TENS_UNITS = re.compile(rf"\b({_TEN_RE})[-\s]({_UNIT_RE})\b", re.IGNORECASE)  # "fifty-five"
_HUNDREDS = re.compile(rf"\b(\d+|{_UNIT_RE})\s+hundred(?:\s+(?:and\s+)?(\d+|{_UNIT_RE}|{_TEN_RE}))?\b", re.IGNORECASE)
_THOUSAND_AND = re.compile(  # "two thousand and fifteen"
    rf"\b(\d+|{_UNIT_RE})\s+thousand\s+and\s+(\d+|{_UNIT_RE}|{_TEN_RE})\b", re.IGNORECASE
)
_HALF_A = re.compile(r"\bhalf\s+an?\s+(million|billion)\b", re.IGNORECASE)


def _word_value(word: str) -> int:
    low = word.lower()
    return int(low) if low.isdigit() else _UNITS.get(low) or _TENS[low]


_NUMBER_WORD_RUN = re.compile(rf"\b(?:{_TEN_RE})[-\s](?:{_UNIT_RE})\b|\bhundred\b|\bthousand\s+and\b|\bhalf\s+an?\s+(?:million|billion)\b", re.IGNORECASE)


def spell_out_digits(text: str) -> str:
    """Numbers written in words, in digits: "fifty-five" 55, "three hundred and fifty" 350,
    "two thousand and fifteen" 2015, "half a billion" about 0.5 billion. Single words are left
    for the figure reader, which knows them."""
    text = _TENS_UNITS.sub(lambda m: str(_TENS[m.group(1).lower()] + _UNITS[m.group(2).lower()]), text)
    text = _HUNDREDS.sub(lambda m: str(_word_value(m.group(1)) * 100 + (_word_value(m.group(2)) if m.group(2) else 0)), text)
    text = _THOUSAND_AND.sub(lambda m: str(_word_value(m.group(1)) * 1000 + _word_value(m.group(2))), text)
    return _HALF_A.sub(lambda m: f"about 0.5 {m.group(1)}", text)  # a round figure in words is a rough one
_MONTHS = "january february march april may june july august september october november december".split()
_COMPARATORS = {
    "more than": "gt", "over": "gt", "above": "gt", "exceeding": "gt", "upwards of": "gt",
    "at least": "ge", "no fewer than": "ge", "no less than": "ge", "no lower than": "ge", "or more": "ge",
    "less than": "lt", "fewer than": "lt", "under": "lt", "below": "lt", "at most": "le", "no more than": "le",
    "no higher than": "le", "not more than": "le",
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx", "nearly": "approx",
    "almost": "approx", "some": "approx", "close to": "approx", "circa": "approx", "~": "approx",
}  # fmt: skip
_COMPARATOR = re.compile(
    r"(" + "|".join(re.escape(c) for c in sorted(_COMPARATORS, key=len, reverse=True)) + r")\s*$", re.IGNORECASE
)


@dataclass(frozen=True)
class Quantity:
    """A number found in text: its value, what kind of figure it is, and any hedge before it."""

    value: float
    kind: str  # "year" | "month" | "day" | "percent" | "count"
    comparator: str | None = None  # gt, ge, lt, le, approx
    text: str = ""

    def bounds(self) -> tuple[float, float]:
        """The values this figure may agree with lie in [lo, hi] (a superset: check agrees_with)."""
        op, x = self.comparator, self.value
        slack = max(abs(x) * 0.01, 1.0)  # wider than agrees_with's tolerance
        if op in ("gt", "ge"):
            return x - slack, float("inf")
        if op in ("lt", "le"):
            return float("-inf"), x + slack
        spread = max(abs(x) * 0.11, 3.0)  # wider than any tolerance agrees_with allows
        return x - spread, x + spread

    def agrees_with(self, value: float) -> bool:
        tol = 1e-9 if self.kind == "year" else max(abs(value) * 0.005, 1e-9)
        op = self.comparator
        if op == "gt":
            return value > self.value - tol
        if op == "ge":
            return value >= self.value - tol
        if op == "lt":
            return value < self.value + tol
        if op == "le":
            return value <= self.value + tol
        if op == "approx":
            spread = 1 if self.kind == "year" else 3 if self.kind == "percent" else max(abs(value) * 0.05, 1)
            return abs(value - self.value) <= spread
        return abs(value - self.value) <= tol


def _parse_number(raw: str) -> float | None:
    low = raw.lower()
    if low in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[low])
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", raw):
        # 240.000 and 240,000 are both thousands separators, unless a decimal reading is more plausible
        return float(re.sub(r"[,.]", "", raw))
    return float(raw.replace(",", "."))


_MONTH = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?=\s*,?\s*(\d{4}|of\s+\d{4})?)"
)


#: the day before the month: "23rd May 2018", "23 May"
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def _months(text: str) -> list[Quantity]:
    out = []
    dated = set()  # where a month name follows a day ("23 May"): a month, even without a year
    for m in _DAY_MONTH.finditer(text):
        day, name = m.group(1), m.group(2)
        if 1 <= int(day) <= 31:
            out.append(Quantity(float(day), "day", None, f"{day} {name}"))
            dated.add(m.start(2))
    for m in _MONTH.finditer(text):
        name, day, year = m.group(1), m.group(2), m.group(3)
        if name == "May" and not (day or year or m.start(1) in dated):
            continue  # the verb, most likely
        out.append(Quantity(float(_MONTHS.index(next(mn for mn in _MONTHS if mn.startswith(name.lower()[:3]))) + 1), "month", None, name))
        if day and 1 <= int(day) <= 31:
            out.append(Quantity(float(day), "day", None, f"{name} {day}"))
    return out


_FRACTION = re.compile(
    r"\b(?:(?P<frac>half|(?:a|one)[\s-]quarter|three[\s-]quarters|(?:a|one)[\s-]third|two[\s-]thirds)\s+of|"
    r"(?P<maj>a majority|the majority|majority|a minority|most)\s+of\b|(?P<maj2>a majority|the majority|a minority)\b)",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 50.0, "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0, "a third": 100 / 3,
              "one third": 100 / 3, "two thirds": 200 / 3}  # fmt: skip


def _fractions(text: str) -> list[Quantity]:
    out = []
    for m in _FRACTION.finditer(text):
        if m.group("frac"):
            out.append(Quantity(_FRACTIONS[" ".join(m.group("frac").lower().replace("-", " ").split())], "percent", "approx", m.group(0)))
        else:
            minority = "minority" in (m.group("maj") or m.group("maj2")).lower()
            out.append(Quantity(50.0, "percent", "lt" if minority else "gt", m.group(0)))
    return out


_MONTH_BEFORE = re.compile(r"(?:\b(?:" + "|".join(_MONTHS) + r")\s*)$", re.IGNORECASE)


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10}  # fmt: skip
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
_RANK_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
#: a place in a ranking: "number two", "No. 1", "second most-followed", "tenth place", "ranks fifth"
_RANK = re.compile(
    rf"\b(?:number|no\.)\s*(?P<num>{_RANK_NUMBER})\b(?!\s*(?:percent|per\s+cent|%|million|billion))"
    rf"|\b(?P<ord>{_ORDINAL})(?=[\s-]+(?:place|spot|position|most|largest|biggest|highest|richest|best|popular)\b)"
    rf"|\b(?:comes?|came|ranks?|ranked|placed|finished|sits?)\s+(?:in\s+)?(?P<ord2>{_ORDINAL})\b",
    re.IGNORECASE,
)


def _ranks(text: str) -> list[Quantity]:
    out = []
    for m in _RANK.finditer(text):
        raw = (m.group("num") or m.group("ord") or m.group("ord2")).lower()
        value = _ORDINAL_WORDS.get(raw) or _UNITS.get(raw) or int(re.sub(r"\D", "", raw) or 0)
        if value:
            out.append(Quantity(float(value), "rank", None, m.group(0)))
    return out


#: "a single bank", "a pair of start-ups": how many founders, owners or members
_FEW = re.compile(
    r"\b(?:a\s+single|one\s+single|a\s+(?:pair|couple)\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:banks?|compan(?:y|ies)|firms?|investors?|shareholders?|start-?ups?|founders?|owners?|members?|institutions?)\b",
    re.IGNORECASE,
)


def extract_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``: years, months, days, percentages, counts and ranks, with scale words applied."""
    out: list[Quantity] = _months(text) + _fractions(text)
    if out:  # "three-quarters of" is 75%, not also a count of three; "23 May" is a day, not a count
        text = _FRACTION.sub(lambda m: " " * len(m.group(0)), text)
        text = _DAY_MONTH.sub(lambda m: " " * len(m.group(1)) + m.group(0)[len(m.group(1)) :], text)
    for m in _FEW.finditer(text):
        out.append(Quantity(1.0 if "single" in m.group(0).lower() else 2.0, "count", None, m.group(0)))
    ranks = _ranks(text)
    if ranks:  # "number two on the list" is a place, not a count of two
        out += ranks
        text = _RANK.sub(lambda m: " " * len(m.group(0)), text)
    text = spell_out_digits(text) if _NUMBER_WORD_RUN.search(text) else text
    for m in _NUMBER.finditer(text):
        raw, scale, pct = m.group("num"), m.group("scale"), m.group("pct")
        value = _parse_number(raw)
        if value is None:
            continue
        before = text[max(0, m.start() - 20) : m.start()]
        if scale:
            value *= _SCALES[scale.lower()]
        elif raw.lower() == "half":
            continue  # "half" alone is no figure
        if raw.isdigit() and value <= 31 and _MONTH_BEFORE.search(before):
            continue  # the day in "May 23"
        if pct:
            kind = "percent"
        elif raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100 and not scale:
            kind = "year"
        else:
            kind = "count"
        cm = _COMPARATOR.search(before)
        comparator = _COMPARATORS[cm.group(1).lower()] if cm else None
        after = text[m.end() : m.end() + 10].lower()
        if after.lstrip().startswith(("or more", "+")):
            comparator = "ge"
        unit = _DURATION_AFTER.match(text, m.end())
        if unit and kind == "count":  # "180 days", "a 90-day ban", "three years": a span of time, in days
            kind, value = "duration", value * _DAYS[unit.group(1).lower()]
        out.append(Quantity(value, kind, comparator, m.group(0) + (unit.group(0) if unit else "")))
    for m in _ONE_SPAN.finditer(text):  # "a full year", "an entire month"
        out.append(Quantity(float(_DAYS[m.group(1).lower()]), "duration", None, m.group(0)))
    return _endpoints(out)


def _endpoints(quantities: list[Quantity]) -> list[Quantity]:
    """A lower and an upper bound of one kind ("no lower than 300 and no higher than 850") give
    a range's ends: each is compared as the exact figure, or any range inside them would agree."""
    lower = {q.kind for q in quantities if q.comparator in ("gt", "ge")}
    upper = {q.kind for q in quantities if q.comparator in ("lt", "le")}
    both = lower & upper
    if not both:
        return quantities
    return [Quantity(q.value, q.kind, None, q.text) if q.kind in both and q.comparator != "approx" else q for q in quantities]


_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365,
         "decade": 3650, "decades": 3650}  # fmt: skip
_DURATION_AFTER = re.compile(r"[\s-]+(days?|weeks?|months?|years?|decades?)\b", re.IGNORECASE)
_ONE_SPAN = re.compile(r"\b(?:a|one|a\s+full|a\s+whole|an\s+entire)\s+(day|week|month|year|decade)\b(?!\s+(?:ago|later|after|before|earlier))", re.IGNORECASE)


def quantity_kind(value: float) -> str:
    """The kind a bare number pinned by a fact most likely is (facts list years as plain numbers)."""
    return "year" if float(value).is_integer() and 1900 <= value <= 2100 else "count"


# -- entities ----------------------------------------------------------------------------------


_ALIAS_WORD = re.compile(r"[^\W_]+")


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


class AliasIndex:
    """Finds entity names (any alias, Latin or Chinese) in text and replaces them with one token.

    Latin names are matched word by word (case, spacing, hyphens and punctuation aside, with an
    optional possessive), longest name first, through a dict keyed on a name's first word: no
    big regular expression to compile when the index is loaded, and one pass per text. Names
    in Chinese script are matched anywhere in the text, since Chinese has no spaces.
    """

    def __init__(self, names: Mapping[str, Iterable[str]]) -> None:
        by_words: dict[tuple[str, ...], str] = {}
        cjk: dict[str, str] = {}
        for eid, aliases in names.items():
            for alias in aliases:
                key = clean(alias).lower()
                if _has_cjk(key):
                    cjk.setdefault(key, eid)
                else:
                    words = tuple(_ALIAS_WORD.findall(key))
                    if words:
                        by_words.setdefault(words, eid)
        self._first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, eid in sorted(by_words.items(), key=lambda kv: -len(kv[0])):
            self._first.setdefault(words[0], []).append((words, eid))
        self._cjk = sorted(cjk.items(), key=lambda kv: -len(kv[0]))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entity id) of every name in ``text``, in order, never overlapping."""
        low = text.lower()
        words = [(m.group(0), m.start(), m.end()) for m in _ALIAS_WORD.finditer(low)]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            for alias, eid in self._first.get(words[i][0], ()):
                n = len(alias)
                found_words = tuple(w for w, _, _ in words[i : i + n])
                if found_words == alias or (  # "Tencent's credit scores" for "Tencent's credit score"
                    n > 1 and found_words[:-1] == alias[:-1] and found_words[-1] == alias[-1] + "s"
                ):
                    end = words[i + n - 1][2]
                    if low.startswith(("'s", "\u2019s"), end) and not low[end + 2 : end + 3].isalnum():
                        end += 2  # the possessive
                    found.append((words[i][1], end, eid))
                    i += n - 1
                    break
            i += 1
        if self._cjk and max(low, default="") >= "\u3400" and _has_cjk(low):
            taken = [(s, e) for s, e, _ in found]
            for alias, eid in self._cjk:
                start = low.find(alias)
                while start != -1:
                    end = start + len(alias)
                    if not any(s < end and start < e for s, e in taken):
                        found.append((start, end, eid))
                        taken.append((start, end))
                    start = low.find(alias, end)
            found.sort()
        return found

    def replace(self, text: str) -> tuple[str, list[str]]:
        """Text with each entity name turned into ``ent_<id>``, and the ids found (in order)."""
        spans = self.find(text)
        if not spans:
            return text, []
        parts, last = [], 0
        for start, end, eid in spans:
            parts.append(text[last:start])
            parts.append(f" ent_{eid.replace('-', '_')} ")
            last = end
        parts.append(text[last:])
        return "".join(parts), [eid for _, _, eid in spans]


@dataclass(frozen=True)
class Analysis:
    """A text as the matcher sees it."""

    text: str
    tokens: tuple[str, ...]  #: stemmed content words, no entities, numbers or negations
    entities: frozenset[str]
    quantities: tuple[Quantity, ...]
    negated: bool  #: some negation cue stands (adjacent pairs cancel)
    negation_scopes: tuple[frozenset[str], ...] = ()  #: the words each cue governs
    entity_order: tuple[str, ...] = ()  #: entities in the order the text names them
    denied: frozenset[str] = frozenset()  #: terms under an odd number of cues (see _denied)

    def negated_within(self, terms: frozenset[str], idf: Mapping[str, float] | None = None) -> bool:
        """Does a negation cue govern some of ``terms`` (or stand alone, governing nothing it names)?

        Cues in separate clauses do not cancel ("it is opt-in; it is not mandatory" says "not"
        twice); adjacent ones ("not never") already cancelled when the text was analysed.
        """
        return any(touches(scope, terms, idf) for scope in self.negation_scopes)

    @property
    def key(self) -> str:
        return " ".join(self.tokens)


@lru_cache(maxsize=1)
def _synonyms() -> re.Pattern[str]:
    """One pass for every synonym, longest first (compiled on first use, not at import)."""
    words = sorted(SYNONYMS, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def touches(scope: frozenset[str], terms: frozenset[str], idf: Mapping[str, float] | None = None) -> bool:
    """Does a negation cue's scope bear on ``terms``? Its content words decide; a scope of names
    only ("..., not Tencent") counts by the names; an empty one (a bare "not") always counts.
    With ``idf``, only the scope's most distinctive word counts: "no personal credit licence"
    denies the licence, and says nothing against a text about personal credit alone."""
    if not scope:
        return True
    words = {t for t in scope if not t.startswith("ent_")}
    if not words:
        return bool(scope & terms)
    if idf is not None:
        return head(scope, idf) in terms
    return bool(words & terms)


def head(scope: frozenset[str], idf: Mapping[str, float]) -> str | None:
    """The word a negation is about: the most distinctive word in its scope (a name if it has none)."""
    words = [t for t in scope if not t.startswith("ent_")] or list(scope)
    return max(words, key=lambda t: (idf.get(t, 0.0), t)) if words else None


def analyse(text: str, aliases: AliasIndex) -> Analysis:
    """Split ``text`` into the parts the matcher and the verdict rules compare."""
    text = clean(text)
    quantities = tuple(extract_quantities(text))
    body, entities = aliases.replace(expand_contractions(text))
    body = body.lower()
    body = _synonyms().sub(lambda m: SYNONYMS[m.group(0)], body)
    tokens: list[str] = []
    scopes: list[list[str]] = []  # the words each negation cue governs, up to the clause's end
    open_scopes: list[list[str]] = []
    narrow: list[tuple[int, list[str]]] = []  # the same, ending also where a complement begins, by clause
    open_narrow: list[list[str]] = []
    neither_open = False  # a "neither" in this clause, whose "nor" continues it
    wide: dict[int, list[str]] = {}  # scopes of a quantifier ("none of", "not one of"), which run to the clause's end
    clause = 0
    for m in _TOKEN_OR_BREAK.finditer(body):
        raw = m.group(0)
        if raw in _CLAUSE_BREAKS or raw.startswith("and "):  # "... and was trialled": a new clause
            open_scopes, open_narrow = [], []
            clause += 1
            neither_open = False
            continue
        word = raw.strip("'-")
        if word.endswith("'s"):
            word = word[:-2]  # the possessive: "government's" is "government"
        dated = word == "until" and _UNTIL_TIME.match(body, m.end())
        if word in _SUBORDINATE and not dated:
            open_scopes, open_narrow = [], []  # "had no licence | three years after starting": the starting is not denied
        if word in _COMPLEMENT:
            # "not mandatory | for users to opt in": the opting is not denied (a quantifier's denial,
            # "not one of the firms picked for the pilot had a licence", runs on)
            open_narrow = [sc for sc in open_narrow if id(sc) in wide]
        if open_scopes and (dated or (word in NEGATIONS and not open_scopes[-1])):
            # "not never", "not no": adjacent cues cancel; "did not open until 2010" says it opened
            scopes.remove(open_scopes.pop())
            if open_narrow:
                dropped = open_narrow.pop()
                narrow[:] = [(c, sc) for c, sc in narrow if sc is not dropped]
            continue
        if word == "nor" and neither_open:
            continue  # "neither Twitter nor Facebook can be reached": one denial, not two
        if word == "neither":
            neither_open = True
        if word in NEGATIONS and (_BOUND.match(body, m.end()) or (word == "no" and _NUMBERED.match(body, m.end()))):
            continue  # "no higher than 950" bounds a figure, "No. 1" is a number: neither denies
        if word in NEGATIONS:
            scope: list[str] = []
            scopes.append(scope)
            open_scopes.append(scope)
            short: list[str] = []
            narrow.append((clause, short))
            open_narrow.append(short)
            if word == "none" or _QUANTIFIER.match(body, m.end()):
                # "not one of the eight firms ... held a licence": the whole clause (held here, so ids stay unique)
                wide.update({id(scope): scope, id(short): short})
            continue
        if word.startswith("ent_"):
            term = word
        elif word in STOPWORDS or _is_number_word(word):
            continue
        else:
            term = stem(word)
            tokens.append(term)
        for scope in (*open_scopes, *open_narrow):  # names ride along: the window counts words only
            if term.startswith("ent_") or id(scope) in wide or sum(1 for t in scope if not t.startswith("ent_")) < NEGATION_SCOPE:
                scope.append(term)
    return Analysis(
        text, tuple(tokens), frozenset(entities), quantities, bool(scopes),
        tuple(frozenset(sc) for sc in scopes), tuple(dict.fromkeys(entities)), _denied(narrow),
    )


def _denied(scopes: list[tuple[int, list[str]]]) -> frozenset[str]:
    """Terms under an odd number of negation cues within one clause: "can not rent without a
    deposit" denies the renting and, twice denied, affirms the deposit; "it is opt-in; it is not
    mandatory" denies "mandatory" in each clause, which does not cancel. A name counts only in a
    scope that has no words of its own ("..., not Tencent")."""
    counts: dict[tuple[int, str], int] = {}
    for clause, scope in scopes:
        has_words = any(not t.startswith("ent_") for t in scope)
        for t in set(scope):
            if not (t.startswith("ent_") and has_words):
                counts[clause, t] = counts.get((clause, t), 0) + 1
    return frozenset(t for (_, t), n in counts.items() if n % 2)


def _is_number_word(word: str) -> bool:
    return word[:1].isdigit() or word in _NUMBER_WORDS or word in _SCALES
