""""Which countries did X?" questions, and whether a passage names a country that acts.

Such questions are a common way to ask for what UN reports often leave out ("Which countries
have ratified the Budapest Convention since 2018?", "哪些会员国就研究报告草稿提交了书面意见？"):
every key term is on topic, so key-term coverage cannot refuse them. What can is the answer's
type: a passage answers only if it names a country, as "哥伦比亚代表做出下述发言" or "下列国家的专家作
了发言：阿尔巴尼亚、阿尔及利亚……" do.

Two kinds of mention do not count, because in them the country does not act:
- a country in brackets, which UN reports put after an officer's name ("André Rypl（巴西）"):
  questions about who held a role are persons.py's, and an officer's nationality does not say
  which countries spoke or voted;
- a country inside a title ("《萨尔瓦多宣言》", the Salvador Declaration).

The same holds for "what did X propose / say?": a passage that names X only after an officer's
name or in a list of those who spoke does not say what X said (`acts_in`).

Country names are pycountry's ISO 3166 names (country_names), in English and in its Chinese
translation and the former names UN texts still use ("Turkey"), plus the longer forms UN texts
use ("俄罗斯联邦" for 俄罗斯).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .country_names import LONG_FORMS, forms_of_country, iso_names
from .polarity import ASKS_EITHER_WAY
from .tokens import segmenter
from .venues import asks_country_as_place

# Not a State's bodies (国家机构, 政府间组织, "government agencies"), nor 国际, 国内, 国民, 国有,
# nor those other than States (哪些政府以外方面, "which parties besides governments").
_BODY_ZH = r"(?!机构|机关|部门|当局|间|以外|之外)"
# Also after what it asks for, ending the question: "……的那一个观察员国是哪个？", "提出该提案的
# 国家是哪些？" (not "会员国是哪些公约的缔约国？").
# (Also the States named by what they did: 捐助国 donors, 提案国 sponsors, 签署国 signatories.)
_STATE_ZH = r"(?:国家" + _BODY_ZH + r"|会员国|成员国|缔约国|观察员国|捐助国|捐款国|提案国|签署国|代表团|政府" \
    + _BODY_ZH + ")"
_ASK_ZH = re.compile(r"哪(?:些|个|一|几个)?(?:" + _STATE_ZH + r"|国(?![家际内外民有营]))|" +
                     _STATE_ZH + r"(?:分别)?是哪(?:个|些|一个|一国|几个|国)(?:国家)?\s*[？?]?\s*$")
_ASK_EN = re.compile(r"\b(?:[Ww]hich|[Ww]hat)\s+(?:of the\s+)?(?:[Oo]bserver\s+)?"
                     r"(?:countr(?:y|ies)|[Mm]ember [Ss]tates?|"
                     r"States?|states\b|nations?|delegations?|governments?)(?![\w-])"
                     r"(?!\s+(?:agenc|bod|department|institution|organi[sz]|official|authorit))")
# Longer forms of a short name, as one jieba word: 俄罗斯联邦, 大韩民国 is already whole.
_ZH_SUFFIXES = ("", *LONG_FORMS, "国")
_WHOLE_NAME = 6
_BRACKETS = re.compile(r"[（(][^（()）]{0,40}[)）]")
_TITLES = re.compile(r"《[^《》]{0,80}》")


# Which countries as what a yes/no question asks about, not for: "研究是否要查明哪些国家专门收集统计
# 数据？", "要不要查哪些国家单独统计", "Will the study identify which countries collect
# statistics?" (whether it will find them out; the answer names none).
_WHETHER_FINDS_ZH = re.compile(r"(?:是否|" + ASKS_EITHER_WAY.pattern + r")[^，,。？?；;]{0,15}?"
                               r"(?:查明|确定|了解|弄清|列出|说明|指出|调查|研究|审查|考察|统计|查)哪")
# A yes/no question's opening word, at its start or after a clause setting the case ("If the
# Secretariat collects proposals, does that restrict ...").
_YES_NO_EN = (r"(?:^\W*|[,;]\s+)(?:does|do|did|will|would|is|are|was|were|should|can|could|has|"
              r"have|had|may|might|must)\b")
_WHETHER_FINDS_EN = re.compile(_YES_NO_EN + r"[^?]*\b(?:identify|determine|establish|find out|list|"
                               r"show|specify|examine|look at|ask)\s+which\b", re.I)


# Which countries as those served, not those acting: "优先为哪些国家开展能力建设？", "for which
# countries is assistance meant?". The documents name them by kind (发展中国家, "developing
# countries"), which answers; no country need be named.
# (Not the 为 of 认为, 作为, 成为, 因为, 以为.)
_SERVED = re.compile(r"(?:(?<![认作成因以称视])为|给|帮助|援助|支持|协助)(?:哪些|哪个|哪类|哪几个)"
                     r"(?:国家|会员国)")


# "what" inside a yes/no question: "Does collecting proposals limit what delegations may
# submit?" asks whether, of what they submit, not which delegations.
# (Its verb with no object after it, the "what" being its object: not "say what countries will
# host the sessions", which asks which.)
_WHAT_IN_YES_NO_EN = re.compile(_YES_NO_EN + r"[^?]*?\bwhat\s+"
                                r"(?:countries|states|member states|nations|delegations|"
                                r"governments)\s+(?:may|can|could|should|must|might|will|would)\s+"
                                r"\w+(?:\s+(?:forward|up|out|in|on))?\s*"
                                r"(?:\?|$|(?:during|in|at|before|after|under|to|for)\b)",
                                re.I)


def asks_for_country(question: str) -> bool:
    """Does the question ask which country (Member State, delegation ...) did something?"""
    if asks_country_as_place(question):  # "In which country was it held?": a place
        return False
    if _SERVED.search(question) or _WHAT_IN_YES_NO_EN.search(question) \
            or _WHETHER_FINDS_ZH.search(question) or _WHETHER_FINDS_EN.search(question):
        return False
    return bool(_ASK_ZH.search(question) or _ASK_EN.search(question))


def names_country(text: str) -> bool:
    """Does the text name a country outside brackets and titles?"""
    return bool(named_countries(_BRACKETS.sub(" ", text)))


def _country_base(word: str, names: frozenset[str]) -> str | None:
    """The country name a jieba word is, or is a longer form of (俄罗斯联邦 -> 俄罗斯)."""
    return next((word[:len(word) - len(s)] for s in _ZH_SUFFIXES
                 if word.endswith(s) and word[:len(word) - len(s)] in names), None)


@lru_cache(maxsize=1)
def _english_names() -> re.Pattern:
    english = [name for name, _ in iso_names()]
    alternatives = "|".join(re.escape(n) for n in sorted(set(english), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


@lru_cache(maxsize=1)
def _chinese_names() -> frozenset[str]:
    return frozenset(chinese for _, chinese in iso_names() if chinese)


def named_countries(text: str) -> list[frozenset[str]]:
    """The countries a text names outside titles, each as all the names a passage may use for it,
    English and Chinese: "墨西哥代表团提出了哪些提案？" -> [{墨西哥, 墨西哥合众国, Mexico, ...}]."""
    text = _TITLES.sub(" ", text)
    forms = forms_of_country()
    found = [forms[m.group(0).lower()] for m in _english_names().finditer(text)]
    names = _chinese_names()
    for word in segmenter().cut(text):
        base = _country_base(word, names)
        if base:
            found.append(forms[base])
    # Official names jieba splits (大不列颠/及/北爱尔兰/联合王国) are too long to occur by chance.
    found += [forms[name] for name in names if len(name) >= _WHOLE_NAME and name in text]
    return list(dict.fromkeys(found))


# What a country said or proposed: a content verb asked about with a question word.
_SAID_ZH = re.compile(r"(?:提出|主张|建议|提议|发言|表示|认为|强调|指出|说|谈|呼吁|反对|支持|介绍|"
                      r"阐述|概述)[了过]?[^？?。]{0,12}(?:什么|哪些|何种|哪几|怎样|如何|哪部|哪项)|"
                      r"(?:什么|哪些|何种|怎样的?)(?:提案|建议|主张|立场|观点|意见|看法|理由)|"
                      r"(?:支持|赞成)还是反对|"
                      r"(?:发言|介绍|陈述|演讲|讲话|主讲)的?(?:要点|主要内容|主要观点)(?:是|有|为)?"
                      r"(?:什么|哪些)|"
                      # ... or its stance: 持何立场, 态度如何
                      r"持(?:何|什么|怎样的?|哪种)(?:立场|观点|态度|看法)|"
                      r"(?:立场|观点|态度|看法)(?:是|为)?(?:什么|如何|怎样)|"
                      # ... or whether it took a side: "欧洲联盟是否在会上反对谈判新条约？" (the
                      # verb right after 是否 or its 在……上; not "是否获得了技术支持")
                      r"是否\s*(?:在[^？?。，,]{0,20}?[上中]\s*)?(?:曾经?|明确|公开)?"
                      r"(?:反对|支持|赞成|主张|提议|呼吁|敦促)")
_SAID_EN = re.compile(r"\b(?:what|which|how)\b[^?]{0,60}\b(?:propos\w*|suggest\w*|say|said|"
                      r"stat(?:e|ed)|argu\w*|position|views?|stress\w*|emphasi\w*|call(?:ed)? for|"
                      r"recommend\w*|reasons?|oppos\w*|support\w*|"
                      r"(?:main|key|central) (?:points?|messages?|arguments?))\b|"
                      # ... or what its delegate presented: "the main points of X's (China)
                      # presentation" (not "how many presentations were made").
                      r"\b(?:what|which)\b[^?]{0,80}?(?:'s\b[^?]{0,40}?\bpresentations?\b|"
                      r"\bpresentations?\s+(?:by|of)\s+(?-i:[A-Z]))|"
                      # ... or asks which side it took: "did Colombia support or oppose ...?"
                      r"\b(?:did|does|do|has|have)\s+(?-i:[A-Z])[\w -]{0,40}?\s+"
                      r"(?:support|oppose|favou?r|endorse|reject|agree with|object to)\b", re.I)
# Whether a country put something forward: "Did the Russian Federation table a draft ...?",
# "俄罗斯联邦是否提交了公约草案？" (the country being who acts, not the Chair presenting a paper
# from Brazil).
_PUT_FORWARD_EN = re.compile(r"\b(?:did|does|do|has|have)\s+(?P<actor>(?:the\s+)?(?-i:[A-Z])"
                             r"[\w -]{0,40}?)\s+(?:propos\w*|tabled?|submit(?:s|ted)?|put forward|"
                             r"present(?:s|ed)?|call(?:ed)? for)\b", re.I)
_PUT_FORWARD_ZH = re.compile(r"(?P<actor>[^，,。？?；;：:]{1,20}?)(?:代表团?)?是否\s*"
                             r"(?:在[^？?。，,]{0,20}?[上中]\s*)?(?:曾经?)?(?:提出|提交)")

ENUMERATION = 4
"""Countries in a row ("阿尔巴尼亚、阿尔及利亚、安哥拉、……") from which this many on are a list of
who attended or spoke. Two or three ("中国和俄罗斯联邦提出了……") can be who acted."""

# (Not the 和 of 共和国: "伊朗伊斯兰共和国" is one entry.)
_LIST_SEPARATOR = re.compile(r"\s*(?:[、，,；;]|\band\b|(?<!共)和|及|与)\s*")


@lru_cache(maxsize=1)
def _names_holding_separators() -> re.Pattern:
    """Country names a list separator would cut: 阿尔及利亚, 波斯尼亚和黑塞哥维那, "Trinidad and
    Tobago"."""
    names = {form for forms in forms_of_country().values() for form in forms
             if _LIST_SEPARATOR.search(form)}
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)), re.I)


