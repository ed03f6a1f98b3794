"""The thing an English question asks for: "What penalty does ...", "What is the capital of ...".

When the corpus never speaks of that thing (no rendering of "penalty" or "capital" occurs in it,
main sense or not), no passage can answer, however well the question's other words match: "What is the
population of Brazil?" matched the list of States that spoke, which names 巴西. Key-term coverage
sees one missing term among several; this module says which term is the one asked for.

Only the noun right after "what" / "which" (and "is the", adjectives) counts, and not the nouns
that ask for a kind of value the documents write as numbers or dates ("the latest year by which")
or for one of a class that they name by the instance ("which entity" -> UNODC).
"""

from __future__ import annotations

import re

from .glossary import dictionary_terms
from .tokens import part_of_speech

_FOCUS = re.compile(
    # After is / was an article must come: "What was acknowledged by ..." asks for no noun.
    # ("What exactly does ...?" asks as "What does ...?": the adverb is no thing asked for.)
    r"^\s*(?:what|which)\s+(?:(?:exactly|precisely|specifically|actually|really)\s+)?"
    r"(?:(?:is|are|was|were)\s+(?:the|a|an)\s+|(?:the|a|an)\s+)?"
    r"(?!(?:is|are|was|were|does|do|did|has|have|had|exactly|precisely|specifically|actually|"
    r"really)\b)"
    r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?:of|for|in|on|at|does|do|did|is|are|was|were|has|have|had|will|would|should|can|could|"
    r"must|shall|may|might|under|between|by|per|that|to|from|about|with)\b", re.I)

VALUE_NOUNS = frozenset(
    "year years date dates day days time times month months week weeks number numbers amount "
    "percentage share proportion name names kind kinds type types way ways part parts "
    "paragraph paragraphs article articles symbol symbols clause clauses title titles "
    # ... or for the words themselves ("What exact wording does the report use ...?").
    "wording wordings phrase phrases phrasing expression expressions formulation formulations "
    "words".split())
"""Nouns that ask for a value (a date, a number, a name), not for a topic of their own."""

SHAPE_NOUNS = frozenset(
    "position positions stance view views opinion opinions feature features characteristic "
    "characteristics aspect aspects".split())
"""Nouns that ask for how something is described ("what position did speakers take"): reports
state the view or the features without naming them (许多发言者认为 ...)."""

QUALITY_NOUNS = frozenset(
    "property properties attribute attributes quality qualities principle principles".split())
"""The same as the phrase's noun only ("Which properties of computer data ...": the documents say
"the confidentiality, integrity and availability of computer data"; "What drafting principle
...": "technology-neutral language"); as a modifier they name a thing ("intellectual property
offences", "quality assurance standards")."""

CLASS_NOUNS = frozenset(
    "entity entities body bodies organ organs organization organizations organisation "
    "organisations institution institutions agency agencies country countries state states "
    "person persons people member members delegation delegations document documents thing things "
    "one ones city cities town towns place places".split())
"""Nouns that ask for one of a class ("Which entity was given the job?"): the answer names the
instance (UNODC), so the class's own word need not occur anywhere."""

CALLING_NOUNS = frozenset(
    "professionals officials actors stakeholders participants professional official actor "
    "stakeholder participant".split())
"""People by their calling, asked for as the phrase's noun ("Which professionals should the
training target?": judges, prosecutors and investigators); as a modifier they say which thing
("participant fees", "stakeholder consultation portal")."""


_ABOUT = re.compile(r"\b(?:say|said|says|recommend|recommended|conclude|concluded|decide|decided)"
                    r"\s+(?:about|on|regarding)\s+((?:[a-z][\w-]*\s*){1,3})", re.I)


def asked_topic(question: str) -> list[str]:
    """The words of what an English question asks a body's view on ("What did the Expert Group
    say about climate change?" -> climate, change), lower case; empty when it asks none."""
    m = _ABOUT.search(question)
    return [w.lower() for w in m.group(1).split()] if m else []


# How an English question asks a meaning: "How does the report define X?", "What does the term X
# mean?", "the definition of X". A passage giving it need not say so (footnote 6: 'The term
# "phishing" describes acts ...'): `search` reads the words asking it as no key terms.
_ASKS_MEANING_EN = re.compile(r"\bhow (?:does|do|did|is|are|was|were)\b[^?]*\b(?:define[sd]?|"
                              r"describe[sd]?)\b|\bwhat (?:does|do|did)\b[^?]*\bmean\b|"
                              r"\b(?:definition|meaning) of\b", re.I)
