""""What did resolution 22/8 request?" questions, and whether a passage says what it requested.

Reports cite many resolutions only by number ("一份有关委员会第 22/8 号决议执行情况的会议室文件"):
every key term of such a question is then in a passage, and the passage is no answer. One that
answers names the resolution in a sentence that says what it asks: "第 26/4 号决议请专家组跟上
网络犯罪不断变化的趋势", "In its resolution 22/7, the Commission requested the Secretariat ...".
"""

from __future__ import annotations

import re

from .meetings import MONTHS
from .sentences import full_sentences

_NUMBER = r"(\d{1,3}/\d{1,3})(?![\d/])"
# (Or what it states, asked right after it: "引用第 55/63 号决议说明了什么", which a passage quotes
# after 指出; not "第 74/247 号决议规定特设委员会的任务是什么", a detail of it, nor its 财务说明.)
_ASKED_ZH = re.compile(_NUMBER + r"\s*号?决议(?:[^，。？?]{0,40}?(?:请|要求|呼吁|决定|鼓励|邀请|敦促|授权|"
                       r"责成)[^。？?]{0,30}(?:什么|哪些|何事|做何|干什么)|"
                       r"中?(?:第\s*\d+\s*段)?(?:说明|指出|强调)了?(?:什么|哪些))")
_ASK_VERB_EN = r"\b(?:request|ask|call|urge|decide|invite|encourage|mandate|direct|instruct)"
# The resolution before its verb or after it: "What did resolution 22/8 request?", "What did the
# General Assembly ask UNODC to do in resolution 74/173?".
# (With the verb first: a verb form, not "director" or "directly", and the resolution as where it
# asks, "in / by (its) resolution N", not what a question is about, "about resolution N".)
_ASKED_EN = re.compile(r"\b[Ww]hat (?:did|does|do)\b[^?]{0,120}?\bresolutions? " + _NUMBER +
                       r"[^?]{0,40}?" + _ASK_VERB_EN + r"|\b[Ww]hat (?:did|does|do)\b[^?]{0,60}?" +
                       _ASK_VERB_EN + r"(?:s|ed)?\b[^?]{0,60}?\b(?:in|by|through)\s+"
                       r"(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?resolutions? " + _NUMBER)
# 请 but not 提请 ("draws attention") or 申请 ("applies"); "calls on", not "called". (And what a
# resolution states, 指出, 强调, 申明: its content, asked as "说明了什么".)
_REQUEST = re.compile(r"(?<![提申])请|要求|呼吁|决定|鼓励|邀请|敦促|授权|责成|委托|指出|强调|申明|"
                      r"\b(?:request|ask|urge|decide|decision|invite|encourage|mandate|instruct)\w*|"
                      r"\bdirect(?:s|ed)?\b|\bcall(?:s|ed)? (?:on|upon|for)\b", re.I)
# Whole sentences, not split at ；: a resolution's clauses follow one another in one sentence
# ("……第 74/173 号决议中承认……；赞赏地注意到……；请毒品和犯罪问题办公室……").


def asked_resolution(question: str) -> str | None:
    """The resolution number ("22/8") whose requests (decisions, calls) the question asks for."""
    m = _ASKED_ZH.search(question) or _ASKED_EN.search(question)
    return next((g for g in m.groups() if g), None) if m else None


def says_what_it_requested(text: str, number: str) -> bool:
    """Does a sentence of `text` that names resolution `number` say what it requests?"""
    mention = re.compile(r"(?<![\d/])" + re.escape(number) + r"(?![\d/])")
    return any(mention.search(s) and _REQUEST.search(mention.sub(" ", s))
               for s in full_sentences(text))


# "第 22/7 号决议的标题是什么？", "When was resolution 74/247 adopted?": what the documents say of a
# resolution where they cite it. They give its title as 题为“……”的第 22/7 号决议 or resolution 22/7,
# entitled "...", and its date in the same phrase (2019 年 12 月 27 日题为“……”的第 74/247 号决议,
# resolution 65/230 of 21 December 2010). A sentence that cites it by number alone says neither,
# however many of the question's words it holds. Only a question about the resolution itself
# counts: "第 22/7 号决议要求的研究报告何时翻译" asks when the study was translated.
TITLE = "title"
DATE = "date"
_RES = r"(?<![\d/])" + _NUMBER
# What may stand between "title of" / "adopt" and "resolution": articles and organs.
_ORGAN_EN = (r"(?:(?:the|its|an?|un|united|nations|general|assembly|commission|commission's|"
             r"crime|economic|and|social|council|security|ecosoc)\s+)*")