def _list_pieces(text: str) -> list[str]:
    """The text cut at list separators, but not inside a country's name: cut there, "阿尔及利亚"
    made "阿尔" and "利亚", two entries that are no country, which ended the run of countries it
    stood in and so hid a list of speakers from `acts_in`."""
    inside = {i for m in _names_holding_separators().finditer(text)
              for i in range(m.start(), m.end())}
    pieces, start = [], 0
    for m in _LIST_SEPARATOR.finditer(text):
        if any(i in inside for i in range(m.start(), m.end())):
            continue
        pieces.append(text[start:m.start()])
        start = m.end()
    return pieces + [text[start:]]


def asks_what_it_said(question: str) -> bool:
    """Does the question ask what a country (or its delegate) proposed, said or argued?"""
    if _SAID_ZH.search(question) or _SAID_EN.search(question):
        return True
    put = _PUT_FORWARD_EN.search(question) or _PUT_FORWARD_ZH.search(question)
    return bool(put and named_countries(put.group("actor")))


def acts_in(text: str, forms: frozenset[str]) -> bool:
    """Does the text name the country as one that acts, rather than as an officer's nationality
    ("Vadim Sushchik（俄罗斯联邦）") or one entry of a list of those who attended or spoke
    ("阿尔巴尼亚、阿尔及利亚、……、俄罗斯联邦、……")? Neither says what the country said."""
    text = _TITLES.sub(" ", _BRACKETS.sub("。", text))
    pieces = _list_pieces(text)
    listed = [_is_country(p) for p in pieces]
    for i, piece in enumerate(pieces):
        if not names_any(piece, forms):
            continue
        start = i
        while start > 0 and listed[start - 1]:
            start -= 1
        end = i
        while end + 1 < len(pieces) and listed[end + 1]:
            end += 1
        if end - start + 1 < ENUMERATION and not _object_of_another(piece, forms):
            return True
    return False


