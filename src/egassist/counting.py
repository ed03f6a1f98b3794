""""How many ...?" questions: what they count, and whether a passage states such a count.

A passage answers "专家组第五次会议有多少个会员国出席？" only if it says how many member States
("有 94 个会员国"), not merely that member States attended. Key-term coverage cannot see the
difference, so on-topic negatives of this kind ("How many States have ratified the Budapest
Convention?") were answered from passages that mention the States and the Convention.

Both sides are read with the measure words Chinese puts between a number and what it counts
(个, 名, 次, 届 ...): 98 个会员国 is a count of States, 六种正式语文 is not, and 2016 年 is a year.
A question's measure word must agree in kind with the passage's (a "多少场" meeting count is met
by "八次"). An English question has none, but "meetings" or "States" say the kind all the same;
its other counted words must follow the number closely.

An amount of money is a count too: "多少美元", "what is the budget of ..." want a currency amount
(5,100 美元) beside what they ask about, and "预算是多少？" a number beside 预算, not merely
passages that mention budgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .comparisons import count_compared
from .countries import named_countries
from .meetings import MONTHS
from .outcomes import SHOULD
from .polarity import ASKS_EITHER_WAY
from .shorthand import NO_QUESTION_WORD_AFTER
from .tokens import part_of_speech, word_ends

MEASURE_KINDS = ("个位名人家国所", "次场届轮", "项条种类份", "天周月日年", "笔")
"""Measure words that count the same kind of thing (people and bodies, events, items, time)."""

MONEY = "money"
"""The kind of a currency amount (5,100 美元): asked by 多少美元 and by "what is the budget / cost
of"."""

_TIME = MEASURE_KINDS[3]
_TIME_WORD = re.compile(r"(?:days|weeks|months|years|hours)\b", re.I)
_MEASURES = "|".join(sorted("".join(MEASURE_KINDS) + "元", key=len, reverse=True))
_AMOUNT_UNITS = "美元|欧元|万|亿"  # what may follow a number besides a measure word
_CURRENCIES = "美元|欧元|元|钱(?![款财币])"  # ... of which these say it is money (多少钱, not 钱款)
_CURRENCY = re.compile(r"[ \u3000]{0,2}(?:" + _CURRENCIES + ")")
_DATE_RANGE = re.compile(r"\d{1,2}\s*日\s*至\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日")
# (各占, "each takes": "每个区域组各占几名"; not 占 alone: "只占多少" asks a share.)
# (After an adverb too: "其平均损失又为多少".)
_COPULA_TAIL = re.compile(r"(?:(?:又|也|还|却|究竟|到底)?"
                          r"(?:一共|总共|共|大约|约|大概|总计|各|分别|每)?(?:是|为|有|达到|达)|"
                          r"(?:各|分别)占)[ \u3000]*$")
# "会员国多了多少个？", "数量增加了多少？": the change of a count is asked of the thing counted.
_CHANGE_TAIL = re.compile(r"(?:(?<![最至])[多少]|增加|减少|增长|上升|下降)了?[ \u3000]*$")
_NUMBER_WORD_TAIL = re.compile(r"的?(?:数目|数量|总数|人数|名额|数字|总额|金额)$")
# "会员国数量较 2018 年的 98 个增加了多少？": the count it is compared with is no part of what is
# counted.
_COMPARED_WITH = r"(?:较|比|与)[^，。？?；,]{1,20}?(?:相比)?"
_COMPARED_TAIL = re.compile(r"(?<=数目|数量|总数|人数)" + _COMPARED_WITH + "$")
# "会员国数量较 2018 年的 98 个有何变化？" asks the change of a count, with no 多少.
_CHANGE_ASKED = re.compile(r"([^，。？?；,]{1,40}?)(?:数目|数量|总数|人数)(?:" + _COMPARED_WITH +
                           r")?(?:有|发生了?)(?:何|什么|哪些|怎样的)变化")
# The head noun only ("the budget of", "the cost?"), not "the source of funding", "the amount of
# the loss" (what is counted there is the loss).
# The currency an amount is wanted in: "in US dollars", "in euros".
_IN_CURRENCY_EN = r"\bin\s+(?:US\s+|U\.S\.\s+|United\s+States\s+)?(?:dollars|euros|USD|EUR)\b"
_ASK_AMOUNT_EN = re.compile(r"\bwhat (?:is|was|are|were|will be) the (?:[a-z-]+ ){0,2}?"
                            r"(budget|costs?|price|fees?)(?=\s+(?:of|for|per)\b|\s*\?|\s*$|"
                            r"\s+" + _IN_CURRENCY_EN + ")"
                            # ... or its determiner: "what budget did the Secretariat estimate"
                            # (not "what costs did donors cover", "what budget is used").
                            r"|\bwhat (?:total |overall |estimated )?(budget|cost|price|fee) "
                            r"(?:did|does|do|will|would)\b"
                            # ... or a loss in money: "what total dollar loss did ...".
                            r"|\bwhat (?:is |was |were |are )?(?:the )?"
                            r"(?:total |overall |estimated )?(?:dollar|monetary) (loss(?:es)?)\b"
                            # ... or its amount: "what amount of conference-servicing costs".
                            r"|\bwhat (?:total )?(?:amount|sum) of (?:[a-z-]+ ){0,2}?"
                            r"(budget|costs?|funding|funds|money)\b"
                            # ... or its currency: "what dollar amount was given".
                            r"|\bwhat (?:dollar|euro|monetary) (amount|sum|figure)\b"
                            # ... or the amount alone, of money spent or given: "what amount did
                            # the Secretary-General allocate" (not "what amount of time", "what
                            # amount did the number of participants reach").
                            r"|\bwhat (?:total )?(amount|sum) (?:did|does|do|will|would|was|is|"
                            r"has|have|had)\b(?=[^?？]*\b(?:allocat|budget|spen[dt]|cost|pa(?:y|id)|"
                            r"fund|request|approv|contribut|donat|rais|los[est]|grant)\w*)"
                            # ... or with an aside naming the currency: "what amount, in US
                            # dollars, did the Secretariat estimate".
                            r"|\bwhat (?:total )?(amount|sum), in (?:US )?(?:dollars|euros),"
                            # ... or with the currency's sign, as typed: "whats the actual $
                            # amount of ...", "what's the US$ figure".
                            r"|\bwhat(?:'s|’s|s| is| was)? (?:the )?(?:[a-z-]+ )?(?:US)?\$ ?"
                            r"(amount|sum|figure|cost|budget)\b", re.I)
_NUMBER = r"(?:\d+(?:[.,]\d+)*|\[\d+\]|[一两二三四五六七八九十百千万]+)"

