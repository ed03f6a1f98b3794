"""Meetings, sessions and months as Chinese and English UN texts write them.

Expert-group meetings are 第N次 ("Nth meeting"), committee sessions 第N届 ("Nth session"); a
question in one language may be answered by a document in the other, so both forms are needed.
"""

from __future__ import annotations

import re

from .citations import int_to_zh, zh_to_int
from .symbols import find_typed_symbols

ORDINAL_ZH = re.compile(r"第[一二三四五六七八九十]+[次届]")
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = ("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
          "eighteenth nineteenth").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_TENTHS = [t[:-1] + "ieth" for t in _TENS]  # twentieth, thirtieth, ...
_ORDINAL_VALUE = {w: i + 1 for i, w in enumerate(_UNITS)} | \
    {w: i + 10 for i, w in enumerate(_TEENS)} | {w: 10 * (i + 2) for i, w in enumerate(_TENTHS)}
_ORDINAL_WORD = (rf"(?:(?:{'|'.join(_TENS)})[- ](?:{'|'.join(_UNITS)})"
                 rf"|{'|'.join(_TEENS + _TENTHS + _UNITS)}|\d{{1,2}}(?:st|nd|rd|th))")
# The body's name may stand between ordinal and noun: "the sixth Expert Group meeting".
# (Or abbreviated, as a delegate types it: "the fifth EG meeting", "the first AHC session".)
_ORDINAL_EN = re.compile(rf"\b({_ORDINAL_WORD})\s+(?:(?:cybercrime\s+)?(?:expert\s+group|"
                         rf"ad\s+hoc\s+committee|(?-i:EG|AHC))(?:'s)?\s+)?(meeting|session)s?\b",
                         re.I)
MONTHS = ("january february march april may june july august september october november "
          "december").split()


def english_ordinal_value(word: str) -> int | None:
    """"twenty-seventh" / "twenty seventh" / "27th" -> 27; None for what is not an ordinal."""
    word = word.lower()
    if word[:1].isdigit():
        return int(word[:-2]) if word[:-2].isdigit() else None
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return 10 * (_TENS.index(parts[0]) + 2) + _ORDINAL_VALUE[parts[1]]
    return _ORDINAL_VALUE.get(word)


def english_ordinal(n: int) -> str:
    """27 -> "twenty-seventh" (1-99), as English UN texts spell session numbers."""
    if n < 20:
        return (_UNITS + _TEENS)[n - 1]
    tens, unit = divmod(n, 10)
    return _TENTHS[tens - 2] if unit == 0 else f"{_TENS[tens - 2]}-{_UNITS[unit - 1]}"


# A month, also abbreviated (Apr, Sept.), and a run of day ordinals ("4th and 5th", "4th-6th"):
# a date's ordinals stay in figures.
_MONTH_WORD = r"(?:" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
_DAY_RUN = r"(?:\s*(?:and|to|-|–|,)\s*\d{1,2}(?:st|nd|rd|th)?)*"
_NUMERIC_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b"
                              r"(?!" + _DAY_RUN + r"\s*(?:of\s+)?" + _MONTH_WORD + r"(?!\w))",
                              re.I)
_MONTH_BEFORE = re.compile(r"\b" + _MONTH_WORD +
                           r"\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–|,)\s*)*$", re.I)


def spell_ordinals(question: str) -> str:
    """"the 2nd meeting" -> "the second meeting", as the documents and the glossary write it:
    "2nd" left "nd", a word no document has, and the question was refused for it. Dates keep
    their figures ("April 4th", "4th of April"), which the date rules read."""
    def spell(m: re.Match) -> str:
        n = int(m.group(1))
        if not 0 < n < 100 or _MONTH_BEFORE.search(question[:m.start()]):
            return m.group(0)
        return english_ordinal(n)
    return _NUMERIC_ORDINAL.sub(spell, question)


_DIGIT_ORDINAL_ZH = re.compile(r"第\s*(\d{1,2})\s*([届次])")


def spell_chinese_ordinals(question: str) -> str:
    """"第27届会议" -> "第二十七届会议", "第4次会议" -> "第四次会议": sessions and meetings as the
    Chinese documents number them (a sitting keeps its figure, as they write it: 第 6 场会议)."""
    def spell(m: re.Match) -> str:
        n = int(m.group(1))
        return f"第{int_to_zh(n)}{m.group(2)}" if 0 < n < 100 else m.group(0)
    return _DIGIT_ORDINAL_ZH.sub(spell, question)


_ABBREVIATION_BETWEEN = re.compile(rf"\b((?i:{_ORDINAL_WORD}))\s+(EG|AHC)(?:'s)?\s+"
                                   r"((?i:meetings?|sessions?))\b")


