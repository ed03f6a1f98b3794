"""Questions that ask the documents to compare two things ("哪一个更为有效", "shorter or longer
than"), and whether a passage makes any comparison at all.

Such a question shares nearly all its key terms with passages that discuss each thing on its own
(the Budapest Convention here, the Organized Crime Convention there), so coverage answers it; but
a report that never weighs one against the other cannot say which is more effective. A passage
that does compare says so in words (比……更, 相比, 较为, "than", "compared with").
"""

from __future__ import annotations

import re

# 比 as "than", not inside a word: 比例 (share), 比利时 (Belgium), 哥伦比亚, 冈比亚, 比如 (e.g.).
_THAN_ZH = r"(?<![伦冈])比(?!例|利时|如|方|较研究|重)"

_ASKS_ZH = re.compile(
    r"(?:哪一?(?:个|项|种|方)|谁)[^，。？?]{0,30}更|" + _THAN_ZH + r"[^，。？?]{1,20}?更|"
    r"与[^，。？?]{1,20}?相比|相比之下|孰优孰劣")
_COMPARATIVE_EN = (r"(?:more|less|fewer|better|worse|(?:short|long|larg|small|great|high|low|"
                   r"fast|slow|strong|weak|earli|quick|broad|narrow|bigg|wid|easi|hard|cheap)er)")
_ASKS_EN = re.compile(
    r"\b" + _COMPARATIVE_EN + r"\b[^?.]{0,60}?\bthan\b|\bcompared? (?:with|to)\b|"
    r"\bwhich (?:one )?of (?:the two|them|these|both)\b[^?]*\b" + _COMPARATIVE_EN + r"\b", re.I)

_STATES = re.compile(
    _THAN_ZH + r"[^，。；;]{1,25}?(?:更|还|要|高|低|多|少|严重|突出|大|小|强|弱|快|慢|长|短)|"
    r"更为|更加|相比|相较|较为|较(?:高|低|多|少|大|小|强|弱|快|慢|长|短)|超过|多于|少于|不如|"
    # A contrast answers "how does X compare with Y" as well: 引渡通常有双重犯罪要求，而司法协助
    # 则不一定.
    r"不同|区别|差异|差别|有别|而[^，。；;]{1,20}?则|"
    r"\bthan\b|\bcompared (?:with|to)\b|\bunlike\b|\bwhereas\b|\bdiffer", re.I)


def asks_comparison(question: str) -> bool:
    """Does the question ask which of two things is more so, or how they differ in degree?"""
    return bool(_ASKS_ZH.search(question) or _ASKS_EN.search(question))


def states_comparison(text: str) -> bool:
    """Does the text weigh one thing against another?"""
    return bool(_STATES.search(text))


# How things differ, as what is asked: "引渡和司法协助有什么区别？", "各国的做法有何不同？",
# "How do extradition and mutual legal assistance differ ...?". Not a difference the question
# only sets the scene with ("在讨论网络安全与网络犯罪的区别时，……哪些论坛").
_ASKS_DIFFERENCE = re.compile(
    # (不同 before a noun only as a way of doing: 有哪些不同做法, not 有哪些不同类型的立法.)
    r"(?:有|存在)(?:什么|何|哪些)(?:区别|差异|差别)|(?:区别|差异|差别|不同之处)(?:是什么|何在|在哪)|"
    r"(?:有|存在)(?:什么|哪些)不同(?=之处|[？?。，,]|$)|"
    r"有(?:哪些|什么)不同(?:的)?(?:做法|办法|方式|规定|要求)|(?:如何|怎样|有何)不同|"
    r"\bhow (?:do|does|did)\b[^?]{1,80}\bdiffer\b|\bwhat (?:is|are) the differences?\b|"
    r"\bin what ways? (?:do|does|did)\b[^?]{1,80}\bdiffer\b|\bwhat different\b|"
    # Whether one is as the other: "Is dual criminality required for mutual legal assistance in
    # the same way as for extradition?", "司法协助是否与引渡一样要求双重犯罪？".
    # (Not a thing the same as another, "与上次会议相同的议程", nor the scene a clause sets, "与
    # 2018 年一样，……"; nor 和 / 与 / 同 inside 和平, 与会, 同意, 同时, 共同 ...)
    r"\b(?:in the same way|to the same extent) as\b|"
    r"(?:和(?![平解])|(?<!参)与(?!会)|(?<![共相如赞协认一])同(?![意时样一])|跟)"
    r"[^，,。？?；;]{1,20}?(?:一样|相同)(?![的，,])", re.I)


def asks_difference(question: str) -> bool:
    """Does the question ask how two things, or different parties' ways, differ?"""
    return bool(_ASKS_DIFFERENCE.search(question))


