"""Figures in text: years, months, days, shares, counts, spans of time and places in a ranking.

:func:`extract_quantities` reads digits and words ("fifty-five", "half a billion",
"three-quarters of", "23rd May 2018", "number two") into :class:`Quantity` records with the
hedge before them ("more than", "about"), which :mod:`.figures` compares with what a fact pins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lazyre import LazyPattern, lazy_compile

_NUMBER_WORDS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "half": 0.5,
}  # fmt: skip
def spelt(value: float) -> str | None:
    """A small whole number in words ("eight" for 8), where it has one."""
    return next((w for w, n in _NUMBER_WORDS.items() if n == value and n >= 2 and w not in ("dozen",)), None)


_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "billion": 1e9,
    "bn": 1e9, "b": 1e9, "trillion": 1e12, "万": 1e4, "亿": 1e8,
}  # fmt: skip
_NUM = (
    r"(?<![\w.])(?P<num>\d{1,3}(?:[,.]\d{3})+(?![\d])|\d+(?:[.,]\d+)?|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")"
)
_NUMBER = lazy_compile(
    # a scale may follow with a space ("520 million") or glued to digits ("520m", "1.2bn", "240k")
    _NUM + r"(?:(?:\s*|(?<=\d))(?P<scale>thousand|million|billion|trillion|mln|mn|bn|[kmb](?![a-z])|万|亿))?(?![\w])"
    r"(?:\s*(?P<pct>%|percent|per cent|pct))?",
    re.IGNORECASE,
)
_UNITS = {w: n for w, n in _NUMBER_WORDS.items() if n < 20 and w not in ("dozen", "half")} | {"one": 1}
_TENS = {w: n for w, n in _NUMBER_WORDS.items() if 20 <= n < 100}
_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN_RE = "|".join(sorted(_TENS, key=len, reverse=True))
_TENS_UNITS = lazy_compile(rf"\b({_TEN_RE})[-\s]({_UNIT_RE})\b", re.IGNORECASE)  # "fifty-five"
_HUNDREDS = lazy_compile(  # "three hundred and fifty", "one-hundred-and-eighty", "a hundred and eighty"
    rf"\b(\d+|{_UNIT_RE}|a)[-\s]+hundred(?:[-\s]+(?:and[-\s]+)?(\d+|{_UNIT_RE}|{_TEN_RE}))?\b", re.IGNORECASE
)
_THOUSAND_AND = lazy_compile(  # "two thousand and fifteen", "two thousand five"
    rf"\b(\d+|{_UNIT_RE})\s+thousand\s+(?:and\s+)?(\d+|{_UNIT_RE}|{_TEN_RE})\b(?!\s+(?:hundred|thousand))", re.IGNORECASE
)
_TEENS_RE = "|".join(w for w, n in sorted(_UNITS.items(), key=lambda kv: -len(kv[0])) if n >= 10)
_DIGIT_RE = "|".join(w for w, n in sorted(_UNITS.items(), key=lambda kv: -len(kv[0])) if n < 10)
#: a year said aloud: "twenty seventeen", "nineteen ninety-nine", "twenty oh nine"
_SPOKEN_YEAR = lazy_compile(
    rf"\b(twenty|nineteen)[-\s]+(?:({_TEENS_RE})|({_TEN_RE})(?:[-\s]({_DIGIT_RE}))?|oh[-\s]({_DIGIT_RE}))\b"
    r"(?![-\s]+(?:hundred|thousand|million|billion|percent|per\s+cent|years?\b))",
    re.IGNORECASE,
)
#: hundreds said as a score is read out: "eight-fifty" is 850, "six-fifty" 650
_SPOKEN_HUNDREDS = lazy_compile(rf"\b({_DIGIT_RE})-({_TEN_RE}|{_TEENS_RE})(?:-({_DIGIT_RE}))?\b", re.IGNORECASE)
_HALF_A = lazy_compile(r"\bhalf\s+an?\s+(million|billion)\b", re.IGNORECASE)
#: "more than a billion times": one of the scale ("half a billion", "one in a million" are not)
_A_SCALE = lazy_compile(r"(?<!\bhalf\s)(?<!\bin\s)\ban?\s+(million|billion)\b", re.IGNORECASE)


def _word_value(word: str) -> int:
    low = word.lower()
    if low == "a":
        return 1
    return int(low) if low.isdigit() else _UNITS.get(low) or _TENS[low]


_MONTHS = "january february march april may june july august september october november december".split()
_MONTH_RE = "|".join(_MONTHS)
#: a month's name as written, in full or cut short ("Oct.", "Sept"), for patterns elsewhere
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ORDINAL_DAY_WORDS = {
    w: i for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1
    )
} | {"thirtieth": 30}
#: a day said aloud after its month: "May twenty-third", "March twentieth"
_SPOKEN_DAY = lazy_compile(
    rf"\b({_MONTH_RE})\s+(?:the\s+)?"
    r"(?:(twenty|thirty)[-\s])?(" + "|".join(sorted(_ORDINAL_DAY_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
#: "thirteen and a half billion"
_AND_A_HALF = lazy_compile(rf"\b(\d+|{_UNIT_RE}|{_TEN_RE})\s+and\s+a\s+half\s+(million|billion)\b", re.IGNORECASE)


def _spoken_day(m: re.Match[str]) -> str:
    day = (20 if (m.group(2) or "").lower() == "twenty" else 30 if m.group(2) else 0) + _ORDINAL_DAY_WORDS[m.group(3).lower()]
    return f"{m.group(1)} {day}" if day <= 31 else m.group(0)


def _spoken_year(m: re.Match[str]) -> str:
    century = 2000 if m.group(1).lower() == "twenty" else 1900
    teen, tens, unit, oh = m.group(2), m.group(3), m.group(4), m.group(5)
    rest = _UNITS[teen.lower()] if teen else _TENS[tens.lower()] + (_UNITS[unit.lower()] if unit else 0) if tens else _UNITS[oh.lower()]
    return str(century + rest)


def _spoken_hundreds(m: re.Match[str]) -> str:
    tens = m.group(2).lower()
    rest = _TENS.get(tens) or _UNITS[tens]
    return str(_UNITS[m.group(1).lower()] * 100 + rest + (_UNITS[m.group(3).lower()] if m.group(3) else 0))


_NUMBER_WORD_RUN = lazy_compile(
    rf"\b(?:{_TEN_RE})[-\s](?:{_UNIT_RE})\b|\bhundred\b|\bthousand\s+\w|\bhalf\s+an?\s+(?:million|billion)\b|\ban?\s+(?:million|billion)\b|"
    rf"\b(?:twenty|nineteen)[-\s]+(?:{_UNIT_RE}|{_TEN_RE}|oh)\b|\b(?:{_DIGIT_RE})-(?:{_TEN_RE}|{_TEENS_RE})\b|"
    rf"\band\s+a\s+half\b|\b(?:{_MONTH_RE})\s+"
    r"(?:the\s+)?(?:twenty|thirty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|twentieth|thirtieth)\b",
    re.IGNORECASE,
)


def spell_out_digits(text: str) -> str:
    """Numbers written in words, in digits: "fifty-five" 55, "three hundred and fifty" 350,
    "two thousand and fifteen" 2015, "half a billion" about 0.5 billion. Single words are left
    for the figure reader, which knows them."""
    text = _SPOKEN_DAY.sub(_spoken_day, text)  # "May twenty-third" before "twenty" is read alone
    text = _AND_A_HALF.sub(lambda m: f"{_word_value(m.group(1)) + 0.5:g} {m.group(2)}", text)
    text = _SPOKEN_YEAR.sub(_spoken_year, text)  # before "twenty fifteen" could be read as 35
    text = _SPOKEN_HUNDREDS.sub(_spoken_hundreds, text)
    text = _TENS_UNITS.sub(lambda m: str(_TENS[m.group(1).lower()] + _UNITS[m.group(2).lower()]), text)
    text = _HUNDREDS.sub(lambda m: str(_word_value(m.group(1)) * 100 + (_word_value(m.group(2)) if m.group(2) else 0)), text)
    text = _THOUSAND_AND.sub(lambda m: str(_word_value(m.group(1)) * 1000 + _word_value(m.group(2))), text)
    text = _A_SCALE.sub(r"1 \1", text)
    return _HALF_A.sub(lambda m: f"about 0.5 {m.group(1)}", text)  # a round figure in words is a rough one
_COMPARATORS = {
    "more than": "gt", "over": "gt", "above": "gt", "exceeding": "gt", "upwards of": "gt",
    "at least": "ge", "no fewer than": "ge", "no less than": "ge", "no lower than": "ge", "or more": "ge",
    "less than": "lt", "fewer than": "lt", "under": "lt", "below": "lt", "at most": "le", "no more than": "le",
    "no higher than": "le", "not more than": "le", "no longer than": "le", "not longer than": "le", "no greater than": "le",
    "not exceeding": "le", "no shorter than": "ge",
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx", "nearly": "approx",
    "almost": "approx", "some": "approx", "close to": "approx", "circa": "approx", "~": "approx",
}  # fmt: skip
_COMPARATOR = lazy_compile(
    r"(" + "|".join(re.escape(c) for c in sorted(_COMPARATORS, key=len, reverse=True)) + r")\s*$", re.IGNORECASE
)


@dataclass(frozen=True)
class Quantity:
    """A number found in text: its value, what kind of figure it is, and any hedge before it."""

    value: float
    kind: str  # "year" | "month" | "day" | "percent" | "count"
    comparator: str | None = None  # gt, ge, lt, le, approx
    text: str = ""
    definite: bool = False  #: "the eight shareholders": a count that names a group already known

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
            spread = {"year": 1, "percent": 3, "month": 2}.get(self.kind) or max(abs(value) * 0.05, 1)
            return abs(value - self.value) <= spread
        return abs(value - self.value) <= tol

    def found_in(self, text: str) -> int:
        """Where this figure is written in ``text``, as a whole figure ("20" is not the start of
        "2018"); -1 when it is not there."""
        if not self.text:
            return -1
        before = r"(?<![\w.,])" if self.text[0].isalnum() else ""
        after = r"(?![\w])" if self.text[-1].isalnum() else ""
        m = re.search(before + re.escape(self.text) + after, text)
        return m.start() if m else -1

    def said_after(self, text: str) -> str | None:
        """What ``text`` says after this figure, found as written or spelled out ("a billion
        times" is "1 billion times"); None when it is not there."""
        at = self.found_in(text)
        if at < 0:
            text = spell_out_digits(text)
            at = self.found_in(text)
        return text[at + len(self.text) :] if at >= 0 else None


def _parse_number(raw: str) -> float | None:
    low = raw.lower()
    if low in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[low])
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", raw):
        # 240.000 and 240,000 are both thousands separators, unless a decimal reading is more plausible
        return float(re.sub(r"[,.]", "", raw))
    return float(raw.replace(",", "."))


