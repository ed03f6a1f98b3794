"""What a question says of the asker, not of the documents: "我在一个发展中国家做网络安全报道，
常有人对我说……。2011年那份报告……是否提到……？", "Our power grid was hit by an attack last year.
In the 2018 list ..., is there anything about ...?".

A sentence in the first person that asks nothing is the asker's own background: its words (报道,
富裕, "power grid") are no key terms a passage must hold, and counted against every answer. It
is dropped before the question is read, as long as a question is left; a sentence that names a
document, a place in one, a quoted term, a number, a meeting or a body stays, whoever speaks
("My question is on paragraph 9 (c).", "I missed the fifth meeting. When was it held?").
An official letter's formulas and courtesies ("烦请贵方拨冗说明：", "不胜感激") go too, with the
clauses giving the asker's purpose or position ("为完善……档案，", "且我方需就此拟定对外口径").
"""

from __future__ import annotations

import re

from .symbols import SYMBOL_RE

# A sentence with its end: 。！？; and ".", "!", "?" before a space (not "No. 185", "para. 9").
_SENTENCE = re.compile(r"[^。！!？?；;]+?(?:[。！!？?；;]+|(?<![A-Z]\w)(?<!\b[Nn]o)(?<!para)"
                       r"\.(?=\s)|$)", re.S)
# ("us" only in lower case: "US" is the United States.)
_FIRST_PERSON = re.compile(r"(?:(?<!自)|(?<=来自))我|咱们|本人|\bI(?:'m|'ve|'d)?\b|"
                           r"\b(?:[Mm]y|[Ww]e(?:'re|'ve)?|[Oo]ur|us|[Mm]e)\b")
# (An English auxiliary asks only where it opens the sentence: "Was it ...?", not "It was hit".)
# (Or says what the asker wants to know: "我想了解……", "I am interested in ...": the topic.)
_ASKS = re.compile(r"[？?]|吗|呢|什么|哪|谁|几|多少|是否|有没有|是不是|如何|怎么|怎样|为何|为什么|"
                   r"何时|何地|何处|何人|何种|有何|"
                   r"了解|知道|关注|感兴趣|告诉|"
                   r"\b(?:what|which|who|whom|whose|when|where|why|how|whether|interest|interested|"
                   r"like to know|want to know|wonder|wondering)\b|"
                   r"^\s*(?:is|are|was|were|do|does|did|can|could|should|has|have|had)\b", re.I)
_NAMES_A_PLACE = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*[段条]|附件|脚注|[“”\"《》「」‘]|"
                            r"(?<![A-Za-z])'[^']{2,}'(?![A-Za-z])|"
                            r"\b(?:para(?:graph)?s?|annex|footnote|item)\b", re.I)


def without_asides(question: str) -> str:
    """The question less its first-person sentences that ask nothing, and the courtesies and
    asker's clauses of an official letter; as typed when none, or when nothing asking would be
    left."""
    question = _without_letter_clauses(question)
    sentences = [m.group(0) for m in _SENTENCE.finditer(question) if m.group(0).strip()]
    if len(sentences) < 2:
        return question
    asking = [i for i, s in enumerate(sentences) if _ASKS.search(s)]
    last_asking = asking[-1] if asking else len(sentences)
    asides = [_aside(s) or (i > last_asking and _purpose_after(s)) for i, s in enumerate(sentences)]
    kept = [s for s, aside in zip(sentences, asides) if not aside]
    # A sentence pointing back may mean an aside before it, not one after: "“网络钓鱼”这个词最早
    # 原本是指什么？想在标题里解释一下来历。" asks of the term it quotes.
    first_aside = asides.index(True) if True in asides else len(sentences)
    if len(kept) == len(sentences) or not any(_ASKS.search(s) for s in kept) \
            or any(_REFERS_BACK.search(s) for s in sentences[first_aside + 1:] if s in kept):
        return question
    return "".join(kept).strip()


# A question that points back to what went before ("这一建议出现在哪份报告中？", "Which paragraph
# says this?") needs it.
# (Not 其 inside a name, 北马其顿; not "that" opening a clause, "note that some countries".)
_REFERS_BACK = re.compile(r"(?:这|此|该)(?:一|个|些|项|种|条|份|段|次|方面)|对此|上述|它|"
                          r"\b(?:it|this|these|those|such|they|them)\b", re.I)


