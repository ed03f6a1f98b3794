"""Whether a question asks "why", and whether a passage gives a reason.

Two strengths of "gives a reason". `states_cause` is narrow (由于, "because"): the sentence quoted
as the answer to "why" must give a cause, not an aim. `gives_reason` is broad (aims, 以便, "in
order to"; a relation, 与……有关; a consequence, 导致): a passage that gives none of these cannot
answer "why" at all, which is what deciding whether to answer needs. Over the "why" questions of
the readable sets, every answerable one has a passage giving a reason (broad) among its first
three; on-topic negatives asking the reason for a fact that no document explains ("为什么第四次
会议由副主席宣布开幕？") often have none.
"""

from __future__ import annotations

import re

WHY = re.compile(r"为什么|为何|什么原因|原因是|\bwhy\b|for what reason|what reasons?")
"""A "why" anywhere in the question (lower case): for ranking and quoting, where a reason-giving
passage or sentence is preferred."""

# Asked outright: at the start of a clause in English ("..., and why does that hinder ..."), and
# not as the object of a verb of study ("Will the study examine why a definition matters?", "是否
# 探讨为什么..." ask whether a topic is covered, which a passage answers without giving a reason).
_ASKS_WHY = re.compile(
    r"(?:^|[,;:]\s*|\band\s+)(?:why\b|for what reasons?\b|what (?:were the |are the )?reasons?\b)"
    r"|为什么|为何|什么原因|原因是", re.I)
_STUDIES = re.compile(r"(?:探讨|研究|审查|说明|讨论|分析|解释|提到|涉及|阐述)了?\s*$")

# A reason is a cause or more (an aim, a relation, a consequence): one list extends the other.
_CAUSE_ZH = r"由于|因为|鉴于|原因|因此|所以|因而"
_CAUSE_EN = r"because|due to|owing to|as a result of|therefore|hence"
_CAUSE = re.compile(rf"{_CAUSE_ZH}|\b(?:{_CAUSE_EN})\b", re.I)

_REASON = re.compile(
    rf"{_CAUSE_ZH}|理由|以便|为了|目的是|目的在于|为此|之所以|"
    r"与[^，。；]{1,30}有关|旨在|考虑到|出于|起见|以免|以防|从而|基于|源于|归因于|导致|造成|致使|"
    r"使得|因(?![素此而为])|"
    rf"\b(?:{_CAUSE_EN}|since|as a result|as a consequence|consequently|thus|in order to|so that|"
    r"reasons?|in the interests? of|in view of|in (?:the )?light of|with a view to|"
    r"in response to|given that|lest)\b|"
    # A risk advice against something guards against: "should avoid criminalizing ..., in
    # particular in cases where such regulations might unduly restrict legitimate speech" (the
    # modal in the where-clause, not the advice's own "may").
    r"\b(?:avoid|refrain|should not|must not)\b[^.;]{0,200}?"
    r"\bin (?:particular in )?(?:cases|situations|circumstances) (?:where|in which)\b"
    r"[^.;,]{0,100}?\b(?:might|may|could)\b|"
    # A clause after ", as" that says why: "there was no need for a new instrument, as existing
    # instruments provided sufficient scope" (not ", as appropriate", ", as well as", ", as
    # set out in ...").
    r",\s*as\s+(?!(?:well|follows|appropriate|necessary|needed|required|requested|set\s+out|"
    r"described|defined|noted|mentioned|referred|indicated|contained|reflected|amended|such|part|"
    r"a\s+result|far|soon|long|of|to|regards|in|at|on|for|with|from|by)\b)"
    # ... a clause with its subject and a finite verb ("as existing instruments ... provided"),
    # not a role or a participle ("as the principal body", "as agreed by", "as received").
    r"(?:the|its|their|these|those|existing|many|most|some|it|they|there|\w+s)\b[^.;:]{0,120}?"
    r"\b(?:was|were|is|are|had|has|have|provided|did|does|do|could|would|can|may|might|should|"
    r"must)\b", re.I)


def asks_why(question: str) -> bool:
    """Does the question itself ask for a reason ("为什么推迟", "Why was ...", "What reasons did
    X give")?"""
    question = question.strip()
    return any(not (m.group(0) in ("为什么", "为何") and _STUDIES.search(question[:m.start()]))
               for m in _ASKS_WHY.finditer(question))


def states_cause(text: str) -> bool:
    """Does the text give a cause (由于, "because"), as the sentence quoted for "why" must?"""
    return bool(_CAUSE.search(text))


def gives_reason(text: str) -> bool:
    """Does the text give a cause, an aim or a relation that could answer "why"?"""
    return bool(_REASON.search(text))