def ordinal_before_noun(question: str) -> str:
    """"the fourth EG meeting" -> "the fourth meeting of the EG": the dictionary renders "fourth
    meeting" as 第四次会议, the meeting a report's passages are of; with the abbreviation between,
    "fourth" went unrendered and the question lacked its meeting. The same with the body's name
    spelt out ("the third expert group meeting") moved h21-15's answer from rank 4 to 6, so it
    stays as typed."""
    return _ABBREVIATION_BETWEEN.sub(lambda m: f"{m.group(1)} {m.group(3)} of the {m.group(2)}",
                                     question)


def meeting_ordinals(question: str) -> list[str]:
    """Meeting or session numbers a question asks about, as the Chinese texts write them.

    "the seventh meeting" -> 第七次 (expert-group meetings), "the twenty-seventh session" ->
    第二十七届 (committee sessions). A question about a meeting that none of the retrieved
    passages names is about something the corpus does not record.
    """
    forms = [m.group(0) for m in ORDINAL_ZH.finditer(question)]
    for m in _ORDINAL_EN.finditer(question):
        n = english_ordinal_value(m.group(1))
        if n and 0 < n < 100:
            forms.append(f"第{int_to_zh(n)}{'次' if m.group(2).lower() == 'meeting' else '届'}")
    return list(dict.fromkeys(forms))


# A session numbers its resolutions: 第 74/247 号决议 (A/RES/74/247) is the seventy-fourth's, as
# 22/7 is the Commission's twenty-second's. (From 10 on: "1/2" is a fraction or a date.)
_RESOLUTION_OF_SESSION = r"(?<![\d/.])%d/\d{1,3}(?![\d/])"


def names_meeting(form: str, text: str, context: frozenset[str] | set[str]) -> bool:
    """Does the text, or its document's context terms, name this meeting (第三次, or in English
    "third meeting"), or, a session, cite one of its resolutions?"""
    english = english_meeting(form)
    return form in text or form in context or (bool(english) and english in text.lower()) \
        or bool(english) and _names_ordinal_meeting(english.split()[0], text) \
        or cites_resolution_of(form, text)


def _names_ordinal_meeting(ordinal: str, text: str) -> bool:
    """Does an English text name a meeting by this ordinal with words between ("the Twelfth
    United Nations Congress on Crime Prevention", "the twenty-seventh regular session")? A 届 of
    a Chinese question is a congress's or a conference's as well as a session's."""
    return bool(re.search(r"\b" + ordinal + r"\b(?:[\s-]+[A-Za-z]+){0,5}?[\s-]+"
                          r"(?:sessions?|meetings?|congress|conference)\b", text, re.I))


def cites_resolution_of(session: str, text: str) -> bool:
    """Does the text cite a resolution the session (第七十四届) adopted (第 74/247 号决议)?"""
    number = zh_to_int(session[1:-1]) if session.endswith("届") else None
    return bool(number and number >= 10 and re.search(_RESOLUTION_OF_SESSION % number, text))


# The sittings a report numbers: 第 1 场会议, 第 2、3、4 场, 第 4 和第 5 场; "at its 1st meeting",
# "at its 2nd, 3rd and 4th meetings".
_NUMERAL = r"(?:\d+|[一二三四五六七八九十]+)"
_SITTINGS_ZH = re.compile(rf"第\s*({_NUMERAL}(?:\s*(?:、|，|和|及|与)\s*第?\s*{_NUMERAL})*)\s*场")
_SITTINGS_EN = re.compile(r"\b((?:\d+(?:st|nd|rd|th)(?:,\s*|\s+and\s+))*\d+(?:st|nd|rd|th))\s+"
                          r"meetings?\b")


def names_sitting(form: str, text: str) -> bool:
    """Does the text number the sitting an English question calls its "first session" (第一届 of
    meeting_ordinals)? English speakers call a sitting of a meeting a session as often as the
    Committee's sessions, which the Chinese texts keep apart (第 1 场会议, 第一届会议)."""
    n = zh_to_int(form[1:-1]) if form.endswith("届") else None
    if not n:
        return False
    for m in _SITTINGS_ZH.finditer(text):
        if n in {zh_to_int(x) if not x.isdigit() else int(x)
                 for x in re.findall(_NUMERAL, m.group(1))}:
            return True
    return any(n in {int(x) for x in re.findall(r"\d+", m.group(1))}
               for m in _SITTINGS_EN.finditer(text))


