"""Questions about a treaty's or rules' provisions, and whether a passage answers them.

The reports cite articles by number and discuss them ("《布达佩斯公约》，特别是其中的第 32 条(b)
项，存在国际法方面难以接受的挑战"), but rarely say what an article provides. A question asking what
one provides ("第 32 条(b)项的条文具体规定了什么？", "联合国公约草案中关于电子证据保全的条款是
怎样规定的？") then finds every key term in such a passage, and the passage is no answer. One that
answers says what the article provides: "根据大会议事规则第103条，委员会应……选举主席团成员",
"Article 16 provides that ...". A question asking which article ("……的规定是第几条？", "Which
provision of the Budapest Convention ...?") is answered by a sentence that names one, of the
treaty the question names.
"""

from __future__ import annotations

import re

from .sentences import full_sentences

WHICH = "which"
CONTENT = "content"

_NUMERAL = r"[0-9０-９一二三四五六七八九十百零]+"
# 条 but not 条件, 条约, 条例 ("哪些条件" asks for conditions).
_ARTICLE_ZH = r"第\s*" + _NUMERAL + r"\s*条(?![件约例])"
_ARTICLE_EN = r"\b(?:[Aa]rticles?|[Aa]rt\.|[Rr]ules?)\s+\d+"
_ANY_ARTICLE = "(?:" + _ARTICLE_ZH + "|" + _ARTICLE_EN + ")"
_ARTICLE = re.compile(_ANY_ARTICLE)
_PROVIDING_EN = r"provides?|states?|stipulates?|requires?|reads?|allows?|permits?"
# An article's subparagraph after its number: 第 32 条(b)项, article 32 (b).
# (Its whitespace inside the optional part only: two adjacent \s* would backtrack exponentially.)
_SUB = r"(?:\s*[（(][a-z0-9ivx]+[)）](?:\s*[项款])?)*"
# What may stand between an article and its verb: its paragraph and its treaty ("article 16,
# paragraph 1, provides", "Article 16 of the Convention provides", 第 16 条第 1 款规定).
_OF = (r"(?:\s*第\s*" + _NUMERAL + r"\s*款|,?\s+paragraph\s+\d+,?|\s+of\s+the\s+[A-Z][\w ]{0,60}?"
       r"(?=\s+(?:" + _PROVIDING_EN + r")\b|,))?")

_ASKED = {
    WHICH: [
        # 条 alone is also a measure word ("哪几条建议"): an article only as 条款 / 条文, or
        # where the question ends or goes on to what the article does ("哪一条涉及引渡").
        # (Not where a list sets it: "列在哪一条" asks which item of the list, which the
        # passage's own place answers; see _LIST_ITEM_ASKED.)
        re.compile(r"第几条|哪(?:一|几|些|个|项)?\s*条(?:款|文)|哪一?\s*条(?=\s*(?:[，。？?]|涉及|"
                   r"规定|是|被|(?:议事)?规则))"),
        # Not "what provisions" or "what rules", which may ask what the documents recommend;
        # not "which rule of law principles".
        re.compile(r"\b(?:[Ww]hich\s+(?:articles?|provision|rule(?!\s+of\s+law))|"
                   r"[Ww]hat\s+articles?)\b"),
    ],
    CONTENT: [
        re.compile(r"(?:" + _ARTICLE_ZH + r"|条文|条款)[^。？?，,]{0,20}?"
                   r"(?:(?:是|作了|有)?(?:如何|怎样|怎么|哪些|何种?)\s*规定|规定了?(?:什么|哪些|何)|"
                   # ... "第32条(b)项的具体规定是什么" (not 规定为何, "why", nor 规定是什么时候)
                   r"规定(?:的内容)?(?:是|为)什么(?!时))"),
        # What it allows or requires ("第 32 条(b)项具体允许缔约国采取什么做法"), as the English
        # "what does article … allow" below.
        # (Not 示范条款, whose contents the documents recommend; not the 何 of 任何.)
        re.compile(r"(?:" + _ARTICLE_ZH + _SUB + r"|条文|(?<!示范)条款)[^。？?，,]{0,20}?"
                   r"(?:允许|准许|许可|授权|要求|禁止)[^。？?，,]{0,12}?(?:什么|哪些|(?<!任)何种?)"),
        # 内容 only of an article or its text: "示范条款的内容是什么" may ask what a recommended
        # model provision should cover, which the documents say.
        re.compile(r"(?:" + _ARTICLE_ZH + _SUB + r"|条文)[^。？?，,]{0,20}?"
                   r"的?(?:内容|原文|案文|措辞)(?:是|为)?(?:什么|何)"),
        re.compile(r"\b(?:[Ww]hat|[Hh]ow)\s+(?:exactly\s+|precisely\s+|specifically\s+)?"
                   r"(?:does|did|do)\b[^?]{0,20}?\b(?:articles?|provision|"
                   r"rule\s+\d+)\b[^?]{0,80}?\b(?:say|provide|stipulate|state|require|read|allow|"
                   r"permit)\b", re.I),
        re.compile(r"\b(?:text|wording)\s+of\s+(?:the\s+)?(?:articles?|provisions?|rules?)\b",
                   re.I),
    ],
}

