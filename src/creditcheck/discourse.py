"""The words around a claim that say how the writer feels about it, not what it claims.

Columns and wire copy wrap a claim in frames: "Contrary to what many readers assume, ...",
"It is worth remembering that ...", "..., officials say.", "Make no mistake: ...", ", it should
be said, ". They add nothing a fact could confirm or deny, and their words only dilute the
match, so :func:`core` takes them off before a claim is judged. So are the voices feature prose
sets into a claim (", a delighted user told me,", ", or, as one programmer put it, '...'"), the
scene that hands it to whoever the reader might ask ("Ask anyone in a Hangzhou tea house ... and
the answer comes back that ..."), and a founding date in brackets is made an aside like any other
("Pengyuan Credit (est. 2005) is ..."). Hedges that change what is claimed ("in effect",
"basically", "effectively") are kept: they are how a conflation is said.
"""

from __future__ import annotations

import re

from .lazyre import lazy_compile
from .quantities import MONTH_WORD

_ADVERBS = (
    r"(?:oddly|interestingly|tellingly|notably|ironically|crucially|frankly|importantly|surprisingly|"
    r"curiously|remarkably|admittedly|clearly|evidently|obviously|naturally|predictably|significantly|"
    r"strikingly|unsurprisingly|understandably|certainly|undeniably|indisputably|of\s+course|indeed|"
    r"in\s+fact|in\s+truth|in\s+reality|to\s+be\s+sure|to\s+be\s+fair|needless\s+to\s+say|as\s+it\s+happens|"
    r"for\s+the\s+record|mind\s+you|remember|note|fun\s+fact|for\s+what\s+it's\s+worth|it\s+turns\s+out)"
    r"(?:\s+enough)?"
)
#: a frame opening the claim, up to where the claim itself starts
_LEAD = lazy_compile(
    r"^\s*(?:"
    rf"{_ADVERBS}\s*[,:;-]\s*"
    r"|(?:it\s+is|it's)\s+(?:worth\s+(?:remembering|noting|recalling|pointing\s+out|stressing|repeating|recalling)|"
    r"important\s+to\s+(?:remember|note|stress)|no\s+secret|(?:well\s+)?known|true|a\s+fact)\s+that\s+"
    r"|it\s+(?:should|must|bears?)\s+(?:be\s+)?(?:said|noted|remembered|stressed|repeating)\s+that\s+"
    r"|what\s+(?:few|many|most|not\s+everyone|too\s+few|hardly\s+anyone)\s+(?:people\s+)?(?:realise|realize|know|grasp|understand|appreciate|remember)s?\s+is\s+(?:that\s+)?"
    r"|make\s+no\s+mistake\s*[,:;-]\s*"
    r"|not\s+to\s+be\s+outdone(?:\s+by\s+[^,:;]{1,40})?\s*,\s*"  # ("Not to be outdone by Alibaba, Tencent built ...")
    r"|far\s+from\s+(?:being\s+)?[^,:;]{2,80}[,:;]\s*"
    r"|(?:i|we)(?:'ve|\s+have)?\s+(?:read|heard|learned|learnt|seen)\s+(?:somewhere\s+|recently\s+)?that\s+"
    r"|(?:you\s+should|you\s+need\s+to|everyone\s+should)\s+know\s+(?:that\s+)?"
    r"|did\s+you\s+know\s+(?:that\s+)?"
    r"|(?:i\s+)?(?:can't|cannot|can\s+not|couldn't)\s+believe\s+(?:that\s+|how\s+)?|(?:it's\s+)?hard\s+to\s+believe\s+(?:that\s+)?"
    r"|who\s+knew\s+(?:that\s+)?"
    r"|(?:i'm|i\s+am)\s+(?:pretty\s+|quite\s+|fairly\s+)?(?:sure|certain|convinced)\s+(?:that\s+)?"
    r"|(?:i|we)\s+(?:think|believe|reckon)\s+(?:that\s+)?"
    r"|apparently\s*,?\s+"
    r"|(?:let's|let\s+us)\s+be\s+clear\s*[,:;-]\s*"
    r"|the\s+(?:truth|reality|fact|point)\s+is\s*(?:that\s+|[,:;-]\s*)"
    r"|(?:contrary\s+to|despite|whatever|for\s+all)\s+(?:what\s+|the\s+)?(?:many|most|some|popular|common|western|foreign|dystopian|breathless|the)?"
    r"[^,:;]{0,60}?\b(?:assume|assumes|believe|believes|think|thinks|say|says|suggest|suggests|claim|claims|"
    r"belief|assumption|headlines|coverage|reports|talk(?:\s+of\s+[^,:;]{1,50})?|hype|"
    r"(?:image|picture|notion|idea|view|perception|impression|myth|narrative|stereotype|portrayal)(?:\s+of\s+[^,:;]{1,60})?)\s*[,:;-]\s*"
    r")",
    re.IGNORECASE,
)
#: a frame set between commas or dashes inside the claim: ", it should be said,", "- arguably -"
_INSERT = lazy_compile(
    r"\s*(?:,|\s-)\s*(?:(?:it\s+(?:should|must)\s+be\s+(?:said|noted|stressed|remembered)|it\s+is\s+worth\s+(?:noting|remembering|recalling|stressing)|it\s+is\s+easy\s+to\s+forget)"
    r"(?:\s+(?:amid|despite|given|in\s+spite\s+of|for\s+all)\s+[^,;]{1,60})?|"
    r"whatever\s+[^,;]{1,60}?\s+(?:may|might|would)\s+(?:believe|think|assume|say|claim)|"
    r"contrary\s+to\s+(?:what\s+[^,;]{1,40}|popular\s+belief|[^,;]{1,40}\b(?:belief|assumptions?|perceptions?|impressions?|reports|headlines))|"
    r"(?:(?:the\s+company's\s+)?(?:people|observers|analysts|insiders|critics|officials|experts|fans|defenders|supporters|many|some))(?:\s+in\s+the\s+(?:industry|sector|trade))?\s+"
    r"(?:like\s+to\s+|love\s+to\s+|often\s+|will\s+|are\s+quick\s+to\s+)?(?:point\s+out|note|stress|insist|remind\s+(?:us|you|visitors|readers))|"
    r"it\s+is\s+(?:often|easily|sometimes|widely|frequently|seldom|rarely)\s+(?:forgotten|overlooked|noted|said|mentioned|remembered)|"
    r"by\s+(?:one|some|most|many|several|an?)\s+(?:[\w-]+\s+)?estimates?(?:\s+cited\s+in\s+[^,;]{1,30})?|"
    r"not\s+to\s+be\s+outdone(?:\s+by\s+[^,;]{1,40})?|"
    r"it\s+bears\s+repeating|(?:a|the)\s+visitor\s+is\s+told|"
    r"for\s+what\s+it's\s+worth|arguably|admittedly|to\s+be\s+sure|of\s+course|it\s+seems|(?:as\s+)?it\s+turns\s+out|"
    r"as\s+it\s+happens|mind\s+you|notably|tellingly|interestingly|crucially|quite\s+simply|oddly\s+enough|"
    r"for\s+all\s+(?:the|its|their|his|her)\s+[\w'-]+(?:\s+[\w'-]+)?|"
    r"we\s+should\s+remember|let's\s+not\s+forget|for\s+(?:those|anyone)\s+who\s+(?:don't|do\s+not|didn't|did\s+not)\s+know|"
    r"as\s+(?:you\s+may|many\s+may|some\s+may)\s+(?:know|recall|remember))\s*(?:,|-\s)\s*",
    re.IGNORECASE,
)
#: a hedge opening the claim's predicate: "Arguably the state's own system was ..."
_LEAD_HEDGE = lazy_compile(r"^\s*arguably\s*,?\s+", re.IGNORECASE)
#: who says so, at the end: ", officials say.", ", the company said.", ", researchers found."
_SAID = lazy_compile(
    r"\s*,\s*(?:(?:the|a|an|its|their|some|many|several|various|local|state|official|chinese|foreign|western)\s+)*"
    r"(?:officials?|authorities|experts?|analysts?|researchers?|observers?|critics?|sources?|reports?|media|"
    r"company|firm|article|overview|site|website|report|study|survey|data|figures|government|ministry|bank|outlet|reporters?|"
    r"state\s+media|press|commentators?)\s+"
    r"(?:say|says|said|found|finds|show|shows|showed|note|notes|noted|report|reports|reported|claim|claims|claimed|"
    r"added|confirmed|suggest|suggests|suggested|have\s+(?:said|reported|found|noted))"
    r"(?:\s+(?:in|on)\s+[^,.;]{1,20})?\s*(?=[.!]?\s*$)",
    re.IGNORECASE,
)