# Another speaker's verb right before the country: "哥伦比亚同意阿根廷代表团关于此主题事项的建议"
# has Colombia agree to Argentina's proposal, which it names without saying what it was.
_TAKES_UP = re.compile(r"(?:同意|支持|赞同|赞成|欢迎|注意到|采纳|接受|附议|响应|反对)\s*$|"
                       r"\b(?:agreed to|agreed with|supported|welcomed|noted|accepted|opposed)"
                       r"\s+(?:the\s+)?(?:(?:proposal|suggestion|position|view)s?\s+of\s+"
                       r"(?:the\s+)?(?:delegations?\s+of\s+)?)?$", re.I)
# ... unless its own verb follows: "支持中国提出的制定新的全球公约的提议" and "欢迎中国主动提出在
# 北京举办下一次会议" say what China proposed.
_STATES_ITS_OWN = re.compile(r"^\s*(?:代表团|代表)?(?:主动|曾|所)?(?:提出|建议|提议|主张|表示|强调)")


def _object_of_another(piece: str, forms: frozenset[str]) -> bool:
    """Is every mention of the country in this clause the object of another speaker's verb?"""
    starts = [(m.start(), f) for f in forms for m in re.finditer(
        re.escape(f) if _is_chinese(f) else rf"(?<![\w-]){re.escape(f)}(?![\w-])", piece)]
    return bool(starts) and all(_TAKES_UP.search(piece[:i]) and not _STATES_ITS_OWN.match(
        piece[i + len(form):]) for i, form in starts)