MEANING_WORDS_EN = frozenset({"define", "defines", "defined", "definition", "definitions",
                              "mean", "means", "meaning", "term", "terms", "word", "words",
                              "describe", "describes", "described"})


def asks_meaning_en(question: str) -> bool:
    """Does an English question ask what something means (`_ASKS_MEANING_EN`)?"""
    return bool(_ASKS_MEANING_EN.search(question))


# The term whose meaning an English question asks: "What does the term botnet mean?", "How does
# the report define phishing?", "the definition of cybercrime".
_MEANING_OF = re.compile(
    r"\bthe\s+(?:term|word|phrase|concept|expression)\s+[\"“'‘]?([a-z][\w-]*)|"
    r"\bdefin(?:e|es|ed)\s+(?:the\s+)?[\"“'‘]?([a-z][\w-]*)|"
    r"\b(?:definition|meaning)\s+of\s+(?:the\s+)?[\"“'‘]?([a-z][\w-]*)|"
    r"\bwhat\s+(?:does|do)\s+[\"“'‘]?([a-z][\w-]*)[\"”'’]?\s+mean\b", re.I)
_NO_TERM = MEANING_WORDS_EN | frozenset({
    "it", "this", "that", "these", "those", "them", "phrase", "concept", "expression", "a", "an",
    "is", "was", "are", "were", "did", "does", "do", "has", "have", "had", "used", "in", "of",
    "for", "as", "meant"})


def meaning_asked_of(question: str) -> str | None:
    """The one word whose meaning an English question asks, lower case; None when it asks no
    meaning or points back to the term ("define it")."""
    m = _MEANING_OF.search(question)
    word = next((g for g in m.groups() if g), None) if m else None
    return word.lower() if word and word.lower() not in _NO_TERM else None


# "是否讨论了 X", and where or when X is mentioned: "哪些段落提到了 X", "报告哪里提到了 X",
# "在哪次会议上讨论了 X".
# (Or whether anyone spoke of it: "有没有人专门谈到 X", "有人提到 X 吗？".)
_ABOUT_ZH = re.compile(r"(?:是否(?:曾|也|还)?|哪些?段落?|哪一段|哪里|哪儿|在哪(?:里|儿)?|"
                       r"(?:哪一?|第几)[次届](?:会议)?上?|有没有人(?:专门|特别)?|有人(?:专门|特别)?)"
                       r"(?:讨论|提及|提到|涉及|谈及|谈到|审议|论及|探讨|处理)(?:过|了)?"
                       r"([^，,；;。？?]{2,30}?)(?:的?问题|一事)?(?:吗|呢)?[？?。]")


# A body's view on X: "专家组对气候变化问题有什么结论？", "对 X 提出了哪些建议".
_VIEW_ON_ZH = re.compile(r"对(?:于)?([^，。？?]{2,20}?)(?:的?问题)?(?:有|作出了?|提出了?|得出了?|持)?"
                         r"(?:什么|哪些|何种?|怎样的)(?:结论|看法|建议|论述|意见|立场|观点|评价)")


# Whether a body recommended X: "专家组有没有建议强制服务商为加密通信预留后门？".
_RECOMMENDED_ZH = re.compile(r"(?:是否|有没有|有无)(?:曾|也|还)?(?:建议|提议|主张|要求)(?:过|了)?"
                             r"([^，,；;。？?]{2,40}?)(?:吗|呢)?(?:[，,？?。]|\s*$)")


def asked_topic_zh(question: str) -> str:
    """What a Chinese question asks whether a body discussed, or its view on ("专家组是否讨论了
    人工智能技术的问题？" -> 人工智能技术, "专家组对气候变化问题有什么结论？" -> 气候变化);
    "" when it asks no such thing."""
    m = _ABOUT_ZH.search(question) or _VIEW_ON_ZH.search(question)
    return m.group(1) if m else ""


def recommended_asked_zh(question: str) -> str:
    """What a Chinese question asks whether a body recommended ("有没有建议强制服务商预留后门？"
    -> 强制服务商预留后门); "" when it asks no such thing."""
    m = _RECOMMENDED_ZH.search(question)
    return m.group(1) if m else ""


