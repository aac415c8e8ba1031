"""Verdicts a reporter would check by hand: a table of claims per behaviour of the engine."""

from __future__ import annotations

import pytest

from creditcheck import load_facts
from creditcheck.errors import InputError
from creditcheck.models import Verdict


@pytest.fixture(scope="module")
def checker():
    return load_facts()


CASES = [
    # (claim, verdict, fact id or None)
    ("Tencent Credit scores run from 350 to 950", "false", "tencent-credit-score-range"),
    ("Sesame Credit isn't mandatory", "true", "sesame-not-mandatory"),
    ("Sesame Credit is mandatory for all Chinese citizens", "false", "sesame-not-mandatory"),
    ("Zhima Credit scores range from 350 to 950", "true", "sesame-score-range"),
    ("芝麻信用 scores range from 350 to 950", "true", "sesame-score-range"),
    ("Sesame Credit scores range from 300 to 850", "false", "sesame-score-range"),
    ("Sesame Credit was launched in 2013", "false", "sesame-launch-2015"),
    ("Baihang Credit opened for business on May 23, 2018", "true", "baihang-launch-date"),
    ("Baihang Credit opened for business on June 23, 2018", "false", "baihang-launch-date"),
    ("Sina Weibo was launched in 2009", "true", "weibo-launch-year"),
]

UNVERIFIED = [
    "FICO scores range from 300 to 850",
    "The Xiaomi 10 comes with a 4780 mAh battery.",
    "It will rain in Beijing tomorrow.",
    "Sesame Credit had 1 billion users in 2024.",  # another year than the source's "as of"
    "Koala Credit scores range from 300 to 900.",  # the sources never give Koala's range
]


@pytest.mark.parametrize(("claim", "verdict", "fact_id"), CASES)
def test_verdicts(checker, claim, verdict, fact_id):
    result = checker.check_claim(claim)
    assert result.verdict.value == verdict, result.explanation
    assert result.fact is not None and result.fact.id == fact_id


@pytest.mark.parametrize("claim", UNVERIFIED)
def test_off_topic_and_undecidable_claims_are_unverified(checker, claim):
    result = checker.check_claim(claim)
    assert result.verdict is Verdict.UNVERIFIED
    assert result.to_dict()["fact"] is None and result.to_dict()["source"] is None


def test_a_tencent_claim_is_never_confirmed_by_a_sesame_fact(checker):
    for claim in ("Tencent Credit scores range from 350 to 950", "Tencent Credit is implemented by Ant Financial"):
        result = checker.check_claim(claim)
        assert result.verdict is not Verdict.TRUE
        if result.fact is not None and "sesame" in result.fact.id:
            # a Sesame fact may only refute it, by saying whose the slot is
            assert result.verdict is Verdict.FALSE and "not Tencent Credit" in result.explanation


def test_an_unknown_name_is_quoted_whole(checker):
    # (worded close to the fact, so that the name decides, not a match score near the threshold)
    result = checker.check_claim("Baihang Credit is a joint establishment of the eight pilot firms and the China Banking Association.")
    assert "China Banking Association," in result.explanation


def test_an_opposite_word_is_quoted_as_the_claim_wrote_it(checker):
    assert "'private'" in checker.check_claim("NIFA is a private body.").explanation


def test_wrong_number_explanation_names_both_figures(checker):
    result = checker.check_claim("Tencent Credit scores run from 350 to 950")
    assert "300" in result.explanation and "850" in result.explanation
    assert "Sesame Credit" in result.explanation  # says whose range 350-950 is


def test_verdict_json_has_the_documented_shape(checker):
    data = checker.check_claim("Sesame Credit isn't mandatory").to_dict()
    assert set(data) == {"claim", "verdict", "fact", "score", "explanation", "source"}
    assert set(data["fact"]) == {"id", "statement"}
    assert set(data["source"]) == {"title", "author", "publisher", "date", "url", "passage"}
    assert 0 <= data["score"] <= 100


def test_as_of_figures_say_so(checker):
    result = checker.check_claim("Sesame Credit had 520 million users as of 2017")
    assert result.verdict is Verdict.TRUE
    assert "as of 2017" in result.explanation


@pytest.mark.parametrize("claim", ["", "   \n\t  "])
def test_empty_claims_are_input_errors(checker, claim):
    with pytest.raises(InputError):
        checker.check_claim(claim)


def test_huge_claim_is_an_input_error(checker):
    with pytest.raises(InputError, match="limit"):
        checker.check_claim("Sesame Credit " * 100_000)