_CLAUSE_END = re.compile(r"[。；;！!？?]")


# The question asks whose proposal a speaker took up: "哥伦比亚接受了哪个代表团的提议？",
# "Colombia agreed with which delegation's proposal?".
_ASKS_WHAT_WAS_TAKEN_UP = re.compile(
    r"(?:同意|支持|赞同|赞成|欢迎|注意到|采纳|接受|附议|响应|反对)了?哪|"
    r"\b(?:agreed (?:to|with)|supported|welcomed|noted|accepted|opposed)\s+(?:the\s+)?"
    r"(?:(?:proposal|suggestion|position|view)s?\s+of\s+(?:the\s+)?)?which\b", re.I)


# A run of Latin-script words: in a Chinese translation, a work cited in its own language
# ("Overcoming Barriers to Trust in Crime Statistics: England and Wales", "(London, United Kingdom
# Statistics Authority, 2009)"), never a country the document says did something; the
# translation writes those in Chinese (André Ryppl 先生（巴西）).
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9 .,:;'’&()/-]*")


def names_answering_country(text: str, question: str, language: str = "") -> bool:
    """Does the text name, outside brackets and titles, a country that could answer the question's
    "which countries ...?": one the question does not name itself, and named somewhere other than
    as the object of another speaker's verb, unless that object is what the question asks?
    "哥伦比亚同意阿根廷代表团关于此主题事项的建议" answers no "which delegations supported
    Colombia's statement?" (Colombia is asked about; Argentina is what Colombia agreed to), but
    does answer "哥伦比亚接受了哪个代表团的提议？". In a text in Chinese (`language` "zh"), only
    names written in Chinese count."""
    asked = named_countries(question)
    own = frozenset().union(*asked) if asked else frozenset()
    objects_answer = bool(_ASKS_WHAT_WAS_TAKEN_UP.search(question))
    if language == "zh":
        text = _LATIN_RUN.sub(" ", text)
    text = _BRACKETS.sub(" ", text)
    for forms in named_countries(text):
        if forms & own:
            continue
        pieces = [p for p in _CLAUSE_END.split(text) if names_any(p, forms)]
        if objects_answer or not pieces or not all(_object_of_another(p, forms)
                                                   for p in pieces):
            return True
    return False