#: a month's name, in full or cut short
_MONTH_NAME = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_MONTH = lazy_compile(rf"\b{_MONTH_NAME}\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?\b)?(?=\s*,?\s*(\d{{4}}|of\s+\d{{4}})?)")


#: the day before the month: "23rd May 2018", "23 May", "20 Mar 2006"
_DAY_MONTH = lazy_compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}\b\.?")


#: part of a year: "late 2018" is a month from September on, "early 2018" one up to April
#: ("by the end of 2020" is a deadline, not a month: it is left alone)
_PART_OF_YEAR = lazy_compile(r"\b(early|mid|late)[\s-]+(\d{4})\b", re.IGNORECASE)
_PART_MONTH = {"early": 2.5, "mid": 6.5, "late": 10.5}


#: dates in digits: "23/05/2018", "05.23.2018", "2018-05-23"
_NUMERIC_DATE = lazy_compile(r"\b(?:(\d{1,2})[/.](\d{1,2})[/.](\d{4})|(\d{4})-(\d{2})-(\d{2})|(\d{4})[./](\d{1,2})[./](\d{1,2}))\b")


#: a date written the Chinese way: "2018年5月23日", "2018年5月"
_CJK_DATE = lazy_compile(r"(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?)?")


def _numeric_dates(text: str) -> list[Quantity]:
    """Day and month from a date in digits where its order is plain (one of them over 12), and the year."""
    out = []
    for m in _CJK_DATE.finditer(text) if "年" in text else ():
        out.append(Quantity(float(m.group(1)), "year", None, m.group(0)))
        if m.group(2) and 1 <= int(m.group(2)) <= 12:
            out.append(Quantity(float(m.group(2)), "month", None, m.group(0)))
        if m.group(3) and 1 <= int(m.group(3)) <= 31:
            out.append(Quantity(float(m.group(3)), "day", None, m.group(0)))
    for m in _NUMERIC_DATE.finditer(text):
        if m.group(4) or m.group(7):  # ISO, or the Chinese order in dots ("2018.5.23"): year, month, day
            year, first, second = (m.group(4), m.group(5), m.group(6)) if m.group(4) else (m.group(7), m.group(8), m.group(9))
            month, day = int(first), int(second)
        else:
            first, second, year = int(m.group(1)), int(m.group(2)), m.group(3)
            month, day = (second, first) if first > 12 else (first, second) if second > 12 else (0, 0)
        if 1 <= month <= 12 and 1 <= day <= 31:
            out += [Quantity(float(month), "month", None, m.group(0)), Quantity(float(day), "day", None, m.group(0))]
        out.append(Quantity(float(year), "year", None, m.group(0)))
    return out


