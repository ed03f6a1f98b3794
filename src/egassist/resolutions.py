""""What did resolution 22/8 request?" questions, and whether a passage says what it requested.

Reports cite many resolutions only by number ("一份有关委员会第 22/8 号决议执行情况的会议室文件"):
every key term of such a question is then in a passage, and the passage is no answer. One that
answers names the resolution in a sentence that says what it asks: "第 26/4 号决议请专家组跟上
网络犯罪不断变化的趋势", "In its resolution 22/7, the Commission requested the Secretariat ...".
"""

from __future__ import annotations

import re

_NUMBER = r"(\d{1,3}/\d{1,3})(?![\d/])"
_ASKED_ZH = re.compile(_NUMBER + r"\s*号?决议[^，。？?]{0,40}?(?:请|要求|呼吁|决定|鼓励|邀请|敦促|授权|责成)"
                       r"[^。？?]{0,30}(?:什么|哪些|何事|做何|干什么)")
_ASKED_EN = re.compile(r"\b[Ww]hat (?:did|does|do)\b[^?]{0,120}?\bresolutions? " + _NUMBER +
                       r"[^?]{0,40}?\b(?:request|ask|call|urge|decide|invite|encourage|mandate|"
                       r"direct|instruct)")
# 请 but not 提请 ("draws attention") or 申请 ("applies"); "calls on", not "called".
_REQUEST = re.compile(r"(?<![提申])请|要求|呼吁|决定|鼓励|邀请|敦促|授权|责成|委托|"
                      r"\b(?:request|ask|urge|decide|decision|invite|encourage|mandate|instruct)\w*|"
                      r"\bdirect(?:s|ed)?\b|\bcall(?:s|ed)? (?:on|upon|for)\b", re.I)
# Not split at ；: a resolution's clauses follow one another in one sentence ("……第 74/173 号决议中
# 承认……；赞赏地注意到……；请毒品和犯罪问题办公室……").
# A "." before a digit (E/CN.15/2013/27, 3.5) does not end a sentence.
_SENTENCE = re.compile(r"(?:[^。!?！？.]|\.(?=\d))+(?:[。!?！？]|\.(?!\d)|$)")


def asked_resolution(question: str) -> str | None:
    """The resolution number ("22/8") whose requests (decisions, calls) the question asks for."""
    m = _ASKED_ZH.search(question) or _ASKED_EN.search(question)
    return m.group(1) if m else None


def says_what_it_requested(text: str, number: str) -> bool:
    """Does a sentence of `text` that names resolution `number` say what it requests?"""
    mention = re.compile(r"(?<![\d/])" + re.escape(number) + r"(?![\d/])")
    return any(mention.search(s) and _REQUEST.search(mention.sub(" ", s))
               for s in _SENTENCE.findall(text))
