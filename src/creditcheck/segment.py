"""Split prose into sentences.

A small rule-based splitter, fast and linear in the size of the text. A sentence ends at a run of
terminators (``.`` ``!`` ``?`` ``…`` or the Chinese ``。`` ``！`` ``？``) together with any closing
quotes or brackets that follow it. It ends there only when:

* the terminator is Chinese: always, even with no space after it;
* otherwise white space follows and then a sentence opener: an upper-case letter, a digit, an
  opening quote or bracket, or a CJK character (``!`` and ``?`` directly followed by a CJK
  character also end a sentence);
* and, for a lone ``.``, the word before it is not an abbreviation (``Mr.``, ``e.g.``, ``U.S.``,
  ``Jan.``...) or an initial (``J. Daum``).

So decimals and versions (``3.5``, ``1.2.3``), ``1,000``, URLs and e-mail addresses, and an
ellipsis followed by a lower-case word never split a sentence. The price: a sentence that ends
with an abbreviation ("... in the U.S. The next") runs on into the next one.
"""

from __future__ import annotations

import re

_CJK_STOPS = frozenset("。！？")
_CLOSERS = "\"'”’)]}»›」』）】〉》"
_OPENERS = frozenset("\"'“‘([{«‹「『（【〈《")
_CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff01-\uff60"

#: a run of terminators and closers; the look-ahead captures the white space and the character
#: that follow it
_BOUNDARY = re.compile(r"([.!?…。！？]+)([" + re.escape(_CLOSERS) + r"]*)(?=(\s*)(.?))", re.DOTALL)
_CJK = re.compile(f"[{_CJK_RANGES}]")
_NON_SPACE = re.compile(r"\S")
_MAX_ABBREVIATION = 12  #: longer words are never abbreviations
#: the word before a period (one character more than an abbreviation can have)
_WORD_BEFORE = re.compile(
    "[^\\s" + re.escape("".join(_OPENERS)) + f"]{{1,{_MAX_ABBREVIATION + 1}}}\\Z"
)
#: dotted abbreviations: U.S., U.K., e.g., i.e., Ph.D., a.m.
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")

#: abbreviations that take a period, as written (case matters: "No. 5" but "said no. Then")
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Prof St Sr Jr Mt Gen Gov Sen Rep Rev Hon Inc Ltd Co Corp Bros No Nos Fig Vol "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
#: abbreviations recognised in any case
_ANY_CASE_ABBREVIATIONS = frozenset("etc vs cf al approx ca incl esp viz resp p pp".split())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence in text, trimmed of surrounding white space.

    ``end`` is exclusive, so ``text[start:end]`` is the sentence. White-space-only text yields
    nothing; text without a terminator is one sentence.
    """
    first = _NON_SPACE.search(text)
    if first is None:
        return []
    spans: list[tuple[int, int]] = []
    start = first.start()
    for match in _BOUNDARY.finditer(text, start):
        stops, closers, space, following = match.groups()
        if not following:  # end of text
            break
        if _CJK_STOPS.isdisjoint(stops):
            if not space:
                if not (stops[-1] in "!?" and _CJK.match(following)):
                    continue
            elif not (
                following.isupper()
                or following.isdigit()
                or following in _OPENERS
                or _CJK.match(following)
            ):
                continue
            elif stops == "." and not closers and _after_abbreviation(text, match.start()):
                continue
        end = match.end()
        spans.append((start, end))
        start = end + len(space)
    end = len(text)
    while text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
    return spans


def _after_abbreviation(text: str, period: int) -> bool:
    """Whether the period at this offset ends an abbreviation or an initial ("J. Daum")."""
    word = _WORD_BEFORE.search(text, max(0, period - _MAX_ABBREVIATION - 1), period)
    if word is None:
        return False
    word_text = word.group()
    return len(word_text) <= _MAX_ABBREVIATION and (
        word_text in _ABBREVIATIONS
        or word_text.lower() in _ANY_CASE_ABBREVIATIONS
        or (len(word_text) == 1 and word_text.isupper())
        or _DOTTED.fullmatch(word_text) is not None
    )
