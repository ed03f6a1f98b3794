"""Questions about a document's annexes taken together, and passages that name them.

"E/CN.15/2011/19 附件一和附件二分别是啥？" and "The report has two annexes - which one is the list of
topics?" ask what each annex is. The annexes' own passages each say one (and the long first
one of annex I repeats its generic words); the paragraph that sends them on ("……（附件一）和
“研究方法”（附件二）的结果文件") names both, and is the answer.
"""

from __future__ import annotations

import re

_ZH_NUMERAL = "一二三四五六七八九十"
_ANNEX = re.compile(r"附件\s*([" + _ZH_NUMERAL + r"]+|\d+)|\bannex(?:es)?\s+([IVX]+|\d+)\b", re.I)
# The numbers after the first of a run: "附件一、二", "annexes I and II".
_MORE_ZH = re.compile(r"附件\s*[" + _ZH_NUMERAL + r"]+((?:\s*[、和及与]\s*[" + _ZH_NUMERAL + r"]+)+)")
_MORE_EN = re.compile(r"\bannex(?:es)?\s+[IVX]+((?:\s*(?:,|and|&)\s*[IVX]+\b)+)", re.I)
_SEVERAL_ASKED = re.compile(r"(?:两|二|三|几|各|每)个附件|附件(?:分别|各自)|"
                            r"\b(?:two|three|both|the|its|all)\s+annexes\b", re.I)


def _labels(text: str) -> set[str]:
    labels = {(m.group(1) or m.group(2)).upper() for m in _ANNEX.finditer(text)}
    for m in _MORE_ZH.finditer(text):
        labels |= set(re.findall("[" + _ZH_NUMERAL + "]+", m.group(1)))
    for m in _MORE_EN.finditer(text):
        labels |= {n.upper() for n in re.findall(r"[IVX]+", m.group(1), re.I)}
    return labels


def asks_several_annexes(question: str) -> bool:
    """Does the question ask about two or more annexes at once (附件一和附件二, "two annexes")?"""
    return len(_labels(question)) >= 2 or bool(_SEVERAL_ASKED.search(question))


def names_several_annexes(text: str) -> bool:
    """Does the text name two or more annexes by their numbers?"""
    return len(_labels(text)) >= 2