def _is_country(piece: str) -> bool:
    """Is a list entry a country's name and nothing else (the last may end the sentence)?"""
    piece = re.sub(r"^the\s+", "", piece.strip().rstrip("。."), flags=re.I)
    forms = forms_of_country()
    return piece.lower() in forms or _country_base(piece, _chinese_names()) is not None


def names_any(text: str, forms: frozenset[str]) -> bool:
    """Does the text name a country by one of these forms (in brackets too: "（墨西哥）")?"""
    return any(_names_in_chinese(text, f) if _is_chinese(f) else
               re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) is not None
               for f in forms)


# Words that hold a country's Chinese name without naming it: 发展中国家 ("developing
# countries") holds 中国.
_NOT_A_NAME = ("发展中国家",)


@lru_cache(maxsize=None)
def _longer_words(name: str) -> tuple[str, ...]:
    return tuple(n for n in (*_chinese_names(), *_NOT_A_NAME) if name in n and n != name)


def _names_in_chinese(text: str, name: str) -> bool:
    """Is `name` in the text other than inside a longer country name (印度 in 印度尼西亚, 苏丹 in
    南苏丹) or a word that only holds it (中国 in 发展中国家)?"""
    covered = {i for n in _longer_words(name) for m in re.finditer(re.escape(n), text)
               for i in range(m.start(), m.end())}
    return any(m.start() not in covered for m in re.finditer(re.escape(name), text))


def shortest_names(forms: frozenset[str]) -> tuple[str, str]:
    """A country's shortest English and Chinese names, to name it in a message (the English
    one for both when pycountry has no Chinese)."""
    english = min((f for f in forms if not _is_chinese(f)), key=len)
    chinese = min((f for f in forms if _is_chinese(f)), key=len, default=english)
    return english, chinese


def _is_chinese(name: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in name)


# The regional groups (and the Group of 77), as the Chinese texts and English questions name them.
_REGIONAL_GROUPS = ((r"东欧", r"Eastern European"), (r"非洲国家组|非洲集团", r"African (?:States|Group)"),
                    (r"亚太|亚洲及太平洋", r"Asia-Pacific|Asian(?: and Pacific)? States"),
                    (r"拉丁美洲和加勒比", r"Latin American and Caribbean"),
                    (r"西欧和其他", r"Western European and other"),
                    (r"77\s*国集团", r"Group of 77|\bG-?77\b"))