# 几 asks a count, except in 哪几 ("which"), 第几 ("which one"), 好几 ("several"), 无几, 几乎
# ("almost"), 几经, 几何, 几内亚 (Guinea), the clock and calendar (几点, 几时, 几号, 几月, 几日,
# 星期几, unless a measure word follows: 每星期几次)
# and after a demonstrative or "recent": 那几届会议 ("those sessions"), 这几年, 近几年, 过去几年;
# nor right after 举 ("give"): "可以举几个例子吗？" asks for a few examples ("举了几个例子" counts;
# 选举几名, 推举, 列举 still count).
_ASK_ZH = re.compile(r"(?:多少|(?<![哪第好无这那近])(?<!过去|举出)(?<!(?<![选推列])举)"
                     r"(?:(?<!星期|礼拜)|(?=几[次天个名项场届]))"
                     r"几(?![乎点时号月日内经何]))"
                     r"[ \u3000]{0,2}"
                     r"(" + _MEASURES + ")?")
# "a growing number of Member States" asks no count; "the number of Member States" does, unless
# a question word before it asks something of it: "in which (what) year did the number of Internet
# users first exceed ..." asks a year ("the number of States which attended" still asks a count).
# A delegate's shorthand asks the same: "exact number of countries that ...", "number of States?".
_ASK_EN = re.compile(r"\bhow (?:many|much)\s+|"
                     r"^\s*number of\s+" + NO_QUESTION_WORD_AFTER + "|"
                     r"\b(?:the|what|total|exact|precise|actual) number of\s+", re.I)
# ... or the currency it is wanted in, in a question asking nothing else ("Ad Hoc Committee budget
# per session in US dollars?"; not "How many sessions does the budget in US dollars cover?").
# ("What does the budget in US dollars include?" asks what it covers, not its amount; "What would
# the Committee cost per session in US dollars?" asks the amount.)
_WHAT_DOES = re.compile(r"\bwhat (?:does|do|did|will|would|can|could|should)\b"
                        r"(?![^?]*\b(?:be|amount to|total|come to)\b"
                        r"|[^?]*(?<!the )(?<!its )\bcosts?\b)", re.I)  # the verb, not "the costs"
_AMOUNT_IN_CURRENCY = re.compile(r"\b(budget|costs?|price|fees?)\b(?=.*" + _IN_CURRENCY_EN + ")|"
                                 + _IN_CURRENCY_EN + r".*?\b(budget|costs?|price|fees?)\b", re.I)
_ASKS_OTHER_EN = re.compile(r"\b(?:when|which|who|whom|whose|where|why)\b|"
                            r"\bwhat (?:year|date|day|month|time)\b", re.I)
# An English question has no measure word, but what it counts says which kind a Chinese text
# would use: meetings are counted by 次 / 场 / 届, States and people by 个 / 名 / 位. Only these
# two: items are counted by 个 as often as by 项 or 条.
_KIND_EN = ((re.compile(r"(?:meetings?|sessions?|rounds?)\b", re.I), MEASURE_KINDS[1]),
            (re.compile(r"(?:(?:member )?states|countries|experts|members|delegations|"
                        r"participants|persons|people|representatives|observers)\b", re.I),
             MEASURE_KINDS[0]))

# A number and its measure word: not an ordinal (第 3 次, nor the 一次 of 第十一次), not a piece of
# a symbol or a decimal, nor a date's month or day (2011 年 6 月, 4 月 3 日), nor a number after 每
# ("each": 每一届会议, 每两年 count no sessions, no years), nor the 一 of 同一, 另一, 某一, 任一
# ("the same", "another", "some", "any"). (Other numbers after those count: "另 3 个会员国",
# "同两个组织", "连任两届".)
# Gaps are bounded ([ ]{0,3}, not \s*): unbounded optional whitespace around optional words
# backtracks without end on a long run of spaces (PDF layout text keeps them).
_GAP = r"[ \u3000]{0,3}"
_NOT_AFTER = (r"(?<![第\d/.年月一两二三四五六七八九十百千万每])(?<!第 )"
              r"(?!(?<=[同另某任])一(?![十百千万]))")
_QUANTITY = (_NOT_AFTER + r"(?<![年月] )(?P<number>" + _NUMBER + ")" + _GAP +
             "(?:多|余)?" + _GAP + r"(?P<measure>" + _AMOUNT_UNITS + "|" + _MEASURES + ")")
# After what it counts: 政府专家（不超过六名）; and a total given by its parts, 主席团成员，包括
# 一名主席、13名副主席和一名报告员.
_QUANTITY_AFTER = re.compile(_GAP + "(?:[（(]|[，,：:]?" + _GAP + "(?:包括|其中有?|即))?" + _GAP +
                             "(?:不超过|至少|约|共|达|为|有)?" + _GAP + _QUANTITY)
# A number in running English ("98 Member States"), not in a symbol (73/187) nor across a cell.
_EN_NUMBER = re.compile(r"(?<![/.\d])\b(?:\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|"
                        r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|"
                        r"dozen)(?: +[a-z-]+){0,2} +$", re.I)
# Before 一个: a count of one ("只有一个", "仅一个", "98 个会员国、一个观察员国").
_ONLY = ("只有", "仅有", "只", "仅", "共有", "共", "、")
_SINGLE = ("单一", "唯一", "单独")
_CLAUSE_END = "。；;，,\t\n"  # a table's cells are tab-separated: a number counts in its own cell

NEAR = 20
"""How far (characters) a measured number may stand before what it counts, through a modifier
ending in 的, when the question says what kind of count it wants (its measure word, or an English
question's counted noun): 八次配有联合国六种正式语文口译的全体会议."""

ADJACENT = 4
"""... and when it does not (an English question): 98 个会员国."""


@dataclass(frozen=True)
class CountAsked:
    """What a "how many" question counts: `words`, the words that name it (Chinese: the noun
    phrase's head after 多少; English: the three words after "how many"), and the kind of
    measure word it used (None when it used none)."""

    words: str
    measure_kind: str | None


# "有几名发言者认为……是不同概念，应在哪些论坛讨论？": 有几 is "some" (as the reports write it,
# 有几名发言者认为) when another question word, across a comma too, asks what the question wants
# (not the 何 of 任何 "any" or 几何).
_SOME_HEAD = r"有几[ \u3000]{0,2}(?:" + _MEASURES + r")"
_SOME = re.compile(_SOME_HEAD + r"[^？?。；;]*?"
                   r"(?:哪|什么|(?<![任几])何|谁)")
