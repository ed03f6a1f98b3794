"""Questions that ask for a date ("何时", "哪一年启动的", "具体是哪几天举行的", "in which year"),
and whether a text states one, to the precision asked.

`search` ranks passages with any date first for any "when" question (`asks_when`, `ANY`);
`answer` refuses a question asking for a year or a day that no passage gives (`asked_date`), and
picks the row of a schedule that gives the day a question names (`days_named`).

Such a question shares its topic with passages that speak of the thing without dating it: "毒品和
犯罪问题办公室的网络犯罪问题全球方案是哪一年启动的？" matched a paragraph praising the programme's
work, which gives no year. Reports date what they date in figures (2011 年, 8 月 2 日至 13 日,
"17 to 21 January 2011"), so a missing date is plain to see.
"""

from __future__ import annotations

import re

from .acts import act_named, chinese_forms, names_act
from .meetings import MONTHS, english_ordinal_value, meeting_ordinals
from .tokens import part_of_speech

FIGURE_YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"
"""A year written in figures (2011), not a piece of a longer number."""

ANY = "any"
YEAR = "year"
DAY = "day"
TIME = "time"  # of day: 上午 10 时, 10 a.m.

_ASKS_WHEN = re.compile(r"何时|什么时候|哪[一两二三四五六七八九十几]?天|哪年|哪一年|哪几年|日期|多长时间|多久|"
                        r"什么时间(?![限要])|哪段时间|(?:什么|哪个|哪一|哪段)(?:时间段|时间范围|时期)|"
                        r"\bwhen\b|what date|which date|which years?|what period|which period|how long")

_ASKS_YEAR = re.compile(r"哪一?年(?![级龄])|何年|(?:哪个|什么|哪一)年份|年份是|"
                        r"\b(?:which|what) year\b|^\s*(?:the )?year (?:of|when|in which)\b", re.I)
# (哪三天: which three days of a three-day session. Not a deadline, which the documents give as a
# month or a year: 2017 年 1 月底之前, 不晚于 2021 年.)
# (几号 of a day, not 第几号决议 nor 几号会议室.)
_ASKS_DAY = re.compile(r"哪[一两二三四五六七八九十几]?天|哪些天|哪一?日|月\s*几[日号]|"
                       r"(?<!第)几号(?!决议|文件|会议室|房间)|何日|"
                       r"(?:具体|确切)(?:的)?日期|"
                       r"哪(?:个|些)日期|什么日期|\b(?:which|what) (?:exact )?(?:dates?|days?)\b|"
                       r"\bon what date\b|\b(?:exact|precise)\s+(?:[a-z-]+\s+){0,3}?dates?\b|"
                       # a delegate's shorthand: "date of the Bureau's decision?"
                       r"^\s*(?:the )?dates? (?:of|when|on which)\b|"
                       # "Could you please provide the date on which ... adopted ...?"
                       r"\b(?:provide|give|tell|state|indicate|confirm|let (?:me|us) know)\s+"
                       r"(?:me\s+|us\s+)?the (?:exact |precise )?(?:dates?|days?) on which\b", re.I)
# "At what time was it opened?", "几点开幕": a time of day, which a date alone does not give.
# Not "what time-frame", "what time is allotted", nor 几时 (also plain "when"); 几点 only of a
# clock (几点钟, 几点开幕), not "how many points" (哪几点建议, 几点意见).
_ASKS_TIME = re.compile(r"\bat\s+what\s+(?:time|hour)\b|\bwhat\s+time\s+of\s+day\b|"
                        r"\bwhat\s+(?:time|hour)\s+(?:does|did|will|would|is|was)\b[^?]{0,80}?"
                        r"\b(?:(?:open|start|begin|clos|end|resum|adjourn|commenc|kick)\w*|"
                        r"conven(?:e|ed|es|ing)\b)|"
                        r"(?<!哪)几点(?:钟|(?=\s*(?:开|举行|召开|开始|结束|闭|复会|休会)))|"
                        # ... or ending the question after a time: "开放时间是几点？", "上午几点？"
                        # (not "结论有几点？", which counts points).
                        r"(?:时间|时候|上午|下午|晚上|早上|中午|日|号)[^，,。？?；;]{0,4}?"
                        r"(?<!哪)几点(?=\s*(?:[？?。；;]|$))|"
                        r"什么时刻", re.I)

