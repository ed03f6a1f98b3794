"""Questions asking which recommendations or conclusions were made, and whether a passage gives one.

The reports speak of recommendations far more often than they give them: "专家组将在评估会议上审议
所收集的初步结论和建议" (the work plan), "编写了会员国提出的初步建议清单" (the rapporteur's list).
Such a sentence holds every key term of "第六次会议上会员国提出了哪些初步结论和建议？" and gives
none. A recommendation is given where a sentence says what should be done ("会员国应当……",
"建议……考虑……", "should"), or a conclusion where it says what was concluded ("认为……").
"""

from __future__ import annotations

import re

from .sentences import full_sentences

# "Which preliminary conclusions and recommendations did ...", "what recommendations did ...",
# 提出了哪些建议, 哪些具体的初步建议, 有哪些结论和建议, 建议具体内容是什么. Not "what happens to
# comments on the preliminary conclusions" (asked of something else), nor 什么建议 inside a longer
# noun phrase.
_ASKS_EN = re.compile(r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?(?:conclusions?|recommendations?)\b"
                      r"(?!\s+(?:list|document|deadline|report)s?\b)", re.I)
_ASKS_ZH = re.compile(r"(?:哪些|什么|哪几[项条]?|何种)(?:(?:具体|初步|主要)的?){0,2}(?:结论|建议)(?![书清])|"
                      r"(?:结论|建议)(?:和(?:建议|结论))?(?:的)?(?:具体)?(?:内容)?"
                      r"(?:有哪些|是什么(?!时候|时间|日期)|包括哪些)")

# What should be done (应当, 应该, a bare 应 but not 应对 / 相应 / 供应 ...; not 宜, which is mostly
# 因地制宜 or 事宜), what is recommended
# (建议 as a verb: not 结论和建议, 建议清单, 建议，), urged or encouraged; what was concluded.
_GIVES = re.compile(r"应当|应该|(?<![对响适供回效反相])应(?![对用邀急])|"
                    r"(?<![和与及、的论])建议(?![和与及、，,。；;）)的清书稿草]|一览|列表|汇编)|"
                    r"鼓励|敦促|呼吁|认为|(?<![和与及])结论是|得出结论|"
                    r"\b(?:should|must|ought to|recommend(?:s|ed)? (?:that|to)|urg(?:e|es|ed)|"
                    r"encourag(?:e|es|ed)|call(?:s|ed)? (?:on|upon|for)|conclud(?:e|es|ed) that|"
                    r"(?:was|were) of the view)\b", re.I)


def asks_recommendations(question: str) -> bool:
    """Does the question ask which recommendations or conclusions were made?"""
    return bool(_ASKS_ZH.search(question) or _ASKS_EN.search(question))


# An instrument whose recommendation a sentence reports: "《多哈宣言》……请委员会考虑建议专家组继续
# ……" is the Congress's, background in any report; a question asks for it by naming one.
_INSTRUMENT = re.compile(r"决议|宣言|\b(?:resolutions?|declarations?)\b", re.I)


def gives_recommendation(text: str, question: str) -> bool:
    """Does a sentence of the text give a recommendation or a conclusion, not only speak of them,
    and not one of a resolution or declaration the question does not ask about?"""
    own_only = not _INSTRUMENT.search(question)
    return any(_GIVES.search(sentence) and not (own_only and _INSTRUMENT.search(sentence))
               for sentence in full_sentences(text))