# What the question may go on to call "it": a year or number, a meeting by its ordinal, a body by
# its capitalised name ("I missed the fifth meeting. When was it held?", "I want to trace the
# General Assembly's earlier work. Which resolutions ...?").
_QUALIFIES = re.compile(r"\d|第[一二三四五六七八九十]|[A-Z][a-z]+\s+[A-Z]|"
                        r"(?i:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                        r"tenth)\b)")


# The formulas of an official letter (公文) that ask the reader to answer, opening a clause:
# "谨请告知：", "烦请贵方拨冗说明：", "可否请贵方列明……", "故冒昧请教："; or ending one: "……请教
# 如下："; and its courtesies: "承蒙关照，现有一事相询：", "……，不胜感激。", "……为荷。". They are no
# topic a passage holds. (Not the documents' own 请 and 请求: "该决议还请专家组……", "能否请求
# 补充资料"; a weak opener, 还 / 特 / 可否 / 能否, asks the reader only with 贵方 or a verb of
# telling after 请.)
_TELL = r"(?:核实|核查|查明|查核|查告|告知|见告|赐告|示知|示明|说明|教|赐教|核示|明示|列明|指明|确认|调阅|示下)"
_HELP = r"(?:协助|拨冗|不吝|一并|代为|惠予)*"
_LETTER_REQUEST = re.compile(
    r"^\s*(?:故|兹|并|另)?(?:(?:特此|冒昧|谨此|谨|敬|恳|烦)+请(?!求)(?:贵方|您)?" + _HELP
    + _TELL + r"?|(?:还|特|可否|能否)请(?:(?:贵方|您)" + _HELP + _TELL + r"?|" + _HELP + _TELL
    + r"))(?:如下)?|请教如下\s*$")
# (为荷 and the like close a letter's sentence: not the 为荷 / 是荷 of 荷兰.)
_COURTESY = re.compile(r"承蒙关照|现有一事相询|一事相询|不胜感激|(?:为荷|为盼|是荷)(?=\s*(?:[。！!，,；;]|$))")
# A clause giving what the asker needs the answer for, just before the request ("为备领导参阅……
# 背景材料，烦请贵方拨冗说明：", "兹因编制……统计表之需要，烦请查告："): the asker's purpose, when it
# names the asker's own paperwork; not the documents' ("为了打击网络犯罪，烦请告知专家组建议了
# 什么？").
_PURPOSE = re.compile(r"^\s*(?:为了?|为便于|兹因|值此|以便)")
_ASKERS_PAPERWORK = re.compile(r"领导|上级|档案|简报|归档|参阅|备查|汇报|呈报|口径|统计表|对比表|"
                               r"核对|内部")
# The first person of an official letter: 我方, 本处, 本司, 本部, at a clause's start or after a
# preposition (not 本部分, "this part", nor the 本司 of 日本司法).
_OFFICE_FIRST_PERSON = re.compile(r"(?:^|(?<=[\s为由向经在对供据以请让使因便于且而故]))"
                                  r"本(?:处|司|团|局|单位|代表团|部(?!分))")
_CLAUSE = re.compile(r"[^，,；;：:。！!？?]+[，,；;：:。！!？?]*|[，,；;：:。！!？?]+")
_CLAUSE_END = "，,；;：:。！!？? "
# A clause pointing back (这一建议, 该次会议, 其): the asker's clause before may be what it means.
_POINTS_BACK = re.compile(_REFERS_BACK.pattern + r"|就此|其(?!他|余|实|次|间)|(?<![应活])该|这(?!样|么)",
                          re.I)