_MONTH = "(?:" + "|".join(MONTHS) + ")"
_STATES = {
    # Case-sensitive: "may" is no month, "May" is.
    ANY: re.compile(r"\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月|"
                    r"(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"),
    # A decade is no year: "在 1990 年代", "in the 1990s" answer "when", not "in which year".
    YEAR: re.compile(FIGURE_YEAR + r"(?!\s*年代|s\b)|[〇零一二三四五六七八九]{4}\s*年(?!代)"),
    DAY: re.compile(r"(?<![\d/.])\d{1,2}\s*日|[一二三四五六七八九十]{1,3}日|"
                    r"\b\d{1,2}(?:\s*(?:-|to|and)\s*\d{1,2})?\s+" + _MONTH + r"\b|"
                    r"\b" + _MONTH + r"\s+\d{1,2}\b", re.I),
    TIME: re.compile(r"[上下中]午\s*\d{1,2}\s*[时点]|"
                     r"(?<![\d.])\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?(?![间期代候])|"
                     r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidday\b",
                     re.I),
}


def asks_when(question: str) -> bool:
    """Does the question ask when (a date, a year, a period) in any precision? (lower case)"""
    return bool(_ASKS_WHEN.search(question))


def asks_time_of_day(question: str) -> bool:
    return bool(_ASKS_TIME.search(question))


# Whether the dates are set asks yes or no, not a date: "各届会议的确切日期已经定下来了吗？" is
# answered by the note that says they cannot yet be given; "Have the exact dates been fixed?"
_WHETHER_SET = re.compile(r"(?:具体|确切)?(?:的)?日期(?:[^，,。？?；;]{0,8}?(?:确定|定下|敲定|商定|公布|"
                          r"定好|定了)[^，,。？?；;]{0,4}?(?:吗|没有|与否)|(?:是否|有没有|有无|已否)"
                          r"[^，,。？?；;]{0,6}?(?:确定|定下|敲定|商定|公布|定好))|"
                          # (Asked as a question: "Have the dates ... been set?", "Are the
                          # dates final?"; not "What dates have been set for ...?")
                          r"\b(?:have|has|had|are|is)\s+(?:the\s+)?(?:exact |precise |specific )?"
                          r"dates?\b[^?.;]{0,60}?\b(?:been\s+|already\s+|yet\s+)*"
                          r"(?:set|fixed|decided|determined|confirmed|finali[sz]ed|announced|final)"
                          r"\b", re.I)


def asks_whether_dates_set(question: str) -> bool:
    """Does the question ask whether the dates (of a meeting) are set? That is asked of a plan:
    a document written before the meeting answers it."""
    return bool(_WHETHER_SET.search(question))


def asked_date(question: str) -> str | None:
    """DAY when the question asks on which day(s), YEAR when in which year, else None."""
    question = _WHETHER_SET.sub(" ", question)
    if _ASKS_DAY.search(question):
        return DAY
    if _ASKS_YEAR.search(question):
        return YEAR
    return None


# "……的报告是在哪一天通过的？": the date asked is of an act (通过), which the dating clause must
# name; "专家组第五次会议于 2019 年 3 月 27 日至 29 日举行" dates the meeting, not its report's
# adoption. Only a verb right after the question word is the act asked about ("根据……通过的专题，
# ……从哪一年起" asks no date of an adoption). Not 印发 (issued): a document's masthead dates it.
# In English, the participle the question's clause goes on to: "On what date was X first elected
# Chair?" is not answered by a clause dating the meeting X opened. Participles only: "did the
# bureau agree on" and "the CIS agreement" name no act a question dates (measured: reading base
# forms and nouns too refused two answerable questions of held-out 4 and 9); a base form only
# after the question's auxiliary (`_DATED_ACT_EN_DID`).
_PARTICIPLES = ("adopted|submitted|signed|elected|established|approved|agreed|decided|opened|"
                "closed|circulated|distributed(?!\\s+denial)|ent(?:er|ered) into force")
# (And the hour: "第三次会议几点闭幕？" is not answered by the hour it opens.)
# (Not 通过 as "through": "哪一天通过默许程序确定……" dates the deciding, done through the silence
# procedure, not an adoption.)
_DATED_ACT = re.compile(r"(?:哪一?天|哪几天|哪一?日|何日|何时|什么时候|哪一?年|何年|什么日期|"
                        r"几月几[日号]|几点钟?|什么时刻)(?:由(?!于)[^，。？?；]{1,12}?)?[^，。？?；]{0,3}?("
                        + chinese_forms() + ")"
                        r"(?!\s*(?:默许|什么|何种|哪种|书面|电子)?\s*(?:程序|方式|途径|渠道))")
