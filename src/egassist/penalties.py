"""Questions that ask what penalty the law sets for an offence, and whether a text gives one.

"会员国建议对非法侵入计算机系统的犯罪规定多高的刑罚（如最高监禁年限）？" shares its topic with
the recommendations on criminalizing illegal access, which say that it should be an offence and
nothing of its punishment. A penalty is written in the words of punishment (监禁, 徒刑, 罚款,
"imprisonment", "a fine"), which a passage giving none lacks, asked what it is or how severe
(多高, 最高, "how many years").
"""

from __future__ import annotations

import re

_ASKS_PENALTY = re.compile(
    r"(?:多高|多重|多严|什么样?|何种|哪些|哪种|怎样)的?(?:刑罚|刑期|处罚|惩罚|量刑)|"
    r"(?:刑罚|刑期|处罚|惩罚|量刑)(?:是|为|有|标准)?(?:多高|多重|多少|多长|什么|哪些|如何)|"
    r"监禁年限|(?:最高|最低)(?:刑罚|刑期|监禁|徒刑|罚款|罚金)|"
    r"(?:判处|判|处以)(?:多少|几)年|(?:多少|几)年(?:的)?(?:监禁|徒刑)|(?:罚款|罚金)(?:多少|金额|数额)|"
    # (A sentence of a text is no penalty: "what sentence in the report", "what sentences".)
    r"\bwhat (?:penalt(?:y|ies)|punishments?|(?:prison|custodial|jail) sentences?)\b|"
    r"\bwhat (?:is|are|was|were|would be) the (?:maximum |minimum )?(?:penalt(?:y|ies)|punishments?"
    r"|(?:prison|custodial|jail) sentences?)\b|"
    r"\b(?:maximum|minimum) (?:penalt(?:y|ies)|sentences?|terms? of imprisonment|prison terms?)\b|"
    r"\bhow (?:many|much) years?(?:['’]s?)? (?:of )?(?:imprisonment|prison|jail)\b|"
    r"\bhow (?:severe|heavy|harsh|high)(?: a| the)? (?:penalt|punish|sentenc)\w*", re.I)

_PENALTY = re.compile(r"监禁|徒刑|拘役|罚款|罚金|刑期|死刑|刑罚|处罚|惩处|"
                      r"\b(?:imprison\w*|prison|jail|fine[sd]?|penalt(?:y|ies)|punish\w*|"
                      r"custodial)\b", re.I)
"""The words of a punishment ("制裁" and "sanctions" are not: of a service provider that does not
cooperate they are any measure taken against it, and the reports speak of them without a
penalty)."""


def asks_penalty(question: str) -> bool:
    """Does the question ask what penalty is set for an offence, or how severe it is?"""
    return bool(_ASKS_PENALTY.search(question))


def states_penalty(text: str) -> bool:
    """Does the text speak of a punishment (imprisonment, a fine, a penalty)?"""
    return bool(_PENALTY.search(text))
