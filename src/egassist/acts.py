"""The acts questions ask about (adopted, elected, approved ...), in the forms texts name them by.

Three rules ask something of an act: the date it took place on (`dates.dated_act`), the meeting
it took place at (`dates.meeting_act`) and whether it finally happened (`outcomes`). Each needs a
passage's clause to name the same act, in Chinese (通过, 当选 ...) or English ("adopted",
"adoption" ...), so the act and its forms live here once.
"""

from __future__ import annotations

import re

from .tokens import part_of_speech, word_ends

ACTS = (("通过", "adopt(?:s|ed|ion)?"), ("提交", "submi(?:t|ts|tted|ssion)"),
        ("签署", "sign(?:s|ed|ing|ature)?"), ("当选", "选举", "选出", "选为", "elect(?:s|ed|ion)?"),
        # (组成一个 forms one: "组成一个小组"; not the 组成 of "由……组成", "composed of".)
        ("设立", "成立", "组建", "组成一个", "establish(?:es|ed|ment)?"),
        ("核准", "批准", "approv(?:e|es|ed|al)"),
        ("商定", "agree(?:s|d|ment)?"), ("决定", "decide[sd]?|decision"),
        ("开幕", "open(?:s|ed)?"), ("闭幕", "clos(?:e|es|ed|ure)"),
        # (Not 散发, also "disseminate", nor "distributed denial-of-service".)
        ("分发", r"circulat(?:e|es|ed|ion)|distribut(?:e|es|ed)(?!\s+denial)"),
        # A treaty's entry into force: a date beside it must be of that, not of its drafting.
        ("生效", r"ent(?:er|ers|ered|ry) into force"))
"""Each act: its Chinese words, then one English pattern, matched as a whole word ("approv(?:e|
es|ed|al)" finds "approved" and "approval"; "elect" is not in "electronic", "sign" not in
"significant")."""

HOLDING = ("举行", "召开", "held|hold(?:s|ing)?|conven(?:e|es|ed)")
"""Holding a meeting: whether one was finally held is asked; its date is the meeting's own, which
`dates` reads without an act."""


def _pattern(form: str) -> str:
    # English whole, and not the first part of a compound ("open-ended" opens nothing).
    return rf"\b(?:{form})\b(?!-)" if form.isascii() else re.escape(form)


def chinese_forms(acts: tuple[tuple[str, ...], ...] = ACTS) -> str:
    """The acts' Chinese words as one alternation, for a question's pattern."""
    return "|".join(re.escape(form) for act in acts for form in act if not form.isascii())


def act_named(word: str, acts: tuple[tuple[str, ...], ...] = ACTS) -> tuple[str, ...]:
    """The act one word of a question is a form of (with all its forms); () for none."""
    for act in acts:
        for form in act:
            if (re.fullmatch(form, word, re.I) if form.isascii() else form == word):
                return act
    return ()


def first_act(text: str, acts: tuple[tuple[str, ...], ...] = ACTS) -> tuple[str, ...]:
    """The act named first in the text; () for none."""
    first = None
    for act in acts:
        for form in act:
            m = re.search(_pattern(form), text, re.I)
            if m and (first is None or m.start() < first[0]):
                first = (m.start(), act)
    return first[1] if first else ()


def act_opening(text: str, acts: tuple[tuple[str, ...], ...] = ACTS) -> tuple[str, ...]:
    """The act the text opens with ("adopt ..." of "... finally adopt ..."); () for none."""
    for act in acts:
        if any(re.match(_pattern(form), text, re.I) for form in act):
            return act
    return ()


def names_act(text: str, act: tuple[str, ...]) -> bool:
    """Does the text name the act, in any of its forms (English in any case, as a whole word:
    "selected" does not name "elected")?"""
    return any(re.search(_pattern(form), text, re.I) for form in act)


# "《多哈宣言》是哪一年通过的？" asks the date of the titled work's act. The 2018 report's "2017 年
# 5 月……通过的第 26/4 号决议请专家组……按照《萨尔瓦多宣言》和《多哈宣言》继续开展工作" names the
# date, the act and the work in one clause, but the act is the resolution's: the work is what was
# done (通过了《X》, 通过的《X》) or who did it (《X》于……通过), next to the act, or not the act's.
# (The work opens the question or a clause of it: in "通过《X》的会议是哪一天开幕的", X is no subject.)
_TITLED_SUBJECT = re.compile(r"(?:^|[，。；：,;:\s]|请问)《([^》]+)》[^，。？?；;《]{0,15}?"
                             r"(?:哪一?年|何年|何时|什么时候|"
                             r"哪一?天|哪一?日|什么日期|几月几[日号])")
_OBJECT_GAP = 8      # characters between the act and the work done: "通过了", "签署的"
_SUBJECT_GAP = 25    # ... and between the work and its act: "于 2001 年 11 月 23 日在布达佩斯"
_WORK = re.compile(r"《([^》]+)》")
_OTHER_DOER = re.compile(r"《|号决议|决定|[，,；;]")
# ... nor when the work only qualifies what was done: "通过的关于《多哈宣言》后续行动的第 70/174 号
# 决议" adopted the resolution.
_QUALIFIES = re.compile(r"^[^，。；;,]*?(?:号决议|决定|报告|后续|执行)")