#: a season of a year: "the summer of 2018" is a month from June to August, roughly
_SEASON = lazy_compile(r"\b(spring|summer|autumn|fall)\s+(?:of\s+)?(\d{4})\b", re.IGNORECASE)
_SEASON_MONTH = {"spring": 4.0, "summer": 7.0, "autumn": 10.0, "fall": 10.0}

#: a holiday on a fixed day: "on New Year's Day 2018" is the first of January
_HOLIDAY = lazy_compile(
    r"\b(new\s+year(?:'s|’s)\s+(?:day|eve)|christmas(?:\s+(?:day|eve))?|valentine(?:'s|’s)\s+day|singles(?:'|’)?\s+day|double\s+eleven)\b",
    re.IGNORECASE,
)
_HOLIDAY_DATE = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25), "christmas day": (12, 25),
                 "christmas eve": (12, 24), "valentine's day": (2, 14), "singles' day": (11, 11), "singles day": (11, 11),
                 "double eleven": (11, 11)}


#: words that make the next "May" a month: "in May", "early May", "since May"
_MONTH_CUE = lazy_compile(r"\b(?:in|early|late|mid|since|by|until|from|of|last|next|this|during)[\s-]+$", re.IGNORECASE)


def _months(text: str) -> list[Quantity]:
    out = []
    for m in _SEASON.finditer(text):
        out.append(Quantity(_SEASON_MONTH[m.group(1).lower()], "month", "approx", m.group(0)))
    for m in _HOLIDAY.finditer(text):
        month, day = _HOLIDAY_DATE[" ".join(m.group(1).lower().replace("’", "'").split())]
        out += [Quantity(float(month), "month", None, m.group(0)), Quantity(float(day), "day", None, m.group(0))]
    for m in _PART_OF_YEAR.finditer(text):
        out.append(Quantity(_PART_MONTH[m.group(1).lower()], "month", "approx", m.group(0)))
    dated = set()  # where a month name follows a day ("23 May"): a month, even without a year
    for m in _DAY_MONTH.finditer(text):
        day, name = m.group(1), m.group(2)
        if 1 <= int(day) <= 31:
            out.append(Quantity(float(day), "day", None, f"{day} {name}"))
            dated.add(m.start(2))
    for m in _MONTH.finditer(text):
        name, day, year = m.group(1), m.group(2), m.group(3)
        if name == "May" and not (day or year or m.start(1) in dated or _MONTH_CUE.search(text, 0, m.start(1))):
            continue  # the verb, most likely ("in early May" is the month)
        out.append(Quantity(float(_MONTHS.index(next(mn for mn in _MONTHS if mn.startswith(name.lower()[:3]))) + 1), "month", None, name))
        if day and 1 <= int(day) <= 31:
            out.append(Quantity(float(day), "day", None, f"{name} {day}"))
    return out