_DATED_ACT_EN = re.compile(r"\b(?:on what date|what date|which date|what day|which day|"
                           r"in (?:what|which) year|what year|which year|"
                           r"(?:date|day|year) (?:on|in) which)\b[^?.,;]{0,80}?\b(" +
                           _PARTICIPLES + r")\b", re.I)
# ... or its base form after the auxiliary the question word takes: "On which date did the Expert
# Group adopt its 2018 report?" is not answered by the paragraph dating when the Bureau set the
# meeting's dates. Not "agree" ("did the bureau agree on the agenda" dates a decision the
# documents write otherwise) nor "sign off on" (approve, not sign).
_BASE_FORMS = ("adopt|submit|sign(?!\\s+off)|elect|establish|approve|decide|open|close|circulate|"
               "distribute(?!\\s+denial)|enter into force")
_DATED_ACT_EN_DID = re.compile(r"\b(?:on what date|what date|which date|what day|which day|"
                               r"in (?:what|which) year|what year|which year|when),?\s+"
                               r"(?:did|does|do|will|would)\b[^?.,;]{0,80}?"
                               # A verb, after its subject: not "open-ended", nor "call for close
                               # cooperation", "the need to establish" (review).
                               r"(?<!\bfor )(?<!\bto )(?<!\bthe )(?<!\ba )(?<!\bof )"
                               r"\b(" + _BASE_FORMS + r")\b(?!-)", re.I)


# ... or the act first, the date asked after it, ending the question: "Who agreed the provisional
# agenda, and on which date?" (not "Which States signed it, and on which date did it enter into
# force?", whose date is of another act).
_ACT_THEN_DATE_EN = re.compile(r"\b(" + _PARTICIPLES + r")\b[^?.;,]{0,80}?,?\s+and\s+(?:on\s+)?"
                               r"(?:what|which) (?:date|day)\s*\??\s*$", re.I)


def dated_act(question: str) -> tuple[str, ...]:
    """The act a question asks the date of (通过, "elected" ...), in the forms a dating clause may
    name it by, Chinese and English; () when it names none right after its question word, or
    after who did it ("哪一年由大会通过"), nor, in English, right before "and on which date"."""
    return _act_of(_DATED_ACT.search(question) or _DATED_ACT_EN.search(question)
                   or _DATED_ACT_EN_DID.search(question) or _ACT_THEN_DATE_EN.search(question))


def _act_of(m: re.Match | None) -> tuple[str, ...]:
    """All the forms of the act a question's match names."""
    return act_named(m.group(1)) if m else ()


# "Mashabane 是在专家组哪一次会议上当选为专家组主席的？", "At which session was the report adopted?":
# the meeting an act took place at is asked as its date is, and answered only by a clause naming
# both the act and a meeting.
_MEETING_ACT = re.compile(r"(?:哪一?次|哪一?届|哪一?场)(?:会议|届会|会)?上?[^，。？?；]{0,3}?(" +
                          chinese_forms() + ")")
_MEETING_ACT_EN = re.compile(r"\b(?:at|in|during) (?:which|what) (?:meeting|session)\b"
                             r"[^?.,;]{0,80}?\b(" + _PARTICIPLES + r")\b", re.I)
_MEETING_NAMED = re.compile(r"会上|会议上|届会上|第\s*[\d一二三四五六七八九十]+\s*(?:次|届|场)|"
                            r"\b(?:meeting|session)\b", re.I)


# "评估会议最终是在哪一天举行的？", "组织会议，具体是 8 月几号到几号？": the date asked is of the
# meeting the question names by its kind (评估, 组织), which the dating clause must name too:
# "按照 2018 年 4 月 3 日专家组第一场会议通过的……工作计划" dates the first meeting, not the evaluation
# meeting the plan goes on to speak of. Only a meeting the date is asked of: the last one before
# the question word, with no other noun between ("组织会议通过的议程是哪一天印发的？" dates the
# agenda), and none when the question names an ordinal meeting, which `meetings` reads.
# In English, the word before "meeting" or "session" ("the stocktaking meeting"), in lower case:
# a capital is a body's name (Expert Group meeting). Also after a possessive, and before a gloss
# in brackets: "the Expert Group's stocktaking (evaluation) meeting".
_KIND_EN = re.compile(r"(?:\b(?:the|an?|its|their)|['’]s?)\s+([a-z][a-z-]+)\s+"
                      r"(?:\([A-Za-z .-]+\)\s+)?(?:meeting|session)s?\b")
