"""Questions asking what a quoted term means, and whether a passage says.

"扩大主席团多次采用的“默许程序”具体是指什么？" finds the paragraphs that use the term ("扩大主席团
通过默许程序商定了第六次会议的临时议程"), and they hold every key term of the question; none says
what the term means, so none answers it. A passage that does defines the term right after naming
it: "“网络钓鱼”一词系指……", "计算机犯罪和较为确切的网上犯罪这两个术语用于描述……", "“僵尸”是
简称，系指……", "The term 'phishing' refers to ...".

Only a term the question quotes counts: unquoted, "X 是指什么" cannot say where X begins, and a
wrong guess would refuse answerable questions. An English question's term ("phishing") is looked
for as the documents write it (网络钓鱼): the caller translates it.
"""

from __future__ import annotations

import re

from .sentences import clauses
from .tokens import fold_variants

# A quoted term, in any of the quotation marks the questions use.
_QUOTED = re.compile(r"[“\"「『‘']([^“”\"「」『』‘’'\n]{2,30})[”\"」』’']")
# In English, an apostrophe inside a word is none ("the Secretariat's paper", "Secretariat’s").
_QUOTED_EN = re.compile(r"(?:(?<![A-Za-z])['‘]|[“\"])((?:[^“”\"‘’'\n]|(?<=[A-Za-z])['’](?=[A-Za-z]))"
                        r"{2,40})(?:[”\"]|['’](?![A-Za-z]))")
# After the term, in its clause: 是指什么, 具体指的是哪种行为, 是什么意思, 的含义, 如何理解.
_MEANING_AFTER = re.compile(r"^[^。？?，,；;！!]{0,8}?(?:(?:系|意|是)?指(?:的是)?(?:什么|哪|何)|"
                            r"(?:是)?什么意思|何意|的?(?:含义|涵义|定义)|如何理解|作何解释|"
                            # "“默许程序”具体是一种怎样的决策程序": what kind of thing it is
                            r"是(?:一种|一个|一项)?(?:怎样|什么样|怎么样)的)")
# ... or in a later clause that points back to it: "以“混合/主席形式”举行，这种形式具体指什么".
_MEANING_LATER = re.compile(r"^[^。？?；;！!]*?[，,]\s*(?:这种|这一|这个|这项|该|此)[^，,。？?；;]{0,6}?"
                            r"(?:具体)?(?:(?:系|意|是)?指(?:的是)?(?:什么|哪|何)|(?:是)?什么意思|"
                            r"何意|的?(?:含义|涵义))")
# ... or before it: 什么叫“钓鱼”攻击, 何谓“X”, 如何定义“X”.
_MEANING_BEFORE = re.compile(r"(?:什么叫|何谓|什么是|(?:如何|怎样|怎么)(?:定义|界定))\s*$")
# 解释 asks a meaning only of a word: "如何解释“僵尸”一词", not "如何解释“网络钓鱼”现象日益增多"
# (an explanation of a trend).
_EXPLAIN_BEFORE = re.compile(r"(?:如何|怎样|怎么)解释[^，,。？?]*$")
_A_WORD_AFTER = re.compile(r"^\s*(?:一词|这个词|这一词|一语|这一术语|这个术语|术语|的含义|的意思)")

# Of the quoted term itself, in English: after it, "'phishing' (originally) refer to", "'X' mean";
# before it, "define the term 'phishing'", "what is meant by the 'silence procedure'". Not "which
# footnote refers to the "Understanding Cybercrime" guide" (the term is what is referred to).
_MEANING_AFTER_EN = re.compile(r"^\s*(?:(?:originally|actually|exactly|really|usually)\s+)?"
                               r"(?:mean|means|meant|refers? to|stands? for)\b", re.I)
_MEANING_BEFORE_EN = re.compile(r"\b(?:(?:define[sd]?|definition of|meant by|mean by|meaning of)\s+"
                                r"(?:the\s+)?(?:(?:term|word|phrase|expression)\s+)?|"
                                # "explain the term 'X'", not "explain the 'botnet' threat"
                                r"explain(?:s|ed)?\s+(?:the\s+)?(?:term|word|phrase|expression)\s+)$",
                                re.I)