# ... or when the question asks yes or no of those some, right after naming them ("有几名发言者
# 是不是认为……？") or in their clause ("有几名发言者认为不需要新的文书吗？"); not "有几个会员国讨论了
# 是否需要……" (how many discussed whether), nor "有几名副主席，是不是每个区域组一名？".
_SOME_YES_NO = re.compile(_SOME_HEAD + r"([^？?。；;，,]{1,8}?)(?:是不是|是否|有没有)")
_SOME_THEN_MA = re.compile(_SOME_HEAD + r"[^？?。；;，,]*?吗[？?]")
# ... or after asking why, in its clause: "为什么有几位发言者主张……？" asks the reason some gave,
# and no reason is a count. (Not the 为何 of 作为何种, the 何以 of 如何以及, nor across 以及 / 和 /
# 并, which join a second question: "会议为何推迟以及推迟了多少天？")
_WHY_THEN_SOME = re.compile(r"(?:为什么|(?<![作因])为何|(?<!如)何以)(?:(?!以及|和|并)[^？?。；;，,]){0,8}$")


# ... and so is a bare 几位 opening a clause, when another question word follows it: "在预防方面，
# 几位发言者强调了哪些做法？" asks the practices some speakers stressed.
_BARE_SOME = re.compile(r"[，,。；;：:][ \u3000]*几[ \u3000]{0,2}(?:位|名|个)[^？?。；;，,]*?"
                        r"(?:哪|什么|(?<![任几])何|谁)")


def _some(question: str, at: int) -> bool:
    """Is the 有几 (or clause-opening 几) at `at` "some", not a count asked?"""
    if _BARE_SOME.match(question, at):
        return True
    if _SOME.match(question, at) or _SOME_THEN_MA.match(question, at) \
            or question.startswith("有几", at) and _WHY_THEN_SOME.search(question[:at]):
        return True
    m = _SOME_YES_NO.match(question, at)
    return bool(m) and all(p.flag[:1] in ("n", "x") for p in part_of_speech(m.group(1)))


# (Among them, in the same sentence: "……多少个专题？其中有没有电子证据？" asks the count too, and so
# does "有几个会员国出席，有没有观察员国？".) Nor which one of them: "列举了……的几种方式，其中最后
# 一项是什么？" asks the last item, which no count answers.
_WHETHER_AMONG = re.compile(r"[，,；;]\s*(?:其中|当中|这些[^，,。？?；;]{0,6}中)\s*"
                            r"(?:是否|有没有|有无|是不是|可有|包括不包括|包不包括|的?(?:最后|第一|"
                            r"第[二三四五六七八九十\d]+|头|末)\s*一?\s*(?:项|个|种|点|条|类))")


_COUNTED_AS = re.compile(r"^[^是为，。？?；]{1,8}?(?:已经|已|都|均|仍)?(?:是|成为)(.{2,30})$")


def count_asked(question: str) -> CountAsked | None:
    """The count a question asks for, or None when it asks for none."""
    m = _ASK_ZH.search(question)
    if m and m.start() > 0 and _some(question, m.start() - 1):
        m = None
    if m and _WHETHER_AMONG.search(question, m.end()):
        # "列举了……的几种方式，其中是否提到用于安全存储？" asks whether one is among them; the
        # count only leads to it.
        return None
    if m:
        words = re.split(r"[，。？?；,、]", question[m.end(): m.end() + 24])[0]
        measure = m.group(1)
        if _kind(measure) == MEASURE_KINDS[1] and re.match(r"会(?=$|[在和及与并来以 \u3000])", words):
            # "开几届会": spoken shorthand for 届会议, which is what the documents count
            # ("举行八届会议"); 会 alone is in nearly every passage and counts nothing. (Also
            # before what the sessions are for: "开几届会来谈判这份公约".)
            words = "会议" + words[1:]
        unit = _CURRENCY.match(words)
        if unit and not measure:
            measure, words = unit.group(0), words[unit.end():]
        if _kind(measure) == MEASURE_KINDS[1] and words[:1] in (" ", "\u3000") \
                and _noun_just_before(question[: m.start()]).endswith("会议"):
            # A search-box query, its keywords apart: "2017会议 全体会议 几场 口译" counts the
            # plenary meetings before 几场, the measure word of meetings; 口译 is another
            # keyword, not what is counted. ("第四次会议 多少个 会员国" counts the States after.)
            words = ""
        head = _head(words)
        # "多少个国家已经是《布达佩斯公约》的缔约国？" counts the parties its copula names, of the
        # head's kind (国): "98 个会员国" attended, which counts no party.
        complement = _COUNTED_AS.match(words)
        if complement and head:
            noun = _last_noun(complement.group(1))
            if noun and noun != head and set(noun) & set(head):
                head = noun
        if "由" in question[: m.start()] and re.match(
                r"\s*(?:员|人员?|成员)?\s*(?:组成|构成)" if measure in ("人", "名", "位")
                else r"\s*(?:人员?|成员|职位|席位)\s*(?:组成|构成)", words):
            # "主席团由多少人(几个人)组成？" counts its members, as "由多少名成员组成" does (the
            # documents: "选举主席团成员，包括一名主席、13名副主席和一名报告员"); 组成 is no thing.
            # So do its posts: "由几个职位(席位)组成".
            head = "成员"
        partitive = _PARTITIVE.search(question[: m.start()])
        first = next(iter(part_of_speech(words)), None)
        if partitive and first and first.flag.startswith("v") and first.flag != "vn":
            # "出席的 98 个会员国中，有多少个表示支持……": what is counted stands before, among
            # whom (中); the words after say what they did.
            head = _last_noun(partitive.group(1))
        if not head:
            # "预算是多少？", "会员国数目是多少？": what is counted stands before 多少.
            head = _subject(question[: m.start()])
        if not head and not words.strip(" \u3000") and _kind(measure) != _TIME:
            # "出席会员国 多少个？", "全球方案每年预算多少": the question ends on 多少, right after
            # the noun it counts (not after a verb: "开了几天" counts no thing; nor a time:
            # "第四次会议 多少天？" asks how long, not a count of meetings).
            head = _noun_just_before(question[: m.start()])
        if not head and not words.strip(" \u3000"):
            # "哪一次出席的会员国更多？各有多少个？": the count of each is of what is compared.
            head = count_compared(question) or ""
        if not head and (not measure or _kind(measure) == MONEY) \
                and (amount := _AMOUNT_BEFORE.search(question[: m.start()])):
            # "会议服务经费预计需要多少？": the amount is of the noun before the verb.
            head = amount.group(1)
        if not head and _kind(measure) == MONEY:
            # "平均每宗损失多少钱？": an amount is of the noun before it, copula or not.
            head = _last_noun(question[: m.start()])
        # "文号是多少？" asks a symbol, "编号是多少" a number that names, not counts; the
        # identifier closes the clause even where jieba cuts a verb into its noun ("出售品编号":
        # 出售 / 品 / 编号, whose head came out as 出售).
        named = _COPULA_TAIL.sub("", _clause(question[: m.start()])).rstrip(" \u3000")
        if _IDENTIFIER.search(head) or _IDENTIFIER.search(named):
            return None
        return CountAsked(head, _kind(measure))
    m = _CHANGE_ASKED.search(question)
    if m:
        return CountAsked(_head(m.group(1).split("的")[-1]), None)
    m = _ASK_AMOUNT_EN.search(question)
    if not m and not _ASKS_OTHER_EN.search(question) and not re.search(r"\bhow\b", question, re.I) \
            and not _WHAT_DOES.search(question):
        m = _AMOUNT_IN_CURRENCY.search(question)
    if m:
        return CountAsked(next(group for group in m.groups() if group), MONEY)
    m = _ASK_EN.search(question)
    if m and not m.group(0).lower().startswith("how") \
            and _ASKS_OTHER_EN.search(question[: m.start()]):
        m = None
    if m:
        words = " ".join(question[m.end():].split()[:3])
        # What is counted ends where the verb starts: "government experts did each group" is
        # "government experts", which a reason names back to the delegate.
        words = _AUXILIARY_ON.split(words)[0] or words
        if _TIME_WORD.match(words):
            return CountAsked(words, _TIME)
        return CountAsked(words, next((kind for pattern, kind in _KIND_EN
                                       if pattern.search(words)), None))
    m = _KEYWORD_COUNT.search(question)
    if m and not _OTHER_QUESTION_ZH.search(question):
        # A delegate's search-box query: "第五次会议 出席 会员国 数目" counts 会员国 as
        # "第五次会议出席会员国有多少个？" does.
        head = _noun_just_before(question[: m.start()].rstrip(" \u3000").removesuffix("的"))
        if m.group(0).lstrip(" \u3000").startswith("数") and len(head) < 2:
            return None  # 指数, 参数: a bare 数 after one character is a word of its own
        return CountAsked(head, None) if head else None
    return None