#: how big a majority is said to be: "a controlling majority", "a slim majority"
_SIZED = r"(?:controlling|clear|slim|slight|large|vast|overwhelming|absolute|simple|narrow|big|huge|comfortable)"
_FRACTION = lazy_compile(
    r"\b(?:(?P<frac>half|(?:a|one)[\s-]quarter|three[\s-]quarters|(?:a|one)[\s-]third|two[\s-]thirds|(?:a|one)[\s-](?:fifth|tenth)|(?:two|three|four)[\s-]fifths)\s+of|"
    r"(?P<maj>(?:a|the)\s+(?:"+ _SIZED + r"\s+)?majority|majority|a minority|most)\s+of\b|(?P<maj2>(?:a|the)\s+(?:" + _SIZED + r"\s+)?majority|a minority)\b|"

    r"(?P<num>one|two|three|four|five|six|seven|eight|nine|[1-9])\s+(?:(?!in\b|out\b)[a-z]+\s+)?(?:in|out\s+of)\s+(?:every\s+)?(?P<den>two|three|four|five|six|seven|eight|nine|ten|10|[2-9])\b|"
    # (a fraction in figures, of something: "~1/4 of China's population"; "5/22" alone may be a date)
    r"(?<![\d/.])(?P<snum>[1-9])\s*/\s*(?P<sden>10|[2-9])\s+of\b)",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 50.0, "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0, "a third": 100 / 3,
              "one third": 100 / 3, "two thirds": 200 / 3, "a fifth": 20.0, "one fifth": 20.0, "two fifths": 40.0,
              "three fifths": 60.0, "four fifths": 80.0, "a tenth": 10.0, "one tenth": 10.0}  # fmt: skip