# Each check the engine makes on top of fuzzy scores, with claims it must catch and
# look-alikes it must leave alone (proselint-style: a rule without both is untested).
RULES = {
    "figures written out": [
        ("Sesame Credit had more than half a billion users in 2017.", "true"),
        ("Sesame Credit had half a billion users in 2017.", "true"),
        ("Sesame Credit had half a million users in 2017.", "false"),
        ("Sesame Credit scores run from three hundred and fifty to nine hundred and fifty.", "true"),
        ("Sesame Credit scores run from three hundred to eight hundred and fifty.", "false"),
        ("Each of the eight firms holds a twelve per cent stake in Baihang.", "false"),
        ("The Shanxi man was banned from train travel for a full year.", "false"),
        ("The Shanxi man was banned from train travel for 180 days.", "true"),
    ],
    "numbers said aloud": [
        ("By twenty seventeen, Sesame Credit already counted five hundred and twenty million users.", "true"),
        ("Over at Tencent Credit, the scale runs three hundred to eight-fifty.", "true"),
        ("Over at Tencent Credit, the scale runs three-fifty to nine-fifty.", "false"),
        ("A young man from Shanxi has been banned from trains for a hundred and eighty days.", "true"),
        ("Pengyuan Credit has been around since two thousand five.", "true"),
        ("Pengyuan Credit has been around since twenty thirteen.", "false"),
    ],
    "a point inside a stated range is no answer to the range": [
        ("The average Sesame Credit user sits at about six hundred points.", "unverified"),
        ("Sesame Credit's scale tops out at 850.", "false"),
        ("Sesame Credit scores go up to 950.", "true"),
    ],
    "days said aloud": [
        ("Baihang Credit opened for business on May twenty-third, twenty eighteen.", "true"),
        ("Baihang Credit opened for business on May twenty-fifth, twenty eighteen.", "false"),
    ],
    "a scene set with 'when', 'in' or 'at' that names nothing the rest does not is left off": [
        ("When reporters look into who is behind it, Sesame Credit turns out to be run by Ant Financial, an Alibaba affiliate.", "true"),
        ("When reporters look into who is behind it, Sesame Credit turns out to be run by Tencent, the social media giant.", "false"),
        # (a scene that names the subject is not left off: Li Xuan runs Intellicredit)
        ("In the corner office at Qianhai Credit, the chief executive is Li Xuan.", "false"),
    ],
    "a conclusion that names nothing, gives no figure and denies nothing is colour, not a claim": [
        ("Love has been pulled into the system as well, since from 2015 Baihe.com users have been able to link dating profiles to their Sesame Credit scores.", "true"),
        ("Love has been pulled into the system as well, since from 2019 Baihe.com users have been able to link dating profiles to their Sesame Credit scores.", "false"),
        ("Sesame Credit is everywhere now, since from 2015 Baihe.com users have been able to link dating profiles to their Sesame Credit scores.", "unverified"),
    ],
    "a plain count is no answer to a fact that gives only shares": [
        ("Over at Tencent, whose platforms carry much of China's mobile traffic, scores run on a scale from 300 up to 850.", "true"),
        ("Over at Tencent, whose platforms carry much of China's mobile traffic, scores run on a scale from 350 up to 950.", "false"),
        # (...but a count beside a share of the claim's own is its shorthand)
        ("Men and women are almost evenly represented on Weibo, at 50.10 and 49.90 percent respectively.", "true"),
        ("Men and women are almost evenly represented on Weibo, at 60.10 and 39.90 percent respectively.", "false"),
    ],
    "a denial the source makes itself, beside the phrasing's own word, turns nothing around": [
        # (never false: the source says 'users cannot reach Twitter or Facebook because both are blocked')
        ("Twitter and Facebook can't be opened in mainland China, where both of them are blocked.", "unverified"),
        ("Twitter and Facebook can be reached in mainland China, where neither is blocked.", "false"),
        ("Twitter and Facebook are not blocked in mainland China.", "false"),
    ],
    "resenting a scheme is the opposite of embracing it": [
        ("Most Rongcheng residents resented the Social Credit pilot, Foreign Policy reported.", "false"),
        ("Many Rongcheng residents embraced the Social Credit pilot, Foreign Policy reported.", "true"),
    ],
    "'busier rather than quieter' insists on the one and denies nothing else": [
        ("When the weekend arrives, Sina Weibo users become busier rather than quieter, publishing about 19 percent more posts than on other days.", "true"),
        ("When the weekend arrives, Sina Weibo users become busier rather than quieter, publishing about 29 percent more posts.", "false"),
        ("At weekends Sina Weibo users grow quieter rather than busier, publishing 19 percent fewer posts.", "false"),
    ],
    "'no sooner ... than' denies nothing, and 'prefers X than Y' sets X against Y": [
        ("No sooner had Tencent Credit opened a trial of its scoring programme in January 2018 than the company withdrew it.", "true"),
        ("No sooner had Tencent Credit opened a trial of its scoring programme in January 2016 than the company withdrew it.", "false"),
        ("Jeremy Daum prefers to describe social credit as a policy, or an ideology of data use, than as a system.", "true"),
        ("Jeremy Daum prefers to describe social credit as a system than as a policy.", "unverified"),
    ],
    "access left open is the opposite of a block": [
        ("After the 2009 Urumqi riots, Chinese authorities kept Twitter and Facebook open to users.", "false"),
        ("Mainland China keeps Twitter and Facebook available.", "false"),
        ("After the 2009 Urumqi riots, Chinese authorities blocked Twitter and Facebook.", "true"),
    ],
    "the words that put a name on a list say nothing more than that it is on it": [
        ("Koala Credit, one of the eight firms admitted to the central bank's pilot, was set up as an independent credit company by Lakala, a payments firm based in Shenzhen.", "true"),
        ("Koala Credit, one of the eight firms admitted to the central bank's pilot, was set up by Ping An.", "false"),
        ("Baidu Credit was one of the eight firms admitted to the central bank's pilot.", "false"),
    ],
    "an aside false on its own makes the claim false, whatever the rest leaves undecided": [
        ("Sesame Credit, which Alibaba's finance arm rolled out back in 2013, enjoyed a long head start over its rivals.", "false"),
        ("Sesame Credit, which Alibaba's finance arm rolled out in 2015, enjoyed a long head start over its rivals.", "unverified"),
    ],
    "a clause put first ends at its comma: no aside starts there": [
        # (the subject is the main clause's, not the name in the 'while' clause)
        ("While Alibaba's system tops out at 950, the rival scheme run by Tencent, known as Tencent Credit, operates on a scale from 350 to 950.", "false"),
        ("Whereas Alibaba's score tops out at 950, the rival product run by Tencent, called Tencent Credit, uses a scale from 300 to 850.", "true"),
    ],
    "'less as X and more as Y' denies X": [
        ("Jeremy Daum reads social credit less as a single system and more as a policy.", "true"),
        ("Jeremy Daum reads social credit less as a policy and more as a single system.", "unverified"),
    ],
    "'every form of' widens what the source says of one": [
        ("The blacklisted Shanxi man was barred from every form of travel for 180 days.", "unverified"),
        ("The blacklisted Shanxi man was barred from train travel for 180 days.", "true"),
    ],
    "'before X existed' dates by X's start": [
        ("More than a decade before Baihang existed, on March 20, 2006, the People's Bank of China began running a Credit Reference Center.", "true"),
        ("More than a decade after Baihang existed, on March 20, 2006, the People's Bank of China began running a Credit Reference Center.", "false"),
    ],
    "'even before' puts a clause first as 'before' does; an approximate count is no answer to a count of firms": [
        ("Even before the eight firms joined forces under Baihang, Sesame Credit already counted roughly 520 million users as of 2017.", "true"),
        ("Even before the eight firms joined forces under Baihang, Sesame Credit already counted roughly 420 million users as of 2017.", "false"),
        ("Even before the personal credit firms joined forces under Baihang, Sesame Credit already counted roughly 520 million people among its users as of 2017.", "true"),
    ],
    "registered users are not active users": [
        ("All of Weibo's 500 million-plus registered users log on every month.", "misleading"),
        ("Weibo has more than 500 million registered users.", "true"),
        ("Weibo has more than 900 million registered users, all of them active.", "false"),
    ],
    "a share given to the subject is checked against the subject's own fact": [
        ("NIFA holds the same 8% stake in Baihang as each of the eight firms.", "false"),
        ("NIFA holds 36% of Baihang, while each of the eight firms holds 8%.", "true"),
        ("Each of the eight firms holds 8% of Baihang.", "true"),
    ],
    "a likeness put first is not what the claim says of its subject": [
        ("Taking a leaf out of Sesame Credit's book, Tencent's own credit product rates its users on a scale from 300 up to 850.", "true"),
        ("Like Sesame Credit, Tencent's own credit product rates its users on a scale from 300 up to 850.", "true"),
        ("Like Sesame Credit, Tencent Credit rates its users on a scale from 350 up to 950.", "false"),
    ],
    "what something costs is the opposite of what makes it better": [
        ("In Rongcheng, caring for one's parents costs residents points.", "false"),
        ("Under Rongcheng's scheme, looking after your elderly parents costs you credit.", "false"),
        ("In Rongcheng, defaming people online costs residents societal credit points.", "true"),
    ],
    "a claim of several sentences, and a name restated after a colon": [
        ("Sesame Credit is opt-in. It was launched in 2013.", "false"),
        ("Sesame Credit is opt-in. It was launched in 2015.", "true"),
        ("Sesame Credit: that's the Chinese government's social credit score, and half a billion people have it.", "misleading"),
        ("Sesame Credit: it's opt-in.", "true"),
    ],
    "a comparison turned around, and points knocked off": [
        ("When Chinese social media users do discuss the Social Credit system, they dwell more on its rewards than on its punishments.", "false"),
        ("When the Social Credit system is discussed online, people focus more on its punishments than on its rewards.", "true"),
        ("In Rongcheng, taking care of your parents actually knocks points off your credit.", "false"),
    ],
    "a place in a ranking given to someone else": [
        ("On Weibo's 2017 star list, Xie Na comes in second, behind He Jiong.", "false"),
        ("On Weibo's 2017 star list, He Jiong comes in second, behind Xie Na.", "true"),
        ("Actress Yao Chen was Weibo's number one celebrity in 2017, with about 90 million followers.", "false"),
    ],
    "leaving something out of, being kept off": [
        ("Sesame Credit leaves the court blacklist out of its scoring.", "false"),
        ("Sesame Credit was kept off Baihang's board of directors.", "false"),
        ("Sesame Credit factors the court blacklist into its scoring.", "true"),
    ],
    "restrictions, plans and what is still to come": [
        ("Social Credit experiments are confined to the 12 cities named by the NDRC.", "unverified"),
        ("Every Weibo post is limited to 140 characters.", "true"),
        ("The Social Credit System will cover foreign companies operating in China from 2020.", "unverified"),
        ("China's Social Credit System is already up and running nationwide.", "misleading"),
        ("In late December a Shanxi man became the first local person put on the 'lose trust blacklist'.", "false"),
        ("Party plenum in Nov. 2013 backed a social credit system to 'commend honesty and punish dishonesty'.", "true"),
    ],
    "a fronted comparison, a finished trial, a date written the Chinese way": [
        ("Just like Tencent Credit, America's FICO scores run from 300 to 850.", "unverified"),
        ("The 2018 list of 12 model cities shows China's Social Credit experiment is finished and ready to go.", "misleading"),
        ("The 2018 list of 12 model cities shows China's Social Credit experiment is not finished.", "unverified"),
        ("百行征信 (Baihang Credit) officially opened for business on 2018年5月23日.", "true"),
        ("百行征信 officially opened for business on 2018年6月23日.", "false"),
    ],
    "a comparison the source does not make": [
        ("Suzhou's social credit Weibo account has more followers than Wenzhou's.", "unverified"),
        ("Sesame Credit had more than half a billion users in 2017.", "true"),
        ("Cities such as Zhuhai, Wenzhou and Suzhou run their own Social Credit Weibo accounts.", "true"),
    ],
    "a beginning, however it is dated": [
        ("Sina Weibo dates from 2009.", "true"),
        ("China Chengxin Credit dates back only to 2013.", "false"),
        ("Qianhai Credit traces its founding back to 2005.", "false"),
        # (words that frame a date say when, not what happened)
        ("Hangzhou began piloting social credit as far back as 2010.", "unverified"),
    ],
    "backers are no rank": [
        ("Of the owners that stand behind Baihang, the internet finance association holds 36 percent.", "true"),
        ("Of the owners that stand behind Baihang, the internet finance association holds 64 percent.", "false"),
        ("Tencent Credit, the rival product from the company behind WeChat, rates its users on a scale that stretches from 300 up to 850.",
         "true"),
        ("Tencent Credit, the rival product from the company behind WeChat, rates its users on a scale that stretches from 350 up to 950.",
         "false"),
        ("Behind Sesame Credit stands Ant Financial, the finance arm of Alibaba.", "true"),
        ("Behind Sesame Credit stands Tencent.", "false"),
    ],
    "a claim without the variant's denial does not assert its error ('received little coverage')": [
        ("Baihang received coverage in the Chinese press.", "true"),
        ("Baihang Credit received little coverage in Chinese media.", "false"),
    ],
    "'just over half' is a majority": [
        ("Weibo's audience tilts slightly female, with women making up just over half of its users.", "false"),
        ("Men make up just over half of Weibo's users.", "true"),
    ],
    "a name in brackets describes; it is not the subject": [
        ("Lakala (Koala Credit's parent) was founded in 2005.", "unverified"),
        ("Koala Credit (Lakala's unit) was founded in 2005.", "false"),
    ],
    "a coming into force dated 'on the first of June' is another step than the announcement": [
        ("Guangdong's bike-sharing blacklist, announced in late May, came into force on the first of June.", "unverified"),
    ],
    "a matter of choice is no obligation": [
        ("Despite the dystopian tone of many foreign headlines, joining Sesame Credit remains a matter of choice, since users have to "
         "opt in and are under no obligation to do so.", "true"),
        ("Sesame Credit users are under no obligation to join.", "true"),
        ("Joining Sesame Credit is compulsory, not a matter of choice.", "false"),
    ],
    "shrinking is the opposite of growing": [
        ("Far from holding steady, Weibo's daily active user base contracted by 34 percent in 2015 compared with the year before.", "false"),
        ("Weibo's daily active users shrank by 34 percent in 2015.", "false"),
        ("Weibo's daily active users grew by 34 percent in 2015.", "true"),
    ],
    "'neither ... nor ... can be used' says both are blocked": [
        ("Neither Twitter nor Facebook, the two Western services to which Weibo is most often compared, can be used in mainland China.",
         "true"),
        ("Neither Twitter nor Facebook is blocked in mainland China.", "false"),
        # (a claim that only says people use them does not meet the source's 'blocked')
        ("People in mainland China use Twitter and Facebook.", "unverified"),
    ],
    "a clause between commas is no aside ('..., a user can read, like and share ...')": [
        ("Because following someone on Weibo works in one direction only, a user can read, like and share another person's posts "
         "without ever being followed back.", "unverified"),
    ],
    "a year before 'every' is no limit on it": [
        ("Since 2014 every Chinese city has its own Social Credit account on Weibo.", "misleading"),
        ("Some city social credit accounts on Sina Weibo date back to 2014.", "true"),
    ],
    "another outlet, a source quoted, 'more a policy than a system'": [
        ("Xinhai Liu coined the phrase 'Credit Great Leap Forward' for 2015-2018 in a People's Daily editorial.", "unverified"),
        ("Jeremy Daum's take: social credit is more a 'policy' or 'ideology of data use' than an actual 'system'.", "true"),
        ("Jeremy Daum's take: social credit is more a 'system' than a 'policy'.", "unverified"),  # never true
    ],
    "swapped name": [
        ("Sesame Credit is a product of Tencent.", "false"),
        ("Qianhai Credit's chief executive is Li Xuan.", "false"),
        ("Sesame Credit is implemented by Alibaba's Ant Financial.", "true"),
        ("Rongcheng, the social credit pilot city, lies in Jiangsu province.", "false"),
        ("Rongcheng, the social credit pilot city, lies in Shandong province.", "true"),
        ("Ford teamed up with Tencent to offer free test drives to people with high credit scores.", "false"),
        ("Sinoway ended up on Baihang's board of supervisors.", "false"),
        ("Pengyuan Credit ended up on Baihang's board of supervisors.", "true"),
        ("Koala Credit employs about 1,000 people at its Shenzhen base.", "unverified"),
    ],
    "conflation": [
        ("Sesame Credit is the Chinese government's official rating of its citizens.", "misleading"),
        ("Tencent Credit is part of the government's social credit system.", "misleading"),
        ("China's social credit system is calculated by Alibaba.", "misleading"),
        ("Sesame Credit, the government's social credit score, runs from 350 to 950.", "misleading"),
        ("Beijing's official citizen rating, better known as Zhima Credit, ranges from 350 to 950.", "misleading"),
        ("Half a billion Chinese are now rated by Beijing's social credit score, Zhima Credit.", "misleading"),
        ("Land on the court blacklist and your government-run Sesame Credit rating can plunge.", "misleading"),
        ("Tencent Credit, part of the state's credit apparatus, rates people on a 300-850 scale.", "misleading"),
        ("Tencent Credit, part of Tencent's finance arm, rates people on a 300-850 scale.", "true"),
        ("China's government social credit score, Sesame Credit, now tracks half a billion people.", "misleading"),
        ("Alibaba's credit product, Sesame Credit, tracks 520 million users.", "true"),
        ("Sesame Credit is in effect the central bank's official credit bureau.", "misleading"),
        ("China's social credit system, Sesame Credit and Tencent Credit all use personal data.", "unverified"),
        ("Zhima Credit, Beijing's social credit score, already covered 520 million people by 2017.", "misleading"),
        ("Alibaba's Sesame Credit is the score the Chinese government uses to rate its citizens.", "misleading"),
        ("At Zhejiang University Hospital, a state credit rating above 650 means patients are treated now and pay later.", "misleading"),
        ("At Zhejiang University Hospital, a Sesame score above 650 means patients are treated now and pay later.", "true"),
        ("The Chinese government assigns each citizen a Sesame Credit score between 350 and 950.", "misleading"),
        ("China's government social credit score, Sesame Credit, had signed up 520 million citizens by 2017.", "misleading"),
        ("腾讯征信, one of Beijing's official citizen ratings, uses a 300-850 scale.", "misleading"),
        ("Under China's state social credit rating, a Zhima score above 650 lets you rent a car without a deposit.", "misleading"),
        ("Alibaba's credit score, better known as Zhima Credit, ranges from 350 to 950.", "true"),
        ("Because the PBOC approved its pilot, Sesame Credit is effectively the central bank's own credit score.", "misleading"),
        ("Sesame Credit is one of the PBOC's eight pilot firms.", "true"),
        ("Sesame Credit and the government's Social Credit system are two separate systems.", "true"),
        ("Sesame Credit was launched in 2015 and the social credit plan was announced in 2014.", "unverified"),
        ("Unlike Sesame Credit, the social credit system is not discussed much on Chinese social media.", "true"),
    ],
    "state credited with a commercial feature": [
        ("Under China's government-run social credit system, citizens scoring more than 650 can rent cars without a deposit.", "misleading"),
        # the article says Weibo might have hundreds of such accounts some day: a framing of its own, not Sesame's
        ("Hundreds of Chinese city governments already run Social Credit accounts on Weibo.", "misleading"),
        ("Since 2015 the social credit system has let people link their Baihe.com dating profile to their score.", "misleading"),
    ],
    "overgeneralised": [
        ("A Sesame score of 650 lets you see any doctor in China first and pay later.", "misleading"),
        ("A Sesame Credit score over 650 lets patients at Zhejiang University Hospital pay later.", "true"),
    ],
    "an owner's own score, named by its kind": [
        ("Tencent did not start trialling its consumer credit score until October 2018.", "false"),
        ("Tencent started trialling its consumer credit score in January 2018.", "true"),
    ],
    "a plan or a future effect presented as done": [
        ("China's social credit system has been ranking citizens nationwide ever since the State Council's 2014 notice.", "misleading"),
        ("In 2014 the State Council issued a notice on building a nationwide social credit system.", "true"),
        ("The nationwide Social Credit System Beijing promised is now up and running across the whole country.", "misleading"),
        ("China has already finished rolling out its Social Credit System across the whole country, as it promised.", "misleading"),
        ("The Chinese government has promised to roll out its Social Credit system nationally by 2020.", "true"),
    ],
    "the fact that pins every figure the claim gives speaks for it": [
        ("By December 2016 some 313 million people were using Weibo every month.", "true"),
        ("In September 2016, 313 million people were using Sina Weibo.", "false"),
        ("Baihang was only granted its licence in the summer of 2018.", "false"),
    ],
    "names given as the whole of a list the source gives in full are too few": [
        ("Only Sesame Credit and Tencent Credit got seats on Baihang's board of directors.", "false"),
        ("Sesame Credit and Tencent Credit were the only firms to enter Baihang's board of directors.", "false"),
        ("Sesame Credit, Tencent Credit, Qianhai Credit, Sinoway and Koala Credit alone entered Baihang's board of directors.", "true"),
        ("Sesame Credit and Tencent Credit both got seats on Baihang's board of directors.", "true"),
    ],
    "a ban restated after its denial is the same ban; a count in words of something unsaid is unchecked": [
        ("The young man from Shanxi, it turned out, would not set foot on a train for 180 days, a ban handed down under the "
         "local Social Credit implementation.", "true"),
        ("The Shanxi man was not banned from trains for 180 days, a ban handed down under the local Social Credit implementation.", "false"),
        ("At the Zhejiang University Hospital, where the waiting room hums with the sound of a hundred phones, patients whose "
         "scores exceed 650 may see a doctor first.", "unverified"),
    ],
    "a date given to a subject described by another name is not that name's date": [
        ("Sina, the company behind Weibo, was founded in 1998.", "unverified"),
        ("Lakala, the company behind Koala Credit, was founded in 2005.", "unverified"),
        ("Ant Financial, the company behind Sesame Credit, launched it in 2013.", "false"),
        ("Koala Credit, the credit arm of Lakala, was launched in May 2017.", "false"),
    ],
    "the coronavirus outbreak dates what is said of it to 2020 or later": [
        ("The coronavirus case-count hashtag on Weibo hit 13.5bn views by Feb 2.", "unverified"),
        ("A Weibo hashtag about coronavirus cases reached 13.5 billion views.", "unverified"),
        ("A number one trending topic on Weibo can get up to 13.5 billion page views.", "false"),
    ],
    "a purpose aimed at something else, in the matched phrasing's words too; a verb's particle is no object": [
        ("Real estate sales offices in China have started using facial recognition to identify buyers.", "unverified"),
        ("In Shenzhen, police used facial recognition technology to identify jaywalkers.", "true"),
        ("Nobody is forced to sign up for Sesame Credit; you have to opt in yourself.", "true"),
        ("Everyone is forced to sign up for Sesame Credit; you cannot opt out.", "false"),
    ],
    "every firm or hotel in China, where the source names some services": [
        ("A high Sesame Credit score exempts users from deposits at every car rental firm, bike service and hotel in China.", "misleading"),
        ("A high Sesame Credit score exempts users from deposits at hotels.", "true"),
    ],
    "'every last resident' sweeps; 'put into operation that very year' presents a plan as done": [
        ("In Rongcheng, Foreign Policy found, every last resident has embraced the pilot and is delighted with what it has done "
         "for the community.", "misleading"),
        ("The State Council's notice of 2014 put a nationwide Social Credit System into operation that very year.", "misleading"),
        ("In 2014 the State Council issued a notice on building a nationwide Social Credit System.", "true"),
    ],
    "a denial of what the source finds unlikely agrees with it": [
        ("The government's Social Credit plans probably will not reduce a person's data to one single score.", "true"),
        ("The Social Credit System is not unlikely to reduce people's data to one single score.", "false"),
        ("The Social Credit System is likely to reduce people's data to one single score.", "false"),
    ],
    "a closing relative clause false of what it is said of makes the claim false": [
        ("“This kind of people with no regard for the rules should be banned from traveling indefinitely,” one commenter fumed "
         "about the Shanxi man, who had been blacklisted for refusing to repay a court-ordered debt.", "false"),
        ("“This kind of people with no regard for the rules should be banned from traveling indefinitely,” one commenter fumed "
         "about the Shanxi man, who had been blacklisted for jumping the ticket barriers.", "true"),
    ],
    "a fifth or a tenth is a share; 'leaving any deposit behind' is no ranking": [
        ("Tencent's platforms host only about a fifth of China's mobile internet usage.", "false"),
        ("When the afternoon downpour arrives, users whose scores clear 600 can grab one of Mobrella's shared umbrellas without "
         "leaving any deposit behind.", "true"),
        ("By February 2, the Weibo hashtag tracking nationally confirmed cases of the new pneumonia had racked up a staggering "
         "13.5 billion views.", "unverified"),
    ],
    "a rule the source gives for one place, carried across the country": [
        ("Under Guangdong's new blacklist, anyone caught vandalizing a shared bike is banned from every bike-sharing service "
         "across the country.", "misleading"),
        ("On May 22, in a move one top commenter hoped would spread across the whole country, Guangdong authorities announced "
         "a special blacklist for people who break the rules of the bike-sharing industry.", "true"),
        ("Under Guangdong's blacklist, people who vandalize a bike could be banned from using any bike-sharing service.", "true"),
    ],
    "the sixth batch: a one-year ban, every library, every internet user, a parent company's founding": [
        ("The Shanxi man who jumped the Yangling ticket barriers got a one-year train ban.", "false"),
        ("Every public library in China lets Sesame Credit users with 600 points borrow books without a deposit.", "misleading"),
        ("Three years after its launch, Sina Weibo's 503 million registered users meant every Chinese internet user was on the platform.",
         "misleading"),
        ("Just three years after Sina Weibo first went online, and long before anyone was writing its obituary, the platform could "
         "already count some 503 million registered accounts.", "true"),
        ("Weibo's parent company Sina was founded in 1998.", "unverified"),
        ("Koala Credit's parent company Lakala launched it in 2013.", "false"),
    ],
    "the seventh batch: a single backer, all eight of a list of five, DAUs": [
        ("Beijing Sinoway Credit was set up in 2013 by a single backer, the internet giant Tencent.", "false"),
        ("Sinoway was set up in 2013 by a group of four large financial companies.", "true"),
        ("All eight pilot firms sit on Baihang's board of directors.", "misleading"),
        ("All five firms, Sesame Credit, Tencent Credit, Qianhai Credit, Sinoway and Koala Credit, sit on Baihang's board of directors.", "true"),
        ("Weibo DAUs rose 34% in 2015 over 2014.", "true"),
        ("Weibo DAUs rose 43% in 2015 over 2014.", "false"),
    ],
    "the eighth batch: less as one system and more as a policy; three free days; netizens all": [
        ("Jeremy Daum sees social credit less as one system and more as a policy, or an ideology of how data is used.", "true"),
        ("For car lovers whose score is above 700, a tie-up between Ford and Alibaba has meant three free days behind the wheel "
         "of the new Ford Explorer, a perk that some netizens still talk about.", "true"),
        ("People with a Sesame Credit score over 700 can test drive the new Ford Explorer for five free days.", "false"),
        ("Chinese netizens all backed the Shanxi man's train ban.", "misleading"),
    ],
    "all of the city's citizens is everyone": [
        ("Rongcheng's social credit pilot, which rewards and punishes residents, has been embraced by all of the city's citizens.",
         "misleading"),
        ("Many Rongcheng citizens have embraced the Social Credit pilot.", "true"),
    ],
    "a change reported after the source was published": [
        ("Sesame Credit raised its top score to 1,000 in 2019.", "unverified"),
        ("Sesame Credit scores range from 350 to 1,000.", "false"),
    ],
    "'identical' of what each holds is no merger of the two": [
        ("The eight commercial shareholders, from the credit arms of Alibaba and Tencent down to the smaller Beijing registries, "
         "were each left holding an identical 8 percent of the new company.", "unverified"),
        ("Zhima Credit and Beijing's Social Credit System are, in reality, identical.", "false"),
    ],
    "'behind' that ranks nothing is no opposite of 'top'": [
        ("Behind the ceremony lay a careful division of ownership, in which the state-level China Internet Finance Association "
         "reportedly held 36 percent of Baihang.", "true"),
        ("The largest slice of Baihang, reportedly 36 percent, is held by the China Internet Finance Association, the state-level "
         "body behind the project.", "true"),
        ("The largest slice of Baihang, reportedly 63 percent, is held by the China Internet Finance Association.", "false"),
    ],
    "the fourteenth batch: a policy more than a system; climbs no higher than; a full week of": [
        ("Jeremy Daum calls social credit a policy, an 'ideology of data use', more than a system.", "true"),
        ("Jeremy Daum calls social credit a policy more than a system.", "true"),
        ("The scale itself, which users recite with the casualness of a phone number, starts at 350 and climbs no higher than "
         "950 on Sesame Credit's dial.", "true"),
        ("Sesame Credit scores can climb as high as 1,000.", "false"),
        ("Weibo's daily active users fell 34% in 2015 over 2014.", "false"),
        ("In the glossy showroom ads, Ford promised that anyone with a Sesame score over 700 could keep a new Explorer for a "
         "full week of free test driving.", "false"),
    ],
    "the fifteenth batch: a name listed beside the group's members; what goes unpunished": [
        ("The eight firms that got the central bank's nod included Sesame Credit, Tencent Credit, Baidu Credit, JD Finance, "
         "Pengyuan, Sinoway, Qianhai and Intellicredit.", "false"),
        ("The eight pilots included Sesame Credit and Baidu Credit.", "false"),
        ("The eight pilot firms included Sesame Credit, Tencent Credit, Pengyuan and Intellicredit.", "true"),
        ("In Rongcheng, oddly enough, looking after one's elderly parents actually costs residents points, while defaming "
         "someone online goes unpunished.", "unverified"),
    ],
    "a bound said as the source denies it passed; a ban said as what was denied to someone": [
        ("A single Weibo post can be no longer than 140 characters.", "true"),
        ("A single Weibo post can be no longer than 280 characters.", "unverified"),
        ("A single Weibo post can be longer than 140 characters.", "false"),
        ("A young man from Shanxi who was blacklisted could not travel by train for 180 days.", "true"),
        ("A young man from Shanxi who was blacklisted could not travel by train for 30 days.", "unverified"),
    ],
    "a claim false in its core, under a reporter's colour": [
        ("Qianhai Credit, as its Shenzhen staff will tell you, was founded by the e-commerce group JD.com.", "false"),
        ("Qianhai Credit, as its Shenzhen staff will tell you, was launched by Ping An.", "true"),
        ("Tencent Credit, something of a latecomer to the field, was only established in 2017, two full years after Sesame "
         "Credit had gone live.", "false"),
        ("The government, officials say, has given itself until 2030 to roll the Social Credit system out across the country.", "false"),
        ("The People's Bank of China only opened its own Credit Reference Center in 2010, after the global financial crisis had "
         "exposed the gaps.", "false"),
        # (a fronted clause keeps the main clause after it: the core is never "When netizens talk about it")
        ("When Chinese netizens talk about the government's Social Credit system, they mostly focus on its rewards and perks.", "unverified"),
    ],
    "a ban said as what it cost someone; coming into the world is a launch": [
        ("A young man from Shanxi who was put on the blacklist could not travel by train for 180 days.", "true"),
        ("Being blacklisted cost the young Shanxi man 30 days of train travel.", "false"),
        ("Sina Weibo came into the world in 2009.", "true"),
        ("Sina Weibo came into the world in 2012.", "false"),
    ],
    "an ordinal in figures numbers a thing as one in words does": [
        ("The 2013 social credit plan came out of the Third Plenum of the 19th CPC Congress.", "false"),
        ("The 2013 social credit plan came out of the Third Plenum of the 18th CPC Congress.", "true"),
    ],
    "the seventeenth batch: barred from what the source says they have; a figure clause read with its subject": [
        ("Sesame Credit and Tencent Credit were both kept off Baihang Credit's board of directors.", "unverified"),
        ("Sesame Credit and Tencent Credit have seats on Baihang Credit's board of directors.", "true"),
        ("Baihang Credit, fresh from its licence, opened its doors for business in February 2018.", "false"),
        ("Baihang Credit, fresh from its licence, opened its doors for business in May 2018.", "true"),
    ],
    "'has not one X but two' has no single X": [
        ("China has not one social credit system but two separate tracks that run independently.", "true"),
        ("China has a single social credit system, not two separate ones.", "false"),
    ],
    "a claim true in its core, under a description of plain colour": [
        ("Sina Weibo arrived in 2009, a year in which, as one early user remembers, everybody suddenly wanted to microblog.", "true"),
        # (a description that frames is never left out: the state's, everyone's)
        ("Sesame Credit, the scoring service that every citizen must join, is run by Ant Financial.", "false"),
        # (nor the main clause: the description alone is no claim)
        ("Sina, the company behind Weibo, is listed on the Nasdaq stock exchange.", "unverified"),
    ],
    "a name set aside first is not what the rest is said of": [
        ("Apart from NIFA, each of Baihang's eight shareholders owns an 8% stake.", "true"),
        ("Apart from NIFA, each of Baihang's eight shareholders owns a 36% stake.", "false"),
    ],
    "a subject only described is the one fact that description fits": [
        ("By December 2016, the platform counted 313 million monthly active users.", "true"),
        ("By December 2016, the platform counted 213 million monthly active users.", "false"),
        # (figures that are another fact's known error: "its scale" may be Sesame's, wrongly)
        ("Its scores run on a scale from 300 to 850.", "unverified"),
        # (an unknown name opens it: the description is not the subject)
        ("Alipay was launched in 2004.", "unverified"),
        # (a year and a word in common is no description of anything the base knows)
        ("The word 'netizen' dates from 1984.", "unverified"),
    ],
    "an opt-in said twice over ('voluntary rather than compulsory') is said once": [
        ("Signing up for Sesame Credit is voluntary rather than compulsory.", "true"),
        ("Joining Sesame Credit is optional, not compulsory.", "true"),
        ("Joining Sesame Credit is compulsory rather than voluntary.", "false"),
    ],
    "a confirmed aside round a main clause of mere colour": [
        ("With some 55 percent of China's mobile internet usage running through its platforms, Tencent sits on a mountain of data for its credit arm.", "true"),
        ("Rongcheng, a county-level city in Shandong province, is something of a showcase for the experiment.", "true"),
        # (a main clause that frames, or says who runs it, is a claim of its own)
        ("Sina Weibo, the microblogging service that went live in 2009, is controlled by the government.", "unverified"),
        ("Rongcheng, a county-level city in Shandong province, has become the model every Chinese city follows.", "unverified"),
        # (nor one that names what the fact does not)
        ("Pengyuan Credit, one of the oldest of the eight pilot firms, has its headquarters in Shenzhen.", "unverified"),
    ],
    "a firm among a group's old hands is among its oldest": [
        ("Pengyuan Credit, founded back in 2005, is one of the old hands among the eight firms the central bank picked.", "true"),
        ("Pengyuan Credit, founded back in 2005, counts among the veterans of the eight firms the central bank picked.", "true"),
        ("Pengyuan Credit, founded back in 2013, is one of the old hands among the eight firms the central bank picked.", "false"),
    ],
    "a capitalised word that only looks like a word the base uses is a name": [
        ("Sesame Credit's Weibo account promotes deposit-free Mobike rentals for high scorers.", "unverified"),
        ("Sesame Credit's Weibo account promotes deposit-free Hello Bicycle rentals for high scorers.", "true"),
    ],
    "a denial inside a subject's own clause stops at the verb it is the subject of": [
        ("Rongcheng, which for readers who have never been there is a county-level city in Shandong province, is a quiet place.", "true"),
        # (a denial whose clause has its own subject runs on: "a service that is mandatory")
        ("Sesame Credit has never been a service that is mandatory.", "unverified"),
        # ("nobody", "no user": the cue is the subject, and "is" its own verb)
        ("Nobody in China is forced to join Sesame Credit.", "true"),
    ],
    "the rules a blacklist is for are those the source names": [
        ("The special blacklist Guangdong announced on May 22 targets people who break the rules of online lending.", "false"),
        ("The special blacklist Guangdong announced on May 22 targets people who break the rules of the bike-sharing industry.", "true"),
        # (what the rules are about, said before them)
        ("The special blacklist Guangdong announced on May 22 targets drivers who break traffic rules.", "false"),
        ("The special blacklist Guangdong announced on May 22 targets people who break bike-sharing rules.", "true"),
    ],
    "a share written as a fraction in figures": [
        ("As of 2015, PBOC credit centre reached only ~1/4 of China's population.", "true"),
        ("As of 2015, PBOC credit centre reached only ~3/4 of China's population.", "false"),
    ],
    "a subject bound by a relative clause: the main clause said of it decides too": [
        ("The young Shanxi man who became the first local person on the 'lose trust blacklist' earned his place there by smoking on a high-speed train.", "false"),
        ("The young Shanxi man who became the first local person on the 'lose trust blacklist' earned his place there by jumping over the ticket barriers at Yangling Station.", "true"),
    ],
    "what a description says is shared counts, though the rest is confirmed": [
        ("Mobrella, a bike-sharing firm, offers deposit-free rides to 600+ Sesame users.", "false"),
        # (a name before "sharing" is the operator: "a Mobrella sharing umbrella" shares umbrellas)
        ("On a rainy street, a commuter whose Sesame Credit score is above 600 can borrow a Mobrella sharing umbrella without a deposit.", "true"),
    ],
    "'would rather call it A than B' chooses A over B": [
        ("Jeremy Daum of China Law Translate, for one, would rather describe social credit as a policy, or an ideology of data use, than as a system at all.", "true"),
        ("Jeremy Daum would rather describe social credit as a system than as a policy.", "unverified"),
    ],
    "a trial that ran on uninterrupted was never pulled": [
        ("Tencent's Jan 2018 credit score trial has run uninterrupted since launch.", "false"),
        ("Tencent Credit's trial, launched in January 2018, has been running without a break ever since.", "false"),
        ("Tencent Credit officially launched a trial of its score programme in January 2018.", "true"),
    ],
    "to pay to use something is not to use it for free": [
        ("Anbai makes every Sesame Credit user pay to use its shared massage chairs, no matter how high their score is.", "unverified"),
        ("Anbai lets Sesame Credit users with a score of 600 or more use its massage chairs for free.", "true"),
    ],
    "nobody outdoing someone puts them at the top, a ranking, not a denial": [
        ("Nobody on the platform commands a bigger crowd than the actress Xie Na, who tops the 2017 celebrity ranking with roughly 90 million followers.", "true"),
        ("No other celebrity has more Weibo followers than Xie Na.", "true"),
        ("Nobody on Weibo has more followers than He Jiong.", "unverified"),  # (not crowned: he is second)
    ],
    "a phrasing about another person does not speak for the one the claim names": [
        ("Top of the 2017 ranking sat Xie Na, the Happy Camp host her fans call 'Nana', with roughly 90 million followers.", "true"),
        ("Happy Camp host He Jiong has about 84 million Weibo followers.", "true"),
        ("Xie Na, the Happy Camp host, has about 84 million Weibo followers.", "false"),
        ("Top of the 2017 ranking sat He Jiong, the Happy Camp host, with roughly 84 million followers.", "false"),
    ],
    "a denial runs on through a relative clause with a subject of its own": [
        ("Nobody is made to sign up, however: joining Sesame Credit remains a choice each user makes, not something anyone is obliged to do.", "true"),
        ("Joining Sesame Credit is something everyone is obliged to do.", "false"),
    ],
    "a platform named only as where people talked about it is the scene, not a stranger": [
        ("Car enthusiasts on Weibo have been swapping notes about a tie-up between Ford and Alibaba under which anyone whose Sesame score tops 700 can take a new Ford Explorer out for three days without paying.", "true"),
        ("Photos of a ribbon-cutting ceremony circulated on Weibo on 23 May 2018, the day Baihang Credit officially opened its doors for business.", "true"),
        ("Weibo runs a deal under which anyone whose Sesame Credit score tops 700 can test drive the new Ford Explorer for three days for free.", "unverified"),
        ("Tencent took down its credit score trial because WeChat users complained about privacy.", "unverified"),
    ],
    "'trailed by 90 million followers' is a following, not a rank behind": [
        ("The reigning queen of the platform in 2017 was the actress and Happy Camp host Xie Na, trailed by roughly 90 million followers wherever she posted.", "true"),
        ("He Jiong tops Weibo's 2017 celebrity list, trailed by some 84 million fans.", "false"),
        ("Xie Na tops Weibo's 2017 celebrity list, trailed by He Jiong.", "unverified"),  # (a rank: left to a human, not read as a crowd)
    ],
    "the ends of a scale named beside their figures rank nothing": [
        ("Sesame scores span 350 at the floor to 950 at the top.", "true"),
        ("Those who sign up are handed a number that can sit anywhere from 350 at the bottom of the Sesame Credit scale to 950 at its very top.", "true"),
        ("Sesame Credit scores top out at 850.", "false"),
    ],
    "'with no precedent' and 'unprecedented' say new; they deny no newness": [
        ("Scholar Rogier Creemers argues the Social Credit System is an entirely new invention with no precedent in how the government keeps tabs on citizens.", "false"),
        ("Rogier Creemers says the Social Credit system is unprecedented.", "false"),
        ("Rogier Creemers says the Social Credit system is not without precedent.", "true"),
    ],
    "a day before an abbreviated month is a date; 'chief exec' is the CEO; 'got its start' is a launch": [
        ("PBOC's Credit Reference Center began operating 20 Mar 2006.", "true"),
        ("PBOC's Credit Reference Center began operating 21 Mar 2006.", "false"),
        ("Qianhai Credit's chief exec is Qiu Han, a big-data specialist.", "true"),
        ("Qianhai Credit's chief exec is Li Xuan.", "false"),
        ("Sesame Credit got its start in 2015.", "true"),
        ("Sesame Credit got its start in 2013.", "false"),
    ],
    "to shed fans is to lose them (to shed light is not)": [
        ("Yao Chen, who topped the 2015 ranking with 78 million followers, has since shed millions of fans.", "false"),
        ("Research sheds light on how Weibo users post 19 percent more at weekends.", "true"),
    ],
    "'know best' says how well, it ranks nothing": [
        ("Tencent Credit, the rival that gamers and WeChat loyalists tend to know best, rates its users on a scale that runs from 300 to 850.", "true"),
        ("Tencent Credit rates its users on a scale that runs from 350 to 950, the one gamers know best.", "false"),
    ],
    "one capitalised word opening a claim is a name when paired with one the base knows": [
        ("In a promotion that had showroom staff scrambling, Volkswagen and Alibaba offered free three-day test drives to anyone with a Sesame Credit score over 700.", "unverified"),
        ("Ford and Alibaba offered free three-day test drives to anyone with a Sesame Credit score over 700.", "true"),
    ],
    "a closing ', not in the way ... on Twitter' sets another name against the claim's own": [
        ("On Weibo, Sesame Credit is mostly talked about in terms of fun extras and the sharing economy, not in the gloomy way it is discussed on Twitter or Facebook.", "true"),
        ("Sesame Credit is run by Tencent, not by Ant Financial.", "false"),
    ],
    "a full name opening a claim, which the fact says nothing of, owns the claim's figures": [
        ("Papi Jiang has 30m Weibo followers.", "unverified"),
        ("Xie Na has 30m Weibo followers.", "false"),
    ],
    "a licensed bureau of the central bank overstates the PBOC's trial permission; a licence of its own is denied": [
        ("Sesame Credit is a PBOC-licensed personal credit bureau.", "misleading"),
        ("Sesame Credit was granted a licence to run its personal credit investigation business.", "false"),
    ],
    "'rental bikes' are bikes: the thing hired follows the word": [
        ("On May 22, as the streets of Guangdong's cities filled with brightly coloured rental bikes, provincial authorities announced a special blacklist for people who break the rules of bike-sharing.", "true"),
        ("On May 22, Guangdong authorities announced a blacklist for people who break the rules of car rental firms.", "false"),
    ],
    "a trial that 'remained live' was never pulled": [
        ("Tencent Credit's January 2018 trial remained live for the rest of the year.", "false"),
        ("Tencent Credit's January 2018 trial was pulled soon after it went live.", "true"),
    ],
    "'something better than a discount' sets the discount aside; it denies and compares nothing": [
        ("For car lovers whose Sesame score sits above 700, a tie-up between Ford and Alibaba offered something better than a discount: three days behind the wheel of the new Ford Explorer, free of charge.", "true"),
        ("Ford and Alibaba offered Sesame scorers above 700 a discount on the new Ford Explorer instead of a free test drive.", "false"),
    ],
    "'was left out when the central bank picked eight firms' leaves the name out of the list": [
        ("Pengyuan Credit was left out when the People's Bank of China picked eight firms in 2015 to pilot personal credit scoring.", "false"),
        ("Pengyuan Credit was one of the eight firms the People's Bank of China picked in 2015 to pilot personal credit scoring.", "true"),
    ],
    "a main clause another fact confirms does not make a false aside right": [
        ("Intellicredit, a registry headquartered in Shenzhen, prides itself on its independence as a third-party credit bureau.", "false"),
        ("Intellicredit, a registry headquartered in Beijing, prides itself on its independence as a third-party credit bureau.", "true"),
    ],
    "a typed '--' is a dash between clauses": [
        ("Joining Sesame Credit is voluntary -- users opt in.", "true"),
        ("Joining Sesame Credit is mandatory -- every citizen must sign up.", "false"),
    ],
    "never paying a deposit for anything anywhere overstates the listed perks": [
        ("A high Sesame Credit score, its devotees say, means never again paying a deposit for anything, anywhere in China.", "misleading"),
        ("A high Sesame Credit score means no deposits when renting cars or bicycles.", "true"),
    ],
    "a word said only of what the subject is compared with is not said of the subject": [
        ("The China Internet Finance Association, reports say, holds 36 percent of Baihang, far more than any single one of the private partners.", "unverified"),
        ("The China Internet Finance Association, a private body, holds 36 percent of Baihang.", "false"),
    ],
    "a part after a semicolon is a statement of its own, never colour to leave out": [
        ("Look after your ageing parents in Rongcheng and your ranking climbs; defame someone online or mistreat a relative and, as one shopkeeper warned, it slides.", "unverified"),
        ("In Rongcheng, caring for your parents lowers your ranking.", "false"),
    ],
    "'contrary to the popular image of ...' frames what the claim goes on to deny": [
        ("Contrary to the popular image of a single all-seeing rating, China in fact has two separate tracks, the commercial credit systems such as Sesame Credit and the government's Social Credit system, and they run independently of one another.", "true"),
        ("China has a single, unified social credit system.", "false"),
    ],
    "a comparison with no name is not one the source makes with a name": [
        ("Twitter users, researchers found, behave much like their Weibo counterparts, posting more on weekends than on weekdays.", "unverified"),
        ("Twitter users, researchers found, post less than their Weibo counterparts.", "true"),
    ],
    "Sesame and Tencent left with only supervisors' seats: a false variant, not a denial of 'left without a seat'": [
        ("In the boardroom shuffle, Sesame Credit and Tencent Credit were left with seats only on Baihang's board of supervisors.", "false"),
        ("Sesame Credit and Tencent Credit have seats on Baihang's board of directors.", "true"),
    ],
    "a trial 'still up and running', or kept running after its Jan. 2018 launch, was never pulled": [
        ("Tencent Credit's January 2018 trial is still up and running.", "false"),
        ("Tencent kept its Jan. 2018 credit-score trial running after launch.", "false"),
        ("Tencent Credit launched a trial of its score in Jan. 2018.", "true"),
    ],
    "what nobody has to do is not mandatory": [
        ("Nobody has to join Sesame Credit. People choose to sign up for it.", "true"),
        ("Chinese citizens don't have to sign up for Sesame Credit.", "true"),
        ("Everyone has to join Sesame Credit.", "false"),
    ],
    "not asking for a deposit waives it": [
        ("The umbrella-sharing company Mobrella does not ask for a deposit from Sesame Credit users who score more than 600.", "true"),
        ("Mobrella doesn't charge a deposit to Sesame users above 600.", "true"),
        ("Mobrella requires a deposit from Sesame Credit users who score more than 600.", "unverified"),
    ],
    "a parenthetical 'it is worth remembering amid ...' frames the claim": [
        ("Sesame Credit, it is worth remembering amid all the hype, is operated by Tencent rather than by anyone in the Alibaba family.", "false"),
        ("Sesame Credit, it is worth remembering amid all the dystopian headlines, is one of the business experiments that the People's Bank of China permitted to test the waters of individual credit reporting.", "true"),
    ],
    "tracing one's founding back to a year dates it": [
        ("China Chengxin Credit traces its founding all the way back to 1995.", "false"),
        ("China Chengxin Credit traces its roots to 2005.", "true"),
    ],
    "what a name is said to be before it is scenery": [
        ("Qianhai Credit was set up by the insurance and finance heavyweight Ping An.", "true"),
        ("Qianhai Credit, meanwhile, was brought into the world by Ping An, one of the heavyweights of Chinese finance.", "true"),
        ("Qianhai Credit was set up by the insurance and finance heavyweight Tencent.", "false"),
    ],
    "a list that leaves out a described name is no confirmation": [
        ("The eight firms picked for the central bank's pilot, industry watchers note, included household names such as Sesame Credit, Tencent Credit and the search giant Baidu's credit service.", "false"),
        ("The eight firms picked for the central bank's pilot included Sesame Credit, Tencent Credit and Pengyuan Credit.", "true"),
    ],
    "a false aside is not excused as colour": [
        ("Intellicredit, an independent third-party registry based in Shanghai, prides itself on its anti-fraud work.", "false"),
        ("Intellicredit, an independent third-party registry based in Beijing, prides itself on its anti-fraud work.", "true"),
    ],
    "a close false variant of another fact speaks to what the confirming fact never mentions": [
        ("On Weibo, most commenters sided with the Shanxi man, condemning his 180-day train ban as wildly excessive.", "unverified"),
        ("The blacklisted Shanxi man was barred from trains for 180 days.", "true"),
    ],
    "a denied crossing of a figure names the scale's end": [
        ("A Sesame Credit score cannot fall below 350 or climb above 950.", "true"),
        ("Sesame Credit scores never drop below 350 and never climb past 950.", "true"),
        ("Tencent Credit scores never drop below 350 and never climb past 950.", "false"),
        ("A Tencent Credit score cannot fall below 350 or climb above 950.", "false"),
    ],
    "falling quiet is no decrease": [
        ("Weekends are when Weibo comes alive: its users publish roughly 19% more posts on Saturdays and Sundays, the very days Twitter users tend to fall quiet.", "true"),
        ("Posting on Weibo falls by 19% at weekends.", "false"),
    ],
    "nobody conscripted into a score is not made to join": [
        ("Contrary to the dystopian headlines, nobody is conscripted into Sesame Credit: it is up to each user whether to opt in at all.", "true"),
        ("Every Chinese citizen is conscripted into Sesame Credit.", "false"),
        ("Sesame Credit, it is easy to forget amid the Alibaba branding, is actually run by Tencent's payments arm rather than by Ant Financial.", "false"),
    ],
    "a share of what the story is about is no figure of an aside": [
        ("Sina Weibo, the microblog where most of these debates now unfold, first went live in 2009.", "true"),
        ("Sina Weibo, the microblog where most of these debates now unfold, first went live in 2012.", "false"),
    ],
    "'whatever X may believe' frames the claim": [
        ("Sesame Credit, whatever critics may say, is run by Ant Financial.", "true"),
        ("Sesame Credit, whatever its loyal users may believe, is run by Tencent.", "false"),
        ("Nobody is compelled to sign up for Sesame Credit.", "true"),
    ],
    "setting aside the source's own count denies it": [
        ("Rather than one social credit system, China has two that run separately: commercial scores like Sesame and the government's Social Credit system.", "true"),
        ("China has one single social credit system rather than two systems.", "false"),
        ("Rather than two systems, China has one single social credit system.", "false"),
    ],
    "a relaunch after the source was published is news it cannot speak to": [
        ("After its abortive trial, Tencent Credit relaunched its score programme nationwide in the autumn of 2019.", "unverified"),
        ("Tencent Credit launched a trial of its score programme in January 2018.", "true"),
    ],
    "one particular hashtag's figure is not what any top topic gets": [
        ("As the coronavirus spread, the Weibo hashtag on nationally confirmed cases reached some 13.5 billion views by February 2.", "unverified"),
        ("The 'Go Wuhan!' hashtag topped 12 billion Weibo views.", "unverified"),
        ("A number one trending topic on Weibo gets at most about 8 million page views.", "false"),
        ("A top trending topic on Weibo can get up to 800 million page views.", "true"),
    ],
    "where the offices are is where it is based": [
        ("Intellicredit, whose offices are in Shanghai rather than the capital, presents itself to clients as an independent third-party credit registry.", "false"),
        ("Intellicredit's offices are in Beijing.", "true"),
    ],
    "'contrary to what many assume' and 'people in the industry like to point out' frame the claim": [
        ("Sesame Credit, contrary to what many assume, is run by Tencent's financial division rather than by anyone at Alibaba.", "false"),
        ("Tencent Credit, people in the industry like to point out, was set up in 2015.", "true"),
        ("Sesame Credit is operated not by Tencent but by Ant Financial.", "true"),
    ],
    "what a score keeps out of its scoring or excludes, it does not use": [
        ("Sesame Credit, its defenders insist, keeps the courts' blacklist of people with judgments against them entirely out of its scoring process.", "false"),
        ("Sesame Credit excludes the courts' blacklist from its scoring.", "false"),
        ("Sesame Credit does not exclude the court blacklist from its scoring.", "true"),
    ],
    "run from an office in a city is based there": [
        ("Qianhai Credit, for all its southern-sounding name, is run from an office in Beijing.", "false"),
        ("Qianhai Credit is run from an office in Shenzhen.", "true"),
    ],
    "a name a preposition governs is not the subject a later part leaves out": [
        ("The most widely used iPhone 12 hashtag on Weibo, a sign of Apple's enduring pull in China, racked up some 9 billion views.", "unverified"),
        ("Sesame Credit, a product of Ant Financial, ranges from 350 to 950.", "true"),
    ],
    "'it bears repeating' and 'its fans are quick to point out' frame the claim": [
        ("Sesame Credit, it bears repeating, is run by Alibaba's Ant Financial.", "true"),
        ("Nobody, the company's fans are quick to point out, is compelled to sign up; joining Sesame Credit remains a choice each user makes for themselves.", "true"),
        ("Sesame Credit, its defenders insist, is run by Tencent.", "false"),
    ],
    "not having just one system has no single one": [
        ("China does not have just one social credit system: company scores like Sesame Credit and the government's Social Credit system run separately from each other.", "true"),
        ("China does not have just one social credit system: commercial scores like Sesame Credit and the government's Social Credit system work separately.", "unverified"),
        ("China has one single social credit system.", "false"),
    ],
    "a nationwide system launched in 2014 presents the plan as done": [
        ("In 2014, with a single notice, the State Council launched a nationwide Social Credit System.", "misleading"),
        ("In 2014 the State Council issued a notice on the construction of a nationwide Social Credit System.", "true"),
        ("Alibaba first switched on Sesame Credit in 2015.", "true"),
    ],
    "an unknown compound in place of the fact's own is another thing": [
        ("Guangdong authorities announced on May 22 a special blacklist for people breaking the rules of the food-delivery industry.", "unverified"),
        ("Guangdong authorities announced on May 22 a special blacklist for people breaking the rules of the bike-sharing industry.", "true"),
        ("Guangdong announced a blacklist for people who misuse shared bikes on May 22.", "true"),
    ],
    "a manner idiom with 'not' or 'never' denies nothing": [
        ("Tencent, not to be outdone, built its own credit score on a scale that runs from 300 up to 850.", "true"),
        ("Tencent, never a company to leave a rival unanswered, built a credit score that runs from 300 to 850.", "true"),
        ("Tencent, not to be outdone, built its own credit score on a scale that runs from 350 up to 950.", "false"),
        ("Tencent Credit's score does not run from 300 to 850.", "false"),
    ],
    "a claim that closes on what it is set against is decided by the rest": [
        ("Sesame Credit is operated by Tencent's payments division rather than by anyone in the Alibaba family.", "false"),
        ("Sesame Credit is run by Alibaba's Ant Financial rather than by any government ministry.", "true"),
        ("Qianhai Credit was launched by the payments firm Lakala rather than by any insurance group.", "false"),
        ("Qianhai Credit was launched by the insurance group Ping An rather than by any payments firm.", "true"),
        ("When Chinese netizens discuss the Social Credit system, they dwell on its rewards rather than its punishments.", "unverified"),
    ],
    "a comparison closing the claim leaves the rest to show it false": [
        ("Weibo gives its users 280 characters per post, double the old Twitter limit.", "false"),
        ("Weibo gives its users 280 characters per post, far more than Twitter ever allowed.", "false"),
    ],
    "'it is often forgotten' is a frame, not part of the claim": [
        ("Sesame Credit, it is often forgotten, is run by Tencent.", "false"),
        ("Sesame Credit, it is often forgotten, is run by Ant Financial.", "true"),
    ],
    "years at a firm before joining is where one worked before": [
        ("Zhu Huanqi came to Baihang after many years as a senior manager at Ant Financial.", "false"),
        ("Zhu Huanqi came to Baihang after a long career at Huida Asset Management.", "true"),
    ],
    "'per X' and 'by one estimate' say who counts, not what is counted": [
        ("Per Caixin figures, NIFA holds roughly 36 pct of Baihang.", "true"),
        ("Per Caixin figures, NIFA holds roughly 63 pct of Baihang.", "false"),
        ("Per the 2014 State Council notice, the Social Credit System is already live across the country.", "misleading"),
        ("Tencent's platforms, by one estimate, carry some 55 percent of all mobile internet usage in China.", "true"),
    ],
    "'hardly in short supply' is plenty, no denial": [
        ("Data is hardly in short supply for Tencent, whose platforms carry some 55 percent of China's mobile internet usage.", "true"),
        ("Data is hardly in short supply for Tencent, whose platforms carry some 75 percent of China's mobile internet usage.", "false"),
        ("Tencent's platforms hardly carry 55 percent of China's mobile internet usage.", "false"),
    ],
    "a partner the fact does not name is not confirmed": [
        ("Baihang was set up by the eight pilot firms together with China's banking regulator.", "unverified"),
        ("Baihang was set up by the eight pilot firms together with the central bank.", "false"),
        ("Baihang was set up by the eight pilot firms together with NIFA.", "true"),
    ],
    "'a billion' is a figure": [
        ("Sesame Credit had more than a billion users in 2017.", "false"),
        ("Sesame Credit had more than half a billion users in 2017.", "true"),
        ("Sesame scores were looked up more than a billion times in 2017.", "unverified"),
    ],
    "a share of what the source gives no share of decides nothing": [
        ("Fewer than 1% of Sesame Credit users have reached the top score of 950.", "unverified"),
        ("Sesame Credit's 520 million users in 2017 show that the Chinese state had already scored most of its people.", "misleading"),
        ("Sesame Credit scores range from 350 to 950.", "true"),
    ],
    "a bounded count of another order than the source's figures is of something else": [
        ("Hangzhou's libraries lent more than a million books deposit-free to Sesame Credit users in 2017.", "unverified"),
        ("Hangzhou's libraries lend books without a deposit to Sesame Credit users with a score of 600.", "true"),
        ("Sesame Credit had fewer than a million users in 2017.", "false"),
    ],
    "'has yet to' has not; not done yet is no denial of a plan": [
        ("China's government-run Social Credit system has yet to go national and is still being tested in various regions and cities.", "true"),
        ("China's Social Credit system has yet to go national.", "unverified"),
        ("Baihang has yet to receive a licence.", "false"),
        ("China's Social Credit system is already national across the whole country.", "misleading"),
    ],
    "a manner idiom of habit ('never shy of', 'seldom given to') denies nothing": [
        ("Police in Shenzhen, never shy of new gadgets, trialled facial recognition cameras to catch jaywalkers.", "true"),
        ("Chinese media, seldom given to understatement, have crowned Hangzhou with the nickname 'Credit City'.", "true"),
        ("Police in Shenzhen never trialled facial recognition cameras to catch jaywalkers.", "false"),
    ],
    "'not to be outdone (by a rival)' frames the claim": [
        ("Not to be outdone by Alibaba, Tencent built its own credit product around a scale that runs from 300 at the bottom to 850 at the top.", "true"),
        ("Not to be outdone by Alibaba, Tencent built a credit product on a scale from 350 to 950.", "false"),
    ],
    "a range's ends named as bottom and top are its ends": [
        ("Sesame Credit scores run from 300 at the bottom to 900 at the very top.", "false"),
        ("Sesame Credit scores run from 350 at the bottom to 950 at the very top.", "true"),
    ],
    "another spelling in brackets inside a name is the same name": [
        ("Koala (Kaola) Credit was set up by Shenzhen payments firm Lakala.", "true"),
        ("Koala (Kaola) Credit was set up by Ping An.", "false"),
    ],
    "an aside that carries the point decides when the rest is only colour": [
        ("Rongcheng, a county-level city in Shandong province, has become something of a showcase for visiting reporters.", "true"),
        ("Rongcheng, a county-level city in Jiangsu province, has become something of a showcase for visiting reporters.", "false"),
        ("Zhu Huanqi, who leads Baihang, studied economics at Peking University before beginning his career in finance.", "unverified"),
        ("In Hangzhou, the city Chinese media call Credit City, residents with high scores are allowed to ride public buses for free.", "unverified"),
    ],
    "an aside that misleads makes a true point misleading": [
        ("Sesame Credit, the score through which the Chinese state rates the trustworthiness of its citizens, was launched in 2015.", "misleading"),
        ("Sesame Credit, the best-known commercial score, was launched in 2015.", "true"),
    ],
    "a thing made the state's, which the fact never says, is not confirmed": [
        ("Sina Weibo, built to track and block sensitive posts, was launched by the Chinese government as a state-run propaganda channel.", "unverified"),
        ("Sina Weibo was launched with tracking and blocking of sensitive posts built in.", "true"),
    ],
    "'counts among the veterans' is among the oldest": [
        ("Pengyuan Credit counts among the veterans of the eight pilot firms.", "true"),
        ("Pengyuan Credit counts among the newcomers of the eight pilot firms.", "unverified"),
    ],
    "'try their hand at' is an attempt, nothing handed over": [
        ("In 2015 the People's Bank of China invited eight commercial companies to try their hand at running personal credit systems.", "true"),
        ("By 2018 the central bank had handed personal credit licences to the eight pilot firms.", "false"),
    ],
    "likened to another, a claim is still judged of its own subject": [
        ("Like Twitter users, Weibo users post about 11% less on weekends.", "false"),
        ("Like Twitter users, Weibo users are active on weekends.", "unverified"),
        ("Like Sesame Credit, Tencent Credit is a commercial credit score.", "true"),
    ],
    "denying any of a thing the fact gives one of is no confirmation": [
        ("Pengyuan, China Chengxin and Intellicredit, the three firms left off the board of directors, were shut out of Baihang's governance altogether, with no seat on any board.", "unverified"),
        ("The eight firms did not receive any personal credit licence by 2018.", "true"),
        ("Intellicredit does not have a seat on Baihang's board of directors.", "true"),
    ],
    "'No. 1' is a rank, not a denial": [
        ("A No. 1 trending topic on Weibo can draw up to 80 million page views.", "false"),
        ("A No. 1 trending topic on Weibo can draw up to 800 million page views.", "true"),
        ("Chen Kun is No. 2 on Weibo's 2017 list of biggest stars.", "false"),
    ],
    "a doer the fact does not name is not confirmed by the rest": [
        ("Beijing Sinoway Credit was set up in 2013 by a single insurer.", "unverified"),
        ("Beijing Sinoway Credit was set up in 2013 by four large financial companies.", "true"),
        ("Koala Credit is an independent third-party credit company set up by Shenzhen payments firm Lakala.", "true"),
    ],
    "'prefers X to Y' is X rather than Y": [
        ("Sinoway Credit prefers business data to traditional algorithms.", "true"),
        ("Sinoway Credit prefers traditional algorithms to business data.", "unverified"),
        ("Sinoway Credit relies on traditional algorithms.", "false"),
    ],
    "a place before a relative clause is no owner": [
        ("Sinoway Credit, a Beijing outfit that prefers business data to traditional algorithms, owes its existence to four large financial companies that joined forces to establish it in 2013.", "unverified"),
        ("Sesame Credit is an Alibaba product.", "true"),
    ],
    "what became available was launched": [
        ("Alibaba's Sesame Credit scoring service first became available in 2015.", "true"),
        ("Sesame Credit became available in 2013.", "false"),
    ],
    "'far from' an adjective denies it": [
        ("Joining Sesame Credit is far from compulsory.", "true"),
        ("Sesame Credit is far from independent.", "false"),
        ("Tencent's January 2018 trial, far from being pulled, has run without interruption ever since.", "false"),
        ("By December 2016, far from fading away, Weibo counted 313 million monthly active users.", "true"),
    ],
    "a stage name beside a person's fact is someone the fact does not name": [
        ("Xie Na, the 'Queen of Weibo', has about 90 million followers.", "true"),
        ("The 'Queen of Weibo' in the 2017 ranking was Angelababy, who led the list with some 90 million followers.", "unverified"),
    ],
    "a promise reported beside what is claimed done": [
        ("China's government has promised to roll out its Social Credit system nationwide by 2020.", "true"),
        ("China has already rolled out its Social Credit System nationwide, as the government promised it would.", "misleading"),
    ],
    "a with-clause that gives a plan is a premise": [
        ("With the national Social Credit rollout due by 2020, local governments are running pilots.", "true"),
        ("With the national Social Credit rollout due by 2020, every citizen will be given a score.", "unverified"),
    ],
    "'to a person', 'united in' and 'all the people' speak of everyone": [
        ("Many Rongcheng citizens have embraced the Social Credit pilot, Foreign Policy reported.", "true"),
        ("The residents of Rongcheng, Foreign Policy found, have to a person embraced the local Social Credit pilot.", "misleading"),
        ("Chinese social media users were united in backing the train ban on the blacklisted Shanxi man.", "misleading"),
        ("All the people of Rongcheng are happy with the city's Social Credit pilot.", "misleading"),
    ],
    "'dozens of cities' is some of them, not every city": [
        ("Higher Sesame Credit scores make life easier in dozens of Chinese cities.", "true"),
        ("A Sesame Credit score of about 650 makes daily life easier in every city in China.", "misleading"),
    ],
    "'as it had pledged' reports a promise": [
        ("Beijing has promised to roll out its Social Credit System nationally by 2020.", "true"),
        ("Beijing completed the nationwide rollout of its Social Credit System, as it had pledged.", "misleading"),
    ],
    "a time set by what else happened then sweeps over nothing": [
        ("Long before any app promised free umbrellas, on March 20, 2006, the People's Bank of China began running its own Credit Reference Center.", "true"),
        ("A high Sesame score spares its holder a deposit for any rental in China.", "misleading"),
    ],
    "a list said to be aimed at another thing the base knows": [
        ("Guangdong authorities unveiled a bike-sharing blacklist on 22 May.", "true"),
        ("The blacklist Guangdong announced on May 22 was aimed at jaywalkers.", "unverified"),
    ],
    "'every car rental' sweeps over things": [
        ("A high Sesame score lets users rent cars and bikes and book hotels without a deposit.", "true"),
        ("A high Sesame Credit score frees users from deposits on every car rental, bike rental and hotel booking across China.", "misleading"),
    ],
    "what a phrasing only compares its subject with is not its subject": [
        ("Similar to Sesame Credit, Tencent Credit scores run from 300 to 850.", "true"),
        ("Sesame Credit scores run from 300 to 850, the same scale as Tencent Credit's.", "false"),
    ],
    "'has not escaped' it was drawn in": [
        ("Romance has not escaped the score either, for since 2015 the matchmaking site Baihe.com has partnered with Sesame Credit so that singles can attach their credit rating to their dating profile.", "true"),
        ("Since 2015 Sesame Credit has not cooperated with the dating site Baihe.com.", "false"),
    ],
    "a holiday on a fixed day is its date": [
        ("With little fanfare, Baihang Credit opened for business on New Year's Day 2018.", "false"),
        ("Baihang Credit opened its doors to business on Singles' Day 2018.", "false"),
        ("Baihang received its licence on Valentine's Day 2018.", "unverified"),
    ],
    "a denied comparison is no denial of the figure": [
        ("No shareholder firm holds more than 8% of Baihang.", "unverified"),
        ("Each of the eight shareholder firms holds 8% of Baihang.", "true"),
        ("No single post on Weibo may be longer than 140 characters.", "true"),
    ],
    "paying first or afterwards": [
        ("At Zhejiang University Hospital, patients whose Zhima score exceeds 650 can see a doctor first and pay afterwards.", "true"),
        ("At Zhejiang University Hospital, patients whose Zhima score exceeds 650 must pay before seeing a doctor.", "false"),
    ],
    "a loose match to a framing the fact base calls misleading": [
        ("Chinese cities put their highest-ranked citizens on public display boards as part of the social credit system.", "misleading"),
        ("In Rongcheng, the highest-ranked citizens are put on a board near the village centre.", "true"),
    ],
    "a claim set in China that names nothing": [
        ("In China, fare dodgers who jump ticket barriers get banned from trains for 180 days.", "misleading"),
        ("In China, people like bubble tea.", "unverified"),
    ],
    "a sweeping claim loosely matching a limited fact": [
        ("With the 2018 list of twelve model cities, social credit has become a nationwide reality in China.", "misleading"),
        ("Under the social credit system, China's top-scoring citizens are honoured on public boards in their village centres.", "misleading"),
        ("In Rongcheng, top-scoring citizens are honoured on public boards in their village centres.", "true"),
        ("Under social credit rules, anyone in China who jumps a station ticket barrier gets a 180-day ban from trains.", "misleading"),
        ("Under social credit rules, a Shanxi man who jumped a ticket barrier got a 180-day ban from trains.", "true"),
    ],
    "overgeneralised despite a negation elsewhere": [
        ("Anywhere in China, a Sesame score of 600 is enough to borrow library books without paying a deposit.", "misleading"),
        ("In Hangzhou, a Sesame score of 600 lets you borrow library books without paying a deposit.", "true"),
    ],
    "a myth the source reports, repeated without saying it is one, misleads; vouched for, it is false": [
        ("Every Chinese citizen is due to get a mandatory score between 350 and 950 tied to their national ID card.", "misleading"),
        ("2015: the ACLU reveals that every Chinese citizen will get a 350-950 score linked to their ID card.", "misleading"),
        ("The ACLU's 2015 warning of a mandatory 350-950 score tied to every ID card by 2020 turned out to be accurate.", "false"),
        ("Back in 2015, the ACLU accurately reported that every Chinese citizen would be given a score between 350 and 950 tied to their ID card.",
         "false"),
        ("Beijing has announced that every Chinese citizen will be measured by a mandatory score between 350 and 950 linked to their ID card.",
         "false"),
        ("The ACLU falsely claimed in 2015 that every Chinese citizen would get a 350-950 score.", "true"),
        ("Every Chinese citizen pays taxes.", "unverified"),
    ],
    "an owner's credit product is its score": [
        ("Tencent's credit product grades people on a scale that starts at 300 and tops out at 850.", "true"),
        ("Tencent's credit product grades people on a scale from 350 to 950.", "false"),
    ],
    "a false variant applies only where the claim repeats its error": [
        ("By December 2016 some 313 million people were using Weibo every month.", "true"),
        ("In December 2016 Weibo had 313 million daily active users.", "false"),
        ("Intellicredit is based in Shenzhen.", "false"),
    ],
    "common ways of saying where, since when, at what cost and by whose rule": [
        ("China Chengxin Credit has its headquarters in Shenzhen.", "false"),
        ("China Chengxin Credit has its headquarters in Beijing.", "true"),
        ("Qianhai Credit dates back to 2005.", "false"),
        ("Chinese law requires every adult to enrol in Sesame Credit.", "false"),
        ("Sesame Credit requires users to opt in.", "unverified"),
        ("Drivers whose Sesame score topped 700 could take the new Ford Explorer out for three days at no charge.", "true"),
    ],
    "an aside that only describes does not stop a loose match": [
        ("Zhima Credit, the scoring service most often cited in foreign coverage, is operated by Alibaba affiliate Ant Financial.", "true"),
        ("Zhima Credit, launched in 2010, is operated by Ant Financial.", "false"),
    ],
    "a commercial score and the state's system said to be one": [
        ("Zhima Credit and Beijing's Social Credit System are, in reality, one and the same thing.", "false"),
        ("China operates one unified social credit system in which Alibaba's scores and government ratings are the same thing.", "false"),
        ("Sesame Credit and the government's Social Credit system are not the same thing.", "unverified"),
    ],
    "a source the claim cites is no subject": [
        ("A 300-to-850 scale is used by Tencent Credit, according to the Baihang backgrounder.", "true"),
        ("A 350-to-950 scale is used by Tencent Credit, according to the Baihang backgrounder.", "false"),
    ],
    "a date in digits": [
        ("百行征信 officially opened for business on 23/05/2018.", "true"),
        ("百行征信 officially opened for business on 2017-05-23.", "false"),
    ],
    "a place that only sets the scene": [
        ("Every Chinese citizen is to be rated on a 350-950 score tied to their ID card, which Beijing has made mandatory.", "misleading"),
        ("Beijing has many parks.", "unverified"),
    ],
    "a date with the day first": [
        ("百行征信 threw open its doors to customers on 23rd May 2018.", "true"),
        ("百行征信 threw open its doors to customers on 23rd May 2017.", "false"),
    ],
    "a publication named after a platform": [
        ("As of 2017, some 520 million people were signed up to Sesame Credit, according to What's on Weibo.", "true"),
        ("As of 2017, some 300 million people were signed up to Sesame Credit, according to What's on Weibo.", "false"),
    ],
    "two statements joined by 'while', neither close to one phrasing": [
        ("Pengyuan, China Chengxin and Intellicredit sit on Baihang's board of directors, while Sesame and Tencent are only supervisors.", "false"),
    ],
    "two statements in one claim, judged each": [
        ("The internet finance association holds 36% of Baihang while eight firms hold 8% apiece.", "true"),
        ("The internet finance association holds 12% of Baihang while eight firms hold 8% apiece.", "false"),
    ],
    "a place in a ranking is a figure": [
        ("Happy Camp host He Jiong only scraped into tenth place on Weibo's 2017 list of biggest stars.", "false"),
        ("He Jiong is number two on Weibo's list of biggest stars.", "true"),
        ("Xie Na ranks No. 1 on Weibo.", "true"),
        ("Xie Na is the second most-followed star on Weibo.", "false"),
    ],
    "a rank the claim drops from a superlative": [
        ("He Jiong is Weibo's most-followed celebrity, with nearly 84 million followers.", "false"),
        ("He Jiong is Weibo's second most-followed celebrity, with nearly 84 million followers.", "true"),
        ("He Jiong is a popular celebrity on Weibo.", "unverified"),
    ],
    "denying a conflation the fact base draws the line against": [
        ("Sesame Credit isn't part of the government's Social Credit System.", "true"),
        ("Sesame Credit is part of the government's Social Credit System.", "misleading"),
    ],
    "sweeping claim that names nothing": [
        ("Everyone who vandalises a shared bike anywhere in China is banned from bike-sharing.", "misleading"),
        ("Across China, people post more on weekends.", "unverified"),
        ("Anyone can borrow an umbrella without a deposit.", "unverified"),
    ],
    "word forms meet at their stem": [
        ("In Rongcheng, defaming people online lowers your credit.", "true"),
        ("Rongcheng residents who look after their parents see their ranking improve.", "true"),
        ("In Rongcheng, abusing family members boosts your social credit ranking.", "false"),
        ("Rongcheng residents who look after their pets see their ranking improve.", "unverified"),
    ],
    "two contrasted statements whose words together spell a false variant": [
        (
            "In Rongcheng, residents who care for their parents move up the rankings, while those who defame others "
            "online or abuse relatives lose credit.",
            "unverified",
        ),
        ("Sesame Credit is run by Tencent, while Tencent Credit is run by Alibaba.", "false"),
    ],
    "a China-wide claim that, said of the one place a loosely matching fact is about, is true": [
        ("Chinese people lose social credit points for abusing family members and gain them for looking after their parents.", "misleading"),
        ("India is building a social credit system modelled on China's.", "unverified"),
        ("In China, authorities put a stop to Twitter after the riots.", "true"),
    ],
    "'across the whole country' is nationwide": [
        ("The Social Credit System has been operating across the whole country ever since the State Council's 2014 notice.", "misleading"),
        ("Beijing promised to roll out the social credit system across the whole country by 2020.", "true"),
        ("Beijing promised to roll out the social credit system across the whole country by 2025.", "false"),
    ],
    "a claim naming only a place is read as nameless when the place's facts cannot decide it": [
        ("Every Chinese citizen is to be rated on a 350-950 score linked to their national ID card, which Beijing has made mandatory by 2020.", "misleading"),
        ("Beijing's weather was sunny in 2020.", "unverified"),
    ],
    "a waived deposit denies the deposit, not the people spared it": [
        ("A Sesame Credit score over 600 spares Mobrella users the deposit.", "true"),
        ("For Sesame users over 600, the Mobrella deposit is waived.", "true"),
        ("Mobrella's umbrellas can only be borrowed deposit-free by Sesame users who score above 750.", "false"),
        ("Mobrella charges every user a deposit, whatever their Sesame score.", "false"),
    ],
    "a claim made total ('altogether', 'entire', 'wholesale') overstates a fact that is not": [
        ("With Baihang's launch, the eight pilot companies have been pushed out of the credit business altogether.", "misleading"),
        ("Under the Baihang arrangement, the eight pilot firms folded their entire operations into the new platform.", "misleading"),
        ("The eight firms' personal credit rating operations are being folded into Baihang.", "true"),
        ("Nobody is obliged to join Sesame Credit: opting in is entirely voluntary.", "true"),
    ],
    "'has rolled out', 'has implemented': a plan presented as done": [
        ("Beijing has now implemented the nationwide social credit roll-out it promised.", "misleading"),
        ("China has promised to roll out the Social Credit System across the whole country by 2020.", "true"),
    ],
    "jaywalking is a thing facts are about, and the Shenzhen experiment is in Shenzhen": [
        ("In Shenzhen, facial recognition was tested on jaywalkers.", "true"),
        ("Chinese police use facial recognition to catch jaywalkers.", "misleading"),
        ("Jaywalkers caught by facial recognition cameras in China already lose points from their personal credit.", "misleading"),
        ("Jaywalking is legal in Canada.", "unverified"),
        # the state papers spoke for China, not for Shenzhen
        ("Chinese state newspapers said jaywalking will affect personal credit in the future.", "true"),
    ],
    "a denied deposit ends with the deposit": [
        ("Renting a car without a deposit in Shenzhou requires a Sesame Credit score of 650.", "true"),
        ("Renting a car without a deposit in Shenzhou requires a Sesame Credit score of at least 750.", "false"),
        ("A Sesame score of 600 gets you deposit-free library books anywhere in China.", "misleading"),
    ],
    "a phrasing about another place hands over to one about the claim's": [
        ("Libraries in Hangzhou lend books to Sesame users without any deposit.", "true"),
        ("Yao Chen is the most-followed celebrity on Weibo.", "false"),
    ],
    "a false variant's wrong name, repeated by a loosely matching claim, decides like a swap": [
        ("Koala Credit was established by Alibaba's Ant Financial.", "false"),
        ("Koala Credit competes with Alibaba's Ant Financial.", "unverified"),
    ],
    "names said alike of one thing swap nothing": [
        ("Koala Credit and Ant Financial both launched in 2015.", "unverified"),
        ("Koala Credit and Sesame Credit both launched in 2015.", "true"),
    ],
    "an aside naming something cannot save a false main clause": [
        ("Rongcheng, the town known as China's social credit laboratory, lies in Guangdong province.", "false"),
        ("Rongcheng, the social credit pilot city, lies in Shandong province.", "true"),
        ("Rongcheng, a city of 700,000 in Jiangsu, is famous for its social credit pilot.", "false"),  # (the aside itself is wrong)
    ],
    "a conclusion the source does not support ('which makes it', 'proof that')": [
        ("Tencent Credit uses a 300-850 scale, proof that it is the government's citizen score.", "misleading"),
        ("Sesame Credit works with the central bank's blessing, which makes it the state's official rating of citizens.", "misleading"),
        ("Sesame Credit is run by Ant Financial, which makes it part of the Alibaba family.", "true"),
    ],
    "a misleading framing applies only where the claim makes its move": [
        ("Hundreds of Chinese city governments already run Social Credit accounts on Weibo.", "misleading"),
        ("Citizens who score 600-plus in China's social credit system get to use shared massage chairs for free.", "misleading"),
        ("City governments run their own social credit accounts on Weibo.", "unverified"),
    ],
    "a negation one phrasing reads two ways, settled by the fact's other close phrasings": [
        ("Three years after getting pilot approval, not one of the eight firms had been granted a personal credit licence.", "true"),
        ("Three years after getting pilot approval, all eight firms had been granted a personal credit licence.", "false"),
    ],
    "'week-long', 'one-hundred-and-eighty-day', 'seven in ten' are figures": [
        ("Sesame users scoring over 700 get a free week-long test drive of Ford's new Explorer.", "false"),
        ("Sesame users scoring over 700 get a free three-day test drive of Ford's new Explorer.", "true"),
        ("The Shanxi man got a one-hundred-and-eighty-day train ban.", "true"),
        ("Nine in ten active Weibo users have a university-level education.", "false"),
    ],
    "'was born' is a launch": [
        ("Sina Weibo was born in 2009.", "true"),
        ("Sina Weibo was born in 2010.", "false"),
    ],
    "an aside confirmed says nothing of a main clause that names more": [
        ("Hangzhou, known as 'Credit City', bases its social credit system on Sesame Credit scores.", "misleading"),
        ("Hangzhou, known as 'Credit City', works closely with Sesame Credit.", "true"),
    ],
    "a loosely matching framing decides where the claim makes its move": [
        ("Hundreds of city governments now use Weibo accounts to brief citizens on their social credit rules.", "misleading"),
        ("Several Chinese cities run social credit accounts on Weibo.", "true"),
    ],
    "experiments presented as finished": [
        ("Twelve Chinese cities have already completed their social credit systems, the NDRC and PBOC say.", "misleading"),
        ("Twelve cities are running social credit experiments, according to the NDRC and PBOC.", "true"),
    ],
    "a nameless China-wide claim, said of the one place a loose fact is about": [
        ("In China, anyone who vaults a station ticket barrier gets a 180-day train ban.", "misleading"),
        ("In China, it rains a lot in summer.", "unverified"),
    ],
    "two dated events put in order ('before', 'three months after')": [
        ("Baihang opened for business in May 2018, three months after it received its licence.", "true"),
        ("Baihang opened for business in May 2018, three months before it received its licence.", "false"),
        ("Baihang began operating in May 2018 before it had been granted a licence.", "false"),
    ],
    "an aside that dates the claim by another name's start ('twelve years before Baihang arrived')": [
        ("More than twelve years before Baihang arrived, on 20 March 2006, the People's Bank of China started its Credit Reference Center.",
         "true"),
        ("Two years before Baihang arrived, on 20 March 2006, the People's Bank of China started its Credit Reference Center.", "false"),
        ("On 20 March 2006, a decade after Baihang was launched, the People's Bank of China started its Credit Reference Center.", "false"),
        ("Sina Weibo was launched in 2009, six years before Sesame Credit.", "true"),
        ("Tencent's credit arm was only set up in 2018, three years after Sesame Credit.", "false"),
        # the name alone dates its start only when the claim dates a start too
        ("Sesame Credit had 520 million users in 2017, two years after Tencent Credit.", "unverified"),
        ("Sina Weibo was launched in 2009, long after the riots in Urumqi.", "true"),
        # (the name said with what kind of thing it is, and how it began in other words)
        ("Back in 2013, long before the Baihang alliance took shape, four large financial companies founded Beijing Sinoway Credit.", "true"),
        ("Back in 2013, long after the Baihang alliance took shape, four large financial companies founded Beijing Sinoway Credit.", "false"),
    ],
    "what the source says many did, said of all": [
        ("Every single resident of Rongcheng has welcomed the city's Social Credit pilot.", "misleading"),
        ("In Rongcheng, the townspeople have welcomed the Social Credit pilot unanimously, without a single dissenting voice.", "misleading"),
        ("Every local government in China already runs its own Social Credit account on Weibo.", "misleading"),
        ("Many Rongcheng citizens have embraced the Social Credit pilot, Foreign Policy reported.", "true"),
        ("Many Chinese social media commenters supported the train ban of the blacklisted Shanxi man.", "true"),
        ("Everyone in Rongcheng hates the Social Credit pilot.", "unverified"),
    ],
    "an aside with a figure or a name counts for nothing unless it holds of the subject (and one false on its own makes the claim false)": [
        ("Baihang Credit, unveiled with great fanfare in 2018, is simply a new government credit bureau run entirely by the state.",
         "misleading"),
        ("Baihang Credit, unveiled with great fanfare in 2015, is simply a new government credit bureau run entirely by the state.",
         "false"),
        ("Sina Weibo, which limits each post to 140 characters, is nothing more than a Chinese copy of Twitter.", "misleading"),
        ("Sina Weibo, which limits each post to 280 characters, is nothing more than a Chinese copy of Twitter.", "false"),
    ],
    "an aside that only names something the base does not decide is left unchecked, unless it gives a place, person or company": [
        ("Koala Credit, one of the quieter names on the central bank's list, was set up by Lakala.", "true"),
        ("Koala Credit, one of the quieter names on the central bank's list, was set up by Ping An.", "false"),
        ("Tencent Credit, one of Sesame Credit's commercial rivals, rates users on a scale running from 300 to 850.", "true"),
        ("Tencent Credit, one of Sesame Credit's commercial rivals, rates users on a scale running from 350 to 950.", "false"),
        ("Zhuhai, a city in Fujian province, runs its own Weibo account devoted to its Social Credit and market control systems.", "false"),
        ("Sesame Credit, which Tencent launched, is opt-in.", "unverified"),
        ("Like Sinoway and Intellicredit, the Ping An-backed Qianhai Credit, whose CEO is Qiu Han, runs its operations from a base in Beijing.",
         "false"),
    ],
    "a relative clause is said of the name before it ('whose CEO is ...')": [
        ("Qianhai Credit, whose CEO is Li Xuan, was launched by Ping An.", "false"),
        ("Qianhai Credit, whose CEO is Qiu Han, was launched by Ping An.", "true"),
        ("Intellicredit, whose CEO is Qiu Han, is one of the eight pilot firms.", "false"),
    ],
    "a debut, public or official, is a launch": [
        ("Long before its perks became a topic of conversation on crowded Chinese subways, Sesame Credit had made its public debut in 2015.", "true"),
        ("Sesame Credit made its public debut in 2013.", "false"),
    ],
    "'summed up as', 'in a word' and 'boils down to' reduce like 'simply'": [
        ("For anyone trying to make sense of Chinese social media, Sina Weibo can be summed up simply as the Chinese Twitter and nothing more.",
         "misleading"),
        ("Sina Weibo, in a word: the Chinese Twitter.", "misleading"),
        ("Sina Weibo boils down to the Chinese Twitter.", "misleading"),
        ("Weibo is China's Twitter, full stop.", "misleading"),
        ("Sina Weibo is often called the Chinese Twitter, but it is more versatile.", "true"),
    ],
    "all, where a close fact about the subject speaks of some ('practically every internet user' for 'a majority')": [
        ("Three years after its launch, Weibo's 503 million registered users meant that practically every internet user in China had signed up.",
         "misleading"),
        ("Weibo's 503 million registered users three years after launch were a significant majority of China's 640 million internet users.", "true"),
        ("Three years after its launch, Sina Weibo had 503 million registered users.", "true"),
    ],
    "a comparative said both ways, where the source says one, is no match on the word it shares": [
        ("Research has found that people on Sina Weibo are more guarded than Twitter users, revealing less personal information about themselves.",
         "unverified"),
        ("People on Sina Weibo reveal less personal information about themselves than Twitter users.", "false"),
        ("Sina Weibo users disclose more personal information about themselves than Twitter users.", "true"),
        ("In Rongcheng, caring for your parents can raise your ranking, while abusing family members lowers it.", "true"),
    ],
    "sitting or standing at the top of a ranking tops it": [
        ("With a following of roughly 90 million, the singer and actress Xie Na sat at the top of Weibo's 2017 celebrity ranking.", "true"),
        ("He Jiong sat at the top of Weibo's 2017 celebrity ranking.", "false"),
    ],
    "a role given before a person ('Caixin columnist Xinhai Liu') makes the person the subject": [
        ("Caixin columnist Xinhai Liu called 2010-2013 the 'Credit Great Leap Forward'.", "false"),
        ("Caixin columnist Xinhai Liu called 2015-2018 the 'Credit Great Leap Forward'.", "true"),
    ],
    "'top' that describes ('ranking of top stars') ranks no one": [
        ("Happy Camp host He Jiong came second in Weibo's 2017 ranking of top stars, with nearly 84 million followers.", "true"),
        ("He Jiong took the top spot on Weibo's 2017 list of biggest stars.", "false"),
    ],
    "a word given a meaning that shares nothing with the source's is false": [
        ("The Chinese word 'Weibo' literally translates as 'social network'.", "false"),
        ("Weibo literally means 'micro-blog'.", "true"),
        ("The Chinese word 'Weibo' literally means 'microblog'.", "unverified"),  # (not false: "microblog" is "micro-blog")
    ],
    "a career built or spent at a firm is work there": [
        ("Before he took the helm at Baihang as chief executive, Zhu Huanqi had built his career at Huida Asset Management.", "true"),
        ("Zhu Huanqi had built his career at Ant Financial.", "false"),
    ],
    "where something was said, by a name the base does not know, is no scenery to leave off": [
        ("Writing in People's Daily, Xinhai Liu called 2015-2018 the 'Credit Great Leap Forward'.", "unverified"),
        ("Writing in Caixin, Xinhai Liu called 2015-2018 the 'Credit Great Leap Forward'.", "true"),
        ("In a column for Caixin, Xinhai Liu called 2015-2018 the 'Credit Great Leap Forward'.", "true"),
        ("In a People's Daily column, Credit Reference Center researcher Xinhai Liu called the 2015-2018 period the 'Credit Great Leap Forward'.",
         "unverified"),
        ("In a Caixin column, Credit Reference Center researcher Xinhai Liu called the 2015-2018 period the 'Credit Great Leap Forward'.", "true"),
    ],
    "a move off one end and back to the other turns the source's move around ('off the Internet and back to traditional methods')": [
        ("Pengyuan Credit says its goal since 2005 has been to move credit rating off the Internet and back to traditional methods.", "false"),
        ("Pengyuan Credit says its goal since 2005 has been to move credit rating from traditional methods to the Internet.", "true"),
    ],
    "'nothing more (exotic) than' says what a thing is; it denies nothing": [
        ("Translated word for word, the name of the platform itself, Weibo, means nothing more exotic than 'micro-blog'.", "true"),
        ("Weibo means nothing more sinister than 'social network'.", "false"),
        ("Translated word for word, the name of the platform, Weibo, amounts to nothing grander than 'micro-blog'.", "true"),
        ("Sesame Credit is nothing bigger than a loyalty program.", "misleading"),
        ("Weibo means nothing more than 'micro-blog'.", "true"),
        ("Weibo means nothing more than 'social network'.", "false"),
        ("Weibo does not mean 'social network'.", "true"),
        ("Sesame Credit is nothing more than a loyalty program.", "misleading"),
    ],
    "'no more than' bounds a figure; it neither denies it nor compares": [
        ("Even in 2015, after nearly ten years in operation, the central bank's Credit Reference Center reached no more than about a quarter of China's population.",
         "true"),
        ("In 2015 the PBOC's Credit Reference Center covered no more than 10% of China's population.", "false"),
    ],
    "another name's figure set against the claim's with 'not' reads as 'unlike' ('(not Sesame's 350-950)')": [
        ("Tencent Credit scores on a scale of 300 to 850 (not Sesame's 350-950).", "true"),
        ("Tencent Credit scores on a scale of 300 to 850, not Sesame's 350-950.", "true"),
        ("Tencent Credit scores on a scale of 350 to 950, not Sesame's 300-850.", "unverified"),
    ],
    "a reduction said after the name ('China's Twitter, nothing more')": [
        ("Weibo is simply the Chinese Twitter and nothing more.", "misleading"),
        ("Weibo is China's Twitter, nothing more.", "misleading"),
        ("Weibo is often called China's Twitter, but it is more versatile.", "true"),
    ],
    "the comma of a figure's thousands ends no aside": [
        ("Happy Camp host He Jiong came second on Weibo's 2017 list of the biggest stars, with 83,883,937 followers.", "true"),
        ("Happy Camp host He Jiong came second on Weibo's 2017 list of the biggest stars, with 93,883,937 followers.", "false"),
    ],
    "an appositive after an agent's 'by' describes the agent": [
        ("Koala Credit was set up by Lakala, a financial services company based in Beijing.", "false"),
        ("Koala Credit was set up by Lakala, a financial services company based in Shenzhen.", "true"),
    ],
    "a fronted clause and the main clause each say something ('Before he took the helm at Baihang, ...')": [
        ("Before he took the helm at Baihang as its chief executive and president, Zhu Huanqi had worked at Huida Asset Management.",
         "true"),
        ("Before he took the helm at Baihang, Zhu Huanqi had worked at Ant Financial.", "false"),
        ("Although it was founded in 2015, Tencent Credit already had a trial running in January 2018.", "true"),
        ("Although it was founded in 2013, Tencent Credit had a trial running in January 2018.", "false"),
        # both hold, but not in that order (the centre opened in 2006)
        ("After Baihang opened for business in May 2018, the People's Bank of China began operating its Credit Reference Center.",
         "unverified"),
        # the main clause is the point: a misleading one misleads, whatever the clause before it sets up
        ("Launched in 2009 after Twitter was blocked, Sina Weibo is simply China's copy of Twitter and nothing more than that.",
         "misleading"),
    ],
    "words that stress a denial deny nothing more ('without ever being followed back')": [
        ("Following someone on Weibo is a one-way street: you can read, like and share their posts without ever being followed back.",
         "true"),
        ("On Weibo you can't read someone's posts without being followed back.", "false"),
    ],
    "a count of things no phrasing of the fact counts is no contradiction ('50 Chinese cities')": [
        ("Mobrella runs umbrella-sharing stations in more than 50 Chinese cities.", "unverified"),
        ("Mobrella waives umbrella deposits for Sesame Credit users with a score over 500.", "false"),
        ("Shared massage-chair company Anbai only lets Sesame users with scores above 750 use its chairs for free.", "false"),
        ("Sesame Credit's official Weibo account had 24 million fans in 2018.", "false"),
    ],
    "a scene set before a cleft ('Drawing wide attention online, it was police in Guangzhou who ...')": [
        ("Drawing wide attention on social media, it was police in Guangzhou who experimented with facial recognition to catch jaywalkers.",
         "false"),
        ("Drawing wide attention on social media, it was police in Shenzhen who experimented with facial recognition to catch jaywalkers.",
         "true"),
        ("America's FICO scores, like Tencent Credit's, run from 300 to 850.", "unverified"),
    ],
    "'as a policy, more than a system' sets one against the other": [
        ("Jeremy Daum treats social credit as a policy, an 'ideology of data use', more than a system.", "true"),
        ("Sesame Credit is a bit more than a loyalty program.", "true"),
        ("Jeremy Daum treats social credit as a system more than a policy.", "unverified"),
    ],
    "'no longer than 140' bounds the figure and denies nothing": [
        ("Any single Weibo post can be no longer than 140 characters.", "true"),
        ("Weibo posts can be no more than 140 characters long.", "true"),
        ("Any single Weibo post can be longer than 140 characters.", "false"),
    ],
    "opposites the source's phrasings do not use ('higher' for 'fewer', 'opening up access' for 'put a stop to')": [
        ("On Twitter, weekend output is 11 percent higher than on weekdays.", "false"),
        ("On Twitter, people post 11 percent fewer tweets on weekends than on weekdays.", "true"),
        ("In the wake of the 2009 Urumqi riots, Chinese authorities responded by opening up access to Twitter and Facebook.", "false"),
        ("After the 2009 Urumqi riots, Chinese authorities put a stop to Twitter and Facebook.", "true"),
        ("Twitter and Facebook cannot be accessed in mainland China.", "true"),
    ],
    "'in short', 'put simply' reduce like 'simply'": [
        ("Weibo is, in short, China's Twitter.", "misleading"),
        ("Sina Weibo is, put simply, the Chinese Twitter.", "misleading"),
        ("Weibo is often called China's Twitter.", "unverified"),
    ],
    "a rate's span: 'a day' is 'each day'": [
        ("Daily volume on Weibo: more than 100 million messages a day.", "true"),
        ("Weibo users post around 100 million messages a week.", "false"),
    ],
    "'drops the deposit' waives it; 'may not ride trains' is a ban": [
        ("Mobrella, an umbrella-sharing operator, drops the deposit for Sesame users above 600.", "true"),
        ("Mobrella drops the deposit for Sesame users above 800.", "false"),
        ("The blacklisted Shanxi man may not ride trains for 180 days.", "true"),
        ("The blacklisted Shanxi man may not ride trains for a year.", "false"),
        ("Besides the train ban, the blacklisted Shanxi man was also barred from taking flights.", "unverified"),
    ],
    "a score presented as the state's behind a 'with' or 'whose' aside": [
        ("Tencent Credit, with its 300-to-850 scale, is the Chinese government's own answer to Sesame Credit.", "misleading"),
        ("Sesame Credit, whose 350-to-950 scores many Chinese check on their phones, is in effect the government's official rating.",
         "misleading"),
        ("Tencent Credit, with its 300-to-850 scale, is Tencent's answer to Sesame Credit.", "unverified"),
    ],
    "two figures given by order, a side named once ('men slightly ahead, 50.10 to 49.90 percent')": [
        ("Weibo's users split almost evenly by sex (men slightly ahead, 50.10 to 49.90 percent).", "true"),
        ("Women make up the majority of Weibo users, at 50.10 percent.", "false"),
        ("Weibo's users are 50.10 percent female and 49.90 percent male.", "false"),
    ],
    "an aside that holds hides no claim the rest decides": [
        ("Sina Weibo, the platform launched in 2009 with its 140-character posts, is simply China's copy of Twitter and nothing more.",
         "misleading"),
        ("Sina Weibo first went online in 2009, a year the article describes as pivotal for micro-blogging in China.", "true"),
        ("Tencent Credit, trialled in January 2018, is a government credit score.", "misleading"),
        # (each side of the "while" holds: the five among Baihang's directors, the three its supervisors)
        ("While five of the shareholder firms took seats on the board of directors, the remaining three, Pengyuan Credit, "
         "China Chengxin Credit and Intellicredit, were placed on Baihang's board of supervisors.", "true"),
    ],
    "'not one' closing a clause after a count ('two credit systems, not one: ...')": [
        ("China has two credit systems, not one: commercial scores (Sesame Credit and the like) and the government's Social Credit, "
         "run independently.", "true"),
        ("China has a single social credit system, not two.", "false"),
    ],
    "two verbs sharing the state as their agent ('created and run by the government')": [
        ("Tencent Credit is a credit score created and run by the Chinese government.", "misleading"),
        ("Tencent Credit is a credit score created and run by a private corporation.", "true"),
    ],
    "'barely', 'hardly', 'rarely' deny": [
        ("Unlike Sesame Credit, the state's social credit system is barely discussed on Chinese social media.", "true"),
        ("Unlike Sesame Credit, the state's social credit system is hotly discussed on Chinese social media.", "false"),
    ],
    "a person named by role whom the base does not know, before the fact's subject": [
        ("Actor Chen Kun was runner-up on Weibo's 2017 list of biggest stars, ahead of Happy Camp host He Jiong.", "unverified"),
        ("Happy Camp host He Jiong was runner-up on Weibo's 2017 list of biggest stars.", "true"),
    ],
    "a date shared with a phrasing says nothing when the claim's amount is not the fact's": [
        ("Koala Credit had signed up more than 100 million users by 2017.", "unverified"),
        ("Koala Credit was launched in May 2017.", "false"),
    ],
    "'central bank' alone names the PBOC": [
        ("In 2015 the central bank cleared six private firms to pilot personal credit scoring.", "false"),
        ("In 2015 the central bank cleared eight private firms to pilot personal credit scoring.", "true"),
    ],
    "'counts against', 'drags down', 'weighs on' lower": [
        ("In Rongcheng, looking after your parents counts against your social credit ranking.", "false"),
        ("State papers said jaywalking will count against personal credit in future.", "true"),
    ],
    "the right count is no correction of a fact that denies of all": [
        ("By 2018 all eight pilot companies had won full personal credit licences from the PBOC.", "false"),
        ("Deposit-free car rentals require a Sesame Credit score of at least 650 in Shenzhou.", "true"),
    ],
    "a comparison set before the subject": [
        ("Like Sesame, Tencent Credit rates people on a 350-to-950 scale.", "false"),
        ("Like Sesame, Tencent Credit is a commercial score.", "true"),
    ],
    "'in Shenzhou and other cities' is not everywhere": [
        ("Across China, anyone with a 650 Sesame score can rent a car without a deposit.", "misleading"),
        ("In Shenzhou, people with a 650 Sesame score can rent a car without a deposit.", "true"),
    ],
    "a score's founding is no feature the state could be credited with": [
        ("China has rolled out its Social Credit System nationwide.", "misleading"),
        ("Since 2015 China's social credit system has let singles link their Baihe.com dating profiles to their score.", "misleading"),
    ],
    "opposite word": [
        ("Sesame Credit and the government's Social Credit system are one and the same system.", "false"),
        ("In Rongcheng, taking care of your parents leads to a worse social credit ranking.", "false"),
    ],
    "reported myth": [
        ("Under the social credit system every citizen gets a 350-950 score tied to the national ID card.", "misleading"),
        ("In 2015 the ACLU falsely claimed every Chinese person would get a 350-950 score tied to the ID card.", "true"),
        ("The ACLU's 2015 warning that every Chinese citizen would get a 350-to-950 score tied to their ID card was false.", "true"),
        ("The ACLU warned in 2015 that every Chinese citizen would get a 350-to-950 score tied to their ID card.", "misleading"),
    ],
    "a phrasing that shares only a name with the claim": [
        ("The eight pilot firms have a mobile app.", "unverified"),
        ("The PBOC was launched in 2006.", "unverified"),
        ("The central bank set up its Credit Reference Center in 2006.", "true"),
    ],
    "a phrasing about someone the claim never names": [
        ("Angelababy is a Chinese actress with many fans on Weibo.", "unverified"),
        # ...but a false variant names her: she is fourth, Xie Na first
        ("Angelababy topped Weibo's 2017 celebrity ranking with roughly 90 million followers.", "false"),
        ("Xie Na topped Weibo's 2017 celebrity ranking with roughly 90 million followers.", "true"),
        ("Pengyuan Credit was founded in 2005.", "true"),
        ("The eight firms share no data with Baihang.", "false"),
    ],
    "a name tied to something else the fact mentions fills a slot it does not": [
        ("Before joining Baihang, Zhu Huanqi was a senior official at the People's Bank of China.", "unverified"),
        ("Koala Credit was launched in May 2015 by the Shenzhen-based payments company Lakala.", "true"),
        ("Search giant Baidu was one of the eight firms cleared by the central bank in 2015 to pilot personal credit.", "false"),  # (the list of the eight leaves Baidu out)
        ("Baidu's credit unit was one of the eight firms cleared by the central bank in 2015 to pilot personal credit.", "false"),
    ],
    "part of a year": [
        ("Baihang only got its licence in late 2018.", "false"),
        ("Baihang got its licence in early 2018.", "true"),
        ("As of mid-2018, not one of the eight pilot companies held a personal credit licence.", "true"),
    ],
    "a claim that vouches for a myth it reports": [
        ("As the ACLU correctly reported in 2015, every Chinese citizen will get a 350-950 score tied to their ID card.", "false"),
    ],
    "filler adverbs and everyday names for the same thing": [
        ("Baihang is sometimes called a 'trust alliance' (信联).", "true"),
        ("Police in Shenzhen have tried out facial recognition technology to catch people crossing against the lights.", "true"),
        ("Baihang is sometimes called a credit union.", "unverified"),
        ("Sesame Credit is usually mandatory.", "false"),
    ],
    "idioms that are not denials": [
        ("Every Alipay user is automatically enrolled in Sesame Credit, whether they like it or not.", "false"),
        ("You get 140 characters per post on Weibo, and no more.", "true"),
        ("Nobody in China is forced to sign up for Alibaba's scoring service; joining is voluntary.", "true"),
        ("Tencent switched off its credit-score trial not long after launching it in January 2018.", "true"),
    ],
    "'rather than' denies like 'not'": [
        ("Pengyuan, China Chengxin and Intellicredit sit on Baihang's board of supervisors rather than its board of directors.", "true"),
        ("Sesame Credit is run by Tencent rather than Ant Financial.", "false"),
    ],
    "how many founders": [
        ("Beijing Sinoway Credit was founded in 2013 by a single state-owned bank.", "false"),
        ("Beijing Sinoway Credit was founded in 2013 by four large financial companies.", "true"),
        ("Apart from China UnionPay, Lakala has a strategic partnership with just one major bank.", "false"),
        ("Lakala has strategic partnerships with China UnionPay and five major banks.", "true"),
    ],
    "a negation elsewhere leaves a conflation standing": [
        ("Sesame Credit, China's state-run social credit score, lets high scorers rent bikes without paying deposits.", "misleading"),
    ],
    "name the fact never mentions": [
        ("Tencent Credit was established in 2015, the same year as its Alibaba rival.", "true"),
        # in NIFA's place, UnionPay contradicts the list of founders; beside it, it only adds a name
        ("Baihang was jointly established by the eight pilot firms and China UnionPay.", "false"),
        ("Baihang was jointly established by the eight pilot firms, NIFA and China UnionPay.", "unverified"),
        ("Baihang was jointly established by the eight pilot firms and the China Internet Finance Association.", "true"),
    ],
    "negation on words the claim does not use": [
        # the statement's "no single system" bears on nothing this claim says
        ("Commercial credit scores and the government's Social Credit System are two separate systems.", "true"),
        ("Sesame Credit is run by Ant Financial, not Tencent.", "true"),
        ("Sesame Credit is not run by Ant Financial.", "false"),
    ],
    "a figure counts against the fact about the claim's subject": [
        ("The China Internet Finance Association holds a 36 percent stake in Baihang.", "true"),
        ("Tencent Credit holds a 36 percent stake in Baihang.", "false"),
        ("The China Internet Finance Association holds a 51 percent stake in Baihang.", "false"),
    ],
    "a close fact that pins the figure, behind many phrasings of the closest one": [
        ("After jumping the ticket barriers at Yangling Station, a Shanxi man was banned from trains for 180 days.", "true"),
        ("The Shanxi man who jumped the barriers at Yangling Station was banned from trains for 30 days.", "false"),
    ],
    "fractions, decades and bounds are figures": [
        ("By 2015 the PBOC's credit registry covered roughly three-quarters of China's population.", "false"),
        ("By 2015 the PBOC's credit registry covered only about a quarter of China's population.", "true"),
        ("After almost a decade of operation, the central bank's credit registry reached about a quarter of Chinese people in 2015.", "true"),
        ("A Sesame Credit score can be no lower than 350 and no higher than 950.", "true"),
        ("A Sesame Credit score can be no lower than 300 and no higher than 850.", "false"),
    ],
    "a quantifier's negation runs to the end of its clause": [
        ("Three years on, not one of the eight pilot firms had actually been handed a personal credit licence.", "true"),
        ("None of the eight pilot firms was allowed to run a personal credit pilot.", "false"),
    ],
    "a figure given the label of another figure of the same fact": [
        ("In Sesame Credit's own examples, a score of 731 sits in the low range.", "false"),
        ("In Sesame Credit's examples, 385 is a good score.", "false"),
        ("In Sesame Credit's examples, 385 counts as low.", "true"),
        ("By 2017 Alibaba's credit score already counted some five hundred and twenty million users.", "true"),
    ],
    "a name the base does not know, where the phrasing names another": [
        ("Baihang was jointly founded by the eight pilot firms and the China Banking Association.", "unverified"),
        ("Baihang was jointly founded by the eight pilot firms and the China Internet Finance Association.", "true"),
        ("Huawei Credit is implemented by Alibaba's Ant Financial.", "unverified"),
        ("Sesame Credit is run by Ant Financial, Alibaba's financial arm.", "true"),
        ("Since 2015 Sesame Credit has cooperated with the online dating service Zhenai, so people can link their dating profile to their credit score.", "unverified"),
        ("Sesame Credit is one of the business trials granted permission by the Ministry of Finance to experiment with individual credit reporting.", "unverified"),
        ("Nationwide, bike vandals are now barred from every bike-sharing service.", "misleading"),
    ],
    "a date alone dates the event, not a figure stated as of a year": [
        ("The NDRC and the People's Bank of China published their list of top social credit pilot cities back in 2016.", "false"),
        ("The NDRC and the People's Bank of China published their list of top social credit pilot cities in 2018.", "true"),
        ("Zhu Huanqi stepped down as Baihang's CEO in 2020.", "unverified"),  # after the source was written
    ],
    "a commercial score's feature credited to the state's system": [
        ("Beijing's social credit score lets high scorers rent bikes and umbrellas without paying deposits.", "misleading"),
        ("Under the government's social credit system, high scorers in Shanghai and Hangzhou may borrow library books with no deposit.", "misleading"),
        ("Reach 600 on the government's social credit scale and Mobrella will lend you an umbrella without a deposit.", "misleading"),
        ("Reach 600 on Sesame Credit and Mobrella will lend you an umbrella without a deposit.", "true"),
        ("The government's social credit system is not mandatory.", "unverified"),
    ],
    "a fact that confirms only an aside leaves the main clause to decide": [
        ("As China's first unified personal credit information firm, Baihang forms the backbone of the government's Social Credit System.", "misleading"),
        ("Baihang (百行征信), China's first unified personal credit firm, now gives every Chinese citizen a single credit score.", "misleading"),
        ("As China's first unified personal credit information firm, Baihang opened for business on May 23, 2018.", "true"),
        ("Baihang, China's first unified personal credit firm, opened for business on May 23, 2017.", "false"),
    ],
    "a trial presented as a full launch": [
        ("Tencent rolled out its credit score, Tencent Credit, to the public in January 2018.", "misleading"),
        ("Tencent launched a trial of its credit score in January 2018.", "true"),
        ("Tencent Credit did not launch in January 2018.", "false"),
        ("The People's Bank of China has approved Sesame Credit as an individual credit reporting agency.", "misleading"),
        ("The People's Bank of China granted Sesame Credit permission to experiment with individual credit reporting.", "true"),
    ],
    "a denied tie between two names a fact ties by origin or ownership": [
        ("NIFA is a private industry body that has nothing to do with the People's Bank of China.", "false"),
        ("Qianhai Credit has nothing to do with Ping An.", "false"),
        ("Tencent Credit has nothing to do with Sesame Credit.", "unverified"),  # named together, not tied
    ],
    "a word whose opposite the fact affirms in any of its phrasings": [
        ("NIFA is a private body.", "false"),
        ("NIFA is a state-level body.", "true"),
    ],
    "a close false variant whose error the claim leaves out hands over to its fact's looser phrasings": [
        ("In Rongcheng, online defamation counts against a person's social credit.", "true"),
        ("In Rongcheng, online defamation raises a person's social credit.", "unverified"),
        ("In Rongcheng, caring for your parents lowers your ranking.", "false"),
    ],
    "an aside that names what the main clause describes is no aside to set apart": [
        ("The central bank's own credit registry, the Credit Reference Center, has been up and running since 20 March 2006.", "true"),
        ("The central bank's own registry, the Credit Reference Center, has been running since 2010.", "false"),
        ("The central bank's registry, the Credit Reference Center, is run by Alibaba.", "unverified"),
    ],
    "one place's practice said of all of China": [
        ("In China, citizens with the best social credit get their names put up on public honour boards.", "misleading"),
        ("In Chinese towns, people with top social credit rankings are put on public display boards.", "misleading"),
        ("In Rongcheng, residents with top social credit rankings get their names on a public board.", "true"),
    ],
    "participial asides (running since, trialled in, formerly of) set apart from the main clause": [
        ("Li Xuan, formerly of Intellicredit, has been named Baihang's CEO and president.", "false"),
        ("Tencent Credit, trialled in January 2018, is Beijing's official credit rating for WeChat users.", "misleading"),
        ("The central bank's Credit Reference Centre, running since 2006, is where Beijing keeps the social credit scores of all its citizens.", "misleading"),
        ("Sesame Credit, launched in 2015, scores users between 350 and 950.", "true"),
        ("Sesame Credit, launched in 2013, scores users between 350 and 950.", "false"),
    ],
    "an aside and its main clause are each judged: false if one is, true if both are": [
        ("Baihang, which opened on May 23, 2018, is jointly owned by NIFA and eight firms.", "true"),
        ("Baihang, which opened in 2017, is jointly owned by NIFA and eight firms.", "false"),
        ("Baihang, which opened on May 23, 2018, is owned by Alibaba.", "false"),
    ],
    "an ordinal other than the source's": [
        ("The young Shanxi man was the tenth person from his area to land on the 'lose trust blacklist' (失信黑名单).", "false"),
        ("In early May, a young man from Shanxi was the first local person put on the 'lose trust blacklist'.", "true"),
    ],
    "a match just short of deciding may object but never confirm": [
        ("Tencent's credit-score trial, launched in January 2018, was never taken down and has kept running since.", "false"),
        ("Rongcheng residents who look after their pets see their ranking improve.", "unverified"),
    ],
    "a cleft sentence naming the wrong actor is false, not just misleading": [
        ("It is Sesame Credit that strips people on the court debtors' list of government benefits.", "false"),
        ("Sesame Credit will strip you of government benefits if you land on the court debtors list.", "misleading"),
        ("It is Sesame Credit that decides who gets deposit-free bikes on the state's behalf.", "misleading"),
    ],
    "ownership said with a possessive": [
        ("Sesame Credit is Tencent's consumer credit product.", "false"),
        ("Qianhai Credit is Ping An's credit arm.", "true"),
    ],
    "'has existed since' dates a founding": [
        ("The central bank's Credit Reference Center has only existed since 2013.", "false"),
        ("The central bank's Credit Reference Center has existed since 2006.", "true"),
    ],
    "a misleading framing as close as the confirming phrasing, whose move the claim makes": [
        ("Every Chinese citizen needs a Sesame Credit score of around 650 just to get by in daily life.", "misleading"),
        ("A Sesame Credit score of around 650 is what many Chinese aim for.", "true"),
    ],
    "a hot topic is a much-discussed one": [
        ("Baihang has become a hot topic on Chinese social media, overshadowing talk of Sesame Credit scores.", "false"),
        ("Baihang has not become a hot topic on Chinese social media.", "true"),
    ],
    "plenum, signing off and docking points said as the base says them": [
        ("Party leaders meeting at the Third Plenum in November 2013 signed off on plans for a social credit system.", "true"),
        ("The plan for a social credit system was adopted at the Fourth Plenum of the 18th Party Congress.", "false"),
        ("Jaywalkers caught by Shenzhen's facial-recognition cameras are now having their personal credit docked.", "misleading"),
    ],
    "a threshold turned around": [
        ("Sesame scorers below 700 get a free three-day Ford Explorer test drive.", "false"),
        ("A Sesame Credit score under 650 lets you rent a car deposit-free in Shenzhou and other cities.", "false"),
        ("Sesame scorers above 700 get a free three-day Ford Explorer test drive.", "true"),
    ],
    "opposites: good and bad, allows and forbids, commercial and state-run": [
        ("In Sesame Credit's scoring examples, 731 points is rated 'bad'.", "false"),
        ("Umbrella sharing operator Mobrella forbids Sesame Credit users with a score over 600 to use its umbrellas without paying deposits.", "false"),
        ("Sesame Credit is a state-run credit system that operates independently from the government's Social Credit system.", "false"),
    ],
    "left off, running ever since, operating since, led by": [
        ("Tencent Credit was left off Baihang's board of directors.", "false"),
        ("Tencent Credit's score trial, launched in January 2018, has been running without interruption ever since.", "false"),
        ("Qianhai Credit has been operating since 2005.", "false"),
        ("Intellicredit (中智诚征信) is led by Qiu Han.", "false"),
        ("Intellicredit is led by Li Xuan.", "true"),
    ],
    "a verb split around its object, and a predicate said of the other clause's subject": [
        ("In Rongcheng, caring for your elderly parents actually drags your ranking down.", "false"),
        ("In Rongcheng, online defamation drags your credit down.", "true"),
        ("In Rongcheng, online defamation or abuse of family members leads to better rankings.", "false"),
    ],
    "asides led by with, like or unlike": [
        ("Sesame Credit, with its 350-to-950 scale, is the social credit score the Chinese government uses to rate its citizens.", "misleading"),
        ("America's FICO scores, like Tencent Credit's, run from 300 to 850.", "unverified"),
        ("Tencent Credit, like Sesame Credit, dates from 2015.", "true"),
    ],
    "a nationwide plan presented as done, however loosely worded": [
        ("Social credit has become a nationwide reality in China.", "misleading"),
        ("China has promised to make social credit a nationwide reality by 2020.", "true"),
    ],
    "failing to repay is defaulting; endorsed as the state's is the state's": [
        ("The young man from Shanxi was put on the 'lose trust blacklist' after he failed to repay a bank loan.", "false"),
        ("Sesame Credit's score has been officially endorsed by the People's Bank of China as the country's national credit rating.", "misleading"),
        ("Hangzhou has been named as China's 'Credit City' by Chinese media.", "true"),
    ],
    "a claim that also says another fact's point must hold under it too": [
        ("Jaywalkers caught by Shenzhen police's facial recognition cameras are now having their personal credit docked.", "misleading"),
        ("Shenzhen police ran an experiment using facial recognition to catch jaywalkers.", "true"),
    ],
    "a label before the claim says nothing of its own": [
        ("Heads up if you're visiting China: jaywalking now drags down your personal credit score!", "misleading"),
        ("BREAKING: Tencent Credit scores run from 350 to 950.", "false"),
        ("Op-ed: Sesame Credit is not mandatory.", "true"),
    ],
    "untouched, less-as-more-as, a trailing comparison, a possessive-free product": [
        ("Under Guangdong's bike-sharing blacklist, people who vandalize a bike keep their social credit untouched.", "false"),
        ("Jeremy Daum of China Law Translate sees social credit less as a system and more as a 'policy' or an 'ideology of data use'.", "true"),
        ("America's FICO score runs from 300 to 850, exactly like Tencent Credit's.", "unverified"),
        ("Sesame Credit is a Tencent product.", "false"),
    ],
    "a plan presented as done nationwide is misleading; one single national system is false": [
        ("China's Social Credit System is already in force across the whole country.", "misleading"),
        ("China's social credit system is one national system rather than a set of local experiments.", "false"),
    ],
    "a report of a myth endorsed ('was right') is the myth": [
        ("The ACLU was right in 2015 when it warned that every Chinese citizen would get a 350-950 score tied to their ID card.", "false"),
        ("In 2015 the ACLU warned that every Chinese citizen would get a 350-950 score tied to their ID card.", "misleading"),
    ],
    "without first paying a deposit is without a deposit": [
        ("Sesame Credit lets high scorers ride Hello Bikes without paying a deposit.", "true"),
        ("The government's social credit system lets high scorers ride Hello Bikes without paying a deposit.", "misleading"),
    ],
    "dodging fares is jumping ticket barriers": [
        ("The Shanxi man ended up on the blacklist for dodging fares on the Shanghai metro.", "false"),
        ("The Shanxi man was blacklisted for dodging fares at Yangling Station.", "true"),
    ],
    "a stranger in an aside is judged with the aside": [
        ("Sesame Credit, which is run by Tencent, scores users from 350 to 950.", "false"),
        ("China merged its commercial credit scores and the government's Social Credit System into a single platform.", "false"),
        ("China's commercial credit scores and the government's Social Credit System operate separately.", "true"),
    ],
    "one score for each person, which the fact only doubts, overstates what the state gathers": [
        ("China's Social Credit System gives every citizen a single score.", "misleading"),
        ("It is unlikely that China's social credit data will end up in one single score.", "true"),
    ],
    "'not until' a time dates the event rather than denying it": [
        ("The People's Bank of China did not set up its Credit Reference Center until 2010.", "false"),
        ("The People's Bank of China did not set up its Credit Reference Center until 2006.", "true"),
        ("Sesame Credit cannot be used until users opt in.", "unverified"),
    ],
    "a start dated by 'since' or 'not until' meets the founding date": [
        ("Sesame Credit has been scoring Chinese consumers since 2010.", "false"),
        ("The PBOC didn't even have its own Credit Reference Center until 2015.", "false"),
        ("Sesame Credit has offered deposit-free bikes since 2017.", "unverified"),
        ("The PBOC didn't have its own Credit Reference Center until 2006.", "true"),
    ],
    "a doubtful negation leaves the claim to be judged in parts": [
        ("Sesame Credit is mandatory for Alibaba users, you can't opt out.", "false"),
        ("Sesame Credit is not mandatory, you can opt out.", "true"),
    ],
    "the writer's frame is no part of the claim": [
        ("Whatever the dystopian headlines say, nobody is forced into Sesame Credit; joining is, quite simply, a choice.", "true"),
        ("It is worth remembering that Sesame Credit was launched in 2012.", "false"),
        ("Make no mistake: Tencent Credit works with a 300-850 score system, officials say.", "true"),
    ],
    "fractions and half a year": [
        ("The PBOC's reference centre still reached only about one Chinese in four in 2015.", "true"),
        ("The PBOC's reference centre reached about three Chinese in four in 2015.", "false"),
        ("The young Shanxi man was grounded from the railways for half a year.", "true"),
        ("The young Shanxi man was grounded from the railways for a year.", "false"),
    ],
    "a comparison set the other way round is no opposite": [
        ("Chinese social media users talk far less about the state's social credit schemes than about their Sesame scores.", "unverified"),
        ("Sina Weibo users post 19% fewer messages on weekends than on weekdays.", "false"),
    ],
    "a group named by its size is no figure of the claim": [
        ("NIFA holds 36% of Baihang, a stake well above that of any of the eight commercial shareholders.", "unverified"),
        ("NIFA holds 8% of Baihang.", "false"),
    ],
    "a fronted date belongs to the clause after it": [
        ("In 2014, China's State Council put out an official notice on a nationwide Social Credit System that was to be rolled out by 2020.", "true"),
        ("In 2014, China's State Council put out an official notice on a nationwide Social Credit System that was to be rolled out by 2025.", "false"),
    ],
    "a false aside about the subject is not confirmed by its main clause": [
        ("Pengyuan Credit, founded in 2015, is one of the eight personal credit firms picked by the PBOC.", "false"),
        ("Pengyuan Credit, founded in 2005, is one of the eight personal credit firms picked by the PBOC.", "true"),  # (both hold)
    ],
    "a much closer confirming phrasing outweighs a swapped one": [
        ("Pengyuan, Chengxin and Intellicredit have seats on Baihang's supervisory board.", "true"),
        ("Sesame, Tencent, Qianhai, Sinoway and Kaola all got seats on Baihang's board of directors.", "true"),
        ("Koala Credit, or Kaola, was spun out of Ping An.", "false"),
    ],
    "'less X than Y' says Y rather than X": [
        ("Daum: social credit less a 'system' than an 'ideology of data use'.", "true"),
        ("Jeremy Daum says social credit is less an ideology of data use than a system.", "unverified"),
        ("Jeremy Daum praised foreign media for carefully keeping Sesame Credit and Social Credit apart.", "false"),
    ],
    "a name's founding dated otherwise than the source dates it": [
        ("Beijing Sinoway Credit was founded in 2005 by a single state-owned bank.", "false"),
        # the founder named between the verb and the year, the subject described before them
        ("China Chengxin Credit is a newcomer to the field, set up by Tencent in 2016.", "false"),
        ("Beijing Sinoway Credit was set up by four large financial companies in 2013.", "true"),
        ("Sina Weibo: born 2012", "false"),
        ("Sina Weibo was launched in 2012, three years after the Urumqi riots.", "false"),
        ("Tencent Credit's trial was launched in January 2018.", "true"),
        ("A trial of Tencent Credit went live in January 2018 but was pulled soon afterwards.", "true"),
    ],
    "abbreviations the coverage uses": [
        ("CRC reach in 2015: just 25% of population", "true"),
        ("2014 State Council notice: nationwide SCS due by 2020", "true"),
        ("2014 State Council notice: nationwide SCS due by 2025", "false"),
    ],
    "a myth stated outright that the source finds unlikely": [
        ("The state's Social Credit system is designed to boil everything it knows about a citizen down to one single number.",
         "misleading"),  # (as for "each citizen": the data is gathered; one number for it is the overstatement)
        ("Social credit data is unlikely to be boiled down to one number per person.", "true"),
        ("Some fear the Social Credit system could one day boil everything down to one single number.", "unverified"),
        ("Under the Social Credit System, each citizen's personal data is boiled down into one single score.", "misleading"),
        ("It is unlikely that social credit data will be boiled down into one single score.", "true"),
    ],
    "an appositive describes the name just before it": [
        ("Baihang's chief executive and president is 57-year-old Zhu Huanqi, a former Huida Asset Management executive.", "true"),
        ("Baihang's chief executive and president is 57-year-old Zhu Huanqi, a former Ant Financial executive.", "false"),
    ],
    "a true premise vouches for nothing it is made to lead to": [
        ("The government promised to roll out its social credit system by 2020, so it is now already in force in every city in China.", "misleading"),
        ("Since Tencent hosts 55% of China's mobile internet usage, Tencent Credit is already scoring more than half the nation.", "unverified"),
        ("As part of the Alibaba family, Sesame Credit draws on data from Taobao and Alipay.", "true"),
    ],
    "a headline's colon before a noun phrase says what the name is": [
        ("Tencent Credit: government's 300-850 citizen score", "misleading"),
        ("Sesame Credit: the best-known commercial score in China", "true"),
        ("Sesame Credit: 350 to 950", "true"),
    ],
    "spoken fillers and figures taken back": [
        ("Sesame Credit came out in 2014 - no, wait, 2015. It launched in 2015.", "true"),
        ("Sesame Credit came out in 2015 - no, wait, 2014.", "false"),
        ("So, basically, Tencent Credit works with a 300 to 850 scale, right?", "true"),
        ("Sesame Credit is opt-in, no matter what.", "true"),
    ],
    "a closing contrast restates unless it denies a name the fact gives": [
        ("For the record, Rongcheng is a county-level city in Shandong province, not some big metropolis.", "true"),
        ("Baihang was founded by the eight pilot firms, not NIFA.", "false"),
    ],
    "a reader's frame and a possessive without its apostrophe": [
        ("I'm pretty sure Tencents credit score uses the 350 to 950 scale.", "false"),
        ("I read that Tencent Credit works with a 300-850 score system.", "true"),
    ],
    "a figure the claim denies is no figure it gives": [
        ("Sesame scores only go from 350 up to 950, so nobody out there has a perfect 1000.", "unverified"),
        ("Sesame scores go from 300 to 850, not 350 to 950.", "false"),
        ("Koala Credit did not launch until May 2017.", "false"),
    ],
    "best and worst, top and bottom": [
        ("The board near Rongcheng's village centre lists the residents with the worst scores.", "false"),
        ("The board near Rongcheng's village centre lists the top rankers.", "true"),
    ],
    "a date the story gives, or a group named by its size, pins nothing new": [
        ("In early May 2018, a 180-day prohibition on rail travel was imposed on a young Shanxi man after he was blacklisted.", "true"),
        ("On 22 May 2018, Guangdong authorities announced a special blacklist for people violating the rules of bike sharing.", "true"),
        ("Qianhai Credit, one of the eight pilots, owes its existence to the financial giant Ping An.", "true"),
        ("Sina Weibo, China's most popular microblogging service, was launched in 2012.", "false"),
    ],
    "a company's credit score said by the company's name": [
        ("Tencent's rival credit score runs on a scale from 300 to 850.", "true"),
        ("Tencent's credit product uses a 350 to 950 scale.", "false"),
        # (a scheme that grades or rates people speaks of scores too)
        ("The rival scheme from Tencent grades people on a range that starts at 300 and tops out at 850.", "true"),
        ("Alibaba's scheme rates its users on a range from 300 to 850.", "false"),
        ("Tencent hosts 55% of China's mobile internet usage.", "true"),
        # (...but the company's own founding is not its score's)
        ("Long before it moved into credit scoring, Alibaba was founded by Jack Ma in Hangzhou in 1999.", "unverified"),
    ],
    "a claim led by a name the base does not know is about that name": [
        ("FICO scores range from 300 to 850, like Tencent Credit's.", "unverified"),
        ("America's FICO scores range between 300 and 850, exactly like Tencent's.", "unverified"),
        ("Tencent copied its 300-850 range straight from America's FICO score.", "unverified"),
        ("FYI Zhima Credit scores go from 350 all the way up to 950.", "true"),
    ],
    "a trial said to have stayed online": [
        ("Tencent Credit's January 2018 score trial has stayed online ever since it launched.", "false"),
        ("Tencent Credit's trial from January 2018 has kept running ever since.", "false"),
        ("Tencent Credit launched a trial in January 2018.", "true"),
    ],
    "a false variant's error is the opposite it turns on": [
        ("In Rongcheng, the most exemplary citizens are celebrated with their names posted on a board near the village center.", "true"),
        ("Sina Weibo is just a Chinese copy of Twitter.", "misleading"),
    ],
    "neither the one board nor the other": [
        ("Intellicredit, Pengyuan and Chengxin got no seat at all in Baihang management, neither directors nor supervisors.", "unverified"),
        ("Pengyuan, China Chengxin and Intellicredit were given seats on Baihang's board of supervisors, not its board of directors.", "true"),
        ("Far from a single ledger, China operates two separate credit systems: commercial scores such as Sesame Credit and the government's Social Credit system.", "true"),
    ],
    "nearly everyone against a minority share": [
        ("By 2015, the central bank's credit center already covered nearly every person in China.", "false"),
        ("In 2015 the PBOC's credit center covered about a quarter of the population.", "true"),
    ],
    "everyday names and dates in the Chinese order": [
        ("The People's Bank started to operate its own Credit Reference Center on 2006.3.20.", "true"),
        ("百行征信 officially opened for business at 2018.5.23.", "true"),
        ("百行征信 officially opened for business at 2018.7.23.", "false"),
        ("Before taking the helm at Baihang, Zhu Huanqi was an executive at Ant Financial.", "false"),
        ("NIFA is a private industry club with no state standing whatsoever.", "false"),
    ],
    "a premise given after its conclusion": [
        ("Sesame Credit is a central bank programme, since the PBOC gave it permission for a credit reporting trial.", "misleading"),
        ("Sesame Credit draws on Taobao and Alipay data, as it is part of the Alibaba family.", "true"),
    ],
    "a plan reported before the claim presents it as done": [
        ("Having promised a national rollout by 2020, Beijing is now running its Social Credit System across the entire country.", "misleading"),
        ("China has promised to make social credit a nationwide reality by 2020.", "true"),
    ],
    "another thing's figures are no error in the fact's": [
        ("The Vivo X50 series hashtag on Weibo racked up over 1.7 billion views.", "unverified"),
        ("Wuhu's credit account on Weibo, @信用芜湖, has about 3,000 followers.", "unverified"),
        ("Sina, the company behind Weibo, was listed on the Nasdaq in 2000.", "unverified"),
        ("Tencent Credit uses the very same 350-950 scale as Sesame Credti.", "false"),
        ("Sesame Credit had 52 million users in 2017.", "false"),
    ],
    "a firm or regulator presented as the Social Credit System itself": [
        ("Baihang Credit is China's national Social Credit System.", "misleading"),
        ("The People's Bank of China's Credit Reference Center runs China's Social Credit System.", "misleading"),
        ("Baihang is not part of the Social Credit System.", "unverified"),
        ("Intellicredit was founded in 2014, right around when the State Council notice came out.", "unverified"),
    ],
    "a place swapped for the one the source gives": [
        ("The Shanxi man ended up blacklisted for dodging fares on the Beijing subway.", "false"),
        ("The Shanxi man was blacklisted for jumping over the ticket barriers at Yangling Station.", "true"),
    ],
    "the state's, not a company's, for a company's, not the state's": [
        ("Tencent Credit is run by a government agency rather than by the internet company.", "false"),
        ("Tencent Credit is a commercial score rolled out by a company, not by the government.", "true"),
        # a crossed denial decides from a looser match: it says both sides
        ("Tencent Credit was created by the Chinese government rather than by a company.", "false"),
    ],
    "cues that deny nothing: 'none other than', 'not only ... but'": [
        ("Qianhai Credit, a Shenzhen outfit, was launched by none other than the financial giant Ping An.", "true"),
        ("Qianhai Credit was launched by none other than Tencent.", "false"),
        ("Koala Credit did not launch until Oct. 2016, well over a year after Sesame Credit's debut.", "false"),
    ],
    "a count of another fact's group is no figure against this one's": [
        ("NIFA reportedly owns 36% of Baihang, with the remainder split equally among eight commercial shareholders.", "unverified"),
        ("NIFA owns 8% of Baihang.", "false"),
        ("In 2015 the PBOC granted twelve commercial firms permission to start pilot programmes.", "false"),
    ],
    "'no X but Y' and '(no more, no less)' deny nothing the fact says": [
        ("Koala Credit is no government agency but the creation of Lakala, a financial services company based in Shenzhen.", "true"),
        ("Koala Credit is no private firm but the creation of the PBOC.", "unverified"),
        ("For those who opt in, Sesame's scores run from a floor of 350 to a ceiling of 950 (no more, no less).", "true"),
    ],
    "a dated claim against a dateless denial": [
        ("Baihang Credit received its licence in 2016.", "false"),
        ("Baihang Credit did not receive its licence in 2016.", "unverified"),
        ("No local government had a Social Credit account on Weibo before 2018.", "false"),
        ("A young man from Shanxi was kept off trains for 180 days after being put on the 失信黑名单.", "true"),
    ],
    "a name counted in a group the source lists in full": [
        ("Baidu was one of the eight companies the central bank allowed to pilot personal credit systems in 2015.", "false"),
        ("Baidu's credit unit was one of the 8 firms cleared for the 2015 pilots.", "false"),
        ("Koala Credit was one of the eight pilot firms.", "true"),
        ("Koala Credit was not one of the eight pilot firms.", "false"),
        ("The eight pilot firms, Alibaba's Sesame Credit among them, have been merged into Baihang Credit.", "misleading"),
    ],
    "a place swapped in what a list's fact says": [
        ("On May 22, Shanghai authorities announced a special blacklist for people who break the rules of the bike-sharing industry.", "false"),
        ("On May 22, Guangdong authorities announced a special blacklist for people who break the rules of the bike-sharing industry.", "true"),
        ("Rongcheng, the social credit pilot city, is located in Zhejiang province.", "false"),
    ],
    "who founded it, however the founding is said": [
        ("Qianhai Credit was set up by the big finance group Ping An.", "true"),
        ("Qianhai Credit was set up by Tencent.", "false"),
        ("In 2015, eight private companies were given the green light by the central bank to try out personal credit scoring.", "true"),
    ],
    "words that stem alike or say 'not much'": [
        ("On Sina Weibo, Sesame Credit is mostly associated with fun extras and the sharing economy, unlike the negative tone it gets on Twitter.", "true"),
        ("On Sina Weibo, Sesame Credit is mostly associated with fun extras and the sharing economy, a far cry from the negative tone it draws "
         "on Twitter and Facebook.", "true"),
        ("Unlike Sesame Credit, the government's social credit system gets little discussion on Chinese social media.", "true"),
        ("There is not just one 'social credit system' in China: commercial scores like Sesame Credit and the government's rating scheme are "
         "two separate systems that run independently.", "true"),
        ("It is unlikely that social credit data will be boiled down into one single score.", "true"),
        ("Unlike Sesame Credit, the government's social credit system is a hot topic on Weibo.", "false"),
    ],
    "a ranking said to go down": [
        ("In Rongcheng, residents who look after their parents see their social credit ranking fall.", "false"),
        ("In Rongcheng, residents who take care of their parents see their credit ranking go down.", "false"),
        # both ways in one claim, each said of its own subject
        ("In Rongcheng, caring for your parents can raise your ranking, while abusing family members can lower it.", "true"),
        ("In Rongcheng, caring for your parents can lower your ranking, while abusing family members can raise it.", "false"),
    ],
    "a quantified denial runs past an aside to its verb": [
        ("Three years on, not one of the eight trial firms, Sesame Credit included, had been handed a personal credit licence.", "true"),
        ("Three years into the pilots, none of the eight firms had been granted a licence.", "true"),
        ("By 2018 all eight pilot firms, Sesame Credit included, had been granted personal credit licences.", "false"),
    ],
    "a main clause false on its own, whatever its aside says": [
        ("Qianhai Credit runs its operations out of Beijing.", "false"),
        ("Sina Weibo, the microblogging platform on which Sesame Credit advertises its perks, went live in 2012.", "false"),
        ("Qianhai Credit, the credit service launched by Ping An, runs its business from headquarters in Beijing.", "false"),
        ("Qianhai Credit, the credit service launched by Ping An, is headquartered in Shenzhen.", "true"),
    ],
    "an opposite the claim only denies is not said": [
        ("The China Internet Finance Association is a privately run trade body with no state-level standing.", "false"),
        ("The China Internet Finance Association is a private industry group with no state-level standing.", "false"),
        ("The China Internet Finance Association is a state-level body, not a private one.", "true"),
    ],
    "a premise made to show a conclusion vouches only for itself": [
        ("Sesame Credit's 520 million users in 2017 show that the Chinese state had already scored most of its people.", "misleading"),  # never true: the state is what it adds
        ("Sesame Credit's 520 million users in 2017 show that it had become a very large service.", "unverified"),
        ("Sesame Credit had 520 million users in 2017.", "true"),
    ],
    "all of one city's residents, where the source says many": [
        ("All of Rongcheng's citizens have embraced the Social Credit pilot, according to a 2018 Foreign Policy report.", "misleading"),
        ("Rongcheng's residents have all welcomed the local social credit pilot.", "misleading"),
        ("Many Rongcheng citizens have embraced the Social Credit pilot, Foreign Policy reported in 2018.", "true"),
    ],
    "a commercial score presented as the state's, past an appositive": [
        ("Sesame Credit, Alibaba's hugely popular score, is the engine of the Chinese government's Social Credit System.", "misleading"),
        ("Sesame Credit, the Alipay-linked score, is the Chinese government's social credit rating for its citizens.", "misleading"),
        ("Sesame Credit, Alibaba's popular score, runs from 350 to 950.", "true"),
    ],
    "a company leading a claim about the score it makes": [
        ("Ant Financial rolled out its Sesame Credit scoring programme in 2013.", "false"),
        ("Ant Financial launched Sesame Credit in 2015.", "true"),
    ],
    "what a claim says of its subject, not of the name in its aside": [
        ("Sesame Credit scores, like those of Tencent Credit, run from 300 to 850.", "false"),
        ("Tencent Credit scores, unlike Sesame Credit's, run from 300 to 850.", "true"),
        ("Koala Credit, one of the eight pilot firms, was created as an independent third-party credit company by Lakala, a financial "
         "services business headquartered in Shenzhen.", "true"),
    ],
    "a comparison between names is for the comparison check, not an opposite word": [
        # "less" here agrees with "not discussed much"; it must never be found false
        ("Chinese social media users discuss the government's social credit system far less than Sesame Credit.", "unverified"),
        ("Chinese social media users talk much less about the government's social credit system than about Sesame Credit.", "unverified"),
        ("Sina Weibo users post 19 percent fewer messages at weekends than on weekdays.", "false"),
    ],
    "a name ruled out in passing leaves what is said of the name kept": [
        ("The authorities in Shanghai, not Guangdong, announced a special blacklist for people breaking bike-sharing rules.", "false"),
        ("Shenzhen, rather than Hangzhou, is currently the front-runner among Chinese cities building the social credit system.", "false"),
        ("Hangzhou, not Shenzhen, is currently the front-runner among Chinese cities building the social credit system.", "true"),
    ],
    "who thought of it, however it is said": [
        ("The China Internet Finance Association was the brainchild of private tech firms such as Alibaba and Tencent rather than of "
         "the People's Bank of China.", "false"),
        ("The China Internet Finance Association was the brainchild of the People's Bank of China.", "true"),
    ],
    "a scene set before the claim that names nothing the base knows": [
        ("Behind the checkout screens of China's online malls, it is Ant Financial, the finance arm of the Alibaba empire, that actually "
         "operates Sesame Credit.", "true"),
        ("Behind the checkout screens of China's online malls, it is Tencent that actually operates Sesame Credit.", "false"),
        ("On a quiet street, a man checks his phone.", "unverified"),
        # (a long opening, bounded in words, not characters)
        ("Long before foreign columnists started reaching for dystopian metaphors, Sesame Credit had already gone live, having been "
         "introduced in 2015.", "true"),
        ("Long before foreign columnists started reaching for dystopian metaphors, Sesame Credit had already gone live, having been "
         "introduced in 2013.", "false"),
    ],
    "everyday words for a start, a cost and a reach": [
        ("In March 2006, the People's Bank of China began running a Credit Reference Center of its own.", "true"),
        ("Beijing has set 2030 as the year by which its Social Credit System is to cover the whole country.", "false"),
        ("Through a tie-up between Ford and Alibaba, Sesame Credit users scoring above 700 were able to take the new Ford Explorer out on "
         "a three-day test drive without paying a cent.", "true"),
        ("At Zhejiang University Hospital, patients with a Sesame Credit score above 650 can see a doctor without paying up front.", "true"),
    ],
    "a figure that grew said to fall": [
        ("Weibo's daily active users fell by 34 percent in 2015 compared with 2014.", "false"),
        ("Weibo's daily active users grew by 34 percent in 2015.", "true"),
    ],
    "a unanimity the source does not report": [
        ("Chinese social media users unanimously backed the train ban imposed on a blacklisted Shanxi man.", "misleading"),
        ("According to Foreign Policy, Rongcheng's residents have unanimously embraced their city's Social Credit pilot.", "misleading"),
    ],
    "a threshold or a system said to be the state's, past any aside": [
        ("Sesame Credit, launched in 2015, serves as the scoring engine of the Chinese government's Social Credit System.", "misleading"),
        ("Baihang Credit, the so-called 'trust alliance' of state and commercial bodies, is simply the government's Social Credit System "
         "under a new name.", "misleading"),
        ("A Sesame Credit score of about 650 is the official minimum the government has set for getting by in Chinese cities.", "misleading"),
        ("Sesame Credit, launched in 2015, runs from 350 to 950.", "true"),
    ],
    "swaps from the first runs of blind59-62": [
        ("Shared massage chair company Anbai lets Sesame Credit users with scores of 600 or more use its chairs at half price.", "false"),
        # "nothing new" agrees with "not new": never false (the phrasings' negations leave it to a human)
        ("According to scholar Rogier Creemers, the Social Credit system is nothing new and resembles decades-old ways in which the "
         "government keeps tabs on citizens.", "unverified"),
        ("Sesame Credit scores start at 350 and top out at 950 for users who have opted into the programme.", "true"),
        ("Sesame Credit scores top out at 850.", "false"),
        ("Under the Rongcheng scheme, taking care of one's parents reduces one's societal credit.", "false"),
    ],
    "a name said to be left out of a group the base lists in full": [
        ("Pengyuan Credit was left out of the eight firms the People's Bank of China selected for personal credit pilots.", "false"),
        ("Koala Credit was not among the eight pilot firms.", "false"),
        ("Baidu was not one of the eight pilot firms.", "true"),
    ],
    "a fact's own phrasings agree with it": [
        ("Jeremy Daum says social credit is better understood as an 'ideology of data use' than as a system.", "true"),
        ("Jeremy Daum says social credit is better understood as a system than as an 'ideology of data use'.", "unverified"),
        ("Sesame Credit cannot revoke government benefits; the state's social credit schemes can.", "true"),
        ("With 78 million fans, Yao Chen was number one on Weibo in 2015.", "true"),
        ("In Sesame Credit's example scores, a score of 731 falls in the low range.", "false"),
    ],
    "a confirmed core with a myth added to it": [
        ("The government's Social Credit system, due to go nationwide by 2020, will give each citizen one single score.", "misleading"),
        ("The government's Social Credit system is due to go nationwide by 2020.", "true"),
        ("The Sesame points scheme was first launched back in 2015.", "true"),
    ],
    "a commercial score made the subject of what the state's lists did": [
        ("Sesame Credit blacklisted a young Shanxi man and banned him from trains after he jumped the ticket barriers at Yangling Station.",
         "misleading"),
        ("The Shanxi man was blacklisted after jumping the ticket barriers at Yangling Station.", "true"),
        ("It's unlikely, the Open Sesame article argues, that all personal data gathered under Social Credit will be boiled down to one "
         "single score.", "true"),
    ],
    "a past job, however it is put": [
        ("Before taking over Baihang, Zhu Huanqi was a manager at Ant Financial.", "false"),
        ("Before taking over Baihang, Zhu Huanqi was a manager at Huida Asset Management.", "true"),
    ],
    "swaps from the first runs of blind63-66": [
        ("Sesame Credit leaves the courts' blacklist out when it works out your score.", "false"),
        ("Sesame Credit takes the courts' blacklist into account when it works out your score.", "true"),
        ("The Shanxi man who jumped the ticket barriers was the tenth local person put on the 'lose trust blacklist'.", "false"),
        ("A young man from Shanxi was the first local person put on the 'lose trust blacklist'.", "true"),
        ("PBOC spokesperson Wan Cunzhi faulted commercial services such as Sesame Credit as 'isolated islands' of unshared data, short on "
         "independence and weak on data management.", "true"),
        ("PBOC spokesman Wan Cunzhi said commercial services such as Sesame Credit lack independence.", "true"),
    ],
    "a looser phrasing handed the claim confirms only what it says": [
        ("The young Shanxi man was blacklisted for vandalizing a shared bicycle.", "false"),  # (never true: another reason)
        ("The young Shanxi man was blacklisted after jumping the ticket barriers at Yangling Station.", "true"),
    ],
    "a year that dates the subject's own start is no other time": [
        ("Three years after its 2009 launch, Sina Weibo had 303 million registered users.", "false"),
        ("Three years after its 2009 launch, Sina Weibo had 503 million registered users.", "true"),
    ],
    "a question claims nothing, its answer does": [
        ("Who runs Sesame Credit? It is run by Ant Financial, which is Alibaba's finance arm.", "true"),
        ("Who runs Sesame Credit? It is run by Tencent.", "false"),
    ],
    "a broadcaster's opening word is no part of the claim": [
        ("Meanwhile, Sesame Credit scores range from 350 to 950.", "true"),
        ("Now, Tencent Credit scores run from 350 to 950.", "false"),
    ],
    "one thing rather than another, turned round": [
        ("Sinoway Credit relies on traditional algorithms applied to financial and public data rather than on data accumulated through "
         "its own business.", "false"),
        ("Rather than traditional algorithms, Sinoway Credit relies on data accumulated from its own business.", "true"),
    ],
    "a denial the closest fact does not speak of is for a fact that does": [
        ("Tencent Credit's January 2018 trial has run without interruption since its launch.", "false"),
        ("Tencent Credit launched a trial in January 2018, which it never advertised on television.", "unverified"),
    ],
    "swaps from the first runs of blind67-70": [
        ("Hangzhou trails most Chinese cities when it comes to building a social credit system.", "false"),
        ("Sesame Credit, the scoring service that has drawn so much attention in foreign media, is operated by Ant Financial, the "
         "finance affiliate of the Alibaba group.", "true"),
        ("Beijing was one of the cities on the 2018 list of top social credit test cities.", "false"),
        ("Xiamen was one of the cities on the 2018 list of top social credit experiment cities.", "true"),
        ("Beijing was not on the 2018 list of top social credit experiment cities.", "true"),
    ],
    "one place put in another's place, the rest unchanged": [
        ("Chinese media have given the nickname 'Credit City' (信用之城) to Shenzhen.", "false"),
        ("Chinese media have given the nickname 'Credit City' (信用之城) to Hangzhou.", "true"),
        ("Xiamen, one of the NDRC's model credit cities, was the first Chinese city to issue personal credit scores to its residents.",
         "unverified"),
    ],
    "an aside led by a possessive is judged apart from the main clause": [
        ("Sina Weibo, China's leading microblogging site, went live in 2009.", "true"),
        ("Sina Weibo, China's leading microblogging site, went live in 2012.", "false"),
    ],
    "fraudsters are scammers, gaps that let them in are loopholes": [
        ("Intellicredit chief executive Li Xuan has said the company aims to close the gaps that let fraudsters thrive in China's online "
         "finance sector.", "true"),
        ("Qianhai Credit is headed by Li Xuan, whose stated mission is closing the loopholes that let online fraudsters thrive.", "false"),
    ],
    "a place swapped inside a name": [
        ("Shanghai police ran an experiment that used facial recognition to catch jaywalkers.", "false"),
        ("Shenzhen police ran an experiment that used facial recognition to catch jaywalkers.", "true"),
        ("Shanghai police also fine jaywalkers.", "unverified"),
    ],
    "what the source denies of a whole group, affirmed of some of it": [
        ("By 2018, five of the eight pilot firms had been granted personal credit licences.", "false"),
        ("By 2018 all eight of the pilot credit companies had been given full personal credit licences.", "false"),
        ("By 2018, none of the eight pilot firms had been granted a personal credit licence.", "true"),
    ],
    "a fraction with a comparator before it": [
        ("Tencent's platforms carry more than half of all mobile internet use in China.", "true"),
        ("Tencent's platforms carry less than half of all mobile internet use in China.", "false"),
    ],
    "a with-clause that states a premise vouches only for itself": [
        ("With Tencent hosting 55 percent of China's mobile internet usage, Tencent Credit already scores more than half of the "
         "country's mobile internet users.", "unverified"),
        ("With a Sesame Credit score above 700, users could test drive the new Ford Explorer for three days for free.", "true"),
    ],
    "swaps from the first runs of blind71-74": [
        ("In 2018 the National Development and Reform Commission and the People's Bank of China put out a list of the 30 top cities "
         "carrying out Social Credit experiments.", "false"),
        ("In 2018 the NDRC and the People's Bank of China released a list of the 12 top cities carrying out Social Credit experiments.",
         "true"),
        # the measure an opposite moves tells no subject apart: never true
        ("In Rongcheng's credit scheme, looking after one's parents lowers a resident's societal credit, while online defamation earns "
         "a better ranking.", "false"),  # (false, as its writer labelled it, once its words were read across the phrasings)
        ("The Shanxi man who became the first local person on the 'lose trust blacklist' was put there for vandalising a shared "
         "bicycle, not for anything he did at a railway station.", "false"),  # (as its writer labelled it: another reason)
    ],
    "a figure is read whole, never inside a year; a comparison of two names read both ways round": [
        ("In 2018 the National Development & Reform Commission and the People's Bank of China published a list of the 20 top "
         "cities carrying out Social Credit experiments.", "false"),
        ("When researchers compared the two platforms, they found that Twitter users publish more posts than users of Sina "
         "Weibo do.", "false"),
        ("Twitter users post less than Sina Weibo users.", "true"),
        ("Weibo users post more than Twitter users.", "true"),  # (no figure, so not the "19% more" misreading)
        ("Weibo users post 19% more than Twitter users.", "misleading"),
    ],
    "a yes-no question and its answer: the answer claims, a no turns the question round": [
        ("Is Sesame Credit optional? No, Alibaba users are required to join it.", "false"),
        ("Is Sesame Credit optional? No.", "false"),
        ("Is Sesame Credit optional? Yes.", "true"),
        ("Is Sesame Credit mandatory? No, users choose to join.", "true"),
        ("Is Sesame Credit mandatory? Yes.", "false"),
        ("Does Tencent Credit use a 350-950 scale? No, it runs from 300 to 850.", "true"),
        ("Can people in mainland China use Twitter or Facebook? No, both services are blocked there.", "unverified"),
    ],
    "one social credit system taking in a commercial score is the misconception the source corrects": [
        ("China runs one social credit system that covers both commercial scores such as Sesame Credit and government records.",
         "misleading"),
        ("There is one social credit system in China, and Alibaba's Sesame Credit is part of it.", "misleading"),
        ("China does not have one single social credit system but two that operate independently: commercial scores such as "
         "Sesame Credit and the government's scheme.", "true"),
        ("Zhima Credit and Beijing's Social Credit System are, in reality, one and the same thing.", "false"),
    ],
    "what a claim adds to its confirmed core, a future effect presented as done, is searched for on its own words": [
        ("Jaywalkers caught on Shenzhen's facial recognition cameras already see their personal credit scores cut.", "misleading"),
        ("Ever since Shenzhen police began catching jaywalkers with facial recognition cameras, crossing against the light has been "
         "lowering people's personal credit.", "misleading"),
        ("Shenzhen police caught jaywalkers with facial recognition cameras.", "true"),
    ],
    "one side of a 'both A and B', a floating 'all', a most-there-can-be made the rule: overstatements": [
        ("Rongcheng's credit system is purely a tool for punishing residents.", "misleading"),
        ("Rongcheng's credit system both rewards and punishes citizens.", "true"),
        ("Rongcheng's citizens all embraced the Social Credit pilot.", "misleading"),
        ("Many Rongcheng citizens embraced the Social Credit pilot.", "true"),
        ("Every number one trending topic on Sina Weibo draws 800 million page views.", "misleading"),
        ("A number one trending topic on Weibo can get up to 800 million page views.", "true"),
    ],
    "a part that only sets the scene for a name the fact does not give is left unchecked, and said so": [
        ("Much as Alibaba's programme does, Tencent Credit rates people on a numerical scale, in its case one that stretches "
         "from 300 up to 850.", "true"),
        ("Much as Tencent's programme does, Sesame Credit rates people on a scale from 350 to 950.", "unverified"),
        ("It was in 2015, not long after Beijing had formally announced its credit ambitions, that the People's Bank of China "
         "allowed eight commercial companies to begin pilot programmes for running personal credit systems.", "true"),
        ("Writing in a Caixin column, Xinhai Liu, an associate researcher at Tencent Credit, dubbed the years from 2015 to 2018 "
         "the Credit Great Leap Forward.", "unverified"),
        ("The Credit Reference Centre that the central bank has run since 2006 is, in essence, the government's Social Credit "
         "System.", "misleading"),
    ],
    "a name on a list the base gives in full; a verb's missing subject is the first part's": [
        ("Beijing Sinoway Credit is one of the eight firms picked for the central bank's pilots.", "true"),
        ("Baidu Credit is one of the eight pilot firms.", "false"),
        ("Qianhai Credit, one of the eight pilot firms, has its headquarters in Beijing.", "false"),
        ("Pengyuan Credit, one of the oldest firms of the eight, keeps its headquarters in the southern city of Shenzhen.",
         "unverified"),
    ],
    "a clause set before the main one vouches only for itself": [
        ("Having been granted permission by the People's Bank of China to experiment with individual credit reporting, Sesame "
         "Credit now operates as a fully licensed personal credit bureau.", "false"),
        ("After he became the first local person to be put on the lose-trust blacklist in early May, the young man from Shanxi "
         "was barred from travelling by train for 180 days.", "true"),
        ("Before becoming chief executive of Qianhai Credit, Qiu Han worked at Alipay.", "unverified"),
    ],
    "two statements set against each other with 'while' are judged each on its own, 'its' named from the other": [
        ("While five of the shareholders took seats among Baihang's directors, Pengyuan Credit, China Chengxin Credit and "
         "Intellicredit were instead assigned to its board of supervisors.", "true"),
        ("While Sesame Credit took a seat among Baihang's directors, Tencent Credit was assigned to its board of supervisors.",
         "false"),
        ("Sesame Credit sits on Baihang's board of directors, while Tencent Credit sits on its board of supervisors.", "false"),
        ("In Rongcheng, caring for your parents can raise your ranking, while abusing family members can lower it.", "true"),
        # (a part that names nothing speaks of the other part's possessor: Baihang's shareholders)
        ("While five of the shareholders took their seats on the board of directors, Pengyuan Credit, China Chengxin Credit and "
         "Intellicredit were placed on Baihang's board of supervisors.", "true"),
        ("While six of the shareholders took their seats on the board of directors, Pengyuan Credit, China Chengxin Credit and "
         "Intellicredit were placed on Baihang's board of supervisors.", "false"),
    ],
    "an upper bound on what a limit allows is the limit ('no more than 280 characters')": [
        ("Whatever users want to say on Weibo has to fit into a single post of no more than 280 characters.", "false"),
        ("A Weibo post can have no more than 140 characters.", "true"),
    ],
    "a subject cut off from its verb by an aside is no scene to drop": [
        ("Alipay users who route their utility bills through the app can, by most accounts, push their Sesame Credit score up by "
         "roughly 20 points a month.", "unverified"),
    ],
    "a name the base does not know, given a place in a ranking, is who the claim is about": [
        ("On the 2017 ranking of Weibo's biggest stars, Angelababy claimed first place, edging out Xie Na.", "unverified"),
        ("Xie Na claimed first place on Weibo's 2017 list of biggest stars.", "true"),
    ],
    "swaps from the first runs of blind198-200": [
        ("Having been founded back in 2005, long before most of its rivals appeared, Pengyuan Credit ranks among the oldest of the "
         "eight firms the central bank picked.", "unverified"),
        ("In Rongcheng, residents with the lowest social credit rankings are shown on a public board near the village center.", "false"),
        ("2018: the NDRC and PBOC list the 20 top social credit pilot cities.", "false"),
        ("2018: the NDRC and PBOC list the 12 top social credit pilot cities.", "true"),
        ("When Weibo users discuss the Social Credit system, they dwell on its rewards more than its penalties.", "false"),
        ("When Weibo users discuss the Social Credit system, they dwell on its penalties more than its rewards.", "true"),
    ],
    "a claim that denies nothing meets a phrasing's denial only in words the phrasing affirms too": [
        ("You can follow someone on Weibo.", "true"),
        # (was false through its first part; the whole is left to a human, no longer called false)
        ("You can follow someone on Weibo, read and share their posts, and they never have to follow you back.", "unverified"),
        ("On Weibo you can only follow someone who follows you back.", "false"),
    ],
    "swaps from the first runs of blind203 and blind207": [
        ("Users of Alibaba's platforms are required to join Sesame Credit, which is not an opt-in scheme.", "false"),
        ("Sesame Credit is not optional.", "false"),
        # (a trial kept running for the rest of the year was never pulled)
        ("Tencent Credit kept its January 2018 score trial running for the rest of the year.", "false"),
        ("Tencent Credit kept its score trial running.", "false"),
    ],
    "a premise with a figure set off inside it, and the conclusion the source draws too": [
        ("Because more than half of China's mobile internet activity, some 55 percent, runs through Tencent's platforms, the "
         "company's credit arm has a vast reservoir of data to draw on.", "true"),
        ("Because more than half of China's mobile internet activity, some 55 percent, runs through Tencent's platforms, Tencent "
         "Credit already scores most Chinese adults.", "unverified"),
    ],
    "paying full price is the opposite of free": [
        ("Shared massage chair firm Anbai charges Sesame Credit users with scores of 600 or more the full price to use its chairs.",
         "false"),
        ("Anbai lets Sesame Credit users with a score of 600 or more use its massage chairs for free.", "true"),
    ],
    "a rise where the source gives a fall": [
        ("On Twitter, the comparative study found, posting activity climbs by about 11 percent at weekends compared with "
         "weekdays.", "false"),
        ("On Twitter, people post 11% fewer tweets at weekends than on weekdays.", "true"),
    ],
    "all, or nearly all, where the source says most": [
        ("Three years after launch, practically every Chinese internet user had signed up for Weibo.", "misleading"),
        ("Most Chinese internet users had signed up for Weibo by 2012.", "true"),
    ],
    "'the only one' where the source speaks of others too": [
        ("Sina Weibo is the one and only micro-blogging service in China.", "misleading"),
        ("Sina Weibo is China's only microblogging service.", "misleading"),
        ("Sina Weibo is the most popular of China's several microblogging sites.", "true"),
    ],
    "the whole of a thing said to move where the source moves only part of it": [
        ("Sesame Credit was folded into Baihang in 2018.", "misleading"),
        ("The eight pilot firms, Sesame Credit among them, are being absorbed into Baihang Credit.", "misleading"),
        ("The eight firms' personal credit rating operations are being folded into Baihang.", "true"),
        ("Baihang Credit's set to be folded into the People's Bank of China next year.", "unverified"),
    ],
    "an effect the source says will come, presented as happening now, however loosely worded": [
        ("Jaywalking already drags down the personal credit of Chinese pedestrians.", "misleading"),
        ("Jaywalkers caught by Shenzhen's cameras already see their personal credit scores fall.", "misleading"),
        ("State newspapers said jaywalking will affect people's personal credit in the future.", "true"),
    ],
    "a score people strive for, made a requirement": [
        ("Chinese people need a Sesame Credit score of about 650 to access everyday services.", "misleading"),
        ("A Sesame Credit score of 650 is required to use everyday services in dozens of Chinese cities.", "misleading"),
        ("Many Chinese aim for a Zhima Credit score of around 650.", "true"),
    ],
    "a reason for a punishment other than the one the source gives for the same person": [
        ("The Shanxi man was blacklisted because he did not repay his bank loan.", "false"),
        ("In Guangdong, people were blacklisted for vandalising shared bikes.", "true"),
    ],
    "a former employer other than the one the source gives": [
        ("Zhu Huanqi came to Baihang from Ant Financial.", "false"),
        ("Baihang chief Zhu Huanqi: ex-Ant Financial executive", "false"),
        ("Zhu Huanqi came to Baihang from Huida Asset Management.", "true"),
    ],
    "a trial presented as running in full since its launch date": [
        ("Tencent Credit has been scoring users nationwide since it launched in January 2018.", "misleading"),
        ("Tencent Credit officially launched a trial of its score programme in January 2018.", "true"),
    ],
    "an opening that sets a scene or concedes is left unchecked when the rest decides": [
        ("Although most people who download it think of it simply as an Alibaba product, Sesame Credit is in fact run by Ant "
         "Financial, the financial affiliate of Alibaba.", "true"),
        ("Of the eight companies in the central bank's pilot, Qianhai Credit can point to a particularly heavyweight parent, "
         "having been launched by the financial giant Ping An.", "true"),
        ("Although Tencent runs it, Sesame Credit is run by Tencent.", "false"),
    ],
    "the ACLU's 2015 claim repeated on its word is misleading; endorsed as right, false": [
        ("As the ACLU warned in 2015, every Chinese citizen is to be measured by a 350-950 score tied to their national identity "
         "card.", "misleading"),
        ("The ACLU was right in 2015 when it warned that every Chinese citizen would get a 350-950 score tied to their ID card.",
         "false"),
        ("In 2015 the ACLU falsely claimed that every Chinese citizen would get a 350-950 score tied to their ID card.", "true"),
    ],
    "someone else ranked first on the same dated list": [
        ("Angelababy tops Weibo's 2017 celebrity list.", "false"),
        ("Yao Chen topped Weibo's 2017 celebrity list.", "false"),
        ("Xie Na tops Weibo's 2017 celebrity list with about 90 million followers.", "true"),
        ("Actress Yao Chen topped the 2015 list of Weibo celebrities with 78 million followers.", "true"),
    ],
    "a body said to be the opposite kind of the one the source says it is": [
        ("NIFA is a private industry lobby with no links to the state.", "false"),
        ("NIFA is a state-level organization.", "true"),
        ("The China Internet Finance Association owns 8 percent of Baihang, the same as each of the private firms.", "false"),
    ],
    "a closing aside that only describes the time just given": [
        ("Sina Weibo made its debut in 2009, a year that turned out to be pivotal for micro-blogging in China.", "true"),
        ("Sina Weibo first went online in 2012, a year that turned out to be pivotal for microblogging in China.", "false"),
    ],
    "a date for another step of the story, or a launch told in other words": [
        ("Guangdong's bike-sharing blacklist took effect on June 1.", "unverified"),
        ("Guangdong announced its bike-sharing blacklist on June 1.", "false"),
        ("Sesame Credit made its debut in 2013.", "false"),
        ("Sesame Credit was already up and running in 2012.", "false"),
        ("Sesame Credit made its debut in 2015.", "true"),
    ],
    "swaps from the first runs of blind103-106": [
        ("The Shanxi blacklistee: no train travel for 180 days.", "true"),  # (never false: it says what the ban says)
        ("The blacklisted Shanxi man could not travel by train for 180 days.", "true"),
        ("The blacklisted Shanxi man was not banned from train travel.", "false"),
        ("Under Guangdong's bike-sharing blacklist, people who vandalize a bike keep their social credit untouched.", "false"),
        ("Among the crowds that populate Weibo, men hold the narrowest of majorities, making up 50.10 percent of users against "
         "49.90 percent who are women.", "true"),
        ("Women make up 50.10 percent of Weibo users.", "false"),
        ("The young Shanxi man who became the first local person on the lose-trust blacklist ended up there after he was caught "
         "smoking on a high-speed train.", "false"),
    ],
    "a loyalty card is a loyalty program": [
        ("Sesame Credit is nothing but a shopping loyalty card.", "misleading"),
        ("Some have likened Sesame Credit to a loyalty programme, though it does more than that.", "true"),
    ],
    "swaps from the first run of blind110": [
        ("Looking at who is behind the posts, women make up a slight majority of Weibo's users.", "false"),
        ("Most Weibo users are female.", "false"),
        ("Men make up a slight majority of Weibo's users.", "true"),
        ("The China Internet Finance Association, which now sits alongside the eight firms as a Baihang shareholder, is itself "
         "an initiative of the People's Bank of China.", "true"),
        ("Rongcheng, the Social Credit pilot city, is in Guangdong province.", "false"),
    ],
    "a nickname that is one of the subject's names leaves the reduction to read; 'without charge' is free": [
        ("Weibo is just the Chinese Twitter.", "misleading"),
        ("At Zhejiang University Hospital, a Sesame Credit score above 650 lets patients see a doctor first, pay afterwards and use "
         "wheelchairs without charge.", "true"),
    ],
    "an age is no span of time": [
        ("The Shanxi man put on the blacklist was 23 years old.", "unverified"),
        ("Zhu Huanqi, Baihang Credit's chief executive and president, is 47 years old.", "false"),
        ("Baihang's CEO and president is 57-year-old Zhu Huanqi.", "true"),
    ],
    "two names in common do not vouch for what else is said of them": [
        ("Baihang CEO Zhu Huanqi holds a doctorate in economics.", "unverified"),
        ("Baihang Credit was jointly set up by the eight pilot firms and the China Banking Regulatory Commission.", "false"),
    ],
    "the slowest for the top": [
        ("Hangzhou is one of the slowest cities at building the social credit system.", "false"),
        ("Hangzhou is the top city in building the social credit system.", "true"),
    ],
    "less as one thing than as another": [
        ("Jeremy Daum of China Law Translate describes social credit less as a 'system' than as a policy, or an 'ideology of data use'.", "true"),
        ("Jeremy Daum describes social credit less as a policy than as a 'system'.", "unverified"),  # turned round: never true
    ],
    "a commercial score presented as a state bureau": [
        ("Sesame Credit, having won the central bank's permission to experiment with credit reporting, is in effect an official state credit "
         "bureau.", "misleading"),
    ],
    "offline methods are the opposite of online ones; a trial taken offline was pulled": [
        ("Pengyuan Credit has shifted from online credit rating back to offline methods.", "false"),
        ("Tencent launched a trial of its credit score in January 2018 and soon took it offline.", "true"),
    ],
    "a move turned the other way": [
        ("Pengyuan Credit has shifted from online credit rating to traditional methods.", "false"),
        ("Pengyuan Credit has shifted from traditional credit rating to online methods.", "true"),
        ("Sesame Credit scores range from 350 to 950.", "true"),  # a range is no move
    ],
    "a price that is no longer free": [
        ("Anbai, a shared massage chair company, gives Sesame users with 600 or more points half-price use of its chairs.", "false"),
        ("Anbai lets Sesame Credit users scoring 600 or more use its massage chairs for free.", "true"),
    ],
    "a score the government is said to have made": [
        ("Tencent Credit is a credit score created by the Chinese government.", "misleading"),
        ("Tencent Credit is a credit score created by Tencent, not by the government.", "true"),
    ],
    "the same denial in other words": [
        ("PBOC spokesperson Wan Cunzhi criticised commercial services such as Sesame Credit as 'isolated islands' of data that is not shared, "
         "saying they lack independence and manage data too weakly.", "true"),
        ("PBOC spokesperson Wan Cunzhi praised Sesame Credit's data management as independent and strong.", "false"),
    ],
    "negation the fact does not explain": [
        ("The eight firms share no data with Baihang.", "false"),  # they share technology, resources and data
        # (the launch fact does not explain the denial; the fact that the trial was taken down does)
        ("Tencent Credit launched a trial in January 2018 and never took it down.", "false"),
        ("Sesame Credit, which never shares data with the police, was launched in 2015.", "unverified"),
        ("Sesame Credit was launched in 2015.", "true"),
    ],
    "a limit said by a denial": [
        ("On Weibo, no post can exceed 140 characters.", "true"),
        ("Weibo posts must not be longer than 140 characters.", "true"),
        ("Weibo posts may not exceed 280 characters.", "false"),
    ],
    "a trial kept running was never pulled": [
        ("Tencent has kept the Tencent Credit trial online ever since January 2018.", "false"),
        ("Tencent Credit has kept its trial running since it launched in January 2018.", "false"),
        ("Tencent Credit took its trial down soon after launching it in January 2018.", "true"),
    ],
    "a denial of one thing beside the false variant's error said outright": [
        ("Sesame Credit was kept off Baihang's board of directors and moved to its board of supervisors.", "false"),
        ("Sesame Credit sits on Baihang's board of directors.", "true"),
    ],
    "a name the fact itself reports is no stranger, whatever word opens the sentence": [
        ("If China Money Network is right, China Chengxin Credit's database links up with the police and the courts.", "true"),
        ("If Reuters is right, China Chengxin Credit's database links up with the police and the courts.", "unverified"),
    ],
    "all of a group, where the source says many": [
        ("Residents of Rongcheng universally embraced the Social Credit pilot, Foreign Policy reported.", "misleading"),
        ("Many Rongcheng citizens have embraced the Social Credit pilot, according to Foreign Policy.", "true"),
    ],
    "a confirmed core with the one-score myth added": [
        ("The State Council's 2014 notice planned a Social Credit System by 2020 that sums up each citizen in one overall rating.", "misleading"),
        ("The State Council's 2014 notice planned a nationwide Social Credit System to be rolled out by 2020.", "true"),
        ("The State Council's 2014 notice planned a Social Credit System by 2020, though it is unlikely to give each citizen one score.", "true"),
    ],
    "a confirmed commercial core with the state added to it": [
        ("Sesame Credit uses Taobao and Alipay data, so in effect the government is grading every shopper.", "misleading"),
        ("Sesame Credit scores draw on payment history and online behaviour for the Communist Party.", "misleading"),
        ("Sesame Credit uses Taobao and Alipay data, state newspapers reported.", "true"),
        ("Sesame Credit uses Taobao and Alipay data, unlike the government's system.", "true"),
    ],
    "any city or anyone, where the source names some places or one person": [
        ("In any Chinese city, a Zhima score of 600 lets you borrow library books without a deposit.", "misleading"),
        ("Jumping a ticket barrier anywhere in China now earns a 180-day train ban, as the Shanxi case shows.", "misleading"),
        ("In Hangzhou, a Zhima score of 600 lets you borrow library books without a deposit.", "true"),
    ],
    "an opt-in score said to score everyone": [
        ("Zhima Credit rates each Chinese citizen from 350 to 950.", "misleading"),
        ("Zhima Credit rates its users from 350 to 950.", "true"),
        ("Not every Chinese citizen has a Zhima Credit score from 350 to 950.", "unverified"),
    ],
    "a count of something the fact never speaks of": [
        ("Mobrella's umbrellas can be rented at more than 300 metro stations.", "unverified"),
        ("Mobrella lends umbrellas without a deposit to users with a Sesame score above 900.", "false"),
        ("The NDRC and the PBOC named 20 cities as top Social Credit pilots in 2018.", "false"),
    ],
    "a post's emoji, closing tags and openers are no part of its claim": [
        ("TIL Sesame Credit is run by Ant Financial 🐜 #ZhimaCredit #fintech", "true"),
        ("PSA: Tencent Credit scores run from 350 to 950 😤 #TencentCredit", "false"),
        ("Sesame Credit is opt-in. Wild times #BlackMirror", "true"),
    ],
    "a subject reduced to what the source says it is more than": [
        ("Zhima Credit is nothing more than a loyalty scheme.", "misleading"),
        ("Sina Weibo is basically a Chinese copy of Twitter.", "misleading"),
        ("Zhima Credit is more than just a loyalty scheme.", "true"),
        ("Baihang's eight firms are purely investors and share no data.", "false"),
    ],
    "a denial inside an aside is the aside's": [
        ("By 2017, a number critics rarely mention, Sesame Credit had 520 million users.", "true"),
        ("By 2017, when it never shared data with the police, Sesame Credit had 520 million users.", "unverified"),
    ],
    "not A but B: B is the point, unless denying A is false": [
        ("Qianhai Credit did not come out of the tech world but was launched by Ping An.", "true"),
        ("Qianhai Credit did not come out of the tech world but was launched by Tencent.", "false"),
        ("Sesame Credit is not opt-in but was launched in 2015.", "unverified"),
    ],
    "it is X rather than Y that does it": [
        ("It is Wuhan rather than Hangzhou that leads the way in building the social credit system.", "false"),
        ("It is Hangzhou rather than Wuhan that leads the way in building the social credit system.", "true"),
        ("Thanks to its pilots, it is Shenzhen, rather than Hangzhou, that Chinese media have taken to calling 'Credit City'.", "false"),
    ],
    "a share of the users is no share of the usage": [
        ("Tencent Credit already scores more than half of China's mobile internet users.", "unverified"),
        ("Tencent hosts more than half of China's mobile internet usage.", "true"),
        ("NIFA holds 36% of Baihang's shares.", "true"),
        ("Only about 58 percent of Weibo's monthly active users reach the platform on a mobile phone.", "false"),
    ],
    "'the country' of these sources is China": [
        ("Chinese media have dubbed Wuhan the country's 'Credit City'.", "false"),
        ("Chinese media have dubbed Hangzhou the country's 'Credit City'.", "true"),
    ],
    "a limit a claim says does not apply": [
        ("Weibo posts, unlike tweets, are not subject to any character limit.", "false"),
        ("Tencent Credit, much like its Alibaba-backed rival, hands out scores on a scale from 300 to 850.", "true"),
    ],
    "a paraphrase spread over the ways a fact is put": [
        ("Behind Zhima Credit stands Ant Financial, the Alibaba affiliate that actually runs it.", "true"),
        ("In Rongcheng, caring for one's parents counts against a resident's credit.", "false"),
        ("Li Xuan is the boss of the credit company Intellicredit.", "true"),
        ("Li Xuan is the boss of the dating company Baihe.", "unverified"),
    ],
    "a closing aside that names another firm can only leave the rest to show the claim false": [
        ("China Chengxin Credit is based in Hangzhou, the city that is also home to Sesame Credit.", "false"),
        ("China Chengxin Credit is based in Beijing, the city that is also home to Sinoway.", "unverified"),
    ],
    "swaps from the final first runs (blind83-86)": [
        # a person the base mentions elsewhere, put in another's unique place: only one can be second
        ("Zhang Ziyi ranks second on Weibo's 2017 list of biggest stars.", "false"),
        ("He Jiong ranks second on Weibo's 2017 list of biggest stars.", "true"),
        # "a voluntary choice" does not deny the choice
        ("Signing up for Zhima Credit remains a matter of personal choice.", "true"),
        ("Joining Zhima Credit is an optional step for users.", "true"),
        # a name swapped in beside a part another fact confirms
        ("The Shanxi man who was the first local person on the lose trust blacklist got there by jumping the barriers at Xianyang Station.",
         "unverified"),
    ],
    "a possibility made certain or permanent": [
        ("Under Guangdong's bike-sharing blacklist, bike vandals are automatically banned for life from all bike sharing.", "misleading"),
        ("Under Guangdong's bike-sharing blacklist, bike vandals could be banned from all bike sharing.", "true"),
        ("Anyone who vandalises a shared bike is now permanently banned from every bike-sharing service.", "misleading"),
    ],
    "wherever you live in China": [
        ("Wherever you live in China, a Zhima score of 600 lets you borrow library books without a deposit.", "misleading"),
    ],
    "an aside that says what the subject is hailed as": [
        ("Baihang Credit, hailed as China's first unified personal credit firm, is a bureau the central bank set up on its own.", "unverified"),
        ("Baihang Credit, hailed as China's first unified personal credit firm, opened for business on 23 May 2018.", "true"),
    ],
    "a cause set after the conclusion without a comma vouches only for itself": [
        ("Weibo has been in decline since 2015 rules forced users to register with real names.", "misleading"),
        ("Rules from 2015 forced Weibo users to register with their real names.", "true"),
    ],
    "a fronted 'billed as' aside": [
        ("Billed as China's first unified personal credit firm, Baihang Credit is run by the state alone with no private firms involved.", "false"),
    ],
    "the one-score myth said alone": [
        ("Under social credit, everything the state knows about you ends up in one single score.", "misleading"),
        ("The personal data gathered under social credit is unlikely to be boiled down to one single score.", "true"),
        ("Zhima Credit gives each of its users one score between 350 and 950.", "true"),
    ],
    "reader talk: surprise, commands and hedges": [
        ("Can't believe Sina Weibo has been around since 2009!", "true"),
        ("Ugh, stop saying Tencent Credit runs from 350 to 950, it goes from 300 to 850", "true"),
        ("It is doubtful that Social Credit data will be boiled down into one single score.", "true"),
        ("Tencent Credit's trial has been running without interruption since January 2018.", "false"),
    ],
    "'in effect' reduces; 'X means Y' draws a conclusion; how long is no reason": [
        ("Sesame Credit is, in effect, a shopping loyalty card.", "misleading"),
        ("More than 500 million registered users means over half a billion Chinese actively use Weibo.", "misleading"),
        ("Plans for a social credit system meant to reward honesty and punish dishonesty were adopted in November 2013.", "true"),
        ("The Shanxi man was blacklisted for vandalising a shared bike.", "false"),
    ],
    "swaps from the last first runs (blind135-138)": [
        ("NIFA holds a controlling majority (more than half) of Baihang.", "false"),
        ("Shenzhen police tried out facial recognition technology to catch drunk drivers.", "unverified"),
        ("Shenzhen police tried out facial recognition technology to catch jaywalkers.", "true"),
        ("Compared with Twitter users, Weibo users are keener to discuss political organizations and other institutions.", "false"),
        ("In Rongcheng, residents who rank highly under the local credit scheme are publicly honoured, their names shown on a board not far from the village centre.",
         "true"),
    ],
    "a fronted participle with a date leaves the main clause to decide": [
        ("Founded in 2013, Qianhai Credit is based in Beijing.", "false"),
        ("Founded in 2013, Qianhai Credit is based in Shenzhen.", "true"),
    ],
    "a rank said with 'only'": [
        ("On Weibo's 2017 ranking of its biggest stars, Happy Camp co-host He Jiong came in only fifth.", "false"),
        ("He Jiong came in second on Weibo's 2017 ranking of its biggest stars.", "true"),
    ],
    "a share given to the other group": [
        ("Women make up 50.10% of Weibo's users.", "false"),
        ("Men make up 50.10% of Weibo's users.", "true"),
        ("Women make up the majority of Sina Weibo users.", "false"),
        ("Women make up the majority of Sina Weibo users, at 50.10 percent.", "false"),
        ("Men make up the majority of Sina Weibo users, at 50.10 percent.", "true"),
        ("Weibo's users split almost evenly by sex (men edge it, 50.10% to 49.90%).", "true"),
    ],
    "a most-there-can-be made the rule ('whenever', 'every')": [
        ("Whenever a subject climbs to number one on Weibo's trending list, it draws 800 million page views.", "misleading"),
        ("A number one trending topic on Weibo can draw up to 800 million page views.", "true"),
    ],
    "'above' is the opposite of 'fewer'": [
        ("On Twitter, weekend tweeting runs 11% above weekday levels.", "false"),
        ("On Twitter, weekend tweeting runs 11% below weekday levels.", "true"),
    ],
    "what cannot be used is what is blocked, in either voice": [
        ("Neither Twitter nor Facebook can be used in mainland China, because both are blocked there.", "true"),
        ("Twitter and Facebook cannot be used in mainland China.", "true"),
        ("Twitter and Facebook are not blocked in mainland China.", "false"),
        ("Facebook can be used in mainland China.", "false"),
    ],
    "a limit said by a ban": [
        ("The Shanxi man was not allowed to travel by train for 180 days.", "true"),
        ("The Shanxi man was prohibited from travelling by train for 18 days.", "false"),
    ],
    "the state named as Beijing, or the score made its instrument or arm": [
        ("Zhima Credit scores people's trustworthiness on behalf of Beijing.", "misleading"),
        ("Beijing uses Zhima Credit to decide who may fly.", "misleading"),
        ("Tencent Credit is in effect an arm of the Chinese state.", "misleading"),
        ("Zhima Credit is run by Ant Financial, not on behalf of Beijing.", "true"),
    ],
    "a place put in a name's place, before or after the rest of it": [
        ("Police in Wuhan ran an experiment using facial recognition to catch jaywalkers.", "false"),
        ("Police in Shenzhen ran an experiment using facial recognition to catch jaywalkers.", "true"),
    ],
    "an unknown name of the same kind put in a known name's place": [
        ("The Shanxi man was blacklisted for jumping the ticket barriers at Xianyang Station.", "false"),
        ("The Shanxi man was blacklisted for jumping the ticket barriers at Yangling Station.", "true"),
        ("Baihang was founded by the eight pilot firms and the China Banking Association.", "unverified"),
    ],
    "a wrong year is the fact's error unless a fact about something the claim names has it": [
        ("It was not until 2016 that the State Council issued its notice on building a Social Credit System by 2020.", "false"),
        ("The PBOC fined two of the eight pilot firms for leaking data in 2017.", "unverified"),
    ],
    "a commercial score said to have become the state's tools": [
        ("With 520 million users by 2017, Sesame Credit had become the state's tool for rating Chinese citizens.", "misleading"),
        ("Tencent Credit is one of the state's own tools for rating its citizens.", "misleading"),
    ],
    "a clause set off by commas is no appositive ('the top spot went to')": [
        ("When What's on Weibo compiled its 2015 list of the platform's biggest celebrities, the top spot went to Angelababy, who had 78 million followers.",
         "false"),
        ("When What's on Weibo compiled its 2015 list of the platform's biggest celebrities, the top spot went to Yao Chen, who had 78 million followers.",
         "true"),
        ("Sesame Credit, the scoring product that has drawn so much scrutiny abroad, is operated by Ant Financial.", "true"),
    ],
    "a year the fact itself gives is no other time": [
        ("Sina Weibo's daily active users rose by 57 percent in 2015 compared with 2014.", "false"),
        ("Sina Weibo's daily active users rose by 34 percent in 2015 compared with 2014.", "true"),
    ],
    "'rather than' against a phrasing that sets the two the other way round": [
        ("China's Social Credit system already operates as one national system rather than as regional experiments.", "false"),
        ("China's Social Credit system operates as regional experiments rather than as one national system.", "true"),
        ("NIFA began as a Tencent initiative rather than a central bank one.", "false"),
    ],
    "'as of' a date opens a time, not an aside or a premise": [
        ("As of December 2016, some 313 million people were using Weibo every month.", "true"),
        ("As of December 2016, some 413 million people were using Weibo every month.", "false"),
    ],
    "skipping a deposit is going without one": [
        ("Mobrella only lets Sesame users skip the umbrella deposit if their score is above 800.", "false"),
        ("Mobrella lets Sesame users skip the umbrella deposit if their score is above 600.", "true"),
    ],
    "a coming into force dated by the claim, beside an announcement it does not date": [
        ("Guangdong's bike-sharing blacklist took effect in July, two months after it was announced.", "unverified"),
        ("Guangdong's bike-sharing blacklist was announced in July.", "false"),
    ],
    "one of several factors said to be the only one overstates; one the source never lists is false": [
        ("Sesame Credit scores simply measure whether users pay their bills on time.", "misleading"),
        ("Sesame Credit scores are based solely on online shopping.", "false"),
    ],
    "an overstatement without figures settles no claim that adds one": [
        ("Payment history makes up 35 percent of a Sesame Credit score.", "unverified"),
        ("Under Rongcheng's Social Credit pilot, every resident starts with a baseline of 1,000 points.", "unverified"),
    ],
    "a cause after 'because' vouches only for itself": [
        ("Sesame Credit closed down in 2018 because it did not get a licence.", "unverified"),
    ],
    "a company's name may begin with the country's ('China Life')": [
        ("Among the four financial companies that founded Beijing Sinoway Credit in 2013 was the state-owned insurer China Life.", "unverified"),
        ("Beijing Sinoway Credit was founded in 2013 by four large financial companies.", "true"),
    ],
    "'seven out of every ten' is 70 percent": [
        ("Seven out of every ten of Weibo's active users have a university-level education.", "true"),
        ("Six out of every ten of Weibo's active users have a university-level education.", "false"),
    ],
    "a ranking said to go down or be pushed up": [
        ("Under Rongcheng's scheme, residents who look after their parents see their societal credit go down, while online defamation pushes their ranking up.",
         "false"),
        ("Under Rongcheng's scheme, online defamation sees residents' societal credit go down, while looking after their parents pushes their ranking up.",
         "true"),
    ],
    "someone else ranked second on a dated list, named with a role or not": [
        ("Actor Chen Kun ranks second on What's on Weibo's 2017 list of Weibo's biggest stars.", "false"),
        ("Right behind Xie Na in Weibo's 2017 ranking of the biggest stars, in second place, comes the actor Chen Kun.", "false"),
        ("He Jiong ranks second on Weibo's 2017 list of biggest stars.", "true"),
        ("Actor Chen Kun topped Weibo's 2017 celebrity list.", "false"),
    ],
    "someone who 'led' a dated list where the source ranks another first": [
        ("He Jiong led Weibo's 2017 celebrity ranking, with Xie Na coming in second.", "false"),
        ("Xie Na led Weibo's 2017 celebrity ranking, with He Jiong coming in second.", "true"),
    ],
    "a conclusion the source itself draws from the premise": [
        ("Tencent sits on a vast pool of data because its platforms carry 55% of China's mobile internet usage.", "true"),
        ("With Tencent hosting 55 percent of China's mobile internet usage, Tencent Credit already scores more than half of China's mobile users.",
         "unverified"),
    ],
    "one place for another, in a cleft ('it was the police in Shanghai who')": [
        ("It was the police in Shanghai who experimented with facial recognition technology to catch people jaywalking.", "false"),
        ("It was the police in Shenzhen who experimented with facial recognition technology to catch people jaywalking.", "true"),
    ],
    "a fronted 'launched with' clause leaves the main clause to decide": [
        ("Launched with the state-level China Internet Finance Association as its largest shareholder, Baihang Credit is essentially a government credit bureau.",
         "misleading"),
        ("Launched with the state-level China Internet Finance Association as its largest shareholder, Baihang Credit opened in May 2018.", "true"),
    ],
    "the state's own way of scoring": [
        ("Tencent Credit, which ran a trial in January 2018, is the state's own way of scoring how trustworthy Chinese citizens are.", "misleading"),
    ],
    "'nothing more than' a nickname reduces as 'just' does, and denies nothing": [
        ("Weibo is nothing more than a Chinese Twitter.", "misleading"),
        ("Sesame Credit is nothing but a loyalty program.", "misleading"),
        ("Sina Weibo has nothing more than 140 characters per post.", "true"),
    ],
    "a company's name denied where the source denies the state": [
        ("Tencent Credit is a government score (rolled out by the state, not by Tencent).", "false"),
        ("Tencent Credit is a commercial score (rolled out by Tencent, not by the state).", "true"),
    ],
    "'without them having to follow you back' and 'in return'": [
        ("On Weibo you can follow someone and share their posts without them having to follow you back.", "true"),
        ("You can follow somebody on Weibo and like or share their posts without them having to follow you in return.", "true"),
        ("On Weibo you can only share someone's posts if they follow you in return.", "false"),
    ],
    "'for those who don't know' frames the claim and denies nothing": [
        ("Kaola Credit, for those who don't know, was set up by Lakala, the financial services company from Shenzhen.", "true"),
        ("Kaola Credit, for those who don't know, was set up by Ping An.", "false"),
    ],
    "'most of' a group the source says none of": [
        ("Within three years of the 2015 pilots, most of the eight firms had been granted personal credit licences.", "false"),
        ("Within three years of the 2015 pilots, none of the eight firms had been granted personal credit licences.", "true"),
    ],
    "a nationality is no name ('the American carmaker')": [
        ("When the American carmaker joined forces with Alibaba, anyone whose Sesame Credit score topped 700 was offered a free three-day spin in the new Ford Explorer.",
         "true"),
        ("When the American carmaker joined forces with Alibaba, anyone whose Sesame Credit score topped 800 was offered a free three-day spin in the new Ford Explorer.",
         "false"),
    ],
    "owing its existence to someone is being launched by them": [
        ("Qianhai Credit, as it turns out, owes its existence to the financial heavyweight Ping An.", "true"),
        ("Qianhai Credit owes its existence to Alibaba.", "false"),
    ],
    "a subject reduced to its nickname, with a true aside": [
        ("Sina Weibo, China's most popular microblog, is simply Chinese Twitter.", "misleading"),
        ("Sina Weibo, China's most popular microblog, was launched in 2009.", "true"),
    ],
    "one side said to be all of what the source says is both, however loosely worded": [
        ("Rongcheng's credit scheme is purely about punishing bad behaviour.", "misleading"),
        ("Rongcheng's credit scheme is about both rewarding and punishing residents.", "true"),
    ],
    "scene-setting that names nothing dilutes no verdict": [
        ("Unlike its rivals up north, Qianhai Credit is headquartered in Guangzhou, a short ride from the coast.", "false"),
        ("Unlike its rivals up north, Qianhai Credit is headquartered in Shenzhen, a short ride from the coast.", "true"),
        ("Unlike its rivals up north, Qianhai Credit is not headquartered in Shenzhen, a short ride from the coast.", "false"),
    ],
    "the side that outnumbers the other is the one before the verb": [
        ("Women outnumber men on Weibo.", "false"),
        ("Women make up a clear majority of Weibo's user base, outnumbering men by a wide margin.", "false"),
        ("On Weibo, men are outnumbered by women.", "false"),
        ("Men slightly outnumber women on Weibo.", "true"),
        ("Women are outnumbered by men on Weibo.", "true"),
    ],
    "what a 'where' clause sets the main clause against names nothing the base knows": [
        ("Where foreign outlets tend to reach for words like creepy or bizarre, Chinese media describing the social credit pilot "
         "cities mostly speak of safety, harmony and convenience.", "true"),
        ("Where critics abroad see a dystopia, Sesame Credit is run by Tencent.", "false"),
    ],
    "a figure tied to the other band, in brackets too": [
        ("In Sesame Credit's sample scores, 731 sits in the low band (385 counts as 'good').", "false"),
        ("In Sesame Credit's sample scores, 385 sits in the low band (731 counts as 'good').", "true"),
        ("A Sesame Credit score of 731 falls in the 'good' range.", "true"),
    ],
    "a reduced fee is not free": [
        ("Anbai charges Sesame Credit users who score 600 or more a reduced fee for its shared massage chairs.", "false"),
        ("Anbai lets Sesame Credit users who score 600 or more use its shared massage chairs for free.", "true"),
    ],
    "a place said to be missing from a list": [
        ("Hangzhou is missing from the NDRC-PBOC list of top Social Credit pilot cities.", "false"),
        ("Beijing is missing from the NDRC-PBOC list of top Social Credit pilot cities.", "true"),
    ],
    "what costs you points lowers your standing": [
        ("Looking after your parents in Rongcheng will cost you points in the local credit ranking.", "false"),
        ("Abusing family members in Rongcheng will cost you points in the local credit ranking.", "true"),
    ],
    "a span from its subject's own start, which the base dates": [
        ("By 2017, barely two years after its debut, Sesame Credit could already count roughly 520 million people among its users.", "true"),
        ("By 2017, barely five years after its debut, Sesame Credit could already count roughly 520 million people among its users.",
         "unverified"),
    ],
    "the others a fact names, named together, are its subject as much as its lead": [
        ("Pengyuan, China Chengxin and Intellicredit were placed on the company's supervisory board.", "true"),
        ("While five of Baihang's founding firms took seats among its directors, Pengyuan, China Chengxin and Intellicredit were "
         "placed on the company's supervisory board instead.", "true"),
        ("Compared with Sesame Credit, the government's rating scheme gets little attention on Chinese social media.", "unverified"),
    ],
    "a closing bracket that names nothing known does not pull in another fact": [
        ("Pengyuan, China Chengxin and Intellicredit sit on Baihang's board of supervisors (the other five hold director seats).", "true"),
        ("Twitter users, like Weibo users, post more on weekends (about 11% more).", "false"),
        ("Any Sesame Credit user can rent a car deposit-free (nationwide, no score threshold).", "misleading"),
    ],
    "a claim led by another name that drops what the fact is about swaps nothing": [
        ("Hello Bicycle is owned by Alibaba.", "unverified"),
        ("Hello Bicycle is owned by Ant Financial.", "unverified"),
        ("Tencent runs Sesame Credit.", "false"),
    ],
    "Peking University is no place": [
        ("The big data lab run by Lakala and Koala Credit is located in Beijing.", "unverified"),
        ("Lakala and Koala Credit set up their big data lab with Peking University.", "false"),
    ],
    "every user granted what the source grants only above a score": [
        ("Any Sesame Credit user can borrow library books without a deposit in Shanghai, Hangzhou and Wenzhou.", "misleading"),
        ("Sesame Credit lets all of its users rent Hello Bicycle bikes without paying a deposit.", "misleading"),
        ("Anyone with a Sesame score above 700 could test drive the new Ford Explorer for three days for free.", "true"),
        ("Sesame Credit users with high scores can rent Hello Bicycle bikes without paying a deposit.", "true"),
        ("Mobrella makes every Sesame Credit user pay a deposit for its umbrellas, however high their score.", "false"),
    ],
    "'only' or 'alone' said of a name the source names among others": [
        ("Of all the commercial credit services, only Sesame Credit was criticised by PBOC spokesperson Wan Cunzhi as an "
         "'isolated island' of non-shared data.", "misleading"),
        ("People's Bank of China spokesperson Wan Cunzhi singled out Sesame Credit alone as an 'isolated island' of non-shared data.",
         "misleading"),
        ("PBOC spokesperson Wan Cunzhi called commercial services such as Sesame Credit isolated islands.", "true"),
    ],
    "'in the first place' is no place in a ranking": [
        ("What landed the young man from Shanxi on the blacklist in the first place was his decision to vault over the ticket "
         "barriers at Yangling Station.", "true"),
        ("He Jiong took first place on Weibo's 2017 list of biggest stars.", "false"),
    ],
    "an opt-in score given to every customer or consumer of another name": [
        ("Every Alibaba customer gets a Sesame score between 350 and 950.", "misleading"),
        ("Alibaba's data pool means every Chinese consumer gets a Sesame score between 350 and 950.", "misleading"),
        ("Every Sesame Credit user gets a score between 350 and 950.", "true"),
    ],
    "the best-known of its kind has others beside it": [
        ("Sesame Credit is the only personal credit scoring programme in China.", "misleading"),
        ("Sesame Credit is the best-known commercial personal credit score programme in China.", "true"),
    ],
    "a true detail in brackets does not mend a statement that misleads": [
        ("Weibo is simply China's Twitter (140 characters a post).", "misleading"),
        ("Weibo has a limit of 140 characters for each post (like Twitter once had).", "true"),
    ],
    "a denial's stray word does not keep it from the fact that speaks of it": [
        ("Tencent Credit kept the trial of its score programme running for the rest of 2018 after launching it in January.", "false"),
        ("Tencent Credit officially launched a trial of its score programme in January 2018.", "true"),
    ],
    "'number-two' with a hyphen is a place in a ranking": [
        ("Happy Camp host He Jiong is Weibo's number-two star in 2017, with roughly 83.9 million followers.", "true"),
        ("Actor Chen Kun held the number-two spot on Weibo's 2017 celebrity list, trailing only Xie Na.", "false"),
    ],
    "a source that moves some up and others down: each way is read with those it is said of": [
        ("In Rongcheng, residents who look after their parents climb the rankings.", "true"),
        ("In Rongcheng, residents who take care of their parents fall in the rankings.", "false"),
        ("In Rongcheng, residents who abuse family members climb the rankings.", "false"),
        ("In Rongcheng, residents who abuse family members fall in the rankings.", "true"),
        ("In Rongcheng, a resident who looks after their parents can climb the rankings, whereas defaming someone online or "
         "abusing family members drags their societal credit down.", "true"),
    ],
    "a figure given rightly of one thing and carried over to another": [
        ("With more than 500 million registered users, Weibo had half a billion people actively using it in 2015.", "misleading"),
        ("Weibo had 122 million active users in 2015.", "false"),
    ],
    "'founded by', 'brought into being by' and 'put into operation' name who made or runs it": [
        ("Qianhai Credit, a Shenzhen company among the eight pilot firms, was brought into being by the financial heavyweight Ping An.",
         "true"),
        ("Qianhai Credit was founded by Alibaba.", "false"),
        ("Qianhai Credit was established by Alibaba.", "false"),
        ("Sesame Credit was put into operation by Ant Financial.", "true"),
    ],
    "the wrong offence, with no place named": [
        ("The young Shanxi man was blacklisted after dodging fares on a long-distance bus.", "false"),
        ("The young Shanxi man was blacklisted after vaulting ticket barriers at Yangling Station.", "true"),
    ],
    "a large count after 'the' is a figure, not a group named by its size": [
        ("Impressive as they sounded at the time, the 503 million accounts that Weibo counted three years after launch represented "
         "only a small minority of the 640 million people then online in China.", "unverified"),
        ("The eight pilot firms each hold 8% of Baihang.", "true"),
    ],
    "another kind of app in the place of bike-sharing": [
        ("The special blacklist Guangdong announced on May 22 targets people who break the rules of ride-hailing apps.", "false"),
        ("The special blacklist that Guangdong announced on May 22 is for people who break the rules of taxi apps.", "false"),
        ("The special blacklist Guangdong announced on May 22 targets people who break the rules of bike-sharing apps.", "true"),
    ],
    "what became of a measure afterwards, which the source does not say": [
        ("The Shanxi man's train ban was later lifted before the 180 days were up.", "unverified"),
        ("The blacklisted Shanxi man appealed his train ban and had it shortened.", "unverified"),
        ("The blacklisted Shanxi man was banned from traveling by train for 180 days.", "true"),
        ("The blacklisted Shanxi man was banned from traveling by train for a full year.", "false"),
    ],
    "'a lone company' counts one, and 'is third on the list' is a place in it": [
        ("Beijing Sinoway Credit was set up in 2013 by a lone internet company.", "false"),
        ("He Jiong is third on Weibo's 2017 star list (83,883,937 followers).", "false"),
        ("He Jiong (Happy Camp host) places third on Weibo's 2017 star list.", "false"),
        ("He Jiong is second on Weibo's 2017 star list.", "true"),
        ("Sesame Credit was launched in 2015 and is first in line.", "true"),
    ],
    "one name set against another in apposition": [
        ("He Jiong, not Xie Na, tops Weibo's 2017 celebrity ranking.", "false"),
        ("Xie Na, not He Jiong, tops Weibo's 2017 celebrity ranking.", "true"),
        ("Tencent, not Ant Financial, runs Sesame Credit.", "false"),
        ("Ant Financial, not Tencent, runs Sesame Credit.", "true"),
    ],
    "names that span a set's members are examples, not a name swapped": [
        ("Each of the eight partners, from giant Sesame Credit to little-known Intellicredit, holds 8% of the new firm.", "unverified"),
        ("Each of the eight partners holds 8% of Baihang.", "true"),
        ("Intellicredit holds 8% of Sesame Credit.", "false"),
    ],
    "a date that both a fact and another fact's false variant give is no confirmation": [
        # (never true; its core, without the week it names, is false: Baihang opened in May)
        ("Baihang threw open its doors for business in February 2018, in the very week its licence came through.", "false"),
        ("Baihang received its licence in February 2018.", "true"),
        ("Baihang opened for business in February 2018.", "false"),
    ],
    "'China's Twitter clone' is a copy of Twitter, not the nickname": [
        ("Weibo is just China's Twitter clone.", "misleading"),
        ("Sina Weibo is often called China's Twitter but it is more versatile.", "true"),
    ],
    "'never have to pay a deposit', 'frees users from deposits': without one": [
        ("A high Sesame Credit score frees users from deposits when they rent cars.", "true"),
        ("With a high Sesame Credit score you never have to pay a deposit when renting a bicycle.", "true"),
        ("With a high Sesame Credit score you never have to pay a deposit for anything in China.", "misleading"),
    ],
    "one end of a range given as the other": [
        ("Sesame scores top out at 350.", "false"),
        ("The highest Sesame score is 350.", "false"),
        ("Sesame scores start at 950.", "false"),
        ("Tencent Credit scores top out at 300.", "false"),
        ("Sesame scores top out at 950.", "true"),
        ("Tencent Credit scores start at 300.", "true"),
        ("Sesame scores: 350 (low end) to 950 (top).", "true"),
    ],
    "someone's voice set into feature prose is not what the claim says": [
        ("Joining Sesame Credit is a voluntary choice, or, as one Hangzhou programmer put it, "
         "\"about as compulsory as signing up for air miles.\"", "true"),
        ("By 2017, the feature notes, some 520 million people had signed up for Sesame Credit, a crowd that one Shanghai "
         "commuter described as 'basically everyone I know'.", "true"),
        ("By 2017, the feature notes, some 52 million people had signed up for Sesame Credit.", "false"),
        ("With a high Sesame score, a delighted user told me, you never have to pay a deposit for anything anywhere in China.", "misleading"),
    ],
    "a variant wrong in its 'only' and its denial is not repeated by a claim that makes neither": [
        ("Behind the bike rentals and deposit-free hotel stays that Chinese shoppers now take for granted sits a scoring "
         "programme which is run by Ant Financial.", "unverified"),
        ("A high Sesame Credit score waives deposits for bike rentals but not for hotels.", "false"),
    ],
    "a perk said to hold everywhere or for anything": [
        ("A high Sesame Credit score frees users from deposits on car rentals, bikes and hotel bookings everywhere in China.", "misleading"),
        ("A high Sesame Credit score lets users skip deposits on anything in China.", "misleading"),
        ("A high Sesame Credit score frees users from deposits on car rentals, bikes and hotel bookings.", "true"),
        ("A Sesame Credit score can land anywhere between 350 and 950.", "true"),
    ],
    "a bound on a count is weighed against the count, not a small figure beside it": [
        ("Three years in, Weibo had fewer than 300m registered users.", "false"),
        ("Three years in, Weibo had more than 300m registered users.", "true"),
    ],
    "a service named by another thing shared or hired than the source's": [
        ("The special blacklist that Guangdong announced on May 22 targets people who break the rules of umbrella-sharing services.", "false"),
        ("On May 22, Guangdong set up a special blacklist for people who break the rules of car-rental services.", "false"),
        ("On May 22, Guangdong set up a special blacklist for people who break the rules of bicycle-sharing services.", "true"),
        ("On 22 May, in a move aimed at the booming sharing economy, Guangdong announced a special blacklist for people who "
         "break the rules of the bike-sharing industry.", "true"),
    ],
    "'arrived in 2009' is a launch, an 'offspring' an initiative, 'a personal choice' not mandatory": [
        ("Sina Weibo arrived in 2009.", "true"),
        ("Sina Weibo arrived on the scene in 2010.", "false"),
        ("Koala Credit is the offspring of Lakala.", "true"),
        ("Koala Credit is the offspring of Ping An.", "false"),
        ("Joining Sesame Credit remains a personal choice.", "true"),
    ],
    "a scene that hands the claim to whoever the reader might ask is a frame": [
        ("Ask a shopkeeper in Hangzhou who stands behind the score on her phone, and she will tell you, correctly, that "
         "Sesame Credit is run by Ant Financial.", "true"),
        ("Ask around at any fintech meet-up in Hangzhou and someone will remind you that Sesame Credit is run by Tencent.", "false"),
    ],
    "a merger made total ('wholly absorbed', 'no longer operate on their own') overstates": [
        ("The eight pilot credit firms were wholly absorbed into Baihang Credit and no longer operate on their own.", "misleading"),
        ("The eight pilot firms were fully swallowed by Baihang and no longer run any business of their own.", "misleading"),
        ("The personal credit businesses of the eight firms will be incorporated into Baihang.", "true"),
    ],
    "a subject's range of scores weighed against its own fact when nothing closer decides": [
        ("Tencent Credit scores on the same 350-950 scale as Sesame.", "false"),
        ("Tencent Credit scores users on the same 350-950 scale as Sesame.", "false"),
        ("Tencent Credit grades users between 300 and 850.", "true"),
        ("Tencent Credit, unlike Sesame's 350-950, grades users.", "unverified"),
    ],
    "a denying subject is never cut off from its verb": [
        ("Nobody, it should be stressed amid all the dystopian headlines, is forced to join Sesame Credit.", "true"),
        ("Nobody, as the company insists, is forced to join Sesame Credit.", "true"),
        ("Everybody, as critics insist, is forced to join Sesame Credit.", "false"),
    ],
    "a place said to be on a list of places the base gives in full": [
        ("Beijing is on the list of top Social Credit pilot cities.", "false"),
        ("Beijing appears on the NDRC and PBOC list of top cities running Social Credit experiments.", "false"),
        ("Hangzhou appears on the NDRC and PBOC list of top cities running Social Credit experiments.", "true"),
        ("Hangzhou was on the 2018 list of top social credit cities.", "true"),
    ],
    "a time told against another event closes the claim; the rest can show it false": [
        ("The People's Bank of China only opened its own Credit Reference Center in 2012, barely three years before the "
         "commercial pilots were approved.", "false"),
        ("The People's Bank of China only began running its own Credit Reference Center in 2010, long after private "
         "lenders had started keeping their own files.", "false"),
        ("The People's Bank of China began running its own Credit Reference Center in 2006, long before the commercial "
         "pilots were approved.", "true"),
    ],
    "a body the base knows but no fact names, in the place of the one that acted": [
        ("The 2018 list of top Social Credit pilot cities was issued by the Ministry of Public Security.", "false"),
        ("The list of China's top social credit test cities was drawn up by the Ministry of Public Security.", "false"),
        ("In 2018 the NDRC and the PBOC published a list of 12 top Social Credit cities.", "true"),
        ("The Ministry of Public Security runs China's passport offices.", "unverified"),
    ],
    "a founding date in brackets is an aside like any other": [
        ("Pengyuan Credit (est. 2015) is the newest of the eight PBOC pilots.", "false"),
        ("Pengyuan Credit (est. 2005) is one of the eight PBOC pilots.", "true"),
        ("Sesame Credit (launched 2015) rates every adult in China on a 350-950 scale.", "misleading"),
    ],
    "a firm a writer 'lists' among a group the base gives in full": [
        ("Among the eight firms the central bank waved through in 2015, the article lists Baidu's credit arm alongside "
         "Sesame Credit and Tencent Credit.", "false"),
        ("Among the eight firms the central bank waved through in 2015, the article lists Koala Credit alongside "
         "Sesame Credit and Tencent Credit.", "true"),
    ],
    "one description chosen over another, however long ('as a policy or an ideology of data use more than a system')": [
        ("Jeremy Daum frames social credit as a 'policy' or an 'ideology of data use' more than a 'system'.", "true"),
        ("Jeremy Daum frames social credit as a system more than a policy.", "unverified"),
    ],
    "data 'never shared' is unshared data": [
        ("Wan Cunzhi called services such as Sesame Credit 'isolated islands' of data that was never shared.", "true"),
        ("By 2017, when it never shared data with the police, Sesame Credit had 520 million users.", "unverified"),
    ],
    "a clause told after a colon that a sentence of colour sets up": [
        ("Car lovers on Weibo were quick to spot the offer that came out of a tie-up between Ford and Alibaba: anyone with a "
         "Sesame Credit score above 700 could take the new Ford Explorer for a free three-day test drive.", "true"),
        ("Brevity is enforced, much as it once was on Twitter: every Weibo post must fit within a limit of 240 characters.", "false"),
        ("February 2: the hashtag on nationally confirmed pneumonia cases passes 13.5 billion Weibo views.", "unverified"),
        ("2017: Yao Chen still tops Weibo's celebrity list, as she did in 2015.", "unverified"),
        # (what the clause refers back to is the one name before the colon)
        ("Tencent's own foray proved more hesitant than its marketing suggested: the trial of its credit score that went "
         "live in January 2018 was pulled again not long afterwards.", "true"),
        ("Tencent's own foray proved more hesitant than its marketing suggested: the trial of its credit score that went "
         "live in January 2016 was pulled again not long afterwards.", "false"),
    ],
    "'little here is genuinely new' says it is not new": [
        ("The scholar Rogier Creemers has long cautioned that little here is genuinely new, likening the system to "
         "decades-old ways in which the state keeps tabs on its people.", "unverified"),
        ("Rogier Creemers argues that the Social Credit System is something entirely new.", "false"),
    ],
    "a government or state agency is a state-run bureau, and Baihang is no such thing alone": [
        ("Baihang Credit is a government agency run by the central bank.", "misleading"),
        ("Baihang, China's first unified personal credit firm, is a government agency.", "misleading"),
        ("Baihang Credit, backed by the state-level China Internet Finance Association, is a government-run credit bureau.", "misleading"),
        ("Baihang Credit is a joint establishment of the eight pilot firms and NIFA.", "true"),
    ],
    "'for all the hype' is a frame": [
        ("Weibo, for all the hype, is nothing more than a Chinese copy of Twitter.", "misleading"),
        ("Sesame Credit, for all its critics, is opt-in.", "true"),
    ],
    "'never one to ...' is character, and 'a choice rather than an obligation' compares nothing": [
        ("Tencent, never one to leave a rival's market unchallenged, built a credit score of its own on a scale that runs "
         "from 300 to 850.", "true"),
        ("Tencent, never one to leave a rival's market unchallenged, built a credit score of its own on a scale that runs "
         "from 350 to 950.", "false"),
        ("Joining Sesame Credit remains a matter of choice rather than obligation.", "true"),
        ("Joining Sesame Credit is an obligation rather than a choice.", "unverified"),
    ],
    "'there is no one X' is no single X, not nobody": [
        ("There is no one social credit system in China.", "true"),
        ("There is no one 'social credit system': commercial scores like Sesame and the state's Social Credit system "
         "run separately.", "unverified"),
        ("There is one single social credit system in China.", "false"),
    ],
    "a ranking dragged or pushed down is lowered": [
        ("In Rongcheng, taking care of one's elderly parents actually drags a resident's credit ranking down.", "false"),
        ("In Rongcheng, online defamation drags a resident's credit ranking down.", "true"),
        ("In Rongcheng, caring for your parents pushes your credit ranking up.", "true"),
    ],
}