_NOT_A_KIND_EN = frozenset({"next", "last", "same", "this", "that", "previous", "following",
                            "current", "expert", "group", "committee", "own"})


def dated_meeting_kind(question: str) -> str | None:
    """The kind of meeting (评估, 组织, 全体; "stocktaking", "organizational") whose date a
    question asks; None when it names none, or an ordinal meeting."""
    if meeting_ordinals(question):
        return None
    if not re.search(r"[\u4e00-\u9fff]", question):  # English, curly apostrophes too
        return next((m.group(1) for m in _KIND_EN.finditer(question)
                     if m.group(1) not in _NOT_A_KIND_EN
                     and english_ordinal_value(m.group(1)) is None), None)
    asked = _ASKS_DAY.search(question) or _ASKS_YEAR.search(question) \
        or _ASKS_WHEN.search(question)
    end = asked.start() if asked else len(question)
    kind, previous = None, None
    for pair in part_of_speech(question[:end]):
        if pair.word.endswith("会议") and len(pair.word) > 2:
            kind = pair.word[:-2]
        elif pair.word == "会议" and previous is not None and previous.flag == "vn":
            # 评估会议; not the body that meets (专家组会议), which a dating clause may leave out
            kind = previous.word
        elif kind is not None and pair.flag.startswith("n"):
            kind = None  # another noun after it is what is dated
        previous = pair
    return kind


def meeting_act(question: str) -> tuple[str, ...]:
    """The act a question asks at which meeting it took place (当选, "adopted" ...), in its
    forms as `dated_act` gives them; () when it asks no such thing."""
    return _act_of(_MEETING_ACT.search(question) or _MEETING_ACT_EN.search(question))


def names_meeting_of_act(clause: str, act: tuple[str, ...]) -> bool:
    """Does the clause name the act and a meeting it took place at ("会上，专家组还通过了……",
    "在第 1 场会议上……通过")?"""
    return names_act(clause, act) and bool(_MEETING_NAMED.search(clause))


# When a document was issued: its masthead's date ("21 March 2017") answers.
ISSUED = re.compile(r"印发|发布|签发|\b(?:issued|dated|published)\b", re.I)


# "By what deadline must Member States submit their proposals?", "提交意见的截止日期是哪天？": a
# deadline is a date something is due by, which the documents write as one (2017 年 1 月底之前,
# 不晚于 2021 年, "2011 年 6 月中旬：……的最后期限"); the dates of the session the proposals are for
# give none. Asked of the deadline itself, with its question word: not "How many States missed
# the deadline?" nor "Why was the deadline extended?", which ask other things of it.
_ASKS_DEADLINE = re.compile(r"\bby (?:when|what (?:deadline|date))\b|\bwhat deadline\b|"
                            r"\b(?:what|when) (?:is|was|were|will be) the deadlines?\b|"
                            r"(?:截止日期|截止时间|最后期限|期限)(?:是|为)?(?:何时|什么时候|哪一?天|"
                            r"哪一?日|什么|几月几日)|"
                            r"(?:何时|什么时候|哪一?天|哪一?日)(?:之前|以前)", re.I)
# (Not 月底前: "六月底前的两周" is when a session is held.)
_DUE_BY = re.compile(r"之前|以前|日前|不晚于|最迟|至迟|截至|截止|期限|"
                     r"\b(?:no|not) later than\b|\bdeadline\b|\bbefore\b|"
                     r"\bby (?:the end of |mid-?|early |late )?(?:\d|" + _MONTH + r")", re.I)


def asks_deadline(question: str) -> bool:
    """Does the question ask by when something is due?"""
    return bool(_ASKS_DEADLINE.search(question))


# A timeline's entry: "2012 年 8 月：向专家组成员分发研究案文草稿" is when it is due.
_TIMELINE_MONTH = r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:[上中下]旬|初|底|末)?"
_TIMELINE_ENTRY = re.compile(r"(?:^|\n)\s*" + _TIMELINE_MONTH + r"(?:\s*(?:至|到|-|–)\s*"
                             + _TIMELINE_MONTH + r")?\s*[：:]")


