"""Turn text into what the matcher compares: canonical entities, content words, negation (and
the figures :mod:`.quantities` reads).

Everything here is deterministic and cheap; it runs once per fact phrasing when the index is
built and once per claim.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping

from .lazyre import lazy_compile
from .quantities import MONTH_WORD, Quantity, extract_quantities, is_number_word

# -- words -------------------------------------------------------------------------------------

NEGATIONS = frozenset(
    {"not", "no", "never", "none", "neither", "nor", "nobody", "nothing", "nowhere", "cannot", "without",
     "barely", "hardly", "scarcely", "seldom", "rarely",
     # verbs that deny what follows: "ignores the blacklist" is "does not use the blacklist"
     "ignore", "ignores", "ignored", "fail", "fails", "failed", "refuse", "refuses", "refused"}
)

# Function words that carry no fact; removed before fuzzy scoring. ("open" too: "opened an office"
# and "opened the pilots to eight firms" share nothing; "opened for business" is a synonym below.)
STOPWORDS = frozenset(
    """a an the and or but if then than that this these those there here of to in on at by for from with
    as into onto about over under after before since until while during through between among per via
    within upon throughout across amid
    is are was were be been being am has have had having do does did doing will would shall should can
    could may might must it its it's they them their theirs he him his she her hers we us our you your
    i me my which who whom whose what when where why how also too very just only even still already
    yet so such both each every all any some many much other another own s t
    own up out off again further once according reportedly said says say called known aka
    open opens opened opening began begin begins
    sometimes often usually generally typically commonly actually really indeed
    you're we're they're i'm you've we've they've i've you'll we'll they'll it'll he's she's that's there's
    what's who's let's you'd we'd they'd i'd
    """.split()
)

# Words that say the same thing for a fact-checker, mapped to one spelling.
SYNONYMS: Mapping[str, str] = {
    "unlike": "in contrast to",  # (not "unlikely", with which it shares a stem: it compares, it doubts nothing)
    "non-shared": "unshared",  # (one word, as the source has it: "not shared" denies nothing else)
    "not shared": "unshared",
    "was never shared": "unshared",  # ("data that was never shared"; "it never shared data with the police" still denies)
    "were never shared": "unshared",
    "never-shared": "unshared",
    "has not one": "has no single",  # ("China has not one social credit system but two")
    "have not one": "have no single",
    # (what is left unpunished is not punished: "defaming someone online goes unpunished")
    "goes unpunished": "is not punished",
    "go unpunished": "are not punished",
    "went unpunished": "was not punished",
    "gone unpunished": "been not punished",
    "brainchild": "initiative",
    "offspring": "initiative",
    # (a credit agency is a credit bureau; one the government runs is state-run)
    "credit agency": "credit bureau",
    "government-run": "state-run",
    "is a government agency": "is a state-run bureau",  # (what it is; "run by a government agency" says who runs it)
    "is a state agency": "is a state-run bureau",
    "government credit bureau": "state-run credit bureau",
    "state credit bureau": "state-run credit bureau",
    # (a firm that no longer operates on its own no longer exists on its own)
    "wholly": "whole",
    "wholesale": "whole",
    "in their entirety": "whole",
    "in its entirety": "whole",
    "fully absorbed": "merged whole",
    "entirely absorbed": "merged whole",
    "completely absorbed": "merged whole",
    "fully swallowed": "merged whole",
    "no longer operate": "no longer exist",
    "no longer operates": "no longer exists",
    "no longer function": "no longer exist",
    "no longer functions": "no longer exists",
    "no longer run any business": "no longer exist",
    "no longer runs any business": "no longer exists",
    "clone": "copy",  # ("a Twitter clone", "a knock-off of Twitter": a copy of it)
    "knock-off": "copy",
    "knockoff": "copy",
    "dreamed up": "initiated",
    "dreamt up": "initiated",
    "conceived": "initiated",
    "half price": "half-price",
    "full price": "full-price",
    "full fare": "full-price",
    "regular price": "full-price",
    "normal price": "full-price",
    "half off": "half-price",
    "at a discount": "discounted",
    "nothing new": "not new",
    "tops out at": "up to",
    "top out at": "up to",
    "topped out at": "up to",
    # first place, however it is put ("sat at the very top of the 2017 ranking")
    "at the very top of": "at the top of",
    "sat at the top of": "tops",
    "sits at the top of": "tops",
    "sitting at the top of": "tops",
    "stood at the top of": "tops",
    "stands at the top of": "tops",
    "standing at the top of": "tops",
    "was at the top of": "tops",
    "is at the top of": "tops",
    "came top of": "tops",
    "comes top of": "tops",
    "topped": "tops",
    "topping out at": "up to",
    "without paying up front": "pay later",
    "without paying upfront": "pay later",
    "without paying first": "pay later",
    "without paying in advance": "pay later",
    "without paying a cent": "for free",
    "without paying anything": "for free",
    "without paying": "for free",
    # (to pay to use something is not to use it for free)
    "pay to use": "use not for free",
    "pays to use": "uses not for free",
    "paying to use": "using not for free",
    "pay for using": "use not for free",
    # a past job, however it is put: "was an executive at", "came from", "had earlier been employed at"
    "was an executive at": "worked at",
    "was a senior executive at": "worked at",
    "was a manager at": "worked at",
    "an executive at": "worked at",
    "a manager at": "worked at",
    "was employed at": "worked at",
    "been employed at": "worked at",
    "was employed by": "worked at",
    "worked for": "worked at",
    "came from": "worked at",
    "came to baihang from": "worked at",
    "built his career at": "worked at",
    "built her career at": "worked at",
    "spent his career at": "worked at",
    "spent her career at": "worked at",
    "made his career at": "worked at",
    "made her career at": "worked at",
    "rose through the ranks at": "worked at",
    # one word for a lack, however it is put ("lacking independence", "short on independence"),
    # read as a word of its own, not a denial (which would turn "lacks" against "lacking")
    "lacking": "lack",
    "lacks": "lack",
    "lacked": "lack",
    "short on": "lack",
    "fraudsters": "scammers",
    "fraudster": "scammer",
    "con artists": "scammers",
    "the gaps that": "the loopholes that",
    "gaps that allow": "loopholes that allow",
    "gaps that let": "loopholes that let",
    "criticized": "criticised",
    "faulted": "criticised",
    "slammed": "criticised",
    "censured": "criticised",
    "commended": "praised",
    "lauded": "praised",
    "hailed": "praised",
    "applauded": "praised",
    "fans": "followers",  # (on Weibo, one's fans are one's followers)
    "fan base": "followers",
    "fanbase": "followers",
    "government benefits": "public benefits",  # (whose benefits, not who runs something)
    "state benefits": "public benefits",
    # (a firm counted among a group's old hands is among its oldest)
    "old hands": "oldest",
    "old-timers": "oldest",
    "veterans": "oldest",
    "compulsory": "mandatory",
    "obligatory": "mandatory",
    "required": "mandatory",
    "forced": "mandatory",
    "optional": "not mandatory",
    "voluntary": "not mandatory",
    "voluntarily": "not mandatory",
    "opt-in": "not mandatory",
    "a matter of choice": "not mandatory",
    "a matter of personal choice": "not mandatory",
    "a personal choice": "not mandatory",
    # (a choice "rather than an obligation" says the same thing twice; it compares nothing)
    "a matter of choice rather than obligation": "not mandatory",
    "a matter of choice rather than an obligation": "not mandatory",
    "a choice rather than an obligation": "not mandatory",
    "a personal choice rather than an obligation": "not mandatory",
    "voluntary rather than mandatory": "not mandatory",
    "optional rather than mandatory": "not mandatory",
    "a free choice": "not mandatory",
    "a matter of opting in": "not mandatory",
    "under no obligation": "not mandatory",
    # (what nobody "has to" do is not mandatory, what everyone has to do is: "nobody has to join";
    # a replacement is not read again for synonyms, so it says "mandatory" itself)
    "compelled": "mandatory",
    "conscripted into": "mandatory to join",
    "drafted into": "mandatory to join",
    "press-ganged into": "mandatory to join",
    "everyone has to": "everyone is mandatory to",
    "everybody has to": "everybody is mandatory to",
    "nobody has to": "nobody is mandatory to",
    "no one has to": "no one is mandatory to",
    "nobody needs to": "nobody is mandatory to",
    "no one needs to": "no one is mandatory to",
    "do not have to": "are not mandatory to",
    "does not have to": "is not mandatory to",
    "did not have to": "were not mandatory to",
    "no obligation": "not mandatory",
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
    "made its public debut": "launched",
    "made its official debut": "launched",
    "made its first appearance": "launched",
    "was born": "was launched",
    "were born": "were launched",
    "introduced": "launched",
    "went live": "launched",
    "became available": "launched",
    "first became available": "first launched",
    "loyalty card scheme": "loyalty program",
    "loyalty card": "loyalty program",
    "loyalty scheme": "loyalty program",
    "loyalty programme": "loyalty program",
    "points card": "loyalty program",
    "rewards card": "loyalty program",
    "rewards programme": "loyalty program",
    "rewards program": "loyalty program",
    "rolled out": "launched",
    "roll out": "launch",
    "rolling out": "launching",
    "took down": "pulled",
    "taken down": "pulled",
    "switched off": "pulled",
    "brought into the world": "launched",
    "switched on": "launched",  # (what was switched on in a year was launched then)
    "shut down": "pulled",
    "withdrew": "pulled",
    "withdrawn": "pulled",
    "scrapped": "pulled",
    "closed down": "pulled",
    "absorbed": "merged",
    "incorporated": "merged",
    "folded": "merged",
    "swallowed": "merged",
    "subsumed": "merged",
    "and no more": "",
    "whether they like it or not": "mandatory",
    "whether they want it or not": "mandatory",
    "whether you like it or not": "mandatory",
    "whether you want it or not": "mandatory",
    "afterwards": "later",
    "afterward": "later",
    "pay before": "pay earlier",
    "pay first": "pay earlier",
    "tried out": "experimented with",
    "jaywalkers": "jaywalking",
    "jaywalker": "jaywalking",
    "people crossing against the lights": "jaywalking",
    "crossing against the lights": "jaywalking",
    "crossing against red lights": "jaywalking",
    "crossing on a red light": "jaywalking",
    "with no deposit": "without deposit",
    "free of deposit": "without deposit",
    "free of deposits": "without deposit",
    "like it or not": "mandatory",
    "whether or not": "",
    "opened for business": "launched",
    "opened its doors": "launched",
    "threw open its doors": "launched",
    "opened to the public": "launched",
    "began operating": "launched",
    "began running": "launched",
    "started running": "launched",
    "began operations": "launched",
    "started operating": "launched",
    "went into operation": "launched",
    "rolls out": "launched",
    "came online": "launched",
    "went online": "launched",
    "came into existence": "established",
    "has existed since": "was established in",
    "have existed since": "were established in",
    "has only existed since": "was only established in",
    "has been around since": "was established in",
    "have been around since": "were established in",
    "in existence since": "established in",
    "came into being": "established",
    "came into the world": "established",
    "go live": "launched",
    "goes live": "launched",
    "unveiled": "launched",
    "opening up access to": "unblocking",
    "opened up access to": "unblocked",
    "open up access to": "unblock",
    "opens up access to": "unblocks",
    "restored access to": "unblocked",
    "restoring access to": "unblocking",
    "enormous": "huge",
    "vast": "huge",
    "massive": "huge",
    "immense": "huge",
    "data trove": "huge data pool",
    "trove of data": "huge data pool",
    "treasure trove of data": "huge data pool",
    "wealth of data": "huge data pool",
    "mountain of data": "huge data pool",
    "mountains of data": "huge data pool",
    "reservoir of data": "huge data pool",
    "pool of data": "huge data pool",
    "store of data": "huge data pool",
    "left off": "not on",
    "left out of": "not in",
    # (what a score excludes, it does not include: "excludes the court blacklist from its scoring")
    "excludes": "does not include",
    "exclude": "do not include",
    "excluded from": "not in",
    "running without interruption": "never pulled",
    "run without interruption": "never pulled",
    "supervisory": "supervisors",
    "taking the helm at": "leading",
    "taking the helm of": "leading",
    "took the helm at": "led",
    "took the helm of": "led",
    "at the helm of": "leading",
    "industry club": "industry group",
    "lobby group": "group",
    "county level": "county-level",
    "state standing": "state status",
    "has kept running": "was never pulled",
    "stayed up and running": "never pulled",
    "remained up and running": "never pulled",
    "stayed live": "never pulled",
    "stayed active": "never pulled",
    "remained active": "never pulled",
    "kept running": "never pulled",
    "has stayed online": "was never pulled",
    "stayed online": "never pulled",
    "has stayed live": "was never pulled",
    "remained online": "never pulled",
    "remained live": "never pulled",
    "is still up and running": "was never pulled",
    "still up and running": "never pulled",
    "remained in continuous operation": "never pulled",
    "has remained in operation": "was never pulled",
    "remained in operation": "never pulled",
    "in continuous operation": "never pulled",
    "is still running": "was never pulled",
    "still running": "never pulled",
    "is still online": "was never pulled",
    "running continuously": "never pulled",
    "running nonstop": "never pulled",
    "running non-stop": "never pulled",
    "running uninterrupted": "never pulled",
    "ran without interruption": "never pulled",
    "ran nonstop": "never pulled",
    "ran continuously": "never pulled",
    "has been running ever since": "was never pulled",
    "been running ever since": "never pulled",
    "has been operating since": "was established in",
    "has been running since": "was established in",
    "have been running since": "were established in",
    "has been in operation since": "was established in",
    "in operation since": "established in",
    "is led by": "has ceo",
    "is headed by": "has ceo",
    "is helmed by": "has ceo",
    "pay bills on time": "payment history",
    "pay their bills on time": "payment history",
    "pay your bills on time": "payment history",
    "pay his bills on time": "payment history",
    "pay her bills on time": "payment history",
    "pays bills on time": "payment history",
    "pays their bills on time": "payment history",
    "pays your bills on time": "payment history",
    "pays his bills on time": "payment history",
    "pays her bills on time": "payment history",
    "paid bills on time": "payment history",
    "paid their bills on time": "payment history",
    "paid your bills on time": "payment history",
    "paid his bills on time": "payment history",
    "paid her bills on time": "payment history",
    "paying bills on time": "payment history",
    "paying their bills on time": "payment history",
    "paying your bills on time": "payment history",
    "paying his bills on time": "payment history",
    "paying her bills on time": "payment history",
    "owes its existence to": "was launched by",
    "owes its creation to": "was launched by",
    "owed its existence to": "was launched by",
    "owed its creation to": "was launched by",
    "not far from": "near",
    "not far off": "near",
    "better known as": "known as",
    "better-known": "known",
    "failed to repay": "defaulted on",
    "failing to repay": "defaulting on",
    "fails to repay": "defaults on",
    "fail to repay": "default on",
    "failed to pay back": "defaulted on",
    "failing to pay back": "defaulting on",
    "untouched": "not affected",
    "unaffected": "not affected",
    "unscathed": "not affected",
    "unharmed": "not affected",
    "dodging fares": "jumping ticket barriers",
    "dodged fares": "jumped ticket barriers",
    "dodge fares": "jump ticket barriers",
    "fare dodging": "jumping ticket barriers",
    "fare-dodging": "jumping ticket barriers",
    "fare evasion": "jumping ticket barriers",
    "evading fares": "jumping ticket barriers",
    "hot topic": "much-discussed topic",
    "hotly debated": "much-discussed",
    "much discussed": "much-discussed",
    "widely discussed": "much-discussed",
    "the talk of": "much-discussed on",
    "plenum": "plenary session",
    "signed off on": "approved",
    "signs off on": "approves",
    "green-lit": "approved",
    "greenlit": "approved",
    "rubber-stamped": "approved",
    "gave the green light to": "approved",
    "got off the ground": "launched",
    "got its start": "launched",
    "got their start": "launched",
    "gets its start": "launched",
    "get off the ground": "launched",
    "gets off the ground": "launched",
    "got under way": "launched",
    "got underway": "launched",
    "kicked off": "launched",
    "daus": "daily active users",
    "dau": "daily active users",
    "chief executive officer": "ceo",
    "chief executive": "ceo",
    "chief exec": "ceo",
    "headquartered": "based",
    "has its headquarters in": "based in",
    "have their headquarters in": "based in",
    "headquarters are in": "based in",
    "offices are in": "based in",
    "run from an office in": "based in",
    "run from offices in": "based in",
    "runs from an office in": "based in",
    "operates from an office in": "based in",
    "operates from offices in": "based in",
    "office is in": "based in",
    "has its offices in": "based in",
    "has its office in": "based in",
    "headquarters in": "based in",
    "head office in": "based in",
    "operates out of": "based in",
    "operate out of": "based in",
    "operated out of": "based in",
    "runs its operations out of": "based in",
    "runs its operations from": "based in",
    "runs its business from": "based in",
    "run its operations out of": "based in",
    "has its base in": "based in",
    "dates back to": "was established in",
    "date back to": "were established in",
    "dates from": "was established in",
    "date from": "were established in",
    "dating back to": "established in",
    "dates back only to": "was only established in",
    "dates only from": "was only established in",
    **{f"{verb} its {what}{way} to": "was established in"
       for verb in ("traces", "traced") for what in ("founding", "roots", "origins", "history", "beginnings")
       for way in (" back", " all the way back", "")},
    "dating from": "established in",
    # "try their hand at running credit systems" is an attempt, no hand handed over
    **{f"{verb} {whose} hand at": "attempt"
       for verb in ("try", "tries", "tried", "trying") for whose in ("their", "its", "his", "her", "a")},
    **{f"{verb} a hand in": f"{verb} a part in" for verb in ("had", "has", "have")},
    # one of the oldest: "counts among the veterans of the eight-firm cohort"
    "among the veterans": "among the oldest",
    "one of the veterans": "one of the oldest",
    # "has yet to go national" has not gone national
    **{f"{aux} yet to": f"{aux} not yet" for aux in ("has", "have", "had", "is", "are", "was", "were")},
    **{f"{aux} still to": f"{aux} not yet" for aux in ("has", "have", "had")},
    # backers, not a rank: "the owners that stand behind Baihang"
    "stand behind": "back",
    "stands behind": "backs",
    "stood behind": "backed",
    "standing behind": "backing",
    "at no charge": "free",
    "without charge": "free",
    "without any charge": "free",
    "without being charged": "free",
    "at no cost": "free",
    "free of charge": "free",
    "law requires": "law mandatory",
    "laws require": "law mandatory",
    "launched by": "founded by",
    "established by": "founded by",
    "founded by": "founded by",  # (kept whole: "founded" alone reads as "established")
    "brought into being by": "founded by",
    "called into being by": "founded by",
    "brought into existence by": "founded by",
    "set up by": "founded by",
    "started by": "founded by",
    "spun out of": "founded by",
    "spun off from": "founded by",
    "spun off by": "founded by",
    "the green light": "permission",
    "a green light": "permission",
    "the go-ahead": "permission",
    "go-ahead": "permission",
    "try out": "pilot",
    "trying out": "piloting",
    "not just one": "no single",
    "not only one": "no single",
    "located": "based",
    "situated": "based",
    "lies in": "based in",
    "lie in": "based in",
    "operated": "run",
    "operates": "run",
    "operating": "running",
    "made its debut": "launched",
    "operate": "run",
    "runs": "run",
    "implemented": "run",
    "put into operation": "run",
    "puts into operation": "run",
    "brought into being": "established",
    "called into being": "established",
    "brought into existence": "established",
    # the noun, not the verb: "an 8% share in Baihang" is a stake, "share data" is not
    "share in": "stake in",
    "shares in": "stake in",
    "share of": "stake of",
    "shares of": "stake of",
    "shareholding": "stake",
    # (a score or a standing cut, not data "reduced to one score")
    "reduces one": "lowers one",  # (words are matched without their "'s")
    "reduces your": "lowers your",
    "reduces their": "lowers their",
    "reduces a": "lowers a",
    "reduce one": "lower one",
    "reduce your": "lower your",
    "reduce their": "lower their",
    "reduced their": "lowered their",
    "docked": "lowered",
    "docks": "lowers",
    "dock": "lower",
    "dents": "lowers",
    "dented": "lowered",
    "dent": "lower",
    "knocks down": "lowers",
    "knocks points off": "lowers",
    "knock points off": "lower",
    "knocked points off": "lowered",
    "takes points off": "lowers",
    "cost you points": "lower your standing",
    "costs you points": "lowers your standing",
    "cost people points": "lower their standing",
    "costs people points": "lowers their standing",
    "cost them points": "lower their standing",
    "costs them points": "lowers their standing",
    "take points off": "lower",
    "costs points": "lowers",
    "chips away at": "lowers",
    "counts against": "lowers",
    "count against": "lower",
    "counted against": "lowered",
    "counting against": "lowering",
    "drags down": "lowers",
    "drag down": "lower",
    "pulls down": "lowers",
    "pull down": "lower",
    "weighs on": "lowers",
    "weigh on": "lower",
    "not long after": "soon after",
    "not long afterwards": "soon afterwards",
    "no later than": "by",
    "nationwide": "national",
    "across the whole country": "national",
    "cover the whole country": "be national",
    "covers the whole country": "is national",
    "cover the entire country": "be national",
    "covers the entire country": "is national",
    "across the whole of china": "national",
    "across all of china": "national",
    "across the country": "national",
    "across the entire country": "national",
    "across the entire nation": "national",
    "across the nation": "national",
    "throughout the nation": "national",
    "all across china": "national",
    "the length and breadth of china": "national",
    "throughout the country": "national",
    "all over the country": "national",
    "countrywide": "national",
    "nationally": "national",
    "obliged": "mandatory",
    "obligated": "mandatory",
    "legally required": "mandatory",
    "sign up": "join",
    "signs up": "join",
    "enrol": "join",
    "enroll": "join",
    "deposit-free": "without deposit,",
    "deposit free": "without deposit,",
    "waives": "without",
    "waive": "without",
    "waived": "without",
    "drops the deposit": "without deposit",
    "drops its deposit": "without deposit",
    "drop the deposit": "without deposit",
    "dropped the deposit": "without deposit",
    "scraps the deposit": "without deposit",
    "scrapped the deposit": "without deposit",
    "skips the deposit": "without deposit",
    "skip the deposit": "without deposit",
    "skip deposits": "without deposit",
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
    "are not subject to any": "have no",
    "is not subject to any": "has no",
    "are not subject to": "have no",
    "is not subject to": "has no",
    "are subject to": "have",
    "is subject to": "has",
    "doubtful": "unlikely",
    "not very likely": "unlikely",
    "barred from": "banned from",
    "not allowed to": "banned from",
    "not permitted to": "banned from",
    "may not ride": "banned from riding",
    "may not board": "banned from boarding",
    "may not travel": "banned from traveling",
    "can not ride": "banned from riding",
    "can not board": "banned from boarding",
    "can not travel": "banned from traveling",
    "no longer allowed to": "banned from",
    "prevented from": "banned from",
    "prohibited from": "banned from",
    "forbidden to": "banned from",
    "forbidden from": "banned from",
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
    r"\band\s+(?=(?:was|is|are|were|has|have|had|will|would|can|could|may|might|must|should|does|did|it|they|"
    r"resembles|resembled|compares|compared|works|worked|runs|ran|operates|operated|uses|used|draws|drew|says|said|claims|claimed|"
    r"lets|gives|gave|offers|offered|remains|remained|becomes|became|seems|seemed|looks|looked|appears|appeared)\b"
    # (a participle with its preposition starts a predicate of its own: "kept off the board and relegated to ...")
    r"|[a-z]+ed\s+(?:to|from|into|onto|as|by|with)\b)|"
    r"[a-z0-9_]+(?:[-'][a-z0-9_]+)*|[\u3400-\u9fff]+|[,;:()\[\]!?]|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b|\bwhich\b|\bwho\b"
)
_FINITE_BE = frozenset({"is", "are", "was", "were"})
#: what lies between a negation cue and a finite "is" that is not its clause's own: "(never) been there (is)",
#: words but no subject of their own ("(not) a service that (is)", "(not) clear whether it (is)", "(not) something
#: anyone (is) obliged to do"), nor existential "there is"
_NO_NEW_SUBJECT = re.compile(
    r"(?=\s*\S)(?!.*\b(?:that|which|who|whom|whose|what|whether|it|they|he|she|we|you|i|this|these|those|one|ones|anyone|anybody|someone|somebody|everyone|everybody|people)\b)"
    r"(?!(?:.*\s)?(?<!been\s)there\s*$)[^,;:()]*"
)
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "[", "]", "!", "?", " - ", "but", "while", "whereas", "which", "who"})
NEGATION_SCOPE = 5
_SUBORDINATE = frozenset({"after", "before", "because", "although", "though", "unless", "once", "since"})
_COMPLEMENT = frozenset({"to", "for", "that", "because", "since", "so", "when", "if"})
#: "did not open until | 2010": a time after "until" makes the negation a date ("until they repay" stays one)
_UNTIL_TIME = re.compile(
    r"\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)[\s-]+)?"
    rf"(?:\d|last|this|next|{MONTH_WORD}(?:\s|$))"
)
_QUANTIFIER = re.compile(r"\s+(?:one|(?:a\s+)?single(?:\s+one)?)\s+of\b")
#: an aside between a quantified denial and its verb, which a comma would otherwise cut off:
#: "not one of the eight firms, Sesame Credit included, had been licensed" denies the licence
_QUANTIFIED_ASIDE = lazy_compile(
    r"\b((?:none|not\s+(?:a\s+single\s+)?one|not\s+a\s+single\s+one)\s+of\s+[^,;.]{1,60}?),\s+([^,;.]{1,60}?),\s+"
    r"(?=(?:had|has|have|was|were|is|are|did|does|do|could|can|received|got|won|held|obtained)\b)"
)
#: the words after which "no" makes an idiom and denies nothing: "no matter what", "no sooner had it opened than"
NO_IDIOMS = r"matter|doubt|wonder|sooner"
#: cues that deny nothing before these words: "No. 1", "no matter what", "none other than Ping An",
#: "not only X but Y"
_NOT_A_DENIAL = {
    "no": re.compile(rf"\.\s*\d|\s+(?:{NO_IDIOMS})\b"),
    "none": re.compile(r"\s+other\s+than\b"),
    # "means nothing more exotic than 'micro-blog'": what it is, played down ("nothing more than a
    # loyalty program" stays a denial: it denies the "more than that" a source may say)
    "nothing": re.compile(r"\s+(?:more\s+(?!than\b)[a-z-]+|[a-z]{2,}er)\s+than\b"),  # (or "nothing grander than")
    # "not only X but Y"; "not to be outdone", "not surprisingly", "not least": manner, nothing denied;
    # "has not escaped the score", "has not been spared": drawn into it
    "not": re.compile(r"\s+(?:only\b(?=.*\bbut\b)|to\s+be\s+outdone\b|(?:surprisingly|coincidentally|least|escaped|been\s+spared)\b)"),
    # "never one to mince words", "never a company to leave a rival unanswered": a habit of character
    "never": re.compile(
        r"\s+(?:(?:one|an?\s+(?:company|firm|group|giant|man|woman|person|player|rival)(?:\s+(?:that|which|who))?)\s+(?:to|for)\b"
        r"|(?:shy|afraid|slow|reluctant)\s+(?:of|to|about)\b)"  # ("never shy of new gadgets")
    ),
    # "seldom given to understatement", "rarely shy of a headline": a habit of character
    **dict.fromkeys(("seldom", "rarely"), re.compile(r"\s+(?:given\s+to|shy\s+(?:of|about)|one\s+to|afraid\s+(?:of|to))\b")),
    # "barely two years after its debut": an amount hedged, nothing denied; "data is hardly in short
    # supply", "hardly Tencent's problem": plenty, said by denying its lack
    **dict.fromkeys(
        ("barely", "hardly", "scarcely"),
        re.compile(
            r"\s+(?:\d|a\s+(?:year|month|week|decade|day|few)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|half)\b"
            r"|in\s+short\s+supply\b|(?:a|the|[\w-]+(?:\s*'s)?)\s+problem\b|(?:scarce|lacking)\b)"
        ),
    ),
}
_NOT_ALWAYS = frozenset(_NOT_A_DENIAL)
_BOUND = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|greater|later|earlier|longer|shorter|bigger|smaller)\s+than\s+"
    r"(?:(?:about|around|roughly|some|approximately|nearly|almost|just|barely)\s+)?"  # ("no more than about a quarter")
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|half|a\s+(?:quarter|third))\b)"
)
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "`": "'", "´": "'", "–": "-", "—": "-", "‑": "-"})


_DOUBLE_HYPHEN = re.compile(r"\s*-{2,}\s*")  #: a typed dash: "voluntary -- users opt in"


_NUMBER_ABBREVIATED = re.compile(r"\b[Nn]o\.\s*(?=\d)")
#: another spelling in brackets inside a name: "Koala (Kaola) Credit", "Sesame (Zhima) Credit"
_SPELLING_IN_NAME = re.compile(r"\b([A-Z][a-z]+)\s+\([A-Z][a-z]+\)(?=\s+[A-Z])")


def clean(text: str) -> str:
    """NFKC, straight quotes and dashes (a typed "--" too), single spaces; another spelling in
    brackets inside a name is left out ("Koala (Kaola) Credit" is "Koala Credit"), and "No. 1" is
    "number 1"."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    if "--" in text:
        text = _DOUBLE_HYPHEN.sub(" - ", text)
    if ") " in text:
        text = _SPELLING_IN_NAME.sub(r"\1", text)
    if "o." in text:  # "No. 1" is "number 1": its "No" denies nothing
        text = _NUMBER_ABBREVIATED.sub("number ", text)
    return " ".join(text.split())