# "在第几场会议上通过的？", "在哪几场会议上审议的？" ask which of a meeting's sittings: only a clause
# numbering sittings answers ("在此次会议上……通过" says the meeting, not the sitting).
# 哪场会议 is also everyday Chinese for "which meeting": a sitting only of a meeting the question
# names ("第四次会议的报告是在哪一场会议上通过的？"), or of a report it names by symbol, which
# is one meeting's ("UNODC/CCPCJ/EG.4/2020/L.1 报告在哪一场会议上通过"; a draft report's symbol
# has /L.; not "UNODC/CCPCJ/EG.4/2017/2 在哪场会议上审议？", which may mean any meeting).
_SITTING_ASKED = re.compile(r"(?:第几|哪几)\s*场\s*会")
_WHICH_SITTING = re.compile(r"哪一?场\s*会")


def asks_sitting(question: str) -> bool:
    """Does the question ask at which sitting (第几场会议) something was done?"""
    return bool(_SITTING_ASKED.search(question)
                or (_WHICH_SITTING.search(question)
                    and bool(meeting_ordinals(question) or _names_report(question))))


def _names_report(question: str) -> bool:
    symbols = find_typed_symbols(question)
    return bool(symbols) and ("报告" in question or any("/L." in s.upper() for s in symbols))


def numbers_sitting(text: str) -> bool:
    """Does the text number a sitting (第 6 场会议, 第 2、3、4 场, "at its 1st meeting")?"""
    return bool(_SITTINGS_ZH.search(text) or _SITTINGS_EN.search(text))


def english_meeting(form: str) -> str:
    """第七次 -> "seventh meeting", 第二十七届 -> "twenty-seventh session" ("" past 99)."""
    n = zh_to_int(form[1:-1])
    if not n or not 0 < n < 100:
        return ""
    return f"{english_ordinal(n)} {'meeting' if form.endswith('次') else 'session'}"


def month_name(number: str) -> str:
    """"4" -> "april"; "" for what is not a month number."""
    return MONTHS[int(number) - 1] if number.isdigit() and 1 <= int(number) <= 12 else ""


def month_names(text: str) -> list[str]:
    """English names of the months a Chinese text gives by number (4 月 -> april)."""
    return [name for name in map(month_name, re.findall(r"(\d{1,2})\s*月", text)) if name]


_NUMBERED_PART = re.compile(r"第([一二三四五六七八九十]{1,3})(条|段|款|项)")


def arabic_numbered_parts(text: str) -> str:
    """第三十二条 -> 第 32 条: articles and paragraphs as the documents number them (in both
    languages: "article 32"), so the number itself can be searched for."""
    def digits(m: re.Match) -> str:
        value = zh_to_int(m.group(1))
        return f"第 {value} {m.group(2)}" if value else m.group(0)

    return _NUMBERED_PART.sub(digits, text)


# The two bodies whose meetings the corpus reports, as each language names them. A count, a date
# or a name asked of one is no answer from the other's documents: the Expert Group's third
# meeting had "八次配有……口译的全体会议", the Ad Hoc Committee's organizational session none the
# outline gives.
_BODIES = (("特设委员会", ("ad", "hoc", "committee")), ("专家组", ("expert", "group")))
_BODY_EN = {zh: re.compile(r"\b" + r"\s+".join(words) + r"\b", re.I) for zh, words in _BODIES}
# The bodies as a delegate abbreviates them, looked for in questions only: in a document, EG is a
# piece of a symbol (UNODC/CCPCJ/EG.4/2017/1). Not spelt out for retrieval: 专家组 is in nearly
# every passage, and adding it moved a passage that merely names the group above the answer
# (h37-10, rank 1 -> 2); a glossary entry "eg" matched every symbol of an English document.
# In capitals only: "eg" is "e.g.".
_BODY_ABBREVIATION = {"特设委员会": re.compile(r"\bAHC\b(?![./]\S)"),
                      "专家组": re.compile(r"\bEG\b(?![./]\S)")}


BODY_NAMES = frozenset(zh for zh, _ in _BODIES)


def body_named(question: str) -> str | None:
    """The one body (its Chinese name) a question names, in either language; None for none or
    both."""
    named = [zh for zh, _ in _BODIES if zh in question or _BODY_EN[zh].search(question)
             or _BODY_ABBREVIATION[zh].search(question)]
    return named[0] if len(named) == 1 else None


def other_body(body: str) -> str:
    """The other of the two bodies."""
    return next(zh for zh, _ in _BODIES if zh != body)


def names_body(body: str, text: str, context: frozenset[str] | set[str]) -> bool:
    """Does the text, or its document (`context`, its tokens), name the body?"""
    # An English document's context holds the body's words one by one ("expert", "group").
    return body in text or body in context or bool(_BODY_EN[body].search(text)) \
        or set(dict(_BODIES)[body]) <= context
