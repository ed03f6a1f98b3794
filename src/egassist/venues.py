"""Questions asking where an event is held ("高级别政治会议将在哪个城市举行？", "Where was the
organizational session held?"), and whether a text names a venue.

Such a question shares its topic with every passage about the event: "特设委员会可……考虑安排一次
高级别政治会议用以签署公约" holds each key term of "签署公约的高级别政治会议将在哪个城市举行？"
and names no city. Reports say where a meeting is held in a fixed way: a city or country (在纽约,
于维也纳, "held in Vienna") or a building (联合国总部, 国际会议中心).

Only a place asked of an event counts (举行, 召开, held, take place): "在哪份报告中提到" and "Where
does the report discuss ..." ask for a place in a document, which the citation gives. Where an
office is (设在, 位于, "based in") is not read: reports say it in other ways.
"""

from __future__ import annotations

import re

from .dates import DAY, YEAR, states_date
from .meetings import BODY_NAMES, MONTHS
from .tokens import REQUEST_ZH, part_of_speech

# (开 alone, as speech has it, only where it ends the clause: "那次会议是在哪里开的", not 开展.)
_EVENT_ZH = (r"举行|召开|举办|主办|开(?:了|过|的)?会(?:议)?|开幕|召集|签署|会晤|"
             r"(?<![公离分打展敞避])开(?:的|了|过)?[吗呢啊呀啦]?(?=[？?。]|$)")
# A country asked as a place: in which country something is (在哪个国家, "in which country"),
# or which country hosts an event ("哪个国家将主办……会议", "Which country will host the
# conference?"). The documents say 维也纳, not Austria. Not a country that does something else
# (哪个国家签署了公约, "Which country held the view that ...", 哪个国家主办的网站, 主办 describing).
_EVENT_NOUN_EN = (r"(?:meeting|session|conference|workshop|signing|summit|event|congress|forum|"
                  r"consultation|negotiation|olympics|games|cup|championship|tournament|expo)s?")
_COUNTRY_AS_PLACE_ZH = (r"在哪(?:个|一个|一)?国家?|"
                        r"哪(?:个|一个|一)?国家?(?=(?:将|会|来)?(?:主办|举办|举行|召开)(?!的))")
_COUNTRY_AS_PLACE_EN = (r"\bin (?:which|what) countr(?:y|ies)\b|"
                        r"\b(?:which|what) country\s+(?:will\s+|would\s+|is to\s+|is going to\s+)?"
                        r"(?:hosts?|hosted|hold|held)\b(?=[^?]{0,80}?\b" + _EVENT_NOUN_EN + r"\b)")
_COUNTRY_AS_PLACE = re.compile(_COUNTRY_AS_PLACE_ZH + "|" + _COUNTRY_AS_PLACE_EN, re.I)


def asks_country_as_place(question: str) -> bool:
    """Does the question ask a country as a place: where something is (held), or which country
    hosts an event? (`countries` reads such a question as asking no country that did anything;
    here, with an event's verb, it asks a venue.)"""
    return bool(_COUNTRY_AS_PLACE.search(question))


# 在哪个城市, 哪座城市, 什么地方, 何地, 哪里, 在哪开 ... with the event's verb anywhere in the question.
_WHERE_ZH = re.compile(r"(?:哪个|哪座|哪一座|哪一个|什么)(?:城市|地方|国家的城市)|什么地点|何地|何处|"
                       r"哪里|哪儿|在哪(?=开|举行|召开|举办)|地点(?:是|在|为)|" + _COUNTRY_AS_PLACE_ZH)
_EVENT_ZH_RE = re.compile(_EVENT_ZH)
# Where something is written, listed or found asks a place in the documents, whatever event the
# question names: "重新召集的主席团里……？这一名单写在哪里？".
_IN_DOCUMENTS_ZH = re.compile(r"(?:写|载|列|记载|记录|记|见|出现|提到|提及|找到|查到)(?:在|于)?"
                              r"(?:哪里|哪儿|何处)|在(?:哪里|哪儿|何处)(?:写|载|列|记|见|提到|提及|"
                              r"找到|查到|可以找到|能找到)")
# Not "located", "based" (where an office is: reports say it otherwise, 设在, which `names_venue`
# does not read), nor "evidence-based".
_EVENT_EN = re.compile(r"\b(?:held|hold|holding|hosts?|hosted|take place|took place|taking place|"
                       r"convened?|meet|met|signed?)\b", re.I)
# "where" as the question word: opening the question or joined to another ("when and where");
# not "in cases where", "where jurisdiction is based on ..."; and a country as a place.
_WHERE_EN = re.compile(r"^\W*where\b|\b(?:when|and|or)\s+where\b|"
                       r"\b(?:which|what) (?:city|town|venue|location)\b|" + _COUNTRY_AS_PLACE_EN,
                       re.I)