# The number word closing a query that asks nothing else ("会员国 数目", "副主席人数", "会员国数"):
# one asking something of it asks that ("哪些因素影响会员国数目"); one with 多少 or 几 is read
# above. (A bare 数 after a noun: not that of 次数, 倍数, 多数, 半数, 无数.)
_KEYWORD_COUNT = re.compile(r"(?:数目|数量|总数|人数|(?<=[\u4e00-\u9fff])(?<![次倍分多少半总无人])数)"
                            r"[ \u3000]*[？?]?[ \u3000]*$")
# (何 of 为何 and 如何, not of 任何 or 几何; and an A-not-A question, 有没有规定人数.)
_OTHER_QUESTION_ZH = re.compile(r"什么|哪|谁|(?<![任几])何|怎|吗|是否|能否|可否|"
                                + ASKS_EITHER_WAY.pattern)


# Lower case only: "May" is a month ("How many States in May 2011 replied?").
_AUXILIARY_ON = re.compile(r"\s+\b(?:did|do|does|were|was|are|is|have|has|had|will|would|"
                           r"can|could|should|may|might|must|shall)\b.*$")

# An amount noun, then how it is put ("经费预计需要多少", "预算大约是多少").
_AMOUNT_ASKED = (r"(金额|数额|费用|经费|资金|预算)[ \u3000]*(?:预计|估计|大约|大概|约|共计|总共|"
                 r"一共)?[ \u3000]*(?:需要|需|要|达到|为|是|有)?[ \u3000]*")
# (Not a count or a length of something else: "预算要多少天批准", "资金要多少次会议".)
_HOW_MUCH = re.compile(r"\bhow much\b|多少钱|" + _AMOUNT_ASKED + "多少(?![ \u3000]*(?:"
                       + "|".join("".join(MEASURE_KINDS)) + "))", re.I)
_AMOUNT_BEFORE = re.compile(_AMOUNT_ASKED + r"[ \u3000]*$")


_IDENTIFIER = re.compile(r"(?:文号|编号|文件号|号码|代号|符号)$")
_PARTITIVE = re.compile(r"([^，。？?；,]+?)(?:(?:之|当)?中[，,]?|[，,][ \u3000]{0,3}其中)[ \u3000]{0,3}"
                        r"(?:有|共有|一共有)?[ \u3000]{0,3}$")


# "98 Member States", "4 intergovernmental organizations": a number in figures, then the noun
# it counts (its first word, capitalised or plural): not "paragraph 36 of its report".
_COUNT_EN = re.compile(r"(?<![\d/.,])(\d{1,3}(?:,\d{3})*)\s+([A-Z][a-z-]+|[a-z-]{2,}[^s\W]s)\b")
_FIGURES = re.compile(r"\d+(?:,\d{3})*")


def counts_stated(text: str) -> set[tuple[str, str]]:
    """The counts a text states in figures, as (number, the word after it): ("98", "个会员国")
    of 98 个会员国, ("98", "Member") of "98 Member States". Dates, symbols and numbers in words
    are none (三 is a character of many words)."""
    found = set()
    for m in re.finditer(_QUANTITY, text):
        if _is_count(m, None) and _FIGURES.fullmatch(m.group("number")):
            rest = next(iter(part_of_speech(text[m.end():].lstrip())), None)
            found.add((m.group("number"), m.group("measure") + (rest.word if rest else "")))
    return found | {(n, word) for n, word in _COUNT_EN.findall(text) if word.lower() not in MONTHS}


# "有多少个会员国表态支持……", "how many speakers favoured ...": a count of those who took a
# side, which a count of those who attended (出席会议的代表分别来自 98 个会员国) is not. Reports
# give sides without numbers ("一些发言者", "许多发言者").
# (Not 支持 alone, nor "support": 会议服务资源能支持多少场全体会议 is what resources allow.)
_STANCE = re.compile(r"表示支持|表态|主张|赞成|反对|赞同|呼吁|倡导|"
                     r"\b(?:supported|favou?red|opposed|called for|argued|endorsed|advocated|backed)\b",
                     re.I)
# A view held is a side too, when the things counted hold it: "有多少名发言者认为不需要新的文书",
# "how many speakers said a new instrument was not needed" (reports: "许多发言者认为……"). Not
# another's view ("秘书处认为……需要举行多少届会议"), nor "as stated in the report", "said to".
_VIEW_EN = r"(?:said|stated|considered|believed|thought|felt)\b"
# Or held before the things counted: "认为不需要新文书的发言者有多少个".
_HOLDS_VIEW = re.compile(r"(?:多少|几)[^，,。？?；;]{0,12}?认为|"
                         r"认为[^，,。？?；;]{1,30}?的[^，,。？?；;的]{1,8}?(?:具体|一共|总共|共)?有?"
                         r"(?:多少|几)|"
                         r"\bhow many\s+(?:[\w-]+\s+){1,3}?" + _VIEW_EN + r"(?!\s+to\b)", re.I)