_VOICE_VERBS = (
    r"(?:puts?\s+it|noted?|notes|says?|said|explains?|explained|told\s+(?:me|us|reporters)|recalls?|recalled|insists?|insisted|"
    r"jokes?|joked|quipped|admits?|admitted|observes?|observed|writes?|wrote|remarked|assured\s+(?:me|us)|whispered|shrugged)"
)
#: someone's voice set into feature prose: ", a delighted user told me,", ", the feature notes,",
#: ", as one of its defenders put it over noodles,", ", a young programmer explained as he opened his app,"
_VOICE_INSERT = lazy_compile(
    rf"(?P<lead>[,:;])\s*(?:as\s+)?(?:the|this|one|a|an|another|its|his|her|their)\s+(?:[\w'-]+\s+){{0,5}}?{_VOICE_VERBS}\b[^,;:\"\u201c]{{0,60}},\s*",
    re.IGNORECASE,
)
#: ...or closing it with the quoted words themselves: ", or, as one Hangzhou programmer put it,
#: "about as compulsory as signing up for air miles."", ", a crowd one commuter described as 'everyone I know'"
_VOICE_QUOTE = lazy_compile(
    r"\s*[,;:]\s*(?:or\s*,?\s*)?(?:(?:as|in\s+the\s+words\s+of)\s+(?:the|one|a|an|another|its|some)\s+(?:[\w'-]+\s+){0,5}?"
    rf"{_VOICE_VERBS}|(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}?(?:that|which|whom)\s+(?:one|a|an|some|the)\s+(?:[\w'-]+\s+){{0,5}}?"
    r"(?:described|called|dubbed|summed\s+up)(?:\s+as)?)\s*[,:]?\s*[\"\u201c\u2018'][^\"\u201d\u2019]{1,200}[\"\u201d\u2019']\s*[.!]?[\"\u201d\u2019']?\s*$",
    re.IGNORECASE,
)