# An English year given alone, as the date something is due by: "no later than 2021", "by 2021"
# (a Chinese one has its 年, which `states_date` reads).
_DUE_YEAR_EN = re.compile(r"\b(?:(?:no|not) later than|by|before|until|end of)\s+"
                          r"(?:(?:early|mid|late)[- ]?)?"
                          r"(?:19|20)\d{2}\b", re.I)


def states_deadline(text: str) -> bool:
    """Does the text give a date something is due by?"""
    return (states_date(text, ANY) or bool(_DUE_YEAR_EN.search(text))) \
        and bool(_DUE_BY.search(text) or _TIMELINE_ENTRY.search(text))


# "数据收集阶段预计历时多久？", "for how long should providers retain traffic data?": a length
# of time, which a text gives as one (5 个半月, 为期三天, "five and a half months") or by its ends
# (2021 年 8 月至 2024 年 6 月底, "17 to 21 January", 自 2011 年以来). A passage on the topic with
# neither gives none. (多少天 and "how many days" are counts of days, read by `counting`.)
# (几个月 and 多少个星期 too: `counting` reads 个 as a count of things or bodies, not of time.)
# (Not which month, 哪几个月, 第几个月, nor how long ago, 几个月前, "how long ago"; nor the length
# of a text, "how long is the report".)
# A time limit is one too ("what time limit for executing requests", 时限是多少), given as a
# length ("30 天内") or by its ends (not 时限是什么时候 / 几月几日, a deadline's date).
_ASKS_DURATION = re.compile(r"多长时间|多久|(?:会期|期限|时长|时间|期间|周期)(?:有|是|为)?多长|"
                            r"时限(?:有|是|为)?(?:多少|多长|几(?![月号日点时]))|"
                            r"\b(?:what|which)(?: (?:is|was|are|were|will be))?(?: the)? "
                            r"time[- ]?limits?\b|"
                            r"\bwithin what (?:time|period)\b|"
                            r"(?:(?<![哪第])几|多少)[ \u3000]*(?:个[ \u3000]*(?:月|星期|小时|钟头|工作日)|"
                            r"分钟|秒钟?)"
                            r"(?![ \u3000]*(?:以?前|之前))|"
                            r"\bhow long\b(?!\s+ago\b)"
                            r"(?!\s+(?:is|was|are|were)\s+(?:the|its|this|that)\s+"
                            r"(?:report|text|document|paper|list|note|questionnaire|study)s?\b)",
                            re.I)
_CARDINAL_EN = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"fifteen|twenty|thirty|sixty|ninety|several|a few|a|an)")
_DURATION = re.compile(
    # (Not a day named, 同一天, 前一天, nor how often, 每两年, 一年一度, 一周年.)
    r"为期|历时|(?<![第\d.一两二三四五六七八九十个同前后当每])(?<!第 )"
    r"(?:\d{1,3}(?:\.\d+)?|[一两二三四五六七八九十半数几]+)[ \u3000]*"
    r"(?:个[ \u3000]*半?[ \u3000]*(?:月|星期|工作日|小时)|天|周(?!年)|星期|小时|分钟|"
    r"年半?(?![代度一]))|"
    r"半年|"
    # By its ends: 8 月至 2024 年 6 月, 10 日至 12 日, 3 日-5 日, 3-5 日, 2018-2021 年, 自 2011
    # 年以来.
    r"[年月日底初旬末][ \u3000]*(?:至|到|—|－|~|-|–)[ \u3000]*(?:\d{4}[ \u3000]*年[ \u3000]*)?"
    r"\d{1,2}[ \u3000]*[月日]|"
    r"(?<!\d)\d{1,2}[ \u3000]*[-–][ \u3000]*\d{1,2}[ \u3000]*日|"
    + FIGURE_YEAR + r"[ \u3000]*[-–—至到][ \u3000]*" + FIGURE_YEAR + "|"
    r"(?:自|从)[ \u3000]*" + FIGURE_YEAR + r"[ \u3000]*年[^，。；;]{0,12}?(?:以来|起)|"
    r"\b" + _CARDINAL_EN + r"(?:[ -]and[ -]a[ -]half)?[ -](?:working |calendar |business )?"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?)\b|"
    r"\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\s+" + _MONTH + r"\b|"
    r"\bfrom\s+(?:\d{1,2}\s+)?" + _MONTH + r"\b[^.;]{0,30}?\b(?:to|until|through)\b|"
    r"\bsince\s+(?:" + _MONTH + r"\s+)?" + FIGURE_YEAR, re.I)