# (Also the day spelt out: 何年何月何日, 哪年哪月哪天, 几月几日.)
_WHEN_ZH = (r"(?:何年何月(?:何日)?|哪年哪月(?:哪[日天])?|几月几[日号]|何时|什么时候|什么时间|哪一?天|"
            r"哪一?年|何日|哪个日期|什么日期)")
_ASKED = {
    TITLE: [
        re.compile(_RES + r"\s*号?决议\s*(?:的\s*(?:标题|题目|名称|全称|名字)|"
                   r"(?:标题|题目|名称|全称|名字)\s*(?:是|为)?\s*(?:什么|何|[？?]|$)|(?:题为|名为|称为|叫做?)"
                   r"(?:什么|何)|叫什么)"),
        re.compile(r"\b(?:title|name)\s+of\s+" + _ORGAN_EN + r"resolution\s+" + _NUMBER, re.I),
        re.compile(r"\bresolution\s+" + _NUMBER + r"\s+(?:is\s+|was\s+)?(?:titled|entitled|called|"
                   r"named)\b", re.I),
    ],
    DATE: [
        # 是哪一天通过的, 是在什么时间通过的, 于何时通过, 通过于何时, 通过(的)日期, 的通过日期
        re.compile(_RES + r"\s*号?决议\s*(?:(?:通过\s*)?(?:是\s*)?(?:于|在)?\s*" + _WHEN_ZH +
                   r"|(?:通过)?\s*的?\s*(?:通过)?日期)"),
        re.compile(_WHEN_ZH + r"\s*(?:通过|作出)了?\s*(?:大会|委员会|理事会)?\s*(?:第\s*)?" + _RES +
                   r"\s*号?决议\s*的?\s*[？?]?\s*$"),
        re.compile(r"\bwhen\s+(?:was|were)\s+" + _ORGAN_EN + r"resolution\s+" + _NUMBER +
                   r"\s+(?:adopted|passed)\b", re.I),
        re.compile(r"\bwhen\s+did\s+" + _ORGAN_EN + r"(?:adopt|pass)\s+" + _ORGAN_EN +
                   r"resolution\s+" + _NUMBER + r"\s*[?.]?\s*$", re.I),
        re.compile(r"\b(?:date|day|year)\s+of\s+(?:the\s+)?(?:adoption\s+of\s+)?" + _ORGAN_EN +
                   r"resolution\s+" + _NUMBER, re.I),
        # "On what date did the General Assembly adopt resolution 74/173, which ...?", "the exact
        # date on which the General Assembly of the United Nations adopted resolution 74/247".
        re.compile(r"\b(?:date|day|year)\b[^?]{0,60}?\b(?:adopt|adopted|pass|passed)\s+" +
                   _ORGAN_EN + r"resolution\s+" + _NUMBER, re.I),
    ],
}
_QUOTED_TITLE = re.compile(r"“[^”]{2,200}”|\"[^\"]{2,200}\"")
_MONTH = r"(?:" + "|".join(MONTHS) + r")"


def asked_of_resolution(question: str) -> tuple[str, str] | None:
    """(number, TITLE or DATE) when the question asks a resolution's title or its date."""
    for what, patterns in _ASKED.items():
        for pattern in patterns:
            m = pattern.search(question)
            if m:
                return m.group(1), what
    return None


def gives_of_resolution(text: str, number: str, what: str) -> bool:
    """Does `text` give resolution `number`'s title (TITLE) or date (DATE) where it cites it?"""
    n = _cited(number)
    if what == TITLE:
        return bool(re.search(r"题为“[^”]{2,200}”\s*的\s*(?:第\s*)?" + n + r"\s*号决议", text)
                    or re.search(r"\bresolution\s+" + n + r"(?:,?\s*(?:entitled|titled)\s*[“\"]|"
                                 r"\s+on\s+(?!\d|" + _MONTH + r"\b)(?:the\s+)?[A-Za-z])", text, re.I))
    bare = _QUOTED_TITLE.sub("", text)  # "2019 年 12 月 27 日题为的第 74/247 号决议"
    return bool(re.search(r"(?<!\d)(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*"
                          r"(?:[^，。；\d]{0,16}?通过的|大会|委员会|理事会)?\s*(?:题为)?\s*的?\s*"
                          r"(?:第\s*)?" + n + r"\s*号决议", bare)
                or re.search(r"\bresolution\s+" + n + r",?\s*(?:of|adopted\s+on)\s+\d{1,2}\s+" +
                             _MONTH + r"\s+\d{4}", bare, re.I))


