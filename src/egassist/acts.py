"""The acts questions ask about (adopted, elected, approved ...), in the forms texts name them by.

Three rules ask something of an act: the date it took place on (`dates.dated_act`), the meeting
it took place at (`dates.meeting_act`) and whether it finally happened (`outcomes`). Each needs a
passage's clause to name the same act, in Chinese (通过, 当选 ...) or English ("adopted",
"adoption" ...), so the act and its forms live here once.
"""

from __future__ import annotations

import re

ACTS = (("通过", "adopt(?:s|ed|ion)?"), ("提交", "submi(?:t|ts|tted|ssion)"),
        ("签署", "sign(?:s|ed|ing|ature)?"), ("当选", "选举", "选出", "选为", "elect(?:s|ed|ion)?"),
        ("设立", "成立", "establish(?:es|ed|ment)?"), ("核准", "批准", "approv(?:e|es|ed|al)"),
        ("商定", "agree(?:s|d|ment)?"), ("决定", "decide[sd]?|decision"),
        ("开幕", "open(?:s|ed)?"), ("闭幕", "clos(?:e|es|ed|ure)"),
        # (Not 散发, also "disseminate", nor "distributed denial-of-service".)
        ("分发", r"circulat(?:e|es|ed|ion)|distribut(?:e|es|ed)(?!\s+denial)"))
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