def asks_duration(question: str) -> bool:
    """Does the question ask how long something lasts or takes ("多长时间", "how long")?"""
    return bool(_ASKS_DURATION.search(question))


def states_duration(text: str) -> bool:
    """Does the text give a length of time, or its ends?"""
    return bool(_DURATION.search(text))


def states_date(text: str, precision: str) -> bool:
    """Does the text give a date to `precision`: a day, a year, or ANY date or month?"""
    return bool(_STATES[precision].search(text))


_MONTH_NAME = "(" + "|".join(m.capitalize() for m in MONTHS) + ")"  # "may" is no month
_DAYS = (re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
         re.compile(r"(?<!\d)(\d{1,2})\s+" + _MONTH_NAME + r"\b"),
         re.compile(r"\b" + _MONTH_NAME + r"\s+(\d{1,2})(?!\d)"))


def days_named(text: str) -> set[tuple[int, int]]:
    """The (month, day) pairs a text names, in either language: 4月12日, "12 April", "April 12"."""
    found = {(int(m), int(d)) for m, d in _DAYS[0].findall(text)}
    found |= {(MONTHS.index(m.lower()) + 1, int(d)) for d, m in _DAYS[1].findall(text)}
    found |= {(MONTHS.index(m.lower()) + 1, int(d)) for m, d in _DAYS[2].findall(text)}
    return found


_MONTH_EN = r"(?:" + "|".join(MONTHS) + r")"
_Y = "(" + FIGURE_YEAR + ")"
# A year bounding a period, "since 2018", "2019 年以来", "自 2011 年起", or one end of a range,
# "2011-2018", 2018年至2020年: the documents' own dates do not say what happened in it. Not "by"
# or "from the 2018 report", which name the report.
_BOUNDS = [
    re.compile(r"\b(?:since|after|before|until|till|through|beyond)\s+(?:(?:early|late|mid|"
               r"the end of|the start of)\s+)?(?:" + _MONTH_EN + r"\s+)?" + _Y, re.I),
    re.compile(r"\b(?:by|from)\s+(?:" + _MONTH_EN + r"\s+)?" + _Y, re.I),
    re.compile(r"\bbetween\s+" + _Y + r"\s+and\s+" + _Y, re.I),
    re.compile(_Y + r"\s*年?\s*(?:\d{1,2}\s*月\s*)?(?:以来|之后|以后|之前|以前|"
               r"起(?!草)|至今|后|前)"),
    re.compile(r"(?:自|从|截至|截止|直到)\s*" + _Y + r"(?!\s*年的)"),
    re.compile(_Y + r"\s*年?\s*(?:-|–|—|to|至|到)\s*" + _Y, re.I),
]


# A year before the kind of document it names: "the 2011 timetable", "the original 2011
# timetable", "the 2011 cybercrime questionnaire", "2011年的研究方法", "2011 年指示性时间表"; not
# the year of an event ("in 2017", "2020 年扩大主席团……决定", "2018 年 4 月").
_DOCUMENT_YEAR = re.compile(
    r"(" + FIGURE_YEAR + r")\s+(?:[a-z-]+\s+){0,2}?(?:timetable|timeline|schedule|methodology|"
    r"report|study|questionnaire|document|paper|work ?plan|compilation|agenda|note)s?\b|"
    r"(" + FIGURE_YEAR + r")\s*年?\s*的?\s*[\u4e00-\u9fff]{0,6}?(?:时间表|研究方法|报告|研究|文件|"
    r"汇编|调查表|工作计划|议程|说明)", re.I)


def document_years(question: str) -> set[str]:
    """The years a question names a document by, before the kind of document it is."""
    return {y for m in _DOCUMENT_YEAR.finditer(question) for y in m.groups() if y}


def naming_years(question: str) -> set[str]:
    """The years a question names a document or meeting by ("the 2011 expert group report",
    "2018年会议"), not those bounding a period ("since 2018", "2019 年以来")."""
    bounds = {y for pattern in _BOUNDS for m in pattern.finditer(question)
              for y in m.groups() if y}
    return set(re.findall(FIGURE_YEAR, question)) - bounds