_VIEW = re.compile(r"认为|\b" + _VIEW_EN, re.I)
# 支持 alone is a side when it is what the counted speakers or States did, right after them: "有
# 多少名发言者支持制定新文书" (not "多少个国家提供支持", which counts those who gave support).
_SIDES_TAKEN = re.compile(r"(?:多少|几)[ \u3000]*(?:名|个|位)?[ \u3000]*(?:发言者|代表团|会员国|国家|缔约国|专家)"
                          r"(?:都|均|也|曾|明确|公开|表态)?(?:支持|不支持)|"
                          r"\bhow many\s+(?:speakers|delegations|(?:member\s+)?states|countries|experts)"
                          r"\s+(?:also\s+|openly\s+|explicitly\s+)?support\b", re.I)


def stance(text: str) -> bool:
    """Does the text speak of taking a side (支持, 反对, "supported", "called for") or, a passage,
    of a view held (认为, "said")?"""
    return bool(_STANCE.search(text) or _VIEW.search(text))


def asks_stance(question: str) -> bool:
    """Does a "how many" question count those who took a side or held a view?"""
    return bool(_STANCE.search(question) or _HOLDS_VIEW.search(question)
                or _SIDES_TAKEN.search(question))


# A total is no average: "所报案件的平均损失为 5,100 美元" gives no total loss.
_ASKS_TOTAL = re.compile(r"\b(?:total|overall|aggregate)\b|总额|总计|总共|共计|一共|合计|总金额|总损失",
                         re.I)
AVERAGE = re.compile(r"平均|\baverage\b|\bper (?:case|victim|incident)\b", re.I)
"""A clause giving a number this way gives no total."""


# ... nor a share of one: "占损失总额多少", "what share of the total losses" ask a part of it.
_SHARE_BEFORE = re.compile(r"(?<![侵霸抢])占(?![用领据有])[^，。？?；]{0,8}$|"
                           r"\b(?:share|percentage|proportion|part|fraction|per ?cent) of "
                           r"(?:the )?$", re.I)


def asks_total(question: str) -> bool:
    """Does the question ask a total ("what total dollar loss", 损失总额是多少), not a share of
    one (占损失总额多少)?"""
    return any(not _SHARE_BEFORE.search(question[:m.start()])
               for m in _ASKS_TOTAL.finditer(question))


# "How many experts did each regional group actually nominate?": a count of what happened, which
# the methodology's "各区域组将向秘书处提供政府专家（不超过六名）" does not give: it plans, and
# only caps the number.
# 实际 as "in fact" (实际上, 实际有, 实际提供, 实际一共开了), not the adjective of 实际案件
# ("actual cases").
_ASKS_ACTUAL = re.compile(r"实际上|实际(?=(?:一共|总共|共)?(?:[有向在是由给举提出参收获筹派到得为召]|"
                          r"开(?:了|过|会)))|"
                          r"究竟|到底|"
                          r"\bactually\b|\bin (?:fact|practice|reality)\b|"
                          r"\bactual (?:number|count|total|amount)\b", re.I)
_NUMERAL = r"[\d一二三四五六七八九十两]"
CEILING = re.compile(r"(?:不超过|不得超过|至多|最多)[^，。；、的\d一二三四五六七八九十两]{0,4}"
                     + _NUMERAL + r"|"
                     r"\b(?:up to|no more than|at most|a maximum of|not (?:to )?exceed)\s+"
                     r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
"""A number given as a cap ("不超过六名", "up to six"), not how many there were; not 最多的
("the most") nor "from 2011 up to 2013"."""
PLANNED = re.compile(r"将(?!近)|\b(?:will|shall|is to|are to)\b|" + SHOULD.pattern, re.I)
"""What makes a count one planned or required, beside `outcomes.PLAN`: "各区域组将提名六名专家",
"每个区域组应提供六名专家"."""


def asks_actual(question: str) -> bool:
    """Does the question ask what actually happened (实际, 究竟, "actually")?"""
    return bool(_ASKS_ACTUAL.search(question))


def asks_amount(question: str, count: CountAsked | None) -> bool:
    """Is the count asked an amount ("how much", money, funding), not a number of things (which a
    list may answer by being counted)?"""
    return count is not None and (count.measure_kind == MONEY or bool(_HOW_MUCH.search(question)))


# "What percentage / share / proportion of X", 占多大比例, 百分之几: a share, which a text gives
# as a percentage (1.7%, 百分之六十).
_ASKS_SHARE = re.compile(r"\bwhat (?:percentage|share|proportion|fraction|per ?cent)\b|"
                         r"\bwhat (?:is|was|were) the (?:exact )?(?:percentage|proportion)\b|"
                         r"^\s*(?:the )?(?:exact )?(?:percentage|proportion) of\b"
                         + NO_QUESTION_WORD_AFTER + "|"
                         r"\bhow (?:large|big|high) (?:a |the )?(?:share|proportion|percentage)\b|"
                         r"(?:多大|多少|什么)(?:的)?(?:比例|比重|百分比|份额)|百分之几|"
                         r"比例(?:是|为)(?:多少|几)|"
                         # A rate is a share: of questionnaires answered, of crimes reported.
                         r"\bwhat (?:(?!exchange\b|first-)[a-z]+[- ])?rates?\b|"
                         r"\b(?:response|participation|reporting|conviction|success) rates?\b|"
                         r"(?:答复|回复|回应|反馈|参与|报案|定罪|破案|成功)率", re.I)
_SHARE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|per ?cent\b)|百分之[\d零一二三四五六七八九十百点.]+",
                    re.I)


def asks_share(question: str) -> bool:
    """Does the question ask what share of something a part is?"""
    return bool(_ASKS_SHARE.search(question))


# What a share is of, where the question says: "what share ... was due to phishing" (up to what
# places or sources it, "in the 2006 NW3C report"), "尼日利亚信件诈骗在所报美元损失总额中只占多大
# 比例" (the words before 在……中占 or 占, back to the clause's start).
_SHARE_OF_EN = re.compile(r"\b(?:due to|attributable to|attributed to|linked to|accounted for by|"
                          r"caused by|related to|associated with)\s+(?:the\s+)?([^?,.;]+?)"
                          r"(?=\s+(?:in|of|according|as|per|cited|reported|by|from|at|for|"
                          r"during)\b|[?,.;]|$)", re.I)
# ... "有多大比例与网络钓鱼有关".
_SHARE_WITH_ZH = re.compile(r"(?:多大|多少|什么)的?(?:比例|比重|百分比|份额)[^，,。；;？?]{0,6}?"
                            r"(?:与|同|和|跟)([^，,。；;？?]{2,20}?)(?:有关|相关)")