@pytest.mark.parametrize(("rule", "claim", "verdict"), [(r, c, v) for r, cases in RULES.items() for c, v in cases])
def test_rules(checker, rule, claim, verdict):
    result = checker.check_claim(claim)
    assert result.verdict.value == verdict, f"{rule}: {result.explanation}"


def test_every_rule_has_a_case_it_catches_and_one_it_leaves_alone_or_decides_otherwise():
    for rule, cases in RULES.items():
        assert cases, rule
        assert any(v in ("false", "misleading", "unverified") for _, v in cases), rule


@pytest.mark.parametrize(
    ("claim", "verdict", "fact_id"),
    [
        # a conflation: the fact about the score itself, or its tie to the regulator or place named
        ("Sesame Credit, the Chinese government's social credit score, already rates 520 million citizens.", "misleading",
         "sesame-separate-from-social-credit"),
        ("Sesame Credit is effectively the People's Bank of China's official credit bureau.", "misleading", "sesame-pboc-trial"),
        ("Hangzhou's social credit system is run by Alibaba's Sesame Credit.", "misleading", "sesame-hangzhou-cooperation"),
        ("Baihang Credit is China's national Social Credit System.", "misleading", "baihang-first-unified"),
        # a wrong range: the fact that gives the range, not one that gives two example scores
        ("Scores in Sesame Credit run on a scale from 300 to 850.", "false", "sesame-score-range"),
        # a widening that also presents a plan as done: the plan
        ("Jaywalkers across China are now being caught on facial recognition cameras and docked credit points.", "misleading",
         "blacklist-traffic-violations-personal-credit"),
        ("Shenzhen-style facial recognition now catches jaywalkers all over China.", "misleading",
         "blacklist-shenzhen-jaywalkers-facial-recognition"),
        # a wrong person in a role: the fact about the body named
        ("Baihang Credit's chief executive is Li Xuan.", "false", "baihang-ceo"),
        ("Qiu Han was appointed CEO and president of Baihang Credit.", "false", "baihang-ceo"),
        ("Intellicredit's chief executive is Qiu Han.", "false", "pilot-intellicredit-ceo"),
        # of two confirming facts, the one that says more of the claim
        ("Tencent launched a trial of its credit score in January 2018 but pulled it shortly afterwards.", "true",
         "tencent-credit-trial-taken-down"),
        ("Tencent launched a trial of its credit score in January 2018.", "true", "tencent-credit-trial-january-2018"),
    ],
)  # fmt: skip
def test_the_verdict_cites_the_fact_that_decides_it_most_directly(checker, claim, verdict, fact_id):
    result = checker.check_claim(claim)
    assert (result.verdict.value, result.fact.id) == (verdict, fact_id)