def last_noun_run(phrase: str) -> list[str]:
    """The words (of two characters or more) of the phrase's last run of nouns: 儿童色情, 制品 of
    "对儿童色情制品定罪", 解密, 后门 of "为加密通信预留解密后门" (jieba tags 解密 a name)."""
    runs: list[list[str]] = [[]]
    for pair in part_of_speech(phrase):
        if pair.flag[:1] in ("n", "x"):
            runs[-1].append(pair.word)
        elif runs[-1]:
            runs.append([])
    last = next((run for run in reversed(runs) if run), [])
    return [w for w in last if len(w) > 1]


# The kind of thing a Chinese question asks for, ending it: "……对会员国具有何种法律拘束力？".
_KIND_ASKED_ZH = re.compile(r"(?:何种|哪一?种|哪一?类|什么样的?|怎样的)([^，。？?、；;：:\s]{2,8}?)"
                            r"(?:[？?]|\s*$)")


# What a Chinese question asks the contents of: "特设委员会组织会议的临时议程都包括哪些项目？"
# -> 临时议程 (after the last 的 before 包括哪些: its own name, not whose it is).
_CONTENTS_ASKED_ZH = re.compile(r"的([^，,。？?的、；;\s]{2,8}?)(?:都|主要|具体|一共|分别)?"
                                r"(?:包括|包含|列有|涵盖)了?哪些")


def contents_asked_of_zh(question: str) -> str:
    """The noun whose contents a Chinese question asks ("……的临时议程都包括哪些项目？" ->
    临时议程), "" when it asks none: its last noun (能力建设 of "能力建设应")."""
    m = _CONTENTS_ASKED_ZH.search(question)
    if not m:
        return ""
    nouns = [p.word for p in part_of_speech(m.group(1))
             if p.flag[:1] in ("n", "x") and len(p.word) > 1]
    return nouns[-1] if nouns else ""


# What a Chinese question asks how, where or how long ahead to get done: "需要如何办理注册和出入
# 证件？", "提前多久办理申根签证？", "去哪里能办出入证？". (Not any 办理: "各国在办理电子证据调取
# 时应遵循什么原则？" asks a principle; nor the 办 of 办公室, 办法.)
_ERRAND_ZH = re.compile(r"(?:如何|怎么|怎样|哪里|哪儿|何处|多久|提前)[^，,。？?；;]{0,6}?"
                        r"(?:办理|办(?![公法事学会]))([^，,。？?；;\s]{2,10}?)"
                        r"(?:的?手续|事宜)?(?:[？?，,]|\s*$|需要|要|时|须|应)")


def errand_asked_zh(question: str) -> str:
    """The thing a Chinese question asks how to get done (办理), its last word: 证件 of "如何办理注
    册和出入证件", 签证 of "办理申根签证" (which jieba tags a verb); "" when it asks none."""
    m = _ERRAND_ZH.search(question)
    words = [p.word for p in part_of_speech(m.group(1)) if len(p.word) > 1] if m else []
    return words[-1] if words else ""


# ... and an English one: "How do I apply for a Schengen visa ...?", "How can we book a hotel
# room near the VIC?". The words after the verb, up to a preposition or the clause's end.
_ERRAND_EN = re.compile(r"\bhow (?:do|can|should|could|would|may|might|does) (?:i|we|one|you|"
                        r"delegates?|a delegate|delegations?|a delegation)\s+(?:best\s+)?"
                        r"(?:apply for|obtain|get|book|reserve|arrange|register for|renew|"
                        r"request|pay for|buy)\s+(?:(?:a|an|the|my|our|their)\s+)?"
                        r"((?:[a-z][\w-]*\s*){1,4}?)(?=\s*(?:\b(?:to|for|at|in|near|from|on|"
                        r"with|and|or|so|before|after|while)\b|[?,.;]|$))", re.I)


def errand_asked_en(question: str) -> list[str]:
    """The words of the thing an English question asks how to get done ("a Schengen visa" ->
    schengen, visa), lower case; [] when it asks none."""
    m = _ERRAND_EN.search(question)
    return m.group(1).lower().split() if m else []