# ... or around it: "What does the term 'revenge pornography', listed among ..., mean?"
_WHAT_DOES_EN = re.compile(r"\bwhat (?:does|do|did) (?:the\s+)?(?:(?:term|word|phrase|expression)"
                           r"\s+)?$", re.I)
_MEAN_AT_END_EN = re.compile(r"\bmean\s*\??\s*$", re.I)
# A yes/no question asks whether, not what: "Does the outline include a definition of "X"?"
_YES_NO_EN = re.compile(r"^\s*(?:does|do|did|is|are|was|were|will|would|can|could|should|has|"
                        r"have|had)\b", re.I)

# What follows a term a sentence defines, within DEFINING_GAP characters of it.
_DEFINING = re.compile(r"系指|是指|指的是|意指|原指|即指|专指|泛指|常指|指代|用于描述|用以描述|用来描述|"
                       r"定义为|界定为|是一种|\b(?:means|refers? to|is defined as|denotes|describes)\b",
                       re.I)
# Right after the term, an example or gloss in brackets explains what it covers: 组合犯罪（如“网络
# 钓鱼”）, "X (i.e. ...)".
_GLOSS = re.compile(r"^\s*[（(]\s*(?:如|例如|即|也就是|e\.g\.|i\.e\.|such as)", re.I)
DEFINING_GAP = 15
"""Characters between a term and the words defining it: "一词", "这两个术语", "是简称，"."""


def quoted_terms(question: str, language: str = "zh") -> list[str]:
    """The terms a question quotes ("“预防”议程项目", "题为“立法和框架”"; in English "under 'Other
    matters'", not the apostrophe of "the Secretariat's paper")."""
    pattern = _QUOTED_EN if language == "en" else _QUOTED
    return [m.group(1).strip() for m in pattern.finditer(question)]


def asked_meaning(question: str, language: str) -> list[str]:
    """The quoted terms of a question that asks what one means (any of them may be the one
    defined: "“计算机犯罪”与“网络犯罪”这两个说法指的是什么？"); [] when it asks no meaning."""
    if language == "en":
        if _YES_NO_EN.search(question):
            return []
        quoted = list(_QUOTED_EN.finditer(question))
        if any(_MEANING_AFTER_EN.search(question[m.end():])
               or _MEANING_BEFORE_EN.search(question[: m.start()])
               or (_WHAT_DOES_EN.search(question[: m.start()])
                   and _MEAN_AT_END_EN.search(question[m.end():])) for m in quoted):
            return list(dict.fromkeys(m.group(1).strip() for m in quoted))
        return []
    quoted = list(_QUOTED.finditer(question))
    if any(_MEANING_AFTER.search(question[m.end():])
           or _MEANING_BEFORE.search(question[: m.start()])
           or (_EXPLAIN_BEFORE.search(question[: m.start()])
               and _A_WORD_AFTER.search(question[m.end():])) for m in quoted) \
            or (len(quoted) == 1 and _MEANING_LATER.search(question[quoted[0].end():])):
        return list(dict.fromkeys(m.group(1).strip() for m in quoted))
    return []


def defines(text: str, term: str) -> bool:
    """Does a clause of `text` name `term` (or its variant: 网络犯罪 / 网上犯罪) and then say
    what it means?"""
    term = fold_variants(term).lower()
    for clause in clauses(text):
        folded = fold_variants(clause).lower()
        start = folded.find(term)
        while start >= 0:
            # (An English term as a word: "angle" is not in "triangle".)
            if term.isascii() and (folded[start - 1:start].isalpha()
                                   or folded[start + len(term):start + len(term) + 1].isalpha()):
                start = folded.find(term, start + 1)
                continue
            after = folded[start + len(term): start + len(term) + DEFINING_GAP + 10]
            m = _DEFINING.search(after)
            if m and m.start() <= DEFINING_GAP or _GLOSS.match(after):
                return True
            start = folded.find(term, start + 1)
    return False