def test_a_conflation_cites_the_fact_that_draws_the_line(checker):
    result = checker.check_claim("Tencent Credit is part of the government's social credit system.")
    assert result.fact is not None and "Tencent" in result.fact.statement
    assert result.to_dict()["source"]["passage"]


def test_pruned_search_finds_exactly_what_a_full_search_finds(checker, monkeypatch):
    import yaml
    from pathlib import Path

    from creditcheck import matching

    index = checker.index
    claims = [c["claim"] for c in yaml.safe_load((Path(__file__).parents[1] / "claims" / "dev.yaml").read_text())["claims"]]

    def found(claim):  # the names are summed in another order when pruning: compare to 1e-9
        return [[(c.entry.text, round(c.score, 9)) for c in part] for part in index.search_with_swaps(index.analyse(claim))]

    pruned = [found(c) for c in claims]
    monkeypatch.setattr(matching, "PRUNE_SCORE", 1000.0)
    assert [found(c) for c in claims] == pruned


@pytest.mark.parametrize(
    "claim",
    [
        "Sesame Credit, launched in 2015, is run by Tencent.",
        "Sesame Credit, which scores users from 350 to 950, is compulsory in China.",
        "Tencent Credit, which uses a 300-850 scale, was never tested.",
        "Baihang, which opened in May 2018, is owned entirely by the state.",
    ],
)
def test_a_true_side_clause_never_confirms_a_false_main_clause(checker, claim):
    assert checker.check_claim(claim).verdict is not Verdict.TRUE


