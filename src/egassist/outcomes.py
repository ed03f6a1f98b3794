"""Whether a question asks if something finally happened, and whether a passage says it did.

The documents plan a great deal: the outline proposes sessions, approvals and a signing
conference; the reports schedule the next meeting. "特设委员会第八届会议最终是否按计划核准了公约草案
案文？" is answered only by a sentence saying the draft was approved, never by the timetable that
says it is to be. A sentence naming the act with a plan word (将, 拟, 可考虑, 供……审议, "will",
"to be", "for approval") is a plan; one naming it without is a statement of what happened.
"""

from __future__ import annotations

import re

# The acts whose happening a question may ask about, in the forms a passage may name them by:
# Chinese words, and English words as patterns matched whole ("approv(?:e|ed|al)" finds
# "approved" and "approval", not "electronic" for "elect" or "significant" for "sign").
ACTS = (("通过", "adopt(?:s|ed|ion)?"), ("提交", "submi(?:t|ts|tted|ssion)"),
        ("签署", "sign(?:s|ed|ing|ature)?"), ("当选", "选举", "选出", "选为", "elect(?:s|ed|ion)?"),
        ("设立", "成立", "establish(?:es|ed|ment)?"), ("核准", "批准", "approv(?:e|es|ed|al)"),
        ("商定", "agree(?:s|d|ment)?"), ("决定", "decide[sd]?|decision"),
        ("开幕", "open(?:s|ed)?"), ("闭幕", "clos(?:e|es|ed|ure)"),
        ("举行", "召开", "held|hold(?:s|ing)?|conven(?:e|es|ed)"))

# "最终是否", "是否最终", "实际上有没有"; "Was ... eventually held", "Did ... ultimately adopt".
_FINALLY_ZH = re.compile(r"(?:最终|最后|终于|实际上?|到底)\s*(?:是否|有没有|有无)|"
                         r"(?:是否|有没有|有无)\s*(?:最终|最后|终于|实际上?)")
_FINALLY_EN = re.compile(r"^\s*(?:was|were|did|has|have|had|is|are)\b[^?]*?"
                         r"\b(?:eventually|ultimately|finally|actually|in the end)\b", re.I)

PLAN = re.compile(
    r"(?<![按工作行动])计划(?:于|在|将|举行|召开)|拟(?![订定])|预定|预计|可考虑|可以|可在|设想|应于|"
    r"将(?:于|在|会|要|举行|召开|提交|核准|批准|通过|成为|作为)|"
    r"供[^。；]{0,40}?(?:审议|通过|核准|批准)|提交[^。；]{0,40}?(?:审议|核准|批准)|"
    r"\b(?:will|shall|would|planned|scheduled|expected to|intended to|is to|are to|to be|"
    r"for (?:its |their )?(?:approval|adoption|consideration))\b|\b(?-i:may)\b", re.I)
"""Words that make a sentence a plan, not a report of what happened."""


def _pattern(form: str) -> str:
    # English words whole, not inside a compound ("open-ended" opens nothing).
    return rf"\b(?:{form})\b(?!-)" if form.isascii() else re.escape(form)


def _names(text: str, form: str) -> bool:
    return re.search(_pattern(form), text, re.I) is not None


def asked_outcome(question: str) -> tuple[str, ...]:
    """The act a yes-or-no question asks whether it finally happened, in its forms (("核准", "批准",
    "approv(?:e|es|ed|al)") for "……最终是否核准了……"); () when it asks no such thing. The act
    is the first one named after "最终是否" / "eventually"."""
    m = _FINALLY_ZH.search(question) or _FINALLY_EN.search(question)
    if not m:
        return ()
    after = question[m.end():]
    first = None
    for act in ACTS:
        for form in act:
            named = re.search(_pattern(form), after, re.I)
            if named and (first is None or named.start() < first[0]):
                first = (named.start(), act)
    return first[1] if first else ()


_FINALLY_WORDS = frozenset({"最终", "最后", "终于", "实际", "实际上", "到底", "eventually",
                            "ultimately", "finally", "actually"})


def asking_word(token: str, act: tuple[str, ...]) -> bool:
    """Is a key term of the question only its asking (the act, "最终"), not what it asks about?"""
    return token.lower() in _FINALLY_WORDS or any(_names(token, form) for form in act)


def states_done(sentence: str, act: tuple[str, ...]) -> bool:
    """Does the sentence (a clause or a table's row) name the act as what happened, not as a
    plan?"""
    return any(_names(sentence, form) for form in act) and not PLAN.search(sentence)