# ... and whether a body recommended it, in English, asked yes or no: "Did the Expert Group
# recommend prohibiting mandatory encryption backdoors for messaging apps?" The words after the
# verb (and after "that States"), up to a preposition, a conjunction or the clause's end: the thing
# recommended, its noun last. (Not "What did they suggest about ...": the topic, `asked_topic`.)
_RECOMMENDED_EN = re.compile(
    r"^\W*(?:did|does|do|has|have|had)\b[^?]{0,60}?\b(?:recommend(?:ed|s)?|suggest(?:ed|s)?|"
    r"propose[ds]?|urge[ds]?|advise[ds]?|call(?:ed|s)?\s+for)\s+(?:that\s+)?"
    r"(?:(?:member\s+)?states\s+|countries\s+|governments\s+)?"
    r"(?!(?:about|on|regarding|concerning)\b)((?:[a-z][\w-]*\s*){1,5}?)"
    r"(?=\s*(?:\b(?:to|for|of|in|on|at|with|by|against|from|into|under|and|or|that|when|if|"
    r"should|would|could|must|as|be)\b|[?,.;]|$))", re.I)


def recommended_asked_en(question: str) -> list[str]:
    """The words of what an English yes/no question asks whether a body recommended ("recommend
    prohibiting mandatory encryption backdoors for messaging apps" -> prohibiting, mandatory,
    encryption, backdoors), lower case; [] when it asks no such thing."""
    m = _RECOMMENDED_EN.search(question)
    words = m.group(1).lower().split() if m else []
    # Its noun last: not an adverb after it ("share information quickly").
    while words and words[-1].endswith("ly"):
        words.pop()
    # A verb alone says how, not what: "propose looking into whether ...".
    return words if len(words) > 1 else []


def asked_kind_zh(question: str) -> str:
    """The noun phrase a Chinese question asks a kind of, when it ends the question ("何种法律拘束
    力？" -> 法律拘束力); "" when it asks none."""
    m = _KIND_ASKED_ZH.search(question)
    if not m:
        return ""
    # A noun phrase: "哪类规则来处理？" ends with what is done with the kind, not the kind.
    last = part_of_speech(m.group(1))[-1:]
    return m.group(1) if last and last[0].flag[:1] in ("n", "x") else ""


_PARTICIPLE = re.compile(r"[a-z]{3,}ed|written|given|taken|held|made|drawn|shown|known|seen|"
                         r"done|sent")


def _asked_phrase(question: str) -> list[str]:
    """The words of the phrase an English wh-question asks for, the noun last; [] when it asks
    for none, or for a value, class or shape noun: before one stand adjectives ("which
    intergovernmental organizations"), after it the question's verb ("which countries spoke at
    ...", not a thing called "spoke")."""
    m = _FOCUS.match(question)
    if not m:
        return []
    words = m.group(1).lower().split()
    # A participle after the noun begins what describes it: "Which ITU guide written for
    # developing countries ..." asks for a guide.
    # (The phrase's last word only, before the preposition: "Which draft revised rules were
    # adopted?" asks for rules.)
    if len(words) > 1 and _PARTICIPLE.fullmatch(words[-1]) and not words[-2].endswith("ly"):
        words = words[:-1]
    if any(w in VALUE_NOUNS | CLASS_NOUNS | SHAPE_NOUNS for w in words) \
            or words and words[-1] in CALLING_NOUNS | QUALITY_NOUNS:
        return []
    return words


def asked_thing(question: str) -> str | None:
    """The noun an English wh-question asks for (lower case), or None."""
    words = _asked_phrase(question)
    return words[-1] if words else None


def asked_kind(question: str) -> list[str]:
    """The words naming what an English wh-question asks for: its noun and the nouns before it
    ("prison sentence" of "What maximum prison sentence ..."): a thing the corpus never speaks
    of may be named by its modifier (it has 判决, "sentence", but never 监狱, "prison"). Not an
    adjective, which the dictionary renders with 的 ("tailored", 剪裁讲究的: the corpus says
    因地制宜的 instead). [] when `asked_thing` finds none.

    A length of something is asked of that thing: "What maximum period of pre-trial detention
    ..." asks for one of detention (the documents speak of periods, of the workplan's)."""
    words = _asked_phrase(question)
    kind = [w for w in words[:-1] if not _adjective(w)] + words[-1:]
    m = _FOCUS.match(question)
    if words and words[-1] in _LENGTH_NOUNS and m and m.group(0).lower().endswith(" of"):
        of = _OF_PHRASE.match(question[m.end():])
        if of:
            kind += [w for w in of.group(1).lower().split() if not _adjective(w)]
    return kind