def expand_contractions(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        stem = m.group(1)
        return f"{_SPECIAL_CONTRACTIONS.get(stem.lower(), stem)} not"

    return _CONTRACTION.sub(repl, text)


_STEMMER = None


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """The Snowball (Porter 2) English stem: 'defaming' and 'defamation', 'ranking' and 'rankings' meet."""
    global _STEMMER
    if len(word) <= 3 or not word.isascii() or word.isdigit():
        return word
    if _STEMMER is None:
        import Stemmer  # PyStemmer: Snowball's own C stemmers

        _STEMMER = Stemmer.Stemmer("english")
    return _STEMMER.stemWord(word)


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
            word = words[i][0]
            candidates = self._first.get(word, ())
            plain = word[:-1] if not candidates and len(word) > 4 and word.endswith("s") and text[words[i][1]].isupper() else None
            if plain:  # "Tencents credit score": a possessive written without its apostrophe
                candidates = self._first.get(plain, ())
            for alias, eid in candidates:
                n = len(alias)
                found_words = tuple(w for w, _, _ in words[i : i + n])
                if plain:
                    found_words = (plain, *found_words[1:])
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
def _synonym_table() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> (the synonym's words, its replacement), longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key in sorted(SYNONYMS, key=lambda k: (-len(k.split()), -len(k))):
        words = tuple(key.split())
        table.setdefault(words[0], []).append((words, SYNONYMS[key]))
    return table


_WORD = re.compile(r"[\w-]+")
_NEITHER_CAN_BE_USED = lazy_compile(r"\bneither\s+([^;]+?)\s+nor\s+([^;]+?)\s+(?:can|could)\s+be\s+(?:used|accessed|reached|opened)\b")
_MAKER_BEHIND = lazy_compile(
    r"\b(compan(?:y|ies)|firms?|groups?|people|teams?|owners?|backers?|giants?|conglomerates?|organi[sz]ations?|institutions?|"
    r"forces?|brains|outfits?|entit(?:y|ies)|investors?|shareholders?|parents?|developers?|makers?)\s+behind\b|"
    r"^(?=\s*behind\s+[^,;]+?\s+(?:stands?|stood|is|are|was|were|lies|lie|sits?)\s)\s*behind\b"  # "Behind Koala Credit stands Lakala"
)
_THE_COUNTRYS = lazy_compile(r"\bthe\s+country(?=['’]s\b)")
#: "little here is genuinely new" says it is not new ("little" denies as "not much" does)
_LITTLE_NEW = lazy_compile(
    r"\b(?:little|nothing)\s+(?:here\s+|in\s+it\s+|about\s+it\s+|of\s+(?:it|this|that)\s+)?(?:is|was)\s+"
    r"(?:genuinely\s+|really\s+|truly\s+|entirely\s+|particularly\s+)?new\b"
)
#: "shed millions of fans" lost them ("shed light on" is no loss)
_SHED = lazy_compile(r"\bshed(?:s|ding)?\b(?!\s+(?:new\s+|some\s+|more\s+)?(?:light|tears?)\b)")
#: "with no precedent", "without precedent", "unprecedented": new (its denial denies no newness)
_NO_PRECEDENT = lazy_compile(r"\b(?:with\s+no|without(?:\s+any)?|has\s+no|had\s+no|have\s+no)\s+(?:real\s+|clear\s+)?precedents?\b|\bunprecedented\b")
#: "trailed by 90 million followers": a crowd that follows someone, not a rank behind them
_TRAILED_BY = lazy_compile(r"\b(?:trailed|trailing|followed|chased|pursued)\s+by\s+(?=(?:(?:some|about|roughly|around|nearly|almost|over|more\s+than|an?)\s+)?\d)")
#: "arrived in 2009" is a launch ("arrived in Beijing" is no such thing)
_ARRIVED = lazy_compile(r"\barriv(?:ed|es)\s+(?:on\s+the\s+scene\s+)?(?=in\s+\d{4}\b)")
#: a range whose ends are named as such: "from 300 at the bottom to 900 at the very top" is from 300 to 900
_ENDS_NAMED = lazy_compile(
    r"(\d[\d,.]*)\s+at\s+the\s+(?:very\s+)?(?:bottom|low(?:er)?\s+end)(\s+(?:to|and|up\s+to)\s+)(\d[\d,.]*)\s+at\s+the\s+(?:very\s+)?(?:top|high(?:er)?\s+end)\b"
)
#: "far from independent", "far from being voluntary": a denial ("far from fading away, it grew"
#: sets off what it affirms; "far from the southern hubs", "far from Beijing" is a distance)
_FAR_FROM = lazy_compile(r"\bfar\s+from\s+(?=being\b|[a-z]+(?:ent|ant|ary|ory|al|ive|ous|ble|ic|ful)\b)")
#: a career before: "came to Baihang after many years as a senior manager at Ant Financial" is
#: where he worked before ("after years in the making" is no career)
_YEARS_AT = lazy_compile(
    r"\bafter\s+(?:(?:many|several|a\s+few|long|some|\w+)\s+)?(?:years|an?\s+(?:long\s+|lengthy\s+)?(?:career|stint|spell|decade))\s+"
    r"(?:(?:as|working\s+as|serving\s+as)\s+(?:an?\s+)?[\w\s-]{1,40}?\s+)?(?:at|with|inside)\s+"
)


#: a denied crossing of a scale's end, which names that end: "never climbs past 950" tops out at it
_UP = r"(?:climbs?|rises?|goes|go|gets?|reaches|reach)\s+(?:past|above|beyond|over)"
_DOWN = r"(?:drops?|falls?|goes|go|dips?|sinks?|slips?|gets?)\s+(?:below|under)"
_NEVER = r"(?:never|not|cannot|can't|won't|doesn't)"  # (clean() has made curly apostrophes straight)
_NEVER_PAST = lazy_compile(rf"\b{_NEVER}\s+{_UP}(?=\s+\d)", re.IGNORECASE)
_NEVER_BELOW = lazy_compile(rf"\b{_NEVER}\s+{_DOWN}(?=\s+\d)", re.IGNORECASE)
#: ...the denial said once for both ends: "cannot fall below 350 or climb above 950"
_NEVER_EITHER = lazy_compile(
    rf"\b{_NEVER}\s+(?:(?P<down>{_DOWN})|{_UP})\s+(?P<n>\d[\d,]*)\s*,?\s*(?:or|nor|and)\s+(?:never\s+)?(?:{_DOWN}|{_UP})(?=\s+\d)",
    re.IGNORECASE,
)


def _scale_ends(text: str) -> str:
    """The text with a denied crossing of a figure said as the end it names ("never climbs past
    950" tops out at 950), so that neither the figure nor the words read as a denial or a bound."""
    text = _NEVER_EITHER.sub(
        lambda m: f"bottoms out at {m['n']} and tops out at" if m["down"] else f"tops out at {m['n']} and bottoms out at", text
    )
    return _NEVER_BELOW.sub("bottoms out at", _NEVER_PAST.sub("tops out at", text))


def in_brackets(text: str, at: int) -> bool:
    """Is this position of the text inside round brackets?"""
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


def replace_synonyms(body: str) -> str:
    """Every synonym in a lower-cased text replaced, longest first, word by word: a dict lookup
    per word rather than one big alternation, which costs milliseconds to compile at each start."""
    table = _synonym_table()
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(body)]
    parts: list[str] = []
    last = i = 0
    while i < len(words):
        for key, value in table.get(words[i][0], ()):
            n = len(key)
            if n == 1 or tuple(w for w, _, _ in words[i : i + n]) == key:
                if n > 1 and any(body[words[j][2] : words[j + 1][1]].strip() for j in range(i, i + n - 1)):
                    continue  # the words must be next to each other, with only spaces between
                parts.append(body[last : words[i][1]])
                parts.append(value)
                last = words[i + n - 1][2]
                i += n - 1
                break
        i += 1
    parts.append(body[last:])
    return "".join(parts)


#: one thing said twice over, as synonyms make it: "voluntary, not compulsory" ("not mandatory, not mandatory")
_SAID_TWICE = re.compile(r"\bnot mandatory(?:,?\s+(?:and|but|or))?,?\s+not mandatory\b")


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


#: "spares Mobrella users the deposit": the deposit is what is waived, not the users
_WAIVED = lazy_compile(
    r"\b(?:waive[sd]?|waiving|spare[sd]?|sparing|skip(?:s|ped|ping)?|exempt(?:s|ed|ing)?(?:\s+from)?)\s+((?:[\w'-]+\s+){0,8}?)(?:the\s+|their\s+|its\s+|a\s+|any\s+)?deposits?\b"
)
#: ...and whatever the wording, the denial ends with the deposit: "rent a car without a deposit in Shenzhou"
_WITHOUT_DEPOSIT = lazy_compile(
    r"\bwithout\s+(?:first\s+|ever\s+|having\s+to\s+|needing\s+to\s+)?(?:a\s+|any\s+|the\s+|(?:paying|putting\s+down|leaving)\s+(?:a\s+|any\s+|the\s+)?)?deposits?\b(?:\s+behind\b)?(?!,)"
)
_WAIVED_PASSIVE = lazy_compile(r"\b(?:the\s+)?deposits?\s+(?:is|are|was|were|gets?|got|(?:can|will|would)\s+be)\s+(?:waived|spared)\b")
#: "never have to pay a deposit", "does not ask for a deposit", "frees users from deposits": without one
_NEVER_PAY_DEPOSIT = lazy_compile(
    r"\b(?:(?:never|no\s+longer|not)\s+(?:have|has|had|need|needs|needed)\s+to\s+(?:pay|put\s+down|leave|hand\s+over)"
    r"|(?:never|no\s+longer|not)\s+(?:asks?|asked|requires?|required|charges?|charged|demands?|demanded|requests?|requested)(?:\s+for)?"
    r"|free[sd]?\s+((?:[\w'-]+\s+){0,3}?)from(?:\s+paying)?)\s+(?:the\s+|their\s+|its\s+|a\s+|any\s+)?deposits?\b"
)


#: "less as a system and more as a policy" is "not a system but a policy"
_RATHER_THAN = lazy_compile(r"\bless\s+(?:as\s+)?((?:an?\s+|one\s+|a\s+single\s+)?[\w'-]+)\s+(?:and|but)\s+more\s+(?:as\s+)?")
#: "leaves the court blacklist out of its scoring" denies what "incorporates it" says
_LEFT_OUT = lazy_compile(
    r"\b(?:leaves?|leaving|left|keeps?|keeping|kept)\s+((?:[\w'-]+\s+){1,12}?)out(?:\s+of\b|(?=\s+(?:when|while|as|in|from)\b|\s*[,.;]|$))"
)
#: "was kept off the board" is "was not on the board" ("kept off trains" after a ban is left alone)
_KEPT_OFF = lazy_compile(
    r"\b(was|were|is|are|been|being)\s+kept\s+off\b(?!\s+(?:the\s+)?(?:trains?|planes?|flights?|rail\w*|buses|public\s+transport|travel))"
)
#: "more a policy than an actual system" is "a policy rather than a system" ("rather than" reads as "not")
_MORE_A_THAN = lazy_compile(
    r"\b(?:more|better\s+(?:understood|described|seen|thought\s+of|read)(?:\s+as)?)\s+(?:of\s+|as\s+)?(an?\s+.{1,60}?)\s+than\s+"
    r"(?:as\s+)?(?:an?\s+)?(?:actual\s+|real\s+)?"
)
#: "a policy, more than a system", "as a policy more than a system": one set against the other,
#: like "rather than" (no figure follows)
_MORE_THAN_ANOTHER = lazy_compile(
    r"(,|\bas\s+an?\s+[^,.;]{1,60}?|\b(?:calls?|called|calling|sees?|saw|seeing|describes?|described|describing|considers?|considered|treats?|treated)"
    r"\s+[^,.;]{1,40}?\ban?\s+[\w'-]+(?:\s+[\w'-]+){0,3}?)\s*more\s+than\s+"
    r"(?=(?:an?|the)\s+(?!\d|(?:year|decade|month|week|day|third|quarter|half|fifth|tenth|million|billion|thousand|hundred|dozen|few)\b))"
)
#: "offered something better than a discount: ...": what the offer is set above, which it is not, says nothing
_SOMETHING_BETTER = lazy_compile(
    r"\b((?:some|any)thing)\s+(?:better|more|bigger|grander|sweeter|richer)\s+than\s+(?:just\s+|merely\s+)?(?:an?\s+)?(?:mere\s+)?"
    r"(?![\d$\u00a5])[\w'-]+(?:\s+[\w'-]+){0,2}?(?=\s*(?:[:;,.!?]|\s-\s|$))"  # (dashes are "-" by now: clean)
)
#: "prefers business data to traditional algorithms": the one chosen over the other ("prefers to
#: describe it", "prefers it to be" choose a doing, and are left alone)
_PREFERS_TO = lazy_compile(r"\b(prefer(?:s|red|ring)?\s+(?!to\b|it\s+to\b)[^,;.]{1,60}?)\s+to\s+(?!(?:be|do|use|have|make|call|describe|say|see|keep|rely|work|go|get|run|pay)\b)")
#: "prefers to describe it as a policy than as a system": the one chosen over the other
_PREFERS_THAN = lazy_compile(r"\b(prefer(?:s|red|ring)?\s+to\s+[^.;]{1,100}?)(?<!\brather)\s+than\s+(?=(?:as\s+|to\s+)?(?:an?|the|its)\b)")
#: running on without a stop: "has run uninterrupted", "ran without interruption"
_RAN_ON = lazy_compile(
    r"\b(?:has|have|had)?\s*(?:run|ran|running|runs|operated|operates|continued|continues)\s+(?:uninterrupted|without\s+(?:interruption|a\s+break))\b"
)
#: ...unless the claim says so in words read already ("kept it running", "was never pulled")
_SAID_OTHERWISE = lazy_compile(r"\b(?:never|not|kept|keeps?|keeping)\b")
#: "would rather call it a policy, or an ideology, than a system": a choice of one over the other
_WOULD_RATHER = lazy_compile(r"\b(?:would|'d)\s+rather\s+([^.;]{1,100}?)\s+than\s+(?=(?:as\s+|to\s+)?(?:an?|the|its)\b)")
#: "no one" before a noun, after a verb of being: "there is no one 'social credit system'"
_NO_ONE_THING = lazy_compile(
    r"\b(is|are|was|were|exists|exist)\s+no\s+one\s+(?!(?:who|that|else|can|could|will|would|has|had|is|was|knows?|of)\b)(?=(?:['\"\u2018\u201c]\s*)?[a-z-]+)"
)
_NOT_JUST_ONE = lazy_compile(r"\b(?:does|do|did)\s+not\s+(?:have|run|operate)\s+(?:just|only)\s+one\s+(?!(?:of|another)\b)")
_RATHER_THAN_ONE = lazy_compile(r"\b(rather\s+than|instead\s+of)\s+one\s+(?!(?:of|another|or|and|but|that|who)\b)(?=[a-z'\"\u2018\u201c-])")
#: "not one" closing a clause after a count: "two credit systems, not one: ..."
_NOT_ONE_AT_END = lazy_compile(r"\bnot\s+(?:just\s+)?one\b(?=\s*(?:[:;,.)]|$))")
#: "less a system than an ideology" is "not a system but an ideology"
_LESS_A_THAN = lazy_compile(r"\bless\s+(?:of\s+|as\s+)?(an?\s+.{1,60}?)\s+than\s+(?:as\s+)?")
#: "less as a single system and more as a policy" is "not a single system but a policy"
_LESS_A_AND_MORE = lazy_compile(r"\bless\s+(?:of\s+|as\s+)?(an?\s+.{1,60}?),?\s+and\s+more\s+(?:of\s+|as\s+)?")
#: a verb split around its object: "drags your ranking down", "drags a resident's credit ranking
#: down" is "lowers your ranking"
_PULLED_DOWN = lazy_compile(
    r"\b(?:drag|drags|dragged|dragging|pull|pulls|pulled|pulling|bring|brings|brought|bringing|push|pushes|pushed|pushing|"
    r"knock|knocks|knocked|knocking)\s+((?:[\w'-]+\s+){1,4}?)down\b"
)
#: access left as it was: "chose to leave Twitter and Facebook accessible", "kept them open to users"
_LEFT_OPEN = lazy_compile(
    r"\b(?:kept|keep|keeps|keeping|left|leave|leaves|leaving)\s+((?:[\w'-]+\s+){1,5}?)(?:open|accessible|available|reachable|unblocked)\b"
)
_TAKEN_OFFLINE = lazy_compile(
    r"\b(?:take|takes|took|taken|taking|pull|pulls|pulled|pulling|go|goes|went|gone|going|knock|knocks|knocked|put|puts)\s+"
    r"((?:[\w'-]+\s+){0,4}?)offline\b"
)
#: "kept its January 2018 (or Jan. 2018) trial running" never pulled it (the fixed phrases are in the synonyms)
_KEPT_RUNNING = lazy_compile(
    r"\b(?:keep|keeps|kept|keeping)\s+((?:[\w'-]+\.?\s+){1,6}?)(?:running|online|live|going|alive|active|up)\b"
    # (not "kept ... up to date" or "kept ... up for debate"; "kept it running for the rest of the year" is)
    r"(?!\s+to\b)(?<!\bup(?=\s+for\b))(?![^,.;]*\b(?:instead\s+of|rather\s+than)\b)"
)
#: a denial of "optional": "which is not an opt-in scheme" is mandatory, and no denial of it
_NOT_OPTIONAL = lazy_compile(r"\b(?:not|never)\s+(?:an?\s+)?(?:opt-in|optional|voluntary)\b")
_TALKED_LESS = lazy_compile(r"\b((?:discuss|talk|mention|debat|cover)\w*\b(?:\s+[\w'-]+){0,6}?)\s+(?:far\s+|much\s+|a\s+lot\s+)?less\b")
_LITTLE = lazy_compile(r"(?<!\ba\s)\blittle\s+(?=(?:discussion|attention|interest|coverage|debate|talk|mention|notice)\b)")
#: "optional", "voluntary" and "opt-in" before the noun they describe ("a voluntary choice")
_NOT_MANDATORY_NOUN = lazy_compile(r"\b(a|an|the|its|their|this|that)\s+not\s+mandatory\s+([a-z]+)\b(?<!\bfor)(?<!\bto)")
#: a limit said by a denial: "no single post may exceed 140 characters", "posts cannot be longer than"
_NONE_MAY_EXCEED = lazy_compile(
    r"\b(?:no|not\s+a|not\s+one)\s+(?:single\s+)?([\w-]+)\s+(?:may|can|could|is\s+allowed\s+to|is\s+permitted\s+to)\s+"
    r"(?:exceed|surpass|go\s+beyond|be\s+longer\s+than|run\s+longer\s+than|be\s+more\s+than)\b"
)
_MAY_NOT_EXCEED = lazy_compile(
    r"\b(?:(?:may|can|ca|could|must|should|will|do|does|is|are|wo)\s+not|cannot)\s+(?:be\s+allowed\s+to\s+)?"
    r"(?:exceed|surpass|go\s+beyond|be\s+longer\s+than|run\s+longer\s+than|be\s+more\s+than)\b"
)
#: a ranking said to fall: "see their credit ranking go down", "their ranking drops"
_RANKING_DOWN = lazy_compile(
    r"\b(rankings?|credit|scores?|ratings?)\s+(?:to\s+)?(?:fall|falls|fell|drop|drops|dropped|decline|declines|go\s+down|goes\s+down|went\s+down)\b"
    r"(?!\s+(?:somewhere|between|within|into|in|inside|under|on)\b)"  # ("a score falls between 350 and 950" is where it lies)
)
#: "online defamation pushes their ranking up": raises the ranking
_PUSHED_UP = lazy_compile(
    r"\b(?:push|pushes|pushed|pushing|drive|drives|drove|send|sends|sent|bump|bumps|bumped|nudge|nudges|nudged)\s+"
    r"((?:[\w'-]+\s+){0,3}?(?:rankings?|credit|scores?|ratings?))\s+up\b"
)
#: "is Tencent's consumer credit product" says who runs it: "is run by Tencent"
_OWNED_PRODUCT = lazy_compile(
    r"\b(is|are|was|were)\s+(?:an?\s+|the\s+)?(ent_\w+)(?:'s)?\s+(?:(?!(?:that|which|who)\b)[\w-]+\s+){0,3}?"  # (not into a relative clause)
    r"(?:product|arm|unit|service|subsidiary|brand|business|offering|venture|division)\b"
)

#: a denial of a need that is a denial of the deed: "without them having to follow you back"
_WITHOUT_HAVING_TO = lazy_compile(r"\bwithout\s+((?:them|him|her|it|you|users|people|anyone|the\s+other\s+\w+)\s+)?(?:having|needing|being\s+required)\s+to\s+")
_IN_RETURN = lazy_compile(r"\bin\s+return\b(?!\s+for\b)")
#: "nobody ... a bigger crowd than Xie Na" puts her at the top; it denies nothing (not where a rule
#: limits what anyone may do: "no one can post more than 140 characters")
NONE_OUTDOES = lazy_compile(
    r"\b(?:nobody|no\s+one(?:\s+else)?|no\s+other\s+[a-z-]+|none)\b"
    r"(?P<pre>(?:(?!\b(?:can|could|may|might|must|should|will|would|allowed|permitted)\b)[^,.;:]){0,80}?)"
    r"\b(?:more|bigger|larger|greater|higher|better|further|wider)\b(?P<post>[^,.;:\d]{0,40}?)\s+than\s+(?=[a-z])"
)
#: "one" standing for a noun said before, closing its phrase: "a Tencent initiative rather than a central bank one"
_PRO_ONE = lazy_compile(r"\b((?:a|an)\s+(?:[\w'-]+\s+){1,3}?)ones?\b(?=\s*(?:[.,;:!?)]|$))")


#: "China's Twitter clone" is a copy of Twitter, not the nickname "China's Twitter" (Weibo)
_NATIONAL_COPY = lazy_compile(r"\b(?:Chinese|China(?:'s|\u2019s))\s+([A-Z][\w-]*)\s+(?:clone|copy|knock-?off|imitation|replica)\b")


def analyse(text: str, aliases: AliasIndex) -> Analysis:
    """Split ``text`` into the parts the matcher and the verdict rules compare."""
    text = clean(text)
    said = _scale_ends(text) if "never " in text or "t " in text else text  # ("not ", "can't ", "won't " end in "t ")
    quantities = tuple(extract_quantities(said))
    named = _NATIONAL_COPY.sub(r"Chinese copy of \1", said) if "hin" in said else said
    body, entities = aliases.replace(expand_contractions(named))
    body = body.lower()
    if "deposit" in body:
        body = _WAIVED_PASSIVE.sub("without deposit,", _WAIVED.sub(r"\1 without deposit,", body))
        body = _WITHOUT_DEPOSIT.sub("without deposit,", body)
        body = _NEVER_PAY_DEPOSIT.sub(lambda m: f"{m.group(1) or ''}without deposit,", body)
    body = _OWNED_PRODUCT.sub(r"\1 run by \2", body)
    if "without " in body and " to " in body:  # "without them having to follow you back": without their following back
        body = _WITHOUT_HAVING_TO.sub(r"without \1", body)
    if " in return" in body:  # "follow you in return" is "follow you back" ("in return for a deposit" is no such thing)
        body = _IN_RETURN.sub("back", body)
    if ("nobody" in body or "no " in body or "none" in body) and " than " in body:
        body = NONE_OUTDOES.sub(r"top\g<pre>\g<post>: ", body)  # "nobody has more followers than xie na": she is top
    if "no one " in body:  # "there is no one 'social credit system'" is no single one (not "no one can join")
        body = _NO_ONE_THING.sub(r"\1 no single ", body)
    if " one " in body and (" than one " in body or "of one " in body):  # "rather than one system, two" sets aside a single one
        body = _RATHER_THAN_ONE.sub(r"\1 a single ", body)
    if "one " in body and ("just one" in body or "only one" in body):  # "does not have just one system" has no single one
        body = _NOT_JUST_ONE.sub("has no single ", body)
    if "not one" in body:  # "two systems, not one:" is "two systems, no single one"
        body = _NOT_ONE_AT_END.sub("no single one", body)
    if " one" in body:  # "a central bank one": the "one" stands for a noun said before it
        body = _PRO_ONE.sub(r"\1", body)
    if "less as" in body or "less a " in body:
        body = _RATHER_THAN.sub(r"not \1 but ", body)
    if ("less a" in body or "less as a" in body) and " than " in body:
        body = _LESS_A_THAN.sub(r"not \1 but ", body)
    if ("less a" in body or "less as a" in body) and " and more " in body:  # "less as a system and more as a policy"
        body = _LESS_A_AND_MORE.sub(r"not \1 but ", body)
    if ("more a" in body or "more as a" in body or "better " in body) and " than " in body:
        body = _MORE_A_THAN.sub(r"\1 rather than ", body)
    if "prefer" in body and " than " in body:  # "prefers to call it a policy than a system": rather than a system
        body = _PREFERS_THAN.sub(r"\1 rather than ", body)
    if "prefer" in body and " to " in body:  # "prefers business data to traditional algorithms": rather than them
        body = _PREFERS_TO.sub(r"\1 rather than ", body)
    if "rather " in body and " than " in body:  # "would rather call it a policy than a system": the same
        body = _WOULD_RATHER.sub(r"\1 rather than ", body)
    if "thing " in body and " than " in body:  # "something better than a discount: ...": something
        body = _SOMETHING_BETTER.sub(r"\1", body)
    if " more than " in body:  # "treats it as a policy (,) more than a system": rather than a system
        body = _MORE_THAN_ANOTHER.sub(r"\1 rather than ", body)
    if " down" in body:
        body = _PULLED_DOWN.sub(r"lowers \1", body)
    if "kep" in body or "lef" in body or "leav" in body:  # "left Twitter and Facebook accessible": unblocked them
        body = _LEFT_OPEN.sub(r"unblocked \1", body)
    if "offline" in body:  # "took the trial offline" pulled it; "offline methods" are the opposite of online ones
        body = _TAKEN_OFFLINE.sub(r"pulled \1", body)
    if "kept" in body or "keep" in body:
        body = _KEPT_RUNNING.sub(r"\1 never pulled", body)
    if ("uninterrupted" in body or "without interruption" in body or "without a break" in body) and not _SAID_OTHERWISE.search(body):
        body = _RAN_ON.sub("was never pulled", body)  # "the trial has run uninterrupted since launch"
    if "little " in body:  # "gets little discussion" is "is not discussed much" ("a little" is some)
        body = _LITTLE.sub("not much ", body)
    if " exceed" in body or " longer than" in body or " beyond" in body or " more than" in body:
        # "no single post may exceed 140 characters" sets a limit; it denies nothing
        body = _MAY_NOT_EXCEED.sub("are limited to", _NONE_MAY_EXCEED.sub(r"each \1 is limited to", body))
    if " less" in body:  # "is discussed far less than Sesame Credit": not much, by comparison
        body = _TALKED_LESS.sub(r"not much \1", body)
    if " down" in body or " fall" in body or " fell" in body or " drop" in body or " decline" in body:
        body = _RANKING_DOWN.sub(r"lowered \1", body)  # "see their credit ranking go down" lowers the ranking
    if " up" in body:
        body = _PUSHED_UP.sub(r"raises \1", body)
    if " out" in body or " off " in body:
        body = _LEFT_OUT.sub(lambda m: f"does not put {m.group(1)} in", body)
        body = _KEPT_OFF.sub(r"\1 not on", body)
    if "neither" in body:  # "neither Twitter nor Facebook can be used in China": both are blocked there
        body = _NEITHER_CAN_BE_USED.sub(r"\1 and \2 blocked", body)
    if "behind " in body:  # "the company behind WeChat" makes it; "behind Xie Na" is a place in a ranking
        body = _MAKER_BEHIND.sub(lambda m: f"{m.group(1)} backing" if m.group(1) else "run by", body)
    if "not" in body or "never" in body:
        body = _NOT_OPTIONAL.sub("mandatory", body)
    if " new" in body and ("little" in body or "nothing" in body):
        body = _LITTLE_NEW.sub("it is not new", body)
    if "shed" in body:
        body = _SHED.sub("lost", body)
    if "precedent" in body:
        body = _NO_PRECEDENT.sub("new", body)
    if " by " in body and ("trail" in body or "follow" in body or "chase" in body or "pursue" in body):
        body = _TRAILED_BY.sub("with ", body)
    if "arriv" in body:
        body = _ARRIVED.sub("launched ", body)
    if " at the " in body and "top" in body:
        body = _ENDS_NAMED.sub(r"\1\2\3", body)
    if "far from " in body:
        body = _FAR_FROM.sub("not ", body)
    if "after " in body:
        body = _YEARS_AT.sub("after previously working at ", body)
    if "the country" in body:  # the one country these sources are about: "the country's 'Credit City'"
        body = _THE_COUNTRYS.sub("china", body)
    body = replace_synonyms(body)
    if body.count("not mandatory") > 1:  # "voluntary rather than compulsory" says it once, not twice
        body = _SAID_TWICE.sub("not mandatory", body)
    if "not mandatory " in body:  # "a voluntary choice" is a choice that is not mandatory: the choice is not denied
        body = _NOT_MANDATORY_NOUN.sub(r"\1 \2 that is not mandatory", body)
    if "," in body and ("none of" in body or " one of" in body):
        body = _QUANTIFIED_ASIDE.sub(r"\1 \2 ", body)
    tokens: list[str] = []
    scopes: list[list[str]] = []  # the words each negation cue governs, up to the clause's end
    open_scopes: list[list[str]] = []
    narrow: list[tuple[int, list[str]]] = []  # the same, ending also where a complement begins, by clause
    open_narrow: list[list[str]] = []
    neither_open = False  # a "neither" in this clause, whose "nor" continues it
    wide: dict[int, list[str]] = {}  # scopes of a quantifier ("none of", "not one of"), which run to the clause's end
    clause = 0
    cue_end = 0  # where the last negation cue ends
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
        if word in _FINITE_BE and open_scopes and cue_end >= 0 and _NO_NEW_SUBJECT.fullmatch(body, cue_end, m.start()):
            # "readers who have never been there | is a county-level city": a second verb after the
            # denied one begins the predicate the denial's clause was the subject of
            for sc in open_scopes:  # (a denial of nothing but "been there" denies nothing the claim says)
                if id(sc) not in wide and not sc:
                    scopes.remove(sc)
            closing = {id(sc) for sc in open_narrow if id(sc) not in wide and not sc}
            narrow[:] = [(c, sc) for c, sc in narrow if id(sc) not in closing]
            open_scopes = [sc for sc in open_scopes if id(sc) in wide]
            open_narrow = [sc for sc in open_narrow if id(sc) in wide]
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
        if word in NEGATIONS and (_BOUND.match(body, m.end()) or (word in _NOT_ALWAYS and _NOT_A_DENIAL[word].match(body, m.end()))):
            continue  # "no higher than 950" bounds a figure, "No. 1" is a number, "no matter what" insists: none denies
        if word in NEGATIONS:
            # (only an adverb's scope can end at a later "is": "nobody is", "no user is" are the cue's own)
            cue_end = m.end() if word in ("never", "not") else -1
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
        elif word in STOPWORDS or is_number_word(word):
            continue
        else:
            term = stem(word)
            tokens.append(term)
        if term in _INTENSIFIERS:
            continue  # "without ever being followed back" denies what "without being followed back" does
        for scope in (*open_scopes, *open_narrow):  # names ride along: the window counts words only
            if term.startswith("ent_") or id(scope) in wide or sum(1 for t in scope if not t.startswith("ent_")) < NEGATION_SCOPE:
                scope.append(term)
    return Analysis(
        text, tuple(tokens), frozenset(entities), quantities, bool(scopes),
        tuple(frozenset(sc) for sc in scopes), tuple(dict.fromkeys(entities)), _denied(narrow),
    )


#: words that stress a denial without adding to what it denies: "never ever", "not even", "not at all"
_INTENSIFIERS = frozenset(stem(w) for w in ("ever", "even", "actually", "really", "truly", "remotely"))


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