def titled_subject(question: str) -> str | None:
    """The work (its title, without 《》) whose act's date a question asks, when it names it
    first: "《多哈宣言》是哪一年通过的？" -> "多哈宣言"."""
    m = _TITLED_SUBJECT.search(question)
    return m.group(1).strip() if m else None


# "专家组第二次会议的报告是在会议的哪一天通过的？" asks the date of what was adopted, a report; the
# third meeting's timetable row "通过报告员编写的……第二次会议审议情况概要" dates adopting a summary,
# and its 报告员 (rapporteur) is no report.
_DATED_SUBJECT = re.compile(r"(?:^|[，,；;：:\s]|请问)([^，,。？?；;：:\s《》]{2,30}?)(?:是|于)"
                            r"[^，。？?；]{0,12}?(?:哪一?天|哪一?日|何日|何时|什么时候|哪一?年|何年|"
                            r"什么日期|几月几[日号])[^，。？?；]{0,3}?(?:" + chinese_forms() + r")"
                            # ... done to it, not by it: "专家组是何时通过工作计划的" names the doer.
                            r"的?\s*(?:[？?。]|$)")


def dated_subject_head(question: str) -> str | None:
    """The head noun of what a Chinese question asks the act's date of, when it names it first
    ("专家组第二次会议的报告是……通过的" -> 报告); None otherwise."""
    m = _DATED_SUBJECT.search(question)
    return _head(m.group(1)) if m else None


# "UNODC/CCPCJ/EG.4/2020/L.1 报告在哪一场会议上通过", "……的报告是在第几场会议上通过的？" ask
# the sitting of what comes before 在: the report, not the agenda adopted at another sitting.
# Only with the act closing the question, done to it: in "专家组在第几场会议上通过了报告？" the
# words before 在 name the doer.
_SITTING_SUBJECT = re.compile(r"(?:^|[，,；;：:\s]|请问)([^，,。？?；;：:\s《》]{2,30}?)\s*是?\s*在?\s*"
                              r"(?:第几|哪几|哪一?)\s*场\s*会议?上?[^，。？?；]{0,6}?(?:" +
                              chinese_forms() + r"|审议|讨论)的?\s*(?:[？?。]|$)")


# ... and in English, the object the act takes after the question's auxiliary or "the date on
# which": "On which date did the Expert Group adopt its 2018 report?" -> report (not the
# workplan para. 11 dates the adoption of). The last word before a preposition or the end.
_DATED_OBJECT_EN = re.compile(r"(?:\b(?:did|does|do|will|would)\b|\b(?:date|day|year) (?:on|in) "
                              r"which\b)[^?.,;]{0,80}?\b(?:adopt(?:ed)?|approved?|submit(?:ted)?|"
                              r"sign(?:ed)?|circulated?|distributed?)\s+(?:its|the|their|a|an)\s+"
                              r"((?:[\w-]+\s+){0,3}?[a-z][\w-]*)(?=\s*(?:\b(?:on|of|at|in|for|"
                              r"by|from|to|and|which|that)\b|[?.,;]|$))", re.I)


def dated_object_en(question: str) -> str | None:
    """The head noun of what an English question asks the date of an act done to ("adopt its 2018
    report" -> report); None when it names none so."""
    m = _DATED_OBJECT_EN.search(question)
    return m.group(1).split()[-1].lower() if m else None


def sitting_subject_head(question: str) -> str | None:
    """The head noun of what a Chinese question asks the sitting of ("……的报告是在第几场会议上
    通过的" -> 报告); None when it names none before it."""
    m = _SITTING_SUBJECT.search(question)
    return _head(m.group(1)) if m else None


def _head(phrase: str) -> str | None:
    pieces = part_of_speech(phrase)
    last = pieces[-1] if pieces else None
    # (A glossary term is tagged "x": 报告, 议程.) A compound's head is its last word: jieba keeps
    # 研究方法 and 临时议程 whole, and "一种方法", "商定了……议程" name them.
    if not last or last.flag[:1] not in ("n", "x") or len(last.word) < 2:
        return None
    return last.word[-2:]


def names_head(text: str, head: str) -> bool:
    """Does the text name a thing of kind `head`, as a word ending with it (临时议程 is an 议程,
    报告员 no 报告)?"""
    # jieba's own words, not the search index's pieces (which cut 报告 out of 报告员).
    ends = word_ends(text)
    return any(m.end() in ends for m in re.finditer(re.escape(head), text))


def acts_on(text: str, act: tuple[str, ...], title: str) -> bool:
    """Is the work `title` (or a longer title holding it) what a form of the act in the text was
    done to or by: the act's object right after it, or its subject shortly before it with no
    other work or resolution between?"""
    works = [m for m in _WORK.finditer(text) if title in m.group(1)]
    for form in act:
        for m in re.finditer(_pattern(form), text, re.I):
            for work in works:
                if 0 <= work.start() - m.end() <= _OBJECT_GAP \
                        and not _QUALIFIES.search(text[work.end():]):
                    return True
                between = text[work.end():m.start()]
                if 0 <= m.start() - work.end() <= _SUBJECT_GAP \
                        and not between.startswith("的") and not _OTHER_DOER.search(between):
                    return True
    return False