_LENGTH_NOUNS = frozenset("period periods length lengths duration durations term terms".split())
# The noun phrase after "of", up to the next preposition or verb: "pre-trial detention" of "...
# period of pre-trial detention for cybercrime suspects did ...".
_OF_PHRASE = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                        r"(?=\s+(?:for|of|in|on|at|by|to|under|does|do|did|is|are|was|were|has|"
                        r"have|had|will|would|should|can|could|may|might|must)\b|\s*[?]|$)", re.I)


# Words of quantity or degree before the asked noun ("total cost", "maximum penalty") say which
# value is asked, not what it is of; the dictionary renders some as nouns (total: 总数).
_DEGREE = frozenset("total overall maximum minimum average approximate estimated exact precise "
                    "specific particular main key final full complete entire official".split())


def _adjective(word: str) -> bool:
    renderings = dictionary_terms(word)
    return word in _DEGREE or not renderings or renderings[0].endswith("的")


DOCUMENT_VALUE_WORDS = frozenset(
    "印发 发布 签发 发表 标题 题目 名称 全称 日期 印发日期 发布日期".split())
"""Chinese words that name the value such a question asks for, not a topic: no key terms."""
_DOCUMENT = "\x00"  # stands for the symbol in the patterns below
_DOCUMENT_VALUE = re.compile(
    r"\b(?:title|date|name|subject)\s+of\s+(?:(?:the\s+)?(?:document|report)\s+)?\x00"
    r"|\bwhen\s+(?:was|is)\s+(?:(?:the\s+)?(?:document|report)\s+)?\x00\s*"
    r"(?:issued|dated|published|released|circulated)\b"
    r"|\x00\s*(?:is\s+|was\s+)?(?:titled|called|entitled|dated)\b"
    r"|\x00\s*(?:号?文件|报告)?\s*的?\s*(?:标题|题目|名称|全称|日期|印发日期|发布日期)"
    r"|\x00.{0,6}(?:什么时候|何时|哪一?天|哪一?年|什么日期).{0,4}(?:印发|发布|签发|发表)"
    r"|\x00.{0,4}(?:印发|发布|签发|发表)(?:于|的)?(?:什么时候|何时|哪一?天|哪一?年|日期)"
    # ... or the session it was issued for, which its front matter heads it with ("委员会第二十届会
    # 议，2011 年 4 月 11 日至 15 日，维也纳").
    r"|\x00\s*(?:号?文件|报告)?\s*(?:是|系)?(?:提交|印发|供)给?[^？?，,。]{0,8}?"
    r"(?:哪一?|什么)(?:届|次)?(?:会议|届会|机构)"
    r"|\x00\s+(?:was|is)\s+(?:submitted|issued|prepared)\s+(?:to|for)\s+(?:which|what)\s+"
    r"(?:session|meeting|body)\b"
    r"|\b(?:which|what)\s+(?:session|meeting)\s+(?:was|is)\s+\x00\s+"
    r"(?:submitted|issued|prepared)\s+(?:to|for)\b", re.I)


def asks_for_document_value(question: str, symbol: str) -> bool:
    """Does the question ask for a value of the document `symbol` itself, which its front matter
    gives ("What is the title of E/CN.15/2011/19?", "E/CN.15/2011/19 是什么时候印发的？"), rather
    than what passages citing it say?"""
    return bool(_DOCUMENT_VALUE.search(question.replace(symbol, _DOCUMENT)))