_RATIO_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}


def _fractions(text: str) -> list[Quantity]:
    out = []
    for m in _FRACTION.finditer(text):
        if m.group("num") or m.group("snum"):  # "seven in ten" is 70%, "1/4 of" 25%
            said = (m.group("num"), m.group("den")) if m.group("num") else (m.group("snum"), m.group("sden"))
            num, den = (_RATIO_WORDS.get(g.lower()) or int(g) for g in said)
            if num < den:
                out.append(Quantity(round(100 * num / den, 1), "percent", "approx", m.group(0)))
        elif m.group("frac"):
            # "more than half of", "under a third of": the comparator said before the fraction
            said = _COMPARATOR.search(text[max(0, m.start() - 20) : m.start()].rstrip() + " " if m.start() else "")
            comparator = _COMPARATORS[said.group(1).lower()] if said else "approx"
            out.append(Quantity(_FRACTIONS[" ".join(m.group("frac").lower().replace("-", " ").split())], "percent", comparator, m.group(0)))
        else:
            minority = "minority" in (m.group("maj") or m.group("maj2")).lower()
            out.append(Quantity(50.0, "percent", "lt" if minority else "gt", m.group(0)))
    return out


_MONTH_BEFORE = lazy_compile(r"(?:\b(?:" + "|".join(_MONTHS) + r")\s*)$", re.IGNORECASE)


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10}  # fmt: skip
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
_RANK_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
#: a place in a ranking: "number two", "No. 1", "second most-followed", "tenth place", "ranks fifth"
_RANK = lazy_compile(
    rf"\b(?:number|no\.)[\s-]*(?P<num>{_RANK_NUMBER})\b(?!\s*(?:percent|per\s+cent|%|million|billion))"
    # (not the idiom "in the first place")
    rf"|(?<!\bin\sthe\s)\b(?P<ord>{_ORDINAL})(?=[\s-]+(?:place|spot|position|most|largest|biggest|highest|richest|best|popular)\b)"
    rf"|\b(?:comes?|came|ranks?|ranked|placed|places|finished|sits?)\s+(?:in\s+)?(?:(?:only|just|merely|a\s+mere|a\s+lowly)\s+)?(?P<ord2>{_ORDINAL})\b"
    # ("He Jiong is third on Weibo's 2017 star list")
    rf"|\b(?:is|was|stands?|stood)\s+(?P<ord4>{_ORDINAL})(?=\s+(?:on|among)\s|\s+in\s+(?:the|a|its|weibo)\b)"
    # the place in a sequence of people or places: "the first local person put on the blacklist"
    rf"|\bthe\s+(?P<ord3>{_ORDINAL})\s+(?:[\w-]+\s+){{0,2}}?(?:person|man|woman|resident|citizen|individual|city)\b",
    re.IGNORECASE,
)


def _ranks(text: str) -> list[Quantity]:
    out = []
    for m in _RANK.finditer(text):
        raw = (m.group("num") or m.group("ord") or m.group("ord2") or m.group("ord3") or m.group("ord4")).lower()
        value = _ORDINAL_WORDS.get(raw) or _UNITS.get(raw) or int(re.sub(r"\D", "", raw) or 0)
        if value:
            out.append(Quantity(float(value), "rank", None, m.group(0)))
    return out