# What makes a sentence say what an article provides: the article is the subject of 规定 /
# "provides" (not "第 32 条(b)项中的规定", "the provisions of"), or the clause opens with it as
# the authority for what follows ("根据……第 103 条，委员会应……", "Under article 16, ...").
_PROVIDES = re.compile(_ANY_ARTICLE + _SUB + _OF +
                       r"\s*(?:明确|具体)?(?:规定|要求|" + _PROVIDING_EN + r")(?!的)")
# The authority opens the sentence: "under article 15, and the guidance notes ..." inside one only
# cites it.
_AUTHORITY = re.compile(r"^\s*(?:根据|按照|依照|依据|[Uu]nder\b|[Pp]ursuant to\b)[^，,。；;]{0,40}?"
                        + _ANY_ARTICLE + _SUB +
                        r"[^，,。；;]{0,40}[，,](?!\s*(?:and|or)\b)[^。；;]{6,}")
_TITLE = re.compile(r"《([^《》]{2,60})》")


# Which item of a list, however the listing is put: "列入了哪一条", "被列在清单的哪一条".
_LIST_ITEM_ASKED = re.compile(r"列(?:在|于|入|为)了?[^，。？?；]{0,8}?哪一?\s*条(?![款文])")


def asked_provision(question: str) -> str | None:
    """CONTENT when the question asks what a provision says, WHICH when it asks which article."""
    if _LIST_ITEM_ASKED.search(question) and not _ARTICLE.search(question):
        return None
    for kind in (CONTENT, WHICH):
        if any(p.search(question) for p in _ASKED[kind]):
            return kind
    return None


def _treaty_of(sentence: str, at: int) -> str:
    """The treaty an article named at `at` is of: the last title before it ("……《网上犯罪公约》）、
    欧洲联盟（……《欧洲联盟条约》第 34 条……" -> 欧洲联盟条约), else the sentence's first title;
    "" for none."""
    # A title inside brackets is of a citation ("《网上犯罪公约》（欧洲委员会，《欧洲条约汇编》，
    # 第 185 号）第 16 条"): blanked, the positions kept.
    sentence = re.sub(r"[（(][^（()）]*[)）]", lambda m: " " * len(m.group(0)), sentence)
    before = _TITLE.findall(sentence[:at])
    if before:
        return before[-1]
    after = _TITLE.findall(sentence[at:])
    return after[0] if after else ""


def answers_provision(text: str, kind: str, question: str) -> bool:
    """Does a sentence of `text` answer the provision question: name an article (WHICH), or say
    what one provides (CONTENT)? When the question names a treaty in 《》 (Chinese questions do),
    the article named must be in a sentence naming it too (the number is the answer, and
    "根据《欧洲联盟条约》第 34 条" is another treaty's), and what an article provides must be in a
    passage naming it ("《布达佩斯公约》……。第 32 条(b)项规定，……")."""
    titles = _TITLE.findall(question)
    # (An English text names the treaty in English: "Article 32 (b) allows a party ...".)
    if not re.search(r"[\u4e00-\u9fff]", text):
        titles = []
    if titles and not any(title in text for title in titles):
        return False
    for sentence in full_sentences(text):
        if kind == WHICH and any(not titles or _treaty_of(sentence, m.start()) in titles
                                 for m in _ARTICLE.finditer(sentence)):
            return True
        if kind == CONTENT and (_PROVIDES.search(sentence) or _AUTHORITY.search(sentence)):
            return True
    return False