_SHARE_OF_ZH = re.compile(r"([^，,。；;：:？?]{2,30}?)(?:在[^，,。；;？?]{0,24}?中)?(?:只|仅|约)?占"
                          r"(?:[^，,。；;？?]{0,12}?)(?:多大|多少|什么|百分之几|几成)")


def share_asked_of(question: str) -> str:
    """What the share a question asks is the share of ("phishing", "尼日利亚信件诈骗"); "" when it
    does not say apart from the whole."""
    m = _SHARE_OF_EN.search(question)
    if m:
        return m.group(1).strip()
    m = _SHARE_WITH_ZH.search(question)
    if m:
        return m.group(1).strip()
    m = _SHARE_OF_ZH.search(question)
    # Less what it is a share of: "所报美元损失总额中网络钓鱼" -> 网络钓鱼.
    return re.sub(r"^.*(?:显示|表明|指出|(?:总额|总量|总数|总和|损失|报告)中)", "",
                  m.group(1)).strip() if m else ""


def states_share(text: str) -> bool:
    """Does the text give a share (a percentage)?"""
    return bool(_SHARE.search(text))


# "是发达国家的几倍", "how many times more spam": a multiple, which a text gives as one ("三倍",
# "twice as many", "five times as many"), not as a comparison ("更加严重") nor as a count ("met three
# times").
_ASKS_MULTIPLE = re.compile(r"(?:几|多少)[ \u3000]*倍|\bhow many times\s+(?:more|less|fewer|higher|"
                            r"lower|greater|larger|bigger|smaller|as)\b|\bby what factor\b", re.I)
_MULTIPLE = re.compile(r"(?:\d+(?:\.\d+)?|[一两二三四五六七八九十百]+)[ \u3000]*倍|翻[一两]?番|"
                       r"\b(?:twice (?:as|the)\b|(?:doubl|tripl|trebl|quadrupl)(?:ed|es|ing)\b|"
                       r"(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|"
                       r"a hundred|hundred)(?:[- ]?fold\b| times (?:more|less|fewer|as|higher|"
                       r"lower|greater|larger|the)\b))", re.I)


def asks_multiple(question: str) -> bool:
    """Does the question ask how many times something is of another ("几倍")?"""
    return bool(_ASKS_MULTIPLE.search(question))


def states_multiple(text: str) -> bool:
    """Does the text give a multiple ("三倍", "twice as many", "10 times more")?"""
    return bool(_MULTIPLE.search(text))


# jieba tags 就 an adverb even where it is a preposition ("会员国就报告草稿提交了评论意见").
_PREPOSITIONS = frozenset({"就", "对", "向"})


def _head(phrase: str) -> str:
    """The counted noun of a Chinese phrase after 多少: what follows the last 的 (the words before
    it describe it: 有同声传译的全体会议), up to the verb or preposition after it (国家派代表出席 ->
    国家, 票通过 -> 票)."""
    head: list[str] = []
    pairs = list(part_of_speech(phrase))
    for i, pair in enumerate(pairs):
        if pair.word == "的":
            if i == len(pairs) - 1:
                break  # "是以多少票通过的": a closing 的 describes nothing after it
            head = []
        elif pair.word in _AMOUNT_NOUNS and not any(p.word in _AMOUNT_NOUNS for p in head):
            # "各届会议预算": the words before an amount say whose it is; the amount is counted
            # (jieba tags 预算 a verb, which would end the head before it). Only once: 预算外经费
            # is counted whole.
            head = [pair]
        elif pair.word in _AMOUNT_NOUNS:
            head.append(pair)
        elif ((pair.flag.startswith("v") and pair.flag != "vn" or pair.flag == "p"
               or pair.word in _PREPOSITIONS) and any(_nominal(w.flag) for w in head)):
            # (Unless the words so far open with no noun and a 的 follows: a clause describing
            # the head after it. "多少场附有六种正式语文传译的全体会议" counts 全体会议; "多少个
            # 会员国提交了对草稿的评论" still counts 会员国.)
            if not _nominal(head[0].flag) and _closes_clause(pairs, i):
                continue
            break
        elif head or pair.flag not in ("m", "q"):
            head.append(pair)
    return "".join(pair.word for pair in head)


def _closes_clause(pairs: list, at: int) -> bool:
    """Is the verb at `at` the last of a clause a 的 closes, no particle, verb or preposition
    between them ("传译的全体会议"; not "提交了对草稿的评论")?"""
    for pair in pairs[at + 1:-1]:
        if pair.word == "的":
            return True
        if pair.word in ("了", "过") or pair.flag.startswith("v") or pair.flag == "p":
            return False
    return False


def _clause(before: str) -> str:
    """The clause of a question that ends where 多少 stands."""
    return re.split(r"[，。？?；,：:]", before)[-1]


def _subject(before: str) -> str:
    """The counted noun of "X（的数目）是多少": X's head, when 多少 follows a copula (是, 为, 有);
    "开几天" (a verb's duration) names no counted thing."""
    clause = _clause(before)
    stripped = _COPULA_TAIL.sub("", clause)
    if stripped == clause:
        stripped = _COMPARED_TAIL.sub("", _CHANGE_TAIL.sub("", clause))
    if stripped == clause:
        return ""
    if _NUMBER_WORD_TAIL.search(stripped):
        # "第六次会议出席会员国数目是多少": the number word's noun is counted (会员国), not the
        # clause's first noun, which says where (第六次会议).
        noun = _noun_just_before(stripped)
        if noun:
            return noun
    return _head(_NUMBER_WORD_TAIL.sub("", stripped).split("的")[-1])


def _last_noun(before: str) -> str:
    """The last noun of the clause before 多少 ("平均每宗损失" -> 损失; not an adverb: 一共)."""
    return next((pair.word for pair in reversed(list(part_of_speech(_clause(before))))
                 if (pair.flag.startswith("n") or pair.flag == "vn") and len(pair.word) > 1), "")


_AMOUNT_NOUNS = frozenset({"金额", "数额", "费用", "经费", "资金", "预算"})  # jieba: 预算 a verb


def _noun_just_before(before: str) -> str:
    """The word right before 多少 when it is a noun (a glossary term, tagged x, is one), else ""."""
    # "会员国数量多少", "副主席人数多少": the number word's noun is counted.
    clause = _NUMBER_WORD_TAIL.sub("", _clause(before).rstrip(" \u3000"))
    pairs = [pair for pair in part_of_speech(clause) if pair.word.strip(" \u3000")]
    if not pairs:
        return ""
    last = pairs[-1]
    nominal = last.flag.startswith("n") or last.flag == "vn" or last.word in _AMOUNT_NOUNS \
        or last.flag == "x" and len(last.word) > 1 and not last.word.isascii()
    # (Not after an adverb, which goes before a verb: jieba tags the 能报 of "每个区域组最多能报
    # 几名？" a noun, and that question counts people.)
    if nominal and len(pairs) > 1 and pairs[-2].flag == "d":
        return ""
    return last.word if nominal else ""