#: "a single bank", "just one major bank", "a pair of start-ups": how many founders, owners or members
_FEW = lazy_compile(
    r"\b(?:a\s+single|one\s+single|a\s+lone|one\s+lone|a\s+sole|(?:just|only|merely)\s+one|a\s+(?:pair|couple)\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:banks?|compan(?:y|ies)|firms?|investors?|shareholders?|start-?ups?|founders?|owners?|members?|institutions?|backers?|partners?|"
    r"sponsors?|parents?|lenders?|corporations?|groups?|bod(?:y|ies)|organi[sz]ations?)\b",
    re.IGNORECASE,
)


def _any_of(*words: str) -> LazyPattern:
    """A cheap test before a costlier pattern runs (and is compiled): does the text contain any of these?"""
    return lazy_compile("|".join(re.escape(w) for w in words))


def _mentions(low: str, test: LazyPattern) -> bool:
    return test.search(low) is not None


_DATED = _any_of(
    *(m[:3] for m in _MONTHS), "spring", "summer", "autumn", "fall", "early", "mid", "late", "christmas", "new year", "valentine", "singles",
    "double eleven",
)
_ERA_WORDS = _any_of("coronavirus", "covid", "pandemic", "pneumonia")
#: an event that dates what is said of it: the coronavirus outbreak began at the turn of 2020
_ERA = lazy_compile(
    r"\b(?:(?:novel\s+)?coronavirus|covid(?:-19)?|(?:the|a)\s+(?:covid\s+|coronavirus\s+)?pandemic|(?:new|novel|wuhan)\s+pneumonia)\b", re.IGNORECASE
)
_SHARED = _any_of("half", "quarter", "third", "fifth", "tenth", "majority", "minority", "most", " in ", " out of ", "/")
_FEW_WORDS = _any_of("single", "pair", "couple", "one", "lone", "sole")
_SPELT = _any_of(
    "hundred", "thousand", "llion", "half", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "tieth", "teenth",
)
_RANKED = _any_of("number", "no.", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "1st", "2nd", "3rd", "th ")  # fmt: skip
_NUMBERISH = _any_of(*_NUMBER_WORDS)
_SPANS = _any_of("day", "week", "month", "year", "decade")