# A contrast drawn in the text, one side against the other: "引渡通常有双重犯罪要求，而司法协助则
# 不一定", "一些国家让行业完全自愿……还有的国家……规定", "whereas", "some ..., others ...". Not the
# word for a difference alone: "调查措施上的差异" names one, it does not say what it is. (Apart
# from `_STATES`, which any comparison meets: read as one there, 一些……其他 answered "哪一个更为有效"
# from a passage weighing nothing, negatives 2 n2-10.)
_CONTRASTS = re.compile(
    # (Not the 而 of 从而 / 因而, nor the 则 of 原则 / 规则 / 准则 / 否则.)
    r"(?<![从因然进继])而[^。；;]{1,30}?(?<![原规准否细])则|相比之下|与此相反|反之|另一方面|"
    # The other side opens a clause, or the next sentence: "一些国家……。还有的国家……", "一些代表团
    # 认为……；另一些代表团认为……". (Not the 有的 of 现有的 / 所有的, nor the 部分 of 大部分.)
    r"(?:一些|有些|(?<![现所特固具享拥没])有的|(?<![大小一第])部分)[^\n]{1,80}?[，,。；;]\s*"
    r"(?:另一些|还有一些|还有的|有的|其他一些|其他|另有)|"
    r"\bwhereas\b|\bunlike\b|\bon the other hand\b|\bin contrast\b|"
    r"\bsome\b[^.;]{1,120}?\bothers\b", re.I)


def contrasts(text: str) -> bool:
    """Does the text set one thing or party against another (而……则, 一些……还有的, whereas)?"""
    return bool(_CONTRASTS.search(text))


def contrast_spans(text: str) -> list[tuple[int, int]]:
    """Where the text draws its contrasts (`contrasts`), as (start, end) offsets."""
    return [m.span() for m in _CONTRASTS.finditer(text)]


# The superlative: which one is the most so ("哪一项得到的会员国支持最多", "Which framework is the
# most comprehensive?"). A report that lists proposals side by side ranks none; one that ranks says
# 最 / 大多数 / 大多 / "most". (Not 最后, 最终, 最新, 最近, 最初, which rank nothing, nor the set phrase
# 最佳做法, "best practices".)
_ASKS_MOST_ZH = re.compile(r"(?:哪一?(?:个|项|种|方|条|国|些)|谁)[^，。？?]{0,30}"
                           r"最(?:多|少|大|小|高|低|受|为|常|频繁|先|早|晚|重要|主要|普遍)")
# (Not "at least" / "at most", a bound, nor "the most recent", a date.)
_ASKS_MOST_EN = re.compile(r"\b(?:which|who|what)\b[^?]{0,60}(?<!\bat )\b(?:most|least|largest|"
                           r"greatest|highest|lowest|fewest)\b(?!\s+(?:recent|recently)\b)", re.I)
_STATES_MOST = re.compile(r"最(?!后|终|新|近|初|佳做法|佳实践)|多数|大多|"
                          r"\b(?:most|least|largest|greatest|highest|lowest|fewest|best|worst|"
                          r"majority)\b", re.I)


def asks_superlative(question: str) -> bool:
    """Does the question ask which one is the most (or least) so?"""
    return bool(_ASKS_MOST_ZH.search(question) or _ASKS_MOST_EN.search(question))


def states_superlative(text: str) -> bool:
    """Does the text single one thing out as the most (or least) so?"""
    return bool(_STATES_MOST.search(text))


# Which of the meetings a question names had more of something: "第三次会议和第四次会议相比，哪一
# 次出席的会员国更多？", "Which meeting was attended by more Member States?". The documents answer it
# with a count for each meeting (98 个会员国 at the fourth, 94 at the sixth), never in words; one
# meeting's count does not say which had more.
_MORE_OF_ZH = re.compile(r"哪一?(?:次|届|场)(?:会议|届会)?([^，。？?；;]{1,16}?)(?:更|较|比较)(?:多|少)")
_MORE_OF_EN = re.compile(r"\bwhich (?:meeting|session)s?\b[^?]{0,40}?\b(?:more|fewer)\s+"
                         r"((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+s)\b", re.I)


_LENGTH = re.compile(r"天数|日数|天|时间|时长|会期|多久|长")


def count_compared(question: str) -> str | None:
    """The words naming what a question compares the meetings' counts of ("会员国", "Member
    States"), or None when it compares no counts of meetings."""
    m = _MORE_OF_ZH.search(question)
    if m:
        # What is counted follows its modifier: 出席的会员国.
        words = m.group(1).split("的")[-1].strip(" \u3000")
        # A length is no count of things: the documents give a meeting's by its dates.
        return None if not words or _LENGTH.search(words) else words
    m = _MORE_OF_EN.search(question)
    return m.group(1) if m else None


# Counts or degrees weighed one against the other: "哪次更多", "多了多少", "增加了多少", "之差".
_WEIGHED_ZH = re.compile(r"哪一?[次届场个年][^，。？?；;]{0,8}?更|多了|少了|(?:增加|减少)了?多少|之差|相差")


def weighs_one_against_other(question: str) -> bool:
    """Does the question weigh two things against each other (compare them, ask how they differ,
    which had more, by how much one grew)? Its answer then needs both, not one of them."""
    return bool(asks_comparison(question) or asks_difference(question)
                or count_compared(question) is not None or _WEIGHED_ZH.search(question))