def _cited(number: str) -> str:
    """A pattern for resolution `number` as a text cites it ("65/230", "65 / 230")."""
    digits = r"\s*/\s*".join(re.escape(part) for part in number.split("/"))
    return r"(?<![\d/.])" + digits + r"(?![\d/]|\s*/)"


# Who adopted a resolution cited by number: the organ named just before it ("大会第 65/230 号决议",
# "General Assembly resolution 65/230"). Numbers alone are ambiguous: 22/7 is a resolution of the
# Commission's twenty-second session, and of the General Assembly's in 1967.
_ORGAN_WORDS = {
    "A": r"大会|General Assembly",
    "E": r"经济及社会理事会|经社理事会|Economic and Social Council|ECOSOC",
    "S": r"安全理事会|安理会|Security Council",
}
ORGAN_REACH = 14
"""Characters before a resolution's number within which its organ is named ("大会在 2019 年 12 月
18 日第 74/173 号决议中" names it further away; such a mention counts through the session rule)."""

FIRST_GA_SESSION_ONLY_IT_NUMBERS = 35
"""From this session on, a session/number resolution (65/230) can only be the General
Assembly's: the functional commissions that number theirs the same way have not met this often
(the Crime Commission held its thirty-fourth in 2025)."""


# "决议编号是多少", "第几号决议", "哪项决议", "Which Commission resolution ...": a resolution asked for,
# which only a passage citing one by its number gives. Not 任何决议 ("any"), 如何决议 ("how"), nor a
# draft (哪个决议草案), which documents name by symbol or as 决议草案一.
_NUMBER_ASKED = re.compile(r"决议\s*的?\s*(?:编号|号码|文号)|第?\s*几\s*号决议|"
                           r"(?<![任如为])(?:哪|何)\s*(?:一|几)?\s*(?:项|号|份|个|条|些)?\s*"
                           r"决议(?!草案)|什么决议(?!草案)|"
                           r"\b(?:[Ww]hich|[Ww]hat)\s+(?:[A-Z][\w'-]*\s+){0,5}resolutions?\b"
                           r"(?!\s+draft)|"
                           r"\b[Rr]esolution\s+numbers?\b|\bnumber\s+of\s+(?:the|that|this)\s+"
                           r"resolution\b")


# "哪些决议", "哪几项决议", "Which resolutions": several asked for, as a list. (Not "哪项决议", one.)
# After 决议, 哪些 / 哪几项 must close its clause (at a question mark or the end), with nothing of
# the resolution's own between ("决议的主要内容有哪些", "决议中的建议是哪些"): "该决议提出了哪些
# 建议？" asks its recommendations.
# In English, the question word's own noun phrase (no verb between: "What did resolutions 65/230
# and 22/7 request?" asks what they requested), and no draft ("Which draft resolutions ...").
# (What they are on may stand between, "哪几项涉及网上犯罪的决议"; not who made them: "哪些国家
# 提出的决议" asks countries.)
_SEVERAL_ASKED = re.compile(r"(?:哪|何)\s*(?:些|几\s*(?:项|份|个|条)?)\s*"
                            r"(?:(?:涉及|关于|有关|针对)[^，,。？?]{1,10}?的)?"
                            r"\s*决议(?!草案)|"
                            r"决议[^。？?的中]{0,12}?(?:是|有)?\s*(?:哪些|哪几\s*(?:项|份|个|条)?)\s*"
                            r"(?:[？?]|\s*$)|"
                            r"\b(?:[Ww]hich|[Ww]hat)\s+(?:(?:are|were)\s+the\s+)?"
                            r"(?:(?!(?:did|do|does|were|was|are|is|have|has|had|will|would|"
                            r"draft)\b)[\w'-]+\s+){0,5}resolutions\b")
