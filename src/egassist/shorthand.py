"""A delegate's shorthand: abbreviations the documents spell out ("mtg", "MS"), and a question
that opens with what it asks for ("number of States that attended?", "panellists at the fifth
meeting?"), which asks it only when no question word follows: "proportion of resources allocated
to which region?" asks which region."""

import re

NO_QUESTION_WORD_AFTER = r"(?![^?？]*\b(?:what|which|who|whom|whose|when|where|why|how)\b)"
"""A lookahead for the end of such an opening."""


# Abbreviations a delegate types for what the documents spell out. The capitalised ones only in
# capitals ("MS", not "Ms"), and none inside a symbol (A/RES/..., .../GA/...).
_NOT_IN_SYMBOL = r"(?<![/.\w])({})(?![/\w]|\.\w)"
_ABBREVIATIONS = [
    (re.compile(_NOT_IN_SYMBOL.format(r"mtgs"), re.I), "meetings"),
    (re.compile(_NOT_IN_SYMBOL.format(r"mtg"), re.I), "meeting"),
    (re.compile(_NOT_IN_SYMBOL.format(r"MSs?")), "Member States"),
    (re.compile(_NOT_IN_SYMBOL.format(r"GA")), "General Assembly"),
    (re.compile(_NOT_IN_SYMBOL.format(r"SG")), "Secretary-General"),
    (re.compile(_NOT_IN_SYMBOL.format(r"gov'?ts"), re.I), "governments"),
    (re.compile(_NOT_IN_SYMBOL.format(r"gov'?t"), re.I), "government"),
    (re.compile(_NOT_IN_SYMBOL.format(r"intl"), re.I), "international"),
    # "fn 14": a footnote by its number, which the place reader then finds.
    (re.compile(r"(?<![/.\w])fn\.?\s*(?=\d)", re.I), "footnote "),
]


# "EG 4th meeting report symbol?": the symbol of what comes before it, a noun phrase: no question
# word, no verb opening a yes-or-no question or a request ("Does the report have a symbol?",
# "Give the symbol"), no article before "symbol" ("cited as a symbol").
_SYMBOL_LAST = re.compile(r"^" + NO_QUESTION_WORD_AFTER +
                          r"(?!\s*(?:does|do|did|is|was|are|were|has|have|had|can|could|will|would|"
                          r"should|give|list|show|tell|find|name)\b)"
                          r"\s*(?P<of>[^?？]+?)(?<!\ba)(?<!\bthe)(?<!\bits)[\s:：,–—-]+"
                          r"(?:doc(?:ument)?\s+)?symbol\s*[?？]*\s*$", re.I)


# A delegate's spoken Chinese: "四次会" for 第四次会议 (not the count of "开了三次会"), "18年"
# for 2018年 (not the span of "过去18年", "18年来").
_MEETING_SPOKEN = re.compile(r"(?<![第\d一二三四五六七八九十了开过共办])([一二三四五六七八九十]{1,3})次会(?![议谈晤见])")
_YEAR_SPOKEN = re.compile(r"(?<![\d./过去近这多了第满])(\d{2})年(?![来间内多底半度级代前后以])")


def expand_spoken_chinese(question: str) -> str:
    """"18年专家组四次会有多少个会员国出席？" as the documents write it: 2018年, 第四次会议. The
    short forms matched neither the meeting nor the year, and the count rule found no passage
    about them."""
    question = _MEETING_SPOKEN.sub(r"第\1次会议", question)
    return _YEAR_SPOKEN.sub(lambda m: f"20{m.group(1)}年" if int(m.group(1)) <= 39 else m.group(0),
                            question)


def expand_abbreviations(question: str) -> str:
    """"EG 6th mtg - how many MS attended?" as the documents say it: "mtg" and "MS" are words no
    document has, so the meeting went unread and the count had nothing to count. And "X symbol?"
    as "symbol of X?", which `symbols.symbol_asked_of` reads as asking the symbol of X."""
    question = expand_spoken_chinese(question)
    for pattern, spelt in _ABBREVIATIONS:
        question = pattern.sub(spelt, question)
    return _SYMBOL_LAST.sub(r"symbol of \g<of>?", question)