# A group's seat: its chair, vice-chair or representative right after it ("东欧国家组轮值主席",
# "the Eastern European States' vice-chair seat", "77 国集团的代表") or who represented it.
_SEAT_AFTER_ZH = r"[^，,。？?]{0,6}?(?:主席|席位|代表)"
_SEAT_AFTER_EN = r"(?:\s+\w+)?(?:['’]s?)?(?:\s+\w+)?\s+(?:vice-chair|chair|seat|representative)"
_BESIDES = re.compile(r"除[^，,。？?]*外|\b(?:besides|apart from|other than|except)\b", re.I)


def regional_seats_asked(question: str) -> list[re.Pattern]:
    """The regional groups whose seat a question asks the holder of, each as the pattern a
    Chinese text names the group by: "Who held the Eastern European States' vice-chair seat?" ->
    [东欧]. None when it names them only as what it sets aside ("除各区域组主席和 77 国集团主席
    外，……还包括哪些国家的代表？")."""
    if _BESIDES.search(question):
        return []
    return [re.compile(zh) for zh, en in _REGIONAL_GROUPS
            if re.search(f"(?:{zh}){_SEAT_AFTER_ZH}", question)
            or re.search(f"(?:{en}){_SEAT_AFTER_EN}|\\brepresent\\w*\\s+the\\s+(?:{en})",
                         question, re.I)]


# How something is shared out among the regional groups: "13名副主席在各区域组之间如何分配",
# "每个区域组各几名", "How are the vice-chair seats allocated among the regional groups?".
_GROUPS_ZH = r"(?:区域组(?!织)|区域集团|地区组(?!织))"
_SHARED_OUT_ZH = re.compile(
    _GROUPS_ZH + r"[^？?。；]{0,12}?之?间[^？?。；]{0,16}?(?:分配|分摊|分布|划分|"
    r"(?:怎么|如何|怎样)分(?![歧享工析别]))|"
    r"(?:每个|每一个|各个?)" + _GROUPS_ZH + r"[^？?。；，,]{0,10}?(?:几|多少)")
_SHARED_OUT_EN = re.compile(
    r"\b(?:distribut\w*|allocat\w*|split|divided|apportion\w*|shared)\b[^?]{0,40}?"
    r"\b(?:among|between|across)\s+(?:the\s+)?(?:five\s+)?regional groups?\b|"
    r"\bhow many\b[^?]{0,60}\b(?:each|every|per) regional group\b", re.I)
_GROUP_NAMED = re.compile(_GROUPS_ZH + "|" + "|".join(zh for zh, _ in _REGIONAL_GROUPS) + "|"
                          + r"\bregional groups?\b|"
                          + "|".join(en for _, en in _REGIONAL_GROUPS), re.I)
# (Not 个 alone: "组成一个小组" counts no one.)
_SHARE_NUMBER = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)\s*(?:名|位|人|个?席|个名额|seats?\b|"
                           r"members?\b|experts?\b|vice-chairs?\b|representatives?\b)", re.I)


def asks_share_out_among_groups(question: str) -> bool:
    """Does the question ask how something is shared out among the regional groups?"""
    return bool(_SHARED_OUT_ZH.search(question) or _SHARED_OUT_EN.search(question))


def gives_share_out_among_groups(text: str) -> bool:
    """Does a clause of the text give a number beside the regional groups (all of them, "各区域组
    将……提供政府专家（不超过六名……）", or one by name)? "根据公平地域分配……选举……13名副主席"
    gives the principle the seats are shared out by, not how many each group has."""
    return any(_GROUP_NAMED.search(clause) and _SHARE_NUMBER.search(clause)
               for clause in _CLAUSE_END.split(text))