# A resolution cited by its number: 第 22/7 号决议, 第 1373（2001）号决议, resolution 65/230,
# resolution 1373 (2001), A/RES/74/247; also in a series (大会第 45/121、55/63、56/121 和 60/177 号
# 决议, resolutions 55/63 and 56/121), each number perhaps with its own 号 and 第 ("第 22/7 号和第
# 22/8 号决议"). The one pattern `cites_resolution` and `cited_resolutions` read.
_SESSION_NUMBER = r"\d{1,4}\s*/\s*\d{1,3}"
_NUMBER_SERIES = (_SESSION_NUMBER + r"(?:\s*号?\s*(?:、|，|,|和|及|以及|and)\s*第?\s*"
                  + _SESSION_NUMBER + r")*")
_YEAR_NUMBERED = r"\d{3,4}\s*[（(]\s*\d{4}\s*[)）]"  # a Security Council resolution, 1373 (2001)
_CITED = re.compile(r"(?<![\d/.])(" + _NUMBER_SERIES + r")(?![\d/])\s*号?决议|"
                    r"(" + _YEAR_NUMBERED + r")\s*号决议|"
                    r"\bresolutions?\s+(?:No\.\s*)?(" + _NUMBER_SERIES + r"|" + _YEAR_NUMBERED
                    + r")(?![\d/])|"
                    r"\b[A-Z]/RES/(\d{1,4}/\d{1,3})\b", re.I)
SEVERAL_RESOLUTIONS = 3
"""How many resolutions a passage cites to answer "which resolutions" as a list does (the three
or more items that make a list: see search.enumerates)."""


def asks_several_resolutions(question: str) -> bool:
    """Does the question ask which resolutions (several) ("哪些决议", "which resolutions")?"""
    return bool(_SEVERAL_ASKED.search(question))


def cited_resolutions(text: str) -> set[str]:
    """The resolution numbers `text` cites ("45/121", "55/63", "1373(2001)" ...), each once."""
    numbers = set()
    for m in _CITED.finditer(text):
        cited = next(group for group in m.groups() if group)
        found = re.findall(_YEAR_NUMBERED, cited) or re.findall(_SESSION_NUMBER, cited)
        numbers |= {re.sub(r"\s+", "", n).replace("（", "(").replace("）", ")") for n in found}
    return numbers


def asks_resolution_number(question: str) -> bool:
    """Does the question ask which resolution (its number)?"""
    return bool(_NUMBER_ASKED.search(question))


def cites_resolution(text: str) -> bool:
    """Does `text` cite a resolution by its number ("第 22/7 号决议", "resolution 65/230")?"""
    return bool(_CITED.search(text))


def mentions_resolution(text: str, organ: str, number: str) -> bool:
    """Does `text` cite resolution `number` of `organ` ("A", "E", "S"), as the documents do, by
    number: "大会第 65/230 号决议", "第 74/247 号决议", "resolution 2010/18"?"""
    cited = re.compile(_cited(number))
    for m in cited.finditer(text):
        after, before = text[m.end(): m.end() + 12], text[max(0, m.start() - 30): m.start()]
        if "决议" not in after and not re.search(r"resolutions?\s*(?:\d+\s*/\s*\d+\s*(?:,|and)\s*)*$",
                                                 before, re.I):
            continue  # a number, not a resolution's (a paragraph, a date, a page)
        if _adopted_by(organ, number, before[-ORGAN_REACH:]):
            return True
    return False


def _adopted_by(organ: str, number: str, before: str) -> bool:
    """Is the resolution `number`, cited right after `before`, `organ`'s: by the organ named
    last there, else by the form of its number?"""
    named = [(m.end(), o) for o, words in _ORGAN_WORDS.items()
             for m in re.finditer(words, before, re.I)]
    other = re.search(r"委员会|Commission|人权理事会|Council", before)
    if named:
        return max(named)[1] == organ
    if other:
        return False  # 委员会第 22/7 号决议: the Commission's
    session = number.split("/")[0]
    if organ == "A":
        return "/" in number and int(session) >= FIRST_GA_SESSION_ONLY_IT_NUMBERS
    if organ == "E":
        return "/" in number and len(session) == 4  # year/number: only ECOSOC numbers so
    return False  # a Security Council resolution is a bare number: only with its organ named