_HELD_ZH = re.compile(r"举行|召开|举办|开会|开幕|签署|会晤|进行")
_VERB_GAP = 12
"""Characters between a place and the event's verb: 在维也纳国际中心举行."""
_BUILDING_AFTER = re.compile(r"[在于][^，,。；;在于]{0,12}?(?:总部|会议中心|大厦|大楼)")
# An English passage: "held in Vienna", "convened at United Nations Headquarters"; not "in
# January", and not any "in" ("in the Convention", "in Article 16").
_PLACE_EN = re.compile(r"\b(?:held|convened|took place|take place|taking place|meet|met|hosted|"
                       r"signed)\s+(?:[\w,-]+\s+){0,8}?(?:in|at)\s+(?:the\s+)?(?!(?:" +
                       "|".join(m.capitalize() for m in MONTHS) + r")\b)[A-Z][a-z]+")


def asks_venue(question: str) -> bool:
    """Does the question ask where an event is (was, will be) held?"""
    if _WHERE_EN.search(question):
        return bool(_EVENT_EN.search(question))
    return bool(_WHERE_ZH.search(_IN_DOCUMENTS_ZH.sub("", question))
                and _EVENT_ZH_RE.search(question))


# A room is a place within the venue: "在维也纳国际中心的哪个会议室举行" is not answered by "在维也纳
# 举行". The reports name rooms as "Conference Room 3", "C 楼", "第三会议室"; their only 会议室 is
# a conference room paper (会议室文件), which is no room.
_ROOM_ASKED = re.compile(r"(?:哪个|哪间|哪一间|哪一个|什么)(?:会议室|会议厅|会场|房间|大厅)|"
                         r"\b(?:which|what) (?:conference |meeting )?(?:room|hall)\b", re.I)
_ROOM = re.compile(r"\b(?:Conference|Board|Meeting|Plenary) Room\b(?! [Pp]apers?\b)|\b(?:Room|Hall) (?:[A-Z]?-?\d+|[A-Z])\b|"
                   r"(?<![A-Za-z])[A-Z] ?楼|[A-Z0-9一二三四五六七八九十]+ ?号?(?:会议室|会议厅)|"
                   r"(?:会议室|会议厅) ?[A-Z0-9](?![A-Za-z])|全体会议厅")


def asks_room(question: str) -> bool:
    """Does the question ask in which room (hall) something is held?"""
    return bool(_ROOM_ASKED.search(question))


def names_room(text: str) -> bool:
    """Does the text name a room ("Conference Room 3", "C 楼", "第三会议室")?"""
    return bool(_ROOM.search(text))


# What may stand between the event and the question word: other things asked (何时, 什么时间),
# the verbs and prepositions that lead to it (将在, 定于, 是在), and the adverbs that spread it
# over several events (分别在, 各自在, 都在), or say by what it is so (按规定应在, 原定在); and
# the conjunctions that open a clause asking where after one asking something else ("举行多少届
# 会议，并且在哪一个城市": the clause before says of what).
_LEAD_IN_ZH = re.compile(r"(?:[、和及与\s]|并且|而且|以及|还有|何时|什么时间段?|什么时候|哪一?天|哪几天|"
                         r"哪一?年|何日|"
                         r"哪[一个]?月份?|几月份?|什么月份|"
                         r"按照?(?:规定|计划|安排|决定)|原定|原计划|预计|"
                         r"从|(?<![提收达得])到|在|于|将|是|已|(?<![员大事年明])会|应|要|拟|计划|打算|准备|定于|"
                         r"预定|(?<!工作)安排|"
                         r"分别|各自|各|均|都)+$")
# After the event's verb, what is held: 举行几届会议 -> 会议 (less its count), up to a purpose.
_AFTER_EVENT_ZH = re.compile(r"^[^，,。？?；;]*?(?:" + _EVENT_ZH + r")了?(?:[几多少一二三四五六七八九十\d]+"
                             r"[次届场个])?([^，,。？?；;、的]*?)(?:来|以|用于|用以|并|[，,。？?；;、的]|$)")


# What the verb holds, up to a purpose or a second verb (来, 以, 并 ...): "主办签署公约的高级别
# 政治会议" holds 签署公约的高级别政治会议, whose head is after its last 的 (not 签署公约, the first
# event verb's object); "举行会议以审议专家组的报告" holds 会议.
_HELD_OBJECT_ZH = re.compile(r"(?:将|会|来)?(?:举行|召开|举办|主办)了?(.*?)"
                             r"(?:来|以|用于|用以|并|[，,。？?；;]|$)")