def _without_letter_clauses(question: str) -> str:
    """A Chinese question less its letter formulas and courtesies, and less the clauses that say
    the asker's own purpose or position ("为完善历次会议出席情况档案，烦请贵方查核：",
    "且我方需就此拟定对外口径"), as long as something asking is left. When what is left points
    back, an asker's clause that does not point back itself stays: it may be what is meant
    ("我方拟援引专家组关于数据保留的建议，谨请告知该建议是在哪次会议上提出的？")."""
    clauses = _CLAUSE.findall(question)
    bodies = [clause.rstrip(_CLAUSE_END) for clause in clauses]
    if not any(_LETTER_REQUEST.search(b) or _COURTESY.search(c) for b, c in zip(bodies, clauses)):
        return question
    kept: list[tuple[str, bool]] = []  # (clause, the asker's own)
    for i, (clause, body) in enumerate(zip(clauses, bodies)):
        ending = clause[len(body):]
        rest = _COURTESY.sub("", _LETTER_REQUEST.sub("", body))
        following = bodies[i + 1] if i + 1 < len(bodies) else ""
        if not rest.strip(" 、，,"):
            # A formula alone; a question mark it ends the question with stays.
            if kept and any(mark in ending for mark in "？?"):
                kept[-1] = (kept[-1][0].rstrip("，,；;：:。 ") + "？", kept[-1][1])
            elif kept and any(mark in ending for mark in "。！!"):
                last = kept[-1][0].rstrip("，,；;：: ")
                kept[-1] = (last if last.endswith(tuple("。！!？?")) else last + "。", kept[-1][1])
            continue
        own = _letter_aside(rest, before_request=bool(_LETTER_REQUEST.search(following)))
        kept.append((rest + ending, own))
    asked = [c for c, own in kept if not own]
    if any(_POINTS_BACK.search(c) for c in asked):
        asked = [c for c, own in kept if not own or not _POINTS_BACK.search(c)]
    text = "".join(asked).strip()
    return text if text and _ASKS.search(text) else question


def _letter_aside(clause: str, before_request: bool) -> bool:
    """Does the clause speak of the asker (in the first person, or as the purpose of the asker's
    paperwork just before the request) and ask nothing, name no place, document, number or
    meeting?"""
    of_asker = in_first_person(clause) or bool(_OFFICE_FIRST_PERSON.search(clause)) \
        or (before_request and bool(_PURPOSE.search(clause))
            and bool(_ASKERS_PAPERWORK.search(clause)))
    return of_asker and _neither_asks_nor_names(clause)


def in_first_person(text: str) -> bool:
    """Does the text speak in the first person (我, 我们, I, my, we, our; not 自我, nor "US")?"""
    return bool(_FIRST_PERSON.search(text))


# A Chinese sentence opening with what the asker wants to do, its subject (我) left unsaid: "想在
# 标题里解释一下来历。", "打算写进简报。" (Not 想法, 想象: nouns and verbs of their own; nor the
# 准备 of 准备会议, 准备工作.)
_ASKERS_WISH = re.compile(r"^\s*(?:想|打算|准备)(?![法象]|工作|会议|文件|阶段|进程|期|过程)")


# What the asker wants the answer for: "我想拿来和 2020 年那次做对比。", "I want to compare it with
# the 2020 figure."
# (A doing verb after it: not a clarification, "我想要的是 2020 年那次的数字", "I need to know the
# 2020 figure, not 2018", which says what is asked.)
_WISH = re.compile(r"(?:想|打算|准备)(?:拿来?|用来?|用于|写|引用?|放|做|比较|对比|对照|核对|补充|加|列|"
                   r"放进|收进|在|把|给)|\b(?:want|wants|plan|plans|intend|would like|'d like)\s+"
                   r"to\s+(?:compare|contrast|use|cite|quote|write|put|include|add|check|"
                   r"cross-check|list)\b", re.I)
# ... nor a sentence saying which is meant: "我要的是……", "not the 2018 one".
_WHICH_IS_MEANT = re.compile(r"的是|不是|而非|\bnot\b|\bmean\b|\bmeant\b", re.I)


def _purpose_after(sentence: str) -> bool:
    """Is the sentence, after every one that asks, the asker's purpose? Its number or meeting
    then names what the asker will compare, not what the question goes on to call "it": nothing
    follows to call it so. (A place or a symbol it names still stays.)"""
    return (in_first_person(sentence) or bool(_ASKERS_WISH.search(sentence))) \
        and bool(_WISH.search(sentence)) and not _WHICH_IS_MEANT.search(sentence) \
        and not _ASKS.search(sentence) \
        and not _NAMES_A_PLACE.search(sentence) and not SYMBOL_RE.search(sentence)


def _aside(sentence: str) -> bool:
    return (in_first_person(sentence) or bool(_ASKERS_WISH.search(sentence))) \
        and _neither_asks_nor_names(sentence)


def _neither_asks_nor_names(text: str) -> bool:
    """Does the text ask nothing and name no place, document, number, meeting or body, which
    the question may go on to need?"""
    return not _ASKS.search(text) and not _NAMES_A_PLACE.search(text) \
        and not SYMBOL_RE.search(text) and not _QUALIFIES.search(text)