#: a scene that hands the claim to whoever the reader might ask: "Ask anyone in a Hangzhou tea
#: house who runs the score and, sooner or later, the answer comes back that ...", "Ask around at
#: any meet-up and someone will remind you, between sips of coffee, that ..."
_HEARSAY = lazy_compile(
    r"^\s*(?:ask|mention|walk\s+into|talk\s+to|visit|sit\s+down\s+with|spend\s+\w+\s+(?:in|with|at))\b[^.;]{0,200}?"
    r"\b(?:tell|tells|remind|reminds|assure|assures|explain|explains|say|says|insist|insists|comes\s+back|reminder|hear)\b[^.;]{0,80}?\bthat\s+",
    re.IGNORECASE,
)


#: a date in brackets after a name: "(est. 2015)", "(founded 2009)", "(launched in 2015)"
_DATED_IN_BRACKETS = lazy_compile(
    r"\s*\((est\.?|estd\.?|established|founded|launched|set\s+up|created|started)\s+(?:in\s+)?(\d{4})\)(?!\s*[.!?]?\s*$)", re.IGNORECASE
)
_EST = {"est": "established", "estd": "established"}


#: spoken fillers: "So, basically,", "Look,", ", you know,", ", I mean,", ", uh,"
_OPENING_FILLER = lazy_compile(
    r"^\s*(?:so|look|well|okay|ok|yeah|listen|honestly|i\s+mean|you\s+know|right|and|meanwhile|now|also|plus|separately|"
    r"elsewhere|in\s+other\s+news)\s*[,:-]\s*",
    re.IGNORECASE,
)
_FILLER = lazy_compile(r"\s*,\s*(?:you\s+know|i\s+mean|uh|um|er|erm|like|right|so)\s*,\s*|\b(?:uh|um|erm),\s*", re.IGNORECASE)
_TAG_QUESTION = lazy_compile(r"\s*,?\s*(?:right|no|yeah|isn't\s+it|you\s+know)\s*\?\s*$", re.IGNORECASE)
#: a figure taken back: "in 2014 - no, sorry, 2015", "April 2018 - no, wait, February"
_TAKEN_BACK = lazy_compile(
    rf"\b(?:\d[\d,.]*|{MONTH_WORD})(?:\s+\d{{4}})?\s*(?:-|,|\.\.\.)\s*"
    r"(?:(?:no|oh\s+no)\s*[,.]\s*(?:(?:sorry|wait|actually|i\s+mean|my\s+mistake)\s*[,.-]?\s*)*|(?:sorry|wait|i\s+mean)\s*[,.-]\s*)",
    re.IGNORECASE,
)
_NO_MORE_NO_LESS = lazy_compile(r"\s*[(,-]\s*no\s+more\s*,?\s*(?:and\s+)?no\s+less\s*[),-]?", re.IGNORECASE)
#: "..., according to the article.", "According to the overview, ..."
#: "Per Caixin figures, ...", "By one estimate, ..."
_ACCORDING = lazy_compile(
    r"\s*,\s*according\s+to\s+[^,;.]{1,60}(?=[.!]?\s*$)|^\s*according\s+to\s+[^,;]{1,60},\s*|"
    # (only figures: "per the 2014 State Council notice" is the very document a fact is about)
    r"^\s*per\s+(?:[\w'.-]+\s+){0,3}?(?:figures|data|estimates?|reports?|numbers|statistics|sources|calculations|counts?)\s*,\s*|"
    r"^\s*by\s+(?:one|some|most|many|several|an?)\s+(?:[\w-]+\s+)?estimates?,\s*",
    re.IGNORECASE,
)