def venue_asked_of(question: str) -> str:
    """What a Chinese question asks the venue of: what its verb holds after the question word
    ("在什么地点举行几届会议" -> 会议), or the noun phrase before the question word, less what
    describes it ("……而安排的高级别政治会议将在哪个城市举行" -> 高级别政治会议); "" when it
    cannot tell."""
    m = _WHERE_ZH.search(question)
    if not m:
        return ""
    held = _HELD_OBJECT_ZH.match(question[m.end():])
    if held and "的" in held.group(1) and held.group(1).rsplit("的", 1)[1].strip():
        return held.group(1).rsplit("的", 1)[1].strip()
    after = _AFTER_EVENT_ZH.match(question[m.end():])
    if after and after.group(1).strip():
        return after.group(1).strip()
    before = _LEAD_IN_ZH.sub("", question[: m.start()])
    # (Less a request opening a clause: "能不能说明专家组第四次会议在哪里开的" asks of the meeting.)
    segments = [REQUEST_ZH.sub("", s) for s in re.split(r"[，,。；;：:？?]", before)]
    before = segments[-1]
    if not before.strip() and len(segments) > 1:
        # "那个负责……的特设委员会，打算从什么时候到什么时候、在哪里开会？": a clause that only
        # names a body is what the next asks of. (Not a clause of its own: "……共举行几届会议，
        # 在哪里开？" asks where the sessions are, which the question's terms say.)
        topic = segments[-2].rsplit("的", 1)[-1].strip()
        body = next((name for name in BODY_NAMES if topic.endswith(name)), None)
        if body:
            return body  # (after a demonstrative too: "那个特设委员会，……")
    # The last segment that is more than the event's verb: "第四次会议的举行地点是哪里".
    parts = before.split("的")
    for i in range(len(parts) - 1, -1, -1):
        thing = re.sub(_EVENT_ZH + "|地点", "", parts[i]).strip()
        if thing:
            # "扩大主席团2018年1月26日确认……的那次会议": a demonstrative's meeting is the one
            # described before it when the description dates it, a meeting of its own. (Not
            # "通过本报告的那次会议", the meeting the document reports, which its masthead places.)
            described = "的".join(parts[:i]).strip()
            if _DEMONSTRATIVE.match(thing) and (states_date(described, DAY)
                                                 or states_date(described, YEAR)):
                return described + "的" + thing
            return thing
    return ""


_DEMONSTRATIVE = re.compile(r"(?:那|这|该|此)(?:次|场|届|个)?")


_EVENT_EN_NP = re.compile(r"\b(?:is|was|will|would|are|were|did|does|do|shall|should)\s+(?:the\s+)?"
                          r"([^,?;]+?)\s+(?:to\s+)?(?:be\s+)?(?:held|take place|took place|"
                          r"convened?|meet)\b", re.I)
_HOST_EN_NP = re.compile(r"\b(?:will|would|did|does|is to)\s+host\s+(?:the\s+)?([^,?;]+)|"
                         r"\bhosted\s+(?:the\s+)?([^,?;]+)", re.I)


def venue_asked_of_en(question: str) -> str:
    """What an English question asks the venue of: "In which city would the high-level political
    conference … be held?" -> "high-level political conference …", "Which city will host the Ad
    Hoc Committee's sessions" -> "Ad Hoc Committee's sessions"; "" when it cannot tell."""
    if not _WHERE_EN.search(question):
        return ""
    m = _HOST_EN_NP.search(question) or _EVENT_EN_NP.search(question)
    return next((g.strip() for g in m.groups() if g), "") if m else ""


def names_venue(text: str) -> bool:
    """Does the text say where something is held: 在 / 于 a city or country (jieba's ns tag) or a
    building, then the event's verb (在维也纳举行, 于纽约召开); in English "in / at" a capitalised
    name? The verb is needed because jieba tags some verbs ns: "在重新召集的扩大主席团第一次会议
    上" names no place."""
    if _BUILDING_AFTER.search(text) or _PLACE_EN.search(text):
        return True
    pairs = [p for p in part_of_speech(text) if p.word.strip()]
    for i in range(1, len(pairs)):
        if pairs[i].flag == "ns" and i > 1 and pairs[i - 1].word in "，," \
                and pairs[i - 2].word == "日":
            return True  # a masthead's "2011 年 4 月 11 日至 15 日，维也纳"
        if pairs[i].flag == "ns" and pairs[i - 1].word in ("在", "于"):
            after = "".join(p.word for p in pairs[i + 1:])[:_VERB_GAP]
            if _HELD_ZH.search(re.split(r"[，,。；;]", after)[0]):
                return True
    return False