def _nominal(flag: str) -> bool:
    return flag[:1] in ("n", "x", "j") or flag == "vn"


def _kind(measure: str | None) -> str | None:
    if not measure:
        return None
    if re.fullmatch(_CURRENCIES, measure):
        return MONEY
    return next((kind for kind in MEASURE_KINDS if measure in kind), None)


def _is_count(m: re.Match, wanted: str | None) -> bool:
    number, measure = m.group("number"), m.group("measure")
    if measure == "年" and number.isdigit() and int(number) >= 100:
        return False  # 2016 年 is a year
    start = m.start("number")
    if number == "一" and measure in "个项种份" \
            and not m.string[max(0, start - 2): start].endswith(_ONLY) \
            and not m.string.startswith(_SINGLE, m.end()):
        # 一项公约, 一个机制: the indefinite article ("a convention"), not a count; 只有一个,
        # "、一个观察员国" (in a list of counts) and 一个单一的调查工具 ("one single") are counts.
        # 一次 (once) and 一名主席 (one chair) are counts.
        return False
    if wanted is None:
        return _kind(measure) != _TIME  # "how many States": not 两周 ("two weeks")
    return _kind(measure) == wanted


_BARE_AMOUNTS = frozenset({"amount", "sum", "figure"})
_MONEY_AMOUNT = re.compile(r"\d[\d,.]*[ \u3000]{0,2}(?:万|亿)?[ \u3000]{0,2}(?:美元|欧元|元)|"
                           r"(?:US)?\$[ ]?\d|\d[\d,.]*(?: million| billion)? (?:US )?(?:dollars|euros)\b",
                           re.I)


# A sum in the large: "三百万", "1.2 million", "20 亿".
_MAGNITUDE = re.compile(r"\d[\d,.]*\s*(?:million|billion|万|亿)\b|[一二三四五六七八九十百千]+(?:万|亿)", re.I)


def states_amount(text: str) -> bool:
    """Does the text give a sum: money ("5,100 美元", "US$ 2 million") or a figure in millions
    or billions? (Not any number: a report's numbers are mostly its paragraphs, resolutions,
    footnotes and counts of States.)"""
    return bool(_MONEY_AMOUNT.search(text) or _MAGNITUDE.search(text))


def states_count(text: str, forms: set[str], asked: CountAsked) -> bool:
    """Does `text` give a number of one of `forms` (the counted thing's words, in any language
    the text may use)?"""
    lowered = text.lower()
    if asked.measure_kind == MONEY and asked.words in _BARE_AMOUNTS:
        # "What dollar amount was given?" names no thing the money is for: any sum answers.
        return bool(_MONEY_AMOUNT.search(text))
    gap = NEAR if asked.measure_kind else ADJACENT
    if asked.measure_kind == _TIME:
        forms = forms | {"为期"}  # a duration is given as 为期三天 whatever it is the length of
    for form in forms:
        if len(form) == 1 and not form.isascii() and not _kind(form):
            # A counted thing named by one character is its own measure word: 120 票.
            if re.search(_NOT_AFTER + _NUMBER + _GAP + re.escape(form), lowered):
                return True
            continue
        # A noun that begins with its measure word (届会): 八届 counts it when the rest of the
        # noun follows (举行八届会议), not 一个 before anything (一个人 is not 个人).
        if len(form) > 1 and not form.isascii() and _kind(form[0]) \
                and asked.measure_kind in (None, _kind(form[0])):
            if re.search(_NOT_AFTER + _NUMBER + _GAP + re.escape(form[:2]), lowered):
                return True
    if asked.measure_kind == _TIME and "会期" in forms and _DATE_RANGE.search(lowered):
        return True  # a session's length is its dates: 2013 年 2 月 25 日至 28 日
    if asked.measure_kind == _TIME and asked.words in ("会", "会议") and any(
            re.search(_NOT_AFTER + _NUMBER + _GAP + r"天", sentence)
            and re.search(r"会议|举行|召开", sentence) for sentence in re.split(r"[。；;]", lowered)):
        # "开几天会" is the meeting's length in days, in a sentence on meeting: "在四天内举行八次
        # ……全体会议" (not "收到通知后 90 天内提交评论").
        return True
    # Farther than ADJACENT, only through a modifier of the thing counted, which ends in 的
    # (八次[配有……口译的]全体会议): in 一名代表介绍了……问题 the number counts 代表.
    before_form = re.compile(_QUANTITY + r"(?=(?:[^%s]{0,%d}|[^%s]{0,%d}的)$)"
                             % (_CLAUSE_END, ADJACENT, _CLAUSE_END, max(gap - 1, ADJACENT)))
    for form in forms:
        for m in re.finditer(re.escape(form.lower()), lowered):
            if not form.isascii() and m.end() not in word_ends(lowered):
                continue  # 政府 of 政府间组织: "4 个政府间组织" counts no 政府专家
            before = lowered[max(0, m.start() - gap - 8): m.start()]
            if any(_is_count(q, asked.measure_kind) for q in before_form.finditer(before)):
                return True
            after = _QUANTITY_AFTER.match(lowered[m.end(): m.end() + 30])
            if after and _is_count(after, asked.measure_kind):
                return True  # 政府专家（不超过六名）
            if form.isascii() and _EN_NUMBER.search(lowered[max(0, m.start() - 40): m.start()]):
                return True  # "98 Member States", "eight plenary meetings"
    return False


# A list the counted thing introduces counts it, though it writes no number: "恐怖主义组织通过
# 一系列不同方式利用这些技术，例如：(a) 为宣传目的；……(g) ……" gives how many ways. The lead-in
# says that the thing is listed: a word before it (一系列, 下列, 以下 ...) or after it (例如, 如下,
# 包括 ...). Not any noun of the lead-in: "专家组通过了以下临时议程：1. ……" lists no experts, and
# "会员国应当：(a) ……" lists what States should do.
_LISTED_AFTER = re.compile(r"(?:一系列|下列|以下|如下|多种|若干|几[种个项类])[^，,：:]{0,4}$")
_LISTED_BEFORE = re.compile(r"^[^。；;的]{0,12}?(?:例如|如下|包括|诸如)[^。；;的]{0,4}$")
_LISTED_RIGHT_AFTER = re.compile(r"(?:下列|以下)[^，,：:的]{0,4}$")
LEAD_IN_END = 2
"""How far before the colon a thing a word before it says is listed may end ("下列国家：")."""
_LIST_ITEM = re.compile(r"(?:^|(?<=[\s；;：:]))(?:\([a-z]{1,4}\)|\d{1,2}\.)\s")