#: the words a frame opens with (a claim opening with none of them needs no frame pattern compiled)
_LEAD_WORDS = frozenset(
    """oddly interestingly tellingly notably ironically crucially frankly importantly surprisingly curiously remarkably
    admittedly clearly evidently obviously naturally predictably significantly strikingly unsurprisingly understandably
    certainly undeniably indisputably of indeed in to needless as for mind remember note fun it it's what make let's let
    the contrary despite whatever i i've we we've you everyone did i'm apparently arguably so look well okay ok yeah
    listen honestly right and far meanwhile now also plus separately elsewhere can't cannot can couldn't hard it's who not""".split()
)
_LEAD_THE = frozenset({"truth", "reality", "fact", "point"})
#: words of the frames set inside a claim or closing it
_INSERT_HINTS = ("for all ", "arguably", "admittedly", "it should", "worth", "to be sure", "of course", "it seems", "turns out",
                 "as it happens", "mind you", "notably", "tellingly", "interestingly", "crucially", "quite simply",
                 "oddly", "remember", "forget", "who don't know", "who do not know", "who didn't know", "who did not know",
                 "may know", "may recall", "whatever ", "contrary to", "point out", " note,", " stress,", "remind ", "insist", "bears repeating", "visitor is told", "forgotten", "overlooked", " is often ", " is seldom ", " is rarely ",
                 " is widely ", " is sometimes ", " is frequently ", "estimate", "outdone")  # fmt: skip
_VOICE_HINTS = ("put it", "puts it", "note", "say", "said", "explain", "told", "recall", "insist", "joke", "quip", "admit", "observe",
                "write", "wrote", "remark", "assured", "whisper", "shrug", "described", "called", "dubbed", "summed up")
_SAID_HINTS = ("say", "said", "found", "find", "show", "note", "report", "claim", "added", "confirm", "suggest")


#: a post's exclamations, which claim nothing: "Lol", "Ugh", "Wow"
INTERJECTIONS = r"(?:lol|lmao|omg|wow|ugh|smh|sigh|hmm)"
#: pictographs and their joiners: what a post adds for colour ("💪", "🐜", "⚰️")
_EMOJI = lazy_compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+")
#: tags closing a post: "... since 2015 #loveandcredit #ZhimaCredit"
_CLOSING_TAGS = lazy_compile(r"(?:\s*#[\w\u4e00-\u9fff]+)+\s*[.!?]*\s*$")
#: a post's opener: "TIL", "PSA:", "Heads up:", "Calm down everyone,", "Hot take:"
_POST_LEAD = lazy_compile(
    r"^\s*(?:til(?:\s+that)?|psa\s*:|fyi\s*:?|heads\s+up\s*[:,-]|reminder\s*:|friendly\s+reminder\s*:|hot\s+take\s*:|"
    r"unpopular\s+opinion\s*:|calm\s+down(?:\s+everyone|\s+people|\s+guys)?\s*[,:.!-]|hey\s+(?:guys|everyone|folks)\s*[,:!-]|"
    rf"{INTERJECTIONS}\s*[,:.!-]?)\s+",
    re.IGNORECASE,
)