# The symbol as where to look: "根据 UNODC/CCPCJ/EG.4/2017/1，……", "E/CN.15/2018/12 中提到……",
# "According to E/CN.15/2018/12, ...", "In E/CN.15/2011/19, ...".
_AS_SOURCE = re.compile(
    r"(?:根据|按照|依据|据|在)\s*(?:《[^》]*》)?\s*(?:报告|背景文件|文件|说明)?\s*\x00(?!\s*(?:号?文件)?\s*(?:之|以)?[前后])|"
    r"\x00\s*(?:号?文件)?\s*(?:中|里|内|之中|指出|提到|称|表示|所述)"
    r"|\b(?:according to|in|under|per)\s+(?:the\s+)?(?:(?:document|report|(?:background )?paper|"
    r"note)\s+)?\x00"
    # ... or as the one that says it: "What source does X cite for ...", "X 引用了哪篇文章".
    r"|\b(?:does|did|do)\s+(?:the\s+)?(?:(?:document|report)\s+)?\x00\s+(?:cite|quote|say|state|"
    r"list|mention|note|give|recommend|propose|describe|define|suggest)\b"
    r"|\x00\s*(?:号?文件)?\s*(?:引用|援引|引述|列出|列举|写道|给出|建议|说明|规定|要求|认为|"
    r"介绍|记载|载有|显示|(?:是)?(?:如何|怎样|怎么)(?!\s*(?:印发|发布|编号)))"
    r"|\x00\s+(?:says|states|recommends|notes|lists|proposes|describes|provides|cites)\b"
    # ... or as the one whose content a clause speaks of: "X 所报告的那次会议", "X 所列的文件"
    # (opening the question or a clause, as above); or as a report whose own proceedings are
    # asked: "X 报告在哪一场会议上通过".
    r"|(?:^|[，,：:；;。])\s*\x00\s*(?:号?文件|报告)?\s*所(?:报告|述|列|载|涉)"
    r"|^\s*\x00\s*(?:号?文件|报告)\s*(?:在|于)\s*哪一?[场次届]?会议上?(?:通过|审议)"
    # ... or as the heading of the question: "E/CN.15/2018/12：第四次会议在哪几天讨论了……？";
    # also a search box's, before the words to look for in it: "UNODC/CCPCJ/EG.4/2017/1 重新召集
    # 的主席团 报告员 是谁" (not where others cite X, 被, 哪些文件: "X 报告在哪些文件中被引用";
    # nor before 是, 的, a time: "X 是哪次会议的报告" asks what X is, "X 之后 的 报告" a later
    # one, "X 的后续报告" and "X 报告的第四次会议" are read below, as what X is about: its front
    # matter may be what answers).
    r"|^\s*\x00\s*[：:]|^\s*\x00[ \u3000]+(?![^\x00]*(?:被|哪些文件|哪份文件|哪几份文件))"
    r"(?!(?:号?文件|报告)?\s*(?:是|为|的|之?前|之?后|以前|以后|后续))(?=[^\x00]*[\u4e00-\u9fff])"
    # (In English, two or more words of a topic: "E/CN.15/2018/12 recommendations on service
    # providers"; not with a word anywhere after it asking what the document is or which others
    # cite it: "X what is its title?", "X report of which meeting", "X which documents cite it".)
    r"|^\s*\x00[ ]+(?!(?:is|was|are|were|has|had|and|or|in|by|of|to|about)\b)"
    r"(?![^\x00]*\b(?:cited|cites?|citing|quoted|mentioned|refers?|referred|referring|title|"
    r"dated?|symbol|summary|contents?|subject|overview|issued|issue|published|adopted|meaning|"
    r"report of|documents?|before|after|follow[- ]?up|later|earlier|previous|preceding|next)\b)"
    r"(?=[a-z][\w-]*\s+[a-z][\w-]*)"
    # ... or as the one whose part is asked: "X 的时间表" (its title or date, which its front
    # matter gives, is asked first: asks_for_document_value); not what it is about as a whole
    # ("X 的主要内容", its title says) nor a point in time ("X 的后续报告").
    # Only where the symbol opens the question or a clause: in "哪些文件引用了 X 的结论？" X is
    # what others cite.
    r"|(?:^|[，,：:；;。])\s*\x00\s*的(?!\s*(?:主要)?(?:内容|主题|概要|要点|大意|性质)|"
    r"\s*之?(?:前(?!言)|后))"
    # ... or as the one whose annexes are asked: "X 的附件一和附件二", "the annexes of X".
    r"|\x00\s*(?:两个|各个)?附件|\bannex(?:es)?\s+(?:[IVX]+\s+(?:and\s+[IVX]+\s+)?)?(?:of|to)\s+"
    r"(?:the\s+)?(?:(?:document|report)\s+)?\x00", re.I)


def cites_as_source(question: str, symbol: str) -> bool:
    """Does the question name the document `symbol` as where its answer is ("根据 X，……",
    "According to X, ...") rather than ask about the document itself ("X 是哪次会议的报告？")?"""
    return bool(_AS_SOURCE.search(question.replace(symbol, _DOCUMENT)))
