"""Questions about what a document the corpus only cites found, and whether a sentence says it.

The reports list the papers before a meeting ("秘书处关于委员会第 22/8 号决议执行情况的说明
（UNODC/CCPCJ/EG.4/2017/CRP.1）") and say what their own work is based on ("……是根据……财务说明
（E/CN.15/2013/CRP.10，附件十八）拟定的"). Such a sentence holds the symbol and every key term of
"What findings did the Secretariat's note UNODC/CCPCJ/EG.4/2017/CRP.1 present?", and says nothing
of its findings: only a sentence that reports what the cited paper found, concluded or proposed
answers it.
"""

from __future__ import annotations

import re

_ASKS_EN = re.compile(r"\bwhat\s+(?:[\w-]+\s+){0,2}?(?:findings?|conclusions?|results?|estimates?)\b"
                      r"|\bwhat did\b[^?]*?\b(?:find|conclude|estimate)\b", re.I)
_ASKS_ZH = re.compile(r"(?:哪些|什么|何种)(?:主要)?(?:结论|调查结果|研究结果|发现|结果|估计)|"
                      r"(?:结论|调查结果|研究结果|发现)(?:是|有|为)(?:什么|哪些)|得出了?(?:什么|哪些)|"
                      # ... or which items it reported ("报告了哪些已完成的……活动"; not what it
                      # reported on, 报告了什么, which its title may say)
                      r"报告了哪些")
# What a sentence says a paper holds: its findings and conclusions, or what it proposes, states
# or sets out. (Not 说明, which is also what a note is called.)
_REPORTS = re.compile(r"结论|结果|发现|认为|指出|表明|显示|估计|估算|得出|建议|提出|强调|总结|概述|"
                      r"列出|载有|介绍了|"
                      r"\b(?:finds?|found|findings?|conclu\w*|results?|estimat\w*|shows?|showed|"
                      r"recommend\w*|propos\w*|indicat\w*|states?|stated|notes|noted|contains?|"
                      r"summar\w*|outlines?|sets? out)\b", re.I)


def asks_findings(question: str) -> bool:
    """Does the question ask what something found or concluded (its findings, conclusions,
    results, estimates)?"""
    return bool(_ASKS_EN.search(question) or _ASKS_ZH.search(question))


def reports_findings(sentence: str) -> bool:
    """Does the sentence say what something found, concluded or holds (not only cite it)?"""
    return bool(_REPORTS.search(sentence))