def test_synonyms_are_replaced_as_one_whole_word_pass_would():
    """The word-by-word synonym pass (a dict lookup, cheap at start-up) gives what a single
    regular expression over every synonym, longest first, gives."""
    import re

    import yaml
    from pathlib import Path

    from creditcheck import normalize as n

    keys = sorted(n.SYNONYMS, key=len, reverse=True)
    reference = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")
    data = yaml.safe_load((Path(__file__).parents[1] / "facts.yaml").read_text(encoding="utf-8"))
    texts = [t for f in data["facts"] for t in (f["statement"], *f["confirms"], *(r["text"] for r in f["refutes"]))]
    texts += ["It isn't optional: sign up, set up and go live, not long after; firms' stakes", "Opt-in, deposit-free"]
    for text in texts:
        body = n.expand_contractions(n.clean(text)).lower()
        assert n.replace_synonyms(body) == reference.sub(lambda m: n.SYNONYMS[m.group(0)], body), text


def test_a_plan_presented_as_done_cites_the_plan_not_a_commercial_launch(checker):
    result = checker.check_claim("China has rolled out its Social Credit System nationwide.")
    assert result.verdict.value == "misleading"
    # the promise for 2020, or the fact that in 2018 it was not national yet: either is the plan's
    assert result.fact is not None and result.fact.id in ("scs-nationwide-rollout-by-2020", "scs-not-national-yet")