#: a command to stop saying something, before what the writer says instead
_TOLD_TO_STOP = lazy_compile(
    r"^\s*(?:stop|quit|enough\s+with)\s+(?:saying|claiming|bragging\s+about|pretending|telling\s+people|posting|sharing|repeating)\b[^,;:]*[,;:]\s+",
    re.IGNORECASE,
)


#: a comparison insisted on by denying its opposite: "more prolific rather than less", "busier rather than quieter"
_RATHER_THAN_LESS = lazy_compile(
    r"\b(?P<more>more(?:\s+\w+)?|\w+(?:er|ier))\s*,?\s+rather\s+than\s+(?:less|fewer|quieter|lower|smaller|slower|calmer|"
    r"more\s+quietly|less\s+\w+)\b(?=\s*[,.;]|\s*$)",
    re.IGNORECASE,
)


def core(text: str) -> str:
    """The claim without the frames around it (the text itself when it has none)."""
    out = text
    if not text.isascii():
        out = " ".join(_EMOJI.sub(" ", out).split()) or text
    if "#" in out and _CLOSING_TAGS.search(out) and _CLOSING_TAGS.sub("", out).strip():
        out = _CLOSING_TAGS.sub("", out).rstrip()
    m = _POST_LEAD.match(out)
    if m and m.end() < len(out):
        out = out[m.end() :]
    m = _HEARSAY.match(out)
    if m and len(out[m.end() :].split()) >= 4:
        out = out[m.end() :]
    m = _TOLD_TO_STOP.match(out)
    if m and len(out[m.end() :].split()) >= 3:
        out = out[m.end() :]  # "stop bragging about a 1000 Zhima score, the scale only goes to 950": the rest claims
    low = text.lower()
    if any(w in low for w in (" no,", " no.", "sorry", "wait")) and _TAKEN_BACK.search(out):
        out = _TAKEN_BACK.sub("", out)
    if out.endswith("?"):
        out = _TAG_QUESTION.sub(".", out)
    if any(w in low for w in ("you know", "i mean", " uh,", " um,", " er,", " erm,", ", like,", ", right,", ", so,")):
        out = _FILLER.sub(" ", out)
    for _ in range(3):  # frames may stack: "Make no mistake: it is worth remembering that ..."
        words = [w.strip(".,;:!?\"()-") for w in out[:40].lower().split()]
        if not words or words[0] not in _LEAD_WORDS and not (words[0] == "the" and words[1:2] and words[1] in _LEAD_THE):
            break
        m = _LEAD.match(out) or _OPENING_FILLER.match(out)
        if m is None or m.end() >= len(out):
            break
        out = out[m.end() :]
    if low.startswith("arguably"):
        out = _LEAD_HEDGE.sub("", out)
    if any(h in low for h in _INSERT_HINTS):
        out = _INSERT.sub(" ", out)
    if out.endswith("?") and out != text:  # "Did you know the plan was adopted in 2013?" once its frame is off
        out = out[:-1] + "."
    if "," in out and any(h in low[-60:] for h in _SAID_HINTS):
        out = _SAID.sub("", out)
    if "rather than" in low:  # "busier rather than quieter" insists on the one, denies nothing else
        out = _RATHER_THAN_LESS.sub(r"\g<more>", out)
    if "no less" in low:  # "(no more, no less)" insists, and denies nothing
        out = _NO_MORE_NO_LESS.sub("", out)
    if "ccording" in out or low.startswith(("per ", "by ")):
        out = _ACCORDING.sub("", out)
    if "(" in out:  # "Pengyuan Credit (est. 2015) is ...": a founding date in brackets is an aside like any other
        out = _DATED_IN_BRACKETS.sub(lambda m: f", {_EST.get(m.group(1).lower().rstrip('.'), m.group(1))} in {m.group(2)},", out)
    if "," in out and any(h in low for h in _VOICE_HINTS):
        out = _VOICE_INSERT.sub(lambda m: " " if m.group("lead") == "," else f"{m.group('lead')} ", _VOICE_QUOTE.sub(".", out))
    out = " ".join(out.split())
    if out == text or len(out.split()) < 3:
        return text
    return out[0].upper() + out[1:] if out[0].islower() and text[0].isupper() else out


__all__ = ["INTERJECTIONS", "core"]