def _names_run(sentence: str) -> bool:
    """Is the sentence a run of three or more items (、, then 和 / 及) of which at least two name
    a country or a person ("……先生（尼日利亚）")? Not "立法、执法、国际合作和预防"."""
    items = re.split(r"、|和|及", sentence)
    named = sum(1 for item in items if re.search(r"[（(][^（()）]{1,30}[)）]|先生|女士", item)
                or named_countries(item))
    return sentence.count("、") >= 2 and named >= 2


def lists_counted(text: str, forms: set[str]) -> bool:
    """Does `text` list the counted thing after a lead-in naming it, item by marked item or as
    a run of names in one sentence?"""
    for colon in re.finditer(r"[：:]", text):
        after = text[colon.end():]
        marked = len(_LIST_ITEM.findall(after[:400])) >= 2 \
            and bool(_LIST_ITEM.match(after.lstrip()))
        # ... or in one sentence, item、item、……和 item: "讨论由以下专题讨论主讲人主导：George-Maria
        # Tyendezwa 先生（尼日利亚）、……和 Sheri L. Shepherd-Pratt 女士（美国）。"
        if not marked and not _names_run(re.split(r"[。；;]", after, maxsplit=1)[0]):
            continue
        lead = re.split(r"[。；;]", text[:colon.start()])[-1]
        ends = word_ends(lead)
        for form in forms:
            if len(form) < 2 or form.isascii():
                continue
            for m in re.finditer(re.escape(form), lead):
                if m.end() in ends and (
                        (_LISTED_AFTER.search(lead[:m.start()])
                         and len(lead) - m.end() <= LEAD_IN_END)
                        # (In a run of names, what 下列 / 以下 modifies is what is listed,
                        # however the lead-in goes on: "下列国家的专家作了发言：阿尔巴尼亚、……",
                        # "由以下专题讨论主讲人主导：……先生（尼日利亚）、……". Not before marked
                        # items, which may be what those named did: "以下国家的专家介绍了本国的
                        # 经验：(a) 立法；……".)
                        or (not marked and _LISTED_RIGHT_AFTER.search(lead[:m.start()]))
                        or _LISTED_BEFORE.match(lead[m.end():])):
                    return True
    return False


# "出席会议的 9 个……机构分别是哪些？": which the things a question counts are. A report that only
# counts them ("……4 个政府间组织、9 个代表学术界和私营部门的机构。") restates the question's own
# number; one that names them lists them after it (：, （, 包括, 即, 如下, 分别是).
# The counted things are the subject and which they are the predicate, closing the question in
# the same clause: "9 个……机构分别是哪些？", "那 9 个……机构具体是哪几家？", "13 名副主席分别是谁？"
# (not "12 个专题组成了哪几个类别", "98 个会员国的代表讨论了哪些议题", which ask something else).
_ASKS_WHICH_ZH = re.compile(r"(?:分别|具体|各自|究竟|到底)?(?:是|为)(?:哪些|哪几[个家名位项条]?|谁)"
                            r"[？?]?\s*$")
_NAMED_AFTER = re.compile(r"^[^、，,。；;：:（(]*?(?:[：:（(]|包括|即|如下|以下|下列|分别是|分别为|为：)")


def asks_which_counted(question: str) -> list[str]:
    """The numbers of the things a Chinese question counts itself and asks which they are
    ("那 9 个机构具体是哪几家？" -> ["9"]); [] otherwise."""
    m = _ASKS_WHICH_ZH.search(question)
    if not m:
        return []
    clause = re.split(r"[，,。；;：:]", question[: m.start()])[-1]
    return sorted({number for number, after in counts_stated(clause) if not after.isascii()})


def only_counts(text: str, number: str) -> bool:
    """Does the text hold `number` things only as a count, naming none of them: each "9 个……"
    of it runs on to a list's separator or the end, nothing after it saying which?"""
    found = False
    for m in re.finditer(_QUANTITY, text):
        if m.group("number") != number or not _is_count(m, None):
            continue
        found = True
        if _NAMED_AFTER.match(text[m.end():]):
            return False
    return found


# Not an ordinal: 第 6 场会议, 第六次会议 number a meeting, they count nothing.
_NOT_ORDINAL = r"(?<![第\d一二三四五六七八九十两])(?<!第 )"
_ANY_COUNT = re.compile(_NOT_ORDINAL + r"(?:\d+|[一二三四五六七八九十两]+)\s*"
                        r"([个位名次届场项天])|\[\d+\]")


def counts_of_kind(text: str, kind: str | None) -> bool:
    """Does the text count something, of the measure words' `kind` (MEASURE_KINDS) when the
    question says it ("How many sessions": 八届会议, not 一个重要因素)? A bracketed figure ([94],
    a draft's blank) counts whatever it is."""
    return any(kind not in MEASURE_KINDS or m.group(1) is None or m.group(1) in kind
               for m in _ANY_COUNT.finditer(text))


# An English cardinal and the noun it counts, as a Chinese text writes the count: jieba keeps a
# numeral with its measure word (八届会议 -> 八届), which no dictionary rendering of "eight"
# reaches. Finer than _KIND_EN, which only says the kind: here the measure words themselves.
_CARDINAL_ZH = dict(zip("two three four five six seven eight nine ten eleven twelve".split(),
                        "两 三 四 五 六 七 八 九 十 十一 十二".split()))
_MEASURES_OF = {"session": "届", "meeting": "次场", "day": "天", "week": "周", "year": "年",
                "item": "项", "recommendation": "项", "topic": "个", "expert": "名",
                "representative": "名", "state": "个", "countrie": "个", "language": "种"}
# Up to two words apart ("eight negotiating sessions"); not the "two" of "twenty-two".
_ENGLISH_CARDINAL = re.compile(r"(?<![\w-])(" + "|".join(_CARDINAL_ZH) + r")\s+(?:[a-z-]+\s+){0,2}?"
                               r"(" + "|".join(_MEASURES_OF) + r")s?\b", re.I)


def chinese_counts(question: str) -> list[str]:
    """The Chinese words of the counts an English question states ("its eight sessions" ->
    八届; "three meetings" -> 三次, 三场)."""
    return [_CARDINAL_ZH[m.group(1).lower()] + measure
            for m in _ENGLISH_CARDINAL.finditer(question)
            for measure in _MEASURES_OF[m.group(2).lower()]]


def written_as_count(word: str, text: str) -> bool:
    """Does the text write `word` (八届) as a count somewhere, not only inside an ordinal (第十八届,
    第三次, which jieba also cuts into 八届, 三次)?"""
    return bool(re.search(_NOT_ORDINAL + re.escape(word), text))