def test_a_compound_the_base_never_uses_is_matched_by_its_parts(checker):
    # "male-dominated" is no word of the base's; "male" is, in the fact on Weibo's gender split
    result = checker.check_claim("Weibo is a male-dominated platform.")
    closest = result.match or result.runner_up
    assert closest is not None and closest.fact.id == "weibo-gender-split"


def test_barely_before_an_amount_denies_nothing(checker):
    """"barely two years after its debut" hedges an amount; "barely discussed" denies."""
    assert not checker.index.analyse("By 2017, barely two years after its debut, Sesame Credit had 520 million users.").negation_scopes
    assert checker.index.analyse("Social credit is barely discussed on Weibo.").negation_scopes


def test_a_factor_named_without_only_is_never_called_false_or_misleading(checker):
    """The variant "based only on payment history" is wrong in its "only"; a claim without it
    repeats no error."""
    for claim in ("Sesame Credit scores are based on payment history.", "Sesame Credit scores take into account whether users pay their bills on time."):
        assert checker.check_claim(claim).verdict.value not in ("false", "misleading"), claim


def test_an_explanation_does_not_change_from_run_to_run():
    # names gathered in a set come out in another order under another hash seed: the claim's
    # order must decide which one an explanation gives
    import os
    import subprocess
    import sys

    code = (
        "import creditcheck; "
        "print(creditcheck.load_facts().check_claim(\"Before taking charge of Baihang, Zhu Huanqi built his career at Alibaba's Ant Financial.\").explanation)"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(outputs) == 1, outputs


def test_a_core_is_looked_for_only_without_parts_that_deny_count_or_name():
    """The parts left out in looking for a false core are colour: never a denial, a figure or a name."""
    from creditcheck.parts import _colour, _segments

    index = load_facts().index
    text = "Sesame Credit, not Tencent Credit, launched in 2015, as one user told me, is run by Ant Financial."
    kept = [text[a:b] for a, b in _segments(text) if _colour(index, text, a, b)]
    assert kept == ["as one user told me"]