def extract_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``: years, months, days, percentages, counts and ranks, with scale words applied."""
    low = text.lower()
    if _mentions(low, _SPELT) and _NUMBER_WORD_RUN.search(text):
        # numbers in words, in digits first: "May twenty-third, twenty eighteen" is a date
        text = spell_out_digits(text)
        low = text.lower()
    digits = any(ch.isdigit() for ch in text)
    dates = _numeric_dates(text) if digits and ("/" in text or "-" in text or "." in text or "年" in text) else []
    if dates:  # "23/05/2018" is a date, not three counts
        text = _CJK_DATE.sub(lambda m: " " * len(m.group(0)), _NUMERIC_DATE.sub(lambda m: " " * len(m.group(0)), text))
    out: list[Quantity] = dates
    if _mentions(low, _ERA_WORDS) and (era := _ERA.search(text)):
        # "during the coronavirus outbreak" speaks of 2020 or later, however it is dated
        out.append(Quantity(2020.0, "year", "ge", era.group(0)))
    if _mentions(low, _DATED):
        out += _months(text)
    if _mentions(low, _SHARED):
        out += _fractions(text)
    if out:  # "three-quarters of" is 75%, not also a count of three; "23 May" is a day, not a count
        text = _FRACTION.sub(lambda m: " " * len(m.group(0)), text)
        text = _DAY_MONTH.sub(lambda m: " " * len(m.group(1)) + m.group(0)[len(m.group(1)) :], text)
    if _mentions(low, _FEW_WORDS):
        for m in _FEW.finditer(text):
            two = re.search(r"\b(?:pair|couple)\b", m.group(0), re.IGNORECASE)  # (all the others count one: "a lone firm")
            out.append(Quantity(2.0 if two else 1.0, "count", None, m.group(0)))
    ranks = _ranks(text) if _mentions(low, _RANKED) else []
    if ranks:  # "number two on the list" is a place, not a count of two
        out += ranks
        text = _RANK.sub(lambda m: " " * len(m.group(0)), text)
    if not (digits or _mentions(low, _NUMBERISH)):
        return out + _spans(text, low)
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
        if unit and kind == "count" and _OLD.match(text, unit.end()):
            # "23 years old", "a 57-year-old": an age, in years, which a span of time does not contradict
            out.append(Quantity(value, "age", None, m.group(0) + unit.group(0)))
            continue
        if unit and kind == "count":  # "180 days", "a 90-day ban", "three years": a span of time, in days
            kind, value = "duration", value * _DAYS[unit.group(1).lower()]
        # ("the eight shareholders" names a group by its size; "the 640 million people online" gives a figure)
        definite = kind == "count" and comparator is None and value < _GROUP_SIZE and bool(_DEFINITE.search(before))
        out.append(Quantity(value, kind, comparator, m.group(0) + (unit.group(0) if unit else ""), definite))
    return _endpoints(out + _spans(text, low))


_OLD = lazy_compile(r"[\s-]*(?:old|of\s+age)\b", re.IGNORECASE)


def _spans(text: str, low: str) -> list[Quantity]:
    """Spans of time said with no number: "a full year", "an entire month"."""
    if not _mentions(low, _SPANS):
        return []
    out = [Quantity(float(_DAYS[m.group(1).lower()]), "duration", None, m.group(0)) for m in _ONE_SPAN.finditer(text)]
    # a rate says its span as "a day" does: "100 million messages each day" is "... a day"
    out += [
        Quantity(float(_DAYS[m.group(1).lower()]), "duration", None, m.group(0))
        for m in _PER_SPAN.finditer(text)
        if _RATE_BEFORE.search(text, 0, m.start())
    ]
    if "half" in low:  # "half a year", "a half-year ban": about 180 days
        out += [Quantity(_DAYS["year"] / 2, "duration", "approx", m.group(0)) for m in _HALF_YEAR.finditer(text)]
    return out


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
_DURATION_AFTER = lazy_compile(r"[\s-]+(?:(?:free|full|whole|straight|consecutive|extra|more)\s+)?(days?|weeks?|months?|years?|decades?)\b", re.IGNORECASE)
#: one unit of time: "a week", "a full year", "week-long"
#: a span said as a rate: "each day", "per week", "every month"...
_PER_SPAN = lazy_compile(r"\b(?:each|every|per)\s+(day|week|month|year)\b", re.IGNORECASE)
#: ...after a count of things: "100 million messages (on Weibo) each day"
_RATE_BEFORE = lazy_compile(r"(?:\d|\b(?:million|billion|thousand|hundred))\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}s(?:\s+(?:on|in|across|through)\s+[a-z]+)?\s+$", re.IGNORECASE)
_ONE_SPAN = lazy_compile(
    # (not "2009, a year that proved pivotal": a time described, no span)
    r"(?<!half\s)(?<!,\s)\b(?:(?:(?:a|one|a\s+full|a\s+whole|an\s+entire)\s+|one-)(?=(?:day|week|month|year|decade)\b(?!\s+(?:ago|later|after|before|earlier|that|when|in\s+which|of\b)))"
    # ("a full week of free test driving" is a week all the same)
    r"|(?:a\s+full|a\s+whole|an\s+entire)\s+(?=(?:day|week|month|year|decade)\s+of\b)"
    r"|(?=(?:day|week|month|year|decade)-long\b))(day|week|month|year|decade)\b",
    re.IGNORECASE,
)


_GROUP_SIZE = 1000  #: a count after "the" below this names a group by its size
_DEFINITE = lazy_compile(r"\b(?:the|these|those|its|their)\s+$", re.IGNORECASE)
_HALF_YEAR = lazy_compile(r"\bhalf[\s-]+(?:a\s+)?year\b", re.IGNORECASE)


def quantity_kind(value: float) -> str:
    """The kind a bare number pinned by a fact most likely is (facts list years as plain numbers)."""
    return "year" if float(value).is_integer() and 1900 <= value <= 2100 else "count"


def is_number_word(word: str) -> bool:
    """Is this token a figure or part of one ("520", "eight", "million", "October")? Such words are no content."""
    return word[:1].isdigit() or word in _NUMBER_WORDS or word in _SCALES or word in _MONTH_WORDS


#: month names and their short forms: read as figures (see _months), so no content word
_MONTH_WORDS = frozenset(_MONTHS) | {m[:3] for m in _MONTHS} | {"sept"}
